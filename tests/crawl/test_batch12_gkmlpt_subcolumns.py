"""Issue 12, a class of held-out round 12 (gkmlpt), tested on a portal written unlike the batch's:
a 年报 column whose articles live in its child columns.

1. the column's children — those its list API answer declares (with their counts) and those the
   shell's column tree names under it, at any depth — are each listed through the list API, paged by
   their own totals; each child's declared count is accounted against what its list yielded.
2. children are bounded: the portal's page budget, a cap on children a column, a cap on depth —
   every child not read is a stated shortfall.
3. an external-link row to a unit's own site on the portal's domain is followed and its report
   stored under that unit; a row linking outside the portal's domains is not followed.
4. the family's row and DETAIL dates are read in any of their forms (ISO 8601 with a zone, epoch
   milliseconds, Chinese dates), a zoned stamp on Beijing time: a DETAIL page rebuilt without a date
   takes its row's day.
"""

from __future__ import annotations

import json
from collections import deque
from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler

from govcrawl.bases import gkmlpt
from govcrawl.bases.gkmlpt import GkmlptSpider
from govcrawl.crawl.gkmldata import as_date, column_tree, declared_children
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site

BASE = "http://www.lanjiang.gov.test/bm"
SHELL = f"{BASE}/gkmlpt/index"
SID = "630517"
_TABLE = ('<table border="1"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
          '<tr><td>规章</td><td>0</td></tr></table>')
# The 年报 column (registered by nothing but its name in the tree) has three unit sub-columns; the
# 区直部门 one holds nothing itself but two year columns, named only in the tree.
TREE = [
    {"id": 5101, "name": "政府信息公开指南"},
    {"id": 5130, "name": "法定主动公开内容", "nodes": [{"id": 5131, "name": "机构职能"}]},
    {"id": 5140, "name": "政府信息公开年报", "nodes": [
        {"id": 5141, "name": "区本级"},
        {"id": 5142, "name": "区直部门", "nodes": [{"id": 5151, "name": "2024"}, {"id": 5152, "name": "2023"}]},
        {"id": 5143, "name": "镇（街道）"}]},
]


def _row(post: int, title: str, publisher: str, stamp: Any, url: str | None = None) -> dict[str, Any]:
    return {"id": post, "title": title, "publisher": publisher, "publish_time": stamp,
            "url": url or f"{BASE}/gkmlpt/content/7/{post // 100}/post_{post}.html"}


SUB_HOST_REPORT = "http://sfj.lanjiang.gov.test/xxgk/ndbg/202501/t20250121_77.html"
OFF_PORTAL = "http://nb.zwfw.example.org/ndbg/2024/lanjiang-slj.html"
ANSWERS: dict[str, dict[str, Any]] = {
    # The 年报 column: nothing of its own; its children and their counts.
    "5140?page=1": {"articles": [], "total": 0, "subColumns": [
        {"columnId": 5141, "title": "区本级", "count": 3}, {"columnId": 5142, "title": "区直部门", "count": 0},
        {"columnId": 5143, "title": "镇（街道）", "count": 1}]},
    "5141?page=1": {"total": 3, "articles": [
        _row(514_101, "榄江区2024年政府信息公开工作年度报告", "榄江区人民政府办公室", "2025-01-20T09:00:00+08:00"),
        _row(514_102, "榄江区2024年法治政府建设年度报告", "榄江区司法局", "2025-02-26T15:00:00+08:00")]},
    "5141?page=2": {"total": 3, "articles": [
        _row(514_103, "榄江区2023年政府信息公开工作年度报告", "榄江区人民政府办公室", "2024-01-22T09:00:00+08:00")]},
    "5142?page=1": {"articles": [], "total": 0},
    "5151?page=1": {"total": 2, "articles": [
        _row(515_101, "2024年度政府信息公开工作年度报告", "榄江区司法局", "2025-01-21T10:00:00+08:00",
             url=SUB_HOST_REPORT) | {"is_link": 1},
        _row(515_102, "榄江区水务局2024年政府信息公开工作年度报告", "榄江区水务局", 1737424800000,
             url=OFF_PORTAL) | {"is_link": 1}]},
    "5152?page=1": {"total": 1, "articles": [
        # 17:30 UTC on the 17th is the 18th in Beijing.
        _row(515_201, "榄江区住房和城乡建设局2023年政府信息公开工作年度报告", "榄江区住房和城乡建设局",
             "2024-01-17T17:30:00Z")]},
    "5143?page=1": {"total": 1, "articles": [
        _row(514_301, "2024年度政府信息公开工作年度报告", "榄江区龙湾街道办事处", "2025年01月23日")]},
}
REPORT_PAGES = {f"{BASE}/gkmlpt/content/7/{post // 100}/post_{post}.html"
                for post in (514_101, 514_103, 515_201, 514_301)} | {SUB_HOST_REPORT}


def _site(**options: Any) -> Site:
    return Site(id="lanjiang-bm", agency="榄江区人民政府", cms="gkmlpt", region="测试省榄江区",
                start_urls=(SHELL,), allowed_domains=("lanjiang.gov.test",), options=options)


def _shell() -> str:
    config = json.dumps({"SID": SID, "TREE": TREE}, ensure_ascii=False)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府信息公开</title></head><body>'
            f'<div id="app"></div><script>var GKML_CFG = {config};</script></body></html>')


def _detail(url: str, title: str, publisher: str) -> str:
    detail = {"title": title, "publisher": publisher, "content": f"<p>一、总体情况</p>{_TABLE}"}
    return (f"<html><body><div id='app'></div><script>window.CFG = {{DETAIL: "
            f"{json.dumps(detail, ensure_ascii=False)}, TREE: {json.dumps(TREE, ensure_ascii=False)}}};"
            "</script></body></html>")


def _sub_host_page() -> str:
    # The bureau's own site: its title names nobody, its footer names the bureau.
    return ('<html><head><title>2024年度政府信息公开工作年度报告</title></head><body>'
            '<div class="nav">首页 &gt; 信息公开</div><h2>2024年度政府信息公开工作年度报告</h2>'
            f'<div class="content"><p>一、总体情况</p>{_TABLE}</div>'
            '<div class="foot">主办单位：榄江区司法局　网站标识码：6305170012</div></body></html>')


def _answer(request: Request) -> Any:
    url = request.url
    if url.startswith(f"{BASE}/gkmlpt/api/all/"):
        column, query = url.rsplit("/", 1)[1].split("?", 1)
        params = dict(p.split("=", 1) for p in query.split("&"))
        assert params["sid"] == SID
        body = ANSWERS.get(f"{column}?page={params['page']}", {"articles": [], "total": 0})
        return TextResponse(url, body=json.dumps(body, ensure_ascii=False).encode(), encoding="utf-8",
                            request=request)
    if url == SUB_HOST_REPORT:
        return HtmlResponse(url, body=_sub_host_page().encode(), encoding="utf-8", request=request)
    return HtmlResponse(url, body=_detail(url, request.cb_kwargs.get("title", ""), "").encode(), encoding="utf-8",
                        request=request)


def crawl(site: Site) -> tuple[GkmlptSpider, list[str], list[ReportItem]]:
    """The spider run over the portal in memory: (spider, URLs requested, items)."""
    spider = GkmlptSpider.from_crawler(get_crawler(GkmlptSpider), name=site.id, sites=[site])
    shell = HtmlResponse(SHELL, body=_shell().encode(), encoding="utf-8",
                         request=Request(SHELL, meta={"site": site, "start_url": True}))
    queue: deque[Any] = deque(spider.parse_entry(shell))
    requested: list[str] = []
    items: list[ReportItem] = []
    while queue:
        out = queue.popleft()
        if isinstance(out, ReportItem):
            items.append(out)
            continue
        assert isinstance(out, Request)
        if out.url in requested:
            continue
        requested.append(out.url)
        queue.extend(out.callback(_answer(out), **out.cb_kwargs))
    return spider, requested, items


def api(column: int, page: int = 1) -> str:
    return f"{BASE}/gkmlpt/api/all/{column}?page={page}&sid={SID}"


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_the_tree_and_the_api_answer_name_a_columns_children() -> None:
    tree = column_tree(_shell())
    assert tree["5140"] == [["5141", "区本级"], ["5142", "区直部门"], ["5143", "镇（街道）"]]
    assert tree["5142"] == [["5151", "2024"], ["5152", "2023"]] and "5141" not in tree
    assert declared_children(ANSWERS["5140?page=1"]) == [("5141", "区本级", 3), ("5142", "区直部门", 0),
                                                         ("5143", "镇（街道）", 1)]


def test_1_every_child_column_is_listed_paged_and_accounted() -> None:
    site = _site()
    spider, requested, items = crawl(site)
    lists = [url for url in requested if "/api/all/" in url]
    assert sorted(lists) == sorted([api(5140), api(5141), api(5141, 2), api(5142), api(5143), api(5151), api(5152)])
    assert {url for url in requested if "/api/all/" not in url} == REPORT_PAGES
    coverage = spider.coverage_of(site)
    child = coverage.lists[api(5141)]
    assert (child.declared_records, child.entries, child.pages_fetched) == (3, 3, 2)
    assert (coverage.lists[api(5143)].declared_records, coverage.lists[api(5143)].entries) == (1, 1)
    assert coverage.short_lists() == [] and not coverage.lists_unread and not coverage.falls_short
    agencies = {i.url.rsplit("/", 1)[-1]: i.agency["name"] for i in items}
    assert agencies == {"post_514101.html": "榄江区人民政府", "post_514103.html": "榄江区人民政府",
                        "post_515201.html": "榄江区住房和城乡建设局", "post_514301.html": "榄江区龙湾街道办事处",
                        "t20250121_77.html": "榄江区司法局"}


def test_1_a_child_that_yields_less_than_its_parent_declared_is_short() -> None:
    saved = ANSWERS["5143?page=1"]
    ANSWERS["5143?page=1"] = {"articles": [], "total": 0}
    try:
        spider, _requested, _items = crawl(site := _site())
    finally:
        ANSWERS["5143?page=1"] = saved
    assert spider.coverage_of(site).short_lists() == [(api(5143), "0 of 1 declared entries")]


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_children_go_through_the_portals_page_budget() -> None:
    spider, requested, _items = crawl(site := _site(page_budget=3))
    coverage = spider.coverage_of(site)
    assert len([u for u in requested if "/api/all/" in u]) == 3
    assert coverage.budget_refused and coverage.falls_short


@pytest.mark.parametrize(("cap", "depth", "unread"), [
    (1, 3, {api(5142), api(5143)}),   # one child a column: the rest stated unread
    (60, 1, {api(5151), api(5152)}),  # one level below the column: the year columns stated unread
])
def test_2_children_past_the_caps_are_stated_unread(monkeypatch: pytest.MonkeyPatch, cap: int, depth: int,
                                                    unread: set[str]) -> None:
    monkeypatch.setattr(gkmlpt, "MAX_CHILD_COLUMNS", cap)
    monkeypatch.setattr(gkmlpt, "MAX_COLUMN_DEPTH", depth)
    spider, requested, _items = crawl(site := _site())
    coverage = spider.coverage_of(site)
    assert set(coverage.lists_unread) == unread and not unread & set(requested)
    assert coverage.falls_short


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_an_external_link_row_on_the_portals_domain_is_its_units_report() -> None:
    site = _site()
    spider, requested, items = crawl(site)
    assert SUB_HOST_REPORT in requested and OFF_PORTAL not in requested
    (bureau,) = [i for i in items if i.url == SUB_HOST_REPORT]
    assert bureau.agency["name"] == "榄江区司法局" and bureau.agency["id"] != site.id
    assert 2024 in spider.coverage_of(site).years_listed["榄江区司法局"]
    assert "榄江区水务局" not in spider.coverage_of(site).years_listed


# -- 4 -----------------------------------------------------------------------------------------------
def test_4_row_dates_in_the_familys_forms() -> None:
    assert as_date("2025-01-22T10:00:00+08:00") == "2025-01-22"
    assert as_date("2024-12-31T16:30:00Z") == "2025-01-01"  # Beijing's New Year's Day
    assert as_date("2025-01-01T00:30:00+08:00") == "2025-01-01"
    assert as_date(1737424800000) == as_date("1737424800") == "2025-01-21"
    assert as_date("2025-01-22 10:00:00") == as_date("2025/01/22") == as_date("2025年01月22日") == "2025-01-22"
    assert as_date("") is None and as_date(True) is None and as_date("下午") is None


def test_4_a_rebuilt_detail_page_without_a_date_takes_its_rows_day() -> None:
    _spider, _requested, items = crawl(_site())
    (housing,) = [i for i in items if "post_515201" in i.url]
    assert b'<meta name="PubDate" content="2024-01-18">' in housing.body
    assert housing.agency["name"] == "榄江区住房和城乡建设局"
