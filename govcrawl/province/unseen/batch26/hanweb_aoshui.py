"""滶水县 (www.aoshui.gov.test, 信息公开 on xxgk.aoshui.gov.test): a Hanweb (大汉 JCMS) county whose 年报
column lives on the separate 信息公开 host while its articles live on www, whose ``<datastore>`` island
holds the first four of twelve records and a ``<nextgroup>`` naming the data proxy with a *record window*
(``startrecord=5&endrecord=16&perpage=4``), and whose PDF comes from the old ``/module/download/down.jsp?
i_ID=<id>&colID=<col>`` download servlet.

``http://xxgk.aoshui.gov.test/col/col75302/index.html``: ``<div id="240381"><script type="text/xml">
<datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?startrecord=5&endrecord=16&perpage=4&
col=1&appid=1&webid=26&path=/&columnid=75302&sourceContentType=1&unitid=240381&webname=滶水县人民政府&
permissiontype=0"></a>]]></nextgroup><recordset><record><![CDATA[<div class="as-item"><a href="http://www.
aoshui.gov.test/art/2025/1/20/art_75302_<id>.html" target="_blank" title="…">…</a><p><span>发布单位：…
</span><span>2025-01-20</span></p></div>]]></record>…</recordset></datastore></script>`` then
``$('#240381').jpage({perPage: 4, totalRecord: 12, groupSize: 3, proxyUrl: '/module/web/jpage/dataproxy.jsp',
ajaxParam: {…}})``.  The proxy on xxgk answers GET or POST (query and/or form fields), either a
``startrecord``/``endrecord`` window or ``page=N``, with ``<datastore><totalrecord>12</totalrecord>
<totalpage>3</totalpage><recordset>…``; another column or unit gives an empty datastore.  Records link
absolute www URLs.  Articles ``/art/YYYY/M/D/art_75302_<id>.html`` (month and day unpadded) on www: a
``table.xxgk_table`` 信息索引 (索引号 | 发布机构 | 发布日期 | 公开方式), the title, body in ``div#zoom``.  The
交通运输局's title abbreviates it ("县交通运输局2023年…"): its full name is in 发布机构, the record's 发布单位
and ``ContentSource``.  The county's 2022 report is a stub whose PDF is ``http://www.aoshui.gov.test/module/
download/down.jsp?i_ID=<id>&colID=75302`` (``Content-Disposition: attachment``), linked in ``#zoom``.

Reports (9): 滶水县人民政府 2019–2024 (2019–2020 old template; 2022 a PDF), 滶水县财政局 2024, 滶水县交通运输局
2023, 滶水县龙潭乡人民政府 2023.  Decoys (3): 滶水县2025年政务公开工作要点, 滶水县人民政府政府信息公开指南（2024
年修订）, 滶水县2024年统计年报.
"""

from __future__ import annotations

import random
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc

WWW = "www.aoshui.gov.test"
XXGK = "xxgk.aoshui.gov.test"
SITE = "aoshui-gov"
OWNER = "滶水县人民政府"
OFFICE = "滶水县人民政府办公室"
COL = "75302"
UNIT = "240381"
PER = 4
CODE = "9876030004"
PROXY = "/module/web/jpage/dataproxy.jsp"
PARAMS = (f"col=1&appid=1&webid=26&path=/&columnid={COL}&sourceContentType=1&unitid={UNIT}&webname=滶水县人民政府"
          "&permissiontype=0")
WWW_CHROME = (("/", "首页"), ("/col/col75101/index.html", "政务动态"), ("/col/col75140/index.html", "政务服务"),
              ("/col/col75177/index.html", "互动交流"), ("/col/col75190/index.html", "走进滶水"))
XXGK_CHROME = (("/", "政府信息公开"), ("/col/col75296/index.html", "政府信息公开指南"),
               ("/col/col75297/index.html", "政府信息公开制度"), ("/col/col75298/index.html", "法定主动公开内容"),
               ("/col/col75301/index.html", "依申请公开"))


def frame(title: str, inner: str, extra: str = "") -> str:
    nav = "".join(f'<a href="http://{WWW}{p}">{n}</a>' for p, n in WWW_CHROME)
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=utf-8" /><meta name="SiteName" content="{OWNER}" /><meta name="SiteDomain" '
        f'content="{WWW}" /><meta name="SiteIDCode" content="{CODE}" />{extra}<title>{esc(title)}</title>'
        '<script type="text/javascript" src="/script/jquery.js"></script></head><body><div class="as-top">'
        '<span>今天是：<script>document.write(new Date().toLocaleDateString())</script></span><a href="javascript:'
        ';" id="cniil_wza">无障碍阅读</a><a href="javascript:;" class="as-elder">长者版</a><a href="http://'
        f'{WWW}/">网站首页</a></div><div class="as-banner"><img src="http://{WWW}/images/as_logo.png" alt="滶水县人'
        f'民政府">'
        f'</div><div class="as-nav">{nav}<a href="http://{XXGK}/">政府信息公开</a></div>{inner}<div class="as-foot">'
        '<p>主办：滶水县人民政府办公室　技术支持：南京大汉网络有限公司</p><p>网站标识码：'
        f'{CODE}　<a href="https://beian.miit.gov.cn/">未ICP备12007303号</a>　未公网安备 98760302000117号</p>'
        '<p><span id="_ideConac"></span><span id="_span_jiucuo"></span></p></div></body></html>'
    )


class HanwebAoshui(Site):
    hosts = (WWW, XXGK)
    site_ids = (SITE,)
    first_id = 212_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, day in ((2019, 29), (2020, 21), (2021, 27), (2023, 25), (2024, 23)):
            date = f"{year + 1}-01-{day}"
            doc = self.doc(OWNER, year, date, f"滶水县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.article(doc.title, date, OFFICE, self.body(doc, word=year < 2021)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-30", "滶水县人民政府2022年政府信息公开工作年度报告")
        aid = self.next_id()
        pdf = f"/module/download/down.jsp?i_ID={aid + 1}&colID={COL}"
        content = (f"<p>{esc(doc.title)}已经县人民政府审定，现予公开，全文见附件。</p><p>附件：<a href=\"{esc(pdf)}\" "
                   f'target="_blank">{esc(doc.title)}.pdf</a></p>')
        url = self.article(doc.title, "2023-01-30", OFFICE, content, aid)
        self.attach(WWW, "/_down/0", doc, "pdf", quote(doc.title + ".pdf"))
        self.file = self.dynamic.pop((WWW, "/_down/0"))
        self.file_id = str(aid + 1)
        self.route(WWW, "/module/download/down.jsp", self.download)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=f"http://{WWW}{pdf}")
        for unit, year, date, title in (
                ("滶水县财政局", 2024, "2025-01-17", "滶水县财政局2024年度政府信息公开工作年度报告"),
                ("滶水县交通运输局", 2023, "2024-01-19", "县交通运输局2023年政府信息公开工作年度报告"),
                ("滶水县龙潭乡人民政府", 2023, "2024-01-23", "滶水县龙潭乡人民政府2023年政府信息公开工作年度报告")):
            doc = self.doc(unit, year, date, title)
            self.report(SITE, self.article(title, date, unit, self.body(doc)), doc)
        for title, year, date in (("滶水县2025年政务公开工作要点", 2025, "2025-03-18"),
                                  ("滶水县人民政府政府信息公开指南（2024年修订）", 2024, "2024-05-08"),
                                  ("滶水县2024年统计年报", 2024, "2025-02-26")):
            self.decoy(SITE, self.article(title, date, OFFICE, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        for p, n in WWW_CHROME:
            self.put(WWW, p, frame(f"{n}_滶水县人民政府", f'<div class="as-main"><h2>{n}</h2><p><a href="http:/'
                                                          f'/{XXGK}/">'
                                   '政府信息公开</a></p></div>'))
        links = "".join(f'<li><a href="{p}">{n}</a></li>' for p, n in XXGK_CHROME[1:])
        for p, n in XXGK_CHROME:
            self.put(XXGK, p, frame(f"{n}_滶水县人民政府", f'<div class="as-main"><ul class="as-gkmenu">{links}<li><a '
                                    f'href="/col/col{COL}/index.html">政府信息公开年报</a></li></ul><h2>{n}</h2></di'
                                    f'v>'))
        self.put(XXGK, f"/col/col{COL}/index.html", self.column(links))
        self.route(XXGK, PROXY, self.proxy)
        hits = f"document.write('{self.rng.randint(80, 900)}');".encode()
        self.route(WWW, "/module/visitcount/articlehits.jsp",
                   lambda request: Response(200, hits, "application/javascript"))

    def download(self, request: Request) -> Response:
        if request.param("i_ID") == self.file_id and request.param("colID") == COL:
            return self.file(request)
        return Response(200, '<script>alert("文件不存在或已删除！");history.back();</script>'.encode())

    def article(self, title: str, date: str, unit: str, content: str, aid: int = 0) -> str:
        aid = aid or self.next_id()
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{aid}.html"
        self.rows.append((date, f"http://{WWW}{path}", title, unit))
        meta = (f'<meta name="ColumnName" content="政府信息公开年报" /><meta name="ArticleTitle" content='
                f'"{esc(title)}" />'
                f'<meta name="PubDate" content="{date} 09:00" /><meta name="ContentSource" content="{esc(unit)}" />'
                f'<meta name="Maketime" content="{date} 08:41:12" />')
        info = (f'<table class="xxgk_table" width="100%"><tr><th>索引号：</th><td>{CODE[:6]}/{y}-{aid:06d}</td><th>'
                f'发布机构：</th><td>{esc(unit)}</td></tr><tr><th>发布日期：</th><td>{date}</td><th>公开方式：</th><td>'
                '主动公开</td></tr></table>')
        inner = (f'<div class="as-main"><div class="as-pos">当前位置：<a href="http://{WWW}/">首页</a> &gt; <a href='
                 f'"http://'
                 f'{XXGK}/">政府信息公开</a> &gt; <a href="http://{XXGK}/col/col{COL}/index.html">政府信息公开年报</a>'
                 f'</div>{info}<div class="as-title">{esc(title)}</div><div class="as-sub">浏览次数：<script src="/m'
                 f'odule/'
                 f'visitcount/articlehits.jsp?colid={COL}&artid={aid}"></script></div><div id="zoom">{content}</div>'
                 '<div class="as-tool"><a href="javascript:window.print()">[打印本页]</a><a href="javascript:window.'
                 'close'
                 '()">[关闭窗口]</a></div></div>')
        return self.put(WWW, path, frame(f"{title}_滶水县人民政府", inner, meta))

    @staticmethod
    def record(d: str, h: str, t: str, u: str) -> str:
        return (f'<record><![CDATA[<div class="as-item"><a href="{h}" target="_blank" title="{esc(t)}">{esc(t)}</a><p>'
                f'<span>发布单位：{esc(u)}</span><span>{d}</span></p></div>]]></record>')

    def column(self, links: str) -> str:
        records = "".join(self.record(*r) for r in self.rows[:PER])
        nextgroup = f'<a href="{PROXY}?startrecord={PER + 1}&endrecord={PER * 4}&perpage={PER}&{PARAMS}"></a>'
        inner = (f'<div class="as-main"><div class="as-left"><h3>政府信息公开</h3><ul class="as-gkmenu">{links}<li c'
                 f'lass='
                 f'"on"><a href="/col/col{COL}/index.html">政府信息公开年报</a></li></ul></div><div class="as-right"'
                 f'><div '
                 f'class="as-pos">当前位置：<a href="http://{WWW}/">首页</a> &gt; <a href="/">政府信息公开</a> &gt; '
                 f'政府信息'
                 f'公开年报</div><div id="{UNIT}"><script type="text/xml"><datastore><nextgroup><![CDATA'
                 f'[{nextgroup}]]>'
                 f'</nextgroup><recordset>{records}</recordset></datastore></script><script type="text/javascript">'
                 f"$('#{UNIT}').jpage({{perPage: {PER}, totalRecord: {len(self.rows)}, groupSize: 3, barPosition: "
                 f"'bottom', proxyUrl: '{PROXY}', ajaxParam: {{col: 1, appid: 1, webid: 26, path: '/', "
                 f"columnid: {COL}, "
                 f"sourceContentType: 1, unitid: {UNIT}, webname: '滶水县人民政府', permissiontype: "
                 f"0}}}});</script></div>"
                 '</div></div>')
        meta = ('<meta name="ColumnName" content="政府信息公开年报" />'
                '<meta name="ColumnType" content="政府信息公开年报" />')
        return frame("政府信息公开年报_滶水县人民政府", inner, meta)

    def proxy(self, request: Request) -> Response:
        query = {k: v[0] for k, v in request.query.items()}
        body = request.body.decode("utf-8", "replace") if request.body else ""
        query.update({k: v[0] for k, v in parse_qs(body).items()})
        rows = self.rows if query.get("unitid") == UNIT and query.get("columnid") == COL else []
        if query.get("startrecord"):
            start, end = int(query["startrecord"]), int(query.get("endrecord") or len(rows))
            chunk = rows[max(start, 1) - 1:end]
        else:
            n = int(query.get("page") or 1)
            chunk = rows[(n - 1) * PER:n * PER]
        data = (f'<?xml version="1.0" encoding="utf-8"?><datastore><totalrecord>{len(rows)}</totalrecord><totalpage>'
                f'{-(-len(rows) // PER)}</totalpage><recordset>{"".join(self.record(*r) for r in chunk)}</recordset>'
                "</datastore>")
        return Response(200, data.encode(), "text/xml; charset=utf-8")


PORTALS = [HanwebAoshui]
