"""溆口县 (www.xukou.gov.test): TRS WCM classic whose 年报 list is a date-first ``<dl>`` and whose
only pager is a static 下一页 / 上一页 pair — no page count, no ``createPageHTML``, no last page —
and whose file-only report offers a PDF and an OFD behind icon links with no text.

The 年报 column ``/xxgk/zfxxgknb/index.htm`` (``.htm``; later pages zero-based ``index_1.htm``,
``index_2.htm``) is a ``<dl class="nb-dl">`` of ``<dt>2025-01-22</dt><dd><a href="./YYYYMM/
tYYYYMMDD_<docid>.htm" target="_blank">title</a></dd>`` pairs, five a page, newest first.  Under it,
"本栏目共有信息 12 条" and ``<div class="pagenav">``: a plain ``<a class="next" href="index_1.htm">下一页</a>``
(and ``<a class="prev">上一页</a>`` from page 2) — the template was edited to print only these two links
server-side; the last page has no 下一页.  Articles put a Word paste in ``div.TRS_Editor`` under a
"发布时间 / 来源 / 浏览次数 / 【字体：大 中 小】" line.  The 2022 county report is a stub whose
``div.fujian`` block after the editor div links ``./P0….pdf`` and ``./P0….ofd`` with only an icon
``<img alt="PDF版">`` / ``<img alt="OFD版">`` as link content (the PDF is the truth's file; the OFD is
the same report); the 2024 report is a ``P0….docx`` linked the same way.

Titles: the 2023 county report is written with spaces around the year ("溆口县 2023 年政府信息公开工作
年度报告", as 宿迁's is, portals.md §2.3); the 公安局's "县公安局2024年…" (溆口县公安局), the 人社局's 2025
report "县人社局2025年…" (溆口县人力资源和社会保障局, published January 2026), a town's "溆南镇2023年…"
(溆口县溆南镇人民政府).  2019–2020 in the old template.

Reports (9): 溆口县人民政府 2019–2024, 溆口县公安局 2024, 溆口县人力资源和社会保障局 2025, 溆口县溆南镇人民政府
2023.  Decoys (3): a 公告 that the 2023 report is published, 2023年统计公报, 2025年政务公开工作要点.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.xukou.gov.test"
SITE = "xukou-gov"
OWNER = "溆口县人民政府"
ROOT = "/xxgk/zfxxgknb/"
PER = 5


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8" /><meta name="SiteName" content="溆口县人民政府" /><meta name="SiteDomain" '
        f'content="www.xukou.gov.test" /><meta name="SiteIDCode" content="9866010003" />{head}<title>{escape(title)}'
        '</title></head><body><!--SSI头部开始--><div class="xk-top"><span id="weather"></span> <a href="javascript:'
        's2tt()">繁體</a> <a href="javascript:;" id="toolbarSwitch">无障碍阅读</a> <a href="javascript:;" onclick="'
        'headTool.switchOld()">适老模式</a></div><div class="xk-head"><img src="/images/logo.png" alt="溆口县人民政'
        '府" />'
        '</div><div class="xk-nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/xxgk/">信息公开</a><a '
        f'href="/zwfw/">政务服务</a><a href="/gzcy/">公众参与</a></div><!--SSI头部结束-->{inner}<div class="xk-foot">'
        '<p>主办：溆口县人民政府办公室　承办：溆口县融媒体中心</p><p>网站标识码：9866010003　未ICP备19004417号-1　'
        '未公网安备 98660102000341号</p><p>您是第<span id="siteFlowId"></span>位访客</p><span id="_ideConac"></span>'
        '<script src="http://dcs.conac.cn/js/33/000/0000/60000001/CA330000000600000010001.js"></script></div>'
        '</body></html>'
    )


class TrsXukou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 60_000
        self.docid = 1_208_300
        self.entries: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-27"), (2021, "2022-01-25")):
            self.article(self.doc(OWNER, year, date), "溆口县人民政府办公室")
        self.files(self.doc(OWNER, 2022, "2023-01-30"), ("pdf", "ofd"))
        self.article(self.doc(OWNER, 2023, "2024-01-29", "溆口县 2023 年政府信息公开工作年度报告"),
                     "溆口县人民政府办公室")
        self.files(self.doc(OWNER, 2024, "2025-01-23"), ("docx",))
        self.article(self.doc("溆口县公安局", 2024, "2025-01-17", "县公安局2024年政府信息公开工作年度报告"),
                     "溆口县公安局")
        self.article(self.doc("溆口县人力资源和社会保障局", 2025, "2026-01-20",
                              "县人社局2025年政府信息公开工作年度报告"),
                     "溆口县人力资源和社会保障局")
        self.article(self.doc("溆口县溆南镇人民政府", 2023, "2024-01-18", "溆南镇2023年政府信息公开工作年度报告"),
                     "溆口县溆南镇人民政府")
        self.notice("关于公布溆口县2023年政府信息公开工作年度报告的公告", 2023, "2024-01-30")
        self.notice("溆口县2023年国民经济和社会发展统计公报", 2023, "2024-03-28")
        self.notice("溆口县2025年政务公开工作要点", 2025, "2025-04-10")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i:i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks):
            self.put(HOST, ROOT + ("index.htm" if n == 0 else f"index_{n}.htm"), self.list_page(chunk, n, len(chunks)))

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str, after: str = "") -> tuple[str, str]:
        self.docid += self.rng.randint(40, 900)
        folder = f"{ROOT}{date[:7].replace('-', '')}/"
        path = f"{folder}t{date.replace('-', '')}_{self.docid}.htm"
        inner = (
            f'<div class="xk-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="'
            f'{ROOT}index.htm">政府信息公开年报</a></div><div class="xk-art"><h1>{escape(title)}</h1><div class="xk-'
            f'info">发布时间：{date}　来源：{escape(source)}　浏览次数：<span id="clickNum"></span>　【字体：<a href="'
            'javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小'
            '</a>'
            '】</div><div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;line-height:1.8;}'
            f'</style>{content}</div>{after}<div class="xk-tool"><a href="javascript:window.print()">打印本页</a> <a '
            'href="javascript:window.close()">关闭窗口</a></div><div class="xk-ewm">扫一扫在手机打开当前页</div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}" /><meta name="PubDate" content="{date} 09:'
                f'{self.rng.randint(10, 59)}" /><meta name="ContentSource" content="{escape(source)}" />')
        url = self.put(HOST, path, frame(f"{title}_溆口县人民政府", inner, head))
        self.entries.append(("./" + path[len(ROOT):], title, date))
        return url, folder

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                                                       'cellpadding="0" align="center">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source)[0], doc)

    def files(self, doc: ReportDoc, exts: tuple[str, ...]) -> None:
        date = doc.published_date or ""
        names = {ext: f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}" for ext in exts}
        icons = "".join(f'<a href="./{name}" target="_blank"><img src="/images/ico_{ext}.gif" alt="'
                        f'{ext.upper() if ext != "docx" else "Word"}版" border="0" /></a>'
                        f' ' for ext, name in names.items())
        after = f'<div class="fujian"><p>相关附件：</p>{icons}</div>'
        content = word_para(f"{doc.title}全文见附件。", False)
        url, folder = self.page_of(doc.title, date, content, "溆口县人民政府办公室", after)
        first = exts[0]
        if first == "pdf":
            file_url = self.put_pdf(HOST, folder + names["pdf"], doc)
            media = PDF
        else:
            file_url = self.put(HOST, folder + names[first], render_docx(doc), DOCX)
            media = DOCX
        if "ofd" in names:
            self.put(HOST, folder + names["ofd"], render_ofd(doc, random.Random(self.rng.random())), OFD)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "溆口县人民政府办公室")[0], title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        rows = "".join(f'<dt>{d}</dt><dd><a href="{h}" target="_blank">{escape(t)}</a></dd>' for h, t, d in chunk)
        nav = ""
        if n > 0:
            nav += f'<a class="prev" href="{"index.htm" if n == 1 else f"index_{n - 1}.htm"}">上一页</a> '
        if n < pages - 1:
            nav += f'<a class="next" href="index_{n + 1}.htm">下一页</a>'
        inner = (
            '<div class="xk-left"><h3>信息公开</h3><ul><li><a href="/xxgk/zfxxgkzn/">政府信息公开指南</a></li><li><a '
            'href="/xxgk/zfxxgkzd/">政府信息公开制度</a></li><li><a href="/xxgk/fdzdgknr/">法定主动公开内容</a></li>'
            '<li '
            f'class="on"><a href="{ROOT}index.htm">政府信息公开年报</a></li><li><a href="/xxgk/ysqgk/">依申'
            '请公开</a></li></ul></div><div class="xk-right"><div class="xk-pos">您当前的位置：首页 &gt; 信息公开 &gt; '
            f'政府信息公开年报</div><dl class="nb-dl">{rows}</dl><div class="xk-count">本栏目共有信息 '
            f'{len(self.entries)} 条</div><div class="pagenav">{nav}</div></div>'
        )
        return frame("政府信息公开年报_溆口县人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报" />'
                     '<meta name="ColumnType" content="政府信息公开年报" />')


PORTALS = [TrsXukou]
