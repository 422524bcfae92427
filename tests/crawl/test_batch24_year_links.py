"""Issue 12, held-out batch 24: a link that says only its year ("2024年度", "2023年", "2022", "2024年度
（PDF）") in a block the page says holds 年报 is that block's report of that year — and a year link
the crawl does not take is stated, never dropped in silence.  Markup written unlike the batch's
portal (other sites of the kind):

1. a box headed by the report's name (县政府信息公开工作年度报告, 本级年报) or by a unit's 年报 (县财政局年报),
   or no heading on a page whose title or breadcrumb says 年报: each year link to a page or a file is
   that block's report of that year, its agency the heading's unit, else the page's (the government
   itself, named by its level, is the page's own agency);
2. near-misses: a strip of year tabs that marks the year shown, a year filter (``?year=2023``), an
   archive's or a calendar's years, year columns (``…/2023/``, ``2022.html``), a year link under a
   heading that says something else, a year link on a page that says nothing of 年报 — none a report;
3. a 年报 page's year link to a document that the crawl's reading did not take (a heading that says
   something else; a family whose list markup leaves the box out) is a stated shortfall
   (``PortalCoverage.entries_untaken``: summary line, non-zero exit), on the hub and on a family's path.
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.hub import HubSpider
from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl.classify import is_report_title, report_year
from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.entries import list_entries
from govcrawl.crawl.registry import Site
from govcrawl.crawl.yearlinks import leads_to_document, year_document_links
from govcrawl.report.metadata import agency_from_title

SITE = Site(id="tanxi-gov", agency="檀溪县人民政府", cms="hub", region="测试省檀溪县",
            start_urls=("http://www.tanxi.gov.test/zwgk/ndbg/",), allowed_domains=("tanxi.gov.test",))


def _reports(html: str) -> dict[str, str]:
    return {href: title for href, title in list_entries(Selector(text=html)) if is_report_title(title)}


def _page(title: str, body: str, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_year_links_in_a_box_headed_by_the_report_are_the_pages_agencys_reports() -> None:
    """A TRS-like box: a ``div.hd`` heading "县政府信息公开工作年度报告" over ``ul li`` of years, one of them a
    PDF with a format tag; a second box headed "本级年报" with bare years in a ``<p>``."""
    html = _page("政务公开-檀溪县人民政府",
                 '<div class="box"><div class="hd"><span class="title">县政府信息公开工作年度报告</span></div>'
                 '<ul><li><a href="./202501/t20250120_88.html">2024年</a></li>'
                 '<li><a href="/uploadfile/2024/0118/nb2023.pdf">2023年（PDF）</a></li></ul></div>'
                 '<div class="side"><h4>本级年报</h4><p><a href="/art/2022/1/19/art_7_1.html">2021</a></p></div>')
    reports = _reports(html)
    assert sorted(reports) == ["./202501/t20250120_88.html", "/art/2022/1/19/art_7_1.html",
                               "/uploadfile/2024/0118/nb2023.pdf"]
    assert report_year(reports["./202501/t20250120_88.html"]) == 2024
    assert report_year(reports["/uploadfile/2024/0118/nb2023.pdf"]) == 2023
    assert report_year(reports["/art/2022/1/19/art_7_1.html"]) == 2021
    # The government itself (县政府, 本级): no agency of its own in the title — the page's.
    assert all(agency_from_title(title) is None for title in reports.values())


def test_1_year_links_under_a_units_nianbao_heading_are_that_units() -> None:
    html = _page("部门年报",
                 '<dl class="bm"><dt>县财政局年报</dt><dd><a href="/czj/202401/t1.html">2023年度</a>'
                 ' <a href="/czj/202501/nb.docx">2024</a></dd></dl>')
    reports = _reports(html)
    assert sorted(reports) == ["/czj/202401/t1.html", "/czj/202501/nb.docx"]
    assert {agency_from_title(title) for title in reports.values()} == {"县财政局"}
    assert report_year(reports["/czj/202501/nb.docx"]) == 2024


def test_1_with_no_heading_the_pages_breadcrumb_says_nianbao() -> None:
    html = _page("信息公开-檀溪县人民政府",
                 '<div class="position">当前位置：首页 &gt; 信息公开 &gt; 政府信息公开年度报告</div>'
                 '<div class="con"><p><a href="/art/2025/1/20/art_3_9.html">2024年度</a></p>'
                 '<p><a href="/art/2024/1/22/art_3_8.html">2023年度</a></p></div>')
    assert sorted(_reports(html)) == ["/art/2024/1/22/art_3_8.html", "/art/2025/1/20/art_3_9.html"]


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_year_filters_tabs_archives_calendars_and_columns_are_no_reports() -> None:
    html = _page("政府信息公开年报",
                 # a filter by query
                 '<h3>政府信息公开年报</h3><div class="years"><a href="?year=2024">2024年</a>'
                 '<a href="list.jsp?nd=2023">2023年</a></div>'
                 # a strip of tabs that marks the year shown, to page-like addresses
                 '<h3>年报</h3><ul class="tabs"><li class="cur"><a href="/nb/t2024.html">2024年度</a></li>'
                 '<li><a href="/nb/t2023.html">2023年度</a></li></ul>'
                 # an archive box, to year columns
                 '<div class="side-archive"><h4>往年年报</h4><a href="/zfxxgknb/2023/">2023年</a>'
                 '<a href="/zfxxgknb/2022.html">2022年</a></div>'
                 # a calendar
                 '<table class="calendar"><tr><td><a href="/rl/view.html?d=1">2024</a></td></tr></table>'
                 # year columns under a 年报 heading
                 '<div class="nb"><h4>政府信息公开年报</h4><a href="/nb/2021/index.html">2021年</a>'
                 '<a href="/nb/nb_2020n/">2020年</a></div>')
    assert _reports(html) == {}
    assert year_document_links(Selector(text=html)) == []
    assert not leads_to_document("./2023/") and not leads_to_document("index_3.html")
    # year pages named with 年度 in pinyin letters (``2024nd.htm``, ``nianbao-2023.html``), in a strip
    # of year tabs that marks none as shown: lists of the year's documents, not reports
    strip = _page("政府信息公开年报", '<h3>政府信息公开年报</h3><ul class="nd-tab"><li><a href="zfxxgknb/2024nd.htm">'
                                      '2024年度</a></li><li><a href="zfxxgknb/2023nd.htm">2023年度</a></li></ul>'
                                      '<div class="box"><a href="nb/nianbao-2022.html">2022年度</a>'
                                      '<a href="nb/nianbao-2021.html">2021年度</a></div><p>请选择年度查看</p>')
    assert _reports(strip) == {} and year_document_links(Selector(text=strip)) == []
    assert not leads_to_document("zfxxgknb/2024nd.htm") and not leads_to_document("nb/nianbao-2022.html")
    assert leads_to_document("./202401/t20240120_5.html") and leads_to_document("/files/nb2024.pdf")


def test_2_a_year_link_under_another_heading_alone_or_off_a_nianbao_page_is_no_report() -> None:
    other = _page("政府信息公开年报", '<div class="jd"><h4>政策解读</h4><a href="/jd/202501/t9.html">2024年</a></div>')
    assert _reports(other) == {}
    lone = _page("政府信息公开年报", '<div class="side"><a href="/art/2024/3/1/art_1_8.html">2024年</a>'
                                 '<a href="/col/col9/index.html">更多</a></div>')
    assert _reports(lone) == {} and year_document_links(Selector(text=lone)) == []
    plain = _page("部门预算公开", '<div class="ys"><a href="/ys/202501/t3.html">2024年度</a></div>')
    assert _reports(plain) == {} and year_document_links(Selector(text=plain)) == []


# -- 3 -----------------------------------------------------------------------------------------------
def _response(url: str, html: str, **meta: object) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8",
                        request=ScrapyRequest(url, meta={"site": SITE, **meta}))


def _followed(spider: PortalSpider, response: HtmlResponse) -> dict[str, ScrapyRequest]:
    return {r.url: r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)}


# A 部门年报 page: the county's own reports as bare years under its heading, a 解读 box of years (judged:
# another document), a box of years under a heading that says neither (not read, so stated), the units'
# table.
_HUB = _page("部门年报-檀溪县人民政府",
             '<div class="own"><h3>县政府年报</h3><a href="/uploadfile/2025/0121/a1.pdf">2024年度</a>'
             ' <a href="/zwgk/ndbg/202401/t2.html">2023年度</a></div>'
             '<div class="jd"><h3>年报解读</h3><a href="/zwgk/jd/202501/t3.html">2024年度</a></div>'
             '<div class="old"><h3>往期公开</h3><a href="/zwgk/old/202201/t4.html">2021年度</a></div>'
             '<p>共 1 个部门</p><table><tr><th>序号</th><th>部门</th><th>年报栏目</th></tr>'
             '<tr><td>1</td><td>县林业局</td><td><a href="http://lyj.tanxi.gov.test/nb/">进入栏目</a></td></tr></table>')


def test_3_the_hub_takes_the_year_links_and_states_the_one_it_cannot_read() -> None:
    hub = HubSpider.from_crawler(get_crawler(HubSpider), name=SITE.id, sites=[SITE])
    out = _followed(hub, _response(SITE.start_urls[0], _HUB, start_url=True))
    pdf = out["http://www.tanxi.gov.test/uploadfile/2025/0121/a1.pdf"]
    assert pdf.callback.__name__ == "parse_attachment" and report_year(pdf.cb_kwargs["title"]) == 2024
    assert out["http://www.tanxi.gov.test/zwgk/ndbg/202401/t2.html"].callback.__name__ == "parse_report_page"
    assert "http://www.tanxi.gov.test/zwgk/jd/202501/t3.html" not in out
    assert "http://www.tanxi.gov.test/zwgk/old/202201/t4.html" not in out
    coverage = hub.coverage_of(SITE)
    assert list(coverage.entries_untaken) == ["http://www.tanxi.gov.test/zwgk/old/202201/t4.html"]
    assert coverage.falls_short
    assert any(SITE.id in line and "not taken" in line for line in coverage_lines({SITE.id: coverage}))


def test_3_a_familys_list_markup_that_leaves_the_year_box_out_states_it() -> None:
    """A TRS list (its rows ``ul li``) whose page also shows the county's own years in a ``<p>`` box
    the family's markup does not read: stated, not silent; a page whose years are all taken states
    nothing."""
    site = Site(id="tanxi-trs", agency="檀溪县人民政府", cms="trs_classic", region="测试省檀溪县",
                start_urls=("http://www.tanxi.gov.test/zwgk/nb/index.html",), allowed_domains=("tanxi.gov.test",))
    html = _page("政府信息公开年报",
                 '<div class="own"><strong>县政府年报</strong><p><a href="./202501/t20250120_1.html">2024年度</a></p>'
                 '</div><ul class="list"><li><a href="./202501/t20250118_2.html">檀溪县林业局2024年政府信息公开工作'
                 '年度报告</a><span>2025-01-18</span></li></ul>')
    spider = TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=site.id, sites=[site])
    response = HtmlResponse(site.start_urls[0], body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(site.start_urls[0], meta={"site": site, "start_url": True}))
    out = _followed(spider, response)
    assert "http://www.tanxi.gov.test/zwgk/nb/202501/t20250118_2.html" in out
    coverage = spider.coverage_of(site)
    assert list(coverage.entries_untaken) == ["http://www.tanxi.gov.test/zwgk/nb/202501/t20250120_1.html"]
    assert coverage.falls_short

    hub = HubSpider.from_crawler(get_crawler(HubSpider), name=SITE.id, sites=[SITE])
    _followed(hub, _response(SITE.start_urls[0], _HUB.replace(
        '<div class="old"><h3>往期公开</h3><a href="/zwgk/old/202201/t4.html">2021年度</a></div>', ""), start_url=True))
    assert not hub.coverage_of(SITE).entries_untaken
