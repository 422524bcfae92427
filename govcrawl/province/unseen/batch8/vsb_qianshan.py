"""钤山县 (www.qianshan.gov.test): 博达 VSB with ``winstyle`` table lists and truncated titles.

``/xxgk/zfxxgknb.htm`` and its reverse-numbered pages ``zfxxgknb/2.htm``, ``zfxxgknb/1.htm``
(portals.md §1.4) list entries as rows of ``<table class="winstyle2081">``: ``<a class="c2081"
title="full title">`` whose text is cut to 18 characters with "…", the date in ``<span
class="timestyle2081">`` written "2025年01月22日".  The pager is VSB's ``pb_sys_common`` with
"共9条" and "1/3" in ``span.p_t`` and a 转到 box (``_simple_list_gotopage_fun``).  Articles are
``/info/2081/<id>.htm`` linked as ``../info/2081/<id>.htm``, the body in ``div#vsb_content_501``
inside ``form[name=_newscontent_fromname]``, with ``_showDynClicks``; the 2024 county report is a
stub whose .docx is a ``download.jsp?…wbfileid=<hex>`` link in the 附件【…】 list after the form.
Titles: "2023年度政府信息公开工作报告" (no agency: the county's own), a town's "钤山县城关镇2024年…"
(agency 钤山县城关镇人民政府).  Decoys: 政府网站工作年度报表, 部门决算, 关于…的函.
"""

from __future__ import annotations

import dataclasses
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.qianshan.gov.test"
SITE = "qianshan-gov"
OWNER = "钤山县人民政府"
TREE = "2081"
PER_PAGE = 4
OWNER_ID = 1_384_452_117


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f"{metas}<title>{escape(title)}-钤山县人民政府</title>"
        '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"></head><body>'
        '<div class="qs-head"><div class="qs-logo">钤山县人民政府</div><ul class="qs-nav"><li><a href="/index.htm">'
        '首页</a></li><li><a href="/xxgk.htm">信息公开</a></li><li><a href="/bsfw.htm">办事服务</a></li></ul></div>'
        f'<div class="qs-main">{inner}</div><div class="qs-foot">版权所有：钤山县人民政府　'
        '网站标识码：9841420005　<a href="http://beian.miit.gov.cn/">未ICP备06002133号</a>　'
        "技术支持：博达软件</div></body></html>"
    )


class VsbQianshan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.info = 120_400
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-22", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-28"))
        self.notice("钤山县人民政府网站2022年政府网站工作年度报表", "2023-01-12")
        self.article(make_doc(rng, OWNER, 2023, "2024-01-25", title="2023年度政府信息公开工作报告"))
        self.notice("钤山县人民政府办公室2023年度部门决算", "2024-08-30")
        self.notice("关于报送2024年政府信息公开工作年度报告的函", "2024-12-16")
        doc = make_doc(
            rng, "钤山县城关镇人民政府", 2024, "2025-01-20", title="钤山县城关镇2024年政府信息公开工作年度报告"
        )
        self.article(dataclasses.replace(doc, agency_name="钤山县城关镇人民政府"))
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.entries.sort(key=lambda e: e[2], reverse=True)
        count = -(-len(self.entries) // PER_PAGE)
        for index in range(count):
            part = self.entries[index * PER_PAGE : (index + 1) * PER_PAGE]
            path = "/xxgk/zfxxgknb.htm" if index == 0 else f"/xxgk/zfxxgknb/{count - index}.htm"
            self.put(HOST, path, self.list_page(part, index, count, index > 0))

    def page_of(self, title: str, date: str, content: str, after: str = "") -> str:
        self.info += self.rng.randint(7, 300)
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date}">'
            '<meta name="ContentSource" content="县政府办公室">'
        )
        inner = (
            '<div class="qs-pos">当前位置：<a href="/index.htm">首页</a>&gt;&gt;<a href="/xxgk.htm">信息公开</a>'
            '&gt;&gt;<a href="/xxgk/zfxxgknb.htm">政府信息公开年报</a></div>'
            f'<form name="_newscontent_fromname"><div class="qs-title">{escape(title)}</div>'
            f'<div class="qs-info">发布时间：{date}　来源：县政府办公室　浏览次数：<script>_showDynClicks("wbnews", '
            f'{OWNER_ID}, {self.info})</script></div><div id="vsb_content_501"><div class="v_news_content">'
            f"{content}</div></div></form>{after}"
        )
        path = f"/info/{TREE}/{self.info}.htm"
        self.entries.append((f"../info/{TREE}/{self.info}.htm", title, date))
        return self.put(HOST, path, frame(title, inner, metas))

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content), doc)

    def attached(self, doc: ReportDoc) -> None:
        fileid = f"{self.rng.getrandbits(128):032X}"
        path = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fileid}"
        data = render_docx(doc)

        def docx(request: Request) -> Response:
            if request.param("wbfileid") != fileid:
                return Response(200, b"<html><body>file not found</body></html>", "text/html")
            return Response(200, data, DOCX, {"Content-Disposition": "attachment"})

        file_url = self.route(HOST, "/system/_content/download.jsp", docx)

        after = (
            f'<ul style="list-style-type:none;"><li>附件【<a href="{escape(path)}" target="_blank">'
            f'{escape(doc.title)}.docx</a>】已下载<span id="nattach{fileid[:8]}">'
            f'<script>getClickTimes({self.info},{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>'
        )
        url = self.page_of(doc.title, doc.published_date or "", '<p class="vsbcontent_start">　　详见附件。</p>', after)
        self.report(SITE, url, doc, media_type=DOCX, report_url=f"{file_url}?{path.split('?', 1)[1]}")

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def list_page(self, part: list[tuple[str, str, str]], index: int, count: int, nested: bool) -> str:
        up = "../" if nested else ""

        def short(title: str) -> str:
            return title if len(title) <= 18 else title[:18] + "…"

        rows = "".join(
            f'<tr id="line_u5_{n}"><td width="90%"><a href="{up}{h}" class="c{TREE}" title="{escape(t)}" '
            f'target="_blank">{escape(short(t))}</a></td><td><span class="timestyle{TREE}">'
            f"{d[:4]}年{d[5:7]}月{d[8:]}日</span></td></tr>"
            for n, (h, t, d) in enumerate(part)
        )

        def link(page: int, text: str) -> str:
            if page == index or page < 0 or page >= count:
                return f'<span class="p_fun_d">{text}</span>'
            target = (
                ("zfxxgknb.htm" if not nested else "../zfxxgknb.htm")
                if page == 0
                else (f"zfxxgknb/{count - page}.htm" if not nested else f"{count - page}.htm")
            )
            return f'<span class="p_fun"><a href="{target}">{text}</a></span>'

        pager = (
            f'<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共{len(self.entries)}条'
            f'</span><span class="p_pages">{link(0, "首页")}{link(index - 1, "上页")}{link(index + 1, "下页")}'
            f'{link(count - 1, "尾页")}</span><span class="p_t">{index + 1}/{count}</span><span class="p_goto">'
            f'转到第<input type="text" name="a{TREE}GOPAGE" size="2">页<a href="javascript:;" '
            f"onclick=\"_simple_list_gotopage_fun({count},'a{TREE}GOPAGE',{TREE})\">跳转</a></span></div>"
        )
        inner = (
            '<div class="qs-pos">当前位置：<a href="/index.htm">首页</a>&gt;&gt;<a href="/xxgk.htm">信息公开</a>'
            f'&gt;&gt;政府信息公开年报</div><table class="winstyle{TREE}" width="100%">{rows}</table>{pager}'
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [VsbQianshan]
