"""Issue 12, held-out batch 4 of the unseen province (govcrawl/province/unseen/batch4): the
fixture's own contract — every registry entry is a plain user entry whose start page the fixture
server serves, every list entry of the ground truth is served (the report's bytes where an
attachment holds them, a republished report under both its URLs), the truth is well formed, and
every count a portal declares matches what it holds.  How the crawler does on it is a measurement
(``benchmarks/unseen_coverage.py --batch batch4``, BENCHMARKS.md), not a gate of this file."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from govcrawl.province.unseen import build_unseen, portal_classes, registries
from govcrawl.province.unseen.measure import CrawlRun, Measurement, measure, score
from tests.crawl.unseen_fixture import assert_registered_as_a_user_would, fetch, registry_entries

BATCH = ("batch4",)


def _number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    assert found, pattern
    return int(found[1])


def test_batch4_is_registered_with_plain_entries() -> None:
    assert_registered_as_a_user_would("batch4", ('portals', 'holdout', 'batch3'))


def test_batch4_hosts_are_its_own() -> None:
    mine = {h for cls in portal_classes(BATCH) for h in cls.hosts}
    earlier = {h for cls in portal_classes(("portals", "holdout", "batch3")) for h in cls.hosts}
    assert mine and not mine & earlier


def test_batch4_truth_is_well_formed() -> None:
    province = build_unseen(BATCH)
    entries = {e["id"] for e in registry_entries(BATCH)}
    assert {t.site_id for t in province.truth} == entries, "a registry entry without ground truth"
    reports, decoys = province.reports(), province.decoys()
    assert len(reports) >= 45 and len(decoys) >= 20
    assert len({(t.agency_name, t.year) for t in reports}) == len(reports)
    urls = [t.url for t in province.truth] + [u for t in province.truth for u in t.also_at]
    assert len(set(urls)) == len(urls)
    assert any(t.also_at for t in reports), "the republished report"
    for truth in reports:
        assert truth.doc is not None and truth.doc.year == truth.year and truth.doc.agency_name == truth.agency_name
    assert all(("年" in t.title) for t in decoys)
    media = {t.media_type.split(";")[0] for t in reports}
    assert {"text/html", "application/pdf", "application/ofd"} <= media and any("word" in m for m in media)


def test_batch4_start_pages_and_every_entry_are_served() -> None:
    province = build_unseen(BATCH)
    with province.server() as server:
        for entry in registry_entries(BATCH):
            for url in entry["start_urls"]:
                status, _, body = fetch(server.proxy, url.split("#")[0])
                assert status == 200 and body, url
        for truth in province.truth:
            for url in (truth.url, *truth.also_at):
                status, _, body = fetch(server.proxy, url)
                assert status == 200 and body, url
            if truth.also_at:  # republished: the same page under its second URL
                assert fetch(server.proxy, truth.also_at[0])[2] == fetch(server.proxy, truth.url)[2]
            if truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url, referer=truth.url)
                assert status == 200 and media.startswith(truth.media_type), (truth.report_url, media)
                assert not body.lstrip().startswith(b"<"), f"{truth.report_url}: an error page, not the file"
            elif truth.kind == "report" and truth.media_type != "text/html":
                status, media, body = fetch(server.proxy, truth.url)
                assert media.startswith(truth.media_type) and not body.lstrip().startswith(b"<"), truth.url


def test_batch4_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a page-jump <select>, "第1页/共N页", a JSON total, a jpage
    totalRecord, a Dede pageinfo, a Hanweb xxgk pager, "记录数/页数") agrees with the entries the
    portal serves."""
    province = build_unseen(BATCH)
    listed = {site: sum(1 for t in province.truth if t.site_id == site)
              for site in {t.site_id for t in province.truth}}
    with province.server() as server:
        def page(url: str, data: bytes | None = None, encoding: str = "utf-8") -> str:
            status, _, body = fetch(server.proxy, url, data=data)
            assert status == 200, url
            return body.decode(encoding)

        mianxi = page("http://www.mianxi.gov.test/zwgk/xxgk/gknb/index.shtml")
        pages = len(re.findall(r"<option value=\"\d+\"", mianxi))
        rows = sum(page(f"http://www.mianxi.gov.test/zwgk/xxgk/gknb/{'index' if i == 0 else f'index_{i}'}.shtml")
                   .count('class="list-row"') for i in range(pages))
        assert rows == listed["mianxi-gov"] + 1  # the republished report is listed twice
        assert fetch(server.proxy, f"http://www.mianxi.gov.test/zwgk/xxgk/gknb/index_{pages}.shtml")[0] == 404

        api = json.loads(page("http://www.huanyang.gov.test/common/search/4c1e0a9b7f2d4e63?_isAgg=false&_isJson="
                              "true&_pageSize=3&page=1"))
        assert api["data"]["total"] == listed["huanyang-gov"]

        gkml = json.loads(page("http://www.huangling.gov.test/gkmlpt/api/all/4512?page=1&sid=763402"))
        assert gkml["total"] == listed["huangling-gov"]
        assert sum(len(json.loads(page(f"http://www.huangling.gov.test/gkmlpt/api/all/4512?page={n}&sid=763402"))
                       ["articles"]) for n in range(1, 10)) == listed["huangling-gov"]

        hanweb = page("http://www.qinchuan.gov.test/col/col4417/index.html")
        assert _number(r"totalRecord: (\d+)", hanweb) == listed["qinchuan-fgj"]

        xxgk = page("http://www.xingzhou.gov.test/module/xxgk/search.jsp", data=b"infotypeId=A0801&currpage=1")
        assert _number(r"共 (\d+) 条记录", xxgk) == listed["xingzhou-gov"]

        vsb = page("http://www.yushui.gov.test/xxgk/gknb.htm")
        total = _number(r"第1页/共(\d+)页", vsb)
        held = vsb.count('<li id="line_u3_') + sum(page(f"http://www.yushui.gov.test/xxgk/gknb/{n}.htm")
                                                     .count('<li id="line_u3_') for n in range(1, total))
        assert held == listed["yushui-gov"]

        kaipu = page("http://gk.tiaoyuan.gov.test/tyxzf/zfxxgknb/index.html")
        assert _number(r"共(\d+)条 第1页/共\d+页", kaipu) == listed["tiaoyuan-gov"]

        dede = page("http://www.yanshan.gov.test/a/zwgk/xxgknb/", encoding="gb18030")
        assert "㟅山县" in dede
        assert _number(r"<strong>\d+</strong>页<strong>(\d+)</strong>条", dede) == listed["yanshan-gov"]

        framed = page("http://www.chuyang.gov.test/xxgk/nb/list_nb.htm", encoding="gbk")
        pages = _number(r"页数：1/(\d+)", framed)
        rows = framed.count("<TR><TD width=20>") + sum(
            page(f"http://www.chuyang.gov.test/xxgk/nb/list_nb_{n}.htm", encoding="gbk").count("<TR><TD width=20>")
            for n in range(2, pages + 1))
        assert rows == _number(r"记录数：(\d+)", framed) == listed["chuyang-gov"]

        hub = page("http://www.shanping.gov.test/zwgk/bmxzxxgknb/index.html")
        assert _number(r"共收录(\d+)个单位", hub) == hub.count('<div class="card">')


def test_a_republished_report_is_one_report_under_either_url() -> None:
    """The scorer on batch 4: the report served under two URLs counts as found when the store
    keeps it from either page, and is not counted as a record of no list entry."""
    province = build_unseen(BATCH)
    paths = registries(BATCH)
    runs = [CrawlRun(p.name, [str(e["id"]) for e in yaml.safe_load(p.read_text(encoding="utf-8"))["sites"]], 4,
                     "", 0) for p in paths]
    republished = next(t for t in province.reports() if t.also_at)
    for url in (republished.url, *republished.also_at):
        assert republished.doc is not None
        record: dict[str, Any] = {"agency": {"name": republished.agency_name}, "year": republished.year,
                                  "title": republished.title, "tables": dict(republished.doc.tables), "flags": [],
                                  "source": {"url": url, "attachments": []}}
        m = score(province.truth, [record], [record], runs, runs, paths)
        assert m.found == 1 and m.non_reports_stored == 0, url


@pytest.mark.slow
def test_batch4_measurement_runs() -> None:
    """The measurement itself on batch 4: every entry is scored against its truth, each registry file
    is crawled by its own command and its exit code recorded — and what must hold on any batch does:
    no non-report stored, none under another agency, every shortfall stated, every record as
    docs/record.md says.  (The unchanged re-crawl is measured on batches 1–2, test_unseen_province.py,
    and by benchmarks/unseen_coverage.py.)"""
    m: Measurement = measure(BATCH, ceiling=False, recrawl=False)
    assert {p.site_id for p in m.portals} == {e["id"] for e in registry_entries(BATCH)}
    assert m.expected == len(build_unseen(BATCH).reports())
    assert [r.registry for r in m.runs] == [p.name for p in registries(BATCH)]
    assert all(r.exit_code is not None for r in m.runs)
    assert m.non_reports_stored == 0, m.decoys_stored + m.unknown_records
    assert m.other_agency == 0, [x for p in m.portals for x in p.problems if "stored under" in x]
    assert not m.shortfalls_unstated, m.shortfalls_unstated
    assert not m.invalid_records, m.invalid_records[:5]
