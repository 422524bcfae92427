"""溇阳县 (www.louyang.gov.test): a Struts 政府信息公开目录 (the gkml_action family) whose list pages
by a form POST, with GBK pages labelled as such.

The 年报 catalog ``/gkml/News_showGkmlList.action?catalogId=1207`` prints "共10条记录 当前第1/3页" and a
pager of ``javascript:goPage(N)`` links that fill ``<form name="pageForm" method="post"
action="News_showGkmlList.action">`` (hidden ``catalogId`` and ``pageNo``) and submit it (portals.md
§7: "paging by a form POST"); the action also reads ``pageNo`` from the query string.  Rows are a
``<table class="gkml-tb">`` of 索引号 | 名称 | 发布机构 | 发布日期, the 名称 link to
``News_showGkmlNews.action?messagekey=<n>``.  Detail pages carry the 索引号 table with space-padded
labels (``索 引 号`` / ``发 布 机 构`` / ``文　　号``, portals.md §2.5) and the body in ``div#gkml_content``.
Pages are GBK with ``Content-Type: text/html;charset=GBK`` and a matching meta.  The 2023 county
report is a .docx in a ``附件：`` line.  Units in the catalog: 县发展改革局 (溇阳县发展和改革局) and a
镇 whose report is titled only "2024年度政府信息公开工作年度报告" (发布机构 溇阳县桤木镇人民政府).
Decoys: 法治政府建设年度报告, 工作要点, 统计公报.
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
    upper_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.louyang.gov.test"
SITE = "louyang-gov"
OWNER = "溇阳县人民政府"
LIST = "/gkml/News_showGkmlList.action"
SHOW = "/gkml/News_showGkmlNews.action"
CATALOG = "1207"
PER_PAGE = 4
CONTENT_TYPE = "text/html;charset=GBK"


def frame(title: str, inner: str) -> bytes:
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK">'
        f"<title>{escape(title)}-溇阳县政府信息公开目录</title>"
        '<script src="/gkml/js/gkml.js"></script></head><body><div class="ly-top">溇阳县人民政府 政府信息公开目录'
        '<span><a href="/">网站首页</a> | <a href="/gkml/zn.jsp">公开指南</a></span></div>'
        '<div class="ly-tree"><a href="/gkml/News_showGkmlList.action?catalogId=1201">政府信息公开指南</a>'
        '<a href="/gkml/News_showGkmlList.action?catalogId=1204">法定主动公开内容</a>'
        f'<a href="{LIST}?catalogId={CATALOG}">政府信息公开年报</a></div>'
        f'<div class="ly-main">{inner}</div><div class="ly-foot">溇阳县人民政府办公室 主办　'
        "网站标识码：9842810002　未ICP备08014452号</div></body></html>"
    )
    return html.encode("gbk", "xmlcharrefreplace")


class ActionLouyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.key = 301_770
        self.pages_by_key: dict[str, bytes] = {}
        self.rows: list[tuple[int, str, str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-30", version="v2019"), "溇阳县人民政府办公室")
        self.article(make_doc(rng, OWNER, 2021, "2022-01-29"), "溇阳县人民政府办公室")
        self.notice("溇阳县2021年国民经济和社会发展统计公报", "2022-04-02", "溇阳县统计局")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-28"), "溇阳县人民政府办公室")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-30"))
        self.notice("溇阳县2023年法治政府建设年度报告", "2024-03-29", "溇阳县司法局")
        self.notice("溇阳县2024年政务公开工作要点", "2024-04-11", "溇阳县人民政府办公室")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-26"), "溇阳县人民政府办公室")
        self.article(
            make_doc(rng, "溇阳县发展和改革局", 2024, "2025-01-22", title="县发展改革局2024年政府信息公开工作年度报告"),
            "溇阳县发展和改革局",
        )
        self.article(
            make_doc(rng, "溇阳县桤木镇人民政府", 2024, "2025-01-18", title="2024年度政府信息公开工作年度报告"),
            "溇阳县桤木镇人民政府",
        )
        self.rows.sort(key=lambda r: r[4], reverse=True)
        self.route(HOST, LIST, self.list_page)
        self.route(HOST, SHOW, self.show)
        self.put(HOST, "/gkml/js/gkml.js", GKML_JS, "application/javascript")

    def page_of(self, title: str, date: str, publisher: str, content: str) -> str:
        self.key += self.rng.randint(9, 400)
        index = f"98428100-{date[:4]}-{self.rng.randint(10, 999):05d}"
        number = f"溇政办〔{date[:4]}〕{self.rng.randint(1, 40)}号" if "函" in title else ""
        meta = (
            '<table class="gkml-info" width="100%" border="1">'
            f"<tr><td>索 引 号</td><td>{index}</td><td>分&nbsp;&nbsp;&nbsp;&nbsp;类</td><td>政府信息公开年报</td></tr>"
            f"<tr><td>发 布 机 构</td><td>{escape(publisher)}</td><td>发 文 日 期</td><td>{date}</td></tr>"
            f'<tr><td>名　　称</td><td colspan="3">{escape(title)}</td></tr>'
            f"<tr><td>文　　号</td><td>{number}</td><td>上 载 日 期</td><td>{date}</td></tr></table>"
        )
        inner = (
            f'{meta}<div class="gkml-title">{escape(title)}</div><div id="gkml_content">{content}</div>'
            f'<div class="gkml-src">信息来源：{escape(publisher)}</div>'
        )
        self.pages_by_key[str(self.key)] = frame(title, inner)
        self.rows.append((self.key, index, title, publisher, date))
        return f"http://{HOST}{SHOW}?messagekey={self.key}"

    def article(self, doc: ReportDoc, publisher: str) -> None:
        content = body_html(doc, word_para, upper_cell, "<TABLE border=1 cellSpacing=0 cellPadding=0 align=center>")
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", publisher, content), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/gkml/upload/{date[:4]}{date[5:7]}/{self.rng.getrandbits(48):012x}.docx"
        file_url = self.put(HOST, path, render_docx(doc), DOCX)
        content = f'<p>{escape(doc.title)}（全文见附件）</p><p>附件：<a href="{path}">{escape(doc.title)}.docx</a></p>'
        url = self.page_of(doc.title, date, "溇阳县人民政府办公室", content)
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str, publisher: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, publisher, content), title)

    def show(self, request: Request) -> Response:
        page = self.pages_by_key.get(request.param("messagekey"))
        if page is None:
            return Response(200, frame("提示", "<p>您访问的信息不存在或已删除。</p>"), CONTENT_TYPE)
        return Response(200, page, CONTENT_TYPE)

    def list_page(self, request: Request) -> Response:
        if request.param("catalogId") != CATALOG:
            return Response(200, frame("政府信息公开目录", "<p>该栏目暂无信息。</p>"), CONTENT_TYPE)
        total = len(self.rows)
        pages = -(-total // PER_PAGE)
        n = int(request.param("pageNo", "1")) if request.param("pageNo", "x").isdigit() else 1
        n = min(max(n, 1), pages)
        rows = "".join(
            f'<tr><td>{i}</td><td class="mc"><a href="News_showGkmlNews.action?messagekey={k}" target="_blank">'
            f"{escape(t)}</a></td><td>{escape(p)}</td><td>{d}</td></tr>"
            for k, i, t, p, d in self.rows[(n - 1) * PER_PAGE : n * PER_PAGE]
        )
        links = " ".join(
            f'<a href="javascript:goPage({i})">{text}</a>'
            for i, text in ((1, "首页"), (n - 1, "上一页"), (n + 1, "下一页"), (pages, "尾页"))
            if 1 <= i <= pages and i != n
        )
        inner = (
            '<div class="ly-pos">当前位置：政府信息公开目录 &gt; 政府信息公开年报</div>'
            '<table class="gkml-tb" width="100%"><tr><th>索引号</th><th>名称</th><th>发布机构</th>'
            "<th>发布日期</th></tr>"
            f'{rows}</table><form name="pageForm" method="post" action="News_showGkmlList.action">'
            f'<input type="hidden" name="catalogId" value="{CATALOG}"><input type="hidden" name="pageNo" value="{n}">'
            f'</form><div class="ly-page">共{total}条记录 当前第{n}/{pages}页 {links}</div>'
        )
        return Response(200, frame("政府信息公开年报", inner), CONTENT_TYPE)


GKML_JS = """function goPage(n) {
  var f = document.forms['pageForm'];
  f.pageNo.value = n;
  f.submit();
}
"""

PORTALS = [ActionLouyang]
