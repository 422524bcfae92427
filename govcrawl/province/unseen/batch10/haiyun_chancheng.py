"""澶城市 (www.chancheng.gov.test): a TRS 海云 city whose pager is declared only as a JSON block
and whose list dates carry no year.

The 年报 channel ``/zwgk/zfxxgk/c108742/nblist.shtml`` is an ``<ol class="nb-ol">`` of ``<li>``s:
the link, then ``<time datetime="2025-01-22">01-22</time>`` (month-day only, the year in the
``datetime`` attribute and in the title).  The page size and count are declared in a
``<script type="application/json" id="pageInfo">{"total": 11, "pageSize": 4, "pageCount": 3,
"pageName": "nblist", "ext": "shtml", "current": 1}</script>`` that the channel's pager script reads
and renders into ``div#pageBar``; pages are 1-based: ``nblist_2.shtml``, ``nblist_3.shtml``
(``nblist_1.shtml`` is 404; portals.md §1.2).  Articles ``./YYYYMM/tYYYYMMDD_<docid>.shtml`` carry
TRS's extra metas (``contentid``, ``catalogs``, ``publishdate``) and the body in
``div.trs_editor_view.TRS_UEDITOR`` under ``div.article-con``.  The 2022 city report is an OFD and
the 自然资源和规划局's 2024 report a PDF, each in a ``ul.xgfj-list`` 相关附件 block after the body.
Titles: "…年度政府信息公开工作报告" (no 年度报告), "澶城市2023年政府信息公开年报", year first
("2022年度澶城市…"); departments the short way: "市发展改革委2024年…" (agency 澶城市发展和改革委员会,
named in ContentSource), "市人社局2023年…" (澶城市人力资源和社会保障局).  Decoys: 解读, 政府网站工作
年度报表, 政务公开工作要点.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.unseen.kit import (
    OFD,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "www.chancheng.gov.test"
SITE = "chancheng-gov"
OWNER = "澶城市人民政府"
ROOT = "/zwgk/zfxxgk/c108742/"
PER_PAGE = 4


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width,initial-scale=1"><meta name="SiteName" content="澶城市人民政府">'
        f'<meta name="SiteDomain" content="www.chancheng.gov.test"><meta name="SiteIDCode" content="9845000001">{metas}'
        f'<title>{escape(title)}_澶城市人民政府门户网站</title></head><body class="cc">'
        '<header class="cc-hd"><div class="cc-hd-top"><a href="javascript:void(0)" onclick="aria.start()">无障碍</a>'
        '<a href="javascript:void(0)" onclick="headTool.switchOld()">关怀版</a><a href="/m/">手机版</a>'
        '<a href="/sitemap.shtml">网站地图</a></div><h1 class="cc-logo">澶城市人民政府</h1>'
        '<form class="cc-search" action="/search/"><input name="q" placeholder="请输入关键字"></form>'
        '<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><'
        'a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a>'
        f'<a href="/zjcc/">走进澶城</a></nav></header><main class="cc-main">{inner}</main>'
        '<footer class="cc-ft"><p><a href="/gywm/">关于我们</a> | '
        '<a href="/lxwm/">联系我们</a> | <a href="/sitemap.shtml">'
        "网站地图</a></p><p>澶城市人民政府办公室主办　澶城市政务服务数据管理局承办</p><p>网站标识码：9845000001　"
        '<a href="http://beian.miit.gov.test/">未ICP备05017722号</a>　未公网安备98450002000317号</p>'
        "<p>本站支持IPv6访问　适老化无障碍服务</p></footer></body></html>"
    )


class HaiyunChancheng(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.docid = 55_120_000
        self.entries: list[tuple[str, str, str]] = []
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27", title="澶城市人民政府2021年度政府信息公开工作报告"))
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-31", title="2022年度澶城市政府信息公开工作年度报告"), OFD)
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29", title="澶城市2023年政府信息公开年报"))
        self.article(
            make_doc(
                rng, "澶城市人力资源和社会保障局", 2023, "2024-01-22", title="市人社局2023年政府信息公开工作年度报告"
            ),
            "澶城市人力资源和社会保障局",
        )
        self.notice("澶城市2023年政府网站工作年度报表", "2024-01-12", "市政务服务数据管理局")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-24", title="澶城市人民政府2024年度政府信息公开工作报告"))
        self.notice("澶城市2024年政府信息公开工作年度报告解读", "2025-01-24", "市政府办公室")
        self.article(
            make_doc(
                rng, "澶城市发展和改革委员会", 2024, "2025-01-21", title="市发展改革委2024年政府信息公开工作年度报告"
            ),
            "澶城市发展和改革委员会",
        )
        self.attached(make_doc(rng, "澶城市自然资源和规划局", 2024, "2025-01-26"), PDF, "澶城市自然资源和规划局")
        self.notice("澶城市2025年政务公开工作要点", "2025-03-14", "市政府办公室")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        for n, chunk in enumerate(chunks, start=1):
            name = "nblist.shtml" if n == 1 else f"nblist_{n}.shtml"
            self.put(HOST, ROOT + name, self.list_page(chunk, n, len(chunks)))
        self.put(HOST, "/zwgk/js/nbpager.js", PAGER_JS, "application/javascript")

    def page_of(self, title: str, date: str, source: str, content: str, after: str = "") -> str:
        self.docid += self.rng.randint(40, 2200)
        ym, ymd = date[:7].replace("-", ""), date.replace("-", "")
        href = f"./{ym}/t{ymd}_{self.docid}.shtml"
        metas = (
            f'<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="政府信息公开年报">'
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta'
            f' name="PubDate" content="{date} 10:{self.docid % 60:02d}">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="contentid" content="{self.docid}">'
            f'<meta name="catalogs" content="108742"><meta name="publishdate" content="{date}">'
            '<meta name="pagetype" content="1">'
        )
        inner = (
            '<div class="cc-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            f'<a href="{ROOT}nblist.shtml">政府信息公开年报</a></div><article class="article-con">'
            f'<h2 class="art-tit">{escape(title)}</h2><div class="art-meta"><span>时间：{date}</span>'
            f'<span>来源：{escape(source)}</span><span class="font">字号：<i>大</i><i>中</i><i>小</i></span></div>'
            f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{content}</div>{after}'
            '<div class="art-ft"><a href="javascript:window.print'
            '()">打印</a><a href="javascript:window.close()">关闭</a>'
            '</div><div class="qr-box"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div></article>'
        )
        url = self.put(HOST, ROOT + href[2:], frame(title, inner, metas))
        self.entries.append((href, title, date))
        return url

    def article(self, doc: ReportDoc, source: str = "市政府办公室") -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellpadding="4" style="width:100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc, media: str, source: str = "市政府办公室") -> None:
        date = doc.published_date or ""
        ym = date[:7].replace("-", "")
        ext = "pdf" if media == PDF else "ofd"
        name = f"P0{date.replace('-', '')}{self.rng.randint(10**11, 10**12 - 1)}.{ext}"
        path = f"{ROOT}{ym}/{name}"
        if media == PDF:
            file_url = self.put_pdf(HOST, path, doc)
        else:
            file_url = self.put(HOST, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        after = (
            f'<div class="xgfj"><h4>相关附件</h4><ul class="xgfj-list"><li><a href="./{name}">'
            f"{escape(doc.title)}.{ext}</a></li></ul></div>"
        )
        content = f"<p>{escape(doc.title)}已编制完成，现予公开（见附件）。</p>"
        self.report(
            SITE, self.page_of(doc.title, date, source, content, after), doc, media_type=media, report_url=file_url
        )

    def notice(self, title: str, date: str, source: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, source, content), title)

    def list_page(self, chunk: list[tuple[str, str, str]], n: int, pages: int) -> str:
        rows = "".join(
            f'<li><a href="{h}" target="_blank" title="{escape(t)}">{escape(t)}</a>'
            f'<time datetime="{d}">{d[5:]}</time></li>'
            for h, t, d in chunk
        )
        info = json.dumps(
            {
                "total": len(self.entries),
                "pageSize": PER_PAGE,
                "pageCount": pages,
                "pageName": "nblist",
                "ext": "shtml",
                "current": n,
            }
        )
        inner = (
            '<div class="cc-crumb">当前位置：<a href="/">首页</a>'
            ' &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报'
            '</div><aside class="cc-side"><h3>政府信息公开</h3><a href="/zwgk/zfxxgk/zn/">政府信息公开指南</a>'
            '<a href="/zwgk/zfxxgk/zd/">政府信息公开制度</a><a class="cur" href="nblist.shtml">政府信息公开年报</a>'
            f'</aside><section class="cc-list"><h3>政府信息公开年报</h3><ol class="nb-ol">{rows}</ol>'
            f'<div id="pageBar"></div><script type="application/json" id="pageInfo">{info}</script>'
            '<script src="/zwgk/js/nbpager.js"></script></section>'
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PAGER_JS = """(function () {
  var info = JSON.parse(document.getElementById('pageInfo').textContent);
  if (info.pageCount <= 1) return;
  function u(n) { return n === 1 ? info.pageName + '.' + info.ext : info.pageName + '_' + n + '.' + info.ext; }
  var h = '<span class="total">共' + info.total + '条</span>';
  if (info.current > 1) h += '<a href="' + u(1) + '">首页</a><a href="' + u(info.current - 1) + '">上一页</a>';
  for (var i = 1; i <= info.pageCount; i++)
    h += i === info.current ? '<b>' + i + '</b>' : '<a href="' + u(i) + '">' + i + '</a>';
  if (info.current < info.pageCount)
    h += '<a href="' + u(info.current + 1) + '">下一页</a><a href="' + u(info.pageCount) + '">末页</a>';
  document.getElementById('pageBar').innerHTML = h;
})();
"""

PORTALS = [HaiyunChancheng]
