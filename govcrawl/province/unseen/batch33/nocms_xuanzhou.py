"""泫州市退役军人事务局 (tyjrswj.xuanzhou.gov.test), registered with no ``cms``: a city bureau site on TYPO3 v10 (a PHP
CMS; no README family) with the ``news`` extension (tx_news) for its lists and route enhancers for its detail URLs.
``<meta name="generator" content="TYPO3 CMS">``, assets under ``/typo3conf/ext/xzsitepackage/Resources/Public/``,
files under ``/fileadmin/``.

Path: home ``/`` (the start URL) — top nav ``<ul class="mainnav">`` links 信息公开 ``/xxgk`` (a page with a sub-menu
``<ul class="subnav">``), which links 政府信息公开年报 ``/xxgk/zfxxgknb``.  That page is a tx_news list view, five a
page, newest first: ``<div class="news"><div class="news-list-view" id="news-container-87">`` of ``<div class="article
articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">`` each with ``<h3><a title="…" href="…">
<span itemprop="headline">title</span></a></h3>``, ``<span class="news-list-date"><time itemprop="datePublished"
datetime="2024-01-20">2024-01-20</time></span>`` and ``<span class="news-list-category">`` naming the issuing unit.

Pager: the fluid paginate widget — ``<div class="page-navigation"><p>第 1 页，共 3 页</p><ul
class="f3-widget-paginator">`` with ``<li class="current">1</li>``,
``<li><a href="/xxgk/zfxxgknb?tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D=2
&amp;cHash=<32 hex>">2</a></li>``, ``<li class="next"><a href="…">下一页</a></li>`` (``previous`` on later pages).
The query is TYPO3's nested plugin namespace, percent-encoded ``[`` ``@`` ``]``; the ``cHash`` is checked: a page
asked for without its cHash (or with a wrong one) answers TYPO3's 404 "Request parameters could not be validated
(&cHash comparison failed)" — follow the links as written.

Articles: route-enhanced ``/xxgk/zfxxgknb/detail/<slug>`` (ASCII slugs such as ``2023-ndbg``); a detail page: ``<div
class="news news-single"><div class="article" itemscope …><div class="header"><h3 itemprop="headline">``, a
``<div class="news-list-date">`` line with 发布日期 and 发布单位, the body in ``<div class="news-text-wrap"
itemprop="articleBody">``.  The 2022 report is a PDF under ``/fileadmin/user_upload/xxgk/nb/`` listed in ``<div
class="news-related news-related-files">``.  The 军休所 and 服务中心 reports abbreviate (市军休所…, 市退役军人服务中心…)
and name themselves in 发布单位 / news-list-category.  Chrome: a header with the bureau's name, a 无障碍 link
(``/wza``), footer with 主办单位, 网站标识码, ICP and 公安备案.

Reports (8): 泫州市退役军人事务局 2019, 2020, 2021, 2022 (PDF), 2023, 2024; 泫州市军队离休退休干部休养所 2023;
泫州市退役军人服务中心 2024.  Decoys (3): 泫州市退役军人事务局2023年法治政府建设年度报告,
泫州市退役军人事务局2024年度部门决算, 关于报送2024年度政府信息公开工作年度报告的函.
Other items (1): an ordinary notice.
"""

from __future__ import annotations

import hashlib
import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc

HOST = "tyjrswj.xuanzhou.gov.test"
SITE = "xuanzhou-tyjrswj"
OWNER = "泫州市退役军人事务局"
LIST = "/xxgk/zfxxgknb"
PER = 5
PARAM = "tx_news_pi1[@widget_0][currentPage]"
QKEY = "tx_news_pi1%5B%40widget_0%5D%5BcurrentPage%5D"
EXT = "/typo3conf/ext/xzsitepackage/Resources/Public"


def chash(n: int) -> str:
    return hashlib.md5(f"xz-typo3-87-{n}".encode()).hexdigest()


def page(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n\n<meta charset="utf-8">\n<!-- \n\tThis website is powered by '
        'TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially '
        'created by Kasper Skaarhoj and licensed under GNU/GPL.\n-->\n'
        f'<title>{esc(title)} - 泫州市退役军人事务局</title>\n<meta name="generator" content="TYPO3 CMS" />\n'
        f'<link rel="stylesheet" type="text/css" href="{EXT}/Css/main.css?1700000000" media="all">\n'
        '</head>\n<body id="p34">\n<div class="page">\n<header class="site-header"><div class="container">'
        f'<a class="brand" href="/"><img src="{EXT}/Images/logo.png" alt="泫州市退役军人事务局"></a>'
        '<a class="wza" href="/wza">无障碍</a></div>'
        '<ul class="mainnav"><li><a href="/">首页</a></li><li><a href="/gzdt">工作动态</a></li>'
        '<li class="active"><a href="/xxgk">信息公开</a></li><li><a href="/zcfg">政策法规</a></li></ul></header>\n'
        f'<!--TYPO3SEARCH_begin--><main class="content container">{inner}</main><!--TYPO3SEARCH_end-->\n'
        '<footer class="site-footer"><p>主办单位：泫州市退役军人事务局　网站标识码：9883100021</p>'
        '<p>未ICP备17004412号-3　未公网安备 98831002000117号</p></footer>\n</div>\n'
        f'<script src="{EXT}/JavaScript/main.js?1700000000"></script>\n</body>\n</html>\n'
    )


def subnav() -> str:
    return ('<ul class="subnav"><li><a href="/xxgk/gkzn">政府信息公开指南</a></li><li><a href="/xxgk/gkzd">'
            f'政府信息公开制度</a></li><li class="active"><a href="{LIST}">政府信息公开年报</a></li></ul>')


class NocmsXuanzhou(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 287_000

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-22"), (2021, "2022-01-24"), (2023, "2024-01-18"),
                           (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"泫州市退役军人事务局{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(f"{year}-ndbg", doc.title, date, OWNER,
                                       self.body(doc, word=year in (2019, 2023))), doc)
        doc = self.doc(OWNER, 2022, "2023-01-19", "泫州市退役军人事务局2022年政府信息公开工作年度报告")
        path = f"/fileadmin/user_upload/xxgk/nb/tyjrswj_2022_ndbg_{self.rng.randrange(1000, 9999)}.pdf"
        pdf = self.attach(HOST, path, doc, "pdf")
        files = (f'<p>{esc(doc.title)}详见附件。</p></div><div class="news-related news-related-files">'
                 f'<h4>相关文件</h4><ul><li><span class="news-related-files-link"><a href="{path}" target="_blank">'
                 f'{esc(doc.title)}'
                 '.pdf</a></span><span class="news-related-files-size">412 KB</span></li></ul>')
        self.report(SITE, self.art("2022-ndbg", doc.title, "2023-01-19", OWNER, files), doc,
                    media_type=MEDIA["pdf"], report_url=pdf)
        for agency, short, year, date, slug in (
                ("泫州市军队离休退休干部休养所", "市军休所", 2023, "2024-01-26", "jxs-2023-ndbg"),
                ("泫州市退役军人服务中心", "市退役军人服务中心", 2024, "2025-01-27", "fwzx-2024-ndbg")):
            doc = self.doc(agency, year, date, f"{short}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.art(slug, doc.title, date, agency, self.body(doc)), doc)
        for title, year, date, slug in (
                ("泫州市退役军人事务局2023年法治政府建设年度报告", 2023, "2024-02-05", "2023-fzzf"),
                ("泫州市退役军人事务局2024年度部门决算", 2024, "2025-08-29", "2024-bmjs"),
                ("关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-20", "2024-nbbs")):
            self.decoy(SITE, self.art(slug, title, date, OWNER, self.decoy_body(title, OWNER, year)), title)
        self.art("2023-gkml-tz", "关于更新政府信息公开目录的通知", "2023-07-11", OWNER,
                 "<p>根据工作需要，我局对政府信息公开目录进行了更新，现予公布。</p>")
        self.rows.sort(reverse=True)
        self.route(HOST, LIST, self.serve_list)
        self.put(HOST, "/index.html", page("首页", '<section class="news-teaser"><h2>工作动态</h2><p>'
                                                  '市退役军人事务局开展走访慰问活动。</p><p><a href="/xxgk">'
                                                  '信息公开</a></p></section>'))
        self.put(HOST, "/xxgk", page("信息公开", f'<div class="row"><aside class="col-3">{subnav()}</aside><div '
                                                 'class="col-9"><h1>信息公开</h1><p>请选择栏目。</p></div></div>'))
        self.put(HOST, f"{EXT}/Css/main.css", ".page{margin:0}", "text/css")
        self.put(HOST, f"{EXT}/JavaScript/main.js", "document.documentElement.className+=' js';", "text/javascript")
        for path, title in (("/xxgk/gkzn", "政府信息公开指南"), ("/xxgk/gkzd", "政府信息公开制度"),
                            ("/gzdt", "工作动态"), ("/zcfg", "政策法规"), ("/wza", "无障碍")):
            self.put(HOST, path, page(title, f"<h1>{title}</h1><p>内容更新中。</p>"))

    def art(self, slug: str, title: str, date: str, agency: str, content: str) -> str:
        self.next_id(3, 30)
        path = f"{LIST}/detail/{slug}"
        inner = (f'<div class="row"><aside class="col-3">{subnav()}</aside><div class="col-9"><div class="news '
                 'news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
                 f'<div class="header"><h3 itemprop="headline">{esc(title)}</h3></div><div class="footer"><p>'
                 f'<span class="news-list-date">发布日期：<time itemprop="datePublished" datetime="{date}">{date}'
                 f'</time></span>　<span class="news-list-author">发布单位：{esc(agency)}</span></p></div>'
                 f'<div class="news-text-wrap" itemprop="articleBody">{content}</div>'
                 f'<div class="news-backlink-wrap"><a href="{LIST}">返回列表</a></div></div></div></div></div>')
        self.put(HOST, path, page(title, inner))
        self.rows.append((date, path, title, agency))
        return f"http://{HOST}{path}"

    def serve_list(self, request: Request) -> Response:
        pages = (len(self.rows) + PER - 1) // PER
        want = request.param(PARAM, "")
        num = 1
        if want:
            if not want.isdigit() or not 1 <= int(want) <= pages or request.param("cHash") != chash(int(want)):
                return Response(404, page("Page Not Found", "<h1>Page Not Found</h1><p>Reason: Request parameters "
                                                             "could not be validated (&amp;cHash comparison failed)"
                                                             "</p>").encode(), "text/html; charset=utf-8")
            num = int(want)
        start = (num - 1) * PER
        arts = "".join(
            '<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article">'
            f'<div class="header"><h3><a title="{esc(title)}" href="{path}"><span itemprop="headline">{esc(title)}'
            f'</span></a></h3></div><div class="footer"><p><span class="news-list-date"><time '
            f'itemprop="datePublished" datetime="{date}">{date}</time></span> <span class="news-list-category">'
            f'{esc(agency)}</span></p></div></div>'
            for date, path, title, agency in self.rows[start:start + PER])

        def href(n: int) -> str:
            return LIST if n == 1 else f"{LIST}?{QKEY}={n}&amp;cHash={chash(n)}"

        lis = [f'<li class="previous"><a href="{href(num - 1)}">上一页</a></li>'] if num > 1 else []
        lis += [f'<li class="current">{n}</li>' if n == num else f'<li><a href="{href(n)}">{n}</a></li>'
                for n in range(1, pages + 1)]
        if num < pages:
            lis.append(f'<li class="next"><a href="{href(num + 1)}">下一页</a></li>')
        inner = (f'<div class="row"><aside class="col-3">{subnav()}</aside><div class="col-9"><h1>政府信息公开年报</h1>'
                 f'<div class="news"><div class="news-list-view" id="news-container-87">{arts}'
                 f'<div class="page-navigation"><p>第 {num} 页，共 {pages} 页</p><ul class="f3-widget-paginator">'
                 f'{"".join(lis)}</ul></div></div></div></div></div>')
        return Response(200, page("政府信息公开年报", inner).encode(), "text/html; charset=utf-8")


PORTALS = [NocmsXuanzhou]
