"""Issue 12, the classes of blind round 31 — each written on markup unlike the batch portal that showed it:

1. an entry that links its address more than once — a picture, its date, its title, "阅读全文" (a blog
   theme's archive: a Hexo site's date link above its title link) — is one entry titled by the link that
   says what it is, whichever comes first (before: titled "2025-01-20", no report taken from its list);
2. a gkmlpt front end whose site id no page or script names: its script asks a settings API first
   (``$.getJSON("/gkmlpt/api/siteinfo", …)``), and the answer's site id is the one the list API is asked
   with (before: the list API never asked, 0 of 8 found, stated);
3. a file's *name* in a script's object (``{"name": "某县2020年….pdf", "url": "/attach/….pdf"}``) is not an
   address: no request made up from it (before: a 404 for a URL nobody linked).
"""

from __future__ import annotations

import json
from collections import deque
from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.utils.test import get_crawler

from govcrawl.bases.gkmlpt import GkmlptSpider
from govcrawl.bases.reports import script_files
from govcrawl.crawl.entries import by_address, list_entries
from govcrawl.crawl.gkmltree import settings_api
from govcrawl.crawl.registry import Site

TITLE = "沅陵县自然资源局2024年政府信息公开工作年度报告"


# -- 1. one entry per address ----------------------------------------------------------------------
_CARDS = f"""<html><body><div class="post-list">
<div class="post-card"><a href="/posts/nb-2024/"><img src="/img/cover.jpg"></a>
<div class="meta"><a href="/posts/nb-2024/">2025年01月18日</a></div>
<h2 class="post-card-title"><a href="/posts/nb-2024/">{TITLE}</a></h2>
<a class="more" href="/posts/nb-2024/">阅读全文</a></div>
<div class="post-card"><div class="meta"><a href="/posts/kaoshi/">2025-01-10</a></div>
<h2 class="post-card-title"><a href="/posts/kaoshi/">关于2025年度事业单位招聘考试的公告</a></h2></div>
<div class="post-card"><a href="/posts/only-date/">2024-12-30</a></div>
</div></body></html>"""


def test_an_entry_linked_by_its_picture_date_and_title_is_titled_by_its_title() -> None:
    assert list(list_entries(Selector(text=_CARDS))) == [
        ("/posts/nb-2024/", TITLE), ("/posts/kaoshi/", "关于2025年度事业单位招聘考试的公告"),
        ("/posts/only-date/", "2024-12-30")]  # an entry linked only by its date keeps it: no title made up
    # the first link that says what the entry is wins; order is the addresses' first appearance
    assert list(by_address([("a", "查看"), ("b", "乙"), ("a", "甲年报"), ("a", "甲年报（PDF版）")])) == [
        ("a", "甲年报"), ("b", "乙")]


# -- 2. a settings API asked for the site id -------------------------------------------------------
HOST = "http://www.yuanling.gov.test"
SHELL = f"{HOST}/xxgk/gkmlpt/index"
SID = "640917"
APP = ("const conf = {};\nfetch('/xxgk/gkmlpt/api/getSiteConfig').then(r => r.json()).then(function (c) {\n"
       "  conf.siteId = c.data.siteId; render(location.hash.slice(1));\n});\n"
       "function render(col) { axios.get('/xxgk/gkmlpt/api/all/' + col, {params: {sid: conf.siteId, page: 1}}); }")
CONFIG = {"code": 0, "data": {"siteId": SID, "siteName": "沅陵县人民政府", "pageSize": 15}}


def test_a_settings_api_is_recognised_among_a_script_s_literals() -> None:
    assert settings_api(APP) == "/xxgk/gkmlpt/api/getSiteConfig"
    assert settings_api("$.getJSON('/gkmlpt/api/site_info.json', f)") == "/gkmlpt/api/site_info.json"
    # a static file, a list API with its column appended, a catalogue API, a page: none is a settings API
    for script in ("load('/gkmlpt/static/js/config.js')", "get('/gkmlpt/api/all/' + col)",
                   "get('/gkmlpt/api/tree')", "location.href = '/xxgk/info/index.html'"):
        assert settings_api(script) is None, script


def test_the_site_id_a_settings_api_answers_is_the_one_the_list_api_is_asked_with() -> None:
    site = Site(id="yuanling-gov", agency="沅陵县人民政府", cms="gkmlpt", region="测试省沅陵县",
                start_urls=(SHELL + "#3301",), allowed_domains=("yuanling.gov.test",))
    spider = GkmlptSpider.from_crawler(get_crawler(GkmlptSpider), name=site.id, sites=[site])
    page = ('<html><head><title>政府信息公开</title></head><body><div id="app"></div>'
            '<script src="/xxgk/gkmlpt/js/app.js"></script></body></html>')
    shell = HtmlResponse(SHELL, body=page.encode(), encoding="utf-8",
                         request=Request(SHELL + "#3301", meta={"site": site, "start_url": True}))
    served = {f"{HOST}/xxgk/gkmlpt/js/app.js": APP, f"{HOST}/xxgk/gkmlpt/api/getSiteConfig": json.dumps(CONFIG)}
    queue: deque[Any] = deque(spider.parse_entry(shell))
    asked: list[str] = []
    while queue and len(asked) < 10:
        out = queue.popleft()
        if not isinstance(out, Request):
            continue
        asked.append(out.url)
        if out.url in served:
            queue.extend(out.callback(TextResponse(out.url, body=served[out.url].encode(), encoding="utf-8",
                                                   request=out), **out.cb_kwargs))
    assert asked[:3] == [f"{HOST}/xxgk/gkmlpt/js/app.js", f"{HOST}/xxgk/gkmlpt/api/getSiteConfig",
                         f"{HOST}/xxgk/gkmlpt/api/all/3301?page=1&sid={SID}"]
    assert not spider.coverage_of(site).lists_unread


# -- 3. a file's name is not its address ---------------------------------------------------------------
def test_a_file_s_name_in_a_script_is_not_an_address() -> None:
    script = ('window.DOC = {files: [{title: "沅陵县2023年度报告.pdf", path: "/uploadfile/2024/0119/a1.pdf"}], '
              '"fileName": "报告全文.docx", "src": "./W0201.docx"}; var fj = \'/xxgk/fj/nb2022.ofd\';')
    assert script_files(script) == ["/uploadfile/2024/0119/a1.pdf", "./W0201.docx", "/xxgk/fj/nb2022.ofd"]
