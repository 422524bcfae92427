"""洹坪县 (www.huanping.gov.test): a 开普云 county portal whose 政府信息公开年报 column has **no index page**: its pages
are hyphen-numbered files from one, ``/zwgk/zfxxgknb/list-1.html`` … ``list-3.html``, under a server-rendered
Bootstrap/jqPaginator-style pager ``<ul class="pagination">`` of ``<li class="prev">`` / ``<li class="page">`` /
``<li class="next">`` items (the current page and the disabled ends are ``<a href="javascript:;">``; the others link
``list-N.html`` relative to the page) and a ``<p class="pg-sum">共12条 共3页</p>``; 5 items a page, newest first.
Rows are ``<li>`` items whose **date comes first**: ``<span class="date">[2024-01-20]</span><a href title>``.

Registered ``http://www.huanping.gov.test/zwgk/zfxxgknb/list-1.html``.  Home ``/`` links ``/zwgk/index.html``
(政务公开), whose 政府信息公开年报 box shows the newest 3 items and a "更多&gt;&gt;" link to ``list-1.html``.

Articles ``/zwgk/zfxxgknb/<YYYY-MM>/<id>.html``: ``<h1 class="wz-t">``, a ``<div class="wz-info">`` line
"信息来源：<full unit name>　发布时间：<date>　浏览次数：<script>", metas ``ArticleTitle`` / ``PubDate`` /
``ContentSource``; body a literal ``<UCAPCONTENT>…</UCAPCONTENT>`` element inside ``div.wenz``, followed by
``div.info_ewm`` (扫一扫在手机打开当前页). The county's 2021 report is a **PDF**: a one-line body and a ``<div
class="wz-fj">`` after ``div.wenz`` linking ``/upload/file/<yyyymmdd>/<id>.pdf`` (served with a Content-Disposition
filename).

Reports (8): 洹坪县人民政府 2020 (old template), 2021 (PDF), 2022, 2023, 2024; 洹坪县财政局 2024 (titled "县财政局…",
agency in 信息来源 / ``ContentSource``); 洹坪县市场监督管理局 2019 (titled "县市场监管局…", old template, agency in
信息来源); 洹坪县洹水镇人民政府 2023 (titled "洹水镇…", agency in 信息来源).
Decoys (3): 关于报送2023年度政府信息公开工作年度报告的函, 洹坪县2023年政府网站工作年度报表,
洹坪县2024年政务公开工作要点. Other item (neither): 洹坪县召开2024年政务公开业务培训会.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "www.huanping.gov.test"
SITE = "huanping-gov"
OWNER = "洹坪县人民政府"
COLUMN = "/zwgk/zfxxgknb/"
SIZE = 5


def frame(title: str, inner: str, meta: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="洹坪县人民政府">'
        '<meta name="SiteDomain" content="www.huanping.gov.test"><meta name="SiteIDCode" content="9884060012">'
        f'{meta}<title>{esc(title)}</title></head><body>'
        '<div class="hp-topbar"><div class="w1200"><span>洹坪县人民政府欢迎您！</span><a href="javascript:void(0)" '
        'onclick="kqNav()">无障碍</a><a href="javascript:void(0)">长者模式</a><a href="javascript:void(0)">'
        '登录</a></div></div><div class="hp-header"><div class="w1200"><img src="javascript:void(0)" alt="国徽">'
        '<strong>洹坪县人民政府</strong><em>www.huanping.gov.test</em></div></div>'
        '<div class="hp-nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/zwgk/index.html">政务公开'
        '</a></li><li><a href="javascript:void(0)">政务服务</a></li><li><a href="javascript:void(0)">政民互动</a>'
        f'</li><li><a href="javascript:void(0)">走进洹坪</a></li></ul></div><div class="hp-main w1200">{inner}</div>'
        '<div class="hp-footer"><p><a href="javascript:void(0)">关于我们</a> | <a href="javascript:void(0)">网站地图'
        '</a>'
        ' | <a href="javascript:void(0)">联系我们</a></p>'
        '<p>主办单位：洹坪县人民政府办公室　运行维护：洹坪县大数据中心</p>'
        '<p>网站标识码：9884060012　<a href="https://beian.miit.gov.cn/">未ICP备10032289号-2</a>　'
        '未公网安备98840602000031号</p><script id="_jiucuo_" sitecode="9884060012" '
        'src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


def pager(n: int, count: int, total: int) -> str:
    def item(cls: str, text: str, target: int, live: bool) -> str:
        href = f"list-{target}.html" if live else "javascript:;"
        return f'<li class="{cls}"><a href="{href}">{text}</a></li>'

    items = [item("prev" + (" disabled" if n == 1 else ""), "上一页", n - 1, n > 1)]
    items += [item("page" + (" active" if k == n else ""), str(k), k, k != n) for k in range(1, count + 1)]
    items.append(item("next" + (" disabled" if n == count else ""), "下一页", n + 1, n < count))
    return f'<ul class="pagination">{"".join(items)}</ul><p class="pg-sum">共{total}条 共{count}页</p>'


class KaipuHuanping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 293_800

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, str, str]] = []  # (date, title, url)
        for year, date in ((2020, "2021-01-26"), (2021, "2022-01-24"), (2022, "2023-01-18"), (2023, "2024-01-22"),
                           (2024, "2025-01-20")):
            doc = self.doc(OWNER, year, date, f"洹坪县人民政府{year}年政府信息公开工作年度报告")
            if year == 2021:
                self.filed(doc)
            else:
                self.report(SITE, self.article(doc.title, date, OWNER, self.body(doc, word=year == 2023)), doc)
        for unit, year, date, title in (
                ("洹坪县财政局", 2024, "2025-01-27", "县财政局2024年度政府信息公开工作年度报告"),
                ("洹坪县市场监督管理局", 2019, "2020-01-21", "县市场监管局2019年政府信息公开工作年度报告"),
                ("洹坪县洹水镇人民政府", 2023, "2024-01-26", "洹水镇2023年度政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc, word=year == 2019)), doc)
        for title, year, date in (("关于报送2023年度政府信息公开工作年度报告的函", 2023, "2024-01-08"),
                                  ("洹坪县2023年政府网站工作年度报表", 2023, "2024-01-15"),
                                  ("洹坪县2024年政务公开工作要点", 2024, "2024-04-19")):
            self.decoy(SITE, self.article(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.article("洹坪县召开2024年政务公开业务培训会", "2024-06-05", OWNER,
                     "<p>6月4日，县政府办公室组织召开全县政务公开业务培训会，各乡镇、县直各单位政务公开工作人员参加。</p>")
        self.items.sort(key=lambda t: (t[0], t[2]), reverse=True)
        count = -(-len(self.items) // SIZE)
        for n in range(1, count + 1):
            rows = "".join(f'<li><span class="date">[{d}]</span><a href="{u}" title="{esc(t)}" target="_blank">'
                           f'{esc(t)}</a></li>' for d, t, u in self.items[(n - 1) * SIZE:n * SIZE])
            self.put(HOST, f"{COLUMN}list-{n}.html", frame("政府信息公开年报_洹坪县人民政府", (
                '<div class="hp-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/index.html">政务公开'
                '</a> &gt; '
                f'政府信息公开年报</div><div class="hp-list"><h3>政府信息公开年报</h3><ul class="hp-ul">{rows}</ul>'
                f'{pager(n, count, len(self.items))}</div>'),
                '<meta name="ColumnName" content="政府信息公开年报">'
                '<meta name="ColumnType" content="政府信息公开年报">'))
        latest = "".join(f'<li><a href="{u}">{esc(t)}</a><span>{d}</span></li>' for d, t, u in self.items[:3])
        self.put(HOST, "/zwgk/index.html", frame("政务公开_洹坪县人民政府", (
            '<div class="hp-gk"><div class="hp-gkbox"><h4>政府信息公开指南</h4><p>（建设中）</p></div>'
            f'<div class="hp-gkbox"><h4>政府信息公开年报<a class="more" href="{COLUMN}list-1.html">更多&gt;&gt;</a>'
            f'</h4><ul>{latest}</ul></div></div>')))
        self.put(HOST, "/", frame("洹坪县人民政府", (
            '<div class="hp-home"><a class="hp-gkrk" href="/zwgk/index.html">政务公开</a>'
            '<div class="hp-news"><h3>洹坪要闻</h3><p>县委理论学习中心组开展专题学习</p></div></div>')))

    def article(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        aid = self.next_id()
        path = f"{COLUMN}{date[:7]}/{aid}.html"
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date} 09:00">'
                f'<meta name="ContentSource" content="{esc(unit)}">')
        self.put(HOST, path, frame(f"{title}_洹坪县人民政府", (
            '<div class="hp-crumb">当前位置：<a href="/">首页</a> &gt; '
            f'<a href="{COLUMN}list-1.html">政府信息公开年报</a>'
            f'</div><div class="hp-art"><h1 class="wz-t">{esc(title)}</h1><div class="wz-info">信息来源：{esc(unit)}　'
            f'发布时间：{date}　浏览次数：<script>document.write(Math.floor(Math.random()*900))</script></div>'
            f'<div class="wenz"><UCAPCONTENT>{content}</UCAPCONTENT></div>{after}'
            '<div class="info_ewm"><img src="javascript:void(0)" alt="">扫一扫在手机打开当前页</div>'
            '<div class="wz-tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">'
            '【关闭】</a></div></div>'), meta))
        self.items.append((date, title, path))
        return f"http://{HOST}{path}"

    def filed(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        fid = self.next_id()
        name = f"{doc.title}.pdf"
        path = self.attach(HOST, f"/upload/file/{date.replace('-', '')}/{fid}.pdf", doc, "pdf", quote(name))
        after = (f'<div class="wz-fj"><span>附件下载：</span><a href="{path.removeprefix("http://" + HOST)}">'
                 f'{esc(name)}</a></div>')
        page = self.article(doc.title, date, doc.agency_name, f"<p>{esc(doc.title)}全文见附件。</p>", after)
        self.report(SITE, page, doc, media_type=MEDIA["pdf"], report_url=path)


PORTALS = [KaipuHuanping]
