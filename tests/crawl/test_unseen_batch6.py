"""Issue 12, held-out batch 6 of the unseen province (govcrawl/province/unseen/batch6): every count
a portal declares matches what it holds (the rest of its fixture contract
is tests/crawl/test_unseen_held_out.py's).  How the crawler does on it is
``benchmarks/unseen_coverage.py --batch batch6`` (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts

BATCH = ("batch6",)


def test_the_vsb_download_needs_the_article_as_referer() -> None:
    province = build_unseen(BATCH)
    with province.server() as server:
        vsb = next(t for t in province.truth if t.site_id == "meiwu-gov" and t.report_url)
        assert fetch(server.proxy, vsb.report_url or "")[2].lstrip().startswith(b"<")


def test_batch6_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a 4-argument pager call, a 6-argument one with the total,
    a per-row table of 部门年报 with "共N条", jpage's ``totalRecord``, VSB's "共N条 第1/N页", a gkmlpt
    total, sub-columns' "共N条", AspNetPager's "共N条记录 当前第1/N页", a Bootstrap "共 N 条") agrees
    with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)
    with province.server() as server:
        page = Pages(server.proxy).page

        root = "http://www.lingshui.gov.test/zwgk/zfxxgknb/"
        pages = declared_number(r"createPageHTML\((\d+),0,'index','html'\)", page(root + "index.html"))
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
        total, pages = declared_number(r"共(\d+)条", hub), declared_number(r"第1/(\d+)页", hub)
        rows = sum(
            page("http://www.liyang.gov.test/zwgk/bmnb/" + ("index.shtml" if n == 1 else f"index_{n}.shtml")).count(
                "<tr><td>"
            )
            for n in range(1, pages + 1)
        )
        column = page("http://tjj.liyang.gov.test/xxgk/nb/index.shtml").count("<li>")
        assert rows == total and total - 1 + column == listed["liyang-bmnb"]

        hanweb = page("http://www.weipu.gov.test/col/col1229518806/index.html")
        total = declared_number(r"totalRecord: (\d+)", hanweb)
        assert total == listed["weipu-gov"] and hanweb.count("<record>") < total
        proxy = "http://www.weipu.gov.test/module/web/jpage/dataproxy.jsp"
        window = page(
            f"{proxy}?startrecord=1&endrecord=30&perpage=3",
            data=b"col=1&appid=1&webid=2915&path=/&columnid=1229518806&unitid=3921504",
        )
        assert window.count("<record>") == total == declared_number(r"<totalrecord>(\d+)</totalrecord>", window)
        assert page(f"{proxy}?page=2&columnid=1229518806").count("<record>") == 0

        vsb = page("http://www.meiwu.gov.test/zwgk/zfxxgknb.htm")
        total, pages = declared_number(r"共(\d+)条", vsb), declared_number(r"第1/(\d+)页", vsb)
        rows = vsb.count('<li id="line_u8_') + sum(
            page(f"http://www.meiwu.gov.test/zwgk/zfxxgknb/{n}.htm").count('<li id="line_u8_') for n in range(1, pages)
        )
        assert total == rows == listed["meiwu-gov"]

        api = json.loads(page("http://wjj.xunzhou.gov.test/gkmlpt/api/all/2841?sid=757316&page=1"))
        assert api["total"] == len(api["articles"]) == listed["xunzhou-wjj"]

        kaipu, rows = 0, 0
        for sub in ("xzf", "bm", "zb"):
            first = page(f"http://www.zhiping.gov.test/zfxxgk/zfxxgknb/{sub}/1.html")
            kaipu += declared_number(r"共(\d+)条", first)
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
        total, pages = declared_number(r"共(\d+)条记录", legacy), declared_number(r"当前第1/(\d+)页", legacy)
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
        total = declared_number(r"共 (\d+) 条", bootstrap)
        rows = bootstrap.count('class="card-title"') + page(
            "http://www.pengyuan.gov.test/zfxxgk/nb/index-2.html"
        ).count('class="card-title"')
        assert total == rows == listed["pengyuan-gov"]

