"""Issue 12, held-out batch 36 of the unseen province (govcrawl/province/unseen/batch36): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), the few contracts particular
to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's), and the measurement
holds on it — no non-report stored, none under another agency, every shortfall stated, every record as
docs/record.md says."""

from __future__ import annotations

import http.client
import json
import re
from datetime import datetime, timedelta, timezone
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

BATCH = ("batch36",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
GB18030 = "text/html; charset=GB18030"
CST = timezone(timedelta(hours=8))


def _starts() -> dict[str, list[str]]:
    """Each entry's start URLs, as the registry files give them (the walks below begin there)."""
    return {e["id"]: e["start_urls"] for e in registry_entries(BATCH)}


def _raw(proxy: str, url: str) -> tuple[int, http.client.HTTPMessage]:
    """The status and headers ``url`` answers through the fixture proxy, a redirect not followed."""
    parts = urlsplit(proxy)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=60)
    try:
        connection.request("GET", url)
        response = connection.getresponse()
        response.read()
        return response.status, response.headers
    finally:
        connection.close()


def test_batch36_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS classic ``createPageHTML(`` call written over lines with a ``//``
    comment after each argument, its function in ``/js/createPageHTML.js``, pages ``index_1.htm`` zero-based, from the
    home page; a Hanweb jpage ``perPage: 3, groupSize: 3, totalRecord: 11`` whose datastore embeds a whole group of
    nine records, the rest only from the data proxy, from the home page; a VSB short pager "第k/N页" of only 上页/下页,
    pages ``zfxxgknb/2.htm``, ``zfxxgknb/1.htm``, from the home page; a 海云 ``list.shtml`` column under
    ``createPageHTML("page_div", 3, 1, "list", "shtml", 11)`` defined in its own head, rows numbered across pages,
    from the home page; a gkmlpt whose sid is only in a ``JSON.parse('…')`` boot string, its API answering
    root-relative urls and Unix-time dates; a 开普云 column of extensionless pages ``list_2``, ``list_3`` under
    "第1/3页 共13条"; a hub of one ``<tbody>`` per group whose 进入栏目 links are ``/site/jump`` 302s to sub-host
    lists; a WebLogic Portal catalogue in GB18030 "共11条　第1/3页" with symbol-only pager links; Craft CMS
    "第 1–4 条，共 12 条" paged ``/p2``, from the home page; SharePoint 2010's "1 - 4" between image arrows, paged by
    ``PageFirstRow=``, from the home page) agrees with the entries the pages serve, and every report and decoy is among
    them."""
    province = build_unseen(BATCH)
    starts = _starts()
    counts = truth_counts(province)
    assert set(counts) == set(starts)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic: home → 信息公开 box / 政务公开 → column; createPageHTML( over lines with // comments
        home = "http://www.caoling.gov.test/"
        assert starts["caoling-gov"] == [home]
        root = home + "zwgk/zfxxgk/gznb/"
        col = root + "index.htm"
        assert links(home, r'<div class="xxgk-box"><h3>信息公开</h3><a href="([^"]+)">政府信息公开年报</a>') == [col]
        assert links(home, r'<a href="([^"]+)">政务公开</a><a href="/zwgk/">政府信息公开</a>') == [home + "zwgk/"]
        assert links(home + "zwgk/", r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [col]
        first = page(col)
        assert '<script src="/js/createPageHTML.js"></script>' in first and "function createPageHTML" not in first
        script = page(urljoin(col, "/js/createPageHTML.js"))
        assert "function createPageHTML(nPageCount, nCurrIndex, sPageName, sPageExt) {" in script
        assert 'return i === 0 ? sPageName + "." + sPageExt : sPageName + "_" + i + "." + sPageExt;' in script
        pages = declared_number(r'<div class="fenye"><script type="text/javascript">\ncreatePageHTML\(\n'
                                r"    (\d+),      // 总页数\n", first)
        row = (r'<li><a href="(\./\d{6}/t\d{8}_\d+\.htm)" title="([^"]+)" target="_blank">([^<]+)</a>'
               r'<span class="time">\[(\d{4}-\d\d-\d\d)\]</span></li>')
        rows, dates, cut = [], [], 0
        for k in range(pages):
            url = col if k == 0 else f"{root}index_{k}.htm"
            text = page(url)
            call = re.search(r'<div class="fenye"><script type="text/javascript">\n(createPageHTML\(\n.*?\n\);)\n'
                             r"</script></div>", text, re.S)
            assert call and call[1] == (f"createPageHTML(\n    {pages},      // 总页数\n"
                                        f"    {k},      // 当前页(从0开始)\n"
                                        '    "index",  // 文件名\n    "htm"     // 后缀\n);')
            listed = re.search(r'<ul class="list-ul">(.*?)</ul>', text)
            assert listed
            quads: list[tuple[str, str, str, str]] = re.findall(row, listed[1])
            assert 0 < len(quads) <= 4
            for h, title, shown, date in quads:
                # the link text is cut to 18 characters and "…"; the full title only in title=
                assert shown == (unescape(title) if len(unescape(title)) <= 18 else unescape(title)[:18] + "…")
                cut += shown.endswith("…")
                rows.append(urljoin(url, h))
                dates.append(date)
        assert pages == 3 and missing(f"{root}index_{pages}.htm") and missing(f"{root}index_0.htm")
        assert missing(f"{root}index_1.html") and cut >= 8
        assert 4 * (pages - 1) < len(rows) <= 4 * pages and dates == sorted(dates, reverse=True)
        assert len(rows) == len(set(rows)) == counts["caoling-gov"]
        assert set(rows) == truth_urls(province, "caoling-gov")

        # Hanweb: home → 政务公开 → column; the datastore holds a whole group (perPage × groupSize), the rest via proxy
        home = "http://www.hongxi.gov.test/"
        assert starts["hongxi-gov"] == [home]
        gk = home + "col/col1229553100/index.html"
        col = home + "col/col1229553108/index.html"
        assert links(home, r'<div class="main"><a href="([^"]+)">政务公开</a></div>') == [gk]
        assert links(gk, r'<ul class="lm"><li><a href="([^"]+)">政府信息公开年报</a></li></ul>') == [col]
        first = page(col)
        widgets: list[tuple[str, str, str]] = re.findall(
            r'<div id="(\d+)"><script type="text/xml"><datastore><recordset>(.*?)</recordset></datastore></script>'
            r'<script type="text/javascript">(.*?)</script></div>', first)
        assert len(widgets) == 1
        unit, embedded, script = widgets[0]
        per = declared_number(rf"^\$\('#{unit}'\)\.jpage\(\{{dataStore: \$\('#{unit} "
                              r"script\[type=\"text/xml\"\]'\), perPage: (\d+), ", script)
        group = declared_number(r"perPage: \d+, groupSize: (\d+), ", script)
        total = declared_number(r"groupSize: \d+, totalRecord: (\d+), proxyUrl: '/module/web/jpage/dataproxy\.jsp', ",
                                script)
        columnid = declared_number(r"ajaxParam: \{col: 1, appid: 1, webid: 4418, path: '/', columnid: (\d+), "
                                   rf"sourceContentType: 1, unitid: {unit}, webname: '泓溪县人民政府', "
                                   r"permissiontype: 0\}", script)
        pages = -(-total // per)
        assert (unit, per, group, total, columnid, pages) == ("7261034", 3, 3, 11, 1229553108, 4)
        record = (r'<record><!\[CDATA\[<div class="list-item"><p class="item-title"><a href="'
                  r'(/art/\d{4}/\d{1,2}/\d{1,2}/art_1229553108_\d+\.html)" title="[^"]+" target="_blank">[^<]+</a>'
                  r'</p><p class="item-info">来源：([^<|]+) \| (\d{4}-\d\d-\d\d)</p></div>\]\]></record>')
        head = [urljoin(col, h) for h, _, _ in re.findall(record, embedded)]
        assert len(head) == per * group < total  # a whole group embedded, not just one page
        proxy = urljoin(col, "/module/web/jpage/dataproxy.jsp")
        form = {"col": 1, "appid": 1, "webid": 4418, "path": "/", "columnid": columnid, "sourceContentType": 1,
                "unitid": unit, "webname": "泓溪县人民政府", "permissiontype": 0}

        def window(start: int, end: int, body: dict[str, object]) -> str:
            status, media, answer = fetch(server.proxy, f"{proxy}?startrecord={start}&endrecord={end}&perpage={per}",
                                          data=urlencode(body).encode())
            assert (status, media) == (200, "text/xml; charset=utf-8")
            return answer.decode()

        whole = window(1, per * pages, form)
        assert whole.startswith(f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{total}'
                                f"</totalrecord><totalpage>{pages}</totalpage><recordset>")
        triples: list[tuple[str, str, str]] = re.findall(record, whole)
        held = [urljoin(col, h) for h, _, _ in triples]
        assert held[:per * group] == head and len(held) == total
        rest = [urljoin(col, h) for h, _, _ in re.findall(record, window(per * group + 1, 2 * per * group, form))]
        assert head + rest == held and len(rest) == 2
        paged = []
        for n in range(1, pages + 1):
            mine = [urljoin(col, h) for h, _, _ in re.findall(record, window((n - 1) * per + 1, n * per, form))]
            assert 0 < len(mine) <= per
            get = page(f"{proxy}?{urlencode({'page': n, 'perpage': per, **form})}")
            assert [urljoin(col, h) for h, _, _ in re.findall(record, get)] == mine
            paged += mine
        assert paged == held
        bare = window(1, per, {k: v for k, v in form.items() if k != "columnid"})
        assert "<totalrecord>0</totalrecord>" in bare and re.findall(record, bare) == []
        assert [d for _, _, d in triples] == sorted((d for _, _, d in triples), reverse=True)
        sources = {urljoin(col, h): s for h, s, _ in triples}
        assert all(sources[t.url] == t.agency_name for t in province.reports() if t.site_id == "hongxi-gov")
        assert len(held) == len(set(held)) == counts["hongxi-gov"]
        assert set(held) == truth_urls(province, "hongxi-gov")

        # VSB: home → 政务公开 / 信息公开 box; a short pager (上页/下页, "第k页/共N页"); zfxxgknb/2.htm, zfxxgknb/1.htm
        home = "http://www.naochuan.gov.test/"
        assert starts["naochuan-gov"] == [home]
        col = home + "zwgk/zfxxgknb.htm"
        assert links(home, r'<div class="xxgk"><h3>信息公开</h3><a href="([^"]+)">政府信息公开年报</a></div>') == [col]
        assert links(home, r'<a href="([^"]+)">政务公开</a></div>') == [col]
        first = page(col)
        pages = declared_number(r'<span class="p_t">第1页/共(\d+)页</span></div>', first)
        item = (r'<li id="line_u8_\d"><a href="((?:\.\./){1,2}info/1035/\d+\.htm)" title="[^"]+" target="_blank">'
                r"[^<]+</a><span>(\d{4})年(\d\d)月(\d\d)日</span></li>")
        walked: list[str] = []
        rows, dates, url, text = [], [], col, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            pager = re.search(r'<div class="pb_sys_common pb_sys_short pb_sys_style3">(.*?)</div>', text)
            assert pager and pager[1].endswith(f'<span class="p_t">第{k}页/共{pages}页</span>')
            assert not re.search(r">\d+</a>", pager[1]) and "首页" not in pager[1] and "尾页" not in pager[1]
            assert ('<span class="p_prev_d p_fun_d">上页</span>' in pager[1]) == (k == 1)
            quads = re.findall(item, text)
            assert 0 < len(quads) <= 4
            assert all(h.startswith("../../" if k > 1 else "../info/") for h, _, _, _ in quads)
            rows += [urljoin(url, h) for h, _, _, _ in quads]
            dates += ["-".join(d) for _, *d in quads]
            nxt = found(url, r'<span class="p_next p_fun"><a href="([^"]+)">下页</a></span>', text)
            url = nxt[0] if nxt else ""
        assert walked == [col] + [f"{home}zwgk/zfxxgknb/{pages - k}.htm" for k in range(1, pages)]
        assert pages == 3 and '<span class="p_next_d p_fun_d">下页</span>' in text
        assert found(walked[-1], r'<span class="p_prev p_fun"><a href="([^"]+)">上页</a></span>', text) == [walked[-2]]
        assert missing(f"{home}zwgk/zfxxgknb/{pages}.htm") and dates == sorted(dates, reverse=True)
        assert all(u.startswith(home + "info/1035/") for u in rows) and 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) == counts["naochuan-gov"]
        assert set(rows) == truth_urls(province, "naochuan-gov")

        # 海云: home → 政府信息公开 → list.shtml; createPageHTML("page_div", …) defined in the page's own head
        home = "http://www.xunping.gov.test/"
        assert starts["xunping-gov"] == [home]
        root = home + "xxgk/zfxxgknb/"
        col = root + "list.shtml"
        assert links(home, r'<div class="main"><a href="([^"]+)">政府信息公开</a></div>') == [home + "xxgk/"]
        assert links(home + "xxgk/", r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [col]
        first = page(col)
        head_part = first.split("</head>")[0]
        assert ("function createPageHTML(divName, nPageCount, nCurrIndex, sPageName, sPageExt, nRecordCount) {"
                in head_part) and "<script src=" not in first
        assert 'return n == 1 ? sPageName + "." + sPageExt : sPageName + "_" + n + "." + sPageExt;' in head_part
        pages = declared_number(r'<div class="page" id="page_div"></div><script type="text/javascript">'
                                r'createPageHTML\("page_div", (\d+), 1, "list", "shtml", \d+\);</script>', first)
        total = declared_number(r'createPageHTML\("page_div", \d+, 1, "list", "shtml", (\d+)\);', first)
        assert pages == -(-total // 4) == 3
        div = (r'<div class="xxgk-row"><span class="num">(\d+)</span><a href="(\./\d{6}/content_\d+\.shtml)" '
               r'target="_blank">[^<]+</a><span class="fbjg">([^<]+)</span><span class="date">(\d{4}-\d\d-\d\d)</span>'
               r"</div>")
        rows, nums, dates, units = [], [], [], {}
        for n in range(1, pages + 1):
            url = col if n == 1 else f"{root}list_{n}.shtml"
            text = page(url)
            assert f'createPageHTML("page_div", {pages}, {n}, "list", "shtml", {total});' in text
            quads = re.findall(div, text)
            assert 0 < len(quads) <= 4
            for num, h, unit, date in quads:
                rows.append(urljoin(url, h))
                nums.append(int(num))
                units[urljoin(url, h)] = unit
                dates.append(date)
        assert nums == list(range(1, total + 1))  # numbered across pages
        assert missing(root + "list_1.shtml") and missing(f"{root}list_{pages + 1}.shtml")
        assert missing(root + "index.shtml")
        assert dates == sorted(dates, reverse=True)
        assert len(rows) == total == len(set(rows)) == counts["xunping-gov"]
        assert set(rows) == truth_urls(province, "xunping-gov")
        assert all(units[t.url] == t.agency_name for t in province.reports() if t.site_id == "xunping-gov")

        # gkmlpt: the sid only inside a JSON.parse('…') boot string; 4 a page; root-relative urls, Unix-time dates
        start = "http://www.linshui.gov.test/gkmlpt/index#3107"
        assert starts["linshui-gov"] == [start]
        home = "http://www.linshui.gov.test/"
        shell_url, col = urldefrag(start)
        assert links(home, r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [start]
        assert links(home, r'<li><a href="([^"]+)">政府信息公开目录</a></li>') == [shell_url]
        shell = page(shell_url)
        boot = re.search(r"<script>window\.__LS_GKML__=JSON\.parse\('([^']+)'\);</script>", shell)
        assert boot
        config = json.loads(boot[1])
        sid, size = config["site"]["sid"], config["entry"]["pageSize"]
        assert config == {"site": {"sid": sid, "name": "潾水县人民政府"},
                          "entry": {"column": int(col), "pageSize": size}, "api": "/gkmlpt/api/all/"}
        assert shell.count(sid) == 1 and "data-sid" not in shell and not re.search(r"[?&]sid=", shell)
        tree = re.search(r'<ul class="ls-tree">(.*?)</ul>', shell)
        assert tree and re.findall(r'<li><a href="#(\d+)">([^<]+)</a></li>', tree[1]) == [
            ("3105", "政府信息公开制度"), (col, "政府信息公开年报")]
        assert '<section id="ls-list"><div class="ls-loading">正在加载…</div></section>' in shell
        bundle = page(urljoin(shell_url, "/gkmlpt/static/app.7c1e.js"))
        assert 'c.api+o+"?page="+p+"&sid="+c.site.sid' in bundle and "Math.ceil(d.total/c.entry.pageSize)" in bundle
        assert sid not in bundle
        api = urljoin(shell_url, f"/gkmlpt/api/all/{col}?page=1&sid={sid}")
        answer = json.loads(page(api))
        total = answer["total"]
        assert set(answer) == {"articles", "total"}
        pages = -(-total // size)
        assert size == 4 and pages == 3
        rows, titles, publishers, stamps = [], {}, {}, []
        for n in range(1, pages + 1):
            data = json.loads(page(api.replace("page=1", f"page={n}")))
            assert data["total"] == total and 0 < len(data["articles"]) <= size
            for a in data["articles"]:
                assert set(a) == {"id", "title", "url", "publisher", "date"}
                assert a["url"] == f"/gkmlpt/content/3/{col}/post_{a['id']}.html"  # root-relative
                moment = datetime.fromtimestamp(a["date"], CST)
                assert isinstance(a["date"], int) and (moment.hour, moment.minute, moment.second) == (0, 0, 0)
                rows.append(urljoin(shell_url, a["url"]))
                titles[rows[-1]], publishers[rows[-1]] = a["title"], a["publisher"]
                stamps.append(a["date"])
        assert stamps == sorted(stamps, reverse=True)
        assert json.loads(page(api.replace("page=1", f"page={pages + 1}"))) == {"articles": [], "total": total}
        for wrong in (re.sub(r"sid=\d+", "sid=1", api), api.split("&sid=")[0], api.replace(f"/{col}?", "/3105?")):
            assert json.loads(page(wrong)) == {"articles": [], "total": 0}, wrong
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "linshui-gov")
        assert len(truth_urls(province, "linshui-gov")) == counts["linshui-gov"] == total - 1
        assert [titles[u] for u in rows if u not in truth_urls(province, "linshui-gov")] == [
            "潾水县召开2024年政务公开工作培训会"]
        for t in province.reports():
            if t.site_id == "linshui-gov":
                assert publishers[t.url] == t.agency_name
                assert datetime.fromtimestamp(
                    next(s for u, s in zip(rows, stamps, strict=True) if u == t.url), CST).date().isoformat() == (
                    t.doc.published_date if t.doc else None)

        # 开普云: home → 政府信息公开 → 更多>>; extensionless list pages list_2, list_3; relative extensionless links
        home = "http://www.jixi.gov.test/"
        lst = home + "gk/zfxxgknb/"
        assert starts["jixi-gov"] == [lst]
        assert links(home, r'<div class="kp-home"><a href="([^"]+)">政府信息公开</a>') == [home + "gk/"]
        assert links(home + "gk/", r'<a class="more" href="([^"]+)">更多&gt;&gt;</a>') == [lst]
        first = page(lst)
        pages = declared_number(r'<span class="kp-sum">第1/(\d+)页 共\d+条</span></div>', first)
        total = declared_number(r'<span class="kp-sum">第1/\d+页 共(\d+)条</span></div>', first)
        li = (r'<li><time>(\d{4}/\d\d/\d\d)</time><a href="(content_\d{7})" title="[^"]+" target="_blank">[^<]+</a>'
              r"</li>")
        rows, dates, walked, url, text = [], [], [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            bar = re.search(r'<div class="kp-pagebar">(.*?)</div>', text)
            assert bar and bar[1].endswith(f'<span class="kp-sum">第{k}/{pages}页 共{total}条</span>')
            assert f"<b>{k}</b>" in bar[1] and "首页" not in bar[1]
            assert found(url, r'<a href="([^"]+)">\d+</a>', bar[1]) == [
                lst if n == 1 else f"{lst}list_{n}" for n in range(1, pages + 1) if n != k]
            assert found(url, r'<a href="([^"]+)">末页</a>', bar[1]) == [f"{lst}list_{pages}"]
            assert ('<span class="off">上一页</span>' in bar[1]) == (k == 1)
            pairs = re.findall(li, text)
            assert len(pairs) == 5 if k < pages else 0 < len(pairs) <= 5
            rows += [urljoin(url, h) for _, h in pairs]
            dates += [d for d, _ in pairs]
            nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}list_{n}" for n in range(2, pages + 1)] and pages == 3
        assert '<span class="off">下一页</span>' in text and dates == sorted(dates, reverse=True)
        for gone in (f"{lst}list_{pages + 1}", lst + "list_1", lst + "list_2.html", lst + "index.html"):
            assert missing(gone), gone
        # the links resolve against the folder; against a list path without its slash they are 404s
        assert all(re.fullmatch(r"http://www\.jixi\.gov\.test/gk/zfxxgknb/content_\d{7}", u) for u in rows)
        assert missing(urljoin(lst.rstrip("/"), urlsplit(rows[0]).path.rsplit("/", 1)[1]))
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "jixi-gov")
        assert len(truth_urls(province, "jixi-gov")) == counts["jixi-gov"] == total - 2
        others = [u for u in rows if u not in truth_urls(province, "jixi-gov")]
        assert sorted(h for u in others for h in re.findall(r'<h1 class="kp-h1">([^<]+)</h1>', page(u))) == sorted(
            ["漈溪县2024年政务公开工作推进会召开", "漈溪县2022年政务开放日活动顺利举办"])

        # hub: one <tbody> per group; 进入栏目 are /site/jump 302s to sub-host lists; year links; a notice line
        site = "http://www.huangkou.gov.test/"
        hub = site + "zwgk/bmnb/"
        assert starts["huangkou-bmnb"] == [hub]
        assert links(site, r'<li><a href="([^"]+)">部门乡镇年报</a></li>') == [hub]
        first = page(hub)
        table = re.search(r'<table class="hk-nb"><thead><tr><th>序号</th><th>单位</th><th>年度报告</th>'
                          r"<th>年报栏目</th></tr></thead>(.*?)</table>", first)
        assert table
        bodies = re.findall(r'<tbody><tr class="grp"><th colspan="4">([^<]+)</th></tr>(.*?)</tbody>', table[1])
        assert [g for g, _ in bodies] == ["县直部门", "乡镇"] and table[1].count("<tbody>") == 2
        cells = [(g, *c) for g, body in bodies for c in re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td><td>(.*?)</td>"
                                                                  r"<td>(.*?)</td></tr>", body)]
        assert [(g, int(n), name) for g, n, name, _, _ in cells] == [
            ("县直部门", 1, "县教育局"), ("县直部门", 2, "县水利局"), ("县直部门", 3, "县财政局"),
            ("乡镇", 4, "湟源镇"), ("乡镇", 5, "石门乡")]
        years = {name: found(hub, r'<a href="([^"]+)" target="_blank">\d{4}年度</a>', y) for _, _, name, y, _ in cells}
        labels = {name: re.findall(r">(\d{4}年度)</a>", y) for _, _, name, y, _ in cells}
        jumps = {name: found(hub, r'<a href="([^"]+)" target="_blank">进入栏目</a>', c) for _, _, name, _, c in cells}
        assert labels == {"县教育局": [], "县水利局": [], "县财政局": ["2023年度"], "湟源镇": ["2024年度"],
                          "石门乡": ["2022年度"]}
        assert [(name, y) for _, _, name, y, _ in cells if y == "—"] == [("县教育局", "—"), ("县水利局", "—")]
        assert jumps == {"县教育局": [site + "site/jump?sid=1001"], "县水利局": [site + "site/jump?sid=1002"],
                         "县财政局": [], "湟源镇": [], "石门乡": []}
        assert [name for _, _, name, _, c in cells if c == "—"] == ["县财政局", "湟源镇", "石门乡"]
        targets = {}
        for name, (jump,) in ((n, j) for n, j in jumps.items() if j):
            status, headers = _raw(server.proxy, jump)
            assert status == 302, jump
            targets[name] = headers["Location"]
        assert targets == {"县教育局": "http://jyj.huangkou.gov.test/xxgk/ndbg/",
                           "县水利局": "http://slj.huangkou.gov.test/gk/nb.html"}
        assert "站点不存在或已关闭" in page(site + "site/jump?sid=1003")
        rows, subs = [], []
        # 县教育局: jy-rows, 3 a page, "首页 1 2 下一页" → index_2.html
        lst = targets["县教育局"]
        assert page(jumps["县教育局"][0]) == page(lst)  # the jump, followed, lands on the list
        entry = r'<p><a href="(\./\d{4}/\d+\.shtml)" title="[^"]+">[^<]+</a><i>\d{4}-\d\d-\d\d</i></p>'
        held, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            fy = re.search(r'<div class="jy-fy">(.*?)</div>', text)
            assert fy and re.sub(r"<[^>]+>", "", fy[1]) == "首页 1 2 下一页"
            assert '<div class="dw">湟口县教育局</div>' in text
            mine = found(url, entry, text)
            assert 0 < len(mine) <= 3
            held += mine
            nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst, lst + "index_2.html"] and missing(lst + "index_3.html")
        subs.append(("县教育局", urlsplit(lst).netloc, len(held), len(walked)))
        rows += held
        # 县水利局: one page, ul.sl-nb
        lst = targets["县水利局"]
        held = found(lst, r'<li><a href="(/gk/nb/\d+\.html)">[^<]+</a><span>\d{4}-\d\d-\d\d</span></li>', page(lst))
        subs.append(("县水利局", urlsplit(lst).netloc, len(held), 1))
        rows += held
        assert subs == [("县教育局", "jyj.huangkou.gov.test", 4, 2), ("县水利局", "slj.huangkou.gov.test", 3, 1)]
        for name, agency in (("县财政局", "湟口县财政局"), ("湟源镇", "湟口县湟源镇人民政府"),
                             ("石门乡", "湟口县石门乡人民政府")):
            (url,) = years[name]
            assert urlsplit(url).netloc == "www.huangkou.gov.test"
            assert f'<div class="info">来源：{agency}　日期：' in page(url), url
            rows.append(url)
        assert years["县教育局"] == years["县水利局"] == []
        rows += links(hub, r'<p class="hk-tz">通知：<a href="([^"]+)">')
        assert len(rows) == len(set(rows)) == counts["huangkou-bmnb"]
        assert set(rows) == truth_urls(province, "huangkou-bmnb")

        # WebLogic Portal (GB18030): / → meta refresh → desktop → 类别 12; "共N条　第k/N页", symbol-only pager links
        site = "http://www.miaoxi.gov.test/"
        desk = site + "gkml/gkml.portal"
        lst = desk + "?_nfpb=true&_pageLabel=gkml_list&_windowLabel=gkmlList&gkmlList_lbid=12"
        assert starts["miaoxi-gkml"] == [lst]
        assert links(site, r'<meta http-equiv="refresh" content="0;url=([^"]+)">', "gb18030") == [desk]
        assert links(desk, r'<ul class="wlp-tree">.*<li><a href="([^"]+)">12 政府信息公开年报</a></li></ul>',
                     "gb18030") == [lst]
        for url in (site, desk, lst):
            status, content_type, body = fetch(server.proxy, url)
            assert (status, content_type) == (200, GB18030) and "charset=GB18030" in body.decode("gb18030"), url
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
        first = page(lst, "gb18030")
        assert '<div class="bea-portal-window-titlebar">政府信息公开年报</div>' in first
        assert "Powered by BEA WebLogic" in first
        total = declared_number(r'<td class="wlp-pager" align="right">共(\d+)条　第1/\d+页　', first)
        pages = declared_number(r'<td class="wlp-pager" align="right">共\d+条　第1/(\d+)页　', first)
        assert pages == -(-total // 4) == 3
        tr = (r'<tr><td class="c1">(\d+)</td><td class="c2">(011532600/\d{4}-\d{5})</td><td class="c3"><a href="'
              r'([^"]+)" title="([^"]+)" target="_blank">([^<]+)</a></td><td class="c4">(\d{4})年(\d\d)月(\d\d)日</td>'
              r"</tr>")
        rows, nums, dates, walked, url, text = [], [], [], [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url, "gb18030")
            k = len(walked)
            pager = re.search(r'<td class="wlp-pager" align="right">(.*?)</td>', text)
            assert pager and pager[1].startswith(f"共{total}条　第{k}/{pages}页　")
            assert re.sub(r"<[^>]+>", "", pager[1]).endswith("|&lt; &lt; &gt; &gt;|")  # symbols, no words shown
            assert ('<span class="off" title="首页">|&lt;</span>' in pager[1]) == (k == 1)
            assert ('<span class="off" title="末页">&gt;|</span>' in pager[1]) == (k == pages)
            rowz = re.findall(tr, text)
            assert 0 < len(rowz) <= 4
            for num, _, h, title, shown, *ymd in rowz:
                assert title == shown
                rows.append(urljoin(url, unescape(h)))
                nums.append(int(num))
                dates.append("-".join(ymd))
            nxt = found(url, r'<a href="([^"]+)" title="下一页">&gt;</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}&gkmlList_pageNo={n}" for n in range(2, pages + 1)]
        assert nums == list(range(1, total + 1)) and dates == sorted(dates, reverse=True)
        assert page(f"{lst}&gkmlList_pageNo=1", "gb18030") == first
        for beyond in (f"{lst}&gkmlList_pageNo={pages + 1}", f"{lst}&gkmlList_pageNo=0",
                       lst.replace("lbid=12", "lbid=13")):
            status, media, body = fetch(server.proxy, beyond)
            assert (status, media) == (200, GB18030) and "参数错误" in body.decode("gb18030"), beyond
        assert "信息不存在" in page(re.sub(r"xxid=\d+", "xxid=1", rows[0]), "gb18030")
        assert len(rows) == total == len(set(rows)) == counts["miaoxi-gkml"]
        assert set(rows) == truth_urls(province, "miaoxi-gkml")

        # Craft CMS (cms: auto): home → 政务公开 → tile; "第 a–b 条，共 N 条"; /zwgk/ndbg/p2, /p3; no trailing slash
        home = "http://www.zhuchuan.gov.test/"
        assert starts["zhuchuan-gov"] == [home]
        lst = home + "zwgk/ndbg"
        card = r'<section class="card"><h2>政务公开</h2><ul><li><a href="([^"]+)">政府信息公开年报</a>'
        assert links(home, card) == [lst]
        assert links(home, r'<li><a href="([^"]+)">政务公开</a></li>') == [home + "zwgk"]
        assert links(home + "zwgk", r'<a class="tile" href="([^"]+)">政府信息公开年报</a>') == [lst]
        first = page(lst)
        total = declared_number(r'<nav class="pagination" aria-label="分页"><p>第 1–\d+ 条，共 (\d+) 条</p>', first)
        size = declared_number(r'<nav class="pagination" aria-label="分页"><p>第 1–(\d+) 条，', first)
        pages = -(-total // size)
        assert size == 4 and pages == 3
        entry = (r'<li class="entry py-4"><time class="text-sm text-slate-500" datetime="(\d{4}-\d\d-\d\d)">'
                 r'[^<]+</time><h2 class="text-lg"><a href="(/zwgk/ndbg/[a-z0-9-]+)">[^<]+</a></h2>')
        rows, dates, walked, url, text = [], [], [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            nav = re.search(r'<nav class="pagination" aria-label="分页">(.*?)</nav>', text)
            assert nav and nav[1].startswith(f"<p>第 {size * (k - 1) + 1}–{min(size * k, total)} 条，共 {total} 条</p>")
            assert re.findall(r'<li aria-current="page"><span>(\d+)</span></li>', nav[1]) == [str(k)]
            assert found(url, r'<li><a href="([^"]+)">\d+</a></li>', nav[1]) == [
                lst if n == 1 else f"{lst}/p{n}" for n in range(1, pages + 1) if n != k]
            assert ('<a class="prev" href=' in nav[1]) == (k > 1) and "/p1" not in text
            pairs = re.findall(entry, text)
            assert 0 < len(pairs) <= size
            rows += [urljoin(url, h) for _, h in pairs]
            dates += [d for d, _ in pairs]
            nxt = found(url, r'<a class="next" href="([^"]+)">下页 →</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}/p{n}" for n in range(2, pages + 1)]
        assert '<a class="next"' not in text and dates == sorted(dates, reverse=True)
        assert page(lst + "/p1") == first and missing(f"{lst}/p{pages + 1}") and missing(lst + "/")
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "zhuchuan-gov")
        assert len(truth_urls(province, "zhuchuan-gov")) == counts["zhuchuan-gov"] == total - 1
        others = [u for u in rows if u not in truth_urls(province, "zhuchuan-gov")]
        assert [h for u in others for h in re.findall(r'<article class="prose max-w-none"><h1>([^<]+)</h1>', page(u))] \
            == ["关于开展2024年“政务公开日”活动的通知"]

        # SharePoint 2010 (no cms): home → 信息公开 → Quick Launch → list view; "a - b" between image arrows
        home = "http://ylbzj.siyang.gov.test/"
        assert starts["siyang-ylbzj"] == [home]
        assert page(home) == page(home + "SitePages/Home.aspx")
        xxgk = home + "xxgk/default.aspx"
        lst = home + "xxgk/Lists/ndbg/AllItems.aspx"
        assert links(home, r'<li class="static"><a class="static menu-item" href="([^"]+)">信息公开</a></li>') == [xxgk]
        assert links(xxgk, r'<div class="s4-ql">.*?<li><a class="static menu-item" href="([^"]+)">政府信息公开年度报告'
                           r"</a></li>") == [lst]
        item = (r'<tr(?: class="ms-alternating")?><td class="ms-vb-title"><div class="ms-vb itx"><a href="'
                r'(/xxgk/Lists/ndbg/DispForm\.aspx\?ID=(\d+))" onfocus="OnLink\(this\)" onclick="EditLink2\(this,17\);'
                r'return false;" target="_self">([^<]+)</a></div></td><td class="ms-vb2">[^<]+</td><td class="ms-vb2">'
                r"<nobr>(\d{4})/(\d{1,2})/(\d{1,2})</nobr></td></tr>")
        rows, walked, url, text, firsts = [], [], lst, "", []
        stamped: list[tuple[int, int, int]] = []
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            assert '<table class="ms-listviewtable" summary="政府信息公开年度报告"' in text
            bar = re.search(r'<table class="ms-bottompaging" width="100%">(.*?)</table></td></tr></table>', text)
            assert bar and "共" not in bar[1] and not re.search(r">\d+</a>", bar[1])
            span = re.findall(r'<td class="ms-paging">(\d+) - (\d+)</td>', bar[1])
            assert len(span) == 1
            low, high = int(span[0][0]), int(span[0][1])
            items = re.findall(item, text)
            assert low == len(rows) + 1 and high == low + len(items) - 1 and 0 < len(items) <= 4
            assert re.findall(r"<tr( class=\"ms-alternating\")?><td class=\"ms-vb-title\">", text) == [
                "" if i % 2 == 0 else ' class="ms-alternating"' for i in range(len(items))]
            ids = [i for _, i, *_ in items]
            prev = re.findall(r'<a href="([^"]+)"><img src="/_layouts/images/prev\.gif" border="0" alt="上一页" /></a>',
                              bar[1])
            assert len(prev) == (k > 1)
            if prev:
                assert unescape(prev[0]) == (f"/xxgk/Lists/ndbg/AllItems.aspx?Paged=TRUE&PagedPrev=TRUE&p_ID={ids[0]}"
                                             f"&PageFirstRow={max(low - 4, 1)}&View=%7b6F2C1D3A-8B47-4E0A-9C15-"
                                             "2D7E4A1B9F30%7d")
            rows += [urljoin(url, h) for h, *_ in items]
            stamped += [(int(y), int(m), int(d)) for *_, y, m, d in items]
            firsts.append(low)
            nxt = found(url, r'<a href="([^"]+)"><img src="/_layouts/images/next\.gif" border="0" alt="下一页" /></a>',
                        bar[1])
            if nxt:
                assert f"&p_ID={ids[-1]}&PageFirstRow={high + 1}&" in nxt[0]
            url = nxt[0] if nxt else ""
        assert len(walked) == 3 and firsts == [1, 5, 9] and stamped == sorted(stamped, reverse=True)
        for n, low in enumerate(firsts):  # the server pages by PageFirstRow alone
            assert [urljoin(lst, h) for h, *_ in re.findall(item, page(f"{lst}?PageFirstRow={low}"))] == \
                rows[4 * n:4 * n + 4]
        assert "项不存在" in page(home + "xxgk/Lists/ndbg/DispForm.aspx?ID=999")
        total = len(rows)  # the last page's "a - b" ends at the list's size
        assert total == 11 and rows == list(dict.fromkeys(rows))
        assert set(rows) > truth_urls(province, "siyang-ylbzj")
        assert len(truth_urls(province, "siyang-ylbzj")) == counts["siyang-ylbzj"] == total - 1
        others = [u for u in rows if u not in truth_urls(province, "siyang-ylbzj")]
        assert [h for u in others for h in re.findall(r"<nobr>标题</nobr></h3></td><td valign=\"top\" "
                                                      r'class="ms-formbody" width="400px">([^<]+)</td>', page(u))] == [
            "关于调整2024年度城乡居民医保个人缴费标准的通知"]


def test_batch36_portal_contracts() -> None:
    """Registered as a user would (a family named, or ``cms: auto`` / none, four named entries and both unnamed ones
    giving only a home page); no image-only scan in this batch; the WebLogic pages' GB18030 bytes, Craft's
    ``X-Powered-By`` and SharePoint's ``MicrosoftSharePointTeamServices`` headers; the TRS, VSB, gkmlpt, Craft and
    SharePoint PDFs, the Hanweb and WebLogic DOCX, the 开普云 OFD where their pages link them; the units abbreviated
    in their titles (or named only by their town) named in full in the field their docstring names."""
    assert_registered_as_a_user_would("batch36", BATCHES[:BATCHES.index("batch36")])
    entries = registry_entries(BATCH)
    assert {e["id"]: e.get("cms") for e in entries} == {
        "caoling-gov": "trs_classic", "hongxi-gov": "hanweb", "naochuan-gov": "vsb", "xunping-gov": "trs_haiyun",
        "linshui-gov": "gkmlpt", "jixi-gov": "kaipu", "huangkou-bmnb": "hub", "miaoxi-gkml": "gkml_action",
        "zhuchuan-gov": "auto", "siyang-ylbzj": None}
    assert all(len(e["start_urls"]) == 1 for e in entries)
    homes = [e["id"] for e in entries if urlsplit(e["start_urls"][0]).path in ("/", "/index.html")]
    assert homes == ["caoling-gov", "hongxi-gov", "naochuan-gov", "xunping-gov", "zhuchuan-gov", "siyang-ylbzj"]

    province = build_unseen(BATCH)
    reports = province.reports()
    media = {t.media_type.split(";")[0] for t in reports}
    assert media == {"text/html", PDF, OFD, DOCX}
    # at most one scan flagged image_only — and batch 36 has none
    assert [t for t in reports if "image_only" in t.flags] == [] and all(not t.flags for t in reports)
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # every attachment: (site, media type) of the reports held in a file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url)
        assert attached == sorted([("caoling-gov", PDF), ("hongxi-gov", DOCX), ("naochuan-gov", PDF),
                                   ("linshui-gov", PDF), ("jixi-gov", OFD), ("miaoxi-gkml", DOCX),
                                   ("zhuchuan-gov", PDF), ("siyang-ylbzj", PDF)])

        # the WebLogic pages: GB18030 bytes under the GB18030 header, "Powered by BEA WebLogic"
        legacy = next(t for t in reports if t.site_id == "miaoxi-gkml" and not t.report_url)
        for url in ("http://www.miaoxi.gov.test/gkml/gkml.portal", "http://www.miaoxi.gov.test/wza.html", legacy.url):
            status, content_type, body = fetch(server.proxy, url)
            assert (status, content_type) == (200, GB18030) and "Powered by BEA WebLogic" in body.decode("gb18030")
            assert "淼溪县".encode("gb18030") in body
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
        assert legacy.title in article(legacy.url, "gb18030")
        # Craft answers every page (a 404 too) with X-Powered-By; SharePoint with its team-services header
        for url in ("http://www.zhuchuan.gov.test/", "http://www.zhuchuan.gov.test/zwgk/ndbg/p2",
                    "http://www.zhuchuan.gov.test/zwgk/ndbg/p9"):
            assert _raw(server.proxy, url)[1]["X-Powered-By"] == "Craft CMS", url
        for url in ("http://ylbzj.siyang.gov.test/", "http://ylbzj.siyang.gov.test/xxgk/Lists/ndbg/AllItems.aspx",
                    "http://ylbzj.siyang.gov.test/xxgk/Lists/ndbg/DispForm.aspx?ID=3"):
            headers = _raw(server.proxy, url)[1]
            assert headers["MicrosoftSharePointTeamServices"] == "14.0.0.6029" and headers["X-AspNet-Version"], url

        # TRS classic: ./P0<date><12 digits>.pdf in div.fj after the TRS_Editor div, the article's own folder
        url, report_url, text = pages.filed(reports, "caoling-gov")
        link = re.search(r'<div class="TRS_Editor"><style>[^<]+</style><p>[^<]+全文见附件。</p></div><div class="fj">'
                         r'<p>附件：</p><ul><li><a href="(\./P020250122\d{12}\.pdf)" target="_blank">[^<]+\.pdf</a>'
                         r"</li></ul></div></div>", text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.rsplit("/", 1)[0] == url.rsplit("/", 1)[0]

        # Hanweb: downfile.jsp?classid=0&showname=…&filename=<32 hex>.docx under 附件： inside #zoom's markers
        url, report_url, text = pages.filed(reports, "hongxi-gov")
        link = re.search(r'<DIV id="zoom"><!--<\$\[信息内容\]>begin--><META name=ContentStart>'
                         r'<P>现将[^<]+予以公布。</P><P>附件：<A href="(/module/download/downfile\.jsp\?'
                         r'classid=0&amp;showname=[^"&]+&amp;'
                         r'filename=[0-9a-f]{32}\.docx)">[^<]+\.docx</A></P><META name=ContentEnd>', text)
        assert link and urljoin(url, unescape(link[1])) == report_url
        assert "&showname=" + quote("泓溪县人民政府2024年政府信息公开工作年度报告.docx") + "&" in report_url
        status, content_type, body = fetch(server.proxy,
                                           re.sub(r"filename=[0-9a-f]{32}", "filename=" + "0" * 32, report_url))
        assert status == 404 and content_type.startswith("text/html") and "file not found" in body.decode()

        # VSB: download.jsp?…&owner=1378926513&wbfileid=<n> in 附件【…】已下载…次 after the content
        url, report_url, text = pages.filed(reports, "naochuan-gov")
        link = re.search(r'<div class="v_news_content"><p class="vsbcontent_start">[^<]+见附件。</p></div></div>'
                         r'<ul style="list-style-type:none;"><li>附件【<a href="(/system/_content/download\.jsp\?'
                         r'urltype=news\.DownloadAttachUrl&amp;owner=1378926513&amp;wbfileid=(\d+))" target="_blank">'
                         r'[^<]+\.pdf</a>】已下载<span id="nattach(\d+)">', text)
        assert link and link[2] == link[3] and urljoin(url, unescape(link[1])) == report_url
        status, content_type, body = fetch(server.proxy, re.sub(r"wbfileid=\d+", "wbfileid=1", report_url))
        assert (status, content_type) == (200, "text/html; charset=utf-8") and "附件不存在或已删除" in body.decode()

        # gkmlpt: /gkmlpt/attachments/<yyyy>/<mm>/<id>.pdf in div.ls-files and in DETAIL.attachment
        report = next(t for t in reports if t.site_id == "linshui-gov" and t.report_url)
        url, report_url, text = pages.filed(reports, "linshui-gov")
        link = re.search(r'<div class="ls-article"><p>[^<]+详见附件。</p></div><div class="ls-files"><b>相关附件：</b>'
                         r'<a href="(/gkmlpt/attachments/(\d{4})/(\d\d)/\d+\.pdf)">[^<]+\.pdf</a></div>', text)
        assert link and urljoin(url, link[1]) == report_url and report.doc
        assert f"{link[2]}-{link[3]}" == (report.doc.published_date or "")[:7] == "2023-01"
        detail = re.search(r"<script>window\.gkml = \{DETAIL: (\{.*?\}), TREE: ", text)
        assert detail and [f["url"] for f in json.loads(detail[1])["attachment"]] == [link[1]]

        # 开普云: /upload/gk/<yyyymm>/<16 hex>.ofd in p.kp-fj after the UCAPCONTENT body
        url, report_url, text = pages.filed(reports, "jixi-gov")
        link = re.search(r'<div class="wenz"><UCAPCONTENT><p>[^<]+（OFD版）请见附件。</p></UCAPCONTENT></div>'
                         r'<p class="kp-fj">附件：<a href="(/upload/gk/202201/[0-9a-f]{16}\.ofd)">[^<]+\.ofd</a></p>'
                         r'<div class="info_ewm">扫一扫在手机打开当前页</div>', text)
        assert link and urljoin(url, link[1]) == report_url

        # WebLogic: /gkml/fileDownload.jsp?fid=<n> in div#zoomcon, a DOCX with a filename
        url, report_url, text = pages.filed(reports, "miaoxi-gkml", "gb18030")
        link = re.search(r'<div id="zoomcon"><p>　　《[^<]+》全文请下载附件查阅。</p><p>附件：<a href="'
                         r'(/gkml/fileDownload\.jsp\?fid=(\d+))" target="_blank">[^<]+\.docx</a></p></div>', text)
        assert link and urljoin(url, link[1]) == report_url
        disposition = _raw(server.proxy, report_url)[1]["Content-Disposition"]
        assert disposition == f"attachment; filename*=UTF-8''mx2022nb{link[2]}.docx"

        # Craft: /uploads/wenjian/zc2021ndbg.pdf in the entry body's ul.assets
        url, report_url, text = pages.filed(reports, "zhuchuan-gov")
        link = re.search(r'<div class="entry-body"><p>[^<]+全文见下方附件。</p><ul class="assets"><li><a href="'
                         r'(/uploads/wenjian/zc2021ndbg\.pdf)" download>zc2021ndbg\.pdf（PDF，附件）</a></li>'
                         r"</ul></div>", text)
        assert link and urljoin(url, link[1]) == report_url
        assert _raw(server.proxy, report_url)[1]["Content-Disposition"] == "attachment; filename*=UTF-8''zc2021ndbg.pdf"

        # SharePoint: the 附件 row's idAttachmentsTable links Attachments/<ID>/2022年度报告.pdf, percent-encoded
        url, report_url, text = pages.filed(reports, "siyang-ylbzj")
        link = re.search(r'<nobr>附件</nobr></h3></td><td valign="top" class="ms-formbody" width="400px">'
                         r'<table id="idAttachmentsTable"><tr><td class="ms-vb"><a href="([^"]+)">2022年度报告\.pdf</a>'
                         r"</td></tr></table></td></tr>", text)
        item_id = url.rsplit("ID=", 1)[1]
        assert link and link[1] == quote(f"/xxgk/Lists/ndbg/Attachments/{item_id}/2022年度报告.pdf")
        assert urljoin(url, link[1]) == report_url and "%E5%B9%B4" in link[1]
        assert missing(report_url.replace(f"/Attachments/{item_id}/", "/Attachments/999/"))

        # a unit abbreviated in its title (or named only by its town) is named in full where its page names the unit
        named = {
            "caoling-gov": (r"发布时间：[^　<]+　来源：([^　<]+)　浏览次数",
                            r'<meta name="ContentSource" content="([^"]+)">'),
            "hongxi-gov": (r"信息来源：([^　<]+)　发布时间", r'<meta name="source" content="([^"]+)">',
                           r'<meta name="ContentSource" content="([^"]+)">'),
            "naochuan-gov": (r'<div class="arti_metas">来源：([^　<]+)　发布时间',
                             r'<meta name="ContentSource" content="([^"]+)">'),
            "xunping-gov": (r"<th>发布机构</th><td>([^<]+)</td>", r'<meta name="ContentSource" content="([^"]+)">'),
            "linshui-gov": (r"<p><label>发布机构：</label><span>([^<]+)</span></p>", r'"publisher": "([^"]+)"'),
            "jixi-gov": (r"<tr><th>发 布 机 构</th><td>([^<]+)</td></tr>",
                         r'<meta name="ContentSource" content="([^"]+)">'),
            "huangkou-bmnb": (r"(?:信息来源|来源)：([^　<]+)　(?:发布时间|日期)：",
                              r'<meta name="ContentSource" content="([^"]+)">'),
            "miaoxi-gkml": (r"<th>发布机构：</th><td>([^<]+)</td>",),
            "zhuchuan-gov": (r"<dt>信息来源</dt><dd>([^<]+)</dd>",),
            "siyang-ylbzj": (r'<nobr>发布机构</nobr></h3></td><td valign="top" class="ms-formbody" width="400px">'
                             r"([^<]+)</td>",),
        }
        checked = 0
        shorts = {"caoling-gov": ("县卫健局", "县住建局", "石门乡", "县财政局"),
                  "hongxi-gov": ("县自然资源规划局", "县民政局", "县文广旅体局", "桐坞镇"),
                  "naochuan-gov": ("县交通运输局", "县农业农村局", "县应急局", "河口镇"),
                  "xunping-gov": ("县人社局", "县退役军人事务局", "芦溪街道", "县水利局"),
                  "linshui-gov": ("县卫健局", "潾溪镇", "县市场监管局"),
                  "jixi-gov": ("县农业农村局", "县交通局", "漈口乡"),
                  "huangkou-bmnb": ("县教育局", "财政局", "湟源镇", "石门乡"),
                  "miaoxi-gkml": ("县农业农村局", "龙塘镇"),
                  "zhuchuan-gov": ("县财政局", "白沙镇"), "siyang-ylbzj": ("市医保中心",)}
        for site_id, short in ((s, u) for s, us in shorts.items() for u in us):
            encoding = "gb18030" if site_id == "miaoxi-gkml" else "utf-8"
            units = [t for t in reports if t.site_id == site_id and t.title.startswith(short)]
            assert units, (site_id, short)
            for unit in units:
                assert unit.agency_name not in unit.title, (site_id, short)
                text = article(unit.url, encoding)
                for pattern in named[site_id]:
                    assert re.findall(pattern, text) == [unit.agency_name], (site_id, short, pattern)
                checked += 1
        assert checked == 33


@pytest.mark.slow
def test_batch36_measurement_runs() -> None:
    m = assert_measurement_holds("batch36")
    # No address asked that the portals do not serve: batch 36 links no dead page, so a 404 is a page made up.
    assert not [url for run in m.runs for url in run.not_found]
