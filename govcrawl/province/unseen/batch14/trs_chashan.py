"""嵖山县 (www.chashan.gov.test): TRS WCM classic whose list links open their articles only through
``onclick="window.open('…')"`` (``href="javascript:void(0)"``), the pager an uppercase ``<SCRIPT>`` call.

The 年报 column ``/xxgk/zfxxgkzl/ndbg/index.shtml`` is a ``<div class="xxgk-nr"><ul>`` of ``<li>``s:
``<span class="rq">[2025-01-22]</span>`` (date first, in brackets) then ``<a href="javascript:void(0)"
onclick="window.open('./202501/t20250122_<docid>.shtml')" title="…">`` — no article URL in any
``href``.  Three entries a page, newest first; the pager is TRS's 4-argument zero-based call with no
spaces, ``<SCRIPT LANGUAGE="JavaScript">createPageHTML(4,0,"index","shtml");</SCRIPT>``, from the shared
``/js/createPageHTML.js`` (``index_1.shtml`` … ``index_3.shtml``); no record count anywhere.  Articles
``./YYYYMM/tYYYYMMDD_<docid>.shtml`` put the body in ``div.view.TRS_UEDITOR.trs_paper_default.trs_word``
(Word pastes) under an "信息来源：… 发布日期：… 【打印】【关闭】" line.  The 2022 county report is a stub
whose ``P0….pdf`` is linked inside the editor div; the 2024 one a ``P0….docx``.

Reports (9): 嵖山县人民政府 2019–2024 (2019–2020 old template), 嵖山县水利局 2024 ("县水利局2024年…"),
嵖山县嵖岈镇人民政府 2023 ("嵖岈镇2023年…"), 嵖山县医疗保障局 2023 (titled "县医疗保障局2023年度政府信息
公开工作报告").  Decoys (3): 法治政府建设年度报告, 政府网站工作年度报表, 统计年报.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.chashan.gov.test"
SITE = "chashan-gov"
OWNER = "嵖山县人民政府"
ROOT = "/xxgk/zfxxgkzl/ndbg/"
PER_PAGE = 3


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="SiteName" content="嵖山县人'
        f'民政府"><meta name="SiteIDCode" content="9864010002">{head}<title>{escape(title)}-嵖山县人民政府网</title>'
        '<script src="/js/createPageHTML.js"></script></head><body><div class="top"><div class="wrap"><span class="'
        'date" id="today"></span><a href="javascript:void(0)" onclick="s2tt()">繁体</a> | <a href="/wza/">无障碍</a>'
        '</div></div><div class="banner"><img src="/images/banner.png" alt="嵖山县人民政府"></div><div class="menu">'
        '<a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务</a>'
        f'<a href="/hdjl/">互动交流</a></div><div class="wrap main">{inner}</div><div class="footer">嵖山县人民政府'
        '主办　嵖山县政务服务和数据管理局承办<br>网站标识码：9864010002　未ICP备14007721号-1　'
        '<span id="_ideConac"></span></div></body></html>'
    )


class TrsChashan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 5_510_300
        self.entries: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-27"), (2021, "2022-01-25"), (2023, "2024-01-29")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-30"), "pdf")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-22"), "docx")
        self.article(make_doc(rng, "嵖山县水利局", 2024, "2025-01-17", title="县水利局2024年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "嵖山县嵖岈镇人民政府", 2023, "2024-01-19", title="嵖岈镇2023年政府信息公开工作年度"
                                                                           "报告"))
        self.article(make_doc(rng, "嵖山县医疗保障局", 2023, "2024-01-23", title="县医疗保障局2023年度政府信息公开工作"
                                                                         "报告"))
        self.notice("嵖山县2023年法治政府建设年度报告", 2023, "2024-03-05")
        self.notice("嵖山县人民政府门户网站2024年政府网站工作年度报表", 2024, "2025-01-14")
        self.notice("嵖山县2023年国民经济和社会发展统计年报", 2023, "2024-04-18")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            self.put(HOST, ROOT + ("index.shtml" if index == 0 else f"index_{index}.shtml"),
                     self.list_page(chunk, index, len(chunks)))

    def page_of(self, title: str, date: str, content: str, source: str = "嵖山县人民政府办公室") -> tuple[str, str]:
        self.docid += self.rng.randint(9, 400)
        month = date[:7].replace("-", "")
        path = f"{ROOT}{month}/t{date.replace('-', '')}_{self.docid}.shtml"
        inner = (
            f'<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href='
            f'"{ROOT}">'
            f'年度报告</a></div><div class="article"><h1>{escape(title)}</h1><div class="ly">信息来源：{escape(source)}'
            f'　发布日期：{date}　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()"'
            f'>'
            f'关闭</a>】</div><div class="view TRS_UEDITOR trs_paper_default trs_word">{content}</div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}">'
                f'<meta name="ContentSource" content="{escape(source)}">')
        url = self.put(HOST, path, frame(title, inner, head))
        self.entries.append((path[len(ROOT) :], title, date))
        return url, f"{ROOT}{month}/"

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name)[0], doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        content = (f'<p>{escape(doc.title)}全文见附件。</p><p style="line-height:2">附件：<a href="./{name}" '
                   f'title="{escape(doc.title)}.{ext}">{escape(doc.title)}.{ext}</a></p>')
        url, folder = self.page_of(doc.title, date, content)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, folder + name, doc))
        else:
            file_url = self.put(HOST, folder + name, render_docx(doc), DOCX)
            self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content)[0], title)

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, pages: int) -> str:
        rows = "".join(
            f'<li><span class="rq">[{d}]</span><a href="javascript:void(0)" onclick="window.open(\'./{h}\')" '
            f'title="{escape(t)}">{escape(t)}</a></li>' for h, t, d in chunk
        )
        inner = (
            '<div class="left"><h2>信息公开</h2><ul><li><a href="/xxgk/zfxxgkzl/gkzn/">公开指南</a></li><li><a href="'
            '/xxgk/zfxxgkzl/gkzd/">公开制度</a></li><li class="on"><a href="./">年度报告</a></li></ul></div>'
            '<div class="right"><div class="crumb">您当前的位置：<a href="/">首页</a> &gt; 信息公开 &gt; 年度报告</div>'
            f'<div class="xxgk-nr"><ul>{rows}</ul></div><div class="page"><SCRIPT LANGUAGE="JavaScript">'
            f'createPageHTML({pages},{index},"index","shtml");</SCRIPT></div></div>'
        )
        return frame("年度报告", inner)


PORTALS = [TrsChashan]
