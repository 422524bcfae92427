"""稞山县 (www.keshan.gov.test): a home-grown 集约化 platform of no README family, with
extensionless article URLs and an Element-UI pager rendered on the server.

The 年报 column ``/gk/zfxxgknb/xjnb`` (no extension, no trailing slash) lists entries as
``<div class="gk-row">`` flex rows of four spans (索引号, the link, 发布机构, date), under a header row.
Paging is ``?page=2``; the pager is Element-UI's markup rendered server side: ``<span
class="el-pagination__total">共 8 条</span>`` and ``<ul class="el-pager"><li class="number
active">1</li><li class="number"><a href="?page=2">2</a></li></ul>`` (portals.md §1.7 extensionless
content, hejiang-style).  Articles ``/gk/zfxxgknb/xjnb/content_<id>`` (no extension).  The 2024
county report is a .docx whose link sits *above* the title in a ``div.fj-top`` 附件 box; the
health commission's report is titled "…2023年年报" (年报 alone).  Decoys: a 解读, 财政决算.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.keshan.gov.test"
SITE = "keshan-gov"
OWNER = "稞山县人民政府"
ROOT = "/gk/zfxxgknb/xjnb"
PER_PAGE = 5


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
        '<meta name="SiteName" content="稞山县人民政府"><meta name="SiteIDCode" content="9831510006">'
        f'<title>{escape(title)}</title><link rel="stylesheet" href="/static/element-ui/index.css"></head><body>'
        '<div id="app"><div class="ks-header"><span class="ks-name">稞山县人民政府</span><nav><a href="/">首页</a>'
        '<a href="/gk">政府信息公开</a><a href="/fw">政务服务</a><a href="/hd">互动交流</a></nav></div>'
        f'<div class="ks-container">{inner}</div><div class="ks-footer">稞山县人民政府办公室　网站标识码：9831510006'
        "　未ICP备16015106号</div></div></body></html>"
    )


class NocmsKeshan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.content_id = 190_340
        self.rows: list[tuple[str, str, str, str, str]] = []  # (date, path, title, agency, index number)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30", title="稞山县人民政府2022年度政府信息公开工作年度报告"))
        self.notice("关于稞山县2022年度政府信息公开工作年度报告的解读", 2022, "2023-01-31")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29", title="稞山县2023年度政府信息公开年报"))
        self.article(make_doc(rng, "稞山县卫生健康局", 2023, "2024-01-18", title="稞山县卫生健康局2023年年报"))
        self.notice("稞山县2023年度财政决算公开", 2023, "2024-09-02")
        self.article(make_doc(rng, "稞山县审计局", 2024, "2025-01-15"))
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-25"))
        self.rows.sort(reverse=True)
        self.route(HOST, ROOT, self.list_page)
        self.put(HOST, "/gk/zfxxgknb/xznb", frame("乡镇年报-稞山县人民政府", '<div class="gk-empty">暂无数据</div>'))

    def page_of(self, title: str, date: str, agency: str, index: str, content: str, top: str = "") -> str:
        inner = (
            f'<div class="ks-crumb"><a href="/">首页</a> &gt; <a href="/gk">政府信息公开</a> &gt; <a href="{ROOT}">'
            f'县级年报</a></div><div class="ks-detail">{top}<table class="ks-meta"><tr><td>索引号：{index}</td>'
            f"<td>发布机构：{escape(agency)}</td></tr><tr><td>发布日期：{date}</td><td>主题分类：政府信息公开年报</td></tr>"
            f'</table><h1>{escape(title)}</h1><div class="ks-content">{content}</div></div>'
        )
        return frame(f"{title}-稞山县人民政府", inner)

    def publish(self, title: str, date: str, agency: str, content: str, top: str = "") -> str:
        self.content_id += self.rng.randint(11, 900)
        path = f"{ROOT}/content_{self.content_id}"
        index = f"11513{self.rng.randint(10**9, 10**10 - 1)}/{date[:4]}-{self.content_id % 10000:05d}"
        self.rows.append((date, path, title, agency, index))
        return self.put(HOST, path, self.page_of(title, date, agency, index, content, top))

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        self.report(SITE, self.publish(doc.title, doc.published_date or "", doc.agency_name, content), doc)

    def attached(self, doc: ReportDoc) -> None:
        path = f"/upload/file/{doc.published_date or ''}/{self.rng.getrandbits(64):016x}.docx"
        file_url = self.put(HOST, path, render_docx(doc), DOCX)
        top = (
            f'<div class="fj-top"><i class="el-icon-paperclip"></i>附件：<a href="{path}" target="_blank">'
            f"{escape(doc.title)}.docx</a></div>"
        )
        url = self.publish(doc.title, doc.published_date or "", doc.agency_name, "<p>　　（正文见附件）</p>", top)
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.publish(title, date, "稞山县人民政府办公室", content), title)

    def list_page(self, request: Request) -> Response:
        count = -(-len(self.rows) // PER_PAGE)
        raw = request.param("page", "1")
        number = int(raw) if raw.isdigit() and 1 <= int(raw) <= count else 1
        rows = "".join(
            f'<div class="gk-row"><span class="gk-idx">{i}</span><span class="gk-tit"><a href="{p}" target="_blank">'
            f'{escape(t)}</a></span><span class="gk-org">{escape(a)}</span><span class="gk-date">{d}</span></div>'
            for d, p, t, a, i in self.rows[(number - 1) * PER_PAGE : number * PER_PAGE]
        )
        pages = "".join(
            f'<li class="number active">{k}</li>'
            if k == number
            else f'<li class="number"><a href="?page={k}">{k}</a></li>'
            for k in range(1, count + 1)
        )
        pager = (
            f'<div class="el-pagination is-background"><span class="el-pagination__total">共 {len(self.rows)} 条</span>'
            f'<button type="button" class="btn-prev"{" disabled" if number == 1 else ""}><i class="el-icon-arrow-left">'
            f'</i></button><ul class="el-pager">{pages}</ul><button type="button" class="btn-next"'
            f'{" disabled" if number == count else ""}><i class="el-icon-arrow-right"></i></button></div>'
        )
        inner = (
            '<div class="ks-crumb"><a href="/">首页</a> &gt; <a '
            'href="/gk">政府信息公开</a> &gt; <a href="/gk/zfxxgknb">'
            '政府信息公开年报</a> &gt; 县级年报</div><div class="ks-tab'
            's"><a class="on" href="/gk/zfxxgknb/xjnb">县级年报'
            '</a><a href="/gk/zfxxgknb/xznb">乡镇年报</a></div><di'
            'v class="gk-head"><span>索引号</span><span>标题</span>'
            f'<span>发布机构</span><span>发布日期</span></div><div class="gk-list">{rows}</div>{pager}'
        )
        return Response(200, frame("县级年报-稞山县人民政府", inner).encode())


PORTALS = [NocmsKeshan]
