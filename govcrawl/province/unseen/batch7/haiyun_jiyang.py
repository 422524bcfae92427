"""稷阳市 (www.jiyang.gov.test): a TRS 海云 channel-id site whose 年报 list is a timeline grouped by
year and whose pager is written out on the server.

The channel ``/jysrmzf/c104823/common_zfxxgknb.shtml`` (channel-id URLs, portals.md §1.2) shows the
entries as a timeline: a ``<div class="tl-year">2024</div>`` heading per year, then ``<div
class="tl-node">`` items with the month-day in ``<em>`` and the link in ``<p class="tl-tit">``.  The
pager is static HTML, no script: "共11条记录 分3页" then numbered links ``common_zfxxgknb_2.shtml`` …
(1-based, page 2 is ``_2``).  Each article is its own channel-like directory
``/jysrmzf/c104823/c<docid>/content.shtml``, body in ``div.trs_editor_view`` inside ``div#zoomcon``.
Titles: "…年度政府信息公开工作报告" (no 年度报告, portals.md §7), "…政务公开年报"; the 2022 report is
published as an OFD linked in an ``<ul class="xgfj">`` 相关附件 block after the body, the 2024 water
bureau's as a PDF; one report is republished in the 政务公开 news channel.  Decoys: a 公告 that the
report is published, the 统计公报, a 图解.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.jiyang.gov.test"
SITE = "jiyang-gov"
OWNER = "稷阳市人民政府"
CHANNEL = "/jysrmzf/c104823/"
LIST = "common_zfxxgknb"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="renderer" content="webkit">'
        '<meta name="SiteName" content="稷阳市人民政府"><meta name="SiteDomain" content="www.jiyang.gov.test">'
        f'<meta name="SiteIDCode" content="9831000001">{metas}<title>{escape(title)}</title>'
        '<link rel="stylesheet" href="/jysrmzf/xhtml/css/common.css"></head><body>'
        '<header class="jy-header"><div class="jy-w"><a class="jy-logo" href="/">稷阳市人民政府</a>'
        '<div class="jy-tools"><a href="javascript:;" id="cniil_wza">无障碍</a><a href="/jysrmzf/c104700/'
        'common_list.shtml">English</a></div></div><nav class="jy-nav"><a href="/">首页</a>'
        '<a href="/jysrmzf/c104701/common_list.shtml">要闻动态</a><a href="/jysrmzf/c104800/zfxxgk.shtml">'
        '政府信息公开</a><a href="/jysrmzf/c104900/common_list.shtml">政务服务</a></nav></header>'
        f'<main class="jy-w">{inner}</main><footer class="jy-footer">稷阳市人民政府办公室主办　'
        "网站标识码：9831000001　未ICP备10331000号<br>建议使用1920×1080分辨率浏览</footer></body></html>"
    )


class HaiyunJiyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 21_400_310
        self.items: list[tuple[str, str, str]] = []  # (date, href, title)
        self.article(
            make_doc(
                rng, OWNER, 2019, "2020-01-31", version="v2019", title="稷阳市人民政府2019年度政府信息公开工作报告"
            )
        )
        self.article(
            make_doc(
                rng, OWNER, 2020, "2021-01-29", version="v2019", title="稷阳市人民政府2020年度政府信息公开工作报告"
            )
        )
        self.article(make_doc(rng, OWNER, 2021, "2022-01-28", title="稷阳市2021年政务公开年报"))
        self.ofd(make_doc(rng, OWNER, 2022, "2023-01-31", title="稷阳市人民政府2022年度政府信息公开工作报告"))
        self.notice("稷阳市2022年国民经济和社会发展统计公报", 2022, "2023-03-28")
        self.article(
            make_doc(rng, OWNER, 2023, "2024-01-30", title="稷阳市人民政府2023年度政府信息公开工作报告"), republish=True
        )
        self.notice("图解：稷阳市2023年政府信息公开工作年度报告", 2023, "2024-01-30")
        self.article(make_doc(rng, "稷阳市住房和城乡建设局", 2023, "2024-01-22"))
        self.notice("关于稷阳市2024年政府信息公开工作年度报告已发布的公告", 2024, "2025-01-24")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-23", title="稷阳市人民政府2024年度政府信息公开工作报告"))
        self.pdf(make_doc(rng, "稷阳市水利局", 2024, "2025-01-17", title="市水利局2024年度政府信息公开工作报告"))
        self.items.sort(reverse=True)
        pages = [self.items[i : i + PER_PAGE] for i in range(0, len(self.items), PER_PAGE)]
        for n, chunk in enumerate(pages, start=1):
            name = f"{LIST}.shtml" if n == 1 else f"{LIST}_{n}.shtml"
            self.put(HOST, CHANNEL + name, self.list_page(chunk, n, len(pages)))

    def next_path(self) -> str:
        self.docid += self.rng.randint(40, 900)
        return f"{CHANNEL}c{self.docid}/content.shtml"

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 17:05:32">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="ColumnName" content="政府信息公开年报">'
        )
        inner = (
            '<div class="jy-crumb"><a href="/">首页</a> / <a href="/jysrmzf/c104800/zfxxgk.shtml">政府信息公开</a> / '
            f'<a href="{CHANNEL}{LIST}.shtml">政府信息公开年报</a></div><article class="jy-detail">'
            f'<h1 class="jy-dt-title">{escape(title)}</h1><div class="jy-dt-meta"><span>来源：{escape(source)}</span>'
            f'<span>时间：{date} 17:05</span><span>【<a href="javascript:;" onclick="fontZoom(18)">大</a> '
            '<a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a>'
            f'】</span></div><div id="zoomcon"><div class="trs_editor_view TRS_UEDITOR">{content}</div></div>{after}'
            '<div class="jy-share">分享到：<a class="wx" href="javascript:;"></a><a class="wb" href="javascript:;">'
            "</a></div></article>"
        )
        return frame(f"{title}_稷阳市人民政府", inner, metas)

    def publish(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        path = self.next_path()
        self.items.append((date, path, title))
        return self.put(HOST, path, self.page_of(title, date, source, content, after))

    def body(self, doc: ReportDoc) -> str:
        return body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" style="width:100%">')

    def article(self, doc: ReportDoc, republish: bool = False) -> None:
        date = doc.published_date or ""
        page = self.page_of(doc.title, date, doc.agency_name, self.body(doc))
        path = self.next_path()
        self.items.append((date, path, doc.title))
        url = self.put(HOST, path, page)
        also: tuple[str, ...] = ()
        if republish:  # the same page in the 政务公开 news channel
            self.docid += 3
            also = (self.put(HOST, f"/jysrmzf/c104802/c{self.docid}/content.shtml", page),)
        self.report(SITE, url, doc, also_at=also)

    def attached(self, doc: ReportDoc, data: bytes | None, media: str, ext: str) -> None:
        date = doc.published_date or ""
        path = self.next_path()
        name = f"{self.rng.getrandbits(64):016x}.{ext}"
        file_path = f"{path.rsplit('/', 1)[0]}/files/{name}"
        file_url = self.put(HOST, file_path, data, media) if data is not None else self.put_pdf(HOST, file_path, doc)
        after = (
            f'<div class="xgfj"><h4>相关附件</h4><ul class="xgfj"><li><a href="./files/{name}" '
            f'download="{escape(doc.title)}.{ext}">{escape(doc.title)}.{ext}</a></li></ul></div>'
        )
        content = f"<p>　　{escape(doc.title)}已编制完成，请点击下方相关附件查阅。</p>"
        self.items.append((date, path, doc.title))
        url = self.put(HOST, path, self.page_of(doc.title, date, doc.agency_name, content, after))
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def ofd(self, doc: ReportDoc) -> None:
        self.attached(doc, render_ofd(doc, random.Random(self.rng.random())), OFD, "ofd")

    def pdf(self, doc: ReportDoc) -> None:
        self.attached(doc, None, PDF, "pdf")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.publish(title, date, "稷阳市人民政府办公室", content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], number: int, count: int) -> str:
        nodes, year = [], ""
        for date, path, title in chunk:
            if date[:4] != year:
                year = date[:4]
                nodes.append(f'<div class="tl-year">{year}</div>')
            nodes.append(
                f'<div class="tl-node"><i class="tl-dot"></i><em>{date[5:]}</em><p class="tl-tit">'
                f'<a href="{path}" target="_blank">{escape(title)}</a></p></div>'
            )

        def link(n: int, text: str) -> str:
            return f'<a href="{LIST}.shtml">{text}</a>' if n == 1 else f'<a href="{LIST}_{n}.shtml">{text}</a>'

        numbers = "".join(f"<b>{n}</b>" if n == number else link(n, str(n)) for n in range(1, count + 1))
        pager = (
            f'<div class="jy-pager"><span class="total">共{len(self.items)}条记录 分{count}页</span>'
            + (link(number - 1, "上一页") if number > 1 else "")
            + numbers
            + (link(number + 1, "下一页") if number < count else "")
            + "</div>"
        )
        inner = (
            '<div class="jy-crumb"><a href="/">首页</a> / <a href="/jysrmzf/c104800/zfxxgk.shtml">政府信息公开</a> / '
            '政府信息公开年报</div><aside class="jy-side"><a href='
            '"/jysrmzf/c104810/zfxxgkzn.shtml">政府信息公开指南</a>'
            '<a href="/jysrmzf/c104811/fdzdgknr.shtml">法定主动公开内容</a><a class="cur" href="">政府信息公开年报</a>'
            f'</aside><section class="jy-timeline">{"".join(nodes)}</section>{pager}'
        )
        return frame("政府信息公开年报_稷阳市人民政府", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [HaiyunJiyang]
