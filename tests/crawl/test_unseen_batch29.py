"""Issue 12, held-out batch 29 of the unseen province (govcrawl/province/unseen/batch29): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), the few contracts
particular to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's), and
the measurement holds on it — no non-report stored, none under another agency, every shortfall stated,
every record as docs/record.md says."""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, found, truth_urls

BATCH = ("batch29",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"


def test_batch29_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS ``createPageHTML(3, 0, 'index', 'htm');`` with single-quoted
    arguments in a layout cell, a Hanweb ``<datastore>`` island's ``<totalrecord>`` and jpage's string-valued
    ``perPage:'4'``/``totalRecord:'11'`` over its POST data proxy, a VSB "共N条" pager linking every page of a
    reverse-numbered ``list/N.htm``, a 海云 one-based ``createPageHTML('pagination', …)`` whose function is in the
    shared ``createPage.js`` with no ``list_1``, a gkmlpt under ``/qcx/gkmlpt`` set up by a ``new GkApp({…})``
    literal whose API nests ``data.list``/``data.pager`` and whose child column 2853 is known only from the tree,
    a 开普云 "共 N 条 第 1/N 页" with a jump ``<select>``, a hub accordion of ``<details>`` units and a ``data-src``
    乡镇 fragment linking the towns' lists on their sub-hosts, a FoosunCMS GBK "第1页/共N页 共N篇", an emlog
    ``?sort=7&page=N`` two clicks from home, an Eleventy pager from 0 as ``1/``, ``2/``) agrees with the entries
    the pages serve, and every report and decoy is among them."""
    province = build_unseen(BATCH)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic: createPageHTML(3, 0, 'index', 'htm') single-quoted, in <td class="xc-fy">; index_N.htm
        root = "http://czj.xuncheng.gov.test/xxgk/fdzdgknr/ndbg/"
        first = page(root + "index.htm")
        assert "function createPageHTML(nCount, nCur, sName, sExt)" in first
        pages = declared_number(r"<td class=\"xc-fy\" align=\"center\"><script>createPageHTML\((\d+), 0, 'index', "
                                r"'htm'\);</script></td>", first)
        row = (r'<tr><td class="xc-d">◆</td><td class="xc-t"><a href="(\./\d{6}/t\d{8}_\d+\.htm)" target="_blank" '
               r'title="[^"]+">[^<]+</a></td><td class="xc-r">\d{4}/\d\d/\d\d</td></tr>')
        rows = found(root, row, first)
        for k in range(1, pages):
            text = page(f"{root}index_{k}.htm")
            assert f"createPageHTML({pages}, {k}, 'index', 'htm');" in text
            rows += found(root, row, text)
        assert missing(f"{root}index_{pages}.htm")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "xuncheng-czj")

        # Hanweb: <datastore><totalrecord> in the island, jpage's string settings, POST /module/web/jpage/dataproxy.jsp
        col = "http://www.chanling.gov.test/col/col1229803164/index.html"
        first = page(col)
        total = declared_number(r"<datastore><totalrecord>(\d+)</totalrecord>", first)
        pages = declared_number(r"</totalrecord><totalpage>(\d+)</totalpage>", first)
        per = declared_number(r"\$\('#6610842'\)\.jpage\(\{dataStore: .*?perPage:'(\d+)'", first)
        assert declared_number(r"totalRecord:'(\d+)'", first) == total and pages == -(-total // per)
        proxy_path = re.search(r"proxyUrl:'([^']+)'", first)
        assert proxy_path and proxy_path[1] == "/module/web/jpage/dataproxy.jsp" and "ajaxType:'post'" in first
        record = r'<record><!\[CDATA\[<div class="cl-row"><a href="(/art/\d{4}/\d+/\d+/art_1229803164_\d+\.html)" '
        head = found(col, record, first)
        assert len(head) == per
        params = {"col": 1, "appid": 1, "webid": 2214, "path": "/", "columnid": 1229803164, "sourceContentType": 1,
                  "unitid": 6610842, "webname": "磛岭县人民政府", "permissiontype": 0}
        proxy = urljoin(col, proxy_path[1])
        rows, start = [], 1
        while start <= total and start < 100:
            end = start + 3 * per - 1
            query = urlencode({"startrecord": start, "endrecord": end, "perpage": per})
            data = page(f"{proxy}?{query}", data=urlencode(params).encode())
            assert f"<totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage>" in data
            rows += found(col, record, data)
            start = end + 1
        assert rows[:per] == head
        paged: list[str] = []
        for n in range(1, pages + 1):
            paged += found(col, record, page(f"{proxy}?page={n}&perpage={per}"))
        assert paged == rows
        assert not re.findall(record, page(f"{proxy}?page={pages + 1}&perpage={per}"))
        assert missing("http://www.chanling.gov.test/module/jpage/dataproxy.jsp?startrecord=1&endrecord=12")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "chanling-gov")

        # VSB: list.htm then list/2.htm … list/1.htm (reverse-numbered), a full pb_sys_style1 pager "共N条" "1/N"
        lst = "http://zrzy.maozhou.gov.test/xxgk/zfxxgknb/list.htm"
        first = page(lst)
        total = declared_number(r'<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共(\d+)条',
                                first)
        pages = declared_number(r'<span class="p_t">1/(\d+)</span></div>', first)
        numbered = found(lst, r'<span class="p_no"><a href="([^"]+)">\d+</a></span>', first)
        assert numbered == [f"http://zrzy.maozhou.gov.test/xxgk/zfxxgknb/list/{pages - n + 1}.htm"
                            for n in range(2, pages + 1)]
        row = r'<tr id="line_u5_\d+"><td>\d+</td><td><a href="([^"]+)" target="_blank" title='
        rows = []
        for k, url in enumerate([lst] + numbered, 1):
            text = page(url)
            assert f'<span class="p_t">共{total}条</span>' in text and f'<span class="p_t">{k}/{pages}</span>' in text
            assert f'<span class="p_no_d">{k}</span>' in text
            rows += found(url, row, text)
        assert '<span class="p_next_d p_fun_d">下页</span>' in text
        assert missing(f"http://zrzy.maozhou.gov.test/xxgk/zfxxgknb/list/{pages}.htm")
        assert all(u.startswith("http://zrzy.maozhou.gov.test/info/1208/") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "maozhou-zrzy")

        # 海云: createPageHTML('pagination', pages, k, 'list', 'shtml', records), one-based;
        # the function only in the shared /common/js/createPage.js
        root = "http://www.gushui.gov.test/gss/c103512/"
        first = page(root + "list.shtml")
        assert '<script src="/common/js/createPage.js"></script>' in first and "function createPageHTML" not in first
        assert "function createPageHTML(divId, pageCount, pageIndex, pageName, pageExt, recordCount)" in page(
            urljoin(root, "/common/js/createPage.js"))
        pages = declared_number(r"createPageHTML\('pagination', (\d+), 1, 'list', 'shtml', \d+\);", first)
        total = declared_number(r"createPageHTML\('pagination', \d+, 1, 'list', 'shtml', (\d+)\);", first)
        item = (r'<tr><td class="gs-t"><a href="(/gss/c103512/\d{6}/d\d+\.shtml)" target="_blank" title="[^"]+">'
                r'[^<]+</a></td><td class="gs-d">\d{4}年\d\d月\d\d日</td></tr>')
        rows = []
        for k in range(1, pages + 1):
            text = page(root + ("list.shtml" if k == 1 else f"list_{k}.shtml"))
            assert f"createPageHTML('pagination', {pages}, {k}, 'list', 'shtml', {total});" in text
            rows += found(root, item, text)
        assert missing(root + "list_1.shtml") and missing(f"{root}list_{pages + 1}.shtml")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "gushui-gov")

        # gkmlpt under /qcx/gkmlpt: new GkApp({base, sid, size, tree}) literal; API data.list / data.pager
        shell_url = "http://www.qichuan.gov.test/qcx/gkmlpt/index"
        shell = page(shell_url)
        app = re.search(r'new GkApp\(\{base: "([^"]+)", sid: (\d+), size: (\d+), tree: (\[.*?\])\}\);', shell)
        assert app and app[1] == "/qcx/gkmlpt"
        size = int(app[3])
        assert re.search(r'\{id: 2851, name: "政府信息公开年报", children: \[\{id: 2853, name: "部门及镇街年报"\}\]\}',
                         app[4])
        assert "http://www.qichuan.gov.test/qcx/gkmlpt/index#2851" in links(
            "http://www.qichuan.gov.test/", r'<a href="([^"]+)">政府信息公开年报</a>')
        rows, titles = [], {}
        for column in (2851, 2853):
            api = urljoin(shell_url, f"{app[1]}/api/all/{column}?page=1&sid={app[2]}")
            head_data = json.loads(page(api))
            assert head_data["code"] == 200
            pager = head_data["data"]["pager"]
            assert pager["current"] == 1 and pager["size"] == size
            assert pager["pages"] == -(-pager["count"] // size) > 1
            mine: list[str] = []
            for n in range(1, pager["pages"] + 1):
                data = json.loads(page(api.replace("page=1", f"page={n}")))["data"]
                assert data["pager"]["current"] == n and data["pager"]["count"] == pager["count"]
                assert all(a["column"] == column for a in data["list"])
                mine += [urljoin(shell_url, a["url"]) for a in data["list"]]
                titles.update({urljoin(shell_url, a["url"]): a["title"] for a in data["list"]})
            past = json.loads(page(api.replace("page=1", f"page={pager['pages'] + 1}")))["data"]
            assert past["list"] == []
            assert len(mine) == pager["count"]
            rows += mine
        assert json.loads(page(re.sub(r"sid=\d+", "sid=1", api))) == {"code": 403, "msg": "站点不存在"}
        assert all(u.startswith("http://www.qichuan.gov.test/qcx/gkmlpt/content/") for u in rows)
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "qichuan-gov")
        assert [titles[u] for u in rows if u not in truth_urls(province, "qichuan-gov")] == [
            "关于2024年度高标准农田建设项目的公示"]

        # 开普云: "共 N 条 第 1/N 页", only 首页 / 尾页 linked, the middle page only as a jump <select> option
        root = "http://rsj.tangzhou.gov.test/zfxxgk/ndbg/"
        first = page(root + "index.shtml")
        total = declared_number(r'<div class="kp-pager">共 (\d+) 条', first)
        pages = declared_number(r"条　第 1/(\d+) 页", first)
        options = found(root, r'<option value="([^"]+)"(?: selected)?>第\d+页</option>', first)
        assert '<select onchange="location.href=this.value">' in first
        assert options == [root + "index.shtml"] + [f"{root}index_{n}.shtml" for n in range(1, pages)]
        pager = re.search(r'<div class="kp-pager">(.*?)</div>', first)
        assert pager and found(root, r'<a href="([^"]+)">', pager[1]) == [options[0], options[-1]]
        card = r'<li><i class="dot"></i><a href="([^"]+)" title="[^"]+" target="_blank">'
        rows = []
        for k, url in enumerate(options, 1):
            text = page(url)
            assert f"共 {total} 条　第 {k}/{pages} 页" in text
            rows += found(url, card, text)
        assert missing(f"{root}index_{pages}.shtml")
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "tangzhou-rsj")
        others = [u for u in rows if u not in truth_urls(province, "tangzhou-rsj")]
        assert sorted(h for u in others for h in re.findall(r'<h1 class="art-tit">([^<]+)</h1>', page(u))) == sorted(
            ["鄌州市2024年度职称评审工作安排的通知", "2025年第一季度就业形势分析"])

        # hub accordion: the county's own list, <details> units (bare year links to sub-hosts), a data-src 乡镇 fragment
        hub = "http://www.guiyuan.gov.test/bmnb/index.html"
        first = page(hub)
        gov = re.search(r'<div class="gov-nb"><h3>县政府年报</h3><ul>(.*?)</ul></div>', first)
        assert gov
        rows = found(hub, r'<li><a href="([^"]+)">', gov[1])
        units = re.findall(r"<details><summary>([^<]+)</summary><ul>(.*?)</ul></details>", first)
        assert [u for u, _ in units] == ["县教育局", "县卫生健康局", "县财政局"]
        for _, body in units:
            mine = found(hub, r'<li><a href="(http://[^"]+)" target="_blank">\d{4}年[^<]*</a></li>', body)
            assert all(urlsplit(u).netloc != "www.guiyuan.gov.test" for u in mine)
            rows += mine
        src = re.search(r'<div class="acc-body" data-src="([^"]+)">加载中…</div>', first)
        assert src and "进入年报专栏" not in first
        towns = links(urljoin(hub, src[1]), r'<a href="(http://[^"]+/zwgk/nb/index\.html)" target="_blank">进入年报')
        assert len(towns) == len({urlsplit(u).netloc for u in towns}) == 2
        for town in towns:
            text = page(town)
            assert '<p class="pg">共1页</p>' in text
            mine = found(town, r'<li><a href="(/zwgk/nb/\d+\.html)">', text)
            assert mine and all(urlsplit(u).netloc == urlsplit(town).netloc for u in mine)
            rows += mine
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "guiyuan-bmnb")

        # FoosunCMS (GBK): "分页：<b>[1]</b> … 第1页/共N页　共N篇" over index.html, index_N.html
        root = "http://www.qikeng.gov.test/zwgk/ndbg/"
        first = page(root + "index.html", "gbk")
        pages = declared_number(r"　第1页/共(\d+)页　共\d+篇</div>", first)
        total = declared_number(r"　第1页/共\d+页　共(\d+)篇</div>", first)
        assert "首页" not in first.split('class="fs_pagelist"')[1] and "<b>[1]</b>" in first
        numbered = found(root, r'<a href="(index_\d+\.html)">\[\d+\]</a>', first)
        assert numbered == [f"{root}index_{n}.html" for n in range(2, pages + 1)]
        row = r'<tr><td class="fs_t"><img src="/images/dot.gif"> <a href="(/html/zwgk/ndbg/\d{4}/\d{4}/\d{17,}\.html)"'
        rows = []
        for k, url in enumerate([root + "index.html"] + numbered, 1):
            text = page(url, "gbk")
            assert f"第{k}页/共{pages}页　共{total}篇" in text
            rows += found(url, row, text)
        assert "下一页" not in text and "末页" not in text
        assert missing(f"{root}index_{pages + 1}.html") and missing(root + "index_1.html")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "qikeng-gov")

        # emlog: home → 信息公开 (?sort=3) → its sidebar's child 政府信息公开年报 (?sort=7); &page=N, no counts
        home = "http://www.liecheng.gov.test/"
        xxgk = links(home, r'<li class="item"><a href="(\./\?sort=\d+)">信息公开</a></li>')[0]
        assert "?sort=7" not in page(home) and "政府信息公开年报" not in page(home)
        cat = links(xxgk, r'<ul class="log_classify_c">.*?<li><a href="(\./\?sort=\d+)">政府信息公开年报</a>')[0]
        assert cat == "http://www.liecheng.gov.test/?sort=7"
        first = page(cat)
        numbers = [int(n) for n in re.findall(r'<a href="\./\?sort=7&amp;page=\d+">(\d+)</a>', first)]
        pages = max(numbers)
        assert '<div id="pagenavi"><span>1</span>' in first and numbers == list(range(2, pages + 1))
        entry = r'<div class="loglist"><h2><a href="(\./\?post=\d+)">'
        rows = []
        for k in range(1, pages + 1):
            text = page(f"{cat}&page={k}")
            assert f"<span>{k}</span>" in text
            rows += found(cat, entry, text)
        assert found(cat, entry, first) == rows[:4]
        assert page(f"{cat}&page={pages + 1}") == text  # past the end: emlog clamps to the last page
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "liecheng-gov")

        # Eleventy: /xxgk/ndbg/, then 1/, 2/ (pages from 0); every page "第 k 页" linked, aria-current on the current
        sec = "http://ybj.maozhou.gov.test/xxgk/ndbg/"
        first = page(sec)
        numbered = found(sec, r'<li><a href="(/xxgk/ndbg/(?:\d+/)?)"(?: aria-current="page")?>第 \d+ 页</a></li>',
                         first)
        pages = len(numbered)
        assert numbered == [sec] + [f"{sec}{n}/" for n in range(1, pages)]
        assert f'<a href="{urlsplit(sec).path}" aria-current="page">第 1 页</a>' in first
        entry = r'<article class="post-item"><h3><a href="(/posts/\d{4}-\d\d-\d\d-[a-z0-9-]+/)">'
        rows = []
        for k, url in enumerate(numbered, 1):
            text = page(url)
            assert f'aria-current="page">第 {k} 页</a>' in text
            rows += found(url, entry, text)
        assert "<li>下一页</li>" in text and "<li>尾页</li>" in text
        assert missing(f"{sec}0/") and missing(f"{sec}{pages}/")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "maozhou-ybj")


def test_batch29_portal_contracts() -> None:
    """The legacy pages' GBK bytes (a bare ``text/html`` header, a gb2312 meta); the one scan (qikeng-gov 2020,
    image-only PDF, flagged) and its link; TRS's and 开普云's PDFs, 海云's and emlog's DOCX, gkmlpt's and Eleventy's
    OFD where their pages link them; the units abbreviated (or pointed at) in their titles named on their pages."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page

        # the legacy list and articles: GBK bytes (磜 is outside GB2312) under a charset-less header and a gb2312 meta
        _, media, body = fetch(server.proxy, "http://www.qikeng.gov.test/zwgk/ndbg/index.html")
        text = body.decode("gbk")
        assert media == "text/html" and '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' in text
        assert "磜".encode("gbk") in body and "磜坑县" in text
        legacy = next(t for t in reports if t.site_id == "qikeng-gov" and "image_only" not in t.flags)
        _, media, body = fetch(server.proxy, legacy.url)
        assert media == "text/html" and legacy.title in body.decode("gbk") and "charset=gb2312" in body.decode("gbk")
        assert fetch(server.proxy, "http://www.qikeng.gov.test/html/zwgk/ndbg/none.html")[0] == 404

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("qikeng-gov", 2020)]
        scan = scans[0]
        assert scan.report_url and scan.report_url.startswith("http://www.qikeng.gov.test/UploadFiles/2021-2/")
        path = urlsplit(scan.report_url).path
        assert f'<a href="{path}" target="_blank"><img src="/images/pdf.gif" border="0">' in article(scan.url, "gbk")
        assert fetch(server.proxy, scan.report_url)[:2] == (200, PDF) and scan.media_type == PDF

        # every attachment: (site, media type) → the page's link to it, resolved, is the report's file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url and t not in scans)
        assert attached == sorted([("xuncheng-czj", PDF), ("tangzhou-rsj", PDF), ("gushui-gov", DOCX),
                                   ("liecheng-gov", DOCX), ("qichuan-gov", OFD), ("maozhou-ybj", OFD)])


        # TRS: ./P020230130<12 digits>.pdf in div.fj, the article's own month folder
        url, report_url, text = pages.filed(reports, "xuncheng-czj")
        link = re.search(r'<div class="fj"><p>附件：</p><a href="(\./P020230130\d{12}\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.startswith("http://czj.xuncheng.gov.test/xxgk/fdzdgknr/ndbg/202301/")

        # 开普云: /uploadfiles/ndbg/2022/<id>.pdf in p.fj inside <UCAPCONTENT>
        url, report_url, text = pages.filed(reports, "tangzhou-rsj")
        link = re.search(r'<UCAPCONTENT>.*<p class="fj">附件：<a href="(/uploadfiles/ndbg/2022/\d+\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # 海云: /gss/c103512/202301/W020230119<12 digits>.docx in ul.gs-fj after div.trs_editor_view
        url, report_url, text = pages.filed(reports, "gushui-gov")
        link = re.search(r'</div><ul class="gs-fj"><li>附件：<a href="(/gss/c103512/202301/W020230119\d{12}\.docx)">',
                         text)
        assert link and urljoin(url, link[1]) == report_url

        # emlog: ./content/uploadfile/202401/<32 hex>.docx in div.attlist ("点击下载"), the post a ?post=N URL
        url, report_url, text = pages.filed(reports, "liecheng-gov")
        link = re.search(r'<div class="attlist">附件：<a target="_blank" href="(\./content/uploadfile/202401/'
                         r'[0-9a-f]{32}\.docx)" title="点击下载">', text)
        assert link and urljoin(url, link[1]) == report_url and "/?post=" in url

        # gkmlpt: /qcx/gkmlpt/attach/2/2851/<id>.ofd in div.gk-files and in DETAIL.attachment
        url, report_url, text = pages.filed(reports, "qichuan-gov")
        link = re.search(r'<div class="gk-files">附件：<a href="(/qcx/gkmlpt/attach/2/2851/\d+\.ofd)">', text)
        assert link and urljoin(url, link[1]) == report_url
        detail = re.search(r"var DETAIL = (\{.*?\}); var TREE = ", text)
        assert detail and [a["url"] for a in json.loads(detail[1])["attachment"]] == [link[1]]

        # Eleventy: /assets/files/ybj-ndbg-2022-<6 hex>.ofd, a download link
        url, report_url, text = pages.filed(reports, "maozhou-ybj")
        link = re.search(r'<p>附件：<a href="(/assets/files/ybj-ndbg-2022-[0-9a-f]{6}\.ofd)" download>', text)
        assert link and urljoin(url, link[1]) == report_url

        # a unit abbreviated (or pointed at) in its title is named in full on its page
        checked = 0
        for site, short in (("xuncheng-czj", "市财评中心"), ("chanling-gov", "县农业农村局"),
                            ("chanling-gov", "峋口镇"), ("maozhou-zrzy", "市不动产登记中心"),
                            ("gushui-gov", "县卫健局"), ("gushui-gov", "梣溪镇"),
                            ("qichuan-gov", "县农业农村局"), ("qichuan-gov", "磜口镇"),
                            ("tangzhou-rsj", "市社保中心"), ("tangzhou-rsj", "市劳动人事争议仲裁院"),
                            ("guiyuan-bmnb", "2024年度"), ("guiyuan-bmnb", "2023年度"), ("guiyuan-bmnb", "2020年度"),
                            ("guiyuan-bmnb", "本镇"), ("guiyuan-bmnb", "本乡"),
                            ("qikeng-gov", "县水利局"), ("qikeng-gov", "畲岙镇"), ("liecheng-gov", "县人社局"),
                            ("maozhou-ybj", "经开区分局")):
            encoding = "gbk" if site == "qikeng-gov" else "utf-8"
            checked += pages.units_named_in_full(reports, site, short, encoding)
        assert checked == 20


@pytest.mark.slow
def test_batch29_measurement_runs() -> None:
    assert_measurement_holds("batch29")
