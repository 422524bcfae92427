"""漖川县 (www.jiaochuan.gov.test): TRS WCM classic whose 年报 column 引用s (quotes) departments'
documents that stay under their own columns, and whose attachments are written by a script variable
after the editor div.

The 年报 column ``/zwgk/zfxxgk/zfxxgknb/index.html`` is a ``<table class="tb-list">`` of rows ``<td
class="bt"><a href="…" title="…">`` | ``<td class="rq">2025-01-22</td>``.  The county's own entries link
``./YYYYMM/tYYYYMMDD_<docid>.html``; the departments' and the town's entries are TRS 引用 documents
that keep the URL of the column they were written in: ``../../bmxxgk/<dept>/YYYYMM/t…html`` (under
``/zwgk/bmxxgk/``).  Four rows a page, newest first; the pager is TRS's 4-argument, zero-based
``createPageHTML(3, 0, "index", "html")`` (``index_1.html``, ``index_2.html``) beside "共12条".  Articles
put the body in ``div.TRS_Editor`` (Word pastes); the attachment block after it is written by script
only: ``var appendix = '<a href="./P0….pdf">…</a>'; if (appendix != '') { document.write('附件：' +
appendix); }`` — no attachment ``href`` in the static HTML outside that string.  The 2021 county report is
such a stub with a ``P0….pdf``, the 2023 one with a ``P0….docx``.

Reports (9): 漖川县人民政府 2019–2024 (2019–2020 old template), 漖川县财政局 2024 ("县财政局2024年…",
引用), 漖川县交通运输局 2023 (引用), 漖川县漖口镇人民政府 2024 ("漖口镇2024年…", 引用).  Decoys (3):
法治政府建设年度报告, 政府网站工作年度报表, 关于…年度报告的函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.jiaochuan.gov.test"
SITE = "jiaochuan-gov"
OWNER = "漖川县人民政府"
ROOT = "/zwgk/zfxxgk/zfxxgknb/"
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="漖川县人民政府"><meta name="SiteDomain" content="www.jiaochuan.gov.test">'
        f'<meta name="SiteIDCode" content="9865010004">{head}<title>{escape(title)}_漖川县人民政府</title>'
        '<script type="text/javascript" src="/images/page.js"></script></head><body><div class="jc-top">欢迎访问漖川'
        '县人民政府网站 <a href="javascript:;" id="wza">无障碍</a> <a href="javascript:;">长者模式</a></div><div class='
        '"jc-nav"><a href="/">网站首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">'
        f'政民互动</a></div><div class="jc-main">{inner}</div><div class="jc-foot"><p>主办：漖川县人民政府办公室 '
        '技术支持：未见省大数据中心</p><p>网站标识码：9865010004 未ICP备11003528号 未公网安备 98650102000112号</p>'
        '</div></body></html>'
    )


class TrsJiaochuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 3_204_100
        self.entries: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2022, "2023-01-29"), (2024, "2025-01-23")):
            self.article(ROOT, make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2021, "2022-01-28"), "pdf")
        self.file(make_doc(rng, OWNER, 2023, "2024-01-30"), "docx")
        self.article("/zwgk/bmxxgk/czj/", make_doc(rng, "漖川县财政局", 2024, "2025-01-20",
                                                    title="县财政局2024年政府信息公开工作年度报告"))
        self.article("/zwgk/bmxxgk/jtysj/", make_doc(rng, "漖川县交通运输局", 2023, "2024-01-24"))
        self.article("/zwgk/bmxxgk/jkz/", make_doc(rng, "漖川县漖口镇人民政府", 2024, "2025-01-17",
                                                    title="漖口镇2024年政府信息公开工作年度报告"))
        self.notice("漖川县2023年法治政府建设年度报告", 2023, "2024-03-12")
        self.notice("漖川县人民政府门户网站2024年政府网站工作年度报表", 2024, "2025-01-13")
        self.notice("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", 2024, "2024-12-18")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks):
            self.put(HOST, ROOT + ("index.htm"
                                   "l" if n == 0 else f"index_{n}.html"), self.list_page(chunk, n, len(chunks)))

    def page_of(self, folder: str, title: str, date: str, content: str, source: str, appendix: str = "") -> str:
        self.docid += self.rng.randint(11, 500)
        month = date[:7].replace("-", "")
        path = f"{folder}{month}/t{date.replace('-', '')}_{self.docid}.html"
        script = (f"<script>var appendix = '{appendix}';\nif (appendix != '') {{ document.write('<div class=\"fj\">"
                  "附件："
                  "' + appendix + '</div>'); }</script>")
        inner = (
            '<div class="jc-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="'
            f'{ROOT}">'
            f'政府信息公开年报</a></div><div class="jc-article"><h2>{escape(title)}</h2><div class="jc-info">发布时间：'
            f'{date}　来源：{escape(source)}　【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <'
            'a href='
            f'"javascript:;">小</a>】</div><div class="TRS_Editor"><style>.TRS_Editor P{{line-height:2;}}</style>'
            f'{content}</div>{script}<div class="jc-tool"><a href="javascript:window.print()">打印本页</a> <a href='
            '"javascript:window.close()">关闭窗口</a></div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                f'<meta name="ContentSource" content="{escape(source)}">')
        url = self.put(HOST, path, frame(title, inner, head))
        href = "./" + path[len(ROOT):] if path.startswith(ROOT) else "../.." + path[len("/zwgk"):]
        self.entries.append((href, title, date))
        return url

    def article(self, folder: str, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(folder, doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        month = date[:7].replace("-", "")
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        appendix = f'<a href="./{name}" target="_blank">{escape(doc.title)}.{ext}</a>'
        url = self.page_of(ROOT, doc.title, date, f"<p>{escape(doc.title)}详见附件。</p"
                                                  ">", "漖川县人民政府办公室", appendix)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, f"{ROOT}{month}/{name}", doc))
        else:
            file_url = self.put(HOST, f"{ROOT}{month}/{name}", render_docx(doc), DOCX)
            self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(ROOT, title, date, content, "漖川县人民政府办公室"), title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        rows = "".join(f'<tr><td class="bt"><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a></td>'
                       f'<td class="rq">{d}</td></tr>' for h, t, d in chunk)
        inner = (
            '<div class="jc-left"><h3>政府信息公开</h3><a href="/zwgk/zfxxgk/zfxxgkzn/">政府信息公开指南</a><a href="'
            '/zwgk/zfxxgk/zfxxgkzd/">政府信息公开制度</a><a href="/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a><a href="'
            f'{ROOT}" class="on">政府信息公开年报</a></div><div class="jc-right"><div class="jc-pos">当前位置：首页'
            ' &gt; '
            f'政务公开 &gt; 政府信息公开年报</div><table class="tb-list" width="100%">{rows}</table><div class="page">'
            f'共{len(self.entries)}条 <script type="text/javascript">createPageHTML({pages}, {n}, "index", "html");'
            '</script></div></div>'
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [TrsJiaochuan]
