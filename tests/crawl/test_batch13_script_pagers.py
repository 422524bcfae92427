"""Pagers whose page URL rule is the page's own script, and pages under a ``<base href>`` (batch 13):
``javascript:goPage(n)`` links with ``function goPage(p) { location.href = '…' + p; }``, a jump
``<select>`` whose handler builds the address from its value, and option/link addresses resolved
against the document's ``<base>`` rather than the page's own URL."""

from __future__ import annotations

from govcrawl.crawl import jsexpr, pagers

JSP = "http://www.example.gov.test/web/newsList.jsp?col=77"


def jsp_page(current: int = 1) -> str:
    links = " ".join(f'<a href="javascript:toPage({n})">{n}</a>' for n in range(1, 5) if n != current)
    return (
        '<html><head><meta charset="gbk"></head><body><table class="list"><tr><td><a href="newsView.jsp?id=1">'
        "某某县2023年政府信息公开工作年度报告</a></td></tr></table>"
        f'<div class="page">共 16 条 共 4 页 第 {current} 页 <a href="javascript:toPage(2)">下一页</a> {links}</div>'
        "<script>var colId = \"77\";\nfunction toPage(n) {\n  if (n < 1) { return; }\n"
        "  window.location.href = 'newsList.jsp?col=' + colId + '&pageIndex=' + n;\n}</script></body></html>"
    )


def test_links_calling_a_page_function_follow_its_url_rule() -> None:
    pager = pagers.recognise(jsp_page(), JSP, "gbk")
    assert "script_rule" in pager.kinds
    assert pager.urls == [f"http://www.example.gov.test/web/newsList.jsp?col=77&pageIndex={n}" for n in (2, 3, 4)]


def test_no_function_in_the_page_no_url_guessed() -> None:
    page = jsp_page().replace("function toPage(n)", "function other(n)")
    assert pagers.recognise(page, JSP, "gbk").urls == []


SHTML = "http://www.example.gov.test/xxgk/nb/index.htm"


def test_select_whose_handler_builds_the_address_from_its_value() -> None:
    options = "".join(f'<option value="{i}"{" selected" if i == 0 else ""}>第{i + 1}页</option>' for i in range(3))
    page = (f'<html><body><ul class="list"><li><a href="t1.htm">报告</a></li></ul><div class="pages">共3页 '
            f"<select onchange=\"if(this.value!='0')location.href='index_'+this.value+'.htm';"
            f"else location.href='index.htm'\">{options}</select></div></body></html>")
    pager = pagers.recognise(page, SHTML)
    assert "http://www.example.gov.test/xxgk/nb/index_1.htm" in pager.urls
    assert "http://www.example.gov.test/xxgk/nb/index_2.htm" in pager.urls


def test_select_option_urls_resolve_against_the_base_href() -> None:
    options = "".join(f'<option value="nb/{"index.htm" if i == 0 else f"index_{i}.htm"}">第{i + 1}页</option>'
                      for i in range(3))
    page = ('<html><head><base href="http://www.example.gov.test/xxgk/"></head><body>'
            '<table><tr><td><a href="nb/202401/t1.htm">报告</a></td></tr></table>'
            f'共9条记录 分3页 当前第1页 <select name="p" onchange="location.href=this.value">{options}</select>'
            "</body></html>")
    pager = pagers.recognise(page, SHTML)
    assert pager.urls == ["http://www.example.gov.test/xxgk/nb/index_1.htm",
                          "http://www.example.gov.test/xxgk/nb/index_2.htm"]


def test_text_joined_with_a_number_is_a_text() -> None:
    assert jsexpr.evaluate("'list.jsp?page=' + p", names={"p": 3}, joins=True) == "list.jsp?page=3"
    assert jsexpr.evaluate("'index_' + (n - 1) + '.htm'", names={"n": 2}, joins=True) == "index_1.htm"
    assert jsexpr.evaluate("'12' + 1", joins=True) is None  # a numeric text plus a number: left unread
    assert jsexpr.evaluate("'list_' + 2") is None  # counts: no coercion


def test_page_parameter_of_links_calling_a_page_function() -> None:
    from parsel import Selector

    assert pagers.link_page_parameter(Selector(text=jsp_page()), JSP, "gbk") == "pageIndex"
