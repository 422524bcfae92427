"""檀岭县 (www.tanling.gov.test): TRS WCM with year sub-columns inside the 年报 column, GBK.

``/zwgk/zfxxgk/zfxxgknb/index.shtml`` lists no reports itself: it is a box of year sub-columns
(``2024n/``, ``2023n/``, ``2022n/``, portals.md §0.3) plus a 县级部门 sub-column ``bmnb/``.  The
department sub-column has two pages whose pager is the 4-argument call inside an HTML comment of a
``<script language="JavaScript">`` (``createPageHTML(2, 0, "index", "shtml")``, portals.md §1.1);
the year sub-columns have one page and print "共1页".  List links show a truncated title with
the full one in ``title=``.  Bodies are ``div.trs_paper_default`` Word pastes; the 2022 report is
a stub with a ``P0….docx`` linked from a "相关附件" list that a script writes from ``var file_url``.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.tanling.gov.test"
SITE = "tanling-gov"
OWNER = "檀岭县人民政府"
ROOT = "/zwgk/zfxxgk/zfxxgknb/"
GBK = "text/html"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PER_PAGE = 3


def frame(title: str, inner: str, metas: str = "") -> bytes:
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
        'xhtml1-transitional.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        f'{metas}<title>{escape(title)}</title></head><body><div class="wrap">'
        '<div class="tbar">今天是：<script>document.write(new Date().toLocaleDateString())</script> '
        '<a href="javascript:s2tt()">繁体中文</a> <a href="/">首页</a></div>'
        '<div class="logo"><img src="/images/logo.png" alt="檀岭县人民政府"></div>'
        f'{inner}<div class="ft">檀岭县人民政府版权所有 网站标识码：9809120006 技术支持：拓尔思</div>'
        "</div></body></html>"
    )
    return html.encode("gbk", "xmlcharrefreplace")


class TrsTanling(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 1_847_100
        columns: dict[str, list[tuple[str, str, str]]] = {"2024n/": [], "2023n/": [], "2022n/": [], "bmnb/": []}
        for year in (2022, 2023, 2024):
            col = f"{year}n/"
            doc = make_doc(rng, OWNER, year, f"{year + 1}-0{rng.choice((1, 1, 2))}-{rng.randint(10, 27)}")
            if year == 2022:
                columns[col].append(self.stub(col, doc))
            else:
                columns[col].append(self.article(col, doc))
            title = (f"{OWNER}{year}年政府信息公开工作年度报告解读" if year != 2022
                     else f"檀岭县{year + 1}年政务公开工作要点")
            columns[col].append(self.notice(col, title, f"{year + 1}-02-{rng.randint(1, 20):02d}"))
        for bureau in ("檀岭县公安局", "檀岭县人力资源和社会保障局", "檀岭县交通运输局", "檀岭县市场监督管理局"):
            doc = make_doc(rng, bureau, 2024, f"2025-01-{rng.randint(8, 28)}")
            columns["bmnb/"].append(self.article("bmnb/", doc))
        columns["bmnb/"].append(self.notice("bmnb/", "檀岭县交通运输局2024年政府网站工作年度报表", "2025-01-09"))
        for col, entries in columns.items():
            entries.sort(key=lambda e: e[2], reverse=True)
            chunks = [entries[i: i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
            for index, chunk in enumerate(chunks):
                name = "index.shtml" if index == 0 else f"index_{index}.shtml"
                self.put(HOST, ROOT + col + name, self.list_page(col, chunk, index, len(chunks)), GBK)
        boxes = "".join(f'<li><a href="{c}index.shtml">{c[:4] + "年度" if c[0] == "2" else "县级部门"}</a></li>'
                        for c in columns)
        hub = f'<div class="crumb">首页 &gt; 政府信息公开 &gt; 年报</div><ul class="nb_years">{boxes}</ul>'
        self.put(HOST, ROOT + "index.shtml", frame("政府信息公开年报", hub), GBK)

    def next_path(self, col: str, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(3, 700)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.shtml"
        return href, ROOT + col + href[2:]

    def page_of(self, title: str, date: str, content: str, after: str = "") -> bytes:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                 '<meta name="ContentSource" content="檀岭县人民政府办公室">')
        inner = ('<div class="crumb">首页 &gt; 政府信息公开 &gt; 年报</div>'
                 f'<div class="detail"><h2>{escape(title)}</h2>'
                 f'<div class="property"><span>时间：{date}</span><span>来源：檀岭县人民政府办公室</span></div>'
                 f'<div class="trs_paper_default">{content}</div>{after}</div>')
        return frame(title, inner, metas)

    def article(self, col: str, doc: ReportDoc) -> tuple[str, str, str]:
        date = doc.published_date or ""
        href, path = self.next_path(col, date)
        content = body_html(doc, word_para, word_cell, '<table class="MsoTableGrid" border="1" cellspacing="0">')
        self.report(SITE, self.put(HOST, path, self.page_of(doc.title, date, content), GBK), doc)
        return href, doc.title, date

    def stub(self, col: str, doc: ReportDoc) -> tuple[str, str, str]:
        date = doc.published_date or ""
        href, path = self.next_path(col, date)
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.docx"
        folder = path.rsplit("/", 1)[0]
        data = render_docx(doc)
        file_url = self.put(HOST, f"{folder}/{name}", data, DOCX)
        after = ('<div class="xgfj">相关附件：<script>var file_url = "./' + name + '"; var file_name = "'
                 + doc.title + '.docx";\ndocument.write("<a href=\\"" + file_url + "\\">" + file_name + "</a>");'
                 "</script></div>")
        content = f"<p>{escape(doc.title)}见附件。</p>"
        url = self.put(HOST, path, self.page_of(doc.title, date, content, after), GBK)
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)
        return href, doc.title, date

    def notice(self, col: str, title: str, date: str) -> tuple[str, str, str]:
        href, path = self.next_path(col, date)
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "檀岭县", int(date[:4]) - 1, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content), GBK), title)
        return href, title, date

    def list_page(self, col: str, chunk: list[tuple[str, str, str]], index: int, count: int) -> bytes:
        items = "".join(f'<li><a href="{h}" title="{escape(t)}" target="_blank">{escape(t[:15])}…</a>'
                        f"<span>{d}</span></li>" for h, t, d in chunk)
        if count > 1:
            pager = ('<script language="JavaScript"><!--\n'
                     f'createPageHTML({count}, {index}, "index", "shtml");\n//--></script>')
        else:
            pager = "共1页"
        inner = (f'<div class="crumb">首页 &gt; 政府信息公开 &gt; <a href="../index.shtml">年报</a></div>'
                 f'<ul class="list">{items}</ul><div class="fenye">{pager}</div>')
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [TrsTanling]
