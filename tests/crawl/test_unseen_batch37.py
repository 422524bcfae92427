"""Issue 12, held-out batch 37 of the unseen province (govcrawl/province/unseen/batch37): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), the few contracts particular
to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's), and the measurement
holds on it — no non-report stored, none under another agency, every shortfall stated, every record as
docs/record.md says."""

from __future__ import annotations

import json
import re
import urllib.request
from urllib.parse import parse_qs, quote, unquote, urldefrag, urlencode, urljoin, urlsplit

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

BATCH = ("batch37",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
LASSO_GBK = "text/html; charset=GBK"


def _starts() -> dict[str, list[str]]:
    """Each entry's start URLs, as the registry files give them (the walks below begin there)."""
    return {e["id"]: e["start_urls"] for e in registry_entries(BATCH)}


def test_batch37_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS classic sub-column under a 年报 parent, reached from the home page,
    whose in-page ``createPageHTML(3,0,"index","shtml")`` writes bracketed page numbers and whose links carry
    ``?isMobile=false``; a Hanweb ``perPage: 4``/``totalRecord: 11`` over the *metasearch* data proxy, the plain
    ``dataproxy.jsp`` a 404; a responsive VSB "共N条" "1/N" with numbers, pages ``xxgknb/2.htm``, ``xxgknb/1.htm``; a
    海云 pager whose arguments are an object literal ``pageOpts``, ``nblist_2.html``; a gkmlpt whose settings are one
    URL-encoded string ``SC_GKML_OPTS``, 5 a page, absolute urls with no gkmlpt segment; a 开普云 ``list.do``
    controller "共N条 每页5条 第1/N页" with query-only pager hrefs; a hub of two query tabs, each "共N个单位 第1/N页"
    paged by ``&p=N``, to main-host articles, two departments' sub-host columns and a 通知公告 line; a Lasso GBK
    found set "共找到 N 条记录，显示第 1 - 4 条" paged by ``-skiprecords``; an Umbraco "查看更多" list growing by
    ``?take=N`` to "已显示全部 N 条", from the home page; a Docusaurus blog ``/nianbao/page/2`` with no count, from
    the home page) agrees with the entries the pages serve, and every report and decoy is among them."""
    province = build_unseen(BATCH)
    starts = _starts()
    counts = truth_counts(province)
    assert set(counts) == set(starts)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic: home → 政务公开 → 年报 parent → 信息年报; bracketed numbers; index_1.shtml; ?isMobile=false links
        home = "http://www.lingxi.gov.test/"
        assert starts["lingxi-gov"] == [home]
        parent = home + "zwgk/zfxxgk/xxgknb/"
        root = parent + "xinxinianbao/"
        col = root + "index.shtml"
        assert links(home, r'<div class="xxgk"><h3>政府信息公开</h3><a href="([^"]+)">政务公开</a></div>') == [
            home + "zwgk/"]
        assert links(home + "zwgk/", r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [parent + "index.shtml"]
        assert links(parent, r'<li><a href="([^"]+)">信息年报</a></li>') == [col]
        jd = links(parent, r'<li><a href="([^"]+)">年报解读</a></li>')
        assert jd == [parent + "ndbgjd/index.shtml"] and '<div class="gl-list"><p>暂无信息</p></div>' in page(jd[0])
        first = page(col)
        assert "function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt) {" in first
        assert '"<b>[" + (i + 1) + "]</b> "' in first and '"\\">[" + (i + 1) + "]</a> "' in first
        pages = declared_number(r'<div id="pagediv" class="pagediv"><script type="text/javascript">'
                                r'createPageHTML\((\d+),0,"index","shtml"\);</script></div>', first)
        row = (r'<p><i>(\d{4}-\d\d-\d\d)</i><a href="(\./\d{6}/t\d{8}_\d+\.shtml)\?isMobile=false" '
               r'target="_blank" title="[^"]+">[^<]+</a></p>')
        rows, dates = [], []
        for k in range(pages):
            url = col if k == 0 else f"{root}index_{k}.shtml"
            text = page(url)
            assert f'createPageHTML({pages},{k},"index","shtml");' in text
            listed = re.search(r'<div class="gl-list">(.*?)</div>', text)
            assert listed
            cells: list[tuple[str, str]] = re.findall(row, listed[1])
            assert 0 < len(cells) <= 4 and listed[1].count("?isMobile=false") == len(cells)
            rows += [urljoin(url, h) for _, h in cells]
            dates += [d for d, _ in cells]
        assert pages == 3 and missing(f"{root}index_{pages}.shtml") and missing(f"{root}index_0.shtml")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages and dates == sorted(dates, reverse=True)
        assert page(rows[0] + "?isMobile=false") == page(rows[0])  # served with or without the query
        assert len(rows) == len(set(rows)) == counts["lingxi-gov"]
        assert set(rows) == truth_urls(province, "lingxi-gov")

        # Hanweb: home → 年报 column (and 政务公开 → it); the metasearch proxy, POSTed windows; dataproxy.jsp a 404
        home = "http://www.jishan.gov.test/"
        assert starts["jishan-gov"] == [home]
        col = home + "col/col38214/index.html"
        box = r'<div class="xxgk-box"><h3>政府信息公开</h3><a href="([^"]+)">政府信息公开年报</a>'
        assert links(home, box) == [col]
        gk = links(home, r'<a href="([^"]+)">政务公开</a>')
        assert gk == [home + "col/col38200/index.html"]
        assert links(gk[0], r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [col]
        first = page(col)
        script = re.search(r"<script type=\"text/javascript\">(\$\('#261407'\)\.jpage\(.*?\);)</script>", first)
        assert script
        per = declared_number(r"^\$\('#261407'\)\.jpage\(\{dataStore: \$\('#261407 script\[type=\"text/xml\"\]'\), "
                              r"perPage: (\d+), ", script[1])
        total = declared_number(r"perPage: \d+, totalRecord: (\d+), proxyUrl: '", script[1])
        proxies = found(col, r"proxyUrl: '([^']+)', ajaxParam: \{col: 1, appid: 1, webid: 27, path: '/', columnid: "
                             r"38214, sourceContentType: 1, unitid: 261407, webname: '蓟山县人民政府', "
                             r"permissiontype: 0\}", script[1])
        assert proxies == [home + "module/jslib/jquery/jpage/metasearchdataproxy.jsp"]
        proxy = proxies[0]
        pages = -(-total // per)
        assert (per, total, pages) == (4, 11, 3)
        store = re.search(r'<div id="261407"><script type="text/xml"><datastore><nextgroup><!\[CDATA\[(.*?)\]\]>'
                          r'</nextgroup><recordset>(.*?)</recordset></datastore></script>', first)
        assert store
        record = (r'<record><!\[CDATA\[<li><a href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_38214_\d+\.html)" '
                  r'target="_blank" title="[^"]+">[^<]+</a><span class="bt-data-time">\[\d{4}-\d\d-\d\d\]</span>'
                  r'</li>\]\]></record>')
        head = found(col, record, store[2])
        assert len(head) == per
        form = {"col": 1, "appid": 1, "webid": 27, "path": "/", "columnid": 38214, "sourceContentType": 1,
                "unitid": 261407, "webname": "蓟山县人民政府", "permissiontype": 0}

        def window(url: str, body: dict[str, object]) -> str:
            status, media, answer = fetch(server.proxy, url, data=urlencode(body).encode())
            assert (status, media) == (200, "text/xml; charset=utf-8")
            return answer.decode()

        group = window(f"{proxy}?startrecord=1&endrecord={per * 3}&perpage={per}", form)
        assert group.startswith(f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{total}'
                                f"</totalrecord><totalpage>{pages}</totalpage><recordset>")
        rows = found(col, record, group)
        assert rows[:per] == head and len(rows) == total
        nextgroup = found(col, r'<a href="([^"]+)"></a>', store[1])
        assert nextgroup == [f"{proxy}?startrecord={per + 1}&endrecord={per * 4}&perpage={per}"]
        assert found(col, record, window(nextgroup[0], form)) == rows[per:]
        assert found(col, record, page(f"{proxy}?startrecord={per + 1}&endrecord={2 * per}&perpage={per}&"
                                       + urlencode(form))) == rows[per:2 * per]  # a GET with the fields too
        bare = window(f"{proxy}?startrecord=1&endrecord={per}&perpage={per}",
                      {k: v for k, v in form.items() if k != "columnid"})
        assert "<totalrecord>0</totalrecord>" in bare and found(col, record, bare) == []
        for plain in ("/module/web/jpage/dataproxy.jsp", "/module/jslib/jquery/jpage/dataproxy.jsp"):
            assert missing(urljoin(home, plain) + f"?startrecord=1&endrecord={per}&perpage={per}"), plain
        assert len(rows) == len(set(rows)) == counts["jishan-gov"]
        assert set(rows) == truth_urls(province, "jishan-gov")

        # VSB (responsive): home → 信息公开 box / 政务公开 → column; "共N条" "k/N" with numbers; xxgknb/2.htm, 1.htm
        home = "http://www.luping.gov.test/"
        assert starts["luping-gov"] == [home]
        col = home + "zwgk/zfxxgk/xxgknb.htm"
        assert links(home, r'<div class="xxgk"><h3>信息公开</h3><a href="([^"]+)">政府信息公开年报</a>') == [col]
        zwgk = links(home, r'</a> <a href="([^"]+)">政务公开</a></div>')
        assert zwgk == [home + "zwgk.htm"]
        assert links(zwgk[0], r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [col]
        first = page(col)
        total = declared_number(r'<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共(\d+)条'
                                r'</span><span class="p_pages">', first)
        pages = declared_number(r'<span class="p_t">1/(\d+)</span></div>', first)
        assert pages == -(-total // 4) == 3
        item = (r'<li class="news n\d clearfix"><div class="news_title"><a href="((?:\.\./){2,3}info/1083/(\d+)\.htm)" '
                r'target="_blank" title="[^"]+">[^<]+</a></div><div class="news_meta">(\d{4}-\d\d-\d\d)</div>'
                r'<span id="dynclicks_u6_(\d+)" class="news_clicks"></span></li>')
        last = found(col, r'<span class="p_last p_fun"><a href="([^"]+)">尾页</a></span>', first)
        walked: list[str] = []
        rows, dates, url, text = [], [], col, ""
        numbered: list[list[str]] = []
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            pager = re.search(r'<div class="pb_sys_common pb_sys_normal pb_sys_style1">(.*?)</div>', text)
            assert pager and pager[1].startswith(f'<span class="p_t">共{total}条</span>')
            assert pager[1].endswith(f'<span class="p_t">{k}/{pages}</span>')
            assert re.findall(r'<span class="p_no_d">(\d+)</span>', pager[1]) == [str(k)]
            numbered.append(found(url, r'<span class="p_no"><a href="([^"]+)">\d+</a></span>', pager[1]))
            quads: list[tuple[str, str, str, str]] = re.findall(item, text)
            assert 0 < len(quads) <= 4 and all(a == b for _, a, _, b in quads)
            ids = [a for _, a, _, _ in quads]
            spans = ",".join(f"'dynclicks_u6_{a}'" for a in ids)
            assert f'_showDynClickBatch([{spans}],[{",".join(ids)}],"wbnews", 1731234567)' in text
            rows += [urljoin(url, h) for h, _, _, _ in quads]
            dates += [d for _, _, d, _ in quads]
            nxt = found(url, r'<span class="p_next p_fun"><a href="([^"]+)">下页</a></span>', text)
            url = nxt[0] if nxt else ""
        assert walked == [col] + [f"{home}zwgk/zfxxgk/xxgknb/{pages - k}.htm" for k in range(1, pages)]
        assert numbered == [[u for u in walked if u != walked[k]] for k in range(pages)]
        assert last == walked[-1:] and '<span class="p_next_d p_fun_d">下页</span>' in text
        assert missing(f"{home}zwgk/zfxxgk/xxgknb/{pages}.htm") and dates == sorted(dates, reverse=True)
        assert all(u.startswith(home + "info/1083/") for u in rows)
        assert len(rows) == total == len(set(rows)) == counts["luping-gov"]
        assert set(rows) == truth_urls(province, "luping-gov")

        # 海云: home → 信息公开 → 年报 channel; a pageOpts object literal into createPageHTML; nblist_2.html, _3
        home = "http://www.pingxi.gov.test/"
        assert starts["pingxi-gov"] == [home]
        chan = home + "pxx/c105216/"
        col = chan + "nblist.html"
        gk = links(home, r'<div class="px-main"><a href="([^"]+)">政府信息公开</a></div>')
        assert gk == [home + "pxx/c105200/xxgk.html"]
        assert links(gk[0], r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [col]
        first = page(col)
        assert "function createPageHTML(divId, pageCount, pageIndex, pageName, pageExt, recordCount) {" in first
        assert ('return n == 1 ? pageName + "." + pageExt : pageName + "_" + n + "." + pageExt;' in first
                and '<div id="fy_box" class="fy"></div>' in first)
        opts = (r"var pageOpts = \{{id: 'fy_box', total: {}, current: {}, name: 'nblist', ext: 'html', count: {}\}};\n"
                r"createPageHTML\(pageOpts\.id, pageOpts\.total, pageOpts\.current, pageOpts\.name, pageOpts\.ext, "
                r"pageOpts\.count\);")
        pages = declared_number(opts.format(r"(\d+)", 1, r"\d+"), first)
        total = declared_number(opts.format(r"\d+", 1, r"(\d+)"), first)
        assert pages == -(-total // 4) == 3
        li = (r'<li><span class="xh">(\d\d)</span><a href="(/pxx/c105216/c\d+/content\.html)" target="_blank" '
              r'title="[^"]+">[^<]+</a><span class="rq">(\d{4}\.\d\d\.\d\d)</span></li>')
        rows, serials, dates = [], [], []
        for n in range(1, pages + 1):
            url = col if n == 1 else f"{chan}nblist_{n}.html"
            text = page(url)
            assert re.search(opts.format(pages, n, total), text), url
            listed = re.search(r'<ul class="hy-nb">(.*?)</ul>', text)
            assert listed
            triples: list[tuple[str, str, str]] = re.findall(li, listed[1])
            assert 0 < len(triples) <= 4
            serials += [int(s) for s, _, _ in triples]
            rows += [urljoin(url, h) for _, h, _ in triples]
            dates += [d for _, _, d in triples]
        assert serials == list(range(1, total + 1)) and dates == sorted(dates, reverse=True)
        assert missing(chan + "nblist_1.html") and missing(f"{chan}nblist_{pages + 1}.html")
        assert len(rows) == total == len(set(rows)) == counts["pingxi-gov"]
        assert set(rows) == truth_urls(province, "pingxi-gov")

        # gkmlpt: settings only in the URL-encoded SC_GKML_OPTS string; 5 a page; absolute urls, no gkmlpt segment
        start = "http://www.shuquan.gov.test/gkmlpt/index#2207"
        assert starts["shuquan-gov"] == [start]
        home = "http://www.shuquan.gov.test/"
        shell_url, col = urldefrag(start)
        assert links(home, r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [start]
        assert links(home, r'<li><a href="([^"]+)">政府信息公开目录</a></li>') == [shell_url]
        shell = page(shell_url)
        raw = re.search(r'<script>window\.SC_GKML_OPTS = "([^"]+)";</script>', shell)
        assert raw and raw[1] == "sid=758705&col=2207&size=5&api=%2Fgkmlpt%2Fapi%2Fall%2F"
        opts_qs = {k: v[0] for k, v in parse_qs(raw[1]).items()}
        sid, size, api_root = opts_qs["sid"], int(opts_qs["size"]), opts_qs["api"]
        assert opts_qs["col"] == col and api_root == "/gkmlpt/api/all/"
        assert shell.count(sid) == 1 and "data-sid" not in shell and '<meta name="sid' not in shell
        cat = re.search(r'<dl class="sc-cat"><dt>政府信息公开</dt>(.*?)</dl>', shell)
        assert cat and re.findall(r'<dd><a href="#(\d+)">([^<]+)</a></dd>', cat[1]) == [
            ("2205", "政府信息公开指南"), (col, "政府信息公开年报")]
        assert '<div id="scGkml" class="sc-main">' in shell
        bundle = page(urljoin(shell_url, found(shell_url, r'<script src="([^"]+)"></script>', shell)[0]))
        assert 'q=new URLSearchParams(window.SC_GKML_OPTS)' in bundle and sid not in bundle
        assert 'fetch(q.get("api")+c+"?page="+p+"&sid="+q.get("sid"))' in bundle
        assert 'Math.ceil(d.total/+q.get("size"))' in bundle
        api = urljoin(shell_url, f"{api_root}{col}?page=1&sid={sid}")
        answer = json.loads(page(api))
        total = answer["total"]
        assert set(answer) == {"articles", "total"}
        pages = -(-total // size)
        assert size == 5 and pages == 3
        rows, titles, publishers, stamps = [], {}, {}, []
        for n in range(1, pages + 1):
            data = json.loads(page(api.replace("page=1", f"page={n}")))
            assert data["total"] == total and 0 < len(data["articles"]) <= size
            for a in data["articles"]:
                assert set(a) == {"id", "title", "url", "publisher", "first_publish_time"}
                assert re.fullmatch(r"http://www\.shuquan\.gov\.test/content/post_\d+\.html", a["url"])
                assert a["url"].endswith(f"/post_{a['id']}.html")
                assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", a["first_publish_time"])
                rows.append(a["url"])
                titles[a["url"]], publishers[a["url"]] = a["title"], a["publisher"]
                stamps.append(a["first_publish_time"])
        assert stamps == sorted(stamps, reverse=True)
        assert json.loads(page(api.replace("page=1", f"page={pages + 1}"))) == {"articles": [], "total": total}
        for wrong in (re.sub(r"sid=\d+", "sid=1", api), api.split("&sid=")[0], api.replace(f"/{col}?", "/2205?")):
            assert json.loads(page(wrong)) == {"articles": [], "total": 0}, wrong
        assert missing(rows[0].replace("/content/", "/gkmlpt/content/"))
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "shuquan-gov")
        assert len(truth_urls(province, "shuquan-gov")) == counts["shuquan-gov"] == total - 1
        assert [titles[u] for u in rows if u not in truth_urls(province, "shuquan-gov")] == [
            "漱泉县召开2024年政务公开业务培训会"]
        assert all(publishers[t.url] == t.agency_name for t in province.reports() if t.site_id == "shuquan-gov")

        # 开普云 list.do: "共N条 每页5条 第k/N页"; query-only pager hrefs (?channelId=1257&pageNum=N); a GET jump form
        home = "http://www.ruxi.gov.test/"
        lst = home + "ndbg/list.do?channelId=1257"
        assert starts["ruxi-gov"] == [lst]
        assert links(home, r'<li><a href="([^"]+)">政府信息公开年报</a></li>') == [lst]
        first = page(lst)
        total = declared_number(r'<div class="kp-pages"><span class="info">共(\d+)条 每页\d+条 第1/\d+页</span>', first)
        size = declared_number(r'<span class="info">共\d+条 每页(\d+)条 第1/\d+页</span>', first)
        pages = declared_number(r'<span class="info">共\d+条 每页\d+条 第1/(\d+)页</span>', first)
        assert size == 5 and pages == -(-total // size) == 3
        assert ('<form method="get" action="list.do" class="jump"><input type="hidden" name="channelId" '
                'value="1257">') in first and '<input type="text" name="pageNum"' in first
        news = (r'<li><span class="rx-org">\[([^\]]+)\]</span><a href="(content\.do\?id=\d{19}&amp;channelId=1257)" '
                r'title="[^"]+" target="_blank">[^<]+</a><em>\[(\d{4}-\d\d-\d\d)\]</em></li>')
        rows, orgs, dates, walked, url, text = [], [], [], [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            pager = re.search(r'<div class="kp-pages">(.*?)<form ', text)
            assert pager and f"共{total}条 每页{size}条 第{k}/{pages}页" in pager[1]
            hrefs = re.findall(r'<a href="([^"]+)">', pager[1])
            assert hrefs and all(h.startswith("?channelId=1257&amp;pageNum=") for h in hrefs)  # query-only
            assert found(url, r'<a href="([^"]+)">\d+</a>', pager[1]) == [
                f"{lst}&pageNum={n}" for n in range(1, pages + 1) if n != k]
            assert re.findall(r'<span class="cur">(\d+)</span>', pager[1]) == [str(k)]
            assert ('<span class="disabled">首页</span><span class="disabled">上一页</span>' in pager[1]) == (k == 1)
            listed_news: list[tuple[str, str, str]] = re.findall(news, text)
            assert len(listed_news) == size if k < pages else 0 < len(listed_news) <= size
            orgs += [o for o, _, _ in listed_news]
            rows += [urljoin(url, h.replace("&amp;", "&")) for _, h, _ in listed_news]
            dates += [d for _, _, d in listed_news]
            nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}&pageNum={n}" for n in range(2, pages + 1)]
        assert '<span class="disabled">下一页</span>' in text and dates == sorted(dates, reverse=True)
        assert page(urljoin(lst, f"list.do?channelId=1257&pageNum={pages}")) == text  # the jump form's GET
        assert page(home + "ndbg/list.do") == first == page(f"{lst}&pageNum=1")
        beyond = page(f"{lst}&pageNum={pages + 1}")
        assert f"第{pages}/{pages}页" in beyond and not re.findall(news, beyond)
        assert missing(rows[0].replace("&channelId=1257", "")) and missing(re.sub(r"id=\d+", "id=1", rows[0]))
        assert sorted(set(orgs)) == sorted(["县政府办", "县卫健局", "县文旅局", "濡口镇"])
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "ruxi-gov")
        assert len(truth_urls(province, "ruxi-gov")) == counts["ruxi-gov"] == total - 1
        others = [u for u in rows if u not in truth_urls(province, "ruxi-gov")]
        assert [h for u in others for h in re.findall(r'<h2 class="rx-bt">([^<]+)</h2>', page(u))] == [
            "濡溪县2023年政务公开第三方评估结果通报"]

        # hub: two query tabs (?tab=bm, ?tab=xz), each "共N个单位 第k/N页" paged by &p=N; year links, 专栏 sub-hosts
        site = "http://www.shuyang.gov.test/"
        hub = site + "zwgk/bmxznb/"
        assert starts["shuyang-bmnb"] == [hub]
        assert links(site, r'<li><a href="([^"]+)">部门乡镇年报</a></li>') == [hub]
        first = page(hub)
        assert first == page(hub + "?tab=bm")
        tabs = re.search(r'<div class="sy-tabs">(.*?)</div>', first)
        assert tabs and re.findall(r'<a href="(\?tab=\w+)"( class="on")?>([^<]+)</a>', tabs[1]) == [
            ("?tab=bm", ' class="on"', "县直部门"), ("?tab=xz", "", "乡镇")]
        unit = (r'<li><span class="n">([^<]+)</span><span class="y">(.*?)</span>'
                r'(?:<a class="more" href="([^"]+)" target="_blank">进入年报专栏</a>)?</li>')
        year = r'<a href="([^"]+)" target="_blank">(\d{4})年年报</a>'
        panes: dict[str, list[tuple[str, str, str]]] = {}
        shape = []
        for tab in found(hub, r'<a href="(\?tab=\w+)"', tabs[1]):
            name = tab.rsplit("=", 1)[1]
            text = page(tab)
            declared = declared_number(r'<div class="sy-fy">共(\d+)个单位 第1/\d+页 ', text)
            pages = declared_number(r'<div class="sy-fy">共\d+个单位 第1/(\d+)页 ', text)
            panes[name], walked, url = [], [], tab
            while url and len(walked) < 10:
                walked.append(url)
                text = page(url)
                fy = re.search(r'<div class="sy-fy">(.*?)</div>', text)
                assert fy and fy[1].startswith(f"共{declared}个单位 第{len(walked)}/{pages}页")
                listed = re.search(r'<ul class="sy-units">(.*?)</ul>', text)
                assert listed
                mine = re.findall(unit, listed[1])
                assert 0 < len(mine) <= 4
                panes[name] += mine
                nxt = found(url, r'<a href="([^"]+)">下一页</a>', fy[1])
                url = nxt[0] if nxt else ""
            assert walked == [tab] + [f"{tab}&p={n}" for n in range(2, pages + 1)]
            assert len(panes[name]) == declared
            shape.append((name, declared, pages))
        assert shape == [("bm", 6, 2), ("xz", 3, 1)]
        assert page(hub + "?tab=bm&p=9") == page(hub + "?tab=bm&p=2")
        assert {k: [n for n, _, _ in v] for k, v in panes.items()} == {
            "bm": ["县教育局", "县人社局", "县财政局", "县发改局", "县公安局", "县民政局"],
            "xz": ["澍城镇", "龙泉乡", "石塘镇"]}
        years = {n: [(urljoin(hub, h), y) for h, y in re.findall(year, ys)] for v in panes.values() for n, ys, _ in v}
        assert {n: [y for _, y in v] for n, v in years.items()} == {
            "县教育局": [], "县人社局": [], "县财政局": ["2023"], "县发改局": [], "县公安局": [], "县民政局": ["2024"],
            "澍城镇": ["2024"], "龙泉乡": [], "石塘镇": []}
        assert [n for v in panes.values() for n, ys, _ in v if ys == '<em class="none">暂无</em>'] == [
            "县教育局", "县人社局", "县发改局", "县公安局", "龙泉乡", "石塘镇"]
        columns = {n: c for v in panes.values() for n, _, c in v if c}
        assert columns == {"县教育局": "http://jyj.shuyang.gov.test/xxgk/nb/",
                           "县人社局": "http://rsj.shuyang.gov.test/gk/ndbg.html"}
        rows, subs = [], []
        # 教育局: a jy-tab table, 3 a page, 首页 上一页 下一页 尾页 "当前第k页/共N页"; index.html, index_1.html
        lst = columns["县教育局"]
        entry = (r'<tr><td><a href="(\./\d{6}/t\d{8}_\d+\.html)" target="_blank">[^<]+</a></td>'
                 r'<td class="d">\d{4}-\d\d-\d\d</td></tr>')
        held, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            jp = re.search(r'<div class="jy-page">(.*?)</div>', text)
            assert jp and re.sub(r"<[^>]+>", "", jp[1]).endswith(f"当前第{len(walked)}页/共2页")
            mine = found(url, entry, text)
            assert 0 < len(mine) <= 3
            held += mine
            nxt = found(url, r'<a href="([^"]+)">下一页</a>', jp[1])
            url = nxt[0] if nxt else ""
        assert walked == [lst, lst + "index_1.html"] and missing(lst + "index_2.html")
        subs.append(("县教育局", urlsplit(lst).netloc, len(held), len(walked)))
        jy_other = [u for u in held if u not in truth_urls(province, "shuyang-bmnb")]
        assert [h for u in jy_other for h in re.findall(r'<h2 class="jy-bt">([^<]+)</h2>', page(u))] == [
            "县教育局召开2024年政务公开工作部署会"]
        rows += [u for u in held if u not in jy_other]
        # 人社局: one page, an ol.rs-nb of three items
        lst = columns["县人社局"]
        ol = re.search(r'<ol class="rs-nb">(.*?)</ol>', page(lst))
        assert ol
        held = found(lst, r'<li><a href="(/gk/ndbg/art_\d+\.html)">[^<]+</a> <small>\d{4}-\d\d-\d\d</small></li>',
                     ol[1])
        subs.append(("县人社局", urlsplit(lst).netloc, len(held), 1))
        rows += held
        assert subs == [("县教育局", "jyj.shuyang.gov.test", 5, 2), ("县人社局", "rsj.shuyang.gov.test", 3, 1)]
        for name in ("县财政局", "县民政局", "澍城镇"):
            for url, y in years[name]:
                assert urlsplit(url).netloc == "www.shuyang.gov.test"
                assert re.search(rf'<h1 class="sy-h1">{name}{y}年[^<]*</h1>', page(url)), url
                rows.append(url)
        rows += found(hub, r'<div class="sy-notice">通知公告：<a href="([^"]+)">', first)
        assert len(rows) == len(set(rows)) == counts["shuyang-bmnb"]
        assert set(rows) == truth_urls(province, "shuyang-bmnb")

        # Lasso (GBK): / = the 目录 home → 类别 0207; "共找到 N 条记录，显示第 a - b 条" [下一批]; -skiprecords=N
        site = "http://xxgk.ruyang.gov.test/"
        lst = (site + "gkml/list.lasso?-database=xxgk&-table=xxzl&lbdm=0207&-maxrecords=4&-skiprecords=0&-search")
        assert starts["ruyang-gkml"] == [lst]
        assert page(site, "gbk") == page(site + "gkml/index.lasso", "gbk")
        assert links(site, r'<tr><td>0207</td><td><a href="([^"]+)">政府信息公开年报</a></td>', "gbk") == [lst]
        first = page(lst, "gbk")
        total = declared_number(r'<p align="center">共找到 (\d+) 条记录，显示第 1 - \d+ 条<br>', first)
        per = declared_number(r"共找到 \d+ 条记录，显示第 1 - (\d+) 条<br>", first)
        assert (total, per) == (11, 4) and '<font class="lbmc"><b>0207 政府信息公开年报</b></font>' in first
        card = (r'<table class="jl" [^>]+><tr><td class="bt"><a href="(/gkml/detail\.lasso\?-database=xxgk&amp;'
                r'-table=xxzl&amp;-keyfield=xxid&amp;-keyvalue=\d+&amp;-search)">[^<]+</a></td></tr><tr>'
                r'<td class="sx">索引号：[^　<]+　发布机构：([^　<]+)　生成日期：(\d{4}-\d\d-\d\d)</td></tr></table>')
        rows, units, dates, walked, url, text = [], {}, [], [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url, "gbk")
            k = len(walked)
            start_at = (k - 1) * per
            assert f"共找到 {total} 条记录，显示第 {start_at + 1} - {min(start_at + per, total)} 条<br>" in text
            assert ("[上一批]</a>" in text) == (k > 1) and ("[上一批]　" in text) == (k == 1)
            assert not re.search(r">\d+</a>", text)  # no page numbers
            cards: list[tuple[str, str, str]] = re.findall(card, text)
            assert 0 < len(cards) <= per
            for h, unit_name, date in cards:
                rows.append(urljoin(url, h.replace("&amp;", "&")))
                units[rows[-1]] = unit_name
                dates.append(date)
            nxt = found(url, r'<a href="([^"]+)">\[下一批\]</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst.replace("skiprecords=0", f"skiprecords={per * n}") for n in range(3)]
        assert "[下一批]</p>" in text and dates == sorted(dates, reverse=True)
        for beyond in (lst.replace("skiprecords=0", f"skiprecords={total + 1}"), lst.replace("0207", "0208")):
            status, media, body = fetch(server.proxy, beyond)
            assert (status, media) == (200, LASSO_GBK) and "没有找到记录" in body.decode("gbk"), beyond
        assert page(lst.replace("&-skiprecords=0", ""), "gbk") == first
        assert "没有找到记录" in page(re.sub(r"keyvalue=\d+", "keyvalue=1", rows[0]), "gbk")
        assert len(rows) == total == len(set(rows)) == counts["ruyang-gkml"]
        assert set(rows) == truth_urls(province, "ruyang-gkml")
        assert all(units[t.url] == t.agency_name for t in province.reports() if t.site_id == "ruyang-gkml")

        # Umbraco (cms: auto): home → 政务公开 → 年报 list; 查看更多 ?take=8, ?take=12; "已显示全部 N 条"
        home = "http://www.lanwu.gov.test/"
        assert starts["lanwu-gov"] == [home]
        assert links(home, r'<p><a href="([^"]+)">进入政务公开 &raquo;</a></p>') == [home + "zwgk/"]
        lst = home + "zwgk/zfxxgknb/"
        child = r'<div class="child-page"><a href="([^"]+)"><h3>([^<]+)</h3></a></div>'
        boxes = re.findall(child, page(home + "zwgk/"))
        assert boxes == [("/zwgk/zfxxgknb/", "政府信息公开年报"), ("/zwgk/zfxxgkzn/", "政府信息公开指南")]
        post = (r'<li><a class="blogpost" href="(/zwgk/zfxxgknb/[^"/]+/)"><h3>([^<]+)</h3><small class="blogpost-meta">'
                r'[^<]+ · (\d{4}/\d{1,2}/\d{1,2})</small><p class="blogpost-excerpt">')
        shown: list[list[str]] = []
        walked, url, text = [], lst, ""
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            posts = re.findall(post, text)
            assert all(unquote(urlsplit(h).path.split("/")[-2]) == t for h, t, _ in posts)  # the title as the node
            mine = [urljoin(url, h) for h, _, _ in posts]
            assert mine[:len(shown[-1]) if shown else 0] == (shown[-1] if shown else [])  # cumulative
            shown.append(mine)
            nxt = found(url, r'<div class="load-more"><a class="button" href="([^"]+)">查看更多</a></div>', text)
            url = nxt[0] if nxt else ""
        total = declared_number(r'<div class="load-more"><span>已显示全部 (\d+) 条</span></div>', text)
        assert walked == [lst, lst + "?take=8", lst + "?take=12"]
        assert [len(s) for s in shown] == [4, 8, total] and total == 11  # the docstring says 12
        rows = shown[-1]
        assert page(lst + "?take=100") == page(lst + "?take=12") and missing(lst.rstrip("/"))
        for bad in ("0", "abc", "101"):
            assert "<p>参数错误。</p>" in page(f"{lst}?take={bad}"), bad
        truth = truth_urls(province, "lanwu-gov")
        guide = urljoin(home, boxes[1][0])  # the 指南 page, a decoy outside the list
        assert "<h1>澜坞县政府信息公开指南（2022年修订）</h1>" in page(guide)
        others = [u for u in rows if u not in truth]
        assert len(rows) == len(set(rows)) and truth - set(rows) == {guide} and len(others) == 1
        assert len(truth) == counts["lanwu-gov"] == total - len(others) + 1
        assert [h for u in others for h in re.findall(r'<article class="blogpost-page"><h1>([^<]+)</h1>', page(u))] == [
            "澜坞县政府信息公开申请表"]

        # Docusaurus (no cms): home → /nianbao; 较旧的文章 → /nianbao/page/2, /page/3; no numbers, no count
        home = "http://gxj.yingping.gov.test/"
        assert starts["yingping-gxj"] == [home]
        blog = home + "nianbao"
        front = page(home)
        assert '<meta name="generator" content="Docusaurus v2.4.3">' in front
        assert links(home, r'<a class="navbar__item navbar__link" href="([^"]+)">信息公开年报</a>') == [blog]
        # the docstring says a button--primary hero link; the code writes button--secondary button--lg
        assert links(home, r'<a class="button button--secondary button--lg" href="([^"]+)">信息公开年报</a>') == [blog]
        item = (r'<article class="margin-bottom--xl" itemprop="blogPost" itemscope itemtype="http://schema\.org/'
                r'BlogPosting"><header><h2 class="title_f1Hy" itemprop="headline"><a itemprop="url" href="'
                r'(/nianbao/(\d{4})/(\d\d)/(\d\d)/[a-z0-9-]+)">[^<]+</a></h2><div class="container_mt6G '
                r'margin-vert--md"><time datetime="(\d{4}-\d\d-\d\d)T00:00:00\.000Z" itemprop="datePublished">')
        rows, dates, walked, url, text = [], [], [], blog, ""
        sidebar: list[str] = []
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            nav = re.search(r'<nav class="pagination-nav" aria-label="博客列表分页导航">(.*?)</nav>', text)
            assert nav and not re.search(r">\d+<", nav[1]) and "共" not in text.split("<main", 1)[1]
            assert ("pagination-nav__link--prev" in nav[1]) == (k > 1)
            recent = found(url, r'<li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="([^"]+)">', text)
            assert not sidebar or recent == sidebar
            sidebar = recent
            mine = re.findall(item, text)
            assert 0 < len(mine) <= 4
            assert all(f"{y}-{m}-{d}" == stamp for _, y, m, d, stamp in mine)
            rows += [urljoin(url, h) for h, _, _, _, _ in mine]
            dates += [stamp for *_, stamp in mine]
            nxt = found(url, r'<a class="pagination-nav__link pagination-nav__link--next" href="([^"]+)"><div '
                             r'class="pagination-nav__label">较旧的文章 »</div></a>', nav[1])
            url = nxt[0] if nxt else ""
        pages = len(walked)
        assert walked == [blog] + [f"{blog}/page/{n}" for n in range(2, pages + 1)] and pages == 3
        assert dates == sorted(dates, reverse=True) and sidebar == rows[:5]
        assert missing(f"{blog}/page/{pages + 1}") and missing(f"{blog}/page/1") and missing(blog + "/")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) == counts["yingping-gxj"]
        assert set(rows) == truth_urls(province, "yingping-gxj")


def test_batch37_portal_contracts() -> None:
    """Registered as a user would (a family named, or ``cms: auto`` / none, six entries giving only a home page);
    the Lasso pages' GBK bytes (``text/html; charset=GBK``, a gb2312 meta, "Powered by Lasso"); no image-only scan in
    this batch; the TRS, VSB, gkmlpt, Lasso and Docusaurus PDFs, the Hanweb and Umbraco DOCX, the 开普云 OFD where
    their pages link them (the 海云 and hub reports all HTML); the units abbreviated in their titles (or named only by
    their town) named in full in the field their page gives the unit."""
    assert_registered_as_a_user_would("batch37", BATCHES[:BATCHES.index("batch37")])
    entries = registry_entries(BATCH)
    assert {e["id"]: e.get("cms") for e in entries} == {
        "lingxi-gov": "trs_classic", "jishan-gov": "hanweb", "luping-gov": "vsb", "pingxi-gov": "trs_haiyun",
        "shuquan-gov": "gkmlpt", "ruxi-gov": "kaipu", "shuyang-bmnb": "hub", "ruyang-gkml": "gkml_action",
        "lanwu-gov": "auto", "yingping-gxj": None}
    assert all(len(e["start_urls"]) == 1 for e in entries)
    homes = [e["id"] for e in entries if urlsplit(e["start_urls"][0]).path in ("/", "/index.html")]
    assert homes == ["lingxi-gov", "jishan-gov", "luping-gov", "pingxi-gov", "lanwu-gov", "yingping-gxj"]

    province = build_unseen(BATCH)
    reports = province.reports()
    media = {t.media_type.split(";")[0] for t in reports}
    assert media == {"text/html", PDF, OFD, DOCX}
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))

        def disposition(url: str) -> str:
            with opener.open(url, timeout=60) as response:
                return str(response.headers["Content-Disposition"])

        # the Lasso pages: GBK bytes under a GBK header and a gb2312 meta, "Powered by Lasso"
        # (the docstring's "Server: Lasso Professional/8.5.6" header is handed to the Response but not served)
        site = "http://xxgk.ruyang.gov.test/"
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        legacy = next(t for t in reports if t.site_id == "ruyang-gkml" and not t.report_url)
        listing = site + "gkml/list.lasso?-database=xxgk&-table=xxzl&lbdm=0207&-maxrecords=4&-skiprecords="
        for url in (site, site + "gkml/index.lasso", listing + "0&-search", listing + "4&-search", legacy.url):
            status, content_type, body = fetch(server.proxy, url)
            text = body.decode("gbk")
            assert (status, content_type) == (200, LASSO_GBK) and meta in text, url
            assert "Powered by Lasso" in text and "濡阳县".encode("gbk") in body
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
        assert legacy.title in article(legacy.url, "gbk")

        assert [t for t in reports if "image_only" in t.flags] == []  # no scan in this batch

        # every attachment: (site, media type) of the reports held in a file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url)
        assert attached == sorted([("lingxi-gov", PDF), ("jishan-gov", DOCX), ("luping-gov", PDF),
                                   ("shuquan-gov", PDF), ("ruxi-gov", OFD), ("ruyang-gkml", PDF),
                                   ("lanwu-gov", DOCX), ("yingping-gxj", PDF)])

        # TRS classic: ./P0<date><12 digits>.pdf as 相关附件 inside the editor div, in the article's folder
        url, report_url, text = pages.filed(reports, "lingxi-gov")
        link = re.search(r'<div class="TRS_Editor"><div class="Custom_UnionStyle"><p>现将[^<]+予以公开。</p>'
                         r'<p>相关附件：<a href="(\./P020240126\d{12}\.pdf)">[^<]+\.pdf</a></p></div></div>', text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.rsplit("/", 1)[0] == url.rsplit("/", 1)[0]

        # Hanweb: /module/download/downfile.jsp?classid=0&filename=<32 hex>.docx in #zoom between the ZJEG_RSS
        # markers; the file's name only in Content-Disposition; another filename a 404
        url, report_url, text = pages.filed(reports, "jishan-gov")
        link = re.search(r'<div id="zoom"><!--ZJEG_RSS\.content\.begin--><p>[^<]+详见附件。</p><p>附件：<a href="'
                         r'(/module/download/downfile\.jsp\?classid=0&amp;filename=[0-9a-f]{32}\.docx)">([^<]+)</a>'
                         r'</p><!--ZJEG_RSS\.content\.end--></div>', text)
        assert link and urljoin(url, link[1].replace("&amp;", "&")) == report_url and not link[2].endswith(".docx")
        assert disposition(report_url) == "attachment; filename*=UTF-8''" + quote(f"{link[2]}.docx")
        status, content_type, body = fetch(server.proxy,
                                           re.sub(r"filename=[0-9a-f]{32}", "filename=" + "0" * 32, report_url))
        assert status == 404 and content_type.startswith("text/html") and "文件不存在" in body.decode()

        # VSB: a /__local/<A>/<BC>/<DE>/<32 hex>_<8 hex>.pdf?e=.pdf upload in v_news_content (also without the suffix)
        url, report_url, text = pages.filed(reports, "luping-gov")
        link = re.search(r'<div id="vsb_content_2"><div class="v_news_content"><p class="vsbcontent_start">[^<]+：</p>'
                         r'<p><a href="(/__local/[A-F]/[0-9A-F]{2}/[0-9A-F]{2}/[0-9A-F]{32}_[0-9A-F]{8}\.pdf'
                         r'\?e=\.pdf)">[^<]+\.pdf</a></p></div></div>', text)
        assert link and urljoin(url, link[1]) == report_url
        assert fetch(server.proxy, report_url.removesuffix("?e=.pdf"))[:2] == (200, PDF)

        # gkmlpt: an absolute /attachment/0/<id>/<32 hex>.pdf in ul.sc-att and in DETAIL.attachment
        url, report_url, text = pages.filed(reports, "shuquan-gov")
        link = re.search(r'<div class="sc-content"><p>[^<]+全文见附件。</p></div><div class="sc-fj">附件：'
                         r'<ul class="sc-att"><li><a href="(http://www\.shuquan\.gov\.test/attachment/0/\d+/'
                         r'[0-9a-f]{32}\.pdf)">[^<]+\.pdf</a></li></ul></div>', text)
        assert link and link[1] == report_url
        detail = re.search(r"<script>var gkmlDetail = \{DETAIL: (\{.*?\}), TREE: ", text)
        assert detail and [f["url"] for f in json.loads(detail[1])["attachment"]] == [link[1]]

        # 开普云: /u/cms/ruxi/<yyyymm>/<24 hex>.ofd in div.rx-fj after #UCAP-CONTENT, before div.info_ewm
        url, report_url, text = pages.filed(reports, "ruxi-gov")
        link = re.search(r'<div id="UCAP-CONTENT"><div class="trs_editor_view"><p>[^<]+请见附件。</p></div></div>'
                         r'<div class="rx-fj">附件：<a href="(/u/cms/ruxi/202201/[0-9a-f]{24}\.ofd)">[^<]+\.ofd</a>'
                         r'</div><div class="info_ewm">', text)
        assert link and urljoin(url, link[1]) == report_url

        # Lasso: /gkml/download.lasso?fjid=<n> in div.xxnr, a PDF with a filename (a GBK page)
        url, report_url, text = pages.filed(reports, "ruyang-gkml", "gbk")
        link = re.search(r'<div class="xxnr"><p>　　现将《[^<]+》予以公开，详见附件。</p><p>附件：<a href="'
                         r'(/gkml/download\.lasso\?fjid=(\d+))">[^<]+\.pdf</a></p></div>', text)
        assert link and urljoin(url, link[1]) == report_url
        assert disposition(report_url) == f"attachment; filename*=UTF-8''ry2021ndbg_{link[2]}.pdf"

        # Umbraco: /media/<id>/<file>.docx as a.attachment in the article, a DOCX with a filename
        url, report_url, text = pages.filed(reports, "lanwu-gov")
        link = re.search(r'<p><a class="attachment" href="(/media/\d+/lw2022ndbg\.docx)">附件：[^<]+\.docx</a></p>'
                         r'</article>', text)
        assert link and urljoin(url, link[1]) == report_url
        assert disposition(report_url) == "attachment; filename*=UTF-8''lw2022ndbg.docx"

        # Docusaurus: /assets/files/<name>-<hash>.pdf in the post's markdown body
        url, report_url, text = pages.filed(reports, "yingping-gxj")
        link = re.search(r'<div id="__blog-post-container" class="markdown" itemprop="articleBody"><p>[^<]+全文请查阅：'
                         r'<a href="(/assets/files/2023ndbg-[0-9a-f]{8}\.pdf)" target="_blank">[^<]+（PDF）</a></p>'
                         r'</div>', text)
        assert link and urljoin(url, link[1]) == report_url

        # a unit abbreviated in its title (or named only by its town) is named in full where its page names the unit
        named = {
            "lingxi-gov": (r"信息来源：([^　<]+)　发布日期", r'<meta name="ContentSource" content="([^"]+)">'),
            "jishan-gov": (r"信息来源：([^　<]+)　浏览次数", r'<meta name="ContentSource" content="([^"]+)">'),
            "luping-gov": (r"<span>来源：([^<]+)</span>", r'<meta name="ContentSource" content="([^"]+)">'),
            "pingxi-gov": (r"<span>发布机构：([^<]+)</span>", r'<meta name="ContentSource" content="([^"]+)">'),
            "shuquan-gov": (r"<tr><th>发布机构</th><td>([^<]+)</td>", r'"publisher": "([^"]+)"'),
            "ruxi-gov": (r"信息来源：([^　<]+)　浏览次数", r'<meta name="ContentSource" content="([^"]+)">'),
            "shuyang-bmnb": (r"(?:　信息来源|发布单位|　来源)：([^　<]+)[　<]",),
            "ruyang-gkml": (r"<td>发布机构：</td><td>([^<]+)</td>",),
            "lanwu-gov": (r'<div class="blogpost-meta">发布单位：([^，<]+)，发布时间',),
            "yingping-gxj": (r'<span itemprop="name">([^<]+)</span></div><small class="avatar__subtitle" '
                             r'itemprop="description">发布单位</small>',),
        }
        checked = 0
        shorts = {"lingxi-gov": ("县教育局", "县农业农村局", "白沙镇", "县医保局"),
                  "jishan-gov": ("县人社局", "县交通运输局", "城关镇", "县市场监管局"),
                  "luping-gov": ("县水利局", "县生态环境分局", "东岗乡", "县统计局"),
                  "pingxi-gov": ("县卫生健康局", "县应急管理局", "龙口镇"),
                  "shuquan-gov": ("县教育局", "漱溪街道", "县自然资源局"),
                  "ruxi-gov": ("县卫健局", "县文旅局", "濡口镇"),
                  "shuyang-bmnb": ("县教育局", "县人社局", "县财政局", "县民政局", "澍城镇"),
                  "ruyang-gkml": ("县教育局", "双河镇"),
                  "lanwu-gov": ("县财政局", "县卫健局", "石门镇"), "yingping-gxj": ("市中小企业服务中心",)}
        for site_id, short in ((s, u) for s, us in shorts.items() for u in us):
            encoding = "gbk" if site_id == "ruyang-gkml" else "utf-8"
            units = [t for t in reports if t.site_id == site_id and t.title.startswith(short)]
            assert units, (site_id, short)
            for unit in units:
                assert unit.agency_name not in unit.title, (site_id, short)
                text = article(unit.url, encoding)
                for pattern in named[site_id]:
                    assert re.findall(pattern, text) == [unit.agency_name], (site_id, short, pattern)
                checked += 1
        assert checked == 34


@pytest.mark.slow
def test_batch37_measurement_runs() -> None:
    m = assert_measurement_holds("batch37")
    # No address asked that the portals do not serve: batch 37 links no dead page, so a 404 is a page made up.
    assert not [url for run in m.runs for url in run.not_found]
