"""Issue 12, held-out batch 11 of the unseen province (govcrawl/province/unseen/batch11): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch11`` (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, missing_reports, truth_counts

BATCH = ("batch11",)


def test_batch11_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS pager's ``data-page-count``, 海云 hidden inputs, a
    jpage literal and its JSONP dataproxy, VSB's "共N条 … 页码：1/N", a gkmlpt API's ``total``, a 开普云
    "共 N 条 … 第 1 / N 页", a hub's "共列出 N 个单位" and its units' "共N条", a JSP "第 1 页 共 N 页 共 M 条",
    JEECMS's "共 N 条 每页 M 条", a REST API's ``count``) agrees with the entries the portal serves —
    but for the 海云 list's unpublished last page and the gkmlpt API's timed-out later pages."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: the page count only in data attributes, zero-based pages
        root = "http://www.taoxi.gov.test/zwgk/xxgkml/gzbg/"
        first = page(root + "index.html")
        pages = declared_number(r'data-page-count="(\d+)"', first)
        assert "createPageHTML(" not in first and "共" not in first.split('class="tx-list"')[1].split("</div>")[0]
        rows = sum(page(root + ("index.html" if i == 0 else f"index_{i}.html")).count('<div class="xxgk-item">')
                   for i in range(pages))
        assert rows == listed["taoxi-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.html")[0] == 404
        assert "<br>" in first and "２０" in page(root + "index_1.html") + first

        # TRS 海云: hidden inputs; the last page is not published (the deliberate shortfall)
        root = "http://www.zhangyang.gov.test/zwgk/zfxxgk/c110263/"
        first = page(root + "list.shtml")
        total = declared_number(r'id="hidTotal" value="(\d+)"', first)
        size = declared_number(r'id="hidPageSize" value="(\d+)"', first)
        pages = declared_number(r'id="hidPageCount" value="(\d+)"', first)
        assert pages == -(-total // size) and total == listed["zhangyang-gov"]
        served: set[str] = set()
        for n in range(1, pages + 1):
            status, _, body = fetch(server.proxy, root + ("list.shtml" if n == 1 else f"list_{n}.shtml"))
            if n == pages:
                assert status == 404 and fetch(server.proxy, root + f"list_{n}.shtml")[0] == 404  # persistently
                continue
            assert status == 200
            served |= {"http://www.zhangyang.gov.test" + p for p in re.findall(r'<h4><a href="([^"]+)"', body.decode())}
        assert len(served) == size * (pages - 1) < total
        assert len(missing_reports(province, "zhangyang-gov", served)) == 2
        assert fetch(server.proxy, root + "list_1.shtml")[0] == 404

        # Hanweb: the jpage literal, the embedded first page, the proxy as JSONP and as XML
        host = "http://www.qishui.gov.test"
        column = page(host + "/col/col1229915207/index.html")
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        assert total == listed["qishui-gov"] and "dataType: 'jsonp'" in column
        assert column.count("<record>") == per
        ids = "&appid=1&webid=3519&path=/&columnid=1229915207&unitid=7713402&permissiontype=0"
        rows = 0
        for n in range(1, -(-total // per) + 1):
            answer = page(f"{host}/module/web/jpage/dataproxy.jsp?page={n}{ids}&callback=jsonp{n}")
            assert answer.startswith(f"jsonp{n}(") and answer.endswith(")")
            xml = json.loads(answer[len(f"jsonp{n}(") : -1])["result"]
            assert declared_number(r"<totalrecord>(\d+)</totalrecord>", xml) == total
            rows += xml.count("<record>")
        assert rows == total
        plain = page(f"{host}/module/web/jpage/dataproxy.jsp?page=1{ids}")
        assert plain.startswith("<datastore>") and plain.count("<record>") == per
        assert page(f"{host}/module/web/jpage/dataproxy.jsp?page=1&columnid=1&unitid=2").count("<record>") == 0

        # VSB: "共N条", "每页N条", "页码：1/N", reverse-numbered pages
        vsb = page("http://www.ganshan.gov.test/xxgk/zfxxgknb.htm")
        total = declared_number(r'<span class="p_t">共(\d+)条', vsb)
        per = declared_number(r'<span class="p_t">每页(\d+)条', vsb)
        pages = declared_number(r"页码：1/(\d+)", vsb)
        assert pages == -(-total // per)
        rows = vsb.count('<td class="bt">') + sum(
            page(f"http://www.ganshan.gov.test/xxgk/zfxxgknb/{n}.htm").count('<td class="bt">')
            for n in range(1, pages)
        )
        assert rows == total == listed["ganshan-gov"]
        assert fetch(server.proxy, f"http://www.ganshan.gov.test/xxgk/zfxxgknb/{pages}.htm")[0] == 404

        # gkmlpt: page 1 of the API, then 504 on every later page (the deliberate shortfall)
        shell = page("http://www.lijiao.gov.test/gkmlpt/index")
        assert '"sid": 761204' in shell and '"id": 3102' in shell
        api = "http://www.lijiao.gov.test/gkmlpt/api/all/3102?page={}&sid=761204"
        data = json.loads(page(api.format(1)))
        assert data["total"] == listed["lijiao-gkml"] and len(data["articles"]) == data["size"] < data["total"]
        for n in (2, 3):
            status, _, body = fetch(server.proxy, api.format(n))
            assert status == 504 and b"Gateway Time-out" in body
        assert fetch(server.proxy, api.format(2))[0] == 504  # persistently
        served = {a["url"] for a in data["articles"]}
        assert len(missing_reports(province, "lijiao-gkml", served)) == 3

        # 开普云: "共 N 条" and "第 1 / N 页", ?page=N
        root = "http://zwgk.meiping.gov.test/zfxxgknb/index.html"
        first = page(root)
        total, pages = declared_number(r"共 (\d+) 条", first), declared_number(r"第 1 / (\d+) 页", first)
        rows = sum(page(f"{root}?page={n}").count('<span class="kp-org">') for n in range(1, pages + 1))
        assert rows == total == listed["meiping-gov"]
        assert 'href="http://zwgk.meiping.gov.test/"' in page("http://www.meiping.gov.test/")
        assert 'href="/zfxxgknb/index.html"' in page("http://zwgk.meiping.gov.test/")

        # hub: "共列出 N 个单位" (the departments' <li>s and the towns' script array), the units' lists
        hub = page("http://www.yuanzhou.gov.test/zwgk/bmxxgknb/index.html")
        script = re.search(r"var xzjdData = (\[.*?\]);\n", hub)
        assert script
        towns = json.loads(script[1])
        depts = hub.split('<ol class="dept">')[1].split("</ol>")[0]
        assert declared_number(r"共列出 (\d+) 个单位", hub) == depts.count("<li>") + len(towns)
        jyj = page("http://jyj.yuanzhou.gov.test/xxgk/nb/")
        assert declared_number(r"共(\d+)条", jyj) == jyj.count("<li>")
        rsj = page("http://rsj.yuanzhou.gov.test/zfxxgk/ndbg/index.html")
        assert declared_number(r"共 (\d+) 条记录", rsj) == rsj.count('<article class="it">')
        direct = len(re.findall(r'<span><a href="(?!http://(?:jyj|rsj)\.)', depts)) + sum(len(t["l"]) for t in towns)
        related = hub.count("相关栏目：<a ")
        assert direct + related + jyj.count("<li>") + rsj.count('<article class="it">') == listed["yuanzhou-bmnb"]

        # legacy JSP, GB18030: "第 1 页 共 N 页 共 M 条"
        action = "http://www.laiyuan.gov.test/gov/xxgk/nbList.jsp?typeid=31"
        first = page(action, "gb18030")
        pages, total = declared_number(r"第 1 页 共 (\d+) 页", first), declared_number(r"共 (\d+) 条", first)
        ids_seen: set[str] = set()
        for n in range(1, pages + 1):
            ids_seen |= set(re.findall(r"nbShow\.jsp\?id=(\d+)", page(f"{action}&pageNum={n}", "gb18030")))
        assert len(ids_seen) == total == listed["laiyuan-gov"]

        # cms: auto (JEECMS) — home → 政务公开 → 年报; "共 N 条 每页 M 条 当前 1/P 页"
        assert 'href="/zwgk/index.jhtml"' in page("http://www.pihe.gov.test/")
        assert 'href="/zwgk/zfxxgknb/index.jhtml"' in page("http://www.pihe.gov.test/zwgk/index.jhtml")
        first = page("http://www.pihe.gov.test/zwgk/zfxxgknb/index.jhtml")
        total, pages = declared_number(r"共 (\d+) 条 每页", first), declared_number(r"当前 1/(\d+) 页", first)
        rows = sum(page("http://www.pihe.gov.test/zwgk/zfxxgknb/" + ("index.jhtml" if n == 1 else f"index_{n}.jhtml"))
                   .count('<span class="time">') for n in range(1, pages + 1))
        assert rows == total == listed["pihe-gov"]
        assert fetch(server.proxy, f"http://www.pihe.gov.test/zwgk/zfxxgknb/index_{pages + 1}.jhtml")[0] == 404

        # no cms (Django REST): the sentinel's data-count and the API's count, followed through "next"
        first = page("http://www.shukou.gov.test/zwgk/nb/")
        count = declared_number(r'data-count="(\d+)"', first)
        urls = set(re.findall(r'class="card-title" href="([^"]+)"', first))
        sentinel = re.search(r'data-next="([^"]+)"', first)
        assert sentinel
        nxt: str | None = "http://www.shukou.gov.test" + sentinel[1].replace("&amp;", "&")
        while nxt:
            data = json.loads(page(nxt))
            assert data["count"] == count
            urls |= {r["url"] for r in data["results"]}
            nxt = data["next"]
        assert len(urls) == count == listed["shukou-gov"]


def test_batch11_portal_contracts() -> None:
    """VSB attachments only with the article as Referer; the JSP's GB18030 bytes under a GBK label
    and its soft 404; the Hanweb download endpoint; one ``<PRE>`` report."""
    province = build_unseen(BATCH)
    with province.server() as server:
        for truth in province.truth:
            if truth.report_url and "download.jsp" in truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url)
                assert status == 200 and media.startswith("text/html") and len(body) > 4000
                assert fetch(server.proxy, truth.report_url, referer=truth.url)[1].startswith(truth.media_type)
        status, media, body = fetch(server.proxy, "http://www.laiyuan.gov.test/gov/xxgk/nbList.jsp?typeid=31")
        assert status == 200 and media == "text/html;charset=GBK" and b"charset=GBK" in body
        try:
            body.decode("gbk")
            raise AssertionError("the list should not decode as GBK")
        except UnicodeDecodeError:
            pass
        assert "䢺溪镇" in body.decode("gb18030")
        status, _, body = fetch(server.proxy, "http://www.laiyuan.gov.test/gov/xxgk/nbShow.jsp?id=1")
        assert status == 200 and "该信息不存在" in body.decode("gb18030")
        reports = [t.url for t in province.reports() if t.site_id == "laiyuan-gov"]
        assert sum("<PRE>" in fetch(server.proxy, u)[2].decode("gb18030") for u in reports) == 1

