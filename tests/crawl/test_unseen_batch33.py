"""Issue 12, held-out batch 33 of the unseen province (govcrawl/province/unseen/batch33): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), the few contracts particular
to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's), and the measurement
holds on it — no non-report stored, none under another agency, every shortfall stated, every record as
docs/record.md says."""

from __future__ import annotations

import json
import re
import urllib.request
from html import unescape
from itertools import pairwise
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

BATCH = ("batch33",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
GBK = "text/html; charset=GBK"


def _starts() -> dict[str, list[str]]:
    """Each entry's start URLs, as the registry files give them (the walks below begin there)."""
    return {e["id"]: e["start_urls"] for e in registry_entries(BATCH)}


def test_batch33_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS classic 年报 column of bare-year sub-columns whose busiest year calls
    ``createPageHTML(2, 0, "index", "shtml")`` in a ``td.fy``; a Hanweb ``perPage: 4``/``totalRecord: 11`` over a
    JSONP data proxy answering ``raw({"result": "<datastore>…"})``; a VSB parent column whose three child columns
    each say "共N条 … 1/N" and page backwards ``slug/1.htm``; a 海云 ``createPageHTML('pagination', 3, 1, 'index',
    'html', 10)`` whose function lives in ``/common/js/pagination.js``, reached from the home page; a gkmlpt mobile
    shell whose sid is only in ``sessionStorage`` and whose API answers ``page_size`` and protocol-relative urls; a
    开普云 year-grouped list "共 3 页" in ``.jhtml`` files; a hub of emblem tiles (an image's ``alt`` the only text)
    to departments' lists "共N条 第1/N页", a list of towns' reports and a 相关文件 box; a PL/SQL GBK list "页次：1/N
    共 N 条"; a Concrete CMS page list by ``?ccm_paging_p=``, from the home page; a TYPO3 tx_news list "第 1 页，共 N
    页" whose pager links carry a checked cHash, from the home page) agrees with the entries the pages serve, and
    every report and decoy is among them."""
    province = build_unseen(BATCH)
    starts = _starts()
    counts = truth_counts(province)
    assert set(counts) == set(starts)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic: the 年报 column only links bare-year sub-columns; 2023's list is two pages (zero-based _1)
        col = "http://www.liaotang.gov.test/zwgk/zfxxgk/zfxxgknb/index.shtml"
        assert starts["liaotang-gov"] == [col]
        root = col.removesuffix("index.shtml")
        menu = "http://www.liaotang.gov.test/zwgk/index.shtml"
        assert links(menu, r'<a href="([^"]+)">政府信息公开年报</a>') == [col]
        first = page(col)
        assert '<table class="nb_tab"' not in first and "createPageHTML" not in first
        block = re.search(r'<div class="nb_year">(.*?)</div>', first)
        assert block
        years = found(col, r'<a href="(\./\d{4}/index\.shtml)">\d{4}年度</a>', block[1])
        assert years == [f"{root}{y}/index.shtml" for y in range(2024, 2018, -1)]
        row = (r'<tr><td class="xh">\d+</td><td class="bt"><a href="(\./\d{6}/t\d{8}_\d+\.shtml)" target="_blank" '
               r'title="[^"]+">[^<]+</a></td><td class="rq">\d{4}-\d\d-\d\d</td></tr>')
        rows, paged = [], {}
        for year_list in years:
            year = int(year_list.split("/")[-2])
            text = page(year_list)
            assert ('<td class="fy" align="center"><script type="text/javascript">\nfunction createPageHTML('
                    '_nPageCount, _nCurrIndex, _sPageName, _sPageExt){') in text
            pages = declared_number(r'\ncreatePageHTML\((\d+), 0, "index", "shtml"\);\n</script></td>', text)
            held, serials = [], []
            for k in range(pages):
                url = year_list if k == 0 else year_list.replace("index.shtml", f"index_{k}.shtml")
                text = page(url)
                assert f'createPageHTML({pages}, {k}, "index", "shtml");' in text
                held += found(url, row, text)
                serials += [int(n) for n in re.findall(r'<tr><td class="xh">(\d+)</td>', text)]
            assert missing(year_list.replace("index.shtml", f"index_{pages}.shtml"))
            assert 3 * (pages - 1) < len(held) <= 3 * pages and serials == list(range(1, len(held) + 1))
            assert all(u.startswith(f"{root}{year}/") for u in held)
            paged[year] = pages
            rows += held
        assert paged == {2024: 1, 2023: 2, 2022: 1, 2021: 1, 2020: 1, 2019: 1}
        assert len(rows) == len(set(rows)) == counts["liaotang-gov"]
        assert set(rows) == truth_urls(province, "liaotang-gov")
        # the sub-column is the report's year, not the year it was published
        assert all(f"/zfxxgknb/{t.year}/" in t.url for t in province.reports() if t.site_id == "liaotang-gov")

        # Hanweb: the column's text/xml first page; perPage / totalRecord over a JSONP (callback=raw) GET data proxy
        col = "http://www.zhuxi.gov.test/col/col1229482216/index.html"
        assert starts["zhuxi-gov"] == [col]
        first = page(col)
        per = declared_number(r"perPage: (\d+), totalRecord: \d+, dataType: 'jsonp', jsonpCallback: 'raw', ", first)
        total = declared_number(r"perPage: \d+, totalRecord: (\d+), dataType: 'jsonp'", first)
        pages = -(-total // per)
        assert pages > 1
        assert "proxyUrl: '/module/web/jpage/dataproxy.jsp'" in first
        assert ("ajaxParam: {appid:1, webid:4127, path:'/', columnid:1229482216, unitid:7716025, "
                "webname:'苎溪县人民政府', permissiontype:0}") in first
        store = re.search(r'<div id="7716025"><script type="text/xml"><datastore><recordset>(.*?)</recordset>'
                          r'</datastore></script></div>', first)
        assert store
        record = (r'<record><!\[CDATA\[<dl class="zx-dl"><dt><a href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_1229482216_'
                  r'\d+\.html)" target="_blank" title="[^"]+">[^<]+</a></dt><dd>\d{4}-\d\d-\d\d</dd></dl>\]\]>'
                  r'</record>')
        head = found(col, record, store[1])
        assert len(head) == per
        params = {"appid": 1, "webid": 4127, "path": "/", "columnid": 1229482216, "unitid": 7716025,
                  "permissiontype": 0, "callback": "raw"}
        proxy = urljoin(col, "/module/web/jpage/dataproxy.jsp")

        def jsonp(query: dict[str, object]) -> str:
            status, media, body = fetch(server.proxy, f"{proxy}?{urlencode(query)}")
            assert (status, media) == (200, "application/javascript; charset=utf-8")
            wrapped = re.fullmatch(r"raw\((\{.*\})\)", body.decode(), re.S)
            assert wrapped
            result: str = json.loads(wrapped[1])["result"]
            return result

        rows = []
        for n in range(1, pages + 1):
            xml = jsonp({"page": n, **params})
            assert xml.startswith(f"<datastore><totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage>"
                                  "<recordset>")
            mine = found(col, record, xml)
            assert 0 < len(mine) <= per
            rows += mine
        assert rows[:per] == head
        assert found(col, record, jsonp({"page": pages + 1, **params})) == rows[per * (pages - 1):]
        bare = {k: v for k, v in params.items() if k != "callback"}
        status, media, body = fetch(server.proxy, f"{proxy}?{urlencode({'page': 1, **bare})}")
        assert (status, media) == (200, "text/xml; charset=utf-8") and found(col, record, body.decode()) == head
        assert jsonp({"page": 1, **{k: v for k, v in params.items() if k not in ("columnid", "unitid")}}) == ""
        assert len(rows) == total == len(set(rows)) == counts["zhuxi-gov"]
        assert set(rows) == truth_urls(province, "zhuxi-gov")

        # VSB: a parent column (left nav only) → 本级 / 部门 / 乡镇 children; "共N条", "k/N"; later pages slug/N-k.htm
        gknb = "http://www.xiangxi.gov.test/xxgk/gknb.htm"
        assert starts["xiangxi-gov"] == [gknb]
        first = page(gknb)
        assert 'id="line_u12_' not in first and "pb_sys_common" not in first
        nav = re.search(r'<div class="lmdh"><h3>政府信息公开年报</h3><ul>(.*?)</ul></div>', first)
        assert nav
        children = re.findall(r'<li><a href="([^"]+)">([^<]+)</a></li>', nav[1])
        assert [name for _, name in children] == ["本级年报", "部门年报", "乡镇年报"]
        trees = {"本级年报": 1215, "部门年报": 1216, "乡镇年报": 1217}
        row = (r'<li id="line_u12_\d"><a href="((?:\.\./){2,3}info/\d+/\d+\.htm)" target="_blank" title="[^"]+">'
               r'<i class="dot"></i>[^<]+</a><em>\d{4}-\d\d-\d\d</em></li>')
        rows, sizes = [], []
        walked: list[str]
        for href, name in children:
            lst = urljoin(gknb, href)
            first = page(lst)
            total = declared_number(r'<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">'
                                    r'共(\d+)条</span>', first)
            pages = declared_number(r'<span class="p_t">1/(\d+)</span></div>', first)
            assert pages == -(-total // 3)
            held, walked, url = [], [], lst
            while url and len(walked) < 10:
                walked.append(url)
                text = page(url)
                k = len(walked)
                assert f'<span class="p_t">共{total}条</span>' in text
                assert f'<span class="p_t">{k}/{pages}</span>' in text
                assert f'<span class="p_no_d">{k}</span>' in text
                mine = found(url, row, text)
                assert 0 < len(mine) <= 3
                held += mine
                nxt = found(url, r'<span class="p_next p_fun"><a href="([^"]+)">下页</a></span>', text)
                url = nxt[0] if nxt else ""
            assert walked == [lst] + [lst.replace(".htm", f"/{pages - k}.htm") for k in range(1, pages)]
            assert '<span class="p_next_d p_fun_d">下页</span>' in text
            if pages == 1:
                pager = re.search(r'<div class="pb_sys_common pb_sys_normal pb_sys_style1">(.*?)</div>', text)
                assert pager and "<a " not in pager[1]
            assert missing(lst.replace(".htm", f"/{pages}.htm"))
            assert len(held) == total and all(
                u.startswith(f"http://www.xiangxi.gov.test/info/{trees[name]}/") for u in held)
            sizes.append((name, total, pages))
            rows += held
        assert sizes == [("本级年报", 6, 2), ("部门年报", 3, 1), ("乡镇年报", 2, 1)]
        assert len(rows) == len(set(rows)) == counts["xiangxi-gov"] and set(rows) == truth_urls(province, "xiangxi-gov")

        # 海云: home → 政务公开 → channel; createPageHTML from the shared pagination.js; index.html, index_2.html, …
        home = "http://tjj.jingyuan.gov.test/index.html"
        assert starts["jingyuan-tjj"] == [home]
        zwgk = links(home, r'<h3>政务公开</h3><ul><li><a href="([^"]+)">政府信息公开</a></li></ul>')
        assert zwgk == ["http://tjj.jingyuan.gov.test/zwgk/index.html"]
        col = "http://tjj.jingyuan.gov.test/zwgk/c108215/index.html"
        assert links(zwgk[0], r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [col]
        first = page(col)
        assert '<script src="/common/js/pagination.js"></script>' in first and "function createPageHTML" not in first
        assert '<div id="pagination" class="pagination"></div>' in first
        script = page(urljoin(col, "/common/js/pagination.js"))
        assert "function createPageHTML(divId, pageCount, pageIndex, pageName, pageExt, recordCount) {" in script
        assert "function pagination_go(pageName, pageExt, pageCount) {" in script
        pages = declared_number(r"createPageHTML\('pagination', (\d+), 1, 'index', 'html', \d+\);", first)
        total = declared_number(r"createPageHTML\('pagination', \d+, 1, 'index', 'html', (\d+)\);", first)
        assert pages == -(-total // 4) > 1
        item = (r'<li><span class="tj-tag">\[([^\]<]+)\]</span><a href="(\./c\d+/content\.html)" target="_blank" '
                r'title="[^"]+">[^<]+</a><span class="tj-date">\d{4}\.\d\d\.\d\d</span></li>')
        rows, tags = [], {}
        for k in range(1, pages + 1):
            url = col if k == 1 else col.replace("index.html", f"index_{k}.html")
            text = page(url)
            assert f"createPageHTML('pagination', {pages}, {k}, 'index', 'html', {total});" in text
            cells: list[tuple[str, str]] = re.findall(item, text)
            assert 0 < len(cells) <= 4
            rows += [urljoin(url, h) for _, h in cells]
            tags.update({urljoin(url, h): unescape(tag) for tag, h in cells})
        assert missing(col.replace("index.html", "index_1.html"))
        assert missing(col.replace("index.html", f"index_{pages + 1}.html"))
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "jingyuan-tjj")
        assert len(truth_urls(province, "jingyuan-tjj")) == counts["jingyuan-tjj"] == total - 1
        others = [u for u in rows if u not in truth_urls(province, "jingyuan-tjj")]
        assert [unescape(h) for u in others for h in re.findall(r'<div class="xl-tit">([^<]+)</div>', page(u))] == [
            "关于举办2024年“统计开放日”活动的通知"]
        assert sorted({tags[t.url] for t in province.reports() if t.site_id == "jingyuan-tjj"}) == ["本局", "调查中心"]

        # gkmlpt: registered at the mobile shell; sid via sessionStorage only; API page_size 6, protocol-relative urls
        mindex = "http://www.xuanling.gov.test/gkmlpt/mindex#2651"
        assert starts["xuanling-gov"] == [mindex]
        assert links("http://www.xuanling.gov.test/", r'<a href="([^"]+)">政府信息公开年报（手机版）</a>') == [mindex]
        shell_url, col = urldefrag(mindex)
        shell = page(shell_url)
        tabs = re.search(r'<div class="m-tabs">(.*?)</div>', shell)
        assert tabs and re.findall(r'<a href="#(\d+)">([^<]+)</a>', tabs[1]) == [("2649", "公开指南"),
                                                                             (col, "政府信息公开年报")]
        assert '<section id="mList"></section>' in shell
        stored = re.search(r'<script>sessionStorage\.setItem\("gkml_sid", "(\d+)"\);</script>', shell)
        assert stored
        sid = stored[1]
        assert shell.count(sid) == 1 and "sid=" not in shell and "data-sid" not in shell
        desktop = page("http://www.xuanling.gov.test/gkmlpt/index")
        assert stored[0] in desktop and '<div class="gk-box" id="gkBox"></div>' in desktop
        src = re.search(r'<script src="(/gkmlpt/static/js/m\.gkml\.js\?v=[\d.]+)"></script>', shell)
        assert src
        app = page(urljoin(shell_url, src[1]))
        assert 'sessionStorage.getItem("gkml_sid")' in app and sid not in app
        assert '"/gkmlpt/api/all/" + col + "?page=" + page + "&sid=" + sid' in app
        assert "Math.ceil(d.total / d.page_size)" in app
        api = urljoin(shell_url, f"/gkmlpt/api/all/{col}?page=1&sid={sid}")
        answer = json.loads(page(api))
        total, size = answer["total"], answer["page_size"]
        pages = -(-total // size)
        assert size == 6 and pages > 1
        rows, titles, stamps = [], {}, []
        for n in range(1, pages + 1):
            data = json.loads(page(api.replace("page=1", f"page={n}")))
            assert data["total"] == total and data["page_size"] == size and 0 < len(data["articles"]) <= size
            for a in data["articles"]:
                assert a["url"].startswith("//www.xuanling.gov.test/gkmlpt/content/") and a["url"].endswith(f"#{col}")
                url = urldefrag(urljoin(api, a["url"]))[0]
                rows.append(url)
                titles[url] = a["title"]
                stamps.append(a["first_publish_time"])
        assert stamps == sorted(stamps, reverse=True)
        assert json.loads(page(api.replace("page=1", f"page={pages + 1}")))["articles"] == []
        for wrong in (re.sub(r"sid=\d+", "sid=1", api), api.split("&sid=")[0], api.replace(f"/{col}?", "/2649?")):
            answer = json.loads(page(wrong))
            assert answer["articles"] == [] and answer["total"] == 0
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "xuanling-gov")
        assert len(truth_urls(province, "xuanling-gov")) == counts["xuanling-gov"] == total - 1
        assert [titles[u] for u in rows if u not in truth_urls(province, "xuanling-gov")] == [
            "泫岭县关于2024年度耕地地力保护补贴发放的公示"]

        # 开普云: home → 信息公开 → 进入栏目; year-grouped .jhtml pages "共 N 页", next by a.next; headings repeat
        lst = "http://www.dankou.gov.test/xxgk/gknb/index.jhtml"
        assert starts["dankou-gov"] == [lst]
        xxgk = links("http://www.dankou.gov.test/", r'<h3>信息公开</h3><a href="([^"]+)">政府信息公开</a>')
        assert xxgk == ["http://www.dankou.gov.test/xxgk/index.jhtml"]
        assert links(xxgk[0], r'<h3>政府信息公开年报</h3><a href="([^"]+)">进入栏目</a>') == [lst]
        first = page(lst)
        pages = declared_number(r'<span class="kp-count">共 (\d+) 页</span></div>', first)
        group = r'<div class="nb-group"><h4 class="nb-y">(\d{4})年</h4><ul class="nb-ul">((?:<li>.*?</li>)+)</ul></div>'
        li = (r'<li><a href="(/xxgk/gknb/\d{6}/\d+\.jhtml)" target="_blank">[^<]+</a><span class="nb-d">(\d{4})-'
              r'\d\d-\d\d</span></li>')
        rows, walked, url, headings = [], [], lst, []
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<b>{len(walked)}</b>' in text and f'<span class="kp-count">共 {pages} 页</span>' in text
            groups = re.findall(group, text)
            assert groups
            mine = []
            for year, body in groups:
                items = re.findall(li, body)
                assert items and all(y == year for _, y in items)
                mine += [urljoin(url, h) for h, _ in items]
            assert 0 < len(mine) <= 4
            rows += mine
            headings.append([y for y, _ in groups])
            nxt = found(url, r'<a class="next" href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [lst.replace("index.jhtml", f"index_{n}.jhtml") for n in range(2, pages + 1)]
        assert '<span class="next">下一页</span>' in text and pages > 1
        assert any(a[-1] == b[0] for a, b in pairwise(headings))  # a year runs over a page
        assert missing(lst.replace("index.jhtml", "index_1.jhtml"))
        assert missing(lst.replace("index.jhtml", f"index_{pages + 1}.jhtml"))
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "dankou-gov")
        assert len(truth_urls(province, "dankou-gov")) == counts["dankou-gov"] == len(rows) - 1
        others = [u for u in rows if u not in truth_urls(province, "dankou-gov")]
        assert [h for u in others for h in re.findall(r'<div class="bt">([^<]+)</div>', page(u))] == [
            "澹口县2024年度政府信息公开工作培训会召开"]

        # hub: emblem tiles (the link's only text an img alt) → departments' lists on sub-hosts; towns; 相关文件
        hub = "http://www.meiyuan.gov.test/zwgk/bmnb/index.html"
        assert starts["meiyuan-bmnb"] == [hub]
        assert links("http://www.meiyuan.gov.test/", r'<a href="([^"]+)">部门年报</a>') == [hub]
        first = page(hub)
        wall = re.search(r'<div class="dw-tiles">(.*?)</div>', first)
        assert wall and re.sub(r"<[^>]+>", "", wall[1]) == ""
        tiles = re.findall(r'<a class="dw-tile" href="([^"]+)" target="_blank"><img src="([^"]+)" alt="([^"]+)" '
                           r'width="160" height="60"></a>', wall[1])
        assert [alt for _, _, alt in tiles] == ["县教育局", "县民政局"]
        row = r'<li><a href="(/xxgk/ndbg/content_\d+)" title="[^"]+">[^<]+</a><em>\d{4}-\d\d-\d\d</em></li>'
        rows, sizes = [], []
        for lst, img, alt in tiles:
            assert fetch(server.proxy, urljoin(hub, img))[:2] == (200, "image/png")
            first = page(lst)
            total = declared_number(r'<div class="nd-pager">共(\d+)条 第1/\d+页 ', first)
            pages = declared_number(r'<div class="nd-pager">共\d+条 第1/(\d+)页 ', first)
            assert pages == -(-total // 3)
            held, walked, url = [], [], lst
            while url and len(walked) < 10:
                walked.append(url)
                text = page(url)
                assert f"共{total}条 第{len(walked)}/{pages}页 " in text
                mine = found(url, row, text)
                assert 0 < len(mine) <= 3
                held += mine
                nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
                url = nxt[0] if nxt else ""
            assert walked == [lst] + [lst.replace("index.html", f"index_{n}.html") for n in range(1, pages)]
            assert "<span>下一页</span><span>尾页</span>" in text
            assert missing(lst.replace("index.html", f"index_{pages}.html"))
            assert len(held) == total and all(urlsplit(u).netloc == urlsplit(lst).netloc for u in held)
            sizes.append((alt, total, pages))
            rows += held
        assert sizes == [("县教育局", 4, 2), ("县民政局", 3, 1)]
        first = page(hub)
        towns = re.search(r'<h3>乡镇（街道）</h3><ul class="xz-nb">(.*?)</ul></div>', first)
        assert towns
        linked = re.findall(r'<li><a href="(http://[a-z]+\.meiyuan\.gov\.test/zwgk/nb/\d{8}/\d+\.html)" '
                            r'target="_blank">([^<]+)</a><span>\d{4}-\d\d-\d\d</span></li>', towns[1])
        assert [urlsplit(u).netloc for u, _ in linked] == ["mxz.meiyuan.gov.test"] * 2 + ["slx.meiyuan.gov.test"]
        for url, title in linked:
            assert f"<h2>{title}</h2>" in page(url)
            rows.append(url)
        related = re.search(r'<div class="xg-box"><h3>相关文件</h3><ul>(.*?)</ul></div>', first)
        assert related
        rows += found(hub, r'<li><a href="(/zwgk/bmnb/xgwj/\d+\.html)">[^<]+</a></li>', related[1])
        assert len(rows) == len(set(rows)) == counts["meiyuan-bmnb"]
        assert set(rows) == truth_urls(province, "meiyuan-bmnb")

        # PL/SQL (GBK): home → 目录 xxgk_web.ml → 年报 xxgk_web.lb?p_lmdm=0512, 下一页 → &p_ys=2 …
        dad = "http://www.laichuan.gov.test/pls/xxgk"
        lst = dad + "/xxgk_web.lb?p_lmdm=0512"
        assert starts["laichuan-gkml"] == [lst]
        ml = links("http://www.laichuan.gov.test/", r'<A HREF="([^"]+)">政府信息公开目录</A>', "gbk")
        assert ml == [dad + "/xxgk_web.ml"]
        assert links(ml[0], r'<LI><A HREF="([^"]+)">政府信息公开年报</A></LI>', "gbk") == [lst]
        first = page(lst, "gbk")
        pages = declared_number(r"页次：1/(\d+)　共 \d+ 条　", first)
        total = declared_number(r"页次：1/\d+　共 (\d+) 条　", first)
        assert pages == -(-total // 4) > 1
        row = (r'<DL><DT><IMG SRC="/images/dot\.gif"> <A HREF="(xxgk_web\.xx\?p_xh=\d+)">[^<]+</A></DT><DD>文号：'
               r'濑政信〔\d{4}〕\d+号 \| 发布机构：[^<|]+ \| 生成日期：\d{4}-\d\d-\d\d</DD></DL>')
        rows, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url, "gbk")
            k = len(walked)
            assert f"页次：{k}/{pages}　共 {total} 条　" in text and f'<B><FONT COLOR="red">{k}</FONT></B>' in text
            assert ("上一页" in text) == (k > 1)
            mine = found(url, row, text)
            assert 0 < len(mine) <= 4
            rows += mine
            nxt = found(url, r'<A HREF="(xxgk_web\.lb\?p_lmdm=0512&p_ys=\d+)">下一页</A>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}&p_ys={n}" for n in range(2, pages + 1)]
        assert "下一页" not in text and "尾页" not in text
        for beyond in (f"{lst}&p_ys={pages + 1}", f"{lst}&p_ys=0", dad + "/xxgk_web.lb?p_lmdm=0511"):
            status, media, body = fetch(server.proxy, beyond)
            assert (status, media) == (404, GBK) and "ORA-06550" in body.decode("gbk"), beyond
        assert missing(dad + "/xxgk_web.lb2?p_lmdm=0512")
        assert "无此信息" in page(dad + "/xxgk_web.xx?p_xh=1", "gbk")
        assert all(u.startswith(dad + "/xxgk_web.xx?p_xh=") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "laichuan-gkml")
        assert len(truth_urls(province, "laichuan-gkml")) == counts["laichuan-gkml"] == total - 3
        others = [u for u in rows if u not in truth_urls(province, "laichuan-gkml")]
        heads = [h for u in others for h in re.findall(r"<H2 ALIGN=CENTER>([^<]+)</H2>", page(u, "gbk"))]
        assert sorted(heads) == sorted(
            ["关于公布现行有效规范性文件清理结果的通知", "关于做好政务公开平台信息报送工作的通知",
             "关于进一步加强依申请公开办理工作的通知"])

        # Concrete CMS (cms: auto): home nav → 信息公开 → left nav 年报; Page List 6 a page by ?ccm_paging_p=N
        home = "http://www.tuanyang.gov.test/"
        assert starts["tuanyang-gov"] == [home]
        first = page(home)
        assert '<meta name="generator" content="concrete5 - 8.5.12"/>' in first
        nav = re.search(r'<ul class="nav navbar-nav">(.*?)</ul>', first)
        assert nav and found(home, r'<a href="([^"]+)" target="_self">信息公开</a>', nav[1]) == [home + "xinxigongkai"]
        lst = home + "xinxigongkai/zhengfuxinxigongkainianbao"
        side = r'<li class="nav-selected"><a href="([^"]+)">政府信息公开年报</a></li>'
        assert links(home + "xinxigongkai", side) == [lst]
        first = page(lst)
        numbers = [int(n) for n in re.findall(r'<li><a href="[^"]+\?ccm_paging_p=\d+">(\d+)</a></li>', first)]
        pages = max(numbers)
        assert numbers == list(range(2, pages + 1)) and pages > 1
        assert page(lst + "?ccm_paging_p=1") == first
        entry = (r'<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text">'
                 r'<div class="ccm-block-page-list-title"><a href="([^"]+)" target="_self">[^<]+</a></div>'
                 r'<div class="ccm-block-page-list-date">\d{4}/\d\d/\d\d</div>'
                 r'<div class="ccm-block-page-list-description">来源：[^<]+</div></div></div>')
        rows, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<li class="active"><span>{len(walked)} <span class="sr-only">(current)</span></span></li>' in text
            mine = found(url, entry, text)
            assert 0 < len(mine) <= 6
            rows += mine
            nxt = found(url, r'<li class="next"><a href="([^"]+)">下一页 &rarr;</a></li>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}?ccm_paging_p={n}" for n in range(2, pages + 1)]
        assert '<li class="next disabled"><span>下一页 &rarr;</span></li>' in text
        assert found(lst, entry, page(f"{lst}?ccm_paging_p={pages + 1}")) == rows[:6]
        assert 6 * (pages - 1) < len(rows) <= 6 * pages
        by_id = [u for u in rows if not u.startswith(lst + "/")]
        assert len(by_id) == 1 and re.fullmatch(r"http://www\.tuanyang\.gov\.test/index\.php\?cID=\d+", by_id[0])
        assert missing(home + "index.php?cID=1")
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "tuanyang-gov")
        assert len(truth_urls(province, "tuanyang-gov")) == counts["tuanyang-gov"] == len(rows) - 2
        others = [u for u in rows if u not in truth_urls(province, "tuanyang-gov")]
        assert sorted(h for u in others for h in re.findall(r'<h1 class="page-title">([^<]+)</h1>', page(u))) == sorted(
            ["湍阳县政务公开标准目录（2023年版）", "关于调整县政府信息公开工作机构的通知"])

        # TYPO3 (no cms): home → 信息公开 → 年报; tx_news 5 a page, "第 k 页，共 N 页"; pager links carry a cHash
        home = "http://tyjrswj.xuanzhou.gov.test/"
        assert starts["xuanzhou-tyjrswj"] == [home]
        assert '<meta name="generator" content="TYPO3 CMS" />' in page(home)
        xxgk = links(home, r'<li class="active"><a href="([^"]+)">信息公开</a></li>')
        assert xxgk == [home + "xxgk"]
        lst = home + "xxgk/zfxxgknb"
        assert links(xxgk[0], r'<li class="active"><a href="([^"]+)">政府信息公开年报</a></li>') == [lst]
        first = page(lst)
        pages = declared_number(r'<div class="page-navigation"><p>第 1 页，共 (\d+) 页</p>', first)
        art = (r'<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema\.org/Article">'
               r'<div class="header"><h3><a title="[^"]+" href="(/xxgk/zfxxgknb/detail/[a-z0-9-]+)"><span '
               r'itemprop="headline">[^<]+</span></a></h3></div><div class="footer"><p><span class="news-list-date">'
               r'<time itemprop="datePublished" datetime="\d{4}-\d\d-\d\d">\d{4}-\d\d-\d\d</time></span> '
               r'<span class="news-list-category">[^<]+</span></p></div></div>')
        rows, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            assert f"<p>第 {k} 页，共 {pages} 页</p>" in text and f'<li class="current">{k}</li>' in text
            mine = found(url, art, text)
            assert 0 < len(mine) <= 5
            rows += mine
            nxt = found(url, r'<li class="next"><a href="([^"]+)">下一页</a></li>', text)
            url = nxt[0] if nxt else ""
        assert pages > 1 and len(walked) == pages
        for n, url in enumerate(walked[1:], 2):
            assert re.fullmatch(rf"{re.escape(lst)}\?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D={n}"
                                r"&cHash=[0-9a-f]{32}", url), url
        assert '<li class="next">' not in text and '<li class="previous">' in text
        checked = walked[1]
        for bad in (checked.split("&cHash=")[0], re.sub(r"cHash=[0-9a-f]{32}", "cHash=" + "0" * 32, checked),
                    checked.replace("%5D=2&", f"%5D={pages + 1}&")):
            status, _, body = fetch(server.proxy, bad)
            assert status == 404 and "cHash comparison failed" in body.decode(), bad
        assert 5 * (pages - 1) < len(rows) <= 5 * pages
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "xuanzhou-tyjrswj")
        assert len(truth_urls(province, "xuanzhou-tyjrswj")) == counts["xuanzhou-tyjrswj"] == len(rows) - 1
        others = [u for u in rows if u not in truth_urls(province, "xuanzhou-tyjrswj")]
        assert [h for u in others for h in re.findall(r'<h3 itemprop="headline">([^<]+)</h3>', page(u))] == [
            "关于更新政府信息公开目录的通知"]


def test_batch33_portal_contracts() -> None:
    """Registered as a user would (a family named, or ``cms: auto`` / none, one named entry giving only a home page);
    the legacy PL/SQL pages' GBK bytes (a GBK header and no charset meta at all); the one scan (laichuan-gkml 2019,
    image-only PDF, flagged) and its 扫描件 link; the TRS, Hanweb, gkmlpt, hub and TYPO3 PDFs, the VSB and Concrete
    DOCX, the 开普云 OFD where their pages link them; the units abbreviated in their titles (or named only by their
    town) named in full on their pages."""
    assert_registered_as_a_user_would("batch33", BATCHES[:BATCHES.index("batch33")])
    entries = registry_entries(BATCH)
    assert {e["id"]: e.get("cms") for e in entries} == {
        "liaotang-gov": "trs_classic", "zhuxi-gov": "hanweb", "xiangxi-gov": "vsb", "jingyuan-tjj": "trs_haiyun",
        "xuanling-gov": "gkmlpt", "dankou-gov": "kaipu", "meiyuan-bmnb": "hub", "laichuan-gkml": "gkml_action",
        "tuanyang-gov": "auto", "xuanzhou-tyjrswj": None}
    assert all(len(e["start_urls"]) == 1 for e in entries)
    homes = [e["id"] for e in entries if urlsplit(e["start_urls"][0]).path in ("/", "/index.html")]
    assert homes == ["jingyuan-tjj", "tuanyang-gov", "xuanzhou-tyjrswj"]

    province = build_unseen(BATCH)
    reports = province.reports()
    media = {t.media_type.split(";")[0] for t in reports}
    assert media == {"text/html", PDF, OFD, DOCX}
    with province.server() as server:
        pages = Pages(server.proxy)

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # the PL/SQL pages: GBK bytes under a GBK header, and no <meta> charset (htp.p pages written by hand)
        dad = "http://www.laichuan.gov.test/pls/xxgk"
        for url in (dad + "/xxgk_web.lb?p_lmdm=0512", dad + "/xxgk_web.lb?p_lmdm=0512&p_ys=2", dad + "/xxgk_web.ml",
                    "http://www.laichuan.gov.test/"):
            status, content_type, body = fetch(server.proxy, url)
            text = body.decode("gbk")
            assert (status, content_type) == (200, GBK) and not re.search(r"<meta", text, re.I), url
            assert "濑川县".encode("gbk") in body and "Powered by Oracle Application Server" in text
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("laichuan-gkml", 2019)]
        scan = scans[0]
        assert scan.report_url == dad + "/docs/lcnb2019.pdf" and scan.media_type == PDF
        _, content_type, body = fetch(server.proxy, scan.url)
        assert content_type == GBK
        assert re.search(r'<DIV Class="zw"><P>　　[^<]+（扫描件）。</P><P>扫描件：'
                         r'<A HREF="/pls/xxgk/docs/lcnb2019\.pdf">lcnb2019\.pdf</A></P></DIV>', body.decode("gbk"))
        assert fetch(server.proxy, scan.report_url)[:2] == (200, PDF)

        # every attachment: (site, media type) of the reports held in a file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url and t not in scans)
        assert attached == sorted([("liaotang-gov", PDF), ("zhuxi-gov", PDF), ("xiangxi-gov", DOCX),
                                   ("xuanling-gov", PDF), ("dankou-gov", OFD), ("meiyuan-bmnb", PDF),
                                   ("tuanyang-gov", DOCX), ("xuanzhou-tyjrswj", PDF)])

        # TRS classic: ./P0<date><12 digits>.pdf beside OLDSRC="/protect/…" in the editor, in the article's month folder
        url, report_url, text = pages.filed(reports, "liaotang-gov")
        link = re.search(r'<div class="TRS_Editor"><div class="Custom_UnionStyle"><p>[^<]+</p><p>附件：<a href="'
                         r'(\./(P020230130\d{12}\.pdf))" OLDSRC="/protect/(P020230130\d{12}\.pdf)" '
                         r'target="_blank">', text)
        assert link and link[2] == link[3] and urljoin(url, link[1]) == report_url
        assert report_url.rsplit("/", 1)[0] == url.rsplit("/", 1)[0]
        assert missing(urljoin(url, "/protect/" + link[3]))

        # Hanweb: /module/download/downfile.jsp?classid=0&filename=<32 hex>.pdf&showname=… in #zoom; others a 404
        url, report_url, text = pages.filed(reports, "zhuxi-gov")
        link = re.search(r'<div id="zoom"><p>[^<]+</p><p>附件：<a href="(/module/download/downfile\.jsp\?classid=0&amp;'
                         r'filename=[0-9a-f]{32}\.pdf&amp;showname=[^"]+)" target="_blank">', text)
        assert link and urljoin(url, unescape(link[1])) == report_url
        assert report_url.endswith("&showname=" + quote("苎溪县人民政府2024年政府信息公开工作年度报告.pdf"))
        status, content_type, body = fetch(server.proxy,
                                           re.sub(r"filename=[0-9a-f]{32}", "filename=" + "0" * 32, report_url))
        assert status == 404 and content_type.startswith("text/html") and "file not found" in body.decode()

        # VSB: /__local/…/<32 HEX>_<8 HEX>.docx?e=.docx in 附件【…】已下载…次 inside v_news_content
        url, report_url, text = pages.filed(reports, "xiangxi-gov")
        link = re.search(r'<div class="v_news_content"><p class="vsbcontent_start">[^<]+</p><p>附件【<a href="'
                         r'(/__local/B/4E/1A/[0-9A-F]{32}_[0-9A-F]{8}\.docx\?e=\.docx)" target="_blank">[^<]+\.docx'
                         r'</a>】已下载<span id="nattach\d+">\d+</span>次</p></div>', text)
        assert link and urljoin(url, link[1]) == report_url

        # gkmlpt: /attachment/0/<k>/<k><n>/<id>.pdf in p.xl-fj and in DETAIL.attachment
        url, report_url, text = pages.filed(reports, "xuanling-gov")
        link = re.search(r'</div><p class="xl-fj">附件：<a href="(/attachment/0/(\d+)/\2\d{3}/\d+\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url
        detail = re.search(r"<script>window\._CONFIG = \{DETAIL: (\{.*?\}), TREE: ", text)
        assert detail and [f["url"] for f in json.loads(detail[1])["attachment"]] == [link[1]]

        # 开普云: /uploadfile/<yyyymm>/<16 hex>.ofd in div.fujian after #UCAP-CONTENT
        url, report_url, text = pages.filed(reports, "dankou-gov")
        link = re.search(r'</div></div><div class="fujian"><p>附件下载：</p><a href="(/uploadfile/202401/[0-9a-f]{16}'
                         r'\.ofd)" download>', text)
        assert link and urljoin(url, link[1]) == report_url and 'id="UCAP-CONTENT"' in text

        # hub: the 民政局's extensionless article links /xxgk/ndbg/files/<id>.pdf as a.fj, on its own sub-host
        url, report_url, text = pages.filed(reports, "meiyuan-bmnb")
        link = re.search(r'<div class="art-body"><p>[^<]+</p><p><a class="fj" href="'
                         r'(/xxgk/ndbg/files/\d+\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url
        assert urlsplit(url).netloc == urlsplit(report_url).netloc == "mzj.meiyuan.gov.test"
        assert re.fullmatch(r"http://mzj\.meiyuan\.gov\.test/xxgk/ndbg/content_\d+", url)

        # Concrete: a File block /download_file/view/<fID>/<cID> (the article's own cID), a DOCX with a filename
        url, report_url, text = pages.filed(reports, "tuanyang-gov")
        link = re.search(r'<div class="ccm-block-file"><a href="(/download_file/view/\d+/(\d+))">', text)
        cid = re.search(r"var CCM_CID = (\d+);", text)
        assert link and cid and link[2] == cid[1] and urljoin(url, link[1]) == report_url
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
        with opener.open(report_url, timeout=60) as response:
            assert response.headers["Content-Disposition"] == "attachment; filename*=UTF-8''" + quote(
                "湍阳县人民政府2022年政府信息公开工作年度报告.docx")

        # TYPO3: /fileadmin/user_upload/xxgk/nb/….pdf in div.news-related-files
        url, report_url, text = pages.filed(reports, "xuanzhou-tyjrswj")
        link = re.search(r'<div class="news-related news-related-files"><h4>相关文件</h4><ul><li><span '
                         r'class="news-related-files-link"><a href="(/fileadmin/user_upload/xxgk/nb/tyjrswj_2022_ndbg_'
                         r'\d{4}\.pdf)" target="_blank">', text)
        assert link and urljoin(url, link[1]) == report_url

        # a unit abbreviated in its title (or named only by its town) is named in full on its page
        checked = 0
        for site, short in (("liaotang-gov", "县教育局"), ("liaotang-gov", "县卫健局"), ("zhuxi-gov", "县民政局"),
                            ("zhuxi-gov", "城关镇"), ("xiangxi-gov", "县发改局"), ("xiangxi-gov", "县人社局"),
                            ("jingyuan-tjj", "市社会经济调查中心"), ("xuanling-gov", "县司法局"),
                            ("xuanling-gov", "泫溪镇"), ("dankou-gov", "县发改局"), ("dankou-gov", "县住建局"),
                            ("meiyuan-bmnb", "县教育局"), ("meiyuan-bmnb", "县民政局"), ("meiyuan-bmnb", "沬溪镇"),
                            ("meiyuan-bmnb", "石龙乡"), ("laichuan-gkml", "县审计局"), ("laichuan-gkml", "石滩乡"),
                            ("tuanyang-gov", "县教育局"), ("tuanyang-gov", "县卫健局"), ("tuanyang-gov", "城关镇"),
                            ("xuanzhou-tyjrswj", "市军休所"), ("xuanzhou-tyjrswj", "市退役军人服务中心")):
            encoding = "gbk" if site == "laichuan-gkml" else "utf-8"
            checked += pages.units_named_in_full(reports, site, short, encoding)
        assert checked == 27


@pytest.mark.slow
def test_batch33_measurement_runs() -> None:
    m = assert_measurement_holds("batch33")
    # No address asked that the portals do not serve: batch 33 links no dead page, so a 404 is a page made up.
    assert not [url for run in m.runs for url in run.not_found]
