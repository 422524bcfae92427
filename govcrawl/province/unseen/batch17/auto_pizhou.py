"""椑州经开区 (jkq.pizhou.gov.test): a 经济技术开发区管委会 site built on Next.js (server-rendered React,
no README family), registered with ``cms: auto`` and an intermediate page — its 政务公开 index — whose
年报 list is one click further and pages by ``?page=N`` under a pager of only 上一页/下一页.

The registry gives ``/zwgk``, the 政务公开 index: ``<section class="zwgk-block">`` boxes (政策文件, 通知
公告, 政府信息公开年报 …), each an ``<h2>`` with a 更多 link and its newest titles; the 年报 box links
``/zwgk/ndbg``.  That list is server-rendered ``<article class="news-card">`` cards: ``<h3><a
href="/zwgk/ndbg /<id>">title</a></h3><time dateTime="2025-01-22">2025年01月22日</time>``; four a page,
newest first.  Under them "共 11 条" and only ``<a href="/zwgk/ndbg?page=2" rel="next">下一页</a>``
(and 上一页 on later pages) — no page numbers, no last-page link; the page's ``<script
id="__NEXT_DATA__" type="application/json">`` carries ``{"props": {"pageProps": {"total": 11, "page":
1, "pageSize": 4, "list": [...]}}, "page": "/zwgk/ndbg", "buildId": …}``.  Past the end: "暂无数据".
Articles ``/zwgk/ndbg/<id>`` (extensionless) put the body in ``div.article-body`` under "发布时间：… 来
源：…"; the 2022 report is a stub whose PDF and 椑西街道's 2023 report a stub whose .docx are under
``/files/YYYY/MM/<uuid>.<ext>``, linked in a ``ul.attachments`` after the body.

Reports (8): 椑州经济技术开发区管理委员会 2019–2024 (2019–2020 old template; titles "椑州经开区2024年
…", "椑州经济技术开发区管委会2021年…"), 椑州市椑东街道办事处 2024 ("椑东街道2024年…"), 椑州市椑西街道办
事处 2023 (.docx).  Decoys (3): a 公告, 统计公报, 政府网站工作年度报表.
"""

from __future__ import annotations

import json
import random
import uuid
from html import escape

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

HOST = "jkq.pizhou.gov.test"
SITE = "pizhou-jkq"
OWNER = "椑州经济技术开发区管理委员会"
PER = 4
BUILD = "kP3x9Qm2vT7aLw1Zr8N4c"


def frame(title: str, inner: str, data: dict[str, object], path: str, extra_head: str = "") -> str:
    next_data = json.dumps({"props": {"pageProps": data}, "page": path, "query": {}, "buildId": BUILD,
                            "isFallback": False, "gssp": True}, ensure_ascii=False)
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-wi'
        'dth"'
        '/><meta name="SiteName" content="椑州经济技术开发区"/><meta name="SiteIDCode" content="9867090015"/>'
        f'{extra_head}<title>{escape(title)} - 椑州经济技术开发区</title><link rel="preload" href="/_next/static/css/'
        '8b1e0c.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8b1e0c.css"/><noscript data-n-css=""><'
        '/no'
        'script><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script '
        'src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script></head><body><div id="__next"><head'
        'er '
        'class="site-header"><div class="brand">椑州经济技术开发区管理委员会</div><nav><a href="/">首页</a><a href="/x'
        'wdt">新闻'
        '动态</a><a href="/zwgk">政务公开</a><a href="/tzcj">招商引资</a><a href="/hdjl">互动交流</a></nav><div class='
        '"tools">'
        '<a href="javascript:;">无障碍</a><a href="javascript:;">长者模式</a></div></header><main class="container">'
        f'{inner}</main><footer class="site-footer"><p>主办单位：椑州经济技术开发区管理委员会</p><p>网站标识码：986709'
        '0015'
        '　<a href="https://beian.miit.gov.cn/">未ICP备2021008871号-1</a></p></footer></div><script id="__NEXT_DATA__" '
        f'type="application/json">{next_data}</script></body></html>'
    )


class AutoPizhou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 88_000
        self.rows: list[dict[str, str]] = []
        titles = {2024: "椑州经开区2024年政府信息公开工作年度报告", 2023: "椑州经开区2023年政府信息公开工作年度报告",
                  2021: "椑州经济技术开发区管委会2021年政府信息公开工作年度报告"}
        for year, date in ((2019, "2020-01-16"), (2020, "2021-01-22"), (2021, "2022-01-21"), (2023, "2024-01-26"),
                           (2024, "2025-01-23")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021",
                                  title=titles.get(year)))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-30", title="椑州经开区2022年政府信息公开工作年度报告"), "pdf")
        self.article(make_doc(rng, "椑州市椑东街道办事处", 2024, "2025-01-20", title="椑东街道2024年政府信息公开工作年"
        "度报告"))
        self.file(make_doc(rng, "椑州市椑西街道办事处", 2023, "2024-01-22"), "docx")
        self.notice("椑州经济技术开发区管理委员会关于2024年度政府信息公开工作年度报告的公告", 2024, "2025-01-24")
        self.notice("2023年椑州经济技术开发区经济运行统计公报", 2023, "2024-03-18")
        self.notice("椑州经济技术开发区门户网站2024年政府网站工作年度报表", 2024, "2025-01-14")
        self.rows.sort(key=lambda r: r["date"], reverse=True)
        self.route(HOST, "/zwgk/ndbg", self.list_page)
        boxes = [("政策文件", "/zwgk/zcwj", ["椑州经开区促进先进制造业高质量发展若干政策", "椑州经开区科技创新券管理办"
        "法"]),
                 ("通知公告", "/zwgk/tzgg", ["关于开展2025年度企业研发费用统计的通知", "椑州经开区2025年春节期间值班安"
                 "排"]),
                 ("政府信息公开年报", "/zwgk/ndbg", [r["title"] for r in self.rows[:3]]),
                 ("财政信息", "/zwgk/czxx", ["椑州经开区2025年财政预算", "椑州经开区2024年度财政决算"])]
        inner = '<div class="crumb">当前位置：首页 &gt; 政务公开</div>' + "".join(
            f'<section class="zwgk-block"><h2>{name}<a class="more" href="{href}">更多</a></h2><ul>'
            + "".join(f"<li>{escape(t)}</li>" for t in titles_) + "</ul></section>" for name, href, titles_ in boxes)
        self.put(HOST, "/zwgk", frame("政务公开", inner, {"columns": [b[0] for b in boxes]}, "/zwgk"))

    def page_of(self, title: str, date: str, content: str, source: str, attach: str = "") -> str:
        self.id += self.rng.randint(5, 160)
        path = f"/zwgk/ndbg/{self.id}"
        y, m, d = date.split("-")
        inner = ('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/'
        'zwgk/'
                 f'ndbg">政府信息公开年报</a></div><article class="article"><h1>{escape(title)}</h1><div class="meta">'
                 '发布'
                 f'时间：{y}-{m}-{d}<span>来源：{escape(source)}</span></div><div class="article-body">{content}</div>'
                 f'{attach}'
                 '</article>')
        head = f'<meta name="ArticleTitle" content="{escape(title)}"/><meta name="PubDate" content="{date}"/>'
        url = self.put(HOST, path, frame(title, inner, {"id": self.id, "title": title, "date": date}, "/zwgk/ndbg/[id]",
                                         head))
        self.rows.append({"id": str(self.id), "title": title, "date": date, "href": path})
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="report-table" border="1">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        path = f"/files/{date[:4]}/{date[5:7]}/{uuid.UUID(int=self.rng.getrandbits(128))}.{ext}"
        attach = (f'<ul class="attachments"><li><a href="{path}" download="">{escape(doc.title)}.{ext}</a></li></ul>')
        url = self.page_of(doc.title, date, f"<p>{escape(doc.title)}见附件。</p>", doc.agency_name, attach)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "椑州经济技术开发区党政办公室"), title)

    def list_page(self, request: Request) -> Response:
        raw = request.param("page", "1")
        page = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        pages = -(-len(self.rows) // PER)
        chunk = self.rows[(page - 1) * PER : page * PER]
        cards = "".join(f'<article class="news-card"><h3><a href="{r["href"]}">{escape(r["title"])}</a></h3><time '
                        f'dateTime="{r["date"]}">{r["date"][:4]}年{r["date"][5:7]}月{r["date"][8:]}日</time></article>'
                        for r in chunk) or '<div class="empty">暂无数据</div>'
        prev = f'<a href="/zwgk/ndbg?page={page - 1}" rel="prev">上一页</a>' if 1 < page <= pages + 1 else ""
        nxt = f'<a href="/zwgk/ndbg?page={page + 1}" rel="next">下一页</a>' if page < pages else ""
        inner = ('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府信息公'
        '开年报'
                 f'</div><h2 class="col-title">政府信息公开年报</h2><div class="card-list">{cards}</div><div class="pa'
                 'ger">'
                 f'<span class="total">共 {len(self.rows)} 条</span>{prev}{nxt}</div>')
        data = {"total": len(self.rows), "page": page, "pageSize": PER,
                "list": [{"id": r["id"], "title": r["title"], "publishDate": r["date"]} for r in chunk]}
        return Response(200, frame("政府信息公开年报", inner, data, "/zwgk/ndbg").encode(), "text/html; charset=utf-8")


PORTALS = [AutoPizhou]
