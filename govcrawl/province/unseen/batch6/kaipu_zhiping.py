"""芷坪县 (www.zhiping.gov.test): a Shaanxi-style 开普云 集约化 county whose 年报 column is a page of
sub-column boxes (县政府 / 部门 / 镇办), each sub-column a numbered list.

``/zfxxgk/zfxxgknb/`` (``index.html``) lists no column of its own: three boxes, 县政府年报, 部门年报 and
镇办年报, each showing its newest 3 entries and a "更多&gt;&gt;" link to the sub-column ``xzf/1.html``,
``bm/1.html``, ``zb/1.html`` (portals.md §0.3 and §2.4: 年报 split by level, 吴起-style).  Sub-column
pages are numbered from ``1.html`` (portals.md §1.7, Shaanxi 集约化) under a pager "共5条 首页 上一页 1 2
下一页 尾页".  Articles are snowflake-id pages ``/zfxxgk/zfxxgknb/<sub>/<19 digits>.html`` with the
开普云 meta block (CMSPRO output), a 索引号 table whose labels are padded with ``&nbsp;``
(``索&nbsp;&nbsp;引&nbsp;&nbsp;号``), the body in ``div#UCAP-CONTENT`` and ``div.info_ewm`` after it.
The education bureau's report is an OFD and the finance bureau's 2023 report a .docx, both in a
``div.fujian`` block after ``#UCAP-CONTENT``.  Titles: "…年报", "…年度政府信息公开工作报告", a street
office "城关街道办事处2024年…" (agency 芷坪县城关街道办事处) and a town "马坊镇人民政府2024年…" (agency
芷坪县马坊镇人民政府).  Decoys: 工作要点, 部门决算, 法治政府建设年度报告.
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

HOST = "www.zhiping.gov.test"
SITE = "zhiping-gov"
COUNTY = "芷坪县"
OWNER = "芷坪县人民政府"
ROOT = "/zfxxgk/zfxxgknb/"
PER_PAGE = 3
SUBS = {"xzf": "县政府年报", "bm": "部门年报", "zb": "镇办年报"}
PAD = "&nbsp;&nbsp;"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="芷坪县人民政府">'
        '<meta name="SiteDomain" content="www.zhiping.gov.test"><meta name="SiteIDCode" content="9825310009">'
        f"{metas}<title>{escape(title)}-芷坪县人民政府</title></head><body>"
        '<div class="zp-head"><div class="zp-bar"><a href="javascript:;" onclick="kqNav()">无障碍</a> '
        '<a href="javascript:;" class="oldman">长者模式</a> <a href="/m/">手机版</a></div>'
        '<div class="zp-nav"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/zfxxgk/">政府信息公开</a>'
        '<a href="/bsfw/">办事服务</a></div></div>'
        f'<div class="zp-body">{inner}</div>'
        '<div class="zp-foot">主办：芷坪县人民政府办公室　网站标识码：9825310009　<a href="http://beian.miit.gov.cn/">'
        '未ICP备14000128号-2</a><br><script id="_jiucuo_" sitecode="9825310009" '
        'src="http://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuZhiping(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.lists: dict[str, list[tuple[str, str, str]]] = {sub: [] for sub in SUBS}
        self.article("xzf", make_doc(rng, OWNER, 2023, "2024-01-29"))
        self.notice("xzf", "芷坪县2025年政务公开工作要点", "2025-03-20", OWNER)
        self.article("xzf", make_doc(rng, OWNER, 2024, "2025-01-26"))
        self.article(
            "bm",
            make_doc(
                rng, "芷坪县发展和改革局", 2024, "2025-01-17", title="芷坪县发展和改革局2024年度政府信息公开工作报告"
            ),
        )
        self.attached(
            "bm", make_doc(rng, "芷坪县教育局", 2024, "2025-01-20", title="芷坪县教育局2024年政府信息公开年报"), "ofd"
        )
        self.article("bm", make_doc(rng, "芷坪县财政局", 2024, "2025-01-22"))
        self.attached("bm", make_doc(rng, "芷坪县财政局", 2023, "2024-01-25"), "docx")
        self.notice("bm", "芷坪县财政局2024年部门决算", "2025-07-30", "芷坪县财政局")
        self.article(
            "zb",
            make_doc(
                rng, "芷坪县城关街道办事处", 2024, "2025-01-15", title="城关街道办事处2024年政府信息公开工作年度报告"
            ),
        )
        self.article(
            "zb",
            make_doc(
                rng, "芷坪县马坊镇人民政府", 2024, "2025-01-24", title="马坊镇人民政府2024年政府信息公开工作年度报告"
            ),
        )
        self.notice("zb", "马坊镇2024年法治政府建设年度报告", "2025-02-14", "芷坪县马坊镇人民政府")
        boxes = []
        for sub, name in SUBS.items():
            entries = sorted(self.lists[sub], key=lambda e: e[2], reverse=True)
            self.sub_column(sub, name, entries)
            top = "".join(
                f'<li><a href="{h}" title="{escape(t)}">{escape(t)}</a><span>{d}</span></li>' for h, t, d in entries[:3]
            )
            boxes.append(
                f'<div class="zp-box"><div class="zp-box-t"><b>{name}</b><a class="more" href="{sub}/1.html">'
                f"更多&gt;&gt;</a></div><ul>{top}</ul></div>"
            )
        inner = (
            f'<div class="zp-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">政府信息公开</a> &gt; '
            f'政府信息公开年报</div>{self.menu()}<div class="zp-con">{"".join(boxes)}</div>'
        )
        self.put(
            HOST,
            ROOT + "index.html",
            frame(
                "政府信息公开年报",
                inner,
                '<meta name="ColumnName" content="政府信息公开年报">'
                '<meta name="ColumnType" content="政府信息公开年报">',
            ),
        )

    @staticmethod
    def menu() -> str:
        return (
            '<div class="zp-menu"><a href="/zfxxgk/zfxxgkzn/">政府信息公开指南</a><a href="/zfxxgk/zfxxgkzd/">'
            f'政府信息公开制度</a><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a><a href="{ROOT}">政府信息公开年报</a>'
            + "".join(f'<a class="sub" href="{ROOT}{s}/1.html">{n}</a>' for s, n in SUBS.items())
            + "</div>"
        )

    def page_of(self, sub: str, title: str, date: str, source: str, content: str, after: str = "") -> str:
        snowflake = str(1_753_300_000_000_000_000 + self.rng.randint(10**12, 10**16))
        index = f"{9825310009}/{date[:4]}-{self.rng.randint(1000, 9999)}"
        metas = (
            f'<meta name="ColumnName" content="{SUBS[sub]}"><meta name="ArticleTitle" content="{escape(title)}">'
            f'<meta name="PubDate" content="{date} 09:12:00"><meta name="ContentSource" content="{escape(source)}">'
        )
        inner = (
            f'<div class="zp-pos">当前位置：<a href="/">首页</a> &gt; <a href="{ROOT}">政府信息公开年报</a> &gt; '
            f'<a href="{ROOT}{sub}/1.html">{SUBS[sub]}</a></div><table class="zp-syh">'
            f"<tr><td>索{PAD}引{PAD}号：</td><td>{index}</td><td>主题分类：</td><td>政府信息公开年报</td></tr>"
            f"<tr><td>发布机构：</td><td>{escape(source)}</td><td>成文日期：</td><td>{date}</td></tr>"
            f'<tr><td>名{PAD}{PAD}{PAD}称：</td><td colspan="3">{escape(title)}</td></tr></table>'
            f'<div class="zp-article"><h1>{escape(title)}</h1><div id="UCAP-CONTENT">{content}</div>{after}'
            '<div class="info_ewm"><div class="ewm"></div><p>扫一扫在手机打开当前页</p></div></div>'
        )
        path = f"{ROOT}{sub}/{snowflake}.html"
        url = self.put(HOST, path, frame(title, inner, metas))
        self.lists[sub].append((path, title, date))
        return url

    def article(self, sub: str, doc: ReportDoc) -> None:
        content = body_html(
            doc,
            plain_para,
            plain_cell,
            '<table border="1" cellspacing="0" cellpadding="0" style="width:100%;border-collapse:collapse">',
        )
        self.report(SITE, self.page_of(sub, doc.title, doc.published_date or "", doc.agency_name, content), doc)

    def attached(self, sub: str, doc: ReportDoc, kind: str) -> None:
        date = doc.published_date or ""
        stamp = f"{date.replace('-', '')}{self.rng.randint(10**8, 10**9 - 1)}"
        path = f"/uploadfiles/{date[:4]}/{date[5:7]}/{stamp}.{kind}"
        if kind == "ofd":
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
            media = OFD
        else:
            file_url = self.put(HOST, path, render_docx(doc), DOCX)
            media = DOCX
        after = (
            f'<div class="fujian"><p>附件下载：</p><p><a href="{path}" target="_blank">{escape(doc.title)}.{kind}'
            "</a></p></div>"
        )
        url = self.page_of(sub, doc.title, date, doc.agency_name, "<p>　　详见附件。</p>", after)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, sub: str, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, source, year, self.rng))
        self.decoy(SITE, self.page_of(sub, title, date, source, content), title)

    def sub_column(self, sub: str, name: str, entries: list[tuple[str, str, str]]) -> None:
        count = max(1, -(-len(entries) // PER_PAGE))
        for page in range(1, count + 1):
            part = entries[(page - 1) * PER_PAGE : page * PER_PAGE]
            rows = "".join(
                f'<li><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
                f'<span class="time">{d}</span></li>'
                for h, t, d in part
            )

            def go(n: int, text: str, page: int = page) -> str:
                return text if n == page or n < 1 or n > count else f'<a href="{n}.html">{text}</a>'

            numbers = " ".join(
                f"<b>{n}</b>" if n == page else f'<a href="{n}.html">{n}</a>' for n in range(1, count + 1)
            )
            pager = (
                f'<div class="zp-page">共{len(entries)}条 {go(1, "首页")} {go(page - 1, "上一页")} {numbers} '
                f"{go(page + 1, '下一页')} {go(count, '尾页')}</div>"
            )
            inner = (
                f'<div class="zp-pos">当前位置：<a href="/">首页</a> &gt; <a href="{ROOT}">政府信息公开年报</a> &gt; '
                f'{name}</div>{self.menu()}<div class="zp-con"><div class="zp-list-t">{name}</div>'
                f'<ul class="zp-list">{rows}</ul>{pager}</div>'
            )
            self.put(HOST, f"{ROOT}{sub}/{page}.html", frame(name, inner, f'<meta name="ColumnName" content="{name}">'))


PORTALS = [KaipuZhiping]
