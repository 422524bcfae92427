"""濛山县 (www.mengshan.gov.test): 博达 VSB whose 年报 list is the dynamic ``lm_list.jsp``.

The registry gives ``/lm_list.jsp?wbtreeid=1183`` (portals.md §1.4: the dynamic list alternative
``lm_list.jsp?wbtreeid=…&PAGENUM=<n>``).  Rows are ``<tr id="line_u6_N">`` of a ``winstyle`` table with
the date cell *first* and the link relative without a leading slash (``info/1183/4521.htm``).  The
pager is VSB's: "共8条 1/3" and 首页/上页/下页/尾页 links ``lm_list.jsp?totalpage=3&PAGENUM=2&urltype=
tree.TreeTempUrl&wbtreeid=1183``.  Articles ``/info/1183/<id>.htm``, body ``#vsb_content_6
.v_news_content``; the 2024 report is an OFD in VSB's attachment list after the form
(``download.jsp?…&wbfileid=<n>``, an HTML error page unless the article is the Referer).  The 2023
report is titled by the office that compiled it ("濛山县人民政府办公室2023年…", 龙游-style, portals.md
§2.3); its agency is the county government.  Decoys: 公告,
部门决算.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import OFD, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.mengshan.gov.test"
SITE = "mengshan-gov"
OWNER = "濛山县人民政府"
TREE = 1183
PER_PAGE = 3
ERROR = ("<html><head><title>错误</title></head><body><div style='margin:80px auto;width:420px'>"
         + "<p>您访问的页面出错了，请检查链接是否正确。</p>" * 40 + "</div></body></html>").encode()


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<meta name="SiteName" content="濛山县人民政府">{metas}<title>{escape(title)}-濛山县人民政府</title>'
        '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"></head><body>'
        '<div class="ms-top"><a href="/">濛山县人民政府</a><span>设为首页 加入收藏</span></div>'
        f'<div class="ms-wrap">{inner}</div><div class="ms-foot">版权所有：濛山县人民政府　技术支持：博达软件'
        '　网站标识码：9824230011</div></body></html>'
    )


class VsbMengshan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.articleid = 4_480
        self.entries: list[tuple[str, str, str]] = []
        self.files: dict[str, tuple[str, bytes]] = {}  # wbfileid -> (article URL, bytes)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-27", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"))
        self.notice("濛山县2021年度部门决算公开", "2022-08-30")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-18"))
        office = "濛山县人民政府办公室2023年政府信息公开工作年度报告"
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29", title=office))
        self.notice("关于濛山县2023年政府信息公开工作年度报告发布的公告", "2024-02-02")
        self.ofd(make_doc(rng, OWNER, 2024, "2025-01-23"))
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, "/lm_list.jsp", self.list_page)
        self.route(HOST, "/system/_content/download.jsp", self.download)

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                 '<meta name="ContentSource" content="县政府办">')
        inner = (f'<div class="ms-pos">当前位置: <a href="/">首页</a>&gt;&gt;<a href="/lm_list.jsp?wbtreeid={TREE}">'
                 f'政府信息公开年报</a>&gt;&gt;正文</div><form name="_newscontent_fromname"><h1>{escape(title)}</h1>'
                 f'<div class="ms-info">发布时间：{date}　浏览次数：<script>_showDynClicks("wbnews", 1893112045, '
                 f'{self.articleid})</script></div><div id="vsb_content_6"><div class="v_news_content">{content}'
                 f'</div></div></form>{after}')
        return frame(title, inner, metas)

    def next_path(self) -> tuple[str, str]:
        self.articleid += self.rng.randint(3, 90)
        return f"info/{TREE}/{self.articleid}.htm", f"/info/{TREE}/{self.articleid}.htm"

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path()
        content = body_html(doc, word_para, word_cell, '<table class="MsoTableGrid" border="1" cellspacing="0" '
                            'style="border-collapse:collapse;border:none">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc)

    def ofd(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path()
        fileid = str(self.rng.randint(10**7, 10**8))
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=1893112045&wbfileid={fileid}"
        after = (f'<ul style="list-style-type:none;">附件【<a href="{link}" target="_blank">{escape(doc.title)}.ofd'
                 f'</a>】已下载<span id="nattach{fileid}"><script>getClickTimes({fileid},1893112045,"wbnewsfile",'
                 '"attach")</script></span>次</ul>')
        url = self.put(HOST, path, self.page_of(doc.title, date, '<p class="vsbcontent_start">详见附件。</p>', after))
        self.files[fileid] = (url, render_ofd(doc, random.Random(self.rng.random())))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc, media_type=OFD, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        href, path = self.next_path()
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        self.entries.append((href, title, date))

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer", "").split("?")[0] != found[0]:
            return Response(200, ERROR, "text/html;charset=UTF-8")
        return Response(200, found[1], OFD, {"Content-Disposition": "attachment; filename=nb.ofd"})

    def list_page(self, request: Request) -> Response:
        if request.param("wbtreeid") != str(TREE):
            return Response(200, frame("提示", "<p>栏目不存在</p>").encode())
        count = -(-len(self.entries) // PER_PAGE)
        try:
            page = min(max(1, int(request.param("PAGENUM", "1") or 1)), count)
        except ValueError:
            page = 1
        chunk = self.entries[(page - 1) * PER_PAGE: page * PER_PAGE]
        rows = "".join(f'<tr id="line_u6_{n}"><td class="timestyle1183" width="1%" nowrap>{d}&nbsp;</td>'
                       f'<td><a href="{h}" class="c1183" title="{escape(t)}" target="_blank">{escape(t)}</a></td></tr>'
                       for n, (h, t, d) in enumerate(chunk))

        def link(n: int, text: str) -> str:
            return (f'<a href="lm_list.jsp?totalpage={count}&PAGENUM={n}&urltype=tree.TreeTempUrl&wbtreeid={TREE}" '
                    f'class="Next">{text}</a>')

        back = link(1, "首页") + link(page - 1, "上页") if page > 1 else '<span class="PrevDisabled">首页 上页</span>'
        on = (link(page + 1, "下页") + link(count, "尾页") if page < count
              else '<span class="NextDisabled">下页 尾页</span>')
        pager = (f'<table width="100%"><tr><td align="right">共{len(self.entries)}条&nbsp;&nbsp;{page}/{count}&nbsp;'
                 f"{back}{on}</td></tr></table>")
        inner = ('<div class="ms-pos">当前位置: <a href="/">首页</a>&gt;&gt;政府信息公开年报</div><div class="ms-lm">'
                 '政府信息公开年报</div><table class="winstyle1183" width="100%" cellpadding="0" cellspacing="0">'
                 f"{rows}</table>{pager}")
        return Response(200, frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')
                        .encode(), "text/html; charset=UTF-8")


PORTALS = [VsbMengshan]
