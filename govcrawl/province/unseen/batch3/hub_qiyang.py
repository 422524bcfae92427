"""蕲阳县 (www.qiyang.gov.test): a county's 部门、乡镇年报 page laid out as a unit × year matrix.

``/xxgk/bmxznb/index.html`` (family ``hub``) is a table whose rows are units named the short way
(县财政局, 城关镇 — the agencies are 蕲阳县财政局, 蕲阳县城关镇人民政府) and whose columns are years
("2024年度", "2023年度"); each cell's link text is only "查看", and an empty cell is "—".  The matrix
spans two pages (``index.html``, ``index_1.html``; the pager is plain links "共2页 1 2 下一页").  Cells
link a report page on the county host, a report page on the unit's own sub-host (``jyj.``), a PDF
or a .docx directly.  One unit mislinked its 2024 cell to its 法治政府建设年度报告; a 函 sits in the
"相关通知" box under the table.  Township pages title their reports "城关镇2024年…".
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

WWW = "www.qiyang.gov.test"
JYJ = "jyj.qiyang.gov.test"
SITE = "qiyang-bmxznb"
COUNTY = "蕲阳县"
HUB = "/xxgk/bmxznb/"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
YEARS = (2024, 2023)
# (short name as the row prints it, agency, {year: how the cell links it}); "page": a report page on
# the county host, "sub": on the unit's sub-host, "pdf"/"docx": the file itself, "law": a mislink.
UNITS: tuple[tuple[str, str, dict[int, str]], ...] = (
    ("县财政局", "蕲阳县财政局", {2024: "page", 2023: "page"}),
    ("县教育局", "蕲阳县教育局", {2024: "sub", 2023: "sub"}),
    ("县卫生健康局", "蕲阳县卫生健康局", {2024: "pdf"}),
    ("县民政局", "蕲阳县民政局", {2024: "docx"}),
    ("城关镇", "蕲阳县城关镇人民政府", {2024: "page"}),
    ("河口乡", "蕲阳县河口乡人民政府", {2024: "page", 2023: "pdf"}),
    ("县司法局", "蕲阳县司法局", {2024: "law"}),
    ("县审计局", "蕲阳县审计局", {2024: "page"}),
)
ROWS_PER_PAGE = 5


class HubQiyang(UnseenPortal):
    hosts = (WWW, JYJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 3_310_500
        cells: dict[tuple[str, int], str] = {}
        for short, agency, links in UNITS:
            for year, how in links.items():
                cells[(short, year)] = self.publish(short, agency, year, how)
        notice = self.page(WWW, "2024-12-12", "蕲阳县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", None)
        chunks = [UNITS[i: i + ROWS_PER_PAGE] for i in range(0, len(UNITS), ROWS_PER_PAGE)]
        for index, chunk in enumerate(chunks):
            name = "index.html" if index == 0 else f"index_{index}.html"
            self.put(WWW, HUB + name, self.hub_page(chunk, cells, index, len(chunks), notice))

    def next_path(self, root: str, date: str) -> str:
        self.docid += self.rng.randint(9, 800)
        return f"{root}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.html"

    def publish(self, short: str, agency: str, year: int, how: str) -> str:
        rng = self.rng
        date = f"{year + 1}-01-{rng.randint(10, 30)}"
        if how == "law":
            return self.page(WWW, f"{year + 1}-03-{rng.randint(10, 28)}", f"{agency}{year}年法治政府建设年度报告", None)
        name = short if short.endswith(("镇", "乡")) else agency
        doc_agency = f"{short}人民政府" if short.endswith(("镇", "乡")) else agency
        doc = make_doc(rng, doc_agency, year, date, title=f"{name}{year}年政府信息公开工作年度报告")
        truth = dataclasses.replace(doc, agency_name=agency)
        if how == "pdf":
            url = self.put_pdf(WWW, f"/uploadfile/{year + 1}/{date[5:].replace('-', '')}/"
                                    f"{rng.randint(10**13, 10**14 - 1)}.pdf", doc)
            self.report(SITE, url, truth, media_type="application/pdf")
            return url
        if how == "docx":
            url = self.put(WWW, f"/uploadfile/{year + 1}/{date[5:].replace('-', '')}/"
                                f"{rng.randint(10**13, 10**14 - 1)}.docx", render_docx(doc), DOCX)
            self.report(SITE, url, truth, media_type=DOCX)
            return url
        return self.page(JYJ if how == "sub" else WWW, date, doc.title, doc, truth)

    def page(self, host: str, date: str, title: str, doc: ReportDoc | None, truth: ReportDoc | None = None) -> str:
        if doc is not None:
            content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        else:
            content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, COUNTY, int(date[:4]) - 1, self.rng))
        site = "蕲阳县教育局" if host == JYJ else "蕲阳县人民政府"
        path = self.next_path("/xxgk/nb/" if host == JYJ else HUB, date)
        html = (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<title>{escape(title)}-{site}</title></head><body><div class="head">{site}</div>'
            f'<div class="article"><h2>{escape(title)}</h2><p class="meta">发布日期：{date}　浏览量：'
            f'<span id="hits"></span></p><div class="TRS_Editor">{content}</div></div>'
            f'<div class="foot">主办：{site} 网站标识码：98142600{11 if host == JYJ else 10}</div></body></html>'
        )
        url = self.put(host, path, html)
        if truth is not None:
            self.report(SITE, url, truth)
        else:
            self.decoy(SITE, url, title)
        return url

    def hub_page(self, chunk: tuple[tuple[str, str, dict[int, str]], ...], cells: dict[tuple[str, int], str],
                 index: int, count: int, notice: str) -> str:
        head = "".join(f"<th>{y}年度</th>" for y in YEARS)
        rows = "".join(
            f"<tr><td class=\"dw\">{short}</td>"
            + "".join(f'<td><a href="{cells[(short, y)]}" target="_blank">查看</a></td>' if (short, y) in cells
                      else "<td>—</td>" for y in YEARS) + "</tr>"
            for short, _, _ in chunk)
        names = ["index.html"] + [f"index_{i}.html" for i in range(1, count)]
        numbers = " ".join(str(i + 1) if i == index else f'<a href="{n}">{i + 1}</a>' for i, n in enumerate(names))
        nxt = f' <a href="{names[index + 1]}">下一页</a>' if index + 1 < count else ""
        prev = f'<a href="{names[index - 1]}">上一页</a> ' if index > 0 else ""
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="ColumnName" content="部门、乡镇年报">'
            '<title>部门、乡镇政府信息公开年报-蕲阳县人民政府</title></head><body>'
            '<div class="head">蕲阳县人民政府 <a href="javascript:;">无障碍</a></div>'
            '<div class="crumb">首页 &gt; 政府信息公开 &gt; 政府信息公开年报 &gt; 部门、乡镇年报</div>'
            f'<table class="nb-matrix" border="1"><tr><th>单位名称</th>{head}</tr>{rows}</table>'
            f'<div class="pages">共{count}页 {prev}{numbers}{nxt}</div>'
            f'<div class="xgtz"><h4>相关通知</h4><ul><li><a href="{notice}">'
            '关于报送2024年度政府信息公开工作年度报告的函</a></li></ul></div>'
            '<div class="foot">网站标识码：9814260010</div></body></html>'
        )


PORTALS = [HubQiyang]
