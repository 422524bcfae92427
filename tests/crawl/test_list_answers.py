"""A JSON answer where a page was expected, and a page whose reading raises.

* A registry entry whose start URL is a list's API (what a user copies from the browser's network
  tab): the answer is read as a script's list answer is — its rows, its declared total, the next page
  it names — whatever family the entry names, not handed to a page reader that cannot read JSON.
* A callback that raises (an answer no reader expected, a bug) leaves its list stated as not read,
  in the coverage the summary and the exit code come from — not only a traceback in the log.

Crawls on 127.0.0.1 of a portal written here (a county's 年报 API over ``/api/nb``), through the CLI.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from scrapy import signals
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session
from twisted.python.failure import Failure

from govcrawl.bases import family
from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.registry import load_sites
from govcrawl.province.server import ProvinceServer
from govcrawl.province.server import Request as FixtureRequest
from govcrawl.province.server import Response as FixtureResponse
from govcrawl.province.unseen.kit import UnseenPortal, body_html, make_doc, plain_cell, plain_para
from govcrawl.store.models import Agency, Report
from tests.conftest import ROOT

HOST = "www.tanqiao.gov.test"
AGENCY = "潭硚县人民政府"
YEARS = (2024, 2023, 2022, 2021, 2020)


class ApiCounty(UnseenPortal):
    """``/api/nb?page=N`` answers ``{"code": 0, "data": {"total": 5, "rows": […]}, "next": …}``, two rows
    a page; ``/api/nb-short`` declares the same total and shows two rows, naming no next page."""

    hosts = (HOST,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[dict[str, Any]] = []
        for number, year in enumerate(YEARS):
            doc = make_doc(self.rng, AGENCY, year, f"{year + 1}-01-2{number}")
            path = f"/zwgk/nb/content_{8800 + number}.html"
            url = self.put(HOST, path, f'<html><head><meta charset="utf-8"><title>{doc.title}</title></head><body>'
                                       f"<h1>{doc.title}</h1>{body_html(doc, plain_para, plain_cell, '<table>')}"
                                       "</body></html>")
            self.report("tanqiao-gov", url, doc)
            self.rows.append({"id": 8800 + number, "title": doc.title, "url": path,
                              "pubDate": f"{year + 1}-01-2{number}"})
        self.route(HOST, "/api/nb", self.api)
        self.route(HOST, "/api/nb-short", self.short_api)

    def api(self, request: FixtureRequest) -> FixtureResponse:
        page = int(request.param("page", "1") or 1)
        rows = self.rows[(page - 1) * 2:page * 2]
        answer: dict[str, Any] = {"code": 0, "data": {"total": len(self.rows), "rows": rows}}
        if page * 2 < len(self.rows):
            answer["next"] = f"/api/nb?page={page + 1}"
        return FixtureResponse(200, json.dumps(answer, ensure_ascii=False).encode(), "application/json;charset=UTF-8")

    def short_api(self, request: FixtureRequest) -> FixtureResponse:
        answer = {"code": 0, "data": {"total": len(self.rows), "rows": self.rows[:2]}}
        return FixtureResponse(200, json.dumps(answer, ensure_ascii=False).encode(), "application/json;charset=UTF-8")


SITES = """
province: 测试省
sites:
  - id: tanqiao-gov
    agency: 潭硚县人民政府
    region: 测试省潭硚县
    cms: {cms}
    start_urls: ["http://www.tanqiao.gov.test/api/{api}"]
"""


def _crawl(tmp: Path, server: ProvinceServer, cms: str, api: str) -> tuple[subprocess.CompletedProcess[str], str]:
    sites = tmp / f"{cms}-{api.split('?')[0].replace('/', '')}.yaml"
    sites.write_text(SITES.format(cms=cms, api=api), encoding="utf-8")
    db = f"sqlite:///{sites.with_suffix('.sqlite3')}"
    run = subprocess.run([sys.executable, "-m", "govcrawl", "crawl", "--all", "--sites", str(sites), "--db", db,
                          "--quiet", "--fixture-proxy", server.proxy], capture_output=True, text=True, cwd=ROOT,
                         timeout=600)
    return run, db


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Any]:
    tmp = tmp_path_factory.mktemp("answers")
    with ProvinceServer([ApiCounty(random.Random(5))]).start() as server:
        return {(cms, api): _crawl(tmp, server, cms, api)
                for cms, api in (("auto", "nb?page=1"), ("trs_classic", "nb?page=1"), ("hanweb", "nb?page=1"),
                                 ("auto", "nb-short"))}


def _years(db: str) -> list[int]:
    with Session(create_engine(db)) as session:
        stored = session.execute(select(Agency.name, Report.year).join(Agency, Agency.id == Report.agency_id))
        return sorted(year for name, year in stored if name == AGENCY and year is not None)


@pytest.mark.parametrize("cms", ["auto", "trs_classic", "hanweb"])
def test_a_start_url_that_is_a_list_api_is_read_as_a_list_answer(crawls: dict[Any, Any], cms: str) -> None:
    run, db = crawls[(cms, "nb?page=1")]
    assert run.returncode == 0, run.stdout + run.stderr
    assert _years(db) == sorted(YEARS)  # both later pages, by the next page each answer names
    assert "Traceback" not in run.stderr and "SHORT" not in run.stdout


def test_an_api_that_declares_more_rows_than_it_answers_is_a_stated_shortfall(crawls: dict[Any, Any]) -> None:
    run, db = crawls[("auto", "nb-short")]
    assert _years(db) == [2023, 2024]
    assert run.returncode == 4, run.stdout + run.stderr
    assert "SHORT tanqiao-gov: list http://www.tanqiao.gov.test/api/nb-short: harvested 2 of 5" in run.stdout


def test_a_page_whose_reading_raises_is_a_list_not_read(tmp_path: Path) -> None:
    registry = tmp_path / "sites.yaml"
    registry.write_text(SITES.format(cms="vsb", api="nb?page=1"), encoding="utf-8")
    site = load_sites(registry)[0]
    spider_class = family("vsb")
    crawler = get_crawler(spider_class)
    spider = spider_class.from_crawler(crawler, name=site.id, sites=[site])
    url = "http://www.tanqiao.gov.test/zwgk/nb/list2.htm"
    response = HtmlResponse(url, body=b"<html><body></body></html>", encoding="utf-8",
                            request=Request(url, meta={"site": site, "list_url": "http://www.tanqiao.gov.test/zwgk/nb/"}))
    # What Scrapy's scraper sends when a callback raises (its signal, its arguments).
    crawler.signals.send_catch_log(signal=signals.spider_error, failure=Failure(ValueError("no table\nsecond line")),
                                   response=response, spider=spider)
    coverage = spider.coverage(response)
    assert coverage.lists_unread == {"http://www.tanqiao.gov.test/zwgk/nb/": "reading it failed (ValueError: no table)"}
    assert coverage.falls_short
    assert ("  SHORT tanqiao-gov: list http://www.tanqiao.gov.test/zwgk/nb/ not read: reading it failed "
            "(ValueError: no table)") in coverage_lines({site.id: coverage})
