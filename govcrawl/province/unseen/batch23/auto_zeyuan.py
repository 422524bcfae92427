"""泽源县 (www.zeyuan.gov.test), registered with ``cms: auto`` and only its home page: a county site on
易优CMS (EyouCMS, a ThinkPHP-based CMS; no README family) in its static-HTML mode, whose 年报 column is a
child of 信息公开 — two clicks from home (首页 → 信息公开 ``/xxgk/``, whose page shows its children as
icon tiles) — at ``/xxgk/ndbg/``, paged as ``list_12_2.html``, ``list_12_3.html`` under EyouCMS's
``ul.pagination`` (首页 / 上一页 / numbers / 下一页 / 末页) ending in ``<span class="pageinfo">共<strong>3
</strong>页<strong>11</strong>条</span>``.

Five rows a page as ``<div class="news-item"><h3><a href="/xxgk/ndbg/<aid>.html">…</a></h3><p>摘要</p>
<span class="time">2025-01-20</span></div>``; articles ``/xxgk/ndbg/<aid>.html`` with the body in
``div.article-content``; the 2022 county report is a PDF in ``/uploads/allimg/YYYYMMDD/``.  The home
page names no 年报 link.  Chrome: a Bootstrap header, 首页 slider, 政务服务 tiles, footer with 网站标识码.

Reports (8): 泽源县人民政府 2019–2024 (2022 a PDF), 泽源县文化和旅游局 2024, 泽源县应急管理局 2023.  Decoys (3):
泽源县2024年度法治政府建设年度报告, 泽源县2024年政府网站工作年度报表, 泽源县2023年度政府信息公开工作年度报告公告.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch23._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.zeyuan.gov.test"
SITE = "zeyuan-gov"
OWNER = "泽源县人民政府"
ROOT = "/xxgk/ndbg/"
TID = 12
PER = 5
SUMMARY = "根据《中华人民共和国政府信息公开条例》要求，现公布年度报告。"


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-cn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
        f'width, initial-scale=1"><title>{esc(title)}</title><meta name="generator" content="EyouCMS"><link '
        f'href="/template/pc/skin/css/bootstrap.min.css" rel="stylesheet"><link href="/template/pc/skin/css/zy.css" '
        f'rel="stylesheet"></head><body><header class="navbar navbar-default"><div class="container"><a '
        f'class="navbar-brand" href="/"><img src="/uploads/allimg/logo_zy.png" alt="泽源县人民政府"></a><ul class="nav '
        f'navbar-nav"><li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li><a href="/xxgk/">信息公开'
        f'</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>'
        f'<form class="navbar-'
        f'form" action="/index.php?m=home&amp;c=Search&amp;a=lists" method="get"><input name="keywords" '
        f'class="form-control"><button class="btn">搜索</button></form></div></header><div class="container">{inner}'
        f'</div><footer class="zy-foot"><p>主办：泽源县人民政府办公室　网站标识码：9871230091</p><p>未ICP备20008866号'
        f'</p></footer></body></html>'
    )


class AutoZeyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 188_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []  # (date, path, title)
        for year, day in ((2019, 22), (2020, 17), (2021, 19), (2023, 20), (2024, 24)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"泽源县{year}年政府信息公开工作年度报告"))
        self.pdf(self.doc(OWNER, 2022, "2023-01-19", "泽源县2022年政府信息公开工作年度报告"))
        self.article(self.doc("泽源县文化和旅游局", 2024, "2025-01-17",
                              "泽源县文化和旅游局2024年政府信息公开工作年度报告"))
        self.article(self.doc("泽源县应急管理局", 2023, "2024-01-16", "泽源县应急管理局2023年政府信息公开工作年度报告"))
        for title, year, date in (("泽源县2024年度法治政府建设年度报告", 2024, "2025-03-27"),
                                  ("泽源县2024年政府网站工作年度报表", 2024, "2025-01-13"),
                                  ("泽源县2023年度政府信息公开工作年度报告公告", 2023, "2024-01-26")):
            self.decoy(SITE, self.page(title, date, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, ROOT + ("index.html" if n == 1 else f"list_{TID}_{n}.html"), self.list_page(n, pages))
        self.put(HOST, "/index.html", self.home())
        self.put(HOST, "/xxgk/index.html", self.xxgk())

    def page(self, title: str, date: str, content: str) -> str:
        path = f"{ROOT}{self.next_id()}.html"
        inner = (f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a '
                 f'href="{ROOT}">政府信息公开年报</a></li></ol><div class="article"><h1 class="article-title">'
                 f'{esc(title)}</h1><div class="article-meta">发布时间：{date}　来源：泽源县人民政府　阅读：<span '
                 f'id="eyou_arcclick"></span></div><div class="article-content">{content}</div><div class="prenext">'
                 f'</div></div>')
        self.rows.append((date, path, title))
        return self.put(HOST, path, frame(f"{title}_泽源县人民政府", inner))

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", self.body(doc, word=doc.year == 2020)), doc)

    def pdf(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/uploads/allimg/{stamp}/1-{stamp[2:]}1{self.rng.randrange(10**5):05d}.pdf"
        content = (f'<p>报告全文：<a href="{path}" target="_blank"><img src="/public/static/common/images/file_ico/'
                   f'pdf.png">{esc(doc.title)}.pdf</a></p>')
        url = self.page(doc.title, doc.published_date or "", content)
        self.report(SITE, url, doc, media_type=PDF, report_url=self.attach(HOST, path, doc, "pdf"))

    def list_page(self, n: int, pages: int) -> str:
        chunk = self.rows[(n - 1) * PER:n * PER]

        def url(k: int) -> str:
            return ROOT if k == 1 else f"{ROOT}list_{TID}_{k}.html"

        items = "".join(f'<div class="news-item"><h3><a href="{p}">{esc(t)}</a></h3><p>'
                        f'{SUMMARY if "年度报告" in t else esc(t)}</p>'
                        f'<span class="time">{d}</span></div>' for d, p, t in chunk)
        nav = [f'<li><a href="{url(1)}">首页</a></li>']
        if n > 1:
            nav.append(f'<li><a href="{url(n - 1)}">上一页</a></li>')
        nav += [f'<li class="active"><a>{k}</a></li>' if k == n else f'<li><a href="{url(k)}">{k}</a></li>'
                for k in range(1, pages + 1)]
        if n < pages:
            nav.append(f'<li><a href="{url(n + 1)}">下一页</a></li>')
        nav.append(f'<li><a href="{url(pages)}">末页</a></li><li><span class="pageinfo">共<strong>{pages}</strong>页'
                   f'<strong>{len(self.rows)}</strong>条</span></li>')
        inner = (f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li '
                 f'class="active">政府信息公开年报</li></ol><div class="row"><div class="col-md-3">'
                 f'<div class="list-group">'
                 f'<a class="list-group-item" href="/xxgk/zfxxgkzn/">政府信息公开指南</a><a class="list-group-item '
                 f'active" href="{ROOT}">政府信息公开年报</a></div></div><div class="col-md-9">{items}<ul '
                 f'class="pagination">{"".join(nav)}</ul></div></div>')
        return frame("政府信息公开年报_泽源县人民政府", inner)

    def xxgk(self) -> str:
        tiles = "".join(f'<div class="col-md-3 tile"><a href="{h}"><img src="/uploads/allimg/ico_{i}.png"><span>{t}'
                        f'</span></a></div>' for i, (h, t) in enumerate((("/xxgk/zfxxgkzn/", "政府信息公开指南"),
                                                                         ("/xxgk/fdzdgknr/", "法定主动公开内容"),
                                                                         (ROOT, "政府信息公开年报"),
                                                                         ("/xxgk/ysqgk/", "依申请公开"))))
        inner = (f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li class="active">信息公开</li></ol><div '
                 f'class="row tiles">{tiles}</div>')
        return frame("信息公开_泽源县人民政府", inner)

    def home(self) -> str:
        inner = ('<div class="carousel"><img src="/uploads/allimg/banner1.jpg" alt="泽源风光"></div><div class="row">'
                 '<div class="col-md-8"><h4>政务动态</h4><ul><li><a href="/zwdt/">县政府召开常务会议</a></li><li><a '
                 'href="/zwdt/">全县安全生产工作会议召开</a></li></ul></div><div class="col-md-4"><h4>政务服务</h4>'
                 '<a class="btn" href="/zwfw/">个人办事</a><a class="btn" href="/zwfw/">法人办事</a><a class="btn" '
                 'href="/xxgk/">信息公开</a></div></div>')
        return frame("泽源县人民政府", inner)


PORTALS = [AutoZeyuan]
