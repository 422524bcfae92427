"""渑坪县 (www.mianping.gov.test): a county site on 帝国CMS (EmpireCMS, no README family), registered
without ``cms``; one report is preformatted text.

The 年报 list ``/xxgk/ndbg/`` (``index.html``, then ``index_2.html``, ``index_3.html``) is a ``<ul
class="ecms-list">`` of ``<li>``s: the link, then the date written "2025.01.22" in a ``<span>``.  The
pager is EmpireCMS's ``div.epages``: ``<a title="Total record">&nbsp;<b>11</b> </a>``, the current
page in ``<b>``, numbered links, 下一页 and 尾页 (the record count is the bold number in the
"Total record" anchor).  Articles are ``/xxgk/ndbg/<YYYY-MM-DD>/<id>.html`` with the body in
``div#text`` under a "发布时间：… 来源：… 浏览：<script src=/e/public/ViewClick/?classid=…>" line.  The 2022
county report is plain text in a ``<pre>`` (tables as ``|``-separated lines, as pasted from a text
export); the 2024 one a .docx linked as "点击下载" from the body.  Titles: "2020年度渑坪县政府信息公开
工作年度报告" (year first), "县自然资源局2023年度…" (渑坪县自然资源局), 坪上乡, 县林业局.  Decoys:
政府网站工作年度报表, 关于…的函, 法治政府建设年度报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.text import render_report_text

HOST = "www.mianping.gov.test"
SITE = "mianping-gov"
OWNER = "渑坪县人民政府"
ROOT = "/xxgk/ndbg/"
CLASSID = 27
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
        'xhtml1-transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" />{metas}<title>{escape(title)}_渑坪县人民政府</title>'
        '<meta name="keywords" content="渑坪县,政府信息公开" /><link '
        'href="/skin/default/css/style.css" rel="stylesheet" '
        'type="text/css" /></head><body><div class="header"><div class="logo"><a href="/">渑坪县人民政府</a></div>'
        '<div class="toplink"><a href="javascript:;">无障碍</a> <a href="/sitemap/">网站地图</a> <a href="/e/member/'
        'login/">登录</a></div></div><div class="menu"><a href="/">首页</a><a href="/news/">渑坪要闻</a>'
        f'<a href="/xxgk/">政务公开</a><a href="/hdjl/">互动交流</a></div><div class="main">{inner}</div>'
        '<div class="footer">Copyright &copy; 渑坪县人民政府 版权所有　网站标识码：9844710009　未ICP备13015560号<br />'
        '网站访问量：<script src="/e/public/ViewClick/?classid=1&id=1&addclick=1"></script>　'
        "Powered by EmpireCMS</div></body></html>"
    )


class NocmsMianping(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.aid = 301
        self.entries: list[tuple[str, str, str]] = []
        self.article(
            make_doc(rng, OWNER, 2020, "2021-01-22", version="v2019", title="2020年度渑坪县政府信息公开工作年度报告")
        )
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"))
        self.preformatted(make_doc(rng, OWNER, 2022, "2023-01-31"))
        self.notice("渑坪县2022年法治政府建设年度报告", "2023-03-27", "县司法局")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-25"))
        self.article(
            make_doc(rng, "渑坪县自然资源局", 2023, "2024-01-19", title="县自然资源局2023年度政府信息公开工作年度报告"),
            "渑坪县自然资源局",
        )
        self.notice("渑坪县2023年政府网站工作年度报表", "2024-01-12", "县政府办")
        self.notice("关于报送2024年度政府信息公开工作年度报告的函", "2024-12-18", "县政府办")
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-24"))
        self.article(make_doc(rng, "渑坪县林业局", 2024, "2025-01-21"), "渑坪县林业局")
        self.article(
            make_doc(rng, "渑坪县坪上乡人民政府", 2024, "2025-01-15", title="坪上乡2024年政府信息公开工作年度报告"),
            "坪上乡人民政府",
        )
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            self.put(
                HOST, ROOT + ("index.html" if n == 1 else f"index_{n}.html"), self.list_page(chunk, n, len(chunks))
            )

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.aid += self.rng.randint(2, 40)
        path = f"{ROOT}{date}/{self.aid}.html"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}" /><meta name="PubDate" content="{date}" />'
            f'<meta name="ContentSource" content="{escape(source)}" />'
        )
        inner = (
            f'<div class="position">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xxgk/">政务公开</a>'
            f'&nbsp;&gt;&nbsp;<a href="{ROOT}">政府信息公开年报</a></div><div class="article"><h1>{escape(title)}</h1>'
            f'<div class="info">发布时间：{date}&nbsp;&nbsp;来源：{escape(source)}&nbsp;&nbsp;浏览：'
            f'<script src="/e/public/ViewClick/?classid={CLASSID}&id={self.aid}&addclick=1"></script></div>'
            f'<div id="text">{content}</div><div class="prenext">上一篇：<a href="#">返回列表</a></div></div>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        self.entries.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办") -> None:
        content = body_html(
            doc, plain_para, plain_cell, '<table width="100%" border="1" cellspacing="0" cellpadding="3">'
        )
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def preformatted(self, doc: ReportDoc) -> None:
        text = render_report_text(doc, "pipes", self.rng)
        content = f'<pre style="white-space:pre-wrap;font-family:宋体">{escape(text)}</pre>'
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", "县政府办", content), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/d/file/xxgk/ndbg/{date.replace('-', '')}/{self.rng.randint(10**15, 10**16 - 1):x}.docx"
        file_url = self.put(HOST, path, render_docx(doc), DOCX)
        content = (
            f'<p>{escape(doc.title)}已编制完成，全文请<a href="{path}">点击下载</a>。</p>'
            "<p>如对本报告有疑问，请与县政府办公室联系。</p>"
        )
        url = self.page_of(doc.title, date, "县政府办", content)
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, source, content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        def url(p: int) -> str:
            return f"{ROOT}index.html" if p == 1 else f"{ROOT}index_{p}.html"

        rows = "".join(
            f'<li><a href="{p}" target="_blank" title="{escape(t)}">{escape(t)}'
            f"</a><span>{d.replace('-', '.')}</span></li>"
            for p, t, d in chunk
        )
        parts = [f'<a title="Total record">&nbsp;<b>{len(self.entries)}</b> </a>&nbsp;&nbsp;']
        if n > 1:
            parts.append(f'<a href="{url(1)}">首页</a>&nbsp;<a href="{url(n - 1)}">上一页</a>&nbsp;')
        parts += [f"<b>{p}</b>&nbsp;" if p == n else f'<a href="{url(p)}">{p}</a>&nbsp;' for p in range(1, pages + 1)]
        if n < pages:
            parts.append(f'<a href="{url(n + 1)}">下一页</a>&nbsp;<a href="{url(pages)}">尾页</a>')
        inner = (
            '<div class="position">您当前的位置：<a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/xxgk/">政务公开</a>'
            '&nbsp;&gt;&nbsp;政府信息公开年报</div><div class="left"><h3>政府信息公开</h3><ul><li><a href="/xxgk/zn/">'
            f'公开指南</a></li><li><a href="{ROOT}">政府信息公开年报</a></li></ul></div><div class="right">'
            f'<h2>政府信息公开年报</h2><ul class="ecms-list">{rows}</ul'
            f'><div class="epages">{"".join(parts)}</div></div>'
        )
        return frame("政府信息公开年报", inner)


PORTALS = [NocmsMianping]
