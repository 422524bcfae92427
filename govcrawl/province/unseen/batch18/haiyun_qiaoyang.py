"""硚阳市人力资源和社会保障局 (rsj.qiaoyang.gov.test): a city bureau's TRS 海云 site whose 年报 list page
is an empty shell filled from the platform's 智能检索 list API by a JSON POST — and whose third API
page fails with a 500 every time (a deliberate shortfall).

``/zwgk/zfxxgk/ndbg/index.shtml`` holds ``<ul id="nbList"></ul>``, an empty ``<div id="pageBar">``
and a script: ``var irsCfg = {"api": "/irs/front/list", "tableName": "t1702883016240", "channelId":
"24617", "pageSize": 4}`` and a ``loadPage(n)`` that POSTs ``application/json``
``{"tableName": …, "customFilter": {"operator": "and", "properties": [{"property": "channel_id",
"operator": "eq", "value": "24617"}]}, "pageNo": n, "pageSize": 4, "sorts": [...]}`` to
``/irs/front/list`` and draws the rows and a pager from the answer ``{"success": true, "code": 200,
"data": {"pager": {"pageNo", "pageSize", "pageCount", "total"}, "list": [{"docId", "title", "url",
"publishTime", "source"}]}}``.  A GET or a wrong channel: ``{"success": false, "code": 400}``.
Articles ``/zwgk/zfxxgk/ndbg/YYYYMM/tYYYYMMDD_<docid>.shtml`` put the body in
``div.trs_editor_view.TRS_UEDITOR`` under a 索引号 table; the 2022 bureau report is a stub whose .docx
is in a ``ul.fj-list`` 相关附件 block after the body.

**Shortfall (deliberate):** ``pageNo: 3`` (any request whose window reaches the three oldest
entries, whatever ``pageSize``) answers HTTP 500 with ``{"success": false, "code": 500, "msg":
"系统繁忙，请稍后再试"}`` on every request.  The list declares ``total`` 11 (4 a page, 3 pages);
page 3's three entries — the bureau's 2019 and 2020 reports and its 政府信息公开指南（2020年版） — are
linked from nowhere else.  Their article pages are served; a crawl should state that it harvested
fewer than declared.

Titles: "市人社局2024年政府信息公开工作年度报告" (agency 硚阳市人力资源和社会保障局), the bureau's full name for
2019–2021, "市社保中心2024年…" (硚阳市社会保险事业服务中心, ContentSource).  Reports (8): 人社局 2019–2024
(2022 a .docx), 社保中心 2023, 2024.  Decoys (3): 2023年度部门整体支出绩效自评报告, 《2024年政府信息公开工作
年度报告》解读, 政府信息公开指南（2020年版）.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "rsj.qiaoyang.gov.test"
SITE = "qiaoyang-rsj"
OWNER = "硚阳市人力资源和社会保障局"
ROOT = "/zwgk/zfxxgk/ndbg/"
TABLE = "t1702883016240"
CHANNEL = "24617"
PER = 4
BROKEN = 3  # the oldest entries, whose index shard fails
JSON_TYPE = "application/json;charset=UTF-8"


def frame(title: str, inner: str, head: str = "", tail: str = "") -> str:
    return (
        '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
        'width,initial-scale=1"><meta name="SiteName" content="硚阳市人力资源和社会保障局"><meta name="SiteDomain" '
        'content="rsj.qiaoyang.gov.test"><meta name="SiteIDCode" content="9868020014">'
        f'{head}<title>{escape(title)}</title><link rel="stylesheet" href="/images/qy_rsj.css"><script src="/js/'
        'jquery.min.js"></script></head><body><div class="qy-top"><div class="w1200"><span>硚阳市人民政府 主办</span>'
        '<a href="javascript:;" id="oldMode">适老化</a><a href="javascript:;" id="barrierFree">无障碍</a><a href="'
        'http://www.qiaoyang.gov.test/">返回市政府门户</a></div></div><div class="qy-banner"><h1>硚阳市人力资源和社会'
        '保障局</h1></div><div class="qy-nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/">政务'
        '公开'
        f'</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div>{inner}<div class="qy-foot"><p>主办单位：'
        '硚阳市人力资源和社会保障局　地址：硚阳市建设路88号</p><p>网站标识码：9868020014　未ICP备16002231号</p><div '
        f'class="qy-ewm"><img src="/images/qy_wx.png" alt="">微信公众号</div></div>{tail}</body></html>'
    )


LIST_SCRIPT = """<script>
var irsCfg = %s;
function loadPage(n) {
  $.ajax({url: irsCfg.api, type: "POST", contentType: "application/json", dataType: "json",
    data: JSON.stringify({tableName: irsCfg.tableName, customFilter: {operator: "and", properties: [
      {property: "channel_id", operator: "eq", value: irsCfg.channelId}]}, pageNo: n, pageSize: irsCfg.pageSize,
      sorts: [{sortField: "publish_time", sortOrder: "DESC"}]}),
    success: function (res) {
      var html = "";
      $.each(res.data.list, function (i, d) {
        html += '<li><a href="' + d.url + '" target="_blank" title="' + d.title + '">' + d.title + '</a><span>' +
          d.publishTime.substring(0, 10) + '</span></li>';
      });
      $("#nbList").html(html);
      var p = res.data.pager, bar = "<span>共" + p.total + "条</span>";
      for (var i = 1; i <= p.pageCount; i++) {
        bar += i == p.pageNo ? "<b>" + i + "</b>" : '<a href="javascript:loadPage(' + i + ')">' + i + "</a>";
      }
      $("#pageBar").html(bar);
    }});
}
$(function () { loadPage(1); });
</script>"""


class HaiyunQiaoyang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 121_000
        self.items: list[dict[str, str]] = []
        names = {2019: f"{OWNER}2019年政府信息公开工作年度报告", 2020: f"{OWNER}2020年政府信息公开工作年度报告",
                 2021: f"{OWNER}2021年政府信息公开工作年度报告", 2023: "市人社局2023年政府信息公开工作年度报告",
                 2024: "市人社局2024年政府信息公开工作年度报告"}
        dates = {2019: "2020-01-17", 2020: "2021-01-22", 2021: "2022-01-24", 2023: "2024-01-23", 2024: "2025-01-21"}
        for year, title in names.items():
            self.article(self.doc(OWNER, year, dates[year], title), OWNER)
        self.file(self.doc(OWNER, 2022, "2023-01-18", "市人社局2022年政府信息公开工作年度报告"))
        for year, date in ((2023, "2024-01-16"), (2024, "2025-01-15")):
            self.article(self.doc("硚阳市社会保险事业服务中心", year, date, f"市社保中心{year}年政府信息公开工作年度"
                "报告"),
                         "硚阳市社会保险事业服务中心")
        self.notice("市人社局2023年度部门整体支出绩效自评报告", 2023, "2024-06-12")
        self.notice("《市人社局2024年政府信息公开工作年度报告》解读", 2024, "2025-01-21")
        self.notice("硚阳市人力资源和社会保障局政府信息公开指南（2020年版）", 2020, "2020-11-05")
        self.items.sort(key=lambda d: d["publishTime"], reverse=True)
        cfg = {"api": "/irs/front/list", "tableName": TABLE, "channelId": CHANNEL, "pageSize": PER}
        inner = (
            '<div class="qy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="../">'
            '政府信息公开</a> &gt; 政府信息公开年报</div><div class="qy-main"><div class="qy-left"><h3>政府信息公开</'
            'h3>'
            '<ul><li><a href="../zn/">公开指南</a></li><li><a href="../zd/">公开制度</a></li><li><a href="../fdzdgknr'
            '/">'
            '法定主动公开内容</a></li><li class="on"><a href="./">政府信息公开年报</a></li></ul></div><div class="qy-'
            'right"><h2>政府信息公开年报</h2><ul id="nbList" class="qy-list"></ul><div id="pageBar" class="qy-page">'
            '</div></div></div>'
        )
        self.put(HOST, ROOT + "index.shtml", frame("政府信息公开年报-硚阳市人力资源和社会保障局", inner,
                                                   '<meta name="ColumnName" content="政府信息公开年报">',
                                                   LIST_SCRIPT % json.dumps(cfg, ensure_ascii=False)))
        self.route(HOST, "/irs/front/list", self.api)

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str, after: str = "") -> str:
        self.id += self.rng.randint(11, 260)
        stamp = date.replace("-", "")
        path = f"{ROOT}{stamp[:6]}/t{stamp}_{self.id}.shtml"
        inner = (
            '<div class="qy-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="../">'
            '政府信息公开年报</a></div><div class="qy-art"><table class="qy-syh"><tr><th>索引号</th><td>'
            f'11986802MB{self.id}/{date[:4]}-{self.rng.randint(10, 999)}</td><th>发布机构</th><td>{escape(source)}</td>'
            f'</tr><tr><th>标题</th><td colspan="3">{escape(title)}</td></tr><tr><th>发布日期</th><td>{date}</td><th>'
            f'主题分类</th><td>其他</td></tr></table><h1 class="qy-tit">{escape(title)}</h1><div class="article-con">'
            f'<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">{content}</div></div>{after}</div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:12">'
                f'<meta name="ContentSource" content="{escape(source)}"><meta name="contentid" content="{self.id}">'
                f'<meta name="catalogs" content="{CHANNEL}">')
        url = self.put(HOST, path, frame(f"{title}_硚阳市人力资源和社会保障局", inner, head))
        self.items.append({"docId": str(self.id), "title": title, "url": url, "publishTime": f"{date} 10:12:00",
                           "source": source})
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" style="border-collapse:collapse" '
                                                         'width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source), doc)

    def file(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        name = f"P0{stamp}{self.rng.randrange(10**9):09d}.docx"
        path = f"{ROOT}{stamp[:6]}/{name}"
        after = (f'<div class="fj"><h4>相关附件</h4><ul class="fj-list"><li><a href="./{name}" target="_blank">'
                 f'{escape(doc.title)}.docx</a></li></ul></div>')
        url = self.page_of(doc.title, doc.published_date or "", "<p>详见附件。</p>", OWNER, after)
        self.put(HOST, path, render_docx(doc), DOCX)
        self.report(SITE, url, doc, media_type=DOCX, report_url=f"http://{HOST}{path}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, OWNER), title)

    def api(self, request: Request) -> Response:
        try:
            query = json.loads(request.body or b"{}")
            props = query["customFilter"]["properties"]
            ok = (request.method == "POST" and query.get("tableName") == TABLE
                  and any(p.get("property") == "channel_id" and str(p.get("value")) == CHANNEL for p in props))
            page, size = int(query.get("pageNo", 1)), int(query.get("pageSize", PER))
        except (ValueError, KeyError, TypeError, AttributeError):
            ok, page, size = False, 1, PER
        if not ok or size < 1:
            return Response(200, json.dumps({"success": False, "code": 400, "msg": "参数错误"},
                                            ensure_ascii=False).encode(), JSON_TYPE)
        if page * size > len(self.items) - BROKEN:  # the window reaches the broken oldest entries
            return Response(500, json.dumps({"success": False, "code": 500, "msg": "系统繁忙，请稍后再试"},
                                            ensure_ascii=False).encode(), JSON_TYPE)
        total = len(self.items)
        rows = self.items[(page - 1) * size:page * size] if page >= 1 else []
        data = {"success": True, "code": 200, "data": {"pager": {"pageNo": page, "pageSize": size,
                                                                 "pageCount": -(-total // size), "total": total},
                                                       "list": rows}}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), JSON_TYPE)


PORTALS = [HaiyunQiaoyang]
