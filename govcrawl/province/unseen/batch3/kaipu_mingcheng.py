"""茗城县 (www.mingcheng.gov.test): a 开普云 county whose column lists come from a JSON API.

The registry entry has no ``cms`` (the user did not know the platform).  ``/zwgk/zfxxgknb/``
serves a column page with an empty ``<ul id="articleList">``; a script asks
``/api/content/list?channelId=1578&pageNo=N&pageSize=4`` and gets ``{"code": 0, "data": {"total",
"pageNo", "pageSize", "pages", "list": [{"id", "title", "url", "publishTime", "source"}]}}``; the
channel id is a script variable.  Articles are gov.cn-style ``/zwgk/zfxxgknb/<YYYYMM>/content_<N>.html``
pages (``h1#ti``, ``div.pages-date``, ``div#UCAP-CONTENT`` with a ``.trs_editor_view`` inside,
``div#qr_container`` after it); the 2023 report is a stub whose .docx is in a "附件" block after
``#UCAP-CONTENT``.  The housing bureau's report title abbreviates it to 住建局 (agency
茗城县住房和城乡建设局, named in ContentSource and the body).  Decoys: 函, 政府网站工作年度报表, 解读.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.mingcheng.gov.test"
SITE = "mingcheng-gov"
OWNER = "茗城县人民政府"
CHANNEL = 1578
COLUMN = "/zwgk/zfxxgknb/"
API = "/api/content/list"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PAGE_SIZE = 4


class KaipuMingcheng(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.content = 7_012_300
        self.items: list[dict[str, str]] = []
        for year in (2021, 2022, 2024):
            self.article(make_doc(rng, OWNER, year, f"{year + 1}-01-{rng.randint(20, 31)}"), "茗城县人民政府办公室")
        self.stub(make_doc(rng, OWNER, 2023, "2024-01-26", title="茗城县2023年政府信息公开工作年度报告"))
        doc = make_doc(rng, "茗城县住房和城乡建设局", 2024, "2025-01-14",
                       title="茗城县住建局2024年度政府信息公开工作年度报告")
        self.article(doc, "茗城县住房和城乡建设局")
        for title, date in (("茗城县人民政府办公室关于报送2024年政府信息公开工作年度报告的函", "2024-12-18"),
                            ("茗城县人民政府门户网站政府网站工作年度报表（2024年）", "2025-01-13"),
                            ("解读《茗城县2024年政府信息公开工作年度报告》", "2025-02-06")):
            self.notice(title, date)
        self.items.sort(key=lambda i: i["publishTime"], reverse=True)
        self.put(HOST, COLUMN + "index.html", self.column())
        self.route(HOST, API, self.api)

    def next_path(self, date: str) -> str:
        self.content += self.rng.randint(200, 9000)
        return f"{COLUMN}{date[:7].replace('-', '')}/content_{self.content}.html"

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="茗城县人民政府">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 15:00">'
            f'<meta name="ContentSource" content="{escape(source)}">'
            f'<title>{escape(title)}_茗城县人民政府</title></head>'
            '<body><div class="header"><div class="top-links"><a href="javascript:;" onclick="kqNav()">无障碍</a>'
            '<a href="javascript:;">长者模式</a></div><div class="logo">茗城县人民政府</div></div>'
            '<div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="{COLUMN}">政府信息公开年报</a></div><div class="article"><h1 id="ti">{escape(title)}</h1>'
            f'<div class="pages-date">{date} 15:00 <span class="font">来源：{escape(source)}</span>'
            '<span class="font">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> '
            '<a href="javascript:;">小</a>】</span></div><div class="pages_content" id="UCAP-CONTENT">'
            f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default">{content}</div></div>{after}'
            '<div id="div_div"><div id="qr_container">扫一扫在手机打开当前页</div></div><canvas id="Canvas"></canvas>'
            '<div class="editor">【我要纠错】 责任编辑：李明</div></div>'
            '<div class="footer">茗城县人民政府办公室主办 网站标识码：9819260008 '
            '<script id="_jiucuo_" sitecode="9819260008" '
            'src="http://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div></body></html>'
        )

    def listed(self, path: str, title: str, date: str, source: str) -> str:
        self.items.append({"id": str(self.content), "title": title, "url": path, "publishTime": f"{date} 15:00:00",
                           "source": source})
        return f"http://{HOST}{path}"

    def article(self, doc: ReportDoc, source: str) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                            'style="width:100%;border-collapse:collapse">')
        self.put(HOST, path, self.page_of(doc.title, date, source, content))
        self.report(SITE, self.listed(path, doc.title, date, source), doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = self.next_path(date)
        file = f"/upload/{date.replace('-', '/')}/{self.rng.randint(10**17, 10**18 - 1)}.docx"
        file_url = self.put(HOST, file, render_docx(doc), DOCX)
        after = (f'<div class="fujian"><p>附件：</p><p><a href="{file}" target="_blank">'
                 f"{escape(doc.title)}.docx</a></p></div>")
        content = "<p>现将本年度报告予以公布，详见附件。</p>"
        self.put(HOST, path, self.page_of(doc.title, date, "茗城县人民政府办公室", content, after))
        self.report(SITE, self.listed(path, doc.title, date, "茗城县人民政府办公室"), doc, media_type=DOCX,
                    report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        path = self.next_path(date)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "茗城县", int(date[:4]) - 1, self.rng))
        self.put(HOST, path, self.page_of(title, date, "茗城县人民政府办公室", content))
        self.decoy(SITE, self.listed(path, title, date, "茗城县人民政府办公室"), title)

    def column(self) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ColumnName" content="政府信息公开年报">'
            '<title>政府信息公开年报_茗城县人民政府</title></head><body>'
            '<div class="header"><div class="logo">茗城县人民政府'
            '</div></div><div class="BreadcrumbNav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            '政府信息公开年报</div><div class="list-main"><h2>政府信息公开年报</h2><ul id="articleList"></ul>'
            '<div id="pager"></div></div>'
            f"<script>var channelId = {CHANNEL}; var pageSize = {PAGE_SIZE};\n"
            "function loadList(pageNo){ $.getJSON('" + API + "', {channelId: channelId, pageNo: pageNo, "
            "pageSize: pageSize}, function(res){ var h = ''; $.each(res.data.list, function(i, a){ h += '<li><a "
            "href=\"' + a.url + '\" target=\"_blank\">' + a.title + '</a><span>' + a.publishTime.substr(0, 10) + "
            "'</span></li>'; }); $('#articleList').html(h); renderPager(res.data.pageNo, res.data.pages, "
            "res.data.total); }); }\nloadList(1);</script>"
            '<div class="footer">网站标识码：9819260008</div></body></html>'
        )

    def api(self, request: Request) -> Response:
        if request.param("channelId") != str(CHANNEL):
            return Response(200, b'{"code":404,"msg":"channel not found","data":null}', "application/json")
        try:
            page = max(int(request.param("pageNo") or 1), 1)
            size = min(max(int(request.param("pageSize") or PAGE_SIZE), 1), 50)
        except ValueError:
            return Response(200, b'{"code":500,"msg":"bad request","data":null}', "application/json")
        total = len(self.items)
        data = {"code": 0, "msg": "success", "data": {"total": total, "pageNo": page, "pageSize": size,
                                                      "pages": -(-total // size),
                                                      "list": self.items[(page - 1) * size: page * size]}}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json;charset=UTF-8")


PORTALS = [KaipuMingcheng]
