"""gkmlpt family on the 榕湾区 fixture portal (gkmlpt-gd-district): the SPA shell, the cookie-gated
JSON list API with 100 articles a page, detail pages that live in an embedded ``DETAIL`` object, and
two PDF-only reports."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.utils.test import get_crawler

from govcrawl.bases.gkmlpt import GkmlptSpider
from govcrawl.crawl.gkmldata import detail_attachments, embedded_detail, shell_sid
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site
from govcrawl.province.portals.gkmlpt_gd import API, COLUMN, COOKIE, HOST, PER_PAGE, SHELL, SID, GkmlptGdDistrict
from govcrawl.province.server import Request as FixtureRequest
from govcrawl.province.server import Response as FixtureResponse
from govcrawl.report import parse_report
from spiders.registry import SPIDERS
from tests.report.expected import flat_tables

PORTAL = GkmlptGdDistrict()
REPORTS = [t for t in PORTAL.truth if t.kind == "report"]
SHELL_URL = f"http://{HOST}{SHELL}#{COLUMN}"


def served(request: Request, cookie: bool = True) -> FixtureResponse:
    parts = urlsplit(request.url)
    headers = {k.decode().lower(): v[0].decode() for k, v in request.headers.items()}
    if cookie:
        headers["cookie"] = f"{COOKIE}={PORTAL.session}"
    return PORTAL.handle(FixtureRequest(request.method, parts.hostname or "", parts.path,
                                        parse_qs(parts.query, keep_blank_values=True), headers))


def fetch(request: Request) -> Response:
    found = served(request)
    assert found.status == 200, (request.url, found.status)
    headers = {"Content-Type": found.content_type or "", **found.headers}
    kind = found.content_type or ""
    cls = HtmlResponse if kind.startswith("text/html") else TextResponse if "json" in kind else Response
    return cls(request.url, body=found.body, headers=headers, request=request)


def spider(options: dict[str, Any] | None = None) -> GkmlptSpider:
    cls = SPIDERS["rongwan-gov"]
    if options is not None:
        site = Site(**{**cls.site.__dict__, "options": options,
                       "start_urls": (f"http://{HOST}{SHELL}",)})
        cls = type("GkmlptOptions", (GkmlptSpider,), {"name": "gkmlpt-options", "site": site})
    return cls.from_crawler(get_crawler(cls))  # type: ignore[no-any-return]


def api_page(page: int) -> TextResponse:
    response = fetch(Request(f"http://{HOST}{API}?page={page}&sid={SID}", headers={"Referer": f"http://{HOST}{SHELL}"}))
    assert isinstance(response, TextResponse)
    return response


def followed(requests: list[Any]) -> set[str]:
    return {r.url for r in requests if r.callback.__name__ in ("parse_report_page", "parse_attachment")}


def test_shell_has_no_list_but_sets_the_cookie_and_names_the_site() -> None:
    found = served(Request(SHELL_URL), cookie=False)
    assert found.headers["Set-Cookie"].startswith(f"{COOKIE}={PORTAL.session};")
    shell = fetch(Request(SHELL_URL))
    assert isinstance(shell, HtmlResponse)
    assert not shell.css("a[href]") and shell_sid(shell.text) == SID


def test_shell_asks_the_api_for_page_one_of_its_column() -> None:
    (request,) = list(spider().parse_list(fetch(Request(SHELL_URL))))
    assert request.url == f"http://{HOST}{API}?page=1&sid={SID}"
    assert request.callback.__name__ == "parse_api"
    assert request.headers["Referer"] == f"http://{HOST}{SHELL}".encode()


def test_column_and_sid_can_come_from_the_registry() -> None:
    (request,) = list(spider({"column": 77, "sid": "123"}).parse_list(fetch(Request(f"http://{HOST}{SHELL}"))))
    assert request.url == f"http://{HOST}/gkmlpt/api/all/77?page=1&sid=123"


def test_api_wants_the_front_end_cookie() -> None:
    assert served(Request(f"http://{HOST}{API}?page=1&sid={SID}"), cookie=False).status == 403
    data = json.loads(api_page(1).body)
    assert data["total"] == len(PORTAL.entries) > PER_PAGE and len(data["articles"]) == PER_PAGE
    assert set(data["articles"][0]) >= {"title", "url", "date"}


def test_page_one_schedules_page_two_only_once() -> None:
    out = list(spider().parse_api(api_page(1)))
    pages = [r for r in out if r.callback.__name__ == "parse_api"]
    assert [r.url for r in pages] == [f"http://{HOST}{API}?page=2&sid={SID}"]
    assert pages[0].headers["Referer"] == f"http://{HOST}{SHELL}".encode()
    assert not [r for r in spider().parse_api(api_page(2)) if r.callback.__name__ == "parse_api"]


def test_both_pages_find_every_report_and_no_decoy() -> None:
    first, second = followed(list(spider().parse_api(api_page(1)))), followed(list(spider().parse_api(api_page(2))))
    assert first | second == {t.url for t in REPORTS}
    assert second, "page 2 must hold reports, or the pager is not exercised"
    assert not (first | second) & {t.url for t in PORTAL.truth if t.kind == "decoy"}


def test_detail_page_is_read_from_its_detail_object() -> None:
    truth = next(t for t in REPORTS if t.agency_name == "榕湾区人民政府" and t.year == 2023)
    response = fetch(Request(truth.url))
    assert isinstance(response, HtmlResponse) and not response.css("table")  # the page itself is a shell
    detail = embedded_detail(response.text)
    assert detail is not None and detail["title"] == truth.title and "<table" in detail["content"]
    (item,) = list(spider().parse_report_page(response, title=truth.title))
    assert isinstance(item, ReportItem) and item.url == truth.url and item.agency["id"] == "rongwan-gov"
    record = parse_report(item.body, item.media_type, url=item.url)
    assert truth.doc is not None
    assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables))
    assert record["year"] == 2023


def test_pdf_only_reports_follow_their_attachment() -> None:
    pdfs = [t for t in REPORTS if t.report_url]
    assert len(pdfs) == 2 and all(t.media_type == "application/pdf" for t in pdfs)
    linked = 0
    for truth in pdfs:
        response = fetch(Request(truth.url))
        detail = embedded_detail(response.text)
        assert detail is not None and detail_attachments(detail)[0][0] == truth.report_url
        linked += truth.report_url in detail["content"]
        out = list(spider().parse_report_page(response, title=truth.title))
        assert [r.url for r in out] == [truth.report_url]
        assert out[0].headers["Referer"] == truth.url.encode()
        pdf = fetch(Request(truth.report_url))
        assert pdf.body.startswith(b"%PDF")
        assert truth.doc is not None
        record = parse_report(pdf.body, "application/pdf", url=truth.report_url)
        assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables))
    assert linked == 1  # one lists the file only in DETAIL.attachment, one also links it in the content


def test_detail_reader_is_robust() -> None:
    assert embedded_detail("<script>var x = {DETAIL: oops}</script>") is None
    assert embedded_detail("<html>no detail</html>") is None
    assert embedded_detail('DETAIL: {"title": "a", "content": "<p>b<\\/p>"}, TREE: []') == {
        "title": "a", "content": "<p>b</p>"}
    assert detail_attachments({"attachment": [{"url": "/a.pdf", "name": "a"}, "junk", {"name": "no url"}]}) == [
        ("/a.pdf", "a")]


def test_api_errors_are_not_lists() -> None:
    s = spider()
    assert list(s.parse_api(TextResponse("http://x.test/a", body=b"<html>403</html>"))) == []
    assert list(s.parse_api(TextResponse("http://x.test/a", body=b'{"articles": null}'))) == []
