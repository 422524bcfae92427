"""汜口县 (www.sikou.gov.test): a county site on Jspxcms (no README family), registered with ``cms:
auto`` and only its 政务公开 page (an intermediate page, not the home page); the 年报 node is a
timeline grouped by year and pages as ``/node/21_N.jspx``.

The registry's ``/node/3.jspx`` (政务公开) is a page of column boxes (``<div class="gk-box"><div
class="hd"><span>政府信息公开指南</span><a class="more" href="/node/18.jspx">更多</a></div>…``) with their
newest titles; the 政府信息公开年报 box's 更多 links ``/node/21.jspx``.  The home page ``/`` links
``/node/3.jspx`` too.  The node's list is a timeline: ``<div class="tl-year">2025</div>`` headings, then
``<li><span class="md">01-22</span><a href="/info/21/<id>.jspx" title="…">…</a></li>`` (month-day only,
the year in the heading above), four entries a page, newest first — a year's entries may run on to the
next page under a repeated heading.  The pager is Jspxcms's: "共 11 条记录 1/3 页" with 首页/上一页/下一页/尾页
links to ``/node/21.jspx``, ``/node/21_2.jspx``, ``/node/21_3.jspx``; past the end: "暂无信息".
Articles ``/info/21/<id>.jspx`` put the body in ``div.info-text`` under "发布时间：… 来源：… 浏览次数：<span
id="info_views"></span>" (the count from ``/info_views.jspx?id=``).  The county's 2021 report is a stub
whose .docx and the 2023 one whose PDF are under ``/uploads/1/file/public/YYYYMM/<stamp>.<ext>``,
linked "点击下载" from the body.

Reports (8): 汜口县人民政府 2019–2024 (2019–2020 old template), 汜口县水利局 2024 ("县水利局2024年…"),
汜口县汜东镇人民政府 2023 ("汜东镇2023年…").  Decoys (3): 2023年统计年报, 2024年政务公开工作要点,
2023年度部门整体支出绩效报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.sikou.gov.test"
SITE = "sikou-gov"
OWNER = "汜口县人民政府"
NODE = 21
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8"><meta name="SiteName" content="汜口县人民政府"><meta name="'
        'SiteDomain" content="www.sikou.gov.test"><meta name="SiteIDCode" content="9866060003">'
        f'{head}<title>{escape(title)}</title><link href="/template/1/default/_files/css/style.css" rel="stylesheet">'
        '</head><body><div class="sk-top w"><span>欢迎访问汜口县人民政府网站</span> <a href="javascript:;" id="btnWza">'
        '无障碍</a> <a href="javascript:;" id="btnOld">适老化</a> <a href="/">设为首页</a></div><div class="sk-nav"><a '
        'href="/">首页</a><a href="/node/2.jspx">汜口要闻</a><a href="/node/3.jspx">政务公开</a><a href="/node/4.jspx">'
        f'政务服务</a><a href="/node/5.jspx">政民互动</a></div><div class="w">{inner}</div><div class="sk-foot"><p>'
        '主办单位：汜口县人民政府办公室　地址：汜口县人民路1号</p><p>网站标识码：9866060003　未ICP备20003311号　'
        '未公网安备 98660602000219号</p><p><img src="/template/1/default/_files/img/ewm.png" alt="">汜口发布</p></div>'
        '</body></html>'
    )


class AutoSikou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 68_000
        self.info = 1_702
        self.entries: list[tuple[str, str, str]] = []
        office = "汜口县人民政府办公室"
        for year, date in ((2019, "2020-01-22"), (2020, "2021-01-26"), (2022, "2023-01-29"), (2024, "2025-01-23")):
            self.article(self.doc(OWNER, year, date), office)
        self.file(self.doc(OWNER, 2021, "2022-01-27"), "docx")
        self.file(self.doc(OWNER, 2023, "2024-01-30"), "pdf")
        self.article(self.doc("汜口县水利局", 2024, "2025-01-21", "县水利局2024年政府信息公开工作年度报告"),
                     "汜口县水利局")
        self.article(self.doc("汜口县汜东镇人民政府", 2023, "2024-01-24", "汜东镇2023年政府信息公开工作年度报告"),
                     "汜口县汜东镇人民政府")
        self.notice("汜口县2023年统计年报", 2023, "2024-04-12")
        self.notice("汜口县2024年政务公开工作要点", 2024, "2024-03-29")
        self.notice("汜口县2023年度部门整体支出绩效报告", 2023, "2024-09-13")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.route(HOST, f"/node/{NODE}.jspx", self.list_page)
        pages = -(-len(self.entries) // PER)
        for n in range(2, pages + 2):
            self.route(HOST, f"/node/{NODE}_{n}.jspx", self.list_page)
        self.put(HOST, "/node/3.jspx", self.zwgk())
        self.put(HOST, "/", frame("汜口县人民政府", '<div class="sk-banner">汜口县人民政府</div><div class="sk-news">'
                                  '<a href="/node/2.jspx">汜口县召开2025年一季度经济运行分析会</a></div><div class='
                                  '"sk-entry"><a href="/node/3.jspx">政务公开</a><a href="/node/4.jspx">政务服务</a>'
                                  '</div>'))

    def doc(self, agency: str, year: int, date: str, title: str | None = None) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str) -> str:
        self.info += self.rng.randint(4, 80)
        path = f"/info/{NODE}/{self.info}.jspx"
        inner = (
            '<div class="sk-pos">当前位置：<a href="/">首页</a> &gt; <a href="/node/3.jspx">政务公开</a> &gt; <a href="'
            f'/node/{NODE}.jspx">政府信息公开年报</a></div><div class="info"><h1 class="info-title">{escape(title)}<'
            f'/h1>'
            f'<div class="info-attr">发布时间：{date}　来源：{escape(source)}　浏览次数：<span id="info_views"></span>'
            f'</div><div class="info-text">{content}</div><script>$.get("/info_views.jspx?id={self.info}", function '
            '(d) { $("#info_views").text(d); });</script></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}"><meta '
                f'name="ContentSource" content="{escape(source)}">')
        url = self.put(HOST, path, frame(f"{title}_汜口县人民政府", inner, head))
        self.entries.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" style="width:100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        path = (f"/uploads/1/file/public/{date[:7].replace('-', '')}/{date.replace('-', '')}"
                f"{self.rng.randint(100000, 999999)}_{self.rng.randint(1000, 9999)}.{ext}")
        content = (plain_para(f"{doc.title}全文请下载附件查看。", False)
                   + f'<p><a href="{path}" target="_blank">点击下载</a></p>')
        url = self.page_of(doc.title, date, content, "汜口县人民政府办公室")
        if ext == "pdf":
            self.report(SITE, url, doc, media_type=PDF, report_url=self.put_pdf(HOST, path, doc))
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "汜口县人民政府办公室"), title)

    def list_page(self, request: Request) -> Response:
        name = request.path.rsplit("/", 1)[1][:-len(".jspx")]
        n = int(name.split("_")[1]) if "_" in name else 1
        pages = -(-len(self.entries) // PER)
        chunk = self.entries[(n - 1) * PER:n * PER]

        def href(k: int) -> str:
            return f"/node/{NODE}.jspx" if k == 1 else f"/node/{NODE}_{k}.jspx"

        if not chunk:
            body = '<p class="empty">暂无信息</p>'
        else:
            body, year = "", ""
            for path, title, date in chunk:
                if date[:4] != year:
                    body += ("</ul>" if year else "") + f'<div class="tl-year">{date[:4]}</div><ul class="tl-list">'
                    year = date[:4]
                body += (f'<li><span class="md">{date[5:]}</span><a href="{path}" target="_blank" '
                         f'title="{escape(title)}">'
                         f'{escape(title)}</a></li>')
            body += "</ul>"
        nav = (f'<a href="{href(1)}">首页</a> ' + (f'<a href="{href(n - 1)}">上一页</a> '
            if n > 1 else '<a>上一页</a> ')
               + (f'<a href="{href(n + 1)}">下一页</a> '
                  if n < pages else '<a>下一页</a> ') + f'<a href="{href(pages)}">'
               '尾页</a>')
        inner = (
            f'<div class="sk-pos">当前位置：<a href="/">首页</a> &gt; <a href="/node/3.jspx">政务公开</a> &gt; 政府信息'
            f'公开年报</div><div class="sk-side"><h3>政务公开</h3><a href="/node/18.jspx">政府信息公开指南</a><a href="'
            f'/node/19.jspx">政府信息公开制度</a><a href="/node/20.jspx">法定主动公开内容</a><a class="on" href="/node/'
            f'{NODE}.jspx">政府信息公开年报</a></div><div class="sk-main"><div class="timeline">{body}</div><div cla'
            f'ss="'
            f'pages">共 {len(self.entries)} 条记录 {n}/{pages} 页 {nav}</div></div>'
        )
        return Response(200, frame("政府信息公开年报_汜口县人民政府", inner).encode())

    def zwgk(self) -> str:
        newest = self.entries[:3]
        boxes = ""
        for node, name in ((18, "政府信息公开指南"), (19, "政府信息公开制度"), (20, "法定主动公开内容"),
                           (NODE, "政府信息公开年报")):
            items = "".join(f'<li><a href="{p}" title="{escape(t)}">{escape(t)}</a></li>' for p, t, _ in newest) \
                if node == NODE else '<li>（暂无更新）</li>'
            boxes += (f'<div class="gk-box"><div class="hd"><span>{name}</span><a class="more" '
                      f'href="/node/{node}.jspx">'
                      f'更多</a></div><ul>{items}</ul></div>')
        inner = (f'<div class="sk-pos">当前位置：<a href="/">首页</a> &gt; 政务公开</div><div class="gk-boxes">{boxes}'
                 '</div><div class="gk-ysq"><a href="/node/22.jspx">依申请公开</a></div>')
        return frame("政务公开_汜口县人民政府", inner)


PORTALS = [AutoSikou]
