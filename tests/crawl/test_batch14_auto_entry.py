"""Issue 12, the class of held-out round 14's home-page-only ``cms: auto`` portal — written on markup
unlike the batch portal's (another county site of no family):

1. a start page that is only a redirect — a near-empty page whose meta refresh Scrapy's middleware
   does not read (``content="0 ; url = …"``, ``content="0;/web/"``) or whose script alone sends the
   browser on (``location.replace``, ``location.href =``, ``window.location =``) — is followed like a
   3xx (``redirects.page_redirect``): its target is read as the start page, a home page still; a page
   with content of its own is not a redirect; redirects in a row are capped;
2. a 栏目 box whose heading names the 年报 column and whose only link to it is "more+"/"更多"/"»"
   leads to that column (``detect.box_heading``): the box's heading, not a neighbouring box's.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.auto import AutoSpider
from govcrawl.crawl import detect, redirects
from govcrawl.crawl.registry import Site

SITE = Site(id="luoping-gov", agency="洛坪县人民政府", cms="auto", region="测试省洛坪县",
            start_urls=("http://www.luoping.gov.test/",), allowed_domains=("luoping.gov.test",))
ROOT = SITE.start_urls[0]


def _page(head: str, body: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}<title>洛坪县人民政府</title></head><body>{body}</body></html>"


def _spider() -> AutoSpider:
    return AutoSpider.from_crawler(get_crawler(AutoSpider), name=SITE.id, sites=[SITE])


def _entry(spider: Any, url: str, html: str, **meta: Any) -> list[ScrapyRequest]:
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": SITE, **meta}))
    return [r for r in spider.parse_entry(response) if isinstance(r, ScrapyRequest)]


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_near_empty_page_s_refresh_or_script_is_its_redirect() -> None:
    cases = {
        '<META HTTP-EQUIV="Refresh" CONTENT="1;URL=\'/web/index.html\'">': "/web/index.html",
        '<meta http-equiv="refresh" content="0 ; url = /web/index.html">': "/web/index.html",
        "<meta http-equiv=refresh content='0;/web/'>": "/web/",
        '<meta content="2" http-equiv="refresh">': None,  # reloads itself: no target
    }
    for head, target in cases.items():
        assert redirects.page_redirect(Selector(text=_page(head, "<p>页面跳转中，请稍候</p>"))) == target, head
    scripts = {
        "<script>window.location.href = \"/web/index.html\";</script>": "/web/index.html",
        "<script type='text/javascript'>window.location='http://www.luoping.gov.test/web/'</script>":
            "http://www.luoping.gov.test/web/",
        "<script>setTimeout(function(){ location.replace(\"web/\"); }, 100)</script>": "web/",
        "<script>window.open('/web/')</script>": None,  # a pop-up leaves the page where it is
    }
    for script, target in scripts.items():
        assert redirects.page_redirect(Selector(text=_page("", f"<p>Loading…</p>{script}"))) == target, script


def test_1_a_page_with_content_of_its_own_is_not_a_redirect() -> None:
    menu = "".join(f'<li><a href="/web/c{n}/">栏目{n}</a></li>' for n in range(8))
    home = _page("", f"<ul>{menu}</ul><button onclick=\"x()\">搜索</button>"
                     "<script>function x(){ location.href = '/search/?q=' }</script>")
    assert redirects.page_redirect(Selector(text=home)) is None
    notice = _page('<meta http-equiv="refresh" content="10;url=/">',
                   "<p>" + "您访问的页面不存在或已被删除，系统将在十秒后返回首页。如有疑问请联系管理员，" * 3 + "</p>")
    assert redirects.page_redirect(Selector(text=notice)) is None


def test_1_the_start_page_s_redirect_is_followed_as_a_home_page() -> None:
    spider = _spider()
    shell = _page("", "<p>正在进入洛坪县人民政府门户网站…</p><script>location.replace('/web/index.html')</script>")
    requests = _entry(spider, ROOT, shell, start_url=True)
    assert [r.url for r in requests] == ["http://www.luoping.gov.test/web/index.html"]
    hop = requests[0]
    assert hop.callback == spider.parse_entry and hop.meta["start_url"] and hop.meta["redirect_urls"] == [ROOT]
    # The target, a home page reached from the start URL, navigates to the 信息公开 area.
    home = _page("", '<div class="nav"><a href="/web/">首页</a><a href="/web/xxgk/">政府信息公开</a></div>')
    ways = _entry(spider, hop.url, home, **hop.meta)
    assert [r.url for r in ways] == ["http://www.luoping.gov.test/web/xxgk/"]


def test_1_redirects_in_a_row_are_capped() -> None:
    shell = _page("<meta http-equiv='refresh' content='0 ; url = /a/'>")
    assert _entry(_spider(), ROOT, shell, start_url=True, page_redirects=redirects.MAX_HOPS - 1)
    assert not _entry(_spider(), ROOT, shell, start_url=True, page_redirects=redirects.MAX_HOPS)


# -- 2 -----------------------------------------------------------------------------------------------
_BOXES = """<html><head><title>信息公开 - 洛坪县人民政府</title></head><body><div class="row">
<div class="mod"><div class="mod-hd"><span>政府信息公开指南</span><a href="/web/xxgk/zn/">more+</a></div>
  <ul><li><a href="/web/xxgk/zn/1.html">洛坪县人民政府信息公开指南（2024年修订）</a></li></ul></div>
<div class="mod"><div class="mod-hd"><span>政府信息公开年报</span><a href="/web/xxgk/nb/">more+</a></div>
  <ul><li><a href="/web/xxgk/nb/9.html">关于做好2024年度政府信息公开工作年度报告编制工作的通知</a></li></ul></div>
<div class="panel"><div class="panel-title"><h3>年度报告</h3></div><a class="more" href="/web/xxgk/ndbg/">»</a>
  <ul><li><a href="/web/xxgk/ndbg/3.html">关于政府信息公开工作年度报告编制发布的说明事项</a></li></ul></div>
<div class="mod"><div class="mod-hd"><span>重点领域信息公开</span><a href="/web/xxgk/zdly/">更多&gt;&gt;</a></div></div>
</div></body></html>"""


def test_2_a_box_s_more_link_leads_to_the_column_its_heading_names() -> None:
    found = {(link.url, link.kind) for link in detect.navigation_links(Selector(text=_BOXES), ROOT)}
    assert found == {("http://www.luoping.gov.test/web/xxgk/nb/", "nb_column"),
                     ("http://www.luoping.gov.test/web/xxgk/ndbg/", "nb_column")}


def test_2_a_more_link_of_a_row_of_boxes_has_no_heading_of_its_own() -> None:
    row = Selector(text='<div class="hd"><span>政府信息公开年报</span><span>工作动态</span>'
                        '<a href="/a/">更多</a><a href="/b/">更多</a></div>')
    assert not list(detect.navigation_links(row, ROOT))
