"""The shared recognisers (pagers, list entries, titles, families, navigation), one variant class
at a time, on markup written unlike the bundled fixture portals (portals.md §1, §7)."""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl import pagers
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.coverage import ListCoverage, PortalCoverage, coverage_lines
from govcrawl.crawl.detect import detect_family, navigation_links
from govcrawl.crawl.entries import count_entries, entry_title, link_title, list_entries
from govcrawl.crawl.hanwebdata import jpage_configs, nextgroup_links, parse_datastore
from govcrawl.crawl.registry import completed_name, government_domain

BASE = "http://www.example.gov.test/xxgk/nb/index.htm"


# -- pagers ----------------------------------------------------------------------------------
def test_trs_stock_pager_declares_its_count_in_variables() -> None:
    page = """<script language="JavaScript"><!--
    var currentPage = 0;//所在页从0开始
    var prevPage = currentPage-1//上一页
    var countPage = 4//共多少页
    createPageHTML(countPage, currentPage, "index", "htm");
    //--></script>"""
    pager = pagers.recognise(page, BASE)
    assert pager.kinds[0] == "trs4" and pager.pages == 4 and pager.current == 1
    assert pager.urls == [f"http://www.example.gov.test/xxgk/nb/index_{i}.htm" for i in (1, 2, 3)]


def test_trs_six_argument_pager_is_one_based_and_declares_records() -> None:
    page = "<div id='pg'></div><script>createPageHTML('pg', 3, 1, 'list', 'shtml', 41);</script>"
    pager = pagers.trs_script(page, "http://h.gov.test/c1/list.shtml")
    assert pager.pages == 3 and pager.records == 41
    assert pager.urls == ["http://h.gov.test/c1/list_2.shtml", "http://h.gov.test/c1/list_3.shtml"]


def test_a_runaway_declared_count_is_capped_not_listed() -> None:
    page = "<script>var countPage = 10000000//共多少页\ncreatePageHTML(countPage, 0, 'index', 'html');</script>"
    pager = pagers.recognise(page, BASE)
    assert pager.pages == 10_000_000
    assert len(pager.urls) == pagers.MAX_DECLARED_PAGES and pager.capped > 0


def test_page_param_data_with_its_naming_rule() -> None:
    page = """<div class="pg" id="pageParam" data="{total:11, pageSize:5, pageCount:3, current:1}" url="bmlist"></div>
    <script>function turn(page){
      window.location = $('#pageParam').attr('url') + (page == 1 ? '' : '-' + page) + '.html'; }
    </script>"""
    pager = pagers.recognise(page, "http://h.gov.test/nb/bmlist.html")
    assert pager.records == 11 and pager.pages == 3
    assert pager.urls == ["http://h.gov.test/nb/bmlist-2.html", "http://h.gov.test/nb/bmlist-3.html"]


def test_printed_counts_in_their_variants() -> None:
    assert pagers.printed_counts("共 12 条记录 页次：1/3 每页：5 条") == (12, 3, 1)
    assert pagers.printed_counts("共52条 1/11") == (52, 11, 1)
    assert pagers.printed_counts("第2页/共7页")[1] == 7
    assert pagers.printed_counts("发布于2024/1/30 浏览 3/5 次") == (None, 5, 3)  # a date is no position
    assert pagers.printed_counts("发布于2024/1/30") == (None, None, None)


def test_next_links_without_any_count_are_followed() -> None:
    page = """<ul><li><a href="/a/1.html">一</a></li></ul>
    <p class="fanye"><span>当前第1页</span> <a href="list.jsp?cur_page=2&amp;cat=9">下一页</a></p>"""
    pager = pagers.recognise(page, "http://h.gov.test/info/list.jsp?cur_page=1&cat=9")
    assert "links" in pager.kinds and pager.pages is None
    assert pager.next_url == "http://h.gov.test/info/list.jsp?cur_page=2&cat=9"


def test_numbered_page_links_only_inside_a_pager() -> None:
    page = """<table><tr><td><a href="../info/1050/6612.htm">2</a></td></tr></table>
    <div class="turnpage"><a href="more/3.htm">2</a><a href="more/2.htm">3</a><a href="more/1.htm">4</a>
    <a href="more/3.htm">下页</a></div>"""
    pager = pagers.recognise(page, "http://h.gov.test/xxgk/more.htm")
    assert pager.urls == [f"http://h.gov.test/xxgk/more/{n}.htm" for n in (3, 2, 1)]


def test_form_paging_posts_each_declared_page() -> None:
    page = """<form name="pageform" method="post" action="ShowClass.asp?ClassID=7">
    <input type="hidden" name="page" value="1"><input type="hidden" name="ClassID" value="7"></form>
    <div>共 8 条记录 页次：1/3 每页：3 条
    <a href="javascript:document.pageform.page.value=2;document.pageform.submit()">下一页</a></div>"""
    pager = pagers.recognise(page, "http://h.gov.test/xxgk/ShowClass.asp?ClassID=7")
    assert pager.form is not None and pager.form.page_field == "page" and "form" in pager.kinds
    assert pagers.form_pages(pager) == [2, 3]
    assert pager.form.fields["ClassID"] == "7"


# -- Hanweb settings ---------------------------------------------------------------------------
def test_hanweb_settings_as_plain_variables() -> None:
    page = """<script>var columnid = '1229301122'; var unitid = "7713"; var webid = 41;
    var totalRecord = 23; var perPage = 10; var proxyUrl = '/module/web/jpage/dataproxy.jsp';</script>"""
    [config] = jpage_configs(page)
    assert config.total_record == 23 and config.per_page == 10
    assert config.params["columnid"] == "1229301122" and config.params["unitid"] == "7713"


def test_hanweb_nextgroup_is_the_next_window() -> None:
    xml = ("<datastore><nextgroup><![CDATA[<a href=\"/module/web/jpage/dataproxy.jsp?startrecord=6&endrecord=10"
           "&perpage=5&columnid=88&unitid=9\"></a>]]></nextgroup><recordset><record><![CDATA[<li><a href='/art/2024/"
           "1/2/art_88_1.html'>x</a></li>]]></record></recordset></datastore>")
    store = parse_datastore(xml)
    assert len(store.records) == 1
    assert nextgroup_links(store.nextgroups[0]) == [
        "/module/web/jpage/dataproxy.jsp?startrecord=6&endrecord=10&perpage=5&columnid=88&unitid=9"]


# -- entries and titles ------------------------------------------------------------------------
def _link(html: str) -> Selector:
    return Selector(text=html).css("a")[0]


def test_a_tooltip_title_gives_way_to_the_visible_text() -> None:
    tip = "文章标题：兰溪县2023年政府信息公开工作年度报告&#13;&#10;作　　者：办公室&#13;&#10;更新时间：2024-1-30"
    assert link_title(_link(f'<a href="a.asp" title="{tip}">兰溪县2023年政府信息公开工作年度报告</a>')) == \
        "兰溪县2023年政府信息公开工作年度报告"
    # Truncated visible text: the tooltip's 文章标题 field is the title.
    assert link_title(_link(f'<a href="a.asp" title="{tip}">兰溪县2023年政府信息…</a>')) == \
        "兰溪县2023年政府信息公开工作年度报告"
    # An ordinary title= is the full title.
    full = "兰溪县财政局2024年政府信息公开工作年度报告"
    assert link_title(_link(f'<a href="x" title="{full}">兰溪县财政局2024年…</a>')) == full


def test_department_rows_complete_bare_titles() -> None:
    table = """<table><tr><td>3</td><td><span>兰溪县水利局</span></td>
    <td><a href="/bm/slj/nb2024.html">2024年度报告</a></td></tr></table>"""
    assert entry_title(Selector(text=table).css("a")[0]) == "兰溪县水利局 2024年度报告"


def test_list_entries_and_the_entry_count_ignore_navigation_and_pagers() -> None:
    page = """<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
    <div class="lb"><dl>
    <dd><a href="./202401/t20240129_5.htm">兰溪县2023年政府信息公开工作年度报告</a><i>2024-01-29</i></dd>
    <dd><a href="./202302/t20230201_4.htm">兰溪县2022年政府信息公开工作年度报告</a><i>2023-02-01</i></dd></dl>
    <div class="page"><a href="index_1.htm">2</a><a href="index_1.htm">下一页</a></div></div>"""
    sel = Selector(text=page)
    titles = [t for _h, t in list_entries(sel)]
    assert "下一页" not in titles and "2" not in titles
    assert count_entries(sel) == 2


def test_report_titles_and_report_like_non_reports() -> None:
    for title in ("兰溪县2023年度政府信息公开工作报告", "兰溪县审计局2023年年报", "2024年度政务公开工作报告",
                  "兰溪县教育局政府信息公开工作2023年度报告"):
        assert is_report_title(title), title
    for title in ("关于报送2023年度政府信息公开工作年度报告的函", "兰溪县2023年法治政府建设年度报告",
                  "兰溪县2023年政府网站工作年度报表", "兰溪县2024年政务公开工作要点",
                  "关于兰溪县2023年政府信息公开工作年度报告的公告"):
        assert not is_report_title(title), title


# -- families and navigation --------------------------------------------------------------------
def test_family_detection_by_signatures() -> None:
    assert detect_family("http://h/col/col77/index.html", "<script type='text/xml'><datastore>") == "hanweb"
    assert detect_family("http://h/xxgk/nb.htm", '<div class="pb_sys_common"><span class="p_t">共3条</span>') == "vsb"
    assert detect_family("http://h/nb/index.html", "<div class='TRS_Editor'></div><script>createPageHTML(2,0,"
                         "'index','html')</script>") == "trs_classic"
    assert detect_family("http://h/sub/gkmlpt/index#12", "<div id=app></div>") == "gkmlpt"
    assert detect_family("http://h/xxgk/list.html", "<ul><li><a href='a.html'>x</a></li></ul>") is None


def test_navigation_to_the_disclosure_area_on_another_host() -> None:
    home = """<div id="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a></div>
    <div class="side"><a href="http://xxgk.lanxi.gov.test/nb/">政府信息公开年报</a></div>
    <script>$("#nav a:contains('政务公开')").attr('href', 'http://zwgk.lanxi.gov.test/');</script>"""
    links = {(n.kind, n.url) for n in navigation_links(Selector(text=home), "http://www.lanxi.gov.test/")}
    assert ("nb_column", "http://xxgk.lanxi.gov.test/nb/") in links
    assert ("gk_area", "http://zwgk.lanxi.gov.test/") in links


# -- domains and agencies -----------------------------------------------------------------------
def test_government_domain_covers_every_host_of_the_portal() -> None:
    assert government_domain("www.lanxi.gov.cn") == "lanxi.gov.cn"
    assert government_domain("xxgk.lanxi.gov.test") == "lanxi.gov.test"
    assert government_domain("www.mirror-clone.test") == "mirror-clone.test"


def test_abbreviated_district_names_are_completed_from_the_region() -> None:
    assert completed_name("芙蓉区", "湖南省长沙市") == "长沙市芙蓉区人民政府"
    assert completed_name("柘湾区人民政府", "未见省沅屏市") == "沅屏市柘湾区人民政府"
    assert completed_name("芙蓉区", "湖南省") == "芙蓉区"  # a province cannot say which city
    assert completed_name("长沙市教育局", "湖南省长沙市") == "长沙市教育局"
    # a district's department carries the district's city too
    assert completed_name("芙蓉区教育局", "湖南省长沙市芙蓉区") == "长沙市芙蓉区教育局"
    assert completed_name("长沙市芙蓉区教育局", "湖南省长沙市芙蓉区") == "长沙市芙蓉区教育局"
    assert completed_name("雨花区教育局", "湖南省长沙市芙蓉区") == "雨花区教育局"  # another district: left alone


# -- coverage -------------------------------------------------------------------------------------
def test_coverage_shortfalls_and_the_page_budget() -> None:
    assert ListCoverage("u", declared_records=7, entries=7, pages_fetched=3).shortfall() is None
    assert ListCoverage("u", declared_records=7, entries=3).shortfall() == "3 of 7 declared entries"
    assert ListCoverage("u", declared_pages=3, pages_fetched=2, entries=9).shortfall() == "2 of 3 declared pages"
    portal = PortalCoverage("p", budget=2)
    assert portal.take_page() and portal.take_page() and not portal.take_page()
    assert portal.budget_refused == 1 and portal.falls_short


def test_a_portal_whose_lists_showed_no_report_falls_short() -> None:
    # Silence is the worst answer: a portal whose 年报 list was not recognised is named in the
    # summary and makes the crawl exit 4, even though no list declared a size.
    silent = PortalCoverage("silent")
    silent.harvested("http://www.x.gov.test/xxgk/", entries=0)
    assert silent.found_nothing and silent.falls_short
    lines = coverage_lines({"silent": silent})
    assert any(line.startswith("  SHORT silent: no report found") for line in lines), lines
    assert not PortalCoverage("not-read").falls_short  # no page read this run: nothing to judge
    listed = PortalCoverage("listed")
    listed.years_listed["某县人民政府"] = {2024}
    listed.years_found["某县人民政府"] = {2024}
    assert not listed.found_nothing and not listed.falls_short


def test_counties_keep_their_own_name() -> None:
    assert completed_name("秦川县人民政府", "示例省凯浦市") == "秦川县人民政府"
    assert completed_name("秦川县", "示例省凯浦市") == "秦川县"
