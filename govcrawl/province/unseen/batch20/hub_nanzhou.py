"""湳州市 (www.nanzhou.gov.test): a city 部门年报 hub that is a units × years grid — one row per unit,
one cell per year linking straight to that unit's report on the unit's own sub-host (a PDF in one
cell), "—" where none — and, for two units, only a 栏目 link to the unit's own 年报 list; one of those
lists is gone (a deliberate shortfall).

``/zwgk/bmnb/index.html`` (family ``hub``) says "共收录 5 个单位" above ``<table class="nz-grid">``
(单位 | 2022年度 | 2023年度 | 2024年度 | 栏目).  Cells say only "查看" — the unit is named in the row's
first cell; the 市政府 row links ``www`` articles, the 市教育局 and 市民政局 rows link
``jyj.nanzhou.gov.test`` / ``mzj.nanzhou.gov.test`` articles (the 民政局's 2022 cell is the PDF itself,
``/uploadfiles/….pdf``).  The 市卫健委 and 湳城区 rows have "—" in every year and a 栏目 link
``http://<unit>.nanzhou.gov.test/…/ndbg/index.html``; 湳城区's list says "共3条" (two reports and its
法治政府 report).  A 通知公告 box beside the grid carries the city's 函 and its 统计公报.

**Shortfall (deliberate):** ``http://wsjkw.nanzhou.gov.test/zwgk/ndbg/index.html`` (市卫健委's list)
answers **404** ("您访问的页面不存在或已被删除") every time — the commission's site moved and the list
was never re-linked.  Its two reports (湳州市卫生健康委员会 2023 and 2024) are linked from nowhere else;
their article pages are still served.  A crawl should state the gone page and the shortfall.

Reports (11): 湳州市人民政府 2023, 2024; 湳州市教育局 2023, 2024; 湳州市民政局 2022 (PDF), 2023, 2024;
湳州市卫生健康委员会 2023, 2024 (unlinked); 湳州市湳城区人民政府 2023, 2024.  Decoys (3): 关于报送2024年度政府
信息公开工作年度报告的函, 湳州市2024年国民经济和社会发展统计公报, 湳城区2024年度法治政府建设年度报告.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch20._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.nanzhou.gov.test"
SITE = "nanzhou-bmnb"
CITY = "湳州市人民政府"
HUB = "/zwgk/bmnb/index.html"
GONE = ("wsjkw.nanzhou.gov.test", "/zwgk/ndbg/index.html")
UNITS = (  # (row label, agency, host)
    ("市人民政府", CITY, HOST),
    ("市教育局", "湳州市教育局", "jyj.nanzhou.gov.test"),
    ("市民政局", "湳州市民政局", "mzj.nanzhou.gov.test"),
    ("市卫生健康委", "湳州市卫生健康委员会", "wsjkw.nanzhou.gov.test"),
    ("湳城区", "湳州市湳城区人民政府", "ncq.nanzhou.gov.test"),
)


def frame(site: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(site)}"><title>'
        f'{esc(title)}</title><link rel="stylesheet" href="/css/nz.css"></head><body><div class="nz-head">{esc(site)}'
        '</div><div class="nz-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a></div>'
        f'{inner}<div class="nz-foot">{esc(site)}主办　未ICP备11009321号</div></body></html>'
    )


class HubNanzhou(Site):
    hosts = tuple(dict.fromkeys(h for _, _, h in UNITS))
    site_ids = (SITE,)
    first_id = 153_500

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        cells: dict[tuple[str, int], str] = {}
        for label, agency, host in UNITS[:3]:
            for year in ((2022, 2023, 2024) if label == "市民政局" else (2023, 2024)):
                date = f"{year + 1}-01-{self.rng.randint(10, 28)}"
                doc = self.doc(agency, year, date, f"{agency}{year}年政府信息公开工作年度报告")
                if label == "市民政局" and year == 2022:
                    path = f"/uploadfiles/{self.rng.randrange(10**10):010d}.pdf"
                    url = self.attach(host, path, doc, "pdf")
                    self.report(SITE, url, doc, media_type=PDF)
                else:
                    url = self.article(host, agency, "/xxgk/ndbg/", doc)
                cells[(label, year)] = url
        rows: list[tuple[str, str]] = []
        for year in (2023, 2024):
            doc = self.doc(UNITS[3][1], year, f"{year + 1}-01-1{year % 10}", f"{year}年度政府信息公开工作年度报告")
            self.article(GONE[0], UNITS[3][1], "/zwgk/ndbg/", doc)
        district, dhost = UNITS[4][1], UNITS[4][2]
        for year in (2024, 2023):
            doc = self.doc(district, year, f"{year + 1}-01-2{year % 10}", f"湳城区{year}年政府信息公开工作年度报告")
            rows.append((self.article(dhost, district, "/xxgk/ndbg/", doc), doc.title))
        title = "湳城区2024年度法治政府建设年度报告"
        url = self.page(dhost, district, "/xxgk/ndbg/", title, "2025-03-25", self.decoy_body(title, district, 2024))
        self.decoy(SITE, url, title)
        rows.append((url, title))
        items = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in rows)
        self.put(dhost, "/xxgk/ndbg/index.htm"
                        "l", frame(district, "政府信息公开年报", f'<div class="nz-list"><h2>政府信息公开'
                 f'年报</h2><ul>{items}</ul><div class="nz-page">共{len(rows)}条</div></div>'))
        notices = []
        for title, year, date in (("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-16"),
                                  ("湳州市2024年国民经济和社会发展统计公报", 2024, "2025-03-18")):
            url = self.page(HOST, CITY, "/zwgk/tzgg/", title, date, self.decoy_body(title, CITY, year))
            self.decoy(SITE, url, title)
            notices.append(f'<li><a href="{url}">{esc(title)}</a><span>{date}</span></li>')
        grid = []
        for label, _, host in UNITS:
            tds = "".join(f'<td><a href="{cells[(label, y)]}" target="_blank">查看</a></td>' if (label, y) in cells
                          else "<td>—</td>" for y in (2022, 2023, 2024))
            column = (f'<a href="http://{host}{"/zwgk/ndbg/" if host == GONE[0] else "/xxgk/ndbg/"}index.html" '
                      'target="_blank">进入栏目</a>' if label in ("市卫生健康委", "湳城区") else "")
            grid.append(f"<tr><td>{label}</td>{tds}<td>{column}</td></tr>")
        inner = (f'<div class="nz-pos">当前位置：首页 &gt; 政务公开 &gt; 部门年报</div><div class="nz-main"><h2>部门'
                 '及区县政府信息'
                 f'公开工作年度报告</h2><p>共收录 {len(UNITS)} 个单位</p><table class="nz-grid"><tr><th>单位</th><th>'
                 '2022年度'
                 f'</th><th>2023年度</th><th>2024年度</th><th>栏目</th></tr>{"".join(grid)}</table></div><div class="'
                 'nz-tz">'
                 f'<h3>通知公告</h3><ul>{"".join(notices)}</ul></div>')
        self.put(HOST, HUB, frame("湳州市人民政府", "部门年报_湳州市人民政府", inner))

    def page(self, host: str, agency: str, folder: str, title: str, date: str, content: str) -> str:
        stamp = date.replace("-", "")
        path = f"{folder}{stamp[:6]}/t{stamp}_{self.next_id()}.html"
        inner = (f'<div class="nz-art"><h1>{esc(title)}</h1><div class="nz-info">发布单位：{esc(agency)}　发布日期：'
                 f'{date}'
                 f'</div><div class="nz-content">{content}</div></div>')
        return self.put(host, path, frame(agency, title, inner))

    def article(self, host: str, agency: str, folder: str, doc: ReportDoc) -> str:
        url = self.page(host, agency, folder, doc.title, doc.published_date or "", self.body(doc))
        self.report(SITE, url, doc)
        return url

    def handle(self, request: Request) -> Response:
        if (request.host, request.path) in (GONE, (GONE[0], "/zwgk/ndbg/")):
            return Response(404, frame(UNITS[3][1], "页面不存在", "<p>您访问的页面不存在或已被删除</p>").encode(),
                            "text/html; charset=utf-8")
        return super().handle(request)


PORTALS = [HubNanzhou]
