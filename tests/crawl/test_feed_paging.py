"""Paged feeds (RFC 5005): a 年报 list a script fills from a feed that holds only its newest items
and names the rest with ``<link rel="next">`` (Atom) or ``<atom:link rel="next">`` (an RSS channel).
The next documents are read as the same list — their entries followed, counted under the page's
list — until one names no next; a feed that names none is one document, as before."""

from __future__ import annotations

from scrapy.http import HtmlResponse, XmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.kaipu import KaipuSpider
from govcrawl.crawl import scriptanswers
from govcrawl.crawl.registry import Site

HOST = "http://www.yuling.gov.test"
COLUMN = HOST + "/gk/nb/"
SITE = Site(id="yuling-gov", agency="榆岭县人民政府", cms="kaipu", region="测试省榆岭县",
            start_urls=(COLUMN + "index.html",), allowed_domains=("yuling.gov.test",))
ATOM_NS = "http://www.w3.org/2005/Atom"


def _atom(entries: list[tuple[str, str]], next_href: str | None) -> str:
    nxt = f'<link rel="next" href="{next_href}"/>' if next_href else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="{ATOM_NS}"><title>年报</title>'
            f'<link rel="self" href="{COLUMN}atom.xml"/>{nxt}'
            + "".join(f'<entry><title>{t}</title><link href="{h}"/><updated>2024-01-20T08:00:00Z</updated></entry>'
                      for t, h in entries) + "</feed>")


def _rss(entries: list[tuple[str, str]], next_href: str | None) -> str:
    nxt = f'<atom:link rel="next" href="{next_href}"/>' if next_href else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:atom="{ATOM_NS}"><channel>'
            f'<title>榆岭县 年报</title><atom:link rel="self" href="{COLUMN}rss.xml"/>{nxt}'
            + "".join(f"<item><title>{t}</title><link>{h}</link></item>" for t, h in entries)
            + "</channel></rss>")


FIRST = [("榆岭县2024年政府信息公开工作年度报告", "/gk/nb/2025/a1.html"),
         ("榆岭县2023年政府信息公开工作年度报告", "/gk/nb/2024/a2.html")]
SECOND = [("榆岭县2022年政府信息公开工作年度报告", "/gk/nb/2023/a3.html"),
          ("榆岭县2021年度政务公开工作要点", "/gk/nb/2021/a4.html")]


def _start(head: str) -> tuple[KaipuSpider, list[ScrapyRequest]]:
    spider = KaipuSpider.from_crawler(get_crawler(KaipuSpider), name=SITE.id, sites=[SITE])
    page = ('<html><head><meta charset="utf-8"><title>年度报告_榆岭县人民政府</title>'
            f'{head}</head><body><h2>政府信息公开年度报告</h2><ul id="list"></ul></body></html>')
    url = SITE.start_urls[0]
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, "start_url": True}))
    return spider, [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def _answer(request: ScrapyRequest, body: str) -> list[ScrapyRequest]:
    response = XmlResponse(request.url, body=body.encode(), encoding="utf-8", request=request)
    return [r for r in request.callback(response) if isinstance(r, ScrapyRequest)]


def _walk(kind: str, render: object) -> tuple[KaipuSpider, list[str], list[str]]:
    """Start on the list page, answer the feed with page 1, then its next with page 2 (no next)."""
    head = f'<link rel="alternate" type="application/{kind}+xml" href="/gk/nb/{kind}.xml">'
    spider, requests = _start(head)
    feeds = [r for r in requests if r.url == f"{COLUMN}{kind}.xml"]
    assert len(feeds) == 1
    assert callable(render)
    first = _answer(feeds[0], render(FIRST, f"/gk/nb/{kind}.xml?page=2"))
    nexts = [r for r in first if r.url == f"{COLUMN}{kind}.xml?page=2"]
    assert len(nexts) == 1, [r.url for r in first]
    second = _answer(nexts[0], render(SECOND, None))
    reports = sorted(r.url for r in first + second if r.url.endswith(".html"))
    return spider, reports, [r.url for r in second if ".xml" in r.url]


def test_an_atom_feeds_next_pages_are_the_same_list() -> None:
    spider, reports, more = _walk("atom", _atom)
    assert reports == [HOST + "/gk/nb/2023/a3.html", HOST + "/gk/nb/2024/a2.html", HOST + "/gk/nb/2025/a1.html"]
    assert more == []  # the last document names no next
    assert not spider.coverage_of(SITE).falls_short


def test_an_rss_channels_atom_next_link_is_followed() -> None:
    _spider, reports, more = _walk("rss", _rss)
    assert HOST + "/gk/nb/2023/a3.html" in reports and more == []


def test_feed_next_reads_only_rel_next() -> None:
    assert scriptanswers.feed_next(_atom(FIRST, "p2.xml"), COLUMN + "atom.xml") == COLUMN + "p2.xml"
    assert scriptanswers.feed_next(_atom(FIRST, None), COLUMN + "atom.xml") is None  # rel="self" is no next
    assert scriptanswers.feed_next(_rss(FIRST, None), COLUMN + "rss.xml") is None
    assert scriptanswers.feed_next("<html><body>no</body></html>", COLUMN) is None
