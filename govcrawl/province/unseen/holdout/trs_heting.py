"""鹤汀市 (www.heting.gov.test): a TRS 海云 city whose list is a JavaScript array.

``/xxgk/zfxxgknb/index.shtml`` has an empty ``<ul id="list">``; the entries are in
``var itemObj = [{"aT": title, "aPd": "2025-01-21 17:00", "aU": "./202501/t20250121_N.shtml"}]``
written out by a loop (portals.md §4.4, seen on 国家疾控局), with the 6-argument 1-based pager
``createPageHTML('page_div', 3, 1, 'index', 'shtml', 8)``.  Article bodies are ``div.TRS_Editor``;
the 2022 report's PDF is linked after the editor div with TRS's ``OLDSRC`` attribute.  A statistics
bureau's report is on the city list.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.heting.gov.test"
SITE = "heting-gov"
OWNER = "鹤汀市人民政府"
COLUMN = "/xxgk/zfxxgknb/"
PER_PAGE = 3


class TrsHeting(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 6_021_000
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24"))
        self.stub(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26"))
        self.article(make_doc(rng, OWNER, 2024, "2025-01-21"))
        self.article(make_doc(rng, "鹤汀市统计局", 2024, "2025-01-15", title="鹤汀市统计局2024年政府信息公开年报"))
        for title, date in (("图解：鹤汀市人民政府2024年政府信息公开工作年度报告", "2025-01-23"),
                            ("鹤汀市人民政府门户网站2024年政府网站工作年度报表", "2025-01-08"),
                            ("鹤汀市人民政府办公室关于做好2024年度政府信息公开工作年度报告编制和发布工作的通知",
                             "2024-12-05")):
            self.notice(title, date)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for number, chunk in enumerate(chunks, start=1):
            name = "index.shtml" if number == 1 else f"index_{number}.shtml"
            self.put(HOST, COLUMN + name, self.list_page(chunk, number, len(chunks)))

    def next_path(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(100, 9000)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.shtml"
        return href, COLUMN + href[2:]

    def frame(self, title: str, inner: str, metas: str = "") -> str:
        return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="鹤汀市人民政府">'
                f'{metas}<title>{escape(title)}_鹤汀市人民政府</title></head><body>'
                '<div class="header"><div class="logo">鹤汀市人民政府</div><div class="search"><form name="searchform" '
                'action="/search/"><input name="searchword"></form></div></div>'
                f'<div class="container">{inner}</div><div class="footer">网站标识码：9812000001 '
                '<a href="http://beian.miit.gov.test/">未ICP备10203040号</a></div></body></html>')

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 17:00">'
                 '<meta name="ContentSource" content="市政府办公室"><meta name="catalogs" content="8812">')
        inner = (f'<div class="crumbs">首页 &gt; 信息公开 &gt; 年报</div><div class="article"><h1>{escape(title)}</h1>'
                 f'<div class="meta">{date} 17:00 来源：市政府办公室</div><div class="TRS_Editor">{content}</div>'
                 f'{after}</div>')
        return self.frame(title, inner, metas)

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="0" width="100%">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        pdf_url = self.put_pdf(HOST, path.rsplit("/", 1)[0] + "/" + name, doc)
        after = (f'<div class="appendix"><p>附件：<a href="./{name}" OLDSRC="/protect/{name}">'
                 f"{escape(doc.title)}.pdf</a></p></div>")
        url = self.put(HOST, path, self.page_of(doc.title, date, "<p>附件</p>", after))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=pdf_url)

    def notice(self, title: str, date: str) -> None:
        href, path = self.next_path(date)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "鹤汀市", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.page_of(title, date, content))
        self.entries.append((href, title, date))
        self.decoy(SITE, url, title)

    def list_page(self, chunk: list[tuple[str, str, str]], number: int, pages: int) -> str:
        items = [{"aT": t, "aPd": f"{d} 17:00", "aU": h} for h, t, d in chunk]
        script = (
            f"<script>var itemObj = {json.dumps(items, ensure_ascii=False)};\n"
            "var html = '';\nfor (var i = 0; i < itemObj.length; i++) {\n"
            "  html += '<li><a href=\"' + itemObj[i].aU + '\" target=\"_blank\">' + itemObj[i].aT + '</a><span>' + "
            "itemObj[i].aPd.substring(0, 10) + '</span></li>';\n}\n"
            "document.getElementById('list').innerHTML = html;</script>"
        )
        pager = (
            '<div id="page_div"></div><script src="/common/js/createPageHTML.js"></script>'
            f"<script>createPageHTML('page_div', {pages}, {number}, 'index', 'shtml', {len(self.entries)});</script>"
        )
        inner = f'<div class="crumbs">首页 &gt; 信息公开 &gt; 年报</div><ul id="list"></ul>{script}{pager}'
        return self.frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [TrsHeting]
