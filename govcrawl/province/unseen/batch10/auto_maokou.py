"""泖口县 (www.maokou.gov.test): a SiteServer-CMS county registered with ``cms: auto`` and only its
home page; the 年报 channel is two clicks away and pages as ``/channels/<id>_N.html``.

The home page's nav links 信息公开 to ``/channels/1024.html``, a channel index of sub-channel boxes
(指南, 制度, 法定主动公开内容, 年报 …) whose 政府信息公开年报 box links ``/channels/1031.html``.  That
channel lists entries as Bootstrap ``<li class="list-group-item">`` rows with the date first in a
``<span class="badge">`` and the link's full title only in ``title=`` (the text is cut at 17
characters with "…").  The pager is SiteServer's ``stl:pageItems`` output: 首页 | 上一页 | 下一页 | 末页
links to ``/channels/1031_2.html`` … and "第 1 页 / 共 3 页" — no record count.  Articles
``/contents/1031/<id>.html`` put the body in ``div.article-content``, with a "作者/来源/发布时间/点击"
line (the click count by ``/api/stl/actions/count``-style script).  The 2023 county report is a stub
with its PDF under ``/upload/files/2024/1/``.  Titles: "《泖口县2021年政府信息公开工作年度报告》" (in
书名号), "县文旅局2023年…" (泖口县文化和旅游局), 泖河镇, a 审计局 report titled with its full name.
Decoys: a 公告 that the report is published, 工作要点, 统计公报.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.maokou.gov.test"
SITE = "maokou-gov"
OWNER = "泖口县人民政府"
CHANNEL = 1031
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="generator" content="SiteServer CMS">'
        f'<meta name="SiteName" content="泖口县人民政府">{metas}<title>{escape(title)} - 泖口县人民政府</title>'
        '<link rel="stylesheet" href="/sitefiles/assets/bootstrap/css/bootstrap.min.css"></head><body>'
        '<div class="container"><div class="mk-top clearfix"><span class="pull-left">泖口县人民政府欢迎您！</span>'
        '<span class="pull-right"><a href="javascript:;" id="wza">无障碍</a> | <a href="/sitemap.html">网站地图</a> | '
        '<a href="javascript:;">设为首页</a></span></div><div class="mk-logo"><img src="/upload/images/logo.png" '
        'alt="泖口县人民政府"></div><ul class="nav nav-pills mk-nav"><li><a href="/">首页</a></li><li>'
        '<a href="/channels/1010.html">泖口要闻</a></li><li><a href="/channels/1024.html">信息公开</a></li>'
        f'<li><a href="/channels/1050.html">政务服务</a></li></ul>{inner}<div class="mk-foot">'
        "<p>主办：泖口县人民政府办公室　地址：泖口县泖河大道18号　联系电话：0000-6612345</p>"
        "<p>网站标识码：9844610013　未ICP备17002208号-1　未公网安备 98446102000045号</p>"
        '<p><img src="/upload/images/dzjg.png" alt="党政机关"> <a href="/jiucuo/">政府网站找错</a></p></div>'
        "</div></body></html>"
    )


class AutoMaokou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.cid = 4_770
        self.entries: list[tuple[int, str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26", title="《泖口县2021年政府信息公开工作年度报告》"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-28"))
        self.notice("泖口县2023年政务公开工作要点", "2023-04-20", "县政府办公室")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-31"))
        self.article(
            make_doc(rng, "泖口县文化和旅游局", 2023, "2024-01-24", title="县文旅局2023年政府信息公开工作年度报告"),
            "泖口县文化和旅游局",
        )
        self.notice("泖口县2023年国民经济和社会发展统计公报", "2024-03-22", "县统计局")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.notice("关于泖口县2024年政府信息公开工作年度报告发布的公告", "2025-01-27", "县政府办公室")
        self.article(make_doc(rng, "泖口县审计局", 2024, "2025-01-23"), "泖口县审计局")
        self.article(
            make_doc(rng, "泖口县泖河镇人民政府", 2024, "2025-01-17", title="泖河镇2024年政府信息公开工作年度报告"),
            "泖河镇人民政府",
        )
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            name = f"/channels/{CHANNEL}.html" if n == 1 else f"/channels/{CHANNEL}_{n}.html"
            self.put(HOST, name, self.list_page(chunk, n, len(chunks)))
        self.put(HOST, "/", self.home())
        self.put(HOST, "/channels/1024.html", self.xxgk())

    def home(self) -> str:
        inner = (
            '<div class="row"><div class="col-md-8"><h3>泖口要闻</h3><ul><li><a href="/contents/1010/4711.html">'
            '县委常委会召开扩大会议</a></li><li><a href="/contents/1010/4702.html">泖口县召开项目建设推进会</a></li>'
            '</ul></div><div class="col-md-4"><h3>信息公开</h3><ul><li><a href="/channels/1024.html">政府信息公开'
            '</a></li><li><a href="/channels/1027.html">政策文件</a></li></ul></div></div>'
        )
        return frame("首页", inner)

    def xxgk(self) -> str:
        boxes = "".join(
            '<div class="col-md-4"><div class="panel panel-default">'
            f'<div class="panel-heading"><a href="/channels/{c}.html">'
            f"{n}</a></div></div></div>"
            for c, n in (
                (1025, "政府信息公开指南"),
                (1026, "政府信息公开制度"),
                (1027, "法定主动公开内容"),
                (CHANNEL, "政府信息公开年报"),
                (1032, "依申请公开"),
            )
        )
        return frame(
            "信息公开",
            f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li>信息公开</li></ol><div class="row">{boxes}</div>',
        )

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.cid += self.rng.randint(5, 90)
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:00">'
            f'<meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/channels/1024.html">信息公开</a></li>'
            f'<li><a href="/channels/{CHANNEL}.html">政府信息公开年报</a></li></ol><div class="mk-article">'
            f'<h2 class="text-center">{escape(title)}</h2><p cl'
            f'ass="text-center mk-info">作者：　来源：{escape(source)}　'
            f'发布时间：{date}　点击：<span id="hits_{self.cid}"></span'
            f'></p><div class="article-content">{content}</div>'
            '<p class="mk-qr">扫一扫在手机打开当前页</p></div>'
            f'<script src="/api/stl/actions/count?contentId={self.cid}&channelId={CHANNEL}"></script>'
        )
        url = self.put(HOST, f"/contents/{CHANNEL}/{self.cid}.html", frame(title, inner, metas))
        self.entries.append((self.cid, title, date))
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办公室") -> None:
        content = body_html(doc, plain_para, plain_cell, '<table class="table table-bordered">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/upload/files/{date[:4]}/{int(date[5:7])}/{self.rng.randint(10**15, 10**16 - 1)}.pdf"
        file_url = self.put_pdf(HOST, path, doc)
        content = (
            f"<p>　　《{escape(doc.title)}》已编制完成，现予发布。</p>"
            f'<p>附件：<a href="{path}" target="_blank">{escape(doc.title)}.pdf</a></p>'
        )
        url = self.page_of(doc.title, date, "县政府办公室", content)
        self.report(SITE, url, doc, media_type=PDF, report_url=file_url)

    def notice(self, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, source, content), title)

    def list_page(self, chunk: list[tuple[int, str, str]], n: int, pages: int) -> str:
        def short(t: str) -> str:
            return t if len(t) <= 17 else t[:17] + "…"

        def url(p: int) -> str:
            return f"/channels/{CHANNEL}.html" if p == 1 else f"/channels/{CHANNEL}_{p}.html"

        rows = "".join(
            f'<li class="list-group-item"><span class="badge">{d}</span><a href="/contents/{CHANNEL}/{c}.html" '
            f'target="_blank" title="{escape(t)}">{escape(short(t))}</a></li>'
            for c, t, d in chunk
        )
        items = [
            f'<a href="{url(1)}">首页</a>' if n > 1 else "<span>首页</span>",
            f'<a href="{url(n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>",
            f'<a href="{url(n + 1)}">下一页</a>' if n < pages else "<span>下一页</span>",
            f'<a href="{url(pages)}">末页</a>' if n < pages else "<span>末页</span>",
        ]
        inner = (
            f'<ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/channels/1024.html">信息公开</a></li>'
            '<li class="active">政府信息公开年报</li></ol><div class="r'
            'ow"><div class="col-md-3"><div class="list-group">'
            '<a class="list-group-item" href="/channels/1025.ht'
            'ml">政府信息公开指南</a><a class="list-group-item active" '
            f'href="/channels/{CHANNEL}.html">政府信息公开年报</a></div></div><div class="col-md-9">'
            f'<ul class="list-group">{rows}</ul><div class="mk-pager">{" | ".join(items)}&nbsp;&nbsp;'
            f"第 {n} 页 / 共 {pages} 页</div></div></div>"
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [AutoMaokou]
