"""Issue 12, held-out batch 28 of the unseen province (govcrawl/province/unseen/batch28): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), and the few contracts
particular to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, found, truth_urls

BATCH = ("batch28",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"


def test_batch28_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS one-line ``createPageHTML(3,0,"index","shtml")`` whose function
    is in a shared ``trspage.js``, a Hanweb jpage's ``totalRecord`` over the old jslib data proxy's record
    windows, a VSB windowed pager "共N条" whose middle pages are linked only from their neighbours, a 海云
    ``pageCount``/``recordCount`` pair for a one-based pager with no ``index_1.html``, a gkmlpt API named only in
    a ``<link rel="preload">`` that answers the whole column on page 1, a 开普云 ``data-pattern``/``data-count``
    script pager, a hub's two tabs and its units' own lists on their sub-hosts ("共N个单位", "共N条"), an
    AspNetPager "共N条记录 每页N条 第1/N页" in GBK, a YzmCMS pageinfo "共N页N条记录" two clicks from home, a Jekyll
    "第 1 页，共 N 页" over ``page2/``) agrees with the entries the pages serve, and every report and decoy is
    among them."""
    province = build_unseen(BATCH)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic: createPageHTML(pages,k,"index","shtml") with no spaces, the function in /images/js/trspage.js
        root = "http://www.hanchuan.gov.test/zwgk/zfxxgknb/"
        first = page(root + "index.shtml")
        assert '<script src="/images/js/trspage.js"></script>' in first and "function createPageHTML" not in first
        script = page(urljoin(root, "/images/js/trspage.js"))
        assert "function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt)" in script
        pages = declared_number(r'createPageHTML\((\d+),0,"index","shtml"\);', first)
        dl = r'<dl><dt><a href="(\./t\d+\.shtml)" target="_blank" title="[^"]+">[^<]+</a></dt><dd>\d{4}年\d\d月\d\d日'
        rows = found(root, dl, first)
        assert first == page(root)
        for k in range(1, pages):
            text = page(f"{root}index_{k}.shtml")
            assert f'createPageHTML({pages},{k},"index","shtml");' in text
            rows += found(root, dl, text)
        assert missing(f"{root}index_{pages}.shtml")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "hanchuan-gov")

        # Hanweb: jpage totalRecord over /module/jslib/jquery/jpage/dataproxy.jsp; the island holds the first perPage
        col = "http://ybj.yunzhou.gov.test/col/col7723/index.html"
        first = page(col)
        total = declared_number(r"perPage: \d+, totalRecord: (\d+),", first)
        per = declared_number(r"\$\('#31569'\)\.jpage\(\{dataStore: .*?perPage: (\d+),", first)
        group = declared_number(r"groupSize: (\d+),", first)
        proxy_path = re.search(r"proxyUrl: '([^']+)'", first)
        assert proxy_path and proxy_path[1] == "/module/jslib/jquery/jpage/dataproxy.jsp"
        assert "<nextgroup>" not in first and "<totalrecord>" not in first
        record = r'<record><!\[CDATA\[<p class="yb-li"><a href="([^"]+)" target="_blank" title="'
        head = found(col, record, first)
        assert len(head) == per
        params = {"col": 1, "appid": 1, "webid": 57, "path": "/", "columnid": 7723, "sourceContentType": 1,
                  "unitid": 31569, "webname": "沄州市医疗保障局", "permissiontype": 0}
        proxy = urljoin(col, proxy_path[1])
        rows, start = [], 1
        while start <= total and start < 100:
            end = start + per * group - 1
            query = urlencode({"startrecord": start, "endrecord": end, "perpage": per})
            data = page(f"{proxy}?{query}", data=urlencode(params).encode())
            assert "<nextgroup><![CDATA[]]></nextgroup>" in data
            rows += found(col, record, data)
            start = end + 1
        assert rows[:per] == head
        paged: list[str] = []
        for n in range(1, -(-total // per) + 1):
            paged += found(col, record, page(f"{proxy}?page={n}"))
        assert paged == rows
        assert not re.findall(record, page(f"{proxy}?startrecord={total + 1}&endrecord={total + per}&perpage={per}"))
        other = urlencode({**params, "columnid": 1}).encode()
        assert not re.findall(record, page(f"{proxy}?startrecord=1&endrecord=12&perpage=4", data=other))
        assert missing("http://ybj.yunzhou.gov.test/module/web/jpage/dataproxy.jsp?startrecord=1&endrecord=12")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "yunzhou-ybj")

        # VSB windowed pager: "共N条", page 1 /gknb.htm links only 2 and the last; then gknb/N-1.htm … gknb/1.htm
        url: str | None = "http://www.jiaokou.gov.test/gknb.htm"
        walked: list[str]
        first = page("http://www.jiaokou.gov.test/gknb.htm")
        total = declared_number(r'<span class="p_t">共(\d+)条</span>', first)
        numbers = [int(n) for n in re.findall(r'<span class="p_no"><a href="[^"]+">(\d+)</a></span>', first)]
        pages = max(numbers)
        assert '<span class="p_dot">...</span>' in first and 3 not in numbers
        row = r'<li class="jk-row" id="line_u7_\d+"><a href="([^"]+)" target="_blank" title='
        rows, walked = [], []
        while url and len(walked) < 10:
            text = page(url)
            assert f'<span class="p_t">共{total}条</span>' in text
            assert f'<span class="p_no_d">{len(walked) + 1}</span>' in text
            rows += found(url, row, text)
            walked.append(url)
            more = re.search(r'<span class="p_next p_fun"><a href="([^"]+)">下页</a></span>', text)
            url = urljoin(url, more[1]) if more else None
        assert '<span class="p_next_d p_fun_d">下页</span>' in text
        assert walked == ["http://www.jiaokou.gov.test/gknb.htm"] + [
            f"http://www.jiaokou.gov.test/gknb/{k}.htm" for k in range(pages - 1, 0, -1)]
        assert missing(f"http://www.jiaokou.gov.test/gknb/{pages}.htm")
        assert all(u.startswith("http://www.jiaokou.gov.test/info/1126/") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "jiaokou-gov")

        # 海云 6-arg pager: var pageCount / pageIndex / recordCount, one-based: index.html, index_2.html …
        root = "http://www.yaowan.gov.test/qzjj/zfxxgk/ndbg/"
        first = page(root + "index.html")
        pages = declared_number(r"var pageCount = (\d+);", first)
        total = declared_number(r"var recordCount = (\d+);", first)
        assert "createPageHTML('paging', pageCount, pageIndex, 'index', 'html', recordCount);" in first
        item = r'<div class="yw-item"><p class="yw-t"><a href="(\./\d{6}/content_\d+\.html)" target="_blank"'
        rows = []
        for k in range(1, pages + 1):
            text = page(root + ("index.html" if k == 1 else f"index_{k}.html"))
            assert f"var pageCount = {pages};\nvar pageIndex = {k};\nvar recordCount = {total};" in text
            rows += found(root, item, text)
        assert missing(root + "index_1.html") and missing(f"{root}index_{pages + 1}.html")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "yaowan-zjj")

        # gkmlpt: the list API only in <link rel="preload" as="fetch">; page 1 answers the whole column
        shell = page("http://swj.kanwan.gov.test/gkmlpt/index")
        preload = re.search(r'<link rel="preload" as="fetch" href="([^"]+)"', shell)
        assert preload and "sid=" in preload[1] and "/3106?" in preload[1]
        assert shell.count(urlsplit(preload[1]).query.split("sid=")[1]) == 1
        size = declared_number(r"var PAGE_SIZE = (\d+);", shell)
        api = urljoin("http://swj.kanwan.gov.test/gkmlpt/index", unescape(preload[1]))
        head_data = json.loads(page(api))
        total = head_data["total"]
        assert head_data["page"] == 1 and head_data["size"] >= total > size
        rows = [a["url"] for a in head_data["articles"]]
        assert all(isinstance(a["date"], int) for a in head_data["articles"])
        assert json.loads(page(api.replace("page=1", "page=2")))["articles"] == []
        assert json.loads(page(re.sub(r"sid=\d+", "sid=1", api))) == {"status": 0, "info": "参数错误"}
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "kanwan-swj")
        others = [a["title"] for a in head_data["articles"] if a["url"] not in truth_urls(province, "kanwan-swj")]
        assert sorted(others) == sorted(["关于做好2024年汛期安全工作的通知", "磡湾市2024年水资源公报"])

        # 开普云: kpGo(n) onclick pager; data-pattern="list_{page}.html" data-count="N"; <link rel=next> chain
        root = "http://www.yongshui.gov.test/zwgk/gknb/"
        first = page(root + "list_1.html")
        pager = re.search(r'<div class="kp-pages" data-pattern="([^"]+)" data-count="(\d+)" data-current="1">', first)
        assert pager and "{page}" in pager[1]
        pages = declared_number(r'data-count="(\d+)"', first)
        assert first == page(root) and f"<span>第1页/共{pages}页</span>" in first
        card = r'<li class="kp-card"><a href="([^"]+)" target="_blank"><h4>'
        rows, walked = [], []
        url = root + "list_1.html"
        while url and len(walked) < 10:
            text = page(url)
            assert f'data-count="{pages}" data-current="{len(walked) + 1}"' in text
            assert url == urljoin(root, pager[1].replace("{page}", str(len(walked) + 1)))
            rows += found(url, card, text)
            walked.append(url)
            more = re.search(r'<link rel="next" href="([^"]+)">', text)
            url = urljoin(url, more[1]) if more else None
        assert len(walked) == pages and missing(urljoin(root, pager[1].replace("{page}", str(pages + 1))))
        assert len(rows) == len(set(rows)) and 4 * (pages - 1) < len(rows) <= 4 * pages
        assert set(rows) > truth_urls(province, "yongshui-gov")
        assert [u for u in rows if u not in truth_urls(province, "yongshui-gov")] == [
            u for u in rows if "鄘水县2025年第一季度政务公开工作情况通报" in page(u)]

        # hub: 市直部门 tab (units → their sub-hosts' lists, "共N个单位", "共N条"), 镇（街道） tab (the towns' reports)
        hub = "http://www.xizhou.gov.test/bmnb/szbm.html"
        first = page(hub)
        tabs = links(hub, r'<li(?: class="on")?><a href="([a-z]+\.html)">')
        assert tabs == [hub, "http://www.xizhou.gov.test/bmnb/zj.html"]
        units = declared_number(r'<p class="cnt">共(\d+)个单位</p>', first)
        lists = re.findall(r'<td><a href="(http://[^"]+)">进入年报栏目</a></td>', first)
        assert len(lists) == units and len({urlsplit(u).netloc for u in lists}) == units
        rows = []
        for sub in lists:
            text = page(sub)
            mine = found(sub, r'<li><a href="(/xxgk/nb/\d{4}/\d+\.html)">', text)
            assert len(mine) == declared_number(r'<div class="cnt">共(\d+)条</div>', text) and mine, sub
            assert all(urlsplit(u).netloc == urlsplit(sub).netloc for u in mine)
            rows += mine
        towns = links(tabs[1], r'<li><a href="(/bmnb/zj/\d+\.html)">')
        assert towns and all(u.startswith("http://www.xizhou.gov.test/bmnb/zj/") for u in towns)
        rows += towns
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "xizhou-bmnb")

        # ASP.NET AspNetPager (GBK): "共N条记录 每页N条 第1/N页", List.aspx?cid=1021&page=N; past the end: the last
        root = "http://www.laiping.gov.test/xxgk/List.aspx?cid=1021"
        first = page(root, "gbk")
        total = declared_number(r"共(\d+)条记录 每页\d+条 第1/", first)
        per = declared_number(r"条记录 每页(\d+)条 第1/", first)
        pages = declared_number(r"每页\d+条 第1/(\d+)页", first)
        assert pages == -(-total // per) and '<a disabled="disabled" style="margin-right:5px;">上一页</a>' in first
        numbered = found(root, r'<a href="(List\.aspx\?cid=1021&amp;page=\d+)" style="margin-right:5px;">\d+</a>',
                         first)
        assert numbered == [f"{root}&page={n}" for n in range(2, pages + 1)]
        assert page(f"{root}&page=1", "gbk").replace("page=1", "") == first.replace("page=1", "")
        rows = []
        for k, url in enumerate([root] + numbered, 1):
            text = page(url, "gbk")
            assert f"共{total}条记录 每页{per}条 第{k}/{pages}页" in text
            rows += found(url, r'<a id="dlNews_ctl\d\d_hlTitle" href="(Show\.aspx\?id=\d+)" target="_blank"', text)
        assert page(f"{root}&page={pages + 1}", "gbk") == page(f"{root}&page={pages}", "gbk")
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "laiping-gov")

        # YzmCMS: home → 政务公开 → 更多+; pageinfo "共N页N条记录" over /ndbg/ (page 1), /ndbg/list_N.html
        home = "http://www.chouchuan.gov.test/"
        zwgk = links(home, r'<li><a href="(/zwgk/)">政务公开</a></li>')[0]
        col = links(zwgk, r'<a href="(/ndbg/)">政府信息公开年报</a><a class="more" href="/ndbg/">更多\+</a>')[0]
        first = page(col)
        pages = declared_number(r'<span class="pageinfo">共<strong>(\d+)</strong>页', first)
        total = declared_number(r"页<strong>(\d+)</strong>条记录", first)
        assert f'<a href="{urlsplit(col).path}" class="nopage">上一页</a>' in first
        entry = r'<li><span class="date">[\d-]+</span><a href="(/ndbg/\d+\.html)" title='
        rows = found(col, entry, first)
        for k in range(2, pages + 1):
            rows += links(urljoin(col, f"list_{k}.html"), entry)
        assert missing(urljoin(col, f"list_{pages + 1}.html"))
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "chouchuan-gov")

        # Jekyll (jekyll-paginate): /gk/ndbg/, page2/ … through 下一页 alone; "第 k 页，共 N 页"; no page1/
        sec = "http://sjj.yongcheng.gov.test/gk/ndbg/"
        url = sec
        first = page(sec)
        pages = declared_number(r'<span class="page_number ">第 1 页，共 (\d+) 页</span>', first)
        entry = r'<li class="post-item"><span class="post-meta">[^<]+</span><h3><a class="post-link" href="([^"]+)">'
        rows, walked = [], []
        while url and len(walked) < 10:
            text = page(url)
            assert f"第 {len(walked) + 1} 页，共 {pages} 页" in text
            rows += found(url, entry, text)
            walked.append(url)
            more = re.search(r'<a href="([^"]+)" class="next">', text)
            url = urljoin(url, more[1]) if more else None
        assert walked == [sec] + [f"{sec}page{k}/" for k in range(2, pages + 1)]
        assert missing(f"{sec}page1/") and missing(f"{sec}page{pages + 1}/")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "yongcheng-sjj")


def test_batch28_portal_contracts() -> None:
    """The legacy pages' GBK bytes; the one scan (image-only PDF, flagged); TRS's ``div.appendix`` PDF, 开普云's
    PDF with its Content-Disposition, 海云's and YzmCMS's DOCX, gkmlpt's and Jekyll's OFD; the units named only on
    their own pages."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page

        # the legacy catalogue and its articles: GBK bytes (郲 is outside GB2312) under a gb2312 header and meta
        _, media, body = fetch(server.proxy, "http://www.laiping.gov.test/xxgk/List.aspx?cid=1021")
        text = body.decode("gbk")
        assert "gb2312" in media.lower() and "charset=gb2312" in text and "郲坪县" in text
        assert "郲".encode("gbk") in body and "__VIEWSTATE" in text
        legacy = next(t for t in reports if t.site_id == "laiping-gov" and "image_only" not in t.flags)
        _, media, body = fetch(server.proxy, legacy.url)
        assert "gb2312" in media.lower() and legacy.title in body.decode("gb18030")
        for wrong in ("Show.aspx?id=1", "List.aspx?cid=9"):  # ASP.NET's error handler: 200 and a script alert
            status, media, body = fetch(server.proxy, "http://www.laiping.gov.test/xxgk/" + wrong)
            assert status == 200 and "gb2312" in media and body.decode("gbk").startswith("<script>alert(")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("laiping-gov", 2020)]
        scan = scans[0]
        assert scan.report_url and scan.report_url.startswith("http://www.laiping.gov.test/UpLoadFile/2021/2/3/")
        assert f'<a href="{urlsplit(scan.report_url).path}" target="_blank">' in article(scan.url, "gbk")
        assert "（扫描件）.pdf" in article(scan.url, "gbk")
        assert fetch(server.proxy, scan.report_url)[1] == PDF and scan.media_type == PDF

        # every attachment: (site, media type) → the page's link to it, resolved, is the report's file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url and t not in scans)
        assert attached == sorted([("hanchuan-gov", PDF), ("yongshui-gov", PDF), ("yaowan-zjj", DOCX),
                                   ("chouchuan-gov", DOCX), ("kanwan-swj", OFD), ("yongcheng-sjj", OFD)])


        # TRS: ./P0….pdf in div.appendix (same directory), OLDSRC="/protect/P0….pdf"
        url, report_url, text = pages.filed(reports, "hanchuan-gov")
        appendix = re.search(
            r'<div class="appendix">相关附件：<a href="(\./P0\d+\.pdf)" OLDSRC="(/protect/P0\d+\.pdf)"', text)
        assert appendix and urljoin(url, appendix[1]) == report_url
        assert appendix[2].rsplit("/", 1)[1] == report_url.rsplit("/", 1)[1]
        assert report_url.startswith("http://www.hanchuan.gov.test/zwgk/zfxxgknb/P020220121")

        # 开普云: /uploadfiles/202102/P0….pdf in p.fj inside <UCAPCONTENT>, served with a Content-Disposition name
        url, report_url, text = pages.filed(reports, "yongshui-gov")
        link = re.search(r'<UCAPCONTENT>.*<p class="fj">附件：<a href="(/uploadfiles/202102/P0\d+\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # 海云: ../202301/W0….docx in the 附件下载 block (the column's 202301/ folder), a download attribute
        url, report_url, text = pages.filed(reports, "yaowan-zjj")
        link = re.search(r'<div class="yw-fj"><span>附件下载：</span><ul><li><a href="(\.\./202301/W0\d+\.docx)" '
                         r"download>", text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.startswith("http://www.yaowan.gov.test/qzjj/zfxxgk/ndbg/202301/W020230116")

        # YzmCMS: /uploads/202301/13/<12 digits>.docx after "附件："
        url, report_url, text = pages.filed(reports, "chouchuan-gov")
        link = re.search(r'<p>附件：<a href="(/uploads/202301/13/\d{12}\.docx)" target="_blank">', text)
        assert link and urljoin(url, link[1]) == report_url

        # gkmlpt: /attachment/0/31/31<id>.ofd in p.gk-fj and in window.__DATA__'s DETAIL.attachment
        url, report_url, text = pages.filed(reports, "kanwan-swj")
        link = re.search(r'<p class="gk-fj">附件：<a href="(/attachment/0/31/31\d+\.ofd)">', text)
        assert link and urljoin(url, link[1]) == report_url
        detail = re.search(r"window\.__DATA__ = \{DETAIL: (\{.*?\}), TREE: ", text)
        assert detail and [a["url"] for a in json.loads(detail[1])["attachment"]] == [link[1]]

        # Jekyll: /assets/files/ndbg-2022.ofd after 全文下载
        url, report_url, text = pages.filed(reports, "yongcheng-sjj")
        link = re.search(r'<p>全文下载：<a href="(/assets/files/ndbg-2022\.ofd)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # a unit abbreviated (or left out) in its title is named in full on its page
        checked = 0
        for site, short in (("hanchuan-gov", "县市场监管局"), ("yunzhou-ybj", "市医保服务中心"),
                            ("jiaokou-gov", "县教体局"), ("jiaokou-gov", "县住建局"),
                            ("yaowan-zjj", "区住房保障服务中心"), ("kanwan-swj", "市水务工程建设管理中心"),
                            ("yongshui-gov", "县卫健局"),
                            ("yongshui-gov", "鄘城镇"), ("xizhou-bmnb", "2024年度"), ("xizhou-bmnb", "2023年度"),
                            ("xizhou-bmnb", "2020年度"), ("xizhou-bmnb", "隰川镇"), ("xizhou-bmnb", "蒲溪街道"),
                            ("laiping-gov", "县卫健局"), ("laiping-gov", "城关镇"), ("chouchuan-gov", "县教体局"),
                            ("chouchuan-gov", "黄埠镇"), ("yongcheng-sjj", "投资审计中心")):
            encoding = "gbk" if site == "laiping-gov" else "utf-8"
            checked += pages.units_named_in_full(reports, site, short, encoding)
        assert checked == 21


@pytest.mark.slow
def test_batch28_measurement_runs() -> None:
    assert_measurement_holds("batch28")
