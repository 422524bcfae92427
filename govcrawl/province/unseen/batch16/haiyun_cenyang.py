"""涔阳市 (www.cenyang.gov.test): TRS 海云 city whose 年报 list shows its first page in the HTML and
grows by a "加载更多" button that fetches the next pages as JSON files the channel publishes beside
its page (``nbdata_N.json``) — no page links, no ``createPageHTML``.

The 年报 channel ``/zwgk/xxgkml/ndbg/index.shtml`` renders its first five entries as ``<div
class="cy-card">`` cards: ``<h4><a href="./YYYYMM/tYYYYMMDD_<docid>.shtml" title="…">`` then ``<p
class="cy-meta"><span class="org">发布机构：…</span><span class="time">2025-01-22</span></p>``.  Under
them "共 12 条" and ``<a id="loadMore" href="javascript:;" data-total="12" data-size="5">加载更多</a>``;
the channel script (``var pageIndex = 1, pageCount = 3;``) fetches ``'nbdata_' + (pageIndex + 1) +
'.json'`` (relative to the channel) on each click and appends its ``docs``.  TRS publishes those JSON
templates as static files for every page, ``nbdata_1.json`` … ``nbdata_3.json``: ``{"total": 12,
"pageCount": 3, "pageSize": 5, "pageIndex": N, "docs": [{"title", "url" (absolute path), "pubDate",
"source"}]}``; ``nbdata_4.json`` is 404.  Articles carry TRS 海云's extra metas (``catalogs``,
``contentid``, ``publishdate``) and the body in ``div.trs_editor_view.TRS_UEDITOR`` in plain
``<p>``/``<td>`` markup.  The 2023 city report is a stub whose ``P0….pdf`` is linked with the
``download`` attribute in a ``div.cy-fj`` block after the body; the 医疗保障局's 2023 report a
``P0….docx`` the same way.

Titles: "涔阳市2022年政府信息公开工作年度报告（全文）" (a bracketed note), the city office's
"涔阳市人民政府办公室2024年…" (agency 涔阳市人民政府), "市司法局2024年…" (涔阳市司法局), "市医保局2023年度…"
(涔阳市医疗保障局), and the 文化广电和旅游局's 2025 report "市文广旅局2025年…" (published January 2026).
2019–2020 in the old template.

Reports (9): 涔阳市人民政府 2019–2024, 涔阳市司法局 2024, 涔阳市医疗保障局 2023, 涔阳市文化广电和旅游局
2025.  Decoys (3): the 2023 report's 解读, 2024年政府网站工作年度报表, 2024年法治政府建设年度报告.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.cenyang.gov.test"
SITE = "cenyang-gov"
OWNER = "涔阳市人民政府"
ROOT = "/zwgk/xxgkml/ndbg/"
PER = 5


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
        'width, initial-scale=1"><meta name="SiteName" content="涔阳市人民政府"><meta name="SiteDomain" content="'
        f'www.cenyang.gov.test"><meta name="SiteIDCode" content="9866200001">{head}<title>{escape(title)}</title>'
        '<link rel="stylesheet" href="/images/cy.css"><script src="/images/jquery.min.js"></script></head><body><div '
        'class="cy-bar"><div class="w">今天是：<span id="today"></span> <a href="javascript:;" onclick="aria.start()">'
        '无障碍浏览</a> <a href="javascript:;" onclick="olderMode()">长者模式</a> <a href="/m/">手机版</a> <a href="'
        'http://www.cenyang.gov.test/">English</a></div></div><div class="cy-head"><h1>涔阳市人民政府</h1><form '
        'action="/search/" name="trssearchform"><input name="searchword"><button>搜索</button></form></div><div '
        'class="cy-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">'
        f'互动交流</a><a href="/zjcy/">走进涔阳</a></div><div class="cy-main w">{inner}</div><div class="cy-foot">'
        '<p><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a></p><p>主办单位：涔阳市人民政府办公室　'
        '网站标识码：9866200001</p><p>未ICP备05012376号　本站已支持IPv6访问</p><script id="_jiucuo_" '
        'sitecode="9866200001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class HaiyunCenyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 61_000
        self.docid = 40_771_200
        self.entries: list[tuple[str, str, str, str]] = []  # path, title, date, source
        office = "涔阳市人民政府办公室"
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-28"), (2021, "2022-01-26")):
            self.article(self.doc(OWNER, year, date), office)
        self.article(self.doc(OWNER, 2022, "2023-01-29", "涔阳市2022年政府信息公开工作年度报告（全文）"), office)
        self.file(self.doc(OWNER, 2023, "2024-01-30"), "pdf", office)
        self.article(self.doc(OWNER, 2024, "2025-01-24", "涔阳市人民政府办公室2024年政府信息公开工作年度报告"), office)
        self.article(self.doc("涔阳市司法局", 2024, "2025-01-20", "市司法局2024年政府信息公开工作年度报告"),
                     "涔阳市司法局")
        self.file(self.doc("涔阳市医疗保障局", 2023, "2024-01-25", "市医保局2023年度政府信息公开工作年度报告"), "docx",
                  "涔阳市医疗保障局")
        self.article(self.doc("涔阳市文化广电和旅游局", 2025, "2026-01-26", "市文广旅局2025年政府信息公开工作年度报告"),
                     "涔阳市文化广电和旅游局")
        self.notice("涔阳市2023年政府信息公开工作年度报告解读", 2023, "2024-02-02")
        self.notice("涔阳市人民政府门户网站2024年政府网站工作年度报表", 2024, "2025-01-15")
        self.notice("涔阳市2024年法治政府建设年度报告", 2024, "2025-03-27")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i:i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks, start=1):
            data = {"total": len(self.entries), "pageCount": len(chunks), "pageSize": PER, "pageIndex": n,
                    "docs": [{"title": t, "url": p, "pubDate": d, "source": s} for p, t, d, s in chunk]}
            self.put(HOST, f"{ROOT}nbdata_{n}.json", json.dumps(data, ensure_ascii=False),
                     "application/json; charset=utf-8")
        self.put(HOST, ROOT + "index.shtml", self.list_page(chunks[0], len(chunks)))

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str, after: str = "") -> tuple[str, str]:
        self.docid += self.rng.randint(200, 7000)
        folder = f"{ROOT}{date[:7].replace('-', '')}/"
        path = f"{folder}t{date.replace('-', '')}_{self.docid}.shtml"
        inner = (
            f'<div class="cy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href='
            f'"{ROOT}'
            f'index.shtml">政府信息公开年报</a></div><div class="cy-article"><h2 class="cy-title">{escape(title)}</h2>'
            f'<div class="cy-info"><span>发布时间：{date}</span><span>来源：{escape(source)}</span><span>字号：<a '
            'href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a></span></div><div '
            f'class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{content}</div>{after}<div class="cy-sha'
            f're">'
            "分享到：<script>$('#share-1').share({sites: ['wechat','weibo','qq']});</script></div><div class=\"cy-ew"
            "m\">"
            '扫一扫在手机打开当前页</div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:'
                f'{self.rng.randint(10, 59)}:00"><meta name="ContentSource" content="{escape(source)}"><meta name='
                f'"catalogs" content="6021"><meta name="contentid" content="{self.docid}"><meta name="publishdate" '
                f'content="{date}">')
        url = self.put(HOST, path, frame(f"{title}_涔阳市人民政府", inner, head))
        self.entries.append((path, title, date, source))
        return url, folder

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source)[0], doc)

    def file(self, doc: ReportDoc, ext: str, source: str) -> None:
        date = doc.published_date or ""
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        after = (f'<div class="cy-fj"><h5>附件：</h5><a href="./{name}" download="{escape(doc.title)}.{ext}">'
                 f'{escape(doc.title)}.{ext}</a></div>')
        url, folder = self.page_of(doc.title, date, plain_para(f"《{doc.title}》详见附件。", False), source, after)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, folder + name, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, folder + name, render_docx(doc),
                                                                             DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "涔阳市人民政府办公室")[0], title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], pages: int) -> str:
        cards = "".join(
            f'<div class="cy-card"><h4><a href="./{p[len(ROOT):]}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
            f'</h4><p class="cy-meta"><span class="org">发布机构：{escape(s)}</span><span class="time">{d}</span></p>'
            '</div>' for p, t, d, s in chunk)
        script = (
            f"<script>var pageIndex = 1, pageCount = {pages};\n$('#loadMore').on('click', function () {{\n"
            "  if (pageIndex >= pageCount) { $(this).text('没有更多了'); return; }\n"
            "  $.getJSON('nbdata_' + (pageIndex + 1) + '.json', function (res) {\n"
            "    pageIndex = res.pageIndex;\n    $.each(res.docs, function (i, d) {\n"
            "      $('#cyList').append('<div class=\"cy-card\"><h4><a href=\"' + d.url + '\" target=\"_blank\">' + d"
            ".title"
            " + '</a></h4><p class=\"cy-meta\"><span class=\"org\">发布机构：' + d.source + '</span><span class=\"ti"
            "me\">'"
            " + d.pubDate + '</span></p></div>');\n    });\n  });\n});</script>")
        inner = (
            '<div class="cy-side"><h3>政府信息公开</h3><a href="/zwgk/xxgkml/zfxxgkzn/">政府信息公开指南</a><a href="'
            '/zwgk/xxgkml/zfxxgkzd/">政府信息公开制度</a><a href="/zwgk/xxgkml/fdzdgknr/">法定主动公开内容</a><a class='
            f'"on" href="{ROOT}index.shtml">政府信息公开年报</a></div><div class="cy-list"><div class="cy-pos">当前'
            f'位置：'
            f'首页 &gt; 政务公开 &gt; 政府信息公开年报</div><div id="cyList">{cards}</div><div class="cy-more"><span'
            f'>共 '
            f'{len(self.entries)} 条</span> <a id="loadMore" href="javascript:;" data-total="{len(self.entries)}" '
            f'data-size="{PER}">加载更多</a></div>{script}</div>'
        )
        return frame("政府信息公开年报_涔阳市人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">'
                     '<meta name="ColumnType" content="政府信息公开年报">')


PORTALS = [HaiyunCenyang]
