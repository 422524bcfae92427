"""Issue 12, classes of held-out round 11's 部门年报 hub — written on markup unlike the batch portal's
(another city's page of the same kind):

1. a list line's owning unit is the text it leads with before its links ("<li>县审计局：<a>2024</a>
   <a>2023年度</a></li>", ``groups.line_owner``), and a link that says only its year — "2024" as
   well as "2024年度" — is that unit's 年报 of that year; a footer's "主办：县人民政府" owns nothing;
2. units a script writes from an array of objects (``var bmList = [{unitName: …, reports: [{year:
   2024, href: …}]}]``, pairs ``["2023", url]``, or flat ``{dw: …, nd: …, url: …}``) are read as the
   units' links, each object's unit the owner (``scriptgroups``); the hub family follows them and
   counts the units; a bare year on a page that does not speak of 年报 is no report;
3. a unit's own list written as ``<article>`` rows with a ``<time>`` counts its entries (a "共 N 条"
   over it is no shortfall).
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.entries import count_entries, entry_title, script_entries
from govcrawl.crawl.groups import group_owner, line_owner
from govcrawl.crawl.hubunits import count_units
from govcrawl.crawl.registry import Site

SITE = Site(id="xupu-bmnb", agency="溆浦县人民政府", cms="hub", region="测试省溆浦县",
            start_urls=("http://www.xupu.gov.test/xxgk/bmnb/",), allowed_domains=("xupu.gov.test",))

_LINES = """<html><head><title>部门政府信息公开工作年度报告 - 溆浦县人民政府</title></head><body>
<div class="main"><h3>县直部门</h3>
<ul class="dwlist">
  <li>县审计局：<a href="/bmnb/files/sjj2024.pdf">2024</a> | <a href="/bmnb/sjj/t20240126_3.html">2023年度</a></li>
  <li><span>县林业局</span> — <a href="/bmnb/files/lyj2024.ofd">2024</a></li>
  <li><a href="/bmnb/other/2024.html">2024</a></li>
</ul>
<p>溆浦县退役军人事务局 <a href="/bmnb/tyjr/2024.docx">2024年</a></p>
</div>
<div class="foot"><p>主办：溆浦县人民政府 <a href="/lxwm/2024">2024</a></p></div>
</body></html>"""


def _links(html: str) -> dict[str, Selector]:
    return {link.attrib["href"]: link for link in Selector(text=html).css("a[href]")}


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_line_s_leading_text_owns_its_year_links() -> None:
    links = _links(_LINES)
    assert line_owner(links["/bmnb/files/sjj2024.pdf"]) == "县审计局"
    assert line_owner(links["/bmnb/sjj/t20240126_3.html"]) == "县审计局"  # after the line's first link
    assert group_owner(links["/bmnb/files/lyj2024.ofd"]) == "县林业局"
    assert entry_title(links["/bmnb/files/sjj2024.pdf"]) == "县审计局 2024 年度报告"
    assert entry_title(links["/bmnb/sjj/t20240126_3.html"]) == "县审计局 2023年度 年度报告"
    assert entry_title(links["/bmnb/files/lyj2024.ofd"]) == "县林业局 2024 年度报告"
    assert entry_title(links["/bmnb/tyjr/2024.docx"]) == "溆浦县退役军人事务局 2024年 年度报告"
    assert all(is_report_title(entry_title(links[h])) for h in
               ("/bmnb/files/sjj2024.pdf", "/bmnb/files/lyj2024.ofd", "/bmnb/tyjr/2024.docx"))


def test_1_a_line_without_a_unit_s_name_owns_nothing() -> None:
    links = _links(_LINES)
    assert group_owner(links["/bmnb/other/2024.html"]) is None  # not "县直部门", the heading above
    assert group_owner(links["/lxwm/2024"]) is None  # "主办：溆浦县人民政府" is a footer's line
    assert not is_report_title(entry_title(links["/lxwm/2024"]))


# -- 2 -----------------------------------------------------------------------------------------------
_SCRIPTED = """<html><head><title>乡镇及部门年报</title></head><body>
<h2>乡镇政府信息公开年度报告</h2><div id="bm"></div><div id="xz"></div>
<script type="text/javascript">
var bmList = [{unitName: '溆浦县林业局', code: 'lyj', reports: [{year: 2024, href: '/nb/lyj/2024.pdf'},
  {title: '2023年度政府信息公开工作年度报告', link: '/nb/lyj/t20240122_9.html'}]},
  {unitName: '县医保局', reports: [{year: '2024年', href: 'http://ybj.xupu.gov.test/nb/2024.html'}]}];
var xz = [{"dw": "低庄镇", "nd": "2024", "url": "/nb/files/dzz2024.docx"},
          {"mc": "卢峰街道", "list": [["2023", "/nb/lfjd/2023.html"], ["2024", "/nb/lfjd/2024.html"]]}];
render(bmList, 'bm'); render(xz, 'xz');
</script></body></html>"""


def test_2_units_written_from_a_script_array_are_their_links_owners() -> None:
    found = dict(script_entries(Selector(text=_SCRIPTED)))
    assert found == {
        "/nb/lyj/2024.pdf": "溆浦县林业局 2024 年度报告",
        "/nb/lyj/t20240122_9.html": "溆浦县林业局 2023年度政府信息公开工作年度报告",
        "http://ybj.xupu.gov.test/nb/2024.html": "县医保局 2024 年度报告",
        "/nb/files/dzz2024.docx": "低庄镇 2024 年度报告",
        "/nb/lfjd/2023.html": "卢峰街道 2023 年度报告",
        "/nb/lfjd/2024.html": "卢峰街道 2024 年度报告",
    }
    assert all(is_report_title(title) for title in found.values())
    assert count_units(Selector(text=_SCRIPTED)) == 4


def test_2_a_bare_year_on_a_page_that_does_not_speak_of_nianbao_is_no_report() -> None:
    page = _SCRIPTED.replace("乡镇及部门年报", "乡镇及部门").replace("乡镇政府信息公开年度报告", "乡镇动态")
    found = dict(script_entries(Selector(text=page)))
    assert not any(is_report_title(found.get(href, "")) for href in ("/nb/lyj/2024.pdf", "/nb/files/dzz2024.docx"))
    assert found["/nb/lyj/t20240122_9.html"] == "溆浦县林业局 2023年度政府信息公开工作年度报告"


def test_2_the_hub_follows_the_units_a_script_writes() -> None:
    hub = HubSpider.from_crawler(get_crawler(HubSpider), name=SITE.id, sites=[SITE])
    url = SITE.start_urls[0]
    response = HtmlResponse(url, body=_SCRIPTED.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, "start_url": True}))
    followed = {r.url for r in hub.parse_list(response) if isinstance(r, ScrapyRequest)}
    assert {"http://www.xupu.gov.test/nb/lyj/2024.pdf", "http://www.xupu.gov.test/nb/files/dzz2024.docx",
            "http://ybj.xupu.gov.test/nb/2024.html", "http://www.xupu.gov.test/nb/lfjd/2023.html"} <= followed


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_article_rows_with_a_time_are_a_list_s_entries() -> None:
    page = ('<html><body><main><div class="lst">'
            + "".join(f'<article><h4><a href="/nb/{y}.html">县财政局{y}年政府信息公开工作年度报告</a></h4>'
                      f'<p class="meta">发布：<time datetime="{y + 1}-01-20">{y + 1}-01-20</time></p></article>'
                      for y in (2022, 2023, 2024))
            + '</div><p class="pg">共3条</p></main></body></html>')
    assert count_entries(Selector(text=page)) == 3
