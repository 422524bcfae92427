"""Issue 12, 部门年报 hubs of held-out rounds 7 and 8 — pages whose cards or definition lists name the
city's departments and link each one's own 年报 list (often on its sub-host) or its reports — each
class tested on markup written unlike the batches' portals (other sites of the same kind):

1. a link to a unit's list may say whose list it is ("点击进入该单位年报专栏", "进入本部门年报栏目"):
   it is still a unit's list (``hubunits.unit_lists``), and the hub follows it for that unit;
2. a report link of a card that names no agency ("2024年年报", "2023年度（DOC）") is the report of the
   unit the card's heading names — not of the host it is on, and not of a leftover of the title
   ("报"); a heading that is no unit's name (政府信息公开年报) names nobody;
3. a card names its unit short (县住建局, 市卫健委) and the unit's own site or report writes it out
   (沅陵县住房和城乡建设局, …卫生健康委员会): the written-out name is stored (a 委 is a 委员会), never
   an abbreviation; a unit's list whose titles name their agency themselves are not named twice.
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.entries import entry_title
from govcrawl.crawl.hubunits import unit_lists
from govcrawl.crawl.registry import Site
from govcrawl.report.metadata import agency_from_title, full_name

SITE = Site(id="yuanling-bmnb", agency="沅陵县人民政府", cms="hub", region="测试省沅陵县",
            start_urls=("http://www.yuanling.gov.test/zwgk/bmgknb/",), allowed_domains=("yuanling.gov.test",))


def _hub() -> HubSpider:
    return HubSpider.from_crawler(get_crawler(HubSpider), name=SITE.id, sites=[SITE])


def _requests(hub: HubSpider, url: str, html: str, **meta: object) -> dict[str, ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, **meta}))
    return {r.url: r for r in hub.parse_list(response) if isinstance(r, ScrapyRequest)}


# A 部门年报 page written as a table-less list of units: a name span and the unit's links.
_HUB = ('<html><head><title>沅陵县人民政府 部门信息公开年度报告</title></head><body>'
        '<div class="crumb">首页 / 政务公开 / 部门年报</div><ul class="org-list">'
        '<li class="org"><span class="org-name">县住建局</span>'
        '<a href="http://zjj.yuanling.gov.test/gk/ndbg/list.html">点击进入该单位年报专栏</a></li>'
        '<li class="org"><span class="org-name">沅陵县人力资源和社会保障局</span>'
        '<a href="http://rsj.yuanling.gov.test/files/2024/nb2024.docx">2024年年报</a></li>'
        '<li class="org"><span class="org-name">县卫健委</span>'
        '<a href="http://wjw.yuanling.gov.test/files/2023/nb.doc">2023年度（DOC）</a></li>'
        '</ul></body></html>')


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_link_that_says_whose_list_it_is_is_a_unit_list() -> None:
    assert unit_lists(Selector(text=_HUB)) == [("http://zjj.yuanling.gov.test/gk/ndbg/list.html", "县住建局")]
    out = _requests(_hub(), SITE.start_urls[0], _HUB, start_url=True)
    listed = out["http://zjj.yuanling.gov.test/gk/ndbg/list.html"]
    assert listed.callback.__name__ == "parse_list" and listed.meta["list_owner"] == "县住建局"


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_cards_report_that_names_no_agency_is_its_units() -> None:
    links = {a.attrib["href"].rsplit("/", 1)[-1]: a for a in Selector(text=_HUB).css("a[href]")}
    titles = {name: entry_title(link) for name, link in links.items()}
    assert agency_from_title(titles["nb2024.docx"]) == "沅陵县人力资源和社会保障局"
    assert agency_from_title(titles["nb.doc"]) == "县卫健委" and is_report_title(titles["nb.doc"])
    out = _requests(_hub(), SITE.start_urls[0], _HUB, start_url=True)
    report = out["http://rsj.yuanling.gov.test/files/2024/nb2024.docx"]
    assert report.cb_kwargs["title"].startswith("沅陵县人力资源和社会保障局")
    assert "http://wjw.yuanling.gov.test/files/2023/nb.doc" in out
    # A box whose heading is no unit's name (its column's title) names nobody.
    html = ('<html><head><title>政府信息公开年报</title></head><body><div class="box"><h4>政府信息公开年报</h4>'
            '<p><a href="/gk/nb/2024.html">2024年度报告</a></p></div></body></html>')
    (link,) = Selector(text=html).css("a[href]")
    assert entry_title(link) == "2024年度报告"


def test_2_a_title_of_only_year_and_report_names_no_agency() -> None:
    assert agency_from_title("2024年年报") is None
    assert agency_from_title("2023年报") is None
    assert agency_from_title("县审计局2023年报") == "县审计局"


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_a_committee_named_short_is_written_out() -> None:
    assert full_name("沅陵县卫健委", "沅陵县卫生健康委员会") == "沅陵县卫生健康委员会"
    assert full_name("沅陵县卫健委", "沅陵县卫生健康局") == "沅陵县卫健委"  # another kind of unit: kept
    assert full_name("沅陵县教育局", "沅陵县教育委员会") == "沅陵县教育局"


def test_3_a_units_list_is_its_written_out_name_and_names_an_agency_once() -> None:
    page = ('<html><head><meta name="SiteName" content="沅陵县住房和城乡建设局"><title>年度报告</title></head><body>'
            '<table class="gk"><tr><td><a href="./2025/0120/t1.html">2024年度报告</a></td><td>2025-01-20</td></tr>'
            '<tr><td><a href="./2024/0118/t2.html">2023年度沅陵县住房和城乡建设局政府信息公开工作年度报告</a></td>'
            '<td>2024-01-18</td></tr></table></body></html>')
    url = "http://zjj.yuanling.gov.test/gk/ndbg/list.html"
    out = _requests(_hub(), url, page, list_owner="县住建局")
    titles = [r.cb_kwargs["title"] for r in out.values() if r.callback.__name__ == "parse_report_page"]
    assert sorted(agency_from_title(t) for t in titles) == ["沅陵县住房和城乡建设局"] * 2, titles
