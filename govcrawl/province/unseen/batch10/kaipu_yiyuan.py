"""峄原县 (www.yiyuan.gov.test → gk.yiyuan.gov.test): a 开普云 集约化 county whose 年报 list is
paged by a jQuery pagination plugin configured with a record count and a page size.

The home host's nav links 政府信息公开 to ``http://gk.yiyuan.gov.test/xxgk/`` (portals.md §7: 信息公开
on another host); the registry gives the 年报 column there, ``/xxgk/nb/index.shtml``.  Entries are
``<div class="kp-li">`` rows: ``<a class="kp-tit">`` (text cut at 20 characters with "...", the full
title in ``title=``), ``<span class="kp-org">`` (发布机构) and ``<span class="kp-time">``.  The pager
is ``$("#kpPager").pagination({totalData: 11, showData: 4, current: 1, …, callback: …})`` whose
callback builds ``index.shtml`` / ``index_1.shtml`` / ``index_2.shtml`` (zero-based; the page count
follows from totalData and showData and is written nowhere).  Articles
``/xxgk/nb/<YYYYMM>/<19-digit id>.shtml`` open with a 索引号 table whose labels are padded with
full-width spaces ("发布机构", "文　　号"), then ``div#UCAP-CONTENT`` (one with an inner
``.trs_editor_view``), then ``div.info_ewm``; the 2022 report's table 三 is cut at a page break into
two tables.  The 2023 report is a stub with its PDF in a ``附件：`` line; the 水利局's 2024 report a
.docx.  Units: "县市场监管局2023年…" (峄原县市场监督管理局, written out in 发布机构), 峄阳镇.  Decoys: 财政
决算, 政府信息公开指南, 统计公报.
"""

from __future__ import annotations

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
    split_point,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

WWW = "www.yiyuan.gov.test"
GK = "gk.yiyuan.gov.test"
SITE = "yiyuan-gov"
OWNER = "峄原县人民政府"
ROOT = "/xxgk/nb/"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="峄原县人民政府">'
        f'<meta name="SiteDomain" content="gk.yiyuan.gov.test"><meta name="SiteIDCode" content="9844410002">{metas}'
        f"<title>{escape(title)}_峄原县人民政府信息公开</title></head><body>"
        '<div class="kp-head"><div class="kp-wza"><a href="javascript:;" onclick="kqNav()">无障碍</a>'
        '<a href="javascript:;">关怀版</a></div><div class="kp-site">峄原县人民政府信息公开</div>'
        '<div class="kp-menu"><a href="http://www.yiyuan.gov.test/">门户首页</a><a href="/xxgk/">信息公开首页</a>'
        '<a href="/xxgk/zn/">公开指南</a><a href="/xxgk/nb/index.shtml">公开年报</a><a href="/xxgk/ysq/">依申请公开</a>'
        f'</div></div><div class="kp-wrap">{inner}</div><div class="kp-foot">主办：峄原县人民政府办公室　'
        '网站标识码：9844410002　未ICP备16001234号-1<br><a href="'
        '/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a>'
        '<script id="_jiucuo_" sitecode="9844410002" src="https://pucha.kaipuyun.test/exposure/jiucuo.js"></script>'
        "</div></body></html>"
    )


class KaipuYiyuan(UnseenPortal):
    hosts = (WWW, GK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.snow = 1_748_201_660_119_204_865
        self.entries: list[tuple[str, str, str, str]] = []
        office = "峄原县人民政府办公室"
        self.article(make_doc(rng, OWNER, 2019, "2020-01-23", version="v2019"), office)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28"), office, inner=True)
        self.article(make_doc(rng, OWNER, 2022, "2023-01-20"), office, split=True)
        self.notice("峄原县2022年度财政决算公开", "2023-08-30", "峄原县财政局")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-30"), office, PDF)
        self.article(
            make_doc(
                rng, "峄原县市场监督管理局", 2023, "2024-01-19", title="县市场监管局2023年政府信息公开工作年度报告"
            ),
            "峄原县市场监督管理局",
        )
        self.notice("峄原县2023年国民经济和社会发展统计公报", "2024-03-26", "峄原县统计局")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-22"), office)
        self.attached(make_doc(rng, "峄原县水利局", 2024, "2025-01-20"), "峄原县水利局", DOCX)
        self.article(
            make_doc(rng, "峄原县峄阳镇人民政府", 2024, "2025-01-16", title="峄阳镇2024年政府信息公开工作年度报告"),
            "峄原县峄阳镇人民政府",
        )
        self.notice("峄原县人民政府信息公开指南（2025年版）", "2025-02-10", office)
        self.entries.sort(key=lambda e: e[3], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for i, chunk in enumerate(chunks):
            self.put(GK, ROOT + ("index.shtml" if i == 0 else f"index_{i}.shtml"), self.list_page(chunk, i + 1))
        self.put(WWW, "/", self.home())
        self.put(
            GK,
            "/xxgk/",
            frame(
                "信息公开",
                '<div class="kp-box"><h3>法定主动公开内容</h3><ul>'
                '<li><a href="/xxgk/zcwj/">政策文件</a></li><li><a href="/xxgk/nb/index.shtml">'
                '政府信息公开年报</a></li><li><a href="/xxgk/czzj/">财政资金</a></li></ul></div>',
            ),
        )

    def home(self) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="峄原县人民政府">'
            '<title>峄原县人民政府</title></head><body><div class="hd"><h1>峄原县人民政府</h1><nav><a href="/">首页</a>'
            '<a href="/xwzx/">新闻中心</a><a href="http://gk.yiyuan.gov.test/xxgk/">政府信息公开</a><a href="/zwfw/">'
            '政务服务</a></nav></div><div class="news"><a href="/xwzx/202501/t20250120_1.html">县长主持召开常务会议'
            '</a></div><div class="ft">网站标识码：9844410002</div></body></html>'
        )

    def page_of(self, title: str, date: str, org: str, content: str, after: str = "") -> str:
        self.snow += self.rng.randint(10**9, 10**12)
        path = f"{ROOT}{date[:7].replace('-', '')}/{self.snow}.shtml"
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 15:30:00">'
            f'<meta name="ContentSource" content="{escape(org)}"><meta name="ColumnName" content="政府信息公开年报">'
        )
        inner = (
            '<div class="kp-pos">当前位置：<a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/nb/index.shtml">'
            f'政府信息公开年报</a></div><table class="kp-meta"><tr><th>索　引　号</th><td>{self.snow % 10**9}</td>'
            f"<th>主题分类</th><td>综合政务</td></tr><tr><th>发布机构</th><td>{escape(org)}</td><th>成文日期</th>"
            f'<td>{date}</td></tr><tr><th>标　　题</th><td colspan="3">{escape(title)}</td></tr><tr><th>文　　号</th>'
            f'<td></td><th>发布日期</th><td>{date}</td></tr></table><div class="kp-art"><h2>{escape(title)}</h2>'
            f'<div id="UCAP-CONTENT">{content}</div>{after}<div class="info_ewm"><div id="ewm"></div>'
            "<p>扫一扫在手机打开当前页</p></div></div>"
        )
        url = self.put(GK, path, frame(title, inner, metas))
        self.entries.append((path, title, org, date))
        return url

    def article(self, doc: ReportDoc, org: str, inner: bool = False, split: bool = False) -> None:
        cut = {"t3": split_point(doc, "t3", self.rng)} if split else None
        content = body_html(
            doc,
            plain_para,
            plain_cell,
            '<table border="1" cellspacing="0" width="100%">',
            split=cut,
            page_break='<p style="page-break-after:always"></p>',
        )
        if inner:
            content = f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default">{content}</div>'
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", org, content), doc)

    def attached(self, doc: ReportDoc, org: str, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "docx"
        path = f"/xxgk/uploadfiles/{date[:4]}/{date[5:7]}/{self.rng.randint(10**15, 10**16 - 1)}.{ext}"
        file_url = self.put_pdf(GK, path, doc) if media == PDF else self.put(GK, path, render_docx(doc), DOCX)
        content = f"<p>{escape(doc.title)}全文请见附件。</p>"
        after = f'<p class="fj">附件：<a href="{path}">{escape(doc.title)}.{ext}</a></p>'
        self.report(
            SITE, self.page_of(doc.title, date, org, content, after), doc, media_type=media, report_url=file_url
        )

    def notice(self, title: str, date: str, org: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, org, content), title)

    def list_page(self, chunk: list[tuple[str, str, str, str]], current: int) -> str:
        def short(t: str) -> str:
            return t if len(t) <= 20 else t[:20] + "..."

        rows = "".join(
            f'<div class="kp-li"><a class="kp-tit" href="{p}" targe'
            f't="_blank" title="{escape(t)}">{escape(short(t))}</a>'
            f'<span class="kp-org">{escape(o)}</span><span class="kp-time">{d}</span></div>'
            for p, t, o, d in chunk
        )
        inner = (
            '<div class="kp-pos">当前位置：<a href="/xxgk/">信息公开</a> &gt; 政府信息公开年报</div>'
            '<div class="kp-list"><div class="kp-lhd"><span>标题</'
            f"span><span>发布机构</span><span>发布日期</span></div>{rows}"
            '</div><div id="kpPager" class="m-style"></div><script src="/xxgk/js/jquery.pagination.js"></script>'
            f'<script>$("#kpPager").pagination({{ totalData: {len(self.entries)}, showData: {PER_PAGE}, '
            f"current: {current}, coping: true, homePage: '首页', endPage: '末页', prevContent: '上页', "
            "nextContent: '下页', callback: function (api) { var n = api.getCurrent(); "
            "location.href = n == 1 ? 'index.shtml' : 'index_' + (n - 1) + '.shtml'; } });</script>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [KaipuYiyuan]
