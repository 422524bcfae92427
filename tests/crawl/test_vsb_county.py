"""vsb family on the 博远县 fixture portal: reverse-numbered list pages behind the pb_sys_common
pager, /info/1050/<id>.htm articles, and the Referer-gated download.jsp attachment."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from scrapy.http import HtmlResponse, Response

from govcrawl.bases.vsb import pager_position
from govcrawl.crawl.items import ReportItem
from govcrawl.province.portals.vsb_county import COLUMN, DYNCLICKS, HOST, OWNER, VsbCounty
from govcrawl.province.server import Response as FixtureResponse
from govcrawl.report import parse_report
from tests.crawl import portal_client

PORTAL = VsbCounty()
LIST_PAGES = [COLUMN, "/zwgk/zfxxgknb/2.htm", "/zwgk/zfxxgknb/1.htm"]


def served(url: str, referer: str | None = None) -> FixtureResponse:
    return portal_client.served(PORTAL, url, {"referer": referer} if referer else {})


def fetch(url: str, referer: str | None = None) -> Response:
    return portal_client.fetch(PORTAL, url, {"referer": referer} if referer else {})


def page(path: str) -> HtmlResponse:
    response = fetch(f"http://{HOST}{path}")
    assert isinstance(response, HtmlResponse)
    return response


def spider():  # type: ignore[no-untyped-def]
    return portal_client.site_spider("vsbcounty-gov")


def test_pager_reads_count_and_position() -> None:
    assert [pager_position(page(p)) for p in LIST_PAGES] == [(1, 3), (2, 3), (3, 3)]
    assert "共27条" in page(COLUMN).text


def test_first_page_schedules_the_reverse_numbered_pages() -> None:
    out = list(spider().parse_list(page(COLUMN)))
    pages = [r.url for r in out if r.callback.__name__ == "parse_list"]
    assert pages == [f"http://{HOST}/zwgk/zfxxgknb/2.htm", f"http://{HOST}/zwgk/zfxxgknb/1.htm"]
    for path in LIST_PAGES[1:]:
        assert all(r.callback.__name__ != "parse_list" for r in spider().parse_list(page(path)))


def test_all_pages_find_every_report_and_no_decoy() -> None:
    s = spider()
    followed = {r.url for p in LIST_PAGES for r in s.parse_list(page(p)) if r.callback.__name__ != "parse_list"}
    reports = {t.url for t in PORTAL.truth if t.kind == "report"}
    assert followed == reports and len(reports) == 21
    assert len([t for t in PORTAL.truth if t.kind == "decoy"]) == 6
    assert all(re.fullmatch(rf"http://{HOST}/info/1050/\d+\.htm", u) for u in followed)


def test_stub_article_follows_its_download_with_the_article_as_referer() -> None:
    stub = next(t for t in PORTAL.truth if t.report_url)
    (request,) = list(spider().parse_report_page(page(urlsplit(stub.url).path), title=stub.title))
    assert request.url == stub.report_url
    assert "download.jsp?urltype=news.DownloadAttachUrl&owner=" in request.url
    assert request.headers.get("Referer") == stub.url.encode()
    assert request.callback.__name__ == "parse_attachment"


def test_download_without_referer_is_an_html_error_page_and_no_item() -> None:
    stub = next(t for t in PORTAL.truth if t.report_url)
    assert stub.report_url
    for referer in (None, f"http://{HOST}{COLUMN}"):
        found = served(stub.report_url, referer)
        assert found.status == 200 and 4_000 < len(found.body) < 6_000 and b"<html" in found.body
        response = fetch(stub.report_url, referer)
        assert list(spider().parse_attachment(response, title=stub.title, page_url=stub.url)) == []


def test_download_with_referer_is_the_report() -> None:
    stub = next(t for t in PORTAL.truth if t.report_url)
    assert stub.report_url and stub.doc is not None
    response = fetch(stub.report_url, referer=stub.url)
    assert response.body.startswith(b"%PDF")
    (item,) = list(spider().parse_attachment(response, title=stub.title, page_url=stub.url))
    assert isinstance(item, ReportItem) and item.page_url == stub.url
    record = parse_report(item.body, item.media_type, url=item.url)
    assert record["source"]["media_type"] == "application/pdf" and record["year"] == 2024
    assert record["tables"]["t3"] == stub.doc.tables["t3"]


def test_articles_carry_their_own_click_counter() -> None:
    truth = next(t for t in PORTAL.truth if t.kind == "report" and t.doc is not None and not t.report_url)
    article = urlsplit(truth.url).path.rsplit("/", 1)[1].removesuffix(".htm")
    response = page(urlsplit(truth.url).path)
    assert f'_showDynClicks("wbnews", {OWNER}, {article})' in response.text
    assert response.css("div[id^=vsb_content] .v_news_content table")
    clicks = served(f"http://{HOST}{DYNCLICKS}?clickid={article}&owner={OWNER}&clicktype=wbnews")
    assert clicks.body.isdigit()


def test_seed_report_is_flagged_spam_injection() -> None:
    seed = next(t for t in PORTAL.truth if t.seed)
    assert seed.seed == "seed004" and seed.flags == ("spam_injection",)
    (item,) = list(spider().parse_report_page(page(urlsplit(seed.url).path), title=seed.title))
    assert item.agency["name"] == "长沙市芙蓉区"
    record = parse_report(item.body, item.media_type, url=item.url)
    assert "spam_injection" in record["flags"] and record["year"] == 2021
