"""A Hanweb column page holding several list units (one per year group or department, each its own
``<datastore>``, widget call and proxy window): each unit is its own list.  Before, the page was one
list — the units' declared totals were folded into their maximum and their records summed, so one
unit's shortfall could hide behind another's records, and every unit's proxy window started after
*all* the records the page showed (a unit showing 3 of 8 was asked for records 9 … 8: nothing)."""

from __future__ import annotations

from typing import Any

from scrapy import FormRequest
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.hanweb import HanwebSpider
from govcrawl.crawl.coverage import PortalCoverage, coverage_lines
from govcrawl.crawl.registry import Site

URL = "http://www.lanshui.gov.test/col/col3390121/index.html"
SITE = Site(id="lanshui-gov", agency="澜水县人民政府", cms="hanweb", region="测试省澜水县",
            start_urls=(URL,), allowed_domains=("lanshui.gov.test",))


def _unit(unit_id: str, agency: str, years: range, total: int, call: bool) -> str:
    records = "".join(
        f'<record><![CDATA[<tr><td><a href="/art/{y + 1}/1/20/art_{unit_id}_{y}.html" target="_blank">'
        f'{agency}{y}年政府信息公开工作年度报告</a></td><td>{y + 1}-01-20</td></tr>]]></record>' for y in years)
    widget = (f'<script>$("#{unit_id}").jpage({{ dataStore: $("#{unit_id} script").html(), perPage: 3,'
              f' totalRecord: {total}, proxyUrl: "/module/web/jpage/dataproxy.jsp",'
              f' ajaxParam: {{ col: 1, webid: 96, path: "/", columnid: 3390121, unitid: "{unit_id}",'
              f' webname: "澜水县人民政府", permissiontype: 0 }} }});</script>') if call else ""
    return (f'<div class="bmnb"><h3>{agency}</h3><table id="{unit_id}"><script type="text/xml"><datastore>'
            f'<recordset>{records}</recordset><totalrecord>{total}</totalrecord></datastore></script></table>'
            f'{widget}</div>')


def _parse(html: str) -> tuple[list[Any], PortalCoverage]:
    spider = HanwebSpider.from_crawler(get_crawler(HanwebSpider), name=SITE.id, sites=[SITE])
    response = HtmlResponse(URL, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(URL, meta={"site": SITE, "start_url": True}))
    return list(spider.parse_list(response)), spider.coverage(response)


def test_each_unit_is_its_own_list_and_its_proxy_window_starts_after_its_own_records() -> None:
    """Unit 1 shows all 5 it declares; unit 2 shows 3 of 8 and its widget asks the proxy for 4 … 8."""
    html = ("<html><body>" + _unit("u41881", "澜水县教育局", range(2019, 2024), 5, call=False)
            + _unit("u41882", "澜水县财政局", range(2021, 2024), 8, call=True) + "</body></html>")
    out, coverage = _parse(html)
    posts = [r for r in out if isinstance(r, FormRequest)]
    assert [r.url.split("?", 1)[1] for r in posts] == ["startrecord=4&endrecord=8&perpage=3"]
    assert b"unitid=u41882" in posts[0].body
    assert posts[0].meta["list_url"] == f"{URL}#u41882"
    lists = {url: (entry.declared_records, entry.entries) for url, entry in coverage.lists.items()}
    assert lists == {f"{URL}#u41881": (5, 5), f"{URL}#u41882": (8, 3)}


def test_one_units_shortfall_is_stated_though_another_unit_shows_more_than_it() -> None:
    """Unit 1 shows 8 of 8, unit 2 shows 3 of 7 and nothing more can be asked (no widget call, no
    ``<nextgroup>``): as one list, 11 harvested against the larger declared 8 looked complete."""
    html = ("<html><body>" + _unit("u41881", "澜水县教育局", range(2016, 2024), 8, call=False)
            + _unit("u41882", "澜水县财政局", range(2021, 2024), 7, call=False) + "</body></html>")
    out, coverage = _parse(html)
    assert len(out) == 11  # every record shown is followed
    assert coverage.short_lists() == [(f"{URL}#u41882", "3 of 7 declared entries")]
    assert any("SHORT lanshui-gov" in line and "3 of 7" in line for line in coverage_lines({SITE.id: coverage}))


def test_a_page_with_one_unit_stays_one_list_under_its_own_url() -> None:
    html = "<html><body>" + _unit("u41882", "澜水县财政局", range(2021, 2024), 8, call=True) + "</body></html>"
    out, coverage = _parse(html)
    posts = [r for r in out if isinstance(r, FormRequest)]
    assert [r.url.split("?", 1)[1] for r in posts] == ["startrecord=4&endrecord=8&perpage=3"]
    assert {url: (e.declared_records, e.entries) for url, e in coverage.lists.items()} == {URL: (8, 3)}
