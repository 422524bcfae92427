"""澧阳市 (www.liyang.gov.test): a TRS 海云 city with ``*_list.shtml`` columns and channel-id
articles, and its 部门年报 page: a flat table, one row per report, with a 报告类别 column.

The 年报 column ``/zwgk/zfxxgknb/gknb_list.shtml`` is the Suzhou-area "TRS 系" shape (portals.md
§1.2: ``xxx_list.shtml`` / ``xxx_list_N.shtml``): page *n* ≥ 2 is ``gknb_list_<n>.shtml`` (1-based,
``gknb_list_1.shtml`` is 404), declared by ``createPageHTML("pagination", 3, 1, "gknb_list", "shtml", 7)``
with double quotes.  Entries are ``<div class="news-item">`` blocks: the link in an ``<h4>``, the
date after it written with dots ("2025.01.22").  Articles are channel-style
``/zwgk/c105561/c<docid>/content.html`` (``.html``, chinatax-like) carrying TRS's extra metas, the
body in ``div.TRS_Editor`` inside ``div.article-con``; the 2024 city report is a stub whose .docx is
in a 附件 table (``table.fj-table``) after the body.  The forestry bureau titles its report
"市林业局…" (agency 澧阳市林业局, named in ContentSource).  Decoys: 政府网站工作年度报表, 图解.

``/zwgk/bmnb/index.shtml`` (a separate registry entry, family ``hub``) is a table 序号 | 单位 |
报告类别 | 年度 | 操作 of two pages (``index.shtml``, ``index_2.shtml``, "共6条 第1/2页"): units named the
short way (市教育局 — the agency is 澧阳市教育局), the link text only "查看".  Rows link a report page on
the unit's sub-host (``jyj.``, whose pages title the report "2024年度政府信息公开工作年度报告" — the
unit is named by the sub-site's header and SiteName), a PDF on ``rsj.`` directly, a page on the
city host, and the statistics bureau's own 年报 list on ``tjj.`` (类别 "年报专栏", 操作 "进入").  The
人社局's 法治政府建设年度报告 is a row of its own (类别 法治政府建设年度报告); the 统计局's list also
holds its 统计年报.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

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

HOST = "www.liyang.gov.test"
SITE = "liyang-gov"
HUB_SITE = "liyang-bmnb"
CITY = "澧阳市"
OWNER = "澧阳市人民政府"
ROOT = "/zwgk/zfxxgknb/"
CHANNEL = "/zwgk/c105561/"
PER_PAGE = 3
HUB_PER_PAGE = 5
UNIT_HOSTS = {
    "jyj.liyang.gov.test": "澧阳市教育局",
    "rsj.liyang.gov.test": "澧阳市人力资源和社会保障局",
    "tjj.liyang.gov.test": "澧阳市统计局",
}


def frame(site: str, title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="{site}">'
        f'{metas}<title>{escape(title)}_{site}</title><script src="/common/js/pages.js"></script></head><body>'
        f'<header class="ly-header"><div class="ly-logo">{site}</div><div class="ly-tools">'
        '<a href="javascript:void(0)" onclick="s2tt()">繁體</a> <a href="javascript:void(0)" '
        'id="cniil_wza">无障碍</a> <a href="javascript:void(0)">关怀版</a></div></header>'
        f'<main class="ly-main">{inner}</main>'
        f'<footer class="ly-footer"><p>主办单位：{site}　网站标识码：9826000004</p>'
        '<p><a href="http://beian.miit.gov.cn/">未ICP备11002745号-1</a>　未公网安备 98260002000417号</p>'
        "<script id=\"_jiucuo_\" sitecode='9826000004' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'>"
        "</script></footer></body></html>"
    )


def editor(doc: ReportDoc) -> str:
    return (
        '<div class="TRS_Editor">'
        + body_html(
            doc,
            plain_para,
            plain_cell,
            '<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse" width="100%">',
        )
        + "</div>"
    )


class HaiyunLiyang(UnseenPortal):
    hosts = (HOST, *UNIT_HOSTS)
    site_ids = (SITE, HUB_SITE)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 5_218_300
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2021, "2022-01-25"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-31"))
        self.notice("《澧阳市2023年政府信息公开工作年度报告》图解", "2024-02-02")
        self.article(
            make_doc(rng, "澧阳市林业局", 2024, "2025-01-21", title="市林业局2024年度政府信息公开工作年度报告")
        )
        self.notice("澧阳市人民政府门户网站2024年政府网站工作年度报表", "2025-01-15")
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for index, chunk in enumerate(chunks):
            name = "gknb_list.shtml" if index == 0 else f"gknb_list_{index + 1}.shtml"
            self.put(HOST, ROOT + name, self.list_page(chunk, index, len(chunks), len(self.entries)))
        self.put(HOST, "/common/js/pages.js", PAGES_JS, "application/javascript")
        self.hub()

    # -- the city's column -------------------------------------------------------------------
    def page_of(self, title: str, date: str, body: str, source: str) -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 11:08">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="contentid" content="{self.docid}">'
            '<meta name="catalogs" content="105561"><meta name="publishedtype" content="1">'
        )
        inner = (
            f'<div class="ly-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="{ROOT}gknb_list.shtml">政府信息公开年报</a></div><div class="article-con">'
            f'<h2 class="article-title">{escape(title)}</h2><div class="article-attr"><span>发布日期：{date}'
            f"</span><span>来源：{escape(source)}</span><span>字号：<a>大</a> <a>中</a> <a>小</a></span></div>"
            f'{body}<div class="article-share">分享到：<span id="share-1"></span></div></div>'
        )
        return frame(OWNER, title, inner, metas)

    def publish(self, title: str, date: str, body: str, source: str) -> str:
        self.docid += self.rng.randint(50, 4000)
        path = f"{CHANNEL}c{self.docid}/content.html"
        self.entries.append((path, title, date))
        return self.put(HOST, path, self.page_of(title, date, body, source))

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.publish(doc.title, doc.published_date or "", editor(doc), doc.agency_name), doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.docx"
        file_url = self.put(HOST, f"{CHANNEL}{date[:7].replace('-', '')}/{name}", render_docx(doc), DOCX)
        body = (
            '<div class="TRS_Editor"><p>　　根据《中华人民共和国政府信息公开条例》，'
            '现公布本年度报告全文（见附件）。</p></div>'
            '<table class="fj-table"><tr><td width="70">附件1：</td>'
            f'<td><a href="{file_url}" target="_blank">{escape(doc.title)}.docx</a></td></tr></table>'
        )
        url = self.publish(doc.title, date, body, "市政府办公室")
        self.report(SITE, url, doc, media_type=DOCX, report_url=file_url)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        body = (
            '<div class="TRS_Editor">'
            + "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
            + "</div>"
        )
        self.decoy(SITE, self.publish(title, date, body, "市政府办公室"), title)

    def list_page(self, chunk: list[tuple[str, str, str]], index: int, count: int, total: int) -> str:
        items = "".join(
            f'<div class="news-item"><h4><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}'
            f'</a></h4><span class="news-date">{d.replace("-", ".")}</span></div>'
            for h, t, d in chunk
        )
        inner = (
            '<div class="ly-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</div>'
            f'<div class="ly-col"><div class="col-title">政府信息公开年报</div><div class="news-list">{items}</div>'
            '<div id="pagination" class="pagination"></div><script type="text/javascript">'
            f'createPageHTML("pagination", {count}, {index + 1}, "gknb_list", "shtml", {total});</script></div>'
        )
        return frame(OWNER, "政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    # -- the 部门年报 page -------------------------------------------------------------------------
    def unit_page(self, host: str, agency: str, title: str, date: str, body: str) -> str:
        stamp = f"{date.replace('-', '')}_{self.rng.randint(100000, 999999)}"
        path = f"/xxgk/ndbg/{date[:7].replace('-', '')}/t{stamp}.shtml"
        inner = (
            f'<div class="ly-crumb"><a href="/">{agency}</a> &gt; 信息公开 &gt; 政府信息公开年报</div>'
            f'<div class="article-con"><h2 class="article-title">{escape(title)}</h2>'
            f'<div class="article-attr"><span>发布日期：{date}</span></div>{body}</div>'
        )
        return self.put(
            host, path, frame(agency, title, inner, f'<meta name="ArticleTitle" content="{escape(title)}">')
        )

    def unit_doc(self, agency: str, year: int, title: str) -> ReportDoc:
        doc = make_doc(self.rng, agency, year, f"{year + 1}-01-{self.rng.randint(12, 30)}", title=title)
        return dataclasses.replace(doc, agency_name=agency)

    def hub(self) -> None:
        rows: list[tuple[str, str, str, str, str]] = []  # (unit, 类别, 年度, url, 操作)
        nb = "政府信息公开工作年度报告"
        for year in (2024, 2023):
            doc = self.unit_doc("澧阳市教育局", year, f"{year}年度政府信息公开工作年度报告")
            url = self.unit_page(
                "jyj.liyang.gov.test", "澧阳市教育局", doc.title, doc.published_date or "", editor(doc)
            )
            self.report(HUB_SITE, url, doc)
            rows.append(("市教育局", nb, str(year), url, "查看"))
        doc = self.unit_doc(
            "澧阳市人力资源和社会保障局", 2024, "澧阳市人力资源和社会保障局2024年政府信息公开工作年度报告"
        )
        url = self.put_pdf("rsj.liyang.gov.test", f"/uploadfile/2025/0120/{self.rng.randint(10**9, 10**10)}.pdf", doc)
        self.report(HUB_SITE, url, doc, media_type=PDF)
        rows.append(("市人社局", nb, "2024", url, "查看"))
        title = "澧阳市人力资源和社会保障局2024年法治政府建设年度报告"
        body = "".join(plain_para(p, False) for p in decoy_text(title, "澧阳市人力资源和社会保障局", 2024, self.rng))
        url = self.unit_page("rsj.liyang.gov.test", "澧阳市人力资源和社会保障局", title, "2025-02-10", body)
        self.decoy(HUB_SITE, url, title)
        rows.append(("市人社局", "法治政府建设年度报告", "2024", url, "查看"))
        doc = self.unit_doc("澧阳市司法局", 2024, "澧阳市司法局2024年政府信息公开工作年度报告")
        path = f"/zwgk/bmnb/sfj/{self.rng.randint(10**6, 10**7)}.shtml"
        inner = (
            f'<div class="article-con"><h2 class="article-title">{escape(doc.title)}</h2><div class="article-attr">'
            f"<span>发布日期：{doc.published_date}</span><span>来源：市司法局</span></div>{editor(doc)}</div>"
        )
        url = self.put(HOST, path, frame(OWNER, doc.title, inner))
        self.report(HUB_SITE, url, doc)
        rows.append(("市司法局", nb, "2024", url, "查看"))
        rows.append(("市统计局", "年报专栏", "—", self.statistics_column(), "进入"))
        count = -(-len(rows) // HUB_PER_PAGE)
        for index in range(count):
            part = rows[index * HUB_PER_PAGE : (index + 1) * HUB_PER_PAGE]
            body = "".join(
                f"<tr><td>{index * HUB_PER_PAGE + n + 1}</td><td>{u}</td><td>{k}</td><td>{y}</td>"
                f'<td><a href="{link}" target="_blank">{op}</a></td></tr>'
                for n, (u, k, y, link, op) in enumerate(part)
            )
            links = " ".join(
                f'<a href="{"index.shtml" if p == 0 else f"index_{p + 1}.shtml"}">{p + 1}</a>'
                for p in range(count)
                if p != index
            )
            inner = (
                '<div class="ly-crumb"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门年报</div>'
                '<div class="ly-col"><div class="col-title">市直部门政府信息公开工作年度报告</div>'
                '<table class="bmnb-table" width="100%"><tr><th>序号</th><th>单位</th><th>报告类别</th>'
                f'<th>年度</th><th>操作</th></tr>{body}</table><div class="pagination">共{len(rows)}条 '
                f"第{index + 1}/{count}页 {links}</div></div>"
            )
            name = "index.shtml" if index == 0 else f"index_{index + 1}.shtml"
            self.put(HOST, "/zwgk/bmnb/" + name, frame(OWNER, "部门年报", inner))

    def statistics_column(self) -> str:
        host, agency = "tjj.liyang.gov.test", "澧阳市统计局"
        items = []
        for year in (2024, 2023):
            doc = self.unit_doc(agency, year, f"{year}年度报告")
            url = self.unit_page(host, agency, doc.title, doc.published_date or "", editor(doc))
            self.report(HUB_SITE, url, doc)
            items.append((url, doc.title, doc.published_date or ""))
        title = "澧阳市2024年国民经济和社会发展统计年报"
        body = "".join(plain_para(p, False) for p in decoy_text(title, CITY, 2024, self.rng))
        url = self.unit_page(host, agency, title, "2025-03-18", body)
        self.decoy(HUB_SITE, url, title)
        items.insert(0, (url, title, "2025-03-18"))
        lis = "".join(f'<li><a href="{u}">{escape(t)}</a><span>{d}</span></li>' for u, t, d in items)
        inner = (
            f'<div class="ly-crumb"><a href="/">{agency}</a> &gt; 信息公开 &gt; 年报</div>'
            f'<div class="ly-col"><div class="col-title">{agency} · 年报</div><ul class="list">{lis}</ul></div>'
        )
        return self.put(host, "/xxgk/nb/index.shtml", frame(agency, "年报", inner))


PAGES_JS = """function createPageHTML(divId, pageCount, currPage, prefix, ext, total) {
  var el = document.getElementById(divId);
  if (!el || pageCount <= 1) return;
  function url(n) { return n == 1 ? prefix + "." + ext : prefix + "_" + n + "." + ext; }
  var h = "<span class='total'>共" + total + "条</span>";
  if (currPage > 1) h += "<a href='" + url(1) + "'>首页</a><a href='" + url(currPage - 1) + "'>上一页</a>";
  for (var i = 1; i <= pageCount; i++)
    h += i == currPage ? "<b>" + i + "</b>" : "<a href='" + url(i) + "'>" + i + "</a>";
  if (currPage < pageCount)
    h += "<a href='" + url(currPage + 1) + "'>下一页</a><a href='" + url(pageCount) + "'>尾页</a>";
  el.innerHTML = h;
}
"""

PORTALS = [HaiyunLiyang]
