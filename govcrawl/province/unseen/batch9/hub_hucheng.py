"""滹城市 (www.hucheng.gov.test): a city 部门年报 hub of tabs and accordions, paged by a ``<select>``.

``/xxgk/bmnb/index.html`` has two tabs — ``#tab-bm`` 市政府工作部门 and ``#tab-xz`` 乡镇（街道） — of
``div.acc`` accordions: a unit's name in ``div.acc-hd`` and, in a hidden ``div.acc-bd``, its links whose
text is only "2024年度报告" (or "2023年度部门决算" …; portals.md §7).  The 工作部门 tab is paged: "共 8 个部门"
and ``<select onchange="location.href=this.value">`` with ``index.html`` / ``index_2.html`` options (no
other pager); the 乡镇 tab is the same on both pages.  The links lead: to report pages on the city host
(the page's title and heading name the unit, or only the breadcrumb does — the 医保局's page is
titled "2024年度政府信息公开工作年度报告"), to PDF/DOCX/OFD files directly (公安局, 生态环境局, 林业局,
芦堡镇), to pages on the 财政局's sub-host ``czj.hucheng.gov.test``, and for the 教育局 to its own 年报
list on ``jyj.hucheng.gov.test`` ("共4条", one page) where its titles say "市教育局…".  Decoys: the
财政局's 部门决算, the 教育局's 解读, the 生态环境局's 生态环境状况公报, 芦堡镇's 法治政府建设年度报告.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    DOCX,
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

WWW = "www.hucheng.gov.test"
CZJ = "czj.hucheng.gov.test"
JYJ = "jyj.hucheng.gov.test"
SITE = "hucheng-bmnb"
OWNER = "滹城市人民政府"
HUB = "/xxgk/bmnb/"
PER_PAGE = 6


def frame(title: str, inner: str, site: str = "滹城市人民政府", metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{metas}<meta name="SiteName" content="{site}">'
        f'<title>{escape(title)} - {site}</title></head><body><div class="hc-head">{site}'
        '<span class="hc-tools">繁體 | 无障碍 | 适老模式</span></div>'
        f'<div class="hc-main">{inner}</div><div class="hc-foot">主办单位：{site}　网站标识码：9842300002　'
        "未ICP备21003318号</div></body></html>"
    )


class HubHucheng(UnseenPortal):
    hosts = (WWW, CZJ, JYJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 60_114_000
        self.units: dict[str, list[tuple[str, str]]] = {}
        self.towns: dict[str, list[tuple[str, str]]] = {}
        self.jyj: list[tuple[str, str, str]] = []
        czj = "滹城市财政局"
        self.page(czj, CZJ, "/xxgk/zfxxgknb/", make_doc(rng, czj, 2024, "2025-01-22"))
        self.page(czj, CZJ, "/xxgk/zfxxgknb/", make_doc(rng, czj, 2023, "2024-01-25"))
        self.notice(czj, CZJ, "/xxgk/czzj/", "滹城市财政局2023年度部门决算", "2024-08-20", "2023年度部门决算")
        self.education()
        self.file("滹城市公安局", make_doc(rng, "滹城市公安局", 2024, "2025-01-26"), PDF)
        self.file("滹城市生态环境局", make_doc(rng, "滹城市生态环境局", 2024, "2025-01-23"), DOCX)
        self.notice(
            "滹城市生态环境局", WWW, HUB, "滹城市2024年生态环境状况公报", "2025-06-05", "2024年生态环境状况公报"
        )
        self.page(
            "滹城市医疗保障局",
            WWW,
            HUB,
            make_doc(rng, "滹城市医疗保障局", 2024, "2025-01-20", title="2024年度政府信息公开工作年度报告"),
            crumb="市医疗保障局",
        )
        self.page(
            "滹城市退役军人事务局",
            WWW,
            HUB,
            make_doc(
                rng, "滹城市退役军人事务局", 2023, "2024-01-29", title="市退役军人事务局2023年政府信息公开工作年度报告"
            ),
        )
        self.file("滹城市林业局", make_doc(rng, "滹城市林业局", 2024, "2025-01-24"), OFD)
        self.page("滹城市机关事务管理局", WWW, HUB, make_doc(rng, "滹城市机关事务管理局", 2024, "2025-01-21"))
        self.page("滹城市机关事务管理局", WWW, HUB, make_doc(rng, "滹城市机关事务管理局", 2023, "2024-01-30"))
        self.page(
            "北关街道",
            WWW,
            HUB,
            make_doc(rng, "滹城市北关街道办事处", 2024, "2025-01-17", title="北关街道2024年政府信息公开工作年度报告"),
            town=True,
        )
        self.file(
            "芦堡镇",
            make_doc(rng, "滹城市芦堡镇人民政府", 2024, "2025-01-16", title="芦堡镇2024年政府信息公开工作年度报告"),
            PDF,
            town=True,
        )
        self.page(
            "芦堡镇",
            WWW,
            HUB,
            make_doc(rng, "滹城市芦堡镇人民政府", 2023, "2024-01-19", title="芦堡镇2023年政府信息公开工作年度报告"),
            town=True,
        )
        self.notice(
            "芦堡镇",
            WWW,
            HUB,
            "芦堡镇2024年法治政府建设年度报告",
            "2025-02-27",
            "2024年法治政府建设年度报告",
            town=True,
        )
        names = list(self.units)
        chunks = [names[i : i + PER_PAGE] for i in range(0, len(names), PER_PAGE)]
        for n, chunk in enumerate(chunks, 1):
            self.put(WWW, HUB + ("index.html" if n == 1 else f"index_{n}.html"), self.hub_page(chunk, n, len(chunks)))

    def accordion(self, name: str, links: list[tuple[str, str]]) -> str:
        body = "".join(f'<p><a href="{h}" target="_blank">{escape(t)}</a></p>' for h, t in links)
        return (
            f'<div class="acc"><div class="acc-hd" onclick="$(this).next().slideToggle()">{escape(name)}<i>+</i></div>'
            f'<div class="acc-bd" style="display:none">{body}</div></div>'
        )

    def hub_page(self, chunk: list[str], n: int, pages: int) -> str:
        options = "".join(
            f'<option value="{"index.html" if i == 1 else f"index_{i}.html"}'
            f'"{" selected" if i == n else ""}>第{i}页</option>'
            for i in range(1, pages + 1)
        )
        inner = (
            '<div class="hc-pos">您的位置：<a href="/">首页</a> &gt'
            '; <a href="/xxgk/">信息公开</a> &gt; 部门信息公开年报</div>'
            '<div class="tab-hd"><span class="on" data-tab="tab-bm">市政府工作部门</span>'
            '<span data-tab="tab-xz">乡镇（街道）</span></div>'
            f'<div class="tab-bd" id="tab-bm">{"".join(self.accordion(u, self.units[u]) for u in chunk)}'
            f'<div class="hc-sel">共 {len(self.units)} 个部门　跳转到：<select onchange="location.href=this.value">'
            f"{options}</select></div></div>"
            f'<div class="tab-bd" id="tab-xz" style="display:none">'
            f"{''.join(self.accordion(t, links) for t, links in self.towns.items())}</div>"
        )
        return frame("部门信息公开年报", inner, metas='<meta name="ColumnName" content="部门信息公开年报">')

    def link(self, unit: str, href: str, text: str, town: bool) -> None:
        (self.towns if town else self.units).setdefault(unit, []).append((href, text))

    def article(
        self, host: str, column: str, title: str, date: str, content: str, crumb: str, site: str, source: str = ""
    ) -> str:
        self.docid += self.rng.randint(100, 3000)
        path = f"{column}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.html"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:00">'
            f'<meta name="ContentSource" content="{escape(source or site)}">'
        )
        inner = (
            f'<div class="hc-pos">您的位置：<a href="/">首页</a> &gt; <a href="{column}">信息公开年报</a> &gt; '
            f'{escape(crumb)}</div><div class="hc-art"><h2>{escape(title)}</h2><div class="hc-info">发布日期：{date}'
            f'</div><div class="hc-zw">{content}</div></div>'
        )
        return self.put(host, path, frame(title, inner, site, metas))

    def page(self, unit: str, host: str, column: str, doc: ReportDoc, crumb: str = "", town: bool = False) -> str:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0">')
        site = doc.agency_name if host != WWW else OWNER
        url = self.article(
            host, column, doc.title, doc.published_date or "", content, crumb or unit, site, doc.agency_name
        )
        self.report(SITE, url, doc)
        self.link(unit, url, f"{doc.year}年度报告", town)
        return url

    def file(self, unit: str, doc: ReportDoc, media: str, town: bool = False) -> None:
        ext = {PDF: "pdf", DOCX: "docx", OFD: "ofd"}[media]
        path = (
            f"{HUB}files/{doc.published_date[:4] if doc.published_date else ''}/{self.rng.getrandbits(40):010x}.{ext}"
        )
        if media == PDF:
            url = self.put_pdf(WWW, path, doc)
        elif media == DOCX:
            url = self.put(WWW, path, render_docx(doc), DOCX)
        else:
            url = self.put(WWW, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        self.report(SITE, url, doc, media_type=media)
        self.link(unit, url, f"{doc.year}年度报告", town)

    def notice(self, unit: str, host: str, column: str, title: str, date: str, text: str, town: bool = False) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        url = self.article(host, column, title, date, content, unit, OWNER)
        self.decoy(SITE, url, title)
        self.link(unit, url, text, town)

    def education(self) -> None:
        unit = "滹城市教育局"
        rows = []
        for year, date in ((2022, "2023-01-18"), (2023, "2024-01-24"), (2024, "2025-01-23")):
            doc = make_doc(self.rng, unit, year, date, title=f"市教育局{year}年政府信息公开工作年度报告")
            content = body_html(doc, word_para, plain_cell, '<table border="1" cellspacing="0">')
            url = self.article(JYJ, "/zwgk/nb/", doc.title, date, content, "政府信息公开年报", unit)
            self.report(SITE, url, doc)
            rows.append((url, doc.title, date))
        title = "市教育局2023年政府信息公开工作年度报告解读"
        content = "".join(plain_para(p, False) for p in decoy_text(title, unit, 2023, self.rng))
        url = self.article(JYJ, "/zwgk/nb/", title, "2024-01-26", content, "政府信息公开年报", unit)
        self.decoy(SITE, url, title)
        rows.append((url, title, "2024-01-26"))
        rows.sort(key=lambda r: r[2], reverse=True)
        items = "".join(f'<li><a href="{u}">{escape(t)}</a><span>{d}</span></li>' for u, t, d in rows)
        inner = (
            '<div class="hc-pos">您的位置：<a href="/">首页</a> &gt; 政府信息公开年报</div>'
            f'<ul class="nb">{items}</ul><div class="page">共{len(rows)}条　第1页/共1页</div>'
        )
        list_url = self.put(JYJ, "/zwgk/nb/index.html", frame("政府信息公开年报", inner, unit))
        self.link(unit, list_url, "进入年报栏目", False)


PORTALS = [HubHucheng]
