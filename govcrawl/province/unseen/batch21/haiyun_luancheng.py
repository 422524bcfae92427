"""滦城市水利局 (slj.luancheng.gov.test): a city bureau's TRS 海云 site whose 年报 column pages are
static files (``index.html``, ``index_1.html``, ``index_2.html``) that carry their rows not as markup
but as a JSON island — ``<script type="application/json" id="hyListData">`` with ``recordCount``,
``pageCount``, ``pageIndex`` and the page's ``docs`` — which the page's script renders into an empty
``<ul>`` and turns into a pager; and whose third page was never published (a deliberate shortfall).

Each island holds four docs (``{"title", "url", "time", "source"}``, ``url`` relative to the column
like ``./202501/t20250121_<id>.html``); its ``recordCount`` is the column's twelve.  The bureau's units
(水利工程管理站, 河道管理所, 水土保持工作站) publish in the same column under their own names; the
2022 report is a .docx in the article's 附件 list.

**Shortfall (deliberate):** ``/zwgk/zfxxgknb/index_2.html`` answers **404** every time — the 海云
publishing job stopped after page two.  The four oldest rows are on it and linked from nowhere else:
滦城市水利局 2019 and 2020 (their article pages are still served) and two decoys.  A crawl should say it
read 8 of the 12 rows the island declares.

Reports (9): 滦城市水利局 2019–2024 (2019, 2020 unlinked; 2022 a .docx), 滦城市水利工程管理站 2024, 滦城市河道
管理所 2023, 滦城市水土保持工作站 2024.  Decoys (3): 滦城市水利局2024年度法治政府建设年度报告, 滦城市水利局
2021年水利工作要点 (unlinked), 滦城市水利局2020年度部门决算 (unlinked).
"""

from __future__ import annotations

import json
import random

from govcrawl.province.unseen.batch21._site import Site, esc
from govcrawl.province.unseen.kit import DOCX
from govcrawl.synth.model import ReportDoc

HOST = "slj.luancheng.gov.test"
SITE = "luancheng-slj"
OWNER = "滦城市水利局"
ROOT = "/zwgk/zfxxgknb/"
PER = 4
UNPUBLISHED = 2  # index_2.html


def frame(title: str, inner: str) -> str:
    return (
        f'<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><meta name="ColumnName" '
        f'content="政府信息公开年报"><meta name="SiteName" content="滦城市水利局"><title>{esc(title)}</title><link '
        f'rel="stylesheet" href="/static/css/hy-main.css"></head><body><header class="hy-header"><div class="hy-logo">'
        f'滦城市水利局</div><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/slyw/">水利要闻</a><a '
        f'href="/hdjl/">互动交流</a></nav></header><main>{inner}</main><footer>滦城市水利局 版权所有　网站标识码：'
        f'9871020014　技术支持：拓尔思</footer></body></html>'
    )


class HaiyunLuancheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 161_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.docs: list[dict[str, str]] = []
        for year, day in ((2019, 16), (2020, 19), (2021, 22), (2023, 25), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"滦城市水利局{year}年政府信息公开工作年度报告"))
        self.docx(self.doc(OWNER, 2022, "2023-01-18", "滦城市水利局2022年政府信息公开工作年度报告"))
        for unit, year, date, word in (("滦城市水利工程管理站", 2024, "2025-01-23", "年"),
                                       ("滦城市河道管理所", 2023, "2024-01-26", "年度"),
                                       ("滦城市水土保持工作站", 2024, "2025-01-24", "年")):
            self.article(self.doc(unit, year, date, f"{unit}{year}{word}政府信息公开工作年度报告"))
        for title, year, date in (("滦城市水利局2024年度法治政府建设年度报告", 2024, "2025-02-26"),
                                  ("滦城市水利局2021年水利工作要点", 2021, "2021-03-09"),
                                  ("滦城市水利局2020年度部门决算", 2020, "2021-07-15")):
            url = self.page(title, date, self.decoy_body(title, OWNER, year))
            self.decoy(SITE, url, title)
        self.docs.sort(key=lambda d: d["time"], reverse=True)
        pages = -(-len(self.docs) // PER)
        for k in range(pages):
            if k != UNPUBLISHED:
                self.put(HOST, ROOT + ("index.html" if k == 0 else f"index_{k}.html"), self.list_page(k, pages))

    def page(self, title: str, date: str, content: str, after: str = "") -> str:
        stamp = date.replace("-", "")
        rel = f"./{stamp[:6]}/t{stamp}_{self.next_id(5, 120)}.html"
        inner = (f'<div class="hy-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a '
                 f'href="{ROOT}">政府信息公开年报</a></div><div class="hy-article"><h1 class="hy-title">{esc(title)}'
                 f'</h1><div class="hy-meta"><span>发布时间：{date}</span><span>来源：滦城市水利局</span><span>字号：'
                 f'<a>大</a><a>中</a><a>小</a></span></div><div class="trs_editor_view TRS_UEDITOR trs_paper_default '
                 f'trs_web">{content}</div>{after}</div>')
        url = self.put(HOST, ROOT + rel[2:], frame(title, inner))
        self.docs.append({"title": title, "url": rel, "time": date, "source": "滦城市水利局"})
        return url

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", self.body(doc, word=doc.year == 2021)), doc)

    def docx(self, doc: ReportDoc) -> None:
        name = f"W0{(doc.published_date or '').replace('-', '')}{self.rng.randrange(10**6):06d}.docx"
        stamp = (doc.published_date or "").replace("-", "")[:6]
        after = (f'<div class="hy-fj"><p>附件：</p><ul><li><a href="./{name}" appendix="true" '
                 f'OLDSRC="/protect/P0/{stamp}/{name}">{esc(doc.title)}.docx</a></li></ul></div>')
        lead = f"<p>《{esc(doc.title)}》见附件。</p>"
        url = self.page(doc.title, doc.published_date or "", lead, after)
        file = self.attach(HOST, f"{ROOT}{stamp}/{name}", doc, "docx")
        self.report(SITE, url, doc, media_type=DOCX, report_url=file)

    def list_page(self, k: int, pages: int) -> str:
        data = {"channelId": 10427, "channelName": "政府信息公开年报", "recordCount": len(self.docs), "pageSize": PER,
                "pageCount": pages, "pageIndex": k, "docs": self.docs[k * PER:(k + 1) * PER]}
        island = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
        script = ("<script>\n(function(){\n  var d = JSON.parse(document.getElementById('hyListData').textContent);\n  "
                  "var ul = document.getElementById('hyList');\n  d.docs.forEach(function(x){ var li = "
                  "document.createElement('li'); li.innerHTML = '<a href=\"' + x.url + '\" target=\"_blank\">' + "
                  "x.title + '</a><span>' + x.time + '</span>'; ul.appendChild(li); });\n  var p = [];\n  for (var i = "
                  "0; i < d.pageCount; i++) { p.push(i == d.pageIndex ? '<b>' + (i + 1) + '</b>' : '<a href=\"' + (i =="
                  " 0 ? 'index.html' : 'index_' + i + '.html') + '\">' + (i + 1) + '</a>'); }\n  "
                  "document.getElementById('hyPager').innerHTML = '共' + d.recordCount + '条 ' + p.join(' "
                  "');\n})();\n</script>")
        inner = (f'<div class="hy-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
                 f'政府信息公开年报</div><aside class="hy-side"><a href="/zwgk/zfxxgkzn/">政府信息公开指南</a><a '
                 f'href="/zwgk/fdzdgknr/">法定主动公开内容</a><a class="active" href="./">政府信息公开年报</a></aside>'
                 f'<section class="hy-list"><ul id="hyList"></ul><div id="hyPager" class="hy-pager"></div></section>'
                 f'<script type="application/json" id="hyListData">{island}</script>{script}')
        return frame("政府信息公开年报_滦城市水利局", inner)


PORTALS = [HaiyunLuancheng]
