"""Batch 29's class: a gkmlpt variant's list API names its rows ``list`` (not ``articles``) and declares
its sizes in a pager object beside them (``{"code": 200, "data": {"list": [...], "pager": {"count": 7,
"pages": 2, "size": 4, "current": 1}}}``).  The rows are read under any of the names list APIs give them
(``gkmldata.ROW_KEYS``), the sizes wherever they are beside the rows.  Shapes here unlike the batch's."""

from __future__ import annotations

import json

from govcrawl.crawl.gkmldata import api_page

ROW = {"id": 9, "title": "岚溪县2024年政府信息公开工作年度报告", "url": "/gkmlpt/content/1/1/post_9.html"}


def test_rows_under_another_name_with_their_sizes_in_a_pagination_object() -> None:
    page = api_page(json.dumps({"success": True, "result": {"records": [ROW] * 4,
                                                            "pagination": {"total": 9, "pageSize": 4, "pageNo": 1}}}))
    assert page.articles == [ROW] * 4
    assert (page.declared.records, page.declared.size, page.declared.current) == (9, 4, 1)
    page = api_page(json.dumps({"rows": [ROW], "total": "1"}))
    assert page.articles == [ROW] and page.declared.records == 1


def test_an_answer_with_no_row_array_or_an_error_is_still_no_list() -> None:
    assert api_page(json.dumps({"code": 200, "data": {"menu": {"id": 1}}})).articles is None
    assert api_page(json.dumps({"code": 500, "data": {"list": []}, "msg": "系统繁忙"})).articles is None
    assert api_page(json.dumps({"code": 0, "data": {"list": []}, "total": 0})).articles == []


def test_a_column_tree_in_a_script_s_hand_written_settings() -> None:
    # Batch 29: the shell's settings are a constructor's literal, keys unquoted (not the config's JSON).
    from govcrawl.crawl.gkmldata import column_tree, tree_columns

    page = ("<script>window.GK_CONF = {siteId: '10023', size: 10, tree: [{id: 77, name: '政务公开', children: "
            "[{id: 78, name: '政府信息公开年报', children: [{id: 79, name: '2024年度'}, "
            "{id: 80, name: '2023年度'}]}]}]};</script>")
    assert tree_columns(page) == ["78"]
    assert column_tree(page)["78"] == [["79", "2024年度"], ["80", "2023年度"]]
    # a piece the script computes is not guessed: no tree
    assert column_tree(page.replace("id: 80", "id: base + 3")) == {}
