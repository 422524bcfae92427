"""崮原县 (www.guyuan.gov.test; jyj. / nyj. / gsz. / smx.guyuan.gov.test): a county 各单位年报 hub page whose units
are grouped by sector in ``<fieldset class="dw-group"><legend>…</legend>`` boxes (综合部门 / 经济部门 / 社会事业 /
乡镇), each box a ``<p class="dw">`` per unit: the unit's short name (``<b>``) followed either by one link
"进入年报专栏" to its own 年报 list on its sub-host, or by year links ("2022年度", "2023年度") straight to reports
kept on the main host.

Registered ``http://www.guyuan.gov.test/zwgk/gdwnb/index.html``; home ``/`` links it (各单位年报).
Main host articles ``/zwgk/gdwnb/<unit code>/<YYYYMMDD>/<id>.html``: ``<h3 class="art-tit">``, a table row line
``<td>发布机构：<full name></td><td>发布日期：…</td>`` and ``<div class="art-body">``.  Their titles abbreviate the
agency ("县市场监管局…", "东岭镇…").
Sub-hosts (their unit's own chrome: full name in ``<meta name="SiteName">``, banner and 主办单位 footer): the 年报 list
``/zfxxgk/ndbg/index.html`` as ``<div class="nb-row"><a>…</a><i>date</i></div>`` rows, 3 a page, later pages
``index_1.html``, ``index_2.html`` (TRS numbering) by a "上一页 1 2 下一页" pager; articles ``/zfxxgk/ndbg/<id>.html``
with a "发布机构：<full name>" line.  The 农业农村局's 2024 report is a PDF linked from its list directly
(``/zfxxgk/ndbg/P020250123<id>.pdf``).

Reports (8, all under the hub's site id): 崮原县教育局 2021, 2023, 2024 (jyj., 2 list pages); 崮原县农业农村局 2024
(PDF, nyj.); 崮原县市场监督管理局 2022 (main host, "2022年度" link); 崮原县崮山镇人民政府 2020 (old template, gsz.);
崮原县石门乡人民政府 2024 (smx.); 崮原县东岭镇人民政府 2023 (main host, "2023年度" link).
Decoys (3): 崮原县教育局2023年度部门决算 (jyj. list), 石门乡2024年度法治政府建设年度报告 (smx. list),
县市场监管局2022年度政府信息公开工作年度报告解读 (main host, the box's "解读" link).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch31._site import MEDIA, Site, esc

HOST = "www.guyuan.gov.test"
SITE = "guyuan-bmnb"
OWNER = "崮原县人民政府"
HUB = "/zwgk/gdwnb/index.html"
SUB = {"jyj": "崮原县教育局", "nyj": "崮原县农业农村局", "gsz": "崮原县崮山镇人民政府", "smx": "崮原县石门乡人民政府"}
PER = 3


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="崮原县人民政府网">'
        f'<meta name="SiteIDCode" content="9881070001"><title>{esc(title)}</title></head><body>'
        '<div class="gy-bar"><span>崮原县人民政府欢迎您</span><a href="javascript:;">无障碍</a> <a href="javascript:;">'
        '大字版</a></div><div class="gy-top"><h1>崮原县人民政府</h1></div><div class="gy-nav"><a href="/">首页</a>'
        '<a href="/zwgk/gdwnb/index.html">政务公开</a><a href="javascript:;">政务服务</a><a href="javascript:;">'
        f'走进崮原</a></div>{inner}<div class="gy-foot">崮原县人民政府办公室主办　网站标识码：9881070001<br>'
        '<a href="https://beian.miit.gov.cn/">未ICP备2019044120号-1</a>　'
        '未公网安备 98810702000318号</div></body></html>'
    )


def unit_frame(unit: str, code: str, title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="{unit}">'
        f'<meta name="SiteIDCode" content="{code}"><title>{esc(title)}</title></head><body><div class="u-head">'
        f'<div class="u-name">{unit}</div><a href="http://{HOST}/">崮原县人民政府</a></div><div class="u-nav">'
        f'<a href="/">首页</a><a href="/zfxxgk/ndbg/index.html">年报专栏</a></div>{inner}<div class="u-foot">'
        f'主办单位：{unit}　网站标识码：{code}</div></body></html>'
    )


class HubGuyuan(Site):
    hosts = (HOST,) + tuple(f"{h}.guyuan.gov.test" for h in SUB)
    site_ids = (SITE,)
    first_id = 264_600

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.lists: dict[str, list[tuple[str, str, str]]] = {h: [] for h in SUB}  # (date, title, path)
        for h, year, date, title in (("jyj", 2021, "2022-01-21", "2021年政府信息公开工作年度报告"),
                                     ("jyj", 2023, "2024-01-19", "崮原县教育局2023年政府信息公开工作年度报告"),
                                     ("jyj", 2024, "2025-01-24", "2024年度政府信息公开工作年度报告"),
                                     ("gsz", 2020, "2021-01-27", "崮山镇2020年政府信息公开工作年度报告"),
                                     ("smx", 2024, "2025-01-21", "2024年政府信息公开工作年度报告")):
            doc = self.doc(SUB[h], year, date, title)
            self.report(SITE, self.unit_article(h, title, date, self.body(doc, word=h == "gsz")), doc)
        doc = self.doc(SUB["nyj"], 2024, "2025-01-23", "2024年度政府信息公开工作年度报告")
        pid = self.next_id()
        pdf = self.attach("nyj.guyuan.gov.test", f"/zfxxgk/ndbg/P020250123{pid}.pdf", doc, "pdf",
                          filename="2024%E5%B9%B4%E5%BA%A6%E5%B9%B4%E6%8A%A5.pdf")
        self.lists["nyj"].append(("2025-01-23", doc.title + "（PDF）", pdf.split(".gov.test", 1)[1]))
        self.report(SITE, pdf, doc, media_type=MEDIA["pdf"])
        for h, year, date, title in (("jyj", 2023, "2024-09-10", "崮原县教育局2023年度部门决算"),
                                     ("smx", 2024, "2025-03-05", "石门乡2024年度法治政府建设年度报告")):
            self.decoy(SITE, self.unit_article(h, title, date, self.decoy_body(title, SUB[h], year)), title)
        scj, dlz = "崮原县市场监督管理局", "崮原县东岭镇人民政府"
        doc = self.doc(scj, 2022, "2023-01-30", "县市场监管局2022年度政府信息公开工作年度报告")
        scj_report = self.main_article("scjgj", scj, doc.title, "2023-01-30", self.body(doc))
        self.report(SITE, scj_report, doc)
        title = "县市场监管局2022年度政府信息公开工作年度报告解读"
        scj_decoy = self.main_article("scjgj", scj, title, "2023-02-02", self.decoy_body(title, scj, 2022))
        self.decoy(SITE, scj_decoy, title)
        doc = self.doc(dlz, 2023, "2024-01-25", "东岭镇2023年政府信息公开工作年度报告")
        dlz_report = self.main_article("dlz", dlz, doc.title, "2024-01-25", self.body(doc, word=True))
        self.report(SITE, dlz_report, doc)
        for i, h in enumerate(SUB):
            self.unit_lists(h, f"98810700{i + 21:02d}")

        def enter(h: str, short: str) -> str:
            return (f'<p class="dw"><b>{short}</b><a href="http://{h}.guyuan.gov.test/zfxxgk/ndbg/index.html" '
                    'target="_blank">进入年报专栏</a></p>')

        def rel(url: str) -> str:
            return url.removeprefix(f"http://{HOST}")

        boxes = (
            '<fieldset class="dw-group"><legend>综合部门</legend><p class="dw"><b>县发展改革局</b><span class="none">'
            '暂未发布</span></p></fieldset>'
            f'<fieldset class="dw-group"><legend>经济部门</legend>{enter("nyj", "县农业农村局")}<p class="dw"><b>县市场'
            f'监管局</b><a href="{rel(scj_report)}">2022年度</a> <a href="{rel(scj_decoy)}">2022年度解读</a></p>'
            '</fieldset>'
            f'<fieldset class="dw-group"><legend>社会事业</legend>{enter("jyj", "县教育局")}</fieldset>'
            f'<fieldset class="dw-group"><legend>乡镇</legend>{enter("gsz", "崮山镇")}{enter("smx", "石门乡")}'
            f'<p class="dw"><b>东岭镇</b><a href="{rel(dlz_report)}">2023年度</a></p></fieldset>')
        self.put(HOST, HUB, frame("各单位年报-崮原县人民政府", (
            '<div class="gy-main"><div class="gy-pos">当前位置：首页 &gt; 政务公开 &gt; 各单位政府信息公开年报</div>'
            f'<h2>各单位政府信息公开工作年度报告</h2>{boxes}</div>')))
        self.put(HOST, "/index.html", frame("崮原县人民政府", (
            f'<div class="gy-home"><h3>政务公开</h3><a href="{HUB}">各单位年报</a>'
            '<p>扫描二维码关注“崮原发布”</p></div>')))

    def unit_article(self, h: str, title: str, date: str, content: str) -> str:
        pid = self.next_id()
        host = f"{h}.guyuan.gov.test"
        path = f"/zfxxgk/ndbg/{pid}.html"
        unit = SUB[h]
        self.put(host, path, unit_frame(unit, f"98810700{list(SUB).index(h) + 21:02d}", f"{title}-{unit}", (
            f'<div class="u-art"><h2>{esc(title)}</h2><div class="u-info">发布机构：{unit}　日期：{date}</div>'
            f'<div class="u-txt">{content}</div></div>')))
        self.lists[h].append((date, title, path))
        return f"http://{host}{path}"

    def main_article(self, code: str, unit: str, title: str, date: str, content: str) -> str:
        pid = self.next_id()
        path = f"/zwgk/gdwnb/{code}/{date.replace('-', '')}/{pid}.html"
        self.put(HOST, path, frame(f"{title}-崮原县人民政府", (
            f'<div class="gy-art"><h3 class="art-tit">{esc(title)}</h3><table class="art-info"><tr><td>发布机构：'
            f'{esc(unit)}</td><td>发布日期：{date}</td></tr></table><div class="art-body">{content}</div></div>')))
        return f"http://{HOST}{path}"

    def unit_lists(self, h: str, code: str) -> None:
        host = f"{h}.guyuan.gov.test"
        unit = SUB[h]
        rows = sorted(self.lists[h], reverse=True)
        pages = max(1, (len(rows) + PER - 1) // PER)

        def name(n: int) -> str:
            return "index.html" if n == 1 else f"index_{n - 1}.html"

        for n in range(1, pages + 1):
            items = "".join(f'<div class="nb-row"><a href="{p}">{esc(t)}</a><i>{d}</i></div>'
                            for d, t, p in rows[(n - 1) * PER:n * PER])
            pager = ""
            if pages > 1:
                prev = f'<a href="{name(n - 1)}">上一页</a>' if n > 1 else "<span>上一页</span>"
                nxt = f'<a href="{name(n + 1)}">下一页</a>' if n < pages else "<span>下一页</span>"
                nums = "".join(f"<b>{i}</b>" if i == n else f'<a href="{name(i)}">{i}</a>' for i in range(1, pages + 1))
                pager = f'<div class="u-pager">{prev}{nums}{nxt}</div>'
            self.put(host, f"/zfxxgk/ndbg/{name(n)}", unit_frame(unit, code, f"年报专栏-{unit}", (
                f'<div class="u-list"><h3>政府信息公开年报</h3>{items}{pager}</div>')))
        self.put(host, "/index.html", unit_frame(unit, code, unit, (
            '<div class="u-home"><a href="/zfxxgk/ndbg/index.html">政府信息公开年报</a></div>')))


PORTALS = [HubGuyuan]
