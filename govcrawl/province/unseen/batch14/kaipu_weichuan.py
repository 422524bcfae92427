"""溦川县 (www.weichuan.gov.test → xxgk.weichuan.gov.test, files on file.weichuan.gov.test): a 开普云
集约化 county whose list links are protocol-relative and whose attachments live on the platform's
FastDFS file host (``/group1/M00/…``).

The home host's nav links 政府信息公开 to ``http://xxgk.weichuan.gov.test/`` (an index of columns); the
registry gives the 年报 column there, ``/zfxxgk/zfxxgknb/index.html``.  Entries are ``<ul
class="gk-list">`` rows: ``<span class="syh">`` (索引号), ``<a href="//xxgk.weichuan.gov.test/zfxxgk/
zfxxgknb/YYYYMM/t<date>_<19-digit id>.html">`` (no scheme), ``<span class="rq">``.  Four a page; the
pager is rendered on the server: "共 11 条 每页 4 条 共 3 页", a dead 上一页, numbered links, 下一页, 1-based
``index_2.html``, ``index_3.html`` (``index_1.html`` is 404).  Articles open with a 索引号 table (labels
padded with full-width spaces, "发布机构", "公开方式"), then ``div.article-content > div#UCAP-CONTENT``,
then ``div.info_ewm`` (扫一扫).  The 2022 county report is a PDF and the 2024 one an OFD, linked from a
``div.fj`` 附件 block to ``http://file.weichuan.gov.test/group1/M00/0A/3C/<base64-like>.pdf`` (``.ofd``).

Reports (8): 溦川县人民政府 2019 (old template), 2021–2024, 溦川县市场监督管理局 2024
("县市场监管局2024年度…"), 溦川县溦水镇人民政府 2023 ("溦水镇2023年…"), 溦川县教育局 2023 (title
"溦川县教育局2023年度信息公开工作年报").  Decoys (3): 政府网站工作年度报表, a 公告, 政务公开工作要点.
"""

from __future__ import annotations

import base64
import random
from html import escape

from govcrawl.province.server import Response
from govcrawl.province.unseen.kit import OFD, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

WWW = "www.weichuan.gov.test"
XXGK = "xxgk.weichuan.gov.test"
FILES = "file.weichuan.gov.test"
SITE = "weichuan-gov"
OWNER = "溦川县人民政府"
ROOT = "/zfxxgk/zfxxgknb/"
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="溦川县人民政府"><meta name="'
        f'SiteDomain" content="www.weichuan.gov.test"><meta name="SiteIDCode" content="9864040006">{head}<title>'
        f'{escape(title)}-溦川县人民政府</title><link rel="stylesheet" href="/ucap/css/xxgk.css"></head><body>'
        '<div class="wc-top"><a href="http://www.weichuan.gov.test/">溦川县人民政府</a> <span>政府信息公开平台</span>'
        '<a href="javascript:kqNav()">无障碍浏览</a></div><div class="wc-nav"><a href="/">信息公开首页</a><a href="'
        '/zfxxgk/zfxxgkzn/">公开指南</a><a href="/zfxxgk/zfxxgkzd/">公开制度</a><a href="/zfxxgk/fdzdgknr/">法定主动'
        f'公开内容</a><a href="/zfxxgk/zfxxgknb/">公开年报</a></div><div class="wc-body">{inner}</div><div class="'
        'wc-foot">溦川县人民政府办公室主办　网站标识码：9864040006　未ICP备17000412号<script id="_jiucuo_" sitecode="'
        "9864040006\" src=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.js\"></script></div></body></html>"
    )


class KaipuWeichuan(UnseenPortal):
    hosts = (WWW, XXGK, FILES)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.entries: list[tuple[str, str, str, str]] = []  # path, title, date, 索引号
        for year, date in ((2019, "2020-01-23"), (2021, "2022-01-27"), (2023, "2024-01-30")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-31"), "pdf")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-24"), "ofd")
        self.article(make_doc(rng, "溦川县市场监督管理局", 2024, "2025-01-20",
                              title="县市场监管局2024年度政府信息公开工作年度报告"))
        self.article(make_doc(rng, "溦川县溦水镇人民政府", 2023, "2024-01-22", title="溦水镇2023年政府信息公开工作年度"
                                                                           "报告"))
        self.article(make_doc(rng, "溦川县教育局", 2023, "2024-01-25", title="溦川县教育局2023年度信息公开工作年报"))
        self.notice("溦川县人民政府门户网站2023年政府网站工作年度报表", 2023, "2024-01-15")
        self.notice("溦川县人民政府办公室关于2024年政府信息公开工作年度报告发布的公告", 2024, "2025-01-25")
        self.notice("溦川县2024年政务公开工作要点", 2024, "2024-04-08")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks, 1):
            path = ROOT + ("index.html" if n == 1 else f"index_{n}.html")
            self.put(XXGK, path, self.list_page(chunk, n, len(chunks)))
        self.put(XXGK, "/index.html", frame("政府信息公开", '<div class="wc-cols"><a href="/zfxxgk/zfxxgkzn/">政府信息'
                                                      '公开'
                 '指南</a><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a><a href="/zfxxgk/zfxxgknb/index.html">政府信'
                 '息'
                 '公开年报</a></div>'))
        self.put(WWW, "/index.html", frame("首页", '<div class="wc-news">溦川要闻</div><div class="wc-nav2"><a href="'
                 'http://xxgk.weichuan.gov.test/">政府信息公开</a><a href="/zwfw/">政务服务</a></div>'))

    def page_of(self, title: str, date: str, content: str, unit: str, after: str = "") -> str:
        snow = self.rng.randint(1_870_000_000_000_000_000, 1_889_999_999_999_999_999)
        path = f"{ROOT}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{snow}.html"
        ident = f"1152{self.rng.randint(10**13, 10**14 - 1)}/{date[:4]}-{self.rng.randint(1000, 9999)}"
        meta = (f'<table class="syh-table"><tr><th>索　引　号</th><td>{ident}</td><th>主题分类</th><td>政府信息公开年报'
                f'</td>'
                f'</tr><tr><th>发布机构</th><td>{escape(unit)}</td><th>成文日期</th><td>{date}</td></tr><tr><th>名　　'
                f'称'
                f'</th><td colspan="3">{escape(title)}</td></tr><tr><th>公开方式</th><td>主动公开</td><th>发布日期</th>'
                f'<td>{date}</td></tr></table>')
        inner = (f'{meta}<h1 class="art-tit">{escape(title)}</h1><div class="article-content"><div id="UCAP-CONTENT">'
                 f'{content}</div></div>{after}<div class="info_ewm"><div id="qrcode"></div><p>扫一扫在手机打开当前页</'
                 f'p>'
                 '</div>')
        head = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        url = self.put(XXGK, path, frame(title, inner, head))
        self.entries.append((path, title, date, ident))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        key = base64.b64encode(self.rng.randbytes(18), b"_-").decode()
        path = f"/group1/M00/0A/{self.rng.randint(16, 250):02X}/{key}.{ext}"
        after = (f'<div class="fj"><span>附件：</span><a href="http://{FILES}{path}" target="_blank">'
                 f'{escape(doc.title)}.'
                 f'{ext}</a></div>')
        url = self.page_of(doc.title, doc.published_date or "", f"<p>现将{escape(doc.title)}公布如下（见附件）。</p>",
                           "溦川县人民政府办公室", after)
        if ext == "pdf":
            file_url = self.put_pdf(FILES, path, doc)
            self.report(SITE, url, doc, media_type=PDF, report_url=file_url)
        else:
            seed = self.rng.random()
            file_url = self.route(FILES, path, lambda r: Response(200, render_ofd(doc, random.Random(seed)), OFD))
            self.report(SITE, url, doc, media_type=OFD, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "溦川县人民政府办公室"), title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], n: int, pages: int) -> str:
        rows = "".join(f'<li><span class="syh">{i}</span><a href="//{XXGK}{p}" target="_blank" title="{escape(t)}">'
                       f'{escape(t)}</a><span class="rq">{d}</span></li>' for p, t, d, i in chunk)

        def href(k: int) -> str:
            return "index.html" if k == 1 else f"index_{k}.html"

        nums = "".join(f'<a class="cur">{k}</a>' if k == n else f'<a href="{href(k)}">{k}</a>'
                       for k in range(1, pages + 1))
        prev = '<a href="javascript:;" class="disabled">上一页</a>' if n == 1 else f'<a href="{href(n - 1)}">上一页</a>'
        nxt = ('<a href="javascript:;" class="disabled">下一页</a>' if n == pages
               else f'<a href="{href(n + 1)}">下一页</a>')
        inner = (f'<div class="wc-pos">当前位置：<a href="/">政府信息公开</a> &gt; 政府信息公开年报</div><ul class="gk-'
                 f'list">'
                 f'{rows}</ul><div class="wc-page">共 {len(self.entries)} 条 每页 {PER} 条 共 {pages} 页 '
                 f'{prev}{nums}{nxt}'
                 '</div>')
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [KaipuWeichuan]
