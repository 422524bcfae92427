"""trs_classic family on the 青山县 fixture portal: list pages, the 0-based 4-argument pager,
report links chosen by title, stub pages whose report is an attachment."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request

from govcrawl.crawl.items import ReportItem
from govcrawl.province.portals.trs_classic import COLUMN, HOST, TrsClassicCounty
from tests.crawl import portal_client

PORTAL = TrsClassicCounty()


def response(path: str) -> HtmlResponse:
    found = PORTAL.resources[path]
    return HtmlResponse(f"http://{HOST}{path}", body=found.body, headers={"Content-Type": found.content_type or ""},
                        request=Request(f"http://{HOST}{path}"))


def spider():  # type: ignore[no-untyped-def]
    return portal_client.site_spider("qingshan-gov")


def test_first_list_page_schedules_every_page_and_only_reports() -> None:
    out = list(spider().parse_list(response(f"{COLUMN}index.html")))
    pages = [r.url for r in out if r.callback.__name__ == "parse_list"]
    assert pages == [f"http://{HOST}{COLUMN}index_1.html", f"http://{HOST}{COLUMN}index_2.html"]
    reports = [r for r in out if r.callback.__name__ != "parse_list"]
    truth = {t.url: t for t in PORTAL.truth}
    assert reports and all(truth[r.url].kind == "report" for r in reports)


def test_all_pages_find_every_report_and_no_decoy() -> None:
    s = spider()
    urls = set()
    for name in ("index.html", "index_1.html", "index_2.html"):
        for r in s.parse_list(response(f"{COLUMN}{name}")):
            if r.callback.__name__ != "parse_list":
                urls.add(r.url)
    assert urls == {t.url for t in PORTAL.truth if t.kind == "report"}


def test_later_pages_do_not_reschedule() -> None:
    out = list(spider().parse_list(response(f"{COLUMN}index_1.html")))
    assert all(r.callback.__name__ != "parse_list" for r in out)


def test_stub_page_follows_its_attachment_with_referer() -> None:
    stub = next(t for t in PORTAL.truth if t.report_url)
    path = stub.url.split(HOST, 1)[1]
    out = list(spider().parse_report_page(response(path), title=stub.title))
    assert [r.url for r in out] == [stub.report_url]
    assert out[0].headers.get("Referer") == stub.url.encode()


def test_report_page_is_an_item_with_the_portal_agency() -> None:
    truth = next(t for t in PORTAL.truth
                 if t.kind == "report" and t.agency_name == "青山县人民政府" and not t.report_url)
    path = truth.url.split(HOST, 1)[1]
    (item,) = list(spider().parse_report_page(response(path), title=truth.title))
    assert isinstance(item, ReportItem)
    assert item.agency["id"] == "qingshan-gov" and item.agency["region_code"] == "990101"
    assert item.media_type == "text/html"
    bureau = next(t for t in PORTAL.truth if t.agency_name == "青山县教育局")
    (item,) = list(spider().parse_report_page(response(bureau.url.split(HOST, 1)[1]), title=bureau.title))
    assert item.agency["id"] == "qingshan-gov/青山县教育局"
