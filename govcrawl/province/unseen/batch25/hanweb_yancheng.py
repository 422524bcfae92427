"""漹城县 (www.yancheng.gov.test): an old Hanweb (大汉 JCMS) county column whose jpage settings are plain
``var`` declarations read by a shared script (no ``.jpage({...})`` literal), whose data proxy is the
older ``/module/jpage/dataproxy.jsp`` path, whose records are each a one-row ``<table>``, and whose PDF
sits under the oldest ``/jcms/jcms_files/…/attach/0/<hex>.pdf`` path.

``/col/col2290417/index.html``: ``<div id="2290417"><script type="text/xml"><datastore><recordset>``
holding the first five records (no ``<nextgroup>``), each ``<record><![CDATA[<table width="100%"
class="yc-rec"><tr><td class="dot">·</td><td><a href="/art/YYYY/M/D/art_2290417_<id>.html" target="_blank"
title="full title">title</a></td><td class="bt_time" width="90">YYYY-MM-DD</td></tr></table>]]></record>``,
then ``<script>var columnid = "2290417"; var unitid = "76502"; var webid = "35"; var webname = "漹城县人民
政府"; var perPage = 5; var totalRecord = 12; var proxyUrl = "/module/jpage/dataproxy.jsp";</script>``
and ``<script src="/module/jpage/jpage.js">`` (served; so is the articles' hit counter
``/module/visitcount/articlehits.jsp``).  The proxy answers GET ``?page=N&appid=1&webid=35&
path=/&columnid=2290417&unitid=76502&webname=…&permissiontype=0`` and POST ``?startrecord=&endrecord=&
perpage=`` (form fields ``columnid`` / ``unitid``) with ``<datastore><totalrecord>12</totalrecord><totalpage>
3</totalpage><recordset>…``; another column or unit gets an empty datastore.  The newer
``/module/web/jpage/dataproxy.jsp`` path is 404 here.  Articles: ``/art/YYYY/M/D/art_2290417_<id>.html``
(month/day unpadded), body ``div#zoom`` between ``<!--ZJEG_RSS.content.begin-->`` / ``<!--ZJEG_RSS.content.
end-->`` markers, a 信息来源 / 发布日期 line; the 2020 county report's body is an ``<IMG>``-free stub with its
PDF at ``/jcms/jcms_files/jcms1/web35/site/attach/0/<32 hex>.pdf``.  The 水利局's title says "县水利局…",
its full name in 信息来源 and ``<meta name="source">``.

Reports (8): 漹城县人民政府 2019–2024 (2019 old template; 2020 a PDF), 漹城县水利局 2024, 漹城县河口乡人民政府
2023.  Decoys (3): 漹城县2024年度政府信息公开工作年度报告发布公告, 漹城县2023年国民经济和社会发展统计公报,
漹城县2023年政府信息公开工作年度报告解读.  Twelfth row: an ordinary 公开目录 notice (not a report).
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch25._site import Site, esc
from govcrawl.province.unseen.kit import PDF

HOST = "www.yancheng.gov.test"
SITE = "yancheng-gov"
OWNER = "漹城县人民政府"
COL = "2290417"
UNIT = "76502"
WEBID = "35"
PER = 5
CODE = "9875030002"


def frame(title: str, inner: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name='
        f'"SiteName" content="{OWNER}"><meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title>'
        '</head><body><div class="yc-top"><span>今天是：<script>do'
        'cument.write(new Date().toLocaleDateString())</script>'
        '</span><a href="javascript:SetHome(this,window.location)">设为首页</a> <a href="javascript:AddFavorite()">加入'
        '收藏</a> <a href="javascript:;" onclick="kqNav()">无障碍浏览</a></div><div class="yc-head"><img src="/images/'
        'yc_logo.png" alt="漹城县人民政府"></div><div class="yc-nav"><a href="/">网站首页</a><a href="/col/col2290001/'
        'index.html">政务公开</a><a href="/col/col2290002/index.html">网上办事</a><a href="/col/col2290003/index.html">'
        f'公众参与</a></div>{inner}<div class="yc-bottom">主办单位：漹城县人民政府办公室　地址：漹城县城关镇人民路1号　'
        f'<br>网站标识码：{CODE}　<a href="http://beian.miit.gov.cn" target="_blank">未ICP备11020337号</a>　技术支持：'
        '大汉网络<script id="_jiucuo_" sitecode="9875030002" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'
        '</div></body></html>'
    )


def record(d: str, href: str, t: str) -> str:
    return (f'<record><![CDATA[<table width="100%" class="yc-rec" cellspacing="0" cellpadding="0"><tr><td class="dot">'
            f'·</td><td><a href="{href}" target="_blank" title="{esc(t)}">{esc(t)}</a></td><td class="bt_time" '
            f'width="90">{d}</td></tr></table>]]></record>')


class HanwebYancheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 202_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        office = "漹城县人民政府办公室"
        for year, day in ((2019, 31), (2021, 21), (2022, 25), (2023, 19), (2024, 24)):
            title = f"漹城县人民政府{year}年政府信息公开工作年度报告"
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, title)
            self.report(SITE, self.article(title, date, office, self.body(doc, word=year < 2021)), doc)
        title = "漹城县人民政府2020年政府信息公开工作年度报告"
        doc = self.doc(OWNER, 2020, "2021-02-02", title)
        path = f"/jcms/jcms_files/jcms1/web{WEBID}/site/attach/0/{self.rng.randrange(16**32):032x}.pdf"
        stub = (f'<p>《{esc(title)}》全文请点击下载：</p><p><a href="{path}" target="_blank">{esc(title)}.pdf</a></p>')
        url = self.article(title, "2021-02-02", office, stub)
        self.report(SITE, url, doc, media_type=PDF, report_url=self.attach(HOST, path, doc, "pdf"))
        doc = self.doc("漹城县水利局", 2024, "2025-01-20", "县水利局2024年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2025-01-20", "漹城县水利局", self.body(doc)), doc)
        doc = self.doc("漹城县河口乡人民政府", 2023, "2024-01-26", "漹城县河口乡人民政府2023年政府信息公开工作年度报告")
        self.report(SITE, self.article(doc.title, "2024-01-26", "漹城县河口乡人民政府", self.body(doc)), doc)
        for title, year, date in (("漹城县2024年度政府信息公开工作年度报告发布公告", 2024, "2025-01-24"),
                                  ("漹城县2023年国民经济和社会发展统计公报", 2023, "2024-03-20"),
                                  ("漹城县2023年政府信息公开工作年度报告解读", 2023, "2024-01-22")):
            unit = "漹城县统计局" if "统计" in title else office
            self.decoy(SITE, self.article(title, date, unit, self.decoy_body(title, OWNER, year)), title)
        notice = "漹城县政府信息公开目录更新说明"
        self.article(notice, "2024-06-12", office, "<p>根据工作需要，本县政府信息公开目录已于近日完成更新调整。</p>")
        self.rows.sort(reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.put(HOST, "/module/jpage/jpage.js", "/* jpage for JCMS 2.x */\n(function(){var g=window;"
                 "g.jpageUrl=function(p){return g.proxyUrl+'?page='+p+'&appid=1&webid='+g.webid+'&path=/&columnid='"
                 "+g.columnid+'&unitid='+g.unitid+'&webname='+encodeURIComponent(g.webname)+'&permissiontype=0';};})();",
                 "application/javascript")
        self.route(HOST, "/module/jpage/dataproxy.jsp", self.proxy)
        self.route(HOST, "/module/visitcount/articlehits.jsp",
                   lambda request: Response(200, b"document.write('128');", "application/javascript"))
        self.put(HOST, "/images/yc_logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        for col, name in (("2290001", "政务公开"), ("2290002", "网上办事"), ("2290003", "公众参与")):
            self.put(HOST, f"/col/col{col}/index.html", frame(f"{name}_漹城县人民政府",
                                                              f'<div class="yc-main"><h2>{name}'
                     f'</h2><ul><li><a href="/col/col{COL}/index.html">政府信息公开年报</a></li></ul></div>'))
        self.put(HOST, "/", frame("漹城县人民政府",
                                  f'<div class="yc-main"><a href="/col/col{COL}/index.html">政府信息公开'
                                                   '年报</a></div>'))

    def article(self, title: str, date: str, unit: str, content: str) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{self.next_id()}.html"
        inner = (f'<div class="yc-main"><div class="yc-loc">当前位置：<a href="/">首页</a> &gt; <a href="/col/col{COL}/'
                 f'index.html">政府信息公开年报</a></div><table class="yc-art" width="100%"><tr><td class="title">'
                 f'{esc(title)}</td></tr><tr><td class="info"'
                 f'>信息来源：{esc(unit)}　发布日期：{date}　访问次数：<script '
                 f'src="/module/visitcount/articlehits.jsp?colid={COL}&artid=0"></script>　字号：[ <a href="javascript:'
                 'doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a> ]'
                 '</td></tr><tr><td><div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin-->'
                 f'{content}<!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div></td></tr></table><div class='
                 '"yc-print">【<a href="javascript:window.print()">'
                 '打印本页</a>】【<a href="javascript:window.close()">关闭'
                 '窗口</a>】</div></div>')
        self.rows.append((date, path, title))
        meta = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="PubDate" content="{date}"><meta name='
                f'"source" content="{esc(unit)}"><meta name="ContentSource" content="{esc(unit)}">')
        self.put(HOST, path, frame(f"漹城县人民政府 政府信息公开年报 {title}", inner, meta))
        return f"http://{HOST}{path}"

    def column(self) -> str:
        first = "".join(record(d, h, t) for d, h, t in self.rows[:PER])
        inner = (f'<div class="yc-main"><div class="yc-loc">当前位置：<a href="/">首页</a> &gt; 政府信息公开年报</div>'
                 f'<div class="yc-coltitle">政府信息公开年报</div><div id="{COL}"><script type="text/xml"><datastore>'
                 f'<recordset>{first}</recordset></datastore></script></div><script>var columnid = "{COL}"; var unitid '
                 f'= "{UNIT}"; var webid = "{WEBID}"; var webname = "{OWNER}"; var perPage = {PER}; var totalRecord = '
                 f'{len(self.rows)}; var proxyUrl = "/module/jpage/dataproxy.jsp";</script><script src="/module/jpage/'
                 'jpage.js"></script></div>')
        meta = '<meta name="ColumnName" content="政府信息公开年报"><meta name="ColumnType" content="政府信息公开年报">'
        return frame("漹城县人民政府 政府信息公开年报", inner, meta)

    def proxy(self, request: Request) -> Response:
        form: dict[str, str] = {}
        if request.body:
            for part in request.body.decode("utf-8", "replace").split("&"):
                key, _, value = part.partition("=")
                form[key] = value

        def arg(name: str) -> str:
            return request.param(name) or form.get(name, "")

        total = len(self.rows)
        pages = -(-total // PER)
        if arg("columnid") not in ("", COL) or arg("unitid") not in ("", UNIT):
            chosen: list[tuple[str, str, str]] = []
            total = pages = 0
        elif arg("startrecord"):
            start = max(int(arg("startrecord") or 1), 1)
            end = int(arg("endrecord") or start + PER - 1)
            chosen = self.rows[start - 1:end]
        else:
            page = max(int(arg("page") or 1), 1)
            chosen = self.rows[(page - 1) * PER:page * PER]
        xml = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{total}</totalrecord><totalpage>{pages}'
               f'</totalpage><recordset>{"".join(record(d, h, t) for d, h, t in chosen)}</recordset></datastore>')
        return Response(200, xml.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebYancheng]
