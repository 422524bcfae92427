"""Issue 12, the classes of held-out batch 4, each tested on markup written unlike batch 4's portals
(other sites of the same families):

* A — silence: a page-jump ``<select>`` declares a list's pages (and, with the jump script's
  naming rule, where they are); a report title without a year that names its agency is followed,
  and kept only when its page holds a report;
* B — wrong agency: a page ``<title>``'s site-name tail ("…_某区人民政府门户网站") is not the
  report's agency; the 信息公开 table's 发布机构 cell names the agency when the title does not;
* C — decoys: 统计年报, 统计年鉴, 决算 are not 政府信息公开 reports.
"""

from __future__ import annotations

import json

from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl import pagers
from govcrawl.crawl.classify import is_report_title, is_undated_report_title
from govcrawl.crawl.registry import Site

SITE = Site(id="luoping-jyj", agency="洛坪县教育局", cms="trs_classic", region="测试省洛坪县",
            start_urls=("http://jyj.luoping.gov.test/xxgk/ndbg/index.html",), allowed_domains=("luoping.gov.test",))
TABLES = ('<table border="1"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
          '<tr><td>规章</td><td>0</td></tr></table>')


def _spider() -> TrsClassicSpider:
    return TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=SITE.id, sites=[SITE])


def _response(url: str, html: str, **meta: object) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8",
                        request=ScrapyRequest(url, meta={"site": SITE, **meta}))


# -- A: silence ------------------------------------------------------------------------------------
def test_a_page_jump_select_declares_the_pages_and_the_jump_rule_names_them() -> None:
    """Options "1" … "3" (no 第…页), a 1-based rule ``"list_" + p + ".html"``: 3 pages declared, pages
    2 and 3 named; a year filter (<select> of years) is no pager."""
    html = ('<html><body><div class="news"><div class="row"><a href="./t1.html">洛坪县教育局2023年政府信息公开'
            '工作年度报告</a><span>2024-01-20</span></div></div>'
            '<select name="year"><option>2024</option><option>2023</option></select>'
            '<span>转到<select name="go" onchange="jump(this.value)"><option value="1" selected>1</option>'
            '<option value="2">2</option><option value="3">3</option></select>页</span>'
            '<script>function jump(p){ window.location.href = p == 1 ? "list.html" : "list_" + p + ".html"; }'
            '</script></body></html>')
    pager = pagers.recognise(html, "http://jyj.luoping.gov.test/xxgk/ndbg/list.html")
    assert pager.pages == 3 and pager.current == 1
    assert pager.urls == ["http://jyj.luoping.gov.test/xxgk/ndbg/list_2.html",
                          "http://jyj.luoping.gov.test/xxgk/ndbg/list_3.html"]


def test_a_year_less_report_title_is_followed_and_kept_only_when_its_page_holds_a_report() -> None:
    title = "洛坪县教育局政府信息公开工作年度报告"
    assert not is_report_title(title) and is_undated_report_title(title)
    assert not is_undated_report_title("政府信息公开工作年度报告")  # a column's label names no agency
    assert not is_undated_report_title("部门信息公开年报")  # a hub's link: "部门" is no agency
    assert not is_undated_report_title("洛坪县教育局政府信息公开工作年度报告解读")
    spider = _spider()
    listing = _response(SITE.start_urls[0], "<html><body></body></html>")
    request = spider.follow_report(listing, "./202201/t20220125_9.html", title)
    assert request is not None and request.meta["undated_title"]
    url = request.url
    crumb = '<div class="crumb">首页 &gt; 年度报告 &gt; 2021年度</div>'
    report = _response(url, f"<html><body>{crumb}<div class='TRS_Editor'>{TABLES}</div></body></html>",
                       **request.meta)
    assert [item.title for item in spider.parse_report_page(report, title)] == [title]
    column = _response(url, f"<html><body>{crumb}<ul><li><a href='a.html'>通知</a></li></ul></body></html>",
                       **request.meta)
    assert list(spider.parse_report_page(column, title)) == []


# -- B: the agency ---------------------------------------------------------------------------------
def test_b_a_page_titles_site_name_is_not_the_reports_agency() -> None:
    """A bureau's report titled "2024年度…报告" on a page whose <title> ends with the county's site name
    is the bureau's (the portal entry's), not the county's nor the site's."""
    spider = _spider()
    for page_title in ("2024年度政府信息公开工作年度报告-洛坪县人民政府",
                       "2024年度政府信息公开工作年度报告|洛坪县人民政府门户网站"):
        page = _response("http://jyj.luoping.gov.test/xxgk/ndbg/202501/t20250120_3.html",
                         f"<html><head><title>{page_title}</title></head><body>{TABLES}</body></html>")
        assert spider.report_agency(page, "2024年度政府信息公开工作年度报告", None) is None
        assert spider.item(page, "2024年度政府信息公开工作年度报告").agency["name"] == "洛坪县教育局"
    assert spider.agency_in_title("2024年政府信息公开工作年度报告 洛坪县政务公开") is None


def test_b_the_publisher_cell_names_the_agency_when_the_title_does_not() -> None:
    spider = _spider()
    page = _response("http://jyj.luoping.gov.test/xxgk/ndbg/202501/t20250121_4.html",
                     "<html><head><title>2024年政府信息公开工作年度报告_洛坪县信息公开网</title></head><body>"
                     '<table class="info"><tr><td>索引号</td><td>L01/2025-00012</td></tr>'
                     "<tr><td>发 布 机 构</td><td> 洛坪县卫生健康局 </td><td>发布日期</td><td>2025-01-21</td></tr>"
                     f"</table>{TABLES}</body></html>")
    assert spider.report_agency(page, "2024年政府信息公开工作年度报告", None) == "洛坪县卫生健康局"
    office = _response(page.url, page.text.replace("洛坪县卫生健康局", "洛坪县人民政府办公室"))
    assert spider.report_agency(office, "2024年政府信息公开工作年度报告", None) is None


# -- C: decoys -------------------------------------------------------------------------------------
def test_c_statistical_and_budget_yearly_reports_are_not_disclosure_reports() -> None:
    for title in ("洛坪县2023年统计年报", "洛坪县统计年鉴（2023年）", "洛坪县教育局2023年度决算公开",
                  "洛坪县2024年度财政预算执行情况报告"):
        assert not is_report_title(title), title
    assert is_report_title("洛坪县统计局2023年政府信息公开工作年度报告")


# -- D: discovery ----------------------------------------------------------------------------------
def test_d_a_list_held_in_a_frame_on_the_portals_domain_is_another_list_of_the_column() -> None:
    """A column page of chrome only, whose list is an ``<iframe>`` on the 信息公开 sub-host; frames on
    other domains (a map, a visit counter) are not lists; a column page that lists reports itself
    does not look into its frames."""
    from parsel import Selector

    from govcrawl.crawl.detect import column_lists

    html = ('<html><head><title>年度报告</title></head><body><div class="left"><a href="/">首页</a></div>'
            '<iframe frameborder="0" src="//xxgk.luoping.gov.test/ndbg/frame_list.jsp?col=12"></iframe>'
            '<iframe src="https://map.example.test/embed?q=1"></iframe><iframe src="about:blank"></iframe>'
            '</body></html>')
    base = "http://www.luoping.gov.test/zwgk/ndbg/"
    assert column_lists(Selector(text=html), base, shows_reports=False) == [
        "http://xxgk.luoping.gov.test/ndbg/frame_list.jsp?col=12"]
    assert column_lists(Selector(text=html), base, shows_reports=True) == []


def test_d_javascript_pager_links_are_named_by_the_jump_functions_rule() -> None:
    """Pager links ``javascript:toPage(n)`` with "共 12 条 共 4 页" printed and a 0-based rule in the
    script's jump function: pages 2–4 named; a rule outside a jump function is not used."""
    html = ('<html><body><ul><li><a href="./a/1.html">洛坪县2024年政府信息公开工作年度报告</a></li></ul>'
            '<div class="page">共 12 条 共 4 页 <a href="javascript:toPage(2)">下一页</a></div><script>'
            'var toPage = function (k) { window.location = k == 1 ? "nb.html" : "nb-" + (k - 1) + ".html"; };'
            "</script></body></html>")
    pager = pagers.recognise(html, "http://www.luoping.gov.test/xxgk/nb.html")
    assert pager.pages == 4
    assert pager.urls == [f"http://www.luoping.gov.test/xxgk/nb-{i}.html" for i in (1, 2, 3)]
    loose = html.replace("var toPage = function (k)", "var k = 2; (function ()")
    assert pagers.recognise(loose, "http://www.luoping.gov.test/xxgk/nb.html").urls == []


def test_d_hub_cards_link_a_departments_column_and_a_towns_report_by_its_year() -> None:
    """A 年报 hub of cards (not table rows): "查看年报栏目" under a card heading is a department's list,
    owned by the card's unit (completed from its own site's SiteName); "2024年" under a township's
    heading is that township's 2024 report."""
    from govcrawl.bases.hub import HubSpider

    site = Site(id="luoping-bmnb", agency="洛坪县人民政府", cms="hub", region="测试省洛坪县",
                start_urls=("http://www.luoping.gov.test/xxgk/bmnb/index.html",), allowed_domains=("luoping.gov.test",))
    hub = HubSpider.from_crawler(get_crawler(HubSpider), name=site.id, sites=[site])
    html = ('<html><head><title>部门乡镇年报</title></head><body><ul class="units">'
            '<li class="unit"><strong>县林业局</strong><a href="http://lyj.luoping.gov.test/nb/">查看年报栏目</a></li>'
            '<li class="unit"><h5>东岭乡</h5><p><a href="/xxgk/bmnb/202501/t20250117_8.html">2024年</a></p></li>'
            "</ul></body></html>")
    url = site.start_urls[0]
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(url, meta={"site": site, "start_url": True}))
    out = {r.url: r for r in hub.parse_list(response) if isinstance(r, ScrapyRequest)}
    assert out["http://lyj.luoping.gov.test/nb/"].meta["list_owner"] == "县林业局"
    report = out["http://www.luoping.gov.test/xxgk/bmnb/202501/t20250117_8.html"]
    assert report.callback == hub.parse_report_page and is_report_title(report.cb_kwargs["title"])
    assert report.cb_kwargs["title"].startswith("东岭乡")
    column = HtmlResponse("http://lyj.luoping.gov.test/nb/", encoding="utf-8",
                          body='<html><head><meta name="SiteName" content="洛坪县林业局"></head><body><ul>'
                               '<li><a href="./2.html">2024年度报告</a><span>2025-01-20</span></li></ul></body></html>'
                          .encode(), request=ScrapyRequest("http://lyj.luoping.gov.test/nb/",
                                                           meta={"site": site, "list_owner": "县林业局"}))
    titles = [r.cb_kwargs["title"] for r in hub.parse_list(column) if isinstance(r, ScrapyRequest) and r.cb_kwargs]
    assert titles == ["洛坪县林业局 2024年度报告"]


def test_d_select_options_whose_values_are_reports_are_entries_named_by_the_box() -> None:
    """A 区县年报 box: a heading then a ``<select>`` (jump on change) whose options are districts'
    report pages (one relative, one on a sub-host); the placeholder and non-URL values are not entries;
    an option that names its year keeps its own text."""
    from parsel import Selector

    from govcrawl.crawl.entries import option_entries

    html = ('<html><body><div class="nb"><h4>2023年各区县政务公开年度报告</h4><select name="qx" '
            'onchange="location.href=this.options[this.selectedIndex].value"><option value="0">请选择</option>'
            '<option value="http://nc.luoping.gov.test/zwgk/nb/t20240120_1.html">南城区</option>'
            '<option value="/qxnb/bc/2023.html">北城区</option></select></div>'
            '<div><span>区县</span><select>'
            '<option value="./dc/2022nb.html">东城区2022年政府信息公开工作年度报告</option>'
            '<option value="javascript:void(0)">西城区</option></select></div></body></html>')
    found = list(option_entries(Selector(text=html)))
    assert found == [("http://nc.luoping.gov.test/zwgk/nb/t20240120_1.html", "南城区2023年政务公开年度报告"),
                     ("/qxnb/bc/2023.html", "北城区2023年政务公开年度报告"),
                     ("./dc/2022nb.html", "东城区2022年政府信息公开工作年度报告")]
    assert all(is_report_title(title) for _href, title in found)


def test_d_a_list_a_script_requests_is_read_and_paged_by_its_declared_total() -> None:
    """``$.get('/api/list/' + colId, {pageNo: pageNo, rows: 4, siteId: siteId})``: the request is built
    from the script's own variables and literals (page 1); an answer ``{"result": {"count": 9, "list":
    [{docTitle, docUrl}]}}`` gives its entries, and 9 records of 4 a page are 3 pages.  A ``$.post`` whose
    answer is HTML rows with a printed pager ("共 5 条 共 2 页") is posted again for page 2."""
    from scrapy.http import TextResponse

    from govcrawl.crawl.scriptlists import script_lists

    script = ('var colId = \'88\'; var siteId = "2";\nfunction show(pageNo) { $.get("/api/list/" + colId, '
              '{pageNo: pageNo, rows: 4, siteId: siteId}, function (d) { render(d.result.list); }); }')
    (found,) = script_lists([script], "http://www.luoping.gov.test/xxgk/nb/index.html")
    assert found.method == "GET" and found.page_key == "pageNo" and found.size == 4
    assert found.url(1) == "http://www.luoping.gov.test/api/list/88?pageNo=1&rows=4&siteId=2"
    assert script_lists([script.replace('var siteId = "2";', "")], "http://www.luoping.gov.test/") == []
    spider = _spider()
    answer = json.dumps({"code": 0, "result": {"count": 9, "list": [
        {"docTitle": "洛坪县2024年政府信息公开工作年度报告", "docUrl": "/xxgk/nb/202501/t20250120_5.html",
         "time": "2025-01-20"},
        {"docTitle": "洛坪县2024年政府信息公开工作年度报告解读", "docUrl": "/xxgk/nb/202501/t20250121_6.html"}]}},
        ensure_ascii=False)
    url = found.url(1)
    response = TextResponse(url, body=answer.encode(), encoding="utf-8", request=ScrapyRequest(
        url, meta={"site": SITE, "new_list": True, "script_list": found}))
    out = [r for r in spider.parse_script_list(response) if isinstance(r, ScrapyRequest)]
    assert [r.url for r in out] == ["http://www.luoping.gov.test/xxgk/nb/202501/t20250120_5.html",
                                    "http://www.luoping.gov.test/api/list/88?pageNo=2&rows=4&siteId=2",
                                    "http://www.luoping.gov.test/api/list/88?pageNo=3&rows=4&siteId=2"]
    (posted,) = script_lists([script.replace("$.get(", "$.post(")], "http://www.luoping.gov.test/xxgk/nb/")
    assert posted.method == "POST"
    rows = ('<table><tr><td><a href="/xxgk/nb/t1.html">洛坪县2023年政府信息公开工作年度报告</a></td>'
            '<td>2024-01-20</td></tr></table><div class="page">共 5 条 共 2 页 <a href="javascript:show(2)">下一页</a>'
            "</div>")
    response = HtmlResponse(posted.url(1), body=rows.encode(), encoding="utf-8", request=ScrapyRequest(
        posted.url(1), method="POST", meta={"site": SITE, "new_list": True, "script_list": posted, "form_page": 1}))
    out = [r for r in spider.parse_script_list(response) if isinstance(r, ScrapyRequest)]
    assert out[0].url == "http://www.luoping.gov.test/xxgk/nb/t1.html"
    assert [(r.method, r.body.decode()) for r in out[1:]] == [("POST", "pageNo=2&rows=4&siteId=2")]
