"""岍岭县 (www.qianling.gov.test → xxgk.qianling.gov.test): a 开普云 集约化 county whose 年报 column is an
empty shell filled from a JSON list API.

The home page's 政府信息公开 link is ``javascript:;`` rewritten by script to the 信息公开 host.  The
registry's start page ``http://xxgk.qianling.gov.test/zfxxgknb/index.html`` has no entry in its HTML:
``var listCfg = {api: '/api/content/list', channelId: 'c6e1f0a27b9d4c35', pageSize: 5};`` and a script
that fetches ``/api/content/list?channelId=…&pageNo=N&pageSize=5`` → ``{"code": 200, "data": {"total":
11, "pageNo": 1, "pageSize": 5, "totalPage": 3, "list": [{"title", "url", "publishTime", "source"}]}}``
(another channelId: an empty list).  Articles are extensionless ``/zfxxgknb/content_<19-digit id>``
with the body in ``#UCAP-CONTENT`` (one with an inner ``.trs_editor_view``), a 索引号 table whose
labels are space-padded ("发 布 机 构"), and ``div.info_ewm``.  The 2022 report is an OFD in a 附件 line.
Units: "县农业农村局2024年…" (岍岭县农业农村局) and a report titled "2023年度政府信息公开工作报告" whose
unit (岍岭县统计局) is only in 发布机构 and the body.  Decoys: 统计公报, 图解, 决算.
"""

from __future__ import annotations

import json
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    OFD,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
)
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

WWW = "www.qianling.gov.test"
XXGK = "xxgk.qianling.gov.test"
SITE = "qianling-gov"
OWNER = "岍岭县人民政府"
CHANNEL = "c6e1f0a27b9d4c35"
PAGE_SIZE = 5


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{metas}<meta name="SiteName" content="岍岭县人民政府">'
        f'<meta name="SiteIDCode" content="9842510004"><title>{escape(title)}_岍岭县政府信息公开</title></head><body>'
        '<div class="ql-top"><a href="http://www.qianling.gov.test/">岍岭县人民政府</a> | 政府信息公开平台 '
        '<a href="javascript:kqNav();">无障碍</a></div><div class="ql-left"><a href="/zfxxgkzn/index.html">'
        '政府信息公开指南</a><a href="/fdzdgknr/index.html">法定主动公开内容</a><a href="/zfxxgknb/index.html">'
        f'政府信息公开年报</a></div><div class="ql-main">{inner}</div><div class="ql-foot">主办单位：岍岭县人民政府'
        '办公室　网站标识码：9842510004　未ICP备20004431号<script id="_jiucuo_" sitecode="9842510004" '
        'src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></div></body></html>'
    )


class KaipuQianling(UnseenPortal):
    hosts = (WWW, XXGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.snow = 1_748_330_000_000_000_000
        self.items: list[dict[str, str]] = []
        self.article(make_doc(rng, OWNER, 2019, "2020-01-21", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28"))
        self.notice("岍岭县2020年度县级决算公开", "2021-08-30")
        self.article(make_doc(rng, OWNER, 2021, "2022-01-26"), inner=True)
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-30"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-29"))
        self.article(
            make_doc(rng, "岍岭县统计局", 2023, "2024-01-23", title="2023年度政府信息公开工作报告"),
            publisher="岍岭县统计局",
        )
        self.notice("岍岭县2023年国民经济和社会发展统计公报", "2024-03-27", "岍岭县统计局")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-27"))
        self.notice("一图读懂岍岭县2024年政府信息公开工作年度报告", "2025-01-28")
        self.article(
            make_doc(rng, "岍岭县农业农村局", 2024, "2025-01-21", title="县农业农村局2024年政府信息公开工作年度报告"),
            publisher="岍岭县农业农村局",
        )
        self.items.sort(key=lambda i: i["publishTime"], reverse=True)
        inner = (
            '<div class="ql-pos">当前位置：首页 &gt; 政府信息公开年报</div><ul id="nb-list"></ul>'
            '<div id="nb-pager" class="pagination"></div>'
            "<script>var listCfg = "
            f"{{api: '/api/content/list', channelId: '{CHANNEL}', pageSize: {PAGE_SIZE}}};</script>"
            '<script src="/static/js/jquery.min.js"></script><script src="/static/js/nblist.js"></script>'
        )
        self.put(
            XXGK,
            "/zfxxgknb/index.html",
            frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">'),
        )
        self.put(XXGK, "/static/js/nblist.js", LIST_JS, "application/javascript")
        self.route(XXGK, "/api/content/list", self.api)
        self.put(WWW, "/", HOME)

    def page_of(self, title: str, date: str, publisher: str, content: str, inner: bool = False) -> str:
        self.snow += self.rng.randint(10**12, 10**14)
        path = f"/zfxxgknb/content_{self.snow}"
        body = f'<div class="trs_editor_view TRS_UEDITOR">{content}</div>' if inner else content
        index = f"QL-{date[:4]}-{self.rng.randint(10000, 99999)}"
        meta_rows = (
            f"<tr><th>索&nbsp;引&nbsp;号：</th><td>{index}</td><th>主题分类：</th><td>政府信息公开年报</td></tr>"
            f"<tr><th>发 布 机 构：</th><td>{escape(publisher)}</td><th>发 布 日 期：</th><td>{date}</td></tr>"
            f'<tr><th>名　　称：</th><td colspan="3">{escape(title)}</td></tr>'
        )
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 17:02">'
            f'<meta name="ContentSource" content="{escape(publisher)}'
            '"><meta name="ColumnName" content="政府信息公开年报">'
        )
        html = frame(
            title,
            f'<table class="xxgk-info">{meta_rows}</table><div class="wenz"><h1>{escape(title)}</h1>'
            f'<div id="UCAP-CONTENT">{body}</div></div><div class="info_ewm">扫一扫在手机打开当前页</div>',
            metas,
        )
        url = self.put(XXGK, path, html)
        self.items.append({"title": title, "url": path, "publishTime": f"{date} 17:02:00", "source": publisher})
        return url

    def article(self, doc: ReportDoc, inner: bool = False, publisher: str = "岍岭县人民政府办公室") -> None:
        content = body_html(
            doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        )
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", publisher, content, inner), doc)

    def attached(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        path = f"/uploadfiles/{date[:4]}/{date[5:7]}/{self.snow + 7}.ofd"
        file_url = self.put(XXGK, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        content = (
            f"<p>　　{escape(doc.title)}全文请查阅附件。</p>"
            f'<p>附件：<a href="{path}" target="_blank">{escape(doc.title)}.ofd</a></p>'
        )
        url = self.page_of(doc.title, date, "岍岭县人民政府办公室", content)
        self.report(SITE, url, doc, media_type=OFD, report_url=file_url)

    def notice(self, title: str, date: str, publisher: str = "岍岭县人民政府办公室") -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, publisher, content), title)

    def api(self, request: Request) -> Response:
        size = min(int(request.param("pageSize", "10")), 20) if request.param("pageSize", "x").isdigit() else 10
        page = int(request.param("pageNo", "1")) if request.param("pageNo", "x").isdigit() else 1
        rows = self.items if request.param("channelId") == CHANNEL else []
        total = len(rows)
        data = {
            "total": total,
            "pageNo": page,
            "pageSize": size,
            "totalPage": -(-total // size),
            "list": rows[(page - 1) * size : page * size] if page >= 1 else [],
        }
        body = json.dumps({"code": 200, "msg": "success", "data": data}, ensure_ascii=False)
        return Response(200, body.encode(), "application/json;charset=UTF-8")


HOME = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="岍岭县人民政府">'
    '<meta name="SiteDomain" content="www.qianling.gov.test"><meta name="SiteIDCode" content="9842510004">'
    '<title>岍岭县人民政府</title></head><body><div id="nav"><'
    'a href="/">首页</a><a href="javascript:;">政府信息公开</a>'
    '<a href="/zwfw/">政务服务</a></div><script>$("#nav a:contains(\'政府信息公开\')").attr("href", '
    '"http://xxgk.qianling.gov.test/zfxxgknb/index.html");</script></body></html>'
)

LIST_JS = """$(function () {
  function load(n) {
    $.getJSON(listCfg.api, {channelId: listCfg.channelId, pageNo: n, pageSize: listCfg.pageSize}, function (r) {
      var h = '';
      $.each(r.data.list, function (i, a) {
        h += '<li><a href="' + a.url + '" target="_blank">' + a.title + '</a>'
          + '<span>' + a.publishTime.substr(0, 10) + '</span></li>';
      });
      $('#nb-list').html(h);
      var p = '共' + r.data.total + '条 ' + n + '/' + r.data.totalPage + '页 ';
      if (n > 1) p += '<a href="javascript:;" data-p="' + (n - 1) + '">上一页</a>';
      if (n < r.data.totalPage) p += '<a href="javascript:;" data-p="' + (n + 1) + '">下一页</a>';
      $('#nb-pager').html(p).find('a').click(function () { load(+$(this).data('p')); });
    });
  }
  load(1);
});
"""

PORTALS = [KaipuQianling]
