"""淅源县 (www.xiyuan.gov.test): a county site on a ThinkPHP-built CMS (path-info URLs under
``/index.php/``), registered with ``cms: auto`` and only its home page; the 年报 list is two clicks
away and pages as ``…/p/N.html``.

The home page (news, a 县情 block, a floating 政务服务 widget) links 信息公开 to
``/index.php/list/8.html``, a category page of sub-category boxes whose 政府信息公开年报 box links
``/index.php/list/12.html``.  That list is a ``<ul class="news-list">`` of ``<li>``s (the link with
``title=``, the date in ``<em>``); the pager is ThinkPHP's ``Page`` class with the site's theme:
``<div class="pages">`` with "共 11 条记录 1/3 页", numbered links ``/index.php/list/12/p/2.html`` …
and the next/previous links written only as "&gt;&gt;" / "&lt;&lt;" (no 下一页 text; ``p/1.html`` is
page 1 too).  Articles ``/index.php/article/<id>.html`` put the body in ``div.article-body`` under a
"发布时间：… | 来源：… | 浏览：N" line.  The 2022 county report is an OFD and the 2024 one a PDF, uploads
named by the framework (``/Uploads/file/YYYYMMDD/<13 hex>.<ext>``), linked from an "附件下载：" line
in the body.

Titles: "淅源县2021年度政府信息公开工作年度报告" (年度 twice), "县水利局2024年…" (淅源县水利局), a town's
"源潭镇2023年…" and "源潭镇人民政府2024年度…" (淅源县源潭镇人民政府).  The 2020 report is in the old
template.  Decoys: 政务公开工作要点, 部门决算公开说明, a 图文解读 of the 2023 report.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.xiyuan.gov.test"
SITE = "xiyuan-gov"
OWNER = "淅源县人民政府"
CAT = "/index.php/list/12"
PER_PAGE = 4
TOWN = "淅源县源潭镇人民政府"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="SiteName" content="淅源县人民政府">'
        f'<meta name="SiteIDCode" content="9851610008">{metas}<title>{escape(title)} - 淅源县人民政府</title>'
        '<link rel="stylesheet" href="/Public/Home/css/style.css"></head><body><div class="xy-top"><div class="w">'
        '<a href="javascript:;" id="wza">无障碍</a><a href="javascript:;">适老化</a><a href="javascript:;">繁體</a>'
        '</div></div><div class="xy-head"><img src="/Public/Home/images/logo.png" alt="淅源县人民政府">'
        '<form action="/index.php/search/index.html"><input name="keyword"><button>搜索</button></form></div>'
        '<div class="xy-nav"><a href="/">首页</a><a href="/index.php/list/2.html">新闻动态</a>'
        '<a href="/index.php/list/8.html">信息公开</a><a href="/index.php/list/20.html">政务服务</a>'
        f'<a href="/index.php/list/30.html">互动交流</a></div><div class="xy-main">{inner}</div>'
        '<div class="xy-foot"><p>主办：淅源县人民政府办公室　承办：淅源县大数据中心　网站标识码：9851610008</p>'
        '<p>未ICP备20016674号-1　<a href="/index.php/page/sitemap.html">网站地图</a>　<a href="/index.php/page/lxwm.h'
        'tml"'
        '>'
        "联系我们</a></p></div></body></html>"
    )


class AutoXiyuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.aid = 1_130
        self.entries: list[tuple[str, str, str]] = []  # path, title, date
        self.article(make_doc(rng, OWNER, 2020, "2021-01-27", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25", title="淅源县2021年度政府信息公开工作年度报告"))
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-30"), OFD)
        self.article(make_doc(rng, TOWN, 2023, "2024-01-15", title="源潭镇2023年政府信息公开工作年度报告"), "源潭镇")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26"))
        self.notice("《淅源县2023年政府信息公开工作年度报告》图文解读", "2024-01-26")
        self.notice("淅源县2024年政务公开工作要点", "2024-03-19")
        self.notice("淅源县2023年度部门决算公开说明", "2024-09-02")
        self.article(make_doc(rng, TOWN, 2024, "2025-01-17", title="源潭镇人民政府2024年度政府信息公开工作年度报告"),
                     "源潭镇")
        self.article(make_doc(rng, "淅源县水利局", 2024, "2025-01-20", title="县水利局2024年政府信息公开工作年度报告"),
                     "淅源县水利局")
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-23"), PDF)
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            page = self.list_page(chunk, n, len(chunks))
            self.put(HOST, f"{CAT}/p/{n}.html", page)
            if n == 1:
                self.put(HOST, f"{CAT}.html", page)
        self.put(HOST, "/", frame("首页", (
            '<div class="xy-focus"><h3>淅源要闻</h3><ul><li><a href="/index.php/article/1101.html">县政府召开第十二次'
            '常务会'
            '议'
            '</a></li><li><a href="/index.php/article/1097.html">我县开展安全生产大检查</a></li></ul></div>'
            '<div class="xy-xq"><h3>县情简介</h3><p>淅源县位于未见省西部，辖6镇4乡。</p></div>'
            '<div class="xy-float"><a href="/index.php/list/20.html">政务<br>服务</a></div>')))
        boxes = "".join(f'<div class="cat-box"><a href="/index.php/list/{c}.html">{n}</a></div>'
                        for c, n in ((9, "政府信息公开指南"), (10, "政府信息公开制度"), (11, "法定主动公开内容"),
                                     (12, "政府信息公开年报"), (13, "依申请公开")))
        self.put(HOST, "/index.php/list/8.html", frame("信息公开", (
            '<div class="xy-pos">当前位置：<a href="/">首页</a> &gt; 信息公开</div>'
            f'<div class="xy-cats">{boxes}</div>')))

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.aid += self.rng.randint(2, 45)
        path = f"/index.php/article/{self.aid}.html"
        metas = f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
        inner = (
            '<div class="xy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/index.php/list/8.html">信息公开</a> &gt;'
            ' '
            f'<a href="{CAT}.html">政府信息公开年报</a></div><div class="article"><h1>{escape(title)}</h1>'
            f'<div class="info">发布时间：{date} {self.rng.randint(8, 17):02d}:{self.rng.randint(0, 59):02d} | 来源：'
            f'{escape(source)} | 浏览：{self.rng.randint(20, 3000)}</div><div class="article-body">{content}</div>'
            '<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></div></div>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        self.entries.append((path, title, date))
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办") -> None:
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="5" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "ofd"
        path = f"/Uploads/file/{date.replace('-', '')}/{self.rng.randint(16**12, 16**13 - 1):x}.{ext}"
        if media == PDF:
            file_url = self.put_pdf(HOST, path, doc)
        else:
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        content = (f"<p>{escape(doc.title)}全文请下载附件查看。</p>"
                   f'<p>附件下载：<a href="{path}" target="_blank">{escape(doc.title)}.{ext}</a></p>')
        url = self.page_of(doc.title, date, "县政府办", content)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办", content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        items = "".join(f'<li><span class="dot"></span><a href="{p}" target="_blank" title="{escape(t)}">'
                        f"{escape(t)}</a>"
                        f"<em>{d}</em></li>" for p, t, d in chunk)

        def u(k: int) -> str:
            return f"{CAT}/p/{k}.html"

        nums = "".join(f'<span class="current">{k}</span>' if k == n else f'<a class="num" href="{u(k)}">{k}</a>'
                       for k in range(1, pages + 1))
        prev = f'<a class="prev" href="{u(n - 1)}">&lt;&lt;</a>' if n > 1 else ""
        nxt = f'<a class="next" href="{u(n + 1)}">&gt;&gt;</a>' if n < pages else ""
        inner = (
            '<div class="xy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/index.php/list/8.html">信息公开</a> &gt;'
            ' '
            '政府信息公开年报</div><div class="xy-left"><a href="/index.php/list/9.html">政府信息公开指南</a>'
            f'<a href="/index.php/list/10.html">政府信息公开制度</a><a class="on" href="{CAT}.html">政府信息公开年报<'
            '/a></div'
            '>'
            f'<div class="xy-right"><h2>政府信息公开年报</h2><ul class="news-list">{items}</ul>'
            f'<div class="pages"><div> <span class="rows">共 {len(self.entries)} 条记录</span> {n}/{pages} 页 '
            f"{prev} {nums} {nxt} </div></div></div>"
        )
        return frame("政府信息公开年报", inner)


PORTALS = [AutoXiyuan]
