"""Issue 12, the class of held-out round 21's false "unit's own 年报 list" — written on markup unlike the
batch portal's (a 开普云-like and a legacy county's 年报 list):

1. a list table whose 发布单位 / 信息来源 column (or a row's "来源：" label) links the unit that published
   the row's report (its home or column page): that cell is the row's publisher, not a 部门年报 hub's
   tile leading to the unit's own list — no list is stated unread for it;
2. a site's navigation bar (beside its 首页 link) with a "部门导航" jump menu, on every page of the
   portal: its options are the site's departments, not the units of the 年报 page it sits on;
3. real hubs keep their units: a grid of unit tiles, a hub's jump menu in its content.
"""

from __future__ import annotations

from typing import Any

from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.kaipu import KaipuSpider
from govcrawl.crawl import hubunits
from govcrawl.crawl.registry import Site

SITE = Site(id="heqiao-gov", agency="禾桥县人民政府", cms="kaipu", region="测试省禾桥县",
            start_urls=("http://www.heqiao.gov.test/zwgk/gknb/index.shtml",), allowed_domains=("heqiao.gov.test",))
LIST = SITE.start_urls[0]

_UNITS = (("禾桥县教育局", "/jyj/"), ("禾桥县民政局", "/col/col2231/index.html"), ("禾桥县人民政府", "/zwgk/"))


def _table() -> str:
    title = "2024年政府信息公开工作年度报告"
    rows = "".join(f'<tr class="r"><td class="bt"><a href="/zwgk/gknb/{2400 + k}.shtml" title="{u}{title}">'
                   f'{u}{title}</a></td><td class="ly"><a href="{h}" target="_blank">{u}</a></td>'
                   f'<td>2025-01-1{k}</td></tr>' for k, (u, h) in enumerate(_UNITS))
    return ('<html><head><meta name="ColumnName" content="政府信息公开年报"><title>政府信息公开年报_禾桥县人民政府'
            '</title></head><body><div id="UCAP-CONTENT"></div><table class="lb"><thead><tr><td>标题</td>'
            f'<td>信息来源</td><td>发布日期</td></tr></thead><tbody>{rows}</tbody></table></body></html>')


def _labelled() -> str:
    items = "".join(f'<li><a href="/zwgk/gknb/{2400 + k}.shtml">{u}2024年政府信息公开工作年度报告</a><div class="info">'
                    f'发布机构：<a href="{h}">{u}</a> 日期：2025-01-1{k}</div></li>' for k, (u, h) in enumerate(_UNITS))
    return ('<html><head><title>政府信息公开年报</title></head><body><h2>政府信息公开年报</h2>'
            f'<ul class="news">{items}</ul></body></html>')


_NAV_MENU = ('<html><head><title>政府信息公开年报 - 禾桥县人民政府</title></head><body><div class="topnav">'
             '<a href="/index.html">首页</a><a href="/zwgk/">政务公开</a><a href="/hdjl/">互动交流</a>'
             '<select onchange="if(this.value)location.href=this.value"><option value="">部门导航</option>'
             '<option value="/bm/jyj/">县教育局</option><option value="/bm/mzj/">县民政局</option></select></div>'
             '<ul class="list"><li><a href="/zwgk/gknb/2401.shtml">禾桥县2024年政府信息公开工作年度报告</a>'
             '<span>2025-01-15</span></li></ul></body></html>')


def _spider() -> Any:
    return KaipuSpider.from_crawler(get_crawler(KaipuSpider), name=SITE.id, sites=[SITE])


def _parse(spider: Any, html: str) -> None:
    response = HtmlResponse(LIST, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(LIST, meta={"site": SITE, "start_url": True}))
    list(spider.parse_list(response))


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_publisher_column_s_links_are_no_units_lists() -> None:
    for html in (_table(), _labelled()):
        assert hubunits.unit_lists(Selector(text=html), False, LIST) == []
        spider = _spider()
        _parse(spider, html)
        assert not spider.coverage_of(SITE).lists_unread


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_the_site_navigation_bar_s_jump_menu_is_no_hub_s() -> None:
    assert hubunits.unit_lists(Selector(text=_NAV_MENU), False, LIST) == []
    spider = _spider()
    _parse(spider, _NAV_MENU)
    assert not spider.coverage_of(SITE).lists_unread


# -- 3 -----------------------------------------------------------------------------------------------
def test_3_real_hubs_keep_their_units() -> None:
    grid = "".join(f'<a href="{h}nb/"><img src="/i/{k}.png"><p>{u}</p></a>' for k, (u, h) in enumerate(_UNITS[:2]))
    tiles = ('<html><head><title>部门政府信息公开年报</title></head><body><div class="crumb">当前位置：'
             f'<a href="/">首页</a></div><div class="grid">{grid}</div></body></html>')
    units = {u for _h, u in hubunits.unit_lists(Selector(text=tiles), False, LIST)}
    assert units == {"禾桥县教育局", "禾桥县民政局"}
    menu = ('<html><head><title>部门年报</title></head><body><div class="crumb"><a href="/">首页</a> &gt; '
            '部门年报</div><div class="bmnb"><h3>部门政府信息公开工作年度报告</h3><p>请选择单位：</p><select id="dw" '
            'onchange="window.location.href=this.value"><option value="">请选择</option><option '
            'value="/bm/jyj/nb/">县教育局</option><option value="/bm/mzj/nb/">县民政局</option></select></div>'
            '</body></html>')
    assert len(hubunits.unit_lists(Selector(text=menu), False, LIST)) == 2
