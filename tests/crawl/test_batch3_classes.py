"""Issue 12, batch 3: the classes of misses the held-out batch 3 showed, each tested on markup
written unlike the batch-3 portal (another site of the same family):

* 7 — a department titled by its level only ("县统计局…", "区卫健局…") is completed from the region,
  never stored under the bare title;
* 8 — a portal blocked by a WAF is still named (blocked, backing off) on the next crawl, which exits
  non-zero although it sends it no request;
* 1 — TRS ``createPageHTML`` arguments given as variables of any name (``var totalPage = 4``), strings
  included, as well as literals;
* 2 — pagers whose requests the page only describes: a POST form whose page field is named with its
  list's prefix or set by the pager script before ``submit()``; a Hanweb JPaaS column whose later
  pages come from the ``front/page/build/unit`` renderer (``paramJson``), answering JSON;
* 4 — a family entry whose start URL is the home page: its 政务公开 link (a redirect to another host of
  the same government domain) and that area's 年报 link are followed to the list;
* 3 — a list a script loads from a JSON API (``$.ajax``/``$.getJSON``/``fetch``, parameters from
  script variables): its pages requested as the script would, entries read from the JSON;
* 6 — report bytes behind a viewer (``<embed src="…viewer?url=….ofd">``, ``<object data="….pdf">``) are
  fetched as attachments; a body carried only in an embedded article object (``"detail": {"content":
  "<table>…"}``) is read by the HTML reader as the rendered page would show it;
* 5 — a unit × year 年报 matrix whose cells say only "详情"/"查看": unit from the row header (completed
  from the region, townships included), year from the column header; a cell mislinked to another
  document (its page says so) is not stored; the matrix's own pages are followed.

Recognisers are tested as pure functions; classes that only a crawl shows are tested by crawling
small portals written here (``crawled`` below: a fixture server, the CLI, a store in tmp).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from html import escape
from pathlib import Path
from typing import Any

import pytest
from parsel import Selector
from scrapy.http import HtmlResponse
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from govcrawl.bases.reports import embedded_files
from govcrawl.crawl import pagers, scriptanswers, scriptlists
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.entries import entry_title
from govcrawl.crawl.hanwebdata import unit_pager
from govcrawl.crawl.registry import completed_name
from govcrawl.province.server import ProvinceServer, Request, Response
from govcrawl.province.unseen.kit import UnseenPortal, body_html, make_doc, plain_cell, plain_para
from govcrawl.report.html import read_html
from govcrawl.report.metadata import full_name
from govcrawl.store.models import Agency, Report
from tests.conftest import ROOT

TABLE = '<table border="1" cellspacing="0">'


# -- 7: short department titles -------------------------------------------------------------------
def test_a_department_titled_by_its_level_is_completed_from_the_region() -> None:
    assert completed_name("县统计局", "测试省青溪县") == "青溪县统计局"
    assert completed_name("区卫生健康局", "测试省临江市南浦区") == "临江市南浦区卫生健康局"
    assert completed_name("市自然资源和规划局", "测试省临江市南浦区") == "临江市自然资源和规划局"  # the city's
    assert completed_name("州民政局", "测试省甘孜藏族自治州") == "甘孜藏族自治州民政局"
    # Not a level: 市场监督管理局 is a bureau's own name; a level the region lacks stays as it is.
    assert completed_name("市场监督管理局", "测试省青溪县") == "市场监督管理局"
    assert completed_name("区教育局", "测试省青溪县") == "区教育局"
    assert completed_name("区人民政府", "测试省临江市南浦区") == "临江市南浦区人民政府"


def test_an_abbreviated_agency_is_written_out_as_the_page_declares_its_source() -> None:
    assert full_name("河西县人社局", "河西县人力资源和社会保障局") == "河西县人力资源和社会保障局"
    assert full_name("河西县人社局", "河西县人民政府办公室") == "河西县人社局"  # another agency: kept
    assert full_name("河西县人社局", "东山县人力资源和社会保障局") == "河西县人社局"  # another place: kept
    assert full_name("河西县人社局", None) == "河西县人社局"


# -- 1: TRS pager arguments however they are given ---------------------------------------------
def test_trs_pager_arguments_are_resolved_from_any_variable() -> None:
    page = """<div class="fy"><script src="/js/page.js"></script><script language="javascript">
function createPageHTML(totalPage, curPage, fileName, fileExt) { /* the template's own */ }
var totalPage = 4;   var curPage = 0;
var fileName='list'; var fileExt = "htm";
createPageHTML(totalPage, curPage, fileName, fileExt);
</script></div>"""
    pager = pagers.trs_script(page, "http://www.qingxi.gov.test/xxgk/nb/list.htm")
    assert pager.kinds == ["trs4"] and pager.pages == 4 and pager.current == 1
    assert pager.urls == [f"http://www.qingxi.gov.test/xxgk/nb/list_{n}.htm" for n in (1, 2, 3)]
    # The 1-based 6-argument form with its counts in variables and its names literal.
    six = """<script>var pc = 3, cp = 1; var recs = 25;
var pc = 3; var cp = 1; var recs = 25;
createPageHTML('page_div', pc, cp, 'nb', 'shtml', recs);</script>"""
    pager = pagers.trs_script(six, "http://www.baisha.gov.test/zwgk/nb.shtml")
    assert pager.kinds == ["trs6"] and (pager.pages, pager.records) == (3, 25)
    assert pager.urls == ["http://www.baisha.gov.test/zwgk/nb_2.shtml", "http://www.baisha.gov.test/zwgk/nb_3.shtml"]
    # A variable the page never sets is not a count: nothing is requested.
    assert not pagers.trs_script("<script>createPageHTML(n, 0, 'index', 'html');</script>", "http://x.gov.test/").found


# -- 2: pagers that need a request the page only describes ------------------------------------
def test_a_form_pager_whose_field_the_script_sets_is_posted_page_by_page() -> None:
    page = """<html><body><ul><li><a href="/info/2011/901.htm">青溪县2023年政府信息公开工作年度报告</a>
2024-01-20</li></ul>
<form id="pf" name="listform" method="post" action="list.jsp?urltype=tree&amp;wbtreeid=2011">
<input type="hidden" name="wbtreeid" value="2011"><input type="hidden" name="curIdx" value="1">
<div class="pages">共 5 条 第 1/2 页 <a href="javascript:goPage(2)">下一页</a></div></form>
<script>function goPage(p){var f=document.listform; f.curIdx.value=p; f.submit();}</script></body></html>"""
    pager = pagers.recognise(page, "http://www.qingxi.gov.test/xxgk/list.jsp?wbtreeid=2011")
    assert pager.form is not None and pager.form.page_field == "curIdx" and pager.pages == 2
    assert pager.form.action == "http://www.qingxi.gov.test/xxgk/list.jsp?urltype=tree&wbtreeid=2011"
    assert pagers.form_pages(pager) == [2]
    prefixed = page.replace("curIdx", "b2011PAGENUM").replace("f.b2011PAGENUM.value=p; f.submit();", "")
    found = pagers.recognise(prefixed, "http://www.qingxi.gov.test/xxgk/list.jsp?wbtreeid=2011").form
    assert found is not None and found.page_field == "b2011PAGENUM"


def test_a_jpaas_unit_pager_is_read_from_the_script_that_calls_it() -> None:
    page = """<div id="u88"><ul><li><a href="/art/2024/1/9/art_77_1.html">一</a></li></ul>
<div class="page">共 12 条记录 第1页 共3页</div></div><script>
const unitConf = {"webId": "a1b2", "pageId": "88", "tagId": "内容列表", "tplSetId": "t9", "pageType": "column"};
function turn(no){ fetch("/api-gateway/jpaas-publish-server/front/page/build/unit?" + $.param(
  Object.assign({}, unitConf, {paramJson: JSON.stringify({pageNo: no, pageSize: 5})}))).then(r => r.json()); }
</script>"""
    unit = unit_pager(page)
    assert unit is not None and unit.endpoint == "/api-gateway/jpaas-publish-server/front/page/build/unit"
    assert unit.params["pageId"] == "88" and unit.params["tagId"] == "内容列表" and unit.page_size == 5
    assert unit_pager(page.replace("build/unit", "build/other")) is None


# -- 3: lists loaded by a script from a JSON API ------------------------------------------------
def test_json_list_calls_are_read_from_the_script_with_their_variables() -> None:
    ajax = """var catId = "nb2024"; var rows = 10;
function show(p) { $.ajax({ url: "/interface/article/page.do", type: "post", dataType: "json",
    data: { catId: catId, page: p, rows: rows }, success: function (d) { draw(d.rows); } }); }
show(1);"""
    (call,) = scriptlists.script_lists([ajax], "http://www.hexi.gov.test/zwgk/nb/")
    assert (call.endpoint, call.method, call.page_key) == ("http://www.hexi.gov.test/interface/article/page.do",
                                                           "POST", "page")
    assert call.fields(2) == {"catId": "nb2024", "rows": "10", "page": "2"}
    fetch = "const cid = 77; function go(n){ fetch('/api/list?cid=' + cid + '&pageIndex=' + n).then(r => r.json()); }"
    (call,) = scriptlists.script_lists([fetch], "http://www.hexi.gov.test/zwgk/nb/")
    assert call.url(3) == "http://www.hexi.gov.test/api/list?cid=77&pageIndex=3"
    # A parameter the script does not give (an input's value read at run time) is not guessed.
    unresolved = "$.getJSON('/api/list', {q: $('#kw').val(), pageNo: n})"
    assert scriptlists.script_lists([unresolved], "http://x.gov.test/") == []
    answer = ('{"status": 1, "result": {"records": [{"docTitle": "河西县2023年政府信息公开工作年度报告", '
              '"link": "/nb/202401/t1.html", "time": "2024-01-10"}], "totalCount": 11, "totalPage": 2}}')
    entry = ("/nb/202401/t1.html", "河西县2023年政府信息公开工作年度报告")
    assert scriptanswers.json_list(answer.encode()) == ([entry], 11, 2)
    assert scriptanswers.json_list(b"<html>error</html>") is None


# -- 6: report bytes behind a viewer, or only in an embedded article object ----------------------
def test_files_shown_in_a_viewer_frame_are_the_attachments() -> None:
    page = """<html><body><div class="con"><p>全文如下：</p>
<embed src="/ofdreader/index.html?url=%2Fuploads%2F2025%2Fnb2024.ofd&amp;toolbar=0" width="100%" height="800">
<object data="../files/nb2023.pdf" type="application/pdf"></object>
<iframe src="https://map.example.test/embed?x=1"></iframe></div></body></html>"""
    response = HtmlResponse("http://www.hexi.gov.test/nb/202501/t1.html", body=page.encode(), encoding="utf-8")
    assert list(embedded_files(response)) == ["http://www.hexi.gov.test/uploads/2025/nb2024.ofd",
                                              "http://www.hexi.gov.test/nb/files/nb2023.pdf"]


def test_a_body_carried_only_in_an_embedded_article_object_is_read() -> None:
    doc = make_doc(random.Random(6), "河西县自然资源局", 2023, "2024-01-20")
    content = body_html(doc, plain_para, plain_cell, TABLE)
    plain = read_html(_page(doc.title, f"<div class='zw'>{content}</div>").encode())
    state = json.dumps({"page": {"detail": {"title": doc.title, "content": content}}}, ensure_ascii=False)
    escaped = state.replace("</", "<" + chr(92) + "/")  # as JSON in a script is written
    shell = _page(doc.title, f'<div id="root"></div><script>window.__STATE__ = {escaped};</script>')
    embedded = read_html(shell.encode())
    assert len(plain.tables) >= 3 and embedded.tables == plain.tables
    # A page that shows the body in its markup too is read once, from its markup.
    both = read_html(shell.replace('<div id="root"></div>', f"<div class='zw'>{content}</div>").encode())
    assert len(both.tables) == len(plain.tables)


# -- 5: unit × year matrices whose cells say nothing -------------------------------------------
def test_a_matrix_cell_that_says_nothing_is_its_rows_report_of_its_columns_year() -> None:
    page = Selector(text="""<html><head><title>南浦区部门和街道年报</title></head><body>
<table class="grid"><thead><tr><td>序号</td><td>单位</td><td>2023年</td><td>2022年</td></tr></thead>
<tbody><tr><td>1</td><th>区人社局</th><td><a href="a.html">详情</a></td><td><a href="b.pdf">详情</a></td></tr>
<tr><td>2</td><th>东城街道</th><td><a href="c.html">点击查看</a></td><td>/</td></tr></tbody></table>
<ul class="more"><li><a href="d.html">查看</a></li></ul></body></html>""")
    titles = {a.attrib["href"]: entry_title(a) for a in page.css("a")}
    assert titles["a.html"] == "区人社局 2023年 年报" and titles["b.pdf"] == "区人社局 2022年 年报"
    assert titles["c.html"] == "东城街道 2023年 年报" and titles["d.html"] == "查看"  # not in a matrix
    assert [is_report_title(t) for t in titles.values()] == [True, True, True, False]
    assert completed_name("东城街道", "测试省临江市南浦区") == "临江市南浦区东城街道办事处"
    assert completed_name("河西镇", "测试省青溪县") == "青溪县河西镇人民政府"
    # The same table on a page that does not say it lists 年报 stays unread.
    other = Selector(text=page.get().replace("部门和街道年报", "部门名录"))
    assert entry_title(other.css("a")[0]) != "区人社局 2023年 年报"


# -- crawls ----------------------------------------------------------------------------------------
def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title></head><body>'
            f'{body}<div class="foot">网站标识码：9902000002</div></body></html>')


class RuishuCounty(UnseenPortal):
    """8 — 白水县: a Hanweb county behind 瑞数 (412 and the ``$_ts`` script on every page)."""

    hosts = ("www.baishui.gov.test",)
    site = "baishui-gov"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        doc = make_doc(self.rng, "白水县人民政府", 2024, "2025-01-20")
        url = self.put(self.hosts[0], "/art/2025/1/20/art_1229_88.html",
                       _page(doc.title, f"<div id='zoom'>{body_html(doc, plain_para, plain_cell, TABLE)}</div>"))
        self.report(self.site, url, doc)
        self.put(self.hosts[0], "/col/col1229/index.html",
                 _page("年报", f'<a href="/art/2025/1/20/art_1229_88.html">{escape(doc.title)}</a>'))

    def handle(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            return super().handle(request)
        body = (b"<html><head><meta http-equiv='Content-Type' content='text/html' r='m'></head><body>"
                b"<script type='text/javascript' r='m'>$_ts=window['$_ts'];if(!$_ts)$_ts={};$_ts.nsd=1;</script>"
                b"</body></html>")
        return Response(412, body, "text/html", {"Set-Cookie": "NfBCSins2OywO80S=5w; path=/"})


class MatrixDistrict(UnseenPortal):
    """5 — 南浦区's 部门和街道年报: units × years over two pages, cells "详情"; one cell mislinked to a
    解读 page; units on the district host and one on its own sub-host."""

    hosts = ("www.nanpu.gov.test", "rsj.nanpu.gov.test")
    site = "nanpu-bmnb"
    UNITS = (("区人力资源和社会保障局", "临江市南浦区人力资源和社会保障局"), ("东城街道", "临江市南浦区东城街道办事处"),
             ("区水利局", "临江市南浦区水利局"))

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        www = self.hosts[0]
        rows = []
        for n, (short, agency) in enumerate(self.UNITS):
            cells = []
            for year in (2023, 2022):
                if short == "东城街道" and year == 2022:
                    cells.append("<td>/</td>")
                    continue
                host = self.hosts[1] if n == 0 else www
                path = f"/bmnb/{year}/{n}.html"
                if short == "区水利局" and year == 2023:
                    title = f"{agency}{year}年政府信息公开工作年度报告解读"
                    self.put(host, path, _page(title, f"<h1>{escape(title)}</h1><p>一、解读要点。</p>"))
                    self.decoy(self.site, f"http://{host}{path}", title)
                else:
                    doc = make_doc(self.rng, agency, year, f"{year + 1}-01-2{n}",
                                   title=f"{short}{year}年政府信息公开工作年度报告")
                    body = body_html(doc, plain_para, plain_cell, TABLE)
                    url = self.put(host, path, _page(doc.title, f"<div class='content'>{body}</div>"))
                    self.report(self.site, url, doc)
                cells.append(f'<td><a href="http://{host}{path}">详情</a></td>')
            rows.append(f"<tr><th>{short}</th>{''.join(cells)}</tr>")
        head = "<thead><tr><td>单位</td><td>2023年</td><td>2022年</td></tr></thead>"
        for index, chunk in enumerate((rows[:2], rows[2:])):
            pager = '<p class="pg"><a href="list_2.html">下页</a></p>' if index == 0 else \
                '<p class="pg"><a href="list.html">上页</a></p>'
            table = f"<table>{head}<tbody>{''.join(chunk)}</tbody></table>{pager}"
            name = 'list.html' if index == 0 else 'list_2.html'
            self.put(www, f"/bmnb/{name}", _page("南浦区部门和街道政府信息公开年报", table))


class HomePageCounty(UnseenPortal):
    """4 — 河西县 (TRS): registered by its home page; 政务公开 → 302 to gk.hexi.gov.test → 年报 column."""

    hosts = ("www.hexi.gov.test", "gk.hexi.gov.test")
    site = "hexi-gov"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        www, gk = self.hosts
        nav = '<div class="nav"><a href="/">首页</a> <a href="/xwzx/">新闻</a> <a href="/zwgk/">政务公开</a></div>'
        self.put(www, "/index.html", _page("河西县人民政府", f"{nav}<p>欢迎</p>"))
        self.route(www, "/zwgk/", lambda _request: Response(302, b"", None, {"Location": f"http://{gk}/"}))
        menu = ('<ul class="menu"><li><a href="/zcwj/index.html">政策文件</a></li>'
                '<li><a href="/nb/index.html">政府信息公开年报</a></li></ul>')
        self.put(gk, "/index.html", _page("河西县政务公开", menu))
        items = []
        for n, year in enumerate((2024, 2023, 2022)):
            doc = make_doc(self.rng, "河西县人民政府", year, f"{year + 1}-01-1{n}")
            path = f"/nb/{year + 1}01/t{year + 1}011{n}_{n + 40}.html"
            body = f"<div class='TRS_Editor'>{body_html(doc, plain_para, plain_cell, TABLE)}</div>"
            self.report(self.site, self.put(gk, path, _page(doc.title, body)), doc)
            items.append(f'<li><a href=".{path[3:]}">{escape(doc.title)}</a><span>{doc.published_date}</span></li>')
        pager = "<script>createPageHTML(2, {0}, 'index', 'html');</script>"
        self.put(gk, "/nb/index.html", _page("政府信息公开年报", f"<ul>{''.join(items[:2])}</ul>{pager.format(0)}"))
        self.put(gk, "/nb/index_1.html", _page("政府信息公开年报", f"<ul>{''.join(items[2:])}</ul>{pager.format(1)}"))


class ApiListTown(UnseenPortal):
    """3 — 白石区 (no cms): an empty ``<div id="list">`` filled by ``$.ajax`` POSTs to a JSON API."""

    hosts = ("www.baishi.gov.test",)
    site = "baishi-gov"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        host = self.hosts[0]
        self.items: list[dict[str, str]] = []
        for n, year in enumerate((2024, 2023, 2022, 2021)):
            doc = make_doc(self.rng, "临江市白石区人民政府", year, f"{year + 1}-02-0{n + 1}",
                           title=f"白石区{year}年政府信息公开工作年度报告")
            path = f"/xxgk/art/{year + 1}/{n + 100}.html"
            body = f"<div id='zoom'>{body_html(doc, plain_para, plain_cell, TABLE)}</div>"
            self.report(self.site, self.put(host, path, _page(doc.title, body)), doc)
            self.items.append({"docTitle": doc.title, "link": path, "time": doc.published_date or ""})
        script = ('<script>var catId = "nb"; var rows = 3;\nfunction show(p) { $.ajax({ '
                  'url: "/interface/article/page.do", type: "post", data: { catId: catId, page: p, rows: rows }, '
                  'success: function (d) { draw(d); } }); }'
                  "\nshow(1);</script>")
        self.put(host, "/xxgk/nb/index.html", _page("政府信息公开年报", f'<div id="list"></div>{script}'))
        self.route(host, "/interface/article/page.do", self.api)

    def api(self, request: Request) -> Response:
        from urllib.parse import parse_qs

        form = {k: v[0] for k, v in parse_qs(request.body.decode()).items()}
        if request.method != "POST" or form.get("catId") != "nb":
            return Response(200, b'{"status": 0}', "application/json")
        page, rows = int(form.get("page", "1")), int(form.get("rows", "3"))
        data = {"status": 1, "result": {"records": self.items[(page - 1) * rows: page * rows],
                                        "totalCount": len(self.items), "totalPage": -(-len(self.items) // rows)}}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), "application/json")


PORTALS: list[type[UnseenPortal]] = [RuishuCounty, MatrixDistrict, HomePageCounty, ApiListTown]
ENTRIES = [
    ("baishi-gov", "临江市白石区人民政府", "测试省临江市白石区", "auto", "http://www.baishi.gov.test/xxgk/nb/index.html"),
    ("hexi-gov", "河西县人民政府", "测试省河西县", "trs_classic", "http://www.hexi.gov.test/"),
    ("nanpu-bmnb", "临江市南浦区人民政府", "测试省临江市南浦区", "hub", "http://www.nanpu.gov.test/bmnb/list.html"),
    ("baishui-gov", "白水县人民政府", "测试省白水县", "hanweb", "http://www.baishui.gov.test/col/col1229/index.html"),
]


def _registry() -> str:
    lines = ["province: 测试省", "sites:"]
    for ident, agency, region, cms, url in ENTRIES:
        lines += [f"  - id: {ident}", f"    agency: {agency}", f"    region: {region}",
                  f"    cms: {cms}", f"    start_urls: ['{url}']"]
    return "\n".join(lines) + "\n"


def _crawl(sites: Path, db: str, proxy: str, *only: str) -> subprocess.CompletedProcess[str]:
    which = ["--site", *only] if only else ["--all"]
    return subprocess.run([sys.executable, "-m", "govcrawl", "crawl", *which, "--sites", str(sites), "--db", db,
                           "--quiet", "--fixture-proxy", proxy], capture_output=True, text=True, cwd=ROOT, timeout=600)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("batch3classes")
    portals = [cls(random.Random(f"batch3classes:{cls.__name__}")) for cls in PORTALS]
    sites = tmp / "sites.yaml"
    sites.write_text(_registry(), encoding="utf-8")
    db = f"sqlite:///{tmp / 'store.sqlite3'}"
    with ProvinceServer(portals).start() as server:
        first = _crawl(sites, db, server.proxy)
        asked = len(server.requests)
        again = _crawl(sites, db, server.proxy, "baishui-gov")
        recrawl_requests = server.requests[asked:]
        requested = [url for _method, url, _status in server.requests]
    with Session(create_engine(db)) as session:
        stored = list(session.execute(select(Agency.name, Report.year)
                                      .join(Agency, Agency.id == Report.agency_id)))
    return {"portals": portals, "first": first, "again": again, "stored": stored, "requested": requested,
            "recrawl_requests": recrawl_requests}


def test_a_blocked_portal_is_named_again_when_the_recrawl_backs_off(crawled: dict[str, Any]) -> None:
    first, again = crawled["first"], crawled["again"]
    assert "baishui-gov (ruishu at www.baishui.gov.test" in first.stdout and first.returncode != 0
    assert not [u for _m, u, _s in crawled["recrawl_requests"] if "baishui" in u and "robots" not in u]
    named = "blocked portals: baishui-gov (ruishu at www.baishui.gov.test, backing off until"
    assert named in again.stdout, again.stdout
    assert again.returncode != 0


def _stored_of(crawled: dict[str, Any], region: str) -> list[tuple[str, int]]:
    return sorted((a, y) for a, y in crawled["stored"] if a.startswith(region))


def _truth_of(crawled: dict[str, Any], site: str) -> list[tuple[str, int]]:
    return sorted((t.agency_name, t.year) for p in crawled["portals"] if getattr(p, "site", "") == site
                  for t in p.truth if t.kind == "report")


def test_matrix_reports_are_stored_under_their_units(crawled: dict[str, Any]) -> None:
    assert _stored_of(crawled, "临江市南浦区") == _truth_of(crawled, "nanpu-bmnb")  # not the hub's, not merged
    assert "nanpu-bmnb" not in crawled["first"].stdout.split("coverage:")[-1], crawled["first"].stdout


def test_a_family_entry_given_as_the_home_page_reaches_its_list(crawled: dict[str, Any]) -> None:
    assert _stored_of(crawled, "河西县") == _truth_of(crawled, "hexi-gov")
    asked = crawled["requested"]
    assert "http://gk.hexi.gov.test/zcwj/index.html" not in asked and "http://www.hexi.gov.test/xwzx/" not in asked


def test_a_list_loaded_from_a_json_api_is_read_through_the_api(crawled: dict[str, Any]) -> None:
    assert _stored_of(crawled, "临江市白石区") == _truth_of(crawled, "baishi-gov")
    assert "baishi-gov" not in crawled["first"].stdout.split("coverage:")[-1], crawled["first"].stdout
