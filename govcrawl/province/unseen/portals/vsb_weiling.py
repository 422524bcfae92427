"""蔚岭县 (www.weiling.gov.test): 博达 VSB with the dynamic list pager.

``/zwgk/zfxxgknb.htm`` is one template page that pages by query string, VSB's ``a<N>t / a<N>p /
a<N>c`` parameters (total pages, page, per page): 下页 → ``zfxxgknb.htm?a2t=3&a2p=2&a2c=3&urltype=
tree.TreeTempUrl&wbtreeid=1107`` — not the reverse-numbered ``zfxxgknb/N.htm`` files of the static
template.  The pager is a small table "共7条 1/3" with 下页/尾页 links and a go-to-page box.  Articles
``/info/1107/<id>.htm`` with ``#vsb_content_100 .v_news_content``; the 2024 report is a PDF whose
``download.jsp`` link is in the attachment list *after* the content div (VSB writes it there), and
the download answers a ~5 KB HTML error page unless the Referer is the article.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc
from govcrawl.synth.layout import Cell
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.weiling.gov.test"
SITE = "weiling-gov"
OWNER = "蔚岭县人民政府"
TREE = 1107
LIST = "/zwgk/zfxxgknb.htm"
DOWNLOAD = "/system/_content/download.jsp"
PER_PAGE = 3
OWNER_ID = 1523412567


def vsb_para(text: str, heading: bool) -> str:
    style = "text-indent:2em;line-height:2;font-family:仿宋;font-size:16pt"
    return f'<p style="{style}">{"<strong>" if heading else ""}{escape(text)}{"</strong>" if heading else ""}</p>'


def vsb_cell(cell: Cell) -> str:
    spans = (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + \
            (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "")
    text = "" if cell.null or not cell.text.strip() else escape(cell.text).replace("\n", "<br>")
    return f'<td{spans} style="border:1px solid windowtext;"><p style="text-align:center">{text}</p></td>'


class VsbWeiling(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.article_id = 24_500
        self.entries: list[tuple[str, str, str]] = []
        self.files: dict[str, tuple[str, ReportDoc]] = {}  # wbfileid → (article path, doc)
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26", title=f"{OWNER}2023年度政府信息公开工作年度报告"))
        self.article(make_doc(rng, "蔚岭县教育体育局", 2024, "2025-01-17"))
        self.pdf_report(make_doc(rng, OWNER, 2024, "2025-01-29"))
        for title, date in (("蔚岭县2025年政务公开工作要点", "2025-03-21"),
                            ("蔚岭县政府信息公开工作年度报告编制发布情况公告", "2025-02-06"),
                            ("蔚岭县2024年法治政府建设年度报告", "2025-03-02")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, DOWNLOAD, self.download)

    def next_path(self) -> str:
        self.article_id += self.rng.randint(3, 250)
        return f"/info/{TREE}/{self.article_id}.htm"

    def page_of(self, title: str, date: str, content: str, attachments: str = "") -> str:
        return (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="县政府办"><title>{escape(title)}-蔚岭县人民政府</title>'
            '<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script></head><body>'
            '<div class="top"><a href="/">蔚岭县人民政府</a> <a href="/zwgk.htm">政务公开</a></div>'
            '<div class="dqwz">当前位置: <a href="/">首页</a> &gt;&gt; <a href="/zwgk.htm">政务公开</a> &gt;&gt; '
            f'<a href="{LIST}">政府信息公开年报</a></div><div class="content-box">'
            f'<form name="_newscontent_fromname"><h1 align="center">{escape(title)}</h1>'
            f'<div class="xinxi">{date}&nbsp;&nbsp;来源：县政府办&nbsp;&nbsp;点击：<script>_showDynClicks("wbnews", '
            f'{OWNER_ID}, {self.article_id})</script></div>'
            f'<div id="vsb_content_100"><div class="v_news_content">{content}</div></div>{attachments}'
            '<div id="div_vote_id"></div></form></div>'
            '<div class="foot">版权所有：蔚岭县人民政府 网站标识码：9804250017 未ICP备11002345号</div></body></html>'
        )

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path()
        content = body_html(doc, vsb_para, vsb_cell, '<table border="1" cellspacing="0" style="border-collapse:'
                                                     'collapse;margin:auto" class="vsb_table">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc)

    def pdf_report(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path()
        fileid = str(self.rng.randint(8_000_000, 8_999_999))
        self.files[fileid] = (path, doc)
        link = f"{DOWNLOAD}?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        attachments = (f'<ul style="list-style-type:none;"><li>附件【<a href="{link}" target="_blank">'
                       f'{escape(doc.title)}.pdf</a>】已下载<span id="nattach{fileid}">'
                       f'<script>getClickTimes({fileid},{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>')
        content = f'<p class="vsbcontent_start">{escape(doc.title)}全文请见附件。</p>'
        url = self.put(HOST, path, self.page_of(doc.title, date, content, attachments))
        self.entries.append((path, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        path = self.next_path()
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "蔚岭县", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.page_of(title, date, content))
        self.entries.append((path, title, date))
        self.decoy(SITE, url, title)

    def list_page(self, request: Request) -> Response:
        pages = -(-len(self.entries) // PER_PAGE)
        page = min(max(int(request.param("a2p") or 1), 1), pages)
        chunk = self.entries[(page - 1) * PER_PAGE: page * PER_PAGE]
        rows = "".join(f'<li id="line_u5_{i}"><a href="..{path}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
                       f'<span>{d}</span></li>' for i, (path, t, d) in enumerate(chunk))

        def go(n: int) -> str:
            return f"zfxxgknb.htm?a2t={pages}&a2p={n}&a2c={PER_PAGE}&urltype=tree.TreeTempUrl&wbtreeid={TREE}"

        nav = []
        nav.append(f'<a href="{go(1)}" class="Next">首页</a>' if page > 1 else "首页")
        nav.append(f'<a href="{go(page - 1)}" class="Next">上页</a>' if page > 1 else "上页")
        nav.append(f'<a href="{go(page + 1)}" class="Next">下页</a>' if page < pages else "下页")
        nav.append(f'<a href="{go(pages)}" class="Next">尾页</a>' if page < pages else "尾页")
        pager = (f'<table cellspacing="0" cellpadding="0" border="0"><tr><td width="1%" align="left" nowrap>'
                 f'共{len(self.entries)}条&nbsp;&nbsp;{page}/{pages}&nbsp;</td><td align="left" nowrap>'
                 f'{"&nbsp;".join(nav)}&nbsp;<input type="text" name="a2ipt" size="2">'
                 f'<a href="javascript:;" onclick="_simple_list_gotopage_fun({pages},\'a2ipt\',2)">跳转</a>'
                 "</td></tr></table>")
        body = (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="ColumnName" content="政府信息公开年报"><title>政府信息公开年报-蔚岭县人民政府</title>'
            '<script type="text/javascript" src="/system/resource/js/centerCutImg.js"></script></head><body>'
            '<div class="top"><a href="/">蔚岭县人民政府</a></div><div class="list-box"><h2>政府信息公开年报</h2>'
            f'<ul class="list">{rows}</ul><div class="pb_sys_common">{pager}</div></div>'
            '<div class="foot">网站标识码：9804250017</div></body></html>'
        )
        return Response(200, body.encode(), "text/html; charset=UTF-8")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or found[0] not in request.headers.get("referer", ""):
            page = ("<html><head><title>提示</title></head><body><div class='error'>您访问的附件不存在或链接已失效，"
                    "请从正文页面下载。</div>" + "<!-- " + "x" * 4800 + " --></body></html>")
            return Response(200, page.encode(), "text/html; charset=UTF-8")
        doc = found[1]
        return Response(200, render_pdf(doc, random.Random(doc.title)), "application/pdf",
                        {"Content-Disposition": "attachment; filename=report.pdf"})


PORTALS = [VsbWeiling]
