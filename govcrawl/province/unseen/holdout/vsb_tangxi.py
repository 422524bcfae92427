"""棠溪县 (www.tangxi.gov.test): 博达 VSB static lists whose pager prints no count.

``/xxgk/nb.htm`` and its reverse-numbered pages ``nb/2.htm``, ``nb/1.htm`` (portals.md §1.4), but
the template's pager is only 上页/下页 links — no "共N条", no page numbers, no 尾页 (portals.md §7:
follow next-page links until they stop).  Articles ``/info/1031/<id>.htm`` with
``#vsb_content_2 .v_news_content``; a department's report is a .docx whose ``download.jsp`` link sits
inside the content; the 2024 report's PDF is a ``/__local/…`` file linked from a line after the form.
"""

from __future__ import annotations

import posixpath
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.tangxi.gov.test"
SITE = "tangxi-gov"
OWNER = "棠溪县人民政府"
DOWNLOAD = "/system/_content/download.jsp"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PER_PAGE = 3


def relative(page: str, target: str) -> str:
    """How VSB writes a link: relative to the page's folder."""
    return posixpath.relpath(target, posixpath.dirname(page))


class VsbTangxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.info = 5_500
        self.entries: list[tuple[str, str, str]] = []
        self.files: dict[str, tuple[str, bytes]] = {}
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-28", title=f"2022年{OWNER}政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-31"))
        self.local_pdf(make_doc(rng, OWNER, 2024, "2025-01-26"))
        self.docx(make_doc(rng, "棠溪县农业农村局", 2024, "2025-01-13"))
        for title, date in (("棠溪县2024年政府信息公开工作年度报告解读", "2025-01-27"),
                            ("棠溪县人民政府2024年度政府网站工作年度报表", "2025-01-10"),
                            ("关于公开征求《棠溪县2025年政务公开工作要点》意见的公告", "2025-03-03"),
                            ("棠溪县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", "2024-12-11")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        count = len(chunks)

        def file_of(k: int) -> str:  # page k (1-based) → its file, VSB's reverse numbering
            return "/xxgk/nb.htm" if k == 1 else f"/xxgk/nb/{count - k + 1}.htm"

        for k, chunk in enumerate(chunks, start=1):
            here = file_of(k)
            prev_link = f'<a href="{relative(here, file_of(k - 1))}">上页</a>' if k > 1 else ""
            next_link = f'<a href="{relative(here, file_of(k + 1))}">下页</a>' if k < count else ""
            self.put(HOST, here, self.list_page(chunk, here, prev_link, next_link))
        self.route(HOST, DOWNLOAD, self.download)

    def next_path(self) -> str:
        self.info += self.rng.randint(2, 90)
        return f"/info/1031/{self.info}.htm"

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<title>{escape(title)}-棠溪县人民政府</title></head><body><div class="header">棠溪县人民政府</div>'
            '<div class="place">当前位置：<a href="../../index.htm">首页</a>&gt;<a href="../../xxgk.htm">信息公开</a>'
            '&gt;<a href="../../xxgk/nb.htm">年度报告</a></div>'
            f'<form name="_newscontent_fromname"><div class="art-tit">{escape(title)}</div>'
            f'<div class="art-info">发布日期：{date} 浏览：<script>_showDynClicks("wbnews", 1391725341, {self.info})'
            f'</script>次</div><div id="vsb_content_2"><div class="v_news_content">{content}</div></div></form>{after}'
            '<div class="footer">棠溪县人民政府办公室 网站标识码：9810230008</div></body></html>'
        )

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path()
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellpadding="0" cellspacing="0" width="600">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def local_pdf(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path()
        local = f"/__local/4/2B/7E/{self.rng.randint(10**15, 10**16 - 1):X}_{self.rng.randint(10**7, 10**8):X}.pdf"
        pdf_url = self.put_pdf(HOST, local, doc)
        after = f'<p class="fj">附件：<a href="{local}" target="_blank">{escape(doc.title)}.pdf</a></p>'
        url = self.put(HOST, path, self.page_of(doc.title, date, "<p>详见附件。</p>", after))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=pdf_url)

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path()
        fileid = str(self.rng.randint(10**6, 10**7))
        self.files[fileid] = (path, render_docx(doc))
        link = f"{DOWNLOAD}?urltype=news.DownloadAttachUrl&owner=1391725341&wbfileid={fileid}"
        content = (f"<p>{escape(doc.title)}</p><p>附件【<a href=\"{link}\">{escape(doc.title)}.docx</a>】已下载"
                   f'<span id="nattach{fileid}"></span>次</p>')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type=DOCX, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        path = self.next_path()
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "棠溪县", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.page_of(title, date, content))
        self.entries.append((path, title, date))
        self.decoy(SITE, url, title)

    def list_page(self, chunk: list[tuple[str, str, str]], here: str, prev_link: str, next_link: str) -> str:
        items = "".join(f'<li><a href="{relative(here, p)}" target="_blank">{escape(t)}</a><span>{d}</span></li>'
                        for p, t, d in chunk)
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ColumnName" content="年度报告">'
            '<title>年度报告-棠溪县人民政府</title></head><body><div class="header">棠溪县人民政府</div>'
            f'<div class="main"><h3>年度报告</h3><ul class="news-list">{items}</ul>'
            f'<div class="pagination">{prev_link} {next_link}</div></div>'
            '<div class="footer">网站标识码：9810230008</div></body></html>'
        )

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or found[0] not in request.headers.get("referer", ""):
            page = "<html><body>附件下载失败：请从正文页下载。" + " " * 4900 + "</body></html>"
            return Response(200, page.encode(), "text/html; charset=utf-8")
        return Response(200, found[1], DOCX)


PORTALS = [VsbTangxi]
