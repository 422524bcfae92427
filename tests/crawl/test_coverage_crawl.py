"""Crawls on 127.0.0.1 of three small portals written here, unlike the bundled ones:

* 跨岭市 — registered with no ``cms`` (``auto``) and its home page as start URL: the 信息公开 area
  is on another host (``xxgk.``), reached by its 政务公开 nav link; the 年报 list is a JSP with a
  "第1页/共2页" pager and a 下一页 link, no family markup; decoys (…的函, 工作要点) on the list.
* 奔溪县 — a TRS stock pager declaring ``var countPage = 10000000``: the page budget stops it.
* 短列县 — a list that says "共 6 条" but shows 3 entries and no pager: a coverage shortfall.

Run with ``--fixture-proxy``: the test's server serves every host, no host list is passed.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from govcrawl.province.server import ProvinceServer, Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, make_doc, plain_cell, plain_para
from govcrawl.store.models import CrawlRun, Report
from tests.conftest import ROOT

TABLE = '<table border="1" cellspacing="0">'


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<div class="top"><a href="/">首页</a></div>{body}<div class="foot">网站标识码：9901000001</div>'
            "</body></html>")


class CrossHostCity(UnseenPortal):
    hosts = ("www.kualing.gov.test", "xxgk.kualing.gov.test")
    AGENCY = "跨岭市人民政府"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        www, xxgk = self.hosts
        self.put(www, "/index.html", _page("跨岭市人民政府", '<ul class="menu"><li><a href="/xwzx/">新闻中心</a></li>'
                                         '<li><a href="http://xxgk.kualing.gov.test/">政务公开</a></li></ul>'))
        self.put(xxgk, "/index.html", _page("跨岭市政务公开", '<div class="lm">'
                                          '<p><a href="/zn/">政府信息公开指南</a></p>'
                                          '<p><a href="/nb/list.jsp?page=1">政府信息公开年报</a></p></div>'))
        self.articles: dict[str, bytes] = {}
        rows: list[list[str]] = [[], []]
        entries = [(2024, "2025-01-20", True), (2024, "2025-01-10", False), (2023, "2024-01-28", True),
                   (2022, "2023-01-30", True), (2024, "2024-03-01", False)]
        for i, (year, date, real) in enumerate(entries):
            path = f"/nb/show.jsp?id={9100 + i}"
            if real:
                doc = make_doc(self.rng, self.AGENCY, year, date, title=f"{self.AGENCY}{year}年度政府信息公开工作报告")
                url = f"http://{xxgk}{path}"
                self.report("kualing-gov", url, doc)
                html = _page(doc.title, f"<h2>{doc.title}</h2><div class='zw'>"
                             f"{body_html(doc, plain_para, plain_cell, TABLE)}</div>")
                title = doc.title
            else:
                title = (f"关于报送{year - 1}年度政府信息公开工作年度报告的函" if i == 1
                         else f"跨岭市{year}年政务公开工作要点")
                html = _page(title, f"<h2>{title}</h2><p>各单位：……</p>")
                self.decoy("kualing-gov", f"http://{xxgk}{path}", title)
            self.articles[str(9100 + i)] = html.encode()
            rows[0 if i < 3 else 1].append(f'<dd><a href="show.jsp?id={9100 + i}">{title}</a><em>{date}</em></dd>')
        self.lists = [
            _page("年报", f"<dl class='newslist'>{''.join(rows[0])}</dl><div class='fy'>共5条 第1页/共2页 "
                         "<a href='list.jsp?page=2'>下一页</a></div>"),
            _page("年报", f"<dl class='newslist'>{''.join(rows[1])}</dl><div class='fy'>共5条 第2页/共2页 "
                         "<a href='list.jsp?page=1'>上一页</a></div>"),
        ]
        self.route(xxgk, "/nb/list.jsp", self.list_page)
        self.route(xxgk, "/nb/show.jsp", self.article)

    def list_page(self, request: Request) -> Response:
        page = request.param("page", "1")
        if page not in ("1", "2"):
            return Response(404, b"not found")
        return Response(200, self.lists[int(page) - 1].encode(), "text/html; charset=utf-8")

    def article(self, request: Request) -> Response:
        found = self.articles.get(request.param("id"))
        return Response(200, found, "text/html; charset=utf-8") if found else Response(404, b"not found")


class RunawayCounty(UnseenPortal):
    hosts = ("www.benxi.gov.test",)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        host = self.hosts[0]
        pager = ('<script language="JavaScript">var currentPage = {cur};//所在页从0开始\n'
                 'var countPage = 10000000//共多少页\n'
                 'createPageHTML(countPage, currentPage, "index", "html");</script>')
        for index, year in ((0, 2024), (1, 2023)):
            doc = make_doc(self.rng, "奔溪县人民政府", year, f"{year + 1}-01-25")
            path = f"/xxgk/nb/{year + 1}01/t{year + 1}0125_{700 + year}.html"
            url = self.put(host, path, _page(doc.title, f"<div class='TRS_Editor'>"
                                                        f"{body_html(doc, plain_para, plain_cell, TABLE)}</div>"))
            self.report("benxi-gov", url, doc)
            name = "index.html" if index == 0 else f"index_{index}.html"
            self.put(host, f"/xxgk/nb/{name}", _page("年报", f'<table><tr><td height=25><a href=".{path[8:]}">'
                                                          f"{doc.title}</a></td><td>{year + 1}-01-25</td></tr></table>"
                                                          + pager.format(cur=index)))


class ShortList(UnseenPortal):
    hosts = ("www.duanlie.gov.test",)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        host = self.hosts[0]
        rows = []
        for year in (2024, 2023, 2022):
            doc = make_doc(self.rng, "短列县人民政府", year, f"{year + 1}-01-22")
            url = self.put(host, f"/gk/nb/{year}.html", _page(doc.title, body_html(doc, plain_para, plain_cell, TABLE)))
            self.report("duanlie-gov", url, doc)
            rows.append(f'<li><a href="{year}.html">{doc.title}</a><span>{year + 1}-01-22</span></li>')
        self.put(host, "/gk/nb/index.html", _page("年报", f"<ul class='list'>{''.join(rows)}</ul>"
                                                       "<div class='page'>共 6 条</div>"))


SITES = {
    "auto": """
province: 测试省
sites:
  - id: kualing-gov
    agency: 跨岭市人民政府
    region: 测试省跨岭市
    start_urls: [http://www.kualing.gov.test/index.html]
""",
    "short": """
province: 测试省
sites:
  - id: benxi-gov
    agency: 奔溪县人民政府
    region: 测试省奔溪县
    cms: trs_haiyun
    start_urls: [http://www.benxi.gov.test/xxgk/nb/index.html]
  - id: duanlie-gov
    agency: 短列县人民政府
    region: 测试省短列县
    cms: trs_classic
    start_urls: [http://www.duanlie.gov.test/gk/nb/index.html]
""",
}


def _crawl(tmp: Path, which: str, server: ProvinceServer, *extra: str) -> tuple[subprocess.CompletedProcess[str], str]:
    sites = tmp / f"{which}.yaml"
    sites.write_text(SITES[which], encoding="utf-8")
    db = f"sqlite:///{tmp / (which + '.sqlite3')}"
    run = subprocess.run([sys.executable, "-m", "govcrawl", "crawl", "--all", "--sites", str(sites), "--db", db,
                          "--quiet", "--fixture-proxy", server.proxy, *extra],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    return run, db


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("coverage")
    portals = [CrossHostCity(random.Random(1)), RunawayCounty(random.Random(2)), ShortList(random.Random(3))]
    with ProvinceServer(portals).start() as server:
        auto, auto_db = _crawl(tmp, "auto", server)
        before = len(server.requests)
        short, short_db = _crawl(tmp, "short", server, "--page-budget", "5")
        requests = list(server.requests[before:])
    status = subprocess.run([sys.executable, "-m", "govcrawl", "status", "--no-disk", "--db", short_db],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    return {"auto": auto, "auto_db": auto_db, "short": short, "short_db": short_db, "requests": requests,
            "status": status, "portals": portals}


def _reports(db: str) -> list[Report]:
    engine = create_engine(db)
    with Session(engine) as session:
        return list(session.scalars(select(Report)))


def test_auto_finds_the_disclosure_area_on_another_host_and_every_report(crawls: dict[str, Any]) -> None:
    run = crawls["auto"]
    assert run.returncode == 0, run.stdout + run.stderr
    city = crawls["portals"][0]
    expected = sorted(t.year for t in city.truth if t.kind == "report")
    reports = _reports(crawls["auto_db"])
    assert sorted(r.year for r in reports) == expected == [2022, 2023, 2024]  # no decoy stored
    assert "跨岭市人民政府" in run.stdout and "SHORT" not in run.stdout
    assert "Traceback" not in run.stderr


def test_budget_and_declared_totals_make_a_shortfall_with_exit_4(crawls: dict[str, Any]) -> None:
    run = crawls["short"]
    assert run.returncode == 4, run.stdout + run.stderr
    assert "SHORT benxi-gov: page budget of 5 list pages reached" in run.stdout
    assert "SHORT duanlie-gov: list http://www.duanlie.gov.test/gk/nb/index.html: harvested 3 of 6 declared entries" \
        in run.stdout
    # The runaway pager: the first page plus at most the budget of list pages, never 10,000,000.
    lists = [url for _m, url, _s in crawls["requests"]
             if urlsplit(url).hostname == "www.benxi.gov.test" and "/xxgk/nb/index" in url]
    assert 2 <= len(lists) <= 1 + 5
    # Both reports the budget let through are stored; the short list's three too.
    assert sorted(r.year for r in _reports(crawls["short_db"])) == [2022, 2023, 2023, 2024, 2024]


def test_the_run_keeps_its_coverage_and_status_shows_it(crawls: dict[str, Any]) -> None:
    engine = create_engine(crawls["short_db"])
    with Session(engine) as session:
        run = session.scalars(select(CrawlRun).order_by(CrawlRun.id.desc())).first()
    assert run is not None and run.short_portals == 2
    coverage = {p["site"]: p for p in json.loads(run.coverage or "[]")}
    assert coverage["benxi-gov"]["budget_refused"] > 0 and coverage["benxi-gov"]["page_budget"] == 5
    assert coverage["duanlie-gov"]["lists"][0]["declared_records"] == 6
    assert "2 short of what their lists declare" in crawls["status"].stdout, crawls["status"].stderr
