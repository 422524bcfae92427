"""Issue 12, held-out batch 5 of the unseen province (govcrawl/province/unseen/batch5): every count
a portal declares matches what it holds (the rest of its fixture
contract is tests/crawl/test_unseen_held_out.py's).  How the crawler does on it is
``benchmarks/unseen_coverage.py --batch batch5`` (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from typing import Any

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts

BATCH = ("batch5",)


def test_batch5_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (numbered page links, a 6-argument pager call, a datastore
    <totalrecord>, VSB's "共N条", a gkmlpt total, "共 N 条记录", "共N个单位", a Struts "共 N 条", a
    JSON totalCount) agrees with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)
    with province.server() as server:
        page = Pages(server.proxy).page

        root = "http://www.caixi.gov.test/zwgk/zfxxgk/zfxxgknb/"
        caixi = page(root + "index.htm")
        pages = len(re.findall(r'href="index(?:_\d+)?\.htm">\d+</a>', caixi)) + 1
        assert f'href="index_{pages - 1}.htm">尾页' in caixi
        rows = sum(page(root + ("index.htm" if i == 0 else f"index_{i}.htm")).count('<td class="xh">')
                   for i in range(pages))
        assert rows == listed["caixi-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.htm")[0] == 404

        root = "http://www.lianjiang.gov.test/zwgk/zfxxgknb/"
        first = page(root + "nblist.shtml")
        found = re.search(r"createPageHTML\('pagediv', (\d+), 1, 'nblist', 'shtml', (\d+)\)", first)
        assert found and int(found[2]) == listed["lianjiang-gov"]
        rows = sum(page(root + ("nblist.shtml" if i == 0 else f"nblist_{i}.shtml")).count('<li><span class="date">')
                   for i in range(int(found[1])))
        assert rows == listed["lianjiang-gov"]
        assert fetch(server.proxy, root + f"nblist_{found[1]}.shtml")[0] == 404
        qxnb = page("http://www.lianjiang.gov.test/zwgk/qxnb/index.shtml")
        assert qxnb.count(">年度报告</a>") + qxnb.count(">解读</a>") == listed["lianjiang-qxnb"]

        hanweb = page("http://www.quyang.gov.test/col/col1229433071/index.html")
        total = declared_number(r"<totalrecord>(\d+)</totalrecord>", hanweb)
        assert total == listed["quyang-gov"]
        proxy = "http://www.quyang.gov.test/module/web/jpage/dataproxy.jsp"
        window = page(f"{proxy}?startrecord=1&endrecord=60&perpage=3",
                      data=b"col=1&appid=1&webid=3317&path=/&columnid=1229433071&unitid=4481203")
        assert window.count("<record>") == total
        assert sum(page(f"{proxy}?page={n}&columnid=1229433071").count("<record>") for n in range(1, 6)) == total

        vsb = page("http://www.mengshan.gov.test/lm_list.jsp?wbtreeid=1183")
        total, pages = declared_number(r"共(\d+)条", vsb), declared_number(r"1/(\d+)", vsb)
        rows = sum(page(f"http://www.mengshan.gov.test/lm_list.jsp?totalpage={pages}&PAGENUM={n}&urltype="
                        f"tree.TreeTempUrl&wbtreeid=1183").count('<tr id="line_u6_') for n in range(1, pages + 1))
        assert total == rows == listed["mengshan-gov"]

        api = "http://www.tanwan.gov.test/gkmlpt/api/all/3301?sid=755212&page="
        gkml = json.loads(page(api + "1"))
        assert gkml["total"] == listed["tanwan-gov"]
        assert sum(len(json.loads(page(api + str(n)))["articles"]) for n in range(1, 5)) == listed["tanwan-gov"]

        kaipu = page("http://www.yuling.gov.test/xxgk/zfxxgknb/index.html")
        total, pages = declared_number(r"共 (\d+) 条记录", kaipu), declared_number(r"当前第 1/(\d+) 页", kaipu)
        rows = sum(page(f"http://www.yuling.gov.test/xxgk/zfxxgknb/index.html?pageIndex={n}").count("<li>")
                   for n in range(1, pages + 1))
        assert total == rows == listed["yuling-gov"]

        hub = page("http://www.beiyuan.gov.test/xxgk/bmnb/index.html")
        units, pages = declared_number(r"共(\d+)个单位", hub), declared_number(r"第1/(\d+)页", hub)
        blocks = sum(page(f"http://www.beiyuan.gov.test/xxgk/bmnb/{'index' if i == 0 else f'index_{i}'}.html")
                     .count('<dl class="unit">') for i in range(pages))
        assert units == blocks == 6

        struts = "http://www.qianyang.gov.test/xxgk/InfoPublic_list.action?columnId=nb&pageNo="
        legacy = page(struts + "1", encoding="gbk")
        assert "汧阳县" in legacy
        total, pages = declared_number(r"共 (\d+) 条", legacy), declared_number(r"第 1/(\d+) 页", legacy)
        rows = sum(page(struts + str(n), encoding="gbk").count("InfoPublic_detail.action?infoId=")
                   for n in range(1, pages + 1))
        assert total == rows == listed["qianyang-gov"]

        def posted(n: int) -> dict[str, Any]:
            body = json.dumps({"channelCode": "zfxxgknb", "pageNo": n, "pageSize": 4}).encode()
            return dict(json.loads(page("http://www.fengkou.gov.test/api/cms/article/page", data=body))["data"])

        data = posted(1)
        assert data["totalCount"] == listed["fengkou-gov"]
        assert sum(len(posted(n)["records"]) for n in range(1, data["totalPage"] + 1)) == listed["fengkou-gov"]
        assert fetch(server.proxy, "http://www.fengkou.gov.test/api/cms/article/page?pageNo=1")[0] == 405

