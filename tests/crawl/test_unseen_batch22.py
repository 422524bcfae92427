"""Issue 12, held-out batch 22 of the unseen province (govcrawl/province/unseen/batch22): every count
a portal declares matches what it holds, and the few contracts particular to a portal (the rest of its
fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
import urllib.request
from html import unescape
from urllib.parse import urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch22",)


def test_batch22_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a commented ``createPageHTML(pages, …, "htm")``, a 6-argument
    1-based pager's page and record counts, a Hanweb jpage ``totalRecord`` and proxy ``totalrecord``, a
    VSB "共N条" over reverse-numbered pages, a gkmlpt API's ``total``, a 开普云 "共N页", a hub's unit
    columns' "共 N 条", a PHP "共 N 条记录 第 1/N 页", a Halo and a Typecho pager's page numbers) agrees
    with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic, old template: the commented 4-argument call over .htm files
        root = "http://www.bolan.gov.test/xxgk/zfxxgknb/"
        first = page(root + "index.htm")
        pages = declared_number(r'<!--\ncreatePageHTML\((\d+), 0, "index", "htm"\);', first)
        served = set()
        for k in range(pages):
            url = root + ("index.htm" if k == 0 else f"index_{k}.htm")
            served |= {urljoin(url, h) for h in re.findall(r'<TD height=25>·<A href="([^"]+)"', page(url))}
        assert fetch(server.proxy, f"{root}index_{pages}.htm")[0] == 404
        assert len(served) == listed["bolan-gov"] and served == truth_urls(province, "bolan-gov")

        # TRS 海云: 6 arguments, 1-based; _1 is 404
        root = "http://www.chuhe.gov.test/zwgk/xxgknb/"
        found = re.search(r"createPageHTML\('page_div',(\d+),1,'xxgknb_list','shtml',(\d+)\)",
                          page(root + "xxgknb_list.shtml"))
        assert found
        pages, total = int(found[1]), int(found[2])
        served = set()
        for n in range(1, pages + 1):
            url = root + ("xxgknb_list.shtml" if n == 1 else f"xxgknb_list_{n}.shtml")
            served |= {urljoin(url, h) for h in re.findall(r'<span class="date">[^<]+</span>'
                                                            '<a href="([^"]+)"', page(url))}
        assert fetch(server.proxy, root + "xxgknb_list_1.shtml")[0] == 404
        assert len(served) == total == listed["chuhe-gov"] and served == truth_urls(province, "chuhe-gov")

        # Hanweb: the island's first records, the rest from the GET proxy
        host = "http://www.dieshan.gov.test"
        column = page(host + "/col/col1229650113/index.html")
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        record = r'<record><!\[CDATA\[<li><span>[^<]+</span><a href="([^"]+)"'
        served = {host + p for p in re.findall(record, column)}
        assert len(served) == per < total
        proxy = (host + "/module/web/jpage/dataproxy.jsp?page={}&appid=1&webid=3371&path=/&columnid=1229650113"
                 "&unitid=4472013&permissiontype=0")
        answer = page(proxy.format(1))
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", answer) == total
        for n in range(1, declared_number(r"<totalpage>(\d+)</totalpage>", answer) + 1):
            served |= {host + p for p in re.findall(record, page(proxy.format(n)))}
        assert len(served) == total == listed["dieshan-gov"] and served == truth_urls(province, "dieshan-gov")

        # VSB: "共N条", reverse-numbered pages, 尾页 = 1.htm
        listing = "http://www.fenggang.gov.test/zfxxgk/zfxxgknb.htm"
        first = page(listing)
        total = declared_number(r'<span class="p_t">共(\d+)条</span>', first)
        pages = declared_number(r'<span class="p_t">1/(\d+)</span>', first)
        last = re.findall(r'<span class="p_last p_fun"><a href="([^"]+)">尾页', first)[0]
        assert urljoin(listing, last).endswith("/zfxxgknb/1.htm")
        urls = [listing] + [urljoin(listing, f"zfxxgknb/{pages - k}.htm") for k in range(1, pages)]
        served = set()
        for url in urls:
            served |= {urljoin(url, h) for h in re.findall(r'<tr id="line_u8_\d+"><td><a href="([^"]+)"', page(url))}
        assert len(served) == total == listed["fenggang-gov"] and served == truth_urls(province, "fenggang-gov")

        # gkmlpt: the config object's sid; total over the rows a page returns
        shell = page("http://www.gaoxi.gov.test/gkmlpt/index")
        sid = re.search(r'"SID": "(\d+)"', shell)
        assert sid
        api = f"http://www.gaoxi.gov.test/gkmlpt/api/all/1984?page={{}}&sid={sid[1]}"
        data = json.loads(page(api.format(1)))
        per = len(data["articles"])
        served = set()
        for n in range(1, -(-data["total"] // per) + 1):
            served |= {a["url"].split("#")[0] for a in json.loads(page(api.format(n)))["articles"]}
        assert json.loads(page(api.format(99)))["articles"] == []
        assert len(served) == data["total"] == listed["gaoxi-gkml"] and served == truth_urls(province, "gaoxi-gkml")

        # 开普云: "共N页" over index_k.htm
        root = "http://www.huaiyu.gov.test/zwgk/xxgknb/"
        pages = declared_number(r'<div class="pages">共(\d+)页', page(root + "index.htm"))
        served = set()
        for k in range(pages):
            url = root + ("index.htm" if k == 0 else f"index_{k}.htm")
            served |= {urljoin(url, h) for h in re.findall(r'<li><a href="(\./content/[^"]+)"', page(url))}
        assert fetch(server.proxy, f"{root}index_{pages}.htm")[0] == 404
        assert len(served) == listed["huaiyu-gov"] and served == truth_urls(province, "huaiyu-gov")

        # hub: the city's report, then each unit column's "共 N 条"
        hub = "http://www.jingtan.gov.test/zwgk/bmndbg/index.html"
        body = page(hub)
        served = set(re.findall(r'<div class="jt-city"><h3>市政府年报</h3><a href="([^"]+)"', body))
        columns = re.findall(r'<a href="([^"]+)" target="_blank">进入年报栏目</a>', body)
        assert len(columns) == 3
        for column in columns:
            listing = page(column)
            mine = {urljoin(column, h) for h in re.findall(r'<li><a href="([^"]+)"', listing)}
            assert len(mine) == declared_number(r"共 (\d+) 条", listing)
            served |= mine
        assert len(served) == listed["jingtan-bmnb"] and served == truth_urls(province, "jingtan-bmnb")

        # legacy PHP, GBK: "共 N 条记录 第 1/N 页"
        listing = "http://www.kuoshan.gov.test/xxgk/list.php?catid=15"
        first = page(listing, "gbk")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"第 1/(\d+) 页", first)
        served = set()
        for n in range(1, pages + 1):
            body = page(f"{listing}&page={n}", "gbk")
            served |= {urljoin(listing, h) for h in re.findall(r'<tr><td><a href="(show\.php\?itemid=\d+)"', body)}
        assert "暂无数据" in page(f"{listing}&page={pages + 1}", "gbk")
        assert len(served) == total == listed["kuoshan-gov"] and served == truth_urls(province, "kuoshan-gov")

        # cms: auto (Halo): home → 信息公开 → 年报; page numbers only
        home = page("http://www.manxi.gov.test/")
        assert 'href="/categories/xxgk">信息公开' in home and "zfxxgknb" not in home
        cat = page("http://www.manxi.gov.test/categories/xxgk")
        listing = urljoin("http://www.manxi.gov.test/", re.findall(r'<a href="([^"]+)">政府信息公开年报</a>', cat)[0])
        first = page(listing)
        assert "条" not in first.split('<nav class="pagination">')[1]
        last = max(int(n) for n in re.findall(r'>(\d+)</(?:a|span)>', first.split('<nav class="pagination">')[1]))
        served = set()
        for n in range(1, last + 1):
            url = listing if n == 1 else f"{listing}/page/{n}"
            served |= {urljoin(url, h) for h in re.findall(r'<h2 class="post-title"><a href="([^"]+)"', page(url))}
        assert fetch(server.proxy, f"{listing}/page/{last + 1}")[0] == 404
        assert len(served) == listed["manxi-gov"] and served == truth_urls(province, "manxi-gov")

        # no cms (Typecho): page numbers in the page-navigator
        listing = "http://wjw.juchuan.gov.test/index.php/category/ndbg/"
        first = page(listing)
        nav = first.split('<ol class="page-navigator">')[1]
        last = max(int(n) for n in re.findall(r'>(\d+)</a></li>', nav))
        served = set()
        for n in range(1, last + 1):
            url = listing if n == 1 else f"{listing}{n}/"
            served |= {urljoin(url, unescape(h)) for h in re.findall(r'<h2 class="post-title"><a href="([^"]+)"',
                                                                     page(url))}
        assert fetch(server.proxy, f"{listing}{last + 1}/")[0] == 404
        assert len(served) == listed["juchuan-wjw"] and served == truth_urls(province, "juchuan-wjw")


def test_batch22_portal_contracts() -> None:
    """The PHP pages' GBK bytes and slashed dates; the one scan (an image-only PDF, flagged); the VSB
    download that needs a Referer; the Hanweb OFD behind downfile.jsp; the gkmlpt API's wrong site id;
    the hub's unit reports that name no unit in their titles."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
        # legacy: GBK bytes, meta gbk, slashed unpadded dates, a missing id answers a notice
        _, media, body = fetch(server.proxy, "http://www.kuoshan.gov.test/xxgk/list.php?catid=15")
        assert media == "text/html; charset=GBK" and b'charset="gbk"' in body
        assert re.search(r"<td>\d{4}/[1-9]\d?/[1-9]\d?</td>", body.decode("gbk"))
        assert "不存在" in fetch(server.proxy, "http://www.kuoshan.gov.test/xxgk/show.php?itemid=1")[2].decode("gbk")

        # the scan: one image-only PDF, flagged
        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("fenggang-gov", 2022)]
        assert scans[0].report_url and fetch(server.proxy, scans[0].report_url)[1] == "application/pdf"

        # VSB: the download gives the file only with a Referer
        docx = next(t for t in reports
                    if t.site_id == "fenggang-gov" and t.report_url and "download.jsp" in t.report_url)
        assert docx.report_url
        assert fetch(server.proxy, docx.report_url)[2].lstrip().startswith(b"<html")
        request = urllib.request.Request(docx.report_url, headers={"Referer": docx.url})
        with opener.open(request, timeout=60) as r:
            assert r.headers["Content-Type"].startswith("application/vnd.openxmlformats")

        # Hanweb: the OFD behind downfile.jsp; an unknown file name answers a notice
        ofd = next(t for t in reports if t.site_id == "dieshan-gov" and t.media_type == "application/ofd")
        assert ofd.report_url and "downfile.jsp?classid=0&filename=" in ofd.report_url
        assert "不存在" in fetch(server.proxy, "http://www.dieshan.gov.test/module/download/downfile.jsp?classid=0"
                                 "&filename=x.ofd")[2].decode()

        # gkmlpt: a wrong site id is an error body
        assert json.loads(fetch(server.proxy, "http://www.gaoxi.gov.test/gkmlpt/api/all/1984?page=1&sid=1")[2]
                          )["code"] == 404

        # hub: unit titles name no unit; the 发布机构 line and the banner do
        for truth in (t for t in reports if t.site_id == "jingtan-bmnb" and t.agency_name != "荆潭市人民政府"):
            assert truth.title.startswith("20")
            page = fetch(server.proxy, truth.url)[2].decode()
            assert f"发布机构：{truth.agency_name}" in page and f"<h1>{truth.agency_name}</h1>" in page


@pytest.mark.slow
def test_batch22_measurement_runs() -> None:
    assert_measurement_holds("batch22")
