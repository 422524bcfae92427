"""涢阳市 (www.yunyang.gov.test): TRS 海云 whose 年报 column is split by year — a tab per year, each
year a list URL of its own with its own 6-argument pager — and whose 2023 list's second page answers
500 every time (a deliberate shortfall).

``/zwgk/zfxxgknb/index.shtml`` is a landing page: a ``<div class="yy-tabs">`` of ``<a href="./2024/
index.shtml">2024年度</a>`` … ``./2019/index.shtml`` links and no entries of its own.  Each year page
``/zwgk/zfxxgknb/<YYYY>/index.shtml`` lists the reports *for* that year (city and 市直部门 mixed) as
``<div class="yy-item"><a>…</a><i>date</i></div>`` and ends with ``createPageHTML('yyPage', pages, 1,
'index', 'shtml', total)`` (1-based: page 2 is ``index_2.shtml``; ``index_1.shtml`` is 404).  Only the
2023 year has two pages (3 a page, "5" records): its ``index_2.shtml`` answers 500 Internal Server
Error on every request, so the 市人社局's and 市教育局's 2023 reports (on that page) cannot be reached —
the deliberate shortfall, 2 reports.

Articles sit under channel-style URLs ``/zwgk/zfxxgknb/<YYYY>/c<docid>/content.shtml`` with
``div.trs_editor_view`` bodies in plain ``<p>``/``<td>`` markup; the city's 2021 report is a PDF linked
as "点击下载：…pdf", the 发改委's 2024 report a ``.docx``.  Agencies: 涢阳市人民政府 2019–2024, 涢阳市发展
和改革委员会 2023–2024 (titled "市发改委…"), 涢阳市人力资源和社会保障局 2023, 涢阳市教育局 2023 — 10
reports.  Decoys: the 2023 year's 政府网站工作年度报表, the 2024 year's 政务公开工作要点, the 2022 year's
统计年报.
"""

from __future__ import annotations

import random
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

HOST = "www.yunyang.gov.test"
SITE = "yunyang-gov"
OWNER = "涢阳市人民政府"
ROOT = "/zwgk/zfxxgknb/"
PER_PAGE = 3
FGW = "涢阳市发展和改革委员会"
PAGER_JS = (
    "function createPageHTML(div, pages, cur, name, ext, total) {\n"
    "  var el = document.getElementById(div), h = '<span>共' + total + '条 ' + cur + '/' + pages + '页</span>';\n"
    "  function u(n) { return n === 1 ? name + '.' + ext : name + '_' + n + '.' + ext; }\n"
    "  if (cur > 1) h += '<a href=\"' + u(1) + '\">首页</a><a href=\"' + u(cur - 1) + '\">上一页</a>';\n"
    "  if (cur < pages) h += '<a href=\"' + u(cur + 1) + '\">下一页</a><a href=\"' + u(pages) + '\">尾页</a>';\n"
    "  el.innerHTML = h;\n}\n"
)


def frame(title: str, inner: str) -> str:
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="涢阳市人民政府">'
        f'<meta name="ColumnName" content="政府信息公开年报"><title>{escape(title)}-涢阳市人民政府门户网站</title>'
        '<script src="/common/js/createPageHTML.js"></script></head><body><header class="yy-head"><img src="/images/'
        'yy_logo.png" alt="涢阳市人民政府"><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">'
        '办事服务'
        '</a><a href="/hdjl/">互动交流</a><a href="/yygk/">涢阳概况</a></nav><a class="wza" href="javascript:;">无障碍'
        f'</a></header><main class="yy-main">{inner}</main><footer class="yy-foot"><p>涢阳市人民政府办公室主办　'
        '网站标识码：9862000001　未公网安备98620002000123号</p><p><a href="/lxwm/">联系我们</a> | <a href="/sitemap/">'
        '网站地图</a></p><script src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></footer></body></html>'
    )


class HaiyunYunyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 100_452_000
        self.years: dict[int, list[tuple[str, str, str]]] = {y: [] for y in range(2019, 2025)}
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-26"), (2022, "2023-01-28"), (2023, "2024-01-30"),
                           (2024, "2025-01-27")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2021, "2022-01-25"), "pdf")
        self.article(make_doc(rng, FGW, 2023, "2024-01-22", title="市发改委2023年度政府信息公开工作年度报告"))
        self.file(make_doc(rng, FGW, 2024, "2025-01-21", title="市发改委2024年度政府信息公开工作年度报告"), "docx")
        self.notice("涢阳市人民政府门户网站2023年政府网站工作年度报表", 2023, "2024-01-15")
        self.article(make_doc(rng, "涢阳市人力资源和社会保障局", 2023, "2024-01-12"))
        self.article(make_doc(rng, "涢阳市教育局", 2023, "2024-01-10"))
        self.notice("涢阳市2024年政务公开工作要点", 2024, "2024-03-29")
        self.notice("涢阳市2022年国民经济和社会发展统计年报", 2022, "2023-03-20")
        self.put(HOST, "/common/js/createPageHTML.js", PAGER_JS, "application/javascript; charset=utf-8")
        tabs = "".join(f'<a href="./{y}/index.shtml">{y}年度</a>' for y in range(2024, 2018, -1))
        self.put(HOST, ROOT + "index.shtml", frame("政府信息公开年报", (
            '<div class="yy-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息'
            '公开年报'
            f'</div><h2>政府信息公开年报</h2><div class="yy-tabs">{tabs}</div><p class="yy-tip">请选择年度查看。</p>')))
        for year, entries in self.years.items():
            entries.sort(key=lambda e: e[2], reverse=True)
            chunks = [entries[i : i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
            for n, chunk in enumerate(chunks, 1):
                path = f"{ROOT}{year}/" + ("index.shtml" if n == 1 else f"index_{n}.shtml")
                if year == 2023 and n == 2:
                    self.route(HOST, path, self.broken)
                else:
                    self.put(HOST, path, self.list_page(year, chunk, n, len(chunks), len(entries)))

    @staticmethod
    def broken(request: Request) -> Response:
        return Response(500, b"<html><body><h1>500 Internal Server Error</h1><p>nginx</p></body></html>")

    def page_of(self, year: int, title: str, date: str, content: str) -> tuple[str, str]:
        self.docid += self.rng.randint(40, 900)
        folder = f"{ROOT}{year}/c{self.docid}/"
        inner = (f'<div class="yy-crumb">当前位置：<a href="/">首页</a> &gt; <a href="{ROOT}index.shtml">政府信息'
            f'公开年报</a>'
                 f' &gt; <a href="{ROOT}{year}/index.shtml">{year}年度</a></div>'
                 f'<h1 class="yy-title">{escape(title)}</h1>'
                 f'<div class="yy-meta"><span>发布日期：{date}</span><span>字号：<a href="javascript:;">大</a> <a href='
                 f'"javascript:;">中</a> <a href="javascript:;">小</a></span></div><div class="trs_editor_view"'
                 f'>{content}'
                 '</div>')
        url = self.put(HOST, folder + "content.shtml", frame(title, inner))
        self.years[year].append((f"./c{self.docid}/content.shtml", title, date))
        return url, folder

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" width="100%">')
        self.report(SITE, self.page_of(doc.year, doc.title, doc.published_date or "", content)[0], doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        name = f"W0{self.rng.randint(10**13, 10**14 - 1)}.{ext}"
        content = f'<p>{escape(doc.title)}</p><p>点击下载：<a href="./{name}">{escape(doc.title)}.{ext}</a></p>'
        url, folder = self.page_of(doc.year, doc.title, doc.published_date or "", content)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, folder + name, doc))
        else:
            file_url = self.put(HOST, folder + name, render_docx(doc), DOCX)
            self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(year, title, date, content)[0], title)

    def list_page(self, year: int, chunk: list[tuple[str, str, str]], n: int, pages: int, total: int) -> str:
        items = "".join(f'<div class="yy-item"><a href="{h}" target="_blank">{escape(t)}</a>'
                        f"<i>{d}</i></div>" for h, t, d in chunk)
        tabs = "".join(f'<a href="../{y}/index.shtml"{" class=on" if y == year else ""}>{y}年度</a>'
                       for y in range(2024, 2018, -1))
        inner = (f'<div class="yy-crumb">当前位置：<a href="/">首页</a> &gt; <a href="{ROOT}index.shtml">政府信息'
            f'公开年报'
                 f'</a> &gt; {year}年度</div><div class="yy-tabs">{tabs}</div><div class="yy-list">{items}</div>'
                 f"<div id=\"yyPage\"></div><script>createPageHTML('yyPage', {pages}, {n}, 'index', 'shtml', {total});"
                 "</script>")
        return frame(f"{year}年度政府信息公开年报", inner)


PORTALS = [HaiyunYunyang]
