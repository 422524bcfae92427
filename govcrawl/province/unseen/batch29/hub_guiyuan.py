"""氿源县 (www.guiyuan.gov.test; jyj. / wjj. / gkz. / cxx.guiyuan.gov.test): a county 部门年报 / 乡镇年报 hub laid out
as an *accordion* — ``/bmnb/index.html`` has the county's own reports in a short list on top, then two
``<section class="acc-item">`` panels: 县直部门 (open) holds one native ``<details>`` per department whose
``<summary>`` is the short name (县教育局) and whose bare year links ("2023年度") point straight at that unit's
reports on its own sub-host; 乡镇 (collapsed) holds no links at all — its body is ``<div class="acc-body"
data-src="/bmnb/xz.html">加载中…</div>``, a fragment the page's script loads on opening, and that fragment lists the
towns with "进入年报专栏" links to each town's own 年报 list on its sub-host.

Registered ``http://www.guiyuan.gov.test/bmnb/index.html``; home ``/`` links it (部门年报) too.
Main host articles: ``/bmnb/<YYYY>/<id>.html`` with ``h2.nb-t`` and a "发布单位：… 日期：…" line over
``div#nbText``.
Sub-host pages (all in the unit's own chrome — its full name in ``<meta name="SiteName">`` and the banner, and a
"发布机构：<full name>" line): department reports ``/xxgk/nb/<id>.html``; the towns' lists ``/zwgk/nb/index.html``
(one page each, ``<ul class="town-nb">`` rows) linking ``/zwgk/nb/<id>.html``.  Titles on sub-hosts are short
("2023年度政府信息公开工作年度报告", "本镇2024年…"): the agency is in the chrome and the 发布机构 line.

Reports (8, all under the hub's site id): 氿源县人民政府 2023, 2024 (main host); 氿源县教育局 2020 (old template),
2023 (jyj.); 氿源县卫生健康局 2024 (wjj.); 氿源县氿口镇人民政府 2021, 2024 (gkz., town list); 氿源县岔溪乡人民政府 2022
(cxx., town list).
Decoys (3): 氿源县2024年政府网站工作年度报表 (hub top list), 氿源县教育局2023年度部门决算 (a third link "2023年决算" in
the 县教育局 ``<details>``), 氿口镇2024年法治政府建设年度报告 (gkz. list).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch29._site import Site, esc

HOST = "www.guiyuan.gov.test"
SITE = "guiyuan-bmnb"
OWNER = "氿源县人民政府"


def frame(host: str, unit: str, title: str, inner: str, code: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(unit)}"><meta '
        f'name="SiteDomain" content="{host}"><meta name="SiteIDCode" content="{code}"><title>{esc(title)}</title>'
        f'</head><body><div class="gy-top"><a href="http://{HOST}/">氿源县人民政府门户网站</a><a href="javascript:;" '
        f'onclick="ariaStart()">无障碍</a></div><div class="gy-banner"><strong>{esc(unit)}</strong></div>'
        f'<div class="gy-nav"><a href="/">首页</a><a href="javascript:;">政务公开</a><a href="javascript:;">'
        f'互动交流</a></div>{inner}<div class="gy-foot"><p>主办：{esc(unit)}　网站标识码：{code}</p><p><a '
        'href="https://beian.miit.gov.cn/">未ICP备21009934号-1</a>　未公网安备 98790702000054号</p></div></body></html>'
    )


def art(title: str, unit: str, date: str, content: str) -> str:
    return (f'<div class="gy-art"><h2 class="nb-t">{esc(title)}</h2><p class="nb-meta">发布机构：{esc(unit)}　'
            f'发布单位：{esc(unit)}　日期：{date}</p><div id="nbText">{content}</div></div>')


class HubGuiyuan(Site):
    hosts = (HOST, "jyj.guiyuan.gov.test", "wjj.guiyuan.gov.test", "gkz.guiyuan.gov.test", "cxx.guiyuan.gov.test")
    site_ids = (SITE,)
    first_id = 245_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        # county's own list
        top: list[str] = []
        for year, date in ((2024, "2025-01-20"), (2023, "2024-01-22")):
            doc = self.doc(OWNER, year, date, f"氿源县人民政府{year}年政府信息公开工作年度报告")
            url = self.page(HOST, OWNER, f"/bmnb/{date[:4]}/{self.next_id()}.html", doc.title, date,
                            self.body(doc, word=year == 2024), "9879070001")
            self.report(SITE, url, doc)
            top.append(f'<li><a href="{url}">{esc(doc.title)}</a><span>{date}</span></li>')
        title = "氿源县2024年政府网站工作年度报表"
        url = self.page(HOST, OWNER, f"/bmnb/2025/{self.next_id()}.html", title, "2025-01-15",
                        self.decoy_body(title, OWNER, 2024), "9879070001")
        self.decoy(SITE, url, title)
        top.append(f'<li><a href="{url}">{esc(title)}</a><span>2025-01-15</span></li>')
        # departments on sub-hosts
        panels: list[str] = []
        jyj, jname = "jyj.guiyuan.gov.test", "氿源县教育局"
        links: list[str] = []
        for year, date in ((2023, "2024-01-25"), (2020, "2021-01-28")):
            doc = self.doc(jname, year, date, f"{year}年度政府信息公开工作年度报告")
            url = self.page(jyj, jname, f"/xxgk/nb/{self.next_id()}.html", doc.title, date, self.body(doc),
                            "9879070012")
            self.report(SITE, url, doc)
            links.append(f'<li><a href="{url}" target="_blank">{year}年度</a></li>')
        title = "氿源县教育局2023年度部门决算"
        url = self.page(jyj, jname, f"/xxgk/nb/{self.next_id()}.html", title, "2024-08-26",
                        self.decoy_body(title, jname, 2023), "9879070012")
        self.decoy(SITE, url, title)
        links.append(f'<li><a href="{url}" target="_blank">2023年决算</a></li>')
        panels.append(f'<details><summary>县教育局</summary><ul>{"".join(links)}</ul></details>')
        wjj, wname = "wjj.guiyuan.gov.test", "氿源县卫生健康局"
        doc = self.doc(wname, 2024, "2025-01-24", "2024年度政府信息公开工作年度报告")
        url = self.page(wjj, wname, f"/xxgk/nb/{self.next_id()}.html", doc.title, "2025-01-24",
                        self.body(doc, word=True), "9879070015")
        self.report(SITE, url, doc)
        panels.append(f'<details><summary>县卫生健康局</summary><ul><li><a href="{url}" target="_blank">2024年度</a>'
                      '</li></ul></details><details><summary>县财政局</summary><ul><li>暂无</li></ul></details>')
        for host, unit, code in ((jyj, jname, "9879070012"), (wjj, wname, "9879070015")):
            self.put(host, "/", frame(host, unit, unit, '<div class="gy-home"><p>政务公开栏目建设中</p></div>', code))
        # towns' own lists
        towns: list[str] = []
        for host, unit, short, items, code in (
                ("gkz.guiyuan.gov.test", "氿源县氿口镇人民政府", "氿口镇",
                 ((2024, "2025-03-18", False), (2024, "2025-01-23", True), (2021, "2022-01-27", True)), "9879070031"),
                ("cxx.guiyuan.gov.test", "氿源县岔溪乡人民政府", "岔溪乡", ((2022, "2023-01-17", True),),
                 "9879070032")):
            rows: list[str] = []
            for year, date, real in items:
                if real:
                    doc = self.doc(unit, year, date, f"本{short[-1]}{year}年政府信息公开工作年度报告")
                    url = self.page(host, unit, f"/zwgk/nb/{self.next_id()}.html", doc.title, date,
                                    self.body(doc, word=year == 2021), code)
                    self.report(SITE, url, doc)
                    title = doc.title
                else:
                    title = f"{short}{year}年法治政府建设年度报告"
                    url = self.page(host, unit, f"/zwgk/nb/{self.next_id()}.html", title, date,
                                    self.decoy_body(title, unit, year), code)
                    self.decoy(SITE, url, title)
                rows.append(f'<li><a href="{url.removeprefix("http://" + host)}">{esc(title)}</a><i>{date}</i></li>')
            self.put(host, "/zwgk/nb/index.html", frame(host, unit, f"年报专栏_{unit}", (
                f'<div class="gy-list"><h3>政府信息公开年报</h3><ul class="town-nb">{"".join(rows)}</ul>'
                '<p class="pg">共1页</p></div>'), code))
            self.put(host, "/", frame(host, unit, unit, '<div class="gy-home"><a href="/zwgk/nb/index.html">'
                                                        '政府信息公开年报</a></div>', code))
            towns.append(f'<tr><td>{esc(short)}</td><td><a href="http://{host}/zwgk/nb/index.html" target="_blank">'
                         '进入年报专栏</a></td></tr>')
        self.put(HOST, "/bmnb/xz.html", f'<table class="xz-tab"><tr><th>乡镇</th><th>年报</th></tr>{"".join(towns)}'
                                        '</table>')
        hub = (
            '<div class="gy-bmnb"><div class="crumb">当前位置：<a href="/">首页</a> &gt; 部门年报</div>'
            f'<div class="gov-nb"><h3>县政府年报</h3><ul>{"".join(top)}</ul></div><div class="acc">'
            '<section class="acc-item open"><h4 class="acc-head" aria-expanded="true">县直部门</h4>'
            f'<div class="acc-body">{"".join(panels)}</div></section>'
            '<section class="acc-item"><h4 class="acc-head" aria-expanded="false">'
            '乡镇</h4><div class="acc-body" data-src="/bmnb/xz.html">加载中…</div></section></div></div>'
            '<script>document.querySelectorAll(".acc-head").forEach(function (h) { h.onclick = function () {\n'
            '  var b = h.nextElementSibling; h.parentNode.classList.toggle("open");\n'
            '  if (b.dataset.src && !b.dataset.done) { fetch(b.dataset.src).then(function (r) { return r.text(); })'
            '.then(function (t) { b.innerHTML = t; b.dataset.done = 1; }); } }; });</script>')
        self.put(HOST, "/bmnb/index.html", frame(HOST, OWNER, "部门年报_氿源县人民政府", hub, "9879070001"))
        self.put(HOST, "/", frame(HOST, OWNER, "氿源县人民政府门户网站", (
            '<div class="gy-home"><a href="/bmnb/index.html">部门年报</a><a href="/bmnb/index.html">乡镇年报</a>'
            '<p class="ewm">扫码关注“氿源发布”</p></div>'), "9879070001"))

    def page(self, host: str, unit: str, path: str, title: str, date: str, content: str, code: str) -> str:
        self.put(host, path, frame(host, unit, f"{title}_{unit}", art(title, unit, date, content), code))
        return f"http://{host}{path}"


PORTALS = [HubGuiyuan]
