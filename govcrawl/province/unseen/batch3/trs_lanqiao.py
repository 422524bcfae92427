"""岚桥县 (www.lanqiao.gov.test): TRS WCM on a Guizhou-style 集约化 template.

The 年报 column ``/zwgk/zfxxgk/fdzdgknr/zfxxgknb/index.html`` pages through ``index_1.html`` …
(0-based, portals.md §1.1), but its pager is TRS's own variable form: ``var _nPageCount = 3; var
_nCurrIndex = 0; var _sPageName = "index"; var _sPageExt = "html";`` then
``createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt)`` from a shared script — no
number inside the call, no ``countPage``.  List rows put the date first (``<span>[2024-01-31]</span>``)
and link ``./YYYYMM/tYYYYMMDD_N.html?isMobile=false`` (绥阳-style); a mobile User-Agent without that
parameter is redirected to ``/m/…``.  Article bodies are ``div.Article_zw`` with the source written
by ``var wzly``; the 2023 report is a stub with a ``P0….pdf`` and the 2024 report a stub with a
``P0….ofd``.  The 2020 report uses the 2019 template.  Decoys: 图解, 法治政府建设年度报告, 政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.lanqiao.gov.test"
SITE = "lanqiao-gov"
OWNER = "岚桥县人民政府"
ROOT = "/zwgk/zfxxgk/fdzdgknr/zfxxgknb/"
OFD = "application/ofd"
PER_PAGE = 3


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="岚桥县人民政府">'
        f'<meta name="SiteIDCode" content="9814210003">{metas}<title>{escape(title)}_岚桥县人民政府</title></head>'
        '<body><div class="Header"><div class="topbar"><span id="weather"></span><a href="javascript:void(0)" '
        'onclick="kqNav()">无障碍浏览</a><a href="javascript:;" id="toolbarOldman">长者模式</a>'
        '<a href="/m/">手机版</a></div><div class="logo"><img src="/images/logo.png" alt="岚桥县人民政府"></div>'
        '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
        '<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>'
        f'<div class="Main">{inner}</div><div class="Footer"><p>主办：岚桥县人民政府办公室 承办：岚桥县大数据中心</p>'
        '<p>网站标识码：9814210003 <a href="http://beian.miit.gov.cn/">黔ICP备14003012号</a></p>'
        '<script id="_jiucuo_" sitecode="9814210003" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'
        "</div></body></html>"
    )


class TrsLanqiao(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 87_228_100
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019",
                              title=f"{OWNER}2020年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27", title="岚桥县2021年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31", title=f"{OWNER}2022年度政府信息公开工作报告"))
        self.stub(make_doc(rng, OWNER, 2023, "2024-01-31"), "pdf")
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-24", title="岚桥县2024年政府信息公开工作年度报告"), "ofd")
        for title, date in (("图解：岚桥县2024年政府信息公开工作年度报告", "2025-01-26"),
                            ("岚桥县人民政府2024年法治政府建设年度报告", "2025-03-28"),
                            ("岚桥县人民政府门户网站2023年政府网站工作年度报表", "2024-01-15")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            name = "index.html" if index == 0 else f"index_{index}.html"
            self.put(HOST, ROOT + name, self.list_page(chunk, index, len(chunks)))

    def next_path(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(40, 9000)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.html"
        return href + "?isMobile=false", ROOT + href[2:]

    def page_of(self, title: str, date: str, content: str) -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:30">'
                 '<meta name="ContentSource" content="岚桥县人民政府办公室">'
                 '<meta name="ColumnName" content="政府信息公开年报">')
        inner = (
            '<div class="Position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="{ROOT}index.html">政府信息公开年报</a></div>'
            f'<div class="Article"><div class="Article_bt">{escape(title)}</div>'
            f'<div class="Article_xx"><span>发布时间：{date}</span>'
            '<div class="Article_ly">来源：<span class="SourceName">'
            "<script>var wzly='岚桥县人民政府办公室';if(wzly==''){document.write('岚桥县人民政府');}"
            "else{document.write(wzly);}</script></span></div><span>浏览次数：<i id=\"readCount\"></i></span>"
            '<span>字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            '<a href="javascript:doZoom(14)">小</a></span></div>'
            f'<div class="Article_zw">{content}</div>'
            '<div class="Article_ewm"><canvas id="qrcode"></canvas>扫一扫在手机打开当前页</div>'
            '<div class="Article_dy"><a href="javascript:window.print()">打印本页</a> '
            '<a href="javascript:window.close()">关闭窗口</a></div></div>'
        )
        return frame(title, inner, metas)

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                            'cellpadding="0" style="border-collapse:collapse;border:none">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc, kind: str) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        folder = path.rsplit("/", 1)[0]
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{kind}"
        if kind == "pdf":
            file_url = self.put_pdf(HOST, f"{folder}/{name}", doc)
            media = "application/pdf"
        else:
            file_url = self.put(HOST, f"{folder}/{name}", render_ofd(doc, random.Random(self.rng.random())), OFD)
            media = OFD
        content = (f'<p style="text-indent:2em">{escape(doc.title)}已公开发布，全文请点击下方附件查阅。</p>'
                   f'<p>附件：<a href="./{name}" target="_blank">{escape(doc.title)}.{kind}</a></p>')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        href, path = self.next_path(date)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "岚桥县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        self.entries.append((href, title, date))

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, count: int) -> str:
        items = "".join(f'<li><span>[{d}]</span><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a></li>'
                        for h, t, d in chunk)
        pager = ('<script type="text/javascript" src="/images/createPageHTML.js"></script><script>'
                 f'var _nPageCount = {count};\nvar _nCurrIndex = {index};\nvar _sPageName = "index";\n'
                 'var _sPageExt = "html";\ncreatePageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt);</script>')
        inner = ('<div class="Position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 '政府信息公开年报</div><div class="ListBox"><div class="ListTit">政府信息公开年报</div>'
                 f'<div class="NewsList"><ul>{items}</ul></div><div class="page">{pager}</div></div>')
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def handle(self, request: Request) -> Response:
        agent = request.headers.get("user-agent", "")
        if "Mobile" in agent and request.path.startswith(ROOT) and request.param("isMobile") != "false":
            return Response(302, b"", None, {"Location": f"http://{HOST}/m{request.path}"})
        return super().handle(request)


PORTALS = [TrsLanqiao]
