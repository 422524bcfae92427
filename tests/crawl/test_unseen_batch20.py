"""Issue 12, held-out batch 20 of the unseen province (govcrawl/province/unseen/batch20): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
import urllib.request
from html import unescape
from urllib.parse import unquote, urlencode, urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch20",)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_batch20_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS ``countPage``, a 海云 pager's ``data-total`` and its API's
    ``total``, a Hanweb jpage ``totalRecord``, VSB iList's "共N条记录 当前第1/N页", a gkmlpt tree's
    categories and each API's ``total``, 开普云 year sub-columns' "共N条", a hub's "共收录 N 个单位" and a unit's
    "共N条", a 齐博CMS "共 N 篇文章 页次：1/N", an EmpireCMS ``Total record``, a Joomla "第 1 页，共 N 页")
    agrees with the entries the portal serves — but for the hub's 市卫健委 list (gone, 404) and the 齐博CMS
    list's third page (500), each every time."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: countPage over index.shtml, index_1.shtml
        root = "http://www.panyang.gov.test/xxgk/zfxxgknb/"
        first = page(root + "index.shtml")
        pages = declared_number(r"var countPage = (\d+)", first)
        assert 'createPageHTML(countPage, currentPage, "index", "shtml")' in first and "条" not in first.split(
            'class="py-list"')[1]
        served = set()
        for k in range(pages):
            url = root + ("index.shtml" if k == 0 else f"index_{k}.shtml")
            served |= {urljoin(url, h) for h in re.findall(r'<li><a href="(\./\d{6}/t\d{8}_\d+\.shtml)"', page(url))}
        assert fetch(server.proxy, f"{root}index_{pages}.shtml")[0] == 404
        assert len(served) == listed["panyang-gov"] and served == truth_urls(province, "panyang-gov")

        # TRS 海云: first page in the HTML, the rest from the GET API the script builds from data- attributes
        column = page("http://jtj.oucheng.gov.test/zfxxgk/fdzdgknr/ndbg/index.html")
        pager = re.search(r'<div id="ocPager" data-channel="(\d+)" data-size="(\d+)" data-total="(\d+)">', column)
        assert pager
        channel, size, total = pager[1], int(pager[2]), int(pager[3])
        served = set(re.findall(r'<li class="oc-item"><a href="([^"]+)"', column))
        assert len(served) == size
        api = f"http://jtj.oucheng.gov.test/api/v2/channel/{channel}/docs?pageNo={{}}&pageSize={size}"
        for n in range(1, -(-total // size) + 1):
            data = json.loads(page(api.format(n)))["data"]
            assert data["total"] == total
            served |= {r["docPubUrl"] for r in data["rows"]}
        assert len(served) == total == listed["oucheng-jtj"] and served == truth_urls(province, "oucheng-jtj")

        # Hanweb: ten records in the datastore, the rest from dataproxy.jsp (POST)
        host = "http://www.zhuoshan.gov.test"
        column = page(host + "/col/col4417/index.html")
        total = declared_number(r"totalRecord:'(\d+)'", column)
        art = r'<li><a href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_4417_\d+\.html)"'
        mine = set(re.findall(art, column))
        assert len(mine) == 10 < total
        form = {"col": 1, "appid": 1, "webid": 2, "path": "/", "columnid": 4417, "sourceContentType": 1,
                "unitid": 10233, "webname": "涿山县人民政府", "permissiontype": 0}
        more = page(host + "/module/web/jpage/dataproxy.jsp?startrecord=11&endrecord=20&perpage=5",
                    data=urlencode(form).encode())
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", more) == total
        mine |= set(re.findall(art, more))
        served = {host + p for p in mine}
        assert len(served) == total == listed["zhuoshan-gov"] and served == truth_urls(province, "zhuoshan-gov")

        # VSB iList.jsp: "共N条记录 当前第1/N页" over cur_page
        listing = "http://xxgk.yecheng.gov.test/info/iList.jsp?cat_id=13541"
        first = page(listing)
        total, pages = declared_number(r"共(\d+)条记录", first), declared_number(r"当前第1/(\d+)页", first)
        served = set()
        for n in range(1, pages + 1):
            body = page(f"{listing}&cur_page={n}")
            served |= {urljoin(listing, h) for h in re.findall(r'<td class="bt"><a href="([^"]+)"', body)}
        assert len(served) == total == listed["yecheng-gov"] and served == truth_urls(province, "yecheng-gov")
        assert 'cat_id=13541">政府信息公开年报' in page("http://www.yecheng.gov.test/")

        # gkmlpt: the tree's 年报 node and its child, each API's total over page_size
        shell = page("http://www.songgang.gov.test/gkmlpt/index")
        sid = re.search(r'"sid": "(\d+)"', shell)
        assert sid and "/gkmlpt/api/tree?sid=" in shell
        tree = json.loads(page(f"http://www.songgang.gov.test/gkmlpt/api/tree?sid={sid[1]}"))
        node = next(c for c in tree["categories"] if c["name"] == "政府信息公开年报")
        urls: set[str] = set()
        for cat in (node["id"], *(c["id"] for c in node["children"])):
            api = f"http://www.songgang.gov.test/gkmlpt/api/all/{cat}?page={{}}&sid={sid[1]}"
            data = json.loads(page(api.format(1)))
            mine = set()
            for n in range(1, -(-data["total"] // data["page_size"]) + 1):
                mine |= {a["url"] for a in json.loads(page(api.format(n)))["articles"]}
            assert len(mine) == data["total"]
            urls |= mine
        assert len(urls) == listed["songgang-gkml"] and urls == truth_urls(province, "songgang-gkml")

        # 开普云: the column is a strip of year / 部门及乡镇 sub-columns, each "共N条"
        column = "http://www.tuoshan.gov.test/xxgk/zfxxgknb/index.html"
        tabs = re.search(r'<div class="nb-tabs">(.*?)</div>', page(column))
        assert tabs and "content_" not in page(column)
        subs = [urljoin(column, h) for h in re.findall(r'<a href="([^"]+)">', tabs[1])]
        assert len(subs) == 6
        served = set()
        for sub in subs:
            body = page(sub)
            mine = {urljoin(sub, h) for h in re.findall(r'<li><a href="(\./content_\d{19})"', body)}
            assert len(mine) == declared_number(r"共(\d+)条", body)
            served |= mine
        assert len(served) == listed["tuoshan-gov"] and served == truth_urls(province, "tuoshan-gov")

        # hub: "共收录 N 个单位" rows; year cells; 栏目 links; the 卫健委 list is gone every time
        hub = "http://www.nanzhou.gov.test/zwgk/bmnb/index.html"
        body = page(hub)
        grid = re.search(r'<table class="nz-grid">(.*?)</table>', body)
        assert grid
        rows = re.findall(r"<tr><td>[^<]+</td>(.*?)</tr>", grid[1])
        assert len(rows) == declared_number(r"共收录 (\d+) 个单位", body) == 5
        served = set(re.findall(r'<li><a href="([^"]+)">', body.split('<div class="nz-tz">')[1]))
        columns = []
        for row in rows:
            served |= set(re.findall(r'<a href="([^"]+)" target="_blank">查看</a>', row))
            columns += re.findall(r'<a href="([^"]+)" target="_blank">进入栏目</a>', row)
        assert len(columns) == 2
        for column in columns:
            if "wsjkw." in column:
                for _ in range(2):
                    status, _, gone = fetch(server.proxy, column, referer=hub)
                    assert status == 404 and "不存在" in gone.decode()
                continue
            listing = page(column)
            mine = {urljoin(column, h) for h in re.findall(r'<li><a href="([^"]+)">', listing)}
            assert len(mine) == declared_number(r"共(\d+)条", listing)
            served |= mine
        assert served <= truth_urls(province, "nanzhou-bmnb") and len(served) == listed["nanzhou-bmnb"] - 2
        lost = [t for t in province.truth if t.site_id == "nanzhou-bmnb" and t.url not in served]
        assert sorted((t.agency_name, t.year or 0) for t in lost) == [("湳州市卫生健康委员会", 2023),
                                                                      ("湳州市卫生健康委员会", 2024)]

        # legacy 齐博CMS, GBK: "共 N 篇文章 页次：1/N"; page 3 answers 500 every time
        listing = "http://www.shaoling.gov.test/gkml/list.php?fid=37"
        first = page(listing, "gbk")
        total, pages = declared_number(r"共 (\d+) 篇文章", first), declared_number(r"页次：1/(\d+)", first)
        served = set()
        for n in range(1, pages + 1):
            if n == 3:
                for _ in range(2):
                    status, _, error = fetch(server.proxy, f"{listing}&page={n}")
                    assert status == 500 and "MySQL Query Error" in error.decode("gbk")
                continue
            body = page(f"{listing}&page={n}", "gbk")
            served |= {urljoin(listing, h) for h in re.findall(r'<A href="(bencandy\.php\?fid=37&id=\d+)"', body)}
        assert "没有任何文章" in page(f"{listing}&page={pages + 1}", "gbk")
        assert total == listed["shaoling-gov"] == 14 and len(served) == 12
        lost = [t for t in province.truth if t.site_id == "shaoling-gov" and t.url not in served]
        assert sorted((t.kind, t.year or 0) for t in lost) == [("report", 2019), ("report", 2020)]

        # cms: auto (EmpireCMS): home → 信息公开 → the dynamic 年报 list; "Total record" over a zero-based page
        home = page("http://www.yuepu.gov.test/")
        assert 'href="/xxgk/"' in home and "ListInfo" not in home
        boxes = page("http://www.yuepu.gov.test/xxgk/")
        box = re.search(r'<h3>政府信息公开年报</h3><a class="more" href="([^"]+)">', boxes)
        assert box and box[1] == "/e/action/ListInfo/?classid=12"
        listing = urljoin("http://www.yuepu.gov.test/xxgk/", box[1])
        first = page(listing)
        total = declared_number(r'<a title="Total record">&nbsp;<b>(\d+)</b>', first)
        links = {unescape(h) for h in re.findall(r'<a href="(/e/action/ListInfo/index\.php\?page=\d+[^"]*)"', first)}
        last = max(int(re.search(r"page=(\d+)", h)[1]) for h in links)  # type: ignore[index]
        served = set()
        for n in range(last + 1):
            body = page(listing if n == 0 else f"http://www.yuepu.gov.test/e/action/ListInfo/index.php?page={n}"
                        f"&classid=12&totalnum={total}")
            served |= {urljoin(listing, h) for h in re.findall(r'<a href="(/xxgk/ndbg/[\d-]+/\d+\.html)"', body)}
        assert "此栏目暂无信息" in page(f"http://www.yuepu.gov.test/e/action/ListInfo/index.php?page={last + 1}"
                                  "&classid=12")
        assert len(served) == total == listed["yuepu-gov"] and served == truth_urls(province, "yuepu-gov")

        # no cms (Joomla 3): the offset ?start=N, "第 1 页，共 N 页"
        listing = "http://scjgj.xuanshui.gov.test/index.php/zfxxgk/ndbg"
        first = page(listing)
        pages = declared_number(r"第 1 页，共 (\d+) 页", first)
        assert "条" not in first.split('<div class="pagination">')[1]
        step = int(re.findall(r'href="[^"]+\?start=(\d+)" class="pagenav">2</a>', first)[0])
        served = set()
        for n in range(pages):
            body = page(listing if n == 0 else f"{listing}?start={n * step}")
            served |= {urljoin(listing, h) for h in re.findall(r'class="list-title">\s*<a href="([^"]+)"', body)}
        assert "没有文章" in page(f"{listing}?start={pages * step}")
        assert len(served) == listed["xuanshui-scjgj"] and served == truth_urls(province, "xuanshui-scjgj")


def test_batch20_portal_contracts() -> None:
    """The 齐博CMS pages' GBK bytes and unpadded dates; the scans (image-only PDFs, flagged); the Hanweb
    and VSB downloads named by Content-Disposition; the VSB and gkmlpt wrong-catalogue answers; the
    hub's PDF cell and its untitled 卫健委 reports; the EmpireCMS list's month-day dates."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
        # legacy: GBK bytes, meta gb2312, dates without zero padding
        _, media, body = fetch(server.proxy, "http://www.shaoling.gov.test/gkml/list.php?fid=37")
        assert media == "text/html; charset=GBK" and b"charset=gb2312" in body
        text = body.decode("gbk")
        assert re.search(r"<TD width=90>\d{4}-[1-9]\d?-[1-9]\d?</TD>", text)
        assert "内容不存在" in fetch(server.proxy, "http://www.shaoling.gov.test/gkml/bencandy.php?fid=37&id=1"
                                  )[2].decode("gbk")

        # scans: two image-only PDFs, flagged
        scans = [t for t in reports if "image_only" in t.flags]
        assert sorted((t.site_id, t.year) for t in scans) == [("yuepu-gov", 2020), ("zhuoshan-gov", 2019)]
        for truth in scans:
            assert truth.report_url and fetch(server.proxy, truth.report_url)[1] == "application/pdf"

        # Hanweb and VSB: downloads named only by Content-Disposition
        for site in ("zhuoshan-gov", "yecheng-gov"):
            for truth in (t for t in reports if t.site_id == site and t.report_url):
                assert truth.report_url
                with opener.open(truth.report_url, timeout=60) as r:
                    header = r.headers["Content-Disposition"]
                assert unquote(header.split("UTF-8''", 1)[1]).startswith(truth.title)
        kinds = {t.media_type for t in reports if t.site_id == "yecheng-gov" and t.report_url}
        assert kinds == {DOCX, "application/ofd"}
        assert "栏目不存在" in fetch(server.proxy, "http://xxgk.yecheng.gov.test/info/iList.jsp?cat_id=1")[2].decode()

        # gkmlpt: a wrong site id is a 404 JSON error; dates are strings
        status, _, body = fetch(server.proxy, "http://www.songgang.gov.test/gkmlpt/api/all/3311?page=1&sid=1")
        assert status == 404 and json.loads(body)["code"] == 404
        rows = json.loads(fetch(server.proxy, "http://www.songgang.gov.test/gkmlpt/api/all/3311?page=1&sid=757120"
                                )[2])["articles"]
        assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", r["date"]) for r in rows)

        # hub: the 民政局's 2022 cell is the PDF; the 卫健委's titles do not name it
        pdf = next(t for t in reports if t.site_id == "nanzhou-bmnb" and t.media_type == "application/pdf")
        assert pdf.url.endswith(".pdf") and pdf.agency_name == "湳州市民政局" and pdf.url.startswith("http://mzj.")
        wsj = [t for t in reports if t.agency_name == "湳州市卫生健康委员会"]
        assert len(wsj) == 2 and all(t.title.startswith("20") for t in wsj)

        # EmpireCMS: the list shows month-day only
        first = fetch(server.proxy, "http://www.yuepu.gov.test/e/action/ListInfo/?classid=12")[2].decode()
        assert re.findall(r"<li><span>(\d\d-\d\d)</span>", first)


@pytest.mark.slow
def test_batch20_measurement_runs() -> None:
    assert_measurement_holds("batch20")
