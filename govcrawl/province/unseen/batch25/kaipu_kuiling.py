"""岿岭县 (www.kuiling.gov.test, xxgk.kuiling.gov.test): a 开普云 集约化 county whose 政府信息公开 area is a
separate host — the home page links it — whose 年报 column ``/zfxxgknb/index.shtml`` pages by a
"加载更多" chain only (each page links just the next one, ``index_1.shtml``, ``index_2.shtml``; the last
says "已经到底了"), and whose articles are ``/zfxxgknb/<YYYYMMDD>/<32 hex>.shtml`` with the body in
``div#UCAP-CONTENT``.

Registered ``http://xxgk.kuiling.gov.test/zfxxgknb/index.shtml``.  Rows: ``<li class="kl-row"><a href="/zfxxgknb/
20250120/<hex>.shtml" target="_blank" title="…">…</a><span class="kl-src">岿岭县水利局</span><span
class="kl-time">2025.01.20</span></li>`` (dates with dots, the publishing unit beside the title), five a
page.  Under the list: ``<p class="kl-count">共 12 条</p><div class="kl-more"><a class="more-btn"
href="index_1.shtml" data-page="1" data-pages="3">点击加载更多</a></div>`` (the page's script fetches that
href and appends its rows; the href is an ordinary page too).  No numbered pager.  Articles: a 开普云
信息索引 table (索引号 | 发布机构 | 生成日期 | 文号 | 主题分类), ``h1.article-title``, ``<div id="UCAP-CONTENT"
class="article-con"><div class="view TRS_UEDITOR trs_paper_default">…</div></div>``, then ``div.info_ewm``
(扫一扫在手机打开当前页).  The county's 2022 report is a PDF linked inside the body ("附件：…"); the 水利局's
2024 report ("县水利局2024年…", 发布机构 岿岭县水利局) is a DOCX in a ``div.fjxz`` list after the body
(``/zfxxgknb/fj/<YYYYMM>/<hex>.docx``).  Chrome on both hosts: 开普云 纠错 widget
(``pucha.kaipuyun.cn/exposure/jiucuo.js``), ``kqNav()`` 无障碍, 长者模式, footer 网站标识码 / ICP.

Reports (9): 岿岭县人民政府 2019–2024 (2022 PDF), 岿岭县水利局 2024 (DOCX), 岿岭县市场监督管理局 2023,
岿岭县石门乡人民政府 2024.  Decoys (3): 岿岭县2024年度法治政府建设年度报告, 关于岿岭县2024年度政府信息公开工作
年度报告发布的公告, 岿岭县2025年政务公开工作要点.
"""

from __future__ import annotations

import random

from govcrawl.province.unseen.batch25._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

WWW = "www.kuiling.gov.test"
XXGK = "xxgk.kuiling.gov.test"
SITE = "kuiling-gov"
OWNER = "岿岭县人民政府"
OFFICE = "岿岭县人民政府办公室"
PER = 5


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="岿岭县人民政府"><meta '
        f'name="SiteDomain" content="{WWW}"><meta name="SiteIDCode" content="9875060021">{extra}<title>{esc(title)}'
        '</title><script src="https://pucha.kaipuyun.cn/exposure/jiucuo.js"></script></head><body>'
        '<div class="kl-top"><span>岿岭县人民政府 政府信息公开</span><a href="javascript:kqNav();">无障碍</a>'
        '<a href="javascript:;" class="oldman">长者模式</a></div><div class="kl-nav"><a href="http://{WWW}/">网站首页</a>'
        f'<a href="http://{XXGK}/">信息公开</a><a href="http://{XXGK}/zfxxgknb/index.shtml">政府信息公开年报</a>'
        f'</div>{inner}<div class="kl-foot">'
        '<p>主办：岿岭县人民政府办公室　承办：岿岭县政务服务和大数据管理局</p><p>网站标识码：9875060021　'
        '未ICP备06004321号'
        '　未公网安备 98750602000061号</p><p><span id="_ideConac"></span></p></div></body></html>'
    )


class KaipuKuiling(Site):
    hosts = (WWW, XXGK)
    site_ids = (SITE,)
    first_id = 205_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 29), (2020, 22), (2021, 25), (2023, 23), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"岿岭县{year}年政府信息公开工作年度报告"),
                         OFFICE)
        doc = self.doc(OWNER, 2022, "2023-01-19", "岿岭县2022年政府信息公开工作年度报告")
        path = self.file_path("2023-01-19", "pdf")
        url = self.page(doc.title, "2023-01-19", OFFICE, f'<p>{esc(doc.title)}全文如下。</p><p>附件：<a href="{path}" '
                        f'target="_blank">{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(XXGK, path, doc, "pdf"))
        doc = self.doc("岿岭县水利局", 2024, "2025-01-16", "县水利局2024年政府信息公开工作年度报告")
        path = self.file_path("2025-01-16", "docx")
        url = self.page(doc.title, "2025-01-16", "岿岭县水利局", f"<p>{esc(doc.title)}见附件。</p>",
                        f'<div class="fjxz"><h4>附件下载：</h4><ul><li><a href="{path}">{esc(doc.title)}.docx</a></li>'
                        '</ul></div>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=self.attach(XXGK, path, doc, "docx"))
        self.article(self.doc("岿岭县市场监督管理局", 2023, "2024-01-17",
                              "岿岭县市场监督管理局2023年政府信息公开工作年度报告"),
                     "岿岭县市场监督管理局")
        self.article(self.doc("岿岭县石门乡人民政府", 2024, "2025-01-24", "石门乡2024年度政府信息公开工作年度报告"),
                     "岿岭县石门乡人民政府")
        for title, year, date in (("岿岭县2024年度法治政府建设年度报告", 2024, "2025-03-14"),
                                  ("关于岿岭县2024年度政府信息公开工作年度报告发布的公告", 2024, "2025-01-22"),
                                  ("岿岭县2025年政务公开工作要点", 2025, "2025-04-08")):
            self.decoy(SITE, self.page(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for k in range(pages):
            path = "/zfxxgknb/index.shtml" if k == 0 else f"/zfxxgknb/index_{k}.shtml"
            self.put(XXGK, path, self.list_page(k, pages))
        self.put(XXGK, "/index.shtml", frame("政府信息公开-岿岭县人民政府", '<div class="kl-main"><ul class="kl-menu">'
                 '<li><a href="/zfxxgknb/index.shtml">政府信息公开年报</a></li></ul></div>'))
        self.put(WWW, "/index.html", frame("岿岭县人民政府", f'<div class="kl-home"><a class="kl-ent" href="http://{XXGK}/">'
                 '政府信息公开</a></div>'))

    def file_path(self, date: str, kind: str) -> str:
        return f"/zfxxgknb/fj/{date[:7].replace('-', '')}/{self.rng.getrandbits(128):032x}.{kind}"

    def page(self, title: str, date: str, unit: str, content: str, after: str = "") -> str:
        path = f"/zfxxgknb/{date.replace('-', '')}/{self.rng.getrandbits(128):032x}.shtml"
        aid = self.next_id()
        self.rows.append((date, path, title, unit))
        table = (f'<table class="xxgk-table"><tr><th>索引号</th><td>1198750600{aid % 10**7:07d}/'
                 f'{date[:4]}-{aid % 997:05d}</td><th>发布机构</th><td>{esc(unit)}</td></tr>'
                 f'<tr><th>生成日期</th><td>{date}</td><th>文号</th><td>'
                 f'</td></tr><tr><th>主题分类</th><td colspan="3">政务公开</td></tr></table>')
        inner = (f'<div class="kl-main"><div class="kl-pos">当前位置：<a href="/">信息公开</a> &gt; <a href="/zfxxgknb/'
                 f'index.shtml">政府信息公开年报</a></div>{table}<h1 class="article-title">{esc(title)}</h1><div '
                 f'class="article-info">发布时间：{date}　来源：{esc(unit)}</div><div id="UCAP-CONTENT" '
                 f'class="article-con"><div class="view TRS_UEDITOR trs_paper_default">{content}</div></div>{after}'
                 '<div class="info_ewm"><img src="/images/ewm.png" alt=""><p>扫一扫在手机打开当前页</p></div></div>')
        extra = (f'<meta name="ColumnName" content="政府信息公开年报"><meta name="ArticleTitle" content="{esc(title)}">'
                 f'<meta name="PubDate" content="{date} 10:30"><meta name="ContentSource" content="{esc(unit)}">')
        return self.put(XXGK, path, frame(f"{title}_岿岭县人民政府", inner, extra))

    def article(self, doc: ReportDoc, unit: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", unit, self.body(doc, word=doc.year < 2021)),
                    doc)

    def list_page(self, k: int, pages: int) -> str:
        rows = "".join(f'<li class="kl-row"><a href="{path}" target="_blank" title="{esc(title)}">{esc(title)}</a>'
                       f'<span class="kl-src">{esc(unit)}</span><span class="kl-time">'
                       f'{date.replace("-", ".")}</span></li>'
                       for date, path, title, unit in self.rows[k * PER:(k + 1) * PER])
        more = (f'<a class="more-btn" href="index_{k + 1}.shtml" data-page="{k + 1}" data-pages="{pages}">'
                '点击加载更多</a>'
                if k + 1 < pages else '<span class="no-more">已经到底了</span>')
        inner = (f'<div class="kl-main"><h2 class="kl-colname">政府信息公开年报</h2><ul class="kl-list" id="klList">'
                 f'{rows}</ul><p class="kl-count">共 {len(self.rows)} 条</p><div class="kl-more">{more}</div><script>'
                 '$(".more-btn").on("click",function(e){e.preventDefault();var a=$(this);$.get(a.attr("href"),'
                 'function(h){$("#klList").append($(h).find("#klList li"));});});</script></div>')
        return frame("政府信息公开年报_岿岭县人民政府", inner)


PORTALS = [KaipuKuiling]
