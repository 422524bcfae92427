"""Issue 12, held-out batch 4 of the unseen province (govcrawl/province/unseen/batch4): every count
a portal declares matches what it holds and a republished report (the rest of its fixture
contract is tests/crawl/test_unseen_held_out.py's).  How the crawler does on it is
``benchmarks/unseen_coverage.py --batch batch4`` (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from govcrawl.province.unseen import build_unseen, registries
from govcrawl.province.unseen.measure import CrawlRun, score
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts

BATCH = ("batch4",)


def test_batch4_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a page-jump <select>, "第1页/共N页", a JSON total, a jpage
    totalRecord, a Dede pageinfo, a Hanweb xxgk pager, "记录数/页数") agrees with the entries the
    portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)
    with province.server() as server:
        page = Pages(server.proxy).page

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
        assert declared_number(r"totalRecord: (\d+)", hanweb) == listed["qinchuan-fgj"]

        xxgk = page("http://www.xingzhou.gov.test/module/xxgk/search.jsp", data=b"infotypeId=A0801&currpage=1")
        assert declared_number(r"共 (\d+) 条记录", xxgk) == listed["xingzhou-gov"]

        vsb = page("http://www.yushui.gov.test/xxgk/gknb.htm")
        total = declared_number(r"第1页/共(\d+)页", vsb)
        held = vsb.count('<li id="line_u3_') + sum(page(f"http://www.yushui.gov.test/xxgk/gknb/{n}.htm")
                                                     .count('<li id="line_u3_') for n in range(1, total))
        assert held == listed["yushui-gov"]

        kaipu = page("http://gk.tiaoyuan.gov.test/tyxzf/zfxxgknb/index.html")
        assert declared_number(r"共(\d+)条 第1页/共\d+页", kaipu) == listed["tiaoyuan-gov"]

        dede = page("http://www.yanshan.gov.test/a/zwgk/xxgknb/", encoding="gb18030")
        assert "㟅山县" in dede
        assert declared_number(r"<strong>\d+</strong>页<strong>(\d+)</strong>条", dede) == listed["yanshan-gov"]

        framed = page("http://www.chuyang.gov.test/xxgk/nb/list_nb.htm", encoding="gbk")
        pages = declared_number(r"页数：1/(\d+)", framed)
        rows = framed.count("<TR><TD width=20>") + sum(
            page(f"http://www.chuyang.gov.test/xxgk/nb/list_nb_{n}.htm", encoding="gbk").count("<TR><TD width=20>")
            for n in range(2, pages + 1))
        assert rows == declared_number(r"记录数：(\d+)", framed) == listed["chuyang-gov"]

        hub = page("http://www.shanping.gov.test/zwgk/bmxzxxgknb/index.html")
        assert declared_number(r"共收录(\d+)个单位", hub) == hub.count('<div class="card">')


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

