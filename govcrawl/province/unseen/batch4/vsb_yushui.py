"""淯水县 (www.yushui.gov.test): 博达 VSB static lists with the "simple list" pager.

``/xxgk/gknb.htm`` and its reverse-numbered pages ``gknb/2.htm``, ``gknb/1.htm`` (portals.md §1.4).
The pager is VSB's simple-list template: "第1页/共3页", 首页/上页/下页/尾页 links and a go-to box
``<input name="a3p">`` + ``_simple_list_gotopage_fun(3, 'a3p', 3)`` — not the ``pb_sys`` spans
with "共N条".  Articles ``/info/1213/<id>.htm`` with ``#vsb_content_501 .v_news_content``; the 2023
report is a stub whose OFD is in VSB's attachment list after the content (``download.jsp`` answers
an HTML error page unless the article is the Referer), and the finance bureau's report, titled
"县财政局…" (agency 淯水县财政局), is a .docx behind the same download.  The 2021 report's title
carries no year ("淯水县人民政府政府信息公开工作年度报告"; its text says 2021).  Decoys: 函, 图解.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.yushui.gov.test"
SITE = "yushui-gov"
OWNER = "淯水县人民政府"
TREE = 1213
OWNER_ID = 1358922721
DOWNLOAD = "/system/_content/download.jsp"
PER_PAGE = 3
OFD = "application/ofd"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def para(text: str, heading: bool) -> str:
    style = "font-weight:bold;" if heading else ""
    return f'<p class="vsbcontent_p" style="{style}text-indent:2em;line-height:1.8">{escape(text)}</p>'


def frame(title: str, inner: str, metas: str = "", depth: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'<meta name="SiteName" content="淯水县人民政府">{metas}<title>{escape(title)}-淯水县人民政府</title>'
        f'<link rel="stylesheet" href="{depth}system/resource/css/pagedown/sys.css"></head><body>'
        '<div class="ys-top"><div class="w1200"><span>欢迎访问淯水县人民政府网站</span><a href="javascript:;" '
        'onclick="javascript:ariaOpen()">无障碍浏览</a><a href="javascript:;">长者模式</a></div></div>'
        '<div class="ys-nav"><ul><li><a href="/index.htm">首页</a></li><li><a href="/xxgk.htm">信息公开</a></li>'
        '<li><a href="/zwfw.htm">政务服务</a></li><li><a href="/hdjl.htm">互动交流</a></li></ul></div>'
        f'<div class="w1200 ys-main">{inner}</div><div class="ys-foot">版权所有：淯水县人民政府　'
        '网站标识码：9821370004　<a href="https://beian.miit.gov.cn">未ICP备13008842号</a><br>'
        '<span id="_ideConac"></span><script src="https://dcs.conac.cn/js/98/213/0000/60429971/CA982130000604299710001.js">'
        '</script><div class="ewm"><img src="/images/ys_wx.jpg">淯水发布微信公众号</div></div></body></html>'
    )


class VsbYushui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 4_800
        self.entries: list[tuple[int, str, str]] = []
        self.files: dict[str, tuple[str, bytes, str, str]] = {}  # wbfileid → (article path, bytes, type, name)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28", title=f"{OWNER}政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-17"))
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-26"), "ofd")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-22", title="淯水县2024年政府信息公开工作年度报告"))
        bureau = make_doc(rng, "县财政局", 2024, "2025-01-20", title="县财政局2024年度政府信息公开工作年度报告")
        self.attached(dataclasses.replace(bureau, agency_name="淯水县财政局"), "docx", text_doc=bureau)
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", "2024-12-20")
        self.notice("图解淯水县2024年政府信息公开工作年度报告", "2025-01-24")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        total = len(chunks)
        for k, chunk in enumerate(chunks, start=1):
            path = "/xxgk/gknb.htm" if k == 1 else f"/xxgk/gknb/{total - k + 1}.htm"
            self.put(HOST, path, self.list_page(chunk, k, total))
        self.route(HOST, DOWNLOAD, self.download)

    def page_of(self, title: str, date: str, content: str, attachments: str = "") -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 08:45">'
                 '<meta name="ContentSource" content="淯水县人民政府办公室">')
        inner = (
            '<div class="ys-pos">当前位置：<a href="../../index.htm">首页</a> &gt;&gt; '
            '<a href="../../xxgk.htm">信息公开'
            '</a> &gt;&gt; <a href="../../xxgk/gknb.htm">政府信息公开年报</a></div>'
            '<form name="_newscontent_fromname"><div class="ys-art">'
            f'<h1>{escape(title)}</h1><div class="ys-art-info">发布时间：{date}　作者：县政府办　浏览：'
            f'<script>_showDynClicks("wbnews", {OWNER_ID}, {self.next_id})</script>次</div>'
            f'<div id="vsb_content_501"><div class="v_news_content">{content}</div></div>{attachments}'
            '<div class="ys-art-tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:'
            'window.close()">【关闭】</a></div></div></form>'
        )
        return frame(title, inner, metas, "../../")

    def new_article(self) -> tuple[int, str]:
        self.next_id += self.rng.randint(3, 90)
        return self.next_id, f"/info/{TREE}/{self.next_id}.htm"

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        number, path = self.new_article()
        content = body_html(doc, para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                            'style="width:100%;border-collapse:collapse" class="vsb_table">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((number, doc.title, date))
        self.report(SITE, url, doc)

    def attached(self, doc: ReportDoc, kind: str, text_doc: ReportDoc | None = None) -> None:
        date = doc.published_date or ""
        number, path = self.new_article()
        fileid = str(self.rng.randint(10**6, 10**7))
        source = text_doc or doc
        if kind == "ofd":
            data, media = render_ofd(source, random.Random(self.rng.random())), OFD
        else:
            data, media = render_docx(source), DOCX
        name = f"{doc.title}.{kind}"
        self.files[fileid] = (path, data, media, name)
        link = f"{DOWNLOAD}?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        attachments = (f'<ul style="list-style-type:none;"><li>附件【<a href="{link}" target="_blank">{escape(name)}'
                       '</a>】'
                       f'已下载<span id="nattach{fileid}"><script>getClickTimes({fileid},{number},"wbnews","attach")'
                       "</script></span>次</li></ul>")
        content = para(f"{doc.title}详见附件。", False)
        url = self.put(HOST, path, self.page_of(doc.title, date, content, attachments))
        self.entries.append((number, doc.title, date))
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        number, path = self.new_article()
        year = 2024
        content = "".join(para(p, False) for p in decoy_text(title, "淯水县", year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        self.entries.append((number, title, date))

    def list_page(self, chunk: list[tuple[int, str, str]], k: int, total: int) -> str:
        # Links are relative to the page: gknb.htm sits in /xxgk/, gknb/N.htm one level deeper.
        up = "../" if k == 1 else "../../"
        here = "gknb/" if k == 1 else ""

        def page_href(n: int) -> str:
            if n == 1:
                return "gknb.htm" if k == 1 else "../gknb.htm"
            return f"{here}{total - n + 1}.htm"

        rows = "".join(f'<li id="line_u3_{i}"><a href="{up}info/{TREE}/{n}.htm" target="_blank" title="{escape(t)}">'
                       f'{escape(t)}</a><span>{d}</span></li>' for i, (n, t, d) in enumerate(chunk))
        links = []
        links.append(f'<a href="{page_href(1)}">首页</a>' if k > 1 else "首页")
        links.append(f'<a href="{page_href(k - 1)}">上页</a>' if k > 1 else "上页")
        links.append(f'<a href="{page_href(k + 1)}">下页</a>' if k < total else "下页")
        links.append(f'<a href="{page_href(total)}">尾页</a>' if k < total else "尾页")
        pager = (f'<table cellspacing="0" cellpadding="0" border="0"><tr><td class="Normal">第{k}页/共{total}页&nbsp;'
                 f'{"&nbsp;".join(links)}&nbsp;转到第<input type="text" name="a3p" size="2" class="defaultInput">页'
                 f'&nbsp;<a href="javascript:;" onclick="_simple_list_gotopage_fun({total},\'a3p\',3)">GO</a>'
                 "</td></tr></table>")
        inner = ('<div class="ys-pos">当前位置：首页 &gt;&gt; 信息公开 &gt;&gt; 政府信息公开年报</div>'
                 f'<div class="ys-list"><h3>政府信息公开年报</h3><ul>{rows}</ul>{pager}</div>'
                 f'<script>_showDynClickBatch([{",".join(str(n) for n, _, _ in chunk)}],"wbnews",{OWNER_ID});</script>')
        return frame("政府信息公开年报", inner, "", up)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or found[0] not in request.headers.get("referer", ""):
            error = ("<html><head><title>提示信息</title></head><body><div class='err'>对不起，您无权下载此文件或文件"
                     "不存在！</div>" + "<!-- vsb -->" * 300 + "</body></html>")
            return Response(200, error.encode(), "text/html;charset=UTF-8")
        _, data, media, _ = found
        return Response(200, data, media, {"Content-Disposition": "attachment"})


PORTALS = [VsbYushui]
