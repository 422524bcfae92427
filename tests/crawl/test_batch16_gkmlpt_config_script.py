"""Issue 12, a class of held-out round 16 (gkmlpt), tested on a portal written unlike the batch's: a
gkmlpt shell that carries none of its settings — no site id, no column, no API base — because its
front end reads them from a script file of its own host that it loads.

1. the settings (site id, list API base, the 年报 column of a column tree) are read from the shell's
   own script files, through the shared reading of a page's script files (``own_scripts``: same host,
   no library, at most ``MAX_PAGE_SCRIPTS``; size-capped), one after the other until they are whole —
   no file read past the one that completes them; the list API is then asked where the config says.
2. a shell whose scripts do not answer (404), or say nothing, is a stated shortfall that names each
   script and what it gave; the files read are bounded whatever the shell loads.
"""

from __future__ import annotations

import json
from collections import deque
from typing import Any

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from govcrawl.bases.gkmlpt import GkmlptSpider
from govcrawl.bases.scripted import MAX_PAGE_SCRIPTS
from govcrawl.crawl.gkmldata import script_settings
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site

HOST = "http://www.yunxi.gov.test"
SHELL = f"{HOST}/zwgk/sfj/gkmlpt/index"   # a bureau under a sub-path, registered without a column
SID = "771203"
API = f"{HOST}/zwgk/open/gkapi"           # where the config says the list API is (not <base>/gkmlpt/api)
TREE = [{"id": 9301, "name": "机构职能"},
        {"id": 9310, "name": "法定主动公开内容", "children": [{"id": 9312, "name": "年度工作报告"}]},
        {"id": 9320, "name": "政府信息公开年度报告"}]
# The bundle first (no settings), then the settings file; the third file must not be asked.
SCRIPTS = {
    "/zwgk/sfj/gkmlpt/js/app.4f1c.js": "!function(e){var t={};e.exports=function(n){return t[n]}}({});",
    "/zwgk/sfj/gkmlpt/js/settings.js": (
        "var gkSetting = {\n  siteId: " + SID + ",\n  apiRoot: '/zwgk/open/gkapi/',\n  TREE: "
        + json.dumps(TREE, ensure_ascii=False) + "\n};"),
    "/zwgk/sfj/gkmlpt/js/stat.js": "var _hmt = _hmt || [];",
}
_TABLE = ('<table border="1"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
          '<tr><td>规章</td><td>0</td></tr></table>')
ROWS = [{"id": 88101, "title": "云溪区司法局2024年政府信息公开工作年度报告", "publisher": "云溪区司法局",
         "date": "2025-01-21", "url": f"{HOST}/zwgk/sfj/gkmlpt/content/8/8810/post_88101.html"},
        {"id": 88102, "title": "云溪区司法局2024年度法治政府建设情况报告", "publisher": "云溪区司法局",
         "date": "2025-03-02", "url": f"{HOST}/zwgk/sfj/gkmlpt/content/8/8810/post_88102.html"}]


def _site() -> Site:
    return Site(id="yunxi-sfj", agency="云溪区司法局", cms="gkmlpt", region="测试省云溪区",
                start_urls=(SHELL,), allowed_domains=("yunxi.gov.test",))


def _shell(scripts: list[str]) -> str:
    # Nothing inline but the loader: the settings are in a file.
    tags = "".join(f'<script type="text/javascript" src="{src}"></script>' for src in scripts)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>云溪区司法局政府信息公开目录</title>'
            '<script src="/zwgk/common/js/jquery-1.12.4.min.js"></script></head><body><div id="gk-root">'
            f'<p class="loading">加载中…</p></div>{tags}</body></html>')


def crawl(scripts: list[str], served: dict[str, str]) -> tuple[GkmlptSpider, list[str], list[ReportItem]]:
    """The spider run over the portal in memory (a script not in ``served``: 404 to its errback)."""
    site = _site()
    spider = GkmlptSpider.from_crawler(get_crawler(GkmlptSpider), name=site.id, sites=[site])
    shell = HtmlResponse(SHELL, body=_shell(scripts).encode(), encoding="utf-8",
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
        path = out.url[len(HOST):]
        if path.split("?")[0] in SCRIPTS:
            if path.split("?")[0] not in served:
                failure = Failure(IgnoreRequest("Ignoring non-200 response"))
                failure.request = out  # type: ignore[attr-defined]
                queue.extend(out.errback(failure) or ())
                continue
            body = TextResponse(out.url, body=served[path.split("?")[0]].encode(), encoding="utf-8", request=out)
        elif out.url.startswith(API + "/all/"):
            assert f"sid={SID}" in out.url and out.headers.get("Referer") == SHELL.encode()
            answer = {"total": len(ROWS), "articles": ROWS} if "page=1" in out.url else {"articles": []}
            body = TextResponse(out.url, body=json.dumps(answer, ensure_ascii=False).encode(), encoding="utf-8",
                                request=out)
        else:
            body = HtmlResponse(out.url, body=(f"<html><body><h1>{out.cb_kwargs.get('title')}</h1><p>一、总体情况</p>"
                                               f"{_TABLE}</body></html>").encode(), encoding="utf-8", request=out)
        queue.extend(out.callback(body, **out.cb_kwargs))
    return spider, requested, items


def test_1_a_config_script_names_the_site_id_api_base_and_column() -> None:
    found = script_settings(SCRIPTS["/zwgk/sfj/gkmlpt/js/settings.js"])
    assert (found.sid, found.api, found.columns) == (SID, "/zwgk/open/gkapi/", ("9320",))
    assert script_settings(SCRIPTS["/zwgk/sfj/gkmlpt/js/app.4f1c.js"]).sid is None


def test_1_the_shells_script_files_are_read_until_its_settings_are_whole() -> None:
    scripts = list(SCRIPTS)
    spider, requested, items = crawl(scripts, SCRIPTS)
    # The library is not asked; the bundle and the settings are, the file after them not.
    assert requested[:3] == [HOST + scripts[0], HOST + scripts[1], f"{API}/all/9320?page=1&sid={SID}"]
    assert not any("jquery" in url or url.endswith("stat.js") for url in requested)
    assert [i.title for i in items] == ["云溪区司法局2024年政府信息公开工作年度报告"]
    coverage = spider.coverage_of(_site())
    assert coverage.lists[f"{API}/all/9320?page=1&sid={SID}"].entries == 2
    assert not coverage.lists_unread and not coverage.falls_short


def test_2_scripts_that_do_not_answer_are_a_stated_shortfall() -> None:
    scripts = list(SCRIPTS)
    spider, requested, items = crawl(scripts, {scripts[0]: SCRIPTS[scripts[0]]})  # settings.js: 404
    assert requested == [HOST + s for s in scripts] and not items
    unread = spider.coverage_of(_site()).lists_unread
    assert list(unread) == [SHELL]
    why = unread[SHELL]
    assert "names no site id" in why and "settings.js: did not answer" in why and "app.4f1c.js: no setting" in why


def test_2_the_script_files_read_are_bounded() -> None:
    many = [f"/zwgk/sfj/gkmlpt/js/part{n}.js" for n in range(MAX_PAGE_SCRIPTS + 4)]
    SCRIPTS.update({path: "var x = 1;" for path in many})
    try:
        spider, requested, _items = crawl(many, SCRIPTS)
    finally:
        for path in many:
            SCRIPTS.pop(path)
    assert len(requested) == MAX_PAGE_SCRIPTS
    assert spider.coverage_of(_site()).falls_short
