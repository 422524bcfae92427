"""Issue 12, held-out batch 6 of the unseen province (govcrawl/province/unseen/batch6): the
fixture's own contract — every registry entry is a plain user entry whose start page the fixture
server serves, every list entry of the ground truth is served (the report's bytes where an
attachment holds them), the truth is well formed, and every count a portal declares matches what
it holds.  How the crawler does on it is a measurement
(``benchmarks/unseen_coverage.py --batch batch6``, BENCHMARKS.md), not a gate of this file."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from govcrawl.province.unseen import build_unseen, portal_classes
from tests.crawl.unseen_fixture import assert_registered_as_a_user_would, fetch, registry_entries

BATCH = ("batch6",)
EARLIER = ("portals", "holdout", "batch3", "batch4", "batch5")


def _number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, pattern
    return int(found[1])


def test_batch6_is_registered_with_plain_entries() -> None:
    assert_registered_as_a_user_would("batch6", EARLIER)


def test_batch6_hosts_are_its_own() -> None:
    mine = {h for cls in portal_classes(BATCH) for h in cls.hosts}
    earlier = {h for cls in portal_classes(EARLIER) for h in cls.hosts}
    assert mine and not mine & earlier


def test_batch6_truth_is_well_formed() -> None:
    province = build_unseen(BATCH)
    entries = {e["id"] for e in registry_entries(BATCH)}
    assert {t.site_id for t in province.truth} == entries, "a registry entry without ground truth"
    reports, decoys = province.reports(), province.decoys()
    assert len(reports) >= 45 and len(decoys) >= 20
    assert len({(t.agency_name, t.year) for t in reports}) == len(reports)
    # one report per agency and year also under the registry's rule (县人民政府办公室 = 县人民政府)
    assert len({(re.sub(r"人民政府(?:办公室)?$", "", t.agency_name), t.year) for t in reports}) == len(reports)
    urls = [t.url for t in province.truth] + [u for t in province.truth for u in t.also_at]
    assert len(set(urls)) == len(urls)
    for truth in reports:
        assert truth.doc is not None and truth.doc.year == truth.year and truth.doc.agency_name == truth.agency_name
    assert all(("年" in t.title) for t in decoys)
    media = {t.media_type.split(";")[0] for t in reports}
    assert {"text/html", "application/pdf", "application/ofd"} <= media and any("word" in m for m in media)


def test_batch6_start_pages_and_every_entry_are_served() -> None:
    province = build_unseen(BATCH)
    with province.server() as server:
        for entry in registry_entries(BATCH):
            for url in entry["start_urls"]:
                status, _, body = fetch(server.proxy, url.split("#")[0])
                assert status == 200 and body, url
        for truth in province.truth:
            status, _, body = fetch(server.proxy, truth.url)
            assert status == 200 and body, truth.url
            if truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url, referer=truth.url)
                assert status == 200 and media.startswith(truth.media_type), (truth.report_url, media)
                assert not body.lstrip().startswith(b"<"), f"{truth.report_url}: an error page, not the file"
            elif truth.kind == "report" and truth.media_type != "text/html":
                status, media, body = fetch(server.proxy, truth.url)
                assert media.startswith(truth.media_type) and not body.lstrip().startswith(b"<"), truth.url
        # the VSB download answers an error page without the article as Referer
        vsb = next(t for t in province.truth if t.site_id == "meiwu-gov" and t.report_url)
        assert fetch(server.proxy, vsb.report_url or "")[2].lstrip().startswith(b"<")


def test_batch6_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a 4-argument pager call, a 6-argument one with the total,
    a per-row table of 部门年报 with "共N条", jpage's ``totalRecord``, VSB's "共N条 第1/N页", a gkmlpt
    total, sub-columns' "共N条", AspNetPager's "共N条记录 当前第1/N页", a Bootstrap "共 N 条") agrees
    with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = {site: sum(1 for t in province.truth if t.site_id == site) for site in {t.site_id for t in province.truth}}
    with province.server() as server:

        def page(url: str, data: bytes | None = None, encoding: str = "utf-8") -> str:
            status, _, body = fetch(server.proxy, url, data=data)
            assert status == 200, url
            return body.decode(encoding)

        root = "http://www.lingshui.gov.test/zwgk/zfxxgknb/"
        pages = _number(r"createPageHTML\((\d+),0,'index','html'\)", page(root + "index.html"))
        rows = sum(
            page(root + ("index.html" if i == 0 else f"index_{i}.html")).count('<td class="GroupBlankLine"><a ')
            for i in range(pages)
        )
        assert rows == listed["lingshui-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.html")[0] == 404

        root = "http://www.liyang.gov.test/zwgk/zfxxgknb/"
        found = re.search(
            r'createPageHTML\("pagination", (\d+), 1, "gknb_list", "shtml", (\d+)\)', page(root + "gknb_list.shtml")
        )
        assert found and int(found[2]) == listed["liyang-gov"]
        rows = sum(
            page(root + ("gknb_list.shtml" if n == 1 else f"gknb_list_{n}.shtml")).count('<div class="news-item">')
            for n in range(1, int(found[1]) + 1)
        )
        assert rows == listed["liyang-gov"]
        assert fetch(server.proxy, root + "gknb_list_1.shtml")[0] == 404

        hub = page("http://www.liyang.gov.test/zwgk/bmnb/index.shtml")
        total, pages = _number(r"共(\d+)条", hub), _number(r"第1/(\d+)页", hub)
        rows = sum(
            page("http://www.liyang.gov.test/zwgk/bmnb/" + ("index.shtml" if n == 1 else f"index_{n}.shtml")).count(
                "<tr><td>"
            )
            for n in range(1, pages + 1)
        )
        column = page("http://tjj.liyang.gov.test/xxgk/nb/index.shtml").count("<li>")
        assert rows == total and total - 1 + column == listed["liyang-bmnb"]

        hanweb = page("http://www.weipu.gov.test/col/col1229518806/index.html")
        total = _number(r"totalRecord: (\d+)", hanweb)
        assert total == listed["weipu-gov"] and hanweb.count("<record>") < total
        proxy = "http://www.weipu.gov.test/module/web/jpage/dataproxy.jsp"
        window = page(
            f"{proxy}?startrecord=1&endrecord=30&perpage=3",
            data=b"col=1&appid=1&webid=2915&path=/&columnid=1229518806&unitid=3921504",
        )
        assert window.count("<record>") == total == _number(r"<totalrecord>(\d+)</totalrecord>", window)
        assert page(f"{proxy}?page=2&columnid=1229518806").count("<record>") == 0

        vsb = page("http://www.meiwu.gov.test/zwgk/zfxxgknb.htm")
        total, pages = _number(r"共(\d+)条", vsb), _number(r"第1/(\d+)页", vsb)
        rows = vsb.count('<li id="line_u8_') + sum(
            page(f"http://www.meiwu.gov.test/zwgk/zfxxgknb/{n}.htm").count('<li id="line_u8_') for n in range(1, pages)
        )
        assert total == rows == listed["meiwu-gov"]

        api = json.loads(page("http://wjj.xunzhou.gov.test/gkmlpt/api/all/2841?sid=757316&page=1"))
        assert api["total"] == len(api["articles"]) == listed["xunzhou-wjj"]

        kaipu, rows = 0, 0
        for sub in ("xzf", "bm", "zb"):
            first = page(f"http://www.zhiping.gov.test/zfxxgk/zfxxgknb/{sub}/1.html")
            kaipu += _number(r"共(\d+)条", first)
            pages = max([int(n) for n in re.findall(r'href="(\d+)\.html"', first)] + [1])
            rows += sum(
                page(f"http://www.zhiping.gov.test/zfxxgk/zfxxgknb/{sub}/{n}.html").count('<span class="time">')
                for n in range(1, pages + 1)
            )
        assert kaipu == rows == listed["zhiping-gov"]

        target = quote("ctl00$ContentPlaceHolder1$AspNetPager1")
        aspx = "http://www.kunyang.gov.test/xxgk/InfoList.aspx?ClassID=15"
        legacy = page(aspx, encoding="gbk")
        assert "堃阳县" in legacy
        total, pages = _number(r"共(\d+)条记录", legacy), _number(r"当前第1/(\d+)页", legacy)
        rows = sum(
            page(aspx, data=f"__EVENTTARGET={target}&__EVENTARGUMENT={n}".encode(), encoding="gbk").count(
                "InfoShow.aspx?ID="
            )
            for n in range(1, pages + 1)
        )
        assert total == rows == listed["kunyang-gov"]
        assert page(aspx, encoding="gbk").count("InfoShow.aspx?ID=") < total  # a GET is page 1 only

        years = page("http://www.yuxi.gov.test/zwgk/ndbg/index.html")
        assert years.count('target="_blank"') + 1 == listed["yuxi-ndbg"]  # + the 报表 in 相关链接

        bootstrap = page("http://www.pengyuan.gov.test/zfxxgk/nb/index.html")
        total = _number(r"共 (\d+) 条", bootstrap)
        rows = bootstrap.count('class="card-title"') + page(
            "http://www.pengyuan.gov.test/zfxxgk/nb/index-2.html"
        ).count('class="card-title"')
        assert total == rows == listed["pengyuan-gov"]
