"""Issue 12, held-out batch 16 of the unseen province (govcrawl/province/unseen/batch16): every count
a portal declares matches what it holds — or, for the two deliberate shortfalls, what it holds
falls short of it the way the portal's docstring says — and the few contracts particular to a
portal (the rest of its fixture contract is tests/crawl/test_unseen_held_out.py's).  How the
crawler does on it is ``benchmarks/unseen_coverage.py --batch batch16``  (BENCHMARKS.md)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from html import unescape
from typing import Any
from urllib.parse import quote, unquote, urlencode, urljoin

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, truth_counts, truth_urls

BATCH = ("batch16",)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def first_answer(proxy: str, url: str) -> tuple[int, str]:
    """(status, Location) of ``url`` without following a redirect."""
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), _NoRedirect)
    try:
        with opener.open(url, timeout=60) as response:
            return response.status, response.headers.get("Location") or ""
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location") or ""


def test_batch16_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS "共有信息 N 条" over a 下一页-only chain, a 海云
    load-more's JSON ``total`` over ``nbdata_N.json``, a jpage ``totalRecord`` over an empty datastore,
    VSB "共N条 … 1/N" per year sub-column, a gkmlpt API's ``total``, a 开普云 "共N条 页次：1/N", a hub's
    "共收录 N 个单位" and a unit's "共N条", a Struts "共 N 条记录 页次：1/N", a Jspxcms "共 N 条记录 1/N 页",
    a ThinkPHP "共 N 条") agrees with the entries the portal serves — but for the 开普云 third page (a
    WZWS challenge) and the ThinkPHP second page (500), each every time."""
    province = build_unseen(BATCH)
    listed = truth_counts(province)

    with province.server() as server:
        page = Pages(server.proxy).page

        # TRS classic: "共有信息 N 条"; only 下一页 links, followed to the end
        url = "http://www.xukou.gov.test/xxgk/zfxxgknb/index.htm"
        total = declared_number(r"本栏目共有信息 (\d+) 条", page(url))
        served, seen = set(), []
        while True:
            body = page(url)
            seen.append(url)
            served |= {urljoin(url, h) for h in re.findall(r'</dt><dd><a href="([^"]+)"', body)}
            assert "createPageHTML" not in body and "尾页" not in body
            nxt = re.search(r'<a class="next" href="([^"]+)">下一页</a>', body)
            if not nxt:
                break
            url = urljoin(url, nxt[1])
        assert seen[-1].endswith("index_2.htm")
        assert len(served) == total == listed["xukou-gov"] and served == truth_urls(province, "xukou-gov")

        # TRS 海云: the first page in HTML, the rest from the JSON files the load-more script names
        root = "http://www.cenyang.gov.test/zwgk/xxgkml/ndbg/"
        first = page(root + "index.shtml")
        assert "'nbdata_' + (pageIndex + 1) + '.json'" in first and "createPageHTML" not in first
        total = declared_number(r'data-total="(\d+)"', first)
        count = declared_number(r"pageCount = (\d+);", first)
        served = {urljoin(root, h) for h in re.findall(r'<div class="cy-card"><h4><a href="(\./[^"]+)"', first)}
        for n in range(2, count + 1):
            data = json.loads(page(f"{root}nbdata_{n}.json"))
            assert data["total"] == total and data["pageIndex"] == n
            served |= {urljoin(root, d["url"]) for d in data["docs"]}
        assert fetch(server.proxy, f"{root}nbdata_{count + 1}.json")[0] == 404
        assert len(served) == total == listed["cenyang-gov"] and served == truth_urls(province, "cenyang-gov")

        # Hanweb: an empty datastore; the first page too from the proxy its <nextgroup> names
        host = "http://www.juxi.gov.test"
        column = page(host + "/col/col1229706125/index.html")
        assert "<recordset></recordset>" in column and 'href="/art/' not in column
        nextgroup = re.search(r'<nextgroup><!\[CDATA\[<a href="([^"]+)"', column)
        assert nextgroup
        total, per = declared_number(r"totalRecord: (\d+)", column), declared_number(r"perPage: (\d+)", column)
        art = r'<a href="(/art/\d{4}/\d{1,2}/\d{1,2}/art_1229706125_\d+\.html)"'
        first = page(host + quote(unescape(nextgroup[1]), safe="/?&=:"))  # as a browser sends it
        assert declared_number(r"<totalrecord>(\d+)</totalrecord>", first) == total
        mine = set(re.findall(art, first))
        assert len(mine) == per
        proxy = host + "/module/web/jpage/dataproxy.jsp"
        form = urlencode({"col": 1, "appid": 1, "webid": 4188, "path": "/", "columnid": 1229706125, "unitid": 4402113,
                          "sourceContentType": 1, "permissiontype": 0}).encode()
        for start in range(per + 1, total + 1, per):
            mine |= set(re.findall(art, page(f"{proxy}?startrecord={start}&endrecord={start + per - 1}&perpage={per}",
                                             data=form)))
        for n in (2, 3):
            assert set(re.findall(art, page(f"{proxy}?page={n}&{form.decode()}"))) <= mine
        served = {host + p for p in mine}
        assert len(served) == total == listed["juxi-gov"] and served == truth_urls(province, "juxi-gov")
        assert fetch(server.proxy, host + "/module/jpage/dataproxy.jsp")[0] == 404

        # VSB: year tabs, each a static list "共N条 … 1/N" with reverse-numbered pages
        home = "http://www.yanshui.gov.test/zwgk/zfxxgknb.htm"
        tabs = re.findall(r'<li><a href="(zfxxgknb/\d{4}nd\.htm)">', page(home))
        assert len(tabs) == 4
        served, declared = set(), 0
        for tab in tabs:
            column = urljoin(home, tab)
            first = page(column)
            total = declared_number(r'<span class="p_t">共(\d+)条</span>', first)
            pages = declared_number(r'<span class="p_t">1/(\d+)</span>', first)
            declared += total
            key = tab.rsplit("/", 1)[1][:-4]
            mine = set()
            for k in range(1, pages + 1):
                url = column if k == 1 else urljoin(column, f"{key}/{pages - k + 1}.htm")
                mine |= {urljoin(url, h) for h in re.findall(r'<li id="line_u8_\d+"><a href="([^"]+)"', page(url))}
            assert len(mine) == total
            served |= mine
        assert len(served) == declared == listed["yanshui-gov"] and served == truth_urls(province, "yanshui-gov")

        # gkmlpt: the site id only in the external config script; total over five-row pages
        shell = page("http://www.fuwan.gov.test/gkmlpt/index")
        assert "763306" not in shell
        config = re.search(r'<script src="(/gkmlpt/static/js/config\.js[^"]*)"', shell)
        assert config
        sid = re.search(r'"sid": "(\d+)"', page("http://www.fuwan.gov.test" + config[1]))
        assert sid
        api = f"http://www.fuwan.gov.test/gkmlpt/api/all/2286?sid={sid[1]}&page={{}}"
        data = json.loads(page(api.format(1)))
        urls: set[str] = set()
        for n in range(1, -(-data["total"] // data["size"]) + 1):
            urls |= {a["url"] for a in json.loads(page(api.format(n)))["articles"]}
        assert json.loads(page(api.format(4)))["articles"] == []
        assert len(urls) == data["total"] == listed["fuwan-gkml"] and urls == truth_urls(province, "fuwan-gkml")

        # 开普云: "共N条 页次：1/N"; the last page is a WZWS challenge every time
        root = "http://zwgk.zhiyuan.gov.test/zfxxgk/zfxxgknb/"
        first = page(root + "index.html")
        total, pages = declared_number(r"共(\d+)条 页次：1/", first), declared_number(r"页次：1/(\d+)", first)
        assert re.findall(r'<option value="([^"]+)"', first) == ["index.html", "index_2.html", "index_3.html"]
        served = set()
        for n in range(1, pages + 1):
            url = root + ("index.html" if n == 1 else f"index_{n}.html")
            if n == pages:
                for _ in range(2):
                    status, location = first_answer(server.proxy, url)
                    assert status == 302 and "/WZWSREL" in location and "wzwschallenge=" in location
                    status, _, body = fetch(server.proxy, url)  # followed: the challenge script, never the list
                    assert status == 200 and b"wzwschallenge" in body and b"<table" not in body
                continue
            served |= {urljoin(url, h) for h in re.findall(r'<td class="bt"><a href="([^"]+)"', page(url))}
        assert fetch(server.proxy, root + "index_1.html")[0] == 404
        assert total == listed["zhiyuan-gov"] and len(served) == total - 4
        lost = [t for t in province.truth if t.site_id == "zhiyuan-gov" and t.url not in served]
        assert sorted((t.kind, t.year or 0) for t in lost) == [("decoy", 0), ("report", 2019), ("report", 2020),
                                                               ("report", 2021)]

        # hub: "共收录 N 个单位"; blocks and an image map; the 教育局's list "共N条" by 下一页 only
        hub = "http://www.beizhou.gov.test/zwgk/bmnb/index.html"
        body = page(hub)
        units = declared_number(r"本专栏共收录 (\d+) 个单位", body)
        blocks = re.findall(r'<div class="bm-unit"><h4>[^<]+</h4><p>(.*?)</p></div>', body)
        areas = re.findall(r'<area shape="poly" coords="[^"]+" href="([^"]+)"', body)
        assert len(blocks) + len(areas) == units == 7
        links = [urljoin(hub, h) for b in blocks for h in re.findall(r'<a href="([^"]+)"', b)]
        links += [urljoin(hub, h) for h in areas]
        notice = re.search(r'<div class="bz-tz"><h3>通知公告</h3><a href="([^"]+)"', body)
        assert notice
        served = {u for u in links if "jyj." not in u} | {urljoin(hub, notice[1])}
        url = next(u for u in links if "jyj." in u)
        total = declared_number(r"共(\d+)条", page(url))
        mine = set()
        while True:
            listing = page(url)
            mine |= {urljoin(url, h) for h in re.findall(r'<td class="t"><a href="([^"]+)"', listing)}
            nxt = re.search(r'<a href="([^"]+)">下一页</a>', listing)
            if not nxt:
                break
            url = urljoin(url, nxt[1])
        assert len(mine) == total == 4
        served |= mine
        assert len(served) == listed["beizhou-bmnb"] and served == truth_urls(province, "beizhou-bmnb")

        # legacy Struts, GBK: "共 N 条记录 页次：1/N"
        listing = "http://www.xiaoyang.gov.test/xxgk/InfoList.action?classId=27"
        first = page(listing, "gbk")
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"页次：1/(\d+)", first)
        served = set()
        for n in range(1, pages + 1):
            body = page(f"{listing}&curPage={n}", "gbk")
            served |= {urljoin(listing, h) for h in re.findall(r'<A HREF="(InfoDetail\.action\?infoId=\d+)"', body)}
        assert len(served) == total == listed["xiaoyang-gov"] and served == truth_urls(province, "xiaoyang-gov")
        assert "暂无记录" in page(f"{listing}&curPage={pages + 1}", "gbk")

        # cms: auto (Jspxcms): 政务公开 page → 年报 node; "共 N 条记录 1/N 页" over /node/21_N.jspx
        start = page("http://www.sikou.gov.test/node/3.jspx")
        assert '<a class="more" href="/node/21.jspx">更多</a>' in start
        listing = "http://www.sikou.gov.test/node/21.jspx"
        first = page(listing)
        total, pages = declared_number(r"共 (\d+) 条记录", first), declared_number(r"条记录 1/(\d+) 页", first)
        served = set()
        for n in range(1, pages + 1):
            body = page(listing if n == 1 else f"http://www.sikou.gov.test/node/21_{n}.jspx")
            served |= {urljoin(listing, h) for h in re.findall(r'</span><a href="(/info/21/\d+\.jspx)"', body)}
        assert "暂无信息" in page(f"http://www.sikou.gov.test/node/21_{pages + 1}.jspx")
        assert len(served) == total == listed["sikou-gov"] and served == truth_urls(province, "sikou-gov")

        # no cms (ThinkPHP): "共 N 条"; page 2 answers 500 every time, page 3 is served
        listing = "http://www.zishui.gov.test/zwgk/ndbg.html"
        first = page(listing)
        total = declared_number(r'<span class="count">共 (\d+) 条</span>', first)
        numbers = sorted({int(n) for n in re.findall(r'<li><a href="/zwgk/ndbg\.html\?page=(\d+)">\d+</a></li>',
                                                     first)})
        assert numbers == [2, 3]
        served = {urljoin(listing, h) for h in re.findall(r'<h3><a href="([^"]+)"', first)}
        for _ in range(2):
            status, _, body = fetch(server.proxy, f"{listing}?page=2")
            assert status == 500 and "页面错误" in body.decode()
        served |= {urljoin(listing, h) for h in re.findall(r'<h3><a href="([^"]+)"', page(f"{listing}?page=3"))}
        assert "暂无数据" in page(f"{listing}?page=4")
        assert total == listed["zishui-gov"] and len(served) == total - 4
        lost = [t for t in province.truth if t.site_id == "zishui-gov" and t.url not in served]
        assert sorted((t.kind, t.agency_name, t.year or 0) for t in lost) == [
            ("decoy", "", 0), ("decoy", "", 0), ("report", "澬水县人民政府", 2023), ("report", "澬水县教育局", 2023)]


def test_batch16_portal_contracts() -> None:
    """The legacy pages' GBK bytes declared only by an XML declaration, their download's GBK file name
    and soft 404; the VSB scan (images only, flagged) and the Referer check; the Hanweb ``down.jsp``
    Content-Disposition and the proxy refusing a wrong unit; the TRS icon-only attachment links; the
    hub's report titled without its unit; the gkmlpt wrong site id."""
    province = build_unseen(BATCH)
    with province.server() as server:
        # legacy: GBK (洨 is outside GB2312), no meta charset, no header charset, an XML declaration
        _, media, body = fetch(server.proxy, "http://www.xiaoyang.gov.test/xxgk/InfoList.action?classId=27")
        assert media == "text/html" and body.startswith(b'<?xml version="1.0" encoding="GBK"?>')
        assert b"charset" not in body.lower() and "洨阳县" in body.decode("gbk")
        try:
            body.decode("gb2312")
            raise AssertionError("the list must not be valid GB2312")
        except UnicodeDecodeError:
            pass
        status, _, body = fetch(server.proxy, "http://www.xiaoyang.gov.test/xxgk/InfoDetail.action?infoId=1")
        assert status == 200 and "该信息不存在" in body.decode("gbk")
        files = [t for t in province.reports() if t.site_id == "xiaoyang-gov" and t.report_url]
        assert {t.media_type for t in files} == {"application/pdf", DOCX}
        opener_headers = []
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
        for truth in files:
            assert truth.report_url
            with opener.open(truth.report_url, timeout=60) as response:
                opener_headers.append(response.headers["Content-Disposition"])
        for header, truth in zip(opener_headers, files, strict=True):
            name = header.split('filename="', 1)[1].rstrip('"').encode("latin-1").decode("gbk")
            assert name.startswith(truth.title)

        # VSB: the 2020 report is images only and flagged so; the PDF wants the article as Referer
        scans = [t for t in province.reports() if t.site_id == "yanshui-gov" and "image_only" in t.flags]
        assert len(scans) == 1 and scans[0].year == 2020
        html = fetch(server.proxy, scans[0].url)[2].decode()
        content = html.split('<div class="v_news_content">', 1)[1].split("</div>", 1)[0]
        assert content.count('class="img_vsb_content"') == 4 and "<table" not in content
        assert re.sub(r"<[^>]+>", "", content).strip() == ""
        pdf = next(t for t in province.reports() if t.site_id == "yanshui-gov" and t.report_url)
        assert pdf.report_url
        status, media, body = fetch(server.proxy, pdf.report_url)
        assert status == 200 and media.startswith("text/html") and len(body) > 4000
        assert fetch(server.proxy, pdf.report_url, referer=pdf.url)[2].startswith(b"%PDF")

        # Hanweb: down.jsp names the file by Content-Disposition; a wrong unit gets an empty datastore
        for truth in province.reports():
            if truth.site_id == "juxi-gov" and truth.report_url:
                assert "/module/download/down.jsp?i_ID=" in truth.report_url
                with opener.open(truth.report_url, timeout=60) as response:
                    header = response.headers["Content-Disposition"]
                assert unquote(header.split("UTF-8''", 1)[1]).startswith(truth.title)
        answer = fetch(server.proxy, "http://www.juxi.gov.test/module/web/jpage/dataproxy.jsp?page=1&columnid="
                       "1229706125&unitid=1")[2].decode()
        assert "<totalrecord>0</totalrecord>" in answer

        # TRS classic: the file-only reports' links hold only an icon; the PDF report also offers an OFD
        for truth in province.reports():
            if truth.site_id == "xukou-gov" and truth.report_url:
                html = fetch(server.proxy, truth.url)[2].decode()
                name = truth.report_url.rsplit("/", 1)[1]
                assert re.search(rf'<a href="\./{re.escape(name)}" target="_blank"><img [^>]+></a>', html)
                if name.endswith(".pdf"):
                    ofd = re.search(r'<a href="(\./P0\d+\.ofd)"', html)
                    assert ofd
                    status, media, body = fetch(server.proxy, urljoin(truth.url, ofd[1]))
                    assert status == 200 and media == "application/ofd"

        # hub: the 退役军人事务局's report is titled without its unit; the page names it
        vets = [t for t in province.reports() if t.agency_name == "邶州市退役军人事务局"]
        assert len(vets) == 1 and vets[0].title == "2024年度政府信息公开工作年度报告"
        assert '<meta name="ContentSource" content="邶州市退役军人事务局">' in fetch(server.proxy,
            vets[0].url)[2].decode()

        # gkmlpt: a wrong site id is a 404 JSON error; the OFD and the .docx are linked from 附件
        status, _, body = fetch(server.proxy, "http://www.fuwan.gov.test/gkmlpt/api/all/2286?page=1&sid=1")
        assert status == 404 and json.loads(body)["code"] == 404
        for truth in province.reports():
            if truth.site_id == "fuwan-gkml" and truth.report_url:
                path = truth.report_url.split("fuwan.gov.test", 1)[1]
                assert f'<li><a href="{path}"' in fetch(server.proxy, truth.url)[2].decode()


@pytest.mark.slow
def test_batch16_measurement_runs() -> None:
    assert_measurement_holds("batch16")
