"""淓水县 (www.fangshui.gov.test): a county site built on Nuxt (server-rendered Vue) over a RuoYi
back end (no README family), registered without ``cms``; its 年报 list's pager is an Element-UI
widget of buttons without links — the next page is named only by ``<link rel="next">`` and by the
``window.__NUXT__`` state.

The 年报 list ``/zwgk/ndbg`` (``?page=N`` server-rendered too) is ``<div class="news-item">`` cards:
``<a href="/zwgk/ndbg/<id>" class="title">`` then ``<span class="time">2025-01-22</span>``.  Four a page,
newest first.  The pager is ``<div class="el-pagination"><span class="el-pagination__total">共 11 条</span>
<button class="btn-prev">`` ``<ul class="el-pager"><li class="number active">1</li><li
class="number">2</li>…</ul><button class="btn-next">`` — no ``href`` anywhere; the ``<head>`` has ``<link
rel="next" href="/zwgk/ndbg?page=2">`` (and ``rel="prev"``), and ``window.__NUXT__`` carries ``{"total": 11,
"pageNum": 1, "pageSize": 4, "rows": [...]}``.  Past the end: "暂无数据".  Articles ``/zwgk/ndbg/<id>``
(extensionless): ``div.detail-content`` under "发布时间 / 来源 / 浏览量"; the 2022 county report is a stub
whose PDF and the 2023 one whose .docx come from RuoYi's ``/prod-api/common/download/resource?resource=
/profile/upload/YYYY/MM/DD/<name>_<stamp>.<ext>`` with a Content-Disposition name.

Reports (8): 淓水县人民政府 2019–2024 (2019–2020 old template), 淓水县医疗保障局 2024 ("县医保局2024年…"),
淓水县淓城街道办事处 2023 ("淓城街道2023年…").  Decoys (3): 统计年报, a 解读 of the 2023 report, a 公告.
"""

from __future__ import annotations

import json
import random
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
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
from govcrawl.synth.pdf import render_pdf

HOST = "www.fangshui.gov.test"
SITE = "fangshui-gov"
OWNER = "淓水县人民政府"
PER = 4


def frame(title: str, inner: str, head: str = "", state: str = "{}") -> str:
    return (
        '<!doctype html><html data-n-head-ssr lang="zh-CN"><head><meta data-n-head="ssr" charset="utf-8"><meta '
        'data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" '
        f'name="SiteName" content="淓水县人民政府">{head}<title>{escape(title)} - 淓水县人民政府</title><link rel="'
        'preload" href="/_nuxt/app.4f1c2d.js" as="script"></head><body><div data-server-rendered="true" id="__nuxt">'
        '<div id="__layout"><div class="layout"><header class="header"><div class="logo">淓水县人民政府</div><nav c'
        'lass='
        '"nav"><a href="/" class="nuxt-link-active">首页</a><a href="/zwgk">政务公开</a><a href="/zwfw">政务服务</a>'
        f'<a href="/hdjl">互动交流</a></nav></header><main class="main">{inner}</main><footer class="footer">淓水县'
        '人民政府'
        '办公室主办　网站标识码：9865070003　未ICP备21007716号-1</footer></div></div></div><script>window.__NUXT__='
        f'{state};</script><script src="/_nuxt/app.4f1c2d.js" defer></script></body></html>'
    )


class NocmsFangshui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.next_id = 1_360
        self.rows: list[dict[str, object]] = []
        self.files: dict[str, tuple[ReportDoc, str, float]] = {}
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-26"), (2021, "2022-01-25"), (2024, "2025-01-24")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-29"), "pdf")
        self.file(make_doc(rng, OWNER, 2023, "2024-01-29"), "docx")
        self.article(make_doc(rng, "淓水县医疗保障"
                                   "局", 2024, "2025-01-21", title="县医保局2024年政府信息公开工作年度报告"))
        self.article(make_doc(rng, "淓水县淓城街道办事"
                                   "处", 2023, "2024-01-22", title="淓城街道2023年政府信息公开工作年度报告"))
        self.notice("淓水县2023年国民经济和社会发展统计年报", 2023, "2024-04-02")
        self.notice("一图读懂：淓水县2023年政府信息公开工作年度报告解读", 2023, "2024-01-31")
        self.notice("淓水县人民政府办公室关于2024年度政府信息公开工作年度报告的公告", 2024, "2025-01-25")
        self.rows.sort(key=lambda r: str(r["publishTime"]), reverse=True)
        self.route(HOST, "/zwgk/ndbg", self.list_page)
        self.route(HOST, "/prod-api/common/download/resource", self.download)

    def page_of(self, title: str, date: str, content: str, source: str = "县政府办公室") -> str:
        self.next_id += self.rng.randint(3, 60)
        path = f"/zwgk/ndbg/{self.next_id}"
        inner = (f'<div class="breadcrumb"><a href="/">首页</a> / <a href="/zwgk">政务公开</a> / <a href="/zwgk/ndbg">'
                 f'政府信息公开年报</a></div><div class="detail"><h1 class="detail-title">{escape(title)}</h1><div '
                 'class='
                 f'"detail-info"><span>发布时间：{date}</span><span>来源：{escape(source)}</span><span>浏览量：'
                 f'{self.rng.randint(50, 2000)}</span></div><div class="detail-content">{content}</div></div>')
        state = json.dumps({"layout": "default", "data": [{"article": {"id": self.next_id, "title": title,
                                                                       "publishTime": date}}]}, ensure_ascii=False)
        url = self.put(HOST, path, frame(title, inner, f'<meta data-n-head="ssr" name="ArticleTitle" content="'
                                                       f'{escape(title)}">', state))
        self.rows.append({"id": self.next_id, "title": title, "publishTime": date, "source": source})
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" style="width:100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        resource = (f"/profile/upload/{date.replace('-', '/')}/{quote(doc.title)}_{date.replace('-', '')}"
                    f"{self.rng.randint(10**5, 10**6 - 1)}A{self.rng.randint(100, 999)}.{ext}")
        self.files[resource] = (doc, ext, self.rng.random())
        link = f"/prod-api/common/download/resource?resource={resource}"
        content = (f'<p>{escape(doc.title)}见附件。</p><div class="attachments"><p>附件：<a href="{escape(link)}" '
                   f'target="_blank">{escape(doc.title)}.{ext}</a></p></div>')
        url = self.page_of(doc.title, date, content)
        self.report(SITE, url, doc, media_type=PDF if ext == "pdf" else DOCX, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(quote(request.param("resource"), safe="/"))
        if found is None:
            body = json.dumps({"msg": "资源文件不存在", "code": 500}, ensure_ascii=False).encode()
            return Response(200, body, "application/json")
        doc, ext, seed = found
        body = render_pdf(doc, random.Random(seed)) if ext == "pdf" else render_docx(doc)
        return Response(200, body, PDF if ext == "pdf" else DOCX,
                        {"Content-Disposition": f"attachment;filename*=utf-8''{quote(doc.title)}.{ext}"})

    def list_page(self, request: Request) -> Response:
        total = len(self.rows)
        pages = -(-total // PER)
        raw = request.param("page", "1")
        page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        chunk = self.rows[(page - 1) * PER : page * PER]
        items = "".join(f'<div class="news-item"><a href="/zwgk/ndbg/{r["id"]}" class="title">{escape(str(r["title"]))}'
                        f'</a><span class="time">{r["publishTime"]}</span></div>' for r in chunk) or \
            '<div class="el-empty"><p class="el-empty__description">暂无数据</p></div>'
        numbers = "".join(f'<li class="number{" active" if n == page else ""}">{n}</li>' for n in range(1, pages + 1))
        pager = (f'<div class="el-pagination is-background"><span class="el-pagination__total">共 {total} 条</span>'
                 f'<button type="button" class="btn-prev"{" disabled" if page == 1 else ""}><i class="el-icon '
                 f'el-icon-arrow-left"></i></button><ul class="el-pager">{numbers}</ul><button type="button" class="'
                 f'btn-next"{" disabled" if page >= pages else ""}><i class="el-icon el-icon-arrow-right"></i></button>'
                 '</div>')
        head = ""
        if page > 1:
            head += f'<link data-n-head="ssr" rel="prev" href="/zwgk/ndbg{"" if page == 2 else f"?page={page - 1}"}">'
        if page < pages:
            head += f'<link data-n-head="ssr" rel="next" href="/zwgk/ndbg?page={page + 1}">'
        state = json.dumps({"layout": "default", "data": [{"total": total, "pageNum": page, "pageSize": PER,
                                                           "rows": chunk}]}, ensure_ascii=False)
        inner = ('<div class="breadcrumb"><a href="/">首页</a> / <a href="/zwgk">政务公开</a> / 政府信息公开年报</div>'
                 f'<div class="list-box"><h2>政府信息公开年报</h2>{items}</div>{pager}')
        return Response(200, frame("政府信息公开年报", inner, head, state).encode())


PORTALS = [NocmsFangshui]
