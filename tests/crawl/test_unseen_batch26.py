"""Issue 12, held-out batch 26 of the unseen province (govcrawl/province/unseen/batch26): every count
a portal declares matches what it holds (this batch has no deliberate shortfall), and the few contracts
particular to a portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's)."""

from __future__ import annotations

import json
import re
import urllib.request
from html import unescape
from urllib.parse import parse_qs, quote, unquote, urljoin, urlsplit

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, found, truth_urls

BATCH = ("batch26",)


def disposition(proxy: str, url: str) -> str:
    """The ``Content-Disposition`` a file is served with, through the fixture proxy."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}))
    with opener.open(url, timeout=60) as response:
        return response.headers.get("Content-Disposition") or ""


def test_batch26_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (TRS year sub-columns' ``_nPageCount``, a 海云 6-argument
    ``createPageHTML``, a Hanweb ``totalRecord`` with its ``<nextgroup>`` record window, a VSB "共N条
    第1页/共N页" over reverse-numbered files, a gkmlpt API's ``total`` with the sid of the shell's hidden
    input, a 开普云 "共N条记录" with root-relative ``index_N.shtml`` links, a hub query page's "共 N 条" and
    its department filters, a displaytag "共找到 N 条记录" in GBK, a 铭飞MCMS "共N页" over ``list-N.html``, a
    DouPHP "总计 N 个记录，共 N 页") agrees with the entries the pages serve, and every report and decoy is
    among them."""
    province = build_unseen(BATCH)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        # TRS classic: a 栏目首页 of year sub-columns, each paged by `var _nPageCount`; zero-based index_N.shtml
        root = "http://www.ciyang.gov.test/zfxxgk/zfxxgknb/index.shtml"
        subs = links(root, r'<a class="more" href="([^"]+)">更多')
        assert len(subs) == 5
        rows: list[str] = []
        for sub in subs:
            first = page(sub)
            pages = declared_number(r"var _nPageCount = (\d+);", first)
            assert declared_number(r"var _nCurrIndex = (\d+);", first) == 0
            assert 'var _sPageName = "index";' in first and 'var _sPageExt = "shtml";' in first
            mine = found(sub, r'<li><a href="(\./[^"]+)" target="_blank" title=', first)
            for k in range(1, pages):
                text = page(f"{sub}index_{k}.shtml")
                assert declared_number(r"var _nCurrIndex = (\d+);", text) == k
                mine += found(sub, r'<li><a href="(\./[^"]+)" target="_blank" title=', text)
            assert 3 * (pages - 1) < len(mine) <= 3 * pages, sub
            assert fetch(server.proxy, f"{sub}index_{pages}.shtml")[0] == 404
            rows += mine
        # the 市场监管局's report is on 2024nd/index_1.shtml only, reached through the pager script alone
        later = links(root.replace("index.shtml", "2024nd/index_1.shtml"), r'<li><a href="(\./[^"]+)" target="_blank"')
        market = next(t.url for t in province.truth if t.site_id == "ciyang-gov" and t.title.startswith("县市场监管局"))
        assert market in later and market not in links(root, r'<a href="([^"]+)" target="_blank" title=')
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "ciyang-gov")

        # 海云: createPageHTML("pagenav", pages, current, "index", "shtml", records), page n is index_{n-1}
        root = "http://www.pichuan.gov.test/zwgk/zfxxgk/zfxxgknb/"
        call = r'createPageHTML\("pagenav", (\d+), {}, "index", "shtml", (\d+)\);'
        first = page(root + "index.shtml")
        head = re.search(call.format(1), first)
        assert head
        pages, total = int(head[1]), int(head[2])
        rows = []
        for n in range(1, pages + 1):
            text = first if n == 1 else page(f"{root}index_{n - 1}.shtml")
            here = re.search(call.format(n), text)
            assert here and (int(here[1]), int(here[2])) == (pages, total)
            rows += found(root, r'<dl><dt><a href="([^"]+)" target="_blank" title=', text)
        assert fetch(server.proxy, f"{root}index_{pages}.shtml")[0] == 404
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "pichuan-gov")

        # Hanweb: the column's datastore holds the first perPage records, its <nextgroup> the proxy's record window
        col = "http://xxgk.aoshui.gov.test/col/col75302/index.html"
        first = page(col)
        total = declared_number(r"totalRecord: (\d+),", first)
        per = declared_number(r"\$\('#240381'\)\.jpage\(\{perPage: (\d+),", first)
        record = r'<div class="as-item"><a href="([^"]+)" target="_blank"'
        rows = found(col, record, first)
        assert len(rows) == per
        nextgroup = re.search(r'<nextgroup><!\[CDATA\[<a href="([^"]+)"></a>\]\]></nextgroup>', first)
        assert nextgroup
        window = urljoin(col, unescape(nextgroup[1]))
        query = parse_qs(urlsplit(window).query)
        assert query["startrecord"] == [str(per + 1)] and int(query["endrecord"][0]) >= total
        data = page(quote(window, safe=":/?&=%"))
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", data) == total
        rows += found(col, record, data)
        past = window.replace(f"startrecord={per + 1}&", f"startrecord={total + 1}&")
        assert not re.findall(record, page(quote(past, safe=":/?&=%")))
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "aoshui-gov")

        # VSB: "共N条 第1页/共N页", page 1 xxgknb.htm, then xxgknb/N-1.htm … xxgknb/1.htm through 下一页 alone
        url: str | None = "http://www.xianchuan.gov.test/xxgk/xxgknb.htm"
        first = page("http://www.xianchuan.gov.test/xxgk/xxgknb.htm")
        total, pages = declared_number(r"共(\d+)条 第1页/", first), declared_number(r"第1页/共(\d+)页", first)
        rows, walked, seen = [], [], 0
        while url and seen < 10:
            text = page(url)
            assert f"共{total}条 第{seen + 1}页/共{pages}页" in text
            rows += found(url, r'<li id="line_u5_\d+"><a href="([^"]+)" title=', text)
            walked.append(url)
            more = re.search(r'<span class="p_next"><a href="([^"]+)">下一页</a>', text)
            url, seen = (urljoin(url, more[1]) if more else None), seen + 1
        assert walked == ["http://www.xianchuan.gov.test/xxgk/xxgknb.htm"] + [
            f"http://www.xianchuan.gov.test/xxgk/xxgknb/{k}.htm" for k in range(pages - 1, 0, -1)]
        assert fetch(server.proxy, f"http://www.xianchuan.gov.test/xxgk/xxgknb/{pages}.htm")[0] == 404
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "xianchuan-gov")

        # gkmlpt: the sid from the shell's hidden input, the column from the fragment; `pages` pages of the API
        shell = page("http://www.huanwan.gov.test/gkmlpt/index")
        sid = declared_number(r'<input type="hidden" name="sid" value="(\d+)">', shell)
        api = f"http://www.huanwan.gov.test/gkmlpt/api/all/2960?sid={sid}&page="
        head_data = json.loads(page(api + "1"))
        total, pages = head_data["total"], head_data["pages"]
        rows, n = [], 1
        while n <= pages and n < 10:
            data = json.loads(page(api + str(n)))
            assert data["code"] == 0 and data["total"] == total and data["page"] == n
            rows += [a["url"] for a in data["articles"]]
            n += 1
        assert json.loads(page(api + str(pages + 1)))["articles"] == []
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "huanwan-gkml")

        # 开普云: "共N条记录 每页N条 第1/N页", root-relative links to index_2.shtml … (no index_1.shtml)
        root = "http://www.dongling.gov.test/zwgk/zfxxgknb/"
        first = page(root + "index.shtml")
        total = declared_number(r"共(\d+)条记录", first)
        pages = declared_number(r"第1/(\d+)页", first)
        pager = set(links(root + "index.shtml", r'<a href="(/zwgk/zfxxgknb/index_\d+\.shtml)">'))
        assert pager == {f"{root}index_{k}.shtml" for k in range(2, pages + 1)}
        rows = found(root, r'<dl class="dl-row"><dt><a href="([^"]+)" target="_blank"', first)
        for k in range(2, pages + 1):
            rows += links(f"{root}index_{k}.shtml", r'<dl class="dl-row"><dt><a href="([^"]+)" target="_blank"')
        assert fetch(server.proxy, f"{root}index_{pages + 1}.shtml")[0] == 404
        assert fetch(server.proxy, f"{root}index_1.shtml")[0] == 404
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "dongling-gov")

        # hub: a query page index.jsp?page=N "共 N 条 … 第 1/N 页", per-department ?bm= filters, one unit's own list
        hub = "http://www.jiezhou.gov.test/zwgk/bmnb/index.jsp"
        first = page(hub)
        total, pages = declared_number(r"共 (\d+) 条 每页", first), declared_number(r"第 1/(\d+) 页", first)
        row = r'<tr><td class="bm">[^<]+</td><td><a href="([^"]+)" title='
        table: list[str] = []
        for n in range(1, pages + 1):
            table += links(f"{hub}?page={n}", row)
        assert page(f"{hub}?page={pages + 1}") == page(f"{hub}?page={pages}")  # past the end: the last page
        filters = links(hub, r'<a href="(index\.jsp\?bm=\w+)"')
        assert len(filters) == 5
        by_unit: list[str] = []
        for unit in filters:
            text = page(unit)
            count = declared_number(r"共 (\d+) 条 每页", text)
            mine = found(unit, row, text)
            assert len(mine) == count, unit
            by_unit += mine
        assert len(table) == total == len(set(table)) and sorted(by_unit) == sorted(table)
        own = links(hub, r'以下部门年报在本部门网站发布：<a href="([^"]+)"')
        assert own == ["http://slj.jiezhou.gov.test/zfxxgk/ndbg/list.shtml"]
        text = page(own[0])
        listed = found(own[0], r'<li><a href="([^"]+)" target="_blank">', text)
        assert len(listed) == declared_number(r"共 (\d+) 条", text)
        assert set(table) | set(listed) == truth_urls(province, "jiezhou-bmnb")

        # displaytag JSP (GBK): "共找到 N 条记录", pages through d-4137562-p=N in the pagelinks
        root = "http://www.mikou.gov.test/gkml/gkml_list.jsp?lmid=0507"
        first = page(root, "gbk")
        total = declared_number(r"共找到 (\d+) 条记录", first)
        numbers = sorted({int(k) for k in re.findall(r'd-4137562-p=(\d+)" title="转到第\d+页"', first)} | {1})
        assert numbers == list(range(1, len(numbers) + 1))
        view = r'<a href="(gkml_view\.jsp\?xxid=\d+)" title='
        rows = []
        for n in numbers:
            rows += links(f"{root}&d-4137562-p={n}", view, "gbk")
        oldest = links(f"{root}&d-4137562-s=2&d-4137562-o=1", view, "gbk")
        assert oldest[0] == rows[-1]
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "mikou-gov")

        # 铭飞MCMS: home → 政府信息公开 → 更多; "共N页 当前第1页" over index.html, list-2.html, …
        home = page("http://www.suoyuan.gov.test/")
        gk = urljoin("http://www.suoyuan.gov.test/", re.findall(r'<a href="(/html/web/zfxxgk/index\.html)"', home)[0])
        col = urljoin(gk, re.findall(r'<a href="(/html/web/zfxxgk/zfxxgknb/index\.html)">更多</a>', page(gk))[0])
        first = page(col)
        pages = declared_number(r"共(\d+)页 当前第1页", first)
        rows = found(col, r'<li><a href="([^"]+)" target="_blank" title=', first)
        for k in range(2, pages + 1):
            rows += links(urljoin(col, f"list-{k}.html"), r'<li><a href="([^"]+)" target="_blank" title=')
        assert fetch(server.proxy, urljoin(col, f"list-{pages + 1}.html"))[0] == 404
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "suoyuan-gov")

        # DouPHP: "总计 N 个记录，共 N 页", article_list.php?id=6&page=N
        root = "http://sthjj.yingcheng.gov.test/article_list.php?id=6"
        first = page(root)
        total = declared_number(r"总计 (\d+) 个记录", first)
        pages = declared_number(r"个记录，共 (\d+) 页", first)
        rows = []
        for n in range(1, pages + 1):
            rows += links(f"{root}&page={n}", r'<dl><dt><a href="(article\.php\?id=\d+)">')
        assert page(f"{root}&page={pages + 1}") == page(f"{root}&page={pages}")  # past the end: the last page
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "yingcheng-sthjj")


def test_batch26_portal_contracts() -> None:
    """The legacy pages' GBK bytes; the one scan (image-only PDF, flagged); the files behind a download
    servlet, a pdf.js viewer iframe, VSB's virtual_attach_file.vsb and gkmlpt's attachment box; the units
    named only on their own pages."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        # the legacy catalogue and its articles: GBK bytes under a GBK header and a gb2312 meta
        _, media, body = fetch(server.proxy, "http://www.mikou.gov.test/gkml/gkml_list.jsp?lmid=0507")
        text = body.decode("gbk")
        assert media == "text/html;charset=GBK" and "charset=gb2312" in text and "洣口县" in text
        legacy = next(t for t in reports if t.site_id == "mikou-gov" and "image_only" not in t.flags)
        _, media, body = fetch(server.proxy, legacy.url)
        assert media == "text/html;charset=GBK" and legacy.title in body.decode("gb18030")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("mikou-gov", 2020)]
        assert scans[0].report_url and "/uploadfile/gkml/2021/0125/" in scans[0].report_url
        assert scans[0].report_url in fetch(server.proxy, scans[0].url)[2].decode("gbk")
        assert fetch(server.proxy, scans[0].report_url)[1] == "application/pdf"

        # Hanweb: the old download servlet, named as an attachment; another i_ID is not the file
        hanweb = next(t for t in reports if t.site_id == "aoshui-gov" and t.report_url)
        assert hanweb.report_url and "/module/download/down.jsp?i_ID=" in hanweb.report_url
        assert fetch(server.proxy, hanweb.report_url)[1] == "application/pdf"
        assert disposition(server.proxy, hanweb.report_url).startswith("attachment; filename*=UTF-8''")
        assert fetch(server.proxy, "http://www.aoshui.gov.test/module/download/down.jsp?i_ID=1&colID=75302")[1] \
            != "application/pdf"

        # 海云: the PDF in a pdf.js viewer iframe (file= the encoded path), linked again under it
        haiyun = next(t for t in reports if t.site_id == "pichuan-gov" and t.report_url)
        assert haiyun.report_url
        article = fetch(server.proxy, haiyun.url)[2].decode()
        frame = re.search(r'<iframe src="/pdfjs/web/viewer\.html\?file=([^"]+)"', article)
        path = urlsplit(haiyun.report_url).path
        assert frame and unquote(frame[1]) == path and f'附件下载：<a href="{path}"' in article
        assert fetch(server.proxy, "http://www.pichuan.gov.test/pdfjs/web/viewer.html")[0] == 200
        assert fetch(server.proxy, haiyun.report_url)[1] == "application/pdf"

        # VSB: virtual_attach_file.vsb with its afc, named by Content-Disposition; a wrong afc is 404
        vsb = next(t for t in reports if t.site_id == "xianchuan-gov" and t.report_url)
        assert vsb.report_url and "/virtual_attach_file.vsb?afc=" in vsb.report_url
        assert fetch(server.proxy, vsb.report_url)[1] == "application/pdf"
        assert unquote(disposition(server.proxy, vsb.report_url)).endswith(f"{vsb.title}.pdf")
        wrong = re.sub(r"afc=[^&]+", "afc=x", vsb.report_url)
        assert fetch(server.proxy, wrong)[0] == 404

        # gkmlpt: the OFD in the attachment box, the API row naming the same file; 开普云's DOCX on the sub-host
        ofd = next(t for t in reports if t.site_id == "huanwan-gkml" and t.media_type == "application/ofd")
        assert ofd.report_url and f'href="{urlsplit(ofd.report_url).path}" download' in \
            fetch(server.proxy, ofd.url)[2].decode()
        docx = next(t for t in reports if t.site_id == "dongling-gov" and t.report_url)
        assert docx.url.startswith("http://jyj.dongling.gov.test/") and docx.report_url.startswith(
            "http://jyj.dongling.gov.test/uploadfiles/")

        # a unit abbreviated (or left out) in its title is named in full on its page
        for site, short in (("ciyang-gov", "县市场监管局"), ("pichuan-gov", "市生态环境局"),
                            ("aoshui-gov", "县交通运输局"), ("xianchuan-gov", "县市场监管局"),
                            ("huanwan-gkml", "2024年度"), ("dongling-gov", "县教育局"), ("jiezhou-bmnb", "市卫健委"),
                            ("mikou-gov", "县教育局"), ("suoyuan-gov", "县住建局"), ("yingcheng-sthjj", "潆东分局")):
            encoding = "gbk" if site == "mikou-gov" else "utf-8"
            unit = next(t for t in reports if t.site_id == site and t.title.startswith(short))
            assert unit.agency_name not in unit.title, site
            assert unit.agency_name in fetch(server.proxy, unit.url)[2].decode(encoding), site


@pytest.mark.slow
def test_batch26_measurement_runs() -> None:
    assert_measurement_holds("batch26")
