"""杉坪县 (www.shanping.gov.test): a county's 部门、乡镇年报 page of cards linking departments'
own 年报 columns on their sub-hosts.

``/zwgk/bmxzxxgknb/index.html`` (family ``hub``) is a grid of cards, "共收录5个单位": each
department's card has its short name (县财政局 — the agency is 杉坪县财政局) and one link "进入年报
专栏" to the department's column on its own sub-host (``czj.``, ``mzj.``, ``slj.``); each township's
card (青石镇, 白沙镇 — agencies 杉坪县青石镇人民政府 …) links its 2024 report page on the county host
directly, with the link text "2024年度".  The department columns are small sites of their own
(``/zfxxgk/ndbg/index.html``) whose entries say only "2024年度报告" / "2023年度报告": the department
is named by the sub-site's header and SiteName meta.  The water bureau's 2024 entry is the PDF
itself.  The civil-affairs column also lists its 法治政府建设年度报告; a 函 sits in the hub's
"通知" box (portals.md §7: city 部门年报 pages).
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.shanping.gov.test"
SITE = "shanping-bmnb"
COUNTY = "杉坪县"
HUB = "/zwgk/bmxzxxgknb/index.html"
DEPARTMENTS = {"czj.shanping.gov.test": "财政局", "mzj.shanping.gov.test": "民政局", "slj.shanping.gov.test": "水利局"}
TOWNS = ("青石镇", "白沙镇")


def page(site: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">'
        f'<title>{escape(title)}</title></head><body><div class="sp-top"><b>{site}</b>'
        '<span><a href="javascript:;" onclick="wzaStart()">无障碍</a> <a href="http://www.shanping.gov.test/">'
        f'杉坪县人民政府</a></span></div><div class="sp-main">{inner}</div><div class="sp-foot">主办：{site} '
        '网站标识码：9822270007 技术支持：杉坪县信息中心<br>您是第<span id="siteFlowId">0</span>位访客</div>'
        "</body></html>"
    )


class HubShanping(UnseenPortal):
    hosts = (HOST, *DEPARTMENTS)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        cards = []
        for host, short in DEPARTMENTS.items():
            self.department(host, short)
            cards.append(f'<div class="card"><h4>县{short}</h4><a href="http://{host}/zfxxgk/ndbg/index.html" '
                         'target="_blank">进入年报专栏</a></div>')
        for town in TOWNS:
            url = self.town(town)
            cards.append(f'<div class="card"><h4>{town}</h4><a href="{url}" target="_blank">2024年度</a></div>')
        letter = self.county_notice("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", "2024-12-16")
        inner = ('<div class="crumb">首页 &gt; 政务公开 &gt; 部门、乡镇政府信息公开年报</div>'
                 f'<h2>部门、乡镇政府信息公开年报</h2><p class="count">共收录{len(cards)}个单位</p>'
                 f'<div class="cards">{"".join(cards)}</div><div class="tz"><h3>通知</h3><ul><li>'
                 f'<a href="{letter}">关于做好2024年度政府信息公开工作年度报告编制发布工作的函</a></li></ul></div>')
        self.put(HOST, HUB, page("杉坪县人民政府", "部门、乡镇政府信息公开年报", inner))

    def body(self, doc: ReportDoc) -> str:
        return body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')

    def department(self, host: str, short: str) -> None:
        site = f"{COUNTY}{short}"
        rows = []
        for year in (2024, 2023):
            date = f"{year + 1}-01-{self.rng.randint(14, 30)}"
            doc = make_doc(self.rng, site, year, date, title=f"{year}年度报告")
            name = f"{date.replace('-', '')}{self.rng.randint(100, 999)}"
            if short == "水利局" and year == 2024:
                url = self.put_pdf(host, f"/zfxxgk/ndbg/files/{name}.pdf", doc)
                self.report(SITE, url, doc, media_type="application/pdf")
            else:
                inner = (f'<div class="crumb">首页 &gt; 政府信息公开 &gt; 年度报告</div><h2>{year}年度报告</h2>'
                         f'<div class="info">发布时间：{date}</div><div class="text">{self.body(doc)}</div>')
                url = self.put(host, f"/zfxxgk/ndbg/{name}.html", page(site, f"{year}年度报告", inner))
                self.report(SITE, url, doc)
            rows.append(f'<li><a href="{url}">{year}年度报告</a><span>{date}</span></li>')
        if short == "民政局":
            title = f"{site}2024年法治政府建设年度报告"
            content = "".join(plain_para(p, False) for p in decoy_text(title, site, 2024, self.rng))
            inner = f"<h2>{escape(title)}</h2><div class=\"text\">{content}</div>"
            url = self.put(host, "/zfxxgk/ndbg/20250326101.html", page(site, title, inner))
            self.decoy(SITE, url, title)
            rows.insert(0, f'<li><a href="{url}">{escape(title)}</a><span>2025-03-26</span></li>')
        inner = (f'<div class="crumb">首页 &gt; 政府信息公开 &gt; 年度报告</div><h2>{site}政府信息公开年度报告</h2>'
                 f'<ul class="list">{"".join(rows)}</ul>')
        self.put(host, "/zfxxgk/ndbg/index.html", page(site, "年度报告", inner))

    def town(self, town: str) -> str:
        date = f"2025-01-{self.rng.randint(14, 30)}"
        doc = make_doc(self.rng, f"{town}人民政府", 2024, date, title=f"{town}2024年政府信息公开工作年度报告")
        inner = (f'<div class="crumb">首页 &gt; 政务公开 &gt; 部门、乡镇政府信息公开年报</div><h2>{escape(doc.title)}'
                 '</h2>'
                 f'<div class="info">发布时间：{date} 来源：{town}人民政府</div><div class="text">{self.body(doc)}'
                 '</div>')
        url = self.put(HOST, f"/zwgk/bmxzxxgknb/{date[:7].replace('-', '')}/{self.rng.randint(10**5, 10**6)}.html",
                       page("杉坪县人民政府", doc.title, inner))
        self.report(SITE, url, dataclasses.replace(doc, agency_name=COUNTY + doc.agency_name))
        return url

    def county_notice(self, title: str, date: str) -> str:
        content = "".join(plain_para(p, False) for p in decoy_text(title, "杉坪县人民政府", 2024, self.rng))
        inner = f"<h2>{escape(title)}</h2><div class=\"info\">发布时间：{date}</div><div class=\"text\">{content}</div>"
        url = self.put(HOST, f"/zwgk/tzgg/{date[:7].replace('-', '')}/{self.rng.randint(10**5, 10**6)}.html",
                       page("杉坪县人民政府", title, inner))
        self.decoy(SITE, url, title)
        return url


PORTALS = [HubShanping]
