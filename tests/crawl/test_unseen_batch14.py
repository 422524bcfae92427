"""Issue 12, held-out batch 14 of the unseen province (govcrawl/province/unseen/batch14): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch14``  (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from html import unescape
from urllib.parse import unquote, urlencode, urljoin

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch14",)


def test_batch14_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS ``createPageHTML(4,0,…)`` over ``window.open`` rows, a
    海云 6-argument pager over rows with companion 解读/图解 links, a jpage literal preloading one page,
    VSB's "共N条 … 1/N" under an ellipsis pager, a gkmlpt API's ``total``, a 开普云 "共 N 条" over
    protocol-relative links, a hub's "共收录 N 个部门", a KesionCMS "共 N 篇", PbootCMS's "共N条", a
    PagedList "共 N 条记录") agrees with the entries the portal serves — but for VSB's lost last page
    (404) and the hub's 自然资源局 list (502), each every time."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: createPageHTML(4,0,"index","shtml"); links only in window.open('…')
        root = "http://www.chashan.gov.test/xxgk/zfxxgkzl/ndbg/"
        first = page(root + "index.shtml")
        pages = declared_number(r'createPageHTML\((\d+),0,"index","shtml"\);', first)
        served = set()
        for n in range(pages):
            body = page(root + ("index.shtml" if n == 0 else f"index_{n}.shtml"))
            assert not re.search(r'href="\./\d{6}/', body)
            served |= {urljoin(root, h) for h in re.findall(r"onclick=\"window\.open\('(\./[^']+)'\)\"", body)}
        assert fetch(server.proxy, root + f"index_{pages}.shtml")[0] == 404
        assert served == truth_urls(province, "chashan-gov") and len(served) == listed["chashan-gov"]

        # TRS 海云: 6-argument pager; rows' report links plus companion links
        root = "http://www.jianyang.gov.test/zwgk/zfxxgk/nb/"
        call = re.search(r"createPageHTML\('pagenav', (\d+), 1, 'list', 'html', (\d+)\)", page(root + "list.html"))
        assert call
        rows, companions = set(), set()
        for n in range(1, int(call[1]) + 1):
            body = page(root + ("list.html" if n == 1 else f"list_{n}.html"))
            rows |= {urljoin(root, h) for h in re.findall(r'<a class="tit" href="([^"]+)"', body)}
            companions |= {urljoin(root, h) for h in re.findall(r'<span class="gl"><a href="([^"]+)"', body)}
        assert fetch(server.proxy, root + "list_1.html")[0] == 404
        assert len(rows) == int(call[2]) and len(companions) == 2
        assert rows | companions == truth_urls(province, "jianyang-gov")

        # Hanweb: one page preloaded, the rest from the proxy
        host = "http://www.fuchuan.gov.test"
        column = page(host + "/col/col1229533071/index.html")
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        assert column.count("<record>") == per and "groupSize: 1" in column
        art = r'<a href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_1229533071_\d+\.html)"'
        served = set(re.findall(art, column))
        form = urlencode({"col": 1, "appid": 1, "webid": 2914, "path": "/", "columnid": 1229533071, "unitid": 352871,
                          "sourceContentType": 1, "permissiontype": 0, "infotypeId": "FC0501"}).encode()
        proxy = host + "/module/web/jpage/dataproxy.jsp"
        for start in range(per + 1, total + 1, per):
            answer = page(f"{proxy}?startrecord={start}&endrecord={start + per - 1}&perpage={per}", data=form)
            assert declared_number(r"<totalrecord>(\d+)</totalrecord>", answer) == total
            served |= set(re.findall(art, answer))
        assert {host + p for p in served} == truth_urls(province, "fuchuan-gov") and len(served) == total
        assert set(re.findall(art, page(f"{proxy}?page=3&{form.decode()}"))) <= served
        assert fetch(server.proxy, host + "/module/jpage/dataproxy.jsp")[0] == 404

        # VSB: "共N条 … k/N"; the last reverse-numbered page (1.htm) is lost: 404 every time
        column = "http://www.wengxi.gov.test/xxgk/zfxxgknb.htm"
        first = page(column)
        total = declared_number(r'<span class="p_t">共(\d+)条</span>', first)
        pages = declared_number(r'<span class="p_t">1/(\d+)</span>', first)
        assert '<span class="p_dot">...</span>' in first and 'href="zfxxgknb/1.htm">尾页' in first
        served = set()
        for k in range(1, pages + 1):
            url = column if k == 1 else f"http://www.wengxi.gov.test/xxgk/zfxxgknb/{pages - k + 1}.htm"
            if k == pages:
                for _ in range(2):
                    assert fetch(server.proxy, url)[0] == 404
                continue
            served |= {urljoin(url, h) for h in re.findall(r'<li id="line_u6_\d+"><a href="([^"]+)"', page(url))}
        assert total == listed["wengxi-gov"] and len(served) == total - 2
        lost = [t for t in province.truth if t.site_id == "wengxi-gov" and t.url not in served]
        assert sorted((t.kind, t.year) for t in lost) == [("report", 2019), ("report", 2020)]

        # gkmlpt: total in one page of protocol-relative URLs
        api = "http://www.rangwan.gov.test/gkmlpt/api/all/3377?sid=758431&page={}"
        data = json.loads(page(api.format(1)))
        assert all(a["url"].startswith("//www.rangwan.gov.test/gkmlpt/content/") for a in data["articles"])
        urls = {"http:" + a["url"] for a in data["articles"]}
        assert len(urls) == data["total"] == listed["rangwan-gkml"] and urls == truth_urls(province, "rangwan-gkml")
        assert json.loads(page(api.format(2)))["articles"] == []

        # 开普云: "共 N 条 … 共 N 页", protocol-relative links, 1-based index_N
        root = "http://xxgk.weichuan.gov.test/zfxxgk/zfxxgknb/"
        first = page(root + "index.html")
        total, pages = declared_number(r"共 (\d+) 条", first), declared_number(r"共 (\d+) 页", first)
        served = set()
        for n in range(1, pages + 1):
            body = page(root + ("index.html" if n == 1 else f"index_{n}.html"))
            served |= {"http:" + h for h in re.findall(r'<a href="(//xxgk\.weichuan\.gov\.test/[^"]+)" target', body)}
        assert fetch(server.proxy, root + "index_1.html")[0] == 404
        assert len(served) == total == listed["weichuan-gov"] and served == truth_urls(province, "weichuan-gov")

        # hub: "本页共收录 N 个部门（单位）"; sub-hosts through /link.html; 自然资源局's list 502
        hub = "http://www.diezhou.gov.test/zwgk/bmnb/index.html"
        body = page(hub)
        units = {unescape(t) for t in re.findall(r'<a href="[^"]+" target="_blank">(市[^<（]+|[^<（]+镇)</a>', body)}
        assert declared_number(r"本页共收录 (\d+) 个部门", body) == len(units) == 7
        served = {urljoin(hub, h) for h in re.findall(r'<a href="([^"]+)" target="_blank">', body)
                  if "link.html" not in h}
        notice = r'<div class="dz-notice"><h4>通知公告</h4><a href="([^"]+)"'
        served |= {urljoin(hub, h) for h in re.findall(notice, body)}
        columns = [unquote(u) for u in re.findall(r'href="/link\.html\?url=([^"]+)"', body)]
        assert len(columns) == 2
        for target in columns:
            leave = page("http://www.diezhou.gov.test/link.html?url=" + target)
            assert f'<a href="{target}">继续访问</a>' in leave
        jyj, zrzyj = columns
        served |= {urljoin(jyj, h) for h in re.findall(r'<tr><td><a href="([^"]+)"', page(jyj))}
        for _ in range(2):
            status, _, bad = fetch(server.proxy, zrzyj)
            assert status == 502 and b"nginx" in bad
        missing = [t for t in province.truth if t.site_id == "diezhou-bmnb" and t.url not in served]
        assert len(served) == listed["diezhou-bmnb"] - 2
        assert sorted((t.agency_name, t.year) for t in missing) == [("渫州市自然资源局", 2023),
                                                                    ("渫州市自然资源局", 2024)]

        # legacy KesionCMS, GBK: "共 N 篇 … 页次:1/N页"
        listing = "http://www.zhashui.gov.test/Item/list.asp?id=1203"
        first = page(listing, "gbk")
        total, pages = declared_number(r"共 (\d+) 篇", first), declared_number(r"页次:<b>1</b>/(\d+)页", first)
        ids: set[str] = set()
        for n in range(1, pages + 1):
            ids |= set(re.findall(r'href="/Item/Show\.asp\?m=1&amp;d=(\d+)"', page(f"{listing}&page={n}", "gbk")))
        served = {f"http://www.zhashui.gov.test/Item/Show.asp?m=1&d={i}" for i in ids}
        assert len(ids) == total == listed["zhashui-gov"] and served == truth_urls(province, "zhashui-gov")
        assert "没有任何文章" in page(f"{listing}&page={pages + 1}", "gbk")

        # cms: auto (PbootCMS): / → meta refresh → /portal/ → 政务公开 → 年报; "共N条 当前1/N页"
        assert '<meta http-equiv="refresh" content="0; url=/portal/">' in page("http://www.xiekou.gov.test/")
        assert 'href="/portal/zwgk/"' in page("http://www.xiekou.gov.test/portal/")
        assert 'href="/portal/zwgk/ndbg/"' in page("http://www.xiekou.gov.test/portal/zwgk/")
        listing = "http://www.xiekou.gov.test/portal/zwgk/ndbg/"
        first = page(listing)
        total, pages = declared_number(r"共(\d+)条 当前", first), declared_number(r"当前1/(\d+)页", first)
        served = set()
        for n in range(1, pages + 1):
            served |= {urljoin(listing, h) for h in re.findall(r'<div class="news-item"><h4><a href="([^"]+)"',
                                                                   page(f"{listing}?page={n}"))}
        assert len(served) == total == listed["xiekou-gov"] and served == truth_urls(province, "xiekou-gov")
        assert "暂无内容" in page(f"{listing}?page={pages + 1}")

        # no cms (ASP.NET MVC): "共 N 条记录", PagedList pager
        listing = "http://www.gengshui.gov.test/Article/List?columnId=27"
        first = page(listing)
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"第 1 页，共 (\d+) 页", first)
        assert 'class="PagedList-skipToNext"' in first and 'rel="next"' in first
        served = set()
        for n in range(1, pages + 1):
            served |= {urljoin(listing, h) for h in re.findall(r'<tr><td><a href="(/Article/Detail/[0-9a-f-]{36})"',
                                                                   page(f"{listing}&page={n}"))}
        assert len(served) == total == listed["gengshui-gov"] and served == truth_urls(province, "gengshui-gov")
        assert "<tbody></tbody>" in page(f"{listing}&page={pages + 1}")


def test_batch14_portal_contracts() -> None:
    """VSB's Referer check; the legacy site's GBK bytes under a header that says GBK and a meta that
    says utf-8, and its soft 404; the gkmlpt ``sid`` check and the PDF named only in ``DETAIL``; the
    开普云 files on the FastDFS host; the jpage proxy refusing a wrong unit; the PagedList site's
    GUID article URLs."""
    province = build_unseen(BATCH)
    with province.server() as server:
        # VSB: without the article as Referer, a ~5 KB HTML page instead of the file
        for truth in province.reports():
            if truth.report_url and "download.jsp" in truth.report_url:
                status, media, body = fetch(server.proxy, truth.report_url)
                assert status == 200 and media.startswith("text/html") and 4000 < len(body) < 8000
                status, media, _ = fetch(server.proxy, truth.report_url, referer=truth.url)
                assert media.startswith(truth.media_type)

        # legacy: GBK bytes (溠 is outside GB2312), header charset GBK, the meta wrong
        _, media, body = fetch(server.proxy, "http://www.zhashui.gov.test/Item/list.asp?id=1203")
        assert media == "text/html; charset=GBK" and b'charset=utf-8"' in body
        text = body.decode("gbk")
        assert "溠" in text
        try:
            body.decode("utf-8")
            raise AssertionError("the list must not be valid UTF-8")
        except UnicodeDecodeError:
            pass
        status, _, body = fetch(server.proxy, "http://www.zhashui.gov.test/Item/Show.asp?m=1&d=1")
        assert status == 200 and "找不到该文章" in body.decode("gbk")

        # gkmlpt: sid checked; the PDF-only pages link their file only inside DETAIL
        assert fetch(server.proxy, "http://www.rangwan.gov.test/gkmlpt/api/all/3377?page=1")[0] == 400
        pdf_only = [t for t in province.reports() if t.site_id == "rangwan-gkml" and t.report_url]
        assert len(pdf_only) == 2
        for truth in pdf_only:
            html = fetch(server.proxy, truth.url)[2].decode()
            path = truth.report_url.split("rangwan.gov.test", 1)[1]
            assert f'"url": "{path}"' in html and f'href="{path}"' not in html
            assert '<div id="attachment"></div>' in html

        # 开普云: the files are on the FastDFS host
        files = [t for t in province.reports() if t.site_id == "weichuan-gov" and t.report_url]
        assert {t.media_type for t in files} == {"application/pdf", "application/ofd"}
        assert all(t.report_url.startswith("http://file.weichuan.gov.test/group1/M00/") for t in files)

        # Hanweb: a wrong unit gets an empty datastore; downfile names the file
        answer = fetch(server.proxy, "http://www.fuchuan.gov.test/module/web/jpage/dataproxy.jsp?page=1&columnid="
                       "1229533071&unitid=1")[2].decode()
        assert "<totalrecord>0</totalrecord>" in answer

        def headers(url: str) -> dict[str, str]:
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
            try:
                with opener.open(url, timeout=60) as response:
                    return dict(response.headers)
            except urllib.error.HTTPError as error:
                return dict(error.headers)

        for truth in province.reports():
            if truth.report_url and "downfile.jsp" in truth.report_url:
                assert re.fullmatch(r"attachment; filename=[0-9a-f]{32}\.(ofd|docx)",
                                    headers(truth.report_url)["Content-Disposition"])

        # the 海云 companions are decoys; the 退役军人事务局's report names its unit only in the page
        decoys = {t.title for t in province.decoys() if t.site_id == "jianyang-gov"}
        assert any("图解" in t for t in decoys) and any("解读" in t for t in decoys)
        vets = [t for t in province.reports() if t.agency_name == "湔阳市退役军人事务局"]
        assert len(vets) == 1 and vets[0].title == "2023年度政府信息公开工作年度报告"
        page = fetch(server.proxy, vets[0].url)[2].decode()
        assert '<meta name="ContentSource" content="湔阳市退役军人事务局">' in page

