"""澦州市 (www.yuzhou.gov.test; fgw., tjj., jtj.yuzhou.gov.test): a city 部门年报 page whose own reports
sit in a box of bare year links, and whose departments are rows of a 序号 | 部门 | 年报栏目 table, each
linking only to the department's own 年报 list on its sub-host ("进入栏目") — the department named there
the short way (市发改委, 市统计局, 市交通局).

``/zwgk/bmndbg/index.html`` (family ``hub``): ``<div class="yz-city"><h3>市政府年报</h3>`` with links whose text
is only "2024年度" … "2022年度" (2024 the PDF itself, ``/uploadfile/…pdf``), then ``<table class="yz-bm">``
with "共 3 个部门" above it.  Each sub-host's ``/xxgk/ndbg/index.html`` is a one-page list: ``<p
class="total">本栏目共 N 篇</p>`` above ``<div class="art-item"><a href="./YYYYMM/<id>.html">…</a><em>发布日期：
2025-01-20</em></div>`` rows.  Department articles are titled "2024年度政府信息公开工作年度报告" (the unit is
in the sub-host's chrome, ``<meta name="ContentSource">`` and a 发布机构 line); the 发改委's 2024 report is a
DOCX in a ``ul.fj`` after the body and the 交通局's 2023 report an OFD the same way.

Reports (8): 澦州市人民政府 2022–2024 (2024 PDF), 澦州市发展和改革委员会 2023, 2024 (DOCX), 澦州市统计局 2024,
澦州市交通运输局 2023 (OFD), 2024.  Decoys (3): 澦州市发展和改革委员会2024年度法治政府建设年度报告 (fgw list),
澦州市2024年国民经济和社会发展统计公报 (tjj list), 澦州市人民政府办公室关于报送2024年度政府信息公开工作年度报告的函
(www, linked from the hub's 通知 line).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch24._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

WWW = "www.yuzhou.gov.test"
SITE = "yuzhou-bmnb"
OWNER = "澦州市人民政府"
UNITS = (("fgw", "澦州市发展和改革委员会", "市发改委"), ("tjj", "澦州市统计局", "市统计局"),
         ("jtj", "澦州市交通运输局", "市交通局"))


def frame(site: str, title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(site)}">{extra}<title>'
        f'{esc(title)}</title></head><body><div class="yz-head"><span class="yz-site">{esc(site)}</span><a '
        'href="http://www.yuzhou.gov.test/">澦州市人民政府门户网站</a></div><div class="yz-nav"><a href="/">首页</a><a '
        f'href="/xxgk/">信息公开</a></div>{inner}<div class="yz-foot">主办：{esc(site)}　网站标识码：9874070007　'
        '未ICP备09001234号</div></body></html>'
    )


class HubYuzhou(Site):
    hosts = (WWW,) + tuple(f"{u}.yuzhou.gov.test" for u, _, _ in UNITS)
    site_ids = (SITE,)
    first_id = 196_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.lists: dict[str, list[tuple[str, str, str]]] = {u: [] for u, _, _ in UNITS}
        city: list[tuple[int, str]] = []
        for year, day in ((2022, 19), (2023, 22)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"澦州市人民政府{year}年政府信息公开工作年度报告")
            url = self.article(WWW, "/zwgk/zfxxgknb/", OWNER, doc.title, doc.published_date or "",
                               self.body(doc, word=year < 2021))
            self.report(SITE, url, doc)
            city.append((year, url))
        doc = self.doc(OWNER, 2024, "2025-01-21", "澦州市人民政府2024年政府信息公开工作年度报告")
        url = self.attach(WWW, f"/uploadfile/2025/0121/{self.rng.getrandbits(64):016x}.pdf", doc, "pdf")
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=url)
        city.append((2024, url))
        for unit, agency, year, date, kind in (("fgw", "澦州市发展和改革委员会", 2023, "2024-01-17", None),
                                               ("fgw", "澦州市发展和改革委员会", 2024, "2025-01-20", "docx"),
                                               ("tjj", "澦州市统计局", 2024, "2025-01-16", None),
                                               ("jtj", "澦州市交通运输局", 2023, "2024-01-23", "ofd"),
                                               ("jtj", "澦州市交通运输局", 2024, "2025-01-22", None)):
            self.unit_report(unit, self.doc(agency, year, date, f"{year}年度政府信息公开工作年度报告"), kind)
        for unit, agency, title, year, date in (
                ("fgw", "澦州市发展和改革委员会", "澦州市发展和改革委员会2024年度法治政府建设年度报告", 2024,
                 "2025-03-12"),
                ("tjj", "澦州市统计局", "澦州市2024年国民经济和社会发展统计公报", 2024, "2025-03-28")):
            host = f"{unit}.yuzhou.gov.test"
            self.decoy(SITE, self.article(host, "/xxgk/ndbg/", agency, title, date,
                                          self.decoy_body(title, agency, year), unit), title)
        title = "澦州市人民政府办公室关于报送2024年度政府信息公开工作年度报告的函"
        notice = self.article(WWW, "/zwgk/tzgg/", OWNER, title, "2024-12-16", self.decoy_body(title, OWNER, 2024))
        self.decoy(SITE, notice, title)
        for unit, agency, _ in UNITS:
            self.put(f"{unit}.yuzhou.gov.test", "/xxgk/ndbg/index.html", self.unit_list(unit, agency))
        self.put(WWW, "/zwgk/bmndbg/index.html", self.hub(sorted(city, reverse=True), notice, title))

    def article(self, host: str, root: str, agency: str, title: str, date: str, content: str,
                unit: str | None = None) -> str:
        path = f"{root}{date[:4]}{date[5:7]}/{self.next_id()}.html"
        inner = (f'<div class="yz-art"><h1>{esc(title)}</h1><p class="yz-info">发布机构：{esc(agency)}　'
                 f'发布日期：{date}'
                 f'</p><div class="yz-con">{content}</div></div>')
        extra = f'<meta name="ContentSource" content="{esc(agency)}"><meta name="PubDate" content="{date}">'
        if unit:
            self.lists[unit].append((date, path, title))
        return self.put(host, path, frame(agency, f"{title}-{agency}", inner, extra))

    def unit_report(self, unit: str, doc: ReportDoc, kind: str | None) -> None:
        host = f"{unit}.yuzhou.gov.test"
        date = doc.published_date or ""
        if kind is None:
            url = self.article(host, "/xxgk/ndbg/", doc.agency_name, doc.title, date, self.body(doc), unit)
            self.report(SITE, url, doc)
            return
        path = f"/xxgk/ndbg/{date[:4]}{date[5:7]}/W0{date.replace('-', '')}{self.rng.randrange(10**8):08d}.{kind}"
        content = (f'<p>详见附件。</p></div><ul class="fj"><li>附件：<a href="{path}">{esc(doc.title)}.{kind}</a></li>'
                   '</ul><div>')
        url = self.article(host, "/xxgk/ndbg/", doc.agency_name, doc.title, date, content, unit)
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=self.attach(host, path, doc, kind))

    def unit_list(self, unit: str, agency: str) -> str:
        rows = "".join(f'<div class="art-item"><a href="./{h[len("/xxgk/ndbg/"):]}">{esc(t)}</a><em>发布日期：{d}</em>'
                       '</div>' for d, h, t in sorted(self.lists[unit], reverse=True))
        inner = (f'<div class="yz-list"><h2>政府信息公开年报</h2><p class="total">本栏目共 {len(self.lists[unit])} 篇'
                 '</p>'
                 f'{rows}</div>')
        return frame(agency, f"政府信息公开年报-{agency}", inner)

    def hub(self, city: list[tuple[int, str]], notice: str, title: str) -> str:
        years = "".join(f'<a href="{u}" target="_blank">{y}年度</a> ' for y, u in city)
        rows = "".join(f'<tr><td>{i}</td><td>{esc(short)}</td><td><a href="http://{unit}.yuzhou.gov.test/xxgk/ndbg/'
                       'index.html" target="_blank">进入栏目</a></td></tr>' for i, (unit, _, short) in
                       enumerate(UNITS, 1))
        inner = (f'<div class="yz-hub"><h2>部门政府信息公开年度报告</h2><p class="yz-tz">通知：<a href="{notice}">'
                 f'{esc(title)}</a></p><div class="yz-city"><h3>市政府年报</h3>{years}</div>'
                 f'<p>共 {len(UNITS)} 个部门</p>'
                 f'<table class="yz-bm"><tr><th>序号</th><th>部门</th><th>年报栏目</th></tr>{rows}</table></div>')
        return frame(OWNER, "部门年报-澦州市人民政府", inner)


PORTALS = [HubYuzhou]
