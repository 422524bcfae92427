"""漭川县 (www.mangchuan.gov.test): an old Java servlet 政府信息公开目录 on Caucho Resin 3.0 (``/servlet/…`` invoker
mappings, no framework) in GBK bytes: header ``text/html;charset=GBK`` (no space, as Resin writes it) and
``<meta http-equiv="Content-Type" content="text/html; charset=GBK">``; footer "Powered by Resin"; the home page is
``/index.jsp`` (``/`` answers it).  The servlets rewrite every URL they print with the session id
(``HttpServletResponse.encodeURL``), so links carry a path parameter before the query:
``/servlet/GkmlView;jsessionid=aJ3kV9xQm2Tb?xxid=N`` — the same id on every page; the server ignores it (the
path parameter is cut before dispatch), so links with and without it answer the same page.

Path: home → 目录 home ``/gkml/index.jsp`` (a ``<table>`` of 类别 with 类别编号) → the 年报 类别
``/servlet/GkmlList?lbbh=0308`` (the start URL); later pages ``/servlet/GkmlList;jsessionid=…?lbbh=0308&curpage=N``
(``curpage=1`` answers page 1).  Articles ``/servlet/GkmlView;jsessionid=…?xxid=<n>``; an unknown ``xxid`` answers
200 "该信息不存在或已删除"; an unknown 类别 or page number answers 200 "参数错误".  The one file is sent by a download
servlet, ``/servlet/FileDown;jsessionid=…?fileid=<n>``, with ``Content-Disposition: attachment; filename*=…docx``.

List markup: ``<table id="tblList">`` rows ``<tr class="odd">``/``<tr class="even">`` of ``<td><img src=
"/images/dot.gif"> <a href="…" target="_blank">full title</a></td><td class="date">[2025-01-20]</td>``, five a
page, newest first.  Pager: a GET ``<form name="pageForm">`` holding the text "第1页/共3页　共13条", links 首页 上页
下页 末页 (plain text where they do not apply) and a ``<select name="curpage" onchange="this.form.submit()">`` of
page numbers, plus a hidden ``lbbh``.

Articles: ``<table class="xxgk_info">`` of 信息索引号 / 发布机构 / 发文日期 / 主题分类 above an ``<h2>`` title and the
body in ``<div id="fontzoom">``.  The 2021 report's page holds one line and ``附件：<a href="/servlet/FileDown;…">``
(the DOCX).  The 县卫健局 report's 发布机构 is 漭川县卫生健康局; the 石门乡 report's is 漭川县石门乡人民政府.
Chrome: a banner table with 无障碍 (``/wza.jsp``), a blue nav row, footer with 主办单位, 网站标识码, ICP.

Reports (8): 漭川县人民政府 2019, 2020, 2021 (DOCX), 2022, 2023, 2024; 漭川县卫生健康局 2023; 漭川县石门乡人民政府 2022.
Decoys (3): 漭川县2023年政府信息公开指南, 漭川县2022年度部门决算公开说明, 漭川县2021年度政府信息公开工作年度报告解读.
Other rows (2): ordinary 目录 items (通知).
"""

from __future__ import annotations

import dataclasses
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc

HOST = "www.mangchuan.gov.test"
SITE = "mangchuan-gkml"
OWNER = "漭川县人民政府"
LB = "0308"
PER = 5
SID = ";jsessionid=aJ3kV9xQm2Tb"
CTYPE = "text/html;charset=GBK"


def frame(title: str, inner: str) -> bytes:
    page = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=GBK">\n'
        f'<title>{esc(title)}－漭川县政府信息公开目录</title>\n<link rel="stylesheet" href="/css/gkml.css">\n'
        '</head>\n<body topmargin="0" leftmargin="0">\n'
        '<table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td height="96" '
        'background="/images/banner.jpg"><b style="font-size:28px">漭川县人民政府信息公开</b></td>'
        '<td align="right" valign="top"><a href="/wza.jsp">无障碍</a> | <a href="/index.jsp">设为首页</a></td></tr>'
        '</table>\n<table width="980" align="center" bgcolor="#1F5FA8"><tr><td class="nav">'
        '<a href="/index.jsp"><font color="#FFFFFF">首　页</font></a>　'
        '<a href="/gkml/index.jsp"><font color="#FFFFFF">公开目录</font></a>　'
        f'<a href="/servlet/GkmlList{SID}?lbbh={LB}"><font color="#FFFFFF">公开年报</font></a></td></tr></table>\n'
        f'<table width="980" align="center"><tr><td valign="top">{inner}</td></tr></table>\n'
        '<table width="980" align="center" bgcolor="#EEEEEE"><tr><td align="center" class="foot">'
        '主办单位：漭川县人民政府办公室　承办：漭川县信息中心<br>网站标识码：9885080001　未ICP备06018472号　'
        'Powered by Resin</td></tr></table>\n</body>\n</html>\n'
    )
    return page.encode("gbk")


class LegacyMangchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 305_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str]] = []
        self.articles: dict[str, bytes] = {}
        for year, date in ((2019, "2020-01-21"), (2020, "2021-01-27")):
            doc = self.doc(OWNER, year, date, f"漭川县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc, word=year == 2019)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-25", "漭川县人民政府2021年政府信息公开工作年度报告")
        fid = self.next_id(5, 40)
        self.attach(HOST, "/servlet/FileDown", doc, "docx", f"mc{fid}.docx")
        link = f"/servlet/FileDown{SID}?fileid={fid}"
        url = self.art(doc.title, "2022-01-25", OWNER,
                       f'<p>　　全文见附件。</p>'
                       f'<p>附件：<a href="{link}">{esc(doc.title)}.docx</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{link}")
        for year, date in ((2022, "2023-01-19"), (2023, "2024-01-23"), (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"漭川县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc)), doc)
        for agency, short, year, date in (("漭川县卫生健康局", "县卫健局", 2023, "2024-01-29"),
                                          ("漭川县石门乡人民政府", "石门乡", 2022, "2023-01-16")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc, word=year == 2022)), doc)
        for title, agency, year, date in (
                ("漭川县2023年政府信息公开指南", OWNER, 2023, "2023-03-08"),
                ("漭川县2022年度部门决算公开说明", "漭川县财政局", 2022, "2023-08-30"),
                ("漭川县2021年度政府信息公开工作年度报告解读", "漭川县人民政府办公室", 2021, "2022-01-28")):
            self.decoy(SITE, self.art(title, date, agency, self.decoy_body(title, OWNER, year)), title)
        for title, date in (("关于做好政府信息公开目录动态更新工作的通知", "2024-05-14"),
                            ("关于印发漭川县政务公开工作制度的通知", "2021-06-02")):
            self.art(title, date, "漭川县人民政府办公室",
                     "<p>　　各乡镇人民政府，县直各单位：现将有关事项通知如下，请认真贯彻执行。</p>")
        self.rows.sort(reverse=True)
        self.route(HOST, "/servlet/GkmlList", self.serve_list)
        self.route(HOST, "/servlet/GkmlView", self.serve_view)
        lbs = "".join(f"<tr><td>{code}</td><td>{name}</td></tr>" for code, name in (
            ("0301", "机构概况"), ("0302", "法规公文"), ("0304", "规划计划"), ("0306", "财政信息")))
        self.put(HOST, "/gkml/index.jsp",
                 frame("公开目录", f'<table class="lb" border="1" cellspacing="0" width="60%"><tr><th>类别编号</th>'
                                   f'<th>类别名称</th></tr>{lbs}<tr><td>{LB}</td><td><a href="/servlet/GkmlList{SID}'
                                   f'?lbbh={LB}">政府信息公开年度报告</a></td></tr></table>'), CTYPE)
        home = frame("漭川县人民政府", '<p><a href="/gkml/index.jsp">政府信息公开目录</a>　'
                                      '<a href="/wza.jsp">无障碍浏览</a></p>')
        self.put(HOST, "/index.jsp", home, CTYPE)
        self.put(HOST, "/", home, CTYPE)
        self.put(HOST, "/wza.jsp", frame("无障碍", "<p>本站支持键盘浏览。</p>"), CTYPE)
        self.put(HOST, "/css/gkml.css", "td{font-size:12px}", "text/css")
        self.put(HOST, "/images/dot.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "image/gif")
        self.put(HOST, "/images/banner.jpg", b"\xff\xd8\xff\xd9", "image/jpeg")

    def handle(self, request: Request) -> Response:
        if ";" in request.path:
            request = dataclasses.replace(request, path=request.path.split(";", 1)[0])
        return super().handle(request)

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(3, 30)
        head = (f'<table class="xxgk_info" width="100%" border="1" cellspacing="0"><tr><td>信息索引号：'
                f'011524307/{date[:4]}-{n % 10000:05d}</td><td>发布机构：{esc(agency)}</td></tr><tr><td>发文日期：'
                f'{date}</td><td>主题分类：政府信息公开年度报告</td></tr></table>')
        self.articles[str(n)] = frame(title, f'{head}<h2 align="center">{esc(title)}</h2>'
                                             f'<div id="fontzoom">{content}</div>')
        self.rows.append((date, n, title))
        return f"http://{HOST}/servlet/GkmlView{SID}?xxid={n}"

    def serve_view(self, request: Request) -> Response:
        body = self.articles.get(request.param("xxid"))
        return Response(200, body or frame("提示", "<p>该信息不存在或已删除！</p>"), CTYPE)

    def serve_list(self, request: Request) -> Response:
        pages = (len(self.rows) + PER - 1) // PER
        cp = request.param("curpage", "1")
        if request.param("lbbh") != LB or not cp.isdigit() or not 1 <= int(cp) <= pages:
            return Response(200, frame("错误", "<p>参数错误！</p>"), CTYPE)
        page = int(cp)
        start = (page - 1) * PER
        trs = "".join(
            f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td><img src="/images/dot.gif"> '
            f'<a href="/servlet/GkmlView{SID}?xxid={n}" target="_blank">{esc(title)}</a></td>'
            f'<td class="date">[{date}]</td></tr>'
            for i, (date, n, title) in enumerate(self.rows[start:start + PER]))

        def go(p: int, word: str) -> str:
            if p == page or not 1 <= p <= pages:
                return word
            return f'<a href="/servlet/GkmlList{SID}?lbbh={LB}&curpage={p}">{word}</a>'

        opts = "".join(f'<option value="{p}"{" selected" if p == page else ""}>{p}</option>'
                       for p in range(1, pages + 1))
        pager = (f'<form name="pageForm" method="get" action="/servlet/GkmlList{SID}">'
                 f'<input type="hidden" name="lbbh" value="{LB}">第{page}页/共{pages}页　共{len(self.rows)}条　'
                 f'{go(1, "首页")} {go(page - 1, "上页")} {go(page + 1, "下页")} {go(pages, "末页")}　转到'
                 f'<select name="curpage" onchange="this.form.submit()">{opts}</select>页</form>')
        inner = (f'<table id="tblList" width="100%" cellpadding="3">{trs}</table>'
                 f'<table width="100%"><tr><td align="center">{pager}</td></tr></table>')
        return Response(200, frame("政府信息公开年度报告", inner), CTYPE)


PORTALS = [LegacyMangchuan]
