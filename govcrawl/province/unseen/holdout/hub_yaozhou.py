"""瑶州市 (www.yaozhou.gov.test): a city page of its districts' 年报, with year tabs.

``/zwgk/qxnb/2024/index.html`` (the registry's start page, family ``hub``) and ``…/2023/`` are
year tabs of one table: one row per district, whose name says only 某某区 (the agencies are
瑶州市某某区人民政府), linking the district's report on its own sub-host (``yb.``, ``yn.``, ``yd.``)
with the link text "2024年度" (portals.md §7).  One 2023 link is the PDF itself; a row of the 2024
tab also links a 解读.  The districts' pages title their reports "瑶北区人民政府2024年…" or
"2024年瑶南区政府信息公开工作年度报告".
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

WWW = "www.yaozhou.gov.test"
SITE = "yaozhou-qxnb"
CITY = "瑶州市"
DISTRICTS = (("瑶北区", "yb"), ("瑶南区", "yn"), ("瑶东区", "yd"))


class HubYaozhou(UnseenPortal):
    hosts = (WWW, *(f"{code}.yaozhou.gov.test" for _, code in DISTRICTS))
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.seq = 33_000
        tabs: dict[int, list[str]] = {2024: [], 2023: []}
        for year in tabs:
            for n, (name, code) in enumerate(DISTRICTS):
                host = f"{code}.yaozhou.gov.test"
                title = (f"{name}人民政府{year}年政府信息公开工作年度报告" if n != 1
                         else f"{year}年{name}政府信息公开工作年度报告")
                doc = make_doc(rng, f"{name}人民政府", year, f"{year + 1}-01-{rng.randint(12, 30)}", title=title)
                truth_doc = dataclasses.replace(doc, agency_name=f"{CITY}{name}人民政府")
                if year == 2023 and n == 2:
                    url = self.put_pdf(host, f"/uploadfiles/{year + 1}01/{rng.randint(10**9, 10**10)}.pdf", doc)
                    self.report(SITE, url, truth_doc, media_type="application/pdf")
                else:
                    url = self.publish(host, doc, name)
                    self.report(SITE, url, truth_doc)
                extra = ""
                if year == 2024 and n == 0:
                    decoy_title = f"{name}2024年政府信息公开工作年度报告解读"
                    decoy_url = self.notice(host, decoy_title, "2025-02-08", name)
                    extra = f' <a href="{decoy_url}" target="_blank">解读</a>'
                tabs[year].append(f'<tr><td>{name}</td><td><a href="{url}" target="_blank">{year}年度</a>{extra}</td>'
                                  f"<td>{doc.published_date}</td></tr>")
        for year, rows in tabs.items():
            tab_links = "".join(f'<li class="{"on" if y == year else ""}"><a href="../{y}/index.html">{y}年度</a></li>'
                                for y in tabs)
            inner = ('<div class="loc">当前位置：首页 &gt; 政务公开 &gt; 区县政府信息公开年报</div>'
                     f'<ul class="tabs">{tab_links}'
                     '</ul><table class="qxnb"><tr><th>区县</th><th>年度报告</th><th>发布日期</th></tr>'
                     f'{"".join(rows)}</table>')
            self.put(WWW, f"/zwgk/qxnb/{year}/index.html", self.frame("瑶州市人民政府", "区县政府信息公开年报", inner))

    @staticmethod
    def frame(site: str, title: str, inner: str) -> str:
        return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
                f'<meta name="SiteName" content="{escape(site)}"><title>{escape(title)}-{escape(site)}</title></head>'
                f'<body><div class="top">{escape(site)}</div><div class="main">{inner}</div>'
                f'<div class="foot">{escape(site)} 主办</div></body></html>')

    def publish(self, host: str, doc: ReportDoc, name: str) -> str:
        self.seq += self.rng.randint(5, 400)
        path = f"/zwgk/xxgk/nb/{(doc.published_date or '')[:7].replace('-', '')}/{self.seq}.html"
        content = body_html(doc, plain_para, plain_cell, '<table class="ke-zeroborder" border="1" cellspacing="0">')
        inner = (f'<h1>{escape(doc.title)}</h1>'
                 f'<div class="info">发布时间：{doc.published_date} 来源：{name}政府办</div>'
                 f'<div class="TRS_UEDITOR">{content}</div>')
        return self.put(host, path, self.frame(f"{name}人民政府", doc.title, inner))

    def notice(self, host: str, title: str, date: str, name: str) -> str:
        self.seq += self.rng.randint(5, 400)
        path = f"/zwgk/xxgk/nb/{date[:7].replace('-', '')}/{self.seq}.html"
        body = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, name, int(date[:4]) - 1, self.rng))
        url = self.put(host, path, self.frame(f"{name}人民政府", title, f"<h1>{escape(title)}</h1>{body}"))
        self.decoy(SITE, url, title)
        return url


PORTALS = [HubYaozhou]
