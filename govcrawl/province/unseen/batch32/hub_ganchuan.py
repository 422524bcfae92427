"""澉川县 (www.ganchuan.gov.test): a 各单位年报 hub page whose 县直部门 are a nested ``<ul class="nb-tree">`` (unit name
in a ``<span>``, under it links that say only "2024年度" etc. straight to reports on the departments' sub-hosts) and
whose 乡镇 are a scrolling ``<marquee direction="up">`` box of town names linking each town's own 年报 list on its
sub-host.

Registered ``http://www.ganchuan.gov.test/zwgk/gdwnb/``.  Home ``/`` links the hub (各单位年报).

Departments (sub-hosts, each with its own unit chrome ``<div class="unit-head">澉川县教育局</div>`` and a 发布机构
line ``<div class="art-attr">发布机构：…　发布日期：…</div>``; article URLs ``/xxgk/nb/<id>.html``):
  jyj.ganchuan.gov.test 澉川县教育局 2023, 2024; wjj.ganchuan.gov.test 澉川县卫生健康局 2022 (and the decoy
  "2023年度法治政府建设年度报告" the tree links as 法治政府建设报告); czj.ganchuan.gov.test 澉川县财政局 2020
  (old template).
Towns (sub-hosts, lists ``/zwgk/nb/list.html``; ``<table class="tb-list">`` rows 标题/日期, 3 a page, later page
``list_2.html`` linked by 下一页 / 末页 with "共2页"):
  gkz.ganchuan.gov.test 澉川县澉口镇人民政府: 2024, 2023 reports, decoy 澉口镇2024年政务公开工作要点, other row
  澉口镇关于开展冬季安全生产检查的通知 (4 rows, 2 pages); sdz.ganchuan.gov.test 澉川县石埭镇人民政府: 2024, 2021
  reports, decoy 关于报送2024年度政府信息公开工作年度报告的函 (3 rows, 1 page).
Town articles ``/zwgk/nb/<yyyymm>/t<id>.html`` titled "澉口镇…" with the town's chrome and 发布机构.

Reports (8): 教育局 2023, 2024; 卫健局 2022; 财政局 2020; 澉口镇 2023, 2024; 石埭镇 2021, 2024.  Decoys (3) as above.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch32._site import Site, esc

HOST = "www.ganchuan.gov.test"
SITE = "ganchuan-bmnb"
HUB = "/zwgk/gdwnb/"
DEPTS = (("jyj", "澉川县教育局", "县教育局"), ("wjj", "澉川县卫生健康局", "县卫健局"),
         ("czj", "澉川县财政局", "县财政局"))
TOWNS = (("gkz", "澉川县澉口镇人民政府", "澉口镇"), ("sdz", "澉川县石埭镇人民政府", "石埭镇"))
SIZE = 3


def foot(unit: str) -> str:
    return (f'<div class="gc-foot"><p>主办：{esc(unit)}　<a href="http://{HOST}/">澉川县人民政府</a></p>'
            '<p>网站标识码：9882070005　<a href="https://beian.miit.gov.cn/">未ICP备20011862号-2</a>　'
            '未公网安备98820702000057号</p><p><a href="javascript:;">网站地图</a>｜<a href="javascript:;">联系我们</a>'
            '｜<a href="javascript:;">无障碍</a></p></div>')


def page(title: str, unit: str, inner: str) -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="澉川县人民政府">'
            '<meta name="SiteIDCode" content="9882070005">'
            f'<title>{esc(title)}</title></head><body><div class="unit-head">{esc(unit)}</div>'
            '<div class="gc-nav"><a href="/">首页</a><a href="javascript:;">机构概况</a>'
            f'<a href="javascript:;">信息公开</a><a href="http://{HOST}/">县政府门户</a></div>'
            f'<div class="gc-body">{inner}</div>{foot(unit)}</body></html>')


class HubGanchuan(Site):
    hosts = (HOST,) + tuple(f"{k}.ganchuan.gov.test" for k, _, _ in DEPTS + TOWNS)
    site_ids = (SITE,)
    first_id = 274_600

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        tree: list[str] = []
        for key, unit, short in DEPTS:
            host = f"{key}.ganchuan.gov.test"
            links: list[str] = []
            plan: list[tuple[int, str, bool]] = {
                "jyj": [(2024, "2025-01-20", True), (2023, "2024-01-26", True)],
                "wjj": [(2022, "2023-01-18", True), (2023, "2024-03-22", False)],
                "czj": [(2020, "2021-01-29", True)]}[key]
            for year, date, real in plan:
                if real:
                    title = f"{short}{year}年度政府信息公开工作年度报告"
                    doc = self.doc(unit, year, date, title)
                    url = self.unit_article(host, unit, title, date, self.body(doc, word=key == "wjj"))
                    self.report(SITE, url, doc)
                    links.append(f'<li><a href="{url}" target="_blank">{year}年度</a></li>')
                else:
                    title = f"{unit}{year}年度法治政府建设年度报告"
                    url = self.unit_article(host, unit, title, date, self.decoy_body(title, unit, year))
                    self.decoy(SITE, url, title)
                    links.append(f'<li><a href="{url}" target="_blank">法治政府建设报告</a></li>')
            self.put(host, "/", page(unit, unit, '<div class="gc-box"><h3>通知公告</h3><ul><li>暂无</li></ul></div>'))
            tree.append(f'<li><span class="nb-unit">{esc(short)}</span><ul>{"".join(links)}</ul></li>')
        marquee: list[str] = []
        for key, unit, short in TOWNS:
            host = f"{key}.ganchuan.gov.test"
            rows: list[tuple[str, str, str]] = []
            if key == "gkz":
                entries = [("report", 2024, "2025-01-23", f"{short}2024年政府信息公开工作年度报告"),
                           ("report", 2023, "2024-01-25", f"{short}2023年政府信息公开工作年度报告"),
                           ("decoy", 2024, "2024-03-15", f"{short}2024年政务公开工作要点"),
                           ("other", 2023, "2023-11-28", f"{short}关于开展冬季安全生产检查的通知")]
            else:
                entries = [("report", 2024, "2025-01-27", f"{short}2024年度政府信息公开工作报告"),
                           ("decoy", 2024, "2024-12-16", "关于报送2024年度政府信息公开工作年度报告的函"),
                           ("report", 2021, "2022-01-21", f"{short}2021年度政府信息公开工作报告")]
            for kind, year, date, title in entries:
                if kind == "report":
                    doc = self.doc(unit, year, date, title)
                    url = self.town_article(host, unit, title, date, self.body(doc))
                    self.report(SITE, url, doc)
                elif kind == "decoy":
                    url = self.town_article(host, unit, title, date, self.decoy_body(title, unit, year))
                    self.decoy(SITE, url, title)
                else:
                    url = self.town_article(host, unit, title, date, "<p>各村（社区）：现将有关事项通知如下。</p>")
                rows.append((title, url, date))
            pages = (len(rows) + SIZE - 1) // SIZE
            for n in range(1, pages + 1):
                self.put(host, "/zwgk/nb/list.html" if n == 1 else f"/zwgk/nb/list_{n}.html",
                         self.town_list(unit, rows[(n - 1) * SIZE:n * SIZE], n, pages))
            self.put(host, "/", page(unit, unit, '<div class="gc-box"><h3>信息公开</h3><a href="/zwgk/nb/list.html">'
                                                 '政府信息公开年报</a></div>'))
            marquee.append(f'<p><a href="http://{host}/zwgk/nb/list.html" target="_blank">{esc(short)}</a></p>')
        self.put(HOST, HUB, page("各单位年报_澉川县人民政府", "澉川县人民政府", (
            '<div class="gc-pos">当前位置：首页 &gt; 政务公开 &gt; 各单位年报</div><div class="nb-wrap">'
            f'<div class="nb-left"><h3>县直部门</h3><ul class="nb-tree">{"".join(tree)}</ul></div>'
            '<div class="nb-right"><h3>乡镇年报</h3><marquee direction="up" scrollamount="2" onmouseover="this.stop()" '
            f'onmouseout="this.start()">{"".join(marquee)}</marquee></div></div>')))
        self.put(HOST, "/", page("澉川县人民政府", "澉川县人民政府", (
            f'<div class="gc-box"><h3>政务公开</h3><ul><li><a href="{HUB}">各单位年报</a></li>'
            '<li><a href="javascript:;">政府信息公开指南</a></li></ul></div>')))

    def unit_article(self, host: str, unit: str, title: str, date: str, content: str) -> str:
        path = f"/xxgk/nb/{self.next_id()}.html"
        self.put(host, path, page(f"{title}-{unit}", unit, (
            f'<div class="art"><h2 class="art-tit">{esc(title)}</h2><div class="art-attr">发布机构：{esc(unit)}　'
            f'发布日期：{date}</div><div class="art-con">{content}</div></div>')))
        return f"http://{host}{path}"

    def town_article(self, host: str, unit: str, title: str, date: str, content: str) -> str:
        path = f"/zwgk/nb/{date[:4]}{date[5:7]}/t{self.next_id()}.html"
        self.put(host, path, page(f"{title}_{unit}", unit, (
            f'<div class="art"><h2 class="art-tit">{esc(title)}</h2><div class="art-attr">发布机构：{esc(unit)}　'
            f'发布日期：{date}</div><div class="art-con">{content}</div></div>')))
        return f"http://{host}{path}"

    @staticmethod
    def town_list(unit: str, rows: list[tuple[str, str, str]], n: int, pages: int) -> str:
        body = "".join(f'<tr><td class="t"><a href="{url}">{esc(title)}</a></td><td class="d">{date}</td></tr>'
                       for title, url, date in rows)
        nxt = f'<a href="list_{n + 1}.html">下一页</a>' if n < pages else "<span>下一页</span>"
        prev = ("<span>上一页</span>" if n == 1 else
                f'<a href="{"list.html" if n == 2 else f"list_{n - 1}.html"}">上一页</a>')
        last = f'<a href="list_{pages}.html">末页</a>' if pages > 1 and n < pages else "<span>末页</span>"
        return page(f"政府信息公开年报_{unit}", unit, (
            '<h3 class="col-tit">政府信息公开年报</h3><table class="tb-list"><tr><th>标题</th><th>日期</th></tr>'
            f'{body}</table><div class="pg">共{pages}页 {prev} {nxt} {last}</div>'))


PORTALS = [HubGanchuan]
