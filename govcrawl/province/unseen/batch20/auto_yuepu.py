"""岳浦县 (www.yuepu.gov.test), registered with ``cms: auto`` and only its home page: an 帝国CMS
(EmpireCMS) county site whose 年报 class is set to a *dynamic* list — ``/e/action/ListInfo/?classid=12``,
paged by a zero-based ``page`` with the record count carried along (``index.php?page=1&classid=12&
totalnum=12``) under EmpireCMS's ``epages`` pager — two clicks from the home page (首页 → 信息公开 →
政府信息公开年报), whose articles are static ``/xxgk/ndbg/<date>/<id>.html``, and whose 2020 report is a
PDF of page scans.

The home page links ``/xxgk/`` in its nav; ``/xxgk/`` is a grid of boxes (政策文件, 人事信息, 政府信息公开年报
…) each with a "更多&gt;&gt;" link, the 年报 one ``/e/action/ListInfo/?classid=12``.  List rows:
``<li><span>01-22</span><a href="/xxgk/ndbg/2025-01-22/1532.html" title="…">…</a></li>`` — the list shows
month-day only; the year is in the article.  A page past the end answers EmpireCMS's "此栏目暂无信息".
The scan is linked as ``/d/file/xxgk/ndbg/2021-01-21/<hash>.pdf`` in the article's body.

Reports (8): 岳浦县人民政府 2020–2024 (2020 a scan PDF; 2023 Word markup), 岳浦县住房和城乡建设局 2024,
岳浦县应急管理局 2022, 岳浦县浦口镇人民政府 2023.  Decoys (4): 岳浦县2024年政府网站工作年度报表, 关于2023年度政府信息
公开工作年度报告的公告, 岳浦县2024年度法治政府建设年度报告, 岳浦县政府信息公开指南（2023年版）.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch20._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.yuepu.gov.test"
SITE = "yuepu-gov"
OWNER = "岳浦县人民政府"
ROOT = "/xxgk/ndbg/"
PER = 5
LIST = "/e/action/ListInfo/"
CLASSID = "12"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><title>{esc(title)}</title><meta name="keywords" content="岳浦县" />'
        '<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" /></head><body><div class="top">'
        '<div class="logo"><img src="/skin/default/images/logo.png" alt="岳浦县人民政府" /></div></div><div class="na'
        'v">'
        '<ul><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/xxgk/">信息公开</a></li>'
        f'<li><a href="/bmfw/">便民服务</a></li></ul></div>{inner}<div class="footer">版权所有：岳浦县人民政府　'
        '网站标识码：9870090001<br />Powered by EmpireCMS</div></body></html>'
    )


class AutoYuepu(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 154_500

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, day in ((2021, 25), (2022, 19), (2024, 22)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"岳浦县{year}年政府信息公开工作年度报告"))
        self.article(self.doc(OWNER, 2023, "2024-01-23", "岳浦县2023年政府信息公开工作年度报告"), word=True)
        self.scan(self.doc(OWNER, 2020, "2021-01-21", "岳浦县2020年政府信息公开工作年度报告"))
        self.article(self.doc("岳浦县住房和城乡建设"
                              "局", 2024, "2025-01-16", "岳浦县住房和城乡建设局2024年政府信息公开工作年度报告"))
        self.article(self.doc("岳浦县应急管理局", 2022, "2023-01-10", "岳浦县应急管理局2022年政府信息公开工作年度报告"))
        self.article(self.doc("岳浦县浦口镇人民政府", 2023, "2024-01-15", "浦口镇2023年政府信息公开工作年度报告"))
        for title, year, date in (("岳浦县2024年政府网站工作年度报表", 2024, "2025-01-09"),
                                  ("关于2023年度政府信息公开工作年度报告的公告", 2023, "2024-01-24"),
                                  ("岳浦县2024年度法治政府建设年度报告", 2024, "2025-03-19"),
                                  ("岳浦县政府信息公开指南（2023年版）", 2023, "2023-05-06")):
            self.decoy(SITE, self.page(title, date, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, "/e/action/ListInfo/", self.listing)
        self.route(HOST, "/e/action/ListInfo/index.php", self.listing)
        self.put(HOST, "/index.htm"
                       "l", frame("岳浦县人民政府", '<div class="home"><div class="banner">岳浦县人民政府门户网站'
                                           '</div><div class="news"><h3>政务动态</h3></div></div>'))
        boxes = "".join(f'<div class="box"><h3>{n}</h3><a class="more" href="{p}">更多&gt;&gt;</a></div>'
                        for n, p in (("政策文件", "/xxgk/zcwj/"), ("人事信息", "/xxgk/rsxx/"),
                                     ("政府信息公开年报", f"{LIST}?classid={CLASSID}"),
                                     ("财政信息", "/xxgk/czxx/")))
        self.put(HOST, "/xxgk/index.html", frame("信息公开_岳浦县人民政府", f'<div class="xxgk">{boxes}</div>'))

    def page(self, title: str, date: str, content: str) -> str:
        self.id += self.rng.randint(3, 60)
        path = f"{ROOT}{date}/{self.id}.html"
        inner = (f'<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xxgk/">信息公开</a>&'
                 'nbsp;&gt;'
                 f'&nbsp;<a href="{LIST}?classid={CLASSID}">政府信息公开年报</a></div><div class="show"><h1>'
                 f'{esc(title)}</h1><div class'
                 '="info">'
                 f'时间：{date} 10:12:{self.id % 60:02d}　来源：岳浦县人民政府办公室　点击：<script src="/e/public/Vi'
                 'ewClick/'
                 f'?classid=12&id={self.id}&addclick=1"></script></div><div class="content">{content}</div></div>')
        url = self.put(HOST, path, frame(title, inner))
        self.rows.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, word: bool = False) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", self.body(doc, word)), doc)

    def scan(self, doc: ReportDoc) -> None:
        path = f"/d/file/xxgk/ndbg/{doc.published_date}/{self.rng.randrange(16**32):032x}.pdf"
        url = self.page(doc.title, doc.published_date or "",
                        f'<p><a href="{path}" target="_blank">{esc(doc.title)}（扫描件）.pdf</a></p>')
        file = self.attach(HOST, path, doc, "scan")
        self.report(SITE, url, doc, media_type=PDF, report_url=file, flags=("image_only",))

    def listing(self, request: Request) -> Response:
        if request.query.get("classid", [""])[0] != CLASSID:
            return Response(200, frame("提示信息", "<p>此栏目不存在</p>").encode(), "text/html; charset=utf-8")
        pages = -(-len(self.rows) // PER)
        try:
            k = max(int(request.query.get("page", ["0"])[0]), 0)
        except ValueError:
            k = 0
        chunk = self.rows[k * PER:(k + 1) * PER]
        if not chunk:
            return Response(200, frame("提示信息", "<p>此栏目暂无信息</p>").encode(), "text/html; charset=utf-8")
        items = "".join(f'<li><span>{d[5:]}</span><a href="{h}" title="{esc(t)}" target="_blank">{esc(t)}</a></li>'
                        for h, t, d in chunk)

        def name(n: int) -> str:
            return f"{LIST}index.php?page={n}&amp;classid={CLASSID}&amp;totalnum={len(self.rows)}"

        nums = "&nbsp;".join(f"<b>{n + 1}</b>" if n == k else f'<a href="{name(n)}">{n + 1}</a>' for n in range(pages))
        prev = f'<a href="{name(0)}">首页</a>&nbsp;<a href="{name(k - 1)}">上一页</a>&nbsp;' if k > 0 else ""
        nxt = (f'&nbsp;<a href="{name(k + 1)}">下一页</a>&nbsp;<a href="{name(pages - 1)}">尾页</a>'
               if k < pages - 1 else "")
        pager = (f'<div class="epages"><a title="Total record">&nbsp;<b>{len(self.rows)}</b> </a>&nbsp;&nbsp;{prev}'
                 f'{nums}{nxt}</div>')
        inner = (f'<div class="position">当前位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xxgk/">信息公开</a>'
                 f'&nbsp;&gt;&nbsp;政府信息公开年报</div><div class="list"><ul>{items}</ul>{pager}</div>')
        return Response(200, frame("政府信息公开年报_岳浦县人民政府", inner).encode(), "text/html; charset=utf-8")


PORTALS = [AutoYuepu]
