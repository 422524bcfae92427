"""栝山县 (www.kuoshan.gov.test): a legacy PHP 政务公开 system (``/xxgk/list.php?catid=15`` /
``/xxgk/show.php?itemid=N``) in GBK — ``<meta charset="gbk">`` and a ``text/html; charset=GBK`` header — whose
年报 category pages by ``&page=N`` under a ``<div class="pages">`` pager "共 9 条记录 第 1/3 页" with 首页 /
上一页 / 下一页 / 尾页 links, whose rows are ``<tr>`` of a bordered table (标题 | 发布部门 | 日期, the date
``YYYY/M/D``), and whose unknown ids answer "该信息不存在或已删除".

Three rows a page; ``&page=4`` answers the category page with "暂无数据".  Articles: a ``<table class="show">``
whose first row is the title and second "发布部门：… 发布日期：… 点击：…", the body in ``td#content``.  The
水利局's 2024 report is a PDF under ``/file/upload/YYYYMM/DD/<n>.pdf`` linked as "附件下载".  Chrome: a frame
of GB2312-era tables, 设为首页 / 加入收藏, a 站内搜索 box, 技术支持 footer.

Reports (7): 栝山县人民政府 2019, 2020, 2022, 2023, 2024 (2019–2020 old template), 栝山县水利局 2024 (PDF),
栝山县古城镇人民政府 2023.  Decoys (2): 栝山县2024年国民经济和社会发展统计公报,
关于印发栝山县2024年政务公开工作要点的通知.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.kuoshan.gov.test"
SITE = "kuoshan-gov"
OWNER = "栝山县人民政府"
CAT = 15
PER = 3
HTML = "text/html; charset=GBK"


def frame(title: str, inner: str) -> str:
    return (
        f'<html><head><meta charset="gbk"><title>{esc(title)}</title><link href="/skin/style.css" rel="stylesheet">'
        f'</head><body><table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td class="top"><a '
        f'href="#">设为首页</a> | <a href="#">加入收藏</a></td></tr><tr><td class="banner">栝山县人民政府 政务公开'
        f'</td></tr>'
        f'<tr><td class="menu"><a href="/">网站首页</a> <a href="/xxgk/">政务公开</a> <a href="/bsfw/">便民服务</a> '
        f'<form '
        f'action="/search.php" method="get">站内搜索：<input name="kw" size="16"><input type="submit" value="搜索">'
        f'</form>'
        f'</td></tr><tr><td>{inner}</td></tr><tr><td class="foot">栝山县人民政府办公室 主办　技术支持：栝山县信息中心'
        f'</td></tr></table></body></html>'
    )


def slash(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}/{int(m)}/{int(d)}"


class LegacyKuoshan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 177_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: dict[str, bytes] = {}
        self.rows: list[tuple[int, str, str, str]] = []
        for year, day in ((2019, 28), (2020, 22), (2022, 24), (2023, 20), (2024, 23)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"栝山县{year}年政府信息公开工作年度报告"),
                         "县政府办")
        self.pdf(self.doc("栝山县水利局", 2024, "2025-01-17", "栝山县水利局2024年政府信息公开工作年度报告"))
        self.article(self.doc("栝山县古城镇人民政府", 2023, "2024-01-26", "古城镇2023年政府信息公开工作年度报告"),
                     "栝山县古城镇人民政府")
        for title, year, date in (("栝山县2024年国民经济和社会发展统计公报", 2024, "2025-03-18"),
                                  ("关于印发栝山县2024年政务公开工作要点的通知", 2024, "2024-04-09")):
            url = self.page(title, date, "县政府办", self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.rows.sort(key=lambda r: r[3], reverse=True)
        self.route(HOST, "/xxgk/list.php", self.listing)
        self.route(HOST, "/xxgk/show.php", self.show)

    def page(self, title: str, date: str, unit: str, content: str) -> str:
        item = self.next_id()
        inner = (f'<table class="show" width="100%" border="0"><tr><td class="title" align="center">{esc(title)}</td>'
                 f'</tr><tr><td align="center">发布部门：{esc(unit)}　发布日期：{slash(date)}　点击：<script '
                 f'src="/count.php?itemid={item}"></script></td></tr><tr><td id="content">{content}</td></tr></table>')
        self.items[str(item)] = frame(f"{title} - 栝山县人民政府", inner).encode("gbk", "xmlcharrefreplace")
        self.rows.append((item, title, unit, date))
        return f"http://{HOST}/xxgk/show.php?itemid={item}"

    def article(self, doc: ReportDoc, unit: str) -> None:
        url = self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=True))
        self.report(SITE, url, doc)

    def pdf(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/file/upload/{date[:4]}{date[5:7]}/{date[8:]}/{self.rng.randrange(10**9, 10**10)}.pdf"
        content = f'<p>{esc(doc.title)}</p><p>附件下载：<a href="{path}">{esc(doc.title)}.pdf</a></p>'
        url = self.page(doc.title, date, doc.agency_name, content)
        file = self.attach(HOST, path, doc, "pdf")
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file)

    def show(self, request: Request) -> Response:
        found = self.items.get(request.param("itemid"))
        if found is None:
            return Response(200, frame("提示", "该信息不存在或已删除！").encode("gbk"), HTML)
        return Response(200, found, HTML)

    def listing(self, request: Request) -> Response:
        if request.param("catid") != str(CAT):
            return Response(200, frame("提示", "栏目不存在！").encode("gbk"), HTML)
        try:
            n = max(1, int(request.param("page", "1")))
        except ValueError:
            n = 1
        pages = -(-len(self.rows) // PER)
        chunk = self.rows[(n - 1) * PER:n * PER]
        rows = "".join(f'<tr><td><a href="show.php?itemid={i}" target="_blank">{esc(t)}</a></td><td>{esc(u)}</td>'
                       f'<td>{slash(d)}</td></tr>' for i, t, u, d in chunk) or '<tr><td colspan="3">暂无数据</td></tr>'
        base = f"list.php?catid={CAT}&amp;page="
        links = (f'<a href="{base}1">首页</a> ' + (f'<a href="{base}{n - 1}">上一页</a> ' if n > 1 else "上一页 ")
                 + (f'<a href="{base}{n + 1}">下一页'
                    f'</a> ' if n < pages else "下一页 ") + f'<a href="{base}{pages}">尾页</a>')
        inner = (f'<table width="100%"><tr><td width="200" valign="top" class="left"><b>政务公开</b><br><a '
                 f'href="list.php?catid=11">政府信息公开指南</a><br><a href="list.php?catid={CAT}">政府信息公开年报'
                 f'</a><br>'
                 f'<a href="list.php?catid=18">法定主动公开内容</a></td><td valign="top"><div class="pos">当前位置：'
                 f'首页 &gt;&gt; 政务公开 &gt;&gt; 政府信息公开年报</div><table class="list" width="100%" border="1" '
                 f'cellspacing="0"><tr><th>标题</th><th>发布部门</th><th>日期</th></tr>{rows}</table>'
                 f'<div class="pages">'
                 f'共 {len(self.rows)} 条记录 第 {n}/{pages} 页 {links}</div></td></tr></table>')
        return Response(200, frame("政府信息公开年报 - 栝山县人民政府", inner).encode("gbk", "xmlcharrefreplace"), HTML)


PORTALS = [LegacyKuoshan]
