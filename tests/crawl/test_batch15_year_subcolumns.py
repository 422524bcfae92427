"""Issue 12, the class of held-out round 15's year-tab 年报 column — on markup unlike the batch portal's
(another county's Hanweb column, and a VSB one):

1. a list page that shows no report of its own but links a column per year elsewhere on the portal
   (``<ul class="tabs"><li><a href="/col/col123/index.html">2023年</a>`` beside ``/col/col120/``, no
   directory below it) reads those columns as lists of the portal (``detect.year_columns``): links
   named by a year ("2023年", "2020年及以前") or as a 年报 column, to an index page or a sibling of the
   page on the portal's domain — not a site map, a news column, an article, another domain;
2. the same for every family (a VSB column ``/xxgk/gknb.htm`` whose years are ``/xxgk/gknb2024.htm``);
3. bounded: one level (a year column's own tabs are not followed again), at most ``MAX_YEAR_COLUMNS``
   from a page — the rest, and a year column that does not answer, stated as lists not read;
4. year columns that page through one proxy URL by POST, each with its own ``columnid`` in the form,
   are each paged (the form is part of what is asked: before, the second column's window was taken
   for the first's and never asked for).
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy import FormRequest
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from govcrawl.bases.hanweb import HanwebSpider
from govcrawl.bases.vsb import VsbSpider
from govcrawl.crawl import detect
from govcrawl.crawl.registry import Site

HOST = "http://www.lanshui.gov.test"
TOP = f"{HOST}/col/col120/index.html"
HANWEB = Site(id="lanshui-gov", agency="岚水县人民政府", cms="hanweb", region="测试省岚水县", start_urls=(TOP,),
              allowed_domains=("lanshui.gov.test",))
VSB_TOP = "http://www.heqiao.gov.test/xxgk/gknb.htm"
VSB = Site(id="heqiao-gov", agency="禾桥县人民政府", cms="vsb", region="测试省禾桥县", start_urls=(VSB_TOP,),
           allowed_domains=("heqiao.gov.test",))

_TOP = """<html><head><meta name="ColumnName" content="信息公开年报"><title>信息公开年报_岚水县人民政府</title>
</head><body><div class="top"><a href="/col/col101/index.html">新闻中心</a><a href="/col/col102/index.html">政务公开</a>
</div><div class="crumb"><a href="/">首页</a> » 信息公开年报</div>
<ul class="tabs"><li><a href="/col/col123/index.html">2023年</a></li>
<li><a href="/col/col122/index.html">2022年</a></li>
<li><a href="/col/col121/index.html">2020年及以前</a></li></ul>
<div class="side"><a href="/art/2024/3/1/art_101_88.html">2024年</a>
<a href="http://www.other.gov.test/col/col9/index.html">2023年</a></div>
<div class="foot"><a href="/col/col199/index.html">网站地图</a></div></body></html>"""


def _year_column(col: int, year: int, tabs: str = "") -> str:
    records = "".join(f'<record><![CDATA[<li><a href="/art/{year + 1}/1/{d}/art_{col}_{d}.html">岚水县{name}{year}年'
                      f"政府信息公开工作年度报告</a><span>{year + 1}-01-{d:02d}</span></li>]]></record>"
                      for d, name in ((20, "人民政府"), (18, "财政局"), (15, "民政局")))
    return (f'<html><head><meta name="ColumnName" content="{year}年"></head><body>{tabs}<div id="u77">'
            f'<script type="text/xml"><datastore><recordset>{records}</recordset></datastore></script></div>'
            f"<script>$('#u77').jpage({{perPage: 3, totalRecord: 4, proxyUrl: '/module/web/jpage/dataproxy.jsp',"
            f" ajaxParam: {{col: 1, webid: 5, path: '/', columnid: {col}, unitid: 77}}}});</script></body></html>")


def _spider(cls: Any, site: Site) -> Any:
    return cls.from_crawler(get_crawler(cls), name=site.id, sites=[site])


def _parse(spider: Any, site: Site, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, **meta}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def test_year_columns_are_year_named_column_pages_of_the_portal() -> None:
    found = detect.year_columns(Selector(text=_TOP), TOP)
    assert found == [f"{HOST}/col/col123/index.html", f"{HOST}/col/col122/index.html", f"{HOST}/col/col121/index.html"]


def test_a_vsb_columns_years_are_its_siblings() -> None:
    page = Selector(text="""<html><body><div class="nav"><a href="zcwj.htm">政策文件</a></div>
<div class="years"><a href="gknb2024.htm">2024年度</a><a href="gknb2023.htm">2023年度</a>
<a href="../info/1011/2345.htm">2022年</a><a href="gknb/bmnb.htm">部门年报</a></div></body></html>""")
    # The 部门年报 sub-column in the column's own folder (gknb.htm → gknb/bmnb.htm) is one of its lists
    # too (batch 16: VSB keeps a column's sub-columns there); the article is none.
    assert detect.year_columns(page, VSB_TOP) == ["http://www.heqiao.gov.test/xxgk/gknb2024.htm",
                                                  "http://www.heqiao.gov.test/xxgk/gknb2023.htm",
                                                  "http://www.heqiao.gov.test/xxgk/gknb/bmnb.htm"]


def test_a_hanweb_column_of_year_tabs_reads_each_year_once_and_pages_each() -> None:
    spider = _spider(HanwebSpider, HANWEB)
    tops = _parse(spider, HANWEB, TOP, _TOP, start_url=True)
    years = [r for r in tops if r.meta.get("year_column_of") == TOP]
    assert [r.url for r in years] == detect.year_columns(Selector(text=_TOP), TOP)
    assert all(r.meta.get("new_list") and r.callback == spider.parse_list for r in years)
    # Each year column is read as a list; its own tabs back to the other years are not followed again.
    tabs = '<ul class="tabs"><li><a href="/col/col122/index.html">2022年</a></li></ul>'
    posts = []
    for col, year in ((123, 2023), (122, 2022)):
        url = f"{HOST}/col/col{col}/index.html"
        out = _parse(spider, HANWEB, url, _year_column(col, year, tabs), new_list=True, year_column_of=TOP)
        assert not [r for r in out if r.meta.get("year_column_of")]
        posts += [r for r in out if isinstance(r, FormRequest)]
    # One proxy URL, a window per column: both asked for.
    assert len(posts) == 2 and len({p.url for p in posts}) == 1
    assert {b"columnid=123" in p.body for p in posts} == {True, False}


def test_a_vsb_column_of_year_tabs_reads_its_years() -> None:
    html = ('<html><head><title>政府信息公开年报</title></head><body><div class="years"><a href="gknb2024.htm">2024'
            '年度</a><a href="gknb2023.htm">2023年度</a></div><p>请选择年度</p></body></html>')
    spider = _spider(VsbSpider, VSB)
    urls = [r.url for r in _parse(spider, VSB, VSB_TOP, html, start_url=True) if r.meta.get("year_column_of")]
    assert urls == ["http://www.heqiao.gov.test/xxgk/gknb2024.htm", "http://www.heqiao.gov.test/xxgk/gknb2023.htm"]


def test_year_columns_are_bounded_and_the_rest_stated() -> None:
    many = "".join(f'<li><a href="/col/col{300 + y}/index.html">{y}年</a></li>' for y in range(1995, 2025))
    html = f"<html><head><title>信息公开年报</title></head><body><ul>{many}</ul></body></html>"
    spider = _spider(HanwebSpider, HANWEB)
    requests = [r for r in _parse(spider, HANWEB, TOP, html, start_url=True) if r.meta.get("year_column_of")]
    assert len(requests) == detect.MAX_YEAR_COLUMNS
    unread = spider.coverage_of(HANWEB).lists_unread
    assert len(unread) == 30 - detect.MAX_YEAR_COLUMNS and all("year column" in why for why in unread.values())


def test_a_year_column_that_does_not_answer_is_stated() -> None:
    spider = _spider(HanwebSpider, HANWEB)
    (request, *_rest) = [r for r in _parse(spider, HANWEB, TOP, _TOP, start_url=True) if r.meta.get("year_column_of")]
    response = HtmlResponse(request.url, status=404, body=b"", request=request)
    failure = Failure(HttpError(response))
    failure.request = request  # as Scrapy hands it to an errback
    assert request.errback is not None
    request.errback(failure)
    why = spider.coverage_of(HANWEB).lists_unread[request.url]
    assert why.startswith(f"a year column linked from {TOP}") and "did not answer" in why
    assert spider.coverage_of(HANWEB).falls_short
