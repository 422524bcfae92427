"""茝溪县 (www.caixi.gov.test): TRS WCM classic whose 年报 column is a 序号/标题/发布日期 table
paged by plain numbered links.

``/zwgk/zfxxgk/zfxxgknb/index.htm`` lists its entries as rows of a ``<table class="gknb-tab">`` with
a header row (序号 | 标题 | 发布日期) and pages through ``index_1.htm``, ``index_2.htm`` (0-based,
portals.md §1.1).  The pager is written on the server: the current page as ``<span>``, the other
pages as numbered ``<a>`` links and a 尾页 link — no count, no 下一页, no script.  Articles
``./YYYYMM/tYYYYMMDD_N.htm`` put a Word paste in ``div.TRS_Editor`` (its first child an inline
``<style>``).  Title variants of portals.md §7 / report-format D18: "…2023年度政府信息公开工作报告",
"…政府信息公开工作2022年度报告".  The 2024 report is a stub whose ``P0….docx`` is linked inside the
editor div; table 三 of the 2021 report is cut in two at a page break.  Decoys: 政务公开工作要点, 解读.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    WORD_BREAK,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    split_point,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.caixi.gov.test"
SITE = "caixi-gov"
OWNER = "茝溪县人民政府"
ROOT = "/zwgk/zfxxgk/zfxxgknb/"
PER_PAGE = 3
EDITOR = ('<div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:12px;'
          'line-height:1.8;font-family:宋体;font-size:12pt;}</style>')


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="茝溪县人民政府"><meta name="SiteIDCode" content="9824110003">{metas}'
        f'<title>{escape(title)}_茝溪县人民政府</title></head><body>'
        '<div class="cx-head"><a href="http://www.gov.cn/">中国政府网</a> <a href="javascript:s2tt()">繁体</a> '
        '<a id="toolbarSwitch" class="wza">无障碍阅读</a> <a onclick="headTool.switchOld()">进入适老模式</a></div>'
        '<div class="cx-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>'
        f'<div class="cx-body">{inner}</div>'
        '<div class="cx-foot">主办单位：茝溪县人民政府办公室　网站标识码：9824110003　'
        '<a href="http://beian.miit.gov.cn/">未ICP备12004417号</a>　本站已支持IPV6访问<br>'
        "<script id=\"_jiucuo_\" sitecode='9824110003' src='http://pucha.kaipuyun.cn/exposure/jiucuo.js'></script>"
        '</div></body></html>'
    )


class TrsCaixi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 5_120_400
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"), split="t3")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-31", title="茝溪县政府信息公开工作2022年度报告"))
        self.notice("茝溪县2023年度政府信息公开工作年度报告解读", "2024-01-30")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-30", title="茝溪县人民政府2023年度政府信息公开工作报告"))
        self.notice("茝溪县2024年政务公开工作要点", "2024-04-18")
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i: i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            self.put(HOST, ROOT + self.page_name(index), self.list_page(chunk, index, len(chunks)))

    @staticmethod
    def page_name(index: int) -> str:
        return "index.htm" if index == 0 else f"index_{index}.htm"

    def next_path(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(200, 9000)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.htm"
        return href, ROOT + href[2:]

    def page_of(self, title: str, date: str, content: str) -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:30">'
                 '<meta name="ContentSource" content="县政府办">')
        inner = (f'<div class="cx-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 f'<a href="{ROOT}index.htm">政府信息公开年报</a></div><div class="cx-art"><h1>{escape(title)}</h1>'
                 f'<div class="cx-info">发布时间：{date}　来源：县政府办　浏览次数：<span id="hits"></span>　'
                 f'【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】'
                 f'</div>{EDITOR}{content}</div><div class="cx-tool"><a href="javascript:window.print()">打印本页</a> '
                 '<a href="javascript:window.close()">关闭窗口</a></div></div>')
        return frame(title, inner, metas)

    def article(self, doc: ReportDoc, split: str | None = None) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        cut = {split: split_point(doc, split, self.rng)} if split else None
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                            'cellpadding="0" style="border-collapse:collapse">', split=cut, page_break=WORD_BREAK)
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        href, path = self.next_path(date)
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.docx"
        file_url = self.put(HOST, path.rsplit("/", 1)[0] + "/" + name, render_docx(doc), DOCX)
        content = (f'<p>《{escape(doc.title)}》全文见附件。</p><p>附件：<a href="./{name}" '
                   f'oldsrc="/protect/{name}">{escape(doc.title)}.docx</a></p>')
        url = self.put(HOST, path, self.page_of(doc.title, date, content))
        self.entries.append((href, doc.title, date))
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        href, path = self.next_path(date)
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, content)), title)
        self.entries.append((href, title, date))

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, count: int) -> str:
        rows = "".join(f'<tr><td class="xh">{index * PER_PAGE + n + 1}</td><td class="bt"><a href="{h}" '
                       f'target="_blank" title="{escape(t)}">{escape(t)}</a></td><td class="rq">{d}</td></tr>'
                       for n, (h, t, d) in enumerate(chunk))
        links = " ".join(f'<span class="cur">{n + 1}</span>' if n == index else
                         f'<a href="{self.page_name(n)}">{n + 1}</a>' for n in range(count))
        pager = f'<div class="cx-page">{links} <a href="{self.page_name(count - 1)}">尾页</a></div>'
        inner = ('<div class="cx-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 '政府信息公开年报</div><div class="cx-side"><a href="/zwgk/zfxxgk/zfxxgkzn/">政府信息公开指南</a>'
                 '<a href="/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a><a href="index.htm">政府信息公开年报</a></div>'
                 '<table class="gknb-tab" width="100%"><tr><th width="8%">序号</th><th>标题</th>'
                 f'<th width="18%">发布日期</th></tr>{rows}</table>{pager}')
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [TrsCaixi]
