"""漷州市 (www.huozhou.gov.test; jyj. / mzj. / zrzyj.huozhou.gov.test): a city 部门年报 page in two parts — a
"按部门首字母" A–Z index (one ``<dl>`` per letter, letters without a unit shown as a bare ``<span>``) whose
entries link each department's own 年报 list on its sub-host, and a "最新发布" table (发布单位 | 标题 |
发布日期) that the hub itself pages as ``index.html`` / ``index_2.html`` by plain numbered links, holding the
city government's own reports next to some departments' newest ones.

``/zwgk/bmnb/index.html`` (family ``hub``): ``<div class="hz-az"><dl><dt>J</dt><dd><a href="http://jyj.huozhou.
gov.test/zfxxgk/ndnb/">教育局</a></dd></dl>…``, then ``<table class="hz-new">`` four rows a page, "共 7 条 1/2"
and ``<div class="hz-page"><b>1</b><a href="index_2.html">2</a><a href="index_2.html">下一页</a></div>``.
The hub's rows link city articles ``/zwgk/bmnb/YYYYMM/t<id>.html`` and department articles on their
sub-hosts.  Each department's ``/zfxxgk/ndnb/`` (``index.htm``) is a one-page ``<ul class="bm-list">`` of
``<li><a href="./<id>.htm">…</a><i>YYYY-MM-DD</i></li>``; department articles ``/zfxxgk/ndnb/<id>.htm``
are titled "2024年度政府信息公开工作年度报告" or "市教育局…" — the department is in the sub-host's chrome,
``<meta name="ContentSource">`` and a "信息来源" line.  民政局's 2022 report is a PDF
(``/attach/2023/<hex>.pdf``) linked after a one-line body.  自然资源和规划局's 2020 report uses the 2019
template.

Reports (8): 漷州市人民政府 2023, 2024 (www); 漷州市教育局 2023, 2024; 漷州市民政局 2022 (PDF), 2024;
漷州市自然资源和规划局 2020, 2021.  The hub's 最新发布 table lists the city's 2023, 2024, 教育局 2024,
民政局 2024, 自然资源和规划局 2021 and two decoys; every department report is also on its own list.
Decoys (3): 漷州市2025年政务公开工作要点 (hub table, www), 漷州市教育局2024年度部门决算 (jyj list),
漷州市民政局2024年政府网站工作年度报表 (mzj list).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch25._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

WWW = "www.huozhou.gov.test"
SITE = "huozhou-bmnb"
OWNER = "漷州市人民政府"
UNITS = (("jyj", "漷州市教育局", "教育局", "J"), ("mzj", "漷州市民政局", "民政局", "M"),
         ("zrzyj", "漷州市自然资源和规划局", "自然资源和规划局", "Z"))
PER = 4


def frame(site: str, title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="SiteName" content="{esc(site)}">'
        f'<meta name="SiteIDCode" content="9875070001">{extra}<title>{esc(title)}</title><link rel="stylesheet" '
        'href="/static/css/hz.css"></head><body><div class="hz-top"><a href="javascript:;" class="wza">无障碍</a>'
        '<a href="javascript:;">长者模式</a></div><header class="hz-header"><h1 class="hz-logo">'
        f'{esc(site)}</h1></header><nav class="hz-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a>'
        '<a href="http://www.huozhou.gov.test/zwgk/bmnb/index.html">部门年报</a><a href="/hdjl/">互动交流</a></nav>'
        f'{inner}<footer class="hz-foot"><p>主办单位：{esc(site)}　网站标识码：9875070001</p><p>未ICP备1020571号-1　'
        '未公网安备 98750702000123号</p><p>扫描二维码关注“漷州发布”</p></footer></body></html>'
    )


class HubHuozhou(Site):
    hosts = (WWW,) + tuple(f"{u}.huozhou.gov.test" for u, _, _, _ in UNITS)
    site_ids = (SITE,)
    first_id = 206_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.lists: dict[str, list[tuple[str, str, str]]] = {u: [] for u, _, _, _ in UNITS}
        self.latest: list[tuple[str, str, str, str]] = []  # (date, unit name, url, title)
        for year, day in ((2023, 18), (2024, 20)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"漷州市人民政府{year}年政府信息公开工作年度报告")
            url = self.city_article(doc.title, doc.published_date or "", self.body(doc))
            self.report(SITE, url, doc)
            self.latest.append((doc.published_date or "", "市政府办公室", url, doc.title))
        title = "漷州市2025年政务公开工作要点"
        url = self.city_article(title, "2025-03-06", self.decoy_body(title, OWNER, 2025))
        self.decoy(SITE, url, title)
        self.latest.append(("2025-03-06", "市政府办公室", url, title))
        for unit, year, date, title, kind, latest in (
                ("jyj", 2023, "2024-01-22", "市教育局2023年度政府信息公开工作年度报告", None, False),
                ("jyj", 2024, "2025-01-23", "2024年度政府信息公开工作年度报告", None, True),
                ("mzj", 2022, "2023-01-17", "2022年度政府信息公开工作年度报告", "pdf", False),
                ("mzj", 2024, "2025-01-24", "2024年度政府信息公开工作年度报告", None, True),
                ("zrzyj", 2020, "2021-01-26", "2020年度政府信息公开工作年度报告", None, False),
                ("zrzyj", 2021, "2022-01-21", "市自然资源和规划局2021年政府信息公开工作年度报告", None, True)):
            agency = next(a for u, a, _, _ in UNITS if u == unit)
            self.unit_report(unit, self.doc(agency, year, date, title), kind, latest)
        for unit, title, year, date, latest in (("jyj", "漷州市教育局2024年度部门决算", 2024, "2025-02-10", True),
                                                ("mzj", "漷州市民政局2024年政府网站工作年度报表", 2024, "2025-01-14",
                                                 False)):
            agency = next(a for u, a, _, _ in UNITS if u == unit)
            url = self.unit_article(unit, title, date, self.decoy_body(title, agency, year))
            self.decoy(SITE, url, title)
            if latest:
                self.latest.append((date, self.short(unit), url, title))
        for unit, agency, _, _ in UNITS:
            self.put(f"{unit}.huozhou.gov.test", "/zfxxgk/ndnb/index.htm", self.unit_list(unit, agency))
        for host in self.hosts:
            name = OWNER if host == WWW else next(a for u, a, _, _ in UNITS if host.startswith(u + "."))
            more = ('<li><a href="/zwgk/bmnb/index.html">部门年报</a></li>' if host == WWW else
                    '<li><a href="/zfxxgk/ndnb/">年度报告</a></li>')
            self.put(host, "/index.html", frame(name, name, f'<div class="hz-home"><ul>{more}</ul></div>'))
            self.put(host, "/zwgk/index.html", frame(name, f"政务公开-{name}", '<div class="hz-zwgk"><h3>政务公开</'
                                                                           f'h3><ul>{more}</ul></div>'))
            self.put(host, "/hdjl/index.html", frame(name, f"互动交流-{name}", '<div class="hz-hdjl"><p>领导信箱　网'
                                                                           '上调查</p></div>'))
            self.put(host, "/static/css/hz.css", "body{font:14px/1.8 'Microsoft YaHei'}", "text/css")
        self.latest.sort(reverse=True)
        pages = -(-len(self.latest) // PER)
        for n in range(1, pages + 1):
            name = "index.html" if n == 1 else f"index_{n}.html"
            self.put(WWW, f"/zwgk/bmnb/{name}", self.hub(n, pages))

    @staticmethod
    def short(unit: str) -> str:
        return "市" + next(s for u, _, s, _ in UNITS if u == unit)

    def city_article(self, title: str, date: str, content: str) -> str:
        path = f"/zwgk/bmnb/{date[:4]}{date[5:7]}/t{date.replace('-', '')}_{self.next_id()}.html"
        inner = (f'<div class="hz-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/bmnb/index.html">部门年报</a>'
                 f'</div><article class="hz-art"><h2>{esc(title)}</h2><div class="hz-meta">发布机构：漷州市人民政府'
                 '办公室'
                 f'　发布日期：{date}</div><div class="hz-text">{content}</div></article>')
        extra = f'<meta name="ContentSource" content="漷州市人民政府办公室"><meta name="PubDate" content="{date}">'
        return self.put(WWW, path, frame(OWNER, title, inner, extra))

    def unit_article(self, unit: str, title: str, date: str, content: str) -> str:
        agency = next(a for u, a, _, _ in UNITS if u == unit)
        path = f"/zfxxgk/ndnb/{self.next_id()}.htm"
        inner = (f'<div class="bm-pos">您的位置：<a href="/">{esc(agency)}</a> &gt; 政府信息公开 &gt; <a href="./">'
                 '年度报告'
                 f'</a></div><div class="bm-art"><h2>{esc(title)}</h2><p class="bm-meta">信息来源：{esc(agency)}　'
                 f'时间：{date}</p><div class="bm-text">{content}</div></div>')
        extra = f'<meta name="ContentSource" content="{esc(agency)}"><meta name="PubDate" content="{date}">'
        self.lists[unit].append((date, path, title))
        return self.put(f"{unit}.huozhou.gov.test", path, frame(agency, title, inner, extra))

    def unit_report(self, unit: str, doc: ReportDoc, kind: str | None, latest: bool) -> None:
        date = doc.published_date or ""
        if kind is None:
            url = self.unit_article(unit, doc.title, date, self.body(doc, word=unit == "zrzyj"))
            self.report(SITE, url, doc)
        else:
            path = f"/attach/{date[:4]}/{self.rng.getrandbits(64):016x}.{kind}"
            content = f'<p>全文见附件：<a href="{path}" target="_blank">{esc(doc.title)}.{kind}</a></p>'
            url = self.unit_article(unit, doc.title, date, content)
            file_url = self.attach(f"{unit}.huozhou.gov.test", path, doc, kind)
            self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=file_url)
        if latest:
            self.latest.append((date, self.short(unit), url, doc.title))

    def unit_list(self, unit: str, agency: str) -> str:
        rows = "".join(f'<li><a href="./{p.rsplit("/", 1)[1]}" title="{esc(t)}">{esc(t)}</a><i>{d}</i></li>'
                       for d, p, t in sorted(self.lists[unit], reverse=True))
        inner = (f'<div class="bm-pos">您的位置：<a href="/">{esc(agency)}</a> &gt; 政府信息公开 &gt; 年度报告</div>'
                 f'<div class="bm-box"><h3>政府信息公开工作年度报告</h3><ul class="bm-list">{rows}</ul></div>')
        return frame(agency, f"年度报告-{agency}", inner)

    def hub(self, n: int, pages: int) -> str:
        letters = []
        for letter in "ABCDEFGHJKLMNPQRSTWXYZ":
            units = [(u, s) for u, _, s, first in UNITS if first == letter]
            if not units:
                letters.append(f'<span class="hz-off">{letter}</span>')
                continue
            dds = "".join(f'<dd><a href="http://{u}.huozhou.gov.test/zfxxgk/ndnb/" target="_blank">{esc(s)}</a></dd>'
                          for u, s in units)
            letters.append(f"<dl><dt>{letter}</dt>{dds}</dl>")
        rows = "".join(f'<tr><td>{esc(who)}</td><td><a href="{u}" target="_blank" title="{esc(t)}">{esc(t)}</a></td>'
                       f'<td>{d}</td></tr>' for d, who, u, t in self.latest[(n - 1) * PER:n * PER])

        def link(k: int) -> str:
            return "index.html" if k == 1 else f"index_{k}.html"

        nums = "".join(f"<b>{k}</b>" if k == n else f'<a href="{link(k)}">{k}</a>' for k in range(1, pages + 1))
        prev = f'<a href="{link(n - 1)}">上一页</a>' if n > 1 else ""
        nxt = f'<a href="{link(n + 1)}">下一页</a>' if n < pages else ""
        inner = ('<div class="hz-pos">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; 部门年报</div><div class="hz'
                 '-bmnb">'
                 '<div class="hz-side"><h3>按部门首字母</h3><div class="hz-az">' + "".join(letters) + '</div></div>'
                 '<div class="hz-main"><h3>最新发布</h3><table class="hz-new"><tr><th>发布单位</th><th>标题</th><th>'
                 f'发布日期</th></tr>{rows}</table><p class="hz-count">共 {len(self.latest)} 条 {n}/{pages}</p>'
                 f'<div class="hz-page">{prev}{nums}{nxt}</div></div></div>')
        return frame(OWNER, "部门年报-漷州市人民政府", inner)


PORTALS = [HubHuozhou]
