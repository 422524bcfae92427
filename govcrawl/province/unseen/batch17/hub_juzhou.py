"""崌州市 (www.juzhou.gov.test, sjj.juzhou.gov.test): a city 部门年报 page laid out as a left tree of
units — clicking a unit loads that unit's list, server-rendered, in the right pane — whose unit pages
name the unit only in their heading.

``/zwgk/bmnb/index.html`` (family ``hub``) says "本栏目共收录 8 个单位" and holds ``<ul
class="unit-tree">`` with two groups (``<li class="grp"><span>市直部门</span><ul>…`` and 乡镇（街道）);
each unit is a link ``list.jsp?unitId=<code>`` (short names: 市发展改革委, 市财政局, 市民政局, 市司法局
, 市水利局, 市统计局, 崌城街道), but the 审计局's goes straight to its own site's 年报 column
``http://sjj.juzhou.gov.test/xxgk/ndbg/index.html`` (marked "外链").  The right pane of the hub says
only "请在左侧选择单位".  ``list.jsp?unitId=…`` repeats the tree and shows ``<h3 class="unit-name">市发
展改革委</h3>``, "共 N 条" and a ``<table class="nb-table">`` of 序号 | 标题 | 发布日期 whose titles
mostly say only "2024年度政府信息公开工作年度报告"; the links lead to report pages
``/bmxx/<code>/YYYYMM/t<date>_<n>.html`` on the city host (the unit named in the page's 发布机构 line
and ContentSource), straight to a PDF (司法局) or a .docx (水利局).  The 统计局 has no entry yet ("共 0
条", "暂无信息"); an unknown ``unitId`` gives the same empty pane.  The 审计局's column is a ``<ul
class="sj-list">`` of one page, "共4条".

Reports (12): 崌州市发展和改革委员会 2023, 2024; 崌州市财政局 2024; 崌州市民政局 2023, 2024; 崌州市司法
局 2024 (PDF); 崌州市水利局 2024 (.docx); 崌州市审计局 2022–2024 (on its sub-host, "市审计局2024年…");
崌州市崌城街道办事处 2023, 2024.  Decoys (3): the 财政局's 部门决算, the 民政局's 政务公开工作要点, the
审计局's 法治政府建设年度报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, PDF, UnseenPortal, body_html, decoy_text, make_doc, word_cell, word_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

WWW = "www.juzhou.gov.test"
SJJ = "sjj.juzhou.gov.test"
SITE = "juzhou-bmnb"
HUB = "/zwgk/bmnb/"
UNITS = {  # code: (short name, agency, group)
    "fgw": ("市发展改革委", "崌州市发展和改革委员会", "市直部门"),
    "czj": ("市财政局", "崌州市财政局", "市直部门"),
    "mzj": ("市民政局", "崌州市民政局", "市直部门"),
    "sfj": ("市司法局", "崌州市司法局", "市直部门"),
    "slj": ("市水利局", "崌州市水利局", "市直部门"),
    "sjj": ("市审计局", "崌州市审计局", "市直部门"),
    "tjj": ("市统计局", "崌州市统计局", "市直部门"),
    "jcjd": ("崌城街道", "崌州市崌城街道办事处", "乡镇（街道）"),
}
SJJ_COLUMN = f"http://{SJJ}/xxgk/ndbg/index.html"


def frame(title: str, inner: str, head: str = "", site: str = "崌州市人民政府") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="' + site + '"><meta name="Sit'
        'eID'
        f'Code" content="9867070001">{head}<title>{escape(title)}_{site}</title><link rel="stylesheet" href="/css/main'
        '.css">'
        '</head><body><div class="jz-top"><span>' + site + '</span><a href="javascript:;">繁體</a> <a href="javascript'
        ':;">'
        '无障碍</a> <a href="javascript:;">长者模式</a> <a href="/">返回首页</a></div><div class="jz-nav"><a href="htt'
        'p://www.'
        'juzhou.gov.test/">首页</a><a href="http://www.juzhou.gov.test/zwgk/">政务公开</a><a href="http://www.juzhou.g'
        'ov.'
        f'test/zwfw/">政务服务</a><a href="http://www.juzhou.gov.test/hdjl/">互动交流</a></div>{inner}<div class="jz-f'
        'oot">'
        '<p>主办：崌州市人民政府办公室　地址：崌州市人民路1号</p><p>网站标识码：9867070001　未ICP备09007788号-1</p></d'
        'iv>'
        '</body></html>'
    )


class HubJuzhou(UnseenPortal):
    hosts = (WWW, SJJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 86_000
        self.lists: dict[str, list[tuple[str, str, str]]] = {code: [] for code in UNITS}
        self.sjj: list[tuple[str, str, str]] = []
        for code, year, date in (("fgw", 2023, "2024-01-26"), ("fgw", 2024, "2025-01-24"), ("czj", 2024, "2025-01-22"),
                                 ("mzj", 2023, "2024-01-30"), ("mzj", 2024, "2025-01-27"),
                                 ("jcjd", 2023, "2024-01-19"), ("jcjd", 2024, "2025-01-20")):
            doc = make_doc(rng, UNITS[code][1], year, date, title=f"{year}年度政府信息公开工作年度报告")
            self.article(code, doc)
        self.direct("sfj", make_doc(rng, "崌州市司法局", 2024, "2025-01-23", title="2024年度政府信息公开工作年度报告"),
                    "pdf")
        self.direct("slj", make_doc(rng, "崌州市水利局", 2024, "2025-01-21", title="2024年度政府信息公开工作年度报告"),
                    "docx")
        self.notice("czj", "崌州市财政局2023年度部门决算", "崌州市财政局", 2023, "2024-08-23")
        self.notice("mzj", "崌州市民政局2024年政务公开工作要点", "崌州市民政局", 2024, "2024-04-08")
        for year, date in ((2022, "2023-01-17"), (2023, "2024-01-25"), (2024, "2025-01-24")):
            self.sjj_article(make_doc(rng, "崌州市审计局", year, date, title=f"市审计局{year}年政府信息公开工作年度报"
            "告"))
        self.sjj_notice("崌州市审计局2024年法治政府建设年度报告", 2024, "2025-03-06")
        for entries in (*self.lists.values(), self.sjj):
            entries.sort(key=lambda e: e[2], reverse=True)
        self.put(WWW, HUB + "index.html", frame("部门年报", self.tree(None) + '<div class="jz-right"><h2>部门政府信息'
        '公开年报'
                                                '</h2><p class="tip">请在左侧选择单位</p></div>',
                                                '<meta name="ColumnName" content="部门年报">'))
        self.route(WWW, HUB + "list.jsp", self.unit_page)
        rows = "".join(f'<li><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a><span>{d}</span></li>'
                       for h, t, d in self.sjj)
        self.put(SJJ, "/xxgk/ndbg/index.html", frame("政府信息公开年报", (
            '<div class="jz-pos">当前位置：首页 &gt; 信息公开 &gt; 政府信息公开年报</div><div class="sj-main"><h2>政府'
            '信息公开'
            f'年报</h2><ul class="sj-list">{rows}</ul><div class="sj-page">共{len(self.sjj)}条　首页　上一页　下一页　'
            '尾页'
            '</div></div>'), '<meta name="ColumnName" content="政府信息公开年报">', "崌州市审计局"))

    def tree(self, current: str | None) -> str:
        groups: dict[str, list[str]] = {}
        for code, (short, _, group) in UNITS.items():
            if code == "sjj":
                item = f'<li><a href="{SJJ_COLUMN}" target="_blank">{short}</a><em>外链</em></li>'
            else:
                cls = ' class="on"' if code == current else ""
                item = f'<li{cls}><a href="list.jsp?unitId={code}">{short}</a></li>'
            groups.setdefault(group, []).append(item)
        body = "".join(f'<li class="grp"><span>{g}</span><ul>{"".join(items)}</ul></li>' for g, items in groups.items())
        return ('<div class="jz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="'
        f'{HUB}'
                f'index.html">部门年报</a></div><div class="jz-left"><p class="count">本栏目共收录 {len(UNITS)} 个单位'
                '</p>'
                f'<ul class="unit-tree">{body}</ul></div>')

    def unit_page(self, request: Request) -> Response:
        code = request.param("unitId")
        entries = self.lists.get(code, [])
        short = UNITS[code][0] if code in UNITS and code != "sjj" else ""
        rows = "".join(f'<tr><td>{i + 1}</td><td class="bt"><a href="{h}" target="_blank" title="{escape(t)}">'
                       f'{escape(t)}</a></td><td>{d}</td></tr>' for i, (h, t, d) in enumerate(entries))
        rows = rows or '<tr><td colspan="3">暂无信息</td></tr>'
        right = (f'<div class="jz-right"><h3 class="unit-name">{short}</h3><p class="sum">共 {len(entries)} 条</p><tab'
        'le '
                 f'class="nb-table"><tr><th>序号</th><th>标题</th><th>发布日期</th></tr>{rows}</table></div>')
        page = frame(f"{short}部门年报", self.tree(code if short else None) + right)
        return Response(200, page.encode(), "text/html; charset=utf-8")

    def page_of(self, host: str, folder: str, title: str, date: str, content: str, unit: str) -> str:
        self.id += self.rng.randint(20, 700)
        path = f"{folder}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.id}.html"
        inner = ('<div class="jz-pos">当前位置：首页 &gt; 政务公开 &gt; 部门年报</div><div class="jz-art"><h1>'
        f'{escape(title)}'
                 f'</h1><div class="jz-info">发布机构：{escape(unit)}　发布日期：{date}　【字体：大 中 小】</div><div '
                 'class="'
                 f'jz-con">{content}</div></div>')
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                f'<meta name="ContentSource" content="{escape(unit)}">')
        site = "崌州市审计局" if host == SJJ else "崌州市人民政府"
        return self.put(host, path, frame(title, inner, head, site))

    def article(self, code: str, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        url = self.page_of(WWW, f"/bmxx/{code}/", doc.title, doc.published_date or "", content, doc.agency_name)
        self.lists[code].append((url.split(WWW, 1)[1], doc.title, doc.published_date or ""))
        self.report(SITE, url, doc)

    def direct(self, code: str, doc: ReportDoc, ext: str) -> None:
        date = doc.published_date or ""
        stamp = f"P0{date.replace('-', '')}{self.rng.randint(10**9, 10**10 - 1)}"
        path = f"/bmxx/{code}/{date[:7].replace('-', '')}/{stamp}.{ext}"
        if ext == "pdf":
            url = self.put_pdf(WWW, path, doc)
            self.report(SITE, url, doc, media_type=PDF)
        else:
            url = self.put(WWW, path, render_docx(doc), DOCX)
            self.report(SITE, url, doc, media_type=DOCX)
        self.lists[code].append((path, doc.title, date))

    def notice(self, code: str, title: str, unit: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, unit, year, self.rng))
        url = self.page_of(WWW, f"/bmxx/{code}/", title, date, content, unit)
        self.lists[code].append((url.split(WWW, 1)[1], title, date))
        self.decoy(SITE, url, title)

    def sjj_article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        url = self.page_of(SJJ, "/xxgk/ndbg/", doc.title, doc.published_date or "", content, doc.agency_name)
        self.sjj.append(("./" + url.split("/xxgk/ndbg/", 1)[1], doc.title, doc.published_date or ""))
        self.report(SITE, url, doc)

    def sjj_notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, "崌州市审计局", year, self.rng))
        url = self.page_of(SJJ, "/xxgk/ndbg/", title, date, content, "崌州市审计局")
        self.sjj.append(("./" + url.split("/xxgk/ndbg/", 1)[1], title, date))
        self.decoy(SITE, url, title)


PORTALS = [HubJuzhou]
