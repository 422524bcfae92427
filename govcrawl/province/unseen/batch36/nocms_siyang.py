"""澌阳市医疗保障局 (ylbzj.siyang.gov.test), registered with no ``cms`` and only its home page ``/``: a city bureau site
on Microsoft SharePoint Server 2010 (a publishing site with a 信息公开 sub-site ``/xxgk``; no README family), UTF-8,
headers ``MicrosoftSharePointTeamServices: 14.0.0.6029`` and ``X-AspNet-Version``.

Path: home ``/`` (the same page as ``/SitePages/Home.aspx``; a top link bar ``<div class="s4-tn">`` with 首页,
信息公开 ``/xxgk/default.aspx``) → ``/xxgk/default.aspx`` (a Quick Launch ``<div class="s4-ql">`` whose list links
include 政府信息公开年度报告 ``/xxgk/Lists/ndbg/AllItems.aspx``) → the 年报 list view
``/xxgk/Lists/ndbg/AllItems.aspx``,
paged by SharePoint's own list-view paging query: ``AllItems.aspx?Paged=TRUE&p_ID=<last item's ID>&PageFirstRow=5
&View=%7b…%7d`` (next) and ``?Paged=TRUE&PagedPrev=TRUE&p_ID=<first item's ID>&PageFirstRow=1&View=…`` (previous);
the server pages by ``PageFirstRow`` alone.  Items ``/xxgk/Lists/ndbg/DispForm.aspx?ID=<n>`` (small item ids; an
unknown ID answers 200 "项不存在"); attachments ``/xxgk/Lists/ndbg/Attachments/<ID>/<file>``.

List markup: the XsltListViewWebPart ``<table class="ms-listviewtable" summary="政府信息公开年度报告">`` with a header
row of ``<th class="ms-vh2">`` (标题, 发布机构, 发布日期) and rows ``<tr>``/``<tr class="ms-alternating">`` of ``<td
class="ms-vb-title"><div class="ms-vb itx"><a href="/xxgk/Lists/ndbg/DispForm.aspx?ID=7" onfocus="OnLink(this)"
onclick="EditLink2(this,17);return false;" target="_self">title</a></div></td><td class="ms-vb2">发布机构</td><td
class="ms-vb2"><nobr>2025/1/21</nobr></td>``, four a page, newest first.  Pager: ``<table class="ms-bottompaging">``
whose ``<td class="ms-paging">`` holds "5 - 8" between image-only arrow links (``<img src="/_layouts/images/prev.gif"
alt="上一页">`` / ``<img src="/_layouts/images/next.gif" alt="下一页">``); no page numbers, no count.

Items: the DispForm ``<table class="ms-formtable">`` of ``<td class="ms-formlabel"><h3 class="ms-standardheader">``
field names (标题, 发布机构, 发布日期, 正文, 附件) and ``<td class="ms-formbody">`` values; 正文 in ``<div
class="ExternalClass…">``.  The 2022 report's 正文 is one line; its 附件 row's ``<table id="idAttachmentsTable">``
links the PDF ``/xxgk/Lists/ndbg/Attachments/<ID>/2022年度报告.pdf`` (percent-encoded in the href).  The
中心 report's 标题 says "市医保中心…" and its 发布机构 is 澌阳市医疗保障事务中心.  Chrome: a header with 无障碍
``/SitePages/wza.aspx``, footer with 主办单位, 网站标识码, ICP.

Reports (7): 澌阳市医疗保障局 2019, 2020, 2021, 2022 (PDF), 2023, 2024; 澌阳市医疗保障事务中心 2023.
Decoys (3): 澌阳市医疗保障局2023年度部门决算, 关于做好2021年度政府信息公开工作年度报告编制工作的函,
澌阳市医疗保障局2024年政务公开工作要点.
Other items (1): a bureau notice.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch36._site import MEDIA, Site, esc

HOST = "ylbzj.siyang.gov.test"
SITE = "siyang-ylbzj"
OWNER = "澌阳市医疗保障局"
PER = 4
LIST = "/xxgk/Lists/ndbg/AllItems.aspx"
FORM = "/xxgk/Lists/ndbg/DispForm.aspx"
VIEW = "%7b6F2C1D3A-8B47-4E0A-9C15-2D7E4A1B9F30%7d"
ALT = ' class="ms-alternating"'
HEADERS = {"MicrosoftSharePointTeamServices": "14.0.0.6029", "X-AspNet-Version": "2.0.50727"}


def frame(title: str, inner: str, quick: str = "") -> bytes:
    page = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        '<html dir="ltr" xmlns="http://www.w3.org/1999/xhtml" lang="zh-cn">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<meta name="GENERATOR" content="Microsoft SharePoint" />\n'
        '<meta name="SiteIDCode" content="9886100012" />\n'
        f'<title>\n\t{esc(title)}\n</title>\n<link rel="stylesheet" type="text/css" '
        'href="/_layouts/2052/styles/Themable/corev4.css" />\n</head>\n<body scroll="no" class="v4master">\n'
        '<form name="aspnetForm" method="post" action="" id="aspnetForm">\n'
        '<div id="s4-workspace"><div id="s4-titlerow"><div class="s4-title">'
        '<h1 class="s4-titletext">澌阳市医疗保障局</h1><a href="/SitePages/wza.aspx">无障碍</a></div>'
        '<div class="s4-tn"><ul class="root static"><li class="static"><a class="static menu-item" '
        'href="/SitePages/Home.aspx">首页</a></li><li class="static"><a class="static menu-item" '
        'href="/xxgk/default.aspx">信息公开</a></li></ul></div></div>\n'
        f'<div id="s4-leftpanel">{quick}</div>\n'
        f'<div id="MSO_ContentTable" class="s4-ca">{inner}</div>\n'
        '<div class="footer">主办单位：澌阳市医疗保障局　网站标识码：9886100012　未ICP备19027735号</div>\n'
        '</div>\n</form>\n</body>\n</html>\n'
    )
    return page.encode("utf-8")


QUICK = ('<div class="s4-ql"><ul class="root static"><li class="static"><span class="menu-item">列表</span><ul>'
         f'<li><a class="static menu-item" href="{LIST}">政府信息公开年度报告</a></li>'
         '<li><a class="static menu-item" href="/xxgk/Lists/tzgg/AllItems.aspx">通知公告</a></li>'
         '</ul></li></ul></div>')


def sp_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}/{int(m)}/{int(d)}"


class NocmsSiyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 317_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []
        self.forms: dict[str, bytes] = {}
        for year, date in ((2019, "2020-01-16"), (2020, "2021-01-22"), (2021, "2022-01-27")):
            doc = self.doc(OWNER, year, date, f"澌阳市医疗保障局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.item(doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-20", "澌阳市医疗保障局2022年度政府信息公开工作年度报告")
        n = self.next_id(1, 3) - self.first_id
        name = "2022年度报告.pdf"
        path = quote(f"/xxgk/Lists/ndbg/Attachments/{n}/{name}")  # served as requested: percent-encoded
        self.attach(HOST, path, doc, "pdf", quote(name))
        url = self.item(doc.title, "2023-01-20", OWNER, "<div>报告全文见附件。</div>", n,
                        f'<table id="idAttachmentsTable"><tr><td class="ms-vb"><a href="{path}">{name}</a>'
                        '</td></tr></table>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{path}")
        for year, date in ((2023, "2024-01-19"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"澌阳市医疗保障局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.item(doc.title, date, OWNER, self.body(doc)), doc)
        agency = "澌阳市医疗保障事务中心"
        doc = self.doc(agency, 2023, "2024-01-30", "市医保中心2023年政府信息公开工作年度报告")
        self.report(SITE, self.item(doc.title, "2024-01-30", agency, self.body(doc, word=True)), doc)
        for title, year, date in (("澌阳市医疗保障局2023年度部门决算", 2023, "2024-08-28"),
                                  ("关于做好2021年度政府信息公开工作年度报告编制工作的函", 2021, "2021-12-15"),
                                  ("澌阳市医疗保障局2024年政务公开工作要点", 2024, "2024-03-29")):
            self.decoy(SITE, self.item(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.item("关于调整2024年度城乡居民医保个人缴费标准的通知", "2024-09-10", OWNER,
                  "<div>各县（市、区）医疗保障局：现将有关事项通知如下。</div>")
        self.rows.sort(reverse=True)
        self.route(HOST, LIST, self.serve_list)
        self.route(HOST, FORM, self.serve_form)
        home = frame("首页", '<div class="ms-rtestate-field"><h2>政务公开</h2><ul><li><a href="/xxgk/default.aspx">'
                           '信息公开</a></li><li><a href="' + LIST + '">政府信息公开年度报告</a></li></ul></div>')
        for path, body in (("/", home), ("/SitePages/Home.aspx", home),
                           ("/xxgk/default.aspx", frame("信息公开", "<h2>信息公开</h2><p>请从左侧选择。</p>", QUICK)),
                           ("/xxgk/Lists/tzgg/AllItems.aspx", frame("通知公告", "<p>视图中没有项目。</p>", QUICK)),
                           ("/SitePages/wza.aspx", frame("无障碍", "<p>按 Tab 键浏览页面。</p>"))):
            self.page(path, body)
        self.put(HOST, "/_layouts/2052/styles/Themable/corev4.css", ".ms-vb2{padding:4px}", "text/css")
        for name in ("prev", "next"):
            self.put(HOST, f"/_layouts/images/{name}.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif")

    def page(self, path: str, body: bytes) -> None:
        answer = Response(200, body, "text/html; charset=utf-8", dict(HEADERS))
        self.route(HOST, path, lambda request: answer)

    def item(self, title: str, date: str, agency: str, content: str, n: int = 0, files: str = "") -> str:
        if not n:
            n = self.next_id(1, 3) - self.first_id
        fields = (("标题", esc(title)), ("发布机构", esc(agency)), ("发布日期", sp_date(date)),
                  ("正文", f'<div class="ExternalClass{n:04X}A1">{content}</div>'), ("附件", files or "&nbsp;"))
        rows = "".join(f'<tr><td nowrap="true" valign="top" width="190px" class="ms-formlabel"><h3 '
                       f'class="ms-standardheader"><nobr>{k}</nobr></h3></td><td valign="top" class="ms-formbody" '
                       f'width="400px">{v}</td></tr>' for k, v in fields)
        self.forms[str(n)] = frame(f"政府信息公开年度报告 - {title}", f'<table class="ms-formtable" border="0" '
                                                                 f'cellpadding="0" cellspacing="0" width="100%">'
                                                                 f'{rows}</table>', QUICK)
        self.rows.append((date, n, title, agency))
        return f"http://{HOST}{FORM}?ID={n}"

    def serve_form(self, request: Request) -> Response:
        body = self.forms.get(request.param("ID")) or frame("错误", "<p>项不存在。该项可能已被其他用户删除。</p>")
        return Response(200, body, "text/html; charset=utf-8", dict(HEADERS))

    def serve_list(self, request: Request) -> Response:
        first = request.param("PageFirstRow", "1")
        total = len(self.rows)
        if not first.isdigit() or not 1 <= int(first) <= total:
            first = "1"
        start = int(first) - 1
        part = self.rows[start:start + PER]
        trs = "".join(
            f'<tr{ALT if i % 2 else ""}><td class="ms-vb-title"><div class="ms-vb itx">'
            f'<a href="{FORM}?ID={n}" onfocus="OnLink(this)" onclick="EditLink2(this,17);return false;" '
            f'target="_self">{esc(title)}</a></div></td><td class="ms-vb2">{esc(agency)}</td>'
            f'<td class="ms-vb2"><nobr>{sp_date(date)}</nobr></td></tr>'
            for i, (date, n, title, agency) in enumerate(part))
        prev = nxt = ""
        if start > 0:
            back = max(start - PER, 0) + 1
            prev = (f'<a href="{LIST}?Paged=TRUE&amp;PagedPrev=TRUE&amp;p_ID={part[0][1]}&amp;PageFirstRow={back}'
                    f'&amp;View={VIEW}"><img src="/_layouts/images/prev.gif" border="0" alt="上一页" /></a>')
        if start + PER < total:
            nxt = (f'<a href="{LIST}?Paged=TRUE&amp;p_ID={part[-1][1]}&amp;PageFirstRow={start + PER + 1}'
                   f'&amp;View={VIEW}"><img src="/_layouts/images/next.gif" border="0" alt="下一页" /></a>')
        pager = (f'<table class="ms-bottompaging" width="100%"><tr><td class="ms-bottompagingline1"></td></tr><tr>'
                 f'<td class="ms-vb" align="center"><table><tr><td>{prev}</td><td class="ms-paging">{start + 1} - '
                 f'{start + len(part)}</td><td>{nxt}</td></tr></table></td></tr></table>')
        table = ('<table class="ms-listviewtable" summary="政府信息公开年度报告" border="0" cellspacing="0" '
                 'width="100%">'
                 '<tr class="ms-viewheadertr"><th class="ms-vh2">标题</th><th class="ms-vh2">发布机构</th>'
                 f'<th class="ms-vh2">发布日期</th></tr>{trs}</table>{pager}')
        body = frame("政府信息公开年度报告 - 所有项目", table, QUICK)
        return Response(200, body, "text/html; charset=utf-8", dict(HEADERS))


PORTALS = [NocmsSiyang]
