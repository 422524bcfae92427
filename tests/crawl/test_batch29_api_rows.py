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
