"""犨川县 (www.chouchuan.gov.test), registered with ``cms: auto`` and only its home page: a county site on YzmCMS
(a small PHP CMS on its own YZMPHP framework; no README family) with pseudo-static URLs — columns ``/<catdir>/``,
articles ``/<catdir>/<id>.html`` — whose 年报 column ``/ndbg/`` is a child of 政务公开 ``/zwgk/``, two clicks from
home (首页 → 政务公开, a 封面 page listing its child columns as ``<dl class="sub_cat">`` blocks, each with its three
newest titles and a "更多+" link → ``/ndbg/``), paged as ``/ndbg/list_2.html``, ``/ndbg/list_3.html`` under YzmCMS's
stock pager ``<div id="page"><span class="pageinfo">共<strong>3</strong>页<strong>11</strong>条记录</span><a
class="homepage">首页</a><a class="nopage">上一页</a><a class="curpage">1</a><a class="listpage">2</a>…<a
class="nextpage">下一页</a><a class="endpage">尾页</a></div>`` (on page 1 上一页 is ``class="nopage"`` and
points at page 1 itself).

List rows: ``<li><span class="date">2025-01-20</span><a href="/ndbg/<id>.html" title="…">…</a></li>`` in
``<ul class="list_ul">``, five a page, newest first.  Articles: ``<h1 class="art_title">``, ``<div class="art_info">
发布时间：… 来源：… 浏览：<span id="hits">…</span></div>``, body in ``<div class="art_content">``.  The 2022 report is a
.docx under ``/uploads/202301/13/<12 digits>.docx`` linked from its article ("附件："); the 教育体育局's and 黄埠镇's
reports are titled "县教体局…" / "黄埠镇…", their full names in 来源.  Footer "Powered by YzmCMS", 网站标识码, ICP.

Reports (8): 犨川县人民政府 2019, 2020, 2021, 2022 (DOCX), 2023, 2024; 犨川县教育体育局 2023; 犨川县黄埠镇人民政府 2024.
Decoys (3): 犨川县2023年政府信息公开工作年度报告解读, 犨川县人民政府门户网站2024年工作年度报表, 犨川县2024年法治政府建设
年度报告.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch28._site import MEDIA, Site, esc

HOST = "www.chouchuan.gov.test"
SITE = "chouchuan-gov"
OWNER = "犨川县人民政府"
COL = "/ndbg/"
PER = 5
KIDS = (("zfxxgkzn", "政府信息公开指南"), ("zcwj", "政策文件"), ("ndbg", "政府信息公开年报"))


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="keywords" content='
        '"犨川县,犨川县人民政府"><link rel="stylesheet" href="/common/static/css/style.css"></head><body><div class='
        '"header"><div class="w1200"><div class="top_r"><a href="/wza/">无障碍</a> | <a href="/search/">搜索</a></div>'
        '<a class="logo" href="/"><img src="/uploads/logo.png" alt="犨川县人民政府"></a></div><div class="nav"><ul>'
        '<li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li>'
        f'<li><a href="/bsfw/">办事服务</a></li></ul></div></div><div class="w1200 main">{inner}</div><div class='
        '"footer"><p>主办单位：犨川县人民政府办公室　网站标识码：9878090004</p><p><a href="https://beian.miit.gov.cn/" '
        'target="_blank">未ICP备17004456号-1</a>　Powered by <a href="https://www.yzmcms.com" target="_blank">YzmCMS'
        '</a></p></div></body></html>'
    )


class AutoChouchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 237_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2019, 24), (2020, 22), (2021, 26), (2023, 30), (2024, 21)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"犨川县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, doc.published_date or "", "犨川县人民政府办公室",
                                       self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-13", "犨川县人民政府2022年政府信息公开工作年度报告")
        path = f"/uploads/202301/13/2301130914{self.rng.randrange(100):02d}.docx"
        url = self.art(doc.title, "2023-01-13", "犨川县人民政府办公室",
                       f'<p>附件：<a href="{path}" target="_blank">{esc(doc.title)}.docx</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(HOST, path, doc, "docx"))
        for agency, short, year, date in (("犨川县教育体育局", "县教体局", 2023, "2024-01-18"),
                                          ("犨川县黄埠镇人民政府", "黄埠镇", 2024, "2025-01-16")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc)), doc)
        for title, year, date in (("犨川县2023年政府信息公开工作年度报告解读", 2023, "2024-02-02"),
                                  ("犨川县人民政府门户网站2024年工作年度报表", 2024, "2025-01-14"),
                                  ("犨川县2024年法治政府建设年度报告", 2024, "2025-03-18")):
            self.decoy(SITE, self.art(title, date, "犨川县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(1, pages + 1):
            self.put(HOST, COL + ("index.html" if k == 1 else f"list_{k}.html"), self.list_page(k, pages))
        boxes = "".join(
            f'<dl class="sub_cat"><dt><a href="/{d}/">{n}</a><a class="more" href="/{d}/">更多+</a></dt>'
            + ("".join(f'<dd><a href="{p}">{esc(t)}</a></dd>' for _, p, t in self.rows[:3]) if d == "ndbg" else
               "<dd>暂无内容</dd>") + "</dl>" for d, n in KIDS)
        self.put(HOST, "/zwgk/index.html", frame("政务公开_犨川县人民政府", f'<div class="pos">当前位置：<a href="/">'
                                             f'首页</a> &gt; 政务公开</div>{boxes}'))
        for d, n in KIDS[:2]:
            self.put(HOST, f"/{d}/index.html", frame(f"{n}_犨川县人民政府",
                                                             '<ul class="list_ul"></ul><p>暂无内容</p>'))
        news = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for _, p, t in self.rows[5:7])
        self.put(HOST, "/index.html", frame("犨川县人民政府", '<div class="banner"><img src="/uploads/banner.jpg" '
                                        'alt=""></div><div class="idx_box"><h3><a href="/xwzx/">新闻中心</a></h3><ul>'
                                        '<li>全县冬季安全生产工作会议召开</li></ul></div><div class="idx_box"><h3>'
                                        f'通知公告</h3><ul>{news}</ul></div>'))
        for d, n in (("xwzx", "新闻中心"), ("bsfw", "办事服务"), ("wza", "无障碍"), ("search", "搜索")):
            self.put(HOST, f"/{d}/index.html", frame(f"{n}_犨川县人民政府", f"<h2>{n}</h2>"))
        self.put(HOST, "/common/static/css/style.css", ".w1200{width:1200px}", "text/css")
        for img in ("/uploads/logo.png", "/uploads/banner.jpg"):
            self.put(HOST, img, b"\x89PNG\r\n", "image/png")

    def art(self, title: str, date: str, source: str, content: str) -> str:
        path = f"{COL}{self.next_id()}.html"
        inner = (f'<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="'
                 f'{COL}">政府信息公开年报</a></div><div class="article"><h1 class="art_title">{esc(title)}</h1><div '
                 f'class="art_info">发布时间：{date} 来源：{esc(source)} 浏览：<span id="hits">'
                 f'{self.rng.randint(30, 800)}</span></div><div class="art_content">{content}</div></div>')
        self.rows.append((date, path, title))
        return self.put(HOST, path, frame(f"{title}_犨川县人民政府", inner))

    def list_page(self, k: int, pages: int) -> str:
        def href(n: int) -> str:
            return COL if n == 1 else f"{COL}list_{n}.html"

        rows = "".join(f'<li><span class="date">{d}</span><a href="{p}" title="{esc(t)}" target="_blank">{esc(t)}'
                       '</a></li>' for d, p, t in self.rows[(k - 1) * PER:k * PER])
        nums = "".join(f'<a href="{href(n)}" class="curpage">{n}</a>' if n == k else
                       f'<a href="{href(n)}" class="listpage">{n}</a>' for n in range(1, pages + 1))
        pager = (f'<div id="page"><span class="pageinfo">共<strong>{pages}</strong>页<strong>{len(self.rows)}</strong>'
                 f'条记录</span><a href="{href(1)}" class="homepage">首页</a><a href="{href(max(k - 1, 1))}" class='
                 f'"{"prepage" if k > 1 else "nopage"}">上一页</a>{nums}<a href="{href(min(k + 1, pages))}" class='
                 f'"nextpage">下一页</a><a href="{href(pages)}" class="endpage">尾页</a></div>')
        inner = (f'<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 f'政府信息公开年报</div><div class="list_box"><h2>政府信息公开年报</h2><ul class="list_ul">{rows}'
                 f'</ul>{pager}</div>')
        return frame("政府信息公开年报_犨川县人民政府", inner)


PORTALS = [AutoChouchuan]
