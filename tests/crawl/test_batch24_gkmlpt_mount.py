"""Issue 12, a class of held-out round 24 (gkmlpt), tested on portals written unlike the batch's: a
gkmlpt shell whose settings are data- attributes of its app's mount element, whose list API declares
its size under another name of the shared vocabulary than ``total``, and whose errors must be said.

1. the mount element's data- attributes (``data-site-id``, ``data-api-url`` / ``data-api``, the
   column as ``data-column-id``) are the shell's settings; an API written as its endpoint
   (``…/api/all/``, in an attribute or a script's request) is read as the list API's base.  A
   ``data-column`` of an element that names no gkmlpt setting (a table's, a grid's) is no column.
2. the list API's declared size is read through the shared pager vocabulary (``count``,
   ``totalCount`` with ``limit`` / ``pageSize``, digit strings, rows one level down under ``data``):
   every page asked, the list met.
3. an API that answers an error (403 for a site id it does not know, a JSON error object, no article
   array) or a full first page with no count leaves its list stated unread — never a silent short list.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Callable
from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from govcrawl.bases.gkmlpt import GkmlptSpider
from govcrawl.crawl.gkmldata import api_page, list_api_base, mount_settings, script_settings
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site

HOST = "http://www.qiaoling.gov.test"
SHELL = f"{HOST}/bm/wjj/gkmlpt/index"      # a bureau under a sub-path, registered without a column
SID = "773318"
API = f"{HOST}/bm/wjj/gkmlpt/openapi"      # where the mount element says (not <base>/gkmlpt/api)
COLUMN = "6021"
_TABLE = ('<table border="1"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
          '<tr><td>规章</td><td>0</td></tr></table>')
ROWS = [{"id": 5000 + n, "title": f"峤岭区卫生健康局{year}年政府信息公开工作年度报告", "publisher": "峤岭区卫生健康局",
         "publish_time": f"{year + 1}-01-2{n % 9}T09:30:00+08:00",
         "url": f"{HOST}/bm/wjj/gkmlpt/content/6/{COLUMN}/post_{5000 + n}.html"}
        for n, year in enumerate(range(2014, 2025))]


def _site() -> Site:
    return Site(id="qiaoling-wjj", agency="峤岭区卫生健康局", cms="gkmlpt", region="测试省峤岭区",
                start_urls=(SHELL,), allowed_domains=("qiaoling.gov.test",))


def _shell() -> str:
    # No script variable names a setting: the mount element carries them all.
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>峤岭区卫生健康局 信息公开目录</title></head>'
            '<body><table class="layout" data-column="2"><tr><td>导航</td></tr></table>'
            f'<main class="gkml-root" data-site-id="{SID}" data-api-url="{API}/all/" data-column-id="{COLUMN}">'
            '<p>页面加载中</p></main><script src="/bm/wjj/gkmlpt/static/js/chunk-vendors.81c2.js"></script>'
            '</body></html>')


def _paged(page: int, size: int = 4) -> dict[str, Any]:
    # Another spelling of the size than the batch's: ``totalCount`` (a digit string) and ``pageSize``,
    # the rows one level down under ``data``.
    return {"status": 200, "data": {"pageNo": page, "pageSize": size, "totalCount": str(len(ROWS)),
                                    "articles": ROWS[(page - 1) * size:page * size]}}


Answer = Callable[[Request], "dict[str, Any] | int"]


def crawl(answer: Answer) -> tuple[GkmlptSpider, list[str], list[ReportItem]]:
    """The spider run over the portal in memory; ``answer`` gives the list API's JSON for a request, or
    an HTTP status it fails with (to the request's errback)."""
    site = _site()
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
        requested.append(out.url)
        if out.url.startswith(API + "/all/"):
            found = answer(out)
            if isinstance(found, int):
                failure = Failure(IgnoreRequest(f"Ignoring non-200 response ({found})"))
                failure.request = out  # type: ignore[attr-defined]
                queue.extend(out.errback(failure) or ())
                continue
            body: TextResponse = TextResponse(out.url, body=json.dumps(found, ensure_ascii=False).encode(),
                                              encoding="utf-8", request=out)
        elif out.url.endswith(".js"):
            body = TextResponse(out.url, body=b"!function(){}();", encoding="utf-8", request=out)
        else:
            body = HtmlResponse(out.url, body=(f"<html><body><h1>{out.cb_kwargs.get('title')}</h1><p>一、总体情况</p>"
                                               f"{_TABLE}</body></html>").encode(), encoding="utf-8", request=out)
        queue.extend(out.callback(body, **out.cb_kwargs))
    return spider, requested, items


def _page_of(request: Request) -> int:
    return int(request.url.split("page=")[1].split("&")[0])


# -- 1. the settings on the mount element ------------------------------------------------------------

def test_1_the_mount_elements_data_attributes_are_the_shells_settings() -> None:
    found = mount_settings(_shell())
    assert (found.sid, found.api, found.columns) == (SID, f"{API}/all/", (COLUMN,))
    other = mount_settings('<div id="app" data-gkml-sid="760412" data-api="../gkmlpt/api/"></div>')
    assert (other.sid, other.api, other.columns) == ("760412", "../gkmlpt/api/", ())


def test_1_a_data_column_of_an_element_naming_no_gkmlpt_setting_is_no_column() -> None:
    near = ('<table data-column="2"><tr><th data-column-id="7">x</th></tr></table>'
            '<div class="swiper" data-api="javascript:void(0)" data-speed="300"></div>'
            '<div id="app" data-sid="v2"></div>')
    found = mount_settings(near)
    assert (found.sid, found.api, found.columns) == (None, None, ())


def test_1_an_api_written_as_its_endpoint_is_read_as_its_base() -> None:
    assert list_api_base(f"{API}/all/") == API
    assert list_api_base("http://a.test/gkmlpt/api/all/3390?page=1&sid=7") == "http://a.test/gkmlpt/api"
    assert list_api_base("/gkmlpt/api/") == "/gkmlpt/api"
    assert list_api_base("/gkmlpt/api/allnews") == "/gkmlpt/api/allnews"   # not the ``/all`` endpoint
    bundle = "e.get('/bm/wjj/gkmlpt/openapi/all/'+t.cid,{params:{page:n,sid:r}})"
    assert script_settings(bundle).api == "/bm/wjj/gkmlpt/openapi/all/"


def test_1_the_crawl_asks_the_api_the_mount_element_names() -> None:
    _spider, requested, _items = crawl(lambda request: _paged(_page_of(request)))
    assert requested[0] == f"{API}/all/{COLUMN}?page=1&sid={SID}"
    assert not any("/gkmlpt/api/" in url for url in requested)


# -- 2. the declared size in the shared vocabulary -----------------------------------------------------

def test_2_the_answers_size_is_read_under_any_name_of_the_vocabulary() -> None:
    layui = api_page(json.dumps({"code": 0, "count": 10, "page": 1, "limit": 4, "articles": ROWS[:4]}))
    assert (layui.declared.records, layui.declared.size, len(layui.articles or [])) == (10, 4, 4)
    nested = api_page(json.dumps(_paged(1)))
    assert (nested.declared.records, nested.declared.size) == (len(ROWS), 4)
    paged = api_page(json.dumps({"totalPages": 3, "pageSize": 4, "articles": ROWS[:4]}))
    assert (paged.declared.records, paged.declared.pages) == (None, 3)


def test_2_every_page_the_declared_size_makes_is_asked_and_the_list_met() -> None:
    spider, requested, items = crawl(lambda request: _paged(_page_of(request)))
    assert [u for u in requested if u.startswith(API)] == [f"{API}/all/{COLUMN}?page={n}&sid={SID}"
                                                           for n in (1, 2, 3)]
    assert len(items) == len(ROWS)
    coverage = spider.coverage_of(_site())
    listed = coverage.lists[f"{API}/all/{COLUMN}?page=1&sid={SID}"]
    assert (listed.declared_records, listed.entries) == (len(ROWS), len(ROWS))
    assert not coverage.falls_short


# -- 3. errors and unsized answers are stated ----------------------------------------------------------

def test_3_an_api_that_refuses_the_site_id_is_a_stated_shortfall() -> None:
    spider, _requested, items = crawl(lambda request: 403)
    unread = spider.coverage_of(_site()).lists_unread
    assert not items and list(unread) == [f"{API}/all/{COLUMN}?page=1&sid={SID}"]
    assert "gkmlpt list API of column 6021" in next(iter(unread.values()))
    assert spider.coverage_of(_site()).falls_short


def test_3_an_error_object_or_an_answer_without_rows_is_a_stated_shortfall() -> None:
    for error in ({"code": 403, "msg": "forbidden"}, {"code": 1, "msg": "参数错误", "articles": []},
                  {"status": "ok", "menu": ROWS[:2]}):  # an array of no row name (batch 29: "rows" is one)
        spider, _requested, items = crawl(lambda request, error=error: error)  # type: ignore[misc]
        coverage = spider.coverage_of(_site())
        assert not items and coverage.falls_short, error
        assert "gkmlpt list API" in next(iter(coverage.lists_unread.values()))


def test_3_an_empty_list_is_no_error() -> None:
    # Near miss: a column with nothing in it answers no rows and a zero count — not an error.
    assert api_page(json.dumps({"code": 0, "articles": [], "total": 0})).articles == []
    spider, _requested, _items = crawl(lambda request: {"code": 0, "articles": [], "total": 0})
    assert not spider.coverage_of(_site()).lists_unread


def test_3_a_full_first_page_that_declares_no_count_is_stated() -> None:
    full = {"pageSize": 4, "articles": ROWS[:4]}
    spider, _requested, items = crawl(lambda request: full)
    coverage = spider.coverage_of(_site())
    assert len(items) == 4 and coverage.falls_short
    assert "declares no count" in next(iter(coverage.lists_unread.values()))
    # A page shorter than its page size is the whole list: said, not short.
    spider, _requested, items = crawl(lambda request: {"pageSize": 20, "articles": ROWS[:4]})
    coverage = spider.coverage_of(_site())
    assert len(items) == 4 and not coverage.lists_unread and coverage.warnings
