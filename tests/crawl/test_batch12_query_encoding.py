"""Batch 12: a URL the crawler takes from a page is sent as a browser sends it — its query in the
page's encoding (``govcrawl.crawl.urls``).  Old ASP/JSP lists write their class names raw in their
links (``ListInfo.jsp?lmmc=统计信息&curpage=2`` in a GBK page); the server compares the GBK bytes, and
the same names in UTF-8 find nothing.  Before, the crawler escaped such queries in UTF-8 (Scrapy's
default), rebuilt the page's own GBK-escaped URL through a UTF-8 decode (its class names became
U+FFFD), and so never found the parameter its pager varies.  Also: a page saved as UTF-8 with a BOM
under an old ``charset=gb2312`` meta is UTF-8 (the BOM wins), and a POST pager form goes in its
page's encoding."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from scrapy import FormRequest
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.legacy import GkmlActionSpider, page_charset
from govcrawl.crawl import pagers, urls
from govcrawl.crawl.registry import Site

HOST = "http://xxgk.wenshan.gov.test"
CLASS, KIND = "统计信息", "年报"


def gbk(text: str) -> str:
    return quote(text.encode("gbk"))


FIRST = f"{HOST}/gk/ListInfo.jsp?lmmc={gbk(CLASS)}&lx={gbk(KIND)}"
SITE = Site(id="wenshan-gk", agency="汶山县人民政府", cms="gkml_action", region="测试省汶山县", start_urls=(FIRST,),
            allowed_domains=("wenshan.gov.test",))


def _list_page(current: int = 1) -> str:
    rows = "".join(
        f'<div class="row"><span class="dot"></span><a href="ShowInfo.jsp?lm={CLASS}&amp;id={400 + y}">'
        f"汶山县{y}年政府信息公开工作年度报告</a><em>{y + 1}-02-0{y % 9 + 1}</em></div>" for y in (2023, 2022))
    pager = (f'<div class="fy">第{current}/4页 共4页 '
             f'<a href="ListInfo.jsp?lmmc={CLASS}&amp;lx={KIND}&amp;curpage={current + 1}">下一页</a> '
             f'<a href="ListInfo.jsp?lmmc={CLASS}&amp;lx={KIND}&amp;curpage=4">最后一页</a></div>')
    return ('<html><head><meta charset="gbk"><title>年报 - 汶山县信息公开</title></head><body>'
            f'<div class="lb">{rows}</div>{pager}</body></html>')


def _spider() -> Any:
    return GkmlActionSpider.from_crawler(get_crawler(GkmlActionSpider), name=SITE.id, sites=[SITE])


def _gbk_response(url: str, html: str, **meta: Any) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode("gbk"), headers={"Content-Type": "text/html"},
                        request=ScrapyRequest(url, meta={"site": SITE, **(meta or {"start_url": True})}))


def test_a_query_written_raw_in_a_gbk_page_is_escaped_in_gbk_and_its_path_in_utf8() -> None:
    base = f"{HOST}/gk/年报/ListInfo.jsp?lmmc={gbk(CLASS)}"
    assert urls.page_url(base, f"ShowInfo.jsp?lm={CLASS}&id=7", "gb2312") == (
        f"{HOST}/gk/%E5%B9%B4%E6%8A%A5/ShowInfo.jsp?lm={gbk(CLASS)}&id=7")
    assert urls.page_url(base, f"ShowInfo.jsp?lm={CLASS}", "utf-8").endswith("?lm=" + quote(CLASS))
    done = urls.page_url(base, f"ShowInfo.jsp?lm={CLASS}", "gbk")
    assert urls.escaped(done, "utf-8") == done  # an escaped URL is left as it is
    # A character the page's encoding cannot write goes as the numeric reference a browser sends;
    # a UTF-16 page's queries go in UTF-8.
    assert urls.page_url(HOST + "/", "s.asp?q=年", "cp1252") == f"{HOST}/s.asp?q=%26%2324180%3B"
    assert urls.page_url(HOST + "/", "s.asp?q=年", "utf-16le") == f"{HOST}/s.asp?q=%E5%B9%B4"


def test_the_pager_parameter_of_a_gbk_list_is_found_against_its_own_gbk_escaped_url() -> None:
    response = _gbk_response(FIRST, _list_page())
    assert pagers.link_page_parameter(response.selector, FIRST, "gb18030") == "curpage"
    pager = pagers.recognise(response.text, FIRST, "gb18030")
    assert pager.urls == [f"{FIRST}&curpage=2", f"{FIRST}&curpage=4"]


def test_a_legacy_list_schedules_its_pages_and_follows_its_entries_in_the_pages_encoding() -> None:
    out = list(_spider().parse_list(_gbk_response(FIRST, _list_page())))
    lists = [r.url for r in out if r.callback.__name__ == "parse_list"]
    assert lists == [f"{FIRST}&curpage={n}" for n in (2, 3, 4)]
    reports = [r.url for r in out if r.callback.__name__ == "parse_report_page"]
    assert reports == [f"{HOST}/gk/ShowInfo.jsp?lm={gbk(CLASS)}&id={400 + y}" for y in (2023, 2022)]
    # A later page schedules nothing more: its page parameter is read from its escaped URL.
    later = _gbk_response(f"{FIRST}&curpage=3", _list_page(3), list_url=FIRST, paged_by="family")
    assert [r for r in _spider().parse_list(later) if r.callback.__name__ == "parse_list"] == []


def test_setting_a_page_parameter_keeps_the_other_parameters_byte_for_byte() -> None:
    assert urls.with_param(FIRST, "curpage", "2") == f"{FIRST}&curpage=2"
    assert urls.with_param(f"{FIRST}&curpage=2#top", "curpage", "5") == f"{FIRST}&curpage=5"
    assert urls.query_items(f"{FIRST}&a=x+y")[b"lmmc"] == CLASS.encode("gbk")
    assert urls.query_items(f"{FIRST}&a=x+y")[b"a"] == b"x y"


def test_a_post_pager_form_of_a_gbk_page_is_submitted_in_gbk() -> None:
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
            '<ul><li><a href="view.asp?id=9">汶山县2024年政府信息公开工作年度报告</a> 2025-01-20</li></ul>'
            f'<form name="pf" method="post" action="list.asp?lm={CLASS}"><input type="hidden" name="lx" '
            f'value="{KIND}"><input type="text" name="pageno" value="1"></form>'
            "<p>共 3 页 当前第 1 页</p></body></html>")
    url = f"{HOST}/gk/list.asp?lm={gbk(CLASS)}"
    response = _gbk_response(url, html)
    pager = pagers.recognise(response.text, url, "gb18030")
    posts = [r for r in _spider().generic_pages(response, pager) if isinstance(r, FormRequest)]
    assert [r.url for r in posts] == [url, url]
    assert all(f"lx={gbk(KIND)}".encode() in r.body for r in posts)


def test_a_utf8_page_with_a_byte_order_mark_under_a_gb2312_meta_is_read_as_utf8() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
            '<div class="nr">汶山县2024年政府信息公开工作年度报告</div></body></html>')
    url = f"{HOST}/gk/ShowInfo.jsp?id=401"
    response = HtmlResponse(url, body=b"\xef\xbb\xbf" + page.encode("utf-8"), headers={"Content-Type": "text/html"},
                            request=ScrapyRequest(url, meta={"site": SITE}))
    assert page_charset(response) == "utf-8"
    decoded = _spider().decoded(response)
    assert decoded.encoding == "utf-8" and "汶山县2024年" in decoded.text


def test_a_gbk_page_under_a_gb2312_meta_keeps_the_characters_only_gbk_has() -> None:
    """GB2312 is read as its superset: 堃 (outside GB2312) survives."""
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
            "<p>堃山镇2024年政府信息公开工作年度报告</p></body></html>")
    response = _gbk_response(f"{HOST}/gk/ListInfo.jsp", page)
    assert "堃山镇" in _spider().decoded(response).text
