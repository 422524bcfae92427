"""蘅川县人民政府 (www.hengchuan.gov.test): an old Hanweb (大汉) JCMS county (Jiangsu-style short column id) whose 年报
column embeds its first records as one-row ``<table>``s in a ``<datastore>`` and pages through the POST record-window
data proxy, whose articles are the old UPPERCASE template bracketed by ``<META name=ContentStart>`` /
``<META name=ContentEnd>``, and whose 2024 report is a DOCX behind the oldest ``/jcms/…/downfile.jsp`` path.

Start URL: the column ``/col/col41762/index.html``.  ``<div id="128806">`` holds ``<script type="text/xml">
<datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&appid=1&webid=2871&path=/&columnid=
41762&unitid=128806&webname=…&permissiontype=0"></a>]]></nextgroup><recordset>`` with the first four records, each
``<record><![CDATA[<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="bt_link"><a
href="/art/YYYY/M/D/art_41762_<id>.html" target="_blank" title="full title">title</a></td><td width="90"
class="bt_time">YYYY-MM-DD</td></tr></table>]]></record>``, then ``$('#128806').jpage({ dataStore: …, perPage: 4,
totalRecord: 11, groupSize: 3, proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {col:1, appid:1, webid:2871,
path:'/', columnid:41762, sourceContentType:1, unitid:128806, webname:'蘅川县人民政府', permissiontype:0} })``.
``POST /module/web/jpage/dataproxy.jsp?startrecord=S&endrecord=E&perpage=4`` with that form body (the parameters may
also come in the query) answers ``<datastore><totalrecord>11</totalrecord><totalpage>3</totalpage><recordset>`` with
records S..E (1-based; the widget asks 1–12 for a group of three pages); without ``columnid``/``unitid`` it answers an
empty ``<datastore/>``.  The ``page=`` link in ``<nextgroup>`` answers the same records four at a time.

Articles ``/art/YYYY/M/D/art_41762_<id>.html`` (month and day not padded): metas ArticleTitle, PubDate,
ContentSource; an old table layout, ``<TD class="title">``, a line ``发布日期：… 信息来源：… 浏览次数：`` and the body
``<DIV id=zoom>`` between ``<!--<$[信息内容]>begin--><META name=ContentStart>`` and ``<META name=ContentEnd>
<!--<$[信息内容]>end-->`` in UPPERCASE tags with ``FONT face=仿宋_GB2312`` paragraphs (the Word-pasted 2021 one in
MsoNormal).  Reports (8): 蘅川县人民政府 2019, 2020, 2021, 2023 and 2024 (a short notice whose ``#zoom`` links
``/jcms/jcms_files/jcms1/web2871/site/module/download/downfile.jsp?classid=0&filename=<32 hex>.docx&showname=…``),
蘅川县教育局 2022 and 2023 (titled "县教育局…"; 信息来源 and ContentSource name the full unit), 蘅川县青石镇人民政府
2024 (titled "青石镇…").  Decoys (3): 蘅川县2023年政府网站工作年度报表, 蘅川县2022年度部门决算, 《蘅川县人民政府2023年
政府信息公开工作年度报告》解读.  Chrome: 无障碍 link, 适老化, header, nav, footer with 主办单位, 网站标识码, ICP,
公网安备 and a 政府网站找错 badge.
"""

from __future__ import annotations

import random
from html import escape
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc
from govcrawl.synth.docx import render_docx

HOST = "www.hengchuan.gov.test"
SITE = "hengchuan-gov"
OWNER = "蘅川县人民政府"
JY = "蘅川县教育局"
TOWN = "蘅川县青石镇人民政府"
CODE = "9884020002"
COLID = 41762
UNIT = 128806
WEBID = 2871
COL = f"/col/col{COLID}/index.html"
PROXY = "/module/web/jpage/dataproxy.jsp"
DOWN = f"/jcms/jcms_files/jcms1/web{WEBID}/site/module/download/downfile.jsp"
PER = 4
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<META name="SiteName" content="{OWNER}"><META name="SiteDomain" content="{HOST}">'
            f'<META name="SiteIDCode" content="{CODE}">{extra}<TITLE>{esc(title)}</TITLE>'
            '<SCRIPT src="/module/jslib/jquery/jquery.js"></SCRIPT></HEAD><BODY>'
            '<TABLE width="1000" align="center" class="top"><TR><TD><A href="javascript:;" id="cniil_wza">无障碍</A> '
            '<A href="javascript:;">适老化</A></TD></TR></TABLE><TABLE width="1000" align="center" class="head"><TR>'
            '<TD><IMG src="/images/head.jpg" alt="蘅川县人民政府"></TD></TR></TABLE><TABLE width="1000" align="center"'
            ' class="nav"><TR><TD><A href="/">首页</A> <A href="/col/col41700/index.html">政务公开</A> '
            f'<A href="{COL}">政府信息公开年报</A></TD></TR></TABLE>{inner}'
            '<TABLE width="1000" align="center" class="foot"><TR><TD>'
            '主办单位：蘅川县人民政府办公室　技术支持：南京大汉网络'
            f'<BR>网站标识码：{CODE}　未ICP备18024680号　未公网安备98840202000042号<BR>'
            '<A href="javascript:;"><IMG src="/images/jiucuo.png" alt="政府网站找错"></A></TD></TR></TABLE>'
            '</BODY></HTML>')


class HanwebHengchuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 290_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-29"), (2021, "2022-01-21"), (2023, "2024-01-25")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            body = self.body(doc, word=True) if year == 2021 else self.old_body(self.body(doc))
            self.report(SITE, self.article(doc.title, date, "县政府办", OWNER, body), doc)
        date = "2025-01-24"
        doc = self.doc(OWNER, 2024, date, f"{OWNER}2024年政府信息公开工作年度报告")
        hexname = f"{self.rng.getrandbits(128):032x}"
        show = quote(f"{doc.title}.docx")
        docx_url = f"http://{HOST}{DOWN}?classid=0&filename={hexname}.docx&showname={show}"
        answer = Response(200, render_docx(doc), MEDIA["docx"], {"Content-Disposition": "attachment"})
        self.route(HOST, DOWN, lambda r: answer if r.param("filename") == f"{hexname}.docx"
                   else Response(404, "<html><body>文件不存在</body></html>".encode(), "text/html; charset=utf-8"))
        url = self.article(doc.title, date, "县政府办", OWNER,
                           f'<P><FONT face=仿宋_GB2312>{esc(doc.title)}已编制完成，请点击下载：</FONT></P><P><A '
                           f'href="{DOWN}?classid=0&amp;filename={hexname}.docx&amp;showname={show}" target="_blank">'
                           f'{esc(doc.title)}.docx</A></P>')
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=docx_url)
        for agency, year, date, title in ((JY, 2022, "2023-01-31", "县教育局2022年政府信息公开工作年度报告"),
                                          (JY, 2023, "2024-01-30", "县教育局2023年政府信息公开工作年度报告"),
                                          (TOWN, 2024, "2025-01-27", "青石镇2024年政府信息公开工作年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(title, date, agency, agency, self.old_body(self.body(doc))), doc)
        for title, year, date in (("蘅川县2023年政府网站工作年度报表", 2023, "2024-01-15"),
                                  ("蘅川县2022年度部门决算", 2022, "2023-08-30"),
                                  ("《蘅川县人民政府2023年政府信息公开工作年度报告》解读", 2023, "2024-01-26")):
            self.decoy(SITE, self.article(title, date, "县政府办", OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.put(HOST, COL, self.column())
        self.route(HOST, PROXY, self.proxy)
        for image in ('/images/head.jpg', '/images/jiucuo.png'):
            self.put(HOST, image, GIF, "image/gif")
        self.put(HOST, "/module/jslib/jquery/jquery.js", "/*! jQuery v1.8.3 */ window.jQuery=window.$=function(){};",
                 "application/javascript")
        self.put(HOST, "/index.html", frame(OWNER, f'<TABLE width="1000" align="center"><TR><TD><A href="{COL}">'
                                                   '政府信息公开年报</A></TD></TR></TABLE>'))
        self.put(HOST, "/col/col41700/index.html", frame(f"政务公开_{OWNER}", f'<TABLE width="1000" align="center">'
                                                         f'<TR><TD><A href="{COL}">政府信息公开年报</A></TD></TR>'
                                                         '</TABLE>'))

    @staticmethod
    def old_body(html: str) -> str:
        """The kit's plain body in the old template's UPPERCASE tags and FONT faces."""
        return (html.replace("<p><strong>", "<P><FONT face=黑体>").replace("</strong></p>", "</FONT></P>")
                .replace("<p>", "<P><FONT face=仿宋_GB2312>").replace("</p>", "</FONT></P>")
                .replace("<table ", "<TABLE ").replace("</table>", "</TABLE>").replace("<tr>", "<TR>")
                .replace("</tr>", "</TR>").replace("<td", "<TD").replace("</td>", "</TD>"))

    def records(self, start: int, end: int) -> str:
        return "".join('<record><![CDATA[<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>'
                       f'<td class="bt_link"><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a></td>'
                       f'<td width="90" class="bt_time">{d}</td></tr></table>]]></record>'
                       for d, h, t in self.rows[start - 1:end])

    def column(self) -> str:
        total = len(self.rows)
        webname = quote(OWNER)
        nextgroup = (f'<a href="{PROXY}?page=1&appid=1&webid={WEBID}&path=/&columnid={COLID}&unitid={UNIT}'
                     f'&webname={webname}&permissiontype=0"></a>')
        inner = ('<TABLE width="1000" align="center"><TR><TD class="pos">当前位置：<A href="/">首页</A> &gt; '
                 f'政府信息公开年报</TD></TR><TR><TD>'
                 f'<div id="{UNIT}"><script type="text/xml"><datastore><nextgroup><![CDATA['
                 f'{nextgroup}]]></nextgroup><recordset>{self.records(1, PER)}</recordset></datastore></script>'
                 "</div><script type=\"text/javascript\">"
                 f"$('#{UNIT}').jpage({{ dataStore: $('#{UNIT} script[type=\"text/xml\"]'), perPage: {PER}, "
                 f"totalRecord: {total}, groupSize: 3, proxyUrl: '{PROXY}', ajaxParam: {{col:1, appid:1, "
                 f"webid:{WEBID}, path:'/', columnid:{COLID}, sourceContentType:1, unitid:{UNIT}, "
                 f"webname:'{OWNER}', permissiontype:0}} }});</script></TD></TR></TABLE>")
        return frame(f"{OWNER} 政府信息公开年报", inner, '<META name="ColumnName" content="政府信息公开年报">')

    def proxy(self, request: Request) -> Response:
        params = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}
        params.update({k: v[0] for k, v in request.query.items()})
        total = len(self.rows)
        pages = -(-total // PER)
        if params.get("columnid") != str(COLID) or params.get("unitid") != str(UNIT):
            return Response(200, b"<datastore/>", "text/xml; charset=utf-8")
        try:
            if "startrecord" in params:
                start = max(1, int(params["startrecord"]))
                end = int(params.get("endrecord", str(start + PER - 1)))
            else:
                k = max(1, int(params.get("page", "1")))
                start, end = (k - 1) * PER + 1, k * PER
        except ValueError:
            start, end = 1, PER
        xml = (f"<datastore><totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage><recordset>"
               f"{self.records(start, min(end, total))}</recordset></datastore>")
        return Response(200, xml.encode(), "text/xml; charset=utf-8")

    def article(self, title: str, date: str, source: str, meta_source: str, content: str) -> str:
        aid = self.next_id(5, 60)
        y, m, d = (int(p) for p in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COLID}_{aid}.html"
        self.rows.append((date, path, title))
        extra = (f'<META name="ArticleTitle" content="{escape(title)}"><META name="PubDate" content="{date} 16:41">'
                 f'<META name="ContentSource" content="{escape(meta_source)}">')
        inner = ('<TABLE width="1000" align="center"><TR><TD class="pos">当前位置：<A href="/">首页</A> &gt; '
                 f'<A href="{COL}">政府信息公开年报</A></TD></TR><TR><TD class="title" align="center">{esc(title)}</TD>'
                 f'</TR><TR><TD align="center">发布日期：{date}　信息来源：{esc(source)}　浏览次数：<SPAN id="c">'
                 '</SPAN></TD></TR><TR><TD><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin-->'
                 '<META name=ContentStart>'
                 f'<DIV id=zoom>{content}</DIV><META name=ContentEnd><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->'
                 '</TD></TR></TABLE>')
        return self.put(HOST, path, frame(f"{title}_{OWNER}", inner, extra))


PORTALS = [HanwebHengchuan]
