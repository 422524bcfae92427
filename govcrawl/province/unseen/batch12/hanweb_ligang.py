"""溧岗县 (www.ligang.gov.test): an old Hanweb JCMS site still published under ``/jcms/jcms_files/…``,
whose jpage proxy is the old ``/module/jslib/jquery/jpage/`` one and fails on the column's oldest
records (a deliberate shortfall).

Every page lives under the old JCMS publishing root ``/jcms/jcms_files/jcms1/web12/site/``: the
column ``…/col/col4471/index.html`` and articles ``…/art/Y/M/D/art_4471_<id>.html`` (month and day
not zero-padded, portals.md §1.3).  The column embeds its first page (5 records) in ``<script
type="text/xml"><datastore><recordset>``; each record is a ``<dl class="nb-dl"><dt><a title=…>…</a>
</dt><dd>2025-01-22</dd></dl>``.  The widget call is ``$('#div8830').jpage({proxyUrl:
'/module/jslib/jquery/jpage/dataproxy.jsp', totalRecord: 13, perPage: 5, groupSize: 1, ajaxParam:
'col=1&appid=1&webid=12&path=/&columnid=4471&sourceContentType=1&unitid=8830&webname=…&permissiontype=0'
})`` — ``ajaxParam`` a query string, not an object.  The proxy answers POST record windows
(``?startrecord=6&endrecord=10&perpage=5``, the ids in the form body or the query) and GET ``?page=N``
with ``<datastore><recordset>…</recordset><totalrecord>13</totalrecord><totalpage>3</totalpage>``;
wrong ``columnid``/``unitid``: an empty datastore; ``/module/web/jpage/dataproxy.jsp`` is 404 here.
Articles lay the page out in tables; the body is ``div#zoom`` between ``ZJEG_RSS.content`` comment
markers, under a "发布日期 / 信息来源 / 访问次数" line whose counter is a ``articlehits.jsp`` script.
Two reports are files whose links are ``href="javascript:void(0);"`` with the address only in
``onclick="window.open('/module/download/downfile.jsp?classid=0&filename=<hex>.<ext>&showname=…')"``
inside ``#zoom``: the 2023 county report (PDF) and the 医疗保障局's 2023 report (.docx).

**Shortfall (deliberate):** the proxy answers **502 Bad Gateway** (nginx's page) to every request
whose window reaches past the tenth record — page 3 (``?page=3``, ``startrecord=11``) on every try:
the upstream JSP fails on the three oldest records, migrated from the old system.  The column still
declares ``totalRecord: 13``; those three entries — the 2019 and 2020 county reports and a 2020
法治政府建设年度报告 — are linked from nowhere else (their article pages are served).  The ground
truth lists the two reports, and a crawl should state that it found fewer than declared.

Titles: "溧岗县人民政府2022年度政府信息公开工作年度报告 (2023年4月修订)" (a half-width bracketed note with a
second year, published in April), "县城管局2024年…" (溧岗县城市管理局), "县医保局2023年…" and the full
"溧岗县医疗保障局2022年…" (溧岗县医疗保障局), a town's "岗下镇2024年…" (溧岗县岗下镇人民政府).  Decoys:
法治政府建设年度报告 (on the failing page), a 解读, 政务公开工作要点.
"""

from __future__ import annotations

import hashlib
import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    DOCX,
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    word_cell,
    word_para,
)
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.ligang.gov.test"
SITE = "ligang-gov"
OWNER = "溧岗县人民政府"
WEB = "/jcms/jcms_files/jcms1/web12/site"
COLUMN = 4471
UNIT = 8830
WEBID = 12
PER_PAGE = 5
PROXY = "/module/jslib/jquery/jpage/dataproxy.jsp"
CUTOFF = 10  # records past this one make the upstream fail
YBJ = "溧岗县医疗保障局"
BAD_GATEWAY = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>"
    "\r\n<hr><center>nginx/1.16.1</center>\r\n</body>\r\n</html>\r\n"
)


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="SiteName" content="溧岗县人民'
        '政府"'
        '>'
        f'<meta name="SiteDomain" content="www.ligang.gov.test"><meta name="SiteIdCode" content="9851210002">{metas}'
        f"<title>溧岗县人民政府 {escape(title)}</title>"
        '<script src="/module/jslib/jquery/jquery.js"></script><script src="/module/jslib/jquery/jpage/jquery.page.js">'
        '</script></head><body><table width="1000" align="center" cellpadding="0" cellspacing="0" class="lg-top"><tr>'
        '<td><img src="/jcms/jcms_files/jcms1/web12/site/images/top_logo.jpg" alt=""></td><td align="right">'
        '<a href="javascript:;" onclick="toolbar.open()">无障碍浏览</a> | <a href="javascript:;">关怀版</a> | '
        '<a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a></td></tr></table>'
        f'<table width="1000" align="center" class="lg-nav"><tr><td><a href="{WEB}/index.html">首页</a>'
        f'<a href="{WEB}/col/col4400/index.html">政务公开</a><a href="{WEB}/col/col4401/index.html">政务服务</a>'
        f'<a href="{WEB}/col/col4402/index.html">公众参与</a></td></tr></table>{inner}'
        '<table width="1000" align="center" class="lg-foot"><tr><td align="center">主办：溧岗县人民政府办公室　'
        '网站标识码：9851210002　未ICP备06002218号<br>技术支持：溧岗县信息中心　建议使用1366×768分辨率浏览本站<br'
        '>'
        '<script id="_jiucuo_" sitecode="9851210002" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'
        "</td></tr></table></body></html>"
    )


class HanwebLigang(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.artid = 213_400
        self.records: list[tuple[str, str]] = []  # date, record html
        self.files: dict[str, tuple[bytes, str]] = {}
        self.article(make_doc(rng, OWNER, 2019, "2020-01-21", version="v2019"))
        self.article(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"))
        self.notice("溧岗县2020年法治政府建设年度报告", "2021-03-15")
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"))
        self.article(make_doc(rng, YBJ, 2022, "2023-01-18"), source=YBJ)
        self.notice("关于《溧岗县2022年政府信息公开工作年度报告》的解读", "2023-02-02")
        self.article(make_doc(rng, OWNER, 2022, "2023-04-12",
                              title="溧岗县人民政府2022年度政府信息公开工作年度报告 (2023年4月修订)"))
        self.attached(make_doc(rng, YBJ, 2023, "2024-01-19", title="县医保局2023年政府信息公开工作年度报告"),
                      DOCX, source=YBJ)
        self.attached(make_doc(rng, OWNER, 2023, "2024-01-29"), PDF)
        self.notice("溧岗县2024年政务公开工作要点", "2024-04-10")
        self.article(make_doc(rng, "溧岗县岗下镇人民政府", 2024, "2025-01-20",
                              title="岗下镇2024年政府信息公开工作年度报告"), source="岗下镇人民政府")
        self.article(make_doc(rng, "溧岗县城市管理局", 2024, "2025-01-22",
                              title="县城管局2024年政府信息公开工作年度报告"), source="溧岗县城市管理局")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-26"))
        self.records.sort(key=lambda r: r[0], reverse=True)
        self.route(HOST, f"{WEB}/col/col{COLUMN}/index.html", lambda r: self.column())
        self.route(HOST, PROXY, self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def page_of(self, title: str, date: str, source: str, content: str) -> str:
        self.artid += self.rng.randint(30, 900)
        y, m, d = (int(x) for x in date.split("-"))
        path = f"{WEB}/art/{y}/{m}/{d}/art_{COLUMN}_{self.artid}.html"
        metas = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:31">'
                 f'<meta name="ContentSource" content="{escape(source)}">')
        inner = (
            '<table width="1000" align="center" class="lg-pos"><tr><td>您现在的位置：'
            f'<a href="{WEB}/index.html">首页</a> &gt; <a href="{WEB}/col/col4400/index.html">政务公开</a> &gt; '
            f'<a href="{WEB}/col/col{COLUMN}/index.html">政府信息公开年报</a></td></tr></table>'
            '<table width="1000" align="center" class="lg-art"><tr><td class="title" align="center">'
            f"{escape(title)}</td></tr><tr><td class=\"info\" align=\"center\">发布日期：{date}　信息来源"
            f"：{escape(source)}"
            f'　访问次数：<script src="/module/visitcount/articlehits.jsp?colid={COLUMN}&artid={self.artid}"></script>'
            '</td></tr><tr><td class="main"><div id="zoom"><!--ZJEG_RSS.content.begin-->'
            f"{content}<!--ZJEG_RSS.content.end--></div></td></tr>"
            '<tr><td align="right">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:'
            'window.close()">关闭窗口</a>】</td></tr></table>'
        )
        url = self.put(HOST, path, frame(title, inner, metas))
        record = (f'<dl class="nb-dl"><dt><a href="{path}" target="_blank" title="{escape(title)}">{escape(title)}</a>'
                  f"</dt><dd>{date}</dd></dl>")
        self.records.append((date, record))
        return url

    def article(self, doc: ReportDoc, source: str = "县政府办") -> None:
        content = body_html(doc, word_para, word_cell, '<table border="1" cellspacing="0" cellpadding="0" '
                            'width="100%" style="border-collapse:collapse">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", source, content), doc)

    def attached(self, doc: ReportDoc, media: str, source: str = "县政府办") -> None:
        ext = "pdf" if media == PDF else "docx"
        name = f"{hashlib.md5(f'{SITE}{doc.title}'.encode()).hexdigest()}.{ext}"
        data = render_pdf(doc, random.Random(self.rng.random())) if media == PDF else render_docx(doc)
        self.files[name] = (data, media)
        link = f"/module/download/downfile.jsp?classid=0&filename={name}"
        content = (f"<p>　　{escape(doc.title)}已编制完成，全文详见附件。</p><p>附件：<a href=\"javascript:void(0);\" "
                   f"onclick=\"window.open('{link}&showname={escape(doc.title)}.{ext}')\">{escape(doc.title)}.{ext}</a></p>")
        url = self.page_of(doc.title, doc.published_date or "", source, content)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        content = "".join(word_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, "县政府办", content), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(200, "<script>alert('文件不存在！');history.back();</script>".encode(),
                            "text/html; charset=utf-8")
        disposition = f"attachment; filename={request.param('filename')}"
        return Response(200, found[0], found[1], {"Content-Disposition": disposition})

    def column(self) -> Response:
        first = "".join(f"<record><![CDATA[{h}]]></record>\n" for _, h in self.records[:PER_PAGE])
        inner = (
            '<table width="1000" align="center" class="lg-pos"><tr><td>您现在的位置：'
            f'<a href="{WEB}/index.html">首页</a> &gt; <a href="{WEB}/col/col4400/index.html">政务公开</a> &gt; '
            '政府信息公开年报</td></tr></table><table width="1000" align="center"><tr><td width="220" valign="top" '
            f'class="lg-left"><a href="{WEB}/col/col4468/index.html">政府信息公开指南</a><a href="{WEB}/col/col4469/'
            f'index.html">政府信息公开制度</a><a href="{WEB}/col/col4470/index.html">法定主动公开内容</a>'
            f'<a class="on" href="{WEB}/col/col{COLUMN}/index.html">政府信息公开年报</a></td><td valign="top">'
            f'<div class="lg-lm">政府信息公开年报</div><div id="div{UNIT}"><script type="text/xml"><datastore>'
            f"<recordset>\n{first}</recordset></datastore></script></div>"
            "<script>$(document).ready(function () {\n"
            f"  $('#div{UNIT}').jpage({{ proxyUrl: '{PROXY}', totalRecord: {len(self.records)}, perPage: {PER_PAGE}, "
            "groupSize: 1, barPosition: 'bottom', showMode: 'full', "
            f"ajaxParam: 'col=1&appid=1&webid={WEBID}&path=/&columnid={COLUMN}&sourceContentType=1&unitid={UNIT}"
            "&webname=溧岗县人民政府&permissiontype=0' });\n});</script></td></tr></table>"
        )
        return Response(200, frame("政府信息公开年报", inner).encode(), "text/html; charset=utf-8")

    def proxy(self, request: Request) -> Response:
        if request.param("columnid") != str(COLUMN) or request.param("unitid") != str(UNIT):
            xml = "<datastore><recordset></recordset><totalrecord>0</totalrecord><totalpage>0</totalpage></datastore>"
            return Response(200, xml.encode(), "text/xml; charset=utf-8")
        try:
            if request.param("startrecord"):
                first, last = int(request.param("startrecord")), int(request.param("endrecord") or 0)
            else:
                page = max(int(request.param("page") or 1), 1)
                first, last = (page - 1) * PER_PAGE + 1, page * PER_PAGE
        except ValueError:
            return Response(500, b"<html><body>java.lang.NumberFormatException</body></html>")
        total = len(self.records)
        if min(last, total) > CUTOFF:
            return Response(502, BAD_GATEWAY.encode(), "text/html")
        records = "".join(f"<record><![CDATA[{h}]]></record>\n" for _, h in self.records[max(first - 1, 0) : last])
        xml = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><recordset>\n{records}</recordset>'
               f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // PER_PAGE)}</totalpage></datastore>")
        return Response(200, xml.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebLigang]
