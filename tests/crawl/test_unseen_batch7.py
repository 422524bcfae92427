"""Issue 12, held-out batch 7 of the unseen province (govcrawl/province/unseen/batch7): every count
a portal declares matches what it holds (the rest of its fixture contract is
tests/crawl/test_unseen_held_out.py's).  How the crawler does on it is
``benchmarks/unseen_coverage.py --batch batch7`` (BENCHMARKS.md), run with every batch's
(``--batch all``) before a crawler change is merged."""

from __future__ import annotations

import json

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts

BATCH = ("batch7",)


def test_batch7_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a 4-argument pager call with "共N页" and a page drop-down,
    a static "共N条记录 分N页", jpage's ``totalRecord``/``perPage`` with a GET proxy, the old VSB
    "共N条 1/N", a gkmlpt total, layui's ``count``/``limit``, "共收录N个部门", 动易's "共 N 篇文章 …
    页次 1/N", Element-UI's "共 N 条") agrees with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)
    with province.server() as server:
        page = Pages(server.proxy).page

        root = "http://www.zichuan.gov.test/zwgk/zfxxgk/zfxxgknb/"
        first = page(root + "index.htm")
        pages = declared_number(r'createPageHTML\((\d+), 0, "index", "htm"\)', first)
        assert declared_number(r"共(\d+)页", first) == pages == first.count("<option ")
        rows = sum(
            page(root + ("index.htm" if i == 0 else f"index_{i}.htm")).count('<td class="mc">') for i in range(pages)
        )
        assert rows == listed["zichuan-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.htm")[0] == 404

        root = "http://www.jiyang.gov.test/jysrmzf/c104823/"
        first = page(root + "common_zfxxgknb.shtml")
        total, pages = declared_number(r"共(\d+)条记录", first), declared_number(r"分(\d+)页", first)
        rows = sum(
            page(root + ("common_zfxxgknb.shtml" if n == 1 else f"common_zfxxgknb_{n}.shtml")).count(
                '<div class="tl-node">'
            )
            for n in range(1, pages + 1)
        )
        assert total == rows == listed["jiyang-gov"]
        assert fetch(server.proxy, root + "common_zfxxgknb_1.shtml")[0] == 404

        column = page("http://www.muxi.gov.test/col/col1229607311/index.html")
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        assert column.count("<record>") == per < total == listed["muxi-gov"]
        proxy = "http://www.muxi.gov.test/module/web/jpage/dataproxy.jsp"
        query = "appid=1&webid=3381&path=/&columnid=1229607311&unitid=5533210&permissiontype=0"
        rows = sum(page(f"{proxy}?page={n}&{query}").count("<record>") for n in range(1, -(-total // per) + 1))
        assert rows == total
        assert page(f"{proxy}?startrecord=1&endrecord=15&perpage=5&{query}").count("<record>") == 0

        first = page("http://www.yuntang.gov.test/xxgk/gknb.htm")
        total, pages = declared_number(r"共(\d+)条&nbsp;", first), declared_number(r"&nbsp;1/(\d+)&nbsp;", first)
        rows = first.count('<tr id="lineu6_') + sum(
            page(f"http://www.yuntang.gov.test/xxgk/gknb/{k}.htm").count('<tr id="lineu6_') for k in range(1, pages)
        )
        assert total == rows == listed["yuntang-gov"]

        api = json.loads(page("http://www.renzhou.gov.test/gkmlpt/api/all/1150?page=1&sid=763021"))
        assert api["total"] == len(api["articles"]) == listed["renzhou-gov"]

        root = "http://zwgk.yangchuan.gov.test/zfxxgk/zfxxgknb/"
        first = page(root + "index.html")
        count, limit = declared_number(r"count: (\d+)", first), declared_number(r"limit: (\d+)", first)
        pages = -(-count // limit)
        rows = sum(
            page(root + ("index.html" if i == 0 else f"index_{i}.html")).count('<div class="kp-card">')
            for i in range(pages)
        )
        assert count == rows == listed["yangchuan-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.html")[0] == 404

        hub = page("http://www.ruocheng.gov.test/zwgk/bmxxgknb/index.html")
        assert declared_number(r"共收录(\d+)个部门", hub) == hub.count('<dl class="bm-item">')
        entries = hub.split('<div class="bm-list">', 1)[1]  # the departments and the 相关链接 line
        direct = entries.count("<a href=") - entries.count("进入本部门年报栏目")
        finance = page("http://czj.ruocheng.gov.test/zfxxgk/ndbg/index.html").count("<td><a ")
        police = page("http://gaj.ruocheng.gov.test/gkml/nb/index.html").count('<p class="nb-line">')
        assert direct + finance + police == listed["ruocheng-bmnb"]
        city = page("http://www.ruocheng.gov.test/zwgk/zfxxgknb/index.html")
        assert city.count('<td class="nd">') == listed["ruocheng-gov"]

        aspx = "http://www.jianxi.gov.test/xxgk/List.asp?ClassID=27"
        status, media, body = fetch(server.proxy, aspx)
        assert status == 200 and "charset" not in media.lower()
        first = body.decode("gbk")
        total = declared_number(r"共 <b>(\d+)</b> 篇文章", first)
        pages = declared_number(r"页次：<strong><font color=red>1</font>/(\d+)</strong>", first)
        per = declared_number(r"<b>(\d+)</b>篇文章/页", first)
        rows = sum(page(f"{aspx}&page={n}", "gbk").count('class="listA"') for n in range(1, pages + 1))
        assert total == rows == listed["jianxi-gov"] and pages == -(-total // per)

        root = "http://www.keshan.gov.test/gk/zfxxgknb/xjnb"
        first = page(root)
        total, pages = declared_number(r"共 (\d+) 条", first), first.count('<li class="number')
        rows = sum(page(f"{root}?page={n}").count('<div class="gk-row">') for n in range(1, pages + 1))
        assert total == rows == listed["keshan-gov"]

