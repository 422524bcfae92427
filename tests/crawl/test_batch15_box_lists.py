"""Issue 12, the class of held-out round 15's column home of boxes — written on markup unlike the batch
portal's (two other counties' pages of the kind, a TRS-like and a VSB-like one):

1. a list page made of 栏目 boxes, each a heading, its newest few entries and a "more" link
   (更多>>, more+, »): the boxes' fuller lists are ``detect.box_lists`` — every box of a page that
   names 年报, else the boxes whose heading does; a pager's arrows, a home page's news boxes and other
   domains are none;
2. whichever family reads the page follows each box's list as a list of the portal (its own first
   page, its own pager and count), one level, at most ``MAX_BOX_LISTS``;
3. never silent: a box list not read — over that cap, refused by the page budget, or not answering —
   is a list not read in the coverage summary (SHORT, with the reason), so the crawl exits non-zero.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.bases.vsb import VsbSpider
from govcrawl.crawl import detect
from govcrawl.crawl.coverage import coverage_lines
from govcrawl.crawl.registry import Site

TRS_SITE = Site(id="lingao-gov", agency="泠皋县人民政府", cms="trs_classic", region="测试省泠皋县",
                start_urls=("http://www.lingao.gov.test/zwgk/nb/index.shtml",), allowed_domains=("lingao.gov.test",))
TRS_HOME = TRS_SITE.start_urls[0]

# A TRS-like column home: two boxes, headings naming 年报, "more+" links; the page's own title does not.
_TRS = """<html><head><title>政务公开 - 泠皋县人民政府</title></head><body>
<div class="crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="box"><div class="box-hd"><h3>县政府年报</h3><a href="./xzf/index.shtml">more+</a></div>
<ul>
<li><a href="./xzf/202501/t20250121_9911.shtml">泠皋县人民政府2024年政府信息公开工作年度报告</a><i>2025-01-21</i></li>
<li><a href="./xzf/202401/t20240126_8803.shtml">泠皋县人民政府2023年政府信息公开工作年度报告</a><i>2024-01-26</i></li>
</ul></div>
<div class="box"><div class="box-hd"><h3>部门乡镇年报</h3><a href="./bm/index.shtml">more+</a></div>
<ul><li><a href="./bm/202501/t20250117_9870.shtml">泠皋县教育局2024年政府信息公开工作年度报告</a><i>2025-01-17</i></li>
</ul></div>
<div class="box"><div class="box-hd"><h3>政策解读</h3><a href="/zwgk/zcjd/">more+</a></div>
<ul><li><a href="/zwgk/zcjd/202503/t20250301_1.shtml">图解县政府工作报告</a></li></ul></div>
<div class="links"><a href="http://www.gov.cn/">中国政府网</a><a href="http://www.other.gov.test/more/">更多&gt;&gt;</a></div>
<div class="page">共3条 第1页 <a href="index_1.shtml">»</a></div>
</body></html>"""

VSB_SITE = Site(id="qianhe-gov", agency="涔河县人民政府", cms="vsb", region="测试省涔河县",
                start_urls=("http://www.qianhe.gov.test/zfxxgk/ndbg.htm",), allowed_domains=("qianhe.gov.test",))
VSB_HOME = VSB_SITE.start_urls[0]


def _vsb_boxes(n: int) -> str:
    names = ["本级", "部门", "乡镇", "街道", "园区", "国企", "事业单位", "其他"]
    boxes = "".join(
        f'<div class="lm"><div class="lm-tit"><span>{names[k]}</span><a href="ndbg/l{k}.htm">更多&gt;&gt;</a></div>'
        f'<ul><li><a href="../info/10{k}1/5{k}31.htm" title="涔河县{names[k]}2024年政府信息公开工作年度报告">'
        f'涔河县{names[k]}2024年…</a></li></ul></div>' for k in range(n))
    # The page names 年报 by its column name; its boxes' headings do not.
    return ('<html><head><meta name="ColumnName" content="政府信息公开年度报告"><title>政府信息公开年度报告-涔河县'
            f'</title><script src="/system/resource/js/counter.js"></script></head><body>{boxes}</body></html>')


_VSB_LIST = """<html><head><meta name="ColumnName" content="本级"><title>本级-涔河县</title></head><body>
<div class="lm"><div class="lm-tit"><span>相关栏目</span><a href="../other.htm">更多&gt;&gt;</a></div></div>
<ul><li id="line_u5_0"><a href="../../info/1001/5031.htm" title="涔河县本级2024年政府信息公开工作年度报告">…</a></li>
<li id="line_u5_1"><a href="../../info/1001/4410.htm" title="涔河县本级2023年政府信息公开工作年度报告">…</a></li></ul>
<div class="pb_sys_common pb_sys_short"><span class="p_t">共5条</span><span class="p_next p_fun">
<a href="l0/1.htm">下页</a></span><span class="p_t">1/2</span></div></body></html>"""


def _spider(cls: Any, site: Site, budget: int | None = None) -> Any:
    settings = {"GOVCRAWL_PAGE_BUDGET": budget} if budget else {}
    return cls.from_crawler(get_crawler(cls, settings_dict=settings), name=site.id, sites=[site])


def _parse(spider: Any, site: Site, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, **meta}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def _box_requests(requests: list[ScrapyRequest]) -> dict[str, str]:
    return {r.url: r.meta["box_heading"] for r in requests if r.meta.get("box_of")}


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_page_s_boxes_lead_to_their_fuller_lists() -> None:
    assert detect.box_lists(Selector(text=_TRS), TRS_HOME) == [
        ("http://www.lingao.gov.test/zwgk/nb/xzf/index.shtml", "县政府年报"),
        ("http://www.lingao.gov.test/zwgk/nb/bm/index.shtml", "部门乡镇年报")]  # not 政策解读, the pager, other sites
    assert [u for u, _h in detect.box_lists(Selector(text=_vsb_boxes(2)), VSB_HOME)] == [
        "http://www.qianhe.gov.test/zfxxgk/ndbg/l0.htm", "http://www.qianhe.gov.test/zfxxgk/ndbg/l1.htm"]


def test_1_a_bootstrap_pager_s_arrows_are_no_box_s() -> None:
    """A list of cards under a Bootstrap pager whose "»" is the next page (aria-label, or the pager's
    class around it; the disabled "«" before it, or "共 7 条" beside it, is no heading): the list's own
    page, not a box list."""
    cards = "".join(f'<div class="card"><div class="card-body"><h5 class="card-title"><a href="/nb/2024-01-2{n}'
                    f'/{n}.html">沅陵县{2020 + n}年政府信息公开工作年度报告</a></h5><time>2024-01-2{n}</time>'
                    f'</div></div>' for n in range(3))
    for arrow in ('<a class="page-link" href="/nb/index-2.html" aria-label="Next">»</a>',
                  '<a href="/nb/index-2.html">»</a>', '<a rel="next" href="/nb/index-2.html">»</a>'):
        page = (f'<html><head><title>政府信息公开年报 - 沅陵县</title></head><body><div class="container">{cards}'
                f'<nav><ul class="pagination"><li class="page-item disabled"><span class="page-link">«</span></li>'
                f'<li class="page-item active"><a class="page-link" href="#">1</a></li>'
                f'<li class="page-item"><a class="page-link" href="/nb/index-2.html">2</a></li>'
                f'<li class="page-item">{arrow}</li></ul></nav><span>共 7 条</span></div></body></html>')
        assert detect.box_lists(Selector(text=page), "http://www.yuanling.gov.test/nb/index.html") == [], arrow


def test_1_a_home_page_s_news_boxes_are_no_年报_lists() -> None:
    home = ("<html><head><title>涔河县人民政府</title></head><body><div class='lm'><h3>通知公告</h3>"
            "<a href='/tzgg.htm'>更多</a><ul><li><a href='/info/1/1.htm'>关于春节放假的通知</a></li></ul></div>"
            "<div class='lm'><h3>政务动态</h3><a href='/zwdt.htm'>更多</a></div></body></html>")
    assert detect.box_lists(Selector(text=home), "http://www.qianhe.gov.test/index.htm") == []


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_any_family_follows_the_boxes_lists_as_lists_of_the_portal() -> None:
    trs = _parse(_spider(TrsClassicSpider, TRS_SITE), TRS_SITE, TRS_HOME, _TRS, start_url=True)
    assert _box_requests(trs) == {"http://www.lingao.gov.test/zwgk/nb/xzf/index.shtml": "县政府年报",
                                  "http://www.lingao.gov.test/zwgk/nb/bm/index.shtml": "部门乡镇年报"}
    vsb = _parse(_spider(VsbSpider, VSB_SITE), VSB_SITE, VSB_HOME, _vsb_boxes(2), start_url=True)
    boxes = [r for r in vsb if r.meta.get("box_of")]
    assert [r.url for r in boxes] == ["http://www.qianhe.gov.test/zfxxgk/ndbg/l0.htm",
                                      "http://www.qianhe.gov.test/zfxxgk/ndbg/l1.htm"]
    assert all(r.meta["new_list"] and r.callback.__name__ == "parse_list" for r in boxes)  # a list's first page


def test_2_a_box_list_is_paged_as_its_own_list_and_its_boxes_are_not_followed() -> None:
    spider = _spider(VsbSpider, VSB_SITE)
    box = next(r for r in _parse(spider, VSB_SITE, VSB_HOME, _vsb_boxes(1), start_url=True) if r.meta.get("box_of"))
    requests = _parse(spider, VSB_SITE, box.url, _VSB_LIST, **{k: v for k, v in box.meta.items() if k != "site"})
    assert "http://www.qianhe.gov.test/zfxxgk/ndbg/l0/1.htm" in {r.url for r in requests}  # its own pager
    assert not _box_requests(requests)  # one level: not ../other.htm
    coverage = spider.coverage_of(VSB_SITE)
    assert coverage.lists[box.url].declared_records == 5


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_box_lists_over_the_cap_are_stated_not_silent() -> None:
    spider = _spider(VsbSpider, VSB_SITE)
    requests = _parse(spider, VSB_SITE, VSB_HOME, _vsb_boxes(8), start_url=True)
    assert len(_box_requests(requests)) == detect.MAX_BOX_LISTS
    coverage = spider.coverage_of(VSB_SITE)
    assert set(coverage.lists_unread) == {"http://www.qianhe.gov.test/zfxxgk/ndbg/l6.htm",
                                          "http://www.qianhe.gov.test/zfxxgk/ndbg/l7.htm"}
    assert coverage.falls_short
    lines = coverage_lines({VSB_SITE.id: coverage})
    assert any(line.startswith(f"  SHORT {VSB_SITE.id}: list http://www.qianhe.gov.test/zfxxgk/ndbg/l6.htm not read")
               and "'事业单位'" in line for line in lines)


def test_3_box_lists_the_page_budget_refuses_are_stated() -> None:
    spider = _spider(TrsClassicSpider, TRS_SITE, budget=1)
    requests = _parse(spider, TRS_SITE, TRS_HOME, _TRS, start_url=True)
    coverage = spider.coverage_of(TRS_SITE)
    unread = [u for u in ("http://www.lingao.gov.test/zwgk/nb/xzf/index.shtml",
                          "http://www.lingao.gov.test/zwgk/nb/bm/index.shtml") if u not in _box_requests(requests)]
    assert unread and all("page budget" in coverage.lists_unread[u] for u in unread)
    assert coverage.falls_short


def test_3_a_box_list_that_does_not_answer_is_stated() -> None:
    spider = _spider(TrsClassicSpider, TRS_SITE)
    box = next(r for r in _parse(spider, TRS_SITE, TRS_HOME, _TRS, start_url=True) if r.meta.get("box_of"))
    failure = Failure(OSError("404 Not Found"))
    failure.request = box  # type: ignore[attr-defined]
    box.errback(failure)
    coverage = spider.coverage_of(TRS_SITE)
    assert "did not answer" in coverage.lists_unread[box.url] and coverage.falls_short
