"""Issue 12, held-out batch 27 of the unseen province (govcrawl/province/unseen/batch27): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), and the few contracts
particular to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, found, truth_urls

BATCH = ("batch27",)


def test_batch27_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS ``nRecCount``/``nPageSize`` the script divides, a 海云
    加载更多 button's ``data-next``/``data-total``, a Hanweb jpage of three records a page over POSTed record
    windows, a VSB "共N条 1/N" over reverse-numbered files, a gkmlpt API whose sid is inside a URL template
    with its ``pagecount``, a 开普云 ``?pageNo=N`` "共N条 第1/N页", a hub's "1/N" city pages and its
    departments' lists behind a ``<select>``, an ASP "共N条记录 页次：1/N页" in GBK, a DedeCMS pageinfo over
    ``list_12_N.html``, a Hugo ``/page/N/`` pager) agrees with the entries the pages serve, and every report
    and decoy is among them."""
    province = build_unseen(BATCH)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        # TRS classic: no page count, only `var nRecCount` and `var nPageSize` (Math.ceil); zero-based index_N
        root = "http://www.xuyang.gov.test/xxgk/zfxxgknb/"
        first = page(root + "index.html")
        total = declared_number(r"var nRecCount = (\d+);", first)
        per = declared_number(r"var nPageSize = (\d+);", first)
        assert "var nPageCount = Math.ceil(nRecCount / nPageSize);" in first and f"共{total}条" in first
        pages = -(-total // per)
        card = r'<div class="xy-card"><h4><a href="([^"]+)" target="_blank">'
        rows = found(root, card, first)
        for k in range(1, pages):
            text = page(f"{root}index_{k}.html")
            assert f'createPageHTML(nPageCount, {k}, "index", "html");' in text
            rows += found(root, card, text)
        assert fetch(server.proxy, f"{root}index_{pages}.html")[0] == 404
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "xuyang-gov")

        # 海云: no page numbers, a 加载更多 button's data-next chain with data-total; index_1.html does not exist
        root = "http://rsj.pengchuan.gov.test/zfxxgk/ndbg/"
        url: str | None = root + "index.html"
        first = page(root + "index.html")
        total = declared_number(r'data-total="(\d+)"', first)
        pages = declared_number(r'data-pages="(\d+)"', first)
        rows, walked = [], []
        while url and len(walked) < 10:
            text = page(url)
            rows += found(url, r'<li><a href="([^"]+)" target="_blank" title="', text)
            walked.append(url)
            more = re.search(r'id="loadMore" href="javascript:;" data-next="([^"]+)" data-total="(\d+)"', text)
            assert not more or int(more[2]) == total
            url = urljoin(url, more[1]) if more else None
        assert '<span class="rs-nomore">没有更多了</span>' in text
        assert walked == [root + "index.html"] + [f"{root}index_{k}.html" for k in range(2, pages + 1)]
        assert fetch(server.proxy, root + "index_1.html")[0] == 404
        assert fetch(server.proxy, f"{root}index_{pages + 1}.html")[0] == 404
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "pengchuan-rsj")

        # Hanweb: perPage 3, groupSize 3, records 1-3 in the datastore; POSTed windows of 9 records through the proxy
        col = "http://www.jingshui.gov.test/col/col1229735081/index.html"
        first = page(col)
        total = declared_number(r"totalRecord: (\d+),", first)
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", first) == total
        per = declared_number(r"\$\('#5120347'\)\.jpage\(\{dataStore: .*?perPage: (\d+),", first)
        group = declared_number(r"groupSize: (\d+),", first)
        record = r'<div class="js-rec"><i class="js-dot"></i><a href="([^"]+)" target="_blank"'
        head = found(col, record, first)
        assert len(head) == per and "<nextgroup>" not in first
        params = {"col": 1, "appid": 1, "webid": 5721, "path": "/", "columnid": 1229735081, "sourceContentType": 1,
                  "unitid": 5120347, "webname": "澋水县人民政府", "permissiontype": 0}
        proxy = "http://www.jingshui.gov.test/module/web/jpage/dataproxy.jsp"
        rows, start = [], 1
        while start <= total and start < 100:
            end = start + per * group - 1
            query = urlencode({"startrecord": start, "endrecord": end, "perpage": per})
            data = page(f"{proxy}?{query}", data=urlencode(params).encode())
            assert declared_number(r"<totalrecord>(\d+)</totalrecord>", data) == total
            rows += found(col, record, data)
            start = end + 1
        assert rows[:per] == head
        other = urlencode({**params, "unitid": 1}).encode()
        assert not re.findall(record, page(f"{proxy}?startrecord=1&endrecord=9&perpage=3", data=other))
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "jingshui-gov")
        assert [u for u in rows if u not in truth_urls(province, "jingshui-gov")] == [
            u for u in rows if "申请表下载" in page(u)]

        # VSB classic text pager: "共N条  1/N", page 1 ndbg.htm, then ndbg/N-1.htm … ndbg/1.htm through 下页 alone
        url = "http://www.xuechuan.gov.test/xxgk/gknb/ndbg.htm"
        first = page(url)
        total = declared_number(r"共(\d+)条&nbsp;&nbsp;1/", first)
        pages = declared_number(r"共\d+条&nbsp;&nbsp;1/(\d+)&nbsp;", first)
        rows, walked = [], []
        while url and len(walked) < 10:
            text = page(url)
            assert f"共{total}条&nbsp;&nbsp;{len(walked) + 1}/{pages}&nbsp;" in text
            rows += found(url, r'<div class="xq-li" id="line_u8_\d+"><h4><a href="([^"]+)" target="_blank" title=',
                          text)
            walked.append(url)
            more = re.search(r'<a href="([^"]+)" class="Next">下页</a>', text)
            url = urljoin(url, more[1]) if more else None
        assert walked == ["http://www.xuechuan.gov.test/xxgk/gknb/ndbg.htm"] + [
            f"http://www.xuechuan.gov.test/xxgk/gknb/ndbg/{k}.htm" for k in range(pages - 1, 0, -1)]
        assert fetch(server.proxy, f"http://www.xuechuan.gov.test/xxgk/gknb/ndbg/{pages}.htm")[0] == 404
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "xuechuan-gov")

        # gkmlpt: the sid only inside the shell's URL template; the column from the fragment; `pagecount` pages
        shell = page("http://www.jiaowan.gov.test/gkmlpt/index")
        template = re.search(r'var GK_LIST_API = "([^"]+)";', shell)
        assert template and "sid=" in template[1]
        api = urljoin("http://www.jiaowan.gov.test/gkmlpt/index", template[1].replace("{cat}", "2417"))
        head_data = json.loads(page(api.replace("{page}", "1")))
        total, pages = head_data["total"], head_data["pagecount"]
        rows, n = [], 1
        while n <= pages and n < 10:
            data = json.loads(page(api.replace("{page}", str(n))))
            assert data["total"] == total and data["page"] == n and data["classify"]["id"] == 2417
            rows += [a["url"] for a in data["articles"]]
            n += 1
        assert json.loads(page(api.replace("{page}", str(pages + 1))))["articles"] == []
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "jiaowan-gkml")

        # 开普云: one page paged by ?pageNo=N under "共N条 第1/N页"; past the end: the last page
        root = "http://www.juling.gov.test/zwgk/xxgknb/index.shtml"
        first = page(root)
        total, pages = declared_number(r"共(\d+)条 第1/", first), declared_number(r"共\d+条 第1/(\d+)页", first)
        assert set(links(root, r'<a href="(\?pageNo=\d+)">\d+</a>')) == {
            f"{root}?pageNo={k}" for k in range(2, pages + 1)}
        item = r'<div class="jl-item"><span class="jl-no">\d+</span><a href="([^"]+)" target="_blank"'
        rows = []
        for k in range(1, pages + 1):
            text = page(f"{root}?pageNo={k}")
            assert f"共{total}条 第{k}/{pages}页" in text
            rows += found(root, item, text)
        assert page(f"{root}?pageNo={pages + 1}") == page(f"{root}?pageNo={pages}")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "juling-gov")

        # hub: the city's own list index.html / 2.html under "1/N"; the departments' lists behind the <select>
        hub = "http://www.louzhou.gov.test/zwgk/bmnb/"
        first = page(hub)
        pages = declared_number(r"<i>1/(\d+)</i>", first)
        city: list[str] = []
        for k in range(1, pages + 1):
            text = page(hub + ("index.html" if k == 1 else f"{k}.html"))
            assert f"<i>{k}/{pages}</i>" in text
            city += found(hub, r'<li><a href="([^"]+)" target="_blank">[^<]+</a><em>', text)
        assert fetch(server.proxy, f"{hub}{pages + 1}.html")[0] == 404
        assert 3 * (pages - 1) < len(city) <= 3 * pages
        depts = re.findall(r'<option value="(http://[^"]+)">', first)
        assert len(depts) == 3
        listed: list[str] = []
        for dept in depts:
            text = page(dept)
            numbers = [int(k) for k in re.findall(r"<tr><td>(\d+)</td><td><a ", text)]
            mine = found(dept, r'<tr><td>\d+</td><td><a href="([^"]+)" target="_blank">', text)
            assert numbers == list(range(1, len(mine) + 1)) and mine, dept
            listed += mine
        rows = city + listed
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "louzhou-bmnb")

        # ASP (GBK): "共N条记录 页次：1/N页", every page's URL among the jump <SELECT>'s options; past the end: last
        root = "http://www.wukou.gov.test/xxgk/list.asp?classid=35"
        first = page(root, "gbk")
        total, pages = declared_number(r"共(\d+)条记录 页次：1/", first), declared_number(r"页次：1/(\d+)页", first)
        options = found(root, r'<OPTION value="([^"]+)"', first)
        assert options == [f"{root}&page={n}" for n in range(1, pages + 1)]
        rows = []
        for url in options:
            rows += links(url, r'<A href="(show\.asp\?id=\d+)" target=_blank title=', "gbk")
        assert page(f"{root}&page={pages + 1}", "gbk") == page(f"{root}&page={pages}", "gbk")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "wukou-gov")

        # DedeCMS: home → 政务公开 → 更多; pageinfo "共 N页N条" over list_12_N.html (page 1 also index.html)
        home = "http://www.yinyuan.gov.test/"
        zwgk = links(home, r'<a href="(/zwgk/)">政务公开</a>')[0]
        col = links(zwgk, r'<a href="(/zwgk/ndbg/)">更多&gt;&gt;</a>')[0]
        first = page(col)
        pages = declared_number(r'<span class="pageinfo">共 <strong>(\d+)</strong>页', first)
        total = declared_number(r"页<strong>(\d+)</strong>条", first)
        assert first == page(urljoin(col, "list_12_1.html"))
        rows = []
        for k in range(1, pages + 1):
            rows += links(urljoin(col, f"list_12_{k}.html"), r'<li><span class="date">[\d-]+</span><a href="([^"]+)"')
        assert fetch(server.proxy, urljoin(col, f"list_12_{pages + 1}.html"))[0] == 404
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "yinyuan-gov")

        # Hugo: /xxgk/ndbg/, /page/N/ up to the Last link; /page/1/ is the alias page back to the section
        sec = "http://slj.shucheng.gov.test/xxgk/ndbg/"
        first = page(sec)
        last = re.search(r'<a href="([^"]+)" aria-label="Last"', first)
        assert last
        pages = int(re.findall(r"/page/(\d+)/$", last[1])[0])
        entry = r'<article class="post-entry"><h2 class="entry-title"><a href="([^"]+)">'
        rows = found(sec, entry, first)
        for k in range(2, pages + 1):
            rows += links(f"{sec}page/{k}/", entry)
        assert 'http-equiv="refresh" content="0; url=/xxgk/ndbg/"' in page(f"{sec}page/1/")
        assert fetch(server.proxy, f"{sec}page/{pages + 1}/")[0] == 404
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "shucheng-slj")


def test_batch27_portal_contracts() -> None:
    """The legacy pages' GBK bytes; the one scan (image-only PDF, flagged); the PDF in an ``<object>``, the
    DOCX on a file host, VSB's showVsbpdfIframe; the units named only on their own pages."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        # the legacy catalogue and its articles: GBK bytes under a gb2312 header and meta
        _, media, body = fetch(server.proxy, "http://www.wukou.gov.test/xxgk/list.asp?classid=35")
        text = body.decode("gbk")
        assert "gb2312" in media.lower() and "charset=gb2312" in text and "潕口县" in text
        legacy = next(t for t in reports if t.site_id == "wukou-gov" and "image_only" not in t.flags)
        _, media, body = fetch(server.proxy, legacy.url)
        assert "gb2312" in media.lower() and legacy.title in body.decode("gb18030")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("wukou-gov", 2020)]
        assert scans[0].report_url and "/UploadFiles/2021128153" in scans[0].report_url
        assert urlsplit(scans[0].report_url).path in fetch(server.proxy, scans[0].url)[2].decode("gbk")
        assert fetch(server.proxy, scans[0].report_url)[1] == "application/pdf"

        # 海云: the PDF in an <object> whose fallback is the download link
        haiyun = next(t for t in reports if t.site_id == "pengchuan-rsj" and t.report_url)
        assert haiyun.report_url
        article = fetch(server.proxy, haiyun.url)[2].decode()
        embed = re.search(r'<object data="([^"]+)" type="application/pdf"[^>]*><a href="([^"]+)"', article)
        assert embed and urljoin(haiyun.url, embed[1]) == urljoin(haiyun.url, embed[2]) == haiyun.report_url
        assert fetch(server.proxy, haiyun.report_url)[1] == "application/pdf"

        # 开普云: the DOCX on the separate file host
        docx = next(t for t in reports if t.site_id == "juling-gov" and t.report_url)
        assert docx.report_url and docx.report_url.startswith("http://file.juling.gov.test/upload/")
        assert docx.url.startswith("http://www.juling.gov.test/") and docx.report_url in \
            fetch(server.proxy, docx.url)[2].decode()
        assert fetch(server.proxy, docx.report_url)[0] == 200

        # VSB: showVsbpdfIframe("<path>", …) with a plain download anchor under it
        vsb = next(t for t in reports if t.site_id == "xuechuan-gov" and t.report_url)
        assert vsb.report_url
        article = fetch(server.proxy, vsb.url)[2].decode()
        call = re.search(r'<script>showVsbpdfIframe\("([^"]+)","100%"', article)
        path = urlsplit(vsb.report_url).path
        assert call and call[1] == path and f'<a href="{path}">下载原文（PDF）</a>' in article
        assert fetch(server.proxy, vsb.report_url)[1] == "application/pdf"

        # a unit abbreviated (or left out) in its title is named in full on its page
        for site, short in (("xuyang-gov", "县农业农村局"), ("jingshui-gov", "县住建局"), ("xuechuan-gov", "云岭乡"),
                            ("jiaowan-gkml", "区人社局"), ("jiaowan-gkml", "2024年"), ("juling-gov", "县农业农村局"),
                            ("louzhou-bmnb", "2024年度"), ("wukou-gov", "县农业农村局"),
                            ("yinyuan-gov", "县市场监管局"), ("shucheng-slj", "河道管理处")):
            encoding = "gbk" if site == "wukou-gov" else "utf-8"
            unit = next(t for t in reports if t.site_id == site and t.title.startswith(short))
            assert unit.agency_name not in unit.title, site
            assert unit.agency_name in fetch(server.proxy, unit.url)[2].decode(encoding), site


@pytest.mark.slow
def test_batch27_measurement_runs() -> None:
    assert_measurement_holds("batch27")
