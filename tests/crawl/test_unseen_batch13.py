"""Issue 12, held-out batch 13 of the unseen province (govcrawl/province/unseen/batch13): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch13``  (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from html import unescape
from urllib.parse import urlencode, urljoin

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, missing_reports, truth_counts

BATCH = ("batch13",)


def test_batch13_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS "共N条记录 分N页" over a ``<select>`` jump box under a
    ``<base href>``, 海云 year lists each with a 6-argument pager, a jpage literal over a table with a
    发布机构 column, VSB's "共N条 … 1/N" inside an iframe'd ``lm_list.jsp``, a gkmlpt API's ``total`` in
    five-row pages, a 开普云 "共N条" over an RSS feed, a hub's "共 N 个部门" and a sub-host's "共N条", a JSP
    "共 N 条记录 共 N 页" behind ``goPage``, a Spring list's "共 N 条" oldest first, a WordPress "本栏目共 N 篇")
    agrees with the entries the portal serves — but for the 海云 2023 list's page 2 and the JSP list's
    last page (a 500 each, every time)."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: <base href> one folder up; the pager is only a <select> of option values
        root = "http://www.mingshui.gov.test/zwgk/xxgkzl/xxgknb/index.htm"
        first = page(root)
        base = re.search(r'<BASE href="([^"]+)">', first)
        assert base and base[1] == "http://www.mingshui.gov.test/zwgk/xxgkzl/"
        total, pages = declared_number(r"共(\d+)条记录", first), declared_number(r"分(\d+)页", first)
        options = re.findall(r'<OPTION value="([^"]+)"', first)
        assert len(options) == pages and "createPageHTML" not in first and "下一页" not in first
        served = set()
        for option in options:
            served |= {urljoin(base[1], h) for h in re.findall(r'<A href="(xxgknb/[^"]+)" target=_blan'
                r'k', page(urljoin(base[1], option)))}
        assert len(served) == total == listed["mingshui-gov"]
        assert {t.url for t in province.truth if t.site_id == "mingshui-gov"} == served

        # TRS 海云: a list per year, each with its 6-argument pager; 2023's page 2 answers 500
        root = "http://www.yunyang.gov.test/zwgk/zfxxgknb/"
        years = re.findall(r'<a href="\./(\d{4})/index\.shtml">', page(root + "index.shtml"))
        assert years == [str(y) for y in range(2024, 2018, -1)]
        served, declared = set(), 0
        for year in years:
            first = page(f"{root}{year}/index.shtml")
            call = re.search(r"createPageHTML\('yyPage', (\d+), 1, 'index', 'shtml', (\d+)\)", first)
            assert call
            declared += int(call[2])
            for n in range(1, int(call[1]) + 1):
                url = f"{root}{year}/" + ("index.shtml" if n == 1 else f"index_{n}.shtml")
                if year == "2023" and n == 2:
                    for _ in range(2):
                        assert fetch(server.proxy, url)[0] == 500
                    continue
                served |= {urljoin(url, h) for h in re.findall(r'<div class="yy-item"><a href="([^"]+)"', page(url))}
            assert fetch(server.proxy, f"{root}{year}/index_1.shtml")[0] == 404
        assert declared == listed["yunyang-gov"] and len(served) == declared - 2
        assert len(missing_reports(province, "yunyang-gov", served)) == 2

        # Hanweb: the datastore's first rows, the rest from the proxy's record windows
        host = "http://www.shihe.gov.test"
        column = page(host + "/col/col1229418806/index.html")
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        assert column.count("<record>") == per and '<td class="jg">' in column
        proxy = host + "/module/web/jpage/dataproxy.jsp"
        form = urlencode({"col": 1, "appid": 1, "webid": 78, "path": "/", "columnid": 1229418806, "unitid": 4188,
                          "sourceContentType": 1, "permissiontype": 0}).encode()
        rest = page(f"{proxy}?startrecord={per + 1}&endrecord={3 * per}&perpage={per}", data=form)
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", rest) == total
        art = r'<a href="(/col/col1229418806/art/\d{4}/art_[0-9a-f]{32}\.html)"'
        served = set(re.findall(art, column)) | set(re.findall(art, rest))
        assert len(served) == total == listed["shihe-gov"]
        by_get = page(f"{proxy}?page=2&{form.decode()}")
        assert set(re.findall(art, by_get)) <= served and by_get.count("<record>") == per

        # VSB: the column page holds an iframe; lm_list.jsp pages by PAGENUM
        column = page("http://www.weining.gov.test/zwgk/xxgknb.htm")
        frame_src = re.search(r'<iframe id="lmFrame" src="([^"]+)"', column)
        assert frame_src and "line_u9" not in column
        listing = urljoin("http://www.weining.gov.test/zwgk/xxgknb.htm", frame_src[1])
        assert listing == "http://www.weining.gov.test/lm_list.jsp?wbtreeid=1187"
        first = page(listing)
        total, pages = declared_number(r'<span class="p_t">共(\d+)条', first), declared_number(r'<span class="p_t">'
            r'1/(\d+)', first)
        served = set()
        for n in range(1, pages + 1):
            served |= set(re.findall(r'<li id="line_u9_\d+"><a href="([^"]+)"', page(f"{listing}&PAGENUM={n}")))
        assert len(served) == total == listed["weining-gov"]
        assert "lm_list.jsp?totalpage=3&amp;PAGENUM=2" in first
        assert '<li id="line_u9_' not in page(f"{listing}&PAGENUM={pages + 1}")

        # gkmlpt: total in five-row pages
        api = "http://www.pajiang.gov.test/gkmlpt/api/all/4016?sid=771204&page={}"
        data = json.loads(page(api.format(1)))
        total, per = data["total"], data["per_page"]
        urls = set()
        for n in range(1, -(-total // per) + 1):
            urls |= {a["url"] for a in json.loads(page(api.format(n)))["articles"]}
        assert len(urls) == total == listed["pajiang-gkml"] and per == 5
        assert json.loads(page(api.format(99)))["articles"] == []
        assert '"sid": "771204"' in page("http://www.pajiang.gov.test/gkmlpt/index")

        # 开普云: "共N条" over an RSS feed holding every item
        first = page("http://www.miyuan.gov.test/zwgk/zfxxgknb/index.html")
        total = declared_number(r"共<b>(\d+)</b>条", first)
        assert '<ul id="nbList"></ul>' in first and 'type="application/rss+xml"' in first
        rss = page("http://www.miyuan.gov.test/zwgk/zfxxgknb/rss.xml")
        links = re.findall(r"<link>(http://www\.miyuan\.gov\.test/zwgk/zfxxgknb/\d{6}/[0-9a-f]{32}\.html)</link>", rss)
        assert len(set(links)) == total == listed["miyuan-gov"]

        # hub: an iframe'd table of units, ../../ links, sub-host columns
        hub = "http://www.penzhou.gov.test/zwgk/bmnb/index.html"
        assert '<iframe src="bmlist.html"' in page(hub)
        table_url = urljoin(hub, "bmlist.html")
        table = page(table_url)
        rows = re.findall(r'<tr><td class="bm">', table)
        assert declared_number(r"共 (\d+) 个部门", table) == len(rows)
        served = {urljoin(table_url, h) for h in re.findall(r'<a href="(\.\./\.\./[^"]+)"', table)}
        served |= {urljoin(hub, h) for h in re.findall(r'<li><a href="(/zwgk/tzgg/[^"]+)"', page(hub))}
        jtj = "http://jtj.penzhou.gov.test/xxgk/ndbg/"
        first = page(jtj)
        declared_jtj = declared_number(r"共(\d+)条", first)
        assert declared_number(r"共(\d+)页", first) == 2 and 'href="index_1.html">下一页' in first
        got = {urljoin(jtj, h) for h in re.findall(r'<li><a href="([^"]+)"', first + page(jtj + "index_1.html"))}
        assert len(got) == declared_jtj
        assert fetch(server.proxy, jtj + "index_2.html")[0] == 404
        wjw = page("http://wjw.penzhou.gov.test/zwgk/nb/index.html")
        served |= got | set(re.findall(r'<td><a href="([^"]+)"', wjw))
        assert len(served) == listed["penzhou-bmnb"]

        # legacy JSP, GB18030: "共 N 条记录 共 N 页", pages only through goPage(); the last page a 500
        jsp = "http://www.biyuan.gov.test/info/iList.jsp?cat_id=10086"
        first = page(jsp, "gb18030")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"共 (\d+) 页", first)
        assert "javascript:goPage(2)" in first and "cur_page=2" not in first
        assert "'iList.jsp?cat_id=' + catId + '&cur_page=' + p" in first
        ids: set[str] = set()
        for n in range(1, pages):
            ids |= set(re.findall(r'iContent\.jsp\?info_id=(\d+)"', page(f"{jsp}&cur_page={n}", "gb18030")))
        for _ in range(2):
            status, _, body = fetch(server.proxy, f"{jsp}&cur_page={pages}")
            assert status == 500 and b"NullPointerException" in body
        assert total == listed["biyuan-gov"] and len(ids) == total - 2
        served = {f"http://www.biyuan.gov.test/info/iContent.jsp?info_id={i}" for i in ids}
        assert sorted(t.year for t in province.reports() if t.site_id == "biyuan-gov" and t.url not in served) \
            == [2019, 2020]
        assert "暂无信息" in page(f"{jsp}&cur_page={pages + 1}", "gb18030")

        # cms: auto (Spring) — home → 302 → 政务公开 → 年报, "共 N 条", oldest first
        home = page("http://www.ruiyang.gov.test/")
        assert 'href="/html/zwgk/index.html"' in home
        status, _, _ = fetch(server.proxy, "http://www.ruiyang.gov.test/html/zwgk/index.html")
        assert status == 200  # urllib follows the 302 to /zwgk/
        assert 'href="/zwgk/nb/list?catId=45"' in page("http://www.ruiyang.gov.test/zwgk/")
        listing = "http://www.ruiyang.gov.test/zwgk/nb/list?catId=45"
        first = page(listing)
        total = declared_number(r"共 (\d+) 条", first)
        pages = max(int(k) for k in re.findall(r"pageNo=(\d+)", first))
        dates: list[str] = []
        served = set()
        for n in range(1, pages + 1):
            body = page(f"{listing}&pageNo={n}")
            dates += re.findall(r"<time>([\d-]+)</time>", body)
            served |= set(re.findall(r'<div class="ry-row"><a href="([^"]+)"', body))
        assert len(served) == total == listed["ruiyang-gov"] and dates == sorted(dates)
        assert "暂无数据" in page(f"{listing}&pageNo={pages + 1}")

        # no cms (WordPress): "本栏目共 N 篇", /page/N/
        cat = "http://www.huanshui.gov.test/category/zfxxgk/ndbg/"
        first = page(cat)
        total = declared_number(r"本栏目共 (\d+) 篇", first)
        pages = max(int(k) for k in re.findall(r"/page/(\d+)/", first))
        served = set()
        for n in range(1, pages + 1):
            served |= set(re.findall(r'<a href="([^"]+)" rel="bookmark"', page(cat if n == 1 else f"{cat}page/{n}/")))
        assert len(served) == total == listed["huanshui-gov"]
        assert fetch(server.proxy, f"{cat}page/{pages + 1}/")[0] == 404


def test_batch13_portal_contracts() -> None:
    """Content-Disposition names on the Hanweb, VSB, 开普云 and JSP downloads; the JSP pages in GB18030
    (a town outside GBK) with no charset in the header; the Spring site's 302; WordPress's 301 for
    ``/page/1/``; the gkmlpt API's ``sid`` check; the 开普云 feed's short titles."""
    province = build_unseen(BATCH)
    with province.server() as server:
        for truth in province.reports():
            if truth.report_url and any(k in truth.report_url for k in ("downfile.jsp", "download.jsp")):
                status, media, _ = fetch(server.proxy, truth.report_url)
                assert status == 200 and media.startswith(truth.media_type)

        def headers(url: str) -> dict[str, str]:
            class NoRedirect(urllib.request.HTTPRedirectHandler):
                def redirect_request(self, *args: object, **kwargs: object) -> None:
                    return None

            opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}), NoRedirect)
            try:
                with opener.open(url, timeout=60) as response:
                    return {"status": str(response.status), **dict(response.headers)}
            except urllib.error.HTTPError as error:
                return {"status": str(error.code), **dict(error.headers)}

        for truth in province.reports():
            if truth.report_url and "download.jsp?fileid=" in truth.report_url and "miyuan" in truth.report_url:
                assert headers(truth.report_url)["Content-Disposition"].startswith("attachment; filename*=UTF-8''")
            if truth.report_url and "downfile.jsp" in truth.report_url:
                assert re.fullmatch(r'attachment; filename="[0-9a-f]{32}\.pdf"', headers(truth.report_url)["Content"
                    "-Disposition"])

        # legacy: GB18030 bytes, no charset in the header; the town's name is not GBK
        not_gbk = 0
        for n in (1, 2):
            _, media, body = fetch(server.proxy, f"http://www.biyuan.gov.test/info/iList.jsp?cat_id=10086&cur_page={n}")
            assert media == "text/html" and b"charset=GB18030" in body
            try:
                body.decode("gbk")
            except UnicodeDecodeError:
                not_gbk += 1
        assert not_gbk == 1  # the page listing 㮾溪镇
        town = [t for t in province.reports() if t.agency_name == "沘源县㮾溪镇人民政府"]
        assert len(town) == 1 and "㮾溪镇" in fetch(server.proxy, town[0].url)[2].decode("gb18030")
        assert "信息不存在" in fetch(server.proxy, "http://www.biyuan.gov.test/info/iContent.jsp?info_id="
            "1")[2].decode("gb18030")

        # redirects
        moved = headers("http://www.ruiyang.gov.test/html/zwgk/index.html")
        assert moved["status"] == "302" and moved["Location"] == "/zwgk/"
        moved = headers("http://www.huanshui.gov.test/category/zfxxgk/ndbg/page/1/")
        assert moved["status"] == "301" and moved["Location"].endswith("/category/zfxxgk/ndbg/")

        # gkmlpt: a wrong sid is refused; the unit only in publisher for the 卫生健康局's report
        assert fetch(server.proxy, "http://www.pajiang.gov.test/gkmlpt/api/all/4016?page=1&sid=1")[0] == 403
        rows = json.loads(fetch(server.proxy, "http://www.pajiang.gov.test/gkmlpt/api/all/4016?page=1&sid=771204")[2])
        wjj = [a for a in rows["articles"] if a["publisher"] == "潖江区卫生健康局"]
        assert len(wjj) == 1 and wjj[0]["title"] == "2024年政府信息公开工作年度报告"

        # 开普云: the feed's titles say only "…年度报告"; the articles carry the full title
        rss = fetch(server.proxy, "http://www.miyuan.gov.test/zwgk/zfxxgknb/rss.xml")[2].decode()
        titles = [unescape(t) for t in re.findall(r"<item><title>([^<]+)</title>", rss)]
        assert "洣源县2023年度报告" in titles and not any(t[-12:] == "政府信息公开工作年度报告" for t in titles[:1])
        for truth in province.reports():
            if truth.site_id == "miyuan-gov":
                assert f"<h1>{truth.title}</h1>" in fetch(server.proxy, truth.url)[2].decode()

