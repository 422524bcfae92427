"""汨州市 (www.mizhou.gov.test, gaj.mizhou.gov.test): a city 部门年报 page of picture tiles, one per
unit, each leading to a small page of that unit's years — three clicks from the hub to a report.

``/xxgk/bmnb/index.html`` (family ``hub``) says "共 6 个单位" and shows two grids of ``<a class="tile">``
tiles — an icon ``<img>`` and the unit's short name in a ``<span>`` (市住建局 — the agency is
汨州市住房和城乡建设局) — under 市直部门 and 乡镇（街道）.  A tile does not link a report: it links the
unit's own page on the city host (``/xxgk/bmnb/jyj.html`` …), whose ``<ul class="unit-years">`` links
say only "2024年度报告", "2023年度", "2024年度（PDF）", "2024年度（Word版）", "2024年度（OFD版）" (portals.md
§7: link text naming only the year).  Those lead to report pages on the city host
(``/xxgk/bmnb/<unit>/YYYYMM/tYYYYMMDD_<n>.html``; the 民政局's 2023 page titled only "2023年度政府信息公开
工作年度报告", its unit named by the page heading and ``ContentSource``) or to the files themselves
(``/xxgk/bmnb/files/…``: the 民政局's 2024 PDF, the 住建局's .docx, the 审计局's OFD).  The 公安局's tile
goes straight to its own 年报 list on its sub-host, ``gaj.mizhou.gov.test/xxgk/ndbg/index.html``: a
``<ul class="gaj-list">`` with dates in brackets, "共4条 第1/2页" and plain 下一页/尾页 links to
``index_1.html`` (zero-based); its pages title the 2022 report only "2022年度政府信息公开工作年度报告"
(the unit named by the sub-site's header and ``SiteName``), the others "市公安局2024年…" and
"汨州市公安局2023年…".  The town 汨东镇 (汨州市汨东镇人民政府) has a tile in the 乡镇 grid.

Decoys: the 民政局's "2023年度法治政府建设年度报告" on its unit page, the 公安局's 部门预算 in its list, and
a 关于做好…年度报告编制发布工作的函 in the hub's 通知公告 box.
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

WWW = "www.mizhou.gov.test"
GAJ = "gaj.mizhou.gov.test"
SITE = "mizhou-bmnb"
OWNER = "汨州市人民政府"
HUB = "/xxgk/bmnb/"
GAJ_ROOT = "/xxgk/ndbg/"
GAJ_PER_PAGE = 3


def frame(title: str, inner: str, site: str = "汨州市人民政府", metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{site}">{metas}'
        f'<title>{escape(title)} - {site}</title></head><body><div class="mz-top"><span>{site}</span>'
        '<a href="javascript:;" class="wza">无障碍</a><a href="javascript:;">关怀版</a><a href="/m/">移动版</a></div>'
        '<div class="mz-nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a>'
        f'<a href="/hdjl/">互动交流</a></div><div class="mz-main">{inner}</div><div class="mz-foot">'
        f'<p>主办单位：{site}　网站标识码：9853000002　未ICP备12004417号</p><p>地址：汨州市人民路1号　'
        '<a href="/wzdt/">网站地图</a>　<a href="/lxwm/">联系我们</a></p><p>您是本站第<span id="pv">0</span>位访客</p>'
        "</div></body></html>"
    )


class HubMizhou(UnseenPortal):
    hosts = (WWW, GAJ)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 8_204_300
        self.units: list[tuple[str, str, str, str]] = []  # section, short name, icon code, href
        # 市教育局: two report pages
        links = []
        for year, date in ((2024, "2025-01-22"), (2023, "2024-01-23")):
            doc = make_doc(rng, "汨州市教育局", year, date)
            links.append((self.article(WWW, HUB + "jyj/", doc), f"{year}年度报告"))
        self.unit_page("jyj", "市教育局", "汨州市教育局", links)
        # 市民政局: a PDF, a page titled by the year only, its 法治政府建设年度报告
        doc = make_doc(rng, "汨州市民政局", 2024, "2025-01-24")
        links = [(self.file(doc, PDF), "2024年度（PDF）")]
        doc = make_doc(rng, "汨州市民政局", 2023, "2024-01-25", title="2023年度政府信息公开工作年度报告")
        links.append((self.article(WWW, HUB + "mzj/", doc, heading="汨州市民政局"), "2023年度"))
        links.append((self.notice(WWW, HUB + "mzj/", "汨州市民政局2023年度法治政府建设年度报告", "2024-02-27",
                                  "汨州市民政局"), "2023年度法治政府建设年度报告"))
        self.unit_page("mzj", "市民政局", "汨州市民政局", links)
        # 市公安局: its own list on its sub-host
        self.gaj_list(rng)
        self.units.append(("bm", "市公安局", "gaj", f"http://{GAJ}{GAJ_ROOT}index.html"))
        # 市住建局: a .docx; 市审计局: an OFD
        doc = make_doc(rng, "汨州市住房和城乡建设局", 2024, "2025-01-21")
        self.unit_page("zjj", "市住建局", "汨州市住房和城乡建设局", [(self.file(doc, DOCX), "2024年度（Word版）")])
        doc = make_doc(rng, "汨州市审计局", 2024, "2025-01-27")
        self.unit_page("sjj", "市审计局", "汨州市审计局", [(self.file(doc, OFD), "2024年度（OFD版）")])
        # 汨东镇
        doc = make_doc(rng, "汨州市汨东镇人民政府", 2024, "2025-01-17", title="汨东镇2024年政府信息公开工作年度报告")
        self.unit_page("mdz", "汨东镇", "汨州市汨东镇人民政府",
                       [(self.article(WWW, HUB + "mdz/", doc, heading="汨东镇人民政府"), "2024年度报告")], "xz")
        notice = self.notice(WWW, HUB + "tz/", "关于做好2024年度部门政府信息公开工作年度报告编制发布工作的函",
                             "2024-12-18", "汨州市人民政府办公室")
        self.put(WWW, HUB + "index.html", self.hub_page(notice))

    def page(self, host: str, folder: str, title: str, date: str, org: str, content: str, heading: str,
             site: str = "汨州市人民政府") -> str:
        self.docid += self.rng.randint(11, 500)
        path = f"{folder}{date[:7].replace('-', '')}/t{date.replace('-', '')}_{self.docid}.html"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
                 f'<meta name="ContentSource" content="{escape(org)}">')
        inner = (
            f'<div class="mz-crumb">当前位置：首页 &gt; 信息公开 &gt; 部门年报 &gt; {escape(heading)}</div>'
            f'<div class="mz-art"><h1>{escape(title)}</h1><div class="mz-meta">来源：{escape(org)}　发布日期：{date}'
            f'</div><div class="mz-con">{content}</div><div class="mz-ewm"><img src="/images/ewm.png" alt="">'
            "扫一扫在手机上查看当前页面</div></div>"
        )
        return self.put(host, path, frame(title, inner, site, metas))

    def article(self, host: str, folder: str, doc: ReportDoc, heading: str = "", site: str = "汨州市人民政府") -> str:
        if host == WWW:
            content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                                'align="center" style="border-collapse:collapse">')
        else:
            content = body_html(doc, plain_para, plain_cell, '<table class="t-nb" border="1">')
        url = self.page(host, folder, doc.title, doc.published_date or "", doc.agency_name, content,
                        heading or doc.agency_name, site)
        self.report(SITE, url, doc)
        return url

    def notice(self, host: str, folder: str, title: str, date: str, org: str, site: str = "汨州市人民政府") -> str:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        url = self.page(host, folder, title, date, org, content, org, site)
        self.decoy(SITE, url, title)
        return url

    def file(self, doc: ReportDoc, media: str) -> str:
        ext = {PDF: "pdf", DOCX: "docx", OFD: "ofd"}[media]
        path = f"{HUB}files/{doc.year}{self.rng.randint(10**9, 10**10 - 1)}.{ext}"
        if media == PDF:
            url = self.put_pdf(WWW, path, doc)
        elif media == DOCX:
            url = self.put(WWW, path, render_docx(doc), DOCX)
        else:
            url = self.put(WWW, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        self.report(SITE, url, doc, media_type=media)
        return url

    def unit_page(self, code: str, short: str, full: str, links: list[tuple[str, str]], section: str = "bm") -> None:
        items = "".join(f'<li><a href="{u.removeprefix(f"http://{WWW}")}" target="_blank">{escape(t)}</a></li>'
                        for u, t in links)
        inner = (
            f'<div class="mz-crumb">当前位置：首页 &gt; 信息公开 &gt; <a href="{HUB}index.html">部门年报</a> &gt; '
            f'{escape(short)}</div><div class="unit-box"><h2>{escape(full)}政府信息公开工作年度报告</h2>'
            f'<ul class="unit-years">{items}</ul></div>'
        )
        self.put(WWW, f"{HUB}{code}.html", frame(f"{full}年度报告", inner))
        self.units.append((section, short, code, f"{code}.html"))

    def gaj_list(self, rng: random.Random) -> None:
        site = "汨州市公安局"
        rows = []
        for year, date, title in ((2022, "2023-01-19", "2022年度政府信息公开工作年度报告"),
                                  (2023, "2024-01-22", "汨州市公安局2023年政府信息公开工作年度报告"),
                                  (2024, "2025-01-20", "市公安局2024年政府信息公开工作年度报告")):
            doc = make_doc(rng, site, year, date, title=title)
            rows.append((self.article(GAJ, GAJ_ROOT, doc, site, site), title, date))
        title = "汨州市公安局2025年部门预算"
        rows.append((self.notice(GAJ, GAJ_ROOT, title, "2025-02-14", site, site), title, "2025-02-14"))
        rows.sort(key=lambda r: r[2], reverse=True)
        chunks = [rows[i : i + GAJ_PER_PAGE] for i in range(0, len(rows), GAJ_PER_PAGE)]
        for n, chunk in enumerate(chunks):
            items = "".join(f'<li><a href="{u}" target="_blank">{escape(t)}</a><span>[{d}]</span></li>'
                            for u, t, d in chunk)

            def to(k: int) -> str:
                return "index.html" if k == 0 else f"index_{k}.html"

            last = len(chunks) - 1
            nav = (f'<a href="{to(0)}">首页</a> <a href="{to(n - 1)}">上一页</a> ' if n > 0 else "") + (
                f'<a href="{to(n + 1)}">下一页</a> <a href="{to(last)}">尾页</a>' if n < last else "")
            inner = (
                '<div class="mz-crumb">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>'
                f'<h2 class="gaj-lm">政府信息公开工作年度报告</h2><ul class="gaj-list">{items}</ul>'
                f'<div class="gaj-page">共{len(rows)}条 第{n + 1}/{len(chunks)}页 {nav}</div>'
            )
            self.put(GAJ, GAJ_ROOT + to(n), frame("年度报告", inner, site))

    def hub_page(self, notice: str) -> str:
        def tiles(section: str) -> str:
            return "".join(f'<a class="tile" href="{h}" target="_blank"><img src="{HUB}images/{c}.png" alt="">'
                           f"<span>{escape(s)}</span></a>" for sec, s, c, h in self.units if sec == section)

        inner = (
            '<div class="mz-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; 部门年报</div'
            '>'
            f'<h2>部门及乡镇（街道）政府信息公开工作年度报告</h2><p class="mz-count">共 {len(self.units)} 个单位</p>'
            f'<h3>市直部门</h3><div class="bm-tiles">{tiles("bm")}</div>'
            f'<h3>乡镇（街道）</h3><div class="bm-tiles">{tiles("xz")}</div>'
            f'<div class="mz-tzgg"><h4>通知公告</h4><ul><li><a href="{notice.removeprefix(f"http://{WWW}")}">关于做好2024年度部门政府信息公开工作'
            "年度报告编制发布工作的函</a></li></ul></div>"
        )
        return frame("部门年报", inner, metas='<meta name="ColumnName" content="部门年报">')


PORTALS = [HubMizhou]
