"""嵋阳市人力资源和社会保障局 (rsj.meiyang.gov.test): a city bureau's site still on Lotus Domino (no
README family), registered without ``cms``; its 年报 view pages by Domino's ``&Start=`` row offsets.

The registry gives the view ``/xxgk.nsf/ndbg?OpenView``.  Domino renders it as a ``<table border="0"
cellpadding="2" cellspacing="0">`` of rows ``<tr valign="top"><td><img src="/icons/ecblank.gif"
border="0" height="1" width="16" alt=""></td><td><font size="2"><a href="/xxgk.nsf/ndbg/<32-hex
UNID>?OpenDocument"> title</a></font></td><td><font size="2">2025-01-22</font></td></tr>``; four rows a
page (``&Count=4``), newest first.  Above the table the integrator's computed line "共 11 条"; under it
上一页 / 下一页 links to ``/xxgk.nsf/ndbg?OpenView&Start=5&Count=4`` (``Start`` is the 1-based row of
the page's first document) — no page numbers.  Past the end Domino answers "No documents found".
Documents ``/xxgk.nsf/ndbg/<UNID>?OpenDocument`` lay the page out in nested tables: a 标题 / 发布日期 /
发布单位 block and the body in ``<div id="docBody">``.  The 2022 report is a stub whose PDF and the 社保
局's 2023 report a stub whose .docx are Domino attachments
``/xxgk.nsf/ndbg/<UNID>/$FILE/<name>.<ext>``, linked after the body under "附件：".

Reports (8): 嵋阳市人力资源和社会保障局 2019–2024 (2019–2020 old template; titles "嵋阳市人社局2024年
…", "市人力资源和社会保障局2021年度政府信息公开工作报告"), 嵋阳市社会保险事业管理局 2023 (.docx), 2024
("市社保局2024年…").  Decoys (3): 人力资源和社会保障事业发展统计公报, 部门决算, 政务公开工作要点.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, plain_para, word_cell
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "rsj.meiyang.gov.test"
SITE = "meiyang-rsj"
OWNER = "嵋阳市人力资源和社会保障局"
SBJ = "嵋阳市社会保险事业管理局"
VIEW = "/xxgk.nsf/ndbg"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<meta name="SiteName" '
        f'content="嵋阳市人力资源和社会保障局">\n<title>{escape(title)}</title>\n<link rel="stylesheet" href="/web.nsf'
        '/css/'
        'main.css">\n<script language="JavaScript" type="text/javascript">\n<!-- \ndocument._domino_target = "_self";'
        '\nfunction'
        ' _doClick(v, o, t) {\n  return false;\n}\n// -->\n</script>\n</head>\n<body text="#000000" bgcolor="#FFFFFF">'
        '\n<form>'
        '\n<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td><img src="/web.nsf/im'
        'ages/'
        'banner.jpg" width="1000" height="130" alt="嵋阳市人力资源和社会保障局"></td></tr><tr><td class="nav"><a href='
        '"/web.nsf'
        '/index?OpenForm">首页</a> | <a href="/web.nsf/xwdt?OpenView">工作动态</a> | <a href="/xxgk.nsf/index?OpenForm'
        '">信息'
        f'公开</a> | <a href="/web.nsf/bsdt?OpenForm">网上办事</a></td></tr><tr><td>{inner}</td></tr><tr><td align="ce'
        'nter" '
        'class="foot">嵋阳市人力资源和社会保障局 版权所有　网站标识码：9867100031　未ICP备08001263号<br>地址：嵋阳市劳'
        '动路'
        '22号　咨询电话：12333</td></tr></table>\n</form>\n</body>\n</html>'
    )


class NocmsMeiyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 89_000
        self.rows: list[tuple[str, str, str]] = []
        titles = {2024: "嵋阳市人社局2024年政府信息公开工作年度报告",
                  2021: "市人力资源和社会保障局2021年度政府信息公开工作报告"}
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-28"), (2021, "2022-01-25"), (2023, "2024-01-29"),
                           (2024, "2025-01-26")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021",
                                  title=titles.get(year)), "市人力资源和社会保障局")
        self.file(make_doc(rng, OWNER, 2022, "2023-01-20"), "pdf", "市人力资源和社会保障局")
        self.file(make_doc(rng, SBJ, 2023, "2024-01-24"), "docx", "市社会保险事业管理局")
        self.article(make_doc(rng, SBJ, 2024, "2025-01-21", title="市社保局2024年政府信息公开工作年度报告"),
                     "市社会保险事业管理局")
        self.notice("2023年嵋阳市人力资源和社会保障事业发展统计公报", 2023, "2024-06-12")
        self.notice("嵋阳市人力资源和社会保障局2023年度部门决算", 2023, "2024-09-02")
        self.notice("嵋阳市人社局2024年政务公开工作要点", 2024, "2024-04-17")
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.route(HOST, VIEW, self.view)

    def unid(self) -> str:
        return f"{self.rng.getrandbits(128):032X}"

    def page_of(self, title: str, date: str, content: str, unit: str, unid: str, attach: str = "") -> str:
        inner = (
            '<table width="96%" align="center" border="0"><tr><td class="pos">您现在的位置：<a href="/web.nsf/index?Op'
            'enForm">'
            f'首页</a> &gt; <a href="/xxgk.nsf/index?OpenForm">信息公开</a> &gt; <a href="{VIEW}?OpenView">政府信息公'
            '开年报'
            '</a></td></tr></table><table width="90%" align="center" border="0" cellpadding="4"><tr><td align="center'
            '">'
            f'<font size="5"><b>{escape(title)}</b></font></td></tr><tr><td align="center"><font size="2" color="#6666'
            '66">'
            f'发布日期：{date}&nbsp;&nbsp;发布单位：{escape(unit)}</font></td></tr><tr><td><div id="docBody">{content}'
            '</div>'
            f'{attach}</td></tr></table>'
        )
        path = f"{VIEW}/{unid}"
        self.put(HOST, path, frame(title, inner))
        self.rows.append((f"{path}?OpenDocument", title, date))
        return f"http://{HOST}{path}?OpenDocument"

    def article(self, doc: ReportDoc, unit: str) -> None:
        content = body_html(doc, plain_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, unit, self.unid()), doc)

    def file(self, doc: ReportDoc, ext: str, unit: str) -> None:
        unid = self.unid()
        name = f"{(doc.published_date or '')[:4]}{'nb' if ext == 'pdf' else 'sbjnb'}.{ext}"
        path = f"{VIEW}/{unid}/$FILE/{name}"
        attach = (f'<br><font size="2">附件：</font><a href="{path}"><img src="/icons/fileatt.gif" border="0"> {name}<'
        '/a>')
        stub = f"<p>{escape(doc.title)}（见附件）</p>"
        url = self.page_of(doc.title, doc.published_date or "", stub, unit, unid, attach)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "市人力资源和社会保障局", self.unid()), title)

    def view(self, request: Request) -> Response:
        raw = request.param("Start", "1")
        start = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        chunk = self.rows[start - 1 : start - 1 + PER]
        if not chunk:
            body = '<h2>No documents found</h2>'
        else:
            rows = "".join(
                '<tr valign="top"><td><img src="/icons/ecblank.gif" border="0" height="1" width="16" alt=""></td><td>'
                f'<font size="2"><a href="{h}">{escape(t)}</a></font></td><td><font size="2">{d}</font></td></tr>'
                for h, t, d in chunk
            )
            prev = (f'<a href="{VIEW}?OpenView&amp;Start={max(1, start - PER)}&amp;Count={PER}">上一页</a>'
                    if start > 1 else "")
            nxt = (f'<a href="{VIEW}?OpenView&amp;Start={start + PER}&amp;Count={PER}">下一页</a>'
                   if start - 1 + PER < len(self.rows) else "")
            body = (f'<p class="total">共 {len(self.rows)} 条</p><table border="0" cellpadding="2" cellspacing="0">'
                    f'<tr><th></th><th>标题</th><th>发布日期</th></tr>{rows}</table><p class="pager">{prev}&nbsp;&nbsp;'
                    f'{nxt}</p>')
        inner = ('<table width="96%" align="center"><tr><td class="pos">您现在的位置：首页 &gt; 信息公开 &gt; 政府信息'
        '公开年报'
                 f'</td></tr><tr><td>{body}</td></tr></table>')
        return Response(200, frame("政府信息公开年报", inner).encode(), "text/html; charset=UTF-8")


PORTALS = [NocmsMeiyang]
