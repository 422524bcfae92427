"""洵阳市 (www.xunyang.gov.test, czj. / jtj. / sfj.xunyang.gov.test): a city 部门年报 page laid out as
unit *cards* — each card a unit's full name in ``<h4>``, one "最新：2024年度报告" link straight to the
unit's newest report on its own sub-host, and a "历年年报 &gt;" link to the unit's 年报 column there —
above which the city's own reports are a short dated list on the main host.

Hub: ``/zwgk/bmnb/index.html``: ``<div class="xy-szf">`` (the city government's rows, "共 3 条"), then
``<div class="xy-cards">`` with three ``<div class="xy-card">``.  Each sub-host column
``/zfxxgk/ndbg/index.html`` is one page, "共 N 条记录"; the 财政局's is a ``<table>`` (标题 | 日期), the
交通运输局's a ``<ul>`` with ``<i>`` dates, the 司法局's a ``<dl>`` of titles over dates.  The unit reports'
titles name the unit; the card link says only "2024年度报告".  The 司法局's 2024 report is a .docx linked
from its article.

Reports (8): 洵阳市人民政府 2023–2024, 洵阳市财政局 2022–2024, 洵阳市交通运输局 2023–2024, 洵阳市司法局 2024
(a .docx).  Decoys (3): 洵阳市2024年政府信息公开工作年度报告解读 (hub), 洵阳市财政局2024年度部门决算 (czj),
洵阳市交通运输局2025年政务公开工作要点 (jtj).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch23._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.xunyang.gov.test"
SITE = "xunyang-bmnb"
OWNER = "洵阳市人民政府"
UNITS = {"czj": "洵阳市财政局", "jtj": "洵阳市交通运输局", "sfj": "洵阳市司法局"}
COLUMN = "/zfxxgk/ndbg/"


def frame(site: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="SiteName" '
        f'content="{esc(site)}"><link rel="stylesheet" href="/css/xy.css"></head><body><div class="xy-top">'
        f'<a href="http://{HOST}/">洵阳市人民政府</a> | <a href="http://{HOST}/zwgk/bmnb/index.html">部门年报</a> | '
        f'<a href="/wza/">无障碍</a></div><div class="xy-head"><h1>{esc(site)}</h1><form action="/search/" '
        f'method="get"><input name="q"><button>站内搜索</button></form></div>{inner}<div class="xy-foot">主办：'
        f'{esc(site)}　地址：洵阳市政务中心　未ICP备05012345号</div></body></html>'
    )


class HubXunyang(Site):
    hosts = (HOST, *(f"{k}.xunyang.gov.test" for k in UNITS))
    site_ids = (SITE,)
    first_id = 186_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.lists: dict[str, list[tuple[str, str, str]]] = {k: [] for k in (*UNITS, "szf")}
        for year, day in ((2023, 24), (2024, 22)):
            self.article("szf", self.doc(OWNER, year, f"{year + 1}-01-{day}",
                                         f"洵阳市{year}年政府信息公开工作年度报告"))
        for year, day in ((2022, 17), (2023, 19), (2024, 16)):
            self.article("czj", self.doc(UNITS["czj"], year, f"{year + 1}-01-{day}",
                                         f"洵阳市财政局{year}年政府信息公开工作年度报告"))
        for year, day in ((2023, 23), (2024, 21)):
            self.article("jtj", self.doc(UNITS["jtj"], year, f"{year + 1}-01-{day}",
                                         f"洵阳市交通运输局{year}年度政府信息公开工作年度报告"))
        self.docx(self.doc(UNITS["sfj"], 2024, "2025-01-20", "洵阳市司法局2024年政府信息公开工作年度报告"))
        for key, title, year, date in (("szf", "洵阳市2024年政府信息公开工作年度报告解读", 2024, "2025-01-27"),
                                       ("czj", "洵阳市财政局2024年度部门决算", 2024, "2025-08-20"),
                                       ("jtj", "洵阳市交通运输局2025年政务公开工作要点", 2025, "2025-03-31")):
            agency = OWNER if key == "szf" else UNITS[key]
            self.decoy(SITE, self.page(key, title, date, self.decoy_body(title, agency, year)), title)
        for key in UNITS:
            self.put(f"{key}.xunyang.gov.test", COLUMN + "index.html", self.column(key))
        self.put(HOST, "/zwgk/bmnb/index.html", self.hub())

    def host(self, key: str) -> str:
        return HOST if key == "szf" else f"{key}.xunyang.gov.test"

    def page(self, key: str, title: str, date: str, content: str, after: str = "") -> str:
        site = OWNER if key == "szf" else UNITS[key]
        folder = "/zwgk/bmnb/szf/" if key == "szf" else COLUMN
        path = f"{folder}{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{self.next_id()}.html"
        inner = (f'<div class="xy-pos">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div><div class="xy-art">'
                 f'<h2>{esc(title)}</h2><p class="xy-date">发布日期：{date}　来源：{esc(site)}</p><div '
                 f'class="xy-text">{content}</div>{after}</div>')
        url = self.put(self.host(key), path, frame(site, title, inner))
        self.lists[key].append((date, url, title))
        return url

    def article(self, key: str, doc: ReportDoc) -> None:
        self.report(SITE, self.page(key, doc.title, doc.published_date or "", self.body(doc)), doc)

    def docx(self, doc: ReportDoc) -> None:
        name = f"{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**5):05d}.docx"
        after = f'<p class="xy-fj">附件下载：<a href="/uploads/{name}">{esc(doc.title)}.docx</a></p>'
        url = self.page("sfj", doc.title, doc.published_date or "", "<p>本局2024年政府信息公开工作年度报告见附件。</p>",
                        after)
        file = self.attach("sfj.xunyang.gov.test", f"/uploads/{name}", doc, "docx")
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=file)

    def column(self, key: str) -> str:
        rows = sorted(self.lists[key], reverse=True)
        if key == "czj":
            body = ('<table class="cz-list"><tr><th>标题</th><th>日期</th></tr>' + "".join(
                f'<tr><td><a href="{u}">{esc(t)}</a></td><td>{d}</td></tr>' for d, u, t in rows) + "</table>")
        elif key == "jtj":
            body = '<ul class="jt-list">' + "".join(f'<li><a href="{u}">{esc(t)}</a><i>{d}</i></li>'
                                                    for d, u, t in rows) + "</ul>"
        else:
            body = '<dl class="sf-list">' + "".join(f'<dt><a href="{u}">{esc(t)}</a></dt><dd>{d}</dd>'
                                                    for d, u, t in rows) + "</dl>"
        inner = (f'<div class="xy-pos">当前位置：<a href="/">首页</a> &gt; 政府信息公开 &gt; 政府信息公开年报</div>'
                 f'<div class="xy-col">{body}<div class="xy-count">共 {len(rows)} 条记录</div></div>')
        return frame(UNITS[key], f"政府信息公开年报-{UNITS[key]}", inner)

    def hub(self) -> str:
        own = sorted(self.lists["szf"], reverse=True)
        szf = ('<div class="xy-szf"><h3>市政府年报</h3><ul>' + "".join(
            f'<li><a href="{u}" target="_blank">{esc(t)}</a><span>{d}</span></li>' for d, u, t in own)
            + f'</ul><p class="xy-count">共 {len(own)} 条</p></div>')
        cards = []
        for key, name in UNITS.items():
            newest = max(r for r in self.lists[key] if "年度报告" in r[2] and r[2].startswith(name))
            cards.append(f'<div class="xy-card"><h4>{esc(name)}</h4><p class="latest">最新：<a href="{newest[1]}" '
                         f'target="_blank">2024年度报告</a></p><p><a class="more" href="http://{key}.xunyang.gov.test'
                         f'{COLUMN}index.html" target="_blank">历年年报 &gt;</a></p></div>')
        inner = (f'<div class="xy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 f'部门政府信息公开年报</div>{szf}<div class="xy-cards"><h3>市直部门</h3>{"".join(cards)}</div>')
        return frame(OWNER, "部门政府信息公开年报-洵阳市人民政府", inner)


PORTALS = [HubXunyang]
