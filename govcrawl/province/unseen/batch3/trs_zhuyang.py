"""渚阳市 (www.zhuyang.gov.test): a TRS 海云 city with channel-style URLs and a 目录 table list.

The 年报 channel ``/zwgk/c102871/common_zfxxgknb.shtml`` (portals.md §1.2, CSRC-style) lists its
entries as a 信息公开目录 table (索引号 | 名称 | 发布日期), pages with the Hunan-form 6-argument
pager ``createPageHTML('paging',3,1,'common_zfxxgknb','shtml',8)`` (page 2 is ``…_2.shtml``,
``…_1.shtml`` is 404).  Articles ``/zwgk/c102871/c<id>/content.shtml`` carry TRS's extra metas and
a ``div.TRS_UEDITOR`` body.  The 2024 report is only a PDF shown in a pdf.js ``<iframe>`` viewer
(``/pdfjs/web/viewer.html?file=…P0….pdf``), with no download link; the statistics bureau's report
is titled "市统计局…" (the agency is 渚阳市统计局, named in the page's ContentSource); the 2021
title prints the year between spaces.  Decoys: 解读, 工作要点, 公告.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import quote

from govcrawl.province.unseen.kit import UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.model import ReportDoc

HOST = "www.zhuyang.gov.test"
SITE = "zhuyang-gov"
OWNER = "渚阳市人民政府"
CHANNEL = "/zwgk/c102871/"
PER_PAGE = 3


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="渚阳市人民政府">{metas}<title>{escape(title)}</title>'
        '<link rel="stylesheet" href="/images/common.css"></head><body>'
        '<div class="top"><div class="w1200"><span class="fl">欢迎访问渚阳市人民政府门户网站</span>'
        '<span class="fr"><a href="javascript:;" class="wza">无障碍</a> | <a href="javascript:;" '
        'onclick="headTool.switchOld()">适老模式</a> | <a href="/">简体</a> | <a href="javascript:;">繁體</a></span>'
        '</div></div><div class="banner"><img src="/images/banner.jpg" alt=""></div>'
        f'<div class="w1200 main">{inner}</div>'
        '<div class="footer"><p>主办单位：渚阳市人民政府办公室 地址：渚阳市行政中心A座 邮编：981500</p>'
        '<p>网站标识码：9815000002 未ICP备05012345号 未公网安备 98150002000123号</p><p>本站已支持IPv6访问</p>'
        '<span id="_ideConac"></span></div></body></html>'
    )


class TrsZhuyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.contentid = 7_411_800
        self.rows: list[tuple[str, str, str, str]] = []  # (href, title, date, 索引号)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28", title="渚阳市 2021 年政府信息公开工作年度报告"),
                     "渚阳市人民政府办公室")
        self.article(make_doc(rng, OWNER, 2022, "2023-01-30"), "渚阳市人民政府办公室")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29", title="渚阳市2023年政府信息公开工作年度报告"),
                     "渚阳市人民政府办公室")
        self.viewer(make_doc(rng, OWNER, 2024, "2025-01-22", title="渚阳市2024年政府信息公开工作年度报告"))
        doc = make_doc(rng, "渚阳市统计局", 2024, "2025-01-17", title="市统计局2024年政府信息公开工作年度报告")
        self.article(doc, "渚阳市统计局")
        for title, date in (("《渚阳市2024年政府信息公开工作年度报告》解读", "2025-01-23"),
                            ("渚阳市2025年政务公开工作要点", "2025-04-08"),
                            ("渚阳市人民政府办公室关于2024年度政府信息公开工作年度报告发布的公告", "2025-01-22")):
            self.notice(title, date)
        self.rows.sort(key=lambda r: r[2], reverse=True)
        chunks = [self.rows[i: i + PER_PAGE] for i in range(0, len(self.rows), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            name = "common_zfxxgknb.shtml" if n == 1 else f"common_zfxxgknb_{n}.shtml"
            self.put(HOST, CHANNEL + name, self.list_page(chunk, n, len(chunks)))
        self.put(HOST, "/pdfjs/web/viewer.html",
                 '<!DOCTYPE html><html><head><meta charset="utf-8"><title>PDF.js viewer</title>'
                 '<script src="pdf.js"></script><script src="viewer.js"></script></head><body>'
                 '<div id="outerContainer"><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div>'
                 "</div></div></body></html>")

    def next_path(self) -> tuple[str, str]:
        self.contentid += self.rng.randint(100, 30000)
        path = f"{CHANNEL}c{self.contentid}/content.shtml"
        return path, f"981500-{self.contentid // 1000}/{self.rng.randint(10, 99)}-{self.contentid % 1000:04d}"

    def page_of(self, title: str, date: str, content: str, source: str, index: str) -> str:
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:20:31">'
                 f'<meta name="ContentSource" content="{escape(source)}"><meta name="contentid" '
                 f'content="{self.contentid}"><meta name="catalogs" content="102871"><meta name="publishdate" '
                 f'content="{date}"><meta name="pagetype" content="1">')
        inner = (
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; '
            f'<a href="{CHANNEL}common_zfxxgknb.shtml">政府信息公开年报</a></div>'
            '<table class="xxgk-info"><tr><th>索 引 号：</th><td>' + index + '</td>'
            '<th>主题分类：</th><td>其他</td></tr>'
            f'<tr><th>发布机构：</th><td>{escape(source)}</td><th>发文日期：</th><td>{date}</td></tr>'
            f'<tr><th>名　　称：</th><td colspan="3">{escape(title)}</td></tr></table>'
            f'<div class="detail-news"><h1>{escape(title)}</h1><div id="ContentRegion">'
            f'<div class="TRS_UEDITOR trs_paper_default trs_word">{content}</div></div></div>'
            '<div class="share">分享到：<script>$("#share-1").share({sites:["wechat","weibo","qq"]});</script></div>'
        )
        return frame(title, inner, metas)

    def article(self, doc: ReportDoc, source: str) -> None:
        date = doc.published_date or ""
        path, index = self.next_path()
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                            'align="center" style="width:100%">')
        url = self.put(HOST, path, self.page_of(doc.title, date, content, source, index))
        self.rows.append((path, doc.title, date, index))
        self.report(SITE, url, doc)

    def viewer(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path, index = self.next_path()
        pdf = f"{path.rsplit('/', 1)[0]}/P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.pdf"
        pdf_url = self.put_pdf(HOST, pdf, doc)
        content = (f'<p style="text-align:center"><iframe src="/pdfjs/web/viewer.html?file={quote(pdf, safe="")}" '
                   'width="100%" height="900" frameborder="0"></iframe></p>')
        url = self.put(HOST, path, self.page_of(doc.title, date, content, "渚阳市人民政府办公室", index))
        self.rows.append((path, doc.title, date, index))
        self.report(SITE, url, doc, media_type="application/pdf", report_url=pdf_url)

    def notice(self, title: str, date: str) -> None:
        path, index = self.next_path()
        content = "".join(f"<p>{escape(p)}</p>" for p in decoy_text(title, "渚阳市", int(date[:4]) - 1, self.rng))
        url = self.put(HOST, path, self.page_of(title, date, content, "渚阳市人民政府办公室", index))
        self.rows.append((path, title, date, index))
        self.decoy(SITE, url, title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], page: int, pages: int) -> str:
        rows = "".join(f'<tr><td class="syh">{i}</td><td class="mc"><a href="{p}" target="_blank" '
                       f'title="{escape(t)}">{escape(t)}</a></td><td class="rq">{d}</td></tr>'
                       for p, t, d, i in chunk)
        inner = (
            '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; '
            '政府信息公开年报</div>'
            '<div class="gkml-list"><table width="100%"><thead><tr><th>索引号</th><th>名称</th><th>发布日期</th></tr>'
            f'</thead><tbody>{rows}</tbody></table>'
            f"<div id=\"paging\"></div><script>createPageHTML('paging',{pages},{page},'common_zfxxgknb','shtml',"
            f"{len(self.rows)});</script></div>"
        )
        return frame("政府信息公开年报_渚阳市人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">'
                     '<meta name="ColumnType" content="政府信息公开年报">')


PORTALS = [TrsZhuyang]
