"""筠塘县 (www.yuntang.gov.test): 博达 VSB on the older "winstyle" table template.

The column ``/xxgk/gknb.htm`` lays its entries out as ``<tr id="lineu6_N">`` rows of a
``table.winstyle196334`` with three cells (a bullet, the link in ``<a class="c196334">``, the date in
``<span class="timestyle196334">``), not ``<li>``.  Later pages are numbered in reverse in the
same-named directory (``gknb/2.htm``, ``gknb/1.htm``, portals.md §1.4); the pager is the old VSB
table cell "共8条&nbsp;&nbsp;1/3&nbsp;首页&nbsp;上页&nbsp;<a class="Next">下页</a>&nbsp;<a
class="Next">尾页</a>" with a "转到" box calling ``_simple_list_gotopage_fun(3,'PAGENUMu6',2)``.
Articles ``/info/1096/<id>.htm`` (linked ``../info/…`` and, from page 2 on, ``../../info/…``),
body in ``div#vsb_content_2 div.v_news_content`` inside ``form[name=_newscontent_fromname]``.
Two reports are attachments listed *after the form* as ``附件【…】已下载N次`` through
``/system/_content/download.jsp`` (an OFD and a PDF; without a Referer the server answers its HTML
error page).  Titles: the county office's name (agency 筠塘县人民政府), "…政府信息公开年报".  Decoys:
a 解读, 部门决算.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
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

HOST = "www.yuntang.gov.test"
SITE = "yuntang-gov"
OWNER = "筠塘县人民政府"
TREE = 1096
OWNER_ID = 1519366002
PER_PAGE = 3
ERROR_PAGE = (
    "<html><head><title>错误</title></head><body><div class='err'>对不起，您访问的页面出错了！"
    "请从正常途径下载附件。</div>" + "<!-- padding -->" * 200 + "</body></html>"
).encode()


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        '<meta name="SiteName" content="筠塘县人民政府"><meta name="SiteIDCode" content="9831210002">'
        f'<title>{escape(title)}</title><link type="text/css" href="/style/yt.css" rel="stylesheet">'
        '<script type="text/javascript" src="/system/resource/js/counter.js"></script>'
        '<script type="text/javascript" src="/system/resource/js/dynclicks.js"></script></head><body>'
        '<div class="yt-top"><img src="/images/yt_banner.jpg"><ul class="yt-nav"><li><a href="/index.htm">首页</a>'
        '</li><li><a href="/zwdt.htm">政务动态</a></li><li><a href="/xxgk.htm">信息公开</a></li><li>'
        '<a href="/bsfw.htm">办事服务</a></li></ul></div>'
        f'<div class="yt-main">{inner}</div>'
        '<div class="yt-foot">版权所有：筠塘县人民政府　网站标识码：9831210002　未ICP备13012101号</div>'
        "</body></html>"
    )


class VsbYuntang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.info = 24_410
        self.rows: list[tuple[str, int, str]] = []  # (date, info id, title)
        self.files: dict[str, tuple[str, str]] = {}  # wbfileid -> (path of the file, article url)
        self.article(
            make_doc(
                rng,
                OWNER,
                2019,
                "2020-01-23",
                version="v2019",
                title="筠塘县人民政府办公室2019年政府信息公开工作年度报告",
            )
        )
        self.article(
            make_doc(rng, OWNER, 2021, "2022-01-27", title="筠塘县人民政府办公室2021年政府信息公开工作年度报告")
        )
        self.article(make_doc(rng, OWNER, 2022, "2023-01-19", title="筠塘县2022年政府信息公开年报"))
        self.notice("筠塘县2022年政府信息公开工作年度报告解读", 2022, "2023-01-19")
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-24", title="筠塘县2023年政府信息公开年报"), "ofd")
        self.notice("筠塘县2023年度部门决算", 2023, "2024-08-29")
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-22", title="筠塘县2024年政府信息公开年报"), "pdf")
        self.article(make_doc(rng, "筠塘县自然资源局", 2024, "2025-01-15"))
        self.rows.sort(reverse=True)
        pages = [self.rows[i : i + PER_PAGE] for i in range(0, len(self.rows), PER_PAGE)]
        for number, chunk in enumerate(pages, start=1):
            path = "/xxgk/gknb.htm" if number == 1 else f"/xxgk/gknb/{len(pages) - number + 1}.htm"
            self.put(HOST, path, self.list_page(chunk, number, len(pages)))
        self.route(HOST, "/system/_content/download.jsp", self.download)

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        clicks = f'<script>_showDynClicks("wbnews", {OWNER_ID}, {self.info})</script>'
        inner = (
            '<div class="yt-pos">当前位置：<a href="/index.htm">首页'
            '</a>&gt;&gt;<a href="/xxgk.htm">信息公开</a>&gt;&gt;'
            '<a href="/xxgk/gknb.htm">政府信息公开年报</a>&gt;&gt;正文</div>'
            '<form name="_newscontent_fromname"><div class="yt-art">'
            f'<h1 align="center">{escape(title)}</h1><div class="yt-info" align="center">来源：{escape(source)}　'
            f"发布时间：{date}　浏览次数：{clicks}</div>"
            f'<div id="vsb_content_2"><div class="v_news_content">{content}</div></div></div></form>{after}'
            '<div class="yt-close"><a href="javascript:window.close()">【关闭窗口】</a></div>'
        )
        return frame(f"{title}-筠塘县人民政府", inner)

    def next_info(self) -> tuple[int, str]:
        self.info += self.rng.randint(3, 120)
        return self.info, f"/info/{TREE}/{self.info}.htm"

    def article(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        info, path = self.next_info()
        content = body_html(
            doc,
            plain_para,
            plain_cell,
            '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse" width="100%">',
        )
        self.rows.append((date, info, doc.title))
        self.report(SITE, self.put(HOST, path, self.page_of(doc.title, date, doc.agency_name, content)), doc)

    def attached(self, doc: ReportDoc, kind: str) -> None:
        date = doc.published_date or ""
        info, path = self.next_info()
        wbfileid = f"{self.rng.getrandbits(128):032X}"
        file_path = f"/__local/{wbfileid[:1]}/{wbfileid[1:3]}/{wbfileid}.{kind}"
        if kind == "pdf":
            self.put_pdf(HOST, file_path, doc)
        else:
            self.put(HOST, file_path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={wbfileid}"
        after = (
            '<ul style="list-style-type:none;" class="yt-fj"><li>附件【<a href="'
            f'{escape(link)}" target="_blank">{escape(doc.title)}.{kind}</a>】已下载<span id="nattach{info}">'
            f'<script>getClickTimes({info},{OWNER_ID},"wbnewsfile","attach")</script></span>次</li></ul>'
        )
        content = f'<p class="vsbcontent_start">　　{escape(doc.title)}全文见附件。</p>'
        url = self.put(HOST, path, self.page_of(doc.title, date, doc.agency_name, content, after))
        self.files[wbfileid] = (file_path, url)
        self.rows.append((date, info, doc.title))
        self.report(SITE, url, doc, media_type=PDF if kind == "pdf" else OFD, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or not request.headers.get("referer"):
            return Response(200, ERROR_PAGE, "text/html; charset=utf-8")
        handler = self.dynamic.get((HOST, found[0]))
        return handler(request) if handler else self.pages[(HOST, found[0])]

    def notice(self, title: str, year: int, date: str) -> None:
        info, path = self.next_info()
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.rows.append((date, info, title))
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, "筠塘县人民政府办公室", content)), title)

    def list_page(self, chunk: list[tuple[str, int, str]], number: int, count: int) -> str:
        up = "../" if number == 1 else "../../"
        rows = "".join(
            f'<tr id="lineu6_{n}"><td width="12"><img src="{up}images/dot.gif"></td><td align="left">'
            f'<a href="{up}info/{TREE}/{info}.htm" class="c196334" target="_blank" title="{escape(title)}">'
            f'{escape(title)}</a></td><td width="90" align="right"><span class="timestyle196334">{date}</span>'
            "</td></tr>"
            for n, (date, info, title) in enumerate(chunk)
        )
        prefix = "gknb/" if number == 1 else ""

        def page(k: int) -> str:
            return "../gknb.htm" if k == 1 and number > 1 else f"{prefix}{count - k + 1}.htm"

        nav = (
            "首页&nbsp;上页&nbsp;"
            if number == 1
            else f'<a href="{page(1)}" class="Next">首页</a>&nbsp;'
            f'<a href="{page(number - 1)}" class="Next">上页</a>&nbsp;'
        )
        nav += (
            "下页&nbsp;尾页"
            if number == count
            else f'<a href="{page(number + 1)}" class="Next">下页</a>&nbsp;'
            f'<a href="{page(count)}" class="Next">尾页</a>'
        )
        pager = (
            f'<tr><td colspan="3" align="center">共{len(self.rows)}条&nbsp;&nbsp;{number}/{count}&nbsp;{nav}&nbsp;'
            '<input type="text" name="PAGENUMu6" id="PAGENUMu6" size="2">'
            f'<a href="javascript:;" onclick="_simple_list_gotopage_fun({count},\'PAGENUMu6\',2)">转到</a></td></tr>'
        )
        inner = (
            '<div class="yt-pos">当前位置：<a href="/index.htm">首页'
            '</a>&gt;&gt;<a href="/xxgk.htm">信息公开</a>&gt;&gt;'
            '政府信息公开年报</div><div class="yt-left"><a href="/xxgk/gkzn.htm">政府信息公开指南</a>'
            '<a href="/xxgk/gkzd.htm">政府信息公开制度</a><a href="/xxgk/gknb.htm">政府信息公开年报</a></div>'
            '<div class="yt-right"><table class="winstyle196334" width="100%" cellpadding="0">'
            f"{rows}{pager}</table></div>"
        )
        return frame("政府信息公开年报-筠塘县人民政府", inner)


PORTALS = [VsbYuntang]
