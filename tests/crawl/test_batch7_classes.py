"""Issue 12, classes of held-out round 7, each tested on markup written unlike the batch's portals
(other sites of the same kinds):

1. a family's list markup is a narrowing, not the definition of an entry: where a page of a TRS, VSB,
   开普云 or legacy site lists its reports outside that markup (cards, a timeline, ``<p>`` rows), the
   shared recogniser's report links are read (and nothing else of the page is).
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
