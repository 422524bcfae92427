"""汪河县 (www.wanghe.gov.test): a legacy PHP 政务公开 site on PHPCMS v9 (GBK edition) — dynamic URLs
``/index.php?m=content&c=index&a=lists&catid=15`` (``&page=N``) and ``…&a=show&catid=15&id=<id>`` — whose
pages are GBK bytes declared only by ``<meta http-equiv="Content-Type" content="text/html; charset=gbk">``
(the header says a bare ``text/html``), whose 年报 category pages under PHPCMS's ``div#pages`` pager
whose first element is the record count ("<a class="a1">10条</a>") followed by 上一页, page numbers and
下一页 — no page count — and whose 2019 county report is a PDF in ``/uploadfile/YYYY/MMDD/``.

Four rows a page as ``<li><span class="rt">2025-01-20</span>·<a href="…" target="_blank">…</a></li>``; a
page past the last shows an empty list.  Articles: ``div.content`` under a "发布时间：… 来源：… 点击："
line.  A missing id answers PHPCMS's "信息不存在" notice.  Chrome: a 2010s frame (banner image, 滚动通知,
友情链接 ``<select>``), footer 网站标识码.

Reports (7): 汪河县人民政府 2019–2024 (2019 a PDF), 汪河县市场监督管理局 2024.  Decoys (3):
汪河县2024年政府信息公开工作年度报告解读, 关于做好2024年度政府信息公开工作年度报告编制发布工作的函,
汪河县2024年国民经济和社会发展统计公报.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch23._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.wanghe.gov.test"
SITE = "wanghe-gov"
OWNER = "汪河县人民政府"
CATID = "15"
PER = 4
HTML = "text/html"


def frame(title: str, inner: str) -> bytes:
    page = (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        f'transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        f'content="text/html; charset=gbk" /><title>{esc(title)} - 汪河县人民政府</title><meta name="keywords" '
        f'content="汪河县,政务公开" /><link href="/statics/css/reset.css" rel="stylesheet" type="text/css" /><script '
        f'type="text/javascript" src="/statics/js/jquery.min.js"></script></head><body><div class="header"><img '
        f'src="/statics/images/wh_banner.jpg" alt="汪河县人民政府" /></div><div class="nav"><a href="/">网站首页</a>'
        f'<a href="/index.php?m=content&amp;c=index&amp;a=lists&amp;catid=9">政务公开</a><a href="/index.php?m=content'
        f'&amp;c=index&amp;a=lists&amp;catid=20">办事指南</a><a href="/index.php?m=guestbook">县长信箱</a></div><div '
        f'class="notice"><marquee scrollamount="3">欢迎访问汪河县人民政府网站！</marquee></div><div class="main">'
        f'{inner}</div><div class="links">友情链接：<select onchange="window.open(this.value)"><option>--政府网站--'
        f'</option><option value="http://www.gov.cn/">中国政府网</option></select></div><div class="footer">版权所有：'
        f'汪河县人民政府办公室　网站标识码：9871230081　Powered by PHPCMS v9</div></body></html>'
    )
    return page.encode("gbk", "xmlcharrefreplace")


class LegacyWanghe(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 187_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []  # (date, id, title)
        self.views: dict[str, bytes] = {}
        for year, day in ((2020, 20), (2021, 22), (2022, 17), (2023, 25), (2024, 21)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"汪河县{year}年政府信息公开工作年度报告"),
                         "县政府办公室")
        self.pdf(self.doc(OWNER, 2019, "2020-01-23", "汪河县2019年政府信息公开工作年度报告"))
        self.article(self.doc("汪河县市场监督管理局", 2024, "2025-01-16",
                              "汪河县市场监督管理局2024年政府信息公开工作年度报告"), "县市场监督管理局")
        for title, year, date in (("汪河县2024年政府信息公开工作年度报告解读", 2024, "2025-01-28"),
                                  ("关于做好2024年度政府信息公开工作年度报告编制发布工作的函", 2024, "2024-12-10"),
                                  ("汪河县2024年国民经济和社会发展统计公报", 2024, "2025-04-18")):
            self.decoy(SITE, self.view(title, date, "县统计局" if "统计" in title else "县政府办公室",
                                       self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/index.php", self.index)

    def view(self, title: str, date: str, source: str, content: str) -> str:
        vid = str(self.next_id())
        inner = (f'<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&amp;c='
                 f'index&amp;a=lists&amp;catid={CATID}">政府信息公开年报</a> &gt; 正文</div><div id="Article"><h1>'
                 f'{esc(title)}<br /><span>发布时间：{date} 09:{int(vid) % 60:02d}:00　来源：{esc(source)}　点击：'
                 f'<span '
                 f'id="hits"></span></span></h1><div class="content">{content}</div></div>')
        self.views[vid] = frame(title, inner)
        self.rows.append((date, vid, title))
        return f"http://{HOST}/index.php?m=content&c=index&a=show&catid={CATID}&id={vid}"

    def article(self, doc: ReportDoc, source: str) -> None:
        self.report(SITE, self.view(doc.title, doc.published_date or "", source, self.body(doc, word=True)), doc)

    def pdf(self, doc: ReportDoc) -> None:
        stamp = (doc.published_date or "").replace("-", "")
        path = f"/uploadfile/{stamp[:4]}/{stamp[4:]}/{stamp}{self.rng.randrange(10**6):06d}.pdf"
        content = f'<p>附件：<a href="{path}">{esc(doc.title)}.pdf</a></p>'
        url = self.view(doc.title, doc.published_date or "", "县政府办公室", content)
        self.report(SITE, url, doc, media_type=PDF, report_url=self.attach(HOST, path, doc, "pdf"))

    def index(self, request: Request) -> Response:
        a = request.param("a")
        if request.param("m") == "content" and a == "show" and request.param("id") in self.views:
            return Response(200, self.views[request.param("id")], HTML)
        if request.param("m") == "content" and a == "lists" and request.param("catid") == CATID:
            try:
                n = max(1, int(request.param("page", "1")))
            except ValueError:
                n = 1
            return Response(200, self.list_page(n), HTML)
        return Response(200, frame("提示信息", '<div class="showMsg"><h5>提示信息</h5><div class="content">信息不存在'
                                           '或者已经被删除</div></div>'), HTML)

    def list_page(self, n: int) -> bytes:
        pages = -(-len(self.rows) // PER)
        chunk = self.rows[(n - 1) * PER:n * PER]
        base = f"/index.php?m=content&amp;c=index&amp;a=lists&amp;catid={CATID}&amp;page="
        rows = "".join(f'<li><span class="rt">{d}</span>·<a href="/index.php?m=content&amp;c=index&amp;a=show&amp;'
                       f'catid={CATID}&amp;id={v}" target="_blank">{esc(t)}</a></li>' for d, v, t in chunk)
        nav = [f'<a class="a1">{len(self.rows)}条</a>', f'<a href="{base}{max(1, n - 1)}" class="a1">上一页</a>']
        nav += [f"<span>{k}</span>" if k == n else f'<a href="{base}{k}">{k}</a>' for k in range(1, pages + 1)]
        nav.append(f'<a href="{base}{min(pages, n + 1)}" class="a1">下一页</a>')
        inner = (f'<div class="crumbs"><a href="/">首页</a><span> &gt; </span><a href="/index.php?m=content&amp;c='
                 f'index&amp;a=lists&amp;catid=9">政务公开</a> &gt; 政府信息公开年报</div><div class="col-left"><div '
                 f'class="box"><h5 class="title-2">政府信息公开年报</h5><ul class="list lh24 f14">{rows}</ul></div>'
                 f'<div '
                 f'id="pages" class="text-c">{" ".join(nav)}</div></div>')
        return frame("政府信息公开年报", inner)


PORTALS = [LegacyWanghe]
