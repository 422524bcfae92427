"""濡溪县 (www.ruxi.gov.test): a 开普云 county portal whose 政府信息公开年报 column is a **list controller**
``/ndbg/list.do?channelId=1257&pageNum=N`` whose pager links are **query-only relative hrefs** (``href="?channelId=
1257&pageNum=2"``, resolving against ``/ndbg/list.do``), with a GET "跳转" form beside them.

Registered ``http://www.ruxi.gov.test/ndbg/list.do?channelId=1257``.  Home ``/`` links it (政府信息公开年报) from its
政务公开 box.

List: ``<ul class="rx-list">`` of ``<li><span class="rx-org">[县卫健局]</span><a href="content.do?id=<19 digits>&amp;
channelId=1257" title="…">…</a><em>[YYYY-MM-DD]</em></li>``, 5 a page, newest first, 12 rows, 3 pages (no ``pageNum``
= page 1, as does a bare ``list.do``;
a ``pageNum`` past the end answers an empty list).  Pager ``<div class="kp-pages">``:
"共12条 每页5条 第1/3页", 首页 / 上一页 (a ``<span class="disabled">`` on page 1) /
1 2 3 (current a ``<span class="cur">``) / 下一页 / 尾页 as
``<a href="?channelId=1257&amp;pageNum=N">``, then ``<form method="get" action="list.do">`` with a hidden
``channelId`` and a ``pageNum`` text box.

Articles ``/ndbg/content.do?id=<19-digit id>&channelId=1257`` (dynamic; an unknown id answers 404): a
``<div class="rx-xx">`` line 发布时间 / 信息来源 / 浏览次数, ``<h2 class="rx-bt">``, body
``<div id="UCAP-CONTENT">`` holding a ``<div class="trs_editor_view">``, then ``<div class="info_ewm">``;
metas ``ArticleTitle`` / ``PubDate`` /
``ContentSource``.  The county's 2021 report is an **OFD**: a one-line body and ``<div class="rx-fj">`` linking
``/u/cms/ruxi/<yyyymm>/<hex>.ofd`` after the content.

Reports (8): 濡溪县人民政府 2020 (old template), 2021 (OFD), 2022, 2023, 2024; 濡溪县卫生健康局 2023 (titled
"县卫健局…", agency in 信息来源 / ``ContentSource``); 濡溪县文化和旅游局 2021 (titled "县文旅局…年报",
agency in 信息来源); 濡溪县濡口镇人民政府 2024 (titled "濡口镇2024年度政府信息公开工作报告", agency in 信息来源).
Decoys (3): 濡溪县2024年政务公开工作要点, 濡溪县政府信息公开指南（2023年版）,
关于报送2024年度政府信息公开工作年度报告的函.  Other row (neither): 濡溪县2023年政务公开第三方评估结果通报.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch37._site import MEDIA, Site, esc

HOST = "www.ruxi.gov.test"
SITE = "ruxi-gov"
OWNER = "濡溪县人民政府"
CHANNEL = "1257"
PER = 5
SHORT = {"濡溪县人民政府": "县政府办", "濡溪县卫生健康局": "县卫健局", "濡溪县文化和旅游局": "县文旅局",
         "濡溪县濡口镇人民政府": "濡口镇"}


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        '<meta name="SiteName" content="濡溪县人民政府"><meta name="SiteDomain" content="www.ruxi.gov.test">'
        f'<meta name="SiteIDCode" content="9887060001">{metas}<title>{esc(title)}</title>'
        '<link rel="stylesheet" href="/r/cms/ruxi/css/main.css"></head><body>'
        '<div class="rx-tbar"><div class="l">欢迎访问濡溪县人民政府门户网站</div><div class="r">'
        '<a href="javascript:void(0)" id="wza">无障碍</a><a href="javascript:void(0)">适老版</a>'
        '<a href="javascript:void(0)">政务微博</a><a href="javascript:void(0)">微信</a></div></div>'
        '<div class="rx-head"><h1>濡溪县人民政府</h1><form class="rx-so" action="javascript:void(0)">'
        '<input type="text" placeholder="请输入关键字"><button type="button">搜索</button></form></div>'
        '<div class="rx-nav"><a href="/">首页</a><a href="javascript:void(0)">走进濡溪</a>'
        f'<a href="/ndbg/list.do?channelId={CHANNEL}">政务公开</a><a href="javascript:void(0)">政务服务</a>'
        '<a href="javascript:void(0)">互动交流</a></div>'
        f'<div class="rx-body">{inner}</div>'
        '<div class="rx-foot"><div class="rx-conac"><span id="_ideConac"></span></div><div class="rx-ft">'
        '<p>主办：濡溪县人民政府办公室　运维：濡溪县大数据中心　联系电话：0000-7712345</p>'
        '<p>网站标识码：9887060001　<a href="https://beian.miit.gov.cn/">未ICP备19006021号</a>　'
        '<a href="http://www.beian.gov.cn/">未公网安备 98870602000106号</a></p></div>'
        "<script id=\"_jiucuo_\" sitecode='9887060001' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"
        '</div></body></html>'
    )


class KaipuRuxi(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 323_800

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str, str]] = []  # (date, id, title, unit)
        self.articles: dict[str, bytes] = {}
        for year, date in ((2020, "2021-01-29"), (2021, "2022-01-28"), (2022, "2023-01-19"), (2023, "2024-01-31"),
                           (2024, "2025-01-27")):
            doc = self.doc(OWNER, year, date, f"濡溪县人民政府{year}年政府信息公开工作年度报告")
            if year == 2021:
                hexname = f"{self.rng.getrandbits(96):024x}"
                url = self.attach(HOST, f"/u/cms/ruxi/{date[:4]}{date[5:7]}/{hexname}.ofd", doc, "ofd")
                fj = (f'<div class="rx-fj">附件：<a href="{url.removeprefix("http://" + HOST)}">'
                      f'{esc(doc.title)}.ofd</a></div>')
                page = self.article(doc.title, date, OWNER, f"<p>{esc(doc.title)}请见附件。</p>", fj)
                self.report(SITE, page, doc, media_type=MEDIA["ofd"], report_url=url)
            else:
                self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2022)), doc)
        for unit, year, date, title, word in (
                ("濡溪县卫生健康局", 2023, "2024-01-25", "县卫健局2023年政府信息公开工作年度报告", False),
                ("濡溪县文化和旅游局", 2021, "2022-02-11", "县文旅局2021年政府信息公开年报", True),
                ("濡溪县濡口镇人民政府", 2024, "2025-01-21", "濡口镇2024年度政府信息公开工作报告", False)):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc, word=word)), doc)
        for title, year, date in (("濡溪县2024年政务公开工作要点", 2024, "2024-04-09"),
                                  ("濡溪县政府信息公开指南（2023年版）", 2023, "2023-03-15"),
                                  ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-18")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("濡溪县2023年政务公开第三方评估结果通报", "2023-11-08", OWNER,
                     "<p>根据第三方评估结果，现将2023年度全县政务公开工作评估情况通报如下：各单位平均得分86.5分。</p>")
        self.items.sort(reverse=True)
        self.route(HOST, "/ndbg/list.do", self.listing)
        self.route(HOST, "/ndbg/content.do", self.content)
        self.put(HOST, "/r/cms/ruxi/css/main.css", ".rx-body{width:1100px;margin:0 auto}", "text/css")
        self.put(HOST, "/", frame("濡溪县人民政府", (
            '<div class="rx-home"><div class="rx-box"><div class="hd"><b>政务公开</b></div><ul>'
            f'<li><a href="/ndbg/list.do?channelId={CHANNEL}">政府信息公开年报</a></li>'
            '<li><a href="javascript:void(0)">政府信息公开指南</a></li></ul></div>'
            '<div class="rx-box"><div class="hd"><b>濡溪要闻</b></div><ul><li>全县重点项目建设推进会召开</li></ul>'
            '</div></div>')))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        aid = str(1740000000000000000 + self.next_id(3, 50) * 7919 + self.rng.randint(0, 999))
        metas = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 10:00">'
                 f'<meta name="ContentSource" content="{esc(unit)}">'
                 '<meta name="ColumnName" content="政府信息公开年报">')
        inner = (f'<div class="rx-pos">当前位置：<a href="/">首页</a> &gt; <a href="list.do?channelId={CHANNEL}">'
                 f'政府信息公开年报</a></div><div class="rx-art"><h2 class="rx-bt">{esc(title)}</h2>'
                 f'<div class="rx-xx">发布时间：{date}　信息来源：{esc(unit)}　浏览次数：<span id="hits"></span></div>'
                 f'<div id="UCAP-CONTENT"><div class="trs_editor_view">{content}</div></div>{after}'
                 '<div class="info_ewm">扫一扫在手机打开当前页</div>'
                 '<div class="rx-tool"><a href="javascript:window.print()">打印本页</a>'
                 '<a href="javascript:window.close()">关闭窗口</a></div></div>')
        self.articles[aid] = frame(f"{title}-濡溪县人民政府", inner, metas).encode("utf-8")
        self.items.append((date, aid, title, unit))
        return f"http://{HOST}/ndbg/content.do?id={aid}&channelId={CHANNEL}"

    def content(self, request: Request) -> Response:
        body = self.articles.get(request.param("id"))
        if body is None or request.param("channelId") != CHANNEL:
            return self.not_found(request)
        return Response(200, body, "text/html; charset=utf-8")

    def listing(self, request: Request) -> Response:
        if request.param("channelId", CHANNEL) != CHANNEL:
            return self.not_found(request)
        try:
            page = max(1, int(request.param("pageNum", "1") or 1))
        except ValueError:
            page = 1
        pages = (len(self.items) + PER - 1) // PER
        rows = "".join(
            f'<li><span class="rx-org">[{esc(SHORT[unit])}]</span><a href="content.do?id={aid}&amp;channelId={CHANNEL}"'
            f' title="{esc(title)}" target="_blank">{esc(title)}</a><em>[{date}]</em></li>'
            for date, aid, title, unit in self.items[(page - 1) * PER:page * PER])

        def link(n: int, text: str) -> str:
            return f'<a href="?channelId={CHANNEL}&amp;pageNum={n}">{text}</a>'

        nav = [link(1, "首页") if page > 1 else '<span class="disabled">首页</span>',
               link(page - 1, "上一页") if page > 1 else '<span class="disabled">上一页</span>']
        nav += [f'<span class="cur">{n}</span>' if n == page else link(n, str(n)) for n in range(1, pages + 1)]
        nav += [link(page + 1, "下一页") if page < pages else '<span class="disabled">下一页</span>',
                link(pages, "尾页") if page < pages else '<span class="disabled">尾页</span>']
        pager = (f'<div class="kp-pages"><span class="info">共{len(self.items)}条 每页{PER}条 '
                 f'第{min(page, pages)}/{pages}页'
                 f'</span>{"".join(nav)}<form method="get" action="list.do" class="jump">'
                 f'<input type="hidden" name="channelId" value="{CHANNEL}">转到第<input type="text" name="pageNum" '
                 f'size="2" value="{page}">页<button type="submit">跳转</button></form></div>')
        metas = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="政府信息公开年报">'
        inner = ('<div class="rx-pos">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 政府信息公开年报</div>'
                 '<div class="rx-side"><h3>政务公开</h3><ul><li><a href="javascript:void(0)">政府信息公开指南</a></li>'
                 f'<li class="on"><a href="list.do?channelId={CHANNEL}">政府信息公开年报</a></li></ul></div>'
                 f'<div class="rx-main"><div class="rx-tit">政府信息公开年报</div><ul class="rx-list">{rows}</ul>'
                 f'{pager}</div>')
        return Response(200, frame("政府信息公开年报-濡溪县人民政府", inner, metas).encode("utf-8"),
                        "text/html; charset=utf-8")


PORTALS = [KaipuRuxi]
