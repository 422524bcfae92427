"""濉川县 (www.suichuan.gov.test): TRS WCM classic whose 年报 list has no pager at all — later pages
come in through a "点击加载更多" button — and whose entries name their unit only in a tag before the link.

The 年报 column ``/zwgk/zfxxgk/gknb/index.html`` is a ``<ul class="nb-list">`` of ``<li>``s: a
``<span class="ly">[县政府办]</span>`` tag naming the publishing unit the short way, the link (full
title, no tooltip), the date in ``<span class="fbrq">``.  There are no page links and no
``createPageHTML``: under the list, a caption "共12条" and ``<a id="btnMore">点击加载更多</a>`` whose
inline script (``var nbTotal = 12, nbSize = 5, nbCur = 0;``) fetches ``'index_' + nbCur + '.html'``
and appends that page's ``.nb-list li`` — TRS still publishes the zero-based static pages
``index_1.html``, ``index_2.html`` (each a full page with the same button, ``nbCur`` set to its own
index).  Articles ``./YYYYMM/tYYYYMMDD_<docid>.html`` put a Word paste in ``div.TRS_Editor`` under a
"发布时间 / 来源 / 浏览次数 / 【字体：大 中 小】" line; the footer carries a Baidu map of the office and a
"联系电话 / 传真" line.  The 2022 county report is only a PDF shown by ``<object data="./P0….pdf"
type="application/pdf">`` (its fallback text has no link); the 2024 one is a ``P0….docx`` linked
inside the editor div with the bare file name as link text.  The 2023 report's tables sit in a
``div.WordSection1``.

Titles: the 2021 county report "濉川县2021年政府信息公开工作年度报告（文字版）" beside its decoy
sibling "（图解版）"; the 卫生健康委员会's 2023 report "县卫健委2023年…" (agency 濉川县卫生健康委员会) and
its 2024 one titled only "2024年政府信息公开工作年度报告" — the unit is named by the list's
``[县卫健委]`` tag, the 来源 line and ``ContentSource``; a town's "濉南镇人民政府2024年度…" (濉川县
濉南镇人民政府).  2019 and 2020 are in the old template.  Decoys: （图解版）, 关于印发…政务公开工作要点的通知,
政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
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

HOST = "www.suichuan.gov.test"
SITE = "suichuan-gov"
OWNER = "濉川县人民政府"
ROOT = "/zwgk/zfxxgk/gknb/"
PER_PAGE = 5
WJW = "濉川县卫生健康委员会"
TOWN = "濉川县濉南镇人民政府"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="濉川县人民政府"><meta name="SiteDomain" content="www.suichuan.gov.test">'
        f'<meta name="SiteIDCode" content="9851110007">{metas}<title>{escape(title)}_濉川县人民政府</title>'
        '<script src="/js/jquery-1.12.4.min.js"></script></head><body>'
        '<div class="sc-topbar"><span>欢迎访问濉川县人民政府门户网站</span><a href="javascript:;" '
        'id="wzaBtn">无障碍浏览</a><a href="javascript:;" onclick="olderMode()">长者模式</a>'
        '<a href="javascript:;">繁體</a></div><div class="sc-logo"><img src="/images/logo.png" alt="濉川县人民政府">'
        '<form name="searchform" action="/search/"><input name="searchword"><input type="submit" value="搜索"></form></'
        'div>'
        '<div class="sc-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a>'
        f'<a href="/hdjl/">互动交流</a><a href="/zjsc/">走进濉川</a></div><div class="sc-main">{inner}</div>'
        '<div class="sc-foot"><div class="sc-lx"><p>地址：濉川县政府路8号　联系电话：0000-6012345　传真：0000-6012346'
        '</p'
        '>'
        '<div id="bdmap" style="width:300px;height:160px"></div><script src="https://api.map.baidu.com/api?v=3.0&'
        'ak=Fx8fixtureAk"></script></div><p>主办：濉川县人民政府办公室　网站标识码：9851110007　未ICP备10021783号</p>'
        '<p>您是第 <span id="counter">0</span> 位访问者</p></div></body></html>'
    )


class TrsSuichuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 7_710_400
        self.entries: list[tuple[str, str, str, str]] = []  # href, tag, title, date
        self.article(make_doc(rng, OWNER, 2019, "2020-01-21", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-27", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26", title="濉川县2021年政府信息公开工作年度报告（文字版）"))
        self.notice("濉川县2021年政府信息公开工作年度报告（图解版）", "2022-01-26")
        self.in_object(make_doc(rng, OWNER, 2022, "2023-01-30", title="濉川县2022年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29"), section=True)
        self.article(make_doc(rng, WJW, 2023, "2024-01-18", title="县卫健委2023年政府信息公开工作年度报告"),
                     source=WJW, tag="县卫健委")
        self.notice("濉川县人民政府门户网站2023年政府网站工作年度报表", "2024-01-15")
        self.notice("关于印发濉川县2024年政务公开工作要点的通知", "2024-04-16")
        self.docx(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.article(make_doc(rng, WJW, 2024, "2025-01-20", title="2024年政府信息公开工作年度报告"), source=WJW,
                     tag="县卫健委")
        self.article(make_doc(rng, TOWN, 2024, "2025-01-17", title="濉南镇人民政府2024年度政府信息公开工作年度报告"),
                     source="濉南镇人民政府", tag="濉南镇")
        self.entries.sort(key=lambda e: e[3], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            self.put(HOST, ROOT + ("index.html" if index == 0 else f"index_{index}.html"), self.list_page(chunk, index))

    def page_of(self, title: str, date: str, source: str, content: str, tag: str) -> tuple[str, str]:
        self.docid += self.rng.randint(9, 420)
        month = date[:7].replace("-", "")
        href = f"./{month}/t{date.replace('-', '')}_{self.docid}.html"
        stamp = f"{date} {self.rng.randint(8, 17):02d}:{self.rng.choice(('05', '20', '35', '50'))}"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{stamp}">'
                 f'<meta name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="政府信息公'
                 '开年报"'
                 '>')
        inner = (
            '<div class="sc-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="{ROOT}index.html">政府信息公开年报</a></div><div class="sc-article"><h1>{escape(title)}</h1>'
            f'<div class="sc-info">发布时间：{stamp}　来源：{escape(source)}　浏览次数：<span id="clickNum"></span>'
            '　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
            '<a href="javascript:doZoom(14)">小</a>】</div>'
            f'<div class="TRS_Editor"><style>.TRS_Editor P{{margin-top:0;margin-bottom:12px;line-height:2;}}</style'
            f'>{content}'
            '</div><div class="sc-share"><img src="/images/ewm.png" alt=""><span>微信扫一扫 分享到朋友圈</span></div>'
            '<div class="sc-tools"><a href="javascript:window.print()">打印本页</a> | '
            '<a href="javascript:window.close()">关闭窗口</a></div></div>'
        )
        url = self.put(HOST, ROOT + href[2:], frame(title, inner, metas))
        self.entries.append((href, tag, title, date))
        return url, f"{ROOT}{month}/"

    def article(self, doc: ReportDoc, source: str = "县政府办", tag: str = "县政府办", section: bool = False) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0" '
                            'cellpadding="0" style="border-collapse:collapse;border:none">')
        if section:
            content = f'<div class="WordSection1" style="layout-grid:15.6pt">{content}</div>'
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content, tag)[0], doc)

    def file_name(self, date: str, ext: str) -> str:
        return f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"

    def in_object(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = self.file_name(date, "pdf")
        content = (f"<p>　　{escape(doc.title)}全文如下：</p><object data=\"./{name}\" type=\"application/pdf\" "
                   'width="100%" height="1000"><p>当前浏览器不支持PDF在线预览。</p></object>')
        url, folder = self.page_of(doc.title, date, "县政府办", content, "县政府办")
        self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, folder + name, doc))

    def docx(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = self.file_name(date, "docx")
        content = (f'<p class="MsoNormal">　　现将《{escape(doc.title)}》予以公布。</p>'
                   f'<p class="MsoNormal">附件：<a href="./{name}" target="_blank">{name}</a></p>')
        url, folder = self.page_of(doc.title, date, "县政府办", content, "县政府办")
        self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, folder + name, render_docx(doc), DOCX))

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办", content, "县政府办")[0], title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], index: int) -> str:
        items = "".join(
            f'<li><span class="ly">[{escape(g)}]</span><a href="{h}" target="_blank">{escape(t)}</a>'
            f'<span class="fbrq">{d}</span></li>'
            for h, g, t, d in chunk
        )
        total = len(self.entries)
        inner = (
            '<div class="sc-pos">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息'
            '公开年报</div'
            '>'
            '<div class="sc-left"><h3>政府信息公开</h3><a href="/zwgk/zfxxgk/gkzn/">政府信息公开指南</a>'
            '<a href="/zwgk/zfxxgk/gkzd/">政府信息公开制度</a><a href="/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a>'
            f'<a class="cur" href="{ROOT}index.html">政府信息公开年报</a></div><div class="sc-right">'
            f'<div class="sc-lm">政府信息公开年报<em>共{total}条</em></div><ul class="nb-list">{items}</ul>'
            '<div class="nb-more"><a href="javascript:;" id="btnMore">点击加载更多</a></div>'
            f"<script>var nbTotal = {total}, nbSize = {PER_PAGE}, nbCur = {index};\n"
            "$('#btnMore').on('click', function () {\n"
            "  if ((nbCur + 1) * nbSize >= nbTotal) { $(this).text('没有更多了'); return; }\n"
            "  nbCur++;\n"
            "  $.get('index_' + nbCur + '.html', function (html) {\n"
            "    $('.nb-list').append($(html).find('.nb-list li'));\n"
            "    if ((nbCur + 1) * nbSize >= nbTotal) $('#btnMore').text('没有更多了');\n"
            "  });\n"
            "});</script></div>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [TrsSuichuan]
