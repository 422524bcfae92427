"""Issue 12, held-out batch 9 of the unseen province (govcrawl/province/unseen/batch9): every count
a portal declares matches what it holds, and the few contracts particular to a portal (the rest of
its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the crawler does on it is
``benchmarks/unseen_coverage.py --batch batch9`` (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts

BATCH = ("batch9",)


def test_batch9_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS ``countPage`` in the column's own script, 6-argument
    ``createPageHTML`` fed from ``pageCount``/``recordCount`` variables per year sub-column, jpage's
    ``var totalRecord`` and the dataproxy's ``<totalrecord>``/``<totalpage>``, a VSB pager whose 尾页
    is its only hint, gkmlpt totals under a sub-path, a JSON list API's ``total``/``totalPage``, a
    hub's "共 N 个部门" and ``<select>`` pages, a Struts list's "共N条记录 当前第1/N页" paged by form POST,
    an ASP "共 N 条记录 页次：1/N", a load-more button's ``data-total``) agrees with the entries the portal serves."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)
    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: the count in ./pagecount.js, zero-based pages
        root = "http://www.kechuan.gov.test/zwgk/zfxxgk/zfxxgknb/"
        first = page(root + "index.shtml")
        assert 'src="./pagecount.js"' in first and "createPageHTML(countPage, 0," in first
        script = page(root + "pagecount.js")
        pages, total = (
            declared_number(r"var countPage = (\d+);", script),
            declared_number(r"recordCount = (\d+);", script),
        )
        rows = sum(
            page(root + ("index.shtml" if i == 0 else f"index_{i}.shtml")).count("<li><a ") for i in range(pages)
        )
        assert rows == total == listed["kechuan-gov"]
        assert fetch(server.proxy, root + f"index_{pages}.shtml")[0] == 404

        # TRS 海云: year sub-columns, each with its own 1-based pager
        root = "http://www.huiyang.gov.test/zwgk/zfxxgknb/"
        years = re.findall(r'href="\./(\d{4})n/"', page(root + "index.shtml"))
        assert len(years) == 5 and "<dl>" not in page(root + "index.shtml")
        held = 0
        for year in years:
            col = f"{root}{year}n/"
            first = page(col + "index.shtml")
            pages, total = (
                declared_number(r"var pageCount = (\d+);", first),
                declared_number(r"recordCount = (\d+);", first),
            )
            assert re.search(r"createPageHTML\('pagination', pageCount, 1, 'index', 'shtml', recordCount\)", first)
            rows = sum(
                page(col + ("index.shtml" if n == 1 else f"index_{n}.shtml")).count("<dl><dt>")
                for n in range(1, pages + 1)
            )
            assert rows == total
            assert fetch(server.proxy, col + "index_1.shtml")[0] == 404
            held += total
        assert held == listed["huiyang-gov"]

        # Hanweb: plain-var settings, embedded group with <nextgroup>, POST record windows
        column = page("http://www.meixi.gov.test/col/col1229907315/index.html")
        total, per = (
            declared_number(r"var totalRecord = (\d+);", column),
            declared_number(r"var perPage = (\d+);", column),
        )
        assert total == listed["meixi-gov"] and "<nextgroup>" in column and ".jpage(" not in column
        embedded = column.count("<record>")
        assert embedded == 3 * per < total
        form = (
            "col=1&appid=1&webid=4102&path=/&columnid=1229907315&sourceContentType=1&unitid=7340021&webname="
            + quote("渼溪县人民政府")
            + "&permissiontype=0"
        ).encode()
        proxy = "http://www.meixi.gov.test/module/web/jpage/dataproxy.jsp"
        answer = page(f"{proxy}?startrecord={embedded + 1}&endrecord={embedded + 3 * per}&perpage={per}", data=form)
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", answer) == total
        assert declared_number(r"<totalpage>(\d+)</totalpage>", answer) == -(-total // per)
        assert embedded + answer.count("<record>") == total
        nextgroup = re.search(r'<nextgroup><!\[CDATA\[<a href="([^"]+)"', column)
        assert nextgroup
        pages = -(-total // per)
        by_get = sum(
            page(f"http://www.meixi.gov.test{nextgroup[1]}".replace("page=1", f"page={n}")).count("<record>")
            for n in range(1, pages + 1)
        )
        assert by_get == total
        assert page(proxy + "?startrecord=1&endrecord=9&perpage=3", data=b"columnid=1&unitid=2").count("<record>") == 0
        assert fetch(server.proxy, "http://www.meixi.gov.test/module/jpage/dataproxy.jsp")[0] == 404

        # VSB: no count printed; 尾页 is gknb/1.htm, the numbered pages count down to it
        vsb = page("http://www.luoping.gov.test/xxgk/gknb.htm")
        assert "共" not in re.sub(r"<script.*?</script>", "", vsb.split('class="pb_sys_common')[1], flags=re.S)
        last = re.search(r'<a href="gknb/(\d+)\.htm">下页</a>', vsb)
        assert last and '<a href="gknb/1.htm">尾页</a>' in vsb
        rows = vsb.count('<li id="lineu9_') + sum(
            page(f"http://www.luoping.gov.test/xxgk/gknb/{n}.htm").count('<li id="lineu9_')
            for n in range(1, int(last[1]) + 1)
        )
        assert rows == listed["luoping-gov"]
        assert fetch(server.proxy, f"http://www.luoping.gov.test/xxgk/gknb/{int(last[1]) + 1}.htm")[0] == 404

        # gkmlpt: the district's and the bureau's, each API under its own prefix
        for site, prefix, column, sid in (
            ("huojiang-gkml", "", "1862", "759112"),
            ("huojiang-wsjkj", "/wsjkj", "2307", "759136"),
        ):
            shell = page(f"http://www.huojiang.gov.test{prefix}/gkmlpt/index")
            assert f"sid: '{sid}'" in shell and f"base: '{prefix}/gkmlpt'" in shell
            api = json.loads(page(f"http://www.huojiang.gov.test{prefix}/gkmlpt/api/all/{column}?page=1&sid={sid}"))
            assert api["total"] == len(api["articles"]) == listed[site]
            assert all(
                a["url"].startswith(f"http://www.huojiang.gov.test{prefix}/gkmlpt/content/") for a in api["articles"]
            )

        # kaipu: a JSON list API behind an empty shell
        shell = page("http://xxgk.qianling.gov.test/zfxxgknb/index.html")
        assert "content_" not in shell
        channel = re.search(r"channelId: '(\w+)', pageSize: (\d+)", shell)
        assert channel
        api = "http://xxgk.qianling.gov.test/api/content/list?channelId={}&pageSize={}&pageNo={}"
        data = json.loads(page(api.format(channel[1], channel[2], 1)))["data"]
        rows = sum(
            len(json.loads(page(api.format(channel[1], channel[2], n)))["data"]["list"])
            for n in range(1, data["totalPage"] + 1)
        )
        assert data["total"] == rows == listed["qianling-gov"]
        assert json.loads(page(api.format("other", 5, 1)))["data"]["total"] == 0
        assert "xxgk.qianling.gov.test/zfxxgknb/index.html" in page("http://www.qianling.gov.test/")

        # hub: "共 N 个部门" across <select> pages
        hub = "http://www.hucheng.gov.test/xxgk/bmnb/"
        first = page(hub + "index.html")
        units = declared_number(r"共 (\d+) 个部门", first)
        options = re.findall(r'<option value="([^"]+)"', first)
        cards = sum(page(hub + o).split('id="tab-xz"')[0].count('class="acc-hd"') for o in options)
        assert cards == units and len(options) == 2
        jyj = page("http://jyj.hucheng.gov.test/zwgk/nb/index.html")
        assert declared_number(r"共(\d+)条", jyj) == jyj.count("<li>")

        # legacy ASP: "共 N 条记录 页次：1/N 每页：N 条"
        legacy = "http://www.fuxi.gov.test/xxgk/ArticleList.asp?ClassID=12&Page="
        first = page(legacy + "1", "gb18030")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"页次：1/(\d+)", first)
        rows = sum(page(legacy + str(n), "gb18030").count("ArticleShow.asp?ArticleID=") for n in range(1, pages + 1))
        assert total == rows == listed["fuxi-gov"]

        # gkml_action: "共N条记录 当前第1/N页", later pages by the pager form's POST
        action = "http://www.louyang.gov.test/gkml/News_showGkmlList.action"
        first = page(action + "?catalogId=1207", "gbk")
        total, pages = declared_number(r"共(\d+)条记录", first), declared_number(r"当前第1/(\d+)页", first)
        assert 'name="pageForm" method="post"' in first and "javascript:goPage(2)" in first
        rows = sum(
            page(action, "gbk", data=f"catalogId=1207&pageNo={n}".encode()).count(
                "News_showGkmlNews.action?messagekey="
            )
            for n in range(1, pages + 1)
        )
        assert total == rows == listed["louyang-gov"]

        # no CMS: a load-more button's data-total and its JSON pages
        more = page("http://zwgk.qikou.gov.test/nb/index.html")
        total, size = declared_number(r'data-total="(\d+)"', more), declared_number(r'data-size="(\d+)"', more)
        rows = more.count('<div class="nb-item">') + sum(
            len(json.loads(page(f"http://zwgk.qikou.gov.test/nb/list.json?page={n}&size={size}"))["list"])
            for n in range(2, -(-total // size) + 1)
        )
        assert total == rows == listed["qikou-gov"]


def test_batch9_portal_contracts() -> None:
    """What particular portals promise: VSB attachments only with the article as Referer; the ASP
    column's bytes are GB18030 under a GB2312 label (not decodable as GBK) and an unknown article is a
    soft 404; the county reached from its home page only through another host."""
    province = build_unseen(BATCH)
    with province.server() as server:
        for truth in province.truth:
            if truth.report_url and "download.jsp" in truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url)
                assert status == 200 and media.startswith("text/html") and len(body) > 4000
                assert fetch(server.proxy, truth.report_url, referer=truth.url)[1].startswith(truth.media_type)
        status, media, body = fetch(server.proxy, "http://www.fuxi.gov.test/xxgk/ArticleList.asp?classid=12&page=1")
        assert status == 200 and media == "text/html; Charset=gb2312" and b"charset=gb2312" in body
        try:
            body.decode("gbk")
            raise AssertionError("the list should not decode as GBK")
        except UnicodeDecodeError:
            pass
        assert "㮾塘镇" in body.decode("gb18030")
        status, _, body = fetch(server.proxy, "http://www.fuxi.gov.test/xxgk/ArticleShow.asp?ArticleID=1")
        assert status == 200 and "页面不存在" in body.decode("gb18030")
        home = fetch(server.proxy, "http://www.qikou.gov.test/")[2].decode()
        assert 'href="http://zwgk.qikou.gov.test/"' in home and "/nb/" not in home
        assert 'href="/nb/index.html"' in fetch(server.proxy, "http://zwgk.qikou.gov.test/")[2].decode()

