"""Issue 12, a class of held-out round 16 (any family), tested on a portal written unlike the batch's:
one article offers its report as several files — the same document in other formats (a Word copy
beside the PDF, download links through ``downfile.jsp?filename=…``).

1. the files of one article that are one document in other formats are recognised as such (each
   of another document format, no name telling them apart); files that name different documents,
   two files of one format, or a spreadsheet beside the report are not.
2. each file's record names the others in ``source.attachments`` (role ``alternate_format``).
3. the store keeps the one read best (parsed before unparsed, more numbers, then a fixed order of
   formats) whichever arrives first, and never takes the other for a rival document: no
   ``contested_with``, so no SHORT and no exit 4.  Two documents of different articles with
   different numbers for one (agency, year) still are a conflict.
"""

from __future__ import annotations

from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from sqlalchemy import select

from govcrawl.bases.base import PortalSpider
from govcrawl.crawl.formats import format_alternates
from govcrawl.crawl.registry import Site
from govcrawl.store import Store
from govcrawl.store.models import Report, ReportVersion
from govcrawl.store.store import ALTERNATE_FORMAT
from tests.store.conftest import db_url, pg_database, pg_server, sqlite_template, store  # noqa: F401
from tests.store.factory import AGENCY, make_record, variant

HOST = "http://www.lanxi.gov.test"
PAGE = f"{HOST}/art/2024/1/26/art_1229120_5518.html"
PDF = f"{HOST}/module/download/downfile.jsp?classid=0&filename=6f1e2a.pdf"
DOCX = f"{HOST}/module/download/downfile.jsp?classid=0&filename=6f1e2b.docx"
DOCX_MEDIA = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_formats_of_one_document_are_recognised() -> None:
    named = [(PDF, "兰溪县2023年政府信息公开工作年度报告（PDF版）"),
             (DOCX, "兰溪县2023年政府信息公开工作年度报告（Word版）")]
    assert format_alternates(named) == {PDF: [DOCX], DOCX: [PDF]}
    # Icon links with no name, a spreadsheet beside them (not a format of the report): still one document.
    icons = [("./P020240126.pdf", ""), ("./P020240126.ofd", ""), ("./P020240126.xlsx", "")]
    assert format_alternates(icons) == {"./P020240126.pdf": ["./P020240126.ofd"],
                                        "./P020240126.ofd": ["./P020240126.pdf"]}


@pytest.mark.parametrize("files", [
    [(PDF, "兰溪县2023年政府信息公开工作年度报告.pdf"), (DOCX, "兰溪县2023年政府信息公开工作年度报告解读.docx")],
    [("./a.pdf", "附件1"), ("./b.pdf", "附件2")],        # two files of one format: two documents
    [(PDF, "年度报告.pdf")],                            # one file
])
def test_1_different_documents_are_not_formats_of_one(files: list[tuple[str, str]]) -> None:
    assert format_alternates(files) == {}


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_each_files_record_names_the_others() -> None:
    site = Site(id="lanxi-gov", agency="兰溪县人民政府", cms="hanweb", region="测试省兰溪县", start_urls=(HOST + "/",))
    spider = PortalSpider.from_crawler(get_crawler(PortalSpider), name=site.id, sites=[site])
    body = ('<html><body><div id="zoom"><p>兰溪县2023年政府信息公开工作年度报告全文请下载附件。</p>'
            f'<p><a href="{PDF}">兰溪县2023年政府信息公开工作年度报告（PDF版）</a></p>'
            f'<p><a href="{DOCX}">兰溪县2023年政府信息公开工作年度报告（Word版）</a></p></div></body></html>')
    page = HtmlResponse(PAGE, body=body.encode(), encoding="utf-8", request=Request(PAGE, meta={"site": site}))
    requests = list(spider.parse_report_page(page, "兰溪县2023年政府信息公开工作年度报告"))
    assert [r.url for r in requests] == [PDF, DOCX]
    file = HtmlResponse(DOCX, body=b"PK\x03\x04", request=requests[1])
    item = spider.item(file, "兰溪县2023年政府信息公开工作年度报告", PAGE)
    assert item.attachments == [{"url": PDF, "media_type": "application/pdf", "sha256": None,
                                 "role": ALTERNATE_FORMAT}]


# -- 3 -----------------------------------------------------------------------------------------------
def _file(url: str, media: str, other: str, numbers: bool) -> dict[str, Any]:
    """The record of one format of the report: read to its tables, or not read (no template)."""
    rec = make_record(year=2023, url=url)
    rec["source"].update(media_type=media, attachments=[
        {"url": other, "media_type": None, "sha256": None, "role": ALTERNATE_FORMAT}])
    rec["source"]["page_url"] = PAGE
    if not numbers:
        rec = variant(rec, template_version=None, tables={"t2": {}, "t3": {}, "t4": {}}, cells=[], checks=[],
                      flags=["tables_missing"])
    return rec


def _save(st: Store, rec: dict[str, Any]) -> Any:
    return st.save_record(rec, repr(sorted(rec["source"].items())).encode(), rec["source"]["media_type"],
                          rec["source"]["url"])


def _current(st: Store) -> str:
    with st.reading() as conn:
        return str(conn.execute(select(ReportVersion.source_url)
                                .join(Report, Report.current_version_id == ReportVersion.id)).scalar_one())


@pytest.mark.parametrize("order", ["docx-first", "pdf-first"])
def test_3_the_format_read_best_is_kept_and_no_rival_is_said(store: Store, order: str) -> None:  # noqa: F811
    pdf, docx = _file(PDF, "application/pdf", DOCX, numbers=True), _file(DOCX, DOCX_MEDIA, PDF, numbers=False)
    first, second = (docx, pdf) if order == "docx-first" else (pdf, docx)
    assert _save(store, first).kind == "new"
    result = _save(store, second)
    assert result.contested_with is None
    assert result.kind == ("changed" if order == "docx-first" else "superseded")
    assert _current(store) == PDF


@pytest.mark.parametrize("order", ["docx-first", "pdf-first"])
def test_3_formats_read_alike_keep_one_whichever_came_first(store: Store, order: str) -> None:  # noqa: F811
    pdf = _file(PDF, "application/pdf", DOCX, numbers=True)
    docx = variant(_file(DOCX, DOCX_MEDIA, PDF, numbers=True),
                   sections={**pdf["sections"], "overview": "2023年，兰溪县（Word 排版）认真贯彻落实条例。"})
    for rec in ((docx, pdf) if order == "docx-first" else (pdf, docx)):
        assert _save(store, rec).contested_with is None
    assert _current(store) == DOCX  # the structured format, both read to the same numbers


def test_3_two_articles_with_different_numbers_still_conflict(store: Store) -> None:  # noqa: F811
    one = make_record(year=2023, url=f"{HOST}/art/2024/1/26/art_1229120_5518.html", licensing=12)
    other = make_record(year=2023, url=f"{HOST}/art/2024/1/26/art_1229120_5602.html", licensing=31)
    assert one["agency"] == other["agency"] == AGENCY
    assert _save(store, one).kind == "new"
    assert _save(store, other).contested_with == one["source"]["url"]
