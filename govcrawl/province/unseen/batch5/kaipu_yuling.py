"""郁陵县 (www.yuling.gov.test): a 开普云 county on gov.cn-style templates, its list paged by query.

The 年报 column ``/xxgk/zfxxgknb/index.html`` is served by the platform's list controller: page *n*
is ``index.html?pageIndex=n`` (no ``index_N`` files).  The pager says "共 9 条记录，每页 4 条，当前第
1/3 页" and links 首页/下一页/尾页 as ``?pageIndex=N`` query links (relative to the page).  Rows are
``<li>`` with the link first and the date in a ``<span class="fr">``.  Articles are gov.cn formal-document
pages ``/xxgk/zfxxgknb/content/<YYYYMM>/content_<N>.htm`` (portals.md §1.5): a 发文机关 / 发文字号
metadata table above ``div#UCAP-CONTENT`` and ``div#qr_container``.  The 2024 report's body names
the report and links its .docx in a 附件 paragraph inside ``#UCAP-CONTENT``; the education bureau's
report ("郁陵县教育体育局2024年…") is on the county list.  Decoys: 政府信息公开指南, 公告, 函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.yuling.gov.test"
SITE = "yuling-gov"
OWNER = "郁陵县人民政府"
ROOT = "/xxgk/zfxxgknb/"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="郁陵县人民政府">'
        f'<meta name="SiteDomain" content="{HOST}"><meta name="SiteIDCode" content="9824310005">{metas}'
        f'<title>{escape(title)}_郁陵县人民政府</title></head><body>'
        '<div class="header"><a href="/">郁陵县人民政府</a> <a href="javascript:;" onclick="kqNav()">无障碍浏览</a>'
        ' <a href="/english/">English</a></div>'
        f'<div class="main">{inner}</div><div class="footer">郁陵县人民政府办公室主办　网站标识码：9824310005　'
        "<script id=\"_jiucuo_\" sitecode='9824310005' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"
        '</div></body></html>'
    )


class KaipuYuling(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.content = 7_001_200
        self.entries: list[tuple[str, str, str]] = []
        self.notice("郁陵县人民政府政府信息公开指南（2020年版）", "2020-05-11", 2020)
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-20"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-31"))
        self.notice("郁陵县人民政府关于2023年政府信息公开工作年度报告的公告", "2024-02-05", 2023)
        self.notice("关于做好2024年度政府信息公开工作年度报告编制工作的函", "2024-12-12", 2024)
        self.article(make_doc(rng, "郁陵县教育体育局", 2024, "2025-01-21"))
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, ROOT + "index.html", self.list_page)

    def page_of(self, title: str, date: str, body: str, source: str) -> str:
        self.content += self.rng.randint(50, 900)
        path = f"{ROOT}content/{date[:7].replace('-', '')}/content_{self.content}.htm"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 17:20">'
                 f'<meta name="ContentSource" content="{source}">')
        inner = (f'<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
                 f'<a href="{ROOT}index.html">政府信息公开年报</a></div><table class="bd1" width="100%"><tbody>'
                 f'<tr><td><b>索 引 号：</b></td><td>98243105/{date[:4]}-0{self.rng.randint(100, 999)}</td>'
                 '<td><b>主题分类：</b></td><td>政务公开</td></tr>'
                 f'<tr><td><b>发文机关：</b></td><td>{source}</td><td><b>成文日期：</b></td><td>{date}</td></tr>'
                 f'<tr><td><b>标　　题：</b></td><td colspan="3">{escape(title)}</td></tr>'
                 f'<tr><td><b>发文字号：</b></td><td></td><td><b>发布日期：</b></td><td>{date}</td></tr></tbody></table>'
                 f'<div class="pages_content" id="UCAP-CONTENT">{body}</div><div id="div_div"><div id="qr_container">'
                 '扫一扫在手机打开当前页</div></div><div class="editor">【我要纠错】 责任编辑：李明</div>')
        self.put(HOST, path, frame(title, inner, metas))
        href = f"./content/{date[:7].replace('-', '')}/content_{self.content}.htm"
        self.entries.append((href, title, date))
        return f"http://{HOST}{path}"

    def article(self, doc: ReportDoc) -> None:
        body = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="3" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", body, doc.agency_name), doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = f"{ROOT}content/{date[:7].replace('-', '')}/{self.rng.getrandbits(64):016x}.docx"
        file_url = self.put(HOST, name, render_docx(doc), DOCX)
        body = (f"<p>　　现将《{escape(doc.title)}》全文公布。</p>"
                f'<p>　　附件：<a href="{name}" target="_blank">{escape(doc.title)}</a></p>')
        self.report(SITE, self.page_of(doc.title, date, body, OWNER), doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str, year: int) -> None:
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, body, "郁陵县人民政府办公室"), title)

    def list_page(self, request: Request) -> Response:
        count = -(-len(self.entries) // PER_PAGE)
        try:
            page = min(max(1, int(request.param("pageIndex", "1") or 1)), count)
        except ValueError:
            page = 1
        rows = "".join(f'<li><a href="{h}" target="_blank">{escape(t)}</a><span class="fr">{d}</span></li>'
                       for h, t, d in self.entries[(page - 1) * PER_PAGE: page * PER_PAGE])
        links = ['<a href="?pageIndex=1">首页</a>']
        if page > 1:
            links.append(f'<a href="?pageIndex={page - 1}">上一页</a>')
        if page < count:
            links.append(f'<a href="?pageIndex={page + 1}">下一页</a>')
        links.append(f'<a href="?pageIndex={count}">尾页</a>')
        pager = (f'<div class="fenye">共 {len(self.entries)} 条记录，每页 {PER_PAGE} 条，当前第 {page}/{count} 页　'
                 f'{" ".join(links)}</div>')
        inner = ('<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; '
                 '政府信息公开年报</div><div class="list_title">政府信息公开年报</div>'
                 f'<ul class="list_ul">{rows}</ul>{pager}')
        body = frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')
        return Response(200, body.encode(), "text/html; charset=utf-8")


PORTALS = [KaipuYuling]
