"""溏口县 (www.tangkou.gov.test; jyj. / mzj.tangkou.gov.test): a county 部门和乡镇年报 hub that is **one
table grouped by rowspan category cells** — ``<table class="nbzl">`` with a ``<caption>`` "共5个单位" and
columns 类别 | 单位 | 年度报告 | 年报栏目: a ``<td rowspan="3">县直部门</td>`` and a ``<td rowspan="2">乡镇</td>``
cell open the groups, so only a group's first row has four cells; the 单位 cell is plain text (short names:
县教育局 — agency 溏口县教育局), the 年度报告 cell holds year links ("2024年度", "2023年度（PDF）") or "—", the
年报栏目 cell an "进入栏目" link to the unit's own 年报 list on its sub-host or "—".  Under the table a
``<div class="tzgg">`` 通知公告 line links one more page on the main host.

Registered ``http://www.tangkou.gov.test/zfxxgk/nbzl/index.html``; home ``/`` links it (部门乡镇年报).

Rows:
  县教育局: "2024年度" → its sub-host article; 进入栏目 → ``http://jyj.tangkou.gov.test/gkml/nb/`` (``index.html``; a
  ``<table class="nb-list">`` of 标题 | 日期 rows, 3 a page, page 2 ``list2.html`` linked by a "1 2 下一页" ``<div
  class="fy">``; articles ``/gkml/nb/<yyyy>/<id>.html``, unit chrome ``<div class="dw-hd">溏口县教育局</div>`` and
  "发布单位：" line): reports 2024, 2023, 2021 (titled "县教育局…"), decoy 溏口县教育局2023年度部门决算.
  县人社局: "2023年度", "2022年度" → main-host articles ``/zfxxgk/nbzl/rsj/<id>.html``
  (来源：溏口县人力资源和社会保障局); no 栏目.
  县民政局: no year link; 进入栏目 → ``http://mzj.tangkou.gov.test/xxgk/ndbg.html`` (a ``<ul class="nb">`` of 2 items,
  one page): report 2024, decoy 县民政局政府信息公开指南（2024年修订）.
  城关镇: "2024年度", "2020年度" → main-host ``/zfxxgk/nbzl/xz/cgz/<id>.html`` (来源：溏口县城关镇人民政府; 2020 old
  template).
  白沙乡: "2023年度（PDF）" → the **PDF itself** at ``/zfxxgk/nbzl/xz/bsx/files/<id>.pdf`` (agency from the hub row:
  溏口县白沙乡人民政府).
Main host: decoy 关于报送2024年度政府信息公开工作年度报告的函 at ``/zfxxgk/nbzl/tz/<id>.html``.

Reports (9): 教育局 2021, 2023, 2024; 人社局 2022, 2023; 民政局 2024; 城关镇 2020, 2024; 白沙乡 2023 (PDF).
Decoys (3) as above.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc

HOST = "www.tangkou.gov.test"
JYJ = "jyj.tangkou.gov.test"
MZJ = "mzj.tangkou.gov.test"
SITE = "tangkou-bmnb"
HUB = "/zfxxgk/nbzl/index.html"
SIZE = 3


def page(title: str, unit: str, inner: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(unit)}">'
            f'<meta name="SiteIDCode" content="9885070021">{meta}<title>{esc(title)}</title></head><body>'
            f'<div class="tk-top"><a href="http://{HOST}/">溏口县人民政府</a><span>|</span>'
            '<a href="javascript:;">无障碍</a><span>|</span><a href="javascript:;">关怀模式</a></div>'
            f'<div class="dw-hd">{esc(unit)}</div><div class="tk-nav"><a href="/">首页</a>'
            '<a href="javascript:;">机构概况</a><a href="javascript:;">信息公开</a>'
            '<a href="javascript:;">办事指南</a></div>'
            f'<div class="tk-con">{inner}</div><div class="tk-ft"><p>主办单位：{esc(unit)}　'
            '技术支持：溏口县融媒体中心</p><p>网站标识码：9885070021　<a href="https://beian.miit.gov.cn/">'
            '未ICP备18002364号-2</a>　未公网安备98850702000219号</p></div></body></html>')


class HubTangkou(Site):
    hosts = (HOST, JYJ, MZJ)
    site_ids = (SITE,)
    first_id = 304_600

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        # 县教育局: its own list on the sub-host
        unit = "溏口县教育局"
        jrows: list[tuple[str, str, str]] = []
        first = ""
        for year, date in ((2024, "2025-01-21"), (2023, "2024-01-26"), (2021, "2022-01-25")):
            doc = self.doc(unit, year, date, f"县教育局{year}年度政府信息公开工作年度报告")
            url = self.sub(JYJ, f"/gkml/nb/{date[:4]}", doc.title, date, unit, self.body(doc, word=year == 2023))
            self.report(SITE, url, doc)
            jrows.append((date, url, doc.title))
            first = first or url
        title = "溏口县教育局2023年度部门决算"
        url = self.sub(JYJ, "/gkml/nb/2024", title, "2024-08-30", unit, self.decoy_body(title, unit, 2023))
        self.decoy(SITE, url, title)
        jrows.append(("2024-08-30", url, title))
        jrows.sort(reverse=True)
        names = ["index.html", "list2.html"]
        for n, name in enumerate(names, 1):
            rows = "".join(f'<tr><td><a href="{u.removeprefix(f"http://{JYJ}")}" title="{esc(t)}">{esc(t)}</a></td>'
                           f'<td>{d}</td></tr>' for d, u, t in jrows[(n - 1) * SIZE:n * SIZE])
            nums = " ".join(str(k) if k == n else f'<a href="{names[k - 1]}">{k}</a>' for k in (1, 2))
            fy = nums + (' <a href="list2.html">下一页</a>' if n == 1 else ' <a href="index.html">上一页</a>')
            self.put(JYJ, f"/gkml/nb/{name}", page("政府信息公开年报-溏口县教育局", unit, (
                '<div class="lm">政府信息公开年报</div><table class="nb-list"><tr><th>标题</th><th>日期</th></tr>'
                f'{rows}</table><div class="fy">{fy}</div>')))
        self.put(JYJ, "/", page("溏口县教育局", unit, '<p><a href="/gkml/nb/">政府信息公开年报</a></p>'))
        # 县民政局: its own one-page list
        unit = "溏口县民政局"
        mrows = []
        doc = self.doc(unit, 2024, "2025-01-27", "县民政局2024年政府信息公开工作年度报告")
        url = self.sub(MZJ, "/xxgk/ndbg", doc.title, "2025-01-27", unit, self.body(doc))
        self.report(SITE, url, doc)
        mrows.append(("2025-01-27", url, doc.title))
        title = "县民政局政府信息公开指南（2024年修订）"
        url = self.sub(MZJ, "/xxgk/ndbg", title, "2024-04-10", unit, self.decoy_body(title, unit, 2024))
        self.decoy(SITE, url, title)
        mrows.append(("2024-04-10", url, title))
        items = "".join(f'<li><span>{d}</span><a href="{u.removeprefix(f"http://{MZJ}")}">{esc(t)}</a></li>'
                        for d, u, t in mrows)
        self.put(MZJ, "/xxgk/ndbg.html", page("年度报告-溏口县民政局", unit, (
            f'<div class="lm">年度报告</div><ul class="nb">{items}</ul><p class="pg">共2条 1/1页</p>')))
        self.put(MZJ, "/", page("溏口县民政局", unit, '<p><a href="/xxgk/ndbg.html">年度报告</a></p>'))
        # main-host articles: 人社局, 城关镇; 白沙乡's PDF
        rsj = []
        unit = "溏口县人力资源和社会保障局"
        for year, date in ((2023, "2024-01-30"), (2022, "2023-01-31")):
            doc = self.doc(unit, year, date, f"县人社局{year}年度政府信息公开工作年度报告")
            url = self.main("/zfxxgk/nbzl/rsj", doc.title, date, unit, self.body(doc, word=True))
            self.report(SITE, url, doc)
            rsj.append(f'<a href="{url.removeprefix(f"http://{HOST}")}">{year}年度</a>')
        cgz = []
        unit = "溏口县城关镇人民政府"
        for year, date in ((2024, "2025-01-24"), (2020, "2021-01-29")):
            doc = self.doc(unit, year, date, f"城关镇{year}年政府信息公开工作年度报告")
            url = self.main("/zfxxgk/nbzl/xz/cgz", doc.title, date, unit, self.body(doc))
            self.report(SITE, url, doc)
            cgz.append(f'<a href="{url.removeprefix(f"http://{HOST}")}">{year}年度</a>')
        unit = "溏口县白沙乡人民政府"
        doc = self.doc(unit, 2023, "2024-01-31", "白沙乡2023年政府信息公开工作年度报告")
        fid = self.next_id()
        pdf = self.attach(HOST, f"/zfxxgk/nbzl/xz/bsx/files/{fid}.pdf", doc, "pdf")
        self.report(SITE, pdf, doc, media_type=MEDIA["pdf"])
        title = "关于报送2024年度政府信息公开工作年度报告的函"
        tz = self.main("/zfxxgk/nbzl/tz", title, "2024-12-26", "溏口县人民政府办公室",
                       self.decoy_body(title, "溏口县人民政府", 2024))
        self.decoy(SITE, tz, title)
        dash = "—"
        rows = (
            f'<tr><td rowspan="3" class="lb">县直部门</td><td>县教育局</td><td><a href="{first}">2024年度</a></td>'
            f'<td><a href="http://{JYJ}/gkml/nb/">进入栏目</a></td></tr>'
            f'<tr><td>县人社局</td><td>{" ".join(rsj)}</td><td>{dash}</td></tr>'
            f'<tr><td>县民政局</td><td>{dash}</td><td><a href="http://{MZJ}/xxgk/ndbg.html">进入栏目</a></td></tr>'
            f'<tr><td rowspan="2" class="lb">乡镇</td><td>城关镇</td><td>{" ".join(cgz)}</td><td>{dash}</td></tr>'
            f'<tr><td>白沙乡</td><td><a href="{pdf.removeprefix(f"http://{HOST}")}">2023年度（PDF）</a></td>'
            f'<td>{dash}</td></tr>')
        self.put(HOST, HUB, page("部门乡镇年报-溏口县人民政府", "溏口县人民政府", (
            '<div class="wz">当前位置：<a href="/">首页</a> &gt; 政府信息公开 &gt; 部门乡镇年报</div>'
            '<table class="nbzl" border="1" cellspacing="0">'
            '<caption>溏口县部门和乡镇政府信息公开工作年度报告（共5个单位）'
            '</caption><tr><th>类别</th><th>单位</th><th>年度报告</th><th>年报栏目</th></tr>'
            f'{rows}</table><div class="tzgg">通知公告：<a href="{tz.removeprefix(f"http://{HOST}")}">{esc(title)}</a>'
            '</div>'), '<meta name="ColumnName" content="部门乡镇年报">'))
        self.put(HOST, "/", page("溏口县人民政府", "溏口县人民政府", (
            f'<div class="home-gk"><h3>政务公开</h3><ul><li><a href="{HUB}">部门乡镇年报</a></li></ul></div>')))

    def sub(self, host: str, folder: str, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id()
        return self.put(host, f"{folder}/{aid}.html", page(f"{title}-{unit}", unit, (
            f'<div class="xl"><h2>{esc(title)}</h2><p class="fbxx">发布单位：{esc(unit)}　发布日期：{date}</p>'
            f'<div class="xl-zw">{content}</div></div>'),
            f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}">'))

    def main(self, folder: str, title: str, date: str, unit: str, content: str) -> str:
        aid = self.next_id()
        return self.put(HOST, f"{folder}/{aid}.html", page(f"{title}-溏口县人民政府", "溏口县人民政府", (
            f'<div class="xl"><h2>{esc(title)}</h2><div class="xl-info">来源：{esc(unit)}　时间：{date}</div>'
            f'<div class="xl-zw">{content}</div></div>'),
            f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="ContentSource" content="{esc(unit)}">'))


PORTALS = [HubTangkou]
