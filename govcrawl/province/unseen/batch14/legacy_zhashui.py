"""溠水县 (www.zhashui.gov.test): a legacy ASP site on a KesionCMS-style article system, GBK bytes whose
HTTP header says ``charset=GBK`` while a stale template ``<meta>`` says ``utf-8``, its list slow to
answer.

The 年报 class ``/Item/list.asp?id=1203`` is a layout ``<table>`` of rows ``<td class="lb-tit">·<a
href="/Item/Show.asp?m=1&amp;d=<n>" title="full title" target="_blank">`` (text cut at 20 characters plus
"...") and ``<td class="lb-date">`` (``[2025-01-22]``).  Four a page, newest first; the pager is "共 11 篇
首页 上一页 下一页 尾页 页次:1/3页 4篇/页 转到:<select>" with links ``list.asp?id=1203&page=N`` and a
``<select onchange="location.href='list.asp?id=1203&page='+this.value">``; each list page takes 1.5 s.
Every page is GBK encoded, the header ``text/html; charset=GBK``, the template's ``<meta
http-equiv="Content-Type" content="text/html; charset=utf-8">`` wrong (the header is the one to trust).
``Show.asp?m=1&d=<n>`` pages: "作者：… 来源：… 发布时间：… 点击数：<script src="/Item/GetHits.asp?…">"
and a Word "save as web page" body in ``<div id="MyContent">``; an unknown ``d`` is a soft 404 (200,
"对不起，找不到该文章！").  The 2022 county report is a PDF under ``/UploadFiles/2023/1/<stamp>.pdf``,
the 2024 one a .docx, linked from the body.

Reports (8): 溠水县人民政府 2019–2024 (2019–2020 old template), 溠水县溠城镇人民政府 2023
("溠城镇2023年…"), 溠水县民政局 2024 ("溠水县民政局2024年度政府信息公开工作报告").  Decoys (3):
法治政府建设年度报告, 关于…年度报告的函, 部门决算.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.zhashui.gov.test"
SITE = "zhashui-gov"
OWNER = "溠水县人民政府"
CLASS = "1203"
PER = 4
CT = "text/html; charset=GBK"


def frame(title: str, inner: str) -> str:
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>'
        f'{escape(title)}-溠水县人民政府网</title><link href="/skin/default/style.css" rel="stylesheet"></head>'
        '<body><table width="980" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/skin/default/top.jp'
        'g"'
        ' width="980" height="160"></td></tr><tr><td class="menu"><a href="/">网站首页</a> | <a href="/Item/list.asp?id'
        '=1100">'
        '政务动态</a> | <a href="/Item/list.asp?id=1200">政府信息公开</a> | <a href="/Item/list.asp?id=1300">便民服务</'
        'a></td>'
        f'</tr></table><table width="980" align="center"><tr><td valign="top">{inner}</td></tr></table>'
        '<table width="980" align="center" class="bottom"><tr><td align="center">版权所有：溠水县人民政府办公室　地址：'
        '溠水县'
        '城关镇人民路8号<br>网站标识码：9864050008　未ICP备05010326号　Powered by KesionCMS</td></tr></table></body></h'
        'tml>'
    )


class LegacyZhashui(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.d = 2_310
        self.articles: dict[str, bytes] = {}
        self.entries: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-31"), (2020, "2021-01-29"), (2021, "2022-01-28"), (2023, "2024-01-31")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"))
        self.file(make_doc(rng, OWNER, 2022, "2023-01-31"), "pdf")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-27"), "docx")
        self.article(make_doc(rng, "溠水县溠城镇人民政府", 2023, "2024-01-24", title="溠城镇2023年政府信息公开工作年度"
                                                                           "报告"))
        self.article(make_doc(rng, "溠水县民政局", 2024, "2025-01-21",
                              title="溠水县民政局2024年度政府信息公开工作报告"))
        self.notice("溠水县2024年法治政府建设年度报告", 2024, "2025-02-26")
        self.notice("关于报送2023年度政府信息公开工作年度报告的函", 2023, "2023-12-22")
        self.notice("溠水县民政局2023年度部门决算", 2023, "2024-09-10")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, "/Item/list.asp", self.list_page)
        self.route(HOST, "/Item/Show.asp", self.show)

    def page_of(self, title: str, date: str, content: str, source: str = "县政府办") -> str:
        self.d += self.rng.randint(3, 60)
        inner = (
            '<table width="100%" class="pos"><tr><td>您现在的位置： <a href="/">溠水县人民政府网</a> &gt;&gt; <a href="'
            '/Item/'
            f'list.asp?id=1200">政府信息公开</a> &gt;&gt; <a href="/Item/list.asp?id={CLASS}">政府信息公开年报</a></td>'
            f'</tr>'
            f'</table><table width="100%"><tr><td align="center" class="atitle">{escape(title)}</td></tr><tr><td align='
            f'"center" class="ainfo">作者：佚名　来源：{escape(source)}　发布时间：{date}　点击数：<script src="/Item/G'
            f'etHits.'
            f'asp?ChannelID=1&amp;ID={self.d}"></script></td></tr><tr><td><div id="MyContent">{content}</div></td></tr>'
            "</table>"
        )
        self.articles[str(self.d)] = frame(title, inner).encode("gbk", "xmlcharrefreplace")
        self.entries.append((str(self.d), title, date))
        return f"http://{HOST}/Item/Show.asp?m=1&d={self.d}"

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        y, m = int(date[:4]), int(date[5:7])
        path = f"/UploadFiles/{y}/{m}/{date.replace('-', '')}{self.rng.randint(10**8, 10**9 - 1)}.{ext}"
        content = (f'<p class="MsoNormal">{escape(doc.title)}全文请下载附件查看：</p><p class="MsoNormal"><a href='
                   f'"{path}">'
                   f'{escape(doc.title)}.{ext}</a></p>')
        url = self.page_of(doc.title, date, content)
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def show(self, request: Request) -> Response:
        found = self.articles.get(request.param("d"))
        if found is None:
            found = frame("提示", "<p>对不起，找不到该文章！</p>").encode("gbk")
        return Response(200, found, CT)

    def list_page(self, request: Request) -> Response:
        if request.param("id") != CLASS:
            return Response(200, frame("提示", "<p>对不起，该栏目不存在！</p>").encode("gbk"), CT)
        pages = -(-len(self.entries) // PER)
        page = max(1, int(request.param("page", "1") or 1) if request.param("page", "1").isdigit() else 1)
        chunk = self.entries[(page - 1) * PER : page * PER]
        rows = "".join(
            f'<tr><td class="lb-tit">·<a href="/Item/Show.asp?m=1&amp;d={d}" title="{escape(t)}" target="_blank">'
            f'{escape(t if len(t) <= 20 else t[:20] + "...")}</a></td><td class="lb-date">[{dt}]</td></tr>'
            for d, t, dt in chunk
        ) or '<tr><td>没有任何文章！</td></tr>'

        def link(n: int, text: str) -> str:
            return f'<a href="list.asp?id={CLASS}&amp;page={n}">{text}</a>'

        nav = ("首页 上一页 " if page == 1 else f"{link(1, '首页')} {link(page - 1, '上一页')} ") + \
              ("下一页 尾页" if page >= pages else f"{link(page + 1, '下一页')} {link(pages, '尾页')}")
        options = "".join(f'<option value="{n}"{" selected" if n == page else ""}>第{n}页</option>'
                          for n in range(1, pages + 1))
        inner = (
            f'<table width="100%" class="pos"><tr><td>您现在的位置： <a href="/">溠水县人民政府网</a> &gt;&gt; 政府信息'
            f'公开年报'
            f'</td></tr></table><table width="100%" class="lb">{rows}</table><div class="showpage">共'
            f' {len(self.entries)}'
            f' 篇 {nav} 页次:<b>{page}</b>/{pages}页 {PER}篇/页 转到:<select name="page" onchange="location.href=\'list'
            f'.asp?'
            f"id={CLASS}&page='+this.value\">{options}</select></div>"
        )
        return Response(200, frame("政府信息公开年报", inner).encode("gbk", "xmlcharrefreplace"), CT, delay=1.5)


PORTALS = [LegacyZhashui]
