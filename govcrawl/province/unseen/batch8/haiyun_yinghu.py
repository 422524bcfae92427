"""瑛湖县 (www.yinghu.gov.test): a TRS 海云 county's 乡镇（街道）年报 column whose entries link the
towns' files directly as often as article pages.

``/zwgk/xzjdnb/index.shtml`` pages 1-based (``index_2.shtml`` …; ``index_1.shtml`` is 404) under
``createPageHTML('page_box', 3, 1, 'index', 'shtml', 10)`` (portals.md §1.2).  Entries are
``<li><i class="ico-pdf"></i><a>`` with the date in ``<em>``; a PDF, a .docx and an OFD are linked
straight from the list (``./YYYYMM/P0<stamp>.<ext>``, TRS attachment naming, no article page, the
title only in the link), the other reports are ``./YYYYMM/tYYYYMMDD_<docid>.shtml`` pages with the
body in ``div.TRS_UEDITOR``.  Titles name the town the short way ("青石镇2024年…", "湖东街道2024年度…";
agencies 瑛湖县青石镇人民政府, 瑛湖县湖东街道办事处).  Decoys: a town's 法治政府建设年度报告, a 政务公开
工作要点, the county's 关于…年度报告编制工作的函.
"""

from __future__ import annotations

import dataclasses
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
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.yinghu.gov.test"
SITE = "yinghu-xzjd"
COUNTY = "瑛湖县"
ROOT = "/zwgk/xzjdnb/"
PER_PAGE = 4
ICONS = {PDF: "ico-pdf", DOCX: "ico-doc", OFD: "ico-ofd", "text/html": "ico-txt"}


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="瑛湖县人民政府">'
        f'<meta name="SiteIDCode" content="9841710004">{metas}<title>{escape(title)}_瑛湖县人民政府</title>'
        '<script src="/js/createPageHTML.js"></script></head><body><div class="yh-top"><a href="/">瑛湖县人民政府</a>'
        '<span class="yh-tool"><a href="javascript:;">繁體</a> <a href="javascript:;">无障碍</a></span></div>'
        f'<div class="yh-body">{inner}</div><div class="yh-foot">主办：瑛湖县人民政府办公室　网站标识码：9841710004　'
        '未ICP备18007704号　<span id="_ideConac"></span></div></body></html>'
    )


class HaiyunYinghu(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.docid = 20_731_000
        self.entries: list[tuple[str, str, str, str]] = []  # (href, title, date, media)
        self.file(self.town("瑛湖县青石镇人民政府", 2024, "青石镇2024年政府信息公开工作年度报告"), PDF)
        self.article(self.town("瑛湖县青石镇人民政府", 2023, "青石镇2023年政府信息公开工作年度报告"))
        self.notice("青石镇2024年法治政府建设年度报告", "2025-02-20", "瑛湖县青石镇人民政府")
        self.file(self.town("瑛湖县白沙乡人民政府", 2024, "白沙乡2024年政府信息公开工作年度报告"), DOCX)
        self.notice("白沙乡2025年政务公开工作要点", "2025-03-14", "瑛湖县白沙乡人民政府")
        self.article(self.town("瑛湖县湖东街道办事处", 2024, "湖东街道2024年度政府信息公开工作年度报告"))
        self.file(self.town("瑛湖县湖东街道办事处", 2023, "湖东街道2023年度政府信息公开工作年度报告"), OFD)
        self.article(self.town("瑛湖县桃源镇人民政府", 2024, "桃源镇人民政府2024年政府信息公开工作年度报告"))
        self.article(self.town("瑛湖县桃源镇人民政府", 2022, "桃源镇人民政府2022年政府信息公开工作年度报告"))
        self.notice("关于做好2024年度乡镇政府信息公开工作年度报告编制工作的函", "2024-12-10", "瑛湖县人民政府")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        pages = -(-len(self.entries) // PER_PAGE)
        for index in range(pages):
            part = self.entries[index * PER_PAGE : (index + 1) * PER_PAGE]
            name = "index.shtml" if index == 0 else f"index_{index + 1}.shtml"
            self.put(HOST, ROOT + name, self.list_page(part, index + 1, pages))
        self.put(HOST, "/js/createPageHTML.js", PAGE_JS, "application/javascript")

    def town(self, agency: str, year: int, title: str) -> ReportDoc:
        doc = make_doc(self.rng, agency, year, f"{year + 1}-01-{self.rng.randint(10, 31)}", title=title)
        return dataclasses.replace(doc, agency_name=agency)

    def stamp_path(self, date: str) -> tuple[str, str]:
        self.docid += self.rng.randint(100, 5000)
        ym = date[:7].replace("-", "")
        return ym, f"t{date.replace('-', '')}_{self.docid}.shtml"

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        ym, name = self.stamp_path(date)
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 15:40">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            f'<div class="yh-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="{ROOT}index.shtml">乡镇（街道）年报</a></div><div class="yh-art"><h1>{escape(title)}</h1>'
            f'<div class="yh-info">时间：{date}　来源：{escape(source)}</div>'
            f'<div class="TRS_UEDITOR TRS_WEB">{content}</div></div>'
        )
        self.entries.append((f"./{ym}/{name}", title, date, "text/html"))
        return self.put(HOST, f"{ROOT}{ym}/{name}", frame(title, inner, metas))

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" style="width:100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", doc.agency_name, content), doc)

    def file(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ym = date[:7].replace("-", "")
        ext = {PDF: "pdf", DOCX: "docx", OFD: "ofd"}[media]
        path = f"{ROOT}{ym}/P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        if media == PDF:
            url = self.put_pdf(HOST, path, doc)
        elif media == OFD:
            url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        else:
            url = self.put(HOST, path, render_docx(doc), DOCX)
        self.entries.append((f"./{path[len(ROOT) :]}", doc.title, date, media))
        self.report(SITE, url, doc, media_type=media)

    def notice(self, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, source, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, source, content), title)

    def list_page(self, part: list[tuple[str, str, str, str]], page: int, pages: int) -> str:
        items = "".join(
            f'<li><i class="{ICONS[m]}"></i><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
            f"<em>{d}</em></li>"
            for h, t, d, m in part
        )
        inner = (
            '<div class="yh-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 乡镇（街道）年报</div>'
            f'<div class="yh-list"><ul>{items}</ul></div><div id="page_box" class="yh-page"></div>'
            f"<script>createPageHTML('page_box', {pages}, {page}, 'index', 'shtml', {len(self.entries)});</script>"
        )
        return frame("乡镇（街道）年报", inner, '<meta name="ColumnName" content="乡镇（街道）年报">')


PAGE_JS = """function createPageHTML(div, pages, cur, name, ext, total) {
  var el = document.getElementById(div), h = '<span>共' + total + '条 ' + cur + '/' + pages + '页</span>';
  function u(n) { return n === 1 ? name + '.' + ext : name + '_' + n + '.' + ext; }
  if (cur > 1) h += '<a href="' + u(1) + '">首页</a><a href="' + u(cur - 1) + '">上页</a>';
  if (cur < pages) h += '<a href="' + u(cur + 1) + '">下页</a><a href="' + u(pages) + '">尾页</a>';
  el.innerHTML = h;
}
"""

PORTALS = [HaiyunYinghu]
