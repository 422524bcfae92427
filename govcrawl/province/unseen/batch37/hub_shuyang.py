"""澍阳县 (www.shuyang.gov.test; jyj. / rsj.shuyang.gov.test): a county 部门和乡镇年报 hub whose two panes are
**query tabs of one dynamic page** — ``/zwgk/bmxznb/`` (= ``?tab=bm``, 县直部门) and ``?tab=xz`` (乡镇) — each pane a
unit list **paged by ``&p=N`` links** ("共6个单位 第1/2页 下一页 末页"), the departments' pane 4 units a page.

Registered ``http://www.shuyang.gov.test/zwgk/bmxznb/``; home ``/`` links it (部门乡镇年报).

Each pane is a ``<ul class="sy-units">`` of ``<li>`` rows: ``<span class="n">`` short unit name (县教育局 — agency
澍阳县教育局), ``<span class="y">`` holding year links ("2023年年报") straight to main-host articles or "暂无", and for
units with their own column a ``<a class="more">进入年报专栏</a>`` to the sub-host.  The tab links are query-only
(``href="?tab=xz"``), the pager links ``?tab=bm&amp;p=2``.  Under the panes ``<div class="sy-notice">`` links one
notice on the main host.

Units (县直部门, page 1): 县教育局 (专栏 ``http://jyj.shuyang.gov.test/xxgk/nb/``), 县人社局 (专栏
``http://rsj.shuyang.gov.test/gk/ndbg.html``), 县财政局 ("2023年年报" → ``/zwgk/bmxznb/bm/czj/<id>.html``), 县发改局
(暂无); page 2: 县公安局 (暂无), 县民政局 ("2024年年报" → ``/zwgk/bmxznb/bm/mzj/<id>.html``).  乡镇 (one page): 澍城镇
("2024年年报" → ``/zwgk/bmxznb/xz/scz/<id>.html``), 龙泉乡 (暂无), 石塘镇 (暂无).  Main-host articles carry
"来源：<full unit name>" in ``<div class="sy-info">`` and body ``<div class="sy-text">``.

教育局 sub-host: ``/xxgk/nb/index.html`` and ``index_1.html`` (3 a page, newest first) — a ``<table class="jy-tab">`` of
``<tr><td><a href="./<yyyymm>/t<yyyymmdd>_<id>.html">…</a></td><td>date</td></tr>`` with a plain-link pager "首页 上一页
下一页 尾页" (``<div class="jy-page">``); unit chrome ``<div class="dw-name">澍阳县教育局</div>``, articles with
"信息来源：澍阳县教育局" and body ``<div class="TRS_Editor">``: reports 2024, 2022, 2019 (old template), decoy
澍阳县教育局2023年度部门决算, other row 县教育局召开2024年政务公开工作部署会 (neither).
人社局 sub-host: ``/gk/ndbg.html``, one page, ``<ol class="rs-nb">`` of 3 items, articles ``/gk/ndbg/art_<id>.html``
(unit chrome ``<header>澍阳县人力资源和社会保障局</header>``, "发布单位："): reports 2023, 2021, decoy
澍阳县人力资源和社会保障局2024年法治政府建设年度报告.

Reports (8): 教育局 2019, 2022, 2024; 人社局 2021, 2023; 财政局 2023; 民政局 2024; 澍城镇 2024 — all HTML.
Decoys (3): the two above and, on the main host, 澍阳县关于2023年度政府信息公开工作年度报告发布情况的公告
(``/zwgk/tzgg/<id>.html``).
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch37._site import Site, esc

WWW = "www.shuyang.gov.test"
JYJ = "jyj.shuyang.gov.test"
RSJ = "rsj.shuyang.gov.test"
SITE = "shuyang-bmnb"
HUB = "/zwgk/bmxznb/"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="澍阳县人民政府">'
        '<meta name="SiteDomain" content="www.shuyang.gov.test"><meta name="SiteIDCode" content="9887070001">'
        f'<title>{esc(title)}</title></head><body>'
        '<div class="sy-top"><a href="javascript:void(0)">English</a> <a href="javascript:void(0)">无障碍阅读</a> '
        '<a href="javascript:void(0)">进入适老模式</a></div>'
        '<div class="sy-head"><span class="logo">澍阳县人民政府</span></div>'
        '<div class="sy-nav"><a href="/">首页</a><a href="javascript:void(0)">政务动态</a>'
        f'<a href="{HUB}">信息公开</a>'
        '<a href="javascript:void(0)">办事服务</a><a href="javascript:void(0)">互动交流</a></div>'
        f'<div class="sy-con">{inner}</div>'
        '<div class="sy-bot"><p>主办单位：澍阳县人民政府办公室　技术支持：澍阳县数据资源中心</p>'
        '<p>网站标识码：9887070001　<a href="https://beian.miit.gov.cn/">未ICP备18003307号</a>　'
        '未公网安备 98870702000315号</p>'
        '<p><a href="javascript:void(0)">网站地图</a> | '
        '<a href="javascript:void(0)">联系我们</a></p></div></body></html>'
    )


def unit_frame(unit: str, title: str, inner: str, style: str) -> str:
    head = (f'<div class="dw-name">{unit}</div>' if style == "jy" else f'<header class="rs-hd">{unit}</header>')
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>'
        f'<div class="top"><a href="http://{WWW}/">澍阳县人民政府</a> | <a href="/">{unit}</a></div>{head}'
        f'<div class="main">{inner}</div><div class="foot">版权所有：{unit}　网站标识码：9887070001　'
        '未ICP备18003307号</div></body></html>'
    )


class HubShuyang(Site):
    hosts = (WWW, JYJ, RSJ)
    site_ids = (SITE,)
    first_id = 324_600

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        # 教育局 sub-host
        jy = "澍阳县教育局"
        rows: list[tuple[str, str, str]] = []
        for year, date, title, word in ((2024, "2025-01-23", "县教育局2024年政府信息公开工作年度报告", False),
                                        (2022, "2023-01-30", "澍阳县教育局2022年政府信息公开工作年度报告", True),
                                        (2019, "2020-01-21", "县教育局2019年度政府信息公开工作年度报告", False)):
            doc = self.doc(jy, year, date, title)
            url, rel = self.jy_article(title, date, self.body(doc, word=word))
            self.report(SITE, url, doc)
            rows.append((date, title, rel))
        title = "澍阳县教育局2023年度部门决算"
        url, rel = self.jy_article(title, "2024-08-29", self.decoy_body(title, jy, 2023))
        self.decoy(SITE, url, title)
        rows.append(("2024-08-29", title, rel))
        title = "县教育局召开2024年政务公开工作部署会"
        _, rel = self.jy_article(title, "2024-03-06",
                                 "<p>3月5日，县教育局召开政务公开工作部署会，安排全年重点任务。</p>")
        rows.append(("2024-03-06", title, rel))
        rows.sort(reverse=True)
        for n in range(2):
            part = rows[n * 3:(n + 1) * 3]
            trs = "".join(f'<tr><td><a href="{rel}" target="_blank">{esc(t)}</a></td><td class="d">{d}</td></tr>'
                          for d, t, rel in part)
            first, last = "index.html", "index_1.html"
            pager = ('<div class="jy-page">' + (f'<a href="{first}">首页</a> ' if n else "首页 ")
                     + (f'<a href="{first}">上一页</a> ' if n else "上一页 ")
                     + (f'<a href="{last}">下一页</a> <a href="{last}">尾页</a>' if not n else "下一页 尾页")
                     + f" 当前第{n + 1}页/共2页</div>")
            self.put(JYJ, f"/xxgk/nb/{first if n == 0 else last}", unit_frame(jy, "政府信息公开年报", (
                '<div class="jy-lm">政府信息公开年报</div><table class="jy-tab" width="100%">'
                f'{trs}</table>{pager}'), "jy"))
        self.put(JYJ, "/", unit_frame(jy, jy, '<p><a href="/xxgk/nb/">政府信息公开年报</a></p>', "jy"))
        # 人社局 sub-host
        rs = "澍阳县人力资源和社会保障局"
        items = []
        for year, date, title in ((2023, "2024-01-29", "县人社局2023年政府信息公开工作年度报告"),
                                  (2021, "2022-01-26", "县人社局2021年政府信息公开工作年度报告")):
            doc = self.doc(rs, year, date, title)
            url = self.rs_article(title, date, self.body(doc))
            self.report(SITE, url, doc)
            items.append((date, title, url))
        title = "澍阳县人力资源和社会保障局2024年法治政府建设年度报告"
        url = self.rs_article(title, "2025-02-14", self.decoy_body(title, rs, 2024))
        self.decoy(SITE, url, title)
        items.append(("2025-02-14", title, url))
        items.sort(reverse=True)
        lis = "".join(f'<li><a href="{u.removeprefix("http://" + RSJ)}">{esc(t)}</a> <small>{d}</small></li>'
                      for d, t, u in items)
        self.put(RSJ, "/gk/ndbg.html", unit_frame(rs, "年度报告",
                                                  f'<h3>年度报告</h3><ol class="rs-nb">{lis}</ol>', "rs"))
        self.put(RSJ, "/", unit_frame(rs, rs, '<p><a href="/gk/ndbg.html">年度报告</a></p>', "rs"))
        # main-host reports
        direct: dict[str, str] = {}
        for short, unit, folder, year, date in (("县财政局", "澍阳县财政局", "bm/czj", 2023, "2024-01-31"),
                                                ("县民政局", "澍阳县民政局", "bm/mzj", 2024, "2025-01-24"),
                                                ("澍城镇", "澍阳县澍城镇人民政府", "xz/scz", 2024, "2025-01-20")):
            title = f"{short}{year}年政府信息公开工作年度报告"
            doc = self.doc(unit, year, date, title)
            url = self.main_article(f"{HUB}{folder}/", title, date, unit, self.body(doc, word=short == "县民政局"))
            self.report(SITE, url, doc)
            direct[short] = f'<a href="{url.removeprefix("http://" + WWW)}" target="_blank">{year}年年报</a>'
        title = "澍阳县关于2023年度政府信息公开工作年度报告发布情况的公告"
        self.notice = self.main_article("/zwgk/tzgg/", title, "2024-02-05", "澍阳县人民政府办公室",
                                        self.decoy_body(title, "澍阳县人民政府", 2023))
        self.decoy(SITE, self.notice, title)
        none = '<em class="none">暂无</em>'
        self.panes = {
            "bm": [("县教育局", none, f"http://{JYJ}/xxgk/nb/"), ("县人社局", none, f"http://{RSJ}/gk/ndbg.html"),
                   ("县财政局", direct["县财政局"], ""), ("县发改局", none, ""),
                   ("县公安局", none, ""), ("县民政局", direct["县民政局"], "")],
            "xz": [("澍城镇", direct["澍城镇"], ""), ("龙泉乡", none, ""), ("石塘镇", none, "")],
        }
        self.route(WWW, HUB, self.hub)
        self.put(WWW, "/", frame("澍阳县人民政府", (
            '<div class="sy-idx"><div class="box"><h3>信息公开</h3><ul>'
            '<li><a href="/zwgk/bmxznb/">部门乡镇年报</a></li>'
            '<li><a href="javascript:void(0)">政府信息公开指南</a></li></ul></div>'
            '<div class="box"><h3>澍阳新闻</h3><ul><li>县政府召开第32次常务会议</li></ul></div></div>')))

    def hub(self, request: Request) -> Response:
        tab = request.param("tab", "bm")
        if tab not in self.panes:
            tab = "bm"
        units = self.panes[tab]
        pages = (len(units) + PER - 1) // PER
        try:
            page = min(max(1, int(request.param("p", "1") or 1)), pages)
        except ValueError:
            page = 1
        lis = "".join(
            f'<li><span class="n">{esc(n)}</span><span class="y">{y}</span>'
            + (f'<a class="more" href="{col}" target="_blank">进入年报专栏</a>' if col else "") + "</li>"
            for n, y, col in units[(page - 1) * PER:page * PER])
        fy = f'<div class="sy-fy">共{len(units)}个单位 第{page}/{pages}页 '
        if page > 1:
            fy += f'<a href="?tab={tab}&amp;p=1">首页</a> <a href="?tab={tab}&amp;p={page - 1}">上一页</a> '
        if page < pages:
            fy += f'<a href="?tab={tab}&amp;p={page + 1}">下一页</a> <a href="?tab={tab}&amp;p={pages}">末页</a>'
        fy += "</div>"
        on = ' class="on"'
        tabs = "".join(f'<a href="?tab={k}"{on if k == tab else ""}>{v}</a>'
                       for k, v in (("bm", "县直部门"), ("xz", "乡镇")))
        notice = self.notice.removeprefix("http://" + WWW)
        inner = ('<div class="sy-pos">当前位置：<a href="/">首页</a> &gt; 信息公开 &gt; 部门乡镇年报</div>'
                 f'<div class="sy-tabs">{tabs}</div><ul class="sy-units">{lis}</ul>{fy}'
                 f'<div class="sy-notice">通知公告：<a href="{notice}">'
                 '澍阳县关于2023年度政府信息公开工作年度报告发布情况的公告</a></div>')
        return Response(200, frame("部门乡镇年报_澍阳县人民政府", inner).encode("utf-8"), "text/html; charset=utf-8")

    def jy_article(self, title: str, date: str, content: str) -> tuple[str, str]:
        aid = self.next_id(3, 50)
        month = date[:7].replace("-", "")
        rel = f"./{month}/t{date.replace('-', '')}_{aid}.html"
        inner = (f'<h2 class="jy-bt">{esc(title)}</h2><div class="jy-xx">发布日期：{date}　信息来源：澍阳县教育局</div>'
                 f'<div class="TRS_Editor">{content}</div>'
                 '<div class="jy-gb"><a href="javascript:window.close()">关闭</a></div>')
        path = f"/xxgk/nb/{rel[2:]}"
        self.put(JYJ, path, unit_frame("澍阳县教育局", title, inner, "jy"))
        return f"http://{JYJ}{path}", rel

    def rs_article(self, title: str, date: str, content: str) -> str:
        path = f"/gk/ndbg/art_{self.next_id(3, 50)}.html"
        inner = (f'<article><h1>{esc(title)}</h1><p class="rs-meta">'
                 f'发布单位：澍阳县人力资源和社会保障局　日期：{date}</p>'
                 f'<div class="rs-body">{content}</div></article>')
        return self.put(RSJ, path, unit_frame("澍阳县人力资源和社会保障局", title, inner, "rs"))

    def main_article(self, folder: str, title: str, date: str, unit: str, content: str) -> str:
        path = f"{folder}{self.next_id(3, 50)}.html"
        inner = ('<div class="sy-pos">当前位置：<a href="/">首页</a> &gt; '
                 '<a href="/zwgk/bmxznb/">部门乡镇年报</a></div>'
                 f'<h1 class="sy-h1">{esc(title)}</h1><div class="sy-info">发布时间：{date}　来源：{esc(unit)}　'
                 '【字体：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> '
                 '<a href="javascript:void(0)">小</a>】</div>'
                 f'<div class="sy-text">{content}</div><div class="sy-ewm">扫一扫在手机打开当前页</div>')
        return self.put(WWW, path, frame(f"{title}_澍阳县人民政府", inner))


PORTALS = [HubShuyang]
