"""沮阳县 (www.juyang.gov.test), registered ``cms: auto`` with only the home page ``/`` as start URL: a county portal
on SilverStripe 4 (a PHP CMS; no README family — ``<meta name="generator" content="Silverstripe CMS 4.13">``,
theme assets under ``/_resources/themes/juyang/``) in UTF-8.  Every page carries SilverStripe's ``<base
href="http://www.juyang.gov.test/"><!--[if lte IE 6]></base><![endif]-->`` and writes its links *relative to that
base* (``xxgk/ndbg/``, no leading slash) — resolving them against the page's own URL would be wrong.

Path: home ``/`` (menu ``<nav class="primary"><ul><li class="link">``; the 信息公开 menu item ``xxgk/``) → the
信息公开 page ``/xxgk/`` listing its child pages in ``<ul class="children">`` (政策文件, 政府信息公开年报
``xxgk/ndbg/``, 公开指南) → the 年报 holder ``/xxgk/ndbg/``, a ``PaginatedList`` of four a page, later pages by
offset: ``/xxgk/ndbg/?start=4``, ``?start=8``, ``?start=12`` (an offset past the end answers an empty list).
Article pages have SilverStripe's fallback URL segment for titles with no Latin letters:
``/xxgk/ndbg/page-<ID>/``; an unknown one answers 404.

List markup: ``<div class="holder">`` of ``<article class="summary">`` blocks: ``<h3><a href="xxgk/ndbg/page-N/">
title</a></h3>`` then ``<p class="meta"><time datetime="2025-01-22">2025年01月22日</time> · 来源：…</p>`` and a
one-line abstract.  Pager: ``<nav class="pagination">`` with ``<a class="prev">上一页</a>``, page numbers as
links, the current one a ``<span class="current">``, ``<a class="next">下一页</a>``; its links are
``xxgk/ndbg/?start=N`` (also relative to the base).

Articles: breadcrumbs ``<div class="breadcrumbs">`` (首页 › 信息公开 › 政府信息公开年报 › title), ``<h1>``, a ``<p
class="meta">`` (发布日期, 来源), body in ``<div class="typography">``.  The 2021 report's page says a line and
links its PDF at ``assets/xxgk/ndbg/<n>/2021ndbg.pdf`` (a text PDF).  The 县教育局 report's 来源 is 沮阳县教育局;
the 城关镇 report's 来源 is 沮阳县城关镇人民政府.  Chrome: header with county name and 无障碍 link ``wza/``,
footer with 主办单位, 网站标识码, ICP and a 微信公众号 QR blurb.

Reports (8): 沮阳县人民政府 2019, 2020, 2021 (PDF), 2022, 2023, 2024; 沮阳县教育局 2024; 沮阳县城关镇人民政府
2021.
Decoys (3): 沮阳县2023年法治政府建设年度报告, 沮阳县人民政府网站2022年度工作报表, 沮阳县2024年政务公开工作要点.
Other items (2): 政务公开 news."""

from __future__ import annotations

import random

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch35._site import MEDIA, Site, esc

HOST = "www.juyang.gov.test"
SITE = "juyang-gov"
OWNER = "沮阳县人民政府"
PER = 4
HOLDER = "/xxgk/ndbg/"


def frame(title: str, inner: str, crumbs: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n'
        f'<base href="http://{HOST}/"><!--[if lte IE 6]></base><![endif]-->\n'
        f'<title>{esc(title)} &raquo; 沮阳县人民政府</title>\n<meta charset="utf-8">\n'
        '<meta name="generator" content="Silverstripe CMS 4.13">\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<link rel="stylesheet" type="text/css" href="/_resources/themes/juyang/css/layout.css?m=1699412345">\n'
        '</head>\n<body class="Page">\n<header class="header"><div class="inner">'
        '<a href="" class="brand" rel="home"><h1>沮阳县人民政府</h1><p>www.juyang.gov.test</p></a>'
        '<a class="wza" href="wza/">无障碍</a></div>\n<nav class="primary"><ul>'
        '<li class="link"><a href="" title="首页">首页</a></li>'
        '<li class="link"><a href="xxgk/" title="信息公开">信息公开</a></li>'
        '<li class="link"><a href="hdjl/" title="互动交流">互动交流</a></li></ul></nav></header>\n'
        f'<div class="main" role="main"><div class="inner typography line">{crumbs}{inner}</div></div>\n'
        '<footer class="footer" role="contentinfo"><div class="inner">主办单位：沮阳县人民政府办公室　'
        '网站标识码：9885090001　未ICP备19027735号-1<br>扫描二维码关注“沮阳发布”微信公众号</div></footer>\n'
        '</body>\n</html>\n'
    )


class AutoJuyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 306_200

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.items: list[tuple[str, int, str, str]] = []
        for year, date in ((2019, "2020-01-17"), (2020, "2021-01-22")):
            doc = self.doc(OWNER, year, date, f"沮阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.page(doc.title, date, OWNER, self.body(doc)), doc)
        doc = self.doc(OWNER, 2021, "2022-01-26", "沮阳县人民政府2021年政府信息公开工作年度报告")
        n = self.next_id(5, 40)
        pdf = self.attach(HOST, f"/assets/xxgk/ndbg/{n}/2021ndbg.pdf", doc, "pdf")
        url = self.page(doc.title, "2022-01-26", OWNER,
                        f'<p>《{esc(doc.title)}》全文请下载查阅：</p><p><a href="assets/xxgk/ndbg/{n}/2021ndbg.pdf" '
                        'class="file-pdf">2021ndbg.pdf（PDF）</a></p>')
        self.report(SITE, url, doc, media_type=MEDIA["pdf"], report_url=pdf)
        for year, date in ((2022, "2023-01-20"), (2023, "2024-01-24"), (2024, "2025-01-22")):
            doc = self.doc(OWNER, year, date, f"沮阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.page(doc.title, date, OWNER, self.body(doc, word=year == 2023)), doc)
        for agency, short, year, date in (("沮阳县教育局", "县教育局", 2024, "2025-01-27"),
                                          ("沮阳县城关镇人民政府", "城关镇", 2021, "2022-01-19")):
            doc = self.doc(agency, year, date, f"{short}{year}年度政府信息公开工作年度报告")
            self.report(SITE, self.page(doc.title, date, agency, self.body(doc)), doc)
        for title, agency, year, date in (
                ("沮阳县2023年法治政府建设年度报告", OWNER, 2023, "2024-03-05"),
                ("沮阳县人民政府网站2022年度工作报表", "沮阳县人民政府办公室", 2022, "2023-01-13"),
                ("沮阳县2024年政务公开工作要点", "沮阳县人民政府办公室", 2024, "2024-04-18")):
            self.decoy(SITE, self.page(title, date, agency, self.decoy_body(title, OWNER, year)), title)
        for title, date in (("我县召开政务公开工作推进会", "2024-06-12"),
                            ("县政务服务中心开展政务公开日活动", "2023-05-16")):
            self.page(title, date, "沮阳县人民政府办公室", "<p>会议强调，要进一步提升政务公开标准化规范化水平。</p>")
        self.items.sort(reverse=True)
        self.route(HOST, HOLDER, self.serve_holder)
        kids = "".join(f'<li><a href="xxgk/{slug}/">{name}</a></li>' for slug, name in (
            ("zcwj", "政策文件"), ("ndbg", "政府信息公开年报"), ("gkzn", "政府信息公开指南")))
        self.put(HOST, "/xxgk/", frame("信息公开", f'<h1>信息公开</h1><ul class="children">{kids}</ul>'))
        self.put(HOST, "/xxgk/zcwj/", frame("政策文件", "<h1>政策文件</h1><p>暂无内容。</p>"))
        self.put(HOST, "/xxgk/gkzn/", frame("政府信息公开指南", "<h1>政府信息公开指南</h1><p>详见指南。</p>"))
        self.put(HOST, "/hdjl/", frame("互动交流", "<h1>互动交流</h1><p>县长信箱、意见征集。</p>"))
        self.put(HOST, "/wza/", frame("无障碍", "<h1>无障碍</h1><p>本站支持读屏软件。</p>"))
        self.put(HOST, "/", frame("首页", '<h2>政务公开</h2><ul><li><a href="xxgk/">信息公开</a></li>'
                                          '<li><a href="xxgk/ndbg/">政府信息公开年报</a></li></ul>'))
        self.put(HOST, "/_resources/themes/juyang/css/layout.css", "body{margin:0}", "text/css")

    def page(self, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(3, 30)
        path = f"{HOLDER}page-{n}/"
        crumbs = ('<div class="breadcrumbs"><a href="">首页</a> &rsaquo; <a href="xxgk/">信息公开</a> &rsaquo; '
                  f'<a href="xxgk/ndbg/">政府信息公开年报</a> &rsaquo; {esc(title)}</div>')
        y, m, d = date.split("-")
        self.put(HOST, path, frame(title, f'<h1>{esc(title)}</h1><p class="meta">发布日期：{y}年{m}月{d}日　来源：'
                                          f'{esc(agency)}</p><div class="typography">{content}</div>', crumbs))
        self.items.append((date, n, title, agency))
        return f"http://{HOST}{path}"

    def serve_holder(self, request: Request) -> Response:
        raw = request.param("start", "0")
        start = int(raw) if raw.isdigit() else 0
        total = len(self.items)
        arts = "".join(
            f'<article class="summary"><h3><a href="xxgk/ndbg/page-{n}/">{esc(title)}</a></h3><p class="meta">'
            f'<time datetime="{date}">{date[:4]}年{date[5:7]}月{date[8:]}日</time> · 来源：{esc(agency)}</p>'
            f'<p>{esc(title)}全文。</p></article>'
            for date, n, title, agency in self.items[start:start + PER])
        offsets = list(range(0, total, PER))
        links = []
        if start > 0:
            links.append(f'<a class="prev" href="xxgk/ndbg/?start={max(start - PER, 0)}">上一页</a>')
        for i, off in enumerate(offsets):
            links.append(f'<span class="current">{i + 1}</span>' if off == start
                         else f'<a href="xxgk/ndbg/?start={off}">{i + 1}</a>')
        if start + PER < total:
            links.append(f'<a class="next" href="xxgk/ndbg/?start={start + PER}">下一页</a>')
        crumbs = '<div class="breadcrumbs"><a href="">首页</a> &rsaquo; <a href="xxgk/">信息公开</a></div>'
        pager = f'<nav class="pagination">{" ".join(links)}</nav>'
        body = frame("政府信息公开年报", f'<h1>政府信息公开年报</h1><div class="holder">{arts}</div>{pager}', crumbs)
        return Response(200, body.encode())


PORTALS = [AutoJuyang]
