"""Fixture 8, ``province-nb-aggregation`` (portals.md §5): the province-wide 年报 hub of 示例省.

``www.province.gov.test/zwgk/zfxxgknb/`` has year tabs ``2023n/`` (2023 and later) and
``nb_2022n/`` (2022 and earlier), each a table of counties and agencies whose links go

* to the other fixture portals' report pages, wired in ``connect()`` from their ``truth`` (so the
  hub only ever links to what ``build_province()`` serves, whichever portals exist), with their
  decoys beside them;
* to the province's own reports on ``www.province.gov.test``;
* to the province-run platform ``zfxxgk.province.gov.test/<agency code>/zfxxgknb/list.shtml``
  (per-agency lists, one of two pages; HTML reports and one PDF behind a stub page);
* to ``gone.province.gov.test``, a host left out of the fixture network (DNS failure);
* to expired pages: one answers 301 to the home page, one 404.

Truth: the hub's own reports (province, zfxxgk platform) and decoys; the reports it links to on
other portals are those portals' truth, and a crawl must store each of them once.
"""

from __future__ import annotations

import html
import random

from govcrawl.province.content import Truth, decoy_body, html_document, page, report_doc, stub_body
from govcrawl.province.server import Portal, Request, Response
from govcrawl.report.metadata import year_in
from govcrawl.report.template import TemplateVersion
from govcrawl.synth.pdf import render_pdf

HOST = "www.province.gov.test"
XXGK_HOST = "zfxxgk.province.gov.test"
GONE_HOST = "gone.province.gov.test"
SITE_ID = "province-nb"
AGENCY = "示例省人民政府"
COLUMN = "/zwgk/zfxxgknb/"
TABS = (("2023n", "2023年度"), ("nb_2022n", "2022年度及以前"))
HTML_GBK = "text/html; charset=gbk"
PDF = "application/pdf"
# The province platform's agencies: code → (name, [(year, template, format)], entries per list page)
PLATFORM: dict[str, tuple[str, list[tuple[int, TemplateVersion, str]], int]] = {
    "990002": ("示例省财政厅", [(2023, "v2021", "html"), (2022, "v2021", "html")], 10),
    "990003": ("示例省教育厅", [(2023, "v2021", "pdf"), (2022, "v2021", "html")], 2),
    "990004": ("示例省生态环境厅", [(2023, "v2021", "html"), (2020, "v2019", "html")], 10),
}
# Links that lead nowhere: (tab, title, url, what happens)
DEAD_LINKS = (
    ("2023n", "示例省旧城县2023年政府信息公开工作年度报告",
     f"http://{GONE_HOST}/zwgk/zfxxgknb/2023n/202401/t20240119_1000001.html", "gone"),
    ("nb_2022n", "示例省旧城县2022年政府信息公开工作年度报告",
     f"http://{GONE_HOST}/zwgk/zfxxgknb/nb_2022n/202301/t20230118_1000002.html", "gone"),
    ("nb_2022n", "示例省原农业厅2022年政府信息公开工作年度报告",
     f"http://{HOST}{COLUMN}nb_2022n/202301/t20230120_880001.html", "moved"),
    ("nb_2022n", "示例省原粮食局2021年政府信息公开工作年度报告",
     f"http://{HOST}{COLUMN}nb_2022n/202202/t20220205_880002.html", "expired"),
)


def _tab_of(year: int) -> str:
    return "2023n" if year >= 2023 else "nb_2022n"


class ProvinceHub(Portal):
    hosts = (HOST, XXGK_HOST)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.truth: list[Truth] = []
        # tab → rows (region/agency cell, link title, absolute url, date)
        self.rows: dict[str, list[tuple[str, str, str, str]]] = {tab: [] for tab, _ in TABS}
        docid = 8_800_100

        def next_path(prefix: str, date: str, ext: str) -> str:
            nonlocal docid
            docid += rng.randint(5, 90)
            return f"{prefix}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{docid}.{ext}"

        # The province's own reports, on the hub host.
        for year in (2023, 2022):
            doc = report_doc(rng, AGENCY, AGENCY, "v2021", year)
            body, _ = page(doc, "trs", rng)
            date = f"{year + 1}-01-{rng.randint(20, 30):02d}"
            path = next_path(f"{COLUMN}{_tab_of(year)}/", date, "html")
            self.add(path, body, HTML_GBK)
            self.rows[_tab_of(year)].append(("示例省", doc.title, f"http://{HOST}{path}", date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", doc.title, "report", AGENCY, year, doc))
        for title, date in (("示例省2023年政府信息公开工作年度报告解读", "2024-01-31"),
                            ("图解：示例省人民政府2023年政府信息公开工作年度报告", "2024-02-01")):
            path = next_path(f"{COLUMN}2023n/", date, "html")
            self.add(path, html_document(title, decoy_body(title, date), metas={"ArticleTitle": title},
                                         site_name=AGENCY).encode())
            self.rows["2023n"].append(("示例省", title, f"http://{HOST}{path}", date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", title, "decoy"))

        # The agency-code platform: /<code>/zfxxgknb/list.shtml (list_2.shtml …) per agency.
        self.platform_links: list[tuple[str, str]] = []  # (agency name, list url)
        for code, (agency, reports, per_page) in PLATFORM.items():
            entries: list[tuple[str, str, str]] = []  # (href relative to the list, title, date)
            prefix = f"/{code}/zfxxgknb/"
            for year, version, fmt in reports:
                doc = report_doc(rng, agency, AGENCY, version, year)
                date = f"{year + 1}-0{rng.randint(1, 2)}-{rng.randint(10, 28):02d}"
                path = next_path(prefix, date, "shtml")
                url = f"http://{XXGK_HOST}{path}"
                if fmt == "pdf":
                    pdf = f"{date[:7].replace('-', '')}/P0{date.replace('-', '')}{rng.randint(10**11, 10**12 - 1)}.pdf"
                    stub = html_document(doc.title, stub_body(doc.title, date, f"../{pdf}", doc.title + ".pdf"),
                                         metas={"ArticleTitle": doc.title, "PubDate": date}, site_name=agency)
                    self.add(path, stub.encode(), host=XXGK_HOST)
                    self.add(prefix + pdf, render_pdf(doc, rng), PDF, host=XXGK_HOST)
                    self.truth.append(Truth(SITE_ID, url, doc.title, "report", agency, year, doc, media_type=PDF,
                                            report_url=f"http://{XXGK_HOST}{prefix}{pdf}"))
                else:
                    body, _ = page(doc, "trs", rng)
                    self.add(path, body, HTML_GBK, host=XXGK_HOST)
                    self.truth.append(Truth(SITE_ID, url, doc.title, "report", agency, year, doc))
                entries.append((path.removeprefix(prefix), doc.title, date))
                if code == "990002" and year == 2023:  # also on the hub's year tab, cross-host
                    self.rows["2023n"].append((agency, doc.title, url, date))
            title = f"{agency}政府信息公开指南"
            path = next_path(prefix, "2023-06-01", "shtml")
            self.add(path, html_document(title, decoy_body(title, "2023-06-01"), metas={"ArticleTitle": title},
                                         site_name=agency).encode(), host=XXGK_HOST)
            entries.append((path.removeprefix(prefix), title, "2023-06-01"))
            self.truth.append(Truth(SITE_ID, f"http://{XXGK_HOST}{path}", title, "decoy"))
            entries.sort(key=lambda e: e[2], reverse=True)
            chunks = [entries[i : i + per_page] for i in range(0, len(entries), per_page)]
            for index, chunk in enumerate(chunks):
                name = "list.shtml" if index == 0 else f"list_{index + 1}.shtml"
                next_name = f"list_{index + 2}.shtml" if index + 1 < len(chunks) else None
                self.add(prefix + name, self._agency_list(agency, chunk, next_name).encode(), host=XXGK_HOST)
            self.platform_links.append((agency, f"http://{XXGK_HOST}{prefix}list.shtml"))

        for tab, title, url, kind in DEAD_LINKS:
            self.rows[tab].append((title[:6], title, url, "2023-01-20"))
            if kind == "moved":
                self.add(url.split(HOST, 1)[1], b"", None, 301, {"Location": f"http://{HOST}/"})
        self.add("/index.html", html_document(
            "示例省人民政府门户网站",
            f'<div class="nav"><a href="{COLUMN}">政府信息公开年报</a></div><div class="news"><ul>'
            '<li><a href="/xwzx/202401/t20240102_1.html">示例省召开全省政务公开工作会议</a></li></ul></div>',
            site_name=AGENCY).encode())
        self._render()

    def add(self, path: str, body: bytes, content_type: str | None = "text/html; charset=utf-8",
            status: int = 200, headers: dict[str, str] | None = None, host: str = HOST) -> None:
        """Resources of the platform host live under ``//zfxxgk…/path`` keys (one portal, two hosts)."""
        super().add(path if host == HOST else f"//{host}{path}", body, content_type, status, headers)

    def handle(self, request: Request) -> Response:
        if request.host == XXGK_HOST and request.path != "/robots.txt":
            found = self.resources.get(f"//{XXGK_HOST}{request.path}")
            return found if found is not None else self.not_found(request)
        return super().handle(request)

    def connect(self, portals: list[Portal]) -> None:
        """Link every other portal's list entries (reports and decoys) from the year tabs."""
        for portal in portals:
            if portal is self:
                continue
            for truth in getattr(portal, "truth", []):
                year = truth.year or year_in(truth.title)
                if year is None:
                    continue
                who = truth.agency_name or truth.title[:6]
                self.rows[_tab_of(year)].append((who, truth.title, truth.url, f"{year + 1}-01-31"))
        self._render()

    def _render(self) -> None:
        tabs = "".join(f'<li><a href="{COLUMN}{tab}/index.html">{label}</a></li>' for tab, label in TABS)
        platform = "".join(f'<li><a href="{url}" target="_blank">{html.escape(name)}</a></li>'
                           for name, url in self.platform_links)
        self.add(f"{COLUMN}index.html", html_document(
            "政府信息公开年报",
            f'<div class="position">当前位置：首页 &gt; 政务公开 &gt; 政府信息公开年报</div>'
            f'<ul class="tabs">{tabs}</ul><h3>省直部门年报（省政府信息公开平台）</h3><ul class="bm">{platform}</ul>',
            metas={"ColumnName": "政府信息公开年报"}, site_name=AGENCY).encode())
        for tab, label in TABS:
            rows = sorted(self.rows[tab], key=lambda r: (r[3], r[2]), reverse=True)
            body = "".join(
                f'<tr><td class="dq">{html.escape(who)}</td><td class="bt"><a href="{html.escape(url)}" target="_blank"'
                f' title="{html.escape(title)}">{html.escape(title)}</a></td><td class="rq">{date}</td></tr>'
                for who, title, url, date in rows
            )
            self.add(f"{COLUMN}{tab}/index.html", html_document(
                f"{label}政府信息公开工作年度报告",
                f'<ul class="tabs">{tabs}</ul><table class="nb-list"><tr><th>地区/部门</th><th>年度报告</th>'
                f'<th>发布日期</th></tr>{body}</table>',
                metas={"ColumnName": f"{label}年报"}, site_name=AGENCY).encode())

    def _agency_list(self, agency: str, entries: list[tuple[str, str, str]], next_name: str | None) -> str:
        items = "".join(f'<li><a href="./{href}" title="{html.escape(title)}">{html.escape(title)}</a>'
                        f"<span>{date}</span></li>" for href, title, date in entries)
        pager = f'<a href="{next_name}">下一页</a>' if next_name else "下一页"
        return html_document(f"{agency}政府信息公开年报",
                             f'<div class="position">{agency} &gt; 政府信息公开年报</div><ul class="list">{items}</ul>'
                             f'<div class="page">{pager}</div>',
                             metas={"ColumnName": "政府信息公开年报"}, site_name="示例省政府信息公开平台")


PORTALS = [ProvinceHub]
