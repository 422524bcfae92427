"""Issue 12, held-out round 13: a 年报 list page that ships an empty ``<ul>`` which a script fills
from a feed (``govcrawl.crawl.scriptlists``: ``feed_links``, ``xml_list``).  Markup written unlike
the batch's portal (another site of the kind):

* the feed is named by the page's script (``fetch('/xxgk/ndbg/feed.atom')``,
  ``$.ajax({url: feedUrl, …})``) or only by the page's head (``<link rel="alternate"
  type="application/rss+xml">``): one request with no page, counted as the page's list;
* its items are the list's entries: RSS 2.0 ``<item><title><link>``, Atom ``<entry><title><link
  href>`` (namespaced), a plain XML list (``<records><record><name>…<url>…``); a short item title
  ("清河县2023年报") is followed as a report candidate, a decoy's full title is not;
* the XML is read safely: a DTD (hence any entity) is refused, an answer over the size cap is not
  parsed, an HTML answer is not a feed.
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse, XmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsHaiyunSpider
from govcrawl.crawl import scriptanswers, scriptlists
from govcrawl.crawl.registry import Site

HOST = "https://www.qinghe.gov.test"
COLUMN = HOST + "/xxgk/ndbg/"
SITE = Site(id="qinghe-gov", agency="清河县人民政府", cms="trs_haiyun", region="测试省清河县",
            start_urls=(COLUMN + "index.html",), allowed_domains=("qinghe.gov.test",))

TITLES = [("清河县2023年报", "t1"), ("县财政局2024年报", "t2"), ("清河县2022年报", "t3"),
          ("清河县2023年度法治政府建设年度报告", "t4")]

RSS = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>清河县 - 年报</title>'
       f'<link>{COLUMN}index.html</link><description>年报栏目</description>'
       + "".join(f"<item><title>{t}</title><link>{COLUMN}202401/{n}.html</link><author>县政府办</author>"
                 f"<pubDate>Mon, 15 Jan 2024 09:30:00 +0800</pubDate></item>" for t, n in TITLES)
       + "</channel></rss>")
ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>年报</title>'
        f'<link rel="self" href="{COLUMN}feed.atom"/>'
        + "".join(f'<entry><title>{t}</title><link rel="alternate" href="/xxgk/ndbg/202401/{n}.html"/>'
                  f'<summary>清河县人民政府发布的一篇较长的摘要文字，比标题长得多，不是标题。</summary>'
                  f"<updated>2024-01-15T09:30:00+08:00</updated></entry>" for t, n in TITLES)
        + "</feed>")
PLAIN = ('<?xml version="1.0" encoding="utf-8"?><records><total>4</total>'
         + "".join(f"<record><name>{t}</name><url>/xxgk/ndbg/202401/{n}.html</url><date>2024-01-15</date></record>"
                   for t, n in TITLES) + "</records>")


def _page(script: str = "", head: str = "") -> str:
    return ('<html><head><meta charset="utf-8"><title>年度报告_清河县人民政府</title>'
            f'{head}</head><body><div class="crumb">首页 &gt; 信息公开 &gt; 年度报告</div>'
            '<div class="lm"><h2>年度报告</h2><span class="sum">共 4 条</span></div><ul class="nb-list"></ul>'
            f'<script src="/js/jquery.min.js"></script><script>{script}</script></body></html>')


def _start(page: str) -> tuple[TrsHaiyunSpider, list[ScrapyRequest]]:
    spider = TrsHaiyunSpider.from_crawler(get_crawler(TrsHaiyunSpider), name=SITE.id, sites=[SITE])
    url = SITE.start_urls[0]
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, "start_url": True}))
    return spider, [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def _answer(request: ScrapyRequest, body: str) -> list[ScrapyRequest]:
    response = XmlResponse(request.url, body=body.encode(), encoding="utf-8", request=request)
    return [r for r in request.callback(response) if isinstance(r, ScrapyRequest)]


def _reports(requests: list[ScrapyRequest]) -> list[str]:
    return sorted(r.url for r in requests)


WANTED = [f"{COLUMN}202401/t{n}.html" for n in (1, 2, 3)]


def test_a_feed_the_script_fetches_is_the_lists_entries_counted_as_the_pages_list() -> None:
    spider, requests = _start(_page("fetch('/xxgk/ndbg/feed.atom').then(function (r) { return r.text(); })"
                                    ".then(function (xml) { /* entries into ul.nb-list */ });"))
    feeds = [r for r in requests if r.url == COLUMN + "feed.atom"]
    assert len(feeds) == 1
    assert _reports(_answer(feeds[0], ATOM)) == WANTED  # the decoy's full title is not followed
    coverage = spider.coverage_of(SITE).lists[SITE.start_urls[0]]
    assert coverage.declared_records == 4 and coverage.entries == 4
    assert not spider.coverage_of(SITE).falls_short


def test_a_feed_named_by_a_variable_in_an_ajax_call() -> None:
    script = ("var feedUrl = '/xxgk/ndbg/rss.xml';\n"
              "$.ajax({url: feedUrl, dataType: 'xml', success: function (xml) { $(xml).find('item'); }});")
    _spider, requests = _start(_page(script))
    feeds = [r for r in requests if r.url == COLUMN + "rss.xml"]
    assert len(feeds) == 1 and _reports(_answer(feeds[0], RSS)) == WANTED


def test_a_feed_only_the_head_links_is_read() -> None:
    head = '<link rel="alternate" type="application/rss+xml" title="年报" href="/xxgk/ndbg/list.rss">'
    spider, requests = _start(_page(head=head))
    feeds = [r for r in requests if r.url == COLUMN + "list.rss"]
    assert len(feeds) == 1 and _reports(_answer(feeds[0], RSS)) == WANTED
    assert not spider.coverage_of(SITE).falls_short


def test_a_script_get_of_something_not_a_feed_is_not_requested() -> None:
    _spider, requests = _start(_page("$.get('/api/visit.jsp', function (n) { $('#n').text(n); });"))
    assert not [r for r in requests if "visit.jsp" in r.url]


def test_feed_kinds_read_to_entries() -> None:
    for xml in (RSS, ATOM, PLAIN):
        answer = scriptanswers.xml_list(xml)
        assert answer is not None
        assert [title for _href, title in answer.entries] == [t for t, _n in TITLES]
        assert all(href.endswith(f"/202401/{n}.html") for (href, _t), (_t2, n) in zip(answer.entries, TITLES,
                                                                                     strict=True))


def test_feed_xml_is_read_safely() -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "清河县2023年报"><!ENTITY b "&a;&a;&a;&a;">]>'
            '<rss><channel><item><title>&b;</title><link>/x.html</link></item></channel></rss>')
    external = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
                '<rss><channel><item><title>&e;年报</title><link>/x.html</link></item></channel></rss>')
    assert scriptanswers.xml_list(bomb) is None and scriptanswers.xml_list(external) is None
    big = RSS.replace("</channel>", "<!--" + "x" * scriptanswers.MAX_FEED_BYTES + "--></channel>")
    assert scriptanswers.xml_list(big) is None
    html = "<html><body><ul><li><a href='/a.html'>清河县2023年报</a></li></ul></body></html>"
    assert scriptanswers.xml_list(html) is None
    fragment = "<div id=\"nbList\"><div class=\"item\"><a href=\"/a.html\">清河县2023年报</a></div></div>"
    assert scriptanswers.xml_list(fragment) is None
    assert scriptanswers.xml_list('{"list": []}') is None


def test_feed_links_in_the_head() -> None:
    sel = Selector(text='<html><head><link rel="alternate" type="application/atom+xml" href="/a/feed">'
                        '<link rel="stylesheet" type="text/css" href="/c.css"></head><body></body></html>')
    assert [f.url(1) for f in scriptlists.feed_links(sel, HOST + "/a/")] == [HOST + "/a/feed"]
