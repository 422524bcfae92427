"""Issue 12, held-out round 28: a list of news cards whose one ``<a>`` wraps a heading and an abstract
(``govcrawl.crawl.linkheading``), and a title whose agency part is junk (``metadata.is_plausible_agency``).
Markup written unlike the batch's portal (another site of the kind):

* a card link's title is its title element's text — a heading (``h1``–``h6``), a child whose class says
  title (``news-tit``), or a bold child set apart from an abstract block — never the abstract, date or
  "阅读全文" label beside it; a link whose text is only its title is read as before;
* an agency read from a title must be a plausible organ's name: cut short (……), written twice, or
  ending in no organ's ending, it is no agency — the report page's own sources (its heading, its
  ContentSource) name the agency instead.
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.hanweb import HanwebSpider
from govcrawl.crawl.entries import list_entries
from govcrawl.crawl.registry import Site
from govcrawl.report.metadata import agency_from_title

COLUMN = "https://www.tanxi.gov.test/col/col4410/"
SITE = Site(id="tanxi-gov", agency="檀溪市人民政府", cms="hanweb", region="测试省檀溪市",
            start_urls=(COLUMN + "index.html",), allowed_domains=("tanxi.gov.test",))

_CARDS = """<html><body><div class="news-list">
<div class="news-item"><a href="/art/2025/1/20/art_4410_901.html">
  <span class="news-date">2025-01-20</span><div class="news-tit">檀溪市财政局2024年政府信息公开工作年度报告</div>
  <div class="news-desc">檀溪市财政局2024年政府信息公开工作年度报告根据《条例》要求……</div></a></div>
<div class="news-item"><a href="/art/2025/1/18/art_4410_902.html"><strong>市教育局2024年度政府信息公开年报</strong>
  <p>市教育局2024年度政府信息……</p><span>2025-01-18</span></a></div>
<div class="news-item"><a href="/art/2025/1/16/art_4410_903.html"><h3>檀溪市人民政府2024年政府信息公开工作年度报告</h3>
  <span class="more">阅读全文&gt;&gt;</span></a></div>
<div class="news-item"><a href="/art/2025/1/15/art_4410_904.html">檀溪市审计局2024年政府信息公开工作年度报告</a></div>
<div class="news-item"><a href="/art/2025/1/14/art_4410_905.html">
<b>2024</b>年度檀溪市民政局政府信息公开工作年度报告</a></div>
<div class="news-item"><a href="/art/2025/1/13/art_4410_906.html">
<b>檀溪市医保局</b><span>2024年度政府信息公开工作年度报告</span></a></div>
</div></body></html>"""


def test_a_card_link_s_title_is_its_heading_not_its_abstract() -> None:
    found = dict(list_entries(Selector(_CARDS)))
    assert found["/art/2025/1/20/art_4410_901.html"] == "檀溪市财政局2024年政府信息公开工作年度报告"
    assert found["/art/2025/1/18/art_4410_902.html"] == "市教育局2024年度政府信息公开年报"
    assert found["/art/2025/1/16/art_4410_903.html"] == "檀溪市人民政府2024年政府信息公开工作年度报告"


def test_a_link_whose_text_is_its_title_is_read_whole() -> None:
    found = dict(list_entries(Selector(_CARDS)))
    assert found["/art/2025/1/15/art_4410_904.html"] == "檀溪市审计局2024年政府信息公开工作年度报告"
    # Emphasis inside one title, and a bold word continued by an inline span of the same line: one title.
    assert found["/art/2025/1/14/art_4410_905.html"] == "2024 年度檀溪市民政局政府信息公开工作年度报告"
    assert found["/art/2025/1/13/art_4410_906.html"] == "檀溪市医保局 2024年度政府信息公开工作年度报告"


def test_a_junk_agency_is_no_agency_from_the_title() -> None:
    for junk in ("檀溪市财政局2024年政府信息公开工作年度报告 檀溪市财政局2024年政府信息公开……",
                 "市教育局2024年度政府信息公开年报 市教育局2024年度政府信息...",
                 "檀溪市卫生健…2024年政府信息公开工作年度报告",
                 "檀溪市财政局政府信息2024年度报告"):
        assert agency_from_title(junk) is None, junk
    # Valid names, short ones and places among them, are read as before.
    assert agency_from_title("市教育局2024年度政府信息公开年报") == "市教育局"
    assert agency_from_title("檀溪市2024年政府信息公开工作年度报告") == "檀溪市"
    assert agency_from_title("檀溪市残联2024年政府信息公开工作年度报告") == "檀溪市残联"
    assert agency_from_title("2024年度政府信息公开工作年度报告（市统计局）") == "市统计局"
    assert agency_from_title("中共檀溪市委宣传部（市新闻出版局）2024年政府信息公开工作年度报告") \
        == "中共檀溪市委宣传部(市新闻出版局)"



def test_a_word_pointing_at_the_publisher_is_no_agency_from_the_title() -> None:
    # Batch 29: a town's own list titles "本镇2024年…年度报告"; 本局, 我委, 本单位 likewise name nobody.
    for pointing in ("本镇2024年政府信息公开工作年度报告", "本乡2022年度政府信息公开年报",
                     "我局2023年政府信息公开工作年度报告", "本单位2024年度政府信息公开工作报告",
                     "本街道2021年政府信息公开工作年度报告"):
        assert agency_from_title(pointing) is None, pointing
    assert agency_from_title("本溪县2023年政府信息公开工作年度报告") == "本溪县"  # a place that begins with 本


def test_a_title_with_a_junk_agency_falls_through_to_the_page_s_sources() -> None:
    spider = HanwebSpider.from_crawler(get_crawler(HanwebSpider), name=SITE.id, sites=[SITE])
    url = "https://www.tanxi.gov.test/art/2025/1/20/art_4410_901.html"
    page = ('<html><head><meta name="ContentSource" content="檀溪市财政局"></head><body><div class="art-title">'
            "<h1>市财政局2024年政府信息公开工作年度报告</h1></div><p>一、总体情况</p></body></html>")
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8", request=ScrapyRequest(url, meta={"site": SITE}))
    junk = "市财政局2024年政府信息公开工作年度报告 市财政局2024年政府信息公开工作……"
    assert spider.report_agency(response, junk, None) == "檀溪市财政局"
