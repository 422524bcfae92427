"""沬源县 (www.meiyuan.gov.test; jyj. / mzj. / mxz. / slx.meiyuan.gov.test): a county 部门年报 hub page whose 县直部门
are a wall of **emblem tiles**: each department is an ``<a>`` around an ``<img alt="县教育局">`` badge and nothing
else (the link's only text is the image's ``alt``), linking that department's own 年报 list on its sub-host; the
乡镇（街道） block below is a ``<ul class="xz-nb">`` of full report titles linking straight to reports on the towns'
sub-hosts.  A 相关文件 box at the foot of the hub links one more page on the main host.

Registered ``http://www.meiyuan.gov.test/zwgk/bmnb/index.html``; home ``/`` links it (部门年报).

Department sub-hosts (unit chrome ``<div class="unit-logo">沬源县教育局</div>``; lists ``/xxgk/ndbg/index.html``, an
``<ol class="nd-list">`` of ``<a>`` + ``<em>`` date rows, 3 a page, the next page ``index_1.html`` (zero-based
suffix, TRS-style) linked by 首页 / 上一页 / 下一页 / 尾页 text links and "共4条 第1/2页"; **extensionless** articles
``/xxgk/ndbg/content_<id>`` with a ``<p class="info">信息来源：<unit>　发布日期：<date></p>`` line):
  jyj 沬源县教育局: 2024, 2023, 2020 (old template) reports and decoy 县教育局2023年度法治政府建设年度报告 (2 pages);
  mzj 沬源县民政局: 2024 report and 2022 report as a PDF (a one-line body and ``<a class="fj">`` to
  ``/xxgk/ndbg/files/<id>.pdf``), decoy 县民政局2023年度部门决算 (1 page).
Town sub-hosts (town chrome and the same info line; articles ``/zwgk/nb/<yyyymmdd>/<id>.html``, no list linked):
  mxz 沬源县沬溪镇人民政府 2023, 2024 (titled "沬溪镇…"); slx 沬源县石龙乡人民政府 2021 (titled "石龙乡…").
Main host: decoy 沬源县2024年政务公开工作要点 at ``/zwgk/bmnb/xgwj/<id>.html`` (from the 相关文件 box).

Reports (8): 教育局 2020, 2023, 2024; 民政局 2022 (PDF), 2024; 沬溪镇 2023, 2024; 石龙乡 2021.  Decoys (3) as above.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc

HOST = "www.meiyuan.gov.test"
SITE = "meiyuan-bmnb"
HUB = "/zwgk/bmnb/index.html"
SIZE = 3
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d4944415478da63f80f0000010101005a4d6b8e0000000049454e44ae426082")


def foot(unit: str) -> str:
    return (f'<div class="my-foot"><p>主办：{esc(unit)}　<a href="http://{HOST}/">沬源县人民政府</a></p>'
            '<p>网站标识码：9883070009　<a href="https://beian.miit.gov.cn/">未ICP备16020774号-3</a>　'
            '未公网安备98830702000208号</p><p><a href="javascript:;">网站地图</a> | <a href="javascript:;">'
            '无障碍</a> | <a href="javascript:;">联系我们</a></p></div>')


def page(title: str, unit: str, inner: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(unit)}">'
            f'<meta name="SiteIDCode" content="9883070009">{meta}<title>{esc(title)}</title></head><body>'
            f'<div class="my-top"><a href="http://{HOST}/">沬源县人民政府</a><span>|</span><a href="javascript:;">'
            f'长者版</a></div><div class="unit-logo">{esc(unit)}</div><div class="my-nav"><a href="/">首页</a>'
            '<a href="javascript:;">政务公开</a><a href="javascript:;">办事服务</a></div>'
            f'<div class="my-main">{inner}</div>{foot(unit)}</body></html>')


class HubMeiyuan(Site):
    hosts = (HOST, "jyj.meiyuan.gov.test", "mzj.meiyuan.gov.test", "mxz.meiyuan.gov.test", "slx.meiyuan.gov.test")
    site_ids = (SITE,)
    first_id = 284_600

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        # departments: own lists on sub-hosts
        depts = (("jyj", "沬源县教育局", "县教育局"), ("mzj", "沬源县民政局", "县民政局"))
        for code, unit, short in depts:
            host = f"{code}.meiyuan.gov.test"
            rows: list[tuple[str, str, str]] = []
            if code == "jyj":
                for year, date in ((2024, "2025-01-23"), (2023, "2024-01-25"), (2020, "2021-01-27")):
                    doc = self.doc(unit, year, date, f"{short}{year}年度政府信息公开工作年度报告")
                    url = self.dept_art(host, unit, doc.title, date, self.body(doc, word=year == 2023), rows)
                    self.report(SITE, url, doc)
                title = "县教育局2023年度法治政府建设年度报告"
                self.decoy(SITE, self.dept_art(host, unit, title, "2024-02-06",
                                               self.decoy_body(title, unit, 2023), rows), title)
            else:
                doc = self.doc(unit, 2024, "2025-01-26", f"{short}2024年政府信息公开工作年度报告")
                self.report(SITE, self.dept_art(host, unit, doc.title, "2025-01-26", self.body(doc), rows), doc)
                title = "县民政局2023年度部门决算"
                self.decoy(SITE, self.dept_art(host, unit, title, "2024-09-02",
                                               self.decoy_body(title, unit, 2023), rows), title)
                doc = self.doc(unit, 2022, "2023-01-31", f"{short}2022年政府信息公开工作年度报告")
                fid = self.next_id()
                pdf = self.attach(host, f"/xxgk/ndbg/files/{fid}.pdf", doc, "pdf")
                line = (f'<p>{esc(doc.title)}请点击下载：</p><p><a class="fj" href="/xxgk/ndbg/files/{fid}.pdf">'
                        f'{esc(doc.title)}.pdf</a></p>')
                url = self.dept_art(host, unit, doc.title, "2023-01-31", line, rows)
                self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=pdf)
            rows.sort(reverse=True)
            chunks = [rows[i:i + SIZE] for i in range(0, len(rows), SIZE)]
            for n, chunk in enumerate(chunks):
                self.put(host, self.list_path(n), self.dept_list(unit, n, len(chunks), len(rows), chunk))
            self.put(host, "/", page(unit, unit, '<div class="u-home"><a href="/xxgk/ndbg/index.html">'
                                                  '政府信息公开年报</a></div>'))
        # towns: reports linked straight from the hub
        town_links: list[str] = []
        for code, unit, short, year, date in (("mxz", "沬源县沬溪镇人民政府", "沬溪镇", 2024, "2025-01-21"),
                                              ("mxz", "沬源县沬溪镇人民政府", "沬溪镇", 2023, "2024-01-22"),
                                              ("slx", "沬源县石龙乡人民政府", "石龙乡", 2021, "2022-01-24")):
            host = f"{code}.meiyuan.gov.test"
            doc = self.doc(unit, year, date, f"{short}{year}年政府信息公开工作年度报告")
            aid = self.next_id()
            path = f"/zwgk/nb/{date.replace('-', '')}/{aid}.html"
            self.put(host, path, self.article(unit, doc.title, date, self.body(doc, word=code == "slx")))
            self.report(SITE, f"http://{host}{path}", doc)
            town_links.append(f'<li><a href="http://{host}{path}" target="_blank">{esc(doc.title)}</a>'
                              f'<span>{date}</span></li>')
        for code in ("mxz", "slx"):
            self.put(f"{code}.meiyuan.gov.test", "/", page("沬源县", "沬源县", "<p>乡镇政务公开</p>"))
        # main-host decoy and hub
        title = "沬源县2024年政务公开工作要点"
        did = self.next_id()
        dpath = f"/zwgk/bmnb/xgwj/{did}.html"
        self.put(HOST, dpath, self.article("沬源县人民政府", title, "2024-04-08",
                                           self.decoy_body(title, "沬源县人民政府", 2024)))
        self.decoy(SITE, f"http://{HOST}{dpath}", title)
        for code, _unit, _short in depts:
            self.put(HOST, f"/images/dwlogo/{code}.png", PNG, "image/png")
        tiles = "".join(
            f'<a class="dw-tile" href="http://{code}.meiyuan.gov.test/xxgk/ndbg/index.html" target="_blank">'
            f'<img src="/images/dwlogo/{code}.png" alt="{esc(short)}" width="160" height="60"></a>'
            for code, _unit, short in depts)
        hub = ('<div class="my-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
               '部门年报</div>'
               f'<div class="bm-wall"><h3>县直部门</h3><div class="dw-tiles">{tiles}</div>'
               '<p class="tip">点击部门标识进入该部门政府信息公开年报栏目</p></div>'
               f'<div class="xz-box"><h3>乡镇（街道）</h3><ul class="xz-nb">{"".join(town_links)}</ul></div>'
               f'<div class="xg-box"><h3>相关文件</h3><ul><li><a href="{dpath}">{esc(title)}</a></li></ul></div>')
        self.put(HOST, HUB, page("部门年报_沬源县人民政府", "沬源县人民政府", hub,
                                 '<meta name="ColumnName" content="部门年报">'))
        self.put(HOST, "/zwgk/", page("政务公开_沬源县人民政府", "沬源县人民政府",
                                      f'<ul><li><a href="{HUB}">部门年报</a></li></ul>'))
        self.put(HOST, "/", page("沬源县人民政府", "沬源县人民政府", (
            f'<div class="my-home"><a href="/zwgk/">政务公开</a><a href="{HUB}">部门年报</a>'
            '<p>沬源县召开2025年安全生产工作会议</p></div>')))

    @staticmethod
    def list_path(n: int) -> str:
        return "/xxgk/ndbg/index.html" if n == 0 else f"/xxgk/ndbg/index_{n}.html"

    def dept_list(self, unit: str, n: int, total: int, count: int, chunk: list[tuple[str, str, str]]) -> str:
        lis = "".join(f'<li><a href="{path}" title="{esc(t)}">{esc(t)}</a><em>{d}</em></li>' for d, t, path in chunk)
        links = [("首页", 0), ("上一页", n - 1), ("下一页", n + 1), ("尾页", total - 1)]
        pager = "".join(f'<a href="{self.list_path(i)}">{label}</a>' if 0 <= i < total and i != n
                        else f"<span>{label}</span>" for label, i in links)
        inner = (f'<div class="nd-head">政府信息公开年报</div><ol class="nd-list">{lis}</ol>'
                 f'<div class="nd-pager">共{count}条 第{n + 1}/{total}页 {pager}</div>')
        return page(f"政府信息公开年报_{unit}", unit, inner)

    def dept_art(self, host: str, unit: str, title: str, date: str, content: str,
                 rows: list[tuple[str, str, str]]) -> str:
        aid = self.next_id()
        path = f"/xxgk/ndbg/content_{aid}"
        self.put(host, path, self.article(unit, title, date, content))
        rows.append((date, title, path))
        return f"http://{host}{path}"

    @staticmethod
    def article(unit: str, title: str, date: str, content: str) -> str:
        inner = (f'<div class="art"><h2>{esc(title)}</h2><p class="info">信息来源：{esc(unit)}　发布日期：{date}</p>'
                 f'<div class="art-body">{content}</div></div>')
        return page(f"{title}_{unit}", unit, inner, f'<meta name="ContentSource" content="{esc(unit)}">')


PORTALS = [HubMeiyuan]
