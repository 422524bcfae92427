"""溇州市 (www.louzhou.gov.test; fgw. / sjj. / lyj.louzhou.gov.test): a city 部门年报 page whose departments are
reachable only through a "部门年报导航" drop-down — ``<select onchange="if(this.value)window.open(this.value)">``
whose ``<option value="http://fgw.louzhou.gov.test/xxgk/nb/">市发展和改革委员会</option>`` values are the
departments' own 年报 lists on their sub-hosts — next to a "市政府年报" list of the city's own reports that the
hub pages as ``index.html`` / ``2.html`` by a "‹ 1/2 ›" pager (arrow links only, ``class="prev"`` / ``"next"``).

``/zwgk/bmnb/`` (``index.html``; family ``hub``): ``<div class="lz-nb-nav"><label>部门年报导航</label><select …>
<option value="">--请选择部门--</option>…</select></div>``, then ``<ol class="lz-city">`` of
``<li><a href="/zwgk/bmnb/202501/t<id>.shtml">…</a><em>2025.01.20</em></li>`` three a page (dates with
dots), pager ``<div class="lz-pg"><span class="prev">‹</span><i>1/2</i><a class="next" href="2.html">›</a>
</div>``.  City articles ``/zwgk/bmnb/YYYYMM/t<id>.shtml``.  Each department's ``/xxgk/nb/`` (``index.html``)
is a one-page ``<table class="nb-tab">`` of 序号 | 标题 | 时间 rows linking ``/xxgk/nb/<id>.shtml``; its
chrome's ``<div class="dept-name">`` and ``<meta name="Author">`` carry the department's full name, and
article pages a "发布单位" cell.  The 审计局's 2024 report is titled only "2024年度政府信息公开工作年度报告".
The 发改委's 2024 report is a PDF (``/xxgk/nb/files/P0202501<n>.pdf``) linked from a one-line article.

Reports (8): 溇州市人民政府 2022, 2023, 2024 (www); 溇州市发展和改革委员会 2023, 2024 (PDF);
溇州市审计局 2021, 2024; 溇州市林业局 2020 (old template).
Decoys (3): 溇州市2025年政务公开工作要点 (www hub list), 溇州市发展和改革委员会2024年度部门决算 (fgw),
溇州市林业局2024年度法治政府建设年度报告 (lyj).
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch27._site import MEDIA, Site, esc

WWW = "www.louzhou.gov.test"
SITE = "louzhou-bmnb"
OWNER = "溇州市人民政府"
DEPTS = (("fgw", "溇州市发展和改革委员会", "市发展和改革委员会"), ("sjj", "溇州市审计局", "市审计局"),
         ("lyj", "溇州市林业局", "市林业局"))
PER = 3


def frame(title: str, inner: str, head: str = "", brand: str = "溇州市人民政府") -> str:
    return (
        f'<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>{esc(title)}</title><meta name="Author" '
        f'content="{esc(brand)}">{head}<link rel="stylesheet" href="http://{WWW}/res/lz.css"></head><body><div '
        f'class="lz-bar"><a href="http://{WWW}/">溇州市人民政府门户网站</a><a href="javascript:;" id="wza">无障碍</a>'
        f'<a href="javascript:;" id="elder">关怀版</a></div><header class="lz-head"><img src="http://{WWW}/res/logo.p'
        'ng"'
        f' alt="{esc(brand)}"></header>{inner}<footer class="lz-foot"><p>主办：{esc(brand)}　承办：溇州市大数据中心</p>'
        '<p>网站标识码：9877070001　未ICP备19028811号-1　未公网安备98770702000388号</p><p>扫码关注“溇州发布”'
        '</p></footer></body></html>'
    )


class HubLouzhou(Site):
    hosts = (WWW,) + tuple(f"{c}.louzhou.gov.test" for c, _, _ in DEPTS)
    site_ids = (SITE,)
    first_id = 226_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        city: list[tuple[str, str, str]] = []
        for year, day in ((2022, 19), (2023, 24), (2024, 21)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"溇州市人民政府{year}年政府信息公开工作年度报告")
            url = self.city_article(doc.title, doc.published_date or "", self.body(doc, word=year == 2022), city)
            self.report(SITE, url, doc)
        title = "溇州市2025年政务公开工作要点"
        self.decoy(SITE, self.city_article(title, "2025-03-10", self.decoy_body(title, OWNER, 2025), city), title)
        city.sort(reverse=True)
        lists: dict[str, list[tuple[str, str, str]]] = {c: [] for c, _, _ in DEPTS}
        for code, year, date, title in (("fgw", 2023, "2024-01-18",
                                         "溇州市发展和改革委员会2023年政府信息公开工作年度报告"),
                                        ("sjj", 2024, "2025-01-15", "2024年度政府信息公开工作年度报告"),
                                        ("sjj", 2021, "2022-01-20", "市审计局2021年度政府信息公开工作年度报告"),
                                        ("lyj", 2020, "2021-01-26", "溇州市林业局2020年政府信息公开工作年度报告")):
            doc = self.doc(self.full(code), year, date, title)
            self.report(SITE, self.dept_article(code, title, date, self.body(doc), lists[code]), doc)
        doc = self.doc(self.full("fgw"), 2024, "2025-01-22", "溇州市发展和改革委员会2024年政府信息公开工作年度报告")
        path = f"/xxgk/nb/files/P0202501{self.rng.randrange(10**8):08d}.pdf"
        url = self.dept_article("fgw", doc.title, "2025-01-22", f'<p>全文请见附件：<a href="{path}">{esc(doc.title)}'
                                f'.pdf</a></p>', lists["fgw"])
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach("fgw.louzhou.gov.test", path,
                                                                                     doc, "pdf"))
        for code, title, year, date in (("fgw", "溇州市发展和改革委员会2024年度部门决算", 2024, "2025-06-20"),
                                        ("lyj", "溇州市林业局2024年度法治政府建设年度报告", 2024, "2025-02-27")):
            self.decoy(SITE, self.dept_article(code, title, date, self.decoy_body(title, self.full(code), year),
                                               lists[code]), title)
        for code, _, _ in DEPTS:
            rows = sorted(lists[code], reverse=True)
            trs = "".join(f'<tr><td>{n}</td><td><a href="{p}" target="_blank">{esc(t)}</a></td><td>{d}</td></tr>'
                          for n, (d, p, t) in enumerate(rows, 1))
            self.put(f"{code}.louzhou.gov.test", "/xxgk/nb/index.html",
                     self.dept_frame(code, "政府信息公开年报", '<table class="nb-tab"><tr><th>序号</th><th>标题</th>'
                                     f'<th>时间</th></tr>{trs}</table>'))
            self.put(f"{code}.louzhou.gov.test", "/index.html", self.dept_frame(code, "首页", '<p><a href="/xxgk/nb/">'
                                                                                    '政府信息公开年报</a></p>'))
        pages = -(-len(city) // PER)
        opts = "".join(f'<option value="http://{c}.louzhou.gov.test/xxgk/nb/">{s}</option>' for c, _, s in DEPTS)
        for k in range(1, pages + 1):
            lis = "".join(f'<li><a href="{p}" target="_blank">{esc(t)}</a><em>{d.replace("-", ".")}</em></li>'
                          for d, p, t in city[(k - 1) * PER:k * PER])
            prev = (f'<a class="prev" href="{"index" if k == 2 else k - 1}.html">‹</a>' if k > 1
                    else '<span class="prev">‹</span>')
            nxt = f'<a class="next" href="{k + 1}.html">›</a>' if k < pages else '<span class="next">›</span>'
            inner = ('<div class="lz-crumb">首页 / 政务公开 / 部门年报</div><div class="lz-nb-nav"><label>部门年报导航'
                     '</label><select onchange="if(this.value)window.open(this.value)"><option value="">--请选择部门--'
                     f'</option>{opts}</select></div><h3>市政府年报</h3><ol class="lz-city">{lis}</ol><div class="lz-'
                     'pg">'
                     f'{prev}<i>{k}/{pages}</i>{nxt}</div>')
            self.put(WWW, "/zwgk/bmnb/" + ("index.html" if k == 1 else f"{k}.html"), frame("部门年报_溇州市人民政"
                                                                                           "府", inner))
        self.put(WWW, "/index.html", frame("溇州市人民政府", '<nav><a href="/">首页</a><a href="/zwgk/bmnb/">'
                                       '部门年报</a></nav>'))
        self.put(WWW, "/res/lz.css", ".lz-pg i{margin:0 8px}", "text/css")
        self.put(WWW, "/res/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")

    @staticmethod
    def full(code: str) -> str:
        return next(f for c, f, _ in DEPTS if c == code)

    def city_article(self, title: str, date: str, content: str, city: list[tuple[str, str, str]]) -> str:
        path = f"/zwgk/bmnb/{date[:4]}{date[5:7]}/t{self.next_id()}.shtml"
        inner = (f'<div class="lz-crumb"><a href="/">首页</a> / <a href="/zwgk/bmnb/">部门年报</a></div><article><h1>'
                 f'{esc(title)}</h1><p class="lz-meta">发布日期：{date}　来源：溇州市人民政府办公室</p><div class='
                 f'"lz-txt">{content}</div></article>')
        city.append((date, path, title))
        return self.put(WWW, path, frame(f"{title}_溇州市人民政府", inner))

    def dept_frame(self, code: str, title: str, inner: str) -> str:
        full = self.full(code)
        return frame(f"{title}_{full}", f'<div class="dept-name">{full}</div><nav class="dept-nav"><a href="/">首页'
                     f'</a><a href="/xxgk/nb/">政府信息公开年报</a></nav>{inner}', brand=full)

    def dept_article(self, code: str, title: str, date: str, content: str, rows: list[tuple[str, str, str]]) -> str:
        path = f"/xxgk/nb/{self.next_id()}.shtml"
        rows.append((date, path, title))
        inner = (f'<table class="dept-attr"><tr><td>发布单位：{esc(self.full(code))}</td><td>发布时间：{date}</td></tr>'
                 f'</table><h2 class="dept-title">{esc(title)}</h2><div class="dept-body">{content}</div>')
        return self.put(f"{code}.louzhou.gov.test", path, self.dept_frame(code, title, inner))


PORTALS = [HubLouzhou]
