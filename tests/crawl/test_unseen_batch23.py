"""Issue 12, held-out batch 23 of the unseen province (govcrawl/province/unseen/batch23): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), and the few contracts
particular to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
import urllib.request
from html import unescape
from urllib.parse import unquote, urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch23",)


def test_batch23_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a comment-wrapped ``createPageHTML(pages, 0, "index", "htm")``,
    a 6-argument 海云 call with its record count, a Hanweb jpage ``totalRecord`` and the GET proxy's
    ``totalrecord``, a VSB dynamic list's "共N条" and "1/N", a gkmlpt API's ``total``, a 开普云 "当前第1/N页",
    a hub's "共 N 条" blocks and its sub-hosts' "共 N 条记录", a PHPCMS "N条", an EyouCMS "共N页M条", a
    Typecho pager's last number) agrees with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic, old template: nested tables, .htm, the call inside an HTML comment
        root = "http://www.rangxi.gov.test/xxgk/zfxxgknb/"
        first = page(root + "index.htm")
        pages = declared_number(r'<!--\ncreatePageHTML\((\d+), 0, "index", "htm"\);\n//-->', first)
        served = set()
        for k in range(pages):
            url = root + ("index.htm" if k == 0 else f"index_{k}.htm")
            served |= {urljoin(url, h) for h in re.findall(r'<TD height=25 class="rx-li">·<A href="(\./\d{6}/t\d{8}_'
                                                           r'\d+\.htm)"', page(url))}
        assert fetch(server.proxy, f"{root}index_{pages}.htm")[0] == 404
        assert len(served) == listed["rangxi-gov"] and served == truth_urls(province, "rangxi-gov")

        # TRS 海云: 6-argument, one-based; index_1.shtml does not exist
        root = "http://wjw.qiuyang.gov.test/zwgk/zfxxgknb/"
        first = page(root + "index.shtml")
        found = re.search(r"createPageHTML\('page_div',(\d+),1,'index','shtml',(\d+)\)", first)
        assert found
        pages, total = int(found[1]), int(found[2])
        assert fetch(server.proxy, root + "index_1.shtml")[0] == 404
        served = set()
        for n in range(1, pages + 1):
            url = root + ("index.shtml" if n == 1 else f"index_{n}.shtml")
            served |= {urljoin(url, h) for h in re.findall(r'<li><em>[\d-]+</em><a href="([^"]+)"', page(url))}
        assert len(served) == total == listed["qiuyang-wjw"] and served == truth_urls(province, "qiuyang-wjw")

        # Hanweb: five records in the page, totalRecord, the GET proxy's pages
        host = "http://www.tuanxi.gov.test"
        column = page(host + "/col/col1229561208/index.html")
        total = declared_number(r"totalRecord:(\d+)", column)
        assert len(re.findall(r"<record>", column)) == 5
        proxy = (host + "/module/web/jpage/dataproxy.jsp?page={}&appid=1&webid=38&path=/&columnid=1229561208&unitid="
                 "6031275&webname=x&permissiontype=0")
        data = page(proxy.format(1))
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", data) == total
        served = set()
        for n in range(1, declared_number(r"<totalpage>(\d+)</totalpage>", data) + 1):
            served |= {host + h for h in re.findall(r'<li class="cf"><a href="(/[^"]+)"', page(proxy.format(n)))}
        assert len(served) == total == listed["tuanxi-gov"] and served == truth_urls(province, "tuanxi-gov")
        assert "<totalrecord>0</totalrecord>" in page(proxy.format(1).replace("unitid=6031275", "unitid=1"))

        # VSB dynamic list: "共N条", "1/N", PAGENUM links
        listing = "http://www.shuling.gov.test/lm_list.jsp?wbtreeid=1460"
        first = page(listing)
        total, pages = declared_number(r'<span class="p_t">共(\d+)条', first), declared_number(r">1/(\d+)<", first)
        served = set()
        for n in range(1, pages + 1):
            url = (f"http://www.shuling.gov.test/lm_list.jsp?totalpage={pages}&PAGENUM={n}&urltype=tree.TreeTempUrl&"
                   "wbtreeid=1460")
            served |= {urljoin(url, h) for h in re.findall(r'<a href="(info/1460/\d+\.htm)"', page(url))}
        assert len(served) == total == listed["shuling-gov"] and served == truth_urls(province, "shuling-gov")

        # gkmlpt: the config object's sid; total over page_size
        shell = page("http://www.nuowan.gov.test/gkmlpt/index")
        config = re.search(r"window\.GKMLPT_CONFIG = (\{.*?\});", shell)
        assert config and "location.hash" in shell
        sid = json.loads(config[1])["sid"]
        api = f"http://www.nuowan.gov.test/gkmlpt/api/all/3106?page={{}}&sid={sid}"
        data = json.loads(page(api.format(1)))
        served = set()
        for n in range(1, -(-data["total"] // data["page_size"]) + 1):
            served |= {a["url"] for a in json.loads(page(api.format(n)))["articles"]}
        assert len(served) == data["total"] == listed["nuowan-gkml"] and served == truth_urls(province, "nuowan-gkml")

        # 开普云: numbered pages from 1.html, "当前第1/N页"
        root = "http://www.pingcen.gov.test/zfxxgk/zfxxgknb/"
        pages = declared_number(r"当前第1/(\d+)页", page(root + "1.html"))
        served = set()
        for n in range(1, pages + 1):
            served |= {urljoin(root, h) for h in re.findall(r'</span><a href="(/zfxxgk/zfxxgknb/\d{19}\.html)"',
                                                            page(f"{root}{n}.html"))}
        assert fetch(server.proxy, f"{root}{pages + 1}.html")[0] == 404
        assert fetch(server.proxy, root + "index.html")[0] == 404
        assert len(served) == listed["pingcen-gov"] and served == truth_urls(province, "pingcen-gov")

        # hub: the city's block "共 N 条", the cards' columns "共 N 条记录"
        hub = "http://www.xunyang.gov.test/zwgk/bmnb/index.html"
        body = page(hub)
        block = body.split('<div class="xy-szf">')[1].split("</div>")[0]
        own = set(re.findall(r'<li><a href="([^"]+)" target="_blank">', block))
        assert len(own) == declared_number(r"共 (\d+) 条", block)
        served = set(own)
        cards = body.split('<div class="xy-cards">')[1]
        columns = re.findall(r'<a class="more" href="([^"]+)"', cards)
        assert len(columns) == 3
        for column in columns:
            listing = page(column)
            mine = set(re.findall(r'<a href="(http://[a-z]{3}\.xunyang\.gov\.test/zfxxgk/[^"]+)">', listing))
            assert len(mine) == declared_number(r"共 (\d+) 条记录", listing)
            served |= mine
        latest = set(re.findall(r'最新：<a href="([^"]+)"', cards))
        assert len(latest) == 3 and latest <= served
        assert len(served) == listed["xunyang-bmnb"] and served == truth_urls(province, "xunyang-bmnb")

        # PHPCMS, GBK: "N条" first in div#pages, &page=N
        listing = "http://www.wanghe.gov.test/index.php?m=content&c=index&a=lists&catid=15"
        first = page(listing, "gbk")
        total = declared_number(r'<div id="pages" class="text-c"><a class="a1">(\d+)条</a>', first)
        served = set()
        n = 1
        while True:
            found_rows = re.findall(r'·<a href="([^"]+)" target="_blank">', page(f"{listing}&page={n}", "gbk"))
            if not found_rows:
                break
            served |= {urljoin(listing, unescape(h)) for h in found_rows}
            n += 1
        assert n == -(-total // 4) + 1
        assert len(served) == total == listed["wanghe-gov"] and served == truth_urls(province, "wanghe-gov")

        # cms: auto (EyouCMS): home → 信息公开 → the 年报 tile; "共N页M条"
        home = page("http://www.zeyuan.gov.test/")
        assert 'href="/xxgk/">信息公开' in home and "ndbg" not in home
        tiles = page("http://www.zeyuan.gov.test/xxgk/")
        listing = urljoin("http://www.zeyuan.gov.test/xxgk/", re.findall(r'<a href="([^"]+)"><img [^>]+><span>'
                                                                        r"政府信息公开年报</span>", tiles)[0])
        first = page(listing)
        found = re.search(r"共<strong>(\d+)</strong>页<strong>(\d+)</strong>条", first)
        assert found
        pages, total = int(found[1]), int(found[2])
        served = set()
        for n in range(1, pages + 1):
            url = listing if n == 1 else f"{listing}list_12_{n}.html"
            served |= {urljoin(url, h) for h in re.findall(r'<h3><a href="(/xxgk/ndbg/\d+\.html)">', page(url))}
        assert len(served) == total == listed["zeyuan-gov"] and served == truth_urls(province, "zeyuan-gov")

        # no cms (Typecho): no count; the pager's last number, a page past it 404s
        listing = "http://nyj.yaoxi.gov.test/index.php/category/ndbg/"
        first = page(listing)
        nav = first.split('<ol class="page-navigator">')[1]
        assert "条" not in nav and "共" not in nav
        last = max(int(k) for k in re.findall(r">(\d+)</a></li>", nav))
        served = set()
        for n in range(1, last + 1):
            url = listing if n == 1 else f"{listing}{n}/"
            served |= {urljoin(url, h) for h in re.findall(r'<h2 class="post-title"><a href="([^"]+)"', page(url))}
        assert fetch(server.proxy, f"{listing}{last + 1}/")[0] == 404
        assert len(served) == listed["yaoxi-nyj"] and served == truth_urls(province, "yaoxi-nyj")


def test_batch23_portal_contracts() -> None:
    """The PHPCMS pages' GBK bytes under a bare header; the one scan (image-only PDF, flagged); the VSB
    download that needs a Referer and is named by Content-Disposition; the Hanweb downfile links; the
    gkmlpt DETAIL literal and wrong site id; the 教育局 report that names its unit only in meta."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        # legacy: GBK bytes, a meta charset only, a missing id answers a notice
        _, media, body = fetch(server.proxy, "http://www.wanghe.gov.test/index.php?m=content&c=index&a=lists&catid=15")
        assert media == "text/html" and b"charset=gbk" in body and "政府信息公开年报" in body.decode("gbk")
        assert "信息不存在" in fetch(server.proxy, "http://www.wanghe.gov.test/index.php?m=content&c=index&a=show&"
                                               "catid=15&id=1")[2].decode("gbk")

        # scan: one image-only PDF, flagged
        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("pingcen-gov", 2020)]
        assert scans[0].report_url and fetch(server.proxy, scans[0].report_url)[1] == "application/pdf"

        # VSB: without a Referer an HTML error page; with it the PDF, named by Content-Disposition
        vsb = next(t for t in reports if t.site_id == "shuling-gov" and t.report_url)
        assert vsb.report_url and "download.jsp" in vsb.report_url
        status, media, body = fetch(server.proxy, vsb.report_url)
        assert status == 200 and media.startswith("text/html") and len(body) > 4000
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
        request = urllib.request.Request(vsb.report_url, headers={"Referer": vsb.url})
        with opener.open(request, timeout=60) as r:
            header = r.headers["Content-Disposition"]
            assert r.headers["Content-Type"] == "application/pdf"
        assert unquote(header.split("UTF-8''", 1)[1]) == f"{vsb.title}.pdf"

        # Hanweb: both files through downfile.jsp
        files = sorted(t.media_type for t in reports if t.site_id == "tuanxi-gov" and t.report_url)
        assert files == ["application/ofd", "application/pdf"]
        assert all("downfile.jsp?classid=0&filename=" in (t.report_url or "") for t in reports
                   if t.site_id == "tuanxi-gov" and t.report_url)

        # gkmlpt: DETAIL literal names the publisher; a wrong sid is an error body
        edu = next(t for t in reports if t.agency_name == "糯湾区教育局")
        assert edu.title.startswith("2024年度")
        detail = fetch(server.proxy, edu.url)[2].decode()
        assert '"publisher": "糯湾区教育局"' in detail and "<th>发布机构</th><td>糯湾区教育局</td>" in detail
        assert json.loads(fetch(server.proxy, "http://www.nuowan.gov.test/gkmlpt/api/all/3106?page=1&sid=1")[2]
                          )["code"] == 1
        pdf = next(t for t in reports if t.site_id == "nuowan-gkml" and t.report_url)
        assert f'"url": "{pdf.report_url}"' in fetch(server.proxy, pdf.url)[2].decode()


@pytest.mark.slow
def test_batch23_measurement_runs() -> None:
    assert_measurement_holds("batch23")
