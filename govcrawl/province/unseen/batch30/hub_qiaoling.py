"""峤岭县 (www.qiaoling.gov.test; fgj. / mzj. / slj. / sww. / qkz. / bsx.qiaoling.gov.test): a county 政府信息公开年报
column split by a side menu into three sub-columns on the main host — 本级年报 (``/zwgk/xxgknb/index.html``, the
county's own reports as a short ``<ul class="nb-list">``), 部门年报 (``/zwgk/xxgknb/bmnb.html``) and 乡镇年报
(``/zwgk/xxgknb/xznb.html``).  The 部门年报 sub-column is a *paged directory table* of departments (序号 | 单位名称 |
更新时间; the unit name is the link, to that unit's own 年报 list on its sub-host), 3 units a page, paged
``bmnb.html`` → ``bmnb_2.html`` by "共4个单位 第1/2页 1 2 下一页 尾页"; the 乡镇年报 sub-column is a table of
乡镇名称 | 网站地址 | 联系电话 whose only links are the towns' 年报 list addresses *written out as link text*
(``http://qkz.qiaoling.gov.test/xxgk/ndbg/``).

Registered ``http://www.qiaoling.gov.test/zwgk/xxgknb/index.html``; home ``/`` links it (信息公开年报).
Main host articles: ``/zwgk/xxgknb/<YYYYMM>/t<YYYYMMDD>_<id>.html`` with ``h1.nb-title``, a "信息来源：峤岭县人民政府
发布时间：…" line and ``div.TRS_Editor``.
Sub-hosts (each in its unit's own chrome: the full name in ``<meta name="SiteName">``, the banner and the footer's
主办单位, and a "发布机构：<full name>" line on articles): the unit's 年报 list ``/xxgk/ndbg/`` (``index.html``, one
page, ``<ul class="ndbg">`` rows) linking ``/xxgk/ndbg/<id>.html``.  Titles on sub-hosts are short ("2023年度政府
信息公开工作年度报告", "本镇2024年…"): the agency is in the chrome and the 发布机构 line.  峤岭县审计局 (sww.) has an
empty list ("暂无信息").

Reports (8, all under the hub's site id): 峤岭县人民政府 2022, 2024 (main host); 峤岭县发展和改革局 2023, 2024
(fgj.); 峤岭县民政局 2021 (mzj.); 峤岭县水利局 2020 (old template, slj., on 部门年报 page 2); 峤岭县峤口镇人民政府
2023 (qkz.); 峤岭县白沙乡人民政府 2024 (bsx.).
Decoys (3): 峤岭县2024年政府信息公开工作年度报告解读 (本级 list), 峤岭县发展和改革局2024年度部门决算 (fgj. list),
峤口镇关于2023年度政府信息公开工作年度报告的公告 (qkz. list).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch30._site import Site, esc

HOST = "www.qiaoling.gov.test"
SITE = "qiaoling-bmnb"
OWNER = "峤岭县人民政府"
BASE = "/zwgk/xxgknb"
DEPTS = (("fgj", "峤岭县发展和改革局"), ("mzj", "峤岭县民政局"), ("sww", "峤岭县审计局"), ("slj", "峤岭县水利局"))
TOWNS = (("qkz", "峤岭县峤口镇人民政府", "峤口镇", "0000-7731021"),
         ("bsx", "峤岭县白沙乡人民政府", "白沙乡", "0000-7736110"))
UNITS = DEPTS + tuple((h, u) for h, u, _s, _t in TOWNS)
PER = 3


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="峤岭县人民政府网">'
        f'<meta name="SiteIDCode" content="9880070001"><title>{esc(title)}</title></head><body>'
        '<div class="ql-top"><a href="javascript:;">无障碍</a> <a href="javascript:;">适老化</a> '
        '<a href="javascript:;">移动版</a></div><div class="ql-head"><h1>峤岭县人民政府</h1><ul class="ql-nav">'
        '<li><a href="/">首页</a></li><li><a href="/zwgk/xxgknb/index.html">政务公开</a></li>'
        f'<li><a href="javascript:;">办事服务</a></li><li><a href="javascript:;">互动交流</a></li></ul></div>{inner}'
        '<div class="ql-foot">'
        '<p>主办单位：峤岭县人民政府办公室　承办单位：峤岭县大数据中心</p><p>网站标识码：9880070001　'
        '<a href="https://beian.miit.gov.cn/">未ICP备18060235号-1</a>　未公网安备 98800702000207号</p></div>'
        '</body></html>'
    )


def unit_frame(unit: str, code: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{unit}">'
        f'<meta name="SiteIDCode" content="{code}"><title>{esc(title)}</title></head><body>'
        f'<div class="unit-banner"><span class="unit-name">{unit}</span><a href="http://{HOST}/">返回县政府门户</a></div>'
        f'<div class="unit-nav"><a href="/">首页</a><a href="/xxgk/ndbg/">信息公开年报</a></div>{inner}'
        f'<div class="unit-foot">主办单位：{unit}　网站标识码：{code}　未ICP备18060235号-{int(code[-2:]) + 1}</div>'
        '</body></html>'
    )


class HubQiaoling(Site):
    hosts = (HOST,) + tuple(f"{h}.qiaoling.gov.test" for h, _u in UNITS)
    site_ids = (SITE,)
    first_id = 254_600

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        own: list[tuple[str, str, str]] = []
        for year, date in ((2022, "2023-01-18"), (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"峤岭县人民政府{year}年政府信息公开工作年度报告")
            url = self.main_article(doc.title, date, self.body(doc, word=year == 2022))
            self.report(SITE, url, doc)
            own.append((date, doc.title, url))
        title = "峤岭县2024年政府信息公开工作年度报告解读"
        url = self.main_article(title, "2025-01-22", self.decoy_body(title, OWNER, 2024))
        self.decoy(SITE, url, title)
        own.append(("2025-01-22", title, url))
        own.sort(reverse=True)
        # units' own lists: host -> [(date, title, url)]
        self.lists: dict[str, list[tuple[str, str, str]]] = {h: [] for h, _u in UNITS}
        names = dict(UNITS)
        for h, year, date, title in (("fgj", 2023, "2024-01-24", "2023年度政府信息公开工作年度报告"),
                                     ("fgj", 2024, "2025-01-23", "2024年度政府信息公开工作年度报告"),
                                     ("mzj", 2021, "2022-01-27", "2021年政府信息公开工作年度报告"),
                                     ("slj", 2020, "2021-01-29", "2020年政府信息公开工作年度报告"),
                                     ("qkz", 2023, "2024-01-26", "本镇2023年政府信息公开工作年度报告"),
                                     ("bsx", 2024, "2025-01-24", "2024年度政府信息公开工作年度报告")):
            doc = self.doc(names[h], year, date, title)
            self.report(SITE, self.unit_article(h, names[h], title, date, self.body(doc, word=h == "mzj")), doc)
        for h, year, date, title in (("fgj", 2024, "2025-09-01", "峤岭县发展和改革局2024年度部门决算"),
                                     ("qkz", 2023, "2024-01-28", "峤口镇关于2023年度政府信息公开工作年度报告的公告")):
            self.decoy(SITE, self.unit_article(h, names[h], title, date, self.decoy_body(title, names[h], year)), title)
        for i, (h, unit) in enumerate(UNITS):
            code = f"98800700{i + 11:02d}"
            items = "".join(f'<li><a href="{u.split(".gov.test", 1)[1]}">{esc(t)}</a><span>{d}</span></li>'
                            for d, t, u in sorted(self.lists[h], reverse=True)) or '<li class="empty">暂无信息</li>'
            host = f"{h}.qiaoling.gov.test"
            self.put(host, "/xxgk/ndbg/index.html", unit_frame(unit, code, f"信息公开年报-{unit}", (
                f'<div class="unit-main"><h3>信息公开年报</h3><ul class="ndbg">{items}</ul></div>')))
            self.put(host, "/index.html", unit_frame(unit, code, unit, (
                '<div class="unit-home"><a href="/xxgk/ndbg/">政府信息公开年报</a></div>')))
        menu = ('<div class="ql-side"><h3>信息公开年报</h3><ul><li><a href="{b}/index.html"{a0}>本级年报</a></li>'
                '<li><a href="{b}/bmnb.html"{a1}>部门年报</a></li><li><a href="{b}/xznb.html"{a2}>乡镇年报</a></li>'
                '</ul></div>')

        def side(active: int) -> str:
            marks = ["", "", ""]
            marks[active] = ' class="cur"'
            return menu.format(b=BASE, a0=marks[0], a1=marks[1], a2=marks[2])

        lis = "".join(f'<li><a href="{u.removeprefix("http://" + HOST)}" target="_blank">{esc(t)}</a>'
                      f'<span class="date">{d}</span></li>' for d, t, u in own)
        self.put(HOST, f"{BASE}/index.html", frame("本级年报-峤岭县人民政府", (
            f'<div class="ql-main">{side(0)}<div class="ql-con"><div class="pos">当前位置：首页 &gt; 政务公开 &gt; '
            f'信息公开年报 &gt; 本级年报</div><ul class="nb-list">{lis}</ul></div></div>')))
        updated = {h: max((d for d, _, _ in self.lists[h]), default="—") for h, _u in DEPTS}
        pages = (len(DEPTS) + PER - 1) // PER
        for n in range(1, pages + 1):
            rows = "".join(
                f'<tr><td>{(n - 1) * PER + k + 1}</td><td><a href="http://{h}.qiaoling.gov.test/xxgk/ndbg/" '
                f'target="_blank">{unit}</a></td><td>{updated[h]}</td></tr>'
                for k, (h, unit) in enumerate(DEPTS[(n - 1) * PER:n * PER]))
            name = "bmnb.html" if n == 1 else f"bmnb_{n}.html"
            nums = "".join(f"<span>{i}</span>" if i == n else
                           f'<a href="{"bmnb.html" if i == 1 else f"bmnb_{i}.html"}">{i}</a>'
                           for i in range(1, pages + 1))
            nxt = f'<a href="bmnb_{n + 1}.html">下一页</a>' if n < pages else "<span>下一页</span>"
            last = "bmnb.html" if pages == 1 else f"bmnb_{pages}.html"
            self.put(HOST, f"{BASE}/{name}", frame("部门年报-峤岭县人民政府", (
                f'<div class="ql-main">{side(1)}<div class="ql-con"><div class="pos">当前位置：首页 &gt; 政务公开 &gt; '
                '信息公开年报 &gt; 部门年报</div><table class="bm-dir"><thead><tr><th>序号</th><th>单位名称</th>'
                f'<th>更新时间</th></tr></thead><tbody>{rows}</tbody></table><div class="pg">共{len(DEPTS)}个单位 '
                f'第{n}/{pages}页 {nums} {nxt} <a href="{last}">尾页</a></div></div></div>')))
        trs = "".join(f'<tr><td>{short}</td><td><a href="http://{h}.qiaoling.gov.test/xxgk/ndbg/" target="_blank">'
                      f'http://{h}.qiaoling.gov.test/xxgk/ndbg/</a></td><td>{tel}</td></tr>'
                      for h, _u, short, tel in TOWNS)
        self.put(HOST, f"{BASE}/xznb.html", frame("乡镇年报-峤岭县人民政府", (
            f'<div class="ql-main">{side(2)}<div class="ql-con"><div class="pos">当前位置：首页 &gt; 政务公开 &gt; '
            '信息公开年报 &gt; 乡镇年报</div><table class="xz-dir"><thead><tr><th>乡镇名称</th><th>网站地址</th>'
            f'<th>联系电话</th></tr></thead><tbody>{trs}</tbody></table></div></div>')))
        self.put(HOST, "/index.html", frame("峤岭县人民政府网", (
            f'<div class="ql-home"><a href="{BASE}/index.html">信息公开年报</a>'
            '<div class="ql-ewm">扫一扫 关注峤岭发布</div></div>')))

    def main_article(self, title: str, date: str, content: str) -> str:
        pid = self.next_id()
        ymd = date.replace("-", "")
        path = f"{BASE}/{ymd[:6]}/t{ymd}_{pid}.html"
        self.put(HOST, path, frame(f"{title}-峤岭县人民政府", (
            f'<div class="ql-art"><h1 class="nb-title">{esc(title)}</h1><div class="nb-info">信息来源：{OWNER}　'
            f'发布时间：{date}</div><div class="TRS_Editor">{content}</div></div>')))
        return f"http://{HOST}{path}"

    def unit_article(self, h: str, unit: str, title: str, date: str, content: str) -> str:
        pid = self.next_id()
        host = f"{h}.qiaoling.gov.test"
        code = f"98800700{[x[0] for x in UNITS].index(h) + 11:02d}"
        path = f"/xxgk/ndbg/{pid}.html"
        self.put(host, path, unit_frame(unit, code, f"{title}-{unit}", (
            f'<div class="unit-art"><h2>{esc(title)}</h2><p class="meta">发布机构：{unit}　发布日期：{date}</p>'
            f'<div class="unit-text">{content}</div></div>')))
        url = f"http://{host}{path}"
        self.lists[h].append((date, title, url))
        return url


PORTALS = [HubQiaoling]
