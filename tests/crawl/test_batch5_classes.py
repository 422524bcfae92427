"""Issue 12, the classes of held-out batch 5, each tested on markup written unlike batch 5's portals
(other sites of the same families):

1. a TRS ``createPageHTML`` call read by the page's own definition of the function (argument order,
   page-file naming);
2. a Hanweb datastore's own ``<totalrecord>`` is a declared count (the proxy is asked for the rest;
   a shortfall is stated when it cannot be);
3. the gkmlpt site id wherever the shell names it (meta, data- attribute, script, URL);
4. a year-only link under a unit's heading is that unit's report of that year;
5. a generic link text in a table cell under a year column is that year's report.
"""

from __future__ import annotations

from typing import Any

from govcrawl.crawl import pagers
from govcrawl.crawl.coverage import PortalCoverage, coverage_lines


# -- 1: createPageHTML by the page's own function --------------------------------------------------
def test_1_trs_call_is_read_by_the_pages_own_function_order_and_naming() -> None:
    """A 5-argument call, records last, current 0-based, whose inline function names page n
    ``list_{n}.htm`` from a 0-based index ``i + 1``: pages 2 and 3 are ``list_2``/``list_3`` (the
    4-argument convention would have said ``list_1``, ``list_2``)."""
    html = ('<html><body><ul class="xxgk"><li><a href="./202402/t20240201_5521.htm">蒲江县2023年政府信息公开'
            '工作年度报告</a></li></ul><div id="fy"></div><script type="text/javascript">\n'
            'function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt, _nRecordCount) {\n'
            '  var s = "";\n'
            '  for (var i = 0; i < _nPageCount; i++) {\n'
            '    var href = (i == 0) ? _sPageName + "." + _sPageExt : _sPageName + "_" + (i + 1) + "." + _sPageExt;\n'
            '    s += i == _nCurrIndex ? "<b>" + (i + 1) + "</b>" : "<a href=\\"" + href + "\\">" + (i + 1) + "</a>";\n'
            '  }\n'
            '  document.getElementById("fy").innerHTML = "共" + _nRecordCount + "条 " + s;\n'
            '}\n'
            'createPageHTML(3, 0, "list", "htm", 26);\n</script></body></html>')
    pager = pagers.recognise(html, "http://www.pujiang.gov.test/zwgk/nb/list.htm")
    assert pager.urls == ["http://www.pujiang.gov.test/zwgk/nb/list_2.htm",
                          "http://www.pujiang.gov.test/zwgk/nb/list_3.htm"]
    assert (pager.pages, pager.current, pager.records) == (3, 1, 26)


def test_1_a_1_based_function_with_the_previous_pages_suffix_and_a_container_last() -> None:
    """``createPageHTML(pages, cur, name, ext, records, box)`` whose function names page n ``_{n-1}``
    when ``n > 1``: page 2 is ``index_1``, the last page ``index_3``; nothing past the count."""
    html = ('<script>function createPageHTML(pageCount, currentPage, fileName, fileExt, total, box) {'
            ' var link = function (n) { if (n > 1) { return fileName + "_" + (n - 1) + "." + fileExt; }'
            ' return fileName + "." + fileExt; }; /* … */ }\n'
            'createPageHTML(4, 1, "index", "shtml", 31, "pagebox");</script>')
    pager = pagers.trs_script(html, "http://www.heyang.gov.test/xxgk/ndbg/index.shtml")
    assert pager.urls == [f"http://www.heyang.gov.test/xxgk/ndbg/index_{i}.shtml" for i in (1, 2, 3)]
    assert (pager.pages, pager.current, pager.records) == (4, 1, 31)


def test_1_without_the_function_in_the_page_the_conventions_stay() -> None:
    pager = pagers.trs_script("<script>createPageHTML(3, 0, 'index', 'html');</script>", "http://x.gov.test/a/")
    assert pager.urls == ["http://x.gov.test/a/index_1.html", "http://x.gov.test/a/index_2.html"]


# -- 3: the gkmlpt site id wherever the shell names it ----------------------------------------------
def _gkmlpt_shell_request(shell: str) -> str:
    from scrapy.http import HtmlResponse
    from scrapy.http import Request as ScrapyRequest
    from scrapy.utils.test import get_crawler

    from govcrawl.bases.gkmlpt import GkmlptSpider
    from govcrawl.crawl.registry import Site

    site = Site(id="shiqiao-gov", agency="石桥区人民政府", cms="gkmlpt", region="测试省石桥区",
                start_urls=("http://www.shiqiao.gov.test/gkmlpt/index#2207",), allowed_domains=("shiqiao.gov.test",))
    spider = GkmlptSpider.from_crawler(get_crawler(GkmlptSpider), name=site.id, sites=[site])
    url = "http://www.shiqiao.gov.test/gkmlpt/index#2207"
    response = HtmlResponse(url, body=shell.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    requests = [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]
    assert len(requests) == 1
    return str(requests[0].url)


def test_3_gkmlpt_site_id_in_a_data_attribute_of_the_app_root_or_a_meta_property() -> None:
    body = '<body><div id="gkml-app" data-site-id="757120" data-column="2207"></div></body>'
    assert _gkmlpt_shell_request(body).endswith("/gkmlpt/api/all/2207?page=1&sid=757120")
    head = '<head><meta property="gkmlpt:siteId" content="757121"></head><body><div id="app"></div></body>'
    assert _gkmlpt_shell_request(head).endswith("sid=757121")


def test_3_gkmlpt_site_id_in_a_script_object_or_a_url_the_shell_holds() -> None:
    from govcrawl.bases.gkmlpt import shell_sid

    assert shell_sid('<script>var gkmlConf = {"siteId": 757122, "apiBase": "/gkmlpt/api"};</script>') == "757122"
    assert shell_sid('<link rel="prefetch" href="/gkmlpt/api/all/2207?page=1&amp;sid=757123">') == "757123"
    assert shell_sid("<script>var basid = 5; var websiteid = 3;</script>") is None  # not a site id's name


# -- 2: a Hanweb datastore's own totals --------------------------------------------------------------
def _hanweb_parse(html: str) -> tuple[list[Any], PortalCoverage]:
    from scrapy.http import HtmlResponse
    from scrapy.http import Request as ScrapyRequest
    from scrapy.utils.test import get_crawler

    from govcrawl.bases.hanweb import HanwebSpider
    from govcrawl.crawl.registry import Site

    site = Site(id="xiaoshan-jyj", agency="潇山县教育局", cms="hanweb", region="测试省潇山县",
                start_urls=("http://jyj.xiaoshan.gov.test/col/col1512044/index.html",),
                allowed_domains=("xiaoshan.gov.test",))
    spider = HanwebSpider.from_crawler(get_crawler(HanwebSpider), name=site.id, sites=[site])
    url = site.start_urls[0]
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    return list(spider.parse_list(response)), spider.coverage(response)


def _records(first: int, last: int) -> str:
    return "".join(f'<record><![CDATA[<div class="row"><a href="/art/2024/3/{n}/art_1512044_{n}.html" '
                   f'title="潇山县教育局{2024 - n}年政府信息公开工作年度报告">潇山县教育局{2024 - n}年…</a>'
                   f'<i>2024-03-0{n % 9 + 1}</i></div>]]></record>' for n in range(first, last + 1))


def test_2_the_datastores_totalrecord_is_the_count_when_the_jpage_call_names_none() -> None:
    """A widget call with a proxy and no ``totalRecord`` (its container an ``<ul>``, the call written
    ``jQuery("#…").jpage``): the datastore's ``<totalrecord>`` 11 is declared and records 5 … 11 are
    asked of the proxy."""
    from scrapy import FormRequest

    html = ('<html><body><ul id="unit_88120"><script type="text/xml"><datastore><nextgroup><![CDATA[]]>'
            f'</nextgroup><recordset>{_records(1, 4)}</recordset><totalrecord>11</totalrecord>'
            '<totalpage>3</totalpage></datastore></script></ul>'
            '<script>jQuery(function(){ $("#unit_88120").jpage({ dataStore: $("#unit_88120 script").html(),'
            ' perPage: 4, groupSize: 2, proxyUrl: "/module/jpage/dataproxy.jsp",'
            ' ajaxParam: { columnid: "1512044", unitid: "88120", webid: "41", path: "/", permissiontype: 0 } }); });'
            '</script></body></html>')
    out, coverage = _hanweb_parse(html)
    posts = [r for r in out if isinstance(r, FormRequest)]
    assert [r.url.split("?", 1)[1] for r in posts] == ["startrecord=5&endrecord=11&perpage=4"]
    assert posts[0].url.startswith("http://jyj.xiaoshan.gov.test/module/jpage/dataproxy.jsp?")
    assert b"columnid=1512044" in posts[0].body and b"unitid=88120" in posts[0].body
    [entry] = coverage.lists.values()
    assert (entry.declared_records, entry.entries) == (11, 4)


def test_2_a_datastore_declaring_more_records_than_it_holds_with_no_proxy_is_a_stated_shortfall() -> None:
    """No widget call, no ``<nextgroup>`` link: nothing more can be asked, and the 7 declared against
    the 3 held are a shortfall in the summary (and so in the exit code), not silence."""

    html = ('<html><body><div class="lmlist"><script type="text/xml"><datastore><totalrecord>7</totalrecord>'
            f'<recordset>{_records(1, 3)}</recordset></datastore></script></div></body></html>')
    out, coverage = _hanweb_parse(html)
    assert len(out) == 3  # the records it holds are followed
    assert coverage.falls_short
    lines = coverage_lines({"xiaoshan-jyj": coverage})
    assert any(line.strip().startswith("SHORT xiaoshan-jyj") and "3 of 7 declared" in line for line in lines)
