"""Issue 12, held-out batch 30 of the unseen province (govcrawl/province/unseen/batch30): every count
a portal declares matches what it holds (this batch has no deliberate shortfall; the hub's 审计局 list is
empty and says so), the few contracts particular to a portal (the rest of its fixture contract is
tests/crawl/test_unseen_held_out.py's), and the measurement holds on it — no non-report stored, none under
another agency, every shortfall stated, every record as docs/record.md says."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, found, truth_urls

BATCH = ("batch30",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
GB18030 = "text/html; charset=GB18030"


def test_batch30_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (an old TRS "共 3 页" before a commented ``createPageHTML(3, 0, "index",
    "html")``, a Hanweb ``<datastore>`` in a ``text/xml`` script with jpage's ``perPage: 4``/``totalRecord: 13`` over
    a GET data proxy, a VSB winstyle pager "共N条 1/N" reached by 下页 through reverse-numbered ``ndbg/N.htm``, a 海云
    ``createPageHTML('page_div', …)`` over ``zfxxgknb_list_N.shtml``, a gkmlpt whose settings are a JSON block and whose
    API answers ``articles``/``total``, a 开普云 "共N条 共N页" over ``index_pN.htm``, a hub whose 部门年报 directory is
    paged "共4个单位 第1/2页" and whose 乡镇 page writes the towns' list addresses out, a ColdFusion GB18030 list
    "共 N 条 显示第 1-4 条" paged by ``&startrow=``, a Ghost tag archive "第 1 页，共 N 页", a Pelican category
    "第 1 / N 页" whose page 1 features the newest article in full) agrees with the entries the pages serve, and every
    report and decoy is among them."""
    province = build_unseen(BATCH)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic (old template): "共 3 页" then createPageHTML(3, k, "index", "html") in a commented script
        root = "http://zjj.lanxi.gov.test/zwgk/zfxxgk/zfxxgknb/"
        first = page(root + "index.html")
        assert "function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt)" in first
        pages = declared_number(r'<TD align=center class="page">共 (\d+) 页&nbsp;<SCRIPT language="JavaScript">',
                                first)
        row = (r'<TR><TD height=25 class="bt_link">·<A href="(\./\d{6}/t\d{8}_\d+\.html)" target=_blank '
               r'title="[^"]+">[^<]+</A></TD><TD width="80" align=right>\d{4}-\d\d-\d\d</TD></TR>')
        rows = []
        for k in range(pages):
            text = page(root + ("index.html" if k == 0 else f"index_{k}.html"))
            assert (f'共 {pages} 页&nbsp;<SCRIPT language="JavaScript"><!--\ncreatePageHTML({pages}, {k}, "index", '
                    f'"html");\n//--></SCRIPT>') in text
            rows += found(root, row, text)
        assert missing(f"{root}index_{pages}.html")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "lanxi-zjj")
        others = [u for u in rows if u not in truth_urls(province, "lanxi-zjj")]
        assert [h for u in others for h in re.findall(r'<DIV class="Article_bt">([^<]+)</DIV>', page(u))] == [
            "关于2024年公共租赁住房资格复核的通知"]

        # Hanweb: <datastore> in <script type="text/xml">, jpage's perPage / totalRecord, a GET jpage dataproxy.jsp
        col = "http://www.qiuyuan.gov.test/col/col1229561207/index.html"
        first = page(col)
        total = declared_number(r'<script type="text/xml"><datastore><totalrecord>(\d+)</totalrecord>', first)
        pages = declared_number(r"</totalrecord><totalpage>(\d+)</totalpage>", first)
        per = declared_number(r"\$\('#6123409'\)\.jpage\(\{ dataStore: .*?perPage: (\d+),", first)
        assert declared_number(r"totalRecord: (\d+),", first) == total and pages == -(-total // per) > 1
        proxy_path = re.search(r"proxyUrl: '([^']+)'", first)
        assert proxy_path and proxy_path[1] == "/module/web/jpage/dataproxy.jsp" and "ajaxType: 'get'" in first
        assert ("ajaxParam: { appid: 1, webid: 4107, path: '/', columnid: 1229561207, unitid: 6123409, "
                "webname: '萩原县人民政府', permissiontype: 0 }") in first
        params = {"appid": 1, "webid": 4107, "path": "/", "columnid": 1229561207, "unitid": 6123409,
                  "webname": "萩原县人民政府", "permissiontype": 0}
        record = r'<record><!\[CDATA\[<div class="qy-row"><i></i><a href="(/col/col\d+/[^"]+\.html)" target="_blank" '
        head = found(col, record, first)
        assert len(head) == per
        proxy = urljoin(col, proxy_path[1])
        rows = []
        for n in range(1, pages + 1):
            data = page(f"{proxy}?{urlencode({'page': n, **params})}")
            assert f"<datastore><totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage>" in data
            rows += found(col, record, data)
        assert rows[:per] == head
        past = page(f"{proxy}?{urlencode({'page': pages + 1, **params})}")
        assert f"<totalrecord>{total}</totalrecord>" in past and not re.findall(record, past)
        bare = page(f"{proxy}?{urlencode({'page': 1, 'appid': 1, 'webid': 4107})}")
        assert "<totalrecord>0</totalrecord>" in bare and not re.findall(record, bare)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "qiuyuan-gov")
        assert [u for u in rows if u not in truth_urls(province, "qiuyuan-gov")] == [
            "http://www.qiuyuan.gov.test/col/col1229561150/index.html"]

        # VSB winstyle: "共N条&nbsp;&nbsp;1/N" and only 首页/上页/下页/尾页; ndbg.htm, ndbg/2.htm, ndbg/1.htm
        lst = "http://jyj.leishan.gov.test/zwgk/ndbg.htm"
        first = page(lst)
        total = declared_number(r'<td colspan="3" align="center" class="pagestyle61523">共(\d+)条&nbsp;', first)
        pages = declared_number(r'class="pagestyle61523">共\d+条&nbsp;&nbsp;1/(\d+)&nbsp;首页&nbsp;上页&nbsp;', first)
        expected = [lst] + [f"http://jyj.leishan.gov.test/zwgk/ndbg/{pages - k + 1}.htm" for k in range(2, pages + 1)]
        assert found(lst, r'<a href="([^"]+)" class="Next">尾页</a>', first) == [expected[-1]]
        row = (r'<tr height="20"><td width="2%">·</td><td><a href="((?:\.\./)+info/1047/\d+\.htm)" class="c61523" '
               r'title="[^"]+" target="_blank">')
        walked: list[str] = []
        rows, url = [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f"共{total}条&nbsp;&nbsp;{len(walked)}/{pages}&nbsp;" in text
            rows += found(url, row, text)
            nxt = found(url, r'<a href="([^"]+)" class="Next">下页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == expected and "下页&nbsp;尾页</td>" in text
        assert missing(f"http://jyj.leishan.gov.test/zwgk/ndbg/{pages}.htm")
        assert all(u.startswith("http://jyj.leishan.gov.test/info/1047/") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "leishan-jyj")
        others = [u for u in rows if u not in truth_urls(province, "leishan-jyj")]
        assert sorted(h for u in others for h in re.findall(r'<td class="titlestyle61531" align="center">([^<]+)</td>',
                                                             page(u))) == sorted(
            ["2024年秋季义务教育阶段招生入学公告", "关于发放2024年春季学期学生资助资金的公示",
             "磥山县2024年公开招聘中小学教师公告"])

        # 海云: createPageHTML('page_div', pages, k, 'zfxxgknb_list', 'shtml', total) defined in the page, one-based
        root = "http://www.shengzhou.gov.test/zfxxgk/zfxxgknb/"
        first = page(root + "zfxxgknb_list.shtml")
        assert "function createPageHTML(div, pages, cur, name, ext, total)" in first
        assert '<div id="page_div" class="pagination"></div>' in first
        pages = declared_number(r"createPageHTML\('page_div', (\d+), 1, 'zfxxgknb_list', 'shtml', \d+\);", first)
        total = declared_number(r"createPageHTML\('page_div', \d+, 1, 'zfxxgknb_list', 'shtml', (\d+)\);", first)
        item = (r'<tr><td>\d+</td><td class="mc"><a href="(/zfxxgk/c\d+/content\.shtml)" target="_blank" '
                r'title="[^"]+">[^<]+</a></td><td class="jg">[^<]+</td><td class="rq">\d{4}-\d\d-\d\d</td></tr>')
        rows, serials = [], []
        for k in range(1, pages + 1):
            text = page(root + ("zfxxgknb_list.shtml" if k == 1 else f"zfxxgknb_list_{k}.shtml"))
            assert f"createPageHTML('page_div', {pages}, {k}, 'zfxxgknb_list', 'shtml', {total});" in text
            rows += found(root, item, text)
            serials += [int(n) for n in re.findall(r'<tr><td>(\d+)</td><td class="mc">', text)]
        assert serials == list(range(1, total + 1))
        assert missing(root + "zfxxgknb_list_1.shtml") and missing(f"{root}zfxxgknb_list_{pages + 1}.shtml")
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "shengzhou-gov")
        others = [u for u in rows if u not in truth_urls(province, "shengzhou-gov")]
        assert sorted(h for u in others for h in re.findall(r'<div class="xl-tit">([^<]+)</div>', page(u))) == sorted(
            ["渻州市2024年政务公开重点工作任务分工", "渻州市政务公开专区建设情况通报"])

        # gkmlpt at /gkmlpt: settings only in a JSON block; API {"articles", "total", "page"} with absolute urls
        shell_url = "http://www.qixi.gov.test/gkmlpt/index"
        shell = page(shell_url)
        block = re.search(r'<script type="application/json" id="gkml-settings">(.*?)</script>', shell)
        assert block and '<script src="/gkmlpt/static/boot.js"></script>' in shell
        settings = json.loads(block[1])
        assert settings["apiRoot"] == "/gkmlpt/api/all/" and settings["column"] == 3307
        assert "Math.ceil(d.total / s.perPage)" in page(urljoin(shell_url, "/gkmlpt/static/boot.js"))
        assert links("http://www.qixi.gov.test/", r'<a href="([^"]+)">政府信息公开年报</a>') == [
            "http://www.qixi.gov.test/gkmlpt/index#3307"]
        size, sid = settings["perPage"], settings["siteId"]
        api = urljoin(shell_url, f"{settings['apiRoot']}{settings['column']}?page=1&sid={sid}")
        total = json.loads(page(api))["total"]
        pages = -(-total // size)
        assert pages > 1
        rows, titles = [], {}
        for n in range(1, pages + 1):
            data = json.loads(page(api.replace("page=1", f"page={n}")))
            assert data["total"] == total and data["page"] == n and len(data["articles"]) <= size
            rows += [a["url"] for a in data["articles"]]
            titles.update({a["url"]: a["title"] for a in data["articles"]})
        assert json.loads(page(api.replace("page=1", f"page={pages + 1}")))["articles"] == []
        for wrong in (re.sub(r"sid=\d+", "sid=1", api), api.split("&sid=")[0], api.replace("/3307?", "/3305?")):
            answer = json.loads(page(wrong))
            assert answer["articles"] == [] and answer["total"] == 0
        assert all(u.startswith("http://www.qixi.gov.test/content/post_") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "qixi-gov")
        assert [titles[u] for u in rows if u not in truth_urls(province, "qixi-gov")] == [
            "碶溪县2024年秋季森林防火工作的通告"]

        # 开普云: "共N条 共N页" with a numbered pager, later pages index_p2.htm, index_p3.htm; current page a <b>
        root = "http://sthjj.yingyang.gov.test/zwgk/ndbg/"
        first = page(root + "index.htm")
        total = declared_number(r'<span>共(\d+)条 共\d+页</span></div>', first)
        pages = declared_number(r'<span>共\d+条 共(\d+)页</span></div>', first)
        pager = re.search(r'<div class="kp-pager">(.*?)</div>', first)
        assert pager and '<a href="javascript:;" class="disabled">上一页</a><b>1</b>' in pager[1]
        numbered = found(root, r'<a href="(index(?:_p\d+)?\.htm)">\d+</a>', pager[1])
        assert numbered == [f"{root}index_p{n}.htm" for n in range(2, pages + 1)]
        card = r'<div class="kp-item"><a class="kp-tit" href="(/zhengce/\d{6}/content_\d+\.htm)" title="[^"]+" '
        rows = []
        for k, url in enumerate([root + "index.htm"] + numbered, 1):
            text = page(url)
            assert f"<b>{k}</b>" in text and f"<span>共{total}条 共{pages}页</span>" in text
            rows += found(url, card, text)
        assert '<a href="javascript:;" class="disabled">下一页</a>' in text
        assert missing(root + "index_p1.htm") and missing(f"{root}index_p{pages + 1}.htm")
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "yingyang-sthjj")
        others = [u for u in rows if u not in truth_urls(province, "yingyang-sthjj")]
        assert sorted(h for u in others for h in re.findall(r'<h1 id="ti">([^<]+)</h1>', page(u))) == sorted(
            ["溁阳市2024年12月环境空气质量状况", "关于开展2025年“六五环境日”宣传活动的通知"])

        # hub: 本级年报 list, a paged 部门年报 directory (bmnb.html → bmnb_2.html), a 乡镇 table of written-out URLs
        hub = "http://www.qiaoling.gov.test/zwgk/xxgknb/index.html"
        assert links("http://www.qiaoling.gov.test/", r'<a href="([^"]+)">信息公开年报</a>') == [hub]
        first = page(hub)
        base = "http://www.qiaoling.gov.test/zwgk/xxgknb/"
        assert found(hub, r'<li><a href="(/zwgk/xxgknb/\w+\.html)"(?: class="cur")?>(?:本级|部门|乡镇)年报</a></li>',
                     first) == [base + "index.html", base + "bmnb.html", base + "xznb.html"]
        own = re.search(r'<ul class="nb-list">(.*?)</ul>', first)
        assert own
        rows = found(hub, r'<li><a href="(/zwgk/xxgknb/\d{6}/t\d{8}_\d+\.html)" target="_blank">[^<]+</a>'
                          r'<span class="date">\d{4}-\d\d-\d\d</span></li>', own[1])
        assert len(rows) == 3
        text = page(base + "bmnb.html")
        units = declared_number(r'<div class="pg">共(\d+)个单位 第1/\d+页', text)
        pages = declared_number(r'<div class="pg">共\d+个单位 第1/(\d+)页', text)
        assert pages == 2 and '<a href="bmnb_2.html">尾页</a>' in text
        unit = (r'<tr><td>\d+</td><td><a href="(http://[a-z]+\.qiaoling\.gov\.test/xxgk/ndbg/)" target="_blank">'
                r'([^<]+)</a></td><td>(?:\d{4}-\d\d-\d\d|—)</td></tr>')
        depts: list[tuple[str, str]] = []
        walked, url = [], base + "bmnb.html"
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<div class="pg">共{units}个单位 第{len(walked)}/{pages}页' in text
            depts += re.findall(unit, text)
            nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [base + "bmnb.html", base + "bmnb_2.html"] and "<span>下一页</span>" in text
        assert missing(base + "bmnb_1.html") and missing(f"{base}bmnb_{pages + 1}.html")
        assert [name for _, name in depts] == ["峤岭县发展和改革局", "峤岭县民政局", "峤岭县审计局", "峤岭县水利局"]
        assert len(depts) == units
        towns = re.findall(r'<tr><td>([^<]+)</td><td><a href="(http://[^"]+)" target="_blank">([^<]+)</a></td>'
                           r'<td>[\d-]+</td></tr>', page(base + "xznb.html"))
        assert [t for t, _, _ in towns] == ["峤口镇", "白沙乡"] and all(href == shown for _, href, shown in towns)
        lists = [(href, name) for href, name in depts] + [(href, town) for town, href, _ in towns]
        for lst, name in lists:
            text = page(lst)
            assert re.search(f'<meta name="SiteName" content="[^"]*{name}[^"]*">', text), name
            ul = re.search(r'<ul class="ndbg">(.*?)</ul>', text)
            assert ul
            mine = found(lst, r'<li><a href="(/xxgk/ndbg/\d+\.html)">[^<]+</a><span>\d{4}-\d\d-\d\d</span></li>', ul[1])
            assert all(urlsplit(u).netloc == urlsplit(lst).netloc for u in mine)
            if lst == "http://sww.qiaoling.gov.test/xxgk/ndbg/":  # 峤岭县审计局: an empty list, "暂无信息"
                assert ul[1] == '<li class="empty">暂无信息</li>' and mine == []
            else:
                assert mine and "暂无信息" not in text
            rows += mine
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "qiaoling-bmnb")

        # ColdFusion (GB18030): "共 N 条　显示第 1-4 条", later pages by record offset &startrow=5, &startrow=9
        start = "http://www.fuyang.gov.test/xxgk/index.cfm?fuseaction=catalog.list&catid=0807"
        assert links("http://www.fuyang.gov.test/xxgk/index.cfm", r'<li><a href="([^"]+)">政府信息公开年报</a></li>',
                     "gb18030") == [start]
        first = page(start, "gb18030")
        total = declared_number(r'<div class="cf_pager">共 (\d+) 条　显示第 1-\d+ 条', first)
        per = declared_number(r'<div class="cf_pager">共 \d+ 条　显示第 1-(\d+) 条', first)
        assert "[首页] [上一页] " in first and "<b>1</b>" in first
        numbered = found(start, r'<a href="(index\.cfm\?fuseaction=catalog\.list&amp;catid=0807&amp;startrow=\d+)">'
                                r'\d+</a>', first)
        offsets = list(range(1, total + 1, per))
        assert numbered == [f"{start}&startrow={r}" for r in offsets[1:]] and offsets[1:3] == [5, 9]
        item = (r'<tr class="ml_t"><td rowspan="2" class="xh">\d+</td><td colspan="2"><a href="(index\.cfm\?'
                r'fuseaction=catalog\.detail&amp;infoid=\d+)" target="_blank">[^<]+</a></td></tr><tr class="ml_m">'
                r'<td>索引号：[^<]+</td><td>发布机构：[^<]+　生成日期：\d{4}-\d\d-\d\d</td></tr>')
        rows, serials = [], []
        for k, (url, row_start) in enumerate(zip([start] + numbered, offsets, strict=True), 1):
            text = page(url, "gb18030")
            assert f"共 {total} 条　显示第 {row_start}-{min(row_start + per - 1, total)} 条" in text
            assert f"<b>{k}</b>" in text
            rows += found(url, item, text)
            serials += [int(n) for n in re.findall(r'<td rowspan="2" class="xh">(\d+)</td>', text)]
        assert "[下一页] [尾页]" in text and serials == list(range(1, total + 1))
        for offset in (offsets[-1] + per, 2, 0):
            assert missing(f"{start}&startrow={offset}")
        assert missing(start.replace("0807", "0808"))
        assert missing("http://www.fuyang.gov.test/xxgk/index.cfm?fuseaction=catalog.detail&infoid=1")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "fuyang-gkml")

        # Ghost (cms: auto): home nav → 政务公开 page → tag archive /tag/zfxxgknb/, then page/2/, page/3/
        home = "http://www.boshan.gov.test/"
        zwgk = links(home, r'<li class="nav-zheng-wu-gong-kai"><a href="([^"]+)">政务公开</a></li>')
        assert zwgk == [home + "zwgk/"] and "/tag/zfxxgknb/" not in page(home)
        tag = links(zwgk[0], r'<li><a href="([^"]+)">政府信息公开年报</a></li>')
        assert tag == [home + "tag/zfxxgknb/"]
        first = page(tag[0])
        pages = declared_number(r'<span class="page-number">第 1 页，共 (\d+) 页</span>', first)
        card = (r'<article class="post-card post tag-zfxxgknb"><div class="post-card-content"><a '
                r'class="post-card-content-link" href="(/[a-z0-9-]+/)">')
        rows, walked, url = [], [], tag[0]
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<span class="page-number">第 {len(walked)} 页，共 {pages} 页</span>' in text
            rows += found(url, card, text)
            older = found(url, r'<a class="older-posts" href="([^"]+)">较早文章 &rarr;</a>', text)
            assert older == re.findall(r'<link rel="next" href="([^"]+)">', text)
            url = older[0] if older else ""
        assert walked == tag + [f"{tag[0]}page/{n}/" for n in range(2, pages + 1)]
        assert missing(f"{tag[0]}page/1/") and missing(f"{tag[0]}page/{pages + 1}/")
        assert 5 * (pages - 1) < len(rows) <= 5 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "boshan-gov")

        # Pelican (no cms): xxgknb.html, xxgknb2.html, xxgknb3.html; « / » only; page 1 features the newest in full
        cat = "http://scjg.weizhou.gov.test/category/xxgknb.html"
        first = page(cat)
        assert '<meta name="generator" content="Pelican">' in first
        pages = declared_number(r'<p class="paginator">第 1 / (\d+) 页', first)
        aside = re.search(r'<aside id="featured" class="body"><article><h1 class="entry-title"><a href="([^"]+)">'
                          r'([^<]+)</a></h1>(.*?)</article></aside>', first, re.S)
        assert aside
        featured = urljoin(cat, aside[1])
        content = aside[3].split('<div class="entry-content">', 1)[1].removesuffix("</div>")
        assert len(content) > 2000 and content in page(featured)
        newest = max((t for t in province.reports() if t.site_id == "weizhou-scjg"), key=lambda t: t.year or 0)
        assert newest.url == featured and unescape(aside[2]) == newest.title and newest.year == 2024
        entry = (r'<li><article class="hentry"><header><h1><a href="(/\d{4}/\d\d/[a-z0-9-]+\.html)" rel="bookmark" '
                 r'title="Permalink to [^"]+">')
        rows, walked, url = [featured], [], cat
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f"第 {len(walked)} / {pages} 页" in text
            mine = found(url, entry, text)
            assert (len(mine) == 3 or len(walked) > 1) and featured not in mine
            rows += mine
            nxt = found(url, r'<a href="([^"]+)">&raquo;</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [cat] + [cat.replace(".html", f"{n}.html") for n in range(2, pages + 1)]
        assert missing(cat.replace(".html", "1.html")) and missing(cat.replace(".html", f"{pages + 1}.html"))
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "weizhou-scjg")


def test_batch30_portal_contracts() -> None:
    """The legacy pages' GB18030 bytes (header and meta both GB18030); the one scan (weizhou-scjg 2020, image-only
    PDF, flagged) and its link; the TRS and Hanweb and Ghost DOCX, the VSB, 海云, 开普云 and ColdFusion PDFs, the gkmlpt
    OFD where their pages link them; the units abbreviated in their titles named in full on their pages."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page

        # the legacy list, 目录 home and articles: GB18030 bytes under a GB18030 header and meta
        start = "http://www.fuyang.gov.test/xxgk/index.cfm?fuseaction=catalog.list&catid=0807"
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=GB18030" />'
        for url in (start, "http://www.fuyang.gov.test/xxgk/index.cfm", "http://www.fuyang.gov.test/"):
            status, media, body = fetch(server.proxy, url)
            text = body.decode("gb18030")
            assert (status, media) == (200, GB18030) and meta in text, url
            assert "澓阳县".encode("gb18030") in body and "澓阳县" in text
        legacy = next(t for t in reports if t.site_id == "fuyang-gkml" and not t.report_url)
        _, media, body = fetch(server.proxy, legacy.url)
        assert media == GB18030 and legacy.title in body.decode("gb18030") and meta in body.decode("gb18030")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("weizhou-scjg", 2020)]
        scan = scans[0]
        assert scan.report_url == "http://scjg.weizhou.gov.test/2021/01/scjgj-2020-xxgk-ndbg-scan.pdf"
        path = urlsplit(scan.report_url).path
        assert f'<a href="{path}">点击查看扫描件（PDF）</a>' in article(scan.url)
        assert scan.url == "http://scjg.weizhou.gov.test/2021/01/scjgj-2020-xxgk-ndbg.html"
        assert fetch(server.proxy, scan.report_url)[:2] == (200, PDF) and scan.media_type == PDF

        # every attachment: (site, media type) → the page's link to it, resolved, is the report's file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url and t not in scans)
        assert attached == sorted([("lanxi-zjj", DOCX), ("qiuyuan-gov", DOCX), ("leishan-jyj", PDF),
                                   ("shengzhou-gov", PDF), ("qixi-gov", OFD), ("yingyang-sthjj", PDF),
                                   ("fuyang-gkml", PDF), ("boshan-gov", DOCX)])


        # TRS classic: ./P020220128<12 digits>.docx in DIV.Article_fj, the article's own month folder
        url, report_url, text = pages.filed(reports, "lanxi-zjj")
        link = re.search(r'<DIV class="Article_fj">附件：<A href="(\./P020220128\d{12}\.docx)">', text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.startswith("http://zjj.lanxi.gov.test/zwgk/zfxxgk/zfxxgknb/202201/")

        # Hanweb: /module/download/downfile.jsp?classid=0&filename=<32 hex>.docx&showname=… inside #zoom
        url, report_url, text = pages.filed(reports, "qiuyuan-gov")
        link = re.search(r'<div id="zoom">.*?<a href="(/module/download/downfile\.jsp\?classid=0&amp;filename='
                         r'[0-9a-f]{32}\.docx&amp;showname=[^"]+)">', text)
        assert link and urljoin(url, unescape(link[1])) == report_url

        # VSB: /system/_content/download.jsp?…&owner=1351827761&wbfileid=<n> in 附件【…】, no Referer needed
        url, report_url, text = pages.filed(reports, "leishan-jyj")
        link = re.search(r'<li>附件【<a href="(/system/_content/download\.jsp\?urltype=news\.DownloadAttachUrl&amp;'
                         r'owner=1351827761&amp;wbfileid=\d+)" target="_blank">', text)
        assert link and urljoin(url, unescape(link[1])) == report_url

        # 海云: /zfxxgk/c<id>/<32 hex>/files/<32 hex>.pdf in div.xl-fj, under the article's own folder
        url, report_url, text = pages.filed(reports, "shengzhou-gov")
        link = re.search(r'<div class="xl-fj"><h4>相关附件：</h4><p><a href="(/zfxxgk/c\d+/[0-9a-f]{32}/files/'
                         r'[0-9a-f]{32}\.pdf)" target="_blank">', text)
        assert link and urljoin(url, link[1]) == report_url and report_url.startswith(url.removesuffix("content.shtml"))

        # gkmlpt: /attachment/0/769/<id>.ofd in p.attach and in window.DETAIL.files
        url, report_url, text = pages.filed(reports, "qixi-gov")
        link = re.search(r'<p class="attach">附件：<a href="(/attachment/0/769/\d+\.ofd)">', text)
        assert link and urljoin(url, link[1]) == report_url
        detail = re.search(r"<script>window\.DETAIL = (\{.*?\});</script>", text)
        assert detail and [f["url"] for f in json.loads(detail[1])["files"]] == [link[1]]

        # 开普云: /zhengce/files/202301/P0<id>.pdf inside #UCAP-CONTENT
        url, report_url, text = pages.filed(reports, "yingyang-sthjj")
        link = re.search(r'<div id="UCAP-CONTENT"><div class="trs_editor_view">.*?<p><a href="(/zhengce/files/202301/'
                         r'P0\d+\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # ColdFusion: /xxgk/upfiles/2023/0117/<12 digits>.pdf as 附件： in #cf_zoom (a GB18030 page)
        url, report_url, text = pages.filed(reports, "fuyang-gkml", "gb18030")
        link = re.search(r'<div id="cf_zoom">.*?<p>附件：<a href="(/xxgk/upfiles/2023/0117/\d{12}\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # Ghost: a kg-file-card's /content/files/2022/01/….docx, a download link
        url, report_url, text = pages.filed(reports, "boshan-gov")
        link = re.search(r'<div class="kg-card kg-file-card"><a class="kg-file-card-container" '
                         r'href="(/content/files/2022/01/[a-z0-9-]+\.docx)" title="Download" download>', text)
        assert link and urljoin(url, link[1]) == report_url

        # a unit abbreviated in its title (or not named at all, on the hub's sub-hosts) is named in full on its page
        checked = 0
        for site, short in (("lanxi-zjj", "县城管执法大队"), ("qiuyuan-gov", "郜集镇"), ("qiuyuan-gov", "枳岗乡"),
                            ("leishan-jyj", "县教师发展中心"), ("shengzhou-gov", "市医保局"),
                            ("shengzhou-gov", "市市场监管局"), ("qixi-gov", "县统计局"), ("qixi-gov", "碶头镇"),
                            ("yingyang-sthjj", "溁东分局"), ("yingyang-sthjj", "市生态环境执法支队"),
                            ("qiaoling-bmnb", "2023年度"), ("qiaoling-bmnb", "2024年度"), ("qiaoling-bmnb", "2021年"),
                            ("qiaoling-bmnb", "2020年"), ("qiaoling-bmnb", "本镇"),
                            ("fuyang-gkml", "县卫健局"), ("fuyang-gkml", "芦陂镇"),
                            ("boshan-gov", "县教育局"), ("boshan-gov", "石砭镇"),
                            ("weizhou-scjg", "高新区分局"), ("weizhou-scjg", "市知识产权局")):
            encoding = "gb18030" if site == "fuyang-gkml" else "utf-8"
            checked += pages.units_named_in_full(reports, site, short, encoding)
        assert checked == 24


@pytest.mark.slow
def test_batch30_measurement_runs() -> None:
    m = assert_measurement_holds("batch30")
    # No address asked that the portals do not serve: batch 30 links no dead page, so a 404 is a page made up.
    assert not [url for run in m.runs for url in run.not_found]
