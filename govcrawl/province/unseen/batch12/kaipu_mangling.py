"""邙岭县 (www.mangling.gov.test → xxgk.mangling.gov.test): a 开普云 集约化 county whose 年报 list is a
table with a 发布机构 column and whose later pages come from the platform's list controller by a form
POST, not from static files.

The home host's 信息公开 nav links ``http://xxgk.mangling.gov.test/`` (portals.md §7: 信息公开 on
another host), whose column index links the 年报 column ``/zfxxgk/zfxxgknb/index.html`` (the registry's
start page).  That page is a ``<table class="kp-tb">`` (序号 | 标题 | 发布机构 | 发布日期 — units named the
short way, "县林业局") and the pager "共 12 条记录，当前第 1/3 页" whose 首页/上一页/下一页/尾页 links are
``javascript:goPage(n)``: the function sets ``pageNo`` in ``<form name="pageForm" action="/kpy/list.do"
method="post">`` (hidden ``channelId=c3f2a9d0e1b84c57``, ``pageSize=5``, ``pageNo``) and submits it —
page *n* is the controller's answer, at another address than page 1; the controller also reads the
fields from a GET query (a wrong ``channelId``: "暂无数据").  No ``index_N.html`` exists.  Articles are
``/zfxxgk/zfxxgknb/<YYYYMMDD>/<19-digit id>.html`` with a 索引号 table whose labels are padded with
``&emsp;`` ("索&emsp;引&emsp;号", portals.md §2.5), then ``div#UCAP-CONTENT`` inside a one-cell layout
``<table class="kp-wrap">``, then ``div.info_ewm``.  The 2022 report is an OFD whose link (in a
``div.kp-fj`` after the body) says only "附件1"; the 2024 report a PDF linked "点击下载" the same way.

Titles: "县林业局2023年…" and "邙岭县林业局2024年…" (邙岭县林业局, 发布机构 "县林业局", ``ContentSource``
the full name), a town's "邙阳镇2024年…" (邙岭县邙阳镇人民政府).  2019 and 2020 are in the old template.
Decoys: 财政决算, 政府信息公开指南, 关于报送…年度报告的函.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
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

WWW = "www.mangling.gov.test"
XXGK = "xxgk.mangling.gov.test"
SITE = "mangling-gov"
OWNER = "邙岭县人民政府"
COL = "/zfxxgk/zfxxgknb/"
CHANNEL = "c3f2a9d0e1b84c57"
PER_PAGE = 5
LYJ = "邙岭县林业局"


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="邙岭县人民政府">'
        f'<meta name="SiteDomain" content="{XXGK}"><meta name="SiteIDCode" content="9851410009">{metas}'
        f'<title>{escape(title)}-邙岭县人民政府信息公开</title><script src="/kpy/js/jquery.min.js"></script></head>'
        '<body><div class="ml-top"><a href="javascript:void(0)" onclick="kqNav()">无障碍浏览</a>'
        '<a href="javascript:void(0)" id="olderBtn">老年模式</a><a href="http://www.mangling.gov.test/">返回门户</a>'
        '</div><div class="ml-head"><h1>邙岭县人民政府 · 政府信息公开</h1></div>'
        f'<div class="ml-main">{inner}</div><div class="ml-foot"><p>主办单位：邙岭县人民政府办公室　'
        '网站标识码：9851410009　未ICP备19003326号</p><p>本站支持IPv6　<a href="/wzdt/">网站地图</a></p>'
        "<script id=\"_jiucuo_\" sitecode='9851410009' src='http://pucha.kaipuyun.test/exposure/jiucuo.js'></script>"
        "</div></body></html>"
    )


class KaipuMangling(UnseenPortal):
    hosts = (WWW, XXGK)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.snow = 1_883_700_421_556_000_000
        self.entries: list[tuple[str, str, str, str]] = []  # path, title, org shown, date
        self.article(make_doc(rng, OWNER, 2019, "2020-01-22", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-26", version="v2019"))
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"))
        self.attached(make_doc(rng, OWNER, 2022, "2023-01-30"), OFD)
        self.article(make_doc(rng, LYJ, 2023, "2024-01-18", title="县林业局2023年政府信息公开工作年度报告"),
                     org="县林业局", source=LYJ)
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26"))
        self.notice("邙岭县政府信息公开指南（2024年版）", "2024-03-05", "县政府办")
        self.notice("邙岭县2023年度财政决算公开", "2024-08-28", "县财政局")
        self.notice("邙岭县人民政府办公室关于报送2024年度政府信息公开工作年度报告的函", "2024-12-20", "县政府办")
        self.article(make_doc(rng, "邙岭县邙阳镇人民政府", 2024, "2025-01-16",
                              title="邙阳镇2024年政府信息公开工作年度报告"), org="邙阳镇", source="邙阳镇人民政府")
        self.article(make_doc(rng, LYJ, 2024, "2025-01-20"), org="县林业局", source=LYJ)
        self.attached(make_doc(rng, OWNER, 2024, "2025-01-24"), PDF)
        self.entries.sort(key=lambda e: e[3], reverse=True)
        self.route(XXGK, COL + "index.html", lambda r: self.column(1))
        self.route(XXGK, "/kpy/list.do", self.controller)
        self.put(XXGK, "/", frame("政府信息公开", (
            '<div class="ml-cols"><a href="/zfxxgk/zfxxgkzn/index.html">政府信息公开指南</a>'
            '<a href="/zfxxgk/zfxxgkzd/index.html">政府信息公开制度</a><a href="/zfxxgk/fdzdgknr/index.html">法定主动公'
            '开'
            f'内容</a><a href="{COL}index.html">政府信息公开年报</a><a href="/ysqgk/">依申请公开</a></div>')))
        self.put(WWW, "/", (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="邙岭县人民政府">'
            '<title>邙岭县人民政府</title></head><body><div class="nav"><a href="/">首页</a>'
            '<a href="/xwzx/">新闻中心</a><a href="http://xxgk.mangling.gov.test/">信息公开</a><a href="/zwfw/">政务服'
            '务'
            '</a></div><div class="focus">邙岭要闻</div><div class="wza-tip">本网站支持无障碍浏览</div></body></html>'))

    def page_of(self, title: str, date: str, org: str, source: str, content: str, after: str = "") -> str:
        self.snow += self.rng.randint(10**9, 10**11)
        path = f"{COL}{date.replace('-', '')}/{self.snow}.html"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 11:20">'
                 f'<meta name="ContentSource" content="{escape(source)}">')
        label = "&emsp;".join
        inner = (
            f'<div class="ml-pos">当前位置：<a href="/">信息公开</a> &gt; <a href="{COL}index.html">政府信息公开年报</a'
            '>'
            f'</div><table class="xxgk-info"><tr><th>{label("索引号")}：</th><td>MLX-{date[:4]}-{self.snow % 10**6:06d}'
            f'</td><th>{label("发布机构")}：</th><td>{escape(org)}</td></tr><tr><th>{label("发布日期")}：</th><td>{date}'
            f'</td><th>{label("主题分类")}：</th><td>政府信息公开年报</td></tr></table><h1 class="ml-tit"'
            f'>{escape(title)}'
            f'</h1><table class="kp-wrap" width="100%"><tr><td><div id="UCAP-CONTENT">{content}</div></td></tr></table>'
            f'{after}<div class="info_ewm"><div id="ewm"></div><span>扫一扫在手机打开当前页</span></div>'
        )
        self.put(XXGK, path, frame(title, inner, metas))
        self.entries.append((path, title, org, date))
        return f"http://{XXGK}{path}"

    def article(self, doc: ReportDoc, org: str = "县政府办", source: str = "邙岭县人民政府办公室") -> None:
        content = body_html(doc, plain_para, plain_cell,
                            '<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", org, source, content), doc)

    def attached(self, doc: ReportDoc, media: str) -> None:
        date = doc.published_date or ""
        ext = "pdf" if media == PDF else "ofd"
        path = f"/upload/zfxxgknb/{date[:4]}/{date[5:7]}{date[8:]}/{self.rng.randint(16**15, 16**16 - 1):x}.{ext}"
        if media == PDF:
            file_url = self.put_pdf(XXGK, path, doc)
        else:
            file_url = self.put(XXGK, path, render_ofd(doc, random.Random(self.rng.random())), OFD)
        text = "点击下载" if media == PDF else "附件1"
        after = f'<div class="kp-fj"><p>附件：</p><p><a href="{path}" target="_blank">{text}</a></p></div>'
        content = f"<p>　　{escape(doc.title)}已经县人民政府同意，现予公开，全文见附件。</p>"
        url = self.page_of(doc.title, date, "县政府办", "邙岭县人民政府办公室", content, after)
        self.report(SITE, url, doc, media_type=media, report_url=file_url)

    def notice(self, title: str, date: str, org: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, org, "邙岭县人民政府办公室", content), title)

    def controller(self, request: Request) -> Response:
        if request.param("channelId") != CHANNEL:
            return self.column(0)
        try:
            page = int(request.param("pageNo") or 1)
        except ValueError:
            page = 1
        return self.column(page)

    def column(self, page: int) -> Response:
        pages = -(-len(self.entries) // PER_PAGE)
        if page == 0 or page > pages:
            body = frame("政府信息公开年报", '<div class="kp-empty">暂无数据</div>')
            return Response(200, body.encode(), "text/html; charset=utf-8")
        page = max(page, 1)
        start = (page - 1) * PER_PAGE
        rows = "".join(
            f'<tr><td>{start + i}</td><td class="tit"><a href="{p}" target="_blank" title="{escape(t)}">{escape(t)}'
            f"</a></td><td>{escape(o)}</td><td>{d}</td></tr>"
            for i, (p, t, o, d) in enumerate(self.entries[start : start + PER_PAGE], start=1)
        )

        def go(n: int, text: str) -> str:
            return f'<a href="javascript:goPage({n})">{text}</a>'

        links = (go(1, "首页") + go(page - 1, "上一页") if page > 1 else "<span>首页</span><span>上一页</span>") + (
            go(page + 1, "下一页") + go(pages, "尾页") if page < pages else "<span>下一页</span><span>尾页</span>")
        inner = (
            '<div class="ml-pos">当前位置：<a href="/">信息公开</a> &gt; 政府信息公开年报</div>'
            '<table class="kp-tb" width="100%"><tr><th>序号</th><th>标题</th><th>发布机构</th><th>发布日期</th></tr>'
            f'{rows}</table><div class="kp-page">共 {len(self.entries)} 条记录，当前第 {page}/{pages} 页 {links}</div>'
            f'<form name="pageForm" id="pageForm" action="/kpy/list.do" method="post">'
            f'<input type="hidden" name="channelId" value="{CHANNEL}"><input type="hidden" name="pageSize" '
            f'value="{PER_PAGE}"><input type="hidden" name="pageNo" id="pageNo" value="{page}"></form>'
            "<script>function goPage(n){document.getElementById('pageNo').value=n;document.pageForm.submit();}</script>"
        )
        body = frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')
        return Response(200, body.encode(), "text/html; charset=utf-8")


PORTALS = [KaipuMangling]
