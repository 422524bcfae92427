"""湟口县 (www.huangkou.gov.test; jyj. / slj.huangkou.gov.test): a county 部门和乡镇年报 hub whose links to the
departments' own 年报 columns are **站群 jump links** — ``/site/jump?sid=<n>`` on the county host, answering **302**
with ``Location:`` the sub-host column — while the other units' year links point straight at main-host articles.

Registered ``http://www.huangkou.gov.test/zwgk/bmnb/``; home ``/`` links it (部门乡镇年报).

The hub is one ``<table class="hk-nb">`` with a ``<thead>`` row 序号 | 单位 | 年度报告 | 年报栏目 and **one ``<tbody>``
per group**, each opened by a ``<tr class="grp"><th colspan="4">县直部门</th></tr>`` (then 乡镇): the 单位 cell is plain
short text (县教育局 — agency 湟口县教育局), the 年度报告 cell holds year links ("2024年度") or "—", the 年报栏目 cell a
"进入栏目" link ``/site/jump?sid=…`` or "—".  Under the table ``<p class="hk-tz">`` links one notice on the main host.

Units:
  县教育局: 进入栏目 → ``/site/jump?sid=1001`` → 302 ``http://jyj.huangkou.gov.test/xxgk/ndbg/`` (``index.html``; a
  ``<div class="jy-rows">`` of ``<p><a href="./<yyyy>/<id>.shtml">title</a><i>date</i></p>``, 3 a page, page 2
  ``index_2.html`` linked by a "首页 1 2 下一页" ``<div class="jy-fy">``; unit chrome
  ``<div class="dw">湟口县教育局</div>``
  and "信息来源：" line): reports 2024, 2023, 2021 (titled "县教育局…"), decoy 湟口县教育局2023年度部门决算.
  县水利局: 进入栏目 → ``/site/jump?sid=1002`` → 302 ``http://slj.huangkou.gov.test/gk/nb.html`` (``<ul class="sl-nb">``
  of 3 items, one page; articles ``/gk/nb/<id>.html``): reports 2024, 2020 (old template), decoy
  湟口县水利局2024年法治政府建设年度报告.
  县财政局: "2023年度" → main-host ``/zwgk/bmnb/czj/<id>.html`` (来源：湟口县财政局); no 栏目.
  湟源镇: "2024年度" → main-host ``/zwgk/bmnb/xz/hyz/<id>.html`` (来源：湟口县湟源镇人民政府).
  石门乡: "2022年度" → main-host ``/zwgk/bmnb/xz/smx/<id>.html`` (来源：湟口县石门乡人民政府).
Main host: decoy 关于做好2024年度政府信息公开工作年度报告编制发布工作的函 at ``/zwgk/tzgg/<id>.html``.

Reports (8): 教育局 2021, 2023, 2024; 水利局 2020, 2024; 财政局 2023; 湟源镇 2024; 石门乡 2022 — all HTML.
Decoys (3) as above.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch36._site import Site, esc

WWW = "www.huangkou.gov.test"
JYJ = "jyj.huangkou.gov.test"
SLJ = "slj.huangkou.gov.test"
SITE = "huangkou-bmnb"
COUNTY = "湟口县人民政府"


def frame(site: str, title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(site)}">{extra}'
        f'<title>{esc(title)}</title></head><body><div class="hk-top"><a href="http://{WWW}/">湟口县人民政府</a>'
        '<span>|</span><a href="javascript:void(0)" class="wza">无障碍</a><a href="javascript:void(0)">关怀版</a></div>'
        f'<div class="hk-head"><h1>{esc(site)}</h1></div><div class="hk-nav"><a href="/">首页</a>'
        '<a href="javascript:void(0)">机构概况</a><a href="javascript:void(0)">信息公开</a>'
        f'<a href="javascript:void(0)">互动交流</a></div><div class="hk-con">{inner}</div>'
        f'<div class="hk-foot"><p>主办：{esc(site)}　地址：湟口县人民路1号　邮编：998607</p>'
        '<p>网站标识码：9886070001　<a href="https://beian.miit.gov.cn/">未ICP备19007731号</a>　'
        '未公网安备 98860702000019号</p><p>党政机关网站标识 <span id="_ideConac"></span></p></div></body></html>'
    )


class HubHuangkou(Site):
    hosts = (WWW, JYJ, SLJ)
    site_ids = (SITE,)
    first_id = 314_600

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.jumps = {"1001": f"http://{JYJ}/xxgk/ndbg/", "1002": f"http://{SLJ}/gk/nb.html"}
        self.route(WWW, "/site/jump", self.jump)

        # 县教育局 on its sub-host
        unit = "湟口县教育局"
        rows: list[tuple[str, str, str]] = []
        for year, date in ((2024, "2025-01-22"), (2023, "2024-01-25"), (2021, "2022-01-28")):
            title = f"县教育局{year}年政府信息公开工作年度报告"
            doc = self.doc(unit, year, date, title)
            href = self.jy_article(title, date, self.body(doc, word=year == 2023))
            self.report(SITE, f"http://{JYJ}/xxgk/ndbg/{href[2:]}", doc)
            rows.append((date, title, href))
        title = "湟口县教育局2023年度部门决算"
        href = self.jy_article(title, "2024-08-30", self.decoy_body(title, unit, 2023))
        self.decoy(SITE, f"http://{JYJ}/xxgk/ndbg/{href[2:]}", title)
        rows.append(("2024-08-30", title, href))
        rows.sort(reverse=True)
        for n, chunk in enumerate((rows[:3], rows[3:]), 1):
            items = "".join(f'<p><a href="{h}" title="{esc(t)}">{esc(t)}</a><i>{d}</i></p>' for d, t, h in chunk)
            pager = ('<div class="jy-fy"><a href="index.html">首页</a> '
                     + ('<span>1</span> <a href="index_2.html">2</a> <a href="index_2.html">下一页</a>' if n == 1
                        else '<a href="index.html">1</a> <span>2</span> 下一页') + "</div>")
            self.put(JYJ, "/xxgk/ndbg/" + ("index.html" if n == 1 else "index_2.html"), frame(
                unit, f"政府信息公开年报-{unit}",
                f'<div class="dw">{unit}</div><h2>政府信息公开年报</h2><div class="jy-rows">{items}</div>{pager}'))
        self.put(JYJ, "/", frame(unit, unit, '<a href="/xxgk/ndbg/">政府信息公开年报</a>'))

        # 县水利局 on its sub-host
        unit = "湟口县水利局"
        items = ""
        for year, date in ((2024, "2025-01-24"), (2020, "2021-02-03")):
            title = f"{unit}{year}年度政府信息公开工作年度报告"
            doc = self.doc(unit, year, date, title)
            url = self.plain(SLJ, "/gk/nb/", unit, unit, title, date, self.body(doc, word=year == 2020))
            self.report(SITE, url, doc)
            items += f'<li><a href="{url.removeprefix(f"http://{SLJ}")}">{esc(title)}</a><span>{date}</span></li>'
        title = f"{unit}2024年法治政府建设年度报告"
        url = self.plain(SLJ, "/gk/nb/", unit, unit, title, "2025-02-14", self.decoy_body(title, unit, 2024))
        self.decoy(SITE, url, title)
        items = (f'<li><a href="{url.removeprefix(f"http://{SLJ}")}">{esc(title)}</a><span>2025-02-14</span></li>'
                 + items)
        self.put(SLJ, "/gk/nb.html", frame(unit, f"年报-{unit}",
                                           f'<h2>政府信息公开年报</h2><ul class="sl-nb">{items}</ul>'))
        self.put(SLJ, "/", frame(unit, unit, '<a href="/gk/nb.html">政府信息公开年报</a>'))

        # main-host units
        links: dict[str, str] = {}
        for key, unit, path, year, date in (
                ("czj", "湟口县财政局", "/zwgk/bmnb/czj/", 2023, "2024-01-29"),
                ("hyz", "湟口县湟源镇人民政府", "/zwgk/bmnb/xz/hyz/", 2024, "2025-01-26"),
                ("smx", "湟口县石门乡人民政府", "/zwgk/bmnb/xz/smx/", 2022, "2023-01-31")):
            title = f"{unit.removeprefix('湟口县')}{year}年政府信息公开工作年度报告"
            doc = self.doc(unit, year, date, title)
            url = self.plain(WWW, path, "湟口县人民政府", unit, title, date, self.body(doc, word=key == "hyz"))
            self.report(SITE, url, doc)
            links[key] = f'<a href="{url.removeprefix(f"http://{WWW}")}" target="_blank">{year}年度</a>'
        title = "关于做好2024年度政府信息公开工作年度报告编制发布工作的函"
        tz = self.plain(WWW, "/zwgk/tzgg/", "湟口县人民政府", "湟口县人民政府办公室", title, "2024-12-18",
                        self.decoy_body(title, COUNTY, 2024))
        self.decoy(SITE, tz, title)

        def row(n: int, name: str, years: str, sid: str) -> str:
            col = f'<a href="/site/jump?sid={sid}" target="_blank">进入栏目</a>' if sid else "—"
            return f"<tr><td>{n}</td><td>{name}</td><td>{years or '—'}</td><td>{col}</td></tr>"

        table = (
            '<table class="hk-nb"><thead><tr><th>序号</th><th>单位</th><th>年度报告</th><th>年报栏目</th></tr></thead>'
            '<tbody><tr class="grp"><th colspan="4">县直部门</th></tr>'
            + row(1, "县教育局", "", "1001") + row(2, "县水利局", "", "1002") + row(3, "县财政局", links["czj"], "")
            + '</tbody><tbody><tr class="grp"><th colspan="4">乡镇</th></tr>'
            + row(4, "湟源镇", links["hyz"], "") + row(5, "石门乡", links["smx"], "") + "</tbody></table>")
        self.put(WWW, "/zwgk/bmnb/index.html", frame(
            "湟口县人民政府", "部门乡镇年报-湟口县人民政府",
            '<div class="hk-crumb">首页 &gt; 政务公开 &gt; 部门乡镇年报</div>'
            '<h2>部门和乡镇政府信息公开工作年度报告</h2>'
            + table + f'<p class="hk-tz">通知：<a href="{tz.removeprefix(f"http://{WWW}")}">{esc(title)}</a></p>',
            '<meta name="ColumnName" content="部门乡镇年报">'))
        self.put(WWW, "/", frame("湟口县人民政府", "湟口县人民政府门户网站",
                                 '<ul class="hk-zw"><li><a href="/zwgk/bmnb/">部门乡镇年报</a></li></ul>'))

    def jump(self, request: Request) -> Response:
        target = self.jumps.get(request.param("sid"))
        if target is None:
            return Response(200, "<html><body><p>站点不存在或已关闭。</p></body></html>".encode())
        return Response(302, b"", "text/html; charset=utf-8", {"Location": target})

    def jy_article(self, title: str, date: str, content: str) -> str:
        aid = self.next_id()
        path = f"/xxgk/ndbg/{date[:4]}/{aid}.shtml"
        self.put(JYJ, path, frame("湟口县教育局", f"{title}-湟口县教育局", (
            f'<div class="dw">湟口县教育局</div><h2 class="tit">{esc(title)}</h2>'
            f'<p class="ly">信息来源：湟口县教育局　发布时间：{date}</p><div class="zw">{content}</div>'),
            '<meta name="ContentSource" content="湟口县教育局">'))
        return f"./{date[:4]}/{aid}.shtml"

    def plain(self, host: str, folder: str, site: str, unit: str, title: str, date: str, content: str) -> str:
        aid = self.next_id()
        path = f"{folder}{aid}.html"
        self.put(host, path, frame(site, title, (
            f'<div class="art"><h2>{esc(title)}</h2><div class="info">来源：{esc(unit)}　日期：{date}</div>'
            f'<div class="TRS_Editor">{content}</div><div class="tool"><a href="javascript:window.print()">打印本页</a>'
            '</div></div>'), f'<meta name="ContentSource" content="{esc(unit)}">'))
        return f"http://{host}{path}"


PORTALS = [HubHuangkou]
