"""沤阳县人民政府 (www.ouyang.gov.test): a Hanweb JCMS county whose 年报 column page carries *two* jpage widgets side by
side — 县政府年报 (``columnid=1520417``, ``unitid=61834``) and 部门及乡镇年报 (``columnid=1520418``,
``unitid=61835``) — each with its own embedded first page, its own ``.jpage({...})`` literal and its own total, over
one shared POST data proxy.

Start URL: the column ``/col/col1520417/index.html``.  Each widget is ``<div id="<unitid>">`` holding a
``<script type="text/xml"><datastore><recordset>`` of CDATA records
``<div class="nb_row"><span class="nb_d">YYYY-MM-DD</span><a href="…" title="full title"
target="_blank">title</a></div>``
(four per page, newest first) followed by ``$('#<unitid>').jpage({dataStore: …, perPage: 4, totalRecord: N,
proxyUrl: '/module/web/jpage/dataproxy.jsp', ajaxParam: {col: 1, appid: 1, webid: 3126, path: '/', columnid: …,
sourceContentType: 1, unitid: …, webname: '沤阳县人民政府', permissiontype: 0}})``.  The proxy answers POST
``/module/web/jpage/dataproxy.jsp?startrecord=S&endrecord=E&perpage=4`` with the form body above (GET with the same
fields in the query, ``page=N`` or a record window, is answered too) by ``<datastore><totalrecord>…</totalrecord>
<totalpage>…</totalpage><recordset>…`` of the records in the window.  Without ``columnid`` it answers an empty
datastore.  ``/col/col1520418/index.html`` is the 部门 column's own page with the same 部门 widget.

Articles: 县政府 ones classic ``/art/YYYY/M/D/art_1520417_<id>.html``; 部门 ones JPaaS
``/col/col1520418/art/YYYY/art_<32 hex>.html``.  Body ``div#zoom`` between ``<!--<$[信息内容]>begin-->`` /
``<META name=ContentStart>`` markers; an info line ``发布日期：… 信息来源：… 浏览次数：<span id="hits"></span>``.
Reports (8): 沤阳县人民政府 2020 (Word-pasted), 2022, 2024 and 2023 (a short body; the PDF through
``/module/download/downfile.jsp?classid=0&filename=<32 hex>.pdf&showname=…`` linked inside ``#zoom``);
沤阳县发展和改革局 2023 ("县发改局…"), 沤阳县教育局 2021 ("县教育局…"), 沤阳县城关镇人民政府 2024 ("城关镇…"),
沤阳县医疗保障局 2019 ("县医保局…") — 信息来源 and ``<meta name="source">`` name the full unit.
Decoys (3): 沤阳县2024年政务公开工作要点, 关于2023年度政府信息公开工作年度报告的公告, 关于报送2021年度政府信息公开工作
年度报告的函.  Chrome: top links (无障碍, 适老模式, 繁體), header, nav, footer with 主办单位, 网站标识码, ICP,
公网安备, jiucuo script.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc

HOST = "www.ouyang.gov.test"
SITE = "ouyang-gov"
OWNER = "沤阳县人民政府"
FGJ = "沤阳县发展和改革局"
JYJ = "沤阳县教育局"
TOWN = "沤阳县城关镇人民政府"
YB = "沤阳县医疗保障局"
CODE = "9885020012"
BJ, BM = "1520417", "1520418"
UNIT = {BJ: "61834", BM: "61835"}
PROXY = "/module/web/jpage/dataproxy.jsp"
PER = 4


def frame(title: str, inner: str, extra: str = "") -> str:
    return ('<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="SiteName" content="{OWNER}"><meta name="SiteDomain" content="{HOST}">'
            f'<meta name="SiteIDCode" content="{CODE}">{extra}<title>{esc(title)}</title></head><body>'
            '<div class="tool"><a href="javascript:;" id="toolbarSwitch">无障碍</a> '
            '<a href="javascript:;">适老模式</a> '
            '<a href="javascript:s2tt()">繁體</a></div><div class="header">'
            '<img src="/images/logo.png" alt="沤阳县人民政府">'
            '</div><div class="nav"><a href="/">首页</a> <a href="/col/col1520401/index.html">政务公开</a> '
            f'<a href="/col/col{BJ}/index.html">政府信息公开年报</a></div>{inner}<div class="footer">'
            '<p>主办单位：沤阳县人民政府办公室　地址：沤阳县人民路1号　联系电话：0000-6612345</p>'
            f'<p>网站标识码：{CODE}　未ICP备18024680号　未公网安备98850202000017号</p>'
            f"<script id=\"_jiucuo_\" sitecode='{CODE}' src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"
            '</div></body></html>')


class HanwebOuyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 300_700

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: dict[str, list[tuple[str, str, str]]] = {BJ: [], BM: []}
        for year, date in ((2020, "2021-01-28"), (2022, "2023-01-20"), (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"{OWNER}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(BJ, doc.title, date, OWNER, self.body(doc, word=year == 2020)), doc)
        date = "2024-01-29"
        doc = self.doc(OWNER, 2023, date, f"{OWNER}2023年政府信息公开工作年度报告")
        hexname = f"{self.rng.getrandbits(128):032x}.pdf"
        pdf_path = "/module/download/downfile.jsp"
        self.route(HOST, pdf_path, self.download({hexname: self.attach(HOST, f"/_files/{hexname}", doc,
                                                                                      "pdf")}))
        link = f"{pdf_path}?classid=0&filename={hexname}&showname={quote(doc.title + '.pdf')}"
        url = self.article(BJ, doc.title, date, OWNER,
                           f'<p>{esc(doc.title)}全文请点击下载：</p><p>'
                           f'<a href="{esc(link)}">{esc(doc.title)}.pdf</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{HOST}{link}")
        for agency, year, date, title in ((FGJ, 2023, "2024-01-26", "县发改局2023年政府信息公开工作年度报告"),
                                          (JYJ, 2021, "2022-01-21", "县教育局2021年政府信息公开工作年度报告"),
                                          (TOWN, 2024, "2025-01-27", "城关镇2024年政府信息公开工作年度报告"),
                                          (YB, 2019, "2020-01-17", "县医保局2019年政府信息公开工作年度报告")):
            doc = self.doc(agency, year, date, title)
            self.report(SITE, self.article(BM, title, date, agency, self.body(doc)), doc)
        for col, title, year, date in ((BJ, "沤阳县2024年政务公开工作要点", 2024, "2024-04-10"),
                                       (BJ, "关于2023年度政府信息公开工作年度报告的公告", 2023, "2024-01-30"),
                                       (BM, "关于报送2021年度政府信息公开工作年度报告的函", 2021, "2021-12-20")):
            self.decoy(SITE, self.article(col, title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        for rows in self.rows.values():
            rows.sort(reverse=True)
        self.route(HOST, PROXY, self.proxy)
        self.put(HOST, f"/col/col{BJ}/index.html", frame(f"{OWNER} 政府信息公开年报", self.widget(BJ, "县政府年报") +
                                                          self.widget(BM, "部门及乡镇年报"),
                                                          '<meta name="ColumnName" content="政府信息公开年报">'))
        self.put(HOST, f"/col/col{BM}/index.html", frame(f"{OWNER} 部门及乡镇年报", self.widget(BM, "部门及乡镇年报")))
        self.put(HOST, "/col/col1520401/index.html", frame(f"{OWNER} 政务公开", '<div class="main">'
                                                           f'<a href="/col/col{BJ}/index.html">'
                                                           '政府信息公开年报</a></div>'))
        self.put(HOST, "/index.html", frame(OWNER, '<div class="main">'
                                                   f'<a href="/col/col{BJ}/index.html">年报</a></div>'))
        self.put(HOST, "/images/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")

    def download(self, files: dict[str, str]):  # type: ignore[no-untyped-def]
        def serve(request: Request) -> Response:
            target = files.get(request.param("filename"))
            if target is None:
                return Response(404, b"<html><body>file not found</body></html>", "text/html; charset=utf-8")
            path = target.split(HOST, 1)[1]
            return self.handle(Request("GET", HOST, path, {}, request.headers))
        return serve

    def record(self, row: tuple[str, str, str]) -> str:
        d, h, t = row
        return (f'<record><![CDATA[<div class="nb_row"><span class="nb_d">{d}</span><a href="{h}" title="{esc(t)}" '
                f'target="_blank">{esc(t)}</a></div>]]></record>')

    def widget(self, col: str, name: str) -> str:
        unit = UNIT[col]
        rows = self.rows[col]
        first = "".join(self.record(r) for r in rows[:PER])
        return (f'<div class="lm"><div class="lm_t">{name}</div><div id="{unit}"><script type="text/xml"><datastore>'
                f'<recordset>{first}</recordset></datastore></script><script type="text/javascript">'
                f"$('#{unit}').jpage({{dataStore: $('#{unit} script[type=\"text/xml\"]'), perPage: {PER}, "
                f"totalRecord: {len(rows)}, proxyUrl: '{PROXY}', ajaxParam: {{col: 1, appid: 1, webid: 3126, "
                f"path: '/', columnid: {col}, sourceContentType: 1, unitid: {unit}, webname: '{OWNER}', "
                "permissiontype: 0}, barPosition: 'bottom'});</script></div></div>")

    def proxy(self, request: Request) -> Response:
        fields = {k: v[0] for k, v in request.query.items()}
        if request.body:
            fields.update({k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()})
        rows = self.rows.get(fields.get("columnid", ""), [])
        try:
            per = int(fields.get("perpage", PER))
            if "startrecord" in fields:
                start = int(fields["startrecord"])
                end = int(fields.get("endrecord", start + per - 1))
            else:
                page = int(fields.get("page", "1"))
                start, end = (page - 1) * per + 1, page * per
        except ValueError:
            return Response(400, b"bad request", "text/plain")
        total_pages = -(-len(rows) // max(per, 1))
        body = "".join(self.record(r) for r in rows[max(start, 1) - 1:end])
        xml = (f'<?xml version="1.0" encoding="UTF-8"?><datastore><totalrecord>{len(rows)}</totalrecord>'
               f'<totalpage>{total_pages}</totalpage><recordset>{body}</recordset></datastore>')
        return Response(200, xml.encode(), "text/xml; charset=utf-8")

    def article(self, col: str, title: str, date: str, source: str, content: str) -> str:
        y, m, d = (int(x) for x in date.split("-"))
        if col == BJ:
            path = f"/art/{y}/{m}/{d}/art_{BJ}_{self.next_id(20, 60)}.html"
        else:
            self.next_id(20, 60)
            path = f"/col/col{BM}/art/{y}/art_{self.rng.getrandbits(128):032x}.html"
        self.rows[col].append((date, path, title))
        extra = (f'<meta name="ArticleTitle" content="{esc(title)}"><meta name="pubDate" content="{date}">'
                 f'<meta name="source" content="{esc(source)}"><meta name="ContentSource" content="{esc(source)}">')
        inner = (f'<div class="main"><div class="dqwz">当前位置：<a href="/">首页</a> &gt; '
                 f'<a href="/col/col{col}/index.html">'
                 f'政府信息公开年报</a></div><div class="art_title">{esc(title)}</div><div class="art_info">发布日期：'
                 f'{date}　信息来源：{esc(source)}　浏览次数：<span id="hits"></span></div><div id="zoom">'
                 '<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">'
                 f'{content}<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end--></div>'
                 '<div class="art_tool"><a href="javascript:window.print()">打印本页</a> '
                 '<a href="javascript:window.close()">关闭窗口</a></div></div>')
        return self.put(HOST, path, frame(f"{OWNER} {title}", inner, extra))


PORTALS = [HanwebOuyang]
