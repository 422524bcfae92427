"""萸溪县 (www.yuxi.gov.test): a county page of every unit's 年报, year by year in tabs, whose links
name only the unit.

The registry entry says ``cms: auto``.  ``/zwgk/ndbg/index.html`` is one static page: a tab bar
(``<li onclick="showTab(n)">2024年度</li>``) over one ``<div class="tab-con">`` per year, all in the
page (the inactive ones ``display:none``); each holds a grid ``<table class="nb-units">`` of unit
links whose text is only the unit ("县人民政府", "县发展和改革局", "龙潭镇"); the year is in the tab and
in a caption "2024年度政府信息公开工作年度报告" above the grid (portals.md §7: city 部门年报 pages; the
link text names no year here).  Links go to report pages on the county host
(``/zwgk/ndbg/<YYYY>/<unit>.html``, titled in full) and, for the agriculture bureau, to the PDF
itself.  The county's 2024 cell also links its 解读; a "相关链接" box beside the tabs links the
county's 政府网站工作年度报表.  Agencies: 萸溪县人民政府, 萸溪县发展和改革局, 萸溪县农业农村局,
萸溪县龙潭镇人民政府.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.yuxi.gov.test"
SITE = "yuxi-ndbg"
COUNTY = "萸溪县"
OWNER = "萸溪县人民政府"
ROOT = "/zwgk/ndbg/"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="萸溪县人民政府">'
        f"{metas}<title>{escape(title)} - 萸溪县人民政府</title><style>.tab-con{{display:none}}"
        ".tab-con.on{display:block}</style></head><body>"
        '<div class="yx-top"><span>欢迎访问萸溪县人民政府门户网站</span><a href="javascript:;">繁體</a>'
        '<a href="javascript:;">无障碍</a></div><div class="yx-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a>'
        '<a href="/zwfw/">政务服务</a><a href="/hdjl/">政民互动</a></div>'
        f'<div class="yx-main">{inner}</div><div class="yx-foot">萸溪县人民政府办公室 主办　网站标识码：9825480012　'
        "本站已支持IPV6访问</div></body></html>"
    )


class AutoYuxi(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.cells: dict[int, list[str]] = {2024: [], 2023: []}
        units = [
            (2024, OWNER, "县人民政府", "xrmzf"),
            (2024, "萸溪县发展和改革局", "县发展和改革局", "xfgj"),
            (2024, "萸溪县农业农村局", "县农业农村局", "xnyj"),
            (2024, "萸溪县龙潭镇人民政府", "龙潭镇", "ltz"),
            (2023, OWNER, "县人民政府", "xrmzf"),
            (2023, "萸溪县发展和改革局", "县发展和改革局", "xfgj"),
        ]
        for year, agency, short, slug in units:
            date = f"{year + 1}-01-{self.rng.randint(14, 30)}"
            doc = make_doc(self.rng, agency, year, date)
            if slug == "xnyj":
                stamp = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}"
                url = self.put_pdf(HOST, f"{ROOT}{year}/{stamp}.pdf", doc)
                self.report(SITE, url, doc, media_type=PDF)
            else:
                url = self.page(f"{ROOT}{year}/{slug}.html", doc.title, date, agency, self.body(doc))
                self.report(SITE, url, doc)
            link = f'<a href="{url}" target="_blank">{short}</a>'
            if year == 2024 and slug == "xrmzf":
                link += " " + self.reading()
            self.cells[year].append(link)
        title = "萸溪县人民政府门户网站2024年政府网站工作年度报表"
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, 2024, self.rng))
        sheet = self.page(f"{ROOT}2024/wzbb.html", title, "2025-01-12", "县政府办公室", body)
        self.decoy(SITE, sheet, title)
        self.put(HOST, ROOT + "index.html", self.index(sheet))

    @staticmethod
    def body(doc: ReportDoc) -> str:
        return body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="5" width="100%">')

    def page(self, path: str, title: str, date: str, source: str, body: str) -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            f'<div class="yx-crumb"><a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » <a href="{ROOT}">'
            f'政府信息公开年度报告</a></div><div class="yx-detail"><div class="yx-detail-title">{escape(title)}</div>'
            f'<div class="yx-detail-sub">{date}　{escape(source)}</div><div class="yx-detail-body">{body}</div></div>'
        )
        return self.put(HOST, path, frame(title, inner, metas))

    def reading(self) -> str:
        title = "萸溪县人民政府2024年政府信息公开工作年度报告解读"
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, 2024, self.rng))
        url = self.page(f"{ROOT}2024/xrmzf_jd.html", title, "2025-01-28", "县政府办公室", body)
        self.decoy(SITE, url, title)
        return f'<a href="{url}" target="_blank" class="jd">解读</a>'

    def index(self, sheet: str) -> str:
        tabs = "".join(
            f'<li class="{"on" if n == 0 else ""}" onclick="showTab({n})">{year}年度</li>'
            for n, year in enumerate(self.cells)
        )
        cons = []
        for n, (year, cells) in enumerate(self.cells.items()):
            rows = ["".join(f"<td>{c}</td>" for c in cells[i : i + 3]) for i in range(0, len(cells), 3)]
            cons.append(
                f'<div class="tab-con{" on" if n == 0 else ""}"><p class="cap">{year}年度政府信息公开工作年度报告</p>'
                '<table class="nb-units" width="100%">' + "".join(f"<tr>{r}</tr>" for r in rows) + "</table></div>"
            )
        inner = (
            '<div class="yx-crumb"><a href="/">首页</a> » <a href="/zwgk/">政务公开</a> » 政府信息公开年度报告</div>'
            f'<div class="yx-left"><ul class="tab-t">{tabs}</ul>{"".join(cons)}</div>'
            f'<div class="yx-right"><h4>相关链接</h4><ul><li><a href="{sheet}">政府网站工作年度报表</a></li>'
            '<li><a href="/zwgk/zfxxgkzn/">政府信息公开指南</a></li></ul></div>'
            "<script>function showTab(n){var c=document.querySelectorAll('.tab-con'),t=document.querySelectorAll"
            "('.tab-t li');for(var i=0;i<c.length;i++){c[i].className=i==n?'tab-con on':'tab-con';"
            "t[i].className=i==n?'on':''}}</script>"
        )
        return frame("政府信息公开年度报告", inner, '<meta name="ColumnName" content="政府信息公开年度报告">')


PORTALS = [AutoYuxi]
