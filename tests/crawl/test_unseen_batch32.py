"""Issue 12, held-out batch 32 of the unseen province (govcrawl/province/unseen/batch32): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), the few contracts particular
to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's), and the measurement
holds on it — no non-report stored, none under another agency, every shortfall stated, every record as
docs/record.md says."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import quote, urlencode, urljoin, urlsplit

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, found, truth_urls

BATCH = ("batch32",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
GBK = "text/html; charset=GBK"


def test_batch32_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS classic ``createPageHTML(3, 0, "index", "htm")`` defined and called
    in an old commented script, reached from the home page through 政务公开; a Hanweb ``<script type="text/xml">``
    datastore in a table with jpage's ``perPage: 5``/``totalRecord: 13`` over the GET ``/module/web/jpage/
    dataproxy.jsp?page=N``; a VSB dynamic ``lm_list.jsp`` "共N条 1/N" paged by ``PAGENUM``; a 海云 ``dezlist``
    ``createPageHTML('page_div',3, 1,'dezlist','shtml',11)`` whose rows cut long titles with "…"; a gkmlpt whose sid is
    only in its script's query string and whose API answers absolute ``url``s; a 开普云 "当前第 1/N 页 共 N 条" paged by
    folders ``pN/``; a hub of a nested ``nb-tree`` of units with bare "YYYY年度" links and a ``<marquee>`` of towns
    whose lists say "共N页"; a Delphi ISAPI DLL GBK list "共 N 条　每页 N 条　第 1/N 页"; a Plone folder batched by
    ``?b_start:int=``; a Grav blog paged by ``/page:N``) agrees with the entries the pages serve, and every report and
    decoy is among them."""
    province = build_unseen(BATCH)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic: home → 政务公开 → column; createPageHTML(3, k, "index", "htm") defined and called in the page
        home = "http://czj.chanshui.gov.test/"
        zwgk = sorted(set(links(home, r'<a href="([^"]+)">政务公开</a>')))  # the nav and the 快速导航 box
        assert zwgk == [home + "zwgk/index.htm"] and page(home) == page(home + "index.htm")
        root = "http://czj.chanshui.gov.test/zwgk/zfxxgk/zfxxgknb/"
        assert links(zwgk[0], r'<a href="([^"]+)">政府信息公开年报</a>') == [root + "index.htm"]
        first = page(root + "index.htm")
        assert ('<script language="JavaScript"><!--\nfunction createPageHTML(_nPageCount, _nCurrIndex, _sPageName, '
                '_sPageExt){') in first
        pages = declared_number(r'createPageHTML\((\d+), 0, "index", "htm"\);\n//--></script>', first)
        row = (r'<dd><a href="(\./\d{6}/t\d{8}_\d+\.htm)" target="_blank" title="[^"]+">[^<]+</a>'
               r'<em>\d{4}-\d\d-\d\d</em></dd>')
        assert '<dl class="news_dl"><dt>政府信息公开年报</dt><dd>' in first
        rows = []
        for k in range(pages):
            text = page(root + ("index.htm" if k == 0 else f"index_{k}.htm"))
            assert f'createPageHTML({pages}, {k}, "index", "htm");' in text
            rows += found(root, row, text)
        assert pages > 1 and missing(f"{root}index_{pages}.htm")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "chanshui-czj")
        others = [u for u in rows if u not in truth_urls(province, "chanshui-czj")]
        assert [unescape(h) for u in others for h in re.findall(r'<div class="art_title"><h1>([^<]+)</h1>', page(u))
                ] == ["关于2024年惠民惠农财政补贴资金“一卡通”发放情况的公示"]

        # Hanweb: a text/xml datastore in the column's table; jpage perPage / totalRecord over the GET data proxy
        col = "http://www.luxi.gov.test/col/col1229370512/index.html"
        first = page(col)
        per = declared_number(r"\$\('#370512'\)\.jpage\(\{ dataStore: dataStore, perPage: (\d+),", first)
        total = declared_number(r"perPage: \d+, totalRecord: (\d+),", first)
        pages = -(-total // per)
        assert pages > 1
        assert "proxyUrl: '/module/web/jpage/dataproxy.jsp'" in first
        assert ("ajaxParam: { appid: 1, webid: 2741, path: '/', columnid: 1229370512, unitid: 370512, "
                "webname: '渌溪县人民政府', permissiontype: 0 }") in first
        store = re.search(r'<tbody id="370512"><script type="text/xml">(<datastore>.*?</datastore>)</script></tbody>',
                          first, re.S)
        assert store
        record = (r'<record><!\[CDATA\[<tr><td class="bt"><a href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_1229370512_\d+'
                  r'\.html)" target="_blank" title="[^"]+">[^<]+</a></td><td class="ly">[^<]+</td><td class="rq">'
                  r'\d{4}-\d\d-\d\d</td></tr>\]\]></record>')
        head = found(col, record, store[1])
        assert len(head) == per
        params = {"appid": 1, "webid": 2741, "path": "/", "columnid": 1229370512, "unitid": 370512,
                  "webname": "渌溪县人民政府", "permissiontype": 0}
        proxy = urljoin(col, "/module/web/jpage/dataproxy.jsp")
        assert missing(urljoin(col, "/module/jpage/dataproxy.jsp"))
        rows = []
        for n in range(1, pages + 1):
            data = page(f"{proxy}?{urlencode({'page': n, **params})}")
            assert f"<totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage></datastore>" in data
            mine = found(col, record, data)
            assert 0 < len(mine) <= per
            rows += mine
        assert rows[:per] == head
        assert not re.findall(record, page(f"{proxy}?{urlencode({'page': pages + 1, **params})}"))
        for bad in ({**params, "columnid": 1229370500}, {k: v for k, v in params.items() if k != "unitid"}):
            empty = page(f"{proxy}?{urlencode({'page': 1, **bad})}")
            assert "<totalrecord>0</totalrecord>" in empty and not re.findall(record, empty)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "luxi-gov")
        others = [u for u in rows if u not in truth_urls(province, "luxi-gov")]
        assert [h for u in others for h in re.findall(r'<div class="title">([^<]+)</div>', page(u))] == [
            "关于做好2024年防汛防台工作的通知"]

        # VSB: home → 政务公开 → lm_list.jsp (dynamic); "共N条", "k/N", 下页 by PAGENUM; other PAGENUMs answer page 1
        home = "http://www.huiyuan.gov.test/index.htm"
        zwgk = links(home, r'<h3><a href="([^"]+)">政务公开</a></h3>')
        assert zwgk == ["http://www.huiyuan.gov.test/zwgk.htm"]
        lst = "http://www.huiyuan.gov.test/lm_list.jsp?urltype=tree.TreeTempUrl&wbtreeid=1127"
        assert links(zwgk[0], r'<a href="([^"]+)">政府信息公开年报</a>') == [lst]
        first = page(lst)
        total = declared_number(r'<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共(\d+)条'
                                r'</span>', first)
        pages = declared_number(r'<span class="p_t">1/(\d+)</span></div>', first)
        assert pages == -(-total // 4) > 1

        def numbered(n: int) -> str:
            return (f"http://www.huiyuan.gov.test/lm_list.jsp?totalpage={pages}&PAGENUM={n}"
                    "&urltype=tree.TreeTempUrl&wbtreeid=1127")

        row = (r'<tr id="lineu9_\d"><td class="listtitle"><a href="(info/1127/\d+\.htm)" class="c1127" '
               r'title="[^"]+">[^<]+</a></td><td class="timestyle1127">\d{4}/\d\d/\d\d</td></tr>')
        walked: list[str] = []
        rows, url = [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            k = len(walked)
            assert f'<span class="p_t">共{total}条</span>' in text and f'<span class="p_t">{k}/{pages}</span>' in text
            assert f'<span class="p_no_d">{k}</span>' in text
            assert found(url, r'<span class="p_no"><a href="([^"]+)">\d+</a></span>', text) == [
                numbered(n) for n in range(1, pages + 1) if n != k]
            mine = found(url, row, text)
            assert 0 < len(mine) <= 4
            rows += mine
            nxt = found(url, r'<span class="p_next p_fun"><a href="([^"]+)">下页</a></span>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [numbered(n) for n in range(2, pages + 1)]
        assert '<span class="p_next_d p_fun_d">下页</span>' in text
        for beyond in (pages + 1, 0):
            text = page(numbered(beyond))
            assert f'<span class="p_t">1/{pages}</span>' in text and found(lst, row, text) == rows[:4]
        assert all(u.startswith("http://www.huiyuan.gov.test/info/1127/") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "huiyuan-gov")
        others = [u for u in rows if u not in truth_urls(province, "huiyuan-gov")]
        assert [h for u in others for h in re.findall(r'<h1 class="arti_title">([^<]+)</h1>', page(u))] == [
            "关于做好2024年秋粮收购工作的通知"]

        # 海云: dezlist.shtml, dezlist_2.shtml, …; createPageHTML('page_div',N, k,'dezlist','shtml',total); titles cut
        root = "http://zjj.fanling.gov.test/zfxxgk/zfxxgknb/"
        first = page(root + "dezlist.shtml")
        assert "function createPageHTML(divId, pageCount, currentPage, prefix, ext, total) {" in first
        assert '<div id="page_div"></div>' in first
        pages = declared_number(r"createPageHTML\('page_div',(\d+), 1,'dezlist','shtml',\d+\);", first)
        total = declared_number(r"createPageHTML\('page_div',\d+, 1,'dezlist','shtml',(\d+)\);", first)
        item = (r'<div class="dez-item"><h4><a href="(\./\d{6}/t\d{8}_\d+\.shtml)" target="_blank">([^<]+)</a></h4>'
                r'<p class="dez-info"><span>\d{4}-\d\d-\d\d</span><span>来源：[^<]+</span></p></div>')
        rows, shown, lists = [], {}, ""
        for k in range(1, pages + 1):
            text = page(root + ("dezlist.shtml" if k == 1 else f"dezlist_{k}.shtml"))
            assert f"createPageHTML('page_div',{pages}, {k},'dezlist','shtml',{total});" in text
            cells: list[tuple[str, str]] = re.findall(item, text)
            assert 0 < len(cells) <= 4
            rows += [urljoin(root, h) for h, _ in cells]
            shown.update({urljoin(root, h): unescape(t) for h, t in cells})
            lists += text
        assert missing(root + "dezlist_1.shtml") and missing(f"{root}dezlist_{pages + 1}.shtml")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "fanling-zjj")
        cut = 0
        for t in province.truth:
            if t.site_id != "fanling-zjj":
                continue
            if len(t.title) > 26:  # the list shows 25 characters and "…"; the full title only on the article page
                assert shown[t.url] == t.title[:25] + "…" and t.title not in lists, t.title
                cut += 1
            else:
                assert shown[t.url] == t.title
            assert f'<h2 class="xl-tit">{t.title}</h2>' in page(t.url)
            assert f'<meta name="ArticleTitle" content="{t.title}">' in page(t.url)
        assert cut >= 6 and sum(1 for t in province.reports() if t.site_id == "fanling-zjj" and "…" in shown[t.url]
                                ) == 6
        others = [u for u in rows if u not in truth_urls(province, "fanling-zjj")]
        assert sorted(h for u in others for h in re.findall(r'<h2 class="xl-tit">([^<]+)</h2>', page(u))) == sorted(
            ["关于进一步规范住宅小区物业服务收费公示的通知", "畈岭市2024年城镇老旧小区改造计划的公示"])

        # gkmlpt: the sid only in the script tag's query; its API answers absolute urls, 4 a page
        home = "http://www.yuexi.gov.test/"
        assert links(home, r'<a href="([^"]+)">政府信息公开年报</a>') == [home + "gkmlpt/index#3107"]
        shell_url = home + "gkmlpt/index"
        shell = page(shell_url)
        src = re.search(r'<script src="(/gkmlpt/static/js/gkml\.min\.js\?sid=(\d+)&amp;v=\d+)"></script>', shell)
        assert src and '<div class="gk-list" id="gkList"></div>' in shell
        sid = src[2]
        assert shell.count(sid) == 1 and "data-sid" not in shell
        app = page(urljoin(shell_url, unescape(src[1])))
        assert "document.currentScript.src" in app and sid not in app
        size = declared_number(r"Math\.ceil\(d\.total / (\d+)\)", app)
        api = urljoin(shell_url, f"/gkmlpt/api/all/3107?page=1&sid={sid}")
        total = json.loads(page(api))["total"]
        pages = -(-total // size)
        assert pages > 1
        rows, titles = [], {}
        for n in range(1, pages + 1):
            data = json.loads(page(api.replace("page=1", f"page={n}")))
            assert data["total"] == total and 0 < len(data["articles"]) <= size
            rows += [a["url"] for a in data["articles"]]
            titles.update({a["url"]: a["title"] for a in data["articles"]})
        assert json.loads(page(api.replace("page=1", f"page={pages + 1}")))["articles"] == []
        for wrong in (re.sub(r"sid=\d+", "sid=1", api), api.split("&sid=")[0], api.replace("/3107?", "/3105?")):
            answer = json.loads(page(wrong))
            assert answer["articles"] == [] and answer["total"] == 0
        assert all(u.startswith("http://www.yuexi.gov.test/content/post_") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "yuexi-gov")
        assert [titles[u] for u in rows if u not in truth_urls(province, "yuexi-gov")] == [
            "瀹溪县2024年秋季森林防火的通告"]

        # 开普云: home → 政务公开 → /zwgk/zfxxgknb/, p2/, p3/ by 下一页; "当前第 k/N 页 共 N 条"
        home = "http://www.zhenyang.gov.test/"
        zwgk = links(home, r'<a href="([^"]+)">政务公开</a>')
        assert zwgk == [home + "zwgk/"]
        lst = home + "zwgk/zfxxgknb/"
        assert links(zwgk[0], r'<a href="([^"]+)">政府信息公开年报</a>') == [lst]
        first = page(lst)
        pages = declared_number(r'<span class="kp-info">当前第 1/(\d+) 页 共 \d+ 条</span>', first)
        total = declared_number(r'<span class="kp-info">当前第 1/\d+ 页 共 (\d+) 条</span>', first)
        assert pages == -(-total // 4) > 1
        row = (r'<div class="kp-item"><p class="kp-t"><a href="(/zwgk/zfxxgknb/\d{6}/[0-9a-f]{32}\.htm)" '
               r'target="_blank" title="[^"]+">[^<]+</a></p><p class="kp-d">\d{4}-\d\d-\d\d</p>'
               r'<p class="kp-s">来源：[^<]+</p></div>')
        rows, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f"当前第 {len(walked)}/{pages} 页 共 {total} 条" in text
            mine = found(url, row, text)
            assert 0 < len(mine) <= 4
            rows += mine
            nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}p{n}/" for n in range(2, pages + 1)]
        assert '<span class="disabled">下一页</span><span class="disabled">尾页</span>' in text
        for gone in (f"p{pages + 1}/", "p1/", "2.html", "3.html", "index_2.htm", "p2"):
            assert missing(lst + gone), gone
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "zhenyang-gov")

        # hub: a nested nb-tree of units with bare "YYYY年度" links to their sub-hosts; a marquee of towns' lists
        hub = "http://www.ganchuan.gov.test/zwgk/gdwnb/"
        assert links("http://www.ganchuan.gov.test/", r'<a href="([^"]+)">各单位年报</a>') == [hub]
        first = page(hub)
        tree = re.search(r'<h3>县直部门</h3><ul class="nb-tree">(.*?)</ul></div>', first)
        assert tree
        units = re.findall(r'<li><span class="nb-unit">([^<]+)</span><ul>(.*?)</ul></li>', tree[1])
        assert [u for u, _ in units] == ["县教育局", "县卫健局", "县财政局"]
        hosts = {"县教育局": "jyj", "县卫健局": "wjj", "县财政局": "czj"}
        rows = []
        for unit, body in units:
            got = re.findall(r'<li><a href="([^"]+)" target="_blank">([^<]+)</a></li>', body)
            assert [label for _, label in got] == {"县教育局": ["2024年度", "2023年度"],
                                                   "县卫健局": ["2022年度", "法治政府建设报告"],
                                                   "县财政局": ["2020年度"]}[unit]
            for href, label in got:
                assert urlsplit(href).netloc == f"{hosts[unit]}.ganchuan.gov.test"
                title = re.findall(r'<h2 class="art-tit">([^<]+)</h2>', page(href))
                assert len(title) == 1 and (title[0].startswith(unit + label) if label.endswith("年度")
                                            else "法治政府建设年度报告" in title[0])
                rows.append(href)
        marquee = re.search(r'<marquee direction="up"[^>]*>(.*?)</marquee>', first)
        assert marquee
        towns = re.findall(r'<p><a href="(http://[a-z]+\.ganchuan\.gov\.test/zwgk/nb/list\.html)" target="_blank">'
                           r'([^<]+)</a></p>', marquee[1])
        assert [t for _, t in towns] == ["澉口镇", "石埭镇"]
        tr = r'<tr><td class="t"><a href="(http://[a-z]+\.ganchuan\.gov\.test/zwgk/nb/\d{6}/t\d+\.html)">[^<]+</a>'
        for lst, town in towns:
            first = page(lst)
            pages = declared_number(r'<div class="pg">共(\d+)页 ', first)
            held, walked, url = [], [], lst
            while url and len(walked) < 10:
                walked.append(url)
                text = page(url)
                assert f'<div class="pg">共{pages}页 ' in text
                got = found(url, tr, text)
                assert 0 < len(got) <= 3
                held += got
                nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
                url = nxt[0] if nxt else ""
            assert walked == [lst] + [lst.replace("list.html", f"list_{n}.html") for n in range(2, pages + 1)]
            assert missing(lst.replace("list.html", f"list_{pages + 1}.html"))
            assert missing(lst.replace("list.html", "list_1.html"))
            assert 3 * (pages - 1) < len(held) <= 3 * pages
            assert all(urlsplit(u).netloc == urlsplit(lst).netloc for u in held)
            assert all(f'<div class="unit-head">澉川县{town}人民政府</div>' in page(u) for u in held)
            rows += held
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "ganchuan-bmnb")
        others = [u for u in rows if u not in truth_urls(province, "ganchuan-bmnb")]
        assert [h for u in others for h in re.findall(r'<h2 class="art-tit">([^<]+)</h2>', page(u))] == [
            "澉口镇关于开展冬季安全生产检查的通知"]

        # Delphi ISAPI DLL (GBK): home → 目录 /scripts/xxgk.dll/index → list?lb=0509, [下页] → &ys=2, &ys=3
        dll = "http://www.longchuan.gov.test/scripts/xxgk.dll"
        column = dll + "/list?lb=0509"
        assert links("http://www.longchuan.gov.test/", r'<A HREF="([^"]+)">政府信息公开目录</A>', "gbk") == [
            dll + "/index"]
        assert links(dll + "/index", r'<A HREF="([^"]+)">05 政府信息公开年报</A>', "gbk") == [column]
        first = page(column, "gbk")
        total = declared_number(r"共 (\d+) 条　每页 \d+ 条　第 1/\d+ 页　", first)
        per = declared_number(r"共 \d+ 条　每页 (\d+) 条　第 1/\d+ 页　", first)
        pages = declared_number(r"共 \d+ 条　每页 \d+ 条　第 1/(\d+) 页　", first)
        assert pages == -(-total // per) > 1
        assert (f'第 1/{pages} 页　[首页] [上页] <A HREF="list?lb=0509&ys=2">[下页]</A> '
                f'<A HREF="list?lb=0509&ys={pages}">[末页]</A></P>') in first
        assert ('<TABLE Border=1 CellSpacing=0 CellPadding=2 Width="100%"><TR BgColor="#D6E3F3"><TH Align="Center">'
                '序号</TH><TH Align="Left">信息名称</TH><TH>公开单位</TH><TH>成文日期</TH></TR>') in first
        row = (r'<TR><TD Align="Center">\d+</TD><TD Align="Left"><A HREF="(view\?xh=\d+)">[^<]+</A></TD>'
               r'<TD>[^<]+</TD><TD>\d{4}\.\d\d\.\d\d</TD></TR>')
        rows, serials, walked, url = [], [], [], column
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url, "gbk")
            assert f"共 {total} 条　每页 {per} 条　第 {len(walked)}/{pages} 页　" in text
            mine = found(url, row, text)
            assert 0 < len(mine) <= per
            rows += mine
            serials += [int(n) for n in re.findall(r'<TR><TD Align="Center">(\d+)</TD>', text)]
            nxt = found(url, r'<A HREF="(list\?lb=0509&ys=\d+)">\[下页\]</A>', text)
            url = nxt[0] if nxt else ""
        assert walked == [column] + [f"{column}&ys={n}" for n in range(2, pages + 1)]
        assert "[下页] [末页]</P>" in text
        assert serials == list(range(1, total + 1))
        for beyond in (pages + 1, 0):
            status, _, body = fetch(server.proxy, f"{column}&ys={beyond}")
            assert status == 200 and "参数错误" in body.decode("gbk") and "view?xh=" not in body.decode("gbk")
        assert "没有找到该条信息" in page(dll + "/view?xh=1", "gbk")
        assert missing(dll + "/edit") and missing(dll + "/list2?lb=0509")
        assert all(u.startswith(dll + "/view?xh=") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "longchuan-gkml")

        # Plone (cms: auto): home's 政务公开 portlet → /xxgk/zfxxgknb (also listed on /xxgk); ?b_start:int=4, 8
        base = "http://www.liaoling.gov.test"
        folder = base + "/xxgk/zfxxgknb"
        assert links(base + "/", r'<a href="([^"]+)">政府信息公开年报</a>') == [folder]
        assert links(base + "/", r'<a href="([^"]+)">信息公开</a>') == [base + "/xxgk"]
        assert links(base + "/xxgk", r'<a class="summary url" href="([^"]+)">政府信息公开年报</a>') == [folder]
        first = page(folder)
        assert '<meta name="generator" content="Plone - http://plone.com">' in first
        assert page(folder + "?b_start:int=0") == first
        offsets = [int(n) for n in re.findall(r'<li><a href="http://www\.liaoling\.gov\.test/xxgk/zfxxgknb\?'
                                              r'b_start:int=(\d+)">\d+</a></li>', first)]
        pages = len(offsets) + 1
        assert pages > 1 and offsets == [4 * n for n in range(1, pages)]
        tile = (r'<article class="tileItem"><h2 class="tileHeadline"><a class="summary url" '
                r'href="(http://www\.liaoling\.gov\.test/xxgk/zfxxgknb/[^"]+)">[^<]+</a></h2><div class="tileBody">'
                r'<span class="description">发布机构：[^<]+</span></div><div class="documentByLine">'
                r'<span class="documentPublished">发布日期 \d{4}/\d\d/\d\d</span></div></article>')
        rows, walked, url, promised = [], [], folder, 4
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<li class="active"><span>{len(walked)}</span></li>' in text
            mine = found(url, tile, text)
            assert len(mine) == promised  # what the previous page's "下一页 N 项" declared
            rows += mine
            more = re.search(r'<li class="next"><a href="([^"]+)"><span class="label">下一页 (\d+) 项 »</span>', text)
            url, promised = (unescape(more[1]), int(more[2])) if more else ("", 0)
        assert walked == [folder] + [f"{folder}?b_start:int={off}" for off in offsets]
        assert '<li class="previous">' in text and '<li class="next">' not in text
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        past = page(f"{folder}?b_start:int={4 * pages}")
        assert "此文件夹中没有项目。" in past and not re.findall(tile, past)
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "liaoling-gov")

        # Grav (no cms): /xxgk/ndbg, /xxgk/ndbg/page:2, page:3 by »; page:1 answers too; past the end an empty list
        lst = "http://ybj.chanzhou.gov.test/xxgk/ndbg"
        first = page(lst)
        assert '<meta name="generator" content="GravCMS">' in first and page(lst + "/page:1") == first
        numbers = [int(n) for n in re.findall(r'<li class="page-item(?: active)?">(?:<span class="page-link">|<a '
                                              r'class="page-link" href="/xxgk/ndbg/page:\d+">)(\d+)</(?:span|a)></li>',
                                              first)]
        pages = max(numbers)
        assert numbers == list(range(1, pages + 1)) and pages > 1
        card = (r'<div class="card"><div class="card-header"><h3 class="card-title"><a href="(/xxgk/ndbg/[a-z0-9-]+)">'
                r'[^<]+</a></h3><span class="blog-date"><time class="dt-published" datetime="\d{4}-\d\d-\d\dT09:00:00'
                r'\+08:00">\d{4}年\d\d月\d\d日</time></span></div>')
        rows, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<li class="page-item active"><span class="page-link">{len(walked)}</span></li>' in text
            mine = found(url, card, text)
            assert 0 < len(mine) <= 4
            rows += mine
            nxt = found(url, r'<li class="page-item"><a class="page-link" href="([^"]+)">&raquo;</a></li>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}/page:{n}" for n in range(2, pages + 1)]
        assert '<li class="page-item disabled"><span class="page-link">&raquo;</span></li>' in text
        past = page(f"{lst}/page:{pages + 1}")
        assert '<div class="blog-listing"></div>' in past and not re.findall(card, past)
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "chanzhou-ybj")


def test_batch32_portal_contracts() -> None:
    """The legacy pages' GBK bytes (a GBK header and the template's gb2312 meta); the one scan (chanzhou-ybj 2019,
    image-only PDF, flagged) and its link; the TRS, 海云, 开普云 and Plone PDFs, the Hanweb, VSB and DLL DOCX, the
    gkmlpt OFD where their pages link them; the units abbreviated in their titles (or named only by their town, on
    the hub's sub-hosts) named in full on their pages."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page

        # the legacy list, 目录 and site home: GBK bytes under a GBK header and a gb2312 meta
        dll = "http://www.longchuan.gov.test/scripts/xxgk.dll"
        meta = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">'
        for url in (dll + "/list?lb=0509", dll + "/list?lb=0509&ys=2", dll + "/index", "http://www.longchuan.gov.test/"):
            status, media, body = fetch(server.proxy, url)
            text = body.decode("gbk")
            assert (status, media) == (200, GBK) and meta in text, url
            assert "砻川县".encode("gbk") in body and "砻川县" in text
            with pytest.raises(UnicodeDecodeError):
                body.decode("utf-8")
        legacy = next(t for t in reports if t.site_id == "longchuan-gkml" and not t.report_url)
        _, media, body = fetch(server.proxy, legacy.url)
        assert media == GBK and legacy.title in body.decode("gbk") and meta in body.decode("gbk")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("chanzhou-ybj", 2019)]
        scan = scans[0]
        assert scan.report_url == "http://ybj.chanzhou.gov.test/user/pages/03.xxgk/02.ndbg/ndbg-2019/czybj-2019-ndbg.pdf"
        assert scan.url == "http://ybj.chanzhou.gov.test/xxgk/ndbg/ndbg-2019"
        path = urlsplit(scan.report_url).path
        assert re.search(rf'<div class="e-content"><p>[^<]+</p><p>附件：<a href="{re.escape(path)}">'
                         r'czybj-2019-ndbg\.pdf</a></p></div>', article(scan.url))
        assert fetch(server.proxy, scan.report_url)[:2] == (200, PDF) and scan.media_type == PDF

        # every attachment: (site, media type) → the page's link to it, resolved, is the report's file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url and t not in scans)
        assert attached == sorted([("chanshui-czj", PDF), ("luxi-gov", DOCX), ("huiyuan-gov", DOCX),
                                   ("fanling-zjj", PDF), ("yuexi-gov", OFD), ("zhenyang-gov", PDF),
                                   ("longchuan-gkml", DOCX), ("liaoling-gov", PDF)])


        # TRS classic: ./P0<date><12 digits>.pdf in div.fj, a sibling after div.TRS_Editor, in the article's folder
        url, report_url, text = pages.filed(reports, "chanshui-czj")
        link = re.search(r'<div class="TRS_Editor"><style type="text/css">[^<]+</style><p>[^<]+</p></div>'
                         r'<div class="fj">附件：<a href="(\./P020240126\d{12}\.pdf)" target="_blank">', text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.startswith("http://czj.chanshui.gov.test/zwgk/zfxxgk/zfxxgknb/202401/")

        # Hanweb: /module/download/downfile.jsp?classid=0&filename=<32 hex>.docx&showname=… inside #zoom
        url, report_url, text = pages.filed(reports, "luxi-gov")
        link = re.search(r'<div id="zoom">.*?<META name=ContentStart><p>[^<]+</p><p>附件：<a href="(/module/download/'
                         r'downfile\.jsp\?classid=0&filename=[0-9a-f]{32}\.docx&showname=[^"]+)">', text)
        assert link and urljoin(url, unescape(link[1])) == report_url
        assert report_url.endswith("&showname=" + quote("渌溪县人民政府2022年政府信息公开工作年度报告.docx"))
        status, media, body = fetch(server.proxy, re.sub(r"filename=[0-9a-f]{32}", "filename=" + "0" * 32, report_url))
        assert status == 200 and media.startswith("text/html") and "文件不存在" in body.decode()

        # VSB: /system/_content/download.jsp?…&owner=1829310442&wbfileid=<n> in 附件【…】; other ids an HTML error
        url, report_url, text = pages.filed(reports, "huiyuan-gov")
        link = re.search(r'<div class="v_news_content"><p>[^<]+</p><p>附件【<a href="(/system/_content/download\.jsp\?'
                         r'urltype=news\.DownloadAttachUrl&owner=1829310442&wbfileid=\d+)">', text)
        assert link and urljoin(url, unescape(link[1])) == report_url
        status, media, body = fetch(server.proxy, re.sub(r"wbfileid=\d+", "wbfileid=1", report_url))
        assert status == 200 and media.startswith("text/html") and "附件不存在或已被删除" in body.decode()

        # 海云: ./P020220121<12 digits>.pdf linked inside the editor div, next to the article
        url, report_url, text = pages.filed(reports, "fanling-zjj")
        link = re.search(r'<div class="xl-con"><div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">'
                         r'<p>[^<]+</p><p><a href="(\./P020220121\d{12}\.pdf)" target="_blank">', text)
        assert link and urljoin(url, link[1]) == report_url and report_url.startswith(url.rsplit("/", 1)[0] + "/")

        # gkmlpt: /uploadfiles/gkml/ofd/<id>.ofd in ul.fj-list and in PAGE.DETAIL.attachment
        url, report_url, text = pages.filed(reports, "yuexi-gov")
        link = re.search(r'<div class="fj"><span>附件：</span><ul class="fj-list"><li><a href="'
                         r'(/uploadfiles/gkml/ofd/\d+\.ofd)">', text)
        assert link and urljoin(url, link[1]) == report_url
        detail = re.search(r"<script>var PAGE = \{DETAIL: (\{.*?\}), TREE: ", text)
        assert detail and [f["url"] for f in json.loads(detail[1])["attachment"]] == [link[1]]

        # 开普云: /u/cms/zhenyang/<yyyymm>/<16 hex>.pdf inside <UCAPCONTENT>
        url, report_url, text = pages.filed(reports, "zhenyang-gov")
        link = re.search(r'<div class="wenz"><UCAPCONTENT><p>附件：<a href="'
                         r'(/u/cms/zhenyang/202101/[0-9a-f]{16}\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # Delphi DLL: /xxgk/fj/2023/<12 digits>.docx as 附件下载： in DIV#nr (a GBK page)
        url, report_url, text = pages.filed(reports, "longchuan-gkml", "gbk")
        link = re.search(r'<DIV ID="nr"><P>[^<]+</P><P>附件下载：<A HREF="(/xxgk/fj/2023/\d{12}\.docx)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # Plone: a File item's /view page whose 下载 link is …/ndbg2021.pdf/@@download/file/ndbg2021.pdf
        url, report_url, text = pages.filed(reports, "liaoling-gov")
        assert url == "http://www.liaoling.gov.test/xxgk/zfxxgknb/ndbg2021.pdf/view"
        link = re.search(r'<div class="documentDescription description">发布机构：嵺岭县人民政府</div>'
                         r'<div id="content-core"><p><a href="(http://www\.liaoling\.gov\.test/xxgk/zfxxgknb/'
                         r'ndbg2021\.pdf/@@download/file/ndbg2021\.pdf)"><img [^>]+>下载 ndbg2021\.pdf</a>', text)
        assert link and link[1] == report_url

        # a unit abbreviated in its title (or named only by its town, on the hub's sub-hosts) is named in full
        checked = 0
        for site, short in (("chanshui-czj", "县国库集中支付中心"), ("luxi-gov", "县教育局"), ("luxi-gov", "鹤桥镇"),
                            ("huiyuan-gov", "沙桥镇"), ("huiyuan-gov", "石门乡"), ("fanling-zjj", "市质安站"),
                            ("yuexi-gov", "县自然资源局"), ("yuexi-gov", "瀹口镇"),
                            ("zhenyang-gov", "县教育局"), ("zhenyang-gov", "县市场监管局"),
                            ("ganchuan-bmnb", "县教育局"), ("ganchuan-bmnb", "县卫健局"), ("ganchuan-bmnb", "县财政局"),
                            ("ganchuan-bmnb", "澉口镇"), ("ganchuan-bmnb", "石埭镇"),
                            ("longchuan-gkml", "县统计局"), ("longchuan-gkml", "岘沟镇"),
                            ("liaoling-gov", "县自然资源局"), ("liaoling-gov", "苇滩乡"),
                            ("chanzhou-ybj", "市医保中心"), ("chanzhou-ybj", "潭西分局")):
            encoding = "gbk" if site == "longchuan-gkml" else "utf-8"
            checked += pages.units_named_in_full(reports, site, short, encoding)
        assert checked == 27


@pytest.mark.slow
def test_batch32_measurement_runs() -> None:
    m = assert_measurement_holds("batch32")
    # No address asked that the portals do not serve: batch 32 links no dead page, so a 404 is a page made up.
    assert not [url for run in m.runs for url in run.not_found]
