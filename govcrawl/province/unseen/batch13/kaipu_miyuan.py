"""洣源县 (www.miyuan.gov.test): 开普云 whose 年报 list page is an empty shell filled from an RSS 2.0
feed, whose link texts are shortened to "…年度报告" without 政府信息公开, and whose attachments come
from ``download.jsp?fileid=`` with a Content-Disposition name.

``/zwgk/zfxxgknb/index.html`` shows "共<b>11</b>条" and an empty ``<ul id="nbList">``; its script
``$.get('/zwgk/zfxxgknb/rss.xml', …)`` writes each ``<item>`` as a ``<li>``, and the head names the feed
(``<link rel="alternate" type="application/rss+xml">``).  The feed holds all 11 items in one document,
oldest first: ``<title>`` is the short list text ("洣源县2023年度报告", "县农业农村局2024年度报告"),
``<link>`` the article (``/zwgk/zfxxgknb/<YYYYMM>/<uuid hex>.html``), ``<author>`` the unit,
``<pubDate>`` RFC 822.  There is no pager.  Articles carry the full title ("洣源县2023年政府信息公开工作
年度报告") in ``<h1>`` and ``ArticleTitle`` and the body in ``div#UCAP-CONTENT``; the 2022 county report
is a PDF and the 2024 one an OFD, both ``/kpy/download.jsp?fileid=<hex>`` answered with
``Content-Disposition: attachment; filename*=UTF-8''<name>``.

Reports: 洣源县人民政府 2019–2024, 洣源县农业农村局 2023–2024, 洣源县洣江镇人民政府 2024 — 9.  Decoys
(their list text is their full title): "洣源县2023年度法治政府建设年度报告", "洣源县2023年度统计年报" and
"洣源县政府信息公开工作年度报告（2023年度）解读".
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    Handler,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.miyuan.gov.test"
SITE = "miyuan-gov"
OWNER = "洣源县人民政府"
ROOT = "/zwgk/zfxxgknb/"
NYJ = "洣源县农业农村局"
CST = timezone(timedelta(hours=8))


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="洣源县人民政府">'
        f'<meta name="SiteDomain" content="{HOST}">{head}<title>{escape(title)}_洣源县人民政府</title>'
        '<script src="/js/jquery.min.js"></script></head><body><div class="my-top"><a href="javascript:;" onclick="'
        'kqNav()">'
        '无障碍</a><a href="javascript:;">长者版</a></div><div class="my-banner"><h2>洣源县人民政府</h2></div><div '
        'class="my-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">'
        f'政民互动</a></div><div class="my-main">{inner}</div><div class="my-foot">主办：洣源县人民政府办公室　网'
        f'站标识码'
        '：9861410007<div class="info_ewm">扫一扫在手机打开当前页</div><script src="https://pucha.kaipuyun.cn/'
        'exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuMiyuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.items: list[tuple[str, str, str, str]] = []  # date, short text, url, unit
        self.files: dict[str, tuple[str, Handler]] = {}
        for year, date in ((2019, "2020-01-23"), (2020, "2021-01-28"), (2021, "2022-01-27"), (2023, "2024-01-22")):
            self.article(make_doc(rng, OWNER, year, date, version="v2019" if year < 2021 else "v2021"),
                         f"洣源县{year}年度报告", "县政府办")
        self.file(make_doc(rng, OWNER, 2022, "2023-01-30"), PDF, "洣源县2022年度报告")
        self.file(make_doc(rng, OWNER, 2024, "2025-01-26"), OFD, "洣源县2024年度报告")
        for year, date in ((2023, "2024-01-15"), (2024, "2025-01-14")):
            self.article(make_doc(rng, NYJ, year, date), f"县农业农村局{year}年度报告", "县农业农村局")
        self.article(make_doc(rng, "洣源县洣江镇人民政府", 2024, "2025-01-09"), "洣江镇2024年度报告", "洣江镇")
        self.notice("洣源县2023年度法治政府建设年度报告", 2023, "2024-03-05")
        self.notice("洣源县2023年度统计年报", 2023, "2024-04-18")
        self.notice("洣源县政府信息公开工作年度报告（2023年度）解读", 2023, "2024-01-22")
        self.items.sort(key=lambda i: i[0])
        self.put(HOST, ROOT + "rss.xml", self.rss(), "application/rss+xml; charset=utf-8")
        inner = (
            '<div class="my-pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信'
            '息公开年报'
            f'</div><div class="my-list"><h3>政府信息公开年报<span class="total">共<b>{len(self.items)}</b>条</span'
            f'></h3>'
            '<ul id="nbList"></ul></div><script>$.get("/zwgk/zfxxgknb/rss.xml", function (xml) {\n'
            "  var items = $(xml).find('item').get().reverse();\n"
            "  $.each(items, function (i, it) {\n"
            "    var t = $(it).find('title').text(), u = $(it).find('link').text(), d = new Date($(it).find('pubDate')"
            ".text());\n"
            "    $('#nbList').append('<li><a target=\"_blank\" href=\"' + u + '\">' + t + '</a><span>' + d.toISOStr"
            "ing()"
            ".slice(0, 10) + '</span></li>');\n  });\n});</script>"
        )
        self.put(HOST, ROOT + "index.html", frame("政府信息公开年报", inner, '<link rel="alternate" type="applicati'
            'on/rss+xml" '
                                                                       f'title="政府信息公开年报" href="{ROOT}rss.x'
                                                                       f'ml">'))
        self.route(HOST, "/kpy/download.jsp", self.download)

    def page_of(self, title: str, text: str, date: str, unit: str, content: str) -> str:
        path = f"{ROOT}{date[:7].replace('-', '')}/{self.rng.getrandbits(128):032x}.html"
        inner = (f'<div class="my-pos">您现在的位置：<a href="/">首页</a> &gt; <a href="{ROOT}index.html">政府信息'
            f'公开年报'
                 f'</a></div><h1>{escape(title)}</h1><div class="my-meta">发布时间：{date}　来源：{escape(unit)}</div>'
                 f'<div id="UCAP-CONTENT">{content}</div>')
        url = self.put(HOST, path, frame(title, inner, f'<meta name="ArticleTitle" content="{escape(title)}">'))
        self.items.append((date, text, url, unit))
        return url

    def article(self, doc: ReportDoc, text: str, unit: str) -> None:
        content = body_html(doc, word_para, word_cell, '<table class="MsoNormalTable" border="1" cellspacing="0">')
        self.report(SITE, self.page_of(doc.title, text, doc.published_date or "", unit, content), doc)

    def file(self, doc: ReportDoc, media: str, text: str) -> None:
        fileid = f"{self.rng.getrandbits(64):016x}"
        ext = "pdf" if media == PDF else "ofd"
        if media == PDF:
            self.files[fileid] = (f"{doc.title}.{ext}", self.pdf_handler(doc))
        else:
            ofd = Response(200, render_ofd(doc, random.Random(self.rng.random())), OFD)
            self.files[fileid] = (f"{doc.title}.{ext}", lambda request: ofd)
        link = f"/kpy/download.jsp?fileid={fileid}"
        content = f'<p>{escape(doc.title)}：</p><p><a href="{link}" target="_blank">{escape(doc.title)}.{ext}</a></p>'
        url = self.page_of(doc.title, text, doc.published_date or "", "县政府办", content)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("fileid"))
        if found is None:
            return Response(404, "<html><body>文件不存在</body></html>".encode())
        name, handler = found
        served = handler(request)
        return Response(200, served.body, served.content_type,
                        {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, title, date, "县政府办", content), title)

    def rss(self) -> str:
        def when(date: str) -> str:
            return format_datetime(datetime.strptime(date + " 09:30", "%Y-%m-%d %H:%M").replace(tzinfo=CST))

        items = "".join(f"<item><title>{escape(t)}</title><link>{u}</link><author>{escape(a)}</author>"
                        f"<pubDate>{when(d)}</pubDate><guid>{u}</guid></item>\n" for d, t, u, a in self.items)
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>洣源县人民政府 - 政府'
            '信息公开年报'
                f"</title><link>http://{HOST}{ROOT}index.html</link><description>政府信息公开年报</description>"
                f"<language>zh-cn</language>\n{items}</channel></rss>")


PORTALS = [KaipuMiyuan]
