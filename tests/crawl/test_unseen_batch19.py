"""Issue 12, held-out batch 19 of the unseen province (govcrawl/province/unseen/batch19): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch19``  (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import unquote, urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch19",)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_batch19_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (TRS ``recordCount``/``countPage``, a 海云 "共 N 条 第 1/N 页",
    a Hanweb ``jpage`` ``totalRecord``, VSB "共N条 1/N", a gkmlpt node's ``total``/``page_size``, a 开普云
    "共 N 条", a hub's "共收录 N 个单位", a legacy "共N条记录 每页N条", a MetInfo "共N条", a
    SiteFactory "共 N 条记录") agrees with the entries the portal serves — but for the 开普云 list's third
    page (502) and the hub's 市教育局 column (404), each every time."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: createPageHTML(countPage, …) over index.html, index_1.html, …; recordCount
        root = "http://www.buchuan.gov.test/xxgk/zfxxgkndbg/"
        first = page(root + "index.html")
        pages = declared_number(r"var countPage = (\d+);", first)
        total = declared_number(r"recordCount = (\d+);", first)
        assert "index_1.html" not in first
        served = set()
        for k in range(pages):
            url = root + ("index.html" if k == 0 else f"index_{k}.html")
            served |= {urljoin(url, h) for h in re.findall(r'<li><span>\[[\d-]+\]</span><a href="([^"]+)"', page(url))}
        assert fetch(server.proxy, f"{root}index_{pages}.html")[0] == 404
        assert len(served) == total == listed["buchuan-gov"] and served == truth_urls(province, "buchuan-gov")

        # TRS 海云: "共 N 条 第 1/N 页" and a <select> of the pages, nothing else
        root = "http://www.aoyang.gov.test/zwgk/zfxxgk/ndbg/"
        first = page(root + "index.shtml")
        total, pages = declared_number(r"共 (\d+) 条", first), declared_number(r"第 1/(\d+) 页", first)
        options = re.findall(r'<option value="([^"]+)"', first)
        assert len(options) == pages and "下一页" not in first
        served = set()
        for option in options:
            url = urljoin(root, option)
            served |= {urljoin(url, h) for h in re.findall(r'<td class="mc"><a href="([^"]+)"', page(url))}
        assert len(served) == total == listed["aoyang-gov"] and served == truth_urls(province, "aoyang-gov")

        # Hanweb: the datastore island, then the jpage proxy by startrecord/endrecord
        host = "http://www.bashan.gov.test"
        column = page(host + "/col/col2318840/index.html")
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        href = r'<li><a href="([^"]+)" target="_blank"'
        mine = set(re.findall(href, column))
        assert len(mine) == per
        for start in range(per + 1, total + 1, per):
            xml = page(f"{host}/module/web/jpage/dataproxy.jsp?startrecord={start}&endrecord={start + per - 1}"
                       f"&perpage={per}&columnid=2318840&unitid=7741&webid=61")
            assert declared_number(r"<totalrecord>(\d+)</totalrecord>", xml) == total
            mine |= set(re.findall(href, xml))
        served = {host + unescape(p) for p in mine}
        assert len(served) == total == listed["bashan-gov"] and served == truth_urls(province, "bashan-gov")

        # VSB: "共N条 1/N" over ndbg.htm, ndbg/N-1.htm … ndbg/1.htm
        home = "http://www.chahe.gov.test/xxgk/ndbg.htm"
        first = page(home)
        total, pages = declared_number(r"共(\d+)条&nbsp;", first), declared_number(r"&nbsp;1/(\d+)&nbsp;", first)
        served = set()
        for k in range(pages):
            url = home if k == 0 else f"http://www.chahe.gov.test/xxgk/ndbg/{pages - k}.htm"
            served |= {urljoin(url, h) for h in re.findall(r'<tr id="line_u8_\d+"><td><a href="([^"]+)"', page(url))}
        assert len(served) == total == listed["chahe-gov"] and served == truth_urls(province, "chahe-gov")

        # gkmlpt: the TREE's children; the parent node empty; each child's total over page_size
        shell = page("http://www.dianpu.gov.test/gkmlpt/index")
        sid = re.search(r"SID: '(\d+)'", shell)
        tree = re.search(r"TREE: (\[.*?\])\};", shell)
        assert sid and tree
        nodes = [c["id"] for c in json.loads(tree[1])[0]["children"]]
        api = "http://www.dianpu.gov.test/gkmlpt/api/all/{}?page={}&sid=" + sid[1]
        assert json.loads(page(api.format(1672, 1)))["total"] == 0
        urls: set[str] = set()
        declared = 0
        for node in nodes:
            data = json.loads(page(api.format(node, 1)))
            declared += data["total"]
            for n in range(1, -(-data["total"] // data["page_size"]) + 1):
                urls |= {a["url"] for a in json.loads(page(api.format(node, n)))["articles"]}
        assert len(urls) == declared == listed["dianpu-gkml"] and urls == truth_urls(province, "dianpu-gkml")

        # 开普云: "共 N 条" and the script's size; page 3 a 502 every time
        root = "http://www.gaoling.gov.test/xxgk/gknb/"
        first = page(root + "index.html")
        total, size = declared_number(r"共 (\d+) 条", first), declared_number(r"size: (\d+)", first)
        served = set()
        for n in range(1, -(-total // size) + 1):
            url = root + ("index.html" if n == 1 else f"index_{n}.html")
            if n == 3:
                for _ in range(2):
                    status, _, failed = fetch(server.proxy, url)
                    assert status == 502 and b"Bad Gateway" in failed
                continue
            served |= {urljoin(url, h) for h in re.findall(r'<div class="kp-item"><a href="([^"]+)"', page(url))}
        assert total == listed["gaoling-gov"] == 11 and len(served) == 8
        lost = [t for t in province.truth if t.site_id == "gaoling-gov" and t.url not in served]
        assert sorted((t.kind, t.year or 0) for t in lost) == [("decoy", 0), ("report", 2019), ("report", 2020)]

        # hub: "共收录 N 个单位" rows; the 市教育局's column a 404 every time
        hub = "http://www.chengzhou.gov.test/zwgk/bmndbg/index.html"
        body = page(hub)
        units = declared_number(r"共收录 (\d+) 个单位", body)
        grid = re.search(r'<table class="cz-grid">(.*?)</table>', body)
        assert grid and grid[1].count("<tr>") - 1 == units == 6
        served = set(re.findall(r'<a href="([^"]+)" target="_blank">查看</a>', grid[1]))
        served |= set(re.findall(r'<li><a href="([^"]+)">', body))
        gone = re.findall(r'<a href="([^"]+)" target="_blank">进入栏目</a>', grid[1])
        assert gone == ["http://jyj.chengzhou.gov.test/zfxxgk/ndbg/index.html"]
        for _ in range(2):
            status, _, answer = fetch(server.proxy, gone[0], referer=hub)
            assert status == 404 and "页面不存在" in answer.decode()
        assert len(served) == listed["chengzhou-bmnb"] - 2 and served <= truth_urls(province, "chengzhou-bmnb")
        lost = [t for t in province.truth if t.site_id == "chengzhou-bmnb" and t.url not in served]
        assert sorted((t.agency_name, t.year or 0) for t in lost) == [("埕州市教育局", 2023), ("埕州市教育局", 2024)]

        # legacy, GBK: "共N条记录 每页N条 当前第1/N页" by pager.offset
        listing = "http://www.jiakou.gov.test/xxgk/gkml/catalogInfoList.action?catalogId=105"
        first = page(listing, "gbk")
        total, per = declared_number(r"共(\d+)条记录", first), declared_number(r"每页(\d+)条", first)
        pages = declared_number(r"当前第1/(\d+)页", first)
        assert f"pager.offset={per}" in first
        served = set()
        for k in range(pages):
            text = page(f"{listing}&pager.offset={k * per}", "gbk")
            rows = re.findall(r'<A href="(catalogInfoView\.action\?infoId=\d+)"', text)
            served |= {urljoin(listing, h) for h in rows}
        assert "没有找到相关信息" in page(f"{listing}&pager.offset={pages * per}", "gbk")
        assert len(served) == total == listed["jiakou-gov"] and served == truth_urls(province, "jiakou-gov")

        # cms: auto (MetInfo): home → 信息公开 → its column nav; "共N条" over list-27-N.html
        home = page("http://www.kongyuan.gov.test/")
        assert 'href="/xxgk/"' in home and "list-27" not in home
        assert '<a href="/xxgk/list-27.html" title="政府信息公开年报">' in page("http://www.kongyuan.gov.test/xxgk/")
        listing = "http://www.kongyuan.gov.test/xxgk/list-27.html"
        first = page(listing)
        total = declared_number(r'<span class="met-pager-total">共(\d+)条</span>', first)
        pages = max(int(n) for n in re.findall(r"list-27-(\d+)\.html", first))
        served = set()
        for n in range(1, pages + 1):
            body = page(listing if n == 1 else listing.replace(".html", f"-{n}.html"))
            served |= {urljoin(listing, h) for h in re.findall(r'<li><a href="(/xxgk/\d+\.html)"', body)}
        assert fetch(server.proxy, listing.replace(".html", f"-{pages + 1}.html"))[0] == 404
        assert len(served) == total == listed["kongyuan-gov"] and served == truth_urls(province, "kongyuan-gov")

        # no cms (SiteFactory): "共 N 条记录 页次：1/N" over Index_N.aspx
        listing = "http://scjgj.lihu.gov.test/Category_45/Index.aspx"
        first = page(listing)
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"页次：1/(\d+)", first)
        served = set()
        for n in range(1, pages + 1):
            body = page(listing if n == 1 else listing.replace("Index.aspx", f"Index_{n}.aspx"))
            served |= {urljoin(listing, h) for h in re.findall(r'<a href="(/Item/\d+\.aspx)" title=', body)}
        assert len(served) == total == listed["lihu-scjgj"] and served == truth_urls(province, "lihu-scjgj")


def test_batch19_portal_contracts() -> None:
    """The legacy pages' GBK; the scans (images only, flagged); the VSB download servlet; the Hanweb
    PDF rows straight to downfile.jsp; the hub's cells that never name the report; the gkmlpt string
    dates; the 开普云 DOCX."""
    province = build_unseen(BATCH)
    with province.server() as server:
        # legacy: GBK bytes, header and meta GBK; an unknown infoId says so
        _, media, raw = fetch(server.proxy, "http://www.jiakou.gov.test/xxgk/gkml/catalogInfoList.action?"
                                    "catalogId=105")
        assert media == "text/html; charset=GBK" and b"charset=GBK" in raw and "浃口县" in raw.decode("gbk")
        assert "信息不存在" in fetch(server.proxy, "http://www.jiakou.gov.test/xxgk/gkml/catalogInfoView.action?"
                                      "infoId=1")[2].decode("gbk")
        files = [t for t in province.reports() if t.site_id == "jiakou-gov" and t.report_url]
        assert {t.media_type for t in files} == {"application/pdf", DOCX} and len(files) == 3

        # scans: the TRS 2019 report and the SiteFactory 2020 report, flagged
        scans = sorted((t.site_id, t.year) for t in province.reports() if "image_only" in t.flags)
        assert scans == [("buchuan-gov", 2019), ("lihu-scjgj", 2020)]
        for truth in province.reports():
            if "image_only" in truth.flags:
                assert truth.report_url
                assert fetch(server.proxy, truth.report_url)[1] == "application/pdf"

        # VSB: the download servlet serves the DOCX and the OFD by owner and wbfileid
        vsb = [t for t in province.reports() if t.site_id == "chahe-gov" and t.report_url]
        assert {t.media_type for t in vsb} == {DOCX, "application/ofd"}
        for truth in vsb:
            assert truth.report_url and "download.jsp?urltype=news.DownloadAttachUrl&owner=1702311" in truth.report_url
            assert fetch(server.proxy, truth.report_url)[1] == truth.media_type
        wrong = "http://www.chahe.gov.test/system/_content/download.jsp?owner=1&wbfileid=1"
        assert fetch(server.proxy, wrong)[0] == 404

        # Hanweb: the 乡镇 PDFs are the records' own links
        pdfs = [t for t in province.reports() if t.site_id == "bashan-gov" and t.media_type == "application/pdf"]
        assert len(pdfs) == 2 and all("/module/download/downfile.jsp?classid=0&filename=" in t.url for t in pdfs)
        assert all(not t.report_url for t in pdfs)

        # hub: cells say only "查看"; the 发改委 2022 PDF and 埕东区 2023 OFD are cells of their own
        body = fetch(server.proxy, "http://www.chengzhou.gov.test/zwgk/bmndbg/index.html")[2].decode()
        grid = body.split('<table class="cz-grid">', 1)[1].split("</table>", 1)[0]
        assert "年度报告" not in grid.split("</thead>", 1)[1]
        cells = {t.media_type for t in province.reports() if t.site_id == "chengzhou-bmnb" and t.url in grid}
        assert {"application/pdf", "application/ofd", "text/html"} <= cells

        # gkmlpt: dates are "YYYY-MM-DD HH:MM:SS"; a wrong sid answers an error code
        api = "http://www.dianpu.gov.test/gkmlpt/api/all/1673?page=1&sid="
        rows = json.loads(fetch(server.proxy, api + "755016")[2])["articles"]
        assert rows and all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", r["date"]) for r in rows)
        assert json.loads(fetch(server.proxy, api + "1")[2])["code"] == 1

        # 开普云: the 财政局's DOCX, and a TRS DOCX behind OLDSRC
        doc = next(t for t in province.reports() if t.site_id == "gaoling-gov" and t.report_url)
        assert doc.report_url and doc.media_type == DOCX and "/u/cms/www/" in doc.report_url
        trs = [t for t in province.reports() if t.site_id == "buchuan-gov" and t.media_type == DOCX]
        assert len(trs) == 4 and all(t.report_url and unquote(t.report_url).endswith(".docx") for t in trs)


@pytest.mark.slow
def test_batch19_measurement_runs() -> None:
    assert_measurement_holds("batch19")
