"""Issue 12, held-out batch 24 of the unseen province (govcrawl/province/unseen/batch24): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), and the few contracts
particular to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import unquote, urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch24",)


def test_batch24_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a "共 N 页" beside a literal 4-argument ``createPageHTML``, a
    6-argument 海云 call with its record count, a Hanweb jpage ``totalRecord`` and the proxy's
    ``totalrecord``, a VSB "共N条" and "1/N", a gkmlpt API's ``count``, a 开普云 "共N页", a hub's "共 N 个部门"
    and its sub-hosts' "本栏目共 N 篇", a legacy ASP "共 N 条记录 页次：1/N", an Epoint ``data-total``, a
    XunRui "共 N 条") agrees with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: "共 N 页" and the literal 4-argument call, zero-based .shtml
        root = "http://www.cuoshan.gov.test/zwgk/xxgknb/"
        first = page(root + "index.shtml")
        pages = declared_number(r"共 (\d+) 页", first)
        assert f'createPageHTML({pages}, 0, "index", "shtml");' in first
        served = set()
        for k in range(pages):
            url = root + ("index.shtml" if k == 0 else f"index_{k}.shtml")
            served |= {urljoin(url, h) for h in re.findall(r'<td><a href="(\./\d{6}/t\d{8}_\d+\.shtml)" '
                                                           r'target="_blank" title="', page(url))}
        assert fetch(server.proxy, f"{root}index_{pages}.shtml")[0] == 404
        assert len(served) == listed["cuoshan-gov"] and served == truth_urls(province, "cuoshan-gov")

        # TRS 海云: 6 arguments, one-based; nb_list_1.shtml does not exist
        root = "http://www.liaocheng.gov.test/lcs/c102233/"
        found = re.search(r"createPageHTML\('pageBar', (\d+), 1, 'nb_list', 'shtml', (\d+)\)",
                          page(root + "nb_list.shtml"))
        assert found
        pages, total = int(found[1]), int(found[2])
        assert fetch(server.proxy, root + "nb_list_1.shtml")[0] == 404
        served = set()
        for n in range(1, pages + 1):
            url = root + ("nb_list.shtml" if n == 1 else f"nb_list_{n}.shtml")
            served |= {urljoin(url, h) for h in re.findall(r'<div class="lc-row"><a href="([^"]+)"', page(url))}
        assert len(served) == total == listed["liaocheng-gov"] and served == truth_urls(province, "liaocheng-gov")

        # Hanweb: five records in the page, totalRecord, the GET proxy's pages and the POST window
        host = "http://www.xuchuan.gov.test"
        column = page(host + "/col/col1229874410/index.html")
        total = declared_number(r"totalRecord: (\d+)", column)
        assert len(re.findall(r"<record>", column)) == 5
        proxy = (host + "/module/web/jpage/dataproxy.jsp?page={}&appid=1&webid=4410&path=/&columnid=1229874410&"
                 "unitid=4587201&webname=x&permissiontype=0")
        data = page(proxy.format(1))
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", data) == total
        served = set()
        for n in range(1, declared_number(r"<totalpage>(\d+)</totalpage>", data) + 1):
            served |= {host + h for h in re.findall(r'</span><a href="(/[^"]+)"', page(proxy.format(n)))}
        assert len(served) == total == listed["xuchuan-gov"] and served == truth_urls(province, "xuchuan-gov")
        window = fetch(server.proxy, host + "/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=15&perpage=5",
                       data=b"col=1&appid=1&webid=4410&path=/&columnid=1229874410&unitid=4587201&permissiontype=0")[2]
        assert len(re.findall(r"<record>", window.decode())) == 14
        assert "<totalrecord>0</totalrecord>" in page(proxy.format(1).replace("unitid=4587201", "unitid=1"))

        # VSB static list: "共N条", "1/N", reverse-numbered pages
        first = page("http://www.tuoxi.gov.test/xxgk/gknb.htm")
        total, pages = declared_number(r'<span class="p_t">共(\d+)条', first), declared_number(r">1/(\d+)<", first)
        served = set()
        for k in range(1, pages + 1):
            url = "http://www.tuoxi.gov.test/xxgk/" + ("gknb.htm" if k == 1 else f"gknb/{pages - k + 1}.htm")
            served |= {urljoin(url, h) for h in re.findall(r'</span><a href="((?:\.\./)+info/1187/\d+\.htm)"',
                                                           page(url))}
        assert len(served) == total == listed["tuoxi-gov"] and served == truth_urls(province, "tuoxi-gov")

        # gkmlpt: the shell's data-sid; count over limit
        shell = page("http://www.zhuwan.gov.test/gkmlpt/index")
        sid = declared_number(r'data-sid="(\d+)"', shell)
        api = f"http://www.zhuwan.gov.test/gkmlpt/api/all/3390?page={{}}&sid={sid}"
        data = json.loads(page(api.format(1)))
        served = set()
        for n in range(1, -(-data["count"] // data["limit"]) + 1):
            served |= {a["url"] for a in json.loads(page(api.format(n)))["articles"]}
        assert json.loads(page(api.format(-(-data["count"] // data["limit"]) + 1)))["articles"] == []
        assert len(served) == data["count"] == listed["zhuwan-gkml"] and served == truth_urls(province, "zhuwan-gkml")

        # 开普云: zero-based .htm, "共N页"
        root = "http://www.jiling.gov.test/zfxxgk/zfxxgknb/"
        pages = declared_number(r"共(\d+)页", page(root + "index.htm"))
        served = set()
        for k in range(pages):
            url = root + ("index.htm" if k == 0 else f"index_{k}.htm")
            served |= {urljoin(url, h) for h in re.findall(r'<li><a href="(\./\d{6}/content_\d+\.htm)"', page(url))}
        assert fetch(server.proxy, f"{root}index_{pages}.htm")[0] == 404
        assert len(served) == listed["jiling-gov"] and served == truth_urls(province, "jiling-gov")

        # hub: the city's year links, "共 N 个部门", each sub-host's "本栏目共 N 篇"
        hub = page("http://www.yuzhou.gov.test/zwgk/bmndbg/index.html")
        city = hub.split('<div class="yz-city">')[1].split("</div>")[0]
        served = set(re.findall(r'<a href="([^"]+)" target="_blank">\d{4}年度</a>', city))
        served |= set(re.findall(r'<p class="yz-tz">通知：<a href="([^"]+)">', hub))
        columns = re.findall(r'<a href="([^"]+)" target="_blank">进入栏目</a>', hub)
        assert len(columns) == declared_number(r"共 (\d+) 个部门", hub)
        for column in columns:
            listing = page(column)
            mine = {urljoin(column, h) for h in re.findall(r'<div class="art-item"><a href="([^"]+)">', listing)}
            assert len(mine) == declared_number(r"本栏目共 (\d+) 篇", listing)
            served |= mine
        assert len(served) == listed["yuzhou-bmnb"] and served == truth_urls(province, "yuzhou-bmnb")

        # legacy ASP, GBK: "共 N 条记录 页次：1/N", POST or ?page=
        listing = "http://www.langshui.gov.test/xxgk/List.asp?ClassID=31"
        first = page(listing, "gbk")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"页次：1/(\d+)", first)
        served = set()
        for n in range(1, pages + 1):
            body = fetch(server.proxy, listing, data=f"page={n}".encode())[2].decode("gbk")
            assert body == page(f"{listing}&page={n}", "gbk")
            served |= {urljoin(listing, unescape(h)) for h in re.findall(r'·<A href="(Show\.asp\?ID=\d+)"', body)}
        assert len(served) == total == listed["langshui-gov"] and served == truth_urls(province, "langshui-gov")

        # cms: auto (Epoint): home → 信息公开 → the 年报 category; data-total, N.html
        home = page("http://www.qinyuan.gov.test/")
        assert 'href="/xxgk/">信息公开' in home and "008001005" not in home
        tree = page("http://www.qinyuan.gov.test/xxgk/")
        listing = urljoin("http://www.qinyuan.gov.test/xxgk/",
                          re.findall(r'<li><a href="([^"]+)">政府信息公开年报</a></li>', tree)[0])
        first = page(listing)
        total, size = declared_number(r'data-total="(\d+)"', first), declared_number(r'data-pagesize="(\d+)"', first)
        served = set()
        for n in range(1, -(-total // size) + 1):
            url = listing if n == 1 else urljoin(listing, f"{n}.html")
            served |= {urljoin(url, h) for h in re.findall(r'<li class="ewb-list-node"><a href="([^"]+)"', page(url))}
        assert fetch(server.proxy, urljoin(listing, f"{-(-total // size) + 1}.html"))[0] == 404
        assert len(served) == total == listed["qinyuan-gov"] and served == truth_urls(province, "qinyuan-gov")

        # no cms (XunRuiCMS): "共 N 条", the last numbered link
        listing = "http://rsj.feikou.gov.test/list-ndbg.html"
        first = page(listing)
        nav = first.split('<ul class="pagination">')[1]
        total = declared_number(r"共 (\d+) 条", nav)
        last = max(int(k) for k in re.findall(r">(\d+)</a></li>", nav))
        served = set()
        for n in range(1, last + 1):
            url = listing if n == 1 else f"http://rsj.feikou.gov.test/list-ndbg-{n}.html"
            served |= {urljoin(url, h) for h in re.findall(r'<div class="txt"><a href="([^"]+)"', page(url))}
        assert fetch(server.proxy, f"http://rsj.feikou.gov.test/list-ndbg-{last + 1}.html")[0] == 404
        assert len(served) == total == listed["feikou-rsj"] and served == truth_urls(province, "feikou-rsj")


def test_batch24_portal_contracts() -> None:
    """The legacy pages' GBK bytes under a gb2312 header; the one scan (image-only PDF, flagged); the
    script-written TRS attachment; the VSB preview iframes; the Hanweb and Epoint download servlets
    naming their files; the report that names its unit only in meta."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        # legacy: gb2312 header, GBK bytes (蒗), an unknown id answers a notice
        _, media, body = fetch(server.proxy, "http://www.langshui.gov.test/xxgk/List.asp?ClassID=31")
        assert media == "text/html; charset=gb2312" and "蒗水县" in body.decode("gbk")
        assert "该文章不存在" in fetch(server.proxy, "http://www.langshui.gov.test/xxgk/Show.asp?ID=1")[2].decode("gbk")

        # scan: one image-only PDF, flagged
        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("jiling-gov", 2020)]
        assert scans[0].report_url and fetch(server.proxy, scans[0].report_url)[1] == "application/pdf"

        # TRS: the PDF's link exists only in a script variable
        trs = next(t for t in reports if t.site_id == "cuoshan-gov" and t.report_url)
        article = fetch(server.proxy, trs.url)[2].decode()
        name = (trs.report_url or "").rsplit("/", 1)[1]
        assert f'var fjUrl = "./{name}";' in article and f'href="./{name}"' not in article

        # VSB: two PDFs only through the viewer iframe
        previews = [t for t in reports if t.site_id == "tuoxi-gov" and t.media_type == "application/pdf"]
        assert len(previews) == 2
        for t in previews:
            path = (t.report_url or "").split("gov.test", 1)[1]
            assert f'viewer.html?file={path}"' in fetch(server.proxy, t.url)[2].decode()

        # Hanweb and Epoint: files through servlets, named by Content-Disposition
        for site, servlet in (("xuchuan-gov", "downfile.jsp?classid=0&showname="),
                              ("qinyuan-gov", "downloadztbattach.jsp?attachGuid=")):
            filed = [t for t in reports if t.site_id == site and t.report_url]
            assert filed and all(servlet in (t.report_url or "") for t in filed)
        import urllib.request
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
        epoint = next(t for t in reports if t.site_id == "qinyuan-gov" and t.media_type == "application/ofd")
        with opener.open(epoint.report_url or "", timeout=60) as r:
            header = r.headers["Content-Disposition"]
        assert unquote(header.split("UTF-8''", 1)[1]) == f"{epoint.title}.ofd"

        # 海云: the 审计局 named only in meta and the 发布机构 cell
        audit = next(t for t in reports if t.agency_name == "漻城市审计局")
        assert "审计" not in audit.title
        page = fetch(server.proxy, audit.url)[2].decode()
        assert '<meta name="ContentSource" content="漻城市审计局">' in page and "发布机构：漻城市审计局" in page


@pytest.mark.slow
def test_batch24_measurement_runs() -> None:
    assert_measurement_holds("batch24")
