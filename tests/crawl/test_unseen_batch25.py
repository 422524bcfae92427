"""Issue 12, held-out batch 25 of the unseen province (govcrawl/province/unseen/batch25): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), and the few contracts
particular to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
from urllib.parse import urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_urls

BATCH = ("batch25",)


def test_batch25_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS ``var countPage``, a 海云 ``pageParam`` element, a
    Hanweb ``var totalRecord`` and its proxy's ``<totalrecord>``, a VSB "共N页" with its jump menu, a
    gkmlpt paginator's ``total``, a 开普云 "共 N 条" over a "加载更多" chain, a hub table's "共 N 条", a
    Struts "共N条 第1/N页", a PageAdmin "共N条 1/N页", a CmsEasy "共 N 条 / N 页") agrees with the entries
    the pages serve, and every report and decoy is among them."""
    province = build_unseen(BATCH)

    with province.server() as server:
        portal = Pages(server.proxy)
        page = portal.page

        def links(url: str, pattern: str, encoding: str = "utf-8") -> set[str]:
            return set(portal.links(url, pattern, encoding))

        # TRS classic: every createPageHTML argument a variable; zero-based index_N.html
        root = "http://www.yingchuan.gov.test/zwgk/zfxxgk/zfxxgknb/"
        pages = declared_number(r"var countPage = (\d+)//共多少页", page(root + "index.html"))
        served: set[str] = set()
        for k in range(pages):
            served |= links(root + ("index.html" if k == 0 else f"index_{k}.html"),
                            r'<div class="yc-row"><span class="yc-date">[\d-]+</span><a href="([^"]+)"')
        assert fetch(server.proxy, f"{root}index_{pages}.html")[0] == 404
        assert served == truth_urls(province, "yingchuan-gov")

        # 海云: the pageParam element; list_1.shtml does not exist
        root = "http://www.yuyang.gov.test/xxgk/zfxxgknb/"
        param = page(root + "list.shtml")
        pages, total = (declared_number(r"totalPage:(\d+)", param), declared_number(r"totalRecord:(\d+)", param))
        served = set()
        for n in range(1, pages + 1):
            served |= links(root + ("list.shtml" if n == 1 else f"list_{n}.shtml"),
                            r'</div><a href="([^"]+)" target="_blank" title=')
        assert fetch(server.proxy, root + "list_1.shtml")[0] == 404
        assert len(served) == total and served == truth_urls(province, "yuyang-gov")

        # Hanweb: five records in the page, the rest through the older proxy path, one of them no report
        col = "http://www.yancheng.gov.test/col/col2290417/index.html"
        first = page(col)
        total = declared_number(r"var totalRecord = (\d+);", first)
        per = declared_number(r"var perPage = (\d+);", first)
        record = r'<td><a href="(/art/[^"]+)" target="_blank"'
        served = links(col, record)
        proxy = "http://www.yancheng.gov.test/module/jpage/dataproxy.jsp?appid=1&webid=35&path=/&columnid=2290417" \
                "&unitid=76502&permissiontype=0&page="
        for n in range(2, -(-total // per) + 1):
            assert declared_number(r"<totalrecord>(\d+)</totalrecord>", page(proxy + str(n))) == total
            served |= links(proxy + str(n), record)
        assert fetch(server.proxy, "http://www.yancheng.gov.test/module/web/jpage/dataproxy.jsp?page=2")[0] == 404
        assert len(served) == total and truth_urls(province, "yancheng-gov") < served

        # VSB: "第1页/共N页", the jump menu's options are the page files
        first = page("http://www.yaoshan.gov.test/xxgk/ndbg.htm")
        pages = declared_number(r"第1页/共(\d+)页", first)
        options = re.findall(r'<option value="([^"]+)"', first)
        assert len(options) == pages
        served = set()
        for option in options:
            url = urljoin("http://www.yaoshan.gov.test/xxgk/ndbg.htm", option)
            served |= links(url, r'class="ys-txt"><a href="([^"]+)"')
        assert served == truth_urls(province, "yaoshan-gov")

        # gkmlpt: a Laravel-style paginator, followed by next_page_url
        url: str | None = "http://www.xiewan.gov.test/gkmlpt/api/all/4211?page=1&sid=761305"
        served, total, seen = set(), -1, 0
        while url and seen < 10:
            data = json.loads(page(url))
            total = data["total"]
            served |= {a["url"] for a in data["articles"]}
            url, seen = data["next_page_url"], seen + 1
        assert len(served) == total and served == truth_urls(province, "xiewan-gkml")

        # 开普云: "共 N 条" over a chain of "加载更多" links, the last saying 已经到底了
        url, served, seen = "http://xxgk.kuiling.gov.test/zfxxgknb/index.shtml", set(), 0
        total = declared_number(r"共 (\d+) 条", page(url))
        while url and seen < 10:
            text = page(url)
            served |= links(url, r'<li class="kl-row"><a href="([^"]+)"')
            more = re.search(r'<a class="more-btn" href="([^"]+)"', text)
            url, seen = (urljoin(url, more[1]) if more else None), seen + 1
        assert "已经到底了" in text and len(served) == total and served == truth_urls(province, "kuiling-gov")

        # hub: the 最新发布 table's "共 N 条 1/2" and each unit's one-page list from the A–Z index
        hub = "http://www.huozhou.gov.test/zwgk/bmnb/index.html"
        first = page(hub)
        total = declared_number(r"共 (\d+) 条 1/2", first)
        row = r'<td><a href="([^"]+)" target="_blank" title='
        table = links(hub, row) | links(urljoin(hub, "index_2.html"), row)
        units = re.findall(r'<dd><a href="(http://\w+\.huozhou\.gov\.test/zfxxgk/ndnb/)"', first)
        assert len(table) == total and len(units) == 3
        listed = set().union(*(links(u, r'<li><a href="([^"]+)"') for u in units))
        assert table | listed == truth_urls(province, "huozhou-bmnb")

        # Struts (GB18030): "共N条 第1/N页", pageNo=N
        root = "http://www.weikou.gov.test/gkml/infoList.do?method=list&catId=2107"
        first = page(root, "gb18030")
        total, pages = declared_number(r"共(\d+)条", first), declared_number(r"第1/(\d+)页", first)
        served = set()
        for n in range(1, pages + 1):
            served |= links(f"{root}&pageNo={n}", r'<A href="(infoDetail\.do\?[^"]+)"', "gb18030")
        assert len(served) == total and served == truth_urls(province, "weikou-gov")

        # PageAdmin: "共N条 1/N页", ?page=N
        root = "http://www.weiyuan.gov.test/xxgk/zfxxgknb/"
        first = page(root)
        total, pages = declared_number(r"共(\d+)条 1/", first), declared_number(r"共\d+条 1/(\d+)页", first)
        served = set()
        for n in range(1, pages + 1):
            served |= links(f"{root}?page={n}", r'<a href="(/xxgk/zfxxgknb/\d+\.html)" title=')
        assert len(served) == total and served == truth_urls(province, "weiyuan-gov")

        # CmsEasy: "共 N 条 / N 页", &page=N
        root = "http://scjg.haocheng.gov.test/index.php?case=archive&act=list&catid=7"
        first = page(root)
        total, pages = declared_number(r"共 (\d+) 条 /", first), declared_number(r"共 \d+ 条 / (\d+) 页", first)
        served = set()
        for n in range(1, pages + 1):
            served |= links(f"{root}&page={n}", r'<dt><a href="([^"]+)"')
        assert len(served) == total and served == truth_urls(province, "haocheng-scjg")


def test_batch25_portal_contracts() -> None:
    """The legacy pages' GB18030 bytes; the one scan (image-only PDF through a servlet, flagged); the
    attachments after the editor div or in a list; the units named only on their own pages."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        _, media, body = fetch(server.proxy, "http://www.weikou.gov.test/gkml/infoList.do?method=list&catId=2107")
        assert media == "text/html; charset=GB18030" and "沩口县" in body.decode("gb18030")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("weikou-gov", 2019)]
        assert scans[0].report_url and "download.do?fileId=" in scans[0].report_url
        assert fetch(server.proxy, scans[0].report_url)[1] == "application/pdf"

        # files: a DOCX in a list after the TRS editor div; an OFD in gkmlpt's attachment block
        trs = next(t for t in reports if t.site_id == "yingchuan-gov" and t.report_url)
        article = fetch(server.proxy, trs.url)[2].decode()
        assert article.index('class="yc-attach"') > article.index("TRS_Editor")
        assert any(t.site_id == "xiewan-gkml" and t.media_type == "application/ofd" for t in reports)

        # a unit abbreviated in its title is named in full on its page
        for site, short in (("yingchuan-gov", "县人社局"), ("yaoshan-gov", "县卫健局"), ("kuiling-gov", "县水利局")):
            unit = next(t for t in reports if t.site_id == site and t.title.startswith(short))
            assert unit.agency_name not in unit.title
            assert unit.agency_name in fetch(server.proxy, unit.url)[2].decode()


@pytest.mark.slow
def test_batch25_measurement_runs() -> None:
    assert_measurement_holds("batch25")
