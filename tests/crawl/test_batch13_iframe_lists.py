"""Issue 12, the class of held-out round 13's framed 部门年报 page — written on markup unlike the batch
portal's (another county's page of the same kind):

1. a list or hub page whose content is an ``<iframe>``/``<frame>`` on the portal's own domain: the
   frame's document is the page's list (``detect.frame_lists``) — other domains' frames, the
   portal's own widgets (a map, a player, a share bar, a counter) are not, and a page reads at most
   a few frames;
2. the hub family reads the frame's document as the hub page: the same owner, its links resolved
   against the frame document's own URL (``../../`` climbs from the frame's folder), its units'
   own lists on sub-hosts ("进入专栏") followed; one level only (a frame's frames are not read);
3. whichever path reads it: the frame's document, a bare table with no title, speaks through the
   page that frames it (``framed_in_nianbao``), so ``cms: auto`` reads it as a hub and any other
   path states the units' lists it left; a frame of a list read by a family keeps the list's owner.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.auto import GenericSpider
from govcrawl.bases.hub import HubSpider
from govcrawl.crawl import detect
from govcrawl.crawl.hubunits import unit_lists
from govcrawl.crawl.registry import Site

SITE = Site(id="lanxi-dwnb", agency="澜溪县人民政府", cms="hub", region="测试省澜溪县",
            start_urls=("http://www.lanxi.gov.test/xxgk/dwnb/index.shtml",), allowed_domains=("lanxi.gov.test",))
HUB = SITE.start_urls[0]
FRAME = "http://www.lanxi.gov.test/xxgk/dwnb/frame/units.shtml"

_HUB = """<html><head><title>单位信息公开年报 - 澜溪县人民政府</title></head><body>
<div class="nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a></div>
<div class="side"><iframe src="/widget/map/index.html" width="300"></iframe>
<iframe src="http://player.video.test/embed?id=7"></iframe>
<iframe src="http://tongji.lanxi.gov.test/stats/counter.html"></iframe></div>
<div class="main"><iframe id="dwnb" src="frame/units.shtml" scrolling="no" frameborder="0"></iframe></div>
</body></html>"""

_FRAME = """<html><head><meta charset="utf-8"></head><body>
<div class="sum">本栏目共 4 家单位</div>
<table class="units"><tr><th>单位</th><th>年报</th></tr>
<tr><td>县水利局</td><td><a href="../../../dwxx/slj/202501/t20250120_301.shtml">2024年</a>
  <a href="../../../dwxx/slj/202401/t20240125_288.shtml">2023年</a></td></tr>
<tr><td>县民政局</td><td><a href="http://mzj.lanxi.gov.test/gk/nb/">进入专栏</a></td></tr>
<tr><td>县审计局</td><td><a href="../files/sjj-2024.pdf">2024年</a></td></tr>
<tr><td>石塘镇</td><td><a href="../../../dwxx/stz/202501/t20250117_12.shtml">2024年</a></td></tr>
</table><iframe src="inner.shtml"></iframe></body></html>"""


def _parse(spider: Any, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, **meta}))
    return [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest)]


def _hub() -> HubSpider:
    return HubSpider.from_crawler(get_crawler(HubSpider), name=SITE.id, sites=[SITE])


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_the_page_s_own_frame_is_its_list_not_widgets_or_other_domains() -> None:
    assert detect.frame_lists(Selector(text=_HUB), HUB) == [FRAME]
    frameset = ('<html><frameset cols="20%,80%"><frame src="menu.html"><frame src="list_1.html">'
                + "".join(f'<frame src="more{n}.html">' for n in range(6)) + "</frameset></html>")
    assert detect.frame_lists(Selector(text=frameset), HUB) == [
        "http://www.lanxi.gov.test/xxgk/dwnb/menu.html", "http://www.lanxi.gov.test/xxgk/dwnb/list_1.html",
        "http://www.lanxi.gov.test/xxgk/dwnb/more0.html"]  # a few, not every frame


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_the_hub_reads_its_frame_as_the_hub_page() -> None:
    requests = _parse(_hub(), HUB, _HUB, start_url=True)
    framed = [r for r in requests if r.callback.__name__ == "parse_list"]
    assert [r.url for r in framed] == [FRAME]
    assert framed[0].meta["frame_of"] == HUB and framed[0].meta["new_list"]
    assert framed[0].meta["framed_in_nianbao"]  # the framing page's title speaks of 年报


def test_2_the_frame_s_links_resolve_against_its_own_url() -> None:
    meta = _parse(_hub(), HUB, _HUB, start_url=True)[0].meta
    requests = _parse(_hub(), FRAME, _FRAME, **{k: v for k, v in meta.items() if k != "site"})
    lists = {r.url: r.meta.get("list_owner") for r in requests if r.callback.__name__ == "parse_list"}
    assert lists == {"http://mzj.lanxi.gov.test/gk/nb/": "县民政局"}  # not the frame's own frame
    reports = {r.url for r in requests if r.cb_kwargs.get("title")}
    assert reports == {"http://www.lanxi.gov.test/dwxx/slj/202501/t20250120_301.shtml",
                       "http://www.lanxi.gov.test/dwxx/slj/202401/t20240125_288.shtml",
                       "http://www.lanxi.gov.test/xxgk/dwnb/files/sjj-2024.pdf",
                       "http://www.lanxi.gov.test/dwxx/stz/202501/t20250117_12.shtml"}


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_a_frame_speaks_through_the_page_that_frames_it() -> None:
    assert unit_lists(Selector(text=_FRAME)) == []  # a bare table: no 年报 named
    assert unit_lists(Selector(text=_FRAME), framed_in_nianbao=True) == [
        ("http://mzj.lanxi.gov.test/gk/nb/", "县民政局")]


def test_3_any_path_reads_a_list_page_s_frame_with_its_owner() -> None:
    site = Site(id=SITE.id, agency=SITE.agency, cms="generic", region=SITE.region, start_urls=SITE.start_urls,
                allowed_domains=SITE.allowed_domains)
    spider = GenericSpider.from_crawler(get_crawler(GenericSpider), name=site.id, sites=[site])
    response = HtmlResponse(HUB, body=_HUB.encode(), encoding="utf-8",
                            request=ScrapyRequest(HUB, meta={"site": site, "new_list": True, "list_owner": "县水利局"}))
    framed = [r for r in spider.parse_list(response) if isinstance(r, ScrapyRequest) and r.url == FRAME]
    assert len(framed) == 1 and framed[0].meta["list_owner"] == "县水利局"
    # One level: the frame's document does not read its own frames.
    response = HtmlResponse(FRAME, body=_FRAME.encode(), encoding="utf-8",
                            request=ScrapyRequest(FRAME, meta={"site": site, **framed[0].meta}))
    assert not any(isinstance(r, ScrapyRequest) and r.url.endswith("inner.shtml") for r in spider.parse_list(response))
