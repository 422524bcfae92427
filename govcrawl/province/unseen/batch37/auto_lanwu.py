"""澜坞县人民政府 (www.lanwu.gov.test), registered ``cms: auto`` with only its home page ``/``: a county site on
Umbraco 7 (ASP.NET; no README family), UTF-8, headers ``X-Powered-By: ASP.NET`` and ``X-AspNet-Version: 4.0.30319``;
page markup from Umbraco's grid layout (``<div class="umb-grid"><div class="grid-section"><div class="container">
<div class="row clearfix"><div class="col-md-12 column">``), stylesheet ``/css/fanoe.css``, script
``/scripts/fanoe.js``; files in Umbraco's media folder ``/media/<media id>/<file>``.

Path: home ``/`` (a ``<nav class="nav-bar">`` of 首页, 政务公开 ``/zwgk/``, 无障碍 ``/wza/``) → ``/zwgk/`` (a grid of
child pages, ``<div class="child-page">`` boxes: 政府信息公开年报 ``/zwgk/zfxxgknb/`` and 政府信息公开指南
``/zwgk/zfxxgkzn/``) → the 年报 list ``/zwgk/zfxxgknb/``.  Umbraco node URLs are the nodes' names as URL segments,
and these nodes have Chinese names: each article is ``/zwgk/zfxxgknb/<percent-encoded UTF-8 title>/`` (e.g.
``/zwgk/zfxxgknb/%E6%BE%8D…/``, with a trailing slash).

List markup: ``<ul class="blogposts">`` of ``<li><a class="blogpost" href="…"><h3>title</h3><small
class="blogpost-meta">发布单位 · 2024/1/22</small><p class="blogpost-excerpt">…</p></a></li>``.  Pager: a "load more"
link, cumulative: ``/zwgk/zfxxgknb/`` shows the newest 4 items and ``<div class="load-more"><a class="button"
href="/zwgk/zfxxgknb/?take=8">查看更多</a></div>``; ``?take=8`` shows the newest 8 and links ``?take=12``; ``?take=12``
shows all 12 and prints "已显示全部 12 条" instead of a link (any ``take`` from 1 to 100 answers that many).

Articles: ``<article class="blogpost-page">`` with ``<h1>`` title, ``<div class="blogpost-meta">`` (发布单位：…，
发布时间：…) and the body in the grid's ``<div class="col-md-12 column">``.  The 2022 report's page has one line and a
``<a class="attachment" href="/media/1043/lw2022ndbg.docx">`` (the DOCX, ``Content-Disposition: attachment``).  The
财政局 report's title says "县财政局…" and its 发布单位 is 澜坞县财政局; 卫健局 → 澜坞县卫生健康局, 石门镇 →
澜坞县石门镇人民政府.  Chrome: header with logo, 无障碍; footer with 主办单位, 网站标识码, ICP, a 微信 QR blurb.

Reports (8): 澜坞县人民政府 2020, 2021, 2022 (DOCX), 2023, 2024; 澜坞县财政局 2023; 澜坞县卫生健康局 2021;
澜坞县石门镇人民政府 2024.
Decoys (3): 澜坞县人民政府2023年度政府信息公开工作年度报告解读, 澜坞县2024年政务公开工作要点 (both in the list),
澜坞县政府信息公开指南（2022年修订） (the ``/zwgk/zfxxgkzn/`` page).
Other items (1): 澜坞县政府信息公开申请表 (a form notice in the list).
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch37._site import MEDIA, Site, esc

HOST = "www.lanwu.gov.test"
SITE = "lanwu-gov"
OWNER = "澜坞县人民政府"
LIST = "/zwgk/zfxxgknb/"
PER = 4
HEAD = {"X-Powered-By": "ASP.NET", "X-AspNet-Version": "4.0.30319"}


def page(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<title>{esc(title)} | 澜坞县人民政府</title>\n'
        '<link rel="stylesheet" href="/css/fanoe.css">\n</head>\n<body>\n'
        '<header class="header"><div class="container"><a class="logo" href="/">澜坞县人民政府</a>'
        '<a class="wza" href="/wza/">无障碍</a></div>\n'
        '<nav class="nav-bar"><ul class="level-1"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
        '<li><a href="/wza/">无障碍</a></li></ul></nav></header>\n'
        '<div role="content"><div class="umb-grid"><div class="grid-section"><div class="container">'
        f'<div class="row clearfix"><div class="col-md-12 column">{inner}</div></div></div></div></div></div>\n'
        '<footer class="field dark"><div class="container"><div class="row"><div class="col-md-8">'
        '主办单位：澜坞县人民政府办公室　网站标识码：9887090001<br>未ICP备12044718号　未公网安备 98870902000131号</div>'
        '<div class="col-md-4">扫码关注“澜坞发布”微信公众号</div></div></div></footer>\n'
        '<script src="/scripts/fanoe.js"></script>\n</body>\n</html>\n'
    )


def slash_date(date: str) -> str:
    y, m, d = date.split("-")
    return f"{y}/{int(m)}/{int(d)}"


class AutoLanwu(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 326_200

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str, str]] = []
        for year, date in ((2020, "2021-01-28"), (2021, "2022-01-21")):
            doc = self.doc(OWNER, year, date, f"澜坞县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-19", "澜坞县人民政府2022年政府信息公开工作年度报告")
        media = "/media/1043/lw2022ndbg.docx"
        self.attach(HOST, media, doc, "docx", "lw2022ndbg.docx")
        url = self.art(doc.title, "2023-01-19", OWNER,
                       '<p>澜坞县人民政府2022年政府信息公开工作年度报告全文见附件。</p>'
                       f'<p><a class="attachment" href="{media}">附件：{esc(doc.title)}.docx</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{media}")
        for year, date in ((2023, "2024-01-22"), (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"澜坞县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, OWNER, self.body(doc)), doc)
        for agency, short, year, date in (("澜坞县财政局", "县财政局", 2023, "2024-01-25"),
                                          ("澜坞县卫生健康局", "县卫健局", 2021, "2022-01-27"),
                                          ("澜坞县石门镇人民政府", "石门镇", 2024, "2025-01-16")):
            doc = self.doc(agency, year, date, f"{short}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.art(doc.title, date, agency, self.body(doc, word=year == 2021)), doc)
        for title, year, date in (("澜坞县人民政府2023年度政府信息公开工作年度报告解读", 2023, "2024-01-24"),
                                  ("澜坞县2024年政务公开工作要点", 2024, "2024-03-28")):
            self.decoy(SITE, self.art(title, date, "澜坞县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.art("澜坞县政府信息公开申请表", "2022-06-08", "澜坞县人民政府办公室",
                 "<p>申请人可下载政府信息公开申请表，填写后通过信函或当面方式提交县政府办公室。</p>")
        guide = "澜坞县政府信息公开指南（2022年修订）"
        self.put(HOST, "/zwgk/zfxxgkzn/", page(guide, f'<article class="blogpost-page"><h1>{esc(guide)}</h1>'
                                                      '<div class="blogpost-meta">发布单位：澜坞县人民政府办公室，'
                                                      f'发布时间：2022/4/11</div>'
                                                      f'{self.decoy_body(guide, OWNER, 2022)}</article>'))
        self.decoy(SITE, f"http://{HOST}/zwgk/zfxxgkzn/", guide)
        self.items.sort(reverse=True)
        self.route(HOST, LIST, self.serve_list)
        self.put(HOST, "/", page("首页", '<section class="intro"><h2>澜坞要闻</h2><ul class="news">'
                                         '<li>县政府召开第十二次常务会议</li><li>澜坞县推进“放管服”改革工作会召开</li>'
                                         '</ul><p><a href="/zwgk/">进入政务公开 &raquo;</a></p></section>'))
        boxes = ('<div class="child-page"><a href="/zwgk/zfxxgknb/"><h3>政府信息公开年报</h3></a></div>'
                 '<div class="child-page"><a href="/zwgk/zfxxgkzn/"><h3>政府信息公开指南</h3></a></div>'
                 '<div class="child-page"><h3>政府信息公开制度</h3><p>栏目建设中</p></div>')
        self.put(HOST, "/zwgk/", page("政务公开", f'<h1>政务公开</h1><div class="child-pages">{boxes}</div>'))
        self.put(HOST, "/wza/", page("无障碍", "<p>本站支持键盘导航、读屏软件与高对比度模式。</p>"))
        self.put(HOST, "/css/fanoe.css", "body{font-family:'Microsoft YaHei'}.umb-grid{margin:0}", "text/css")
        self.put(HOST, "/scripts/fanoe.js", "document.documentElement.className+=' js';", "application/javascript")

    def art(self, title: str, date: str, agency: str, content: str) -> str:
        self.next_id(3, 30)
        path = f"{LIST}{quote(title)}/"
        html = page(title, f'<article class="blogpost-page"><h1>{esc(title)}</h1><div class="blogpost-meta">'
                           f'发布单位：{esc(agency)}，发布时间：{slash_date(date)}</div>{content}</article>')
        self.put(HOST, path, html)
        self.items.append((date, path, title, agency))
        return f"http://{HOST}{path}"

    def serve_list(self, request: Request) -> Response:
        take = request.param("take", str(PER))
        if not take.isdigit() or not 1 <= int(take) <= 100:
            return Response(200, page("错误", "<p>参数错误。</p>").encode(), headers=dict(HEAD))
        n = int(take)
        total = len(self.items)
        lis = "".join(
            f'<li><a class="blogpost" href="{path}"><h3>{esc(title)}</h3><small class="blogpost-meta">'
            f'{esc(agency)} · {slash_date(date)}</small><p class="blogpost-excerpt">{esc(title)}已发布。</p>'
            '</a></li>'
            for date, path, title, agency in self.items[:n])
        more = (f'<div class="load-more"><a class="button" href="{LIST}?take={n + PER}">查看更多</a></div>'
                if n < total else f'<div class="load-more"><span>已显示全部 {total} 条</span></div>')
        inner = f'<h1>政府信息公开年报</h1><ul class="blogposts">{lis}</ul>{more}'
        return Response(200, page("政府信息公开年报", inner).encode(), headers=dict(HEAD))


PORTALS = [AutoLanwu]
