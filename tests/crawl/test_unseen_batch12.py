"""Issue 12, held-out batch 12 of the unseen province (govcrawl/province/unseen/batch12): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch12`` (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from urllib.parse import quote, urlencode

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, missing_reports, truth_counts

BATCH = ("batch12",)
GUYANG = "http://www.guyang.gov.test/xxgk/NewsMore.asp"


def guyang_list(page: int | None = None, encoding: str = "gbk") -> str:
    query = f"BigClassName={quote('政务公开'.encode(encoding))}&SmallClassName={quote('年度报告'.encode(encoding))}"
    return f"{GUYANG}?{query}" + (f"&page={page}" if page else "")


def test_batch12_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS "共N条" over a load-more button and its ``nbSize``, two
    海云 6-argument pagers on one page, a jpage literal with a query-string ``ajaxParam``, VSB's "共N条 …
    1/N", a gkmlpt parent column's ``children`` totals, a 开普云 "共 N 条记录，当前第 1/N 页" over a POST form,
    a hub's "共 N 个单位" and a unit's "共N条", an ASP "共有信息 N 条 … 共 N 页", ThinkPHP's "共 N 条记录 1/N 页",
    a Drupal view's "共 N 条") agrees with the entries the portal serves — but for the Hanweb proxy's
    502 past the tenth record and the VSB list's refused page 2."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: no pager, a load-more button over zero-based static pages
        root = "http://www.suichuan.gov.test/zwgk/zfxxgk/gknb/"
        first = page(root + "index.html")
        total, size = declared_number(r"共(\d+)条", first), declared_number(r"nbSize = (\d+)", first)
        assert declared_number(r"nbTotal = (\d+)", first) == total
        assert "createPageHTML" not in first and 'href="index_1.html"' not in first and "加载更多" in first
        pages = -(-total // size)
        rows = sum(page(root + ("index.html" if i == 0 else f"index_{i}.html")).count('<li><span class="ly">')
                   for i in range(pages))
        assert rows == total == listed["suichuan-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.html")[0] == 404

        # TRS 海云: two lists on one page, each with its own 6-argument pager and file names
        root = "http://www.yanyang.gov.test/zwgk/zfxxgknb/"
        first = page(root + "index.shtml")
        a = re.search(r"createPageHTML\('pageA', (\d+), 1, 'index', 'shtml', (\d+)\)", first)
        b = re.search(r"createPageHTML\('pageB', (\d+), 1, 'bmnb', 'shtml', (\d+)\)", first)
        assert a and b
        city = sum(page(root + ("index.shtml" if n == 1 else f"index_{n}.shtml")).split('<ul class="nb-ul">')[1]
                   .split("</ul>")[0].count("<li>") for n in range(1, int(a[1]) + 1))
        depts = sum(page(root + ("bmnb.shtml" if n == 1 else f"bmnb_{n}.shtml")).count('<td class="bm">')
                    for n in range(1, int(b[1]) + 1))
        assert (city, depts) == (int(a[2]), int(b[2])) and city + depts == listed["yanyang-gov"]
        for dead in ("index_1.shtml", "bmnb_1.shtml", f"index_{int(a[1]) + 1}.shtml"):
            assert fetch(server.proxy, root + dead)[0] == 404

        # Hanweb: the jpage literal; the proxy fails past the tenth record (the deliberate shortfall)
        host = "http://www.ligang.gov.test"
        column = page(host + "/jcms/jcms_files/jcms1/web12/site/col/col4471/index.html")
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        assert total == listed["ligang-gov"] and column.count("<record>") == per
        assert "ajaxParam: 'col=1&appid=1&webid=12&path=/&columnid=4471" in column
        proxy = host + "/module/jslib/jquery/jpage/dataproxy.jsp"
        ids = {"col": "1", "appid": "1", "webid": "12", "path": "/", "columnid": "4471", "sourceContentType": "1",
               "unitid": "8830", "permissiontype": "0"}
        art = r'<a href="(/jcms/jcms_files/jcms1/web12/site/art/[^"]+)"'
        served = set(re.findall(art, column))
        second = page(f"{proxy}?startrecord={per + 1}&endrecord={2 * per}&perpage={per}", data=urlencode(ids).encode())
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", second) == total
        assert page(f"{proxy}?page=2&{urlencode(ids)}") == second
        served |= set(re.findall(art, second))
        for attempt in (f"?page=3&{urlencode(ids)}", f"?page=3&{urlencode(ids)}",
                        f"?startrecord={2 * per + 1}&endrecord={3 * per}&perpage={per}&{urlencode(ids)}",
                        f"?startrecord=1&endrecord={total}&perpage={total}&{urlencode(ids)}"):
            status, _, body = fetch(server.proxy, proxy + attempt)
            assert status == 502 and b"Bad Gateway" in body
        assert len(served) == 2 * per < total
        assert len(missing_reports(province, "ligang-gov", {host + u for u in served})) == 2
        assert page(f"{proxy}?page=1&columnid=1&unitid=2").count("<record>") == 0
        assert fetch(server.proxy, host + "/module/web/jpage/dataproxy.jsp?page=1")[0] == 404

        # VSB: "共N条 … 1/N", reverse-numbered pages; page 2 refused (the deliberate shortfall)
        vsb = page("http://www.yiping.gov.test/zwgk/gknb.htm")
        total = declared_number(r'<span class="p_t">共(\d+)条', vsb)
        pages = declared_number(r'<span class="p_t">1/(\d+)', vsb)
        per = vsb.count('<div class="list-item">')
        assert pages == -(-total // per) == 3 and total == listed["yiping-gov"]
        for _ in range(2):
            status, _, body = fetch(server.proxy, "http://www.yiping.gov.test/zwgk/gknb/2.htm")
            assert status == 403 and b"403 Forbidden" in body
        last = page("http://www.yiping.gov.test/zwgk/gknb/1.htm")
        assert 'href="gknb/1.htm">尾页' in vsb
        served = {"http://www.yiping.gov.test/info/" + u for u in re.findall(r'href="\.\./info/([^"]+)"', vsb)}
        served |= {"http://www.yiping.gov.test/info/" + u for u in re.findall(r'href="\.\./\.\./info/([^"]+)"', last)}
        assert len(served) == total - per
        assert len(missing_reports(province, "yiping-gov", served)) == 2
        assert fetch(server.proxy, "http://www.yiping.gov.test/zwgk/gknb/3.htm")[0] == 404

        # gkmlpt: the parent column lists nothing; its year children's totals add up
        shell = page("http://www.zhenwan.gov.test/gkmlpt/index")
        config = re.search(r"window\.GKMLPT = (\{.*?\});", shell)
        assert config
        tree = json.loads(config[1])
        children = [c["id"] for c in tree["TREE"][0]["children"]]
        api = "http://www.zhenwan.gov.test/gkmlpt/api/all/{}?page=1&sid=" + tree["SID"]
        parent = json.loads(page(api.format(tree["COLUMN"])))
        assert parent["total"] == 0 and not parent["articles"]
        assert [c["id"] for c in parent["children"]] == children
        urls: set[str] = set()
        for child, declared in ((c["id"], c["total"]) for c in parent["children"]):
            data = json.loads(page(api.format(child)))
            assert data["total"] == declared == len(data["articles"])
            urls |= {a["url"] for a in data["articles"]}
        assert len(urls) == listed["zhenwan-gkml"]
        assert any(u.startswith("http://wglt.zhenwan.gov.test/") for u in urls)

        # 开普云: "共 N 条记录，当前第 1/N 页"; pages ≥ 2 from the list controller by POST
        xxgk = "http://xxgk.mangling.gov.test"
        first = page(xxgk + "/zfxxgk/zfxxgknb/index.html")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"当前第 1/(\d+) 页", first)
        channel = re.search(r'name="channelId" value="([^"]+)"', first)
        assert channel and 'action="/kpy/list.do" method="post"' in first
        rows = first.count('<td class="tit">')
        for n in range(2, pages + 1):
            form = urlencode({"channelId": channel[1], "pageSize": rows, "pageNo": n}).encode()
            rows += page(xxgk + "/kpy/list.do", data=form).count('<td class="tit">')
        assert rows == total == listed["mangling-gov"]
        assert fetch(server.proxy, xxgk + "/zfxxgk/zfxxgknb/index_1.html")[0] == 404
        assert 'href="http://xxgk.mangling.gov.test/"' in page("http://www.mangling.gov.test/")

        # hub: "共 N 个单位" tiles → unit pages (or a sub-host list, "共N条") → reports and files
        hub_url = "http://www.mizhou.gov.test/xxgk/bmnb/index.html"
        hub = page(hub_url)
        tiles = re.findall(r'<a class="tile" href="([^"]+)"', hub)
        assert declared_number(r"共 (\d+) 个单位", hub) == len(tiles)
        targets = re.findall(r'<div class="mz-tzgg">.*?<a href="([^"]+)"', hub)
        for tile in tiles:
            if tile.startswith("http://gaj."):
                first = page(tile)
                declared = declared_number(r"共(\d+)条", first)
                both = first + page(tile.replace("index.html", "index_1.html"))
                gaj = re.findall(r'<ul class="gaj-list">(.*?)</ul>', both)
                got = [u for block in gaj for u in re.findall(r'<a href="([^"]+)"', block)]
                assert len(got) == declared
                targets += got
            else:
                unit = page("http://www.mizhou.gov.test/xxgk/bmnb/" + tile)
                targets += re.findall(r'<li><a href="([^"]+)"', unit.split('<ul class="unit-years">')[1])
        assert len(set(targets)) == listed["mizhou-bmnb"]

        # legacy ASP, GBK: "共有信息 N 条 … 共 N 页", the class names GBK-encoded in the query
        first = page(guyang_list(), "gbk")
        total = declared_number(r"共有信息 <b>(\d+)</b> 条", first)
        pages = declared_number(r"页/共 <b>(\d+)</b> 页", first)
        assert "&BigClassName=政务公开&SmallClassName=年度报告" in first
        ids: set[str] = set()
        for n in range(1, pages + 1):
            ids |= set(re.findall(r"NewsView\.asp\?ID=(\d+)", page(guyang_list(n), "gbk")))
        assert len(ids) == total == listed["guyang-gov"]

        # cms: auto (ThinkPHP) — home → 信息公开 → 年报; "共 N 条记录 1/N 页", …/p/N.html
        assert 'href="/index.php/list/8.html"' in page("http://www.xiyuan.gov.test/")
        assert 'href="/index.php/list/12.html"' in page("http://www.xiyuan.gov.test/index.php/list/8.html")
        first = page("http://www.xiyuan.gov.test/index.php/list/12.html")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"</span> 1/(\d+) 页", first)
        assert "下一页" not in first and 'class="next"' in first
        rows = sum(page(f"http://www.xiyuan.gov.test/index.php/list/12/p/{n}.html").count("<em>")
                   for n in range(1, pages + 1))
        assert rows == total == listed["xiyuan-gov"]
        assert fetch(server.proxy, f"http://www.xiyuan.gov.test/index.php/list/12/p/{pages + 1}.html")[0] == 404

        # no cms (Drupal): "共 N 条", zero-based ?page=, the last page named by 转到最后一页
        first = page("http://www.sheshui.gov.test/zwgk/ndbg")
        total = declared_number(r"共 (\d+) 条", first)
        pages = declared_number(r'href="\?page=(\d+)" title="转到最后一页"', first) + 1
        rows = sum(page(f"http://www.sheshui.gov.test/zwgk/ndbg?page={n}").count('<div class="views-row">')
                   for n in range(pages))
        assert rows == total == listed["sheshui-gov"]
        assert "暂无内容" in page(f"http://www.sheshui.gov.test/zwgk/ndbg?page={pages}")


def test_batch12_portal_contracts() -> None:
    """VSB attachments only with the article as Referer; the ASP list's GBK query and bytes, its
    articles' BOM under a gb2312 meta, its soft 404; Hanweb links only in ``onclick``; the 开普云
    controller's GET; the gkmlpt external-link row."""
    province = build_unseen(BATCH)
    with province.server() as server:
        for truth in province.truth:
            if truth.report_url and "download.jsp" in truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url)
                assert status == 200 and media.startswith("text/html") and len(body) > 4000
                assert fetch(server.proxy, truth.report_url, referer=truth.url)[1].startswith(truth.media_type)

        # legacy: GBK outside GB2312, no charset in the header; UTF-8 class names find nothing
        status, media, body = fetch(server.proxy, guyang_list())
        assert status == 200 and media == "text/html" and b"charset=gb2312" in body
        try:
            body.decode("gb2312")
            raise AssertionError("the list should not decode as GB2312")
        except UnicodeDecodeError:
            pass
        assert "堌城镇" in body.decode("gbk")
        assert "暂无信息" in fetch(server.proxy, guyang_list(encoding="utf-8"))[2].decode("gbk")
        reports = [t.url for t in province.reports() if t.site_id == "guyang-gov"]
        for url in reports:
            status, media, body = fetch(server.proxy, url)
            assert media == "text/html" and body.startswith(b"\xef\xbb\xbf") and b"charset=gb2312" in body
            body.decode("utf-8")
        status, _, body = fetch(server.proxy, "http://www.guyang.gov.test/xxgk/NewsView.asp?ID=1")
        assert status == 200 and "参数错误" in body.decode("utf-8-sig")

        # Hanweb: the attachment address only in onclick; the download serves the file
        for truth in province.reports():
            if truth.site_id == "ligang-gov" and truth.report_url:
                article = fetch(server.proxy, truth.url)[2].decode()
                link = truth.report_url.split("ligang.gov.test", 1)[1]
                assert f"onclick=\"window.open('{link}&showname=" in article and f'href="{link}' not in article
                assert fetch(server.proxy, truth.report_url)[1].startswith(truth.media_type)

        # 开普云: the controller also reads a GET query; a wrong channel answers 暂无数据
        first = fetch(server.proxy, "http://xxgk.mangling.gov.test/zfxxgk/zfxxgknb/index.html")[2].decode()
        channel = re.search(r'name="channelId" value="([^"]+)"', first)
        assert channel
        second = fetch(server.proxy, f"http://xxgk.mangling.gov.test/kpy/list.do?channelId={channel[1]}&pageNo=2")
        assert second[0] == 200 and "当前第 2/" in second[2].decode()
        assert "暂无数据" in fetch(server.proxy, "http://xxgk.mangling.gov.test/kpy/list.do?channelId=x&pageNo=2")[2].decode()

        # gkmlpt: the external-link row points at the bureau's own host
        data = json.loads(fetch(server.proxy, "http://www.zhenwan.gov.test/gkmlpt/api/all/2857?page=1&sid=762418")[2])
        linked = [a for a in data["articles"] if a["is_link"]]
        assert len(linked) == 1 and linked[0]["url"].startswith("http://wglt.zhenwan.gov.test/zwgk/ndbg/content/post_")

