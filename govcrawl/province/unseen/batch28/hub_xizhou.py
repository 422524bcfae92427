"""隰州市 (www.xizhou.gov.test, jyj.xizhou.gov.test, fgw.xizhou.gov.test): a city 部门年报 hub split into two *tab
pages* — ``/bmnb/szbm.html`` (市直部门) and ``/bmnb/zj.html`` (镇（街道）) joined by a ``<ul class="tab-nav">`` —
where the 市直部门 tab is a ``<table>`` of units whose only link is "进入年报栏目" to the unit's own 年报 list on its
sub-host, and the 镇（街道） tab is an ``<ol>`` of the towns' reports themselves (pages on the city host).

Registered ``http://www.xizhou.gov.test/bmnb/szbm.html``.  ``szbm.html``: ``<table class="unit-tab"><tr><th>序号</th>
<th>单位名称</th><th>年报栏目</th></tr><tr><td>1</td><td>隰州市教育局</td><td><a href="http://jyj.xizhou.gov.test/
xxgk/nb/">进入年报栏目</a></td></tr>…`` (2 units; "共2个单位").  ``zj.html``: ``<ol class="zj-list"><li><a
href="/bmnb/zj/<id>.html">隰川镇2024年政府信息公开工作年度报告</a><span>2025-01-24</span></li>…`` (5 rows: 2 reports
per town and one decoy).  Town pages: ``h1``, ``<p class="src">来源：隰州市隰川镇人民政府　发布日期：…</p>``,
body ``div.art-body``.

Sub-hosts (each with the unit's own chrome: ``<div class="sub-head">隰州市教育局</div>``, SiteName meta):
``/xxgk/nb/`` a ``<ul class="nb-ul">`` of ``<li><a href="/xxgk/nb/<YYYY>/<id>.html">2024年度政府信息公开工作年度
报告</a><em>2025-01-20</em></li>`` — titles name only the year (the unit is in the sub-host's chrome and each page's
``来源`` line and ContentSource meta).  No paging (≤ 3 rows each; "共N条").

Reports (8): 隰州市教育局 2024, 2023; 隰州市发展和改革委员会 2024, 2020 (old template); 隰州市隰川镇人民政府 2024,
2021; 隰州市蒲溪街道办事处 2023, 2019 (old template).  Decoys (3): 隰州市教育局2024年度法治政府建设年度报告 (教育局
list), 关于报送2024年度政府信息公开工作年度报告的函 (发改委 list), 蒲溪街道2025年政务公开工作要点 (镇街 tab).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch28._site import Site, esc

HOST = "www.xizhou.gov.test"
SITE = "xizhou-bmnb"
CITY = "隰州市人民政府"
UNITS = (("jyj.xizhou.gov.test", "隰州市教育局"), ("fgw.xizhou.gov.test", "隰州市发展和改革委员会"))


def frame(host: str, name: str, title: str, inner: str, source: str = "") -> str:
    sub = host != HOST
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(name)}"><meta '
        f'name="SiteDomain" content="{host}"><meta name="SiteIDCode" content="98780700{"31" if sub else "01"}">'
        + (f'<meta name="ContentSource" content="{esc(source)}">' if source else "")
        + f'<title>{esc(title)}</title></head><body><div class="top"><a href="http://{HOST}/">隰州市人民政府</a>'
        '<a href="javascript:;" class="wza">无障碍</a><a href="javascript:;">关怀版</a></div>'
        + (f'<div class="sub-head">{esc(name)}</div><div class="sub-nav"><a href="/">首页</a><a href="/xxgk/nb/">'
           '政府信息公开年报</a></div>' if sub else
           '<div class="head">隰州市人民政府</div><div class="nav"><a href="/">首页</a><a href="/bmnb/szbm.html">'
           '部门年报</a></div>')
        + f'{inner}<div class="foot">主办单位：{esc(name if sub else "隰州市人民政府办公室")}　网站标识码：98780700'
        f'{"31" if sub else "01"}　<a href="https://beian.miit.gov.cn/">未ICP备08117720号</a></div></body></html>'
    )


def tabs(on: str) -> str:
    items = (("szbm.html", "市直部门"), ("zj.html", "镇（街道）"))
    on_attr = ' class="on"'
    return '<ul class="tab-nav">' + "".join(
        f'<li{on_attr if href == on else ""}><a href="{href}">{label}</a></li>' for href, label in items
    ) + "</ul>"


class HubXizhou(Site):
    hosts = (HOST,) + tuple(h for h, _ in UNITS)
    site_ids = (SITE,)  # the sub-hosts' reports are crawled from the hub's entry: their truth is under it
    first_id = 235_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        plan = {"隰州市教育局": ((2024, "2025-01-20"), (2023, "2024-01-25")),
                "隰州市发展和改革委员会": ((2024, "2025-01-28"), (2020, "2021-01-29"))}
        decoys = {"隰州市教育局": ("隰州市教育局2024年度法治政府建设年度报告", 2024, "2025-03-06"),
                  "隰州市发展和改革委员会": ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-10")}
        for host, name in UNITS:
            rows: list[tuple[str, str, str]] = []
            for year, date in plan[name]:
                doc = self.doc(name, year, date, f"{year}年度政府信息公开工作年度报告")
                url = self.page(host, name, doc.title, date, self.body(doc, word=host.startswith("fgw")), rows)
                self.report(SITE, url, doc)
            title, year, date = decoys[name]
            self.decoy(SITE, self.page(host, name, title, date, self.decoy_body(title, name, year), rows), title)
            rows.sort(key=lambda r: r[2], reverse=True)
            items = "".join(f'<li><a href="{p}">{esc(t)}</a><em>{d}</em></li>' for t, p, d in rows)
            self.put(host, "/xxgk/nb/", frame(host, name, f"政府信息公开年报_{name}", (
                f'<div class="col"><h3>政府信息公开年报</h3><ul class="nb-ul">{items}</ul>'
                f'<div class="cnt">共{len(rows)}条</div></div>')))
            self.put(host, "/", frame(host, name, name, '<div class="home"><a href="/xxgk/nb/">政府信息公开年报</a>'
                                                         '</div>'))
        towns: list[tuple[str, str, str]] = []
        for name, short, plan2 in (("隰州市隰川镇人民政府", "隰川镇", ((2024, "2025-01-24"), (2021, "2022-01-27"))),
                                   ("隰州市蒲溪街道办事处", "蒲溪街道", ((2023, "2024-01-30"), (2019, "2020-01-22")))):
            for year, date in plan2:
                doc = self.doc(name, year, date, f"{short}{year}年政府信息公开工作年度报告")
                self.report(SITE, self.page(HOST, name, doc.title, date, self.body(doc), towns), doc)
        title = "蒲溪街道2025年政务公开工作要点"
        name = "隰州市蒲溪街道办事处"
        self.decoy(SITE, self.page(HOST, name, title, "2025-03-18", self.decoy_body(title, name, 2025), towns), title)
        towns.sort(key=lambda r: r[2], reverse=True)
        units = "".join(f'<tr><td>{i}</td><td>{esc(n)}</td><td><a href="http://{h}/xxgk/nb/">进入年报栏目</a></td></tr>'
                        for i, (h, n) in enumerate(UNITS, 1))
        self.put(HOST, "/bmnb/szbm.html", frame(HOST, CITY, "部门年报_隰州市人民政府", (
            f'<div class="hub"><h2>部门年报</h2>{tabs("szbm.html")}<div class="tab-pane"><table class="unit-tab">'
            f'<tr><th>序号</th><th>单位名称</th><th>年报栏目</th></tr>{units}</table>'
            f'<p class="cnt">共{len(UNITS)}个单位</p></div></div>')))
        zj_rows = "".join(f'<li><a href="{p}">{esc(t)}</a><span>{d}</span></li>' for t, p, d in towns)
        self.put(HOST, "/bmnb/zj.html", frame(HOST, CITY, "镇（街道）年报_隰州市人民政府", (
            f'<div class="hub"><h2>部门年报</h2>{tabs("zj.html")}<div class="tab-pane">'
            f'<ol class="zj-list">{zj_rows}</ol></div></div>')))
        self.put(HOST, "/", frame(HOST, CITY, CITY, '<div class="home"><a href="/bmnb/szbm.html">部门年报</a></div>'))

    def page(self, host: str, unit: str, title: str, date: str, content: str, rows: list[tuple[str, str, str]]
             ) -> str:
        pid = self.next_id()
        path = f"/bmnb/zj/{pid}.html" if host == HOST else f"/xxgk/nb/{date[:4]}/{pid}.html"
        inner = (f'<div class="art"><h1>{esc(title)}</h1><p class="src">来源：{esc(unit)}　发布日期：{date}</p>'
                 f'<div class="art-body">{content}</div></div>')
        owner = CITY if host == HOST else unit
        self.put(host, path, frame(host, owner, f"{title}_{owner}", inner, source=unit))
        rows.append((title, path, date))
        return f"http://{host}{path}"


PORTALS = [HubXizhou]
