"""Batch 29's class: a page's panel whose content a script loads from another document when it is
shown (an accordion's 乡镇 panel ``data-src="/bmnb/xz.html"``, a tab pane's ``data-url``, htmx's
``hx-get``) holds that document as a frame does: it is read as the page's (``detect.frame_lists``,
``panels``).  Markup here unlike the batch's: a Bootstrap tab pane and an htmx block on a JSP portal."""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl import detect, panels

BASE = "http://xxgk.lanxi.gov.test/col/nb/index.jsp"
PAGE = """<html><body>
<ul class="nav nav-tabs"><li class="active"><a href="#bm" data-toggle="tab">部门</a></li>
  <li><a href="#xz" data-toggle="tab">乡镇（街道）</a></li></ul>
<div class="tab-content">
  <div class="tab-pane active" id="bm"><ul>
    <li><a href="/art/2025/1/20/art_12_3.html">兰溪县教育局2024年度报告</a></li></ul></div>
  <div class="tab-pane" id="xz" data-url="/col/nb/xz_list.jsp?type=2"><p>数据加载中，请稍候……</p></div>
</div>
<section hx-get="/col/nb/fragments/jdb.html" hx-trigger="revealed"></section>
<img class="lazy" data-src="/images/banner_2025.html">
<div class="banner" data-src="/uploads/banner.jpg"></div>
<a class="load-more" href="javascript:;" data-next="index_2.html">加载更多</a>
<div class="box" data-url="/col/nb/other.jsp"><a href="/col/nb/other.jsp">更多</a>
  兰溪县2023年政府信息公开工作年度报告</div>
<div class="weather" data-src="http://tianqi.example.com/widget.html"></div>
<div class="map" data-src="/zwgk/ditu/map.html">地图加载中</div>
<div class="scroll-loader" data-url="/col/nb/list.do?page=2"></div>
<li class="year" data-url="/col/nb/index.jsp?year=2023">2023年</li>
</body></html>"""


def test_placeholder_panels_are_read_as_the_page_s_documents() -> None:
    assert panels.panel_addresses(Selector(text=PAGE)) == [
        "/col/nb/xz_list.jsp?type=2", "/col/nb/fragments/jdb.html", "/zwgk/ditu/map.html"]
    # the portal's own documents only, widgets (a map) left out, as frames are
    assert detect.frame_lists(Selector(text=PAGE), BASE) == [
        "http://xxgk.lanxi.gov.test/col/nb/xz_list.jsp?type=2", "http://xxgk.lanxi.gov.test/col/nb/fragments/jdb.html"]


def test_not_panels_a_lazy_image_a_loader_control_a_box_with_content() -> None:
    addresses = panels.panel_addresses(Selector(text=PAGE))
    for address in ("/images/banner_2025.html", "/uploads/banner.jpg", "index_2.html", "/col/nb/other.jsp",
                    "http://tianqi.example.com/widget.html", "/col/nb/list.do?page=2", "/col/nb/index.jsp?year=2023"):
        assert address not in addresses


def test_a_page_that_shows_reports_still_reads_its_panels_not_its_frames() -> None:
    # A page showing reports reads no frame (its list is the page's own), but a placeholder panel is
    # the page's content whatever else it shows (an accordion's 乡镇 panel under the 部门 panel's reports).
    page = PAGE.replace("<section", '<iframe src="/col/nb/frame_list.jsp"></iframe><section')
    assert "http://xxgk.lanxi.gov.test/col/nb/frame_list.jsp" in detect.frame_lists(Selector(text=page), BASE)
    assert detect.panel_lists(Selector(text=page), BASE) == [
        "http://xxgk.lanxi.gov.test/col/nb/xz_list.jsp?type=2", "http://xxgk.lanxi.gov.test/col/nb/fragments/jdb.html"]
