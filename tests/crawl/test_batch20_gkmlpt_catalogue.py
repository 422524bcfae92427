"""Issue 12, a class of held-out round 20 (gkmlpt), tested on a portal written unlike the batch's: a
gkmlpt shell registered without a column whose page and config carry no column tree — its script
asks the platform's catalogue API for it (``axios.get(conf.apiBase + "/catalog/getTree", {params:
{sid: …}})``) and the 年报 column is only there, with its 部门/乡镇 child columns.

1. the catalogue API a script of the shell names is asked (once, on the portal, its answer bounded),
   whatever envelope its answer wears; the 年报 column is picked by name, its child columns listed as
   its children (a 年报-named child not listed twice), and no script file is read once the settings
   are whole; a script file the page names that does not answer is a warning, not an error, when the
   catalogue gives the column.
2. a catalogue that does not answer, or names no 年报 column, is a stated shortfall that says so.
3. the tree is walked under caps of nodes and depth; the catalogue URL is read as the script writes it.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from typing import Any

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from govcrawl.bases.gkmlpt import GkmlptSpider
from govcrawl.crawl.gkmldata import script_settings
from govcrawl.crawl.gkmltree import MAX_TREE_DEPTH, MAX_TREE_NODES, nb_columns, tree_api, tree_roots, tree_url, walk
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site

HOST = "http://www.lingxi.gov.test"
SHELL = f"{HOST}/gkmlpt/index"
SID = "763412"
CATALOGUE = f"{HOST}/gkmlpt/api/catalog/getTree?sid={SID}"
CALL = ('axios.get(conf.apiBase + "/catalog/getTree", {params: {sid: conf.siteId}}).then(function (res) {\n'
        '  buildMenu(res.data.data.tree); open(res.data.data.tree[0].catId); });\n'
        'function open(id) { axios.get(conf.apiBase + "/all/" + id, {params: {page: 1, sid: conf.siteId}}); }')
INLINE = 'var conf = {siteId: ' + SID + ', apiBase: "/gkmlpt/api"};\n'
TREE = {"code": 0, "msg": "ok", "data": {"tree": [
    {"catId": 210, "title": "法定主动公开内容", "childs": [
        {"catId": 215, "title": "政府信息公开年度报告", "childs": [
            {"catId": 216, "title": "部门年报", "childs": []},
            {"catId": 217, "title": "乡镇（街道）", "childs": []}]}]},
    {"catId": 230, "title": "政策解读", "childs": []}]}}
ROWS = {
    "215": [{"id": 5101, "title": "灵溪县2024年政府信息公开工作年度报告", "publisher": "灵溪县人民政府",
             "publish_time": 1737338400, "url": f"{HOST}/gkmlpt/content/5/5101/post_5101.html"}],
    "216": [{"id": 5102, "title": "灵溪县教育局2024年政府信息公开工作年度报告", "publisher": "灵溪县教育局",
             "publish_time": 1737424800, "url": f"{HOST}/gkmlpt/content/5/5102/post_5102.html"}],
    "217": [{"id": 5103, "title": "城关镇2024年政府信息公开工作年度报告", "publisher": "灵溪县城关镇人民政府",
             "publish_time": 1737511200, "url": f"{HOST}/gkmlpt/content/5/5103/post_5103.html"}],
}
_TABLE = ('<table border="1"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
          '<tr><td>规章</td><td>0</td></tr></table>')


def _site() -> Site:
    return Site(id="lingxi-gkml", agency="灵溪县人民政府", cms="gkmlpt", region="测试省灵溪县",
                start_urls=(SHELL,), allowed_domains=("lingxi.gov.test",))


def _shell(inline: str, scripts: list[str]) -> str:
    tags = "".join(f'<script src="{src}"></script>' for src in scripts)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>灵溪县政府信息公开目录</title>'
            '<script src="/gkmlpt/lib/axios.min.js"></script></head><body><div id="gkml-app"><div class="menu"></div>'
            f'<div class="list"></div></div><script>{inline}</script>{tags}</body></html>')


def crawl(inline: str, scripts: dict[str, str | None],
          tree: Any = TREE) -> tuple[GkmlptSpider, list[str], list[ReportItem]]:
    """The spider over the portal in memory: ``scripts`` the shell's own files (None: a 404), ``tree``
    the catalogue's answer (None: a 404)."""
    site = _site()
    spider = GkmlptSpider.from_crawler(get_crawler(GkmlptSpider), name=site.id, sites=[site])
    shell = HtmlResponse(SHELL, body=_shell(inline, list(scripts)).encode(), encoding="utf-8",
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
        path = out.url[len(HOST):].split("?")[0]
        if path in scripts or (out.url == CATALOGUE and tree is None):
            if path in scripts and scripts[path] is not None:
                body: Any = TextResponse(out.url, body=str(scripts[path]).encode(), encoding="utf-8", request=out)
            else:
                failure = Failure(IgnoreRequest("Ignoring non-200 response"))
                failure.request = out  # type: ignore[attr-defined]
                queue.extend(out.errback(failure) or ())
                continue
        elif out.url == CATALOGUE:
            assert out.meta["download_maxsize"] and out.headers.get("Referer") == SHELL.encode()
            body = TextResponse(out.url, body=json.dumps(tree, ensure_ascii=False).encode(), encoding="utf-8",
                                request=out)
        elif out.url.startswith(f"{HOST}/gkmlpt/api/all/"):
            column = path.rsplit("/", 1)[-1]
            rows = ROWS.get(column, []) if "page=1" in out.url else []
            body = TextResponse(out.url, body=json.dumps({"total": len(ROWS.get(column, [])), "articles": rows},
                                                         ensure_ascii=False).encode(), encoding="utf-8", request=out)
        else:
            body = HtmlResponse(out.url, body=(f"<html><body><h1>{out.cb_kwargs.get('title')}</h1><p>一、总体情况</p>"
                                               f"{_TABLE}</body></html>").encode(), encoding="utf-8", request=out)
        queue.extend(out.callback(body, **out.cb_kwargs) or ())
    return spider, requested, items


def _lists(requested: list[str]) -> list[str]:
    return [url for url in requested if "/api/all/" in url]


def test_1_the_catalogue_the_shell_asks_gives_the_nianbao_column_and_its_children(
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        spider, requested, items = crawl(INLINE + CALL, {"/gkmlpt/js/gkml.front.js": None})
    # The catalogue the inline script names is asked; the script file then is not needed.
    assert requested[0] == CATALOGUE and f"{HOST}/gkmlpt/js/gkml.front.js" not in requested
    assert sorted(_lists(requested)) == [f"{HOST}/gkmlpt/api/all/{c}?page=1&sid={SID}" for c in ("215", "216", "217")]
    assert sorted(i.title for i in items) == sorted(row["title"] for rows in ROWS.values() for row in rows)
    coverage = spider.coverage_of(_site())
    assert not coverage.lists_unread and not coverage.falls_short
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_1_a_script_file_that_does_not_answer_is_a_warning_when_the_catalogue_answers(
        caplog: pytest.LogCaptureFixture) -> None:
    # The call is in the second file the page loads; the first (named by the page) is a 404.
    scripts = {"/gkmlpt/js/vendor.2c1e.js": None, "/gkmlpt/js/gkml.front.js": CALL}
    with caplog.at_level(logging.WARNING):
        spider, requested, items = crawl(INLINE, scripts)
    assert requested[:3] == [HOST + "/gkmlpt/js/vendor.2c1e.js", HOST + "/gkmlpt/js/gkml.front.js", CATALOGUE]
    assert len(items) == 3 and not spider.coverage_of(_site()).lists_unread
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("vendor.2c1e.js did not answer" in r.getMessage() for r in caplog.records
               if r.levelno == logging.WARNING)


@pytest.mark.parametrize("tree, said", [(None, "getTree?sid=763412: did not answer"),
                                        ({"code": 0, "data": {"tree": [{"catId": 230, "title": "政策解读"}]}},
                                         "no 年报 column among 1 node")])
def test_2_a_catalogue_that_gives_no_column_is_a_stated_shortfall(tree: Any, said: str) -> None:
    spider, requested, items = crawl(INLINE + CALL, {}, tree)
    assert requested == [CATALOGUE] and not items
    unread = spider.coverage_of(_site()).lists_unread
    assert list(unread) == [SHELL] and "names no column" in unread[SHELL] and said in unread[SHELL]


def test_3_the_tree_is_walked_under_caps() -> None:
    roots = tree_roots(TREE)
    assert [n["catId"] for n in roots] == [210, 230]
    assert nb_columns(walk(roots)) == ["215"]  # 部门年报 is listed as 215's child, not a second column
    deep: dict[str, Any] = {"id": 1, "name": "目录"}
    node = deep
    for level in range(MAX_TREE_DEPTH + 5):
        node["children"] = [{"id": level + 2, "name": f"第{level}层"}]
        node = node["children"][0]
    assert not walk([deep]).complete and len(walk([deep]).nodes) == MAX_TREE_DEPTH
    wide = [{"id": n, "name": "栏目"} for n in range(MAX_TREE_NODES + 10)]
    assert not walk(wide).complete and len(walk(wide).nodes) <= MAX_TREE_NODES
    assert walk(roots).complete


def test_3_the_catalogue_url_is_read_as_the_script_writes_it() -> None:
    found = script_settings(INLINE + CALL).tree_api
    assert found is not None and tree_url(found, SHELL, f"{HOST}/gkmlpt/api", SID) == CATALOGUE
    named = tree_api("$.get('/open/gkml/columns?siteId=', cb); fetch(base + '/api/lanmu/' + siteId)")
    assert named is not None and tree_url(named, SHELL, "", SID) == f"{HOST}/open/gkml/columns?siteId={SID}"
    sid_after = tree_api("fetch(root + '/api/lanmu/' + cfg.siteId)")
    assert sid_after is not None and tree_url(sid_after, SHELL, f"{HOST}/gk", SID) == f"{HOST}/gk/api/lanmu/{SID}"
    # Not a catalogue: static files, the list API, a detail page, a word that only contains "tree".
    for script in ('<script src="/gkmlpt/js/tree.js">', 'fetch("/gkmlpt/api/all/" + id)',
                   'location.href = "/gkmlpt/content/tree/post_1.html"', 'x = "/street/list"'):
        assert tree_api(script) is None, script
