"""Issue 12, held-out batch 31 of the unseen province (govcrawl/province/unseen/batch31): every count
a portal declares matches what it holds (this batch has no deliberate shortfall; the hub's 县发展改革局
says "暂未发布"), the few contracts particular to a portal (the rest of its fixture contract is
tests/crawl/test_unseen_held_out.py's), and the measurement holds on it — no non-report stored, none under
another agency, every shortfall stated, every record as docs/record.md says."""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin, urlsplit

import pytest

from govcrawl.province.unseen import build_unseen
from tests.crawl.unseen_fixture import Pages, assert_measurement_holds, declared_number, fetch, found, truth_urls

BATCH = ("batch31",)
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OFD = "application/ofd"
GBK = "text/html; charset=GBK"


def test_batch31_declared_counts_match_what_the_portals_hold() -> None:
    """Each way a list declares its size (a TRS ``createPageHTML(3, 0, "index", "shtml")`` whose function is only in
    the shared ``/common/js/page.js``, a Hanweb jpage ``perPage: 4``/``totalRecord: 12`` over the older POST
    ``/module/jpage/dataproxy.jsp`` reached from the home page, a VSB "共N条" pager of numbered links only over a
    reverse-numbered ``zfxxgknb/N.htm`` with a 跳转 call naming the page count, a 海云 ``createPageHTML('page_div', …)``
    over ``zfxxgknb_N.shtml``, a gkmlpt whose site id comes only from ``/gkmlpt/api/siteinfo`` and whose API answers
    ``articles``/``total``/``page_size``, a 开普云 table "共N条 每页N条 当前第1/N页" paged by ``?curPage=N``, a hub of
    ``<fieldset><legend>`` sector boxes whose units link their sub-hosts' lists or their reports (one "暂未发布"), a
    Perl CGI GBK list "共N条 第1/N页" with ``;``-separated queries, a Hexo category (counted on 政务公开's category
    list) whose archive links each post twice, a Wagtail index "第 1 页，共 N 页" paged by ``?page=N``) agrees with
    the entries the pages serve, and every report and decoy is among them."""
    province = build_unseen(BATCH)

    with province.server() as server:
        portal = Pages(server.proxy)
        page, links = portal.page, portal.links

        def missing(url: str) -> bool:
            return fetch(server.proxy, url)[0] == 404

        # TRS classic (.shtml): createPageHTML(3, k, "index", "shtml") in div.pagination, the function in page.js
        root = "http://scjgj.suiping.gov.test/xxgk/zfxxgknb/"
        first = page(root + "index.shtml")
        assert '<script src="/common/js/page.js"></script>' in first and "function createPageHTML" not in first
        assert "function createPageHTML(nPageCount, nCurrIndex, sPageName, sPageExt)" in page(
            urljoin(root, "/common/js/page.js"))
        pages = declared_number(r'<div class="pagination"><script>createPageHTML\((\d+), 0, "index", "shtml"\);'
                                r'</script></div>', first)
        row = (r'<li><em>\d{4}-\d\d-\d\d</em><a href="(\./t\d+\.shtml)" target="_blank" title="[^"]+">[^<]+</a>'
               r'</li>')
        assert re.search(r'<ol class="xxgk_list">(?:<li><em>)', first)
        rows = []
        for k in range(pages):
            text = page(root + ("index.shtml" if k == 0 else f"index_{k}.shtml"))
            assert f'createPageHTML({pages}, {k}, "index", "shtml");' in text
            rows += found(root, row, text)
        assert missing(f"{root}index_{pages}.shtml")
        assert 3 * (pages - 1) < len(rows) <= 3 * pages
        assert len(rows) == len(set(rows)) and set(rows) > truth_urls(province, "suiping-scjgj")
        others = [u for u in rows if u not in truth_urls(province, "suiping-scjgj")]
        assert [h for u in others for h in re.findall(r'<h1 class="art_title">([^<]+)</h1>', page(u))] == [
            "关于2024年第一季度食品安全监督抽检情况的通告"]

        # Hanweb: home → column; jpage's perPage / totalRecord / groupSize over the older POST jpage data proxy
        home = "http://www.xiyang.gov.test/"
        col = "http://www.xiyang.gov.test/col/col1229418806/index.html"
        assert links(home, r'<a href="([^"]+)">政府信息公开年报</a>') == [col]
        first = page(col)
        per = declared_number(r"\$\(\"#55201\"\)\.jpage\(\{\n  dataStore: .*?perPage: (\d+),", first)
        total = declared_number(r"perPage: \d+, totalRecord: (\d+),", first)
        group = declared_number(r"totalRecord: \d+, groupSize: (\d+),", first)
        pages = -(-total // per)
        assert pages > 1 and group == 2
        proxy_path = re.search(r"proxyUrl: '([^']+)'", first)
        assert proxy_path and proxy_path[1] == "/module/jpage/dataproxy.jsp" and "ajaxType: 'post'" in first
        assert ("ajaxParam: {col: 1, appid: 1, webid: 3311, path: '/', columnid: 1229418806, sourceContentType: 1, "
                "unitid: 55201, webname: '郗阳县人民政府', permissiontype: 0}") in first
        params = {"col": 1, "appid": 1, "webid": 3311, "path": "/", "columnid": 1229418806, "sourceContentType": 1,
                  "unitid": 55201, "webname": "郗阳县人民政府", "permissiontype": 0}
        record = (r'<record><!\[CDATA\[<div class="xxgk-item"><p class="bt"><a href="(/(?:art|col)/[^"]+\.html)" '
                  r'target="_blank" title="[^"]+">[^<]+</a></p><p class="rq">发布日期：\d{4}-\d\d-\d\d</p></div>\]\]>')
        head = found(col, record, first)
        assert len(head) == per
        proxy = urljoin(col, proxy_path[1])
        assert missing(urljoin(col, "/module/web/jpage/dataproxy.jsp"))
        rows, start = [], 1
        while start <= total and start < 100:
            end = start + group * per - 1
            query = urlencode({"startrecord": start, "endrecord": end, "perpage": per})
            data = page(f"{proxy}?{query}", data=urlencode(params).encode())
            assert f"<datastore><totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage>" in data
            mine = found(col, record, data)
            assert found(col, record, page(f"{proxy}?{query}&{urlencode(params)}")) == mine  # a GET answers too
            rows += mine
            start = end + 1
        assert rows[:per] == head
        past = urlencode({"startrecord": total + 1, "endrecord": total + group * per, "perpage": per})
        assert not re.findall(record, page(f"{proxy}?{past}", data=urlencode(params).encode()))
        for bad in ({**params, "columnid": 1229418800}, {k: v for k, v in params.items() if k != "unitid"}):
            empty = page(f"{proxy}?startrecord=1&endrecord=8&perpage=4", data=urlencode(bad).encode())
            assert "<recordset>\n</recordset>" in empty and not re.findall(record, empty)
        assert {urlsplit(u).path.split("/")[1] for u in rows} == {"art", "col"}
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "xiyang-gov")

        # VSB: home → zfxxgknb.htm, then zfxxgknb/2.htm, zfxxgknb/1.htm; "共N条", numbered links only, 跳转 names N
        lst = "http://wjj.maochuan.gov.test/xxgk/zfxxgknb.htm"
        assert links("http://wjj.maochuan.gov.test/index.htm", r'<a href="([^"]+)">政府信息公开年报</a>') == [lst]
        first = page(lst)
        total = declared_number(r'<div class="pb_sys_common pb_sys_style3"><span class="p_t">共(\d+)条</span>', first)
        pages = declared_number(r"_simple_list_gotopage_fun\((\d+),'u8_goto',2\)", first)
        numbered = found(lst, r'<span class="p_no"><a href="([^"]+)">\d+</a></span>', first)
        expected = [lst] + [f"http://wjj.maochuan.gov.test/xxgk/zfxxgknb/{pages - n + 1}.htm"
                            for n in range(2, pages + 1)]
        assert numbered == expected[1:] and pages > 1
        row = (r'<li id="line_u8_\d+"><a href="((?:\.\./)+info/1043/\d+\.htm)" target="_blank" title="[^"]+">'
               r'<span class="tit">[^<]+</span><span class="time">\d{4}年\d\d月\d\d日</span></a></li>')
        rows = []
        for k, url in enumerate(expected, 1):
            text = page(url)
            assert f'<span class="p_t">共{total}条</span>' in text and f'<span class="p_no_d">{k}</span>' in text
            assert f"_simple_list_gotopage_fun({pages},'u8_goto',2)" in text
            assert found(url, r'<span class="p_no"><a href="([^"]+)">\d+</a></span>', text) == [
                u for n, u in enumerate(expected, 1) if n != k]
            assert "上页" not in text and "下页" not in text
            rows += found(url, row, text)
        assert missing(f"http://wjj.maochuan.gov.test/xxgk/zfxxgknb/{pages}.htm")
        assert missing("http://wjj.maochuan.gov.test/xxgk/zfxxgknb/0.htm")
        assert all(u.startswith("http://wjj.maochuan.gov.test/info/1043/") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "maochuan-wjj")
        others = [u for u in rows if u not in truth_urls(province, "maochuan-wjj")]
        assert [h for u in others for h in re.findall(r'<h2 class="art-tit">([^<]+)</h2>', page(u))] == [
            "关于推进2024年家庭医生签约服务工作的通知"]

        # 海云: home → zfxxgknb.shtml; createPageHTML('page_div', pages, k, 'zfxxgknb', 'shtml', total), one-based
        root = "http://www.jinzhou.gov.test/jinzhou/c104417/"
        assert links("http://www.jinzhou.gov.test/", r'<a href="([^"]+)">政府信息公开年报</a>') == [
            root + "zfxxgknb.shtml"]
        first = page(root + "zfxxgknb.shtml")
        assert "function createPageHTML(divId, pageCount, currPage, pageName, pageExt, recordCount)" in first
        assert '<div id="page_div"></div>' in first
        pages = declared_number(r"createPageHTML\('page_div', (\d+), 1, 'zfxxgknb', 'shtml', \d+\);", first)
        total = declared_number(r"createPageHTML\('page_div', \d+, 1, 'zfxxgknb', 'shtml', (\d+)\);", first)
        item = (r'<tr><td class="syh">[^<]+</td><td class="bt"><a href="(/jinzhou/c104417/c\d+/content\.shtml)" '
                r'target="_blank" title="[^"]+">[^<]+</a></td><td class="jg">[^<]+</td><td class="rq">'
                r'\d{4}-\d\d-\d\d</td></tr>')
        rows = []
        for k in range(1, pages + 1):
            text = page(root + ("zfxxgknb.shtml" if k == 1 else f"zfxxgknb_{k}.shtml"))
            assert f"createPageHTML('page_div', {pages}, {k}, 'zfxxgknb', 'shtml', {total});" in text
            rows += found(root, item, text)
        assert missing(root + "zfxxgknb_1.shtml") and missing(f"{root}zfxxgknb_{pages + 1}.shtml")
        assert 3 * (pages - 1) < len(rows) <= 3 * pages
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "jinzhou-gov")

        # gkmlpt: no site id in the shell; app.js asks /gkmlpt/api/siteinfo for sid and page_size first
        home = "http://www.linchuan.gov.test/"
        assert links(home, r'<a href="([^"]+)">政府信息公开年报</a>') == [home + "gkmlpt/index#2841"]
        shell_url = home + "gkmlpt/index"
        shell = page(shell_url)
        assert '<script src="/gkmlpt/static/js/app.js"></script>' in shell and '<div class="tree-box"></div>' in shell
        assert "sid" not in shell and "758211" not in shell
        app = page(urljoin(shell_url, "/gkmlpt/static/js/app.js"))
        assert '$.getJSON("/gkmlpt/api/siteinfo", function (info) {' in app
        assert "Math.ceil(d.total / d.page_size)" in app and "758211" not in app
        info = json.loads(page(urljoin(shell_url, "/gkmlpt/api/siteinfo")))
        assert {"id": 2841, "name": "政府信息公开年报", "children": []} in info["tree"]
        sid, size = info["sid"], info["page_size"]
        api = urljoin(shell_url, f"/gkmlpt/api/all/2841?page=1&sid={sid}")
        head_data = json.loads(page(api))
        total = head_data["total"]
        assert head_data["page_size"] == size
        pages = -(-total // size)
        assert pages > 1
        rows, titles, stamps = [], {}, []
        for n in range(1, pages + 1):
            data = json.loads(page(api.replace("page=1", f"page={n}")))
            assert data["total"] == total and data["page_size"] == size and len(data["articles"]) <= size
            rows += [urljoin(shell_url, a["url"]) for a in data["articles"]]
            titles.update({urljoin(shell_url, a["url"]): a["title"] for a in data["articles"]})
            stamps += [a["first_publish_time"] for a in data["articles"]]
        assert stamps == sorted(stamps, reverse=True)
        assert json.loads(page(api.replace("page=1", f"page={pages + 1}")))["articles"] == []
        for wrong in (re.sub(r"sid=\d+", "sid=1", api), api.split("&sid=")[0], api.replace("/2841?", "/2839?")):
            answer = json.loads(page(wrong))
            assert answer["articles"] == [] and answer["total"] == 0
        assert all(u.startswith("http://www.linchuan.gov.test/gkmlpt/content/2/2841/post_") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "linchuan-gov")
        assert [titles[u] for u in rows if u not in truth_urls(province, "linchuan-gov")] == [
            "嶙川县2025年春节期间烟花爆竹禁放的通告"]

        # 开普云: a table, "共N条 每页N条 当前第1/N页", list.htm?curPage=N by 下一页; past the end "暂无数据"
        lst = "http://www.biyang.gov.test/xxgk/gknb/list.htm"
        assert links("http://www.biyang.gov.test/", r'<a href="([^"]+)">政府信息公开年报</a>') == [lst]
        first = page(lst)
        assert page(lst + "?curPage=1") == first
        total = declared_number(r'<div class="by-page">共(\d+)条 每页\d+条 当前第1/\d+页 ', first)
        per = declared_number(r'<div class="by-page">共\d+条 每页(\d+)条 当前第1/\d+页 ', first)
        pages = declared_number(r'<div class="by-page">共\d+条 每页\d+条 当前第1/(\d+)页 ', first)
        assert pages == -(-total // per) > 1
        assert ('<a href="javascript:;" class="dis">首页</a><a href="javascript:;" class="dis">上一页</a>'
                '<a href="list.htm?curPage=2">下一页</a>') in first and '<input id="goPage" size="2">' in first
        row = (r'<tr><td>\d+</td><td class="tit"><a href="(/xxgk/gknb/\d{4}/\d{4}/[0-9a-f]{32}\.htm)" title="[^"]+" '
               r'target="_blank">[^<]+</a></td><td>[^<]+</td><td>\d{4}-\d\d-\d\d</td></tr>')
        walked: list[str] = []
        rows, serials, shown, url = [], [], {}, lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f"共{total}条 每页{per}条 当前第{len(walked)}/{pages}页" in text
            rows += found(url, row, text)
            serials += [int(n) for n in re.findall(r'<tr><td>(\d+)</td><td class="tit">', text)]
            tip = r'<td class="tit"><a href="([^"]+)" title="([^"]+)"'
            shown.update({urljoin(url, h): t for h, t in re.findall(tip, text)})
            nxt = found(url, r'<a href="(list\.htm\?curPage=\d+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}?curPage={n}" for n in range(2, pages + 1)]
        assert '<a href="javascript:;" class="dis">下一页</a><a href="javascript:;" class="dis">尾页</a>' in text
        assert serials == list(range(1, total + 1))
        for beyond in (pages + 1, 0):
            text = page(f"{lst}?curPage={beyond}")
            assert '<tr><td colspan="4">暂无数据</td></tr>' in text and not re.findall(row, text)
        assert len(rows) == total == len(set(rows)) and set(rows) > truth_urls(province, "biyang-gov")
        assert all(shown[t.url] == t.title for t in province.truth if t.site_id == "biyang-gov")
        others = [u for u in rows if u not in truth_urls(province, "biyang-gov")]
        assert sorted(h for u in others for h in re.findall(r'<h2 class="xl-title">([^<]+)</h2>', page(u))) == sorted(
            ["濞阳县2024年度县级部门预算公开目录", "濞阳县第一季度政务公开工作通报"])

        # hub: <fieldset><legend> sector boxes; each unit "进入年报专栏" (its sub-host's list), year links, or 暂未发布
        hub = "http://www.guyuan.gov.test/zwgk/gdwnb/index.html"
        assert links("http://www.guyuan.gov.test/", r'<a href="([^"]+)">各单位年报</a>') == [hub]
        first = page(hub)
        boxes = re.findall(r'<fieldset class="dw-group"><legend>([^<]+)</legend>(.*?)</fieldset>', first)
        assert [b for b, _ in boxes] == ["综合部门", "经济部门", "社会事业", "乡镇"]
        units = [(box, unit, body) for box, inner in boxes
                 for unit, body in re.findall(r'<p class="dw"><b>([^<]+)</b>(.*?)</p>', inner)]
        assert [u for _, u, _ in units] == ["县发展改革局", "县农业农村局", "县市场监管局", "县教育局", "崮山镇",
                                            "石门乡", "东岭镇"]
        rows, lists = [], []
        for _, unit, body in units:
            enter = found(hub, r'<a href="(http://[a-z]+\.guyuan\.gov\.test/zfxxgk/ndbg/index\.html)" '
                               r'target="_blank">进入年报专栏</a>', body)
            years = re.findall(r'<a href="(/zwgk/gdwnb/[a-z]+/\d{8}/\d+\.html)">(\d{4}年度(?:解读)?)</a>', body)
            if unit == "县发展改革局":  # 综合部门: nothing published yet
                assert body == '<span class="none">暂未发布</span>' and not enter and not years
            elif unit in ("县市场监管局", "东岭镇"):
                assert [label for _, label in years] == (["2022年度", "2022年度解读"] if unit == "县市场监管局"
                                                         else ["2023年度"])
                assert not enter
                rows += [urljoin(hub, href) for href, _ in years]
            else:
                assert len(enter) == 1 and not years
                lists.append((unit, enter[0]))
        assert "暂未发布" not in "".join(body for _, u, body in units if u != "县发展改革局")
        for unit, lst in lists:
            first = page(lst)
            name = re.search(r'<meta name="SiteName" content="([^"]+)">', first)
            assert name and unit.removeprefix("县") in name[1] and f"主办单位：{name[1]}" in first, unit
            nb_row = r'<div class="nb-row"><a href="(/zfxxgk/ndbg/[^"]+)">[^<]+</a><i>\d{4}-\d\d-\d\d</i></div>'
            held: list[str] = []
            walked, url = [], lst
            while url and len(walked) < 10:
                walked.append(url)
                text = page(url)
                got = found(url, nb_row, text)
                assert 0 < len(got) <= 3
                held += got
                nxt = found(url, r'<a href="([^"]+)">下一页</a>', text)
                url = nxt[0] if nxt else ""
            if len(walked) > 1:
                assert f"<b>{len(walked)}</b><span>下一页</span>" in text
            else:
                assert 'class="u-pager"' not in first
            assert walked == [lst] + [lst.replace("index.html", f"index_{n}.html") for n in range(1, len(walked))]
            assert missing(lst.replace("index.html", f"index_{len(walked)}.html"))
            assert all(urlsplit(u).netloc == urlsplit(lst).netloc for u in held)
            rows += held
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "guyuan-bmnb")

        # Perl CGI (GBK): 目录 → 年报 ?act=list;lm=0507, "共N条 第1/N页", 下页 → ;p=2, ;p=3; past the end an error page
        cgi = "http://www.zhiyang.gov.test/cgi-bin/gkml/gkml.pl"
        column = cgi + "?act=list;lm=0507"
        assert links("http://www.zhiyang.gov.test/", r'<A HREF="([^"]+)">政府信息公开目录</A>', "gbk") == [cgi]
        assert links(cgi, r'<LI><A HREF="([^"]+)">政府信息公开年报</A>', "gbk") == [column]
        first = page(column, "gbk")
        total = declared_number(r"共(\d+)条 第1/\d+页 首页 上页 ", first)
        pages = declared_number(r"共\d+条 第1/(\d+)页 首页 上页 ", first)
        assert pages == -(-total // 4) > 1
        assert (f'共{total}条 第1/{pages}页 首页 上页 <A HREF="gkml.pl?act=list;lm=0507;p=2">下页</A> '
                f'<A HREF="gkml.pl?act=list;lm=0507;p={pages}">末页</A> 转到<INPUT NAME=p SIZE=2>页') in first
        item = (r'<TR BGCOLOR=(#FFFFFF|#F2F6FB)><TD><IMG SRC=/gkml/img/dot\.gif> <A HREF="gkml\.pl\?act=show;id=\d+" '
                r'TARGET=_blank>[^<]+</A></TD><TD>[^<]+</TD><TD>\[\d{4}-\d\d-\d\d\]</TD></TR>')
        rows, walked, url = [], [], column
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url, "gbk")
            assert f"共{total}条 第{len(walked)}/{pages}页 " in text
            colours = re.findall(item, text)
            assert colours == ["#FFFFFF", "#F2F6FB", "#FFFFFF", "#F2F6FB"][:len(colours)]
            mine = found(url, r'<TD><IMG SRC=/gkml/img/dot\.gif> <A HREF="(gkml\.pl\?act=show;id=\d+)" TARGET=_blank>',
                         text)
            assert len(mine) == len(colours)
            amp = url.replace(";", "&")
            assert found(url, r'<A HREF="(gkml\.pl\?act=show;id=\d+)"', page(amp, "gbk")) == mine  # CGI.pm reads '&'
            rows += mine
            nxt = found(url, r'<A HREF="(gkml\.pl\?act=list;lm=0507;p=\d+)">下页</A>', text)
            url = nxt[0] if nxt else ""
        assert walked == [column] + [f"{column};p={n}" for n in range(2, pages + 1)]
        assert " 下页 末页 转到" in text
        for beyond in (pages + 1, 0):
            status, _, body = fetch(server.proxy, f"{column};p={beyond}")
            assert status == 200 and "页码超出范围" in body.decode("gbk") and "act=show" not in body.decode("gbk")
        assert "记录不存在" in page(cgi + "?act=show;id=1", "gbk")
        assert missing(cgi + "?act=edit;id=1")
        assert all(u.startswith(cgi + "?act=show;id=") for u in rows)
        assert len(rows) == total == len(set(rows)) and set(rows) == truth_urls(province, "zhiyang-gkml")

        # Hexo (cms: auto): home nav → 政务公开 (its category list counts the 年报) → /categories/zwgk/xxgknb/, page/N/
        home = "http://www.haochuan.gov.test/"
        zwgk = links(home, r'<a class="main-nav-link" href="([^"]+)">政务公开</a>')
        assert zwgk == [home + "categories/zwgk/"]
        listing = page(zwgk[0])
        cat = found(zwgk[0], r'<a class="category-list-link" href="([^"]+)">政府信息公开年报</a>', listing)
        assert cat == [home + "categories/zwgk/xxgknb/"]
        count = declared_number(r'政府信息公开年报</a><span class="category-list-count">(\d+)</span>', listing)
        first = page(cat[0])
        assert '<meta name="generator" content="Hexo 7.1.1">' in first
        numbers = [int(n) for n in re.findall(r'<(?:span|a) class="page-number(?: current)?"(?: href="[^"]+")?>(\d+)'
                                              r'</(?:span|a)>', first)]
        pages = max(numbers)
        assert numbers == list(range(1, pages + 1)) and pages > 1
        date_link = (r'<a href="(/\d{4}/\d\d/\d\d/[a-z0-9-]+/)" class="archive-article-date">'
                     r'<time class="dt-published" datetime="\d{4}-\d\d-\d\dT02:00:00\.000Z" itemprop="datePublished">'
                     r'\d{4}-\d\d-\d\d</time></a>')
        title_link = r'<h1 itemprop="name"><a class="archive-article-title" href="(/\d{4}/\d\d/\d\d/[a-z0-9-]+/)">'
        rows, walked, url = [], [], cat[0]
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<span class="page-number current">{len(walked)}</span>' in text
            mine = found(url, title_link, text)
            assert found(url, date_link, text) == mine and 0 < len(mine) <= 4  # each post linked twice, in order
            rows += mine
            if len(walked) > 1:
                assert f'<a class="page-number" href="{urlsplit(cat[0]).path}">1</a>' in text
            nxt = found(url, r'<a class="extend next" rel="next" href="([^"]+)">下一页 &raquo;</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == cat + [f"{cat[0]}page/{n}/" for n in range(2, pages + 1)]
        assert missing(f"{cat[0]}page/1/") and missing(f"{cat[0]}page/{pages + 1}/")
        assert all(u in rows for u in found(home, r'<li><a href="(/\d{4}/\d\d/\d\d/[a-z0-9-]+/)">', page(home)))
        assert len(rows) == count == len(set(rows)) and set(rows) == truth_urls(province, "haochuan-gov")

        # Wagtail (no cms): /xxgk/ndbg/, ?page=2, ?page=3; "第 k 页，共 N 页", first/previous/next/last only
        lst = "http://yjj.zhuozhou.gov.test/xxgk/ndbg/"
        first = page(lst)
        assert page(lst + "?page=1") == first and '<link rel="stylesheet" href="/static/css/zzyjj.css">' in first
        pages = declared_number(r'<span class="current">第 1 页，共 (\d+) 页</span>', first)
        assert pages > 1
        assert (f'<span class="step-links"><span class="current">第 1 页，共 {pages} 页</span> '
                f'<a href="?page=2">下一页</a> <a href="?page={pages}">末页 &raquo;</a></span>') in first
        entry = (r'<div class="listing-item"><h3 class="listing-title"><a href="(/xxgk/ndbg/[a-z0-9-]+/)">[^<]+</a>'
                 r'</h3><p class="listing-meta"><span class="unit">[^<]+</span> <time datetime="\d{4}-\d\d-\d\d">')
        rows, walked, url = [], [], lst
        while url and len(walked) < 10:
            walked.append(url)
            text = page(url)
            assert f'<span class="current">第 {len(walked)} 页，共 {pages} 页</span>' in text
            assert not re.search(r'<a href="\?page=\d+">\d+</a>', text)
            rows += found(url, entry, text)
            nxt = found(url, r'<a href="(\?page=\d+)">下一页</a>', text)
            url = nxt[0] if nxt else ""
        assert walked == [lst] + [f"{lst}?page={n}" for n in range(2, pages + 1)]
        assert '<a href="?page=1">&laquo; 首页</a>' in text and "下一页" not in text
        for bad_page in (str(pages + 1), "0", "x"):
            assert missing(f"{lst}?page={bad_page}")
        assert 4 * (pages - 1) < len(rows) <= 4 * pages
        assert len(rows) == len(set(rows)) and set(rows) == truth_urls(province, "zhuozhou-yjj")


def test_batch31_portal_contracts() -> None:
    """The legacy pages' GBK bytes (a GBK header and a gbk meta); the one scan (zhiyang-gkml 2019, image-only PDF,
    flagged) and its link; the TRS, VSB, gkmlpt and Hexo PDFs, the 海云 and CGI OFDs, the 开普云 and Wagtail DOCX where
    their pages link them (and the hub's PDF its unit's list links directly); the units abbreviated in their titles
    named in full on their pages."""
    province = build_unseen(BATCH)
    reports = province.reports()
    with province.server() as server:
        pages = Pages(server.proxy)
        article = pages.page

        # the legacy list, 目录 and site home: GBK bytes under a GBK header and a gbk meta
        cgi = "http://www.zhiyang.gov.test/cgi-bin/gkml/gkml.pl"
        meta = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gbk">'
        for url in (cgi + "?act=list;lm=0507", cgi, "http://www.zhiyang.gov.test/"):
            status, media, body = fetch(server.proxy, url)
            text = body.decode("gbk")
            assert (status, media) == (200, GBK) and meta in text, url
            assert "沚阳县".encode("gbk") in body and "沚阳县" in text
        legacy = next(t for t in reports if t.site_id == "zhiyang-gkml" and not t.report_url)
        _, media, body = fetch(server.proxy, legacy.url)
        assert media == GBK and legacy.title in body.decode("gbk") and meta in body.decode("gbk")

        scans = [t for t in reports if "image_only" in t.flags]
        assert [(t.site_id, t.year) for t in scans] == [("zhiyang-gkml", 2019)]
        scan = scans[0]
        assert scan.report_url and scan.report_url.startswith("http://www.zhiyang.gov.test/gkml/upload/2020/")
        path = urlsplit(scan.report_url).path
        assert f'<P>附件：<A HREF="{path}">' in article(scan.url, "gbk") and scan.url.startswith(cgi + "?act=show;id=")
        assert fetch(server.proxy, scan.report_url)[:2] == (200, PDF) and scan.media_type == PDF

        # every attachment: (site, media type) → the page's link to it, resolved, is the report's file
        attached = sorted((t.site_id, t.media_type) for t in reports if t.report_url and t not in scans)
        assert attached == sorted([("suiping-scjgj", PDF), ("maochuan-wjj", PDF), ("jinzhou-gov", OFD),
                                   ("linchuan-gov", PDF), ("biyang-gov", DOCX), ("zhiyang-gkml", OFD),
                                   ("haochuan-gov", PDF), ("zhuozhou-yjj", DOCX)])


        # TRS: ./P020230129<12 digits>.pdf in div.fj, a sibling after the body, in the list's own folder
        url, report_url, text = pages.filed(reports, "suiping-scjgj")
        link = re.search(r'<div class="view TRS_UEDITOR trs_paper_default"><div class="trs_editor_view"><p>[^<]+</p>'
                         r'</div></div><div class="fj">附件：<a href="(\./P020230129\d{12}\.pdf)" target="_blank">',
                         text)
        assert link and urljoin(url, link[1]) == report_url
        assert report_url.startswith("http://scjgj.suiping.gov.test/xxgk/zfxxgknb/")

        # VSB: /system/_content/download.jsp?…&owner=1651230017&wbfileid=<n> in 附件【…】; other ids an HTML error
        url, report_url, text = pages.filed(reports, "maochuan-wjj")
        link = re.search(r'<div class="v_news_content">.*?<p>附件【<a href="(/system/_content/download\.jsp\?urltype='
                         r'news\.DownloadAttachUrl&(?:amp;)?owner=1651230017&(?:amp;)?wbfileid=\d+)">', text)
        assert link and urljoin(url, link[1].replace("&amp;", "&")) == report_url
        status, media, body = fetch(server.proxy, re.sub(r"wbfileid=\d+", "wbfileid=1", report_url))
        assert status == 200 and media.startswith("text/html") and "文件不存在" in body.decode()

        # 海云: ./P020230119<12 digits>.ofd in div.xxgk_fj, the file in the article's own folder
        url, report_url, text = pages.filed(reports, "jinzhou-gov")
        link = re.search(r'<div class="xxgk_fj">相关附件：<a href="(\./P020230119\d{12}\.ofd)">', text)
        assert link and urljoin(url, link[1]) == report_url and report_url.startswith(url.removesuffix("content.shtml"))

        # gkmlpt: /gkmlpt/attachment/5/5873/<id>.pdf in div.attachment and in PAGE.DETAIL.attachment
        url, report_url, text = pages.filed(reports, "linchuan-gov")
        link = re.search(r'<div class="attachment">附件：<a href="(/gkmlpt/attachment/5/5873/\d+\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url
        detail = re.search(r"<script>var PAGE = \{DETAIL: (\{.*?\}), TREE: ", text)
        assert detail and [f["url"] for f in json.loads(detail[1])["attachment"]] == [link[1]]

        # 开普云: /u/cms/www/202501/<32 hex>.docx in div.xl-fj, outside #UCAP-CONTENT
        url, report_url, text = pages.filed(reports, "biyang-gov")
        link = re.search(r'<div id="UCAP-CONTENT"><p>[^<]+</p></div><div class="xl-fj"><h4>相关附件</h4><ul><li>'
                         r'<a href="(/u/cms/www/202501/[0-9a-f]{32}\.docx)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # Perl CGI: /gkml/upload/2024/<10 digits>.ofd as 附件： in DIV#zoom (a GBK page)
        url, report_url, text = pages.filed(reports, "zhiyang-gkml", "gbk")
        link = re.search(r'<DIV ID=zoom><P>[^<]+</P><P>附件：<A HREF="(/gkml/upload/2024/\d{10}\.ofd)">', text)
        assert link and urljoin(url, link[1]) == report_url

        # Hexo: the post's asset folder /2022/01/26/<slug>/<slug>.pdf linked from the article body
        url, report_url, text = pages.filed(reports, "haochuan-gov")
        link = re.search(r'<div class="e-content article-entry" itemprop="articleBody"><p>[^<]+<a href="'
                         r'(/2022/01/26/([a-z0-9-]+)/\2\.pdf)">', text)
        assert link and urljoin(url, link[1]) == report_url and report_url.startswith(url)

        # Wagtail: a block-document's /documents/<n>/zzyjj-2022-ndbg.docx
        url, report_url, text = pages.filed(reports, "zhuozhou-yjj")
        link = re.search(r'<div class="streamfield">.*?<div class="block-document"><a href="'
                         r'(/documents/\d+/zzyjj-2022-ndbg\.docx)" class="doc-link">', text)
        assert link and urljoin(url, link[1]) == report_url

        # the hub's 农业农村局 2024 report is the PDF itself, linked straight from its unit's list
        pdfs = [t for t in reports if t.site_id == "guyuan-bmnb" and t.media_type == PDF]
        assert [t.url for t in pdfs if not t.report_url] == [t.url for t in pdfs] and len(pdfs) == 1
        path = urlsplit(pdfs[0].url).path
        assert re.fullmatch(r"/zfxxgk/ndbg/P020250123\d+\.pdf", path)
        assert f'<div class="nb-row"><a href="{path}">{pdfs[0].title}（PDF）</a>' in article(
            "http://nyj.guyuan.gov.test/zfxxgk/ndbg/index.html")
        assert fetch(server.proxy, pdfs[0].url)[:2] == (200, PDF)

        # a unit abbreviated in its title (or not named at all, on the hub's sub-hosts) is named in full on its page
        checked = 0
        for site, short in (("suiping-scjgj", "县市场监管执法大队"), ("xiyang-gov", "灈口镇"),
                            ("xiyang-gov", "县发改局"),
                            ("maochuan-wjj", "县疾控中心"), ("jinzhou-gov", "市统计局"), ("jinzhou-gov", "市医保局"),
                            ("linchuan-gov", "县卫健局"), ("linchuan-gov", "嶙口街道"),
                            ("biyang-gov", "县交通运输局"), ("biyang-gov", "濞水镇"),
                            ("guyuan-bmnb", "2021年"), ("guyuan-bmnb", "2024年政府"), ("guyuan-bmnb", "崮山镇"),
                            ("guyuan-bmnb", "东岭镇"), ("guyuan-bmnb", "县市场监管局"),
                            ("zhiyang-gkml", "县水利局"), ("zhiyang-gkml", "蓼塘乡"),
                            ("haochuan-gov", "县市场监管局"), ("haochuan-gov", "县教体局"),
                            ("zhuozhou-yjj", "市地震局"), ("zhuozhou-yjj", "经开区分局")):
            encoding = "gbk" if site == "zhiyang-gkml" else "utf-8"
            checked += pages.units_named_in_full(reports, site, short, encoding)
        assert checked == 24


@pytest.mark.slow
def test_batch31_measurement_runs() -> None:
    m = assert_measurement_holds("batch31")
    # No address asked that the portals do not serve: batch 31 links no dead page, so a 404 is a page made up.
    assert not [url for run in m.runs for url in run.not_found]
