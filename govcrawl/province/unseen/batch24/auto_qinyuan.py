"""溱源县 (www.qinyuan.gov.test), registered with ``cms: auto`` and only its home page: a county site on
国泰新点 Epoint WebBuilder (no README family) — category codes in the path (``/xxgk/008001/008001005/``),
statically published list pages ``subpage.html`` then ``2.html``, ``3.html`` whose pager is only the
``m-pagination`` plugin's element and call (the size in ``data-total`` / ``total:``; no page link in
the HTML), articles ``/xxgk/008001/008001005/YYYYMMDD/<uuid>.html``, and files through the
``downloadztbattach.jsp?attachGuid=…`` servlet.

The home page's nav links 信息公开 ``/xxgk/``; that page is a category tree (``<ul class="ewb-tree">``,
政府信息公开指南 ``/xxgk/008001/008001001/subpage.html`` … 政府信息公开年报 ``/xxgk/008001/008001005/
subpage.html``) beside boxes of newest titles.  The 年报 list: ``<li class="ewb-list-node"><a
href="/xxgk/008001/008001005/20250122/<uuid>.html" target="_blank" class="ewb-list-name">…</a><span
class="ewb-list-date">2025-01-22</span></li>``, four a page, newest first, then ``<div id="pager"
class="m-pagination" data-pageindex="0" data-pagesize="4" data-total="10"></div>`` and
``$('#pager').pagination({pageIndex: 0, pageSize: 4, total: 10, …, onPageChange: …})`` (page *n* ≥ 2 is
``<n>.html``; ``4.html`` is 404).  Articles: "【信息时间：2025-01-22】【阅读次数：…】【我要打印】【关闭】",
``div.ewb-article-info`` then ``div#mainContent``, "信息来源：…" under it; the county's 2021 report is a PDF
and its 2023 report an OFD, both through ``/EpointWebBuilder/pages/webbuildermis/attach/
downloadztbattach.jsp?attachGuid=<uuid>&appUrlFlag=ztb001&siteGuid=<uuid>`` (named by
Content-Disposition) in ``div.ewb-article-attach``.

Reports (8): 溱源县人民政府 2019–2024 (2021 PDF, 2023 OFD), 溱源县教育体育局 2024 (titled "县教体局…"),
溱源县城南街道办事处 2023.  Decoys (2): 溱源县2024年政府信息公开工作年度报告解读, 溱源县2023年度法治政府建设
年度报告.
"""

from __future__ import annotations

import random
import uuid
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch24._site import MEDIA, Site, esc
from govcrawl.province.unseen.kit import Handler
from govcrawl.synth.model import ReportDoc

HOST = "www.qinyuan.gov.test"
SITE = "qinyuan-gov"
OWNER = "溱源县人民政府"
CAT = "/xxgk/008001/008001005/"
SITEGUID = "7eb5f7f1-9041-43ad-8e13-8fcb82ea831a"
DOWN = "/EpointWebBuilder/pages/webbuildermis/attach/downloadztbattach.jsp"
PER = 4


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="溱源县人民政府"><title>'
        f'{esc(title)}</title><link rel="stylesheet" href="/css/ewb.css"><script src="/js/jquery.min.js"></script>'
        '<script src="/js/m-pagination.min.js"></script></head><body><div class="ewb-header"><img src="/images/'
        'logo.png" alt="溱源县人民政府"><div class="ewb-search"><input id="searchKey"><a href="javascript:;">搜索</a>'
        '</div></div><ul class="ewb-nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a '
        f'href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>{inner}<div class="ewb-footer">'
        '主办：溱源县人民政府办公室　网站标识码：9874090009　未ICP备13006677号</div></body></html>'
    )


class AutoQinyuan(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 198_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []
        self.files: dict[str, Handler] = {}
        for year, day in ((2019, 23), (2020, 21), (2022, 27), (2024, 24)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"溱源县{year}年政府信息公开工作年度报告"),
                         "溱源县人民政府办公室")
        for year, date, kind in ((2021, "2022-01-26", "pdf"), (2023, "2024-01-29", "ofd")):
            self.filed(self.doc(OWNER, year, date, f"溱源县{year}年政府信息公开工作年度报告"), kind)
        self.article(self.doc("溱源县教育体育局", 2024, "2025-01-15", "县教体局2024年政府信息公开工作年度报告"),
                     "溱源县教育体育局")
        self.article(self.doc("溱源县城南街道办事处", 2023, "2024-01-22", "城南街道2023年政府信息公开工作年度报告"),
                     "溱源县城南街道办事处")
        for title, year, date in (("溱源县2024年政府信息公开工作年度报告解读", 2024, "2025-01-26"),
                                  ("溱源县2023年度法治政府建设年度报告", 2023, "2024-03-15")):
            self.decoy(SITE, self.page(title, date, "溱源县人民政府办公室", self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        pages = -(-len(self.rows) // PER)
        for n in range(1, pages + 1):
            self.put(HOST, CAT + ("subpage.html" if n == 1 else f"{n}.html"), self.list_page(n, pages))
        self.route(HOST, DOWN, self.download)
        self.put(HOST, "/", self.home())
        self.put(HOST, "/xxgk/", self.xxgk())

    def page(self, title: str, date: str, source: str, content: str, attach: str = "") -> str:
        self.next_id()
        path = f"{CAT}{date.replace('-', '')}/{uuid.UUID(int=self.rng.getrandbits(128), version=4)}.html"
        inner = (f'<div class="ewb-container"><div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a '
                 f'href="/xxgk/">信息公开</a> &gt; <a href="{CAT}subpage.html">政府信息公开年报</a></div><div '
                 f'class="ewb-article"><h3 class="ewb-article-tt">{esc(title)}</h3><div class="ewb-article-info">'
                 f'【信息时间：{date}】【阅读次数：<span id="infoViewCount"></span>】'
                 '【<a href="javascript:window.print()">'
                 f'我要打印</a>】【<a href="javascript:window.close()">关闭</a>】</div><div id="mainContent" '
                 f'class="ewb-article-info-content">{content}</div>{attach}<p class="ewb-article-sources">信息来源：'
                 f'{esc(source)}</p></div></div>')
        self.rows.append((date, path, title))
        return self.put(HOST, path, frame(f"{title}", inner))

    def article(self, doc: ReportDoc, source: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", source, self.body(doc, word=doc.year < 2021)),
                    doc)

    def filed(self, doc: ReportDoc, kind: str) -> None:
        guid = str(uuid.UUID(int=self.rng.getrandbits(128), version=4))
        link = f"{DOWN}?attachGuid={guid}&appUrlFlag=ztb001&siteGuid={SITEGUID}"
        attach = (f'<div class="ewb-article-attach"><p>附件：</p><ul><li><a href="{esc(link)}" target="_blank">'
                  f'{esc(doc.title)}.{kind}</a></li></ul></div>')
        url = self.page(doc.title, doc.published_date or "", "溱源县人民政府办公室", "<p>详见附件。</p>", attach)
        temp = f"/_files/{guid}"
        self.attach(HOST, temp, doc, kind, quote(f"{doc.title}.{kind}"))
        self.files[guid] = self.dynamic.pop((HOST, temp))
        self.report(SITE, url, doc, media_type=MEDIA[kind], report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        handler = self.files.get(request.param("attachGuid"))
        if handler is None:
            return Response(200, "<html><body><p>附件不存在或已被删除！</p></body></html>".encode())
        return handler(request)

    def list_page(self, n: int, pages: int) -> str:
        rows = "".join(f'<li class="ewb-list-node"><a href="{h}" target="_blank" class="ewb-list-name">{esc(t)}</a>'
                       f'<span class="ewb-list-date">{d}</span></li>' for d, h, t in self.rows[(n - 1) * PER:n * PER])
        total = len(self.rows)
        inner = (f'<div class="ewb-container"><div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a '
                 f'href="/xxgk/">信息公开</a> &gt; 政府信息公开年报</div><ul class="ewb-list">{rows}</ul>'
                 '<div id="pager" '
                 f'class="m-pagination" data-pageindex="{n - 1}" data-pagesize="{PER}" data-total="{total}"></div>'
                 f"<script>$('#pager').pagination({{pageIndex: {n - 1}, pageSize: {PER}, total: {total}, "
                 "showInfo: true, showJump: true, onPageChange: function (e) { location.href = (e.pageIndex === 0 ? "
                 "'subpage' : (e.pageIndex + 1)) + '.html'; }});</script></div>")
        return frame("政府信息公开年报", inner)

    def home(self) -> str:
        news = "".join(f'<li><a href="/xwzx/zwyw/{k}.html">溱源县召开2025年第{k}次县政府常务会议</a></li>'
                       for k in (3, 2, 1))
        inner = (f'<div class="ewb-container"><div class="ewb-banner"><img src="/images/banner.jpg" alt=""></div><div '
                 f'class="ewb-news"><h4>政务要闻</h4><ul>{news}</ul></div><div class="ewb-links"><a href="/xxgk/">'
                 '政府信息公开</a><a href="/zwfw/">网上办事</a><a href="/hdjl/">县长信箱</a></div></div>')
        return frame("溱源县人民政府", inner)

    def xxgk(self) -> str:
        cats = (("008001001", "政府信息公开指南"), ("008001002", "政府信息公开制度"), ("008001003", "法定主动公开内容"),
                ("008001005", "政府信息公开年报"), ("008001006", "依申请公开"))
        tree = "".join(f'<li><a href="/xxgk/008001/{c}/subpage.html">{name}</a></li>' for c, name in cats)
        newest = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for _, h, t in self.rows[:3])
        inner = (f'<div class="ewb-container"><ul class="ewb-tree">{tree}</ul><div class="ewb-box">'
                 '<h4>最新公开</h4><ul>'
                 f'{newest}</ul></div></div>')
        return frame("信息公开-溱源县人民政府", inner)


PORTALS = [AutoQinyuan]
