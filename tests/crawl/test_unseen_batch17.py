"""Issue 12, held-out batch 17 of the unseen province (govcrawl/province/unseen/batch17): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch17``  (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import urlencode, urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch17",)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_batch17_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a hand-written TRS loop over ``countPage``/``recordCount``,
    a 海云 6-argument pager above its table, a jpage literal with no datastore, VSB "共N条 … 1/N" with
    a ``<select>`` of page files, a gkmlpt API's ``total``, a 开普云 "共N条 共N页", a hub's "共收录 N 个
    单位" and each unit's "共 N 条", a Struts "共N条记录 第1/N页", a Next.js "共 N 条" over 下一页 links, a
    Domino view's "共 N 条" over ``&Start=``) agrees with the entries the portal serves — but for the
    开普云 list's third page (403 from its WAF every time); the legacy portal's truncated PDF is served
    and declared like the others (checked in the contracts)."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: the integrator's loop over countPage; recordCount
        root = "http://gxq.yazhou.gov.test/xxgk/xxgknb/"
        first = page(root + "index.htm")
        pages, total = declared_number(r"var countPage = (\d+);", first), declared_number(r"var recordCount = (\d+);",
                                                                                         first)
        assert "createPageHTML" not in first and 'href="index_1.htm"' not in first
        served = set()
        for n in range(pages):
            body = page(root + ("index.htm" if n == 0 else f"index_{n}.htm"))
            assert f"var currentPage = {n};" in body
            rows = re.findall(r'<dd><em>[\d-]+</em><a href="([^"]+)" target="_blank" title="([^"]+)">([^<]+)</a>', body)
            assert all(text.endswith("…") and unescape(full).startswith(text[:-1]) for _, full, text in rows)
            served |= {urljoin(root, h) for h, _, _ in rows}
        assert fetch(server.proxy, root + f"index_{pages}.htm")[0] == 404
        assert len(served) == total == listed["yazhou-gxq"] and served == truth_urls(province, "yazhou-gxq")

        # TRS 海云: the 6-argument pager above the table, .html pages, 1-based
        root = "http://tjj.ziyang.gov.test/zfxxgk/fdzdgknr/ndbg/"
        call = re.search(r'createPageHTML\("pageTop", (\d+), 1, "index", "html", (\d+)\)', page(root + "index.html"))
        assert call
        served = set()
        for n in range(1, int(call[1]) + 1):
            body = page(root + ("index.html" if n == 1 else f"index_{n}.html"))
            served |= {urljoin(root, h) for h in re.findall(r'<td class="bt"><a href="([^"]+)"', body)}
        assert fetch(server.proxy, root + "index_1.html")[0] == 404
        assert len(served) == int(call[2]) == listed["ziyang-tjj"] and served == truth_urls(province, "ziyang-tjj")

        # Hanweb: no datastore in the column; every page from the proxy
        host = "http://www.zhacheng.gov.test"
        column = page(host + "/col/col1229731205/index.html")
        assert "<datastore>" not in column and "/art/" not in column
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        params = {"col": 1, "appid": 1, "webid": 2871, "path": "/", "columnid": 1229731205, "sourceContentType": 1,
                  "unitid": 5013370, "permissiontype": 0}
        proxy = host + "/module/web/jpage/dataproxy.jsp"
        art = r'<a href="(/(?:art|col/col1229731205/art)/[^"]+\.html)"'
        by_get: set[str] = set()
        for n in range(1, -(-total // per) + 1):
            answer = page(f"{proxy}?page={n}&{urlencode(params)}")
            assert declared_number(r"<totalrecord>(\d+)</totalrecord>", answer) == total
            by_get |= set(re.findall(art, answer))
        by_post = set(re.findall(art, page(f"{proxy}?startrecord=1&endrecord={total}&perpage={per}",
                                           data=urlencode(params).encode())))
        assert by_get == by_post and len(by_get) == total
        served = {host + p for p in by_get}
        assert served == truth_urls(province, "zhacheng-gov") and len(served) == listed["zhacheng-gov"]
        assert fetch(server.proxy, host + "/module/jpage/dataproxy.jsp")[0] == 404

        # VSB: "共N条 … 1/N", reverse-numbered pages, the <select>'s options the same files
        column = "http://jyj.luozhou.gov.test/xxgk/xxgknb.htm"
        first = page(column)
        total = declared_number(r'<span class="p_t">共(\d+)条</span>', first)
        pages = declared_number(r'<span class="p_t">1/(\d+)</span>', first)
        options = re.findall(r'<option value="([^"]+)"', first)
        assert options == ["xxgknb.htm"] + [f"xxgknb/{pages - k + 1}.htm" for k in range(2, pages + 1)]
        served = set()
        for option in options:
            url = urljoin(column, option)
            rows = re.findall(r'</span></div><a href="([^"]+)" target="_blank"', page(url))
            served |= {urljoin(url, h) for h in rows}
        assert len(served) == total == listed["luozhou-jyj"] and served == truth_urls(province, "luozhou-jyj")

        # gkmlpt under /zdz/: the settings script, one 100-row page, a 外链 row to the PDF
        shell = page("http://www.zhangwan.gov.test/zdz/gkmlpt/index")
        config = json.loads(re.search(r"window\.GKML_CONFIG = (\{.*?\});", shell)[1])  # type: ignore[index]
        api = f"http://www.zhangwan.gov.test{config['base']}/api/all/{config['column']}?sid={config['sid']}&page="
        data = json.loads(page(api + "1"))
        urls = {a["url"] for a in data["articles"]}
        assert json.loads(page(api + "2"))["articles"] == []
        assert [a["url"].endswith(".pdf") for a in data["articles"] if a["is_link"]] == [True]
        assert len(urls) == data["total"] == listed["zhangwan-zdz"] and urls == truth_urls(province, "zhangwan-zdz")

        # 开普云: "共N条 共N页" over zero-based pages; index_2.shtml refused by the WAF every time
        root = "http://www.feicheng.gov.test/zrzygh/xxgk/zfxxgknb/"
        first = page(root + "index.shtml")
        total, pages = declared_number(r"共(\d+)条", first), declared_number(r"共(\d+)页", first)
        assert 'href="index_2.shtml">尾页' in first
        served = set()
        for n in range(pages):
            url = root + ("index.shtml" if n == 0 else f"index_{n}.shtml")
            if n == 2:
                for _ in range(2):
                    status, _, body = fetch(server.proxy, url)
                    assert status == 403 and "网站防火墙" in body.decode()
                continue
            served |= {urljoin(url, h) for h in re.findall(r'<li><a href="([^"]+)" target="_blank"', page(url))}
        assert total == listed["feicheng-zrzygh"] and len(served) == total - 2
        lost = [t for t in province.truth if t.site_id == "feicheng-zrzygh" and t.url not in served]
        assert sorted((t.kind, t.agency_name, t.year) for t in lost) == [
            ("report", "榧城市自然资源和规划局", 2019), ("report", "榧城市自然资源和规划局", 2020)]

        # hub: "共收录 N 个单位"; each unit's "共 N 条"; the 审计局's own column "共N条"
        hub = "http://www.juzhou.gov.test/zwgk/bmnb/index.html"
        first = page(hub)
        units = re.findall(r'<li(?: class="on")?><a href="(list\.jsp\?unitId=\w+|http://[^"]+)"', first)
        assert declared_number(r"本栏目共收录 (\d+) 个单位", first) == len(units) == 8
        served = set()
        for unit in units:
            url = urljoin(hub, unit)
            body = page(url)
            if "list.jsp" in unit:
                rows = re.findall(r'<td class="bt"><a href="([^"]+)"', body)
                assert declared_number(r"共 (\d+) 条", body) == len(rows)
                assert re.search(r'<h3 class="unit-name">[^<]+</h3>', body)
            else:
                rows = re.findall(r'<li><a href="([^"]+)" target="_blank"', body)
                assert declared_number(r"共(\d+)条", body) == len(rows) == 4
            served |= {urljoin(url, h) for h in rows}
        assert "暂无信息" in page(urljoin(hub, "list.jsp?unitId=tjj"))
        assert len(served) == listed["juzhou-bmnb"] and served == truth_urls(province, "juzhou-bmnb")

        # legacy Struts, GBK: "共N条记录 第1/N页", the select's pages
        listing = "http://www.xicheng.gov.test/gkml/gkml.do?method=list&catalogId=0312&pageNo="
        first = page(listing + "1", "gbk")
        total, pages = declared_number(r"共(\d+)条记录", first), declared_number(r"第1/(\d+)页", first)
        assert re.findall(r'<option value="(\d+)"', first) == [str(n) for n in range(1, pages + 1)]
        served = set()
        for n in range(1, pages + 1):
            body = page(listing + str(n), "gbk")
            served |= {urljoin(listing, unescape(h)) for h in re.findall(r'<td class="mc"><a href="([^"]+)"', body)}
        assert "没有找到相关信息" in page(listing + str(pages + 1), "gbk")
        assert len(served) == total == listed["xicheng-gkml"] and served == truth_urls(province, "xicheng-gkml")

        # cms: auto (Next.js): 政务公开 → 年报; "共 N 条" over 下一页 links only; __NEXT_DATA__
        assert '<a class="more" href="/zwgk/ndbg">' in page("http://jkq.pizhou.gov.test/zwgk")
        url = "http://jkq.pizhou.gov.test/zwgk/ndbg"
        first = page(url)
        total = declared_number(r'<span class="total">共 (\d+) 条</span>', first)
        found = re.search(r'<script id="__NEXT_DATA__" type="application/json">(.*?)</script>', first)
        assert found
        state = json.loads(found[1])
        assert state["props"]["pageProps"]["total"] == total
        served, visited = set(), 0
        while True:
            body = page(url)
            visited += 1
            served |= {urljoin(url, h) for h in re.findall(r'<article class="news-card"><h3><a href="([^"]+)"', body)}
            nxt = re.search(r'<a href="([^"]+)" rel="next">下一页</a>', body)
            if not nxt:
                break
            url = urljoin(url, unescape(nxt[1]))
        assert visited == -(-total // state["props"]["pageProps"]["pageSize"])
        assert len(served) == total == listed["pizhou-jkq"] and served == truth_urls(province, "pizhou-jkq")
        assert "暂无数据" in page("http://jkq.pizhou.gov.test/zwgk/ndbg?page=9")

        # no cms (Domino): "共 N 条" over &Start= offsets
        url = "http://rsj.meiyang.gov.test/xxgk.nsf/ndbg?OpenView"
        first = page(url)
        total = declared_number(r"共 (\d+) 条", first)
        served = set()
        while True:
            body = page(url)
            served |= {urljoin(url, h) for h in re.findall(r'<font size="2"><a href="([^"]+)">', body)}
            nxt = re.search(r'<a href="([^"]+)">下一页</a>', body)
            if not nxt:
                break
            url = urljoin(url, unescape(nxt[1]))
        assert "Start=9&Count=4" in url
        assert len(served) == total == listed["meiyang-rsj"] and served == truth_urls(province, "meiyang-rsj")
        assert "No documents found" in page("http://rsj.meiyang.gov.test/xxgk.nsf/ndbg?OpenView&Start=13&Count=4")


def test_batch17_portal_contracts() -> None:
    """The legacy portal's GBK bytes under a header-only gb2312 label and its truncated PDF (the
    second deliberate shortfall); the VSB files only with the article as Referer; the downloads'
    Content-Disposition; the jpage proxy refusing a wrong unit; the gkmlpt 外链 row; reports whose
    titles do not name their unit."""
    province = build_unseen(BATCH)
    with province.server() as server:
        # legacy: GBK bytes (昇 is outside GB2312), the charset only in the header, no <meta> charset
        pages = [fetch(server.proxy, f"http://www.xicheng.gov.test/gkml/gkml.do?method=list&catalogId=0312&pageNo={n}")
                 for n in (1, 2, 3)]
        assert all(media == "text/html;charset=gb2312" and b"charset" not in body.lower() for _, media, body in pages)
        text = b"".join(body for _, _, body in pages)
        assert "昇平镇" in text.decode("gbk")
        try:
            text.decode("gb2312")
            raise AssertionError("the list must not be valid GB2312")
        except UnicodeDecodeError:
            pass
        status, _, body = fetch(server.proxy, "http://www.xicheng.gov.test/gkml/gkml.do?method=view&id=1")
        assert status == 200 and "您访问的信息不存在或已被删除" in body.decode("gbk")
        files = {t.year: t for t in province.reports() if t.site_id == "xicheng-gkml" and t.report_url}
        media_types = {y: t.media_type for y, t in files.items()}
        assert media_types == {2021: "application/pdf", 2023: "application/ofd", 2024: DOCX}
        for year, truth in files.items():
            assert truth.report_url
            status, media, body = fetch(server.proxy, truth.report_url)
            assert status == 200 and media == truth.media_type
            if year == 2021:  # cut on upload, every time
                assert body.startswith(b"%PDF-") and b"%%EOF" not in body
                assert fetch(server.proxy, truth.report_url)[2] == body
        cut = [t for t in province.reports() if t.media_type == "application/pdf" and t.report_url
               and b"%%EOF" not in fetch(server.proxy, t.report_url, referer=t.url)[2]]
        assert [(t.site_id, t.year) for t in cut] == [("xicheng-gkml", 2021)]

        # VSB: an HTML error page without the article as Referer
        for truth in province.reports():
            if truth.site_id == "luozhou-jyj" and truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url)
                assert status == 200 and media.startswith("text/html") and len(body) > 4000
                status, media, body = fetch(server.proxy, truth.report_url, referer=truth.url)
                assert media == truth.media_type and not body.startswith(b"<")

        # TRS 海云: the files only in the 相关附件 block's appendix links
        for truth in province.reports():
            if truth.site_id == "ziyang-tjj" and truth.report_url:
                html = fetch(server.proxy, truth.url)[2].decode()
                name = truth.report_url.rsplit("/", 1)[1]
                assert f'<a appendix="true" href="./{name}"' in html and html.count(name) == 1

        # Hanweb: a wrong unit gets an empty datastore
        answer = fetch(server.proxy, "http://www.zhacheng.gov.test/module/web/jpage/dataproxy.jsp?page=1&columnid="
                       "1229731205&unitid=1")[2].decode()
        assert "<totalrecord>0</totalrecord>" in answer

        # gkmlpt: the 外链 row is the PDF itself; a wrong sid a 404
        link = [t for t in province.reports() if t.site_id == "zhangwan-zdz" and t.url.endswith(".pdf")]
        assert len(link) == 1 and link[0].year == 2022 and link[0].report_url is None
        status, media, body = fetch(server.proxy, link[0].url)
        assert status == 200 and media == "application/pdf" and body.startswith(b"%PDF-")
        assert fetch(server.proxy, "http://www.zhangwan.gov.test/zdz/gkmlpt/api/all/2306?page=1&sid=1")[0] == 404

        # Domino attachments ($FILE) and the hub's direct files
        for site in ("meiyang-rsj", "juzhou-bmnb", "pizhou-jkq"):
            for truth in province.reports():
                if truth.site_id == site and truth.media_type != "text/html":
                    status, media, _ = fetch(server.proxy, truth.report_url or truth.url)
                    assert status == 200 and media.startswith(truth.media_type)
        assert any("/$FILE/" in (t.report_url or "") for t in province.reports() if t.site_id == "meiyang-rsj")

        # hub / VSB: reports whose titles do not name their unit
        bare = [t for t in province.reports() if t.site_id == "juzhou-bmnb" and t.title.startswith("20")]
        assert len(bare) == 9
        for truth in bare:
            if truth.media_type == "text/html":
                html = fetch(server.proxy, truth.url)[2].decode()
                assert f'<meta name="ContentSource" content="{truth.agency_name}">' in html
        vsb = [t for t in province.reports() if t.site_id == "luozhou-jyj" and t.year == 2021]
        assert vsb[0].title == "2021年度政府信息公开工作年度报告"
        assert '<meta name="ContentSource" content="椤州市教育局">' in fetch(server.proxy, vsb[0].url)[2].decode()


@pytest.mark.slow
def test_batch17_measurement_runs() -> None:
    assert_measurement_holds("batch17")
