"""hanweb family on the 桐溪县 fixture portal (hanweb-zj-county): the ``<datastore>`` list inside a
``<script type="text/xml">``, the jpage ``dataproxy.jsp`` endpoint (POST record window, GET page),
defused XML, ``#zoom`` article pages, and ``downfile.jsp`` attachments behind a throttling gateway."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from parsel import Selector
from scrapy.http import FormRequest, HtmlResponse, Request, Response, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from govcrawl.bases.hanweb import HanwebSpider
from govcrawl.crawl.hanwebdata import jpage_configs, parse_datastore
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site
from govcrawl.province.fixture import build_province
from govcrawl.province.portals.hanweb_zj import (
    COLUMN,
    COLUMN_ID,
    DOWNLOAD,
    HOST,
    OLE_MAGIC,
    PER_PAGE,
    PROXY,
    UNIT_ID,
    HanwebZjCounty,
)
from govcrawl.province.server import Request as FixtureRequest
from govcrawl.province.server import Response as FixtureResponse
from govcrawl.report import parse_report
from spiders.registry import SPIDERS
from tests.conftest import ROOT
from tests.report.expected import flat_tables

PORTAL = HanwebZjCounty()
REPORTS = [t for t in PORTAL.truth if t.kind == "report"]
LIST_URL = f"http://{HOST}{COLUMN}"


def served(request: Request) -> FixtureResponse:
    parts = urlsplit(request.url)
    query = parse_qs(parts.query, keep_blank_values=True)
    if request.method == "POST":
        for key, values in parse_qs(request.body.decode(), keep_blank_values=True).items():
            query.setdefault(key, values)
    headers = {k.decode().lower(): v[0].decode() for k, v in request.headers.items()}
    return PORTAL.handle(FixtureRequest(request.method, parts.hostname or "", parts.path, query, headers,
                                        request.body))


def fetch(request: Request) -> Response:
    found = served(request)
    assert found.status == 200, (request.url, found.status)
    headers = {"Content-Type": found.content_type or "", **found.headers}
    kind = found.content_type or ""
    cls = HtmlResponse if kind.startswith("text/html") else XmlResponse if "xml" in kind else Response
    return cls(request.url, body=found.body, headers=headers, request=request)


def page(url: str) -> HtmlResponse:
    response = fetch(Request(url))
    assert isinstance(response, HtmlResponse)
    return response


def spider(options: dict[str, Any] | None = None) -> HanwebSpider:
    cls = SPIDERS["tongxi-gov"]
    if options is not None:
        site = Site(**{**cls.site.__dict__, "options": options})
        cls = type("HanwebOptions", (HanwebSpider,), {"name": "hanweb-options", "site": site})
    return cls.from_crawler(get_crawler(cls))  # type: ignore[no-any-return]


def followed(requests: list[Any]) -> set[str]:
    return {r.url for r in requests if r.callback.__name__ in ("parse_report_page", "parse_attachment")}


# -- the list page and its datastore ------------------------------------------------------------
def test_the_list_is_invisible_to_an_html_parser() -> None:
    html = page(LIST_URL)
    assert not html.css('a[href*="/art/"]')  # every article link sits inside the XML script
    (store,) = html.xpath('//script[@type="text/xml"]/text()').getall()
    parsed = parse_datastore(store)
    assert parsed.rejected is None and len(parsed.records) == PER_PAGE
    (config,) = jpage_configs(html.text)
    assert (config.proxy_url, config.total_record, config.per_page) == (PROXY, len(PORTAL.entries), PER_PAGE)
    assert config.params["columnid"] == str(COLUMN_ID) and config.params["unitid"] == str(UNIT_ID)
    assert config.params["webname"] == "桐溪县人民政府" and config.params["path"] == "/"


def test_list_page_follows_its_reports_and_posts_the_rest_to_the_proxy() -> None:
    out = list(spider().parse_list(page(LIST_URL)))
    first = {f"http://{HOST}{href}" for href, _t, _d in PORTAL.entries[:PER_PAGE]}
    assert followed(out) == {t.url for t in REPORTS if t.url in first}
    (proxy,) = [r for r in out if r.callback.__name__ == "parse_proxy"]
    assert isinstance(proxy, FormRequest) and proxy.method == "POST"
    total = len(PORTAL.entries)
    assert proxy.url == f"http://{HOST}{PROXY}?startrecord=16&endrecord={total}&perpage=15"
    form = {k: v[0] for k, v in parse_qs(proxy.body.decode()).items()}
    assert form["columnid"] == str(COLUMN_ID) and form["unitid"] == str(UNIT_ID) and form["webid"] == "3311"
    assert proxy.headers["Content-Type"] == b"application/x-www-form-urlencoded"
    assert proxy.headers["Referer"] == LIST_URL.encode()


def test_list_plus_proxy_find_every_report_and_no_decoy() -> None:
    s = spider()
    out = list(s.parse_list(page(LIST_URL)))
    (proxy,) = [r for r in out if r.callback.__name__ == "parse_proxy"]
    answer = fetch(proxy)
    assert isinstance(answer, TextResponse)
    assert re.search(rb"<totalrecord>25</totalrecord><totalpage>2</totalpage>", answer.body)
    out += list(s.parse_proxy(answer))
    assert followed(out) == {t.url for t in REPORTS}
    assert not followed(out) & {t.url for t in PORTAL.truth if t.kind == "decoy"}


def test_get_variant_asks_for_the_pages_past_the_first() -> None:
    out = list(spider({"jpage": "get"}).parse_list(page(LIST_URL)))
    (proxy,) = [r for r in out if r.callback.__name__ == "parse_proxy"]
    assert proxy.method == "GET" and parse_qs(urlsplit(proxy.url).query)["page"] == ["2"]
    store = parse_datastore(fetch(proxy).body)
    assert [next(iter(re.findall(r'href="([^"]+)"', r))) for r in store.records] == [
        href for href, _t, _d in PORTAL.entries[PER_PAGE:]]


def test_old_proxy_path_is_404_and_a_wrong_unit_gets_an_empty_store() -> None:
    assert served(Request(f"http://{HOST}/module/jpage/dataproxy.jsp?startrecord=16&endrecord=60&perpage=15",
                          method="POST")).status == 404
    wrong = FormRequest(f"http://{HOST}{PROXY}?startrecord=16&endrecord=60&perpage=15",
                        formdata={"columnid": str(COLUMN_ID), "unitid": "1"})
    store = parse_datastore(served(wrong).body)
    assert store.total_record == 0 and store.records == []


def test_article_urls_mix_classic_and_jpaas_styles() -> None:
    paths = [urlsplit(t.url).path for t in PORTAL.truth]
    classic = [p for p in paths if re.fullmatch(rf"/art/20\d\d/[1-9]\d?/[1-9]\d?/art_{COLUMN_ID}_\d+\.html", p)]
    jpaas = [p for p in paths if re.fullmatch(rf"/col/col{COLUMN_ID}/art/2025/art_[0-9a-f]{{32}}\.html", p)]
    assert classic and jpaas and len(classic) + len(jpaas) == len(paths)


# -- defused XML -------------------------------------------------------------------------------
BOMB = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
    + "]><datastore><recordset><record>&lol9;</record></recordset></datastore>"
)
XXE = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "http://www.spam-casino.test/x">]>'
       "<datastore><recordset><record>&x;</record></recordset></datastore>")


@pytest.mark.parametrize("xml", [BOMB, XXE], ids=["billion-laughs", "external-entity"])
def test_entity_tricks_in_a_datastore_are_refused(xml: str) -> None:
    store = parse_datastore(xml)
    assert store.rejected and "unsafe" in store.rejected and store.records == []


def test_an_xml_bomb_on_a_list_page_is_skipped_and_the_crawl_goes_on() -> None:
    good = page(LIST_URL)
    bombed = good.text.replace('<script type="text/xml">', f'<script type="text/xml">{BOMB}</script>'
                               '<script type="text/xml">', 1)
    s = spider()
    out = list(s.parse_list(good.replace(body=bombed.encode())))
    assert followed(out) == followed(list(spider().parse_list(good)))
    assert s.crawler.stats.get_value("govcrawl/datastore_rejected") == 1


def test_oversized_and_malformed_datastores_are_rejected() -> None:
    huge = "<datastore><recordset>" + "<record><![CDATA[x]]></record>" * 200_000 + "</recordset></datastore>"
    assert "over the limit" in (parse_datastore(huge).rejected or "")
    assert "malformed" in (parse_datastore("<datastore><record>").rejected or "")


# -- article pages and attachments --------------------------------------------------------------
def test_report_page_in_zoom_is_an_item_with_its_values() -> None:
    truth = next(t for t in REPORTS if t.agency_name == "桐溪县人民政府" and t.year == 2023)
    response = page(truth.url)
    assert "<!--<$[信息内容]>begin-->" in response.text and response.css("#zoom table")
    (item,) = list(spider().parse_report_page(response, title=truth.title))
    assert isinstance(item, ReportItem) and item.agency["id"] == "tongxi-gov"
    assert truth.doc is not None
    record = parse_report(item.body, item.media_type, url=item.url)
    assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables))


def test_seed_002_is_one_of_the_reports() -> None:
    (seeded,) = [t for t in REPORTS if t.seed]
    assert seeded.seed == "seed002" and seeded.agency_name == "和田县文旅局" and seeded.year == 2023
    (item,) = list(spider().parse_report_page(page(seeded.url), title=seeded.title))
    assert item.agency["id"] == "tongxi-gov/和田县文旅局"


@pytest.mark.parametrize("ext", ["pdf", "wps", "doc"])
def test_stub_pages_follow_their_downfile_attachment(ext: str) -> None:
    truth = next(t for t in REPORTS if t.report_url and t.report_url.split("filename=")[1].endswith(ext))
    out = list(spider().parse_report_page(page(truth.url), title=truth.title))
    assert [r.url for r in out] == [truth.report_url]
    assert out[0].headers["Referer"] == truth.url.encode()
    assert urlsplit(truth.report_url).path == DOWNLOAD
    query = parse_qs(urlsplit(truth.report_url).query)
    assert query["classid"] == ["0"] and query["showname"] == [f"{truth.title}.{ext}"]
    assert re.fullmatch(rf"[0-9a-f]{{32}}\.{ext}", query["filename"][0])


def test_attachment_truths_carry_their_formats() -> None:
    by_ext = {t.report_url.rsplit(".", 1)[1]: t for t in REPORTS if t.report_url}
    assert by_ext["doc"].flags == ("unsupported_doc",) and by_ext["doc"].doc is None
    assert by_ext["wps"].media_type.endswith("wordprocessingml.document") and by_ext["wps"].doc is not None
    assert by_ext["pdf"].media_type == "application/pdf"


def test_downloads_are_the_files_and_every_fourth_rapid_one_is_throttled() -> None:
    portal = HanwebZjCounty()
    urls = [t.report_url for t in portal.truth if t.report_url]
    statuses, bodies = [], {}
    for url in urls[:4]:
        found = portal._download(FixtureRequest("GET", HOST, DOWNLOAD, parse_qs(urlsplit(url).query), {}))
        statuses.append(found.status)
        bodies[url] = found
    assert statuses == [200, 200, 200, 503] and portal.throttled == 1
    again = portal._download(FixtureRequest("GET", HOST, DOWNLOAD, parse_qs(urlsplit(urls[3]).query), {}))
    assert again.status == 200
    kinds = {url.rsplit(".", 1)[1]: found.body[:8] for url, found in bodies.items() if found.status == 200}
    for ext, head in kinds.items():
        assert head.startswith({"pdf": b"%PDF", "wps": b"PK\x03\x04", "doc": OLE_MAGIC}[ext])


def test_download_bytes_do_not_change_between_builds() -> None:
    other = HanwebZjCounty()
    for name, file in PORTAL.files.items():
        assert file.make() == other.files[name].make()


def test_old_doc_parses_to_the_expected_flag_and_no_values() -> None:
    truth = next(t for t in REPORTS if t.flags)
    name = parse_qs(urlsplit(truth.report_url or "").query)["filename"][0]
    record = parse_report(PORTAL.files[name].make(), "application/msword", url=truth.report_url)
    assert "unsupported_doc" in record["flags"] and not any(flat_tables(record["tables"]).values())


# -- a real crawl of this one portal -----------------------------------------------------------
@pytest.mark.slow
def test_crawl_gets_throttled_downloads_through_retries(tmp_path: Path) -> None:
    db = tmp_path / "hanweb.sqlite3"
    run = subprocess.run([sys.executable, "-m", "govcrawl", "crawl", "--agency", "tongxi-gov", "--db",
                          f"sqlite:///{db}", "--quiet"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    with sqlite3.connect(db) as conn:
        downloads = conn.execute("select url, http_status from fetch_log where url like ?",
                                 (f"%{DOWNLOAD}%",)).fetchall()
    throttled = {url for url, status in downloads if status == 503}
    assert throttled, "the gateway never throttled: the test does not exercise the retry"
    assert throttled <= {url for url, status in downloads if status == 200}
    export = subprocess.run([sys.executable, "-m", "govcrawl", "export", "--db", f"sqlite:///{db}",
                             "--format", "jsonl"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    records = [json.loads(line) for line in export.stdout.splitlines() if line.strip()]
    served_portal = next(p for p in build_province().portals if isinstance(p, HanwebZjCounty))
    wanted = {t.report_url or t.url for t in served_portal.truth if t.kind == "report"}
    assert {r["source"]["url"] for r in records} == wanted
    old = next(r for r in records if r["source"]["url"].endswith(".doc"))
    assert old["flags"] == ["unsupported_doc"] and old["year"] == 2023 and old["agency"]["name"] == "桐溪县司法局"


def test_no_stray_article_links_in_list_chrome() -> None:
    # The nav links columns, never articles: the spider must not mistake them for entries.
    nav = Selector(text=page(LIST_URL).text).css(".nav a::attr(href)").getall()
    assert all(href.startswith("/col/") for href in nav)
