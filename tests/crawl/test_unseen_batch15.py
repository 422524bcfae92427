"""Issue 12, held-out batch 15 of the unseen province (govcrawl/province/unseen/batch15): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch15``  (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import unquote, urlencode, urljoin

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch15",)


def test_batch15_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (TRS ``createPageHTML(3, 0, …)`` beside "共N条" over 引用 rows, a
    海云 6-argument pager over a pinned row, jpage literals in year sub-columns, VSB "共N条 … 1/N" in two
    lists behind a column home, a gkmlpt API's ``total``, a 开普云 "本栏目共 N 条" over year pages, a
    hub's JSON ``count``, a legacy "共 N 条记录", an offset pager's "共 N 条", an Element-UI "共 N 条")
    agrees with the entries the portal serves — but for the 开普云 2020 page (500) and the offset
    list's third page (500), each every time."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: createPageHTML(3, 0, "index", "html"), "共N条", 引用 rows climbing ../../
        root = "http://www.jiaochuan.gov.test/zwgk/zfxxgk/zfxxgknb/"
        first = page(root + "index.html")
        pages, total = declared_number(r'createPageHTML\((\d+), 0, "index", "html"\)', first), declared_number(
            r"共(\d+)条", first)
        served = set()
        for n in range(pages):
            body = page(root + ("index.html" if n == 0 else f"index_{n}.html"))
            served |= {urljoin(root, h) for h in re.findall(r'<td class="bt"><a href="([^"]+)"', body)}
        assert fetch(server.proxy, root + f"index_{pages}.html")[0] == 404
        assert sum("/zwgk/bmxxgk/" in u for u in served) == 3
        assert len(served) == total == listed["jiaochuan-gov"] and served == truth_urls(province, "jiaochuan-gov")

        # TRS 海云: 6-argument pager; the pinned row on every page
        root = "http://www.weiyang.gov.test/zwgk/fdzdgknr/ndbg/"
        call = re.search(r"createPageHTML\('page_div', (\d+), 1, 'index', 'shtml', (\d+)\)", page(root + "index.shtml"))
        assert call
        served, pinned = set(), []
        for n in range(1, int(call[1]) + 1):
            body = page(root + ("index.shtml" if n == 1 else f"index_{n}.shtml"))
            served |= {urljoin(root, h) for h in re.findall(r'<li(?: class="zd"><em>置顶</em>|>)<a href="([^"]+)'
                                                            r'"', body)}
            pinned += re.findall(r'<li class="zd"><em>置顶</em><a href="([^"]+)"', body)
        assert fetch(server.proxy, root + "index_1.shtml")[0] == 404
        assert len(pinned) == int(call[1]) and len(set(pinned)) == 1
        assert len(served) == int(call[2]) == listed["weiyang-gov"] and served == truth_urls(province, "weiyang-gov")

        # Hanweb: year sub-columns, each a jpage list
        host = "http://www.kuangxi.gov.test"
        cols = re.findall(r'<li><a href="/col/col(\d+)/index\.html">', page(host + "/col/col1229604410/index.html"))
        assert len(cols) == 4
        proxy = host + "/module/web/jpage/dataproxy.jsp"
        served = set()
        for col in cols:
            column = page(f"{host}/col/col{col}/index.html")
            total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
            art = rf'<a href="(/art/\d{{4}}/\d{{1,2}}/\d{{1,2}}/art_{col}_\d+\.html)"'
            mine = set(re.findall(art, column))
            assert len(mine) == min(total, per)
            form = urlencode({"col": 1, "appid": 1, "webid": 3317, "path": "/", "columnid": col, "unitid": 465120,
                              "sourceContentType": 1, "permissiontype": 0}).encode()
            for start in range(per + 1, total + 1, per):
                answer = page(f"{proxy}?startrecord={start}&endrecord={start + per - 1}&perpage={per}", data=form)
                assert declared_number(r"<totalrecord>(\d+)</totalrecord>", answer) == total
                mine |= set(re.findall(art, answer))
            assert set(re.findall(art, page(f"{proxy}?page=2&{form.decode()}"))) <= mine
            assert len(mine) == total
            served |= {host + p for p in mine}
        assert served == truth_urls(province, "kuangxi-gov") and len(served) == listed["kuangxi-gov"]
        assert fetch(server.proxy, host + "/module/jpage/dataproxy.jsp")[0] == 404

        # VSB: a column home of two boxes, each "更多" a reverse-numbered list "共N条 … 1/N"
        home = "http://www.wushui.gov.test/xxgk/zfxxgknb.htm"
        mores = re.findall(r'<a class="more" href="([^"]+)">更多', page(home))
        assert len(mores) == 2
        served, declared = set(), 0
        for more in mores:
            column = urljoin(home, more)
            first = page(column)
            total = declared_number(r'<span class="p_t">共(\d+)条</span>', first)
            pages = declared_number(r'<span class="p_t">1/(\d+)</span>', first)
            declared += total
            key = more.rsplit("/", 1)[1][:-4]
            mine = set()
            for k in range(1, pages + 1):
                url = column if k == 1 else urljoin(column, f"{key}/{pages - k + 1}.htm")
                mine |= {urljoin(url, h) for h in re.findall(r'</div><a href="([^"]+)" target="_blank"', page(url))}
            assert len(mine) == total
            served |= mine
        assert len(served) == declared == listed["wushui-gov"] and served == truth_urls(province, "wushui-gov")

        # gkmlpt: total over ten-row pages
        api = "http://www.wanwan.gov.test/gkmlpt/api/all/4105?sid=762117&page={}"
        data = json.loads(page(api.format(1)))
        urls = {a["url"] for a in data["articles"]}
        assert len(urls) == data["per_page"] == 10
        urls |= {a["url"] for a in json.loads(page(api.format(2)))["articles"]}
        assert json.loads(page(api.format(3)))["articles"] == []
        assert len(urls) == data["total"] == listed["wanwan-gkml"] and urls == truth_urls(province, "wanwan-gkml")

        # 开普云: "本栏目共 N 条" over year pages; 2020 answers 500 every time
        listing = "http://www.liyuan.gov.test/zwgk/zfxxgknb/index.jsp"
        first = page(listing)
        total = declared_number(r"本栏目共 (\d+) 条", first)
        years = re.findall(r'<option value="(\d{4})"', first)
        assert years == ["2024", "2023", "2022", "2021", "2020", "2019"]
        served = set()
        for year in years:
            if year == "2020":
                for _ in range(2):
                    status, _, body = fetch(server.proxy, f"{listing}?year={year}")
                    assert status == 500 and b"NullPointerException" in body
                continue
            body = page(f"{listing}?year={year}")
            rows = re.findall(r'<div class="kp-row"><a href="([^"]+)"', body)
            assert declared_number(r"本年度 (\d+) 条", body) == len(rows)
            served |= {urljoin(listing, h) for h in rows}
        assert "暂无数据" in page(f"{listing}?year=2018")
        assert total == listed["liyuan-gov"] and len(served) == total - 1
        lost = [t for t in province.truth if t.site_id == "liyuan-gov" and t.url not in served]
        assert [(t.kind, t.agency_name, t.year) for t in lost] == [("report", "浰源县人民政府", 2020)]

        # hub: the JSON's count; the 交通运输局's own two-page list
        hub = "http://www.zhizhou.gov.test/zwgk/bmnb/index.html"
        assert "$.getJSON('/zwgk/bmnb/data/bmnb.json" in page(hub) and 'href="/bmxx/' not in page(hub)
        data = json.loads(page("http://www.zhizhou.gov.test/zwgk/bmnb/data/bmnb.json?v=20250210"))
        units = [u for g in data["groups"] for u in g["units"]]
        assert data["count"] == len(units) == 7
        links = [urljoin(hub, link["href"]) for u in units for link in u["links"]]
        served = {u for u in links if "jtj." not in u} | {urljoin(hub, data["notice"]["href"])}
        column = next(u for u in links if "jtj." in u)
        first = page(column)
        total = declared_number(r"共(\d+)条", first)
        mine = set()
        for url in (column, urljoin(column, "index_1.html")):
            mine |= {urljoin(url, h) for h in re.findall(r'<li><a href="([^"]+)" target="_blank">', page(url))}
        assert len(mine) == total == 3
        served |= mine
        assert len(served) == listed["zhizhou-bmnb"] and served == truth_urls(province, "zhizhou-bmnb")

        # legacy frameset, GBK: the main frame's "共 N 条记录 页次：1/N"
        frames = page("http://www.suoyang.gov.test/xxgk/index.htm", "gbk")
        main = re.search(r'<FRAME SRC="([^"]+)" NAME="main"', frames)
        assert main
        listing = urljoin("http://www.suoyang.gov.test/xxgk/index.htm", unescape(main[1]))
        first = page(listing, "gbk")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"页次：1/(\d+)", first)
        served = set()
        for n in range(1, pages + 1):
            body = page(f"{listing}&page={n}", "gbk")
            served |= {urljoin(listing, h) for h in re.findall(r'·<A HREF="(nbshow\.asp\?id=\d+)"', body)}
        assert len(served) == total == listed["suoyang-gov"] and served == truth_urls(province, "suoyang-gov")
        assert "暂无信息" in page(f"{listing}&page={pages + 1}", "gbk")

        # cms: auto (JFinal): / → 政务公开 → 年报; offset pager; start=8 answers 500 every time
        assert 'href="/column/zwgk"' in page("http://www.yuchuan.gov.test/")
        assert 'href="/column/ndbg"' in page("http://www.yuchuan.gov.test/column/zwgk")
        listing = "http://www.yuchuan.gov.test/column/ndbg"
        first = page(listing)
        total = declared_number(r"共 (\d+) 条", first)
        starts = sorted({int(s) for s in re.findall(r'href="/column/ndbg\?start=(\d+)"', first)})
        assert starts == [0, 4, 8]
        served = set()
        for start in starts:
            if start == 8:
                for _ in range(2):
                    assert fetch(server.proxy, f"{listing}?start={start}")[0] == 500
                continue
            body = page(f"{listing}?start={start}")
            served |= {urljoin(listing, h) for h in re.findall(r'<dd><a href="(/article/[0-9a-f]{24})"', body)}
        assert "暂无文章" in page(f"{listing}?start=12")
        assert total == listed["yuchuan-gov"] and len(served) == total - 3
        lost = [t for t in province.truth if t.site_id == "yuchuan-gov" and t.url not in served]
        assert sorted((t.kind, t.year) for t in lost) == [("decoy", None), ("report", 2019), ("report", 2020)]

        # no cms (Nuxt): "共 N 条"; pages named only by rel=next and __NUXT__
        listing = "http://www.fangshui.gov.test/zwgk/ndbg"
        first = page(listing)
        total = declared_number(r'<span class="el-pagination__total">共 (\d+) 条</span>', first)
        state = json.loads(re.search(r"window\.__NUXT__=(\{.*?\});</script>", first)[1])  # type: ignore[index]
        size = state["data"][0]["pageSize"]
        assert state["data"][0]["total"] == total and 'href="/zwgk/ndbg?page' not in first.split("</head>")[1]
        served, url = set(), listing
        while True:
            body = page(url)
            served |= {urljoin(url, h) for h in re.findall(r'<div class="news-item"><a href="([^"]+)"', body)}
            nxt = re.search(r'rel="next" href="([^"]+)"', body)
            if not nxt:
                break
            url = urljoin(url, nxt[1])
        assert url.endswith(f"page={-(-total // size)}")
        assert len(served) == total == listed["fangshui-gov"] and served == truth_urls(province, "fangshui-gov")
        assert "暂无数据" in page(f"{listing}?page=9")


def test_batch15_portal_contracts() -> None:
    """The TRS attachments written only by a script variable; the gkmlpt PDFs only in a pdf.js
    viewer's ``file=``; the legacy frameset's GBK bytes under a GB2312 meta and no header charset, and
    its soft 404; the 开普云 and RuoYi downloads' Content-Disposition; the jpage proxy refusing a wrong
    unit; the hub's 文广旅局 report titled without its unit."""
    province = build_unseen(BATCH)
    with province.server() as server:
        # TRS classic: the file's link is only inside the script's string
        files = [t for t in province.reports() if t.site_id == "jiaochuan-gov" and t.report_url]
        assert {t.media_type for t in files} == {"application/pdf", DOCX}
        for truth in files:
            html = fetch(server.proxy, truth.url)[2].decode()
            name = truth.report_url.rsplit("/", 1)[1]
            assert f"var appendix = '<a href=\"./{name}\"" in html
            assert html.count(name) == 1

        # gkmlpt: the PDF-only reports name their file only in the viewer's percent-encoded file=
        pdfs = [t for t in province.reports() if t.site_id == "wanwan-gkml" and t.report_url]
        assert len(pdfs) == 2
        for truth in pdfs:
            html = fetch(server.proxy, truth.url)[2].decode()
            path = truth.report_url.split("wanwan.gov.test", 1)[1]
            found = re.search(r'viewer\.html\?file=([^"]+)"', html)
            assert found and unquote(found[1]) == path and path not in html
        assert fetch(server.proxy, "http://www.wanwan.gov.test/gkmlpt/api/all/4105?page=1&sid=1")[0] == 404

        # legacy: GBK bytes (溹 is outside GB2312), GB2312 meta, no charset in the header; soft 404
        _, media, body = fetch(server.proxy, "http://www.suoyang.gov.test/xxgk/nblist.asp?ClassID=12")
        assert media == "text/html" and b"CHARSET=GB2312" in body and "溹" in body.decode("gbk")
        try:
            body.decode("gb2312")
            raise AssertionError("the list must not be valid GB2312")
        except UnicodeDecodeError:
            pass
        status, _, body = fetch(server.proxy, "http://www.suoyang.gov.test/xxgk/nbshow.asp?id=1")
        assert status == 200 and "该信息不存在或已删除" in body.decode("gbk")

        # downloads named by Content-Disposition (开普云 fileserver, RuoYi resource)
        for site in ("liyuan-gov", "fangshui-gov"):
            for truth in province.reports():
                if truth.site_id == site and truth.report_url:
                    status, media, _ = fetch(server.proxy, truth.report_url)
                    assert status == 200 and media.startswith(truth.media_type)

        # Hanweb: a wrong unit gets an empty datastore
        answer = fetch(server.proxy, "http://www.kuangxi.gov.test/module/web/jpage/dataproxy.jsp?page=1&columnid="
                       "1229604411&unitid=1")[2].decode()
        assert "<totalrecord>0</totalrecord>" in answer

        # hub / 开普云: reports whose titles do not name their unit
        wlj = [t for t in province.reports() if t.agency_name == "滍州市文化广电和旅游局"]
        assert len(wlj) == 1 and wlj[0].title == "2023年度政府信息公开工作年度报告"
        source = '<meta name="ContentSource" content="滍州市文化广电和旅游局">'
        assert source in fetch(server.proxy, wlj[0].url)[2].decode()
        vets = [t for t in province.reports() if t.agency_name == "浰源县退役军人事务局"]
        assert len(vets) == 1 and "浰源县退役军人事务局" in fetch(server.proxy, vets[0].url)[2].decode()


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

