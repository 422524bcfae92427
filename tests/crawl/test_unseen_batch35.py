"""Issue 12, held-out batch 35 of the unseen province (govcrawl/province/unseen/batch35): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), the few contracts particular
to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's), and the measurement
holds on it — no non-report stored, none under another agency, every shortfall stated, every record as
docs/record.md says."""

from __future__ import annotations

import json
import re
import urllib.request
from html import unescape
from urllib.parse import quote, urldefrag, urlencode, urljoin, urlsplit

import pytest

from govcrawl.province.unseen import BATCHES, build_unseen
from tests.crawl.unseen_fixture import (
    Pages,
    assert_measurement_holds,
    assert_registered_as_a_user_would,
    declared_number,
    fetch,
    found,
    registry_entries,
    truth_counts,
    truth_urls,
)

BATCH = ("batch35",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
RESIN_GBK = "text/html;charset=GBK"
JSESSION = ";jsessionid=aJ3kV9xQm2Tb"


def _starts() -> dict[str, list[str]]:
    """Each entry's start URLs, as the registry files give them (the walks below begin there)."""
    return {e["id"]: e["start_urls"] for e in registry_entries(BATCH)}


def test_batch35_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS classic column whose pager call was HTML-escaped into the text
    ``&lt;script&gt;createPageHTML(3, 0, …)``, reached from the home page, its later pages TRS's zero-based
    ``index_1.shtml``; a Hanweb column of *two* jpage widgets, each ``perPage: 4``/``totalRecord: N`` over one
    shared POST/GET data proxy; a VSB "共N条" "1/N" simple pager with only 首页/上页/下页/尾页 and a GO box, pages
    ``ndbg/2.htm``, ``ndbg/1.htm``; a 海云 公开目录 table with 发布机构 cells under ``createPageHTML('paging', 3, 1,
    'index', 'html', 9)`` whose function is in ``/common/js/createPageHTML.js``; a gkmlpt whose sid, column and page
    size are only ``data-*`` attributes of its boot ``<script>``, the API answering absolute urls; a 开普云 column
    ``home.htm``, ``home_1.htm`` … under "共N条 每页5条"; a hub table grouped by rowspan cells, "共5个单位", to
    year links, departments' lists on sub-hosts and a 通知公告 line; a Resin GBK servlet list "第1页/共N页　共N条"
    whose links carry a ``;jsessionid``; a SilverStripe ``PaginatedList`` ``?start=N`` whose links are relative
    to ``<base href>``, from the home page; a ProcessWire ``MarkupPagerNav`` ``/page2/``, from the home page)
    agrees with the entries the pages serve, and every report and decoy is among them."""
    province = build_unseen(BATCH)
    starts = _starts()
    counts = truth_counts(province)
    assert set(counts) == set(starts)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic: home → 信息公开 box → column; the pager call escaped into text; index_1.shtml, index_2.shtml
        home = "http://www.songping.gov.test/"
        assert starts["songping-gov"] == [home]
        root = home + "xxgkml/gzbg/ndbg/"
        col = root + "index.shtml"
        assert links(home, r'<div class="box"><h3>信息公开</h3><a href="([^"]+)">政府信息公开年报</a>') == [col]
        assert links(home, r'<a href="([^"]+)">信息公开目录</a> <a href="/zmhd/">') == [home + "xxgkml/"]
        assert links(home + "xxgkml/", r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [col]
        first = page(col)
        cell = re.search(r'<table class="pagetab" width="100%"><tr><td align="center">(.*?)</td></tr></table>', first)
        assert cell and "<" not in cell[1] and "<script" not in first  # text, not a script: no pager link anywhere
        pages = declared_number(r"^&lt;script&gt;createPageHTML\((\d+), 0, &quot;index&quot;, &quot;shtml&quot;\);"
                                r"&lt;/script&gt;$", cell[1])
        assert unescape(cell[1]) == f'<script>createPageHTML({pages}, 0, "index", "shtml");</script>'
        row = (r'<p><b>·</b><a href="(\./\d{6}/t\d{8}_\d+\.shtml)" target="_blank" title="[^"]+">[^<]+</a>'
               r'<i>(\d{4}/\d\d/\d\d)</i></p>')
        rows, dates = [], []
        for k in range(pages):
            url = col if k == 0 else f"{root}index_{k}.shtml"
            text = page(url)
            assert (f"&lt;script&gt;createPageHTML({pages}, {k}, &quot;index&quot;, &quot;shtml&quot;);"
                    "&lt;/script&gt;") in text
            listed = re.search(r'<div class="xxgk_list">(.*?)</div>', text)
            assert listed
            cells: list[tuple[str, str]] = re.findall(row, listed[1])
            assert 0 < len(cells) <= 4
            rows += [urljoin(url, h) for h, _ in cells]
            dates += [d for _, d in cells]
        assert pages == 3 and missing(f"{root}index_{pages}.shtml") and missing(f"{root}index_0.shtml")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages and dates == sorted(dates, reverse=True)
        assert len(rows) == len(set(rows)) == counts["songping-gov"]
        assert set(rows) == truth_urls(province, "songping-gov")

        # Hanweb: one column page, two jpage widgets (县政府 / 部门及乡镇), each its own total, one shared data proxy
        col = "http://www.ouyang.gov.test/col/col1520417/index.html"
        assert starts["ouyang-gov"] == [col]
        first = page(col)
        widgets: list[tuple[str, str, str, str]] = re.findall(
            r'<div class="lm"><div class="lm_t">([^<]+)</div><div id="(\d+)"><script type="text/xml"><datastore>'
            r'<recordset>(.*?)</recordset></datastore></script><script type="text/javascript">(.*?)</script>'
            r'</div></div>', first)
        assert [(name, unit) for name, unit, _, _ in widgets] == [("县政府年报", "61834"), ("部门及乡镇年报", "61835")]
        record = (r'<record><!\[CDATA\[<div class="nb_row"><span class="nb_d">\d{4}-\d\d-\d\d</span><a href="'
                  r'(/(?:art/\d{4}/\d{1,2}/\d{1,2}/art_1520417_\d+|col/col1520418/art/\d{4}/art_[0-9a-f]{32})\.html)" '
                  r'title="[^"]+" target="_blank">[^<]+</a></div>\]\]></record>')
        proxy = urljoin(col, "/module/web/jpage/dataproxy.jsp")
        rows, sizes = [], []
        for name, unit, embedded, script in widgets:
            per = declared_number(rf"^\$\('#{unit}'\)\.jpage\(\{{dataStore: \$\('#{unit} "
                                  r"script\[type=\"text/xml\"\]'\), perPage: (\d+), ", script)
            total = declared_number(r"perPage: \d+, totalRecord: (\d+), "
                                    r"proxyUrl: '/module/web/jpage/dataproxy\.jsp'", script)
            columnid = declared_number(r"ajaxParam: \{col: 1, appid: 1, webid: 3126, path: '/', columnid: (\d+), "
                                       rf"sourceContentType: 1, unitid: {unit}, webname: '沤阳县人民政府', "
                                       r"permissiontype: 0\}", script)
            pages = -(-total // per)
            head = found(col, record, embedded)
            assert len(head) == min(per, total)
            form = {"col": 1, "appid": 1, "webid": 3126, "path": "/", "columnid": columnid, "sourceContentType": 1,
                    "unitid": unit, "webname": "沤阳县人民政府", "permissiontype": 0}

            def window(start: int, end: int, body: dict[str, object], per: int = per) -> str:
                status, media, answer = fetch(server.proxy,
                                              f"{proxy}?startrecord={start}&endrecord={end}&perpage={per}",
                                              data=urlencode(body).encode())
                assert (status, media) == (200, "text/xml; charset=utf-8")
                return answer.decode()

            whole = window(1, per * pages, form)
            assert whole.startswith(f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{total}'
                                    f"</totalrecord><totalpage>{pages}</totalpage><recordset>")
            held = found(col, record, whole)
            assert held[:per] == head and len(held) == total
            paged = []
            for n in range(1, pages + 1):
                mine = found(col, record, window((n - 1) * per + 1, n * per, form))
                assert 0 < len(mine) <= per
                assert found(col, record, page(f"{proxy}?{urlencode({'page': n, 'perpage': per, **form})}")) == mine
                paged += mine
            assert paged == held
            bare = window(1, per, {k: v for k, v in form.items() if k not in ("columnid", "unitid")})
            assert "<totalrecord>0</totalrecord>" in bare and found(col, record, bare) == []
            sizes.append((name, columnid, total, pages))
            rows += held
        assert sizes == [("县政府年报", 1520417, 6, 2), ("部门及乡镇年报", 1520418, 5, 2)]
        bm = page("http://www.ouyang.gov.test/col/col1520418/index.html")
        assert widgets[1][2] in bm and widgets[1][3] in bm and widgets[0][3] not in bm
        assert len(rows) == len(set(rows)) == counts["ouyang-gov"]
        assert set(rows) == truth_urls(province, "ouyang-gov")

        # VSB: "共N条" "k/N", a simple pager (首页/上页/下页/尾页 and GO, no numbers); ndbg.htm, ndbg/2.htm, ndbg/1.htm
        col = "http://www.tongling.gov.test/zfxxgk/ndbg.htm"
        assert starts["tongling-gov"] == [col]
        first = page(col)
        total = declared_number(r'<div class="pb_sys_common pb_sys_style2"><span class="p_t">共(\d+)条</span> ', first)
        pages = declared_number(r'<span class="p_t">共\d+条</span> <span class="p_t">1/(\d+)</span>', first)
        assert pages == -(-total // 4) == 3
        assert declared_number(r"_simple_list_gotopage_fun\((\d+),'u8_goto',2\)", first) == pages
        item = (r'<li id="line_u8_\d"><a href="((?:\.\./){1,2}info/1283/\d+\.htm)" target="_blank" title="[^"]+">'
                r'[^<]+</a><span class="time">\d{4}年\d\d月\d\d日</span></li>')
        last = found(col, r'<span class="p_last p_fun"><a href="([^"]+)">尾页</a></span>', first)
        walked: list[str] = []
        rows, url, text = [], col, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            pager = re.search(r'<div class="pb_sys_common pb_sys_style2">(.*?)</div>', text)
            assert pager and f'<span class="p_t">共{total}条</span> <span class="p_t">{k}/{pages}</span>' in pager[1]
            assert not re.search(r">\d+</a>", pager[1])  # no page numbers to follow
            assert ('<span class="p_first p_fun"><a href=' in pager[1]) == (k > 1)
            mine = found(url, item, text)
            assert 0 < len(mine) <= 4
            rows += mine
            nxt = found(url, r'<span class="p_next p_fun"><a href="([^"]+)">下页</a></span>', text)
            url = nxt[0] if nxt else ""
        assert walked == [col] + [f"http://www.tongling.gov.test/zfxxgk/ndbg/{pages - k}.htm" for k in range(1, pages)]
        assert last == walked[-1:] and '<span class="p_next_d p_fun_d">下页</span>' in text
        assert found(walked[-1], r'<span class="p_first p_fun"><a href="([^"]+)">首页</a></span>', text) == [col]
        assert missing(f"http://www.tongling.gov.test/zfxxgk/ndbg/{pages}.htm")
        assert all(u.startswith("http://www.tongling.gov.test/info/1283/") for u in rows)
        assert len(rows) == total == len(set(rows)) == counts["tongling-gov"]
        assert set(rows) == truth_urls(province, "tongling-gov")

        # 海云: a 公开目录 table (索引号/名称/发布机构/生成日期); createPageHTML('paging', …) from /common/js/
        root = "http://www.jiyuan.gov.test/zfxxgk/fdzdgknr/zfxxgknb/"
        col = root + "index.html"
        assert starts["jiyuan-gov"] == [col]
        assert links(root.split("zfxxgk/")[0], r'<div class="main"><a href="([^"]+)">政府信息公开年报</a>') == [col]
        assert links("http://www.jiyuan.gov.test/zfxxgk/", r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [col]
        first = page(col)
        assert '<script src="/common/js/createPageHTML.js"></script>' in first
        assert "function createPageHTML" not in first
        script = page(urljoin(col, "/common/js/createPageHTML.js"))
        assert "function createPageHTML(div, pages, cur, name, ext, total) {" in script
        assert "return n == 1 ? name + '.' + ext : name + '_' + n + '.' + ext;" in script
        pages = declared_number(r'<div id="paging" class="paging"></div><script type="text/javascript">'
                                r"createPageHTML\('paging', (\d+), 1, 'index', 'html', \d+\);</script>", first)
        total = declared_number(r"createPageHTML\('paging', \d+, 1, 'index', 'html', (\d+)\);", first)
        assert pages == -(-total // 4) == 3
        assert "<thead><tr><th>索引号</th><th>名称</th><th>发布机构</th><th>生成日期</th></tr></thead>" in first
        tr = (r'<tr><td class="syh">([^<]+)</td><td class="mc"><a href="(\./\d{6}/t\d{8}_\d+\.html)" target="_blank" '
              r'title="[^"]+">[^<]+</a></td><td>([^<]+)</td><td>(\d{4}-\d\d-\d\d)</td></tr>')
        rows, units, dates = [], {}, []
        for n in range(1, pages + 1):
            url = col if n == 1 else f"{root}index_{n}.html"
            text = page(url)
            assert f"createPageHTML('paging', {pages}, {n}, 'index', 'html', {total});" in text
            quads: list[tuple[str, str, str, str]] = re.findall(tr, text)
            assert 0 < len(quads) <= 4
            for syh, h, unit, date in quads:
                # the docstring says "YYYY-NNNNN"; the code writes five characters, three digits and a slash first
                assert re.fullmatch(rf"[0-9A-Z]{{5}}\d{{3}}/{date[:4]}-\d{{5}}", syh), syh
                rows.append(urljoin(url, h))
                units[urljoin(url, h)] = unit
                dates.append(date)
        assert missing(root + "index_1.html") and missing(f"{root}index_{pages + 1}.html")
        assert dates == sorted(dates, reverse=True)
        assert len(rows) == total == len(set(rows)) == counts["jiyuan-gov"]
        assert set(rows) == truth_urls(province, "jiyuan-gov")
        assert sorted({units[t.url] for t in province.reports() if t.site_id == "jiyuan-gov"}) == sorted(
            ["汲源县人民政府", "汲源县公安局", "汲源县自然资源局", "汲源县新塘镇人民政府"])
        assert all(units[t.url] == t.agency_name for t in province.reports() if t.site_id == "jiyuan-gov")

        # gkmlpt: sid, column and page size only as data-* of the boot <script>; 3 a page; absolute urls
        start = "http://www.yunling.gov.test/gkmlpt/index#2951"
        assert starts["yunling-gov"] == [start]
        home = "http://www.yunling.gov.test/"
        shell_url, col = urldefrag(start)
        assert links(home, r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [start]
        assert links(home, r'<li><a href="([^"]+)">政府信息公开目录</a></li>') == [shell_url]
        shell = page(shell_url)
        boot = re.search(r'<script id="gkml-boot" src="([^"]+)" data-sid="(\d+)" data-column="(\d+)" '
                         r'data-per="(\d+)"></script>', shell)
        assert boot and boot[3] == col
        sid, size = boot[2], int(boot[4])
        assert shell.count(sid) == 1 and not re.search(r"[?&]sid=", shell) and "<meta name=\"sid" not in shell
        cate = re.search(r'<dl class="yl-cate"><dt>目录导航</dt>(.*?)</dl>', shell)
        assert cate and re.findall(r'<dd><a href="#(\d+)">([^<]+)</a></dd>', cate[1]) == [
            ("2949", "政府信息公开指南"), (col, "政府信息公开年报")]
        assert '<div id="gk-app"><p class="loading">数据加载中……</p></div>' in shell
        bundle = page(urljoin(shell_url, boot[1]))
        assert "document.currentScript" in bundle and "c=s.dataset" in bundle and sid not in bundle
        assert '"/gkmlpt/api/all/"+col,{page:p,sid:sid}' in bundle and "Math.ceil(d.total/per)" in bundle
        api = urljoin(shell_url, f"/gkmlpt/api/all/{col}?page=1&sid={sid}")
        answer = json.loads(page(api))
        total = answer["total"]
        assert set(answer) == {"articles", "total"}  # the page size is only data-per
        pages = -(-total // size)
        assert size == 3 and pages == 4
        rows, titles, publishers, stamps = [], {}, {}, []
        for n in range(1, pages + 1):
            data = json.loads(page(api.replace("page=1", f"page={n}")))
            assert data["total"] == total and 0 < len(data["articles"]) <= size
            for a in data["articles"]:
                assert set(a) == {"id", "title", "url", "publisher", "date"}
                assert re.fullmatch(r"http://www\.yunling\.gov\.test/gkmlpt/content/post_\d+\.html", a["url"])
                assert a["url"].endswith(f"/post_{a['id']}.html") and re.fullmatch(r"\d{4}-\d\d-\d\d", a["date"])
                rows.append(a["url"])
                titles[a["url"]], publishers[a["url"]] = a["title"], a["publisher"]
                stamps.append(a["date"])
        assert stamps == sorted(stamps, reverse=True)
        assert json.loads(page(api.replace("page=1", f"page={pages + 1}"))) == {"articles": [], "total": total}
        for wrong in (re.sub(r"sid=\d+", "sid=1", api), api.split("&sid=")[0], api.replace(f"/{col}?", "/2949?")):
            assert json.loads(page(wrong)) == {"articles": [], "total": 0}, wrong
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "yunling-gov")
        assert len(truth_urls(province, "yunling-gov")) == counts["yunling-gov"] == total - 1
        assert [titles[u] for u in rows if u not in truth_urls(province, "yunling-gov")] == [
            "沄岭县2024年政务公开标准化规范化工作推进会召开"]
        assert all(publishers[t.url] == t.agency_name for t in province.reports() if t.site_id == "yunling-gov")

        # 开普云: home → 政府信息公开 → 更多; home.htm, home_1.htm, home_2.htm (zero-based); "共N条 每页5条"
        home = "http://www.chechuan.gov.test/"
        folder = home + "zfxxgk/nb/"
        lst = folder + "home.htm"
        assert starts["chechuan-gov"] == [lst]
        zfxxgk = links(home, r'<div class="home-gk"><a href="([^"]+)">政府信息公开</a></div>')
        assert zfxxgk == [home + "zfxxgk/index.htm"]
        assert links(zfxxgk[0], r'<a href="([^"]+)" class="more">更多</a>') == [lst]
        first = page(lst)
        total = declared_number(r'<em>共(\d+)条 每页\d+条</em></div>', first)
        size = declared_number(r'<em>共\d+条 每页(\d+)条</em></div>', first)
        pages = -(-total // size)
        assert size == 5 and pages == 3
        news = (r'<div class="news_item"><a class="tit" href="(/zfxxgk/nb/\d{4}/\d\d/\d+\.htm)" title="[^"]+" '
                r'target="_blank">[^<]+</a><span class="time">(\d{4}\.\d\d\.\d\d)</span></div>')
        rows, dates, walked, url, text = [], [], [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            pager = re.search(r'<div class="pages_list">(.*?)</div>', text)
            assert pager and f'<span class="cur">{k}</span>' in pager[1]
            assert f"<em>共{total}条 每页{size}条</em>" in pager[1]
            assert found(url, r'<a href="([^"]+)">\d+</a>', pager[1]) == [
                folder + ("home.htm" if n == 1 else f"home_{n - 1}.htm") for n in range(1, pages + 1) if n != k]
            assert ("<span>首页</span><span>上一页</span>" in pager[1]) == (k == 1)
            pairs: list[tuple[str, str]] = re.findall(news, text)
            assert len(pairs) == size if k < pages else 0 < len(pairs) <= size
            rows += [urljoin(url, h) for h, _ in pairs]
            dates += [d for _, d in pairs]
            nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{folder}home_{n}.htm" for n in range(1, pages)]
        assert "<span>下一页</span><span>尾页</span>" in text and dates == sorted(dates, reverse=True)
        assert missing(f"{folder}home_{pages}.htm") and missing(folder + "home_0.htm") and missing(folder)
        box = found(zfxxgk[0], r'<li><a href="(/zfxxgk/nb/[^"]+)">[^<]+</a></li>', page(zfxxgk[0]))
        assert box == rows[:3]
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "chechuan-gov")
        assert len(truth_urls(province, "chechuan-gov")) == counts["chechuan-gov"] == total - 1
        others = [u for u in rows if u not in truth_urls(province, "chechuan-gov")]
        assert [h for u in others for h in re.findall(r'<h1 id="ti">([^<]+)</h1>', page(u))] == [
            "澈川县举办2024年政务公开业务培训班"]

        # hub: one table grouped by rowspan cells, "共5个单位"; year links, 进入栏目 lists on sub-hosts, 通知公告
        site = "http://www.tangkou.gov.test/"
        hub = site + "zfxxgk/nbzl/index.html"
        assert starts["tangkou-bmnb"] == [hub]
        assert links(site, r'<li><a href="([^"]+)">部门乡镇年报</a></li>') == [hub]
        first = page(hub)
        table = re.search(r'<table class="nbzl" border="1" cellspacing="0"><caption>([^<]+)</caption><tr><th>类别</th>'
                          r'<th>单位</th><th>年度报告</th><th>年报栏目</th></tr>(.*?)</table>', first)
        assert table
        declared = declared_number(r"（共(\d+)个单位）$", table[1])
        trs = re.findall(r"<tr>(.*?)</tr>", table[2])
        groups = re.findall(r'<td rowspan="(\d+)" class="lb">([^<]+)</td>', table[2])
        assert groups == [("3", "县直部门"), ("2", "乡镇")]
        assert len(trs) == declared == sum(int(n) for n, _ in groups) == 5
        tds: list[list[str]] = [re.findall(r"<td[^>]*>(.*?)</td>", tr) for tr in trs]
        assert [len(c) for c in tds] == [4, 3, 3, 4, 3]  # only a group's first row has the 类别 cell
        assert [c[-3] for c in tds] == ["县教育局", "县人社局", "县民政局", "城关镇", "白沙乡"]
        year = r'<a href="([^"]+)">(\d{4}年度(?:（PDF）)?)</a>'
        years = {c[-3]: [(urljoin(hub, h), y) for h, y in re.findall(year, c[-2])] for c in tds}
        lists = {c[-3]: found(hub, r'<a href="([^"]+)">进入栏目</a>', c[-1]) for c in tds}
        assert {u: [y for _, y in v] for u, v in years.items()} == {
            "县教育局": ["2024年度"], "县人社局": ["2023年度", "2022年度"], "县民政局": [],
            "城关镇": ["2024年度", "2020年度"], "白沙乡": ["2023年度（PDF）"]}
        assert [c[-2] for c in tds if not years[c[-3]]] == ["—"]
        assert lists == {"县教育局": ["http://jyj.tangkou.gov.test/gkml/nb/"], "县人社局": [],
                         "县民政局": ["http://mzj.tangkou.gov.test/xxgk/ndbg.html"], "城关镇": [], "白沙乡": []}
        rows, subs = [], []
        # 县教育局: a nb-list table, 3 a page, "1 2 下一页" → list2.html
        lst = lists["县教育局"][0]
        entry = (r'<tr><td><a href="(/gkml/nb/\d{4}/\d+\.html)" title="[^"]+">[^<]+</a></td>'
                 r'<td>\d{4}-\d\d-\d\d</td></tr>')
        held, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            fy = re.search(r'<div class="fy">(.*?)</div>', text)
            assert fy and re.sub(r"<[^>]+>", "", fy[1]) == ("1 2 下一页" if len(walked) == 1 else "1 2 上一页")
            mine = found(url, entry, text)
            assert 0 < len(mine) <= 3
            held += mine
            nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst, lst + "list2.html"] and missing(lst + "list3.html")
        subs.append(("县教育局", urlsplit(lst).netloc, len(held), len(walked)))
        rows += held
        # 县民政局: one page, "共2条 1/1页"
        lst = lists["县民政局"][0]
        text = page(lst)
        total = declared_number(r'<p class="pg">共(\d+)条 1/\d+页</p>', text)
        pages = declared_number(r'<p class="pg">共\d+条 1/(\d+)页</p>', text)
        held = found(lst, r'<li><span>\d{4}-\d\d-\d\d</span><a href="(/xxgk/ndbg/\d+\.html)">[^<]+</a></li>', text)
        assert len(held) == total
        subs.append(("县民政局", urlsplit(lst).netloc, total, pages))
        rows += held
        assert subs == [("县教育局", "jyj.tangkou.gov.test", 4, 2), ("县民政局", "mzj.tangkou.gov.test", 2, 1)]
        # the year links: the 教育局's one is its list's newest; 人社局 and 城关镇 on the main host; 白沙乡 the PDF
        assert years["县教育局"][0][0] == rows[0]
        for unit in ("县人社局", "城关镇"):
            for url, year in years[unit]:
                assert urlsplit(url).netloc == "www.tangkou.gov.test"
                assert re.search(rf"<h2>{unit}{year[:4]}年[^<]*</h2>", page(url)), url
                rows.append(url)
        (pdf, _), = years["白沙乡"]
        assert fetch(server.proxy, pdf)[:2] == (200, PDF)
        rows.append(pdf)
        rows += found(hub, r'<div class="tzgg">通知公告：<a href="([^"]+)">', first)
        assert len(rows) == len(set(rows)) == counts["tangkou-bmnb"]
        assert set(rows) == truth_urls(province, "tangkou-bmnb")

        # Resin servlets (GBK): home → 目录 → 类别 0308; "第k页/共N页　共N条"; every link carries ;jsessionid=…
        site = "http://www.mangchuan.gov.test/"
        lst = site + "servlet/GkmlList?lbbh=0308"
        assert starts["mangchuan-gkml"] == [lst]
        gkml = links(site, r'<a href="([^"]+)">政府信息公开目录</a>', "gbk")
        assert gkml == [site + "gkml/index.jsp"] and page(site, "gbk") == page(site + "index.jsp", "gbk")
        linked = links(gkml[0], r'<tr><td>0308</td><td><a href="([^"]+)">政府信息公开年度报告</a></td></tr>', "gbk")
        assert linked == [f"{site}servlet/GkmlList{JSESSION}?lbbh=0308"]
        first = page(lst, "gbk")
        assert page(linked[0], "gbk") == first == page(f"{lst}&curpage=1", "gbk")  # the path parameter is cut
        pages = declared_number(r"第1页/共(\d+)页　共\d+条　", first)
        total = declared_number(r"第1页/共\d+页　共(\d+)条　", first)
        assert pages == -(-total // 5) == 3
        assert (f'<form name="pageForm" method="get" action="/servlet/GkmlList{JSESSION}"><input type="hidden" '
                'name="lbbh" value="0308">') in first
        assert re.findall(r'<option value="(\d+)"', first) == [str(n) for n in range(1, pages + 1)]
        row = (rf'<tr class="(?:odd|even)"><td><img src="/images/dot\.gif"> <a href="(/servlet/GkmlView{JSESSION}'
               r'\?xxid=\d+)" target="_blank">[^<]+</a></td><td class="date">\[(\d{4}-\d\d-\d\d)\]</td></tr>')
        rows, dates, walked, url, text = [], [], [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url, "gbk")
            k = len(walked)
            assert f"第{k}页/共{pages}页　共{total}条　" in text and f'<option value="{k}" selected>' in text
            pairs = re.findall(row, text)
            assert 0 < len(pairs) <= 5
            rows += [urljoin(url, h) for h, _ in pairs]
            dates += [d for _, d in pairs]
            nxt = found(url, r'<a href="([^"]+)">下页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{site}servlet/GkmlList{JSESSION}?lbbh=0308&curpage={n}"
                                  for n in range(2, pages + 1)]
        assert "下页 末页" in text and dates == sorted(dates, reverse=True)
        for beyond in (f"{lst}&curpage={pages + 1}", f"{lst}&curpage=0", site + "servlet/GkmlList?lbbh=0309"):
            status, media, body = fetch(server.proxy, beyond)
            assert (status, media) == (200, RESIN_GBK) and "参数错误" in body.decode("gbk"), beyond
            assert "GkmlView" not in body.decode("gbk")
        assert "该信息不存在或已删除" in page(site + "servlet/GkmlView?xxid=1", "gbk")
        assert page(rows[0].replace(JSESSION, ""), "gbk") == page(rows[0], "gbk")
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "mangchuan-gkml")
        assert len(truth_urls(province, "mangchuan-gkml")) == counts["mangchuan-gkml"] == total - 2
        others = [u for u in rows if u not in truth_urls(province, "mangchuan-gkml")]
        heads = [h for u in others for h in re.findall(r'<h2 align="center">([^<]+)</h2>', page(u, "gbk"))]
        assert sorted(heads) == sorted(["关于做好政府信息公开目录动态更新工作的通知",
                                        "关于印发漭川县政务公开工作制度的通知"])

        # SilverStripe (cms: auto): links relative to <base href>; home → 信息公开 → 年报 holder; ?start=4, 8, 12
        home = "http://www.juyang.gov.test/"
        assert starts["juyang-gov"] == [home]
        first = page(home)
        base = re.search(r'<base href="([^"]+)"><!--\[if lte IE 6\]></base><!\[endif\]-->', first)
        assert base and base[1] == home and '<meta name="generator" content="Silverstripe CMS 4.13">' in first
        nav = re.search(r'<nav class="primary"><ul>(.*?)</ul></nav>', first)
        menu = found(base[1], r'<li class="link"><a href="([^"]+)" title="信息公开">', nav[1]) if nav else []
        assert menu == [home + "xxgk/"]
        xxgk = page(home + "xxgk/")
        children = re.search(r'<ul class="children">(.*?)</ul>', xxgk)
        assert children and re.findall(r'<a href="([^"]+)">政府信息公开年报</a>', children[1]) == ["xxgk/ndbg/"]
        holder = urljoin(home, "xxgk/ndbg/")  # against the base; against the page's URL it is a 404
        assert holder == home + "xxgk/ndbg/" and missing(urljoin(home + "xxgk/", "xxgk/ndbg/"))
        summary = (r'<article class="summary"><h3><a href="(xxgk/ndbg/page-\d+/)">[^<]+</a></h3><p class="meta">'
                   r'<time datetime="(\d{4}-\d\d-\d\d)">\d{4}年\d\d月\d\d日</time> · 来源：[^<]+</p>')
        first = page(holder)
        bar = re.search(r'<nav class="pagination">(.*?)</nav>', first)
        assert bar
        numbers = [int(n) for n in re.findall(r">(\d+)</(?:a|span)>", bar[1])]
        pages = max(numbers)
        assert numbers == list(range(1, pages + 1)) and pages == 4
        rows, dates, walked, url, text = [], [], [], holder, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            assert f'<base href="{home}">' in text
            bar = re.search(r'<nav class="pagination">(.*?)</nav>', text)
            assert bar and re.findall(r'<span class="current">(\d+)</span>', bar[1]) == [str(k)]
            assert found(home, r'<a href="(xxgk/ndbg/\?start=\d+)">\d+</a>', bar[1]) == [
                f"{holder}?start={4 * (n - 1)}" for n in range(1, pages + 1) if n != k]
            assert ('<a class="prev" href=' in bar[1]) == (k > 1)
            pairs = re.findall(summary, text)
            assert 0 < len(pairs) <= 4
            rows += [urljoin(home, h) for h, _ in pairs]
            dates += [d for _, d in pairs]
            assert missing(urljoin(url, pairs[0][0]))  # resolved against the page, not the base: wrong
            nxt = found(home, r'<a class="next" href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [holder] + [f"{holder}?start={4 * n}" for n in range(1, pages)]
        assert dates == sorted(dates, reverse=True) and 4 * (pages - 1) < len(rows) <= 4 * pages
        beyond = page(f"{holder}?start={4 * pages}")
        assert "<h1>政府信息公开年报</h1>" in beyond and "article" not in beyond
        assert missing(home + "xxgk/ndbg/page-1/")
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "juyang-gov")
        assert len(truth_urls(province, "juyang-gov")) == counts["juyang-gov"] == len(rows) - 2
        others = [u for u in rows if u not in truth_urls(province, "juyang-gov")]
        heads = [h for u in others for h in re.findall(r'<h1>([^<]+)</h1><p class="meta">发布日期', page(u))]
        assert sorted(heads) == sorted(["我县召开政务公开工作推进会", "县政务服务中心开展政务公开日活动"])

        # ProcessWire (no cms): home → 信息公开 → side menu; MarkupPagerNav, single-quoted, /page2/, /page3/
        home = "http://cgj.ziyuan.gov.test/"
        assert starts["ziyuan-cgj"] == [home]
        assert links(home, r'<a href="([^"]+)">进入信息公开</a>') == [home + "xxgk/"]
        lst = home + "xxgk/ndbg/"
        assert links(home + "xxgk/", r'<li><a href="([^"]+)">政府信息公开年度报告</a></li>') == [lst]
        first = page(lst)
        nav = re.search(r"<ul class='MarkupPagerNav uk-pagination' role='navigation'>(.*?)</ul>", first)
        assert nav
        numbers = [int(n) for n in re.findall(r"<a href='[^']+'><span>(\d+)</span></a>", nav[1])]
        pages = max(numbers)
        assert numbers == list(range(1, pages + 1)) and pages == 3
        li = (r'<li><a class="uk-link-reset" href="(/xxgk/ndbg/[a-z0-9]+/)">[^<]+</a>'
              r'<span class="uk-text-meta uk-float-right">(\d{4}-\d\d-\d\d)</span></li>')
        rows, dates, walked, url, text = [], [], [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            assert re.findall(r"<li aria-label='第(\d+)页' class='MarkupPagerNavOn[^']*' aria-current='true'>",
                              text) == [str(k)]
            assert "page1/" not in text  # page 1 is the bare URL
            assert ("MarkupPagerNavPrevious" in text) == (k > 1)
            pairs = re.findall(li, text)
            assert 0 < len(pairs) <= 4
            rows += [urljoin(url, h) for h, _ in pairs]
            dates += [d for _, d in pairs]
            nxt = found(url, r"<li aria-label='下一页' class='MarkupPagerNavNext MarkupPagerNavLast'><a href='([^']+)'>"
                             r"<span>下一页</span></a></li>", text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}page{n}/" for n in range(2, pages + 1)]
        assert "MarkupPagerNavNext" not in text and dates == sorted(dates, reverse=True)
        assert missing(f"{lst}page{pages + 1}/") and missing(f"{lst}page1/")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "ziyuan-cgj")
        assert len(truth_urls(province, "ziyuan-cgj")) == counts["ziyuan-cgj"] == len(rows) - 2
        assert sorted(urlsplit(u).path.split("/")[-2] for u in truth_urls(province, "ziyuan-cgj")) == sorted(
            [f"nb{y}" for y in range(2019, 2025)] + ["zfzd2023", "jsgk2023", "fzjs2023"])
        others = [u for u in rows if u not in truth_urls(province, "ziyuan-cgj")]
        heads = [h for u in others for h in re.findall(r'<h1 class="uk-article-title">([^<]+)</h1>', page(u))]
        assert sorted(heads) == sorted(["市城管局开展“市容环境整治月”活动", "市城管局召开政务公开工作会议"])


def test_batch35_portal_contracts() -> None:
    """Registered as a user would (a family named, or ``cms: auto`` / none, one named entry giving only a home page);
    the Resin pages' GBK bytes (``text/html;charset=GBK``, a GBK meta, "Powered by Resin"); the one scan (ziyuan-cgj
    2020, image-only PDF, flagged) and its ProcessWire file link; the TRS and Resin DOCX, the Hanweb, VSB, gkmlpt and
    SilverStripe PDFs, the 开普云 OFD where their pages link them, the hub's PDF linked from its table itself; the
    units abbreviated in their titles (or named only by their town) named in full in the field their page gives
    the unit."""
    assert_registered_as_a_user_would("batch35", BATCHES[:BATCHES.index("batch35")])
    entries = registry_entries(BATCH)
    assert {e["id"]: e.get("cms") for e in entries} == {
        "songping-gov": "trs_classic", "ouyang-gov": "hanweb", "tongling-gov": "vsb", "jiyuan-gov": "trs_haiyun",
        "yunling-gov": "gkmlpt", "chechuan-gov": "kaipu", "tangkou-bmnb": "hub", "mangchuan-gkml": "gkml_action",
        "juyang-gov": "auto", "ziyuan-cgj": None}
    assert all(len(e["start_urls"]) == 1 for e in entries)
    homes = [e["id"] for e in entries if urlsplit(e["start_urls"][0]).path in ("/", "/index.html")]
    assert homes == ["songping-gov", "juyang-gov", "ziyuan-cgj"]

    province = build_unseen(BATCH)
    reports = province.reports()
    media = {t.media_type.split(";")[0] for t in reports}
    assert media == {"text/html", PDF, OFD, DOCX}
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # the Resin pages: GBK bytes under Resin's spaceless header and a GBK meta, "Powered by Resin"
        site = "http://www.mangchuan.gov.test/"
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=GBK">'
        legacy = next(t for t in reports if t.site_id == "mangchuan-gkml" and not t.report_url)
        for url in (site, site + "gkml/index.jsp", site + "servlet/GkmlList?lbbh=0308",
                    f"{site}servlet/GkmlList{JSESSION}?lbbh=0308&curpage=2", legacy.url):
            status, content_type, body = fetch(server.proxy, url)
            text = body.decode("gbk")
            assert (status, content_type) == (200, RESIN_GBK) and meta in text, url
            assert "Powered by Resin" in text and "漭川县".encode("gbk") in body
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
        assert legacy.title in article(legacy.url, "gbk")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("ziyuan-cgj", 2020)]
        scan = scans[0]
        assert scan.media_type == PDF and scan.url == "http://cgj.ziyuan.gov.test/xxgk/ndbg/nb2020/"
        link = re.search(r'<p>现将[^<]+（扫描件）予以公开。</p><h4>附件</h4><ul class="uk-list"><li><a href="'
                         r'(/site/assets/files/\d+/2020nb\.pdf)" download>2020nb\.pdf</a></li></ul>', article(scan.url))
        assert link and scan.report_url and urljoin(scan.url, link[1]) == scan.report_url
        assert fetch(server.proxy, scan.report_url)[:2] == (200, PDF)

        # every attachment: (site, media type) of the reports held in a file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url and t not in scans)
        assert attached == sorted([("songping-gov", DOCX), ("ouyang-gov", PDF), ("tongling-gov", PDF),
                                   ("yunling-gov", PDF), ("chechuan-gov", OFD), ("mangchuan-gkml", DOCX),
                                   ("juyang-gov", PDF)])

        # TRS classic: ./P0<date><12 digits>.docx in div.xgfj after the body, OLDSRC="/protect/…", the article's folder
        url, report_url, text = pages.filed(reports, "songping-gov")
        link = re.search(r'<div class="art_con"><div class="Custom_UnionStyle"><p>[^<]+见附件。</p></div></div>'
                         r'<div class="xgfj">相关附件：<a href="(\./(P020250124\d{12}\.docx))" '
                         r'OLDSRC="/protect/(P020250124\d{12}\.docx)" target="_blank">[^<]+\.docx</a></div>', text)
        assert link and link[2] == link[3] and urljoin(url, link[1]) == report_url
        assert report_url.rsplit("/", 1)[0] == url.rsplit("/", 1)[0] and missing(urljoin(url, "/protect/" + link[3]))

        # Hanweb: /module/download/downfile.jsp?classid=0&filename=<32 hex>.pdf&showname=… between the content markers
        url, report_url, text = pages.filed(reports, "ouyang-gov")
        link = re.search(r'<meta name="ContentStart"><p>[^<]+全文请点击下载：</p><p><a href="(/module/download/'
                         r'downfile\.jsp\?classid=0&amp;filename=[0-9a-f]{32}\.pdf&amp;showname=[^"]+)">[^<]+\.pdf</a>'
                         r'</p><meta name="ContentEnd">', text)
        assert link and urljoin(url, unescape(link[1])) == report_url
        assert report_url.endswith("&showname=" + quote("沤阳县人民政府2023年政府信息公开工作年度报告.pdf"))
        status, content_type, body = fetch(server.proxy,
                                           re.sub(r"filename=[0-9a-f]{32}", "filename=" + "0" * 32, report_url))
        assert status == 404 and content_type.startswith("text/html") and "file not found" in body.decode()

        # VSB: download.jsp?…&owner=1766354870&wbfileid=<n> in 附件【…】已下载…次 after the content; no Referer needed
        url, report_url, text = pages.filed(reports, "tongling-gov")
        link = re.search(r'<div class="v_news_content"><p>[^<]+详见附件。</p></div></div><div class="fj">附件【'
                         r'<a href="(/system/_content/download\.jsp\?urltype=news\.DownloadAttachUrl&amp;'
                         r'owner=1766354870&amp;wbfileid=(\d+))">[^<]+\.pdf</a>】已下载<span id="nattach(\d+)">\d+'
                         r'</span>次</div>', text)
        assert link and link[2] == link[3] and urljoin(url, unescape(link[1])) == report_url
        status, content_type, body = fetch(server.proxy, re.sub(r"wbfileid=\d+", "wbfileid=1", report_url))
        assert (status, content_type) == (200, "text/html; charset=utf-8") and "附件不存在或已删除" in body.decode()

        # gkmlpt: /attachment/<yyyymm>/<id>.pdf in ul.yl-fj and in DETAIL.attachment
        report = next(t for t in reports if t.site_id == "yunling-gov" and t.report_url)
        url, report_url, text = pages.filed(reports, "yunling-gov")
        link = re.search(r'<div class="yl-zw"><p>《[^<]+》全文详见附件。</p></div><div class="yl-fjbox">附件：'
                         r'<ul class="yl-fj"><li><a href="(/attachment/(\d{6})/\d+\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url and report.doc
        assert link[2] == (report.doc.published_date or "").replace("-", "")[:6] == "202401"
        detail = re.search(r"<script>var gkData = \{DETAIL: (\{.*?\}), TREE: ", text)
        assert detail and [f["url"] for f in json.loads(detail[1])["attachment"]] == [link[1]]

        # 开普云: /u/cms/www/<yyyymm>/<id>.ofd in div.fujian after #UCAP-CONTENT
        url, report_url, text = pages.filed(reports, "chechuan-gov")
        link = re.search(r'<div id="UCAP-CONTENT"><div class="trs_editor_view"><p>[^<]+见附件（OFD格式）。</p>'
                         r'</div></div><div class="fujian">附件下载：<a href="(/u/cms/www/202301/\d+\.ofd)">'
                         r'[^<]+\.ofd</a></div>', text)
        assert link and urljoin(url, link[1]) == report_url

        # hub: the 白沙乡 row links the PDF itself (no article); its entry is the file
        bsx = next(t for t in reports if t.site_id == "tangkou-bmnb" and t.media_type == PDF)
        assert bsx.report_url is None and re.fullmatch(r"http://www\.tangkou\.gov\.test/zfxxgk/nbzl/xz/bsx/files/"
                                                       r"\d+\.pdf", bsx.url)
        hub = "http://www.tangkou.gov.test/zfxxgk/nbzl/index.html"
        assert re.findall(r'<tr><td>白沙乡</td><td><a href="([^"]+)">2023年度（PDF）</a></td><td>—</td></tr>',
                          article(hub)) == [urlsplit(bsx.url).path]
        assert fetch(server.proxy, bsx.url)[:2] == (200, PDF)

        # Resin: /servlet/FileDown;jsessionid=…?fileid=<n> in div#fontzoom, a DOCX with a filename
        url, report_url, text = pages.filed(reports, "mangchuan-gkml", "gbk")
        link = re.search(rf'<div id="fontzoom"><p>　　全文见附件。</p><p>附件：<a href="(/servlet/FileDown{JSESSION}'
                         r'\?fileid=(\d+))">[^<]+\.docx</a></p></div>', text)
        assert link and urljoin(url, link[1]) == report_url
        with opener.open(report_url, timeout=60) as response:
            assert response.headers["Content-Disposition"] == f"attachment; filename*=UTF-8''mc{link[2]}.docx"
        assert fetch(server.proxy, report_url.replace(JSESSION, ""))[:2] == (200, DOCX)

        # SilverStripe: assets/xxgk/ndbg/<n>/2021ndbg.pdf relative to the <base href>, not to the article
        url, report_url, text = pages.filed(reports, "juyang-gov")
        link = re.search(r'<div class="typography"><p>《[^<]+》全文请下载查阅：</p><p><a href="'
                         r'(assets/xxgk/ndbg/\d+/2021ndbg\.pdf)" class="file-pdf">2021ndbg\.pdf（PDF）</a></p>'
                         r'</div>', text)
        assert link and urljoin("http://www.juyang.gov.test/", link[1]) == report_url
        assert missing(urljoin(url, link[1]))

        # a unit abbreviated in its title (or named only by its town) is named in full where its page names the unit
        named = {
            "songping-gov": (r"信息来源：([^　<]+)　发布日期", r'<meta name="ContentSource" content="([^"]+)">'),
            "ouyang-gov": (r"信息来源：([^　<]+)　浏览次数", r'<meta name="source" content="([^"]+)">'),
            "tongling-gov": (r"来源：([^　<]+)　发布时间", r'<meta name="ContentSource" content="([^"]+)">'),
            "jiyuan-gov": (r"<td>发 布 机 构：</td><td>([^<]+)</td>", r'<meta name="ContentSource" content="([^"]+)">'),
            "yunling-gov": (r"<tr><th>发布机构</th><td>([^<]+)</td></tr>", r'"publisher": "([^"]+)"'),
            "chechuan-gov": (r"　来源：([^<]+)<span class=\"font\">", r'<meta name="ContentSource" content="([^"]+)">'),
            "tangkou-bmnb": (r"(?:发布单位|来源)：([^　<]+)　(?:发布日期|时间)：",),
            "mangchuan-gkml": (r"<td>发布机构：([^<]+)</td>",),
            "juyang-gov": (r'<p class="meta">发布日期：[^　<]+　来源：([^<]+)</p>',),
            "ziyuan-cgj": (r'<p class="uk-article-meta">发布时间：[^　<]+　来源：([^<]+)</p>',),
        }
        checked = 0
        shorts = {"songping-gov": ("县审计局", "县市场监管局", "白沙镇", "县政府办"),
                  "ouyang-gov": ("县发改局", "县教育局", "城关镇", "县医保局"),
                  "tongling-gov": ("县住建局", "县民政局", "石门乡"),
                  "jiyuan-gov": ("县公安局", "县自然资源局", "新塘镇"),
                  "yunling-gov": ("县自然资源局", "沄溪镇"),
                  "chechuan-gov": ("县住建局", "县文广旅局", "澈水街道"),
                  "tangkou-bmnb": ("县教育局", "县人社局", "县民政局", "城关镇"),
                  "mangchuan-gkml": ("县卫健局", "石门乡"),
                  "juyang-gov": ("县教育局", "城关镇"), "ziyuan-cgj": ("市城管执法支队",)}
        for site_id, short in ((s, u) for s, us in shorts.items() for u in us):
            encoding = "gbk" if site_id == "mangchuan-gkml" else "utf-8"
            units = [t for t in reports if t.site_id == site_id and t.title.startswith(short)]
            assert units, (site_id, short)
            for unit in units:
                assert unit.agency_name not in unit.title, (site_id, short)
                text = article(unit.url, encoding)
                for pattern in named[site_id]:
                    assert re.findall(pattern, text) == [unit.agency_name], (site_id, short, pattern)
                checked += 1
        assert checked == 32


@pytest.mark.slow
def test_batch35_measurement_runs() -> None:
    m = assert_measurement_holds("batch35")
    # No address asked that the portals do not serve: batch 35 links no dead page, so a 404 is a page made up.
    assert not [url for run in m.runs for url in run.not_found]
