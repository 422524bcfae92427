"""Issue 12, held-out round 16/17: a list whose pager is the page's own hand-written loop — no
``createPageHTML``, no page link in the HTML, an empty pager element the loop fills — and whose page
loads an unrelated site script (a 繁體 converter).  Markup written unlike the batch's portal (another
site of the kind: a 街道 site on a 2010s template, its pager a named function the page calls with its
counts, 1-based, ``if``/``else`` around the current page, links pushed into an array):

* the loop's links are read as its script builds them (``pagers.loops``): each value of the loop,
  the function's parameters bound to the page's call, its ``if``/``else`` and ``?:`` as the values
  say — the pages it writes, and the counts its script declares; a loop that writes no link, or a
  function the page never calls, is no pager (nothing guessed);
* an external script is fetched for a pager only when the page's pager depends on it: not when the
  page's own script fills the pager element; and a filler that does not answer is a warning, not a
  list left unread.
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl import jsexpr, pagers, pagerscript
from govcrawl.crawl.registry import Site

COLUMN = "http://www.dongpo.gov.test/zwgk/gknb/"
SITE = Site(id="dongpo-jd", agency="东坡区东坡街道办事处", cms="trs_classic", region="测试省东坡区",
            start_urls=(COLUMN + "list.html",), allowed_domains=("dongpo.gov.test",))

PAGER = """
function writePager(total, size, now) {
  var pages = Math.ceil(total / size), out = [];
  out.push('<span class="sum">共' + total + '条 ' + pages + '页</span>');
  for (var p = 1; p <= pages; p++) {
    if (p == now) {
      out.push('<span class="cur">' + p + '</span>');
    } else {
      var name = p > 1 ? 'list_' + (p - 1) + '.html' : 'list.html';
      out.push("<a class='num' href='" + name + "'>" + p + '</a>');
    }
  }
  document.getElementById('pager').innerHTML = out.join('');
}
writePager(17, 6, NOW);
"""


def _page(now: int = 1, pager: str = PAGER) -> str:
    rows = "".join(f'<tr><td><a href="./2024{n:02d}/t2024{n:02d}20_{700 + n}.html">东坡街道{2024 - n}年政府信息公开'
                   f'工作年度报告</a></td><td>2024-{n:02d}-20</td></tr>' for n in range(1, 7))
    return ('<html><head><meta charset="utf-8"><title>政府信息公开年报_东坡街道</title>'
            '<script src="/js/gb2big5.js"></script></head><body><a href="javascript:toBig()">繁体</a>'
            f'<table class="nb">{rows}</table><div class="pagination" id="pager"></div>'
            f'<script>{pager.replace("NOW", str(now))}</script></body></html>')


def test_the_loop_s_links_are_the_list_s_pages() -> None:
    pager = pagers.recognise(_page(), COLUMN + "list.html")
    assert "loop" in pager.kinds
    assert pager.urls == [COLUMN + "list_1.html", COLUMN + "list_2.html"]
    assert (pager.pages, pager.current) == (3, 1)
    # Page 2 writes page 1 by the ``?:`` rule, and does not link itself.
    second = pagers.recognise(_page(now=2), COLUMN + "list_1.html")
    assert second.urls == [COLUMN + "list.html", COLUMN + "list_2.html"] and second.current == 2


def test_an_inline_loop_over_the_page_s_variables() -> None:
    inline = ("var totalPage = 4, curPage = 0, total = 19;\nvar s = '';\n"
              "for (var i = 0; i < totalPage; i++) {\n"
              "  s += i == curPage ? '<em>' + (i + 1) + '</em>' : '<a href=\"' + (i ? 'index_' + i + '.shtml' : "
              "'index.shtml') + '\">' + (i + 1) + '</a>';\n}\n$('#pager').html(s);")
    pager = pagers.recognise(_page(pager=inline), COLUMN + "index.shtml")
    assert pager.urls == [COLUMN + f"index_{n}.shtml" for n in (1, 2, 3)]
    assert (pager.pages, pager.records, pager.current) == (4, 19, 1)
    # ``if`` / ``else if`` / ``else``: only the clause whose test holds writes (no ``index_0``).
    chain = ("var totalPage = 3, curPage = 1;\nvar s = '';\nfor (var i = 0; i < totalPage; i++) {\n"
             "  if (i == curPage) s += '<em>' + (i + 1) + '</em>';\n"
             "  else if (i > 0) { s += '<a href=\"index_' + i + '.shtml\">' + (i + 1) + '</a>'; }\n"
             "  else s += '<a href=\"index.shtml\">1</a>';\n}\n$('#pager').html(s);")
    pager = pagers.recognise(_page(pager=chain), COLUMN + "index_1.shtml")
    assert pager.urls == [COLUMN + "index.shtml", COLUMN + "index_2.shtml"] and pager.current == 2


def test_no_link_written_or_no_call_no_pager() -> None:
    uncalled = PAGER.replace("writePager(17, 6, NOW);", "")
    assert pagers.recognise(_page(pager=uncalled), COLUMN + "list.html").urls == []
    counting = "var n = 0; for (var i = 0; i < 6; i++) { n += i; } document.title = n;"
    assert "loop" not in pagers.recognise(_page(pager=counting), COLUMN + "list.html").kinds


def test_a_conditional_is_read_by_the_branch_its_test_takes() -> None:
    rule = "p > 1 ? 'list_' + (p - 1) + '.html' : 'list.html'"
    assert [jsexpr.evaluate(rule, names={"p": p}, joins=True) for p in (1, 2, 3)] == [
        "list.html", "list_1.html", "list_2.html"]
    assert jsexpr.evaluate("a ? b : 'x'", names={"a": 0}) == "x"  # the branch not taken is not read
    assert jsexpr.truth("i == cur", "var cur = 2;", {"i": 2}) is True
    assert jsexpr.truth("i == cur", "", {"i": 2}) is None  # an unknown name: not read


def _start(page: str) -> tuple[TrsClassicSpider, list[ScrapyRequest]]:
    spider = TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=SITE.id, sites=[SITE])
    url = SITE.start_urls[0]
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, "start_url": True}))
    return spider, [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def test_the_list_is_paged_by_its_loop_and_the_unrelated_script_is_not_fetched() -> None:
    spider, out = _start(_page())
    urls = [r.url for r in out]
    assert COLUMN + "list_1.html" in urls and COLUMN + "list_2.html" in urls
    assert not any(url.endswith(".js") for url in urls)
    listed = spider.coverage_of(SITE).lists[SITE.start_urls[0]]
    assert listed.declared_pages == 3 and not spider.coverage_of(SITE).lists_unread


def test_a_pager_the_page_fills_itself_has_no_filler_script() -> None:
    # The page's own script fills the element, even one this crawler cannot read: no file is its pager's.
    unread = "document.getElementById('pager').innerHTML = build(window.pagerConf);"
    sel = Selector(_page(pager=unread))
    assert pagerscript.filler_script(sel, SITE.start_urls[0]) is None
    # No script of the page names it: the site script loaded with the page may fill it.
    sel = Selector(_page(pager="var x = 1;"))
    assert pagerscript.filler_script(sel, SITE.start_urls[0]) == "http://www.dongpo.gov.test/js/gb2big5.js"


def test_a_filler_that_does_not_answer_is_a_warning_not_a_list_unread() -> None:
    spider, out = _start(_page(pager="var x = 1;"))
    (filler,) = [r for r in out if r.url.endswith("/js/gb2big5.js")]
    failure = Failure(OSError("Ignoring non-200 response"))
    failure.request = filler  # type: ignore[attr-defined]  # as Scrapy hands an errback its failure
    spider.count_script_failed(failure)
    coverage = spider.coverage_of(SITE)
    assert not coverage.lists_unread
    assert any("gb2big5.js" in warning and "did not answer" in warning for warning in coverage.warnings)
