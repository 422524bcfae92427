"""Issue 12, the classes of blind round 33 — each written on markup unlike the batch portal that showed it:

1. a 年报 column that is only a parent of child columns named by whose reports they hold — the government's own
   (本级年报, 县政府年报, 市本级年报) beside its departments' and towns' — follows every child, the government's
   own too (before: the departments' and towns' lists were read, the government's own list of five reports
   was never asked, and the crawl said nothing: each list read met its count);
2. a gkmlpt shell that hands its site id to the list script through a store (``sessionStorage.setItem("gkml_sid",
   "758432")``, ``$.cookie('siteId', …)``) names that site id (before: "no site id", 0 of 8 reports, stated);
3. a report page whose information line labels its publisher ("发布日期：…　来源：湍阳县卫生健康局", or the label
   and the name in elements of their own) writes out the title's short name (县卫健局) as that label does
   (before: stored under "湍阳县卫健局", a name of the county's own making, not the page's).
"""

from __future__ import annotations

from parsel import Selector
from scrapy.http import Request

from govcrawl.crawl.detect import is_nb_column_name
from govcrawl.crawl.gkmldata import shell_sid
from govcrawl.crawl.owner import declared_names
from govcrawl.crawl.registry import Site
from govcrawl.report.metadata import written_out
from tests.crawl.spider_at_hand import family_spider as _spider
from tests.crawl.spider_at_hand import page_for as _page

# -- 1. a parent column of child columns ---------------------------------------------------------------
TRS = Site(id="qiaoxi-gov", agency="峤溪县人民政府", cms="trs_classic", region="测试省峤溪县",
           start_urls=("http://www.qiaoxi.gov.test/zwgk/ndbg/index.shtml",), allowed_domains=("qiaoxi.gov.test",))
PARENT = TRS.start_urls[0]
# A TRS column whose page is a strip of tabs over an empty panel, its children numbered channels beside it (no
# sub-folder of its own), no tab marked as the page shown.
CHILDREN = ("/zwgk/c102344/index.shtml", "/zwgk/c102345/index.shtml", "/zwgk/c102346/index.shtml")
TABS = ('<html><head><title>政府信息公开年报_峤溪县人民政府</title></head><body><div class="nav"><a href="/">首页</a>'
        '<a href="/zwgk/">政务公开</a></div><div class="ndbg-tabs">'
        + "".join(f'<span><a href="{href}">{name}</a></span>'
                  for href, name in zip(CHILDREN, ("县政府年报", "部门年报", "镇（街道）年报"), strict=True))
        + '</div><div class="ndbg-panel"><p>请选择上方栏目查看。</p></div></body></html>')


def test_a_parent_column_s_children_are_all_followed_the_government_s_own_too() -> None:
    spider = _spider(TRS)
    asked = {r.url for r in spider.parse_entry(_page(PARENT, TABS, TRS, start_url=True)) if isinstance(r, Request)}
    assert {f"http://www.qiaoxi.gov.test{href}" for href in CHILDREN} <= asked


def test_the_names_of_a_government_s_own_年报_column() -> None:
    for name in ("本级年报", "县政府年报", "市本级年报", "区人民政府年报", "县直单位年报", "乡镇（街道）年报",
                 "部门年度报告", "政府信息公开年报", "年报"):
        assert is_nb_column_name(name), name
    # Not 年报 columns: a 报表, a statistics 年报, a budget, a bare publisher's name, a year's report.
    for name in ("政府网站年度报表", "统计年报", "部门决算", "本级", "部门", "2023年报", "政府网站年报",
                 "法治政府建设年度报告"):
        assert not is_nb_column_name(name), name


# -- 2. a site id handed on through a store ------------------------------------------------------------
def test_a_site_id_a_shell_stores_for_its_list_script() -> None:
    assert shell_sid('<script>sessionStorage.setItem("gkml_sid", "758432");</script>') == "758432"
    assert shell_sid("<script>$.cookie('siteId', 701233, {path: '/'});</script>") == "701233"
    assert shell_sid("<script>localStorage.setItem('gkmlpt:site_id', '9001');</script>") == "9001"
    # A stored column id or page size is no site id.
    assert shell_sid('<script>sessionStorage.setItem("columnId", "2651"); Cookies.set("size", 6)</script>') is None


# -- 3. a publisher labelled on the page's information line --------------------------------------------
def test_a_publisher_labelled_on_the_information_line_writes_out_a_short_name() -> None:
    line = ('<html><body><h1>县卫健局2024年政府信息公开工作年度报告</h1><div class="meta">'
            '<span>发布时间：2025-01-24</span><span>信息来源：</span><span>峤溪县卫生健康局</span><span>浏览次数：12</span></div>'
            '<div class="body"><p>来源：新华社</p></div></body></html>')
    names = declared_names(Selector(text=line))
    assert names == ["峤溪县卫生健康局"]  # a news agency named 来源 in the body is no organ
    assert written_out("峤溪县卫健局", names[0]) == "峤溪县卫生健康局"
    inline = ('<html><body><p class="info">发布日期：2025-01-24　发布单位：峤溪县发展和改革局　字号：大 中 小</p>'
              '</body></html>')
    assert declared_names(Selector(text=inline)) == ["峤溪县发展和改革局"]
    # Another agency's name on the line writes out nothing: the title's own stays.
    assert written_out("峤溪县卫健局", "峤溪县人民政府") == "峤溪县卫健局"


def test_the_spider_writes_a_short_title_name_out_from_the_labelled_line() -> None:
    spider = _spider(TRS)
    html = ('<html><body><h1>县卫健局2024年政府信息公开工作年度报告</h1><div class="xx">发布日期：2025-01-24　'
            '来源：峤溪县卫生健康局</div></body></html>')
    page = _page("http://www.qiaoxi.gov.test/zwgk/ndbg/bm/202501/t1.shtml", html, TRS)
    assert spider.written_in_full(page, "峤溪县卫健局", None) == "峤溪县卫生健康局"
