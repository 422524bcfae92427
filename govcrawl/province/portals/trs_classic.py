"""Fixture 1, ``trs-classic-county`` (portals.md §5): TRS WCM static publishing, GBK.

青山县: 年报 column ``/zwgk/zfxxgk/zfxxgknb/`` with three list pages ``index.html``,
``index_1.html``, ``index_2.html`` whose only pager is the 4-argument 0-based
``createPageHTML(3, i, "index", "html")`` script; articles ``./YYYYMM/tYYYYMMDD_N.html``; one report
only as a ``P0….pdf``/``.docx`` attachment behind a stub page; decoys on the same list; pages
declare gb2312 in a meta and the HTTP header carries no charset.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from govcrawl.province.content import (
    TrsArticlePaths,
    Truth,
    decoy_body,
    html_document,
    page,
    report_doc,
    seed_page,
    stub_body,
)
from govcrawl.province.server import Portal
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.qingshan.gov.test"
SITE_ID = "qingshan-gov"
AGENCY = "青山县人民政府"
COLUMN = "/zwgk/zfxxgk/zfxxgknb/"
HTML_GBK = "text/html"  # no charset in the header: only the page's meta says gb2312
PER_PAGE = 5  # 14 entries: three list pages, as portals.md §5 asks
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class TrsClassicCounty(Portal):
    hosts = (HOST,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.robots = "User-agent: *\nDisallow: /admin/\nCrawl-delay: 1\n"
        self.truth: list[Truth] = []
        entries: list[tuple[str, str, str]] = []  # (href relative to column, title, date)
        article_path = TrsArticlePaths(rng, COLUMN, 1_200_000, (7, 400))

        def add_report(agency: str, year: int, version: str, date: str) -> None:
            doc = report_doc(rng, agency, AGENCY, version, year)  # type: ignore[arg-type]
            body, _ = page(doc, "trs", rng)
            href, path = article_path(date)
            self.add(path, body, HTML_GBK)
            entries.append((href, doc.title, date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", doc.title, "report", agency, year, doc))

        for year, version in ((2019, "v2019"), (2020, "v2019"), (2021, "v2021"), (2022, "v2021"), (2024, "v2021")):
            add_report(AGENCY, year, version, f"{year + 1}-01-{rng.randint(15, 30):02d}")
        for bureau in ("青山县教育局", "青山县民政局"):
            add_report(bureau, 2023, "v2021", f"2024-01-{rng.randint(10, 30):02d}")

        def add_stub(agency: str, date: str, ext: str, media_type: str, render: Callable[[ReportDoc], bytes]) -> None:
            """A stub page whose report is only the attachment (TRS names it ./YYYYMM/P0….ext)."""
            doc = report_doc(rng, agency, AGENCY, "v2021", 2023)
            href, path = article_path(date)
            attachment = f"{date[:7].replace('-', '')}/P0{date.replace('-', '')}{rng.randint(10**11, 10**12 - 1)}.{ext}"
            body = stub_body(doc.title, date, f"../{attachment}", f"{doc.title}.{ext}")
            stub = html_document(doc.title, body, "gb2312", {"ArticleTitle": doc.title, "PubDate": date}, AGENCY)
            self.add(path, stub.encode("gbk", "xmlcharrefreplace"), HTML_GBK)
            self.add(f"{COLUMN}{attachment}", render(doc), media_type)
            entries.append((href, doc.title, date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", doc.title, "report", agency, 2023, doc,
                                    media_type=media_type, report_url=f"http://{HOST}{COLUMN}{attachment}"))

        add_stub(AGENCY, "2024-01-26", "pdf", "application/pdf", render_pdf)
        add_stub("青山县财政局", "2024-01-29", "docx", DOCX, render_docx)

        # A seeded report (seed 001, 2019 template) republished on this portal.
        href, path = article_path("2021-02-19")
        self.add(path, seed_page("seed001", "trs"), HTML_GBK)
        title = "瀍河回族区文化和旅游局2020年政府信息公开工作年度报告"
        entries.append((href, title, "2021-02-19"))
        self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", title, "report", "瀍河回族区文化和旅游局", 2020,
                                seed="seed001"))

        for title, date in (
            ("青山县2023年政府信息公开工作年度报告解读", "2024-01-27"),
            ("图解：青山县2023年政府信息公开工作年度报告", "2024-01-28"),
            ("青山县2024年政务公开工作要点", "2024-03-05"),
            ("青山县人民政府信息公开指南", "2023-06-01"),
        ):
            href, path = article_path(date)
            body = html_document(title, decoy_body(title, date), "gb2312", {"ArticleTitle": title}, AGENCY)
            self.add(path, body.encode("gbk", "xmlcharrefreplace"), HTML_GBK)
            entries.append((href, title, date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", title, "decoy"))

        entries.sort(key=lambda e: e[2], reverse=True)
        pages = [entries[i : i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
        for index, chunk in enumerate(pages):
            name = "index.html" if index == 0 else f"index_{index}.html"
            self.add(f"{COLUMN}{name}", self._list_page(chunk, index, len(pages)).encode("gbk", "xmlcharrefreplace"),
                     HTML_GBK)

    def _list_page(self, entries: list[tuple[str, str, str]], index: int, count: int) -> str:
        items = "".join(
            f'<li><a href="./{href}" target="_blank" title="{title}">{title[:18] + "…" if len(title) > 19 else title}'
            f"</a><span>{date}</span></li>"
            for href, title, date in entries
        )
        pager = (
            "<script>function createPageHTML(count, cur, name, ext) {"
            " if (!count || count <= 1) return;"
            ' var url = function (i) { return i === 0 ? name + "." + ext : name + "_" + i + "." + ext; };'
            ' document.write("共" + count + "页"); }'
            f'\ncreatePageHTML({count}, {index}, "index", "html");</script>'
        )
        nav = ('<div class="nav"><a href="/zwgk/zfxxgk/zfxxgkzn/">政府信息公开指南</a>'
               '<a href="/zwgk/zfxxgk/zfxxgknb/">政府信息公开年报</a></div>')
        body = f'{nav}<div class="position">当前位置：首页 &gt; 政府信息公开年报</div><ul class="list">{items}</ul>' \
               f'<div class="page">{pager}</div>'
        return html_document("政府信息公开年报", body, "gb2312", {"ColumnName": "政府信息公开年报"}, AGENCY)


PORTALS = [TrsClassicCounty]
