"""秧川区 (www.yangchuan.gov.test, zwgk.yangchuan.gov.test): 开普云 集约化 site whose 信息公开 area
is on its own host, with cards for entries and a layui pager.

The home host links 政府信息公开 to ``http://zwgk.yangchuan.gov.test/zfxxgk/`` (portals.md §7); the
年报 column ``/zfxxgk/zfxxgknb/index.html`` shows entries as cards: a date block (``<span
class="day">22</span><span class="ym">2025-01</span>``) beside ``<h4><a>`` and a one-line summary.
The pager is layui's ``laypage.render({elem: 'kp-page', count: 10, limit: 4, curr: 1, jump: …})``
(the page count is not written; it follows from count and limit) whose ``jump`` builds
``index.html`` / ``index_1.html`` / ``index_2.html``.  Articles ``/doc/YYYY/MM/DD/<id>.shtml`` with
``div#UCAP-CONTENT``; the district's own reports are titled without the district
("2023年政府信息公开工作年度报告" — the agency only in the site name and breadcrumb), departments'
as "区发展和改革局…".  The 2024 district report is shown in a pdf.js viewer
(``<iframe src="/pdfjs/web/viewer.html?file=/uploadfiles/….pdf">``).  Decoys: 工作要点, a 公告 asking
for comments, 统计公报.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc

HOME = "www.yangchuan.gov.test"
HOST = "zwgk.yangchuan.gov.test"
SITE = "yangchuan-gov"
OWNER = "秧川区人民政府"
ROOT = "/zfxxgk/zfxxgknb/"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="秧川区人民政府">'
        '<meta name="SiteDomain" content="www.yangchuan.gov.test"><meta name="SiteIDCode" content="9831300004">'
        f'{metas}<title>{escape(title)}</title><link rel="stylesheet" href="/layui/css/layui.css">'
        '<script src="/layui/layui.js"></script></head><body><div class="kp-top"><a href="http://www.yangchuan.gov.test/">'
        '秧川区人民政府</a> <span>政府信息公开</span><a href="javascript:kqNav();">无障碍</a></div>'
        f'<div class="kp-wrap">{inner}</div><div class="kp-bottom">秧川区人民政府办公室 主办　'
        '网站标识码：9831300004　未ICP备14013004号<script src="https://pucha.kaipuyun.cn/exposure/jiucuo.js">'
        "</script></div></body></html>"
    )


class KaipuYangchuan(UnseenPortal):
    hosts = (HOME, HOST)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.doc_id = 883_120
        self.cards: list[tuple[str, str, str, str]] = []  # (date, path, title, summary)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-27", version="v2019", title="2020年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24", title="2021年政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-28", title="2022年政府信息公开工作年度报告"))
        self.article(
            make_doc(
                rng, "秧川区退役军人事务局", 2023, "2024-01-17", title="区退役军人事务局2023年政府信息公开工作年度报告"
            )
        )
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26", title="2023年政府信息公开工作年度报告"))
        self.notice("秧川区2023年国民经济和社会发展统计公报", 2023, "2024-04-10")
        self.notice("关于征集2024年度政务公开工作意见建议的公告", 2024, "2024-03-05")
        self.notice("秧川区2024年政务公开工作要点", 2024, "2024-04-18")
        self.article(
            make_doc(
                rng, "秧川区发展和改革局", 2024, "2025-01-20", title="区发展和改革局2024年政府信息公开工作年度报告"
            )
        )
        self.viewer(make_doc(rng, OWNER, 2024, "2025-01-22", title="2024年政府信息公开工作年度报告"))
        self.cards.sort(reverse=True)
        pages = [self.cards[i : i + PER_PAGE] for i in range(0, len(self.cards), PER_PAGE)]
        for index, chunk in enumerate(pages):
            self.put(HOST, ROOT + ("index.html" if index == 0 else f"index_{index}.html"), self.list_page(chunk, index))
        self.put(
            HOME,
            "/index.html",
            frame(
                "秧川区人民政府",
                (
                    '<div class="kp-home"><a href="/xwzx/">新闻中心</a><a href="http://zwgk.yangchuan.gov.test/zfxxgk/">'
                    '政府信息公开</a><a href="/zwfw/">政务服务</a></div>'
                ),
            ),
        )
        self.put(
            HOST,
            "/zfxxgk/index.html",
            frame(
                "政府信息公开_秧川区人民政府",
                (
                    '<div class="kp-gk"><a href="/zfxxgk/zfxxgkzn/"'
                    '>政府信息公开指南</a><a href="/zfxxgk/fdzdgknr/">法定主动公开'
                    f'内容</a><a href="{ROOT}">政府信息公开年报</a></div>'
                ),
            ),
        )

    def next_path(self, date: str) -> str:
        self.doc_id += self.rng.randint(20, 700)
        return f"/doc/{date.replace('-', '/')}/{self.doc_id}.shtml"

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 11:00">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="政府信息公开年报">'
        )
        inner = (
            '<div class="kp-crumb">当前位置：<a href="http://www.yangchuan.gov.test/">秧川区人民政府</a> &gt; '
            f'<a href="/zfxxgk/">政府信息公开</a> &gt; <a href="{ROOT}">政府信息公开年报</a></div>'
            f'<div class="kp-article"><h1>{escape(title)}</h1><div class="kp-meta">'
            f"<span>发布时间：{date}</span><span>来源：{escape(source)}</span>"
            '<span>字号：<a onclick="setFont(18)">大</a> <a onclick'
            '="setFont(16)">中</a> <a onclick="setFont(14)">小</a>'
            f'</span></div><div id="UCAP-CONTENT">{content}</d'
            f'iv><div class="info_ewm">扫一扫在手机打开当前页</div></div>'
        )
        return frame(f"{title}_秧川区人民政府", inner, metas)

    def publish(self, title: str, date: str, source: str, content: str, summary: str) -> str:
        path = self.next_path(date)
        self.cards.append((date, path, title, summary))
        return self.put(HOST, path, self.page_of(title, date, source, content))

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        summary = doc.preamble[0][:40] + "…" if doc.preamble else ""
        self.report(SITE, self.publish(doc.title, doc.published_date or "", doc.agency_name, content, summary), doc)

    def viewer(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        file_path = f"/uploadfiles/{date[:7].replace('-', '')}/{self.rng.getrandbits(60):015x}.pdf"
        file_url = self.put_pdf(HOST, file_path, doc)
        content = (
            f'<iframe src="/pdfjs/web/viewer.html?file={quote(file_path)}" width="100%" height="1100" '
            'frameborder="0"></iframe>'
        )
        url = self.publish(doc.title, date, "秧川区人民政府办公室", content, "")
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        paras = decoy_text(title, OWNER, year, self.rng)
        content = "".join(plain_para(p, False) for p in paras)
        self.decoy(SITE, self.publish(title, date, "秧川区人民政府办公室", content, paras[0][:40] + "…"), title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], index: int) -> str:
        cards = "".join(
            f'<div class="kp-card"><div class="kp-date"><span class="day">{d[8:]}</span><span class="ym">{d[:7]}</span>'
            f'</div><div class="kp-card-body"><h4><a href="{p}" target="_blank">{escape(t)}</a></h4>'
            f"<p>{escape(s)}</p></div></div>"
            for d, p, t, s in chunk
        )
        script = (
            "layui.use('laypage', function () { var laypage = layui.laypage;\n"
            f"  laypage.render({{elem: 'kp-page', count: {len(self.cards)}, limit: {PER_PAGE}, curr: {index + 1}, "
            "theme: '#1e6fbf',\n    jump: function (obj, first) { if (!first) { location.href = obj.curr == 1 ? "
            "'index.html' : 'index_' + (obj.curr - 1) + '.html'; } } });\n});"
        )
        inner = (
            '<div class="kp-crumb">当前位置：<a href="http://www.yangchuan.gov.test/">秧川区人民政府</a> &gt; '
            '<a href="/zfxxgk/">政府信息公开</a> &gt; 政府信息公开年报</div>'
            f'<div class="kp-list"><h3>政府信息公开年报</h3>{cards}</div><div id="kp-page"></div>'
            f"<script>{script}</script>"
        )
        return frame("政府信息公开年报_秧川区人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [KaipuYangchuan]
