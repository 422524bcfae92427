"""栎山县 (www.lishan.gov.test): 博达 VSB with a JSP list paged by form POST.

``/xxgk/zfxxgknb.jsp?wbtreeid=1460`` is VSB's dynamic list: the pager prints "共 8 条 每页 3 条
页次：1/3" and its links run ``javascript:a1194_gopage_fun(2)``, which sets the hidden
``a1194PAGENUM`` of ``<form name="a1194a" method="post">`` and submits it (portals.md §7: form POST
paging; the JSP also reads the field from the query string).  Articles ``/info/1460/<id>.htm``,
body ``#vsb_content_4 .v_news_content`` opening with ``p.vsbcontent_start``; the 财政局's report is
a PDF in VSB's attachment list (``download.jsp?…&wbfileid=<32 hex>``, an HTML error page without the
article as Referer).  Titles: "二〇二一年" in Chinese numerals, a year-first title naming the county
without 人民政府, a "…年度政府信息公开工作年度报告".  Decoys: 函, 公告, 工作要点.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import parse_qs

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import Handler, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.model import ReportDoc

HOST = "www.lishan.gov.test"
SITE = "lishan-gov"
OWNER = "栎山县人民政府"
TREE = 1460
OWNER_ID = 1539784312
LIST = "/xxgk/zfxxgknb.jsp"
DOWNLOAD = "/system/_content/download.jsp"
PER_PAGE = 3


def vsb_para(text: str, heading: bool) -> str:
    return word_para(text, heading).replace('<p class="MsoNormal"', '<p class="vsbcontent_img MsoNormal"', 1)


class VsbLishan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.info = 118_400
        self.entries: list[tuple[str, str, str]] = []
        self.files: dict[str, tuple[str, Handler]] = {}
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28", title="栎山县二〇二一年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-19", title=f"{OWNER}2022年度政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-30", title="2023年栎山县政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2024, "2025-01-23"))
        self.attached(make_doc(rng, "栎山县财政局", 2024, "2025-01-16"))
        for title, date in (("栎山县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", "2024-12-09"),
                            ("栎山县2023年政府信息公开工作年度报告发布公告", "2024-01-30"),
                            ("栎山县2024年政务公开工作要点", "2024-04-12")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, DOWNLOAD, self.download)

    def next_path(self) -> str:
        self.info += self.rng.randint(3, 400)
        return f"/info/{TREE}/{self.info}.htm"

    def page_of(self, title: str, date: str, content: str, attachments: str = "") -> str:
        return (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 11:45">'
            '<meta name="ContentSource" content="栎山县人民政府办公室">'
            '<title>' + escape(title) + '-栎山县人民政府</title>'
            '<link rel="stylesheet" href="/style/style.css"></head><body>'
            '<div class="top"><div class="wrap"><a href="/">栎山县人民政府</a><span>无障碍浏览</span>'
            '<span>长者模式</span></div></div><div class="wrap main"><div class="dqwz">当前位置：'
            '<a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk.htm">政府信息公开</a> &gt;&gt; '
            '政府信息公开年报</div>'
            '<form name="_newscontent_fromname"><div class="content-box">'
            f'<h2 align="center">{escape(title)}</h2><div class="info" align="center">发布时间：{date}&nbsp;&nbsp;'
            f'作者：栎山县人民政府办公室&nbsp;&nbsp;点击数：<script>_showDynClicks("wbnews", {OWNER_ID}, {self.info})'
            f'</script></div><div id="vsb_content_4"><div class="v_news_content">{content}</div></div>'
            f"{attachments}</div></form>"
            '<div class="fx">分享到：</div><div class="close"><a href="javascript:window.print()">【打印】</a>'
            '<a href="javascript:window.close()">【关闭】</a></div></div>'
            '<div class="footer">版权所有：栎山县人民政府 网站标识码：9818250007 技术支持：博达软件</div></body></html>'
        )

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path()
        content = body_html(doc, vsb_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                            'class="MsoNormalTable" style="border-collapse:collapse">')
        content = f'<p class="vsbcontent_start">{escape(doc.title)}</p>' + content
        self.report(SITE, self.put(HOST, path, self.page_of(doc.title, date, content)), doc)
        self.entries.append((path, doc.title, date))

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path()
        fileid = "".join(self.rng.choice("0123456789ABCDEF") for _ in range(32))
        self.files[fileid] = (path, self.pdf_handler(doc))
        link = f"{DOWNLOAD}?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        attachments = (f'<ul style="list-style-type:none;"><li>附件【<a href="{link}" target="_blank">'
                       f'{escape(doc.title)}.pdf</a>】已下载<span id="nattach{self.info}">'
                       '<script language="javascript">'
                       f'getClickTimes({self.info},{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>')
        content = f'<p class="vsbcontent_start">{escape(doc.title)}见附件。</p>'
        url = self.put(HOST, path, self.page_of(doc.title, date, content, attachments))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=f"http://{HOST}{link}")
        self.entries.append((path, doc.title, date))

    def notice(self, title: str, date: str) -> None:
        path = self.next_path()
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "栎山县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        self.entries.append((path, title, date))

    def list_page(self, request: Request) -> Response:
        fields = dict(request.query)
        if request.method == "POST" and request.body:
            fields.update(parse_qs(request.body.decode("utf-8", "replace")))
        pages = -(-len(self.entries) // PER_PAGE)
        try:
            page = min(max(int((fields.get("a1194PAGENUM") or ["1"])[0]), 1), pages)
        except ValueError:
            page = 1
        if (fields.get("wbtreeid") or [""])[0] != str(TREE):
            return Response(200, "<html><body>栏目不存在</body></html>".encode(), "text/html; charset=UTF-8")
        rows = "".join(f'<tr><td class="bt"><a href="..{p}" target="_blank" title="{escape(t)}">{escape(t)}</a></td>'
                       f'<td class="time" width="90">{d}</td></tr>'
                       for p, t, d in self.entries[(page - 1) * PER_PAGE: page * PER_PAGE])

        def go(n: int, label: str, live: bool) -> str:
            return f'<a href="javascript:a1194_gopage_fun({n})">{label}</a>' if live else label

        nav = " ".join((go(1, "首页", page > 1), go(page - 1, "上一页", page > 1), go(page + 1, "下一页", page < pages),
                        go(pages, "尾页", page < pages)))
        html = (
            '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="ColumnName" content="政府信息公开年报"><title>政府信息公开年报-栎山县人民政府</title>'
            '</head><body>'
            '<div class="top"><div class="wrap"><a href="/">栎山县人民政府</a></div></div><div class="wrap main">'
            '<div class="lm-title">政府信息公开年报</div>'
            f'<table width="100%" class="winstyle1194">{rows}</table>'
            f'<form name="a1194a" method="post" action="zfxxgknb.jsp?wbtreeid={TREE}" style="display:inline">'
            f'<input type="hidden" name="a1194PAGENUM" value="{page}"><input type="hidden" name="wbtreeid" '
            f'value="{TREE}"><table width="100%"><tr><td align="center" class="fanye1194">共 {len(self.entries)} 条'
            f"&nbsp;每页 {PER_PAGE} 条&nbsp;页次：{page}/{pages}&nbsp;{nav}</td></tr></table></form>"
            '<script>function a1194_gopage_fun(n){document.a1194a.a1194PAGENUM.value=n;document.a1194a.submit();}'
            '</script></div><div class="footer">网站标识码：9818250007</div></body></html>'
        )
        return Response(200, html.encode(), "text/html; charset=UTF-8")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or found[0] not in request.headers.get("referer", ""):
            page = ("<html><head><title>错误</title></head><body>下载附件出错：请从正确的页面下载。"
                    + " " * 4800 + "</body></html>")
            return Response(200, page.encode(), "text/html; charset=UTF-8")
        return found[1](request)


PORTALS = [VsbLishan]
