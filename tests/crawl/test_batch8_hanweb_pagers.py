"""Issue 12, held-out rounds 7 and 8: the Hanweb jpage proxy asked the way the portal pages it, each
class tested on a column written unlike the batches' portals (``<li>`` records, other ids, other
proxy settings):

1. the widget call names its request method (``ajaxType: "GET"``): the proxy is asked ``?page=N``
   without a registry option (before, every portal not registered ``jpage: get`` was sent POST
   record windows, which a GET-only proxy answers with nothing).
2. a call that names no method, whose proxy ignores the POST window and answers the first page
   again (or nothing): the echo is not counted as harvested (before, 4 shown + the same 4 echoed
   made "8 of 8" and the shortfall silent) and the proxy is asked the other way, once.
3. a call that declares no count (neither ``totalRecord`` nor the datastore's ``<totalrecord>``):
   the proxy's first answer says how many there are, and the rest is asked for.
4. a short department name in the title (县市场监管局) written out as the report's opening names
   its compiler ("本报告由澄川县市场监督管理局…编制"), never from a table of abbreviations.
5. a proxy that answers JSONP, the datastore a string in it (``cb({"result": "<datastore>…"})``):
   read as the datastore (before: malformed XML, nothing harvested).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import scrapy
from scrapy.http import HtmlResponse, XmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.hanweb import HanwebSpider
from govcrawl.crawl.coverage import PortalCoverage, coverage_lines
from govcrawl.crawl.registry import Site

HOST = "www.chengchuan.gov.test"
URL = f"http://{HOST}/col/col5512/index.html"
SITE = Site(id="chengchuan-gov", agency="澄川县人民政府", cms="hanweb", region="测试省澄川县",
            start_urls=(URL,), allowed_domains=("chengchuan.gov.test",))
# Eight reports, newest first, three to a page (the last page holds two).
ENTRIES = [(f"/art/{2025 - n}/2/{n + 3}/art_5512_{8100 + n}.html", f"澄川县{2024 - n}年政府信息公开工作年度报告")
           for n in range(8)]
PER_PAGE = 3


def _records(entries: list[tuple[str, str]]) -> str:
    return "".join(f'<record><![CDATA[<li class="lm-item"><a href="{href}" title="{title}">{title[:9]}…</a>'
                   f'<em>2025-02-03</em></li>]]></record>' for href, title in entries)


def _column(settings: str, datastore_total: bool = False) -> str:
    total = f"<totalrecord>{len(ENTRIES)}</totalrecord>" if datastore_total else ""
    return ('<html><body><div class="lm-box"><ul id="lm_77"><script type="text/xml"><datastore>'
            f"{total}<recordset>{_records(ENTRIES[:PER_PAGE])}</recordset></datastore></script></ul>"
            '<script type="text/javascript">jQuery(function () { jQuery("#lm_77").jpage({ '
            f'dataStore: jQuery("#lm_77 script").html(), perPage: {PER_PAGE}, {settings}'
            'proxyUrl: "/module/web/jpage/dataproxy.jsp", showMode: "full", ajaxParam: { col: 1, appid: 1, '
            'webid: 207, path: "/", columnid: 5512, unitid: 77, webname: "澄川县人民政府", permissiontype: 0 } '
            "}); });</script></div><script>function siteSearch(q) { jQuery.ajax({ type: \"GET\", "
            "url: \"/jrobot/search.do\", data: { q: q } }); }</script></body></html>")


def _store(entries: list[tuple[str, str]], totals: bool) -> bytes:
    head = f"<totalrecord>{len(ENTRIES)}</totalrecord><totalpage>3</totalpage>" if totals else ""
    body = f"<datastore>{head}<recordset>{_records(entries)}</recordset></datastore>"
    return f"<?xml version='1.0' encoding='UTF-8'?>{body}".encode()


def get_only(request: scrapy.Request) -> bytes:
    """A proxy that reads ``page`` (a POST's record window it does not know: an empty datastore)."""
    page = parse_qs(urlsplit(request.url).query).get("page", [""])[0]
    if request.method != "GET" or not page.isdigit():
        return _store([], totals=False)
    first = (int(page) - 1) * PER_PAGE
    return _store(ENTRIES[first:first + PER_PAGE], totals=True)


def echo_on_post(request: scrapy.Request) -> bytes:
    """GET pages as asked; a POST answered with the first page, whatever its window."""
    return _store(ENTRIES[:PER_PAGE], totals=True) if request.method == "POST" else get_only(request)


def always_first_page(request: scrapy.Request) -> bytes:
    """A proxy that answers every request with the first page."""
    return _store(ENTRIES[:PER_PAGE], totals=True)


def _crawl(html: str, proxy: Callable[[scrapy.Request], bytes]) -> tuple[set[str], list[scrapy.Request],
                                                                            PortalCoverage]:
    """The column page, then every proxy request it leads to (answered by ``proxy``), each once:
    the report URLs followed, the proxy requests made, the portal's coverage."""
    spider = HanwebSpider.from_crawler(get_crawler(HanwebSpider), name=SITE.id, sites=[SITE])
    response = HtmlResponse(URL, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(URL, meta={"site": SITE, "start_url": True}))
    pending: list[Any] = list(spider.parse_list(response))
    followed: set[str] = set()
    asked: list[scrapy.Request] = []
    while pending and len(asked) < 50:
        out = pending.pop(0)
        if not isinstance(out, scrapy.Request):
            continue
        if out.callback == spider.parse_report_page:
            followed.add(out.url)
            continue
        assert out.callback == spider.parse_proxy, out
        asked.append(out)
        pending += list(spider.parse_proxy(XmlResponse(out.url, body=proxy(out), request=out)))
    return followed, asked, spider.coverage(response)


def _all_reports() -> set[str]:
    return {f"http://{HOST}{href}" for href, _title in ENTRIES}


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_call_that_names_get_is_paged_by_page_number_without_a_registry_option() -> None:
    followed, asked, coverage = _crawl(_column(f'totalRecord: {len(ENTRIES)}, ajaxType: "GET", '), get_only)
    assert followed == _all_reports()
    assert [(r.method, parse_qs(urlsplit(r.url).query)["page"]) for r in asked] == [("GET", ["2"]), ("GET", ["3"])]
    query = parse_qs(urlsplit(asked[0].url).query)
    assert query["columnid"] == ["5512"] and query["unitid"] == ["77"] and query["webid"] == ["207"]
    assert asked[0].headers["Referer"] == URL.encode()
    assert not coverage.falls_short


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_proxy_that_echoes_the_first_page_to_a_post_is_asked_by_get() -> None:
    """(The page's search script's ``type: "GET"`` is not the widget's: its call names no method.)"""
    followed, asked, coverage = _crawl(_column(f"totalRecord: {len(ENTRIES)}, "), echo_on_post)
    assert followed == _all_reports()
    assert asked[0].method == "POST" and {r.method for r in asked[1:]} == {"GET"}
    [entry] = coverage.lists.values()
    assert (entry.declared_records, entry.entries) == (8, 8)
    assert any("asked again by GET" in w for w in coverage.warnings)


def test_2_a_proxy_that_answers_a_post_with_nothing_is_asked_by_get() -> None:
    followed, asked, coverage = _crawl(_column("", datastore_total=True), get_only)
    assert followed == _all_reports()
    assert [r.method for r in asked] == ["POST", "GET", "GET"]
    assert not coverage.falls_short


def test_2_an_echo_is_not_harvest_and_a_proxy_deaf_to_both_ways_is_a_stated_shortfall() -> None:
    """Every answer is the first page again: 3 of 8, stated; the proxy asked each way once."""
    followed, asked, coverage = _crawl(_column(f"totalRecord: {len(ENTRIES)}, "), always_first_page)
    assert followed == {f"http://{HOST}{href}" for href, _title in ENTRIES[:PER_PAGE]}
    assert [r.method for r in asked] == ["POST", "GET", "GET"]
    assert coverage.short_lists() == [(URL, "3 of 8 declared entries")]
    assert any("SHORT chengchuan-gov" in line for line in coverage_lines({SITE.id: coverage}))


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_a_call_that_declares_no_count_is_paged_from_its_proxys_answers() -> None:
    followed, asked, coverage = _crawl(_column('ajaxType: "get", '), get_only)
    assert followed == _all_reports()
    assert [parse_qs(urlsplit(r.url).query)["page"] for r in asked] == [["2"], ["3"]]
    [entry] = coverage.lists.values()
    assert (entry.declared_records, entry.entries) == (8, 8)


# -- 4 -----------------------------------------------------------------------------------------------
def _department_report(title: str, opening: str) -> bytes:
    import dataclasses
    import random

    from govcrawl.province.unseen.kit import body_html, make_doc, plain_cell, plain_para

    doc = make_doc(random.Random(7), "澄川县市场监督管理局", 2023, "2024-01-19", title=title)
    doc = dataclasses.replace(doc, preamble=[opening, *doc.preamble[1:]])
    body = body_html(doc, plain_para, plain_cell, '<table class="gk-tb" border="1">')
    return (f'<html><head><meta name="ArticleTitle" content="{title}"><title>{title}</title></head><body>'
            f'<div class="gk-art"><h2>{title}</h2><div id="zoom">{body}</div></div></body></html>').encode()


def test_4_a_short_department_name_is_written_out_as_the_reports_opening_names_its_compiler() -> None:
    """A list and page titled "县市场监管局…" whose report begins "本报告由澄川县市场监督管理局…编制":
    the record is the written-out agency's (its id too); an opening naming another agency (the
    government's office) or none leaves the name as the title gives it (no table of abbreviations)."""
    from govcrawl.report import parse_report

    title = "县市场监管局2023年度政府信息公开工作年度报告"
    given = {"id": "chengchuan-gov/澄川县市场监管局", "name": "澄川县市场监管局"}
    opening = ("本报告由澄川县市场监督管理局根据《中华人民共和国政府信息公开条例》和国务院办公厅"
               "政府信息与政务公开办公室印发的年度报告格式编制，报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。")
    record = parse_report(_department_report(title, opening), "text/html", agency=given)
    assert record["year"] == 2023
    assert record["agency"]["name"] == "澄川县市场监督管理局"
    assert record["agency"]["id"] == "chengchuan-gov/澄川县市场监督管理局"
    for other in ("按照有关要求，澄川县人民政府办公室编制了本报告。", "现将本局2023年度政府信息公开工作情况报告如下。"):
        record = parse_report(_department_report(title, other), "text/html", agency=given)
        assert record["agency"]["name"] == "澄川县市场监管局", other


# -- 5 -----------------------------------------------------------------------------------------------
def test_5_a_proxy_answering_jsonp_is_read_as_its_datastore() -> None:
    import json

    def jsonp(request: scrapy.Request) -> bytes:
        wrapped = json.dumps({"code": 0, "result": get_only(request).decode()}, ensure_ascii=False)
        return f"jQuery1124_8831({wrapped});".encode()

    followed, asked, coverage = _crawl(_column(f'totalRecord: {len(ENTRIES)}, ajaxType: "get", '), jsonp)
    assert followed == _all_reports()
    assert len(asked) == 2 and not coverage.falls_short


def test_3_an_answer_declaring_more_than_the_calls_stale_count_leads_to_the_rest() -> None:
    """The call says 5 (written when the column held 5), the proxy's answers 8: pages 2 and 3 both."""
    followed, asked, coverage = _crawl(_column('totalRecord: 5, ajaxType: "get", '), get_only)
    assert followed == _all_reports()
    assert [parse_qs(urlsplit(r.url).query)["page"] for r in asked] == [["2"], ["3"]]
    assert not coverage.falls_short
