"""Issue 12, held-out batch 8 of the unseen province (govcrawl/province/unseen/batch8): every count
a portal declares matches what it holds (the rest of its fixture contract is
tests/crawl/test_unseen_held_out.py's).  How the crawler does on it is
``benchmarks/unseen_coverage.py --batch batch8`` (BENCHMARKS.md), run with every batch's
(``--batch all``) before a crawler change is merged."""

from __future__ import annotations

import json
import re

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts

BATCH = ("batch8",)


def test_batch8_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (TRS's ``_nPageCount`` variable, a ``pageParam`` element's
    totals, a card grid's "部门 N 个 … 共 N 页", "共N条" on units' lists, jpage's ``totalRecord`` and
    the GET dataproxy's ``<totalrecord>``/``<totalpage>``, a 6-argument ``createPageHTML``, VSB's
    "共N条 … 1/N", a gkmlpt total, "共N条记录 … 共N页", a search API's ``total``, "总计N条记录
    第1页/共N页") agrees with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)
    with province.server() as server:
        page = Pages(server.proxy).page

        root = "http://www.junchuan.gov.test/xxgk/gknb/"
        pages = declared_number(r"var _nPageCount = (\d+);", page(root + "index.htm", "gb2312"))
        rows = sum(
            page(root + ("index.htm" if i == 0 else f"index_{i}.htm"), "gb2312").count("<TD height=25")
            for i in range(pages)
        )
        assert rows == listed["junchuan-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.htm")[0] == 404

        start = page("http://www.mingyang.gov.test/zwgk/zfxxgknb/")  # 302 to the platform host
        for code, site, first in (("984201", "mingyang-gov", start), ("984221", "longxi-gov", None)):
            root = f"http://zfxxgk.mingyang.gov.test/{code}/zfxxgknb/"
            first = first or page(root + "index.shtml")
            pages, total = declared_number(r"totalPage:(\d+)", first), declared_number(r"totalRecord:(\d+)", first)
            rows = sum(
                page(root + ("index.shtml" if n == 1 else f"index_{n}.shtml")).count("<dl><dt>")
                for n in range(1, pages + 1)
            )
            assert rows == total == listed[site]

        hub = "http://www.zhangcheng.gov.test/xxgk/bmnb/"
        first = page(hub + "index.html")
        units, pages = declared_number(r"部门 (\d+) 个", first), declared_number(r"共 (\d+) 页", first)
        cards = sum(
            page(hub + ("index.html" if n == 1 else f"index_{n}.html")).count('class="bm-card"')
            for n in range(1, pages + 1)
        )
        assert cards == units
        for sub in ("fgw", "jtj"):
            column = page(f"http://{sub}.zhangcheng.gov.test/xxgk/nb/index.html")
            assert declared_number(r"共(\d+)条", column) == column.count("<li>")

        hanweb = page("http://www.hengxi.gov.test/col/col1229884417/index.html")
        total = declared_number(r"totalRecord: (\d+)", hanweb)
        assert total == listed["hengxi-gov"] and hanweb.count("<record>") < total
        proxy = (
            "http://www.hengxi.gov.test/module/web/jpage/dataproxy.jsp?appid=1&webid=3381&path=/"
            "&columnid=1229884417&unitid=6120032&permissiontype=0&page="
        )
        pages = declared_number(r"<totalpage>(\d+)</totalpage>", page(proxy + "1"))
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", page(proxy + "1")) == total
        assert sum(page(proxy + str(n)).count("<record>") for n in range(1, pages + 1)) == total
        assert page(proxy + str(pages + 1)).count("<record>") == 0

        vsb = page("http://www.qianshan.gov.test/xxgk/zfxxgknb.htm")
        total, pages = declared_number(r"共(\d+)条", vsb), declared_number(r'class="p_t">1/(\d+)<', vsb)
        rows = vsb.count('<tr id="line_u5_') + sum(
            page(f"http://www.qianshan.gov.test/xxgk/zfxxgknb/{n}.htm").count('<tr id="line_u5_')
            for n in range(1, pages)
        )
        assert total == rows == listed["qianshan-gov"]

        root = "http://www.yinghu.gov.test/zwgk/xzjdnb/"
        found = re.search(
            r"createPageHTML\('page_box', (\d+), 1, 'index', 'shtml', (\d+)\)", page(root + "index.shtml")
        )
        assert found and int(found[2]) == listed["yinghu-xzjd"]
        rows = sum(
            page(root + ("index.shtml" if n == 1 else f"index_{n}.shtml")).count("<li><i ")
            for n in range(1, int(found[1]) + 1)
        )
        assert rows == listed["yinghu-xzjd"]
        assert fetch(server.proxy, root + "index_1.shtml")[0] == 404

        api = json.loads(page("http://xxgk.lingjiang.gov.test/gkmlpt/api/all/3517?page=1&sid=758427"))
        assert api["total"] == len(api["articles"]) == listed["lingjiang-gkml"]

        root = "http://www.jinping.gov.test/xxgk/zfxxgknb/xzf/"
        first = page(root + "index.htm")
        total, pages = declared_number(r"共(\d+)条记录", first), declared_number(r"共(\d+)页", first)
        rows = sum(
            page(root + ("index.htm" if i == 0 else f"index_{i}.htm")).count('<span class="date">')
            for i in range(pages)
        )
        assert total == rows == listed["jinping-gov"]
        search = "http://www.jinping.gov.test/common/search/8a8f80e67c2d4e1b017c3f0a9d5e2201?_isAgg=true&_pageSize=5"
        data = json.loads(page(search + "&page=1"))["data"]
        pages = -(-data["total"] // data["rows"])
        results = sum(len(json.loads(page(f"{search}&page={n}"))["data"]["results"]) for n in range(1, pages + 1))
        assert data["total"] == results == listed["jinping-bmnb"]

        legacy = "http://www.puyuan.gov.test/xxgkml/list.do?catId=15&pageNo="
        first = page(legacy + "1", "gbk")
        assert "璞源县" in first
        total, pages = declared_number(r"总计(\d+)条记录", first), declared_number(r"第1页/共(\d+)页", first)
        rows = sum(page(legacy + str(n), "gbk").count("show.do?id=") for n in range(1, pages + 1))
        assert total == rows == listed["puyuan-gov"]

