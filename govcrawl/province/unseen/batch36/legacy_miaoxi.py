"""淼溪县 (www.miaoxi.gov.test): an old 政府信息公开目录 application on BEA WebLogic Portal 8.1 (a ``.portal`` desktop
with Beehive page-flow portlets; no README family) in GB18030 bytes: header ``text/html; charset=GB18030`` and
``<meta http-equiv="Content-Type" content="text/html; charset=GB18030">``; footer "Powered by BEA WebLogic".  Every
page is the one desktop ``/gkml/gkml.portal`` told apart by WebLogic's portal query parameters, written with
``&amp;`` in the links: ``_nfpb=true`` (new frame-page-book flag), ``_pageLabel`` (the book page), ``_windowLabel``
(the portlet instance) and parameters namespaced by that window label (``gkmlList_…``, ``gkmlDetail_…``).

Path: ``/`` (a meta refresh to ``/gkml/gkml.portal``) → the 目录 desktop ``/gkml/gkml.portal`` (a 类别 tree portlet
of ``<ul class="wlp-tree">`` links) → the 年报 类别 (the start URL)
``/gkml/gkml.portal?_nfpb=true&_pageLabel=gkml_list&_windowLabel=gkmlList&gkmlList_lbid=12`` ; later pages add
``&gkmlList_pageNo=N`` (``pageNo=1`` answers page 1).  Articles
``/gkml/gkml.portal?_nfpb=true&_pageLabel=gkml_detail&_windowLabel=gkmlDetail&gkmlDetail_xxid=<n>``.  An unknown
``xxid`` answers 200 "信息不存在"; an unknown 类别 or page answers 200 "参数错误".  The one file is sent by
``/gkml/fileDownload.jsp?fid=<n>`` with ``Content-Disposition: attachment; filename*=…docx``.

List markup: inside the portlet window ``<div class="bea-portal-window">`` (title bar ``<div class=
"bea-portal-window-titlebar">政府信息公开年报</div>``) a ``<table class="gkmlGrid">`` with a header row 序号 / 索引号 /
名称 / 生成日期 and rows ``<td class="c1">N</td><td class="c2">011532600/2024-00123</td><td class="c3"><a href="…"
title="full title">full title</a></td><td class="c4">2025年01月20日</td>``, four a page, newest first.  Pager: a
``<td class="wlp-pager">`` of "共11条　第1/3页" and symbol links only, each named by its ``title``: ``|&lt;``
(首页), ``&lt;`` (上一页), ``&gt;`` (下一页), ``&gt;|`` (末页) — plain ``<span>`` where they do not apply.

Articles: ``<table class="gkmlMeta">`` of 索引号 / 发布机构 / 生成日期 / 文号 above ``<div class="gkmlTitle">`` and the
body in ``<div id="zoomcon">``.  The 2022 report's page holds one line and ``附件：<a href="/gkml/fileDownload.jsp?
fid=…">`` (the DOCX).
The 县农业农村局 report's 发布机构 is 淼溪县农业农村局; the 龙塘镇 report's is 淼溪县龙塘镇人民政府.
Chrome: a banner table with 无障碍 (``/wza.html``), a nav row, footer with 主办单位, 网站标识码, ICP.

Reports (8): 淼溪县人民政府 2019, 2020, 2021, 2022 (DOCX), 2023, 2024; 淼溪县农业农村局 2023; 淼溪县龙塘镇人民政府 2021.
Decoys (3): 淼溪县2024年政务公开工作要点, 淼溪县2023年度政府网站工作年度报表,
关于报送2022年度政府信息公开工作年度报告的函.
Other rows (0).
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch36._site import MEDIA, Site, esc

HOST = "www.miaoxi.gov.test"
SITE = "miaoxi-gkml"
OWNER = "淼溪县人民政府"
LB = "12"
PER = 4
CTYPE = "text/html; charset=GB18030"
DESK = "/gkml/gkml.portal"
LIST_Q = f"_nfpb=true&amp;_pageLabel=gkml_list&amp;_windowLabel=gkmlList&amp;gkmlList_lbid={LB}"
VIEW_Q = "_nfpb=true&amp;_pageLabel=gkml_detail&amp;_windowLabel=gkmlDetail&amp;gkmlDetail_xxid="


def frame(title: str, window: str, inner: str) -> bytes:
    page = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=GB18030">\n'
        f'<title>{esc(title)} - 淼溪县政府信息公开目录</title>\n'
        '<link rel="stylesheet" href="/gkml/framework/skins/gkml/css/window.css" type="text/css">\n'
        '</head>\n<body class="bea-portal-body" marginheight="0" marginwidth="0">\n'
        '<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0"><tr>'
        '<td height="110" class="banner"><font size="6" face="黑体">淼溪县人民政府信息公开目录</font></td>'
        '<td align="right" valign="top" class="toplink"><a href="/wza.html">无障碍</a>&nbsp;|&nbsp;'
        f'<a href="{DESK}">目录首页</a></td></tr></table>\n'
        '<table width="1000" align="center" class="bea-portal-book-primary-menu"><tr>'
        f'<td><a href="{DESK}">信息公开目录</a></td><td><a href="{DESK}?{LIST_Q}">信息公开年报</a></td>'
        '<td><a href="/wza.html">无障碍浏览</a></td></tr></table>\n'
        '<table width="1000" align="center"><tr><td valign="top">'
        f'<div class="bea-portal-window"><div class="bea-portal-window-titlebar">{esc(window)}</div>'
        f'<div class="bea-portal-window-content">{inner}</div></div></td></tr></table>\n'
        '<table width="1000" align="center" class="footer"><tr><td align="center">'
        '主办单位：淼溪县人民政府办公室　技术支持：淼溪县电子政务中心<br>'
        '网站标识码：9886080001　未ICP备05031127号<br>Powered by BEA WebLogic</td></tr></table>\n'
        '</body>\n</html>\n'
    )
    return page.encode("gb18030")


def cn_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}年{m}月{d}日"


class LegacyMiaoxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 315_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []
        self.articles: dict[str, bytes] = {}
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-26"), (2021, "2022-01-24")):
            doc = self.doc(OWNER, year, date, f"淼溪县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-30", "淼溪县人民政府2022年政府信息公开工作年度报告")
        fid = self.next_id(5, 40)
        self.attach(HOST, "/gkml/fileDownload.jsp", doc, "docx", f"mx2022nb{fid}.docx")
        link = f"/gkml/fileDownload.jsp?fid={fid}"
        url = self.art(doc.title, "2023-01-30", OWNER,
                       '<p>　　《淼溪县人民政府2022年政府信息公开工作年度报告》全文请下载附件查阅。</p>'
                       f'<p>附件：<a href="{link}" target="_blank">{esc(doc.title)}.docx</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{link}")
        for year, date in ((2023, "2024-01-22"), (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"淼溪县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc)), doc)
        for agency, short, year, date in (("淼溪县农业农村局", "县农业农村局", 2023, "2024-01-26"),
                                          ("淼溪县龙塘镇人民政府", "龙塘镇", 2021, "2022-01-19")):
            doc = self.doc(agency, year, date, f"{short}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc, word=year == 2021)), doc)
        for title, agency, year, date in (
                ("淼溪县2024年政务公开工作要点", "淼溪县人民政府办公室", 2024, "2024-04-02"),
                ("淼溪县2023年度政府网站工作年度报表", "淼溪县人民政府办公室", 2023, "2024-01-12"),
                ("关于报送2022年度政府信息公开工作年度报告的函", "淼溪县人民政府办公室", 2022, "2022-12-20")):
            self.decoy(SITE, self.art(title, date, agency, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, DESK, self.serve_portal)
        home = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
                f'<meta http-equiv="refresh" content="0;url={DESK}"></head><body>'
                f'<a href="{DESK}">进入淼溪县政府信息公开目录</a></body></html>').encode("gb18030")
        self.put(HOST, "/", home, CTYPE)
        self.put(HOST, "/wza.html", frame("无障碍", "无障碍浏览", "<p>本站支持键盘导航与读屏软件。</p>"), CTYPE)
        self.put(HOST, "/gkml/framework/skins/gkml/css/window.css", ".bea-portal-window{border:1px solid #9cf}",
                 "text/css")

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(3, 30)
        index = f"011532600/{date[:4]}-{n % 100000:05d}"
        head = (f'<table class="gkmlMeta" width="100%" border="1" cellspacing="0" cellpadding="4"><tr>'
                f'<th>索引号：</th><td>{index}</td><th>发布机构：</th><td>{esc(agency)}</td></tr><tr>'
                f'<th>生成日期：</th><td>{cn_date(date)}</td><th>文号：</th><td>&nbsp;</td></tr></table>')
        self.articles[str(n)] = frame(title, "信息内容", f'{head}<div class="gkmlTitle" align="center"><b>'
                                                         f'{esc(title)}</b></div><div id="zoomcon">{content}</div>')
        self.rows.append((date, n, title, index))
        return f"http://{HOST}{DESK}?{VIEW_Q.replace('&amp;', '&')}{n}"

    def serve_portal(self, request: Request) -> Response:
        label = request.param("_pageLabel")
        if not label:
            return Response(200, self.directory(), CTYPE)
        if label == "gkml_detail":
            body = self.articles.get(request.param("gkmlDetail_xxid"))
            return Response(200, body or frame("提示", "提示", "<p>信息不存在或已被删除。</p>"), CTYPE)
        pages = (len(self.rows) + PER - 1) // PER
        no = request.param("gkmlList_pageNo", "1")
        if label != "gkml_list" or request.param("gkmlList_lbid") != LB or not no.isdigit() \
                or not 1 <= int(no) <= pages:
            return Response(200, frame("错误", "提示", "<p>参数错误！</p>"), CTYPE)
        page = int(no)
        start = (page - 1) * PER
        trs = "".join(
            f'<tr><td class="c1">{start + i + 1}</td><td class="c2">{index}</td><td class="c3"><a href="{DESK}?'
            f'{VIEW_Q}{n}" title="{esc(title)}" target="_blank">{esc(title)}</a></td>'
            f'<td class="c4">{cn_date(date)}</td></tr>'
            for i, (date, n, title, index) in enumerate(self.rows[start:start + PER]))

        def go(p: int, sym: str, word: str) -> str:
            if p == page or not 1 <= p <= pages:
                return f'<span class="off" title="{word}">{sym}</span>'
            return f'<a href="{DESK}?{LIST_Q}&amp;gkmlList_pageNo={p}" title="{word}">{sym}</a>'

        pager = (f'共{len(self.rows)}条　第{page}/{pages}页　{go(1, "|&lt;", "首页")} {go(page - 1, "&lt;", "上一页")} '
                 f'{go(page + 1, "&gt;", "下一页")} {go(pages, "&gt;|", "末页")}')
        inner = ('<table class="gkmlGrid" width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#CCDDEE">'
                 '<tr bgcolor="#E8F0F8"><th>序号</th><th>索引号</th><th>名称</th><th>生成日期</th></tr>'
                 f'{trs}</table><table width="100%"><tr><td class="wlp-pager" align="right">{pager}</td></tr></table>')
        return Response(200, frame("政府信息公开年报", "政府信息公开年报", inner), CTYPE)

    def directory(self) -> bytes:
        items = "".join(f'<li><span class="wlp-tree-leaf">{code} {name}</span></li>' for code, name in (
            ("01", "机构职能"), ("03", "政策文件"), ("05", "规划计划"), ("08", "财政预决算")))
        inner = (f'<ul class="wlp-tree">{items}<li><a href="{DESK}?{LIST_Q}">{LB} 政府信息公开年报</a></li></ul>'
                 '<p>说明：本目录按类别编排，点击类别名称查看信息。</p>')
        return frame("信息公开目录", "目录分类", inner)


PORTALS = [LegacyMiaoxi]
