"""Issue 12, classes of held-out round 7, each tested on markup written unlike the batch's portals
(other sites of the same kinds):

1. a family's list markup is a narrowing, not the definition of an entry: where a page of a TRS, VSB,
   开普云 or legacy site lists its reports outside that markup (cards, a timeline, ``<p>`` rows), the
   shared recogniser's report links are read (and nothing else of the page is).
2. a report whose list title names no agency is the agency's that the page names beside it: a report
   title among its headings, a unit its breadcrumb walks through, or (off the portal's own hosts)
   its footer's 主办单位 — never a government office's or the portal's own under another name, and
   the year its list promised moves with it.
"""

from __future__ import annotations

from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.kaipu import KaipuSpider
from govcrawl.bases.legacy import GkmlActionSpider
from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.bases.vsb import VsbSpider
from govcrawl.crawl.registry import Site


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_reports_listed_outside_the_familys_list_markup_are_read() -> None:
    """Cards (``<div class="card"><h3><a>``) and a timeline of ``<p>`` rows: no ``ul li``, table or
    ``*list*`` block; every family with a narrowing reader finds both reports, and no decoy or menu
    link is added (they are not report titles)."""
    html = ('<html><body><div class="nav"><a href="/zwgk/">政务公开</a><a href="/xxgk/ndbg/">政府信息公开年报</a></div>'
            '<section class="cards"><div class="card"><h3><a href="./202401/t20240126_88.html">'
            '稷山县2023年政府信息公开工作年度报告</a></h3><span class="d">2024-01-26</span></div>'
            '<div class="card"><h3><a href="./202401/t20240110_71.html">稷山县2023年法治政府建设年度报告</a></h3></div>'
            '</section><div class="timeline"><p class="node"><em>2023-01-30</em>'
            '<a href="./202301/t20230130_52.html">稷山县2022年度政府信息公开工作年度报告</a></p></div></body></html>')
    url = "http://www.jishan.gov.test/xxgk/ndbg/index.html"
    for spider_class, cms in ((TrsClassicSpider, "trs_classic"), (VsbSpider, "vsb"), (KaipuSpider, "kaipu"),
                              (GkmlActionSpider, "gkml_action")):
        site = Site(id=f"jishan-{cms}", agency="稷山县人民政府", cms=cms, region="测试省稷山县", start_urls=(url,),
                    allowed_domains=("jishan.gov.test",))
        spider = spider_class.from_crawler(get_crawler(spider_class), name=site.id, sites=[site])
        response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                                request=ScrapyRequest(url, meta={"site": site}))
        found = dict(spider.entries_of(response))
        assert found == {"./202401/t20240126_88.html": "稷山县2023年政府信息公开工作年度报告",
                         "./202301/t20230130_52.html": "稷山县2022年度政府信息公开工作年度报告"}, cms


# -- 2 -----------------------------------------------------------------------------------------------
_REPORT_TABLE = ('<table border="1"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
                 '<tr><td>规章</td><td>0</td></tr></table>')


def _report_page(url: str, chrome: str, site: Site, spider: TrsClassicSpider) -> str | None:
    html = (f"<html><head><title>年报</title></head><body>{chrome}"
            f"<div class='TRS_Editor'>{_REPORT_TABLE}</div></body></html>")
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=ScrapyRequest(url, meta={"site": site}))
    return str(spider.item(response, "2023年度政府信息公开工作年度报告").agency["name"])


def test_2_the_agency_a_page_names_beside_a_title_that_names_none() -> None:
    site = Site(id="jishan-gov", agency="稷山县人民政府", cms="trs_classic", region="测试省稷山县",
                start_urls=("http://www.jishan.gov.test/xxgk/ndbg/index.html",), allowed_domains=("jishan.gov.test",))
    spider = TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=site.id, sites=[site])
    own = "http://www.jishan.gov.test/xxgk/ndbg/202401/t20240126_88.html"
    sub = "http://sfj.jishan.gov.test/ndbg/202401/t20240126_12.html"
    heading = '<div class="detail-title"><p>稷山县审计局2023年政府信息公开工作年度报告</p></div>'
    assert _report_page(own, heading, site, spider) == "稷山县审计局"
    crumbs = '<td class="curPosition">您现在的位置：首页 » 部门信息公开 » 稷山县水利局 » 年度报告</td>'
    assert _report_page(own, crumbs, site, spider) == "稷山县水利局"
    office = '<div class="wz">当前位置：首页 &gt; 稷山县人民政府办公室 &gt; 年报</div>'
    assert _report_page(own, office, site, spider) == "稷山县人民政府"
    footer = '<div class="foot">主办单位：稷山县司法局　地址：稷山县府前路1号</div>'
    assert _report_page(sub, footer, site, spider) == "稷山县司法局"
    # On the portal's own host a footer names whoever runs the site (a 融媒体中心), not the report's agency.
    assert _report_page(own, '<div class="foot">主办单位：稷山县融媒体中心</div>', site, spider) == "稷山县人民政府"


def test_2_the_year_the_list_promised_moves_to_the_agency_the_page_names() -> None:
    site = Site(id="jishan-gov", agency="稷山县人民政府", cms="trs_classic", region="测试省稷山县",
                start_urls=("http://www.jishan.gov.test/xxgk/ndbg/index.html",), allowed_domains=("jishan.gov.test",))
    spider = TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=site.id, sites=[site])
    listing = "http://www.jishan.gov.test/xxgk/ndbg/index.html"
    lst = HtmlResponse(listing, body=b"<html></html>", request=ScrapyRequest(listing, meta={"site": site}))
    spider.follow_report(lst, "./t1.html", "2023年度政府信息公开工作年度报告")
    assert spider.coverage_of(site).years_listed == {"稷山县人民政府": {2023}}
    _report_page("http://www.jishan.gov.test/xxgk/ndbg/t1.html",
                 '<h3>稷山县审计局2023年政府信息公开工作年度报告</h3>', site, spider)
    assert spider.coverage_of(site).years_listed == {"稷山县人民政府": set(), "稷山县审计局": {2023}}
