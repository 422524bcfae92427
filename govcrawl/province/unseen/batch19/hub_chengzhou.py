"""埕州市 (www.chengzhou.gov.test): a city 部门年报 page that is a grid — one row per unit, one column per
year, each cell a link text "查看" straight to the unit's report on the unit's own sub-host — and one
unit whose row links only its old 年报 column, a page gone since its site was rebuilt (a deliberate
shortfall).

``/zwgk/bmndbg/index.html`` (family ``hub``) says "共收录 6 个单位" and holds ``<table class="cz-grid">`` with
``<th>单位</th><th>2024年度</th><th>2023年度</th><th>2022年度</th>``; cells are ``<a href="http://fgw.
chengzhou.gov.test/xxgk/ndbg/202501/t20250117_143210.html" target="_blank">查看</a>`` or "—" (the link
text never names the report).  The first row is the city itself (埕州市人民政府, on www).  Unit articles
are on ``fgw.``, ``wjw.``, ``sthjj.`` and ``cdq.`` sub-hosts, each with its own site name in the chrome;
the report's agency is in the row, the article's ``<h1>`` and its 发布机构.  Files: the 发改委's 2022
report is a PDF cell (``…/P020….pdf``), the 生态环境局's 2024 report a DOCX in the article's 附件, 埕东区's
2023 report an OFD cell.  A 相关信息 box lists three notices (the decoys).

**Shortfall (deliberate):** the 市教育局 row has a single cell "进入栏目" →
``http://jyj.chengzhou.gov.test/zfxxgk/ndbg/index.html``, which answers **404** ("页面不存在或已被删除")
every time.  Its two reports (埕州市教育局 2023 and 2024) are served at their article URLs but linked from
nowhere; a crawl should state the missing page and the shortfall.

Reports (13): 埕州市人民政府 2024; 埕州市发展和改革委员会 2022 (PDF), 2023, 2024; 埕州市教育局 2023, 2024 (lost);
埕州市卫生健康委员会 2023, 2024; 埕州市生态环境局 2023, 2024 (DOCX); 埕州市埕东区人民政府 2022, 2023 (OFD),
2024.  Decoys (3): 关于报送2024年度政府信息公开工作年度报告的函, 埕州市2024年度法治政府建设年度报告, 埕州市
2024年政府网站工作年度报表.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch19._files import DOCX, OFD, PDF, FilePortal

WWW = "www.chengzhou.gov.test"
SITE = "chengzhou-bmnb"
CITY = "埕州市人民政府"
HUB = "/zwgk/bmndbg/index.html"
GONE = "jyj.chengzhou.gov.test"
# (host, row name, agency, site name)
UNITS = ((WWW, "市人民政府", CITY, "埕州市人民政府"),
         ("fgw.chengzhou.gov.test", "市发展改革委", "埕州市发展和改革委员会", "埕州市发展和改革委员会"),
         (GONE, "市教育局", "埕州市教育局", "埕州教育网"),
         ("wjw.chengzhou.gov.test", "市卫生健康委", "埕州市卫生健康委员会", "埕州市卫生健康委员会"),
         ("sthjj.chengzhou.gov.test", "市生态环境局", "埕州市生态环境局", "埕州市生态环境局"),
         ("cdq.chengzhou.gov.test", "埕东区", "埕州市埕东区人民政府", "埕东区人民政府"))
YEARS = (2024, 2023, 2022)
NOT_FOUND = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>404</title></head><body><div class="err"><img '
             'src="/images/404.png"><p>抱歉，您访问的页面不存在或已被删除！</p><p><a href="/">返回首页</a></p></div>'
             '</body></html>')


def frame(site: str, title: str, inner: str, head: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">{head}<title>'
        f'{escape(title)}</title><link rel="stylesheet" href="/css/cz.css"></head><body><div class="cz-top"><span>'
        f'{site}</span><a href="http://www.chengzhou.gov.test/">埕州市人民政府</a><a href="javascript:;" class="wza">'
        '无障碍</a></div><div class="cz-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流'
        f'</a></div>{inner}<div class="cz-foot">主办：{site}　未ICP备08006611号　网站标识码：9869220008</div></body>'
        '</html>'
    )


class HubChengzhou(FilePortal):
    hosts = tuple(u[0] for u in UNITS)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.id = 143_000
        self.cells: dict[tuple[str, int], str] = {}
        self.plain("市人民政府", 2024, "2025-01-24")
        self.attached("市发展改革委", 2022, "2023-01-20", PDF, cell=True)
        self.plain("市发展改革委", 2023, "2024-01-17")
        self.plain("市发展改革委", 2024, "2025-01-17")
        self.plain("市教育局", 2023, "2024-01-23")
        self.plain("市教育局", 2024, "2025-01-22")
        self.plain("市卫生健康委", 2023, "2024-01-19")
        self.plain("市卫生健康委", 2024, "2025-01-16")
        self.plain("市生态环境局", 2023, "2024-01-25")
        self.attached("市生态环境局", 2024, "2025-01-21", DOCX, cell=False)
        self.plain("埕东区", 2022, "2023-01-16")
        self.attached("埕东区", 2023, "2024-01-12", OFD, cell=True)
        self.plain("埕东区", 2024, "2025-01-13")
        notices = []
        for title, year, date in (("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-13"),
                                  ("埕州市2024年度法治政府建设年度报告", 2024, "2025-03-25"),
                                  ("埕州市2024年政府网站工作年度报表", 2024, "2025-01-10")):
            url = self.page_of("市人民政府", title, date, self.notice_body(title, CITY, year))
            self.decoy(SITE, url, title)
            notices.append((url, title, date))
        self.route(GONE, "/zfxxgk/ndbg/index.html", self.gone)
        self.put(WWW, HUB, self.hub(notices))

    def unit(self, row: str) -> tuple[str, str, str, str]:
        return next(u for u in UNITS if u[1] == row)

    def page_of(self, row: str, title: str, date: str, content: str, after: str = "") -> str:
        host, _, agency, site = self.unit(row)
        self.id += self.rng.randint(15, 400)
        stamp = date.replace("-", "")
        folder = "/zfxxgk/ndbg/" if host == GONE else "/xxgk/ndbg/"
        path = f"{folder}{stamp[:6]}/t{stamp}_{self.id}.html"
        inner = (
            f'<div class="cz-pos">当前位置：<a href="/">首页</a> &gt; <a href="{folder}">年度报告</a></div><div class="'
            f'cz-art"><h1>{escape(title)}</h1><div class="cz-info"><span>发布机构：{escape(agency)}</span><span>发布日'
            f'期：'
            f'{date}</span></div><div class="cz-text">{content}</div>{after}</div>'
        )
        head = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        return self.put(host, path, frame(site, title, inner, head))

    def plain(self, row: str, year: int, date: str) -> None:
        _, _, agency, _ = self.unit(row)
        title = f"{agency}{year}年政府信息公开工作年度报告"
        doc = self.doc(agency, year, date, title)
        url = self.page_of(row, title, date, self.body(doc, "word" if year == 2023 else "plain"))
        self.cells[(row, year)] = url
        self.report(SITE, url, doc)

    def attached(self, row: str, year: int, date: str, media: str, *, cell: bool) -> None:
        host, _, agency, _ = self.unit(row)
        title = f"{agency}{year}年度政府信息公开工作年度报告"
        doc = self.doc(agency, year, date, title)
        stamp = date.replace("-", "")
        ext = {PDF: "pdf", DOCX: "docx", OFD: "ofd"}[media]
        path = f"/xxgk/ndbg/{stamp[:6]}/P020{stamp}{self.rng.randrange(10**6):06d}.{ext}"
        file_url = self.put_file(host, path, doc, media)
        if cell:
            self.cells[(row, year)] = file_url
            self.report(SITE, file_url, doc, media_type=media)
            return
        after = f'<div class="cz-fj">附件：<a href="{path}">{escape(title)}.{ext}</a></div>'
        url = self.page_of(row, title, date, "<p>详见附件。</p>", after)
        self.cells[(row, year)] = url
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def hub(self, notices: list[tuple[str, str, str]]) -> str:
        rows = []
        for host, row, _, _ in UNITS:
            if host == GONE:
                rows.append(f'<tr><td>{row}</td><td colspan="3"><a href="http://{GONE}/zfxxgk/ndbg/index.html" '
                            'target="_blank">进入栏目</a></td></tr>')
                continue
            cells = "".join(f'<td><a href="{self.cells[(row, y)]}" target="_blank">查看</a></td>'
                            if (row, y) in self.cells else "<td>—</td>" for y in YEARS)
            rows.append(f"<tr><td>{row}</td>{cells}</tr>")
        box = "".join(f'<li><a href="{u}">{escape(t)}</a><span>{d}</span></li>' for u, t, d in notices)
        inner = (
            '<div class="cz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门政府信息公'
            '开'
            f'年度报告</div><div class="cz-main"><h2>部门政府信息公开工作年度报告</h2><p class="cz-tip">共收录 '
            f'{len(UNITS)} 个单位</p><table class="cz-grid"><thead><tr><th>单位</th>'
            + "".join(f"<th>{y}年度</th>" for y in YEARS) + f'</tr></thead><tbody>{"".join(rows)}</tbody></table>'
            f'<div class="cz-xg"><h3>相关信息</h3><ul>{box}</ul></div></div>'
        )
        return frame("埕州市人民政府", "部门年报_埕州市人民政府", inner)

    def gone(self, request: Request) -> Response:
        return Response(404, NOT_FOUND.encode())


PORTALS = [HubChengzhou]
