"""淏城市市场监督管理局 (scjg.haocheng.gov.test), registered with no ``cms``: a bureau site on CmsEasy (a PHP
CMS; no README family) in its dynamic-URL mode — everything through ``/index.php`` with ``case`` / ``act``
parameters — whose 年报 category ``/index.php?case=archive&act=list&catid=7`` pages by ``&page=N`` under
CmsEasy's ``div.pages`` pager (上一页 / numbers / 下一页 and a "共 9 条 / 3 页" span *after* the links),
whose articles are ``/index.php?case=archive&act=show&aid=<n>``, and whose 2023 report is a PDF uploaded
to ``/upload/file/YYYYMMDD/<stamp>.pdf``.

The list (start URL) holds ``<div class="news-list"><dl><dt><a href="/index.php?case=archive&amp;act=show&amp;
aid=N" title="…">…</a></dt><dd class="desc">…</dd><dd class="time">2025/01/20</dd></dl>…`` (dates with
slashes), four a page, newest first; the pager's links are full ``/index.php?case=archive&amp;act=list&amp;
catid=7&amp;page=N``.  Unknown ``catid`` or ``aid`` answer 200 "内容不存在".  Articles: ``<h1 class="
content-title">``, ``<div class="content-info">发布时间：2025-01-20 来源：… 浏览：N</div>``, the body in
``div#content``.  The 分局 reports are titled "淏东分局…" / "淏西分局…" with the full name in 来源.

Reports (7): 淏城市市场监督管理局 2021, 2022, 2023 (PDF), 2024; 淏城市市场监督管理局淏东分局 2023, 2024;
淏城市市场监督管理局淏西分局 2024.  Decoys (2): 淏城市市场监督管理局2024年度法治政府建设年度报告,
淏城市市场监督管理局政府信息公开指南（2024年修订）.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch25._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "scjg.haocheng.gov.test"
SITE = "haocheng-scjg"
OWNER = "淏城市市场监督管理局"
PER = 4
CAT = "7"


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html><html lang="zh-cn"><head><meta charset="utf-8"><meta name="viewport" content="width=device-'
        f'width, initial-scale=1"><title>{esc(title)}</title><meta name="keywords" content="淏城市场监管">'
        '<link rel="stylesheet" href="/template/gov_blue/skin/css/style.css"><script src="/common/js/jquery/jquery.min.'
        'js"></script></head><body><div class="top"><div class="container"><span>今天是：<script>document.write(new '
        'Date().toLocaleDateString())</script></span><a href="javascript:;" class="wza">无障碍</a></div></div><div '
        'class="header"><div class="container"><a href="/"><img src="/upload/images/logo.png" alt="淏城市市场监督管'
        '理局">'
        '</a></div></div><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/index.php?case=archive&amp;'
        'act=list&amp;catid=3">工作动态</a></li><li><a href="/index.php?case=archive&amp;act=list&amp;catid=7">'
        '年度报告</a></li><li><a href="/index.php?case=guestbook&amp;act=index">局长信箱</a></li></ul></div><div '
        f'class="container main">{inner}</div><div class="footer"><p>主办：淏城市市场监督管理局　地址：淏城市建设路'
        '88号</p><p>网站标识码：9875100004　未ICP备16003322号-2</p><p>举报投诉电话：12315</p></div></body></html>'
    )


def gone() -> Response:
    return Response(200, frame("提示信息", '<div class="tips">内容不存在</div>').encode("utf-8"),
                    "text/html; charset=utf-8")


class NocmsHaocheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 209_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []  # (date, aid, title, summary)
        self.articles: dict[int, str] = {}
        for year, day in ((2021, 24), (2022, 20), (2024, 22)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"淏城市市场监督管理局{year}年政府信息公开工作"
                                                                         "年度报告"), OWNER)
        doc = self.doc(OWNER, 2023, "2024-01-19", "淏城市市场监督管理局2023年政府信息公开工作年度报告")
        path = f"/upload/file/20240119/20240119{self.rng.randrange(10**6):06d}.pdf"
        content = (f'<p>现将《{esc(doc.title)}》予以公布，详见附件。</p><p><img src="/common/images/pdf.gif" alt=""> '
                   f'<a href="{path}" target="_blank">{esc(doc.title)}.pdf</a></p>')
        url = self.page(doc.title, "2024-01-19", OWNER, content)
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=self.attach(HOST, path, doc, "pdf"))
        for agency, short, year, date in (("淏城市市场监督管理局淏东分局", "淏东分局", 2023, "2024-01-23"),
                                          ("淏城市市场监督管理局淏东分局", "淏东分局", 2024, "2025-01-21"),
                                          ("淏城市市场监督管理局淏西分局", "淏西分局", 2024, "2025-01-15")):
            self.article(self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告"), agency)
        for title, year, date in (("淏城市市场监督管理局2024年度法治政府建设年度报告", 2024, "2025-03-14"),
                                  ("淏城市市场监督管理局政府信息公开指南（2024年修订）", 2024, "2024-04-08")):
            self.decoy(SITE, self.page(title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/index.php", self.dispatch)
        self.put(HOST, "/template/gov_blue/skin/css/style.css", ".news-list dl{margin:0}", "text/css")
        self.put(HOST, "/index.html", frame("淏城市市场监督管理局", '<div class="home"><a href="/index.php?case=archive'
                                            '&amp;act=list&amp;catid=7">年度报告</a></div>'))

    def page(self, title: str, date: str, source: str, content: str) -> str:
        aid = self.next_id()
        inner = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/index.php?case=archive&amp;act='
                 f'list&amp;catid={CAT}">年度报告</a> &gt; 正文</div><div class="content-box"><h1 class="content-tit'
                 'le">'
                 f'{esc(title)}</h1><div class="content-info">发布时间：{date}　来源：{esc(source)}　浏览：'
                 f'{self.rng.randint(40, 900)}</div><div id="content">{content}</div></div>')
        self.articles[aid] = frame(f"{title}_淏城市市场监督管理局", inner)
        summary = f"{title[:20]}……"
        self.rows.append((date, aid, title, summary))
        return f"http://{HOST}/index.php?case=archive&act=show&aid={aid}"

    def article(self, doc: ReportDoc, source: str) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", source, self.body(doc)), doc)

    def dispatch(self, request: Request) -> Response:
        if request.param("case") != "archive":
            return gone()
        if request.param("act") == "show":
            raw = request.param("aid")
            body = self.articles.get(int(raw)) if raw.isdigit() else None
            return gone() if body is None else Response(200, body.encode("utf-8"), "text/html; charset=utf-8")
        if request.param("act") != "list" or request.param("catid") != CAT:
            return gone()
        pages = -(-len(self.rows) // PER)
        raw = request.param("page", "1")
        n = min(max(1, int(raw)), pages) if raw.isdigit() else 1
        items = "".join(f'<dl><dt><a href="/index.php?case=archive&amp;act=show&amp;aid={a}" title="{esc(t)}">{esc(t)}'
                        f'</a></dt><dd class="desc">{esc(s)}</dd><dd class="time">{d.replace("-", "/")}</dd></dl>'
                        for d, a, t, s in self.rows[(n - 1) * PER:n * PER])

        def href(k: int) -> str:
            return f"/index.php?case=archive&amp;act=list&amp;catid={CAT}&amp;page={k}"

        nums = "".join(f'<span class="current">{k}</span>' if k == n else f'<a href="{href(k)}">{k}</a>'
                       for k in range(1, pages + 1))
        prev = f'<a href="{href(n - 1)}">上一页</a>' if n > 1 else ""
        nxt = f'<a href="{href(n + 1)}">下一页</a>' if n < pages else ""
        inner = ('<div class="position">当前位置：<a href="/">首页</a> &gt; 年度报告</div><div class="news-list"'
                 f'>{items}'
                 f'</div><div class="pages">{prev}{nums}{nxt}<span>共 {len(self.rows)} 条 / {pages} 页</span></div>')
        return Response(200, frame("年度报告_淏城市市场监督管理局", inner).encode("utf-8"), "text/html; charset=utf-8")


PORTALS = [NocmsHaocheng]
