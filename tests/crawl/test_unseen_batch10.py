"""Issue 12, held-out batch 10 of the unseen province (govcrawl/province/unseen/batch10): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch10`` (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts

BATCH = ("batch10",)


def test_batch10_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS pager fed ``Math.ceil(recordCount / pageSize)``, a 海云
    ``application/json`` page-info block, a jpage ``.jpage({...})`` literal and the dataproxy's
    ``<totalrecord>``/``<totalpage>``, VSB's "共N条 … 1/N", a gkmlpt API's ``total``/``last_page`` behind its
    session cookie, a jQuery pagination's ``totalData``/``showData``, a hub's "共收录 N 个单位" and its
    departments' "共N条", a Struts "共 N 条 第 1/N 页" whose last page is a 500, a SiteServer "第 1 页 / 共 N 页",
    EmpireCMS's "Total record") agrees with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)
    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: the page count computed from recordCount / pageSize, zero-based pages
        root = "http://www.yashan.gov.test/xxgk/fdzdgknr/gknb/"
        first = page(root + "index.html")
        total, size = (
            declared_number(r"var recordCount = (\d+);", first),
            declared_number(r"var pageSize = (\d+);", first),
        )
        assert 'createPageHTML(Math.ceil(recordCount / pageSize), 0, "index", "html")' in first
        assert declared_number(r"共(\d+)条", first) == total
        pages = -(-total // size)
        rows = sum(
            page(root + ("index.html" if i == 0 else f"index_{i}.html")).count('<p class="gk-row">')
            for i in range(pages)
        )
        assert rows == total == listed["yashan-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.html")[0] == 404

        # TRS 海云: the JSON page-info block, 1-based pages
        root = "http://www.chancheng.gov.test/zwgk/zfxxgk/c108742/"
        first = page(root + "nblist.shtml")
        info_block = re.search(r'<script type="application/json" id="pageInfo">(.*?)</script>', first)
        assert info_block
        info = json.loads(info_block[1])
        assert info["pageCount"] == -(-info["total"] // info["pageSize"])
        rows = sum(
            page(root + ("nblist.shtml" if n == 1 else f"nblist_{n}.shtml"))
            .split('<ol class="nb-ol">')[1]
            .split("</ol>")[0]
            .count("<li>")
            for n in range(1, info["pageCount"] + 1)
        )
        assert rows == info["total"] == listed["chancheng-gov"]
        assert fetch(server.proxy, root + "nblist_1.shtml")[0] == 404
        assert fetch(server.proxy, root + f"nblist_{info['pageCount'] + 1}.shtml")[0] == 404

        # Hanweb: the .jpage literal, an embedded group of three pages, POST windows and GET pages
        column = page("http://www.xiling.gov.test/col/col1229846120/index.html")
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        assert total == listed["xiling-gov"] and ".jpage({" in column
        embedded = column.count("<record>")
        assert embedded == 3 * per < total
        form = (
            "col=1&appid=1&webid=3327&path=/&columnid=1229846120&sourceContentType=1&unitid=6637104&webname="
            + quote("浠岭县人民政府")
            + "&permissiontype=0"
        ).encode()
        proxy = "http://www.xiling.gov.test/module/web/jpage/dataproxy.jsp"
        answer = page(f"{proxy}?startrecord={embedded + 1}&endrecord={embedded + 3 * per}&perpage={per}", data=form)
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", answer) == total
        assert declared_number(r"<totalpage>(\d+)</totalpage>", answer) == -(-total // per)
        assert embedded + answer.count("<record>") == total
        by_get = sum(
            page(
                f"{proxy}?page={n}&appid=1&webid=3327&path=/&columnid=1229846120&unitid=6637104&permissiontype=0"
            ).count("<record>")
            for n in range(1, -(-total // per) + 1)
        )
        assert by_get == total
        assert page(proxy + "?startrecord=1&endrecord=9&perpage=3", data=b"columnid=1&unitid=2").count("<record>") == 0
        assert fetch(server.proxy, "http://www.xiling.gov.test/module/jpage/dataproxy.jsp")[0] == 404

        # VSB: "共N条" and "1/N", reverse-numbered pages
        vsb = page("http://www.huxi.gov.test/zwgk/xxgknb.htm")
        total, pages = (
            declared_number(r'<span class="p_t">共(\d+)条', vsb),
            declared_number(r'<span class="p_t">1/(\d+)', vsb),
        )
        assert '<a href="xxgknb/1.htm">尾页</a>' in vsb
        rows = vsb.count('<span class="tt">') + sum(
            page(f"http://www.huxi.gov.test/zwgk/xxgknb/{n}.htm").count('<span class="tt">') for n in range(1, pages)
        )
        assert rows == total == listed["huxi-gov"]
        assert fetch(server.proxy, f"http://www.huxi.gov.test/zwgk/xxgknb/{pages}.htm")[0] == 404

        # gkmlpt: the API behind the shell's cookie, five rows a page
        status, _, shell_body = fetch(server.proxy, "http://www.dunwan.gov.test/gkmlpt/index")
        assert status == 200 and '"site_id": 760318' in shell_body.decode()
        api = "http://www.dunwan.gov.test/gkmlpt/api/all/2741?page={}&sid=760318"
        assert fetch(server.proxy, api.format(1))[0] == 403
        cookie = "gkmlfront_session=x"
        data = json.loads(page(api.format(1), cookie=cookie))
        rows = sum(
            len(json.loads(page(api.format(n), cookie=cookie))["articles"]) for n in range(1, data["last_page"] + 1)
        )
        assert rows == data["total"] == listed["dunwan-gkml"] and data["last_page"] == 3
        assert not json.loads(page(api.format(data["last_page"] + 1), cookie=cookie))["articles"]

        # 开普云: jQuery pagination's totalData/showData, zero-based files
        root = "http://gk.yiyuan.gov.test/xxgk/nb/"
        first = page(root + "index.shtml")
        total, size = declared_number(r"totalData: (\d+)", first), declared_number(r"showData: (\d+)", first)
        pages = -(-total // size)
        rows = sum(
            page(root + ("index.shtml" if i == 0 else f"index_{i}.shtml")).count('<div class="kp-li">')
            for i in range(pages)
        )
        assert rows == total == listed["yiyuan-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.shtml")[0] == 404
        assert "http://gk.yiyuan.gov.test/xxgk/" in page("http://www.yiyuan.gov.test/")

        # hub: "共收录 N 个单位", the finance bureau's "共N条", the WAF'd bureau's list behind its cookie
        hub = page("http://www.hanzhou.gov.test/zfxxgk/bmndbg/index.html")
        assert declared_number(r"共收录 (\d+) 个单位", hub) == hub.count('<details class="unit">')
        direct = len(re.findall(r'<span><a href="(?!http://(?:czj|sthjj)\.)[^"]+"', hub)) + hub.count("相关链接：<a ")
        czj = page("http://czj.hanzhou.gov.test/xxgk/ndbg/index.html")
        assert declared_number(r"共(\d+)条", czj) == czj.count('<td class="bt">')
        status, _, challenge = fetch(server.proxy, "http://sthjj.hanzhou.gov.test/gkml/nb/index.html")
        assert status == 412 and b"$_ts" in challenge and b"r='m'" in challenge
        waf_cookie = next(cls.browser_cookie for cls in _classes() if hasattr(cls, "browser_cookie"))
        sthjj = page("http://sthjj.hanzhou.gov.test/gkml/nb/index.html", cookie=waf_cookie)
        assert declared_number(r"共(\d+)条", sthjj) == sthjj.count("<li>")
        assert direct + czj.count('<td class="bt">') + sthjj.count("<li>") == listed["hanzhou-bmnb"]

        # Struts, GBK: "共 N 条 第 1/N 页"; the last page is a 500 every time (the deliberate shortfall)
        action = "http://www.laixi.gov.test/xxgk/gkml!list.action?dirId=38"
        first = page(action, "gbk")
        total, pages = declared_number(r"共 (\d+) 条", first), declared_number(r"第 1/(\d+) 页", first)
        assert total == listed["laixi-gov"]
        served = set()
        for n in range(1, pages + 1):
            status, _, body = fetch(server.proxy, f"{action}&page.pageNo={n}")
            if n == pages:
                assert status == 500 and b"NullPointerException" in body
                assert fetch(server.proxy, f"{action}&page.pageNo={n}")[0] == 500  # persistently
                continue
            assert status == 200
            served |= set(re.findall(r"gkml!detail\.action\?id=(\d+)", body.decode("gbk")))
        missing = [t for t in province.truth if t.site_id == "laixi-gov" and t.url.split("id=")[1] not in served]
        assert len(served) + len(missing) == total and sum(t.kind == "report" for t in missing) == 3

        # cms: auto — home → 信息公开 → 年报 channel; "第 1 页 / 共 N 页"
        assert 'href="/channels/1024.html"' in page("http://www.maokou.gov.test/")
        assert 'href="/channels/1031.html"' in page("http://www.maokou.gov.test/channels/1024.html")
        first = page("http://www.maokou.gov.test/channels/1031.html")
        pages = declared_number(r"第 1 页 / 共 (\d+) 页", first)
        rows = sum(
            page("http://www.maokou.gov.test/channels/" + ("1031.html" if n == 1 else f"1031_{n}.html")).count(
                '<li class="list-group-item"><span class="badge">'
            )
            for n in range(1, pages + 1)
        )
        assert rows == listed["maokou-gov"]
        assert fetch(server.proxy, f"http://www.maokou.gov.test/channels/1031_{pages + 1}.html")[0] == 404

        # no cms (EmpireCMS): "Total record" and 尾页
        first = page("http://www.mianping.gov.test/xxgk/ndbg/")
        total = declared_number(r'<a title="Total record">&nbsp;<b>(\d+)</b>', first)
        pages = declared_number(r'<a href="/xxgk/ndbg/index_(\d+)\.html">尾页</a>', first)
        rows = sum(
            page("http://www.mianping.gov.test/xxgk/ndbg/" + ("index.html" if n == 1 else f"index_{n}.html"))
            .split('<ul class="ecms-list">')[1]
            .split("</ul>")[0]
            .count("<li>")
            for n in range(1, pages + 1)
        )
        assert rows == total == listed["mianping-gov"]


def _classes() -> list[type]:
    from govcrawl.province.unseen import portal_classes

    return list(portal_classes(BATCH))


def test_batch10_portal_contracts() -> None:
    """VSB attachments only with the article as Referer; the Struts directory's GBK bytes (a town
    outside GB2312, no charset in the header) and its soft 404; the WAF answers 412 on every path of
    its sub-host; the EmpireCMS report in ``<pre>``."""
    province = build_unseen(BATCH)
    with province.server() as server:
        for truth in province.truth:
            if truth.report_url and "download.jsp" in truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url)
                assert status == 200 and media.startswith("text/html") and len(body) > 4000
                assert fetch(server.proxy, truth.report_url, referer=truth.url)[1].startswith(truth.media_type)
        status, media, body = fetch(server.proxy, "http://www.laixi.gov.test/xxgk/gkml!list.action?dirId=38")
        assert status == 200 and media == "text/html" and b"charset=GBK" in body
        assert "堽城镇" in body.decode("gbk")
        try:
            body.decode("gb2312")
            raise AssertionError("the list should not decode as GB2312")
        except UnicodeDecodeError:
            pass
        status, _, body = fetch(server.proxy, "http://www.laixi.gov.test/xxgk/gkml!detail.action?id=1")
        assert status == 200 and "信息不存在" in body.decode("gbk")
        for path in ("/", "/gkml/nb/index.html", "/gkml/nb/anything.html"):
            assert fetch(server.proxy, "http://sthjj.hanzhou.gov.test" + path)[0] == 412
        reports = {t.url: t for t in province.reports() if t.site_id == "mianping-gov"}
        assert sum("<pre" in fetch(server.proxy, u)[2].decode() for u in reports) == 1

