"""沩浦县 (www.weipu.gov.test): Hanweb JCMS whose column page preloads a whole group of pages and
whose proxy answers only record windows.

The column ``/col/col1229518806/index.html`` embeds, in its ``<script type="text/xml"><datastore>``,
the first *group* of records — three pages of 3, as the jpage widget preloads (portals.md §1.3:
"the window usually spans 3 pages of records") — and configures ``.jpage({perPage: 3, groupSize: 3,
totalRecord: 10, dataBefore: '<ul class="list-ul">', …})``; the tenth entry comes only from the proxy.
``/module/web/jpage/dataproxy.jsp`` answers record windows (``startrecord``/``endrecord``/``perpage``
in the query, the column in the form body or query); this site's proxy ignores ``?page=N`` (an empty
datastore).  Records are ``<li class="clearfix">`` with the date in ``<span class="bt-data-time">
[2025-01-23]</span>`` after the link.  Articles ``/art/YYYY/M/D/art_<col>_<id>.html``; the two oldest
pages are the old UPPERCASE template with ``<FONT face=仿宋_GB2312>``; bodies in ``div#zoom``.  The
2024 report's PDF is linked inside ``#zoom`` as ``/module/download/downfile.jsp?classid=0&filename=
<hex>.pdf`` and a page script rewrites the links to ``/0530/222/<hex>.pdf`` (``memo.split(…).join(…)``,
portals.md §1.3); both paths serve it.  Titles: "…（全文）" (inferred), the civil-affairs bureau as
"县民政局…" (agency 沩浦县民政局).  Decoys: 工作要点, an 更正公告, 部门决算.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import (
    PDF,
    UnseenPortal,
    body_html,
    decoy_text,
    make_doc,
    plain_cell,
    plain_para,
    upper_cell,
)
from govcrawl.synth.model import ReportDoc

HOST = "www.weipu.gov.test"
SITE = "weipu-gov"
OWNER = "沩浦县人民政府"
COLUMN = 1229518806
UNIT = 3921504
PER_PAGE = 3
GROUP = 3


def frame(title: str, inner: str, metas: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<meta name="SiteName" content="沩浦县人民政府"><meta name="SiteIDCode" content="9825150001">{metas}'
        f'<title>{escape(title)}</title><script src="/module/jslib/jquery/jquery.js"></script>'
        '<script src="/module/jslib/jpage/jpage.js"></script></head><body>'
        '<div class="wp-top"><div class="wp-w"><span>今天是：<script>document.write(new Date().toLocaleDateString())'
        '</script></span><a href="javascript:;" onclick="aria.start()">无障碍浏览</a> <a href="/col/col1229518000/'
        'index.html">政务公开</a> <a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a></div></div>'
        f'<div class="wp-w">{inner}</div>'
        '<div class="wp-bottom">沩浦县人民政府办公室 主办　网站标识码：9825150001　未ICP备12030561号<br>'
        '<a href="/col/col1229518011/index.html">网站地图</a> | <a href="/col/col1229518012/index.html">联系我们</a>'
        "</div></body></html>"
    )


def old_frame(title: str, inner: str) -> str:
    return (
        '<HTML><HEAD><META http-equiv=Content-Type content="text/html; charset=utf-8">'
        f'<META name=ArticleTitle content="{escape(title)}"><TITLE>{escape(title)}</TITLE></HEAD>'
        "<BODY><TABLE cellSpacing=0 cellPadding=0 width=960 align=center border=0><TR><TD>"
        '<IMG src="/images/wp_top.jpg" width=960></TD></TR>'
        f"<TR><TD>{inner}</TD></TR><TR><TD align=center>沩浦县人民政府办公室 主办　网站标识码：9825150001</TD></TR>"
        "</TABLE></BODY></HTML>"
    )


def upper_para(text: str, heading: bool) -> str:
    return (
        f"<P><FONT face=仿宋_GB2312 size=4>{'<B>' if heading else '&nbsp;&nbsp;&nbsp;&nbsp;'}{escape(text)}"
        f"{'</B>' if heading else ''}</FONT></P>"
    )


class HanwebWeipu(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.art = 4_012_200
        self.records: list[tuple[str, str]] = []  # (date, record html)
        self.files: dict[str, ReportDoc] = {}
        self.article(make_doc(rng, OWNER, 2020, "2021-01-29", version="v2019"), old=True)
        self.article(make_doc(rng, OWNER, 2021, "2022-01-27"), old=True)
        self.article(make_doc(rng, OWNER, 2022, "2023-01-20"))
        self.article(make_doc(rng, OWNER, 2023, "2024-01-26", title="沩浦县2023年政府信息公开工作年度报告（全文）"))
        self.notice("关于沩浦县2023年政府信息公开工作年度报告的更正公告", "2024-02-05")
        self.article(make_doc(rng, "沩浦县卫生健康局", 2023, "2024-01-19"))
        self.notice("沩浦县2023年度部门决算", "2024-08-30")
        self.notice("沩浦县2024年政务公开工作要点", "2024-04-12")
        self.article(make_doc(rng, "沩浦县民政局", 2024, "2025-01-17", title="县民政局2024年政府信息公开工作年度报告"))
        self.stub(make_doc(rng, OWNER, 2024, "2025-01-23"))
        self.records.sort(reverse=True)
        self.put(HOST, f"/col/col{COLUMN}/index.html", self.column_page())
        self.route(HOST, "/module/web/jpage/dataproxy.jsp", self.proxy)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def path(self, date: str) -> str:
        self.art += self.rng.randint(80, 6000)
        y, m, d = (int(x) for x in date.split("-"))
        return f"/art/{y}/{m}/{d}/art_{COLUMN}_{self.art}.html"

    def record(self, path: str, title: str, date: str) -> None:
        self.records.append(
            (
                date,
                f'<li class="clearfix"><a href="{path}" title="{escape(title)}" target="_blank">'
                f'{escape(title)}</a><span class="bt-data-time">[{date}]</span></li>',
            )
        )

    def page_of(self, title: str, date: str, body: str, source: str, script: str = "") -> str:
        metas = (
            f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 08:45">'
            f'<meta name="ContentSource" content="{escape(source)}"><meta name="Maketime" content="{date}">'
        )
        inner = (
            f'<div class="wp-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COLUMN}/index.html">'
            f'政府信息公开年报</a></div><div class="wp-art"><h1>{escape(title)}</h1><div class="wp-info">'
            f"<span>发布日期：{date}</span><span>信息来源：{escape(source)}</span><span>访问次数："
            f'<script src="/module/visitcount/articlehits.jsp?colid={COLUMN}&artid={self.art}"></script></span>'
            f'</div><div id="zoom">{body}</div>{script}<div class="wp-share">【<a href="javascript:window.print()">'
            '打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div></div>'
        )
        return frame(f"沩浦县人民政府 {title}", inner, metas)

    def article(self, doc: ReportDoc, old: bool = False) -> None:
        date = doc.published_date or ""
        path = self.path(date)
        if old:
            body = body_html(doc, upper_para, upper_cell, "<TABLE cellSpacing=0 cellPadding=0 width=600 border=1>")
            page = old_frame(
                doc.title,
                f'<TABLE width="100%"><TR><TD align=center><B>{escape(doc.title)}</B></TD>'
                f"</TR><TR><TD>发布日期：{date}</TD></TR><TR><TD id=zoom>{body}</TD></TR></TABLE>",
            )
        else:
            body = body_html(
                doc, plain_para, plain_cell, '<table border="1" cellspacing="0" cellpadding="0" width="100%">'
            )
            page = self.page_of(doc.title, date, body, doc.agency_name)
        url = self.put(HOST, path, page)
        self.record(path, doc.title, date)
        self.report(SITE, url, doc)

    def stub(self, doc: ReportDoc) -> None:
        date = doc.published_date or ""
        hexname = f"{self.rng.getrandbits(128):032x}.pdf"
        self.files[hexname] = doc
        self.put_pdf(HOST, f"/0530/222/{hexname}", doc)
        link = f"/module/download/downfile.jsp?classid=0&filename={hexname}"
        body = (
            f'<p>　　现将{escape(doc.title)}全文公布如下：</p><p><a href="{link}" target="_blank">'
            f"{escape(doc.title)}.pdf</a></p>"
        )
        script = (
            "<script>var memo = document.getElementById('zoom').innerHTML;\n"
            "document.getElementById('zoom').innerHTML = memo.split('/module/download/downfile.jsp?classid=0"
            "&filename=').join('/0530/222/');</script>"
        )
        path = self.path(date)
        url = self.put(HOST, path, self.page_of(doc.title, date, body, "沩浦县人民政府办公室", script))
        self.record(path, doc.title, date)
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        name = request.param("filename")
        if name not in self.files:
            return Response(
                200, "<script>alert('文件不存在！');history.back();</script>".encode(), "text/html; charset=utf-8"
            )
        return self.dynamic[(HOST, f"/0530/222/{name}")](request)

    def notice(self, title: str, date: str) -> None:
        year = int(title.split("年", 1)[0][-4:])
        body = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        path = self.path(date)
        self.decoy(SITE, self.put(HOST, path, self.page_of(title, date, body, "沩浦县人民政府办公室")), title)
        self.record(path, title, date)

    def datastore(self, first: int, last: int, totals: bool = False) -> str:
        records = "".join(f"<record><![CDATA[{r}]]></record>\n" for _, r in self.records[first - 1 : last])
        total = len(self.records)
        head = f"<totalrecord>{total}</totalrecord><totalpage>{-(-total // PER_PAGE)}</totalpage>" if totals else ""
        return f"<datastore>{head}\n<recordset>\n{records}</recordset>\n</datastore>"

    def column_page(self) -> str:
        inner = (
            '<div class="wp-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229518000/index.html">政务公开'
            '</a> &gt; 政府信息公开年报</div><div class="wp-left"><ul><li><a href="/col/col1229518801/index.html">'
            '政府信息公开指南</a></li><li><a href="/col/col1229518802/index.html">政府信息公开制度</a></li>'
            f'<li class="on"><a href="/col/col{COLUMN}/index.html">政府信息公开年报</a></li></ul></div>'
            f'<div class="wp-right"><div class="wp-title">政府信息公开年报</div><div id="{UNIT}">'
            f'<script type="text/xml">{self.datastore(1, PER_PAGE * GROUP)}</script></div>'
            '<script type="text/javascript">\n'
            f"$('#{UNIT}').jpage({{perPage: {PER_PAGE}, totalRecord: {len(self.records)}, groupSize: {GROUP},\n"
            "  dataBefore: '<ul class=\"list-ul\">', dataAfter: '</ul>', barPosition: 'bottom', showMode: 'full',\n"
            "  proxyUrl: '/module/web/jpage/dataproxy.jsp',\n"
            f"  ajaxParam: {{col: 1, appid: 1, webid: 2915, path: '/', columnid: {COLUMN}, sourceContentType: 1,\n"
            f"    unitid: {UNIT}, webname: '沩浦县人民政府', permissiontype: 0}}}});\n</script></div>"
        )
        return frame("沩浦县人民政府 政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')

    def proxy(self, request: Request) -> Response:
        start, end = request.param("startrecord"), request.param("endrecord")
        if request.param("columnid") != str(COLUMN) or not (start.isdigit() and end.isdigit()):
            return Response(200, b"<datastore>\n<recordset>\n</recordset>\n</datastore>", "text/xml; charset=utf-8")
        first = max(1, int(start))
        last = min(int(end), first + 90)
        return Response(200, self.datastore(first, last, totals=True).encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebWeipu]
