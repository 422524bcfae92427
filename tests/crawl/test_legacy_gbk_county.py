"""gkml_action family on the 古堰县 fixture portal: query-string list pages, GB18030 pages behind a
malformed charset meta and a charset-less header, UPPERCASE markup, soft 404s, .doc and .ofd
reports, slow responses and one hang longer than the site's download timeout."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from scrapy.http import HtmlResponse, Request, Response

from govcrawl.bases.legacy import page_charset, with_param
from govcrawl.crawl.items import ReportItem
from govcrawl.province.portals.legacy_gbk_county import HOST, SOFT_404_TEXT, LegacyGbkCounty
from govcrawl.province.server import Request as FixtureRequest
from govcrawl.province.server import Response as FixtureResponse
from govcrawl.report import parse_report
from spiders.registry import SPIDERS
from tests.conftest import ROOT
from tests.crawl import portal_client
from tests.report.expected import flat_tables

PORTAL = LegacyGbkCounty()
PORTAL.latency = (0.0, 0.0)


def served(url: str) -> FixtureResponse:
    return portal_client.served(PORTAL, url)


def fetch(url: str) -> Response:
    return portal_client.fetch(PORTAL, url)


def page(url: str) -> HtmlResponse:
    response = fetch(url)
    assert isinstance(response, HtmlResponse)
    return response


def spider():  # type: ignore[no-untyped-def]
    return portal_client.site_spider("guyan-gov")


LIST_PAGES = [PORTAL.list_url(n) for n in range(1, len(PORTAL.pages) + 1)]


def test_pages_are_gb18030_behind_a_malformed_meta_and_no_header_charset() -> None:
    found = served(LIST_PAGES[0])
    assert found.content_type == "text/html"
    assert b'<META httpequiv="ContentType" CONTENT="text/html; charset=gbk">' in found.body
    assert b"<TABLE" in found.body and b"<table" not in found.body
    with pytest.raises(UnicodeDecodeError):
        found.body.decode("gbk")  # 𠮷 in the footer: GB18030 only
    plain = page(LIST_PAGES[0])
    assert page_charset(plain) == "gb18030"
    # w3lib ≥ 2 reads the malformed meta too; the spider does not depend on it: a response decoded
    # as Latin-1 (old w3lib, scrapy/w3lib#155) is decoded again with the charset the page names.
    latin = HtmlResponse(plain.url, body=plain.body, headers={"Content-Type": "text/html"}, encoding="latin-1",
                         request=Request(plain.url))
    assert "年度报告" not in latin.text
    fixed = spider().decoded(latin)
    assert fixed.encoding == "gb18030" and "年度报告" in fixed.text and "𠮷" in fixed.text
    assert spider().decoded(plain) is plain


def test_registry_encoding_overrides_what_the_page_says() -> None:
    plain = page(LIST_PAGES[0])
    assert page_charset(plain, "gb2312") == "gb18030" and page_charset(plain, "utf-8") == "utf-8"


def test_first_page_schedules_the_query_string_pages() -> None:
    out = list(spider().parse_list(page(LIST_PAGES[0])))
    lists = [r.url for r in out if r.callback.__name__ == "parse_list"]
    assert lists == LIST_PAGES[1:] and len(LIST_PAGES) == 3
    assert all(r.meta["download_timeout"] == 3.0 for r in out)
    for url in LIST_PAGES[1:]:
        assert all(r.callback.__name__ != "parse_list" for r in spider().parse_list(page(url)))
    assert with_param(LIST_PAGES[0], "pageNo", "3") == LIST_PAGES[2]


def test_lists_find_every_report_and_no_decoy() -> None:
    s = spider()
    followed = {r.url for u in LIST_PAGES for r in s.parse_list(page(u)) if r.callback.__name__ != "parse_list"}
    reports = {t.url for t in PORTAL.truth if t.kind == "report"}
    deleted = {url for url, _ in PORTAL.deleted}
    assert len(reports) == 10 and len(deleted) == 2 and len([t for t in PORTAL.truth if t.kind == "decoy"]) == 4
    assert followed == reports | deleted  # the deleted ones look like reports until fetched


def test_soft_404s_are_skipped_and_counted() -> None:
    s = spider()
    unknown = f"http://{HOST}/News_showGkmlNews.action?messagekey=1"
    for url in [PORTAL.deleted[0][0], unknown, f"http://{HOST}/nothing.jsp"]:
        response = page(url)
        assert SOFT_404_TEXT.encode("gb18030") in response.body
        assert list(s.parse_report_page(response, title="古堰县2018年政府信息公开工作年度报告")) == []
    assert s.crawler.stats.get_value("govcrawl/soft_404") == 3


def test_html_reports_give_exact_values_with_the_charset_in_the_media_type() -> None:
    reports = [t for t in PORTAL.truth if t.kind == "report" and t.doc is not None and t.report_url is None]
    assert any("㵘" in t.agency_name for t in reports)
    for truth in reports:
        (item,) = list(spider().parse_report_page(page(truth.url), title=truth.title))
        assert isinstance(item, ReportItem) and item.media_type == "text/html; charset=gb18030"
        assert item.agency["name"] == truth.agency_name
        record = parse_report(item.body, item.media_type, url=item.url, agency=item.agency)
        assert record["year"] == truth.year and record["agency"]["name"] == truth.agency_name
        assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables)), truth.url  # type: ignore[union-attr]


def test_doc_is_flagged_without_values_and_ofd_read_exactly() -> None:
    files = [t for t in PORTAL.truth if t.report_url]
    assert sorted(t.media_type for t in files) == ["application/msword", "application/ofd"]
    for truth in files:
        (request,) = list(spider().parse_report_page(page(truth.url), title=truth.title))
        assert request.url == truth.report_url and request.callback.__name__ == "parse_attachment"
        (item,) = list(spider().parse_attachment(fetch(request.url), title=truth.title, page_url=truth.url))
        record = parse_report(item.body, item.media_type, url=item.url, agency=item.agency)
        assert record["flags"] == list(truth.flags)
        assert record["source"]["media_type"] == truth.media_type
        if truth.doc is None:  # the binary .doc: no value invented
            assert truth.flags == ("unsupported_doc",)
            assert not any(v is not None for v in flat_tables(record["tables"]).values())
        else:
            assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables))
            assert (record["agency"]["name"], record["year"]) == (truth.agency_name, truth.year)


def test_latency_and_one_hang() -> None:
    portal = LegacyGbkCounty()
    delays = [served_by(portal, f"http://{HOST}/News_showGkmlNews.action?messagekey=1").delay for _ in range(20)]
    low, high = portal.latency
    assert all(low <= d <= high for d in delays) and high <= 1.0
    first, second = (served_by(portal, LIST_PAGES[1]) for _ in range(2))
    assert first.delay == portal.hang_seconds > 3.0 and second.delay <= high
    assert SPIDERS["guyan-gov"].site.options["download_timeout"] < portal.hang_seconds


def served_by(portal: LegacyGbkCounty, url: str) -> FixtureResponse:
    parts = urlsplit(url)
    return portal.handle(FixtureRequest("GET", parts.hostname or "", parts.path, parse_qs(parts.query), {}))


def test_crawl_logs_the_timeout_and_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "legacy.sqlite3"
    done = subprocess.run([sys.executable, "-m", "govcrawl", "crawl", "--agency", "guyan-gov", "--db",
                           f"sqlite:///{db}", "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "10 reports" in done.stdout and "DownloadTimeoutError ×1" in done.stdout, done.stdout
    with sqlite3.connect(db) as conn:
        errors = conn.execute("SELECT url, error FROM fetch_log WHERE error IS NOT NULL").fetchall()
        fetched = {u for (u,) in conn.execute("SELECT url FROM fetch_log WHERE http_status = 200")}
    # The registry's https address: the portal's https port speaks only TLS 1.0, OpenSSL 3 refuses
    # it — once, logged with the reason — and the crawl goes on over http.
    tls = [(u, e) for u, e in errors if u.startswith("https://")]
    assert len(tls) == 1 and "SSL" in tls[0][1] and "protocol version" in tls[0][1], tls
    assert [(u, e.split(":")[0]) for u, e in errors if not u.startswith("https://")] == [
        (LIST_PAGES[1], "DownloadTimeoutError")]
    assert LIST_PAGES[0] in fetched and LIST_PAGES[1] in fetched  # over http; the retry got page 2
