"""溦源县 (www.weiyuan.gov.test), registered with ``cms: auto`` and only its home page: a county site on
PageAdmin CMS (an ASP.NET CMS many county and school sites use; no README family) — extensionless column
paths, a ``pa_`` prefixed template — whose 年报 column is a child of 政府信息公开, two clicks from home
(首页 → ``/xxgk/`` → its left ``ul.pa_subnav``), and pages by query ``?page=N`` under PageAdmin's
``div.pa_pager``: 首页 / 上一页 / numbers / 下一页 / 尾页, then "共11条 1/3页" and a jump box.

Home ``/`` links ``/xxgk/`` (政府信息公开) in its nav and shows news only.  ``/xxgk/`` is a 信息公开 overview
whose side nav links ``/xxgk/zfxxgkzn/``, ``/xxgk/zfxxgkzd/``, ``/xxgk/fdzdgknr/`` and ``/xxgk/zfxxgknb/``
(政府信息公开年报); only the 年报 column is served with items (the others are empty column pages).  The
年报 column ``/xxgk/zfxxgknb/`` (``?page=2``, ``?page=3``) lists five ``<li class="pa_item"><a href=
"/xxgk/zfxxgknb/<id>.html" title="…">…</a><span class="pa_date">2025-01-20</span></li>`` a page, newest
first; the pager links ``/xxgk/zfxxgknb/?page=N``.  Articles ``/xxgk/zfxxgknb/<id>.html``: ``h1.pa_title``,
a ``div.pa_info`` "来源：… 发布时间：2025-01-20 09:30 浏览次数：<span id="pa_hits">", the body in
``div.pa_content``.  The 2022 county report is a DOCX in ``/upload/files/2023/1/<stamp>.docx`` linked in a
``div.pa_attach`` under a one-line body.  The 发改局 and 石门镇 reports are titled with short names
("县发改局…", "石门镇…") with the full name in 来源.

Reports (8): 溦源县人民政府 2020–2024 (2022 DOCX); 溦源县发展和改革局 2024; 溦源县石门镇人民政府 2023, 2024.
Decoys (3): 溦源县2024年度法治政府建设年度报告, 溦源县2023年政府网站工作年度报表,
溦源县2024年政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch25._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.weiyuan.gov.test"
SITE = "weiyuan-gov"
OWNER = "溦源县人民政府"
PER = 5
COLUMN = "/xxgk/zfxxgknb/"
SUBS = (("/xxgk/zfxxgkzn/", "政府信息公开指南"), ("/xxgk/zfxxgkzd/", "政府信息公开制度"),
        ("/xxgk/fdzdgknr/", "法定主动公开内容"), (COLUMN, "政府信息公开年报"))


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta '
        'name="SiteName" content="溦源县人民政府"><meta name="SiteIDCode" content="9875090003"><meta name="generator" '
        f'content="PageAdmin CMS"><title>{esc(title)}</title><link href="/templates/pa_gov/css/style.css" '
        'rel="stylesheet"><script src="/pa_js/jquery.min.js"></script></head><body><div class="pa_topbar"><span>'
        '欢迎访问溦源县人民政府网站</span><a href="javascript:;" id="pa_wza">无障碍浏览</a></div><div class="pa_head'
        'er">'
        '<img src="/templates/pa_gov/images/logo.png" alt="溦源县人民政府"><form class="pa_search" action="/search">'
        '<input name="keyword" placeholder="请输入关键字"></form></div><ul class="pa_nav"><li><a href="/">首页</a></li>'
        '<li><a href="/xwzx/">新闻中心</a></li><li><a href="/xxgk/">政府信息公开</a></li><li><a href="/zwfw/">政务服务'
        f'</a></li><li><a href="/hdjl/">互动交流</a></li></ul>{inner}<div class="pa_footer"><p>主办单位：溦源县人民'
        '政府办公室　地址：溦源县城关镇府前路1号</p><p>网站标识码：9875090003　未ICP备12004567号-1</p><p>'
        '<img src="/templates/pa_gov/images/dzjg.png" alt="党政机关">　<img src="/templates/pa_gov/images/jiucuo.png" '
        'alt="政府网站找错"></p></div></body></html>'
    )


def side(current: str) -> str:
    on = ' class="on"'
    items = "".join(f'<li{on if p == current else ""}><a href="{p}">{esc(n)}</a></li>' for p, n in SUBS)
    return f'<div class="pa_left"><h3>政府信息公开</h3><ul class="pa_subnav">{items}</ul></div>'


class AutoWeiyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 208_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []  # (date, path, title)
        for year, day in ((2020, 27), (2021, 22), (2023, 19), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"溦源县人民政府{year}年政府信息公开工作年度"
                                                                       "报告"),
                         "溦源县人民政府办公室")
        doc = self.doc(OWNER, 2022, "2023-01-18", "溦源县人民政府2022年政府信息公开工作年度报告")
        path = f"/upload/files/2023/1/20230118{self.rng.randrange(10**6):06d}.docx"
        content = ('<p>溦源县人民政府2022年政府信息公开工作年度报告全文请见附件。</p></div><div class="pa_attach">'
                   '附件：'
                   f'<a href="{path}" target="_blank">{esc(doc.title)}.docx</a>')
        url = self.page(doc.title, "2023-01-18", "溦源县人民政府办公室", content)
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        self.article(self.doc("溦源县发展和改革局", 2024, "2025-01-20", "县发改局2024年政府信息公开工作年度报告"),
                     "溦源县发展和改革局")
        for year, date in ((2023, "2024-01-24"), (2024, "2025-01-17")):
            self.article(self.doc("溦源县石门镇人民政府", year, date, f"石门镇{year}年政府信息公开工作年度报告"),
                         "溦源县石门镇人民政府")
        for title, year, date in (("溦源县2024年度法治政府建设年度报告", 2024, "2025-03-18"),
                                  ("溦源县2023年政府网站工作年度报表", 2023, "2024-01-12"),
                                  ("溦源县2024年政府信息公开工作年度报告解读", 2024, "2025-01-26")):
            self.decoy(SITE, self.page(title, date, "溦源县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, COLUMN, self.listing)
        self.put(HOST, "/index.html", frame("溦源县人民政府", '<div class="pa_banner"><img src="/upload/images/banne'
                                                       'r.jpg" '
                                            'alt=""></div><div class="pa_news"><h3>溦源要闻</h3><ul><li><a href="/xw'
                                            'zx/">'
                                            '更多新闻</a></li></ul></div>'))
        self.put(HOST, "/templates/pa_gov/css/style.css", ".pa_nav li{float:left}", "text/css")
        for p, name in (("/zwfw/", "政务服务"), ("/hdjl/", "互动交流")):
            self.put(HOST, p + "index.html", frame(f"{name}-溦源县人民政府", f'<div class="pa_main"><h3>{name}</h3>'
                                                   '<p>暂无信息</p></div>'))
        self.put(HOST, "/xwzx/index.html", frame("新闻中心-溦源县人民政府", '<div class="pa_main"><p>暂无信息</p></d'
                                                                 'iv>'))
        self.put(HOST, "/xxgk/index.html", frame("政府信息公开-溦源县人民政府", side("") + '<div class="pa_right"><h3>'
                                                 '政府信息公开</h3><p>根据《中华人民共和国政府信息公开条例》，溦源县'
                                                 '人民政府'
                                                 '依法公开政府信息。</p></div>'))
        for p, name in SUBS[:-1]:
            self.put(HOST, p + "index.html", frame(f"{name}-溦源县人民政府", side(p) + '<div class="pa_right"><h3>'
                                                   f'{esc(name)}</h3><ul class="pa_list"></ul><p>暂无信息</p></div>'))

    def page(self, title: str, date: str, source: str, content: str) -> str:
        path = f"{COLUMN}{self.next_id()}.html"
        inner = (f'{side(COLUMN)}<div class="pa_right"><div class="pa_position">当前位置：<a href="/">首页</a> &gt; '
                 f'<a href="/xxgk/">政府信息公开</a> &gt; <a href="{COLUMN}">政府信息公开年报</a></div><h1 class="pa'
                 '_title">'
                 f'{esc(title)}</h1><div class="pa_info">来源：{esc(source)}　发布时间：{date} '
                 f'{self.rng.randint(8, 17):02d}:{self.rng.randint(0, 59):02d}　浏览次数：<span id="pa_hits"></span>'
                 '</div>'
                 f'<div class="pa_content">{content}</div></div>')
        self.rows.append((date, path, title))
        return self.put(HOST, path, frame(f"{title}-溦源县人民政府", inner))

    def article(self, doc: ReportDoc, source: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", source, self.body(doc, word=True)), doc)

    def listing(self, request: Request) -> Response:
        pages = -(-len(self.rows) // PER)
        raw = request.param("page", "1")
        n = min(max(1, int(raw)), pages) if raw.isdigit() else 1
        items = "".join(f'<li class="pa_item"><a href="{p}" title="{esc(t)}" target="_blank">{esc(t)}</a><span '
                        f'class="pa_date">{d}</span></li>' for d, p, t in self.rows[(n - 1) * PER:n * PER])

        def a(k: int, text: str, on: bool) -> str:
            return f'<a href="{COLUMN}?page={k}">{text}</a>' if on else f'<a class="pa_disabled">{text}</a>'

        nums = "".join(f'<a class="pa_current">{k}</a>' if k == n else a(k, str(k), True) for k in range(1, pages + 1))
        pager = (f'<div class="pa_pager">{a(1, "首页", n > 1)}{a(n - 1, "上一页", n > 1)}{nums}'
                 f'{a(n + 1, "下一页", n < pages)}{a(pages, "尾页", n < pages)}<span class="pa_pageinfo">'
                 f'共{len(self.rows)}'
                 f'条 {n}/{pages}页</span><input type="text" class="pa_gopage" value="{n}"><a href="javascript:void('
                 '0)" '
                 'class="pa_go" onclick="pa_gopage(this)">GO</a></div>')
        inner = (f'{side(COLUMN)}<div class="pa_right"><div class="pa_position">当前位置：<a href="/">首页</a> &gt; '
                 f'<a href="/xxgk/">政府信息公开</a> &gt; 政府信息公开年报</div><ul class="pa_list">{items}</ul>{pager}'
                 '</div>')
        body = frame("政府信息公开年报-溦源县人民政府", inner)
        return Response(200, body.encode("utf-8"), "text/html; charset=utf-8")


PORTALS = [AutoWeiyuan]
