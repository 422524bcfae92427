"""陂源县 (www.beiyuan.gov.test): a county's 部门年报 page of ``<dl>`` blocks, two pages long.

``/xxgk/bmnb/index.html`` (family ``hub``) lists units as ``<dl><dt>县自然资源局</dt><dd><a>2024年</a>
<a>2023年</a></dd></dl>`` — the unit named the short way in the ``<dt>`` (the agency is 陂源县自然资源局),
each link saying only the year (portals.md §7: city 部门年报 pages).  "共6个单位　第1/2页" with a
plain 下一页 link to ``index_1.html``.  Links go to a report page on the county host
(``/xxgk/bmnb/<unit>/<stamp>.html``), to the natural-resources bureau's own sub-host (``zrzyj.``),
to a PDF or a .docx directly.  Township blocks (桐木乡 — agency 陂源县桐木乡人民政府) title their
pages "桐木乡2024年度政府信息公开工作年度报告".  One unit's block also links its
"2024年法治政府建设年度报告" (link text "法治政府建设年度报告（2024）"); a 函 sits in the page's 通知公告 box.
"""

from __future__ import annotations

import dataclasses
import random
import zlib
from html import escape

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

HOST = "www.beiyuan.gov.test"
SUB = "zrzyj.beiyuan.gov.test"
SITE = "beiyuan-bmnb"
COUNTY = "陂源县"
HUB = "/xxgk/bmnb/"
# (short name in the <dt>, full unit name, years, how each year is published)
UNITS = (
    ("县自然资源局", "自然资源局", {2024: "sub", 2023: "sub"}),
    ("县人力资源和社会保障局", "人力资源和社会保障局", {2024: "html", 2023: "pdf"}),
    ("县卫生健康局", "卫生健康局", {2024: "docx", 2023: "html"}),
    ("县市场监督管理局", "市场监督管理局", {2024: "html"}),
    ("桐木乡", "桐木乡人民政府", {2024: "html", 2023: "html"}),
    ("石桥镇", "石桥镇人民政府", {2024: "pdf"}),
)
PER_PAGE = 4


def page(site: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">'
        f'<title>{escape(title)}</title></head><body><div class="by-top">{site}<span>'
        '<a href="javascript:;" onclick="wza()">无障碍</a> <a href="/">返回首页</a></span></div>'
        f'<div class="by-main">{inner}</div><div class="by-foot">主办：陂源县人民政府办公室　网站标识码：9824350002'
        '　技术支持：陂源县大数据中心</div></body></html>'
    )


class HubBeiyuan(UnseenPortal):
    hosts = (HOST, SUB)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        blocks = [self.unit(short, name, years) for short, name, years in UNITS]
        letter = self.notice(HOST, "关于报送2024年度政府信息公开工作年度报告的函", f"{COUNTY}人民政府办公室", 2024)
        pages = [blocks[i: i + PER_PAGE] for i in range(0, len(blocks), PER_PAGE)]
        for index, chunk in enumerate(pages):
            nav = f"共{len(blocks)}个单位　第{index + 1}/{len(pages)}页"
            if index + 1 < len(pages):
                nav += f' <a href="index_{index + 1}.html">下一页</a>'
            if index > 0:
                nav += f' <a href="{"index.html" if index == 1 else f"index_{index - 1}.html"}">上一页</a>'
            inner = ('<div class="crumb">首页 &gt; 政府信息公开 &gt; 部门信息公开年报</div><h2>部门信息公开年报</h2>'
                     f'<div class="units">{"".join(chunk)}</div><div class="pg">{nav}</div><div class="tzgg"><h3>'
                     f'通知公告</h3><ul><li><a href="{letter}">关于报送2024年度政府信息公开工作年度报告的函</a></li>'
                     '</ul></div>')
            name = "index.html" if index == 0 else f"index_{index}.html"
            self.put(HOST, HUB + name, page(f"{COUNTY}人民政府", "部门信息公开年报", inner))

    def unit(self, short: str, name: str, years: dict[int, str]) -> str:
        agency = COUNTY + name
        links = []
        for year, how in years.items():
            date = f"{year + 1}-0{self.rng.randint(1, 2)}-{self.rng.randint(10, 28)}"
            title = (f"{name.removesuffix('人民政府')}{year}年度政府信息公开工作年度报告" if name.endswith("人民政府")
                     else f"{agency}{year}年政府信息公开工作年度报告")
            doc = make_doc(self.rng, agency, year, date, title=title, site_name=agency)
            doc = dataclasses.replace(doc, agency_name=agency)
            stamp = f"{date.replace('-', '')}{self.rng.randint(100, 999)}"
            folder = f"{HUB}{zlib.crc32(name.encode()) % 1000:03d}/"
            if how == "pdf":
                url = self.put_pdf(HOST, f"{folder}{stamp}.pdf", doc)
                self.report(SITE, url, doc, media_type=PDF)
            elif how == "docx":
                url = self.put(HOST, f"{folder}{stamp}.docx", render_docx(doc), DOCX)
                self.report(SITE, url, doc, media_type=DOCX)
            else:
                host, path = (SUB, f"/zwgk/ndbg/{stamp}.html") if how == "sub" else (HOST, f"{folder}{stamp}.html")
                body = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
                inner = (f'<h1>{escape(title)}</h1><div class="info">发布日期：{date}　发布单位：{agency}</div>'
                         f'<div class="zw">{body}</div>')
                url = self.put(host, path, page(agency if how == "sub" else f"{COUNTY}人民政府", title, inner))
                self.report(SITE, url, doc)
            links.append(f'<a href="{url}" target="_blank">{year}年</a>')
        if name == "市场监督管理局":
            title = f"{agency}2024年法治政府建设年度报告"
            url = self.notice(HOST, title, agency, 2024)
            links.append(f'<a href="{url}" target="_blank">法治政府建设年度报告（2024）</a>')
        return f'<dl class="unit"><dt>{short}</dt><dd>{" ".join(links)}</dd></dl>'

    def notice(self, host: str, title: str, agency: str, year: int) -> str:
        body = "".join(plain_para(p, False) for p in decoy_text(title, agency, year, self.rng))
        url = self.put(host, f"/xxgk/tzgg/{self.rng.randint(10**6, 10**7)}.html",
                       page(f"{COUNTY}人民政府", title, f"<h1>{escape(title)}</h1><div class=\"zw\">{body}</div>"))
        self.decoy(SITE, url, title)
        return url


PORTALS = [HubBeiyuan]
