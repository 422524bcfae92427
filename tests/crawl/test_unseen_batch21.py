"""Issue 12, held-out batch 21 of the unseen province (govcrawl/province/unseen/batch21): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
import urllib.request
from html import unescape
from urllib.parse import unquote, urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch21",)


def test_batch21_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a literal ``createPageHTML(pages, …)``, a 海云 JSON island's
    ``recordCount`` / ``pageCount``, a Hanweb datastore's ``totalrecord``, a VSB sub-column's "共N条",
    a gkmlpt API's ``total``, a 开普云 "共 N 条", a hub's unit columns' "共 N 条", an ASP "共 N 条记录
    页次：1/N", a Z-Blog pagebar's last page, a Discuz "/ N 页") agrees with the entries the portal
    serves — but for the 海云 column's unpublished third page (404) and the hub's 住建局 column (503),
    each every time."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: createPageHTML(pages, current, "index", "html") with literal arguments
        root = "http://www.wuchuan.gov.test/zwgk/zfxxgknb/"
        first = page(root + "index.html")
        pages = declared_number(r'createPageHTML\((\d+), 0, "index", "html"\)', first)
        assert "countPage" not in first
        served = set()
        for k in range(pages):
            url = root + ("index.html" if k == 0 else f"index_{k}.html")
            served |= {urljoin(url, h) for h in re.findall(r'<td class="bt"><a href="(\./\d{6}/t\d{8}_\d+\.html)"',
                                                           page(url))}
        assert fetch(server.proxy, f"{root}index_{pages}.html")[0] == 404
        assert len(served) == listed["wuchuan-gov"] and served == truth_urls(province, "wuchuan-gov")

        # TRS 海云: a JSON island per page; the third page was never published
        root = "http://slj.luancheng.gov.test/zwgk/zfxxgknb/"

        def island(body: str) -> dict[str, object]:
            found = re.search(r'<script type="application/json" id="hyListData">(.*?)</script>', body)
            assert found
            data: dict[str, object] = json.loads(found[1])
            return data

        data = island(page(root + "index.html"))
        total, pages = int(str(data["recordCount"])), int(str(data["pageCount"]))
        assert '<ul id="hyList"></ul>' in page(root + "index.html") and pages == 3
        served = set()
        for k in range(pages):
            url = root + ("index.html" if k == 0 else f"index_{k}.html")
            if k == 2:
                for _ in range(2):
                    assert fetch(server.proxy, url)[0] == 404
                continue
            docs = island(page(url))["docs"]
            assert isinstance(docs, list)
            served |= {urljoin(url, d["url"]) for d in docs}
        assert total == listed["luancheng-slj"] == 12 and len(served) == 8
        assert served <= truth_urls(province, "luancheng-slj")
        lost = [t for t in province.truth if t.site_id == "luancheng-slj" and t.url not in served]
        assert sorted((t.kind, t.year or 0) for t in lost if t.kind == "report") == [("report", 2019), ("report", 2020)]
        assert len(lost) == 4

        # Hanweb: every record in the datastore, totalrecord over rsperpage, no nextgroup
        host = "http://www.xiuping.gov.test"
        column = page(host + "/col/col2361/index.html")
        total = declared_number(r"<totalrecord>(\d+)</totalrecord>", column)
        assert "<nextgroup><![CDATA[]]></nextgroup>" in column and "dataproxy" not in column
        records = re.findall(r'<record><!\[CDATA\[\s*<tr><td class="bt"><a href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_2361_'
                             r'\d+\.html)"', column)
        served = {host + p for p in records}
        assert len(records) == len(served) == total == listed["xiuping-gov"]
        assert served == truth_urls(province, "xiuping-gov")

        # VSB: three panes, the 部门 pane's sub-column "共N条" over reverse-numbered pages
        tabs = "http://www.putang.gov.test/xxgk/ndbg.htm"
        body = page(tabs)
        panes = re.findall(r'<div class="vsb-pane" id="pane\d"[^>]*>(.*?)</div>', body)
        assert len(panes) == 3 and body.count('style="display:none"') == 2
        served = set()
        for pane in panes:
            served |= {urljoin(tabs, h) for h in re.findall(r'<li><a href="([^"]+)"', pane)}
        more = urljoin(tabs, re.findall(r'<a class="more" href="([^"]+)">更多', body)[0])
        listing = page(more)
        total, pages = declared_number(r"共(\d+)"
                                       r"条", listing), declared_number(r'<span class="p_pages">1/(\d+)', listing)
        urls = [more]
        last = urljoin(more, re.findall(r'<a href="([^"]+)">尾页</a>', listing)[0])
        assert last.endswith("/xxgk/ndbg/bmnb/1.htm") and pages == 2
        urls.append(last)
        depts = set()
        for url in urls:
            depts |= {urljoin(url, h) for h in re.findall(r'<li><a href="([^"]+)"', page(url))}
        assert len(depts) == total == 6
        served |= depts
        assert len(served) == listed["putang-gov"] and served == truth_urls(province, "putang-gov")

        # gkmlpt: the fragment's category; total over page_size
        shell = page("http://www.yudong.gov.test/gkmlpt/index")
        sid = re.search(r"var SID = '(\d+)'", shell)
        assert sid and "location.hash" in shell
        api = f"http://www.yudong.gov.test/gkmlpt/api/all/2785?page={{}}&sid={sid[1]}"
        data = json.loads(page(api.format(1)))
        served = set()
        for n in range(1, -(-data["total"] // data["page_size"]) + 1):
            served |= {urljoin(api, a["url"]).split("#")[0] for a in json.loads(page(api.format(n)))["articles"]}
        assert len(served) == data["total"] == listed["yudong-gkml"] and served == truth_urls(province, "yudong-gkml")

        # 开普云: "共 N 条 每页 M 条" over index_k.html
        root = "http://www.wentang.gov.test/xxgk/zfxxgknb/"
        first = page(root + "index.html")
        total, per = declared_number(r"共 (\d+) 条", first), declared_number(r"每页 (\d+) 条", first)
        served = set()
        for k in range(-(-total // per)):
            url = root + ("index.html" if k == 0 else f"index_{k}.html")
            served |= {urljoin(url, h) for h in re.findall(r'<td class="tl"><a href="([^"]+)"', page(url))}
        assert len(served) == total == listed["wentang-gov"] and served == truth_urls(province, "wentang-gov")

        # hub: year blocks; 其他单位 columns, "共 N 条"; the 住建局 column is down every time
        hub = "http://www.yongzhou.gov.test/zwgk/bmnb/index.html"
        body = page(hub)
        served = set()
        for block in re.findall(r'<ul class="yz-units">(.*?)</ul>', body):
            served |= set(re.findall(r'<a href="([^"]+)" target="_blank" title="[^"]+">', block))
        served |= set(re.findall(r'<a href="([^"]+)" target="_blank">', body.split('<div class="yz-links">')[1]))
        others = re.findall(r'<li><a href="([^"]+)" target="_blank">[^<]+</a></li>',
                            body.split('<div class="yz-other">')[1].split("</div>")[0])
        assert len(others) == 2
        for column in others:
            if "zjj." in column:
                for _ in range(2):
                    status, _, down = fetch(server.proxy, column, referer=hub)
                    assert status == 503 and "系统维护" in down.decode()
                continue
            listing = page(column)
            mine = {urljoin(column, h) for h in re.findall(r'<li><a href="([^"]+)">', listing)}
            assert len(mine) == declared_number(r"共 (\d+) 条", listing)
            served |= mine
        assert served <= truth_urls(province, "yongzhou-bmnb") and len(served) == listed["yongzhou-bmnb"] - 2
        lost = [t for t in province.truth if t.site_id == "yongzhou-bmnb" and t.url not in served]
        assert sorted((t.agency_name, t.year or 0) for t in lost) == [("邕州市住房和城乡建设局", 2023),
                                                                      ("邕州市住房和城乡建设局", 2024)]

        # legacy ASP, GBK: "共 N 条记录 页次：1/N"
        listing = "http://www.tongbai.gov.test/zwgk/List.asp?ClassID=8"
        first = page(listing, "gbk")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"页次：1/(\d+)", first)
        served = set()
        for n in range(1, pages + 1):
            body = page(f"{listing}&page={n}", "gbk")
            served |= {urljoin(listing, h) for h in re.findall(r'<TD><A href="(Show\.asp\?ID=\d+)"', body)}
        assert "暂无信息" in page(f"{listing}&page={pages + 1}", "gbk")
        assert len(served) == total == listed["tongbai-gov"] and served == truth_urls(province, "tongbai-gov")

        # cms: auto (Z-BlogPHP): home → 信息公开 → the 年报 sub-category; the pagebar's last page
        home = page("http://www.sidu.gov.test/")
        assert 'href="/category-2.html">信息公开' in home and "category-7" not in home
        cat = page("http://www.sidu.gov.test/category-2.html")
        listing = urljoin("http://www.sidu.gov.test/", re.findall(r'<a href="([^"]+)">政府信息公开年报</a>', cat)[0])
        first = page(listing)
        assert "条" not in first.split('<div class="pagebar">')[1]
        last = max(int(n) for n in re.findall(r'<span class="page">(\d+)</span>', first))
        served = set()
        for n in range(1, last + 1):
            url = listing if n == 1 else listing.replace(".html", f"_{n}.html")
            served |= {urljoin(url, h) for h in re.findall(r'<h2><a href="(/post/\d+\.html)"', page(url))}
        assert fetch(server.proxy, listing.replace(".html", f"_{last + 1}.html"))[0] == 404
        assert len(served) == listed["sidu-gov"] and served == truth_urls(province, "sidu-gov")

        # no cms (Discuz! X portal): "/ N 页" over &page=N
        listing = "http://wglj.dangcheng.gov.test/portal.php?mod=list&catid=12"
        first = page(listing)
        pages = declared_number(r'<span title="共 (\d+) 页">', first)
        served = set()
        for n in range(1, pages + 1):
            body = page(f"{listing}&page={n}")
            served |= {urljoin(listing, unescape(h)) for h in re.findall(r'<dt class="xs2"><a href="([^"]+)"', body)}
        assert "暂无内容" in page(f"{listing}&page={pages + 1}")
        assert len(served) == listed["dangcheng-wglj"] and served == truth_urls(province, "dangcheng-wglj")


def test_batch21_portal_contracts() -> None:
    """The ASP pages' GBK bytes and Chinese dates; the scans (image-only PDFs, flagged); the VSB and
    Discuz downloads named by Content-Disposition; the gkmlpt API's wrong site id; the hub's PDF link
    and its short unit names; the TRS classic reports that name their unit only in 发布机构."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
        # legacy: GBK bytes, meta gb2312, Chinese unpadded dates, a missing id answers a notice
        _, media, body = fetch(server.proxy, "http://www.tongbai.gov.test/zwgk/List.asp?ClassID=8")
        assert media == "text/html; charset=GBK" and b"charset=gb2312" in body
        assert re.search(r"<TD width=120>\d{4}年[1-9]\d?月[1-9]\d?日</TD>", body.decode("gbk"))
        assert "不存在" in fetch(server.proxy, "http://www.tongbai.gov.test/zwgk/Show.asp?ID=1")[2].decode("gbk")

        # scans: two image-only PDFs, flagged
        scans = [t for t in reports if "image_only" in t.flags]
        assert sorted((t.site_id, t.year) for t in scans) == [("wentang-gov", 2019), ("xiuping-gov", 2021)]
        for truth in scans:
            assert truth.report_url and fetch(server.proxy, truth.report_url)[1] == "application/pdf"

        # VSB and Discuz: downloads named only by Content-Disposition
        for site in ("putang-gov", "dangcheng-wglj"):
            files = [t for t in reports if (t.site_id == site and t.report_url and "download.jsp" in t.report_url)
                     or (t.site_id == site and t.report_url and "mod=attachment" in t.report_url)]
            assert len(files) == 1
            assert files[0].report_url
            with opener.open(files[0].report_url, timeout=60) as r:
                header = r.headers["Content-Disposition"]
            assert unquote(header.split("UTF-8''", 1)[1]).startswith(files[0].title)

        # gkmlpt: a wrong site id is an error body; the default category is empty
        assert json.loads(fetch(server.proxy, "http://www.yudong.gov.test/gkmlpt/api/all/2785?page=1&sid=1")[2]
                          )["code"] == 1
        assert json.loads(fetch(server.proxy, "http://www.yudong.gov.test/gkmlpt/api/all/2780?page=1&sid=758105"
                                )[2])["total"] == 0

        # hub: the 财政局's 2023 link is the PDF; the links say only the short name
        pdf = next(t for t in reports if t.site_id == "yongzhou-bmnb" and t.media_type == "application/pdf")
        assert pdf.url.startswith("http://czj.") and pdf.url.endswith(".pdf") and pdf.agency_name == "邕州市财政局"
        hub = fetch(server.proxy, "http://www.yongzhou.gov.test/zwgk/bmnb/index.html")[2].decode()
        assert 'title="邕州市财政局">市财政局</a>' in hub

        # TRS classic: two titles name no unit; the 发布机构 cell does
        for agency in ("浯川县财政局", "浯川县自然资源局"):
            truth = next(t for t in reports if t.agency_name == agency)
            assert truth.title.startswith("20")
            assert f"<th>发布机构：</th><td>{agency}</td>" in fetch(server.proxy, truth.url)[2].decode()


@pytest.mark.slow
def test_batch21_measurement_runs() -> None:
    assert_measurement_holds("batch21")
