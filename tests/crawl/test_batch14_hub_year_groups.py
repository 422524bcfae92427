"""Issue 12, the class of held-out round 14's 部门年报 hub — written on markup unlike the batch portal's
(another city's page of the same kind):

1. a 年报 page grouped by year, whose links name only their unit (``<dl><dt>2023年</dt><dd><a>县财政局
   </a>…``, a table whose column header is the year): each such link is that unit's report of that
   year (``entries.heading_report``) — on a page that speaks of 年报 only, and never a link that says
   more than a unit's name (a 决算 beside it); the units count towards the "共 N 个单位" it prints;
2. a portal's exit interstitial (``/redirect.jsp?target=http%3A%2F%2F…``, "您即将离开本站"): the
   address its query carries is the link (``urls.exit_target``), for list entries and for the hub's
   units' lists alike — another host's, followed as the unit's list it is.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.entries import entry_title, list_entries
from govcrawl.crawl.hubunits import count_units
from govcrawl.crawl.registry import Site
from govcrawl.crawl.urls import exit_target, link_href

SITE = Site(id="luoshan-bmnb", agency="洛山市人民政府", cms="hub", region="测试省洛山市",
            start_urls=("http://www.luoshan.gov.test/xxgk/dwnb/",), allowed_domains=("luoshan.gov.test",))
HUB = SITE.start_urls[0]
_GO = "/redirect.jsp?target="

_DL = f"""<html><head><title>市直单位信息公开年报 - 洛山市人民政府</title></head><body>
<div class="crumb">首页 &gt; 信息公开 &gt; 市直单位年报</div><div class="count">共 5 个单位</div>
<dl class="years">
  <dt>2024年</dt>
  <dd><a href="/xxgk/dwnb/czj/202501/t20250120_31.html">市财政局</a> / <a href="/files/mzj2024.pdf">市民政局</a>
      / <a href="/xxgk/dwnb/hkz/202501/t20250117_12.html">河口街道</a></dd>
  <dt>2023年</dt>
  <dd><a href="/xxgk/dwnb/czj/202401/t20240122_9.html">市财政局</a>
      / <a href="/xxgk/dwnb/czj/202409/t20240902_3.html">市财政局2023年度决算</a>
      / <a href="/xxgk/dwnb/czj/202409/t20240903_4.html">市财政局（决算公开）</a></dd>
</dl>
<div class="more"><span class="label">单位年报栏目</span>
  <a href="{_GO}http%3A%2F%2Fwjw.luoshan.gov.test%2Fgk%2Fnb%2F">市卫生健康委员会</a>
  <a href="{_GO}http%253A%252F%252Fsl.luoshan.gov.test%252Fnb%252Findex.html">市水利局</a></div>
</body></html>"""

_TABLE = """<html><head><title>部门年度报告 - 洛山市</title></head><body><h2>部门政府信息公开年报</h2>
<table class="nb"><tr><th>2024年度</th><th>2023年度</th></tr>
<tr><td><a href="/a/1.html">市审计局</a></td><td><a href="/a/2.html">市审计局</a></td></tr>
<tr><td><a href="/a/3.docx">市统计局</a></td><td><a href="/a/4.html">市统计局预算</a></td></tr></table></body></html>"""

# The same grouping on a page that says nothing of 年报 (a 部门预算 page): its units' links are no reports.
_BUDGET = (_DL.replace("信息公开年报", "部门预算公开").replace("市直单位年报", "部门预算")
           .replace("单位年报栏目", "预算栏目"))


def _links(html: str) -> dict[str, Selector]:
    return {link.attrib["href"]: link for link in Selector(text=html).css("a[href]")}


def _parse(url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    spider = HubSpider.from_crawler(get_crawler(HubSpider), name=SITE.id, sites=[SITE])
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, **meta}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_unit_s_name_under_its_year_s_heading_is_its_report() -> None:
    titles = {href: entry_title(link) for href, link in _links(_DL).items()}
    assert titles["/xxgk/dwnb/czj/202501/t20250120_31.html"] == "市财政局2024年度政府信息公开工作年度报告"
    assert titles["/files/mzj2024.pdf"] == "市民政局2024年度政府信息公开工作年度报告"
    assert titles["/xxgk/dwnb/hkz/202501/t20250117_12.html"] == "河口街道2024年度政府信息公开工作年度报告"
    assert titles["/xxgk/dwnb/czj/202401/t20240122_9.html"] == "市财政局2023年度政府信息公开工作年度报告"
    # A link that says more than its unit (a 决算) stays what it says: no report.
    assert not is_report_title(titles["/xxgk/dwnb/czj/202409/t20240902_3.html"])
    assert not is_report_title(titles["/xxgk/dwnb/czj/202409/t20240903_4.html"])


def test_1_a_year_column_s_units_are_their_reports() -> None:
    titles = {href: entry_title(link) for href, link in _links(_TABLE).items()}
    assert titles["/a/1.html"] == "市审计局2024年度政府信息公开工作年度报告"
    assert titles["/a/2.html"] == "市审计局2023年度政府信息公开工作年度报告"
    assert titles["/a/3.docx"] == "市统计局2024年度政府信息公开工作年度报告"
    assert not is_report_title(titles["/a/4.html"])  # a 预算


def test_1_a_page_that_says_nothing_of_nianbao_has_no_such_reports() -> None:
    assert not any(is_report_title(entry_title(link)) for link in _links(_BUDGET).values())


def test_1_the_units_under_years_are_counted() -> None:
    # 市财政局, 市民政局, 河口街道 under the years (市财政局 once), 市卫生健康委员会 and 市水利局's columns.
    assert count_units(Selector(text=_DL)) == 5


def test_1_the_hub_follows_them_as_reports() -> None:
    requests = _parse(HUB, _DL, start_url=True)
    reports = {r.url: r.cb_kwargs["title"] for r in requests if r.cb_kwargs.get("title")}
    assert set(reports) == {"http://www.luoshan.gov.test/xxgk/dwnb/czj/202501/t20250120_31.html",
                            "http://www.luoshan.gov.test/files/mzj2024.pdf",
                            "http://www.luoshan.gov.test/xxgk/dwnb/hkz/202501/t20250117_12.html",
                            "http://www.luoshan.gov.test/xxgk/dwnb/czj/202401/t20240122_9.html"}


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_an_exit_interstitial_s_target_is_the_link() -> None:
    assert exit_target(f"{_GO}http%3A%2F%2Fwjw.luoshan.gov.test%2Fgk%2Fnb%2F") == "http://wjw.luoshan.gov.test/gk/nb/"
    assert exit_target("/link.html?url=https%3A%2F%2Fa.gov.test%2Fx%3Fid%3D1&t=2") == "https://a.gov.test/x?id=1"
    assert exit_target(f"{_GO}http%253A%252F%252Fsl.luoshan.gov.test%252Fnb%252F") == "http://sl.luoshan.gov.test/nb/"
    # Not a destination: a query without an absolute URL, or one under another parameter's name.
    assert exit_target("/list.jsp?url=nb/index.html") is None
    assert exit_target("/search.jsp?q=http%3A%2F%2Fa.gov.test%2F") is None
    assert exit_target("/xxgk/dwnb/index_2.html") is None
    # Not the portal's interstitial: a share button or a login on another (non-government) host.
    share = "http://service.weibo.com/share/share.php?url=http%3A%2F%2Fwww.luoshan.gov.test%2Fa.html"
    assert exit_target(share) is None
    assert exit_target("https://sso.example.com/login?redirect=http%3A%2F%2Fwww.luoshan.gov.test%2F") is None
    assert exit_target("http://www.luoshan.gov.test/go.jsp?url=http%3A%2F%2Fjyj.luoshan.gov.test%2F") \
        == "http://jyj.luoshan.gov.test/"
    link = Selector(text=f'<a href="{_GO}http%3A%2F%2Fwjw.luoshan.gov.test%2Fgk%2Fnb%2F">市卫健委</a>').css("a")[0]
    assert link_href(link) == "http://wjw.luoshan.gov.test/gk/nb/"


def test_2_list_entries_read_through_the_interstitial() -> None:
    html = (f'<ul><li><a href="{_GO}http%3A%2F%2Fwjw.luoshan.gov.test%2Fgk%2Fnb%2Ft1.html">'
            "市卫健委2024年政府信息公开工作年度报告</a> 2025-01-20</li></ul>")
    assert list(list_entries(Selector(text=html))) == [
        ("http://wjw.luoshan.gov.test/gk/nb/t1.html", "市卫健委2024年政府信息公开工作年度报告")]


def test_2_the_hub_follows_the_units_lists_past_the_interstitial() -> None:
    requests = _parse(HUB, _DL, start_url=True)
    owners = {r.url: r.meta.get("list_owner") for r in requests if r.callback.__name__ == "parse_list"}
    assert owners == {"http://wjw.luoshan.gov.test/gk/nb/": "市卫生健康委员会",
                      "http://sl.luoshan.gov.test/nb/index.html": "市水利局"}
    assert not any("redirect.jsp" in r.url for r in requests)
