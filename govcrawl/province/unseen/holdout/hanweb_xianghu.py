"""芗湖区 (www.xianghu.gov.test): Hanweb JCMS with a server-rendered unit list.

The column page ``/col/col1229618830/index.html`` renders its entries in HTML (no ``<datastore>``)
and pages with the unit's query string: ``index.html?uid=5765432&pageNum=2`` — the pager prints
"共10条 1/4页" and links 下一页/尾页.  Every report title abbreviates the district to 芗湖区 (its
agency is 泷阳市芗湖区人民政府, the registry's name); one department report is 芗湖区教育局's.
Articles ``/art/YYYY/M/D/art_<col>_<id>.html``, body ``div#zoom`` without the content markers;
the 2023 report is only a PDF behind ``downfile.jsp``, linked from a "附件下载" block after the body.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.xianghu.gov.test"
SITE = "xianghu-gov"
OWNER = "泷阳市芗湖区人民政府"
COLUMN = 1229618830
UID = 5765432
LIST = f"/col/col{COLUMN}/index.html"
PER_PAGE = 3


class HanwebXianghu(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 73_412_000
        self.entries: list[tuple[str, str, str]] = []
        for year in (2021, 2022, 2024):
            self.article(make_doc(rng, "芗湖区人民政府", year, f"{year + 1}-01-{rng.randint(14, 31)}",
                                  title=f"芗湖区{year}年政府信息公开工作年度报告"), OWNER)
        self.pdf(make_doc(rng, "芗湖区人民政府", 2023, "2024-01-30", title="芗湖区2023年政府信息公开工作年度报告"))
        doc = make_doc(rng, "芗湖区教育局", 2024, "2025-01-15", title="芗湖区教育局2024年度政府信息公开工作报告")
        self.article(doc, "泷阳市芗湖区教育局")
        for title, date in (("芗湖区2024年政府信息公开工作年度报告解读", "2025-02-03"),
                            ("芗湖区人民政府关于2024年度法治政府建设情况的报告", "2025-03-14"),
                            ("芗湖区2024年法治政府建设年度报告", "2025-03-20"),
                            ("关于报送2024年政府信息公开工作年度报告的函", "2024-12-16"),
                            ("芗湖区2025年政务公开工作要点", "2025-04-02")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, LIST, self.list_page)

    def next_path(self, date: str) -> str:
        self.art += self.rng.randint(20, 4000)
        y, m, d = (int(x) for x in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.art}.html"

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="芗湖区政府办"><title>{escape(title)}</title></head><body>'
            '<div class="hd"><a href="/">芗湖区人民政府</a><span class="wza">无障碍浏览</span></div>'
            f'<div class="bd"><div class="wz">您的位置：<a href="/">首页</a> &gt; '
            f'<a href="{LIST}">政府信息公开年报</a></div>'
            f'<div class="tit">{escape(title)}</div><div class="xx">发布日期：{date} 来源：芗湖区政府办 '
            '浏览次数：<span id="art_hits"></span></div>'
            f'<div id="zoom">{content}</div>{after}</div>'
            '<div class="ft">主办：芗湖区人民政府办公室 网站标识码：9806030015</div></body></html>'
        )

    def article(self, doc: ReportDoc, agency: str) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        content = body_html(doc, plain_para, plain_cell,
                            '<table width="98%" border="1" cellspacing="0" align="center">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, dataclasses.replace(doc, agency_name=agency))

    def pdf(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        hexname = "".join(self.rng.choice("0123456789abcdef") for _ in range(32))
        link = f"/module/download/downfile.jsp?classid=0&filename={hexname}.pdf"
        pdf_doc = dataclasses.replace(doc, agency_name=OWNER)
        pdf_handler = self.pdf_handler(doc)

        def download(request: Request) -> Response:
            if request.param("filename") == f"{hexname}.pdf":
                return pdf_handler(request)
            return Response(200, "<script>alert('文件不存在');</script>".encode(), "text/html; charset=utf-8")

        self.route(HOST, "/module/download/downfile.jsp", download)
        after = f'<div class="fjxz"><h4>附件下载：</h4><p><a href="{link}">{escape(doc.title)}.pdf</a></p></div>'
        stub = f"<p>{escape(doc.title)}，请下载附件查看。</p>"
        url = self.put(HOST, path, self.page_of(doc.title, date, stub, after))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, pdf_doc, media_type="application/pdf", report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        path = self.next_path(date)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "芗湖区", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.page_of(title, date, content))
        self.entries.append((path, title, date))
        self.decoy(SITE, url, title)

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.entries) // PER_PAGE)
        page = 1
        if request.param("uid") == str(UID):
            try:
                page = min(max(int(request.param("pageNum") or 1), 1), pages)
            except ValueError:
                page = 1
        rows = "".join(f'<tr><td class="bt"><a href="{p}" target="_blank">{escape(t)}</a></td>'
                       f'<td class="sj">{d}</td></tr>'
                       for p, t, d in self.entries[(page - 1) * PER_PAGE: page * PER_PAGE])

        def link(n: int, text: str) -> str:
            return f'<a href="{LIST}?uid={UID}&pageNum={n}">{text}</a>'

        nav = [link(1, "首页") if page > 1 else "首页", link(page - 1, "上一页") if page > 1 else "上一页",
               link(page + 1, "下一页") if page < pages else "下一页", link(pages, "尾页") if page < pages else "尾页"]
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ColumnName" content="政府信息公开年报">'
            '<title>政府信息公开年报 芗湖区人民政府</title></head><body>'
            '<div class="hd"><a href="/">芗湖区人民政府</a></div>'
            f'<div class="bd"><div id="{UID}"><table class="lb" width="100%">{rows}</table>'
            f'<div class="default_pgPanel">共{len(self.entries)}条 {page}/{pages}页 {" ".join(nav)}</div></div></div>'
            '<div class="ft">网站标识码：9806030015</div></body></html>'
        )
        return Response(200, html.encode(), "text/html; charset=utf-8")


PORTALS = [HanwebXianghu]
