"""嵫阳市统计局 (tjj.ziyang.gov.test): a city bureau's site on the city's TRS 海云 platform, whose 年报
column carries its pager *above* the list — the 6-argument call with double-quoted arguments over
``.html`` files — and whose list is shared with the 国家统计局 survey team housed in the bureau.

The 年报 column ``/zfxxgk/fdzdgknr/ndbg/index.html`` opens with ``<div id="pageTop"></div><script>
createPageHTML("pageTop", 3, 1, "index", "html", 11);</script>`` (1-based: ``index_2.html``,
``index_3.html``; ``index_1.html`` is 404, portals.md §1.2), then a ``<table class="tj-list">`` of rows
序号 | 标题 | 发布日期 (``<td class="bt"><a href="./YYYYMM/tYYYYMMDD_<docid>.html" title="…">``).  Four
rows a page, newest first.  Articles carry 海云's extra metas (``catalogs``, ``contentid``,
``publishdate``) and the body in ``div.trs_editor_view.TRS_UEDITOR.trs_paper_default.trs_web``; a 相关附
件 block after it lists files as ``<a appendix="true" href="./P0….ofd">`` — the bureau's 2021 report is
such a stub with an OFD, the survey team's 2023 report a stub with a .docx.

Reports (8): 嵫阳市统计局 2019–2024 (2019–2020 old template; titles "嵫阳市统计局2024年…", "市统计局
2020年度政府信息公开年报", "嵫阳市统计局 2022 年政府信息公开工作年度报告" with spaces round the year),
国家统计局嵫阳调查队 2023, 2024.  Decoys (3): 统计公报, 部门决算, 政务公开工作要点.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "tjj.ziyang.gov.test"
SITE = "ziyang-tjj"
OWNER = "嵫阳市统计局"
TEAM = "国家统计局嵫阳调查队"
ROOT = "/zfxxgk/fdzdgknr/ndbg/"
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
        'width, initial-scale=1"><meta name="SiteName" content="嵫阳市统计局"><meta name="SiteDomain" content="tjj.zi'
        f'yang.gov.test"><meta name="SiteIDCode" content="9867020031">{head}<title>{escape(title)}</title><link rel='
        '"stylesheet" href="/images/tj2023.css"><script src="/images/jquery.min.js"></script><script src="/images/'
        'pager.js"></script></head><body><div class="tj-bar"><div class="w"><span>嵫阳市人民政府 主管</span><a href="h'
        'ttp:/'
        '/www.ziyang.gov.test/">嵫阳市人民政府</a><a href="javascript:;" id="cniil_wza">无障碍浏览</a><a href="javascr'
        'ipt:;'
        '" class="old-mode">长者模式</a></div></div><div class="tj-head"><h1>嵫阳市统计局</h1><form action="/search/" '
        'class="tj-search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div><div class="tj-'
        'nav"><a href="/">首页</a><a href="/tjxx/">统计信息</a><a href="/tjsj/">统计数据</a><a href="/zfxxgk/">政府信'
        '息公开'
        f'</a><a href="/hdjl/">互动交流</a></div><div class="w tj-main">{inner}</div><div class="tj-foot"><p>嵫阳市统'
        '计局'
        ' 版权所有　地址：嵫阳市府前路8号　邮编：986702</p><p>网站标识码：9867020031　<a href="http://beian.miit.gov.c'
        'n/">未'
        'ICP备15002266号</a>　技术支持：嵫阳市大数据中心</p><script id="_jiucuo_" sitecode="9867020031" src="/images/j'
        'iuc'
        'uo.js"></script></div></body></html>'
    )


class HaiyunZiyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 81_000
        self.entries: list[tuple[str, str, str]] = []
        titles = {2020: "市统计局2020年度政府信息公开年报", 2022: "嵫阳市统计局 2022 年政府信息公开工作年度报告"}
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-22"), (2022, "2023-01-19"), (2023, "2024-01-24"),
                           (2024, "2025-01-22")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021",
                                  title=titles.get(year)))
        self.file(make_doc(rng, OWNER, 2021, "2022-01-26"), "ofd")
        self.file(make_doc(rng, TEAM, 2023, "2024-01-30"), "docx")
        self.article(make_doc(rng, TEAM, 2024, "2025-01-27"))
        self.notice("2024年嵫阳市国民经济和社会发展统计公报", 2024, "2025-03-28")
        self.notice("嵫阳市统计局2023年度部门决算", 2023, "2024-08-21")
        self.notice("嵫阳市统计局2024年政务公开工作要点", 2024, "2024-04-11")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER] for i in range(0, len(self.entries), PER)]
        for n, chunk in enumerate(chunks, start=1):
            name = "index.html" if n == 1 else f"index_{n}.html"
            self.put(HOST, ROOT + name, self.list_page(chunk, n, len(chunks)))

    def page_of(self, title: str, date: str, content: str, source: str, files: str = "") -> str:
        self.id += self.rng.randint(30, 400)
        href = f"./{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.id}.html"
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:20:00">'
                f'<meta name="ContentSource" content="{escape(source)}"><meta name="catalogs" content="31086"><meta '
                f'name="contentid" content="{self.id}"><meta name="publishdate" content="{date}">')
        block = f'<div class="xgfj"><p class="xgfj-t">相关附件：</p>{files}</div>' if files else ""
        inner = (
            '<div class="tj-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; <a href'
            f'="{ROOT}">'
            f'年度报告</a></div><div class="tj-art"><h2 class="tj-tit">{escape(title)}</h2><div class="tj-meta"><span>'
            '发布'
            f'时间：{date}</span><span>来源：{escape(source)}</span><span>浏览量：<i id="hits"></i></span><span class='
            '"fs">字号：'
            '<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span></div><div '
            f'class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{content}</div>{block}<div class="tj-share'
            '">分'
            "享到：<script>$('#share-1').share({sites: ['wechat', 'weibo', 'qq']});</script></div></div>"
        )
        url = self.put(HOST, ROOT + href[2:], frame(f"{title}-嵫阳市统计局", inner, head))
        self.entries.append((href, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" style="width:100%;border-c'
                                                         'ollapse:collapse">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, doc.agency_name), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        files = f'<a appendix="true" href="./{name}" target="_blank">{escape(doc.title)}.{ext}</a>'
        url = self.page_of(doc.title, date, f"<p>{escape(doc.title)}请见相关附件。</p>", doc.agency_name, files)
        path = f"{ROOT}{date[:7].replace('-', '')}/{name}"
        if ext == "ofd":
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
            self.report(SITE, url, doc, media_type=OFD, report_url=file_url)
        else:
            self.report(SITE, url, doc, media_type=DOCX, report_url=self.put(HOST, path, render_docx(doc), DOCX))

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, "嵫阳市", year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, OWNER), title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        first = (n - 1) * PER
        rows = "".join(f'<tr><td class="xh">{first + i + 1}</td><td class="bt"><a href="{h}" target="_blank" title="'
                       f'{escape(t)}">{escape(t)}</a></td><td class="rq">{d}</td></tr>'
                       for i, (h, t, d) in enumerate(chunk))
        inner = (
            '<div class="tj-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; 年度报告'
            '</div>'
            '<div class="tj-side"><h3>政府信息公开</h3><a href="/zfxxgk/zfxxgkzn/">政府信息公开指南</a><a href="/zfxxg'
            'k/'
            'zfxxgkzd/">政府信息公开制度</a><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a><a class="cur" href="'
            f'{ROOT}">年度报告</a><a href="/zfxxgk/ysqgk/">依申请公开</a></div><div class="tj-con"><div class="pg-top"'
            ' id='
            f'"pageTop"></div><script>createPageHTML("pageTop", {pages}, {n}, "index", "html", {len(self.entries)});'
            '</script><table class="tj-list" width="100%"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>'
            f'{rows}</table></div>'
        )
        return frame("年度报告-嵫阳市统计局", inner, '<meta name="ColumnName" content="年度报告"><meta name="ColumnTyp'
        'e" '
                                                 'content="政府信息公开年报">')


PORTALS = [HaiyunZiyang]
