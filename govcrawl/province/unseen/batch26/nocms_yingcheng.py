"""潆城市生态环境局 (sthjj.yingcheng.gov.test), registered with no ``cms``: a bureau site on DouPHP (a small
PHP enterprise CMS; no README family) without pseudo-static URLs — ``article_list.php?id=<cat>`` /
``article.php?id=<n>`` — whose 年报 category ``/article_list.php?id=6`` pages by ``&page=N`` under DouPHP's
stock pager ``<div class="pager">总计 10 个记录，共 3 页，当前第 1 页 | <a href="…">第一页</a> 上一页 <a
href="…&page=2">下一页</a> <a href="…&page=3">最末页</a></div>`` (inactive ends written as bare text).

Rows are DouPHP's default theme ``<div class="articleList"><dl><dt><a href="article.php?id=N">…</a></dt><dd>
<p class="summary">…</p><p class="time">2025-01-20</p></dd></dl>`` four a page, newest first, under a left
``<div class="treeBox">`` of the 信息公开 sub-categories (``article_list.php?id=2..6``; the others empty:
"暂无文章").  Articles ``/article.php?id=N``: ``<div class="info">发布时间：… 来源：… 浏览：…</div>`` over
``<div class="content">``; unknown ids answer 200 "文章不存在".  The 2022 report is a PDF linked from
its article as ``/data/upload/file/20230119/<hex>.pdf``.  The 潆东分局's report is titled "潆东分局…" with
来源 潆城市生态环境局潆东分局.

Reports (7): 潆城市生态环境局 2019–2024 (2022 as PDF); 潆城市生态环境局潆东分局 2023.
Decoys (3): 潆城市2023年环境统计年报, 潆城市生态环境局2024年部门决算, 潆城市生态环境局关于报送2024年度政府信息
公开工作年度报告的函.
"""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch26._site import MEDIA, Site, esc
from govcrawl.synth.model import ReportDoc

HOST = "sthjj.yingcheng.gov.test"
SITE = "yingcheng-sthjj"
OWNER = "潆城市生态环境局"
PER = 4
CAT = "6"
CATS = (("2", "机构职能"), ("3", "政策文件"), ("4", "环评审批"), ("5", "财政信息"), ("6", "政府信息公开年报"))


def frame(title: str, inner: str) -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="'
        f'text/html; charset=utf-8" /><title>{esc(title)}</title><meta name="generator" content="DouPHP v1.5" />'
        '<link href="theme/default/style.css" rel="stylesheet" type="text/css" /><script type="text/javascript" src="'
        'theme/default/images/jquery.min.js"></script></head><body><div id="top"><div class="wrap">潆城市生态环境局 '
        '<a href="http://www.yingcheng.gov.test/">潆城市人民政府</a> <a href="javascript:;">无障碍浏览</a></div></div>'
        '<div id="header"><div class="wrap"><div class="logo"><a href="./"><img src="data/logo.png" alt="潆城市生态'
        '环境局" /></a></div></div></div><div id="mainNav"><div class="wrap"><ul><li><a href="./">首页</a></li><li><a '
        'href="article_list.php?id=1">环境新闻</a></li><li><a href="article_list.php?id=6">信息公开</a></li><li><a '
        f'href="guestbook.php">局长信箱</a></li></ul></div></div><div class="wrap mb">{inner}</div><div id="footer">'
        '<div class="wrap"><div class="copyRight">主办单位：潆城市生态环境局　网站标识码：9876100005<br />未ICP备'
        '18007654号　地址：潆城市滨江路88号　电话：0000-8888123</div></div></div></body></html>'
    )


class NocmsYingcheng(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 219_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, int, str, str]] = []  # (date, id, title, summary)
        self.articles: dict[int, str] = {}
        for year, day in ((2019, 21), (2020, 25), (2021, 28), (2023, 24), (2024, 17)):
            doc = self.doc(OWNER, year, f"{year + 1}-01-{day}", f"潆城市生态环境局{year}年政府信息公开工作年度报告")
            self.article(doc, OWNER)
        doc = self.doc(OWNER, 2022, "2023-01-19", "潆城市生态环境局2022年政府信息公开工作年度报告")
        path = f"/data/upload/file/20230119/{self.rng.getrandbits(64):016x}.pdf"
        pdf = self.attach(HOST, path, doc, "pdf")
        url = self.page(doc.title, "2023-01-19", OWNER, f'<p>附件：<a href="{path}" target="_blank">{esc(doc.title)}'
                                                        f'.pdf'
                                                         '</a></p>', "本局2022年度政府信息公开工作年度报告，详见附件。")
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=pdf)
        self.article(self.doc("潆城市生态环境局潆东分局", 2023, "2024-01-22", "潆东分局2023年政府信息公开工作年度报告"),
                     "潆城市生态环境局潆东分局")
        for title, year, date in (("潆城市2023年环境统计年报", 2023, "2024-06-12"),
                                  ("潆城市生态环境局2024年部门决算", 2024, "2025-08-29"),
                                  ("潆城市生态环境局关于报送2024年度政府信息公开工作年度报告的函", 2024, "2024-12-20")):
            self.decoy(SITE, self.page(title, date, OWNER, self.decoy_body(title, OWNER, year), title[:20]), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/article_list.php", self.listing)
        self.route(HOST, "/article.php", self.show)
        self.put(HOST, "/theme/default/style.css", ".articleList dl{border-bottom:1px dashed #ddd}", "text/css")
        self.put(HOST, "/theme/default/images/jquery.min.js", "/* jQuery */", "application/javascript")
        self.put(HOST, "/guestbook.php", frame("局长信箱-潆城市生态环境局", "<p>局长信箱暂停受理，请拨打12345。</p>"))
        self.put(HOST, "/index.html", frame("潆城市生态环境局", '<div class="indexBox"><h3>信息公开</h3><a href="art'
                                                        'icle_list'
                                           '.php?id=6">政府信息公开年报</a></div>'))

    def page(self, title: str, date: str, source: str, content: str, summary: str) -> str:
        aid = self.next_id(1, 9)
        inner = (f'<div class="urHere">当前位置：<a href="./">首页</a><b>&gt;</b><a href="article_list.php?id={CAT}">'
                 f'政府信息公开年报</a></div><div id="articleTitle"><h1>{esc(title)}</h1><div class="info">发布时间：'
                 f'{date} 来源：{esc(source)} 浏览：{self.rng.randint(80, 900)}</div></div><div class="content">'
                 f'{content}</div><div class="lift"><span>上一篇：无</span></div>')
        self.articles[aid] = frame(f"{title}_潆城市生态环境局", inner)
        self.rows.append((date, aid, title, summary))
        return f"http://{HOST}/article.php?id={aid}"

    def article(self, doc: ReportDoc, source: str) -> None:
        url = self.page(doc.title, doc.published_date or "", source, self.body(doc, word=doc.year == 2020),
                        f"根据《中华人民共和国政府信息公开条例》，现公布{doc.year}年度报告。")
        self.report(SITE, url, doc)

    def show(self, request: Request) -> Response:
        raw = request.param("id")
        body = self.articles.get(int(raw)) if raw.isdigit() else None
        return Response(200, (body or frame("提示", '<div class="content">文章不存在</div>')).encode())

    def listing(self, request: Request) -> Response:
        cat = request.param("id", CAT)
        rows = self.rows if cat == CAT else []
        pages = max(1, -(-len(rows) // PER))
        raw = request.param("page", "1")
        n = min(max(1, int(raw)), pages) if raw.isdigit() else 1
        dls = "".join(f'<dl><dt><a href="article.php?id={a}">{esc(t)}</a></dt><dd><p class="summary">{esc(s)}</p>'
                      f'<p class="time">{d}</p></dd></dl>' for d, a, t, s in rows[(n - 1) * PER:n * PER]) \
            or '<p class="none">暂无文章</p>'

        def link(k: int, text: str, on: bool) -> str:
            return f'<a href="article_list.php?id={cat}&amp;page={k}">{text}</a>' if on else text

        pager = (f'<div class="pager">总计 {len(rows)} 个记录，共 {pages} 页，当前第 {n} 页 |'
                 f' {link(1, "第一页", n > 1)} '
                 f'{link(n - 1, "上一页", n > 1)} {link(n + 1, "下一页", n < pages)} {link(pages, "最末页", n < pages)}'
                 '</div>')
        tree = "".join(f'<li{" class=cur" if c == cat else ""}><a href="article_list.php?id={c}">{esc(t)}</a></li>'
                       for c, t in CATS)
        name = dict(CATS).get(cat, "文章中心")
        inner = (f'<div id="pageLeft"><div class="treeBox"><h3>信息公开</h3><ul>{tree}</ul></div></div><div id="page'
                 f'In">'
                 f'<div class="urHere">当前位置：<a href="./">首页</a><b>&gt;</b>{esc(name)}</div><div class="articl'
                 f'eList">'
                 f'{dls}</div>{pager}</div>')
        return Response(200, frame(f"{name}_潆城市生态环境局", inner).encode())


PORTALS = [NocmsYingcheng]
