"""濠源县 (www.haoyuan.gov.test; fgj. / yjj. / hcz. / sxx.haoyuan.gov.test): a county 部门和乡镇年报 hub page in two
blocks: 县直部门 is **one inline line of pipe-separated links** (``<p class="bm-line">县发改局 | 县应急局</p>``, the
short names only) to each department's own 年报 list on its sub-host; 乡镇 is a ``<table class="xz-nb">`` (乡镇 |
报告名称 | 发布日期) whose title cells link straight to the towns' reports on their sub-hosts; a ``<div class="gz">``
工作动态 box at the foot links one more page on the main host.

Registered ``http://www.haoyuan.gov.test/zwgk/gknb/bmxz.html``; home ``/`` links it (部门和乡镇年报).

Department sub-hosts (unit chrome ``<div class="dw-name">濠源县发展和改革局</div>``; lists ``/xxgk/ndbg.html``, a
``<div class="nb-rows">`` of ``<p><a>`` + ``<i>`` date rows, 3 a page, later pages ``/xxgk/ndbg_2.html`` (underscore
suffix from 2, beside the column file, not in a folder) linked only by a "下一页" / "上一页" ``<a>`` pair and
"第1页/共2页"; articles ``/xxgk/ndbg/<yyyy>/<id>.html`` with a ``div.fbxx`` line "发布单位：<unit>　日期：<date>"):
  fgj 濠源县发展和改革局: 2024, 2023 reports, 2022 report as an **OFD** (a one-line body and ``<p class="fj">附件：<a>``
  to ``/xxgk/ndbg/files/<id>.ofd``), decoy 县发改局2023年度部门决算 (4 items, 2 pages);
  yjj 濠源县应急管理局: 2024, 2021 reports, decoy 县应急局政府信息公开指南（2023年修订） (1 page).
Town sub-hosts (town chrome and the same 发布单位 line; articles ``/gk/nb/<id>.html``, no list linked):
  hcz 濠源县濠城镇人民政府 2024, 2020 (old template) (titled "濠城镇…"); sxx 濠源县石峡乡人民政府 2023 (titled
"石峡乡…"). Main host: decoy 濠源县2024年政务公开工作要点 at ``/zwgk/gknb/gzdt/<id>.html`` (from the 工作动态 box).

Reports (8): 发改局 2022 (OFD), 2023, 2024; 应急局 2021, 2024; 濠城镇 2020, 2024; 石峡乡 2023.  Decoys (3) as above.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc

HOST = "www.haoyuan.gov.test"
SITE = "haoyuan-bmnb"
HUB = "/zwgk/gknb/bmxz.html"
SIZE = 3


def page(title: str, unit: str, inner: str, meta: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{esc(unit)}">'
            f'<meta name="SiteIDCode" content="9884070003">{meta}<title>{esc(title)}</title></head><body>'
            f'<div class="hy-top"><span>{esc(unit)}</span><a href="http://{HOST}/">濠源县人民政府门户网站</a>'
            '<a href="javascript:;">无障碍阅读</a><a href="javascript:;">手机版</a></div>'
            f'<div class="dw-name">{esc(unit)}</div><div class="hy-nav"><a href="/">首页</a>'
            '<a href="javascript:;">信息公开</a><a href="javascript:;">公共服务</a><a href="javascript:;">互动</a>'
            '</div>'
            f'<div class="hy-main">{inner}</div><div class="hy-foot"><p>主办：{esc(unit)}　'
            '技术支持：濠源县融媒体中心</p><p>网站标识码：9884070003　<a href="https://beian.miit.gov.cn/">'
            '未ICP备18004417号-1</a>　未公网安备98840702000019号</p><p>本网站支持IPv6</p></div></body></html>')


class HubHaoyuan(Site):
    hosts = (HOST, "fgj.haoyuan.gov.test", "yjj.haoyuan.gov.test", "hcz.haoyuan.gov.test", "sxx.haoyuan.gov.test")
    site_ids = (SITE,)
    first_id = 294_600

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        # departments: own 年报 lists on sub-hosts
        fgj, unit = "fgj.haoyuan.gov.test", "濠源县发展和改革局"
        rows: list[tuple[str, str, str]] = []
        for year, date in ((2024, "2025-01-24"), (2023, "2024-01-30")):
            doc = self.doc(unit, year, date, f"县发改局{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.dept_art(fgj, unit, doc.title, date, self.body(doc, word=year == 2023), rows), doc)
        doc = self.doc(unit, 2022, "2023-01-30", "县发改局2022年度政府信息公开工作年度报告")
        fid = self.next_id()
        file_url = self.attach(fgj, f"/xxgk/ndbg/files/{fid}.ofd", doc, "ofd")
        body = (f"<p>{esc(doc.title)}详见附件。</p><p class=\"fj\">附件：<a href=\"/xxgk/ndbg/files/{fid}.ofd\">"
                f"{esc(doc.title)}.ofd</a></p>")
        self.report(SITE, self.dept_art(fgj, unit, doc.title, "2023-01-30", body, rows), doc,
                    media_type=MEDIA["ofd"], report_url=file_url)
        title = "县发改局2023年度部门决算"
        self.decoy(SITE, self.dept_art(fgj, unit, title, "2024-08-28", self.decoy_body(title, unit, 2023), rows), title)
        self.dept_list(fgj, unit, rows)

        yjj, unit = "yjj.haoyuan.gov.test", "濠源县应急管理局"
        rows = []
        for year, date in ((2024, "2025-01-22"), (2021, "2022-01-26")):
            doc = self.doc(unit, year, date, f"县应急局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.dept_art(yjj, unit, doc.title, date, self.body(doc), rows), doc)
        title = "县应急局政府信息公开指南（2023年修订）"
        self.decoy(SITE, self.dept_art(yjj, unit, title, "2022-03-15", self.decoy_body(title, unit, 2022), rows), title)
        self.dept_list(yjj, unit, rows)

        # towns: reports straight on their sub-hosts
        towns: list[tuple[str, str, str, str]] = []
        for code, town, short, year, date in (
                ("hcz", "濠源县濠城镇人民政府", "濠城镇", 2024, "2025-01-23"),
                ("hcz", "濠源县濠城镇人民政府", "濠城镇", 2020, "2021-01-28"),
                ("sxx", "濠源县石峡乡人民政府", "石峡乡", 2023, "2024-01-25")):
            host = f"{code}.haoyuan.gov.test"
            doc = self.doc(town, year, date, f"{short}{year}年政府信息公开工作年度报告")
            aid = self.next_id()
            path = f"/gk/nb/{aid}.html"
            self.put(host, path, page(f"{doc.title}-{town}", town, (
                f'<div class="art"><h2>{esc(doc.title)}</h2><div class="fbxx">发布单位：{esc(town)}　日期：{date}</div>'
                f'<div class="art-con">{self.body(doc, word=year == 2020)}</div></div>'),
                f'<meta name="ArticleTitle" content="{esc(doc.title)}">'
                f'<meta name="ContentSource" content="{esc(town)}">'))
            self.put(host, "/", page(town, town, f'<div class="home"><h3>{esc(short)}动态</h3><p>（略）</p></div>'))
            self.report(SITE, f"http://{host}{path}", doc)
            towns.append((short, doc.title, f"http://{host}{path}", date))

        # main host: the hub, one 工作动态 decoy, the home page
        did = self.next_id()
        title, owner = "濠源县2024年政务公开工作要点", "濠源县人民政府"
        gz = f"/zwgk/gknb/gzdt/{did}.html"
        self.put(HOST, gz, page(title, owner, (
            f'<div class="art"><h2>{esc(title)}</h2>'
            '<div class="fbxx">发布单位：濠源县人民政府办公室　日期：2024-04-12</div>'
            f'<div class="art-con">{self.decoy_body(title, owner, 2024)}</div></div>')))
        self.decoy(SITE, f"http://{HOST}{gz}", title)
        depts = " | ".join(f'<a href="http://{h}/xxgk/ndbg.html" target="_blank">{s}</a>'
                           for h, s in ((fgj, "县发改局"), (yjj, "县应急局")))
        trs = "".join(f'<tr><td>{esc(s)}</td><td><a href="{u}" target="_blank">{esc(t)}</a></td><td>{d}</td></tr>'
                      for s, t, u, d in towns)
        self.put(HOST, HUB, page("部门和乡镇年报-濠源县人民政府", "濠源县人民政府", (
            '<div class="crumb">您的位置：<a href="/">首页'
            '</a> &gt; 政务公开 &gt; 政府信息公开年报 &gt; 部门和乡镇年报</div>'
            '<div class="nb-hub"><h3>县直部门</h3><p class="tip">（点击进入各部门年报栏目）</p>'
            f'<p class="bm-line">{depts}</p><h3>乡镇</h3><table class="xz-nb" width="100%" border="0">'
            f'<tr><th>乡镇</th><th>报告名称</th><th>发布日期</th></tr>{trs}</table>'
            f'<div class="gz"><h4>工作动态</h4><a href="{gz}">{esc(title)}</a></div></div>'),
            '<meta name="ColumnName" content="部门和乡镇年报">'))
        self.put(HOST, "/", page("濠源县人民政府门户网站", "濠源县人民政府", (
            f'<div class="home"><div class="box"><h3>政务公开</h3><a href="{HUB}">部门和乡镇年报</a></div>'
            '<div class="box"><h3>濠源要闻</h3><p>县政府召开全县安全生产工作会议</p></div></div>')))

    def dept_art(self, host: str, unit: str, title: str, date: str, content: str,
                 rows: list[tuple[str, str, str]]) -> str:
        aid = self.next_id()
        path = f"/xxgk/ndbg/{date[:4]}/{aid}.html"
        self.put(host, path, page(f"{title}-{unit}", unit, (
            f'<div class="art"><h2>{esc(title)}</h2><div class="fbxx">发布单位：{esc(unit)}　日期：{date}</div>'
            f'<div class="art-con">{content}</div></div>'),
            f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="ContentSource" content="{esc(unit)}">'))
        rows.append((date, title, path))
        return f"http://{host}{path}"

    def dept_list(self, host: str, unit: str, rows: list[tuple[str, str, str]]) -> None:
        rows.sort(reverse=True)
        count = -(-len(rows) // SIZE)

        def name(n: int) -> str:
            return "/xxgk/ndbg.html" if n == 1 else f"/xxgk/ndbg_{n}.html"

        for n in range(1, count + 1):
            items = "".join(f'<p><a href="{p}">{esc(t)}</a><i>{d}</i></p>' for d, t, p in rows[(n - 1) * SIZE:n * SIZE])
            nav = (f'<a href="{name(n - 1)}">上一页</a>' if n > 1 else "") + \
                  (f'<a href="{name(n + 1)}">下一页</a>' if n < count else "")
            self.put(host, name(n), page(f"政府信息公开年报-{unit}", unit, (
                f'<div class="lm"><h3>政府信息公开年报</h3><div class="nb-rows">{items}</div>'
                f'<div class="fy">{nav}<span>第{n}页/共{count}页</span></div></div>')))
        self.put(host, "/", page(unit, unit, f'<div class="home"><a href="{name(1)}">政府信息公开年报</a></div>'))


PORTALS = [HubHaoyuan]
