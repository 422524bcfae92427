"""濡阳县 (xxgk.ruyang.gov.test): an old 政府信息公开目录 application written in Lasso Professional 8 (``.lasso`` pages
with classic Lasso inline URL actions; no README family) in GBK bytes: header ``text/html; charset=GBK``,
``<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`` and ``Server: Lasso Professional/8.5.6``;
footer "Powered by Lasso".  Every query carries Lasso's own dash-prefixed action parameters written with ``&amp;``
in the links: ``-database=xxgk``, ``-table=xxzl``, ``-search`` and for lists ``-maxrecords=4`` with
``-skiprecords=N`` (a record offset, 0, 4, 8), for articles ``-keyfield=xxid`` with ``-keyvalue=<n>``.

Path: ``/`` (the 目录 home ``/gkml/index.lasso``, served at both) → the 年报 类别 (the start URL)
``/gkml/list.lasso?-database=xxgk&-table=xxzl&lbdm=0207&-maxrecords=4&-skiprecords=0&-search``; later batches of
records ``…&-skiprecords=4…`` and ``…&-skiprecords=8…`` (any offset inside the found set answers; a missing
``-skiprecords`` means 0).  Articles
``/gkml/detail.lasso?-database=xxgk&-table=xxzl&-keyfield=xxid&-keyvalue=<n>&-search`` (an unknown key answers 200
"没有找到记录").  The one file is sent by ``/gkml/download.lasso?fjid=<n>`` with ``Content-Disposition:
attachment; filename*=…pdf``.

List markup: a 类别 heading ``<font class="lbmc">0207 政府信息公开年报</font>``, then one ``<table class="jl">`` per
record (a record "card" of two rows): row 1 ``<td class="bt">`` with the title link (``<a href="…">title</a>``),
row 2 ``<td class="sx">`` with "索引号：… 发布机构：… 生成日期：2024-01-22".  Four records a batch, newest first.
Pager (Lasso's found-set paging): a line "共找到 11 条记录，显示第 5 - 8 条" above ``[上一批]`` / ``[下一批]`` links
(plain text in brackets where they do not apply); no page numbers.

Articles: ``<table class="gkxx">`` of 索引号 / 所属类别 / 发布机构 / 生成日期 / 文号, ``<h2 class="xxbt">`` title,
body in ``<div class="xxnr">``.  The 2021 report's page has one line and
``附件：<a href="/gkml/download.lasso?fjid=…">`` (the PDF).  The 县教育局 report's 发布机构 is 濡阳县教育局;
the 双河镇 report's is 濡阳县双河镇人民政府.
Chrome: a banner ``<table>`` with 无障碍 ``/wza.html``, a nav row, footer with 主办单位, 网站标识码, ICP.

Reports (8): 濡阳县人民政府 2019, 2020, 2021 (PDF), 2022, 2023, 2024; 濡阳县教育局 2022; 濡阳县双河镇人民政府 2023.
Decoys (3): 濡阳县2023年政府信息公开指南, 濡阳县人民政府2022年度法治政府建设年度报告,
关于报送2024年度政府信息公开工作年度报告的函.
Other rows (0).
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch37._site import MEDIA, Site, esc

HOST = "xxgk.ruyang.gov.test"
SITE = "ruyang-gkml"
OWNER = "濡阳县人民政府"
LB = "0207"
PER = 4
CTYPE = "text/html; charset=GBK"
HEAD = {"Server": "Lasso Professional/8.5.6"}
LIST_Q = f"-database=xxgk&amp;-table=xxzl&amp;lbdm={LB}&amp;-maxrecords={PER}&amp;-skiprecords="
VIEW_Q = "-database=xxgk&amp;-table=xxzl&amp;-keyfield=xxid&amp;-keyvalue="


def frame(title: str, inner: str) -> bytes:
    page = (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
        f'<title>{esc(title)}--濡阳县政府信息公开目录</title>\n'
        '<style type="text/css">td{font-size:12px} .bt a{font-size:14px;color:#003399} .sx{color:#666}</style>\n'
        '</head>\n<body topmargin="0" leftmargin="0" bgcolor="#F2F6FB">\n'
        '<table width="980" align="center" border="0" cellspacing="0" cellpadding="0" bgcolor="#1D5AA5">'
        '<tr><td height="96"><font size="6" face="隶书" color="#FFFFFF">濡阳县政府信息公开目录系统</font></td>'
        '<td align="right" valign="top"><a href="/wza.html"><font color="#FFFFFF">无障碍</font></a></td></tr></table>\n'
        '<table width="980" align="center" bgcolor="#1D5AA5" cellpadding="5"><tr>'
        '<td><a href="/gkml/index.lasso"><font color="#FFFFFF">目录首页</font></a></td>'
        f'<td><a href="/gkml/list.lasso?{LIST_Q}0&amp;-search"><font color="#FFFFFF">政府信息公开年报</font></a></td>'
        '<td><a href="/wza.html"><font color="#FFFFFF">无障碍浏览</font></a></td></tr></table>\n'
        f'<table width="980" align="center" bgcolor="#FFFFFF" cellpadding="10"><tr><td valign="top">{inner}'
        '</td></tr></table>\n'
        '<table width="980" align="center" cellpadding="6"><tr><td align="center">'
        '主办单位：濡阳县人民政府办公室　承办：濡阳县信息中心<br>'
        '网站标识码：9887080001　未ICP备06011928号<br>Powered by Lasso</td></tr></table>\n'
        '</body>\n</html>\n'
    )
    return page.encode("gbk", "xmlcharrefreplace")


class LegacyRuyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 325_400

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str, str]] = []
        self.articles: dict[str, bytes] = {}
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-27")):
            doc = self.doc(OWNER, year, date, f"濡阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc, word=year == 2019)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-25", "濡阳县人民政府2021年政府信息公开工作年度报告")
        fid = self.next_id(7, 60)
        self.attach(HOST, "/gkml/download.lasso", doc, "pdf", f"ry2021ndbg_{fid}.pdf")
        link = f"/gkml/download.lasso?fjid={fid}"
        url = self.art(doc.title, "2022-01-25", OWNER,
                       '<p>　　现将《濡阳县人民政府2021年政府信息公开工作年度报告》予以公开，详见附件。</p>'
                       f'<p>附件：<a href="{link}">濡阳县人民政府2021年政府信息公开工作年度报告.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{link}")
        for year, date in ((2022, "2023-01-18"), (2023, "2024-01-22"), (2024, "2025-01-21")):
            doc = self.doc(OWNER, year, date, f"濡阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc)), doc)
        for agency, short, year, date in (("濡阳县教育局", "县教育局", 2022, "2023-01-29"),
                                          ("濡阳县双河镇人民政府", "双河镇", 2023, "2024-01-26")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc, word=year == 2022)), doc)
        for title, agency, year, date in (
                ("濡阳县2023年政府信息公开指南", "濡阳县人民政府办公室", 2023, "2023-03-10"),
                ("濡阳县人民政府2022年度法治政府建设年度报告", OWNER, 2022, "2023-02-27"),
                ("关于报送2024年度政府信息公开工作年度报告的函", "濡阳县人民政府办公室", 2024, "2024-12-16")):
            self.decoy(SITE, self.art(title, date, agency, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/gkml/list.lasso", self.serve_list)
        self.route(HOST, "/gkml/detail.lasso", self.serve_detail)
        home = self.directory()
        self.route(HOST, "/", lambda request: Response(200, home, CTYPE, dict(HEAD)))
        self.route(HOST, "/gkml/index.lasso", lambda request: Response(200, home, CTYPE, dict(HEAD)))
        self.put(HOST, "/wza.html", frame("无障碍", "<p>本站支持键盘操作与读屏软件，按 Tab 键切换链接。</p>"), CTYPE)

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(3, 30)
        index = f"MB1E{n % 10000:04d}-{LB}/{date[:4]}-{n % 1000:03d}"
        head = (f'<table class="gkxx" width="100%" border="1" bordercolor="#C5D6EA" cellspacing="0" cellpadding="4">'
                f'<tr><td width="12%">索 引 号：</td><td width="38%">{index}</td><td width="12%">所属类别：</td>'
                f'<td>政府信息公开年报</td></tr><tr><td>发布机构：</td><td>{esc(agency)}</td><td>生成日期：</td>'
                f'<td>{date}</td></tr><tr><td>文　　号：</td><td colspan="3">&nbsp;</td></tr></table>')
        self.articles[str(n)] = frame(title, f'{head}<h2 class="xxbt" align="center">{esc(title)}</h2>'
                                             f'<div class="xxnr">{content}</div>')
        self.rows.append((date, n, title, index, agency))
        return f"http://{HOST}/gkml/detail.lasso?{VIEW_Q.replace('&amp;', '&')}{n}&-search"

    def serve_detail(self, request: Request) -> Response:
        body = self.articles.get(request.param("-keyvalue"))
        return Response(200, body or frame("提示", "<p>没有找到记录。</p>"), CTYPE, dict(HEAD))

    def serve_list(self, request: Request) -> Response:
        skip = request.param("-skiprecords", "0")
        total = len(self.rows)
        if request.param("lbdm") != LB or not skip.isdigit() or int(skip) >= total:
            return Response(200, frame("提示", "<p>没有找到记录。</p>"), CTYPE, dict(HEAD))
        start = int(skip)
        cards = "".join(
            '<table class="jl" width="100%" border="0" cellspacing="0" cellpadding="4" style="border-bottom:1px '
            f'dashed #ccc"><tr><td class="bt"><a href="/gkml/detail.lasso?{VIEW_Q}{n}&amp;-search">{esc(title)}</a>'
            f'</td></tr><tr><td class="sx">索引号：{index}　发布机构：{esc(agency)}　生成日期：{date}</td></tr></table>'
            for date, n, title, index, agency in self.rows[start:start + PER])
        end = min(start + PER, total)

        def batch(offset: int, word: str) -> str:
            if not 0 <= offset < total or offset == start:
                return f"[{word}]"
            return f'<a href="/gkml/list.lasso?{LIST_Q}{offset}&amp;-search">[{word}]</a>'

        pager = (f'<p align="center">共找到 {total} 条记录，显示第 {start + 1} - {end} 条<br>'
                 f'{batch(start - PER, "上一批")}　{batch(start + PER, "下一批")}</p>')
        inner = f'<font class="lbmc"><b>{LB} 政府信息公开年报</b></font><hr size="1">{cards}{pager}'
        return Response(200, frame("政府信息公开年报", inner), CTYPE, dict(HEAD))

    def directory(self) -> bytes:
        items = "".join(f'<tr><td>{code}</td><td>{name}</td><td>（暂无链接）</td></tr>' for code, name in (
            ("0201", "机构职能"), ("0202", "政策法规"), ("0204", "规划计划"), ("0206", "财政资金")))
        inner = ('<table width="100%" border="1" bordercolor="#C5D6EA" cellspacing="0" cellpadding="5">'
                 f'<tr bgcolor="#E6EEF8"><th>类别代码</th><th>类别名称</th><th>说明</th></tr>{items}'
                 f'<tr><td>{LB}</td><td><a href="/gkml/list.lasso?{LIST_Q}0&amp;-search">政府信息公开年报</a></td>'
                 '<td>历年政府信息公开工作年度报告</td></tr></table>')
        return frame("目录首页", inner)


PORTALS = [LegacyRuyang]
