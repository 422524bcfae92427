"""荆潭市 (www.jingtan.gov.test, czj. / jyj. / wjw.jingtan.gov.test): a city 部门年报 page that is a two-column
table — 单位名称 | 年报栏目 — whose right cells say only "进入年报栏目" and link each unit's own 年报 column on
the unit's sub-host; above it, the city government's own report is linked under "市政府年报".

``/zwgk/bmndbg/index.html`` (family ``hub``): ``<table class="jt-units"><tr><td>荆潭市财政局</td><td><a
href="http://czj.jingtan.gov.test/xxgk/ndbg/" target="_blank">进入年报栏目</a></td></tr>…``.  Each unit column
``/xxgk/ndbg/index.html`` is one page "共 N 条" of ``<li><a href="./YYYYMM/t<id>.html">…</a><i>YYYY-MM-DD</i>
</li>``, its chrome the unit's own (site name in the banner and ``<meta name="SiteName">``); the unit titles
name no unit ("2024年政府信息公开工作年度报告") — the unit is in the banner and the 发布机构 line.  The
财政局's 2024 report is a PDF behind its article (``./YYYYMM/P0….pdf``).

Reports (7): 荆潭市人民政府 2024, 荆潭市财政局 2023, 2024 (PDF), 荆潭市教育局 2022, 2024,
荆潭市卫生健康委员会 2023, 2024.  Decoys (2): 荆潭市财政局2024年度部门决算, 荆潭市教育局2025年政务公开工作要点.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch22._site import MEDIA, Site, esc

HOST = "www.jingtan.gov.test"
SITE = "jingtan-bmnb"
OWNER = "荆潭市人民政府"
UNITS = (("czj.jingtan.gov.test", "荆潭市财政局"), ("jyj.jingtan.gov.test", "荆潭市教育局"),
         ("wjw.jingtan.gov.test", "荆潭市卫生健康委员会"))
COLUMN = "/xxgk/ndbg/"


def frame(site: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(site)}"><title>'
        f'{esc(title)}</title></head><body><div class="jt-banner"><h1>{esc(site)}</h1><a href="/">首页</a> <a '
        f'href="/wza/">无障碍</a></div>{inner}<div class="jt-foot">主办：{esc(site)}　<a '
        f'href="http://www.jingtan.gov.test/">荆潭市人民政府</a></div></body></html>'
    )


class HubJingtan(Site):
    hosts = (HOST, *(h for h, _ in UNITS))
    site_ids = (SITE,)
    first_id = 176_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        city = self.doc(OWNER, 2024, "2025-01-24", "荆潭市2024年政府信息公开工作年度报告")
        city_url, _ = self.page(HOST, OWNER, "/zwgk/zfxxgknb/", city.title, "2025-01-24", self.body(city, word=True))
        self.report(SITE, city_url, city)
        lists: dict[str, list[tuple[str, str, str]]] = {h: [] for h, _ in UNITS}
        plan = (("czj.jingtan.gov.test", 2023, "2024-01-17", "html"),
                ("czj.jingtan.gov.test", 2024, "2025-01-21", "pdf"),
                ("jyj.jingtan.gov.test", 2022, "2023-01-18", "html"),
                ("jyj.jingtan.gov.test", 2024, "2025-01-14", "html"),
                ("wjw.jingtan.gov.test", 2023, "2024-01-23", "html"),
                ("wjw.jingtan.gov.test", 2024, "2025-01-22", "html"))
        names = dict(UNITS)
        for host, year, date, kind in plan:
            unit = names[host]
            doc = self.doc(unit, year, date, f"{year}年政府信息公开工作年度报告")
            if kind == "pdf":
                name = f"P0{date.replace('-', '')}{self.rng.randrange(10**12):012d}.pdf"
                content = f'<p>附件：<a href="./{name}">{esc(doc.title)}.pdf</a></p>'
                url, folder = self.page(host, unit, COLUMN, doc.title, date, content)
                file = self.attach(host, folder + name, doc, "pdf")
                self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=file)
            else:
                url, folder = self.page(host, unit, COLUMN, doc.title, date, self.body(doc))
                self.report(SITE, url, doc)
            lists[host].append((url.split(COLUMN, 1)[1], doc.title, date))
        for host, title, year, date in (("czj.jingtan.gov.test", "荆潭市财政局2024年度部门决算", 2024, "2025-08-28"),
                                        ("jyj.jingtan.gov.test", "荆潭市教育局2025年政务公开工作要点", 2025,
                                         "2025-03-11")):
            unit = names[host]
            url, _ = self.page(host, unit, COLUMN, title, date, self.decoy_body(title, unit, year))
            self.decoy(SITE, url, title)
            lists[host].append((url.split(COLUMN, 1)[1], title, date))
        for host, unit in UNITS:
            rows = sorted(lists[host], key=lambda r: r[2], reverse=True)
            items = "".join(f'<li><a href="./{h}" target="_blank">{esc(t)}</a><i>{d}</i></li>' for h, t, d in rows)
            inner = (f'<div class="pos">当前位置：首页 &gt; 信息公开 &gt; 政府信息公开年报</div>'
                     f'<ul class="nb-list">{items}'
                     f'</ul><div class="nb-page">共 {len(rows)} 条　1/1 页</div>')
            self.put(host, COLUMN + "index.html", frame(unit, f"政府信息公开年报-{unit}", inner))
        cells = "".join(f'<tr><td>{esc(unit)}</td><td><a href="http://{host}{COLUMN}" target="_blank">进入年报栏目</a>'
                        f'</td></tr>' for host, unit in UNITS)
        hub = (f'<div class="pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 部门年度报告'
               f'</div>'
               f'<div class="jt-city"><h3>市政府年报</h3><a href="{city_url}" target="_blank">{esc(city.title)}</a>'
               f'</div>'
               f'<h3>市直部门年报</h3><table class="jt-units"><tr><th>单位名称</th><th>年报栏目</th></tr>{cells}'
               f'</table>')
        self.put(HOST, "/zwgk/bmndbg/index.html", frame(OWNER, "部门政府信息公开年度报告-荆潭市人民政府", hub))

    def page(self, host: str, unit: str, column: str, title: str, date: str, content: str) -> tuple[str, str]:
        folder = f"{column}{date[:4]}{date[5:7]}/"
        path = f"{folder}t{self.next_id()}.html"
        inner = (f'<div class="pos">当前位置：首页 &gt; 信息公开 &gt; <a href="{column}">政府信息公开年报</a></div>'
                 f'<div '
                 f'class="art"><h2>{esc(title)}</h2><p class="src">发布机构：{esc(unit)}　发布日期：{date}</p><div '
                 f'class="art-body">{content}</div></div>')
        return self.put(host, path, frame(unit, f"{title}-{unit}", inner)), folder


PORTALS = [HubJingtan]
