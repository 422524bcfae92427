"""Issue 12, the classes of blind round 36 — each written on markup unlike the batch portal that showed it:

1. a pager call written over several lines with a comment beside each argument (``3,  // 总页数``, ``0, // 当前页
   (从0开始)``): the comments are no part of the arguments, and a bracket or a comma inside one is neither
   (before: the call's arguments did not resolve, "its pager … sets none", 2 of 8 reports, stated);
2. a pager whose next link is only a picture (``<a href="…PageFirstRow=5…"><img alt="下一页"></a>``, SharePoint's
   list view) is followed as its words would be (before: 1 of 7 reports, and silence — "1 - 4" declares no
   total).
"""

from __future__ import annotations

from govcrawl.crawl import jsexpr, pagers


# -- 1. comments beside a call's arguments -----------------------------------------------------------
def test_comments_beside_a_call_s_arguments_are_no_part_of_them() -> None:
    url = "http://www.boxi.gov.test/xxgk/nb/index.html"
    call = ('<script>\ncreatePageHTML(\n    4,      // 总页数, 共4页\n    0,      /* 当前页(从0开始) */\n'
            '    "index",  // 文件名\n    "html"    // 后缀\n);\n</script>')
    pager = pagers.trs_script(call, url)
    assert pager.pages == 4
    assert pager.urls == [f"http://www.boxi.gov.test/xxgk/nb/index_{n}.html" for n in (1, 2, 3)]
    # A string that holds "//" is a string, not a comment.
    assert [args for _start, args in jsexpr.call_arguments('go("http://a.test/x", 2) // 跳转', "go")] == [
        ['"http://a.test/x"', "2"]]
    assert jsexpr.without_comments('a = "//b"; /* c */ d // e') == 'a = "//b";  d '


# -- 2. a next link that is only a picture -------------------------------------------------------------
def test_a_next_link_that_is_only_a_picture_is_followed() -> None:
    url = "http://jtj.boxi.gov.test/gk/Lists/nb/AllItems.aspx"
    page = ('<html><body><table class="lv"><tr><td><a href="DispForm.aspx?ID=3">'
            '博溪县交通运输局2024年政府信息公开工作年度报告</a></td></tr></table><table class="paging"><tr>'
            '<td class="pg">1 - 4</td><td><a href="AllItems.aspx?Paged=TRUE&amp;p_ID=3&amp;PageFirstRow=5">'
            '<img src="/_layouts/images/next.gif" alt="下一页"></a></td>'
            '</tr></table></body></html>')
    pager = pagers.recognise(page, url)
    assert pager.urls == ["http://jtj.boxi.gov.test/gk/Lists/nb/AllItems.aspx?Paged=TRUE&p_ID=3&PageFirstRow=5"]
    # A picture that says nothing of paging is no pager link.
    logo = page.replace('alt="下一页"', 'alt="交通运输局标志"')
    assert pagers.recognise(logo, url).urls == []
