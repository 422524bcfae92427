"""Issue 12, held-out batch 34 of the unseen province (govcrawl/province/unseen/batch34): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), the few contracts particular
to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's), and the measurement
holds on it — no non-report stored, none under another agency, every shortfall stated, every record as
docs/record.md says."""

from __future__ import annotations

import json
import re
import urllib.request
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

BATCH = ("batch34",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
GB18030 = "text/html; charset=gb18030"


def _starts() -> dict[str, list[str]]:
    """Each entry's start URLs, as the registry files give them (the walks below begin there)."""
    return {e["id"]: e["start_urls"] for e in registry_entries(BATCH)}


def test_batch34_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS classic layout table under a text-only "共 3 页　当前第 1 页" with no
    links, its later pages TRS's zero-based ``index_1.htm``; an old Hanweb ``perPage: 4``/``totalRecord: 11`` over
    one-row tables in a datastore, paged by the POST record-window data proxy ``startrecord``/``endrecord`` and a
    ``<nextgroup>`` ``page=`` link; a VSB "共N条 1/N" whose pager is image buttons only, pages ``ndbg/2.htm``,
    ``ndbg/1.htm``; a 海云 ``createPageHTML('page_box', 3, 1, 'index', 'html', 11)`` in a jQuery ready handler; a
    gkmlpt whose sid is only in the home page's link to the shell and whose API answers root-relative urls, the page
    size only in the script; a 开普云 column with no index page, ``list-1.html`` … under "共N条 共N页"; a hub of a
    pipe-separated line of departments' sub-host lists "第1页/共N页", a table of towns' reports and a 工作动态 box;
    an AOLserver GB18030 list "共N条　分N页　[1] [2] [3]"; a DotNetNuke EasyDNNnews pager ``/PgrID/1422/PageID/N``,
    from the home page; a Gatsby list "第 1 / N 页" paged ``/2/``, ``/3/`` with its ``page-data.json``, from the home
    page) agrees with the entries the pages serve, and every report and decoy is among them."""
    province = build_unseen(BATCH)
    starts = _starts()
    counts = truth_counts(province)
    assert set(counts) == set(starts)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic: a text-only pager (no links, no createPageHTML); index.htm, index_1.htm, index_2.htm
        root = "http://www.huiling.gov.test/zwgk/zfxxgk/zfxxgknb/"
        col = root + "index.htm"
        assert starts["huiling-gov"] == [col]
        assert sorted(set(links("http://www.huiling.gov.test/", r'<A href="([^"]+)">政府信息公开年报</A>'))) == [col]
        first = page(col)
        assert "createPageHTML" not in first and '<TABLE class="nb_tab"' in first
        pages = declared_number(r'<DIV class="fanye">共 (\d+) 页　当前第 1 页</DIV>', first)
        row = (r'<TR><TD width="14"><IMG src="/images/dot\.gif"></TD><TD height=25><A href="(\./\d{6}/t\d{8}_\d+\.htm)"'
               r' target=_blank title="[^"]+">[^<]+</A></TD><TD width="80" align=right>\[(\d{4}-\d\d-\d\d)\]</TD></TR>')
        rows, dates = [], []
        for k in range(pages):
            url = col if k == 0 else f"{root}index_{k}.htm"
            text = page(url)
            pager = re.search(r'<DIV class="fanye">(.*?)</DIV>', text)
            assert pager and pager[1] == f"共 {pages} 页　当前第 {k + 1} 页"  # text only: no link to follow
            cells: list[tuple[str, str]] = re.findall(row, text)
            assert 0 < len(cells) <= 4
            rows += [urljoin(url, h) for h, _ in cells]
            dates += [d for _, d in cells]
        assert pages == 3 and missing(f"{root}index_{pages}.htm") and missing(f"{root}index_0.htm")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages and dates == sorted(dates, reverse=True)
        assert len(rows) == len(set(rows)) == counts["huiling-gov"]
        assert set(rows) == truth_urls(province, "huiling-gov")

        # Hanweb: datastore of one-row tables; perPage / totalRecord; the POST record-window proxy and nextgroup page=
        col = "http://www.hengchuan.gov.test/col/col41762/index.html"
        assert starts["hengchuan-gov"] == [col]
        first = page(col)
        per = declared_number(r"\$\('#128806'\)\.jpage\(\{ dataStore: \$\('#128806 script\[type=\"text/xml\"\]'\), "
                              r"perPage: (\d+), ", first)
        total = declared_number(r"perPage: \d+, totalRecord: (\d+), groupSize: 3, ", first)
        pages = -(-total // per)
        assert pages == 3
        assert "proxyUrl: '/module/web/jpage/dataproxy.jsp'" in first
        assert ("ajaxParam: {col:1, appid:1, webid:2871, path:'/', columnid:41762, sourceContentType:1, "
                "unitid:128806, webname:'蘅川县人民政府', permissiontype:0}") in first
        store = re.search(r'<div id="128806"><script type="text/xml"><datastore><nextgroup><!\[CDATA\[(.*?)\]\]>'
                          r'</nextgroup><recordset>(.*?)</recordset></datastore></script></div>', first)
        assert store
        record = (r'<record><!\[CDATA\[<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                  r'<td class="bt_link"><a href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_41762_\d+\.html)" target="_blank" '
                  r'title="[^"]+">[^<]+</a></td><td width="90" class="bt_time">\d{4}-\d\d-\d\d</td></tr></table>\]\]>'
                  r'</record>')
        head = found(col, record, store[2])
        assert len(head) == per
        proxy = urljoin(col, "/module/web/jpage/dataproxy.jsp")
        form = {"col": 1, "appid": 1, "webid": 2871, "path": "/", "columnid": 41762, "sourceContentType": 1,
                "unitid": 128806, "webname": "蘅川县人民政府", "permissiontype": 0}

        def window(start: int, end: int, body: dict[str, object]) -> str:
            status, media, answer = fetch(server.proxy, f"{proxy}?startrecord={start}&endrecord={end}&perpage={per}",
                                          data=urlencode(body).encode())
            assert (status, media) == (200, "text/xml; charset=utf-8")
            return answer.decode()

        group = window(1, per * 3, form)  # the widget asks a group of three pages
        assert group.startswith(f"<datastore><totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage>"
                                "<recordset>")
        rows = found(col, record, group)
        assert rows[:per] == head and len(rows) == total
        assert found(col, record, window(per + 1, 2 * per, form)) == rows[per:2 * per]
        assert window(1, per, {k: v for k, v in form.items() if k not in ("columnid", "unitid")}) == "<datastore/>"
        nextgroup = found(col, r'<a href="([^"]+)"></a>', store[1])
        assert len(nextgroup) == 1 and nextgroup[0].startswith(proxy + "?page=1&")
        paged = []
        for n in range(1, pages + 1):
            mine = found(col, record, page(nextgroup[0].replace("?page=1&", f"?page={n}&")))
            assert 0 < len(mine) <= per
            paged += mine
        assert paged == rows
        assert len(rows) == len(set(rows)) == counts["hengchuan-gov"]
        assert set(rows) == truth_urls(province, "hengchuan-gov")

        # VSB: "共N条 k/N"; the pager only image buttons (no page numbers); ndbg.htm, ndbg/2.htm, ndbg/1.htm
        col = "http://www.qinxi.gov.test/zfxxgk/ndbg.htm"
        assert starts["qinxi-gov"] == [col]
        first = page(col)
        total = declared_number(r'<div class="pb_sys_common pb_sys_style3"><span class="p_t">共(\d+)条 1/\d+</span>',
                                first)
        pages = declared_number(r'<span class="p_t">共\d+条 1/(\d+)</span>', first)
        assert pages == -(-total // 4) == 3
        item = (r'<a class="item" href="((?:\.\./){1,2}info/1043/\d+\.htm)" title="[^"]+"><div class="date"><span>'
                r'\d\d</span>\d{4}-\d\d</div><p class="tit">[^<]+</p></a>')
        button = r'<a href="([^"]+)" class="{}"><img src="/system/resource/images/{}\.gif" alt="{}" border="0"></a>'
        walked: list[str] = []
        rows, url = [], col
        last = found(col, button.format("Last", "lastpage", "尾页"), first)
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            pager = re.search(r'<div class="pb_sys_common pb_sys_style3">(.*?)</div>', text)
            assert pager and f'<span class="p_t">共{total}条 {len(walked)}/{pages}</span>' in pager[1]
            assert re.sub(r'<span class="p_t">[^<]+</span>|<a [^>]+><img [^>]+></a>', "", pager[1]) == ""
            assert ("首页" in pager[1]) == (len(walked) > 1)
            mine = found(url, item, text)
            assert 0 < len(mine) <= 4
            rows += mine
            nxt = found(url, button.format("Next", "nextpage", "下页"), text)
            url = nxt[0] if nxt else ""
        assert walked == [col] + [f"http://www.qinxi.gov.test/zfxxgk/ndbg/{pages - k}.htm" for k in range(1, pages)]
        assert last == walked[-1:]
        assert found(walked[-1], button.format("First", "firstpage", "首页"), text) == [col]
        assert missing(f"http://www.qinxi.gov.test/zfxxgk/ndbg/{pages}.htm")
        assert all(u.startswith("http://www.qinxi.gov.test/info/1043/") for u in rows)
        assert len(rows) == total == len(set(rows)) == counts["qinxi-gov"]
        assert set(rows) == truth_urls(province, "qinxi-gov")

        # 海云: createPageHTML('page_box', N, k, 'index', 'html', total) inside $(function(){ … }); 发布机构 per row
        root = "http://www.maoshan.gov.test/xxgk/zfxxgknb/"
        col = root + "index.html"
        assert starts["maoshan-gov"] == [col]
        first = page(col)
        assert "function createPageHTML(div, pages, cur, name, ext, total) {" in first
        assert '<div class="page" id="page_box"></div>' in first
        pages = declared_number(r"<script>\$\(function\(\)\{ createPageHTML\('page_box', (\d+), 1, 'index', 'html', "
                                r"\d+\); \}\);</script>", first)
        total = declared_number(r"createPageHTML\('page_box', \d+, 1, 'index', 'html', (\d+)\);", first)
        assert pages == -(-total // 4) == 3
        li = (r'<li><div class="gl-t"><a href="(\./\d{6}/t\d{8}_\d+\.html)" target="_blank" title="[^"]+">[^<]+</a>'
              r'<em>\d{4}-\d\d-\d\d</em></div><div class="gl-s">发布机构：<span>([^<]+)</span></div></li>')
        rows, units = [], {}
        for k in range(1, pages + 1):
            url = col if k == 1 else f"{root}index_{k}.html"
            text = page(url)
            assert f"createPageHTML('page_box', {pages}, {k}, 'index', 'html', {total});" in text
            pairs: list[tuple[str, str]] = re.findall(li, text)
            assert 0 < len(pairs) <= 4
            rows += [urljoin(url, h) for h, _ in pairs]
            units.update({urljoin(url, h): unit for h, unit in pairs})
        assert missing(root + "index_1.html") and missing(f"{root}index_{pages + 1}.html")
        assert len(rows) == total == len(set(rows)) == counts["maoshan-gov"]
        assert set(rows) == truth_urls(province, "maoshan-gov")
        assert {units[t.url] for t in province.reports() if t.site_id == "maoshan-gov" and t.agency_name} == {
            "茆山县人民政府", "茆山县自然资源局", "茆山县农业农村局", "茆山县枫林乡人民政府"}
        assert all(units[t.url] == t.agency_name for t in province.reports() if t.site_id == "maoshan-gov")

        # gkmlpt: home → /gkmlpt/index?sid=…#2933; the shell has no sid; PER = 4 only in its script; root-relative urls
        home = "http://www.tingling.gov.test/"
        assert starts["tingling-gov"] == [home]
        nb = links(home, r'<li><a href="([^"]+)">政府信息公开年报</a></li>')
        assert len(nb) == 1
        shell_url, col = urldefrag(nb[0])
        query = dict(q.split("=") for q in urlsplit(shell_url).query.split("&"))
        assert urlsplit(shell_url).path == "/gkmlpt/index" and set(query) == {"sid"} and col == "2933"
        sid = query["sid"]
        shell = page(shell_url)
        # the sid is not in the shell's script, metas or attributes — only in the chrome's 政务公开 nav link
        # (the module's docstring says "no sid in its markup"; the shared frame's nav carries it)
        nav = f'<a href="/gkmlpt/index?sid={sid}">政务公开</a>'
        assert shell.count(sid) == shell.count(nav) == 1 and "data-sid" not in shell and "<meta name=\"sid" not in shell
        assert page(home + "gkmlpt/index") == shell
        assert 'new URLSearchParams(location.search).get("sid")' in shell
        menu = re.search(r'<ol class="tl-menu">(.*?)</ol>', shell)
        assert menu and re.findall(r'<a href="#(\d+)">([^<]+)</a>', menu[1]) == [("2931", "政府信息公开指南"),
                                                                              (col, "政府信息公开年报")]
        assert '<div id="tl-list"></div>' in shell
        size = declared_number(r'var sid = new URLSearchParams\(location\.search\)\.get\("sid"\), PER = (\d+);', shell)
        assert "Math.ceil(d.total / PER)" in shell
        api = urljoin(shell_url, f"/gkmlpt/api/all/{col}?page=1&sid={sid}")
        answer = json.loads(page(api))
        total = answer["total"]
        assert set(answer) == {"articles", "total"}  # no page size in the answer
        pages = -(-total // size)
        assert size == 4 and pages == 3
        rows, titles, publishers, stamps = [], {}, {}, []
        for n in range(1, pages + 1):
            data = json.loads(page(api.replace("page=1", f"page={n}")))
            assert data["total"] == total and 0 < len(data["articles"]) <= size
            for a in data["articles"]:
                assert re.fullmatch(r"/gkmlpt/content/\d+/\d+/post_\d+\.html", a["url"]), a["url"]
                assert re.fullmatch(r"\d{4}/\d\d/\d\d", a["date"])
                url = urljoin(api, a["url"])
                rows.append(url)
                titles[url], publishers[url] = a["title"], a["publisher"]
                stamps.append(a["date"])
        assert stamps == sorted(stamps, reverse=True)
        assert json.loads(page(api.replace("page=1", f"page={pages + 1}")))["articles"] == []
        for wrong in (re.sub(r"sid=\d+", "sid=1", api), api.split("&sid=")[0], api.replace(f"/{col}?", "/2931?")):
            assert json.loads(page(wrong)) == {"articles": [], "total": 0}, wrong
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "tingling-gov")
        assert len(truth_urls(province, "tingling-gov")) == counts["tingling-gov"] == total - 1
        assert [titles[u] for u in rows if u not in truth_urls(province, "tingling-gov")] == [
            "汀岭县2024年第三季度政务公开工作情况通报"]
        assert all(publishers[t.url] == t.agency_name for t in province.reports() if t.site_id == "tingling-gov")

        # 开普云: no index page; list-1.html … by li.next; "共N条 共N页"; the date first in each row
        home = "http://www.huanping.gov.test/"
        col = home + "zwgk/zfxxgknb/"
        lst = col + "list-1.html"
        assert starts["huanping-gov"] == [lst]
        zwgk = links(home, r'<a class="hp-gkrk" href="([^"]+)">政务公开</a>')
        assert zwgk == [home + "zwgk/index.html"]
        assert links(zwgk[0], r'<a class="more" href="([^"]+)">更多&gt;&gt;</a>') == [lst]
        assert missing(col) and missing(col + "index.html") and missing(col + "list-0.html")
        first = page(lst)
        total = declared_number(r'<p class="pg-sum">共(\d+)条 共\d+页</p>', first)
        pages = declared_number(r'<p class="pg-sum">共\d+条 共(\d+)页</p>', first)
        assert pages == -(-total // 5) == 3
        row = (r'<li><span class="date">\[\d{4}-\d\d-\d\d\]</span><a href="(/zwgk/zfxxgknb/\d{4}-\d\d/\d+\.html)" '
               r'title="[^"]+" target="_blank">[^<]+</a></li>')
        rows, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            assert f'<p class="pg-sum">共{total}条 共{pages}页</p>' in text
            assert f'<li class="page active"><a href="javascript:;">{k}</a></li>' in text
            assert found(url, r'<li class="page"><a href="([^"]+)">\d+</a></li>', text) == [
                f"{col}list-{n}.html" for n in range(1, pages + 1) if n != k]
            mine = found(url, row, text)
            assert len(mine) == 5 if k < pages else 0 < len(mine) <= 5  # 5 items a page
            rows += mine
            nxt = found(url, r'<li class="next"><a href="([^"]+)">下一页</a></li>', text)
            url = nxt[0] if nxt else ""
        assert walked == [f"{col}list-{n}.html" for n in range(1, pages + 1)]
        assert '<li class="next disabled"><a href="javascript:;">下一页</a></li>' in text
        assert missing(f"{col}list-{pages + 1}.html")
        latest = found(zwgk[0], r'<li><a href="([^"]+)">[^<]+</a><span>\d{4}-\d\d-\d\d</span></li>', page(zwgk[0]))
        assert latest == rows[:3]
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "huanping-gov")
        assert len(truth_urls(province, "huanping-gov")) == counts["huanping-gov"] == total - 1
        others = [u for u in rows if u not in truth_urls(province, "huanping-gov")]
        assert [h for u in others for h in re.findall(r'<h1 class="wz-t">([^<]+)</h1>', page(u))] == [
            "洹坪县召开2024年政务公开业务培训会"]

        # hub: 县直部门 one pipe-separated line → sub-host lists "第k页/共N页"; towns' table; the 工作动态 box
        hub = "http://www.haoyuan.gov.test/zwgk/gknb/bmxz.html"
        assert starts["haoyuan-bmnb"] == [hub]
        assert links("http://www.haoyuan.gov.test/", r'<a href="([^"]+)">部门和乡镇年报</a>') == [hub]
        first = page(hub)
        line = re.search(r'<p class="bm-line">(.*?)</p>', first)
        assert line and re.sub(r"<[^>]+>", "", line[1]) == "县发改局 | 县应急局"
        depts = re.findall(r'<a href="([^"]+)" target="_blank">([^<]+)</a>', line[1])
        rows, sizes = [], []
        entry = r'<p><a href="(/xxgk/ndbg/\d{4}/\d+\.html)">[^<]+</a><i>\d{4}-\d\d-\d\d</i></p>'
        for lst, short in depts:
            first = page(lst)
            pages = declared_number(r"<span>第1页/共(\d+)页</span>", first)
            held, walked, url = [], [], lst
            while url and len(walked) < 10:
                walked.append(url)
                text = page(url)
                assert f"<span>第{len(walked)}页/共{pages}页</span>" in text
                assert ("上一页" in text) == (len(walked) > 1)
                mine = found(url, entry, text)
                assert 0 < len(mine) <= 3
                held += mine
                nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
                url = nxt[0] if nxt else ""
            assert walked == [lst] + [lst.replace(".html", f"_{n}.html") for n in range(2, pages + 1)]
            assert missing(lst.replace(".html", f"_{pages + 1}.html")) and missing(lst.replace(".html", "/2.html"))
            assert 3 * (pages - 1) < len(held) <= 3 * pages
            assert all(urlsplit(u).netloc == urlsplit(lst).netloc for u in held)
            sizes.append((short, urlsplit(lst).netloc, len(held), pages))
            rows += held
        assert sizes == [("县发改局", "fgj.haoyuan.gov.test", 4, 2), ("县应急局", "yjj.haoyuan.gov.test", 3, 1)]
        first = page(hub)
        table = re.search(r'<table class="xz-nb" width="100%" border="0"><tr><th>乡镇</th><th>报告名称</th>'
                          r'<th>发布日期</th></tr>(.*?)</table>', first)
        assert table
        towns = re.findall(r'<tr><td>([^<]+)</td><td><a href="(http://[a-z]+\.haoyuan\.gov\.test/gk/nb/\d+\.html)" '
                           r'target="_blank">([^<]+)</a></td><td>\d{4}-\d\d-\d\d</td></tr>', table[1])
        assert [(town, urlsplit(u).netloc) for town, u, _ in towns] == [
            ("濠城镇", "hcz.haoyuan.gov.test"), ("濠城镇", "hcz.haoyuan.gov.test"), ("石峡乡", "sxx.haoyuan.gov.test")]
        for _, url, title in towns:
            assert f"<h2>{title}</h2>" in page(url)
            rows.append(url)
        rows += found(hub, r'<div class="gz"><h4>工作动态</h4><a href="([^"]+)">', first)
        assert len(rows) == len(set(rows)) == counts["haoyuan-bmnb"]
        assert set(rows) == truth_urls(province, "haoyuan-bmnb")

        # AOLserver (GB18030): home → 目录 → 栏目 B07; "共N条　分N页　" and bracketed numbers, no 上一页/下一页
        site = "http://www.huanchuan.gov.test/"
        lst = site + "gkml/lmlist.adp?lmbh=B07"
        assert starts["huanchuan-gkml"] == [lst]
        gkml = links(site, r'<A HREF="([^"]+)">政府信息公开目录</A>', "gb18030")
        assert gkml == [site + "gkml/index.adp"] and page(site, "gb18030") == page(site + "index.adp", "gb18030")
        assert links(gkml[0], r'<TD><A HREF="([^"]+)">政府信息公开工作年度报告</A></TD>', "gb18030") == [lst]
        first = page(lst, "gb18030")
        total = declared_number(r'<TD Class="fy" ALIGN=RIGHT>共(\d+)条　分\d+页　', first)
        pages = declared_number(r'<TD Class="fy" ALIGN=RIGHT>共\d+条　分(\d+)页　', first)
        assert pages == -(-total // 5) == 3
        assert "<TH>序号</TH><TH>索引号</TH><TH>信息名称</TH><TH>生成日期</TH></TR>" in first
        row = (r'<TR><TD>(\d+)</TD><TD>(HC-B07-\d{4}-\d{4})</TD><TD ALIGN=LEFT><A HREF="(xxnr\.adp\?syh=HC-B07-\d{4}-'
               r'\d{4})" TITLE="[^"]+">[^<]+</A></TD><TD>\d{4}-\d\d-\d\d</TD></TR>')
        rows, serials = [], []
        for k in range(1, pages + 1):
            url = lst if k == 1 else f"{lst}&pg={k}"
            text = page(url, "gb18030")
            fy = re.search(r'<TD Class="fy" ALIGN=RIGHT>共\d+条　分\d+页　(.*?)</TD>', text)
            assert fy and fy[1] == " ".join(
                f"[{n}]" if n == k else f'<A HREF="lmlist.adp?lmbh=B07&pg={n}">[{n}]</A>' for n in range(1, pages + 1))
            assert "上一页" not in text and "下一页" not in text
            triples: list[tuple[str, str, str]] = re.findall(row, text)
            assert 0 < len(triples) <= 5 and all(h.endswith(syh) for _, syh, h in triples)
            rows += [urljoin(url, h) for _, _, h in triples]
            serials += [int(n) for n, _, _ in triples]
        assert page(f"{lst}&pg=1", "gb18030") == first
        assert serials == list(range(1, total + 1))
        for beyond in (f"{lst}&pg={pages + 1}", f"{lst}&pg=0", site + "gkml/lmlist.adp?lmbh=B08"):
            text = page(beyond, "gb18030")
            assert "栏目不存在" in text and "xxnr.adp" not in text, beyond
        assert "信息不存在" in page(site + "gkml/xxnr.adp?syh=HC-B07-2024-0000", "gb18030")
        assert all(u.startswith(site + "gkml/xxnr.adp?syh=HC-B07-") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "huanchuan-gkml")
        assert len(truth_urls(province, "huanchuan-gkml")) == counts["huanchuan-gkml"] == total - 2
        others = [u for u in rows if u not in truth_urls(province, "huanchuan-gkml")]
        heads = [h for u in others for h in re.findall(r"<FONT SIZE=5>([^<]+)</FONT>", page(u, "gb18030"))]
        assert sorted(heads) == sorted(["关于开展政府信息公开目录梳理工作的通知",
                                        "关于调整县政务公开工作领导小组成员的通知"])

        # DotNetNuke (cms: auto): home menu → 信息公开 → submenu 年报; EasyDNNnews 5 a page, /PgrID/1422/PageID/N
        home = "http://www.chuping.gov.test/"
        assert starts["chuping-gov"] == [home]
        first = page(home)
        assert '<meta name="generator" content="DotNetNuke" />' in first and 'id="__VIEWSTATE"' in first
        menu = re.search(r'<ul class="dnnmega">(.*?)</ul>', first)
        assert menu and found(home, r'<a href="([^"]+)">信息公开</a>', menu[1]) == [home + "xxgk"]
        tab = home + "xxgk/zfxxgknb"
        sub = re.search(r'<div class="dnnSubMenu">(.*?)</div>', page(home + "xxgk"))
        assert sub and found(home, r'<a href="([^"]+)">政府信息公开年报</a>', sub[1]) == [tab]
        first = page(tab)
        numbers = [int(n) for n in re.findall(r'<a class="(?:active )?page" href="[^"]+">(\d+)</a>', first)]
        pages = max(numbers)
        assert numbers == list(range(1, pages + 1)) and pages == 3
        art = (r'<div class="edn_article edn_clearFix"><h2 class="edn_articleTitle"><a href="(/xxgk/zfxxgknb/ArtMID/'
               r'1422/ArticleID/\d+/[a-z0-9-]+)">[^<]+</a></h2><div class="edn_metaDetails"><time class="'
               r'edn_articleDate">\d{4}年\d\d月\d\d日</time> <span class="edn_articleAuthor">[^<]+</span></div>')
        rows, walked, url = [], [], tab
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<a class="active page" href="{urlsplit(url).path}">{len(walked)}</a>' in text
            mine = found(url, art, text)
            assert 0 < len(mine) <= 5
            rows += mine
            nxt = found(url, r'<a class="next" href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [tab] + [f"{tab}/PgrID/1422/PageID/{n}" for n in range(2, pages + 1)]
        assert 'class="next"' not in text and 'class="last"' not in text and '<a class="first"' in text
        assert missing(f"{tab}/PgrID/1422/PageID/{pages + 1}")
        assert 5 * (pages - 1) < len(rows) <= 5 * pages
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "chuping-gov")
        assert len(truth_urls(province, "chuping-gov")) == counts["chuping-gov"] == len(rows) - 1
        others = [u for u in rows if u not in truth_urls(province, "chuping-gov")]
        assert [h for u in others for h in re.findall(r'<h1 class="edn_articleTitle">([^<]+)</h1>', page(u))] == [
            "关于启用县政府信息公开平台的通知"]

        # Gatsby (no cms): home → /xxgk/ → 年度报告; "第 k / N 页", 较旧 → /2/, /3/; page-data.json says numPages
        home = "http://lsj.fenling.gov.test/"
        assert starts["fenling-lsj"] == [home]
        assert '<meta name="generator" content="Gatsby 5.13.3"/>' in page(home)
        assert links(home, r'<a href="([^"]+)">进入信息公开</a>') == [home + "xxgk/"]
        lst = home + "xxgk/ndbg/"
        assert links(home + "xxgk/", r'<li class="card"><a href="([^"]+)">年度报告</a></li>') == [lst]
        first = page(lst)
        pages = declared_number(r"<li><span>第 1 / (\d+) 页</span></li>", first)
        preload = found(lst, r'<link as="fetch" rel="preload" href="([^"]+)" crossorigin="anonymous"/>', first)
        assert preload == [home + "page-data/xxgk/ndbg/page-data.json"]
        assert json.loads(page(preload[0]))["result"]["pageContext"] == {"currentPage": 1, "numPages": pages,
                                                                         "limit": 4, "skip": 0}
        post = (r'<article class="post-list-item" itemscope="" itemType="http://schema\.org/Article"><header><h2>'
                r'<a href="(/xxgk/ndbg/[a-z0-9-]+/)" itemProp="url"><span itemProp="headline">[^<]+</span></a></h2>'
                r'<small>\d{4}年\d{1,2}月\d{1,2}日 · 来源：[^<]+</small></header></article>')
        rows, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f"<li><span>第 {len(walked)} / {pages} 页</span></li>" in text
            assert not re.search(r'<a href="/xxgk/ndbg/\d+/">\d+</a>', text)  # no page numbers
            mine = found(url, post, text)
            assert 0 < len(mine) <= 4
            rows += mine
            nxt = found(url, r'<a href="([^"]+)" rel="next">较旧 →</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}{n}/" for n in range(2, pages + 1)] and pages == 3
        assert 'rel="next"' not in text and 'rel="prev">← 较新</a>' in text
        assert missing(f"{lst}{pages + 1}/") and missing(f"{lst}page/2/")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "fenling-lsj")
        assert len(truth_urls(province, "fenling-lsj")) == counts["fenling-lsj"] == len(rows) - 2
        others = [u for u in rows if u not in truth_urls(province, "fenling-lsj")]
        heads = [h for u in others for h in re.findall(r'<h1 itemProp="headline">([^<]+)</h1>', page(u))]
        assert sorted(heads) == sorted(["关于开展2024年秋粮收购政策宣传的通知", "汾岭市粮食和物资储备局机构职能"])


def test_batch34_portal_contracts() -> None:
    """Registered as a user would (a family named, or ``cms: auto`` / none, three entries giving only a home page);
    the AOLserver pages' GB18030 bytes (a gb18030 header and meta, the ns_adp trailer); the one scan (fenling-lsj
    2019, image-only PDF, flagged) and its Gatsby static link; the TRS, 海云, 开普云 and AOLserver PDFs, the Hanweb,
    VSB (Referer needed) and DNN DOCX, the gkmlpt and hub OFD where their pages link them; the units abbreviated in
    their titles (or named only by their town) named in full on their pages."""
    assert_registered_as_a_user_would("batch34", BATCHES[:BATCHES.index("batch34")])
    entries = registry_entries(BATCH)
    assert {e["id"]: e.get("cms") for e in entries} == {
        "huiling-gov": "trs_classic", "hengchuan-gov": "hanweb", "qinxi-gov": "vsb", "maoshan-gov": "trs_haiyun",
        "tingling-gov": "gkmlpt", "huanping-gov": "kaipu", "haoyuan-bmnb": "hub", "huanchuan-gkml": "gkml_action",
        "chuping-gov": "auto", "fenling-lsj": None}
    assert all(len(e["start_urls"]) == 1 for e in entries)
    homes = [e["id"] for e in entries if urlsplit(e["start_urls"][0]).path in ("/", "/index.html")]
    assert homes == ["tingling-gov", "chuping-gov", "fenling-lsj"]

    province = build_unseen(BATCH)
    reports = province.reports()
    media = {t.media_type.split(";")[0] for t in reports}
    assert media == {"text/html", PDF, OFD, DOCX}
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # the AOLserver pages: GB18030 bytes under a gb18030 header and meta, and the ns_adp trailer
        site = "http://www.huanchuan.gov.test/"
        meta = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb18030">'
        legacy = next(t for t in reports if t.site_id == "huanchuan-gkml" and not t.report_url)
        for url in (site, site + "gkml/index.adp", site + "gkml/lmlist.adp?lmbh=B07",
                    site + "gkml/lmlist.adp?lmbh=B07&pg=2", legacy.url):
            status, content_type, body = fetch(server.proxy, url)
            text = body.decode("gb18030")
            assert (status, content_type) == (200, GB18030) and meta in text, url
            assert text.endswith("<!-- AOLserver/4.5.1 ns_adp -->\n") and "Powered by AOLserver" in text
            assert "洹川县".encode("gb18030") in body
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
        assert legacy.title in article(legacy.url, "gb18030")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("fenling-lsj", 2019)]
        scan = scans[0]
        assert scan.media_type == PDF and scan.url == "http://lsj.fenling.gov.test/xxgk/ndbg/2019-ndbg/"
        assert scan.report_url and re.fullmatch(r"http://lsj\.fenling\.gov\.test/static/[0-9a-f]{32}/"
                                                r"fllsj-2019-ndbg\.pdf", scan.report_url)
        link = re.search(r'<section itemProp="articleBody"><p>[^<]+（扫描件）：<a href="(/static/[0-9a-f]{32}/'
                         r'fllsj-2019-ndbg\.pdf)">fllsj-2019-ndbg\.pdf</a></p></section>', article(scan.url))
        assert link and urljoin(scan.url, link[1]) == scan.report_url
        assert fetch(server.proxy, scan.report_url)[:2] == (200, PDF)

        # every attachment: (site, media type) of the reports held in a file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url and t not in scans)
        assert attached == sorted([("huiling-gov", PDF), ("hengchuan-gov", DOCX), ("qinxi-gov", DOCX),
                                   ("maoshan-gov", PDF), ("tingling-gov", OFD), ("huanping-gov", PDF),
                                   ("haoyuan-bmnb", OFD), ("huanchuan-gkml", PDF), ("chuping-gov", DOCX)])

        # TRS classic: ./P0<date><12 digits>.pdf in div.fj, a sibling after div.TRS_Editor, in the article's folder
        url, report_url, text = pages.filed(reports, "huiling-gov")
        link = re.search(r'<DIV class="TRS_Editor"><STYLE>[^<]+</STYLE><P>[^<]+</P></DIV><DIV class="fj">附件：'
                         r'<A href="(\./P020250122\d{12}\.pdf)" target="_blank">', text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.rsplit("/", 1)[0] == url.rsplit("/", 1)[0]

        # Hanweb: the oldest /jcms/…/downfile.jsp?classid=0&filename=<32 hex>.docx&showname=… inside #zoom
        url, report_url, text = pages.filed(reports, "hengchuan-gov")
        link = re.search(r'<META name=ContentStart><DIV id=zoom><P><FONT face=仿宋_GB2312>[^<]+</FONT></P><P><A href="'
                         r'(/jcms/jcms_files/jcms1/web2871/site/module/download/downfile\.jsp\?classid=0&amp;filename='
                         r'[0-9a-f]{32}\.docx&amp;showname=[^"]+)" target="_blank">[^<]+\.docx</A></P></DIV>'
                         r'<META name=ContentEnd>', text)
        assert link and urljoin(url, link[1].replace("&amp;", "&")) == report_url
        assert report_url.endswith("&showname=" + quote("蘅川县人民政府2024年政府信息公开工作年度报告.docx"))
        status, content_type, body = fetch(server.proxy,
                                           re.sub(r"filename=[0-9a-f]{32}", "filename=" + "0" * 32, report_url))
        assert status == 404 and content_type.startswith("text/html") and "文件不存在" in body.decode()
        assert missing(report_url.replace("/jcms/jcms_files/jcms1/web2871/site", ""))

        # VSB: download.jsp?…&owner=1498825961&wbfileid=<n> in 附件【…】已下载…次; without a Referer a 4.9 KB HTML page
        report = next(t for t in reports if t.site_id == "qinxi-gov" and t.report_url)
        assert report.report_url and report.media_type == DOCX
        url, report_url, text = report.url, report.report_url, article(report.url)
        link = re.search(r'<div class="v_news_content"><p>[^<]+</p></div></div><ul style="list-style-type:none;"><li>'
                         r'附件【<a href="(/system/_content/download\.jsp\?urltype=news\.DownloadAttachUrl&amp;owner='
                         r'1498825961&amp;wbfileid=(\d+))" target="_blank">[^<]+\.docx</a>】已下载<span id="nattach'
                         r'(\d+)">', text)
        assert link and link[2] == link[3] and urljoin(url, link[1].replace("&amp;", "&")) == report_url
        assert fetch(server.proxy, report_url, referer=url)[:2] == (200, DOCX)
        status, content_type, body = fetch(server.proxy, report_url)
        assert (status, content_type) == (200, "text/html; charset=utf-8") and 4800 < len(body) < 5000
        assert "附件不存在或已过期" in body.decode()

        # 海云: ./P0<date><12 digits>.pdf with TRS's oldsrc="W0….pdf" in the editor view, in the article's folder
        url, report_url, text = pages.filed(reports, "maoshan-gov")
        link = re.search(r'<div class="view TRS_UEDITOR trs_paper_default"><p>附件：<a href="'
                         r'(\./P020250120\d{12}\.pdf)" oldsrc="(W020250120\d{12}\.pdf)" target="_blank">', text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.rsplit("/", 1)[0] == url.rsplit("/", 1)[0] and missing(urljoin(url, link[2]))

        # gkmlpt: /attachment/0/<k>/<k><n>/<id>.ofd in div.gk-attach and in DETAIL.attachment
        url, report_url, text = pages.filed(reports, "tingling-gov")
        link = re.search(r'<div class="gk-attach">附件：<a href="(/attachment/0/(\d+)/\2\d{3}/\d+\.ofd)">', text)
        assert link and urljoin(url, link[1]) == report_url
        detail = re.search(r"<script>var _page = \{DETAIL: (\{.*?\}), TREE: ", text)
        assert detail and [f["url"] for f in json.loads(detail[1])["attachment"]] == [link[1]]

        # 开普云: /upload/file/<yyyymmdd>/<id>.pdf in div.wz-fj after the literal <UCAPCONTENT>, with a filename
        url, report_url, text = pages.filed(reports, "huanping-gov")
        link = re.search(r'<div class="wenz"><UCAPCONTENT><p>[^<]+</p></UCAPCONTENT></div><div class="wz-fj"><span>'
                         r'附件下载：</span><a href="(/upload/file/20220124/\d+\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
        with opener.open(report_url, timeout=60) as response:
            assert response.headers["Content-Disposition"] == "attachment; filename*=UTF-8''" + quote(
                "洹坪县人民政府2021年政府信息公开工作年度报告.pdf")

        # hub: the 发改局's article links /xxgk/ndbg/files/<id>.ofd as p.fj, on its own sub-host
        url, report_url, text = pages.filed(reports, "haoyuan-bmnb")
        link = re.search(r'<div class="art-con"><p>[^<]+</p><p class="fj">附件：<a href="(/xxgk/ndbg/files/\d+\.ofd)">',
                         text)
        assert link and urljoin(url, link[1]) == report_url
        assert urlsplit(url).netloc == urlsplit(report_url).netloc == "fgj.haoyuan.gov.test"

        # AOLserver: 附件：<A HREF="fj/<n>.pdf"> in DIV#xxnr, relative to /gkml/ (a GB18030 page)
        url, report_url, text = pages.filed(reports, "huanchuan-gkml", "gb18030")
        link = re.search(r'<DIV ID="xxnr"><P>　　现将[^<]+予以公开。</P><P>附件：<A HREF="(fj/(\d+)\.pdf)">'
                         r'\2\.pdf</A></P></DIV>', text)
        assert link and urljoin(url, link[1]) == report_url == f"{site}gkml/fj/{link[2]}.pdf"

        # DNN: a LinkClick.aspx file ticket in div.edn_articleDocuments, a DOCX with a filename; other tickets a 404
        url, report_url, text = pages.filed(reports, "chuping-gov")
        link = re.search(r'<div class="edn_articleContent"><p>[^<]+全文见附件。</p></div>'
                         r'<div class="edn_articleDocuments"><h4>附件</h4><ul><li><a href="'
                         r'(/LinkClick\.aspx\?fileticket=[0-9A-Za-z]{11}%3d&amp;tabid=58'
                         r'&amp;portalid=0&amp;mid=1422)" target="_blank">', text)
        assert link and urljoin(url, link[1].replace("&amp;", "&")) == report_url
        with opener.open(report_url, timeout=60) as response:
            assert response.headers["Content-Disposition"] == "attachment; filename*=UTF-8''" + quote(
                "滁坪县人民政府2023年政府信息公开工作年度报告.docx")
        status, _, body = fetch(server.proxy, re.sub(r"fileticket=[0-9A-Za-z]{11}", "fileticket=" + "a" * 11,
                                                     report_url))
        assert status == 404 and "File Not Found" in body.decode()

        # a unit abbreviated in its title (or named only by its town) is named in full on its page
        checked = 0
        for site_id, short in (("huiling-gov", "县财政局"), ("huiling-gov", "县卫健局"), ("huiling-gov", "龙潭镇"),
                               ("hengchuan-gov", "县教育局"), ("hengchuan-gov", "青石镇"), ("qinxi-gov", "县人社局"),
                               ("qinxi-gov", "县教育局"), ("qinxi-gov", "白沙镇"), ("maoshan-gov", "县自然资源局"),
                               ("maoshan-gov", "县农业农村局"), ("maoshan-gov", "枫林乡"), ("tingling-gov", "县卫健局"),
                               ("tingling-gov", "县交通运输局"), ("huanping-gov", "县财政局"),
                               ("huanping-gov", "县市场监管局"), ("huanping-gov", "洹水镇"),
                               ("haoyuan-bmnb", "县发改局"), ("haoyuan-bmnb", "县应急局"), ("haoyuan-bmnb", "濠城镇"),
                               ("haoyuan-bmnb", "石峡乡"), ("huanchuan-gkml", "县民政局"), ("huanchuan-gkml", "河口镇"),
                               ("chuping-gov", "县财政局"), ("chuping-gov", "县水利局"), ("chuping-gov", "龙泉镇"),
                               ("fenling-lsj", "市储备粮管理中心")):
            encoding = "gb18030" if site_id == "huanchuan-gkml" else "utf-8"
            checked += pages.units_named_in_full(reports, site_id, short, encoding)
        assert checked == 32


@pytest.mark.slow
def test_batch34_measurement_runs() -> None:
    m = assert_measurement_holds("batch34")
    # No address asked that the portals do not serve: batch 34 links no dead page, so a 404 is a page made up.
    assert not [url for run in m.runs for url in run.not_found]
