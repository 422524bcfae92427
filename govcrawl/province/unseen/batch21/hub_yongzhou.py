"""邕州市 (www.yongzhou.gov.test): a city 部门年报 page laid out by year — a ``<h3>2024年度</h3>`` heading
over a list of links whose text is only the unit's short name ("市财政局", "市人社局"), each pointing to
that unit's report on the unit's own sub-host — followed by a "其他单位" box of links to two units'
own 年报 columns; one of those columns is down for maintenance (a deliberate shortfall).

``/zwgk/bmnb/index.html`` (family ``hub``): three year blocks (2024, 2023, 2022), each
``<div class="yz-year"><h3>…年度</h3><ul class="yz-units"><li><a href="http://czj.yongzhou.gov.test/…"
title="邕州市财政局">市财政局</a></li>…</ul></div>`` — the full name only in ``title``; the 财政局's 2023
link is the PDF itself (``/uploadfile/…pdf``).  "其他单位" links ``http://zjj.yongzhou.gov.test/xxgk/ndbg/``
(市住建局) and ``http://ynq.yongzhou.gov.test/zwgk/ndbg/index.html`` (邕南区, "共 3 条": two reports and its
法治政府 report).  A 相关链接 box carries the city's 通知 and the 财政局's 决算.

**Shortfall (deliberate):** ``http://zjj.yongzhou.gov.test/xxgk/ndbg/`` answers **503** ("系统维护中，请稍后
访问") every time — the bureau's site is being migrated.  Its two reports (邕州市住房和城乡建设局 2023 and 2024)
are linked from nowhere else; their article pages are still served.  A crawl should state the
unreachable column and the shortfall.

Reports (10): 邕州市人民政府 2023, 2024; 邕州市财政局 2023 (PDF), 2024; 邕州市人力资源和社会保障局 2022, 2024;
邕州市住房和城乡建设局 2023, 2024 (unlinked); 邕州市邕南区人民政府 2023, 2024.  Decoys (3): 关于做好2024年度政府信息
公开工作年度报告编制发布工作的通知, 邕州市财政局2024年度部门决算, 邕南区2024年度法治政府建设年度报告.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch21._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.yongzhou.gov.test"
SITE = "yongzhou-bmnb"
CITY = "邕州市人民政府"
HUB = "/zwgk/bmnb/index.html"
DOWN = "zjj.yongzhou.gov.test"
UNITS = (  # (short name, agency, host, years)
    ("市政府", CITY, HOST, (2023, 2024)),
    ("市财政局", "邕州市财政局", "czj.yongzhou.gov.test", (2023, 2024)),
    ("市人社局", "邕州市人力资源和社会保障局", "rsj.yongzhou.gov.test", (2022, 2024)),
)


def frame(site: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="SiteName" '
        f'content="{esc(site)}"><link rel="stylesheet" href="/css/yz.css"></head><body><div class="yz-head"><span>'
        f'{esc(site)}</span></div><div class="yz-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a '
        f'href="/zwfw/">政务服务</a></div>{inner}<div class="yz-foot">主办：{esc(site)}　未ICP备09011877号</div>'
        f'</body></html>'
    )


class HubYongzhou(Site):
    hosts = (HOST, "czj.yongzhou.gov.test", "rsj.yongzhou.gov.test", DOWN, "ynq.yongzhou.gov.test")
    site_ids = (SITE,)
    first_id = 166_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        years: dict[int, list[tuple[str, str, str]]] = {2024: [], 2023: [], 2022: []}
        for short, agency, host, ys in UNITS:
            for year in ys:
                date = f"{year + 1}-01-{self.rng.randint(10, 28)}"
                doc = self.doc(agency, year, date, f"{agency}{year}年政府信息公开工作年度报告")
                if short == "市财政局" and year == 2023:
                    path = f"/uploadfile/{date[:4]}/{date[5:7]}{date[8:]}/{self.rng.randrange(10**14):014d}.pdf"
                    url = self.attach(host, path, doc, "pdf")
                    self.report(SITE, url, doc, media_type=MEDIA["pdf"])
                else:
                    url = self.article(host, agency, "/xxgk/ndbg/", doc)
                years[year].append((url, short, agency))
        for year, date in ((2023, "2024-01-29"), (2024, "2025-01-27")):
            bureau = "邕州市住房和城乡建设局"
            doc = self.doc(bureau, year, date, f"{bureau}{year}年度政府信息公开工作年度报告")
            self.article(DOWN, doc.agency_name, "/xxgk/ndbg/", doc)
        district, dhost = "邕州市邕南区人民政府", "ynq.yongzhou.gov.test"
        rows: list[tuple[str, str, str]] = []
        for year, date in ((2024, "2025-01-20"), (2023, "2024-01-22")):
            doc = self.doc(district, year, date, f"邕南区{year}年政府信息公开工作年度报告")
            rows.append((self.article(dhost, district, "/zwgk/ndbg/", doc), doc.title, date))
        title = "邕南区2024年度法治政府建设年度报告"
        url = self.page(dhost, district, "/zwgk/ndbg/", title, "2025-03-24", self.decoy_body(title, district, 2024))
        self.decoy(SITE, url, title)
        rows.insert(0, (url, title, "2025-03-24"))
        items = "".join(f'<li><a href="{u}">{esc(t)}</a><span>{d}</span></li>' for u, t, d in rows)
        self.put(dhost, "/zwgk/ndbg/index.html", frame(district, "政府信息公开年报_邕南区人民政府",
                                                       f'<div class="yz-list"><h2>政府信息公开年报</h2><ul>{items}</ul>'
                                                       f'<div class="yz-page">共 {len(rows)} 条</div></div>'))
        links = []
        for title, host, agency, year, date in (
                ("关于做好2024年度政府信息公开工作年度报告编制发布工作的通知", HOST, CITY, 2024, "2024-12-12"),
                ("邕州市财政局2024年度部门决算", "czj.yongzhou.gov.test", "邕州市财政局", 2024, "2025-02-18")):
            url = self.page(host, agency, "/xxgk/tzgg/", title, date, self.decoy_body(title, agency, year))
            self.decoy(SITE, url, title)
            links.append(f'<li><a href="{url}" target="_blank">{esc(title)}</a></li>')
        blocks = []
        for year, units in years.items():
            lis = "".join(f'<li><a href="{u}" target="_blank" title="{esc(a)}">{esc(s)}</a></li>' for u, s, a in units)
            blocks.append(f'<div class="yz-year"><h3>{year}年度</h3><ul class="yz-units">{lis}</ul></div>')
        others = (f'<div class="yz-other"><h3>其他单位</h3><ul><li><a href="http://{DOWN}/xxgk/ndbg/" target="_blank">'
                  f'市住建局</a></li><li><a href="http://{dhost}/zwgk/ndbg/index.html" target="_blank">邕南区</a></li>'
                  f'</ul><p>以上单位的政府信息公开工作年度报告请进入单位网站查阅。</p></div>')
        inner = (f'<div class="yz-pos">当前位置：首页 &gt; 政务公开 &gt; 部门年报</div><div class="yz-main"><h2>'
                 f'市直部门及县（区）政府信息公开工作年度报告</h2>{"".join(blocks)}{others}</div><div class="yz-links">'
                 f'<h3>相关链接</h3><ul>{"".join(links)}</ul></div>')
        self.put(HOST, HUB, frame(CITY, "部门年报_邕州市人民政府", inner))

    def page(self, host: str, agency: str, folder: str, title: str, date: str, content: str) -> str:
        stamp = date.replace("-", "")
        path = f"{folder}{stamp[:6]}/t{stamp}_{self.next_id()}.html"
        inner = (f'<div class="yz-art"><h1>{esc(title)}</h1><div class="yz-info">发布时间：{date}　来源：{esc(agency)}'
                 f'</div><div class="yz-content">{content}</div></div>')
        return self.put(host, path, frame(agency, title, inner))

    def article(self, host: str, agency: str, folder: str, doc: ReportDoc) -> str:
        url = self.page(host, agency, folder, doc.title, doc.published_date or "", self.body(doc))
        self.report(SITE, url, doc)
        return url

    def handle(self, request: Request) -> Response:
        if request.host == DOWN and request.path in ("/xxgk/ndbg/", "/xxgk/ndbg/index.html", "/"):
            body = ("<html><head><meta charset=\"utf-8\"><title>系统维护</title></head><body><h2>系统维护中，请稍后访问"
                    "</h2><p>邕州市住房和城乡建设局</p></body></html>")
            return Response(503, body.encode(), "text/html; charset=utf-8", {"Retry-After": "3600"})
        return super().handle(request)


PORTALS = [HubYongzhou]
