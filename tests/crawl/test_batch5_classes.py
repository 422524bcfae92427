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

import json
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
    from govcrawl.crawl.gkmldata import shell_sid

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


# -- 4: a year-only link under its unit's heading ---------------------------------------------------
def _titles(html: str) -> dict[str, str]:
    from parsel import Selector

    from govcrawl.crawl import entries

    return {href: title for href, title in entries.list_entries(Selector(text=html))}


def test_4_a_year_only_link_under_a_units_heading_is_that_units_report_of_that_year() -> None:
    """Units as cards with a ``<span class="dept-name">`` and as table rows headed by a ``<th>``; the
    links say "2024年度" / "2023年"; a 解读 in the same card, a box of year tabs under a heading that
    names the 年报, and a 法治政府 report stay what they are."""
    from govcrawl.crawl.classify import is_report_title, report_year

    html = ('<html><head><title>部门政府信息公开工作年度报告_桂垣县人民政府</title></head><body>'
            '<div class="nb-tabs"><h4>政府信息公开年报</h4><a href="/nb/2024/">2024年</a>'
            '<a href="/nb/2023/">2023年</a></div>'
            '<div class="dept"><span class="dept-name">县财政局</span><p class="years">'
            '<a href="/czj/nb2024.html">2024年度</a> <a href="/czj/nb2023.pdf">2023年度</a>'
            ' <a href="/czj/jd2024.html">2024年度报告解读</a></p></div>'
            '<table class="units"><tr><th scope="row">县水利局</th><td><a href="/slj/2024.html">2024年</a></td>'
            '<td><a href="/slj/fz2024.html">2024年法治政府建设年度报告</a></td></tr></table></body></html>')
    titles = _titles(html)
    reports = {href: title for href, title in titles.items() if is_report_title(title)}
    assert sorted(reports) == ["/czj/nb2023.pdf", "/czj/nb2024.html", "/slj/2024.html"]
    assert "县财政局" in reports["/czj/nb2024.html"] and report_year(reports["/czj/nb2023.pdf"]) == 2023
    assert "县水利局" in reports["/slj/2024.html"] and report_year(reports["/slj/2024.html"]) == 2024


def test_4_a_year_only_link_is_not_a_report_off_a_nianbao_page_or_under_another_column() -> None:
    from govcrawl.crawl.classify import is_report_title

    card = '<div class="dept"><b>县财政局</b><a href="/czj/2024.html">2024年</a></div>'
    assert not any(is_report_title(t) for t in _titles(f"<html><head><title>部门预算</title></head><body>{card}"
                                                       "</body></html>").values())
    table = ('<html><head><title>部门年报</title></head><body><table><tr><th>单位</th><th>解读</th></tr>'
             '<tr><td>县财政局</td><td><a href="/czj/jd.html">2024年</a></td></tr></table></body></html>')
    assert not any(is_report_title(t) for t in _titles(table).values())


# -- 5: a generic link text under a year's column, whatever the family reads the list ---------------
def test_5_a_generic_link_under_a_year_column_is_that_years_report_in_every_familys_list() -> None:
    """A 区县年报 table read by the families' own list readers (not only the hub's): columns
    "2023年" / "2022年", cells "年报", "详情", "查看" (a 解读 beside one stays a 解读)."""
    from scrapy.http import HtmlResponse
    from scrapy.http import Request as ScrapyRequest
    from scrapy.utils.test import get_crawler

    from govcrawl.bases.kaipu import KaipuSpider
    from govcrawl.bases.legacy import GkmlActionSpider
    from govcrawl.bases.vsb import VsbSpider
    from govcrawl.crawl.classify import is_report_title
    from govcrawl.crawl.registry import Site

    html = ('<html><head><title>县区政府信息公开年报</title></head><body><table class="grid">'
            '<thead><tr><td>县区</td><td>2023年</td><td>2022年</td></tr></thead><tbody>'
            '<tr><td>榆东县</td><td><a href="http://yd.yulin.gov.test/nb/t20240115_3321.html">年报</a>'
            ' <a href="http://yd.yulin.gov.test/nb/t20240115_3322.html">解读</a></td>'
            '<td><a href="http://yd.yulin.gov.test/nb/t20230120_2876.html">详情</a></td></tr>'
            '<tr><td>榆西县</td><td><a href="http://yx.yulin.gov.test/nb/t20240115_3321.html">查看</a></td><td>—</td></tr>'
            '</tbody></table></body></html>')
    url = "http://www.yulin.gov.test/xxgk/qxnb/index.html"
    expected = {"http://yd.yulin.gov.test/nb/t20240115_3321.html": 2023,
                "http://yd.yulin.gov.test/nb/t20230120_2876.html": 2022,
                "http://yx.yulin.gov.test/nb/t20240115_3321.html": 2023}
    for spider_class, cms in ((KaipuSpider, "kaipu"), (VsbSpider, "vsb"), (GkmlActionSpider, "gkml_action")):
        site = Site(id=f"yulin-{cms}", agency="榆林市人民政府", cms=cms, region="测试省榆林市", start_urls=(url,),
                    allowed_domains=("yulin.gov.test",))
        spider = spider_class.from_crawler(get_crawler(spider_class), name=site.id, sites=[site])
        response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                                request=ScrapyRequest(url, meta={"site": site}))
        reports = {response.urljoin(href): title for href, title in spider.list_entries(response)
                   if is_report_title(title)}
        assert sorted(reports) == sorted(expected), cms
        for href, year in expected.items():
            assert str(year) in reports[href] and ("榆东县" in reports[href] or "榆西县" in reports[href]), cms


# -- 6: a list a script POSTs as JSON -------------------------------------------------------------
def test_6_a_json_body_built_from_a_script_object_is_posted_page_by_page_up_to_the_declared_pages() -> None:
    """``$.ajax({type: 'post', url, contentType: 'application/json', data: JSON.stringify(query)})`` with
    ``const query = {catalogId: "nb", current: 1, size: 10}`` (the page key ``current``): page 1 is
    POSTed as that JSON, numbers as numbers; the answer (``result.rows``, ``pages: 3``) is read and
    pages 2 and 3 are POSTed with ``current`` 2 and 3 — no more than declared."""
    from scrapy.http import HtmlResponse, TextResponse
    from scrapy.http import Request as ScrapyRequest
    from scrapy.utils.test import get_crawler

    from govcrawl.bases.auto import GenericSpider
    from govcrawl.crawl.registry import Site

    site = Site(id="lanxi-gov", agency="澜溪县人民政府", cms="generic", region="测试省澜溪县",
                start_urls=("http://www.lanxi.gov.test/portal/nb.html",), allowed_domains=("lanxi.gov.test",))
    script = ('const query = {catalogId: "nb", current: 1, size: 10, orderBy: "publish_time"};\n'
              'function fetchPage(p) { query.current = p;\n'
              '  $.ajax({ type: "post", url: "/portal/api/doc/list", contentType: "application/json",'
              ' data: JSON.stringify(query), success: function (r) { render(r.result.rows); } }); }\n'
              'fetchPage(1);')
    url = site.start_urls[0]
    page = HtmlResponse(url, body=f'<html><body><div id="docs"></div><script>{script}</script></body></html>'.encode(),
                        encoding="utf-8", request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    spider = GenericSpider.from_crawler(get_crawler(GenericSpider), name=site.id, sites=[site])
    (first,) = [r for r in spider.parse_list(page) if isinstance(r, ScrapyRequest)]
    assert (first.method, first.url) == ("POST", "http://www.lanxi.gov.test/portal/api/doc/list")
    assert (first.headers.get(b"Content-Type") or b"").startswith(b"application/json")
    assert json.loads(first.body) == {"catalogId": "nb", "current": 1, "size": 10, "orderBy": "publish_time"}
    answer = {"success": True, "result": {"total": 23, "pages": 3, "rows": [
        {"docId": 7, "docTitle": "澜溪县2024年政府信息公开工作年度报告", "docUrl": "/portal/doc/7.html"},
        {"docId": 6, "docTitle": "澜溪县2025年政务公开工作要点", "docUrl": "/portal/doc/6.html"}]}}
    assert first.callback is not None
    out = [r for r in first.callback(TextResponse(first.url, body=json.dumps(answer, ensure_ascii=False).encode(),
                                                  encoding="utf-8", request=first))
           if isinstance(r, ScrapyRequest)]
    assert [r.url for r in out if r.method == "GET"] == ["http://www.lanxi.gov.test/portal/doc/7.html"]
    assert [json.loads(r.body)["current"] for r in out if r.method == "POST"] == [2, 3]


def test_6_inline_json_stringify_object_with_a_variable_and_page_index() -> None:
    from govcrawl.crawl.scriptlists import script_lists

    script = ('var siteId = 31; function list(pageIndex) { $.ajax({ url: "/cms/api/content/page", method: "POST",'
              ' contentType: "application/json;charset=utf-8", data: JSON.stringify({siteId: siteId, channel: "gknb",'
              ' pageIndex: pageIndex, pageSize: 15}), success: draw }); }')
    (found,) = script_lists([script], "http://www.lanxi.gov.test/portal/nb.html")
    assert found.json and found.size == 15
    assert json.loads(found.json_body(4)) == {"siteId": 31, "channel": "gknb", "pageIndex": 4, "pageSize": 15}
    # A body the script builds from what it cannot know (a form field at run time) is not guessed.
    assert script_lists(['$.ajax({url: "/api/page", type: "POST", data: JSON.stringify({kw: $("#kw").val(),'
                         ' pageNo: 1})})'], "http://www.lanxi.gov.test/") == []
