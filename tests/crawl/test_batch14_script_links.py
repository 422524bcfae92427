"""Issue 12, the class of held-out round 14's list whose rows carry no article URL in any ``href`` —
written on markup unlike the batch portal's (other counties' lists of the kind):

1. a list row's link that opens its article only by script — ``href="javascript:void(0)"`` or
   ``href="#"`` with ``onclick="window.open('./…')"`` / ``onclick='location.href="…"'``, or an ``<a>``
   with no ``href`` at all — is an entry of the family's list markup (TRS, VSB, hanweb records, the
   old ASP/JSP family, kaipu, the hub) and of the shared recogniser, at the address the script
   opens (single or double quotes, relative or absolute), its date before or after the link;
2. such entries make each page of a paged list its own: the pages of a TRS list whose rows differ
   only in their scripts are not "the entries of a page already read" (they all had the same
   ``javascript:void(0)`` href), so the declared pages are harvested, with no warning;
3. a link whose script opens nothing (``onclick="share()"``, ``href="#"``) is still no entry.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.bases.vsb import VsbSpider
from govcrawl.crawl.entries import count_entries, list_entries
from govcrawl.crawl.hanwebdata import record_links
from govcrawl.crawl.registry import Site

_COLUMN = "http://www.luoxi.gov.test/zwgk/gknb/"


def _trs_page(rows: list[tuple[str, str, str]], pages: int, current: int) -> str:
    # Date after the link, in its own cell; the script quotes its address in double quotes.
    body = "".join(
        f"<tr><td class=\"bt\"><a href=\"#\" onclick='window.open(\"{href}\",\"_blank\")' title=\"{title}\">"
        f"{title}</a></td><td class=\"sj\">{date}</td></tr>" for href, title, date in rows)
    return (f"<html><head><title>政府信息公开年报</title></head><body><div class=\"nav\"><a href=\"/\">首页</a>"
            f"<a href=\"javascript:void(0)\" onclick=\"share()\">分享</a></div><table class=\"gl_list\">{body}</table>"
            f"<div class=\"fy\"><SCRIPT>createPageHTML({pages},{current},\"index\",\"htm\");</SCRIPT></div>"
            f"</body></html>")


_PAGE_0 = [("./202501/t20250124_88213.htm", "罗溪县2024年政府信息公开工作年度报告", "2025-01-24"),
           ("./202402/t20240201_86001.htm", "罗溪县2023年政府信息公开工作年度报告", "2024-02-01")]
_PAGE_1 = [("/zwgk/gknb/202301/t20230130_80412.htm", "罗溪县2022年政府信息公开工作年度报告", "2023-01-30"),
           ("http://www.luoxi.gov.test/zwgk/gknb/202201/t20220127_77120.htm", "罗溪县2021年政府信息公开工作年度报告",
            "2022-01-27")]


def _spider(cls: Any, cms: str, url: str) -> tuple[Any, Site]:
    site = Site(id="luoxi-gov", agency="罗溪县人民政府", cms=cms, region="测试省罗溪县", start_urls=(url,),
                allowed_domains=("luoxi.gov.test",))
    return cls.from_crawler(get_crawler(cls), name=site.id, sites=[site]), site


def _parse(spider: Any, site: Site, url: str, html: str, **meta: Any) -> list[str]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, **meta}))
    return [r.url for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def test_trs_rows_opened_by_script_are_entries_and_pages_of_their_own() -> None:
    first = _COLUMN + "index.htm"
    spider, site = _spider(TrsClassicSpider, "trs_classic", first)
    requested = _parse(spider, site, first, _trs_page(_PAGE_0, 2, 0), start_url=True)
    assert _COLUMN + "202501/t20250124_88213.htm" in requested
    assert _COLUMN + "202402/t20240201_86001.htm" in requested
    assert _COLUMN + "index_1.htm" in requested  # the uppercase, space-free pager call is TRS's
    later = _parse(spider, site, _COLUMN + "index_1.htm", _trs_page(_PAGE_1, 2, 1), list_url=first)
    assert _COLUMN + "202301/t20230130_80412.htm" in later
    assert _COLUMN + "202201/t20220127_77120.htm" in later
    coverage = spider.coverage_of(site)
    assert not [w for w in coverage.warnings if "already read" in w]
    assert not coverage.falls_short


_VSB = """<html><head><title>年度报告</title></head><body><div class="list"><ul>
<li id="line_u7_0"><span class="time">[2025/01/20]</span><a onclick="location.href='../../info/1183/5521.htm'"
  style="cursor:pointer">2024年度政府信息公开工作年度报告</a></li>
<li id="line_u7_1"><span class="time">[2024/01/22]</span><a href="javascript:;"
  onclick="javascript:window.location.href='../../info/1183/4907.htm';">2023年度政府信息公开工作年度报告</a></li>
<li id="line_u7_2"><a href="javascript:;" onclick="addFavorite()">收藏本页</a></li>
</ul></div></body></html>"""


def test_vsb_rows_opened_by_script_are_entries() -> None:
    url = "http://www.bailu.gov.test/xxgk/ndbg/ndbg.htm"
    spider, site = _spider(VsbSpider, "vsb", url)
    response = HtmlResponse(url, body=_VSB.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site}))
    assert [href for href, _title in spider.list_entries(response)] == ["../../info/1183/5521.htm",
                                                                       "../../info/1183/4907.htm"]


def test_hanweb_record_opened_by_script() -> None:
    record = ('<li><a href="javascript:void(0)" onclick="window.open(\'http://www.qiao.gov.test/art/2025/1/21/'
              'art_1405_90217.html\')" title="乔县2024年政府信息公开工作年度报告">乔县2024年…</a><span>2025-01-21'
              '</span></li>')
    assert list(record_links(record)) == [("http://www.qiao.gov.test/art/2025/1/21/art_1405_90217.html",
                                           "乔县2024年政府信息公开工作年度报告")]


def test_shared_recogniser_reads_and_counts_script_opened_rows() -> None:
    page = Selector(text="""<html><body><div class="news"><p><span>2025-01-15</span>
<a onclick="window.open('/gk/nb/2025/0115/c88.html')">县民政局2024年政府信息公开工作年度报告</a></p>
<p><a href="#" onclick='top.location.href="/gk/nb/2024/0118/c71.html"'>县民政局2023年政府信息公开工作年度报告</a>
<span>2024-01-18</span></p>
<p><a href="#">返回顶部</a></p></div></body></html>""")
    assert list(list_entries(page)) == [("/gk/nb/2025/0115/c88.html", "县民政局2024年政府信息公开工作年度报告"),
                                        ("/gk/nb/2024/0118/c71.html", "县民政局2023年政府信息公开工作年度报告")]
    assert count_entries(page) == 2
