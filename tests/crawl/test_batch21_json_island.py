"""Batch 21: a list whose rows and counts are a JSON data island in the page — a Vue/Nuxt app's
``window.__INITIAL_STATE__ = {…}``, a ``<script type="application/json">`` block read by ``JSON.parse``
— rendered by the page's own script, which also writes the pager in a loop over the island's counts
(``for (n = 1; n <= st.column.paging.totalPages; n++)``).  The pages are the ones that loop writes (the
page's own naming, not a family's convention), the declared records are the island's, and the entries
are the island's objects, classified by title like any other list's (a decoy stays out)."""

from __future__ import annotations

import json

from parsel import Selector

from govcrawl.crawl import islands, pagers
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.entries import script_entries

COLUMN = "http://www.qingshui.gov.test/xxgk/ndbg/"

_ARTICLES = [
    {"articleId": 88121, "articleTitle": "清水县人民政府2024年政府信息公开工作年度报告",
     "linkUrl": "/xxgk/ndbg/art/2025/1/20/art_3312_88121.html", "pubDate": "2025-01-20"},
    {"articleId": 88107, "articleTitle": "清水县2024年度法治政府建设情况报告",
     "linkUrl": "/xxgk/ndbg/art/2025/1/15/art_3312_88107.html", "pubDate": "2025-01-15"},
    {"articleId": 80415, "articleTitle": "清水县人民政府2023年政府信息公开工作年度报告",
     "linkUrl": "/xxgk/ndbg/art/2024/1/22/art_3312_80415.html", "pubDate": "2024-01-22"},
]


def _nuxt_page() -> str:
    state = {"route": {"path": "/xxgk/ndbg/"},
             "column": {"columnName": "政府信息公开年度报告",
                        "paging": {"totalRecords": 9, "totalPages": 3, "curPage": 1}, "articles": _ARTICLES}}
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告 - 清水县人民政府</title></head><body>'
            '<div id="app"><div class="crumbs">首页 / 信息公开 / 年度报告</div><ul class="art-list"></ul>'
            '<div class="pg"></div></div>'
            f'<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>'
            "<script>\n  var st = window.__INITIAL_STATE__;\n  var html = '';\n"
            "  for (var n = 1; n <= st.column.paging.totalPages; n++) {\n"
            "    var href = n == 1 ? 'index.shtml' : 'index_' + (n - 1) + '.shtml';\n"
            "    html += n == st.column.paging.curPage ? '<span>' + n + '</span>' : '<a href=\"' + href + '\">' + n + "
            "'</a>';\n  }\n  document.querySelector('.pg').innerHTML = html;\n</script></body></html>")


def test_a_state_islands_pager_loop_names_the_pages_and_the_island_declares_the_records() -> None:
    page = _nuxt_page()
    pager = pagers.recognise(page, COLUMN + "index.shtml")
    assert pager.urls == [COLUMN + "index_1.shtml", COLUMN + "index_2.shtml"]
    assert (pager.pages, pager.records, pager.current) == (3, 9, 1)


def test_a_state_islands_entries_are_read_and_classified_by_title() -> None:
    entries = dict(script_entries(Selector(text=_nuxt_page())))
    assert set(entries) == {a["linkUrl"] for a in _ARTICLES}
    reports = {href for href, title in entries.items() if is_report_title(title)}
    assert reports == {_ARTICLES[0]["linkUrl"], _ARTICLES[2]["linkUrl"]}  # the 法治政府 report stays out


def _json_block_page(script_writes_pages: bool = True) -> str:
    data = {"meta": {"catalog": "zfxxgknb"}, "pager": {"total": 7, "size": 3, "pages": 3, "index": 1},
            "rows": [{"t": "城北街道办事处2024年政府信息公开工作年度报告", "u": "./content/post_1173.html"}]}
    loop = ("  for (let p = 1; p <= state.pager.pages; p++) {\n"
            "    links.push('<a href=\"list' + (p > 1 ? '-' + p : '') + '.htm\">' + p + '</a>');\n  }\n"
            if script_writes_pages else "")
    return ('<html><head><meta charset="utf-8"></head><body><div class="list-box"><ul id="rows"></ul>'
            '<p class="pages"></p></div>'
            f'<script type="application/json" id="__listState">{json.dumps(data, ensure_ascii=False)}</script>'
            "<script>\n  const state = JSON.parse($('#__listState').html());\n  const links = [];\n"
            f"{loop}  $('.pages').html(links.join(''));\n</script></body></html>")


def test_a_json_blocks_counts_page_by_the_loop_the_page_writes_them_in() -> None:
    """``JSON.parse($('#__listState').html())``: the block's ``pager`` object read under the script's
    name for it, its pages named as the loop names them (``list-2.htm``), not by a family's convention."""
    url = "http://jd.chengbei.gov.test/gk/nb/list.htm"
    pager = pagers.recognise(_json_block_page(), url)
    assert pager.urls == ["http://jd.chengbei.gov.test/gk/nb/list-2.htm", "http://jd.chengbei.gov.test/gk/nb/list-3.htm"]
    assert (pager.pages, pager.records) == (3, 7)


def test_a_json_block_whose_script_writes_no_pager_still_declares_its_count() -> None:
    """No loop, no naming rule in the page: no page is guessed, the declared count stays (a short
    list is then stated)."""
    pager = pagers.recognise(_json_block_page(script_writes_pages=False), "http://jd.chengbei.gov.test/gk/nb/list.htm")
    assert pager.urls == []
    assert (pager.pages, pager.records) == (3, 7)


def test_bindings_are_bounded_and_name_only_identifier_keys() -> None:
    page = ('<script type="application/json" id="d">{"a-b": 1, "ok": {"n": 2, "s": "x\\"y"}}</script>'
            "<script>var v = JSON.parse(document.getElementById('d').textContent);</script>")
    assert islands.bindings(Selector(text=page)) == "v.ok.n = 2;"
    huge = '<script type="application/json" id="d">[' + ",".join(["1"] * 300_000) + "]</script>"
    assert islands.islands(Selector(text=huge)) == []
