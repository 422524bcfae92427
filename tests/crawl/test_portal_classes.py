"""Issue 12, the held-out classes: kinds of portal the crawler missed on the unseen province's
held-out batch, each tested as a class — recognisers on markup written unlike those portals, and
crawls of five small portals written here (other sites of the same families):

* 青溪县 (TRS classic) — a 年报 column that is a box of sub-columns (``2024/``, ``2023/``,
  ``xzjd/``); the 乡镇 sub-column pages with the 4-argument pager inside an HTML comment;
* 白沙市 (TRS 海云) — the list written from a script's array (``var listData = [{title:'…',
  url:'…'}]``, unquoted keys, single quotes), 6-argument pager;
* 南浦区 (gkmlpt) — registered without a ``#column``: the 年报 column is a node of the column tree
  in the shell's config, the list API wants the shell's cookie;
* 金川市 (区县年报 hub) — year tabs (``nb_2024/`` ↔ ``nb_2023/``), a table whose cells say only
  "2024年" under a 政府信息公开年报 header, each district on its own sub-host;
* 金川市水利局 on the province's 信息公开 platform (TRS) — a list of ``<dl><dt><a>`` rows.

Each portal is crawled twice from plain registry entries: with its family named, and ``cms: auto``.
"""

from __future__ import annotations

import dataclasses
import json
import random
import subprocess
import sys
from html import escape
from typing import Any
from urllib.parse import urljoin

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from govcrawl.bases.hub import HubSpider
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.detect import column_lists, sub_columns, year_tabs
from govcrawl.crawl.entries import column_header, count_entries, entry_title, script_entries
from govcrawl.crawl.gkmldata import tree_columns
from govcrawl.crawl.registry import Site
from govcrawl.province.server import ProvinceServer, Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.store.models import Agency, Report
from tests.conftest import ROOT

TABLE = '<table border="1" cellspacing="0">'


# -- recognisers ---------------------------------------------------------------------------------
def test_entries_written_from_a_script_array_whatever_the_keys() -> None:
    page = Selector(text="""<html><body><div class="news"><ul id="box"></ul></div>
<script type="text/javascript">
var navData = [{name: '首页', id: 1}, {name: '政务公开', id: 2}];
var listData = [{title:'青溪县2023年政府信息公开工作年度报告', url:'./202401/t20240126_301.html', time:'2024-01-26'},
  {title:'青溪县2023年政府信息公开工作年度报告解读', url:'./202402/t20240202_302.html', time:'2024-02-02'}];
var more = [{"docTitle": "青溪县2022年政府信息公开工作年度报告", "docPubTime": "2023-01-30",
             "docUrl": "/xxgk/nb/202301/t20230130_207.html"}];
for (var i = 0; i < listData.length; i++) { $('#box').append('<li>' + listData[i].title + '</li>'); }
</script></body></html>""")
    found = list(script_entries(page))
    assert found == [("./202401/t20240126_301.html", "青溪县2023年政府信息公开工作年度报告"),
                     ("./202402/t20240202_302.html", "青溪县2023年政府信息公开工作年度报告解读"),
                     ("/xxgk/nb/202301/t20230130_207.html", "青溪县2022年政府信息公开工作年度报告")]
    assert count_entries(page) == 3  # the nav array has no URLs: not entries
    assert [is_report_title(t) for _, t in found] == [True, False, True]


def test_sub_columns_are_index_pages_one_directory_down() -> None:
    page = Selector(text="""<html><body><div class="crumb"><a href="../index.html">信息公开</a></div>
<div class="lm"><a href="2024/index.html">2024年</a> <a href="2023/">2023年</a> <a href="xzjd/index.html">乡镇街道</a>
<a href="./202401/t20240120_11.html">青溪县2023年报</a> <a href="index_1.html">下一页</a>
<a href="2024/sub/index.html">深层</a> <a href="http://www.other.gov.test/xxgk/gknb/2022/index.html">外站</a></div>
</body></html>""")
    found = sub_columns(page, "http://www.qingxi.gov.test/xxgk/gknb/index.html")
    assert found == [("http://www.qingxi.gov.test/xxgk/gknb/2024/index.html", "2024年"),
                     ("http://www.qingxi.gov.test/xxgk/gknb/2023/", "2023年"),
                     ("http://www.qingxi.gov.test/xxgk/gknb/xzjd/index.html", "乡镇街道")]


def test_which_sub_columns_are_other_lists_of_the_column() -> None:
    """All of a 年报 box's sub-columns; a list's year-named ones only; a home page's sections never."""
    links = ('<a href="2024/index.html">2024年</a><a href="xzjd/index.html">乡镇街道</a>'
             '<a href="bmnb/">部门年报</a><a href="xwzx/index.html">新闻中心</a>')
    base = "http://www.qingxi.gov.test/xxgk/gknb/index.html"
    box = Selector(text=f"<html><head><title>政府信息公开年报</title></head><body>{links}</body></html>")
    home = Selector(text=f"<html><head><title>青溪县人民政府</title></head><body>{links}</body></html>")
    every = [urljoin(base, h) for h in ("2024/index.html", "xzjd/index.html", "bmnb/", "xwzx/index.html")]
    assert column_lists(box, base, shows_reports=False) == every
    assert column_lists(box, base, shows_reports=True) == [every[0], every[2]]
    assert column_lists(home, base, shows_reports=False) == [every[0], every[2]]


def test_year_tabs_are_the_same_page_of_another_year() -> None:
    page = Selector(text="""<html><body><ul class="tab"><li><a href="../nb_2024/">2024年</a></li>
<li><a href="../2023n/">2023年</a></li><li><a href="../zcwj/">政策文件</a></li>
<li><a href="../nb_2022/index.html">2022年</a></li></ul></body></html>""")
    url = "http://www.jinchuan.gov.test/zwgk/qxnb/nb_2024/"
    assert year_tabs(page, url) == ["http://www.jinchuan.gov.test/zwgk/qxnb/2023n/"]
    assert year_tabs(page, "http://www.jinchuan.gov.test/zwgk/qxnb/index.html") == []  # no year in the URL


def test_cells_of_a_nianbao_matrix_are_completed_from_their_column_header() -> None:
    page = Selector(text="""<html><body><table class="nb">
<thead><tr><td>序号</td><td>单位</td><td>2024年度</td><td>2023年度</td></tr></thead>
<tr><td>1</td><td>金川市水利局</td><td><a href="/a.html">年度报告</a></td><td><a href="/b.pdf">年度报告</a></td></tr>
</table><table><tr><th>区县</th><th>政府信息公开年报</th></tr>
<tr><td>金北区</td><td><a href="http://a.jinchuan.gov.test/1.html">2024年</a> <a href="/jd.html">解读</a></td></tr>
</table><ul><li><a href="/c.html">2024年</a></li></ul></body></html>""")
    titles = {link.attrib["href"]: entry_title(link) for link in page.css("a")}
    assert titles["/a.html"] == "金川市水利局 2024年度 年度报告"
    assert titles["/b.pdf"] == "金川市水利局 2023年度 年度报告"
    assert titles["http://a.jinchuan.gov.test/1.html"] == "金北区 2024年 政府信息公开年报"
    assert titles["/c.html"] == "2024年"  # not in a table: nothing to complete it from
    assert [is_report_title(t) for t in titles.values()] == [True, True, True, False, False]
    assert column_header(page.css("a")[0]) == "2024年度"


def test_hub_follows_a_departments_list_link_and_year_tabs_of_a_matrix() -> None:
    """A 部门年报 table whose list link says only "进入栏目" under a "年度报告" header is still a list
    link (its own text, not the title completed from its column), and the page's year tabs are lists."""
    site = Site(id="jinchuan-bmnb", agency="金川市人民政府", cms="hub", region="测试省金川市",
                start_urls=("http://www.jinchuan.gov.test/zwgk/bmnb/2024/index.html",),
                allowed_domains=("jinchuan.gov.test",))
    hub = HubSpider.from_crawler(get_crawler(HubSpider), name="jinchuan-bmnb", sites=[site])
    html = ('<html><head><title>部门年报</title></head><body><div class="tab"><a href="../2023/index.html">2023年</a>'
            '</div><table><tr><th>部门</th><th>年度报告</th></tr>'
            '<tr><td>金川市林业局</td><td><a href="http://lyj.jinchuan.gov.test/xxgk/nb/">进入栏目</a></td></tr>'
            '<tr><td>金川市财政局</td><td><a href="/zwgk/bmnb/2024/202501/t20250120_1.html">2024年度</a></td></tr>'
            "</table></body></html>")
    url = site.start_urls[0]
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    out = {r.url: r for r in hub.parse_list(response) if isinstance(r, ScrapyRequest)}
    assert out["http://lyj.jinchuan.gov.test/xxgk/nb/"].meta["list_owner"] == "金川市林业局"
    assert out["http://www.jinchuan.gov.test/zwgk/bmnb/2023/index.html"].callback == hub.parse_list
    report = out["http://www.jinchuan.gov.test/zwgk/bmnb/2024/202501/t20250120_1.html"]
    assert report.callback == hub.parse_report_page
    assert report.cb_kwargs["title"] == "金川市财政局 2024年度 年度报告"


def test_hub_reads_a_cell_that_says_only_chakan_under_a_years_column_as_that_years_report() -> None:
    """"查看" is also how a unit × year 年报 matrix links a report: under a year's column it is that
    unit's report of the year (a file or a page), never a list to page through."""
    site = Site(id="baisha-bmnb", agency="白沙县人民政府", cms="hub", region="测试省白沙县",
                start_urls=("http://www.baisha.gov.test/xxgk/bmxznb/index.html",),
                allowed_domains=("baisha.gov.test",))
    hub = HubSpider.from_crawler(get_crawler(HubSpider), name="baisha-bmnb", sites=[site])
    html = ('<html><head><title>部门、乡镇政府信息公开年度报告</title></head><body>'
            '<table><thead><tr><td>单位</td><td>2024年</td><td>2023年</td></tr></thead>'
            '<tr><td>白沙县水利局</td><td><a href="/files/2025/0120/slj2024.pdf">查看</a></td>'
            '<td><a href="/xxgk/bmxznb/202401/t20240125_9.html">查看</a></td></tr>'
            '<tr><td>白沙县农业农村局</td><td><a href="http://nyj.baisha.gov.test/nb/">进入栏目</a></td><td></td></tr>'
            "</table></body></html>")
    url = site.start_urls[0]
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    out = {r.url: r for r in hub.parse_list(response) if isinstance(r, ScrapyRequest)}
    for path in ("/files/2025/0120/slj2024.pdf", "/xxgk/bmxznb/202401/t20240125_9.html"):
        request = out["http://www.baisha.gov.test" + path]
        assert request.callback != hub.parse_list, path
        assert "白沙县水利局" in request.cb_kwargs["title"]
    assert out["http://nyj.baisha.gov.test/nb/"].callback == hub.parse_list


def test_gkmlpt_column_tree_names_the_nianbao_column() -> None:
    shell = ('<script>var config = {"sid": "755100", "siteName": "南浦区", "TREE": [{"id": 11, "name": "机构信息", '
             '"children": []}, {"id": 20, "name": "政府信息公开", "children": [{"id": 21, "name": "政府信息公开指南"}, '
             '{"id": 27, "name": "政府信息公开年度报告", "children": []}]}]};</script>')
    assert tree_columns(shell) == ["27"]
    assert tree_columns("<script>var config = {TREE: 'none'};</script>") == []


# -- crawls ---------------------------------------------------------------------------------------
def _page(title: str, body: str, metas: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8">{metas}<title>{escape(title)}</title></head><body>'
            f'<div class="top"><a href="/">首页</a></div>{body}<div class="foot">网站标识码：9902000001</div>'
            "</body></html>")


class _Portal(UnseenPortal):
    site = ""

    def article(self, host: str, path: str, doc: Any, agency: str | None = None) -> str:
        content = body_html(doc, plain_para, plain_cell, TABLE)
        url = self.put(host, path, _page(doc.title, f"<h1>{escape(doc.title)}</h1><div class='TRS_Editor'>{content}"
                                                    "</div>", f'<meta name="ArticleTitle" content="{doc.title}">'))
        self.report(self.site, url, dataclasses.replace(doc, agency_name=agency) if agency else doc)
        return url

    def notice(self, host: str, path: str, title: str, place: str, year: int) -> str:
        body = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, place, year, self.rng))
        url = self.put(host, path, _page(title, f"<h1>{escape(title)}</h1>{body}"))
        self.decoy(self.site, url, title)
        return url


class SubColumnCounty(_Portal):
    """青溪县: a 年报 column of sub-columns; the 乡镇 one paged by a commented 4-argument pager."""

    hosts = ("www.qingxi.gov.test",)
    site = "qingxi-gov"
    ROOT = "/xxgk/gknb/"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        host = self.hosts[0]
        columns: dict[str, list[tuple[str, str]]] = {"2024/": [], "2023/": [], "xzjd/": []}
        for n, year in enumerate((2024, 2023)):
            doc = make_doc(self.rng, "青溪县人民政府", year, f"{year + 1}-01-2{n}")
            href = f"./{year + 1}01/t{year + 1}012{n}_{500 + n}.html"
            self.article(host, f"{self.ROOT}{year}/{href[2:]}", doc)
            columns[f"{year}/"].append((href, doc.title))
            title = f"青溪县{year}年政府信息公开工作年度报告解读"
            decoy = f"./{year + 1}02/t{year + 1}0203_{600 + n}.html"
            self.notice(host, f"{self.ROOT}{year}/{decoy[2:]}", title, "青溪县", year)
            columns[f"{year}/"].append((decoy, title))
        for n, town in enumerate(("青溪县城关镇人民政府", "青溪县白石乡人民政府", "青溪县河口镇人民政府")):
            doc = make_doc(self.rng, town, 2024, "2025-01-15")
            href = f"./202501/t20250115_{700 + n}.html"
            self.article(host, f"{self.ROOT}xzjd/{href[2:]}", doc)
            columns["xzjd/"].append((href, doc.title))
        for col, rows in columns.items():
            pages = [rows[i: i + 2] for i in range(0, len(rows), 2)]
            for index, chunk in enumerate(pages):
                cells = "".join(f'<tr><td height="25"><a href="{h}" title="{escape(t)}">{escape(t[:12])}…</a></td>'
                                f'<td width="80">2025-01-15</td></tr>' for h, t in chunk)
                pager = ('<script type="text/javascript"><!--\n'
                         f'createPageHTML({len(pages)}, {index}, "index", "html");\n// --></script>'
                         if len(pages) > 1 else "")
                name = "index.html" if index == 0 else f"index_{index}.html"
                self.put(host, f"{self.ROOT}{col}{name}", _page("年报", f"<table>{cells}</table>{pager}"))
        box = ('<div class="crumb"><a href="../index.html">政府信息公开</a></div><div class="lm">'
               '<a href="2024/index.html">2024年</a><a href="2023/index.html">2023年</a>'
               '<a href="xzjd/index.html">乡镇街道</a></div>')
        self.put(host, f"{self.ROOT}index.html", _page("政府信息公开年报", box))


class ScriptListCity(_Portal):
    """白沙市: the list written from ``var listData = [{title:'…', url:'…', time:'…'}]``."""

    hosts = ("www.baisha.gov.test",)
    site = "baisha-gov"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        host = self.hosts[0]
        rows: list[tuple[str, str, str]] = []
        for n, year in enumerate((2024, 2023, 2022)):
            doc = make_doc(self.rng, "白沙市人民政府", year, f"{year + 1}-01-1{n}")
            href = f"./{year + 1}01/t{year + 1}011{n}_{8100 + n}.shtml"
            self.article(host, f"/zwgk/xxgknb/{href[2:]}", doc)
            rows.append((doc.title, href, f"{year + 1}-01-1{n}"))
        for n, title in enumerate(("图解白沙市2024年政府信息公开工作年度报告", "白沙市2025年政务公开工作要点")):
            href = f"./202502/t2025021{n}_{8200 + n}.shtml"
            self.notice(host, f"/zwgk/xxgknb/{href[2:]}", title, "白沙市", 2024)
            rows.append((title, href, f"2025-02-1{n}"))
        pages = [rows[i: i + 3] for i in range(0, len(rows), 3)]
        for number, chunk in enumerate(pages, start=1):
            data = ", ".join(f"{{title:'{t}', url:'{h}', time:'{d}'}}" for t, h, d in chunk)
            script = (f"<script>var listData = [{data}];\nvar s = '';\n"
                      "for (var i = 0; i < listData.length; i++) { s += '<li><a href=\"' + listData[i].url + '\">' + "
                      "listData[i].title + '</a></li>'; }\ndocument.getElementById('box').innerHTML = s;</script>")
            pager = (f"<div id='pagediv'></div><script>createPageHTML('pagediv', {len(pages)}, {number}, 'index', "
                     f"'shtml', {len(rows)});</script>")
            name = "index.shtml" if number == 1 else f"index_{number}.shtml"
            self.put(host, f"/zwgk/xxgknb/{name}", _page("年报", f"<ul id='box'></ul>{script}{pager}"))


class TreeGkmlpt(_Portal):
    """南浦区: gkmlpt registered without a column; the column tree is in the shell's config."""

    hosts = ("www.nanpu.gov.test",)
    site = "nanpu-gov"
    COLUMN = 27

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        host = self.hosts[0]
        self.rows: list[dict[str, Any]] = []
        for n, (agency, year) in enumerate((("临江市南浦区人民政府", 2024), ("临江市南浦区人民政府", 2023),
                                            ("临江市南浦区教育局", 2024))):
            doc = make_doc(self.rng, agency, year, f"{year + 1}-01-2{n}")
            url = self.article(host, f"/gkmlpt/content/1/{n}/post_{3300 + n}.html", doc)
            self.rows.append({"id": 3300 + n, "title": doc.title, "url": url, "date": f"{year + 1}-01-2{n}"})
        title = "临江市南浦区2024年法治政府建设年度报告"
        url = self.notice(host, "/gkmlpt/content/1/9/post_3399.html", title, "南浦区", 2024)
        self.rows.append({"id": 3399, "title": title, "url": url, "date": "2025-03-01"})
        self.route(host, "/gkmlpt/index", self.shell)
        self.route(host, f"/gkmlpt/api/all/{self.COLUMN}", self.api)

    def shell(self, request: Request) -> Response:
        tree = [{"id": 11, "name": "机构信息", "children": []},
                {"id": 20, "name": "政府信息公开", "children": [{"id": 21, "name": "政府信息公开指南", "children": []},
                                                          {"id": self.COLUMN, "name": "政府信息公开年度报告",
                                                           "children": []}]}]
        html = _page("南浦区政府信息公开目录", "<div id='app'></div><script>var config = "
                     + json.dumps({"sid": "755100", "TREE": tree}, ensure_ascii=False) + ";</script>")
        return Response(200, html.encode(), "text/html; charset=utf-8",
                        {"Set-Cookie": "gkmlfront_session=abc123; path=/"})

    def api(self, request: Request) -> Response:
        if "gkmlfront_session" not in request.headers.get("cookie", ""):
            return Response(403, b'{"message":"forbidden"}', "application/json")
        data = {"total": len(self.rows), "articles": self.rows}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")


class YearTabHub(_Portal):
    """金川市: district 年报 by year tabs, cells saying only "2024年" under the report header."""

    hosts = ("www.jinchuan.gov.test", "jb.jinchuan.gov.test", "jn.jinchuan.gov.test")
    site = "jinchuan-qxnb"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        www = self.hosts[0]
        for year in (2024, 2023):
            rows = []
            for n, (district, host) in enumerate((("金北区", self.hosts[1]), ("金南区", self.hosts[2]))):
                doc = make_doc(self.rng, f"{district}人民政府", year, f"{year + 1}-01-1{n}")
                url = self.article(host, f"/xxgk/nb/{year}/{n}.html", doc, agency=f"金川市{district}人民政府")
                extra = ""
                if n == 0:
                    extra = (' <a href="' + self.notice(host, f"/xxgk/nb/{year}/jd.html", f"{district}{year}年年报解读",
                                                        district, year) + '">解读</a>')
                rows.append(f'<tr><td>{n + 1}</td><td>{district}</td><td><a href="{url}">{year}年</a>{extra}</td></tr>')
            tabs = "".join(f'<a href="../nb_{y}/">{y}年</a>' for y in (2024, 2023))
            self.put(www, f"/zwgk/qxnb/nb_{year}/index.html",
                     _page("区县年报", f'<div class="tab">{tabs}</div><table><thead><tr><td>序号</td><td>区县</td>'
                                   f'<td>政府信息公开年报</td></tr></thead>{"".join(rows)}</table>'))


class PlatformAgency(_Portal):
    """金川市水利局 on the province's platform: ``<dl><dt><a>`` rows, a printed pager."""

    hosts = ("zfxxgk.ceshi.gov.test",)
    site = "jinchuan-slj"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        host = self.hosts[0]
        rows = []
        for n, year in enumerate((2024, 2023, 2022)):
            doc = make_doc(self.rng, "金川市水利局", year, f"{year + 1}-01-2{n}")
            href = f"./{year + 1}01/t{year + 1}012{n}_{4400 + n}.html"
            self.article(host, f"/330120/nb/{href[2:]}", doc)
            rows.append((href, doc.title))
        title = "金川市水利局2025年政务公开工作要点"
        rows.insert(1, ("./202503/t20250301_4499.html", title))
        self.notice(host, "/330120/nb/202503/t20250301_4499.html", title, "金川市", 2024)
        for number in (1, 2):
            chunk = rows[(number - 1) * 2: number * 2]
            items = "".join(f'<dl><dt><a href="{h}">{escape(t)}</a></dt><dd>2025-01-20</dd></dl>' for h, t in chunk)
            other = 2 if number == 1 else 1
            link = f'<a href="{"list.html" if other == 1 else "list_2.html"}">{other}</a>'
            name = "list.html" if number == 1 else "list_2.html"
            self.put(host, f"/330120/nb/{name}", _page("年报", f'<div class="con">{items}</div>'
                                                            f'<div class="pg">共2页 {link}</div>'))


PORTALS = (SubColumnCounty, ScriptListCity, TreeGkmlpt, YearTabHub, PlatformAgency)
ENTRIES = [
    ("qingxi-gov", "青溪县人民政府", "测试省青溪县", "trs_classic", "http://www.qingxi.gov.test/xxgk/gknb/index.html"),
    ("baisha-gov", "白沙市人民政府", "测试省白沙市", "trs_haiyun", "http://www.baisha.gov.test/zwgk/xxgknb/index.shtml"),
    ("nanpu-gov", "临江市南浦区人民政府", "测试省临江市南浦区", "gkmlpt", "http://www.nanpu.gov.test/gkmlpt/index"),
    ("jinchuan-qxnb", "金川市人民政府", "测试省金川市", "hub", "http://www.jinchuan.gov.test/zwgk/qxnb/nb_2024/"),
    ("jinchuan-slj", "金川市水利局", "测试省金川市", "trs_classic", "http://zfxxgk.ceshi.gov.test/330120/nb/list.html"),
]


def _registry(auto: bool) -> str:
    lines = ["province: 测试省", "sites:"]
    for ident, agency, region, cms, url in ENTRIES:
        lines += [f"  - id: {ident}", f"    agency: {agency}", f"    region: {region}",
                  f"    cms: {'auto' if auto else cms}", f"    start_urls: [{url}]"]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("classes")
    portals = [cls(random.Random(f"classes:{cls.__name__}")) for cls in PORTALS]
    out: dict[str, Any] = {"portals": portals}
    with ProvinceServer(portals).start() as server:
        for kind in ("family", "auto"):
            sites = tmp / f"{kind}.yaml"
            sites.write_text(_registry(kind == "auto"), encoding="utf-8")
            db = f"sqlite:///{tmp / (kind + '.sqlite3')}"
            run = subprocess.run([sys.executable, "-m", "govcrawl", "crawl", "--all", "--sites", str(sites), "--db", db,
                                  "--quiet", "--fixture-proxy", server.proxy], capture_output=True, text=True,
                                 cwd=ROOT, timeout=600)
            with Session(create_engine(db)) as session:
                query = select(Agency.name, Report.year).join(Agency, Agency.id == Report.agency_id)
                stored = list(session.execute(query))
            out[kind] = (run, stored)
        out["requested"] = [url for _method, url, _status in server.requests]
    return out


@pytest.mark.parametrize("kind", ["family", "auto"])
def test_every_report_of_the_classes_is_stored_under_its_agency(crawled: dict[str, Any], kind: str) -> None:
    run, stored = crawled[kind]
    assert run.returncode == 0, run.stdout + run.stderr
    assert "SHORT" not in run.stdout and "Traceback" not in run.stderr, run.stdout + run.stderr
    truth = sorted((t.agency_name, t.year) for p in crawled["portals"] for t in p.truth if t.kind == "report")
    assert sorted((agency, year) for agency, year in stored) == truth  # nothing else, nobody else's


def test_only_linked_or_declared_pages_were_requested(crawled: dict[str, Any]) -> None:
    """No guessed URL: a request the portals do not serve is one a served page links."""
    served = {f"http://{host}{path}" for p in crawled["portals"] for host, path in [*p.pages, *p.dynamic]}
    linked: set[str] = set()
    for portal in crawled["portals"]:
        for (host, path), answer in portal.pages.items():
            if (answer.content_type or "").startswith("text/html"):
                page = Selector(text=answer.body.decode("utf-8"))
                linked |= {urljoin(f"http://{host}{path}", href) for href in page.css("a::attr(href)").getall()}
    asked = {url.split("?")[0].split("#")[0] for url in crawled["requested"]}
    # Directory URLs (``nb_2023/``) are answered by their index page; robots.txt is the crawler's own.
    unknown = {u for u in asked - served - linked if not u.endswith(("/", "/robots.txt"))}
    assert not unknown, sorted(unknown)
