"""Shared plumbing of the unseen portals: pages per (host, path), report bodies in several
markups, decoy pages, ground truth.

Only plumbing lives here (serving, the report model, table markup that Word and editors really
produce); each portal module writes its own chrome, lists, pagers and URL shapes, so that no two
portals of a family share markup (portals.md §7).
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Callable
from html import escape

from govcrawl.province.content import Truth, report_doc
from govcrawl.province.server import Portal, Request, Response
from govcrawl.report.template import TemplateVersion
from govcrawl.synth.layout import Cell, Row, build_tables
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
Handler = Callable[[Request], Response]


class UnseenPortal(Portal):
    """A portal whose pages are kept per (host, path): one portal may span several hosts (a city
    and its departments' sub-hosts, a home host and its 信息公开 host)."""

    site_ids: tuple[str, ...] = ()

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.pages: dict[tuple[str, str], Response] = {}
        self.dynamic: dict[tuple[str, str], Handler] = {}
        self.truth: list[Truth] = []

    # -- building ---------------------------------------------------------------------------
    def put(self, host: str, path: str, body: bytes | str, content_type: str | None = "text/html; charset=utf-8",
            encoding: str = "utf-8") -> str:
        data = body.encode(encoding, "xmlcharrefreplace") if isinstance(body, str) else body
        self.pages[(host, path)] = Response(200, data, content_type)
        return f"http://{host}{path}"

    def route(self, host: str, path: str, handler: Handler) -> str:
        self.dynamic[(host, path)] = handler
        return f"http://{host}{path}"

    def put_pdf(self, host: str, path: str, doc: ReportDoc) -> str:
        return self.route(host, path, self.pdf_handler(doc))

    def pdf_handler(self, doc: ReportDoc) -> Handler:
        """A PDF rendered on first request (rendering takes a while; most builds never serve it)."""
        seed = self.rng.random()
        cache: list[bytes] = []

        def serve(request: Request) -> Response:
            if not cache:
                cache.append(render_pdf(doc, random.Random(seed)))
            return Response(200, cache[0], PDF, {"Content-Disposition": "attachment"})

        return serve

    def report(self, site_id: str, url: str, doc: ReportDoc, *, media_type: str = "text/html",
               report_url: str | None = None, flags: tuple[str, ...] = (), also_at: tuple[str, ...] = ()) -> None:
        self.truth.append(Truth(site_id, url, doc.title, "report", doc.agency_name, doc.year, doc,
                                media_type=media_type, report_url=report_url, flags=flags, also_at=also_at))

    def decoy(self, site_id: str, url: str, title: str) -> None:
        self.truth.append(Truth(site_id, url, title, "decoy"))

    # -- serving ----------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        key = (request.host, request.path)
        handler = self.dynamic.get(key)
        if handler is not None:
            return handler(request)
        found = self.pages.get(key)
        if found is None and request.path.endswith("/"):
            for index in ("index.html", "index.shtml", "index.htm", "default.htm"):
                found = self.pages.get((request.host, request.path + index))
                if found is not None:
                    key = (request.host, request.path + index)
                    break
        if found is not None:
            return self.conditional(request, "".join(key), found)
        if request.path == "/robots.txt":
            return Response(200, self.robots.encode(), "text/plain")
        return self.not_found(request)


def make_doc(rng: random.Random, agency: str, year: int, date: str, *, version: TemplateVersion = "v2021",
             title: str | None = None, site_name: str = "") -> ReportDoc:
    """A valid report of ``agency`` for ``year`` with its own random values."""
    doc = report_doc(rng, agency, site_name or agency, version, year)
    return dataclasses.replace(doc, published_date=date, title=title or doc.title)


# -- report bodies ------------------------------------------------------------------------------

def _text(cell: Cell) -> str:
    return "&nbsp;" if cell.null or not cell.text.strip() else escape(cell.text).replace("\n", "<br>")


def _spans(cell: Cell) -> str:
    return (f' colspan="{cell.colspan}"' if cell.colspan > 1 else "") + \
           (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "")


def word_cell(cell: Cell) -> str:
    """A cell as Word's "save as web page" writes it (MsoNormal paragraphs, <o:p>)."""
    inner = f'<span lang="EN-US" style="font-size:10.5pt;font-family:宋体">{_text(cell)}<o:p></o:p></span>'
    return (f'<td width="{60 if cell.is_value else 150}" valign="center"{_spans(cell)} style="border:solid '
            f'windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="center" '
            f'style="text-align:center">{inner}</p></td>')


def plain_cell(cell: Cell) -> str:
    return f"<td{_spans(cell)}>{_text(cell)}</td>"


def upper_cell(cell: Cell) -> str:
    return f"<TD{_spans(cell).upper()} ALIGN=middle>{_text(cell)}</TD>"


def safe_splits(rows: list[Row]) -> list[int]:
    """Row indexes where a table can be cut without cutting a rowspan (where an editor's page
    break leaves two complete <table>s)."""
    reach = 0
    cuts = []
    for r, row in enumerate(rows):
        if r > 0 and reach <= r:
            cuts.append(r)
        for cell in row:
            reach = max(reach, r + cell.rowspan)
    return cuts


def table_html(rows: list[Row], cell: Callable[[Cell], str], open_tag: str, split_at: int | None = None,
               page_break: str = "") -> str:
    """One report table; with ``split_at``, cut into two tables at that row (a page break in the
    Word original): the continuation starts without any header row."""

    def one(part: list[Row]) -> str:
        body = "".join("<tr>" + "".join(cell(c) for c in row) + "</tr>" for row in part)
        close = "</TABLE>" if open_tag.startswith("<TABLE") else "</table>"
        tbody = ("<TBODY>", "</TBODY>") if open_tag.startswith("<TABLE") else ("<tbody>", "</tbody>")
        return f"{open_tag}{tbody[0]}{body}{tbody[1]}{close}"

    if split_at is None:
        return one(rows)
    return one(rows[:split_at]) + page_break + one(rows[split_at:])


def body_html(doc: ReportDoc, para: Callable[[str, bool], str], cell: Callable[[Cell], str], open_tag: str,
              *, split: dict[str, int] | None = None, page_break: str = "") -> str:
    """Preamble, the six sections and the three tables in place, in the given markup.  ``split``
    maps a table (t2/t3/t4) to the row where a page break cut it."""
    tables = build_tables(doc)
    parts = [para(p, False) for p in doc.preamble]
    for i, (heading, paras) in enumerate(doc.sections):
        parts.append(para(heading, True))
        parts += [para(p, False) for p in paras]
        if 1 <= i <= 3:
            name = ("t2", "t3", "t4")[i - 1]
            parts.append(table_html(tables[name], cell, open_tag, (split or {}).get(name), page_break))
    return "\n".join(parts)


def split_point(doc: ReportDoc, table: str, rng: random.Random) -> int:
    """A row of ``table`` past its header where a page break can fall."""
    cuts = [c for c in safe_splits(build_tables(doc)[table]) if c >= 4]
    return cuts[len(cuts) // 2] if len(cuts) < 3 else rng.choice(cuts[1:-1])


WORD_BREAK = ('<p class="MsoNormal"><span lang="EN-US" style="font-size:10.5pt"><br clear="all" '
              'style="page-break-before:always"></span></p>\n')


def word_para(text: str, heading: bool) -> str:
    font = "黑体" if heading else "仿宋_GB2312"
    return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt">'
            f'<span style="font-size:16.0pt;font-family:{font}">{escape(text)}<span lang="EN-US"><o:p></o:p>'
            "</span></span></p>")


def plain_para(text: str, heading: bool) -> str:
    return f"<p>{'<strong>' if heading else ''}{escape(text)}{'</strong>' if heading else ''}</p>"


# -- decoys: pages that look like reports and are not -----------------------------------------

def decoy_text(title: str, agency: str, year: int, rng: random.Random) -> list[str]:
    """Paragraphs of a non-report page of the kind its title says (函, 公告, 法治政府建设年度报告, 政府网站
    工作年度报表, 工作要点, 公开指南, 决算, 统计年报, 解读) — written to mention 年度报告 and numbers, as real
    ones do."""
    n = rng.randint(120, 9000)
    if "函" in title:
        return [f"各乡镇人民政府、街道办事处，{agency}各部门：",
                f"根据《中华人民共和国政府信息公开条例》规定，现将报送{year}年度政府信息公开工作年度报告有关事项函告如下："
                f"请各单位于{year + 1}年1月20日前将本单位{year}年政府信息公开工作年度报告报送{agency}办公室，"
                "同时在本单位门户网站公开。", "联系人：张某某，联系电话：0000-1234567。"]
    if "法治政府" in title:
        return [f"{year}年，{agency}深入学习贯彻习近平法治思想，全面推进法治政府建设，现将有关情况报告如下。",
                f"一、主要举措和成效。全年制定行政规范性文件{rng.randint(2, 20)}件，"
                f"办理行政复议案件{rng.randint(1, 40)}件。",
                "二、存在的不足和原因。三、下一步工作安排。"]
    if "报表" in title:
        return [f"政府网站工作年度报表（{year}年度）", f"填报单位：{agency}",
                f"网站名称：{agency}门户网站；独立用户访问总量：{n}个；网站总访问量：{n * 7}次；"
                f"信息发布总数：{rng.randint(300, 3000)}条；其中政务动态信息更新量{rng.randint(100, 900)}条。"]
    if "要点" in title:
        return [f"为深入贯彻落实《中华人民共和国政府信息公开条例》，做好{year}年政务公开工作，制定本要点。",
                "一、围绕稳住经济大盘加强政策发布解读。二、围绕保障改善民生加强信息公开。三、做好政府信息公开工作年度报告编制发布。"]
    if "指南" in title:
        return [f"为了更好地提供政府信息公开服务，依据《中华人民共和国政府信息公开条例》，编制本指南（{year}年版）。",
                "一、主动公开。（一）公开范围；（二）公开形式；（三）公开时限。二、依申请公开。三、收费标准：不收取费用。",
                f"四、监督和救济。每年1月31日前公布上一年度政府信息公开工作年度报告。受理机构：{agency}办公室。"]
    if "决算" in title:
        return [f"{agency}{year}年度决算已经批准，现予公开。", f"一般公共预算收入{n}万元，支出{n * 3}万元；"
                f"政府性基金预算支出{rng.randint(100, 9000)}万元。", "附表：收入支出决算总表、财政拨款收入支出决算表。"]
    if "统计" in title:
        return [f"{year}年，{agency}全年地区生产总值{n}亿元，比上年增长{rng.randint(1, 9)}.{rng.randint(0, 9)}%。",
                f"年末常住人口{rng.randint(10, 90)}.{rng.randint(0, 9)}万人；"
                f"规模以上工业企业{rng.randint(20, 400)}家。",
                "注：本年报数据为初步统计数。"]
    if "公告" in title:
        return [f"根据有关规定，{agency}{year}年政府信息公开工作年度报告已编制完成，现予公告。",
                "公众可通过门户网站“政府信息公开年报”栏目查阅。", f"特此公告。{agency}"]
    return [f"{year}年，{agency}共主动公开政府信息{n}条，新收政府信息公开申请{rng.randint(3, 90)}件。",
            "现将年度报告主要内容解读如下：一是主动公开情况；二是依申请公开情况；三是复议诉讼情况。",
            "以上为年度报告解读内容，报告全文请见政府信息公开年报栏目。"]
