"""湍阳县 (www.tuanyang.gov.test), registered ``cms: auto`` with only the home page ``/`` as start URL: a county portal
on Concrete CMS 8 (concrete5, a PHP CMS; no README family) with pretty URLs.  ``<meta name="generator" content=
"concrete5 - 8.5.12">``, pages wrapped in ``<div class="ccm-page ccm-page-id-N page-type-page …">``, theme assets under
``/application/themes/tuanyang/``.

Path: home ``/`` — its top nav (``<ul class="nav navbar-nav">`` of the Auto-Nav block) links 信息公开 ``/xinxigongkai``,
a landing page whose left Auto-Nav (``<nav class="ccm-responsive-navigation">``) lists the child pages, one of them
政府信息公开年报 ``/xinxigongkai/zhengfuxinxigongkainianbao``.  That page holds a Page List block, six pages a page,
newest first: ``<div class="ccm-block-page-list-wrapper">`` → ``<div class="ccm-block-page-list-page-entry">`` with
``<div class="ccm-block-page-list-title"><a href="…" target="_self">title</a></div>``, ``<div
class="ccm-block-page-list-date">2024/01/22</div>`` and ``<div class="ccm-block-page-list-description">来源：…</div>``.
Pager: Concrete's Pagerfanta Bootstrap-3 view ``<div class="ccm-pagination-wrapper"><ul class="pagination">`` — ``<li
class="prev disabled"><span>&larr; 上一页</span></li>``, page numbers (current ``<li class="active"><span>1 <span
class="sr-only">(current)</span></span></li>``), ``<li class="next"><a href="…?ccm_paging_p=2">下一页 &rarr;</a></li>``;
pages 2 and 3 are ``?ccm_paging_p=2`` / ``=3`` (page 1 is the bare path; ``ccm_paging_p=1`` answers it too).

Articles: child pages ``/xinxigongkai/zhengfuxinxigongkainianbao/<handle>`` (hand-typed ASCII handles such as
``2023-ndbg``, ``jyj-2023``); one page whose handle the editor cleared is linked as ``/index.php?cID=<n>`` (Concrete's
page-id URL).  An article: ``<h1 class="page-title">``, ``<div class="page-date">发布日期：…　来源：…</div>``, the
body in a Content block ``<div class="ccm-block-content">`` (some pasted from Word).  The 2022 report is a File
block ``<div class="ccm-block-file"><a href="/download_file/view/<fID>/<cID>">`` answering a DOCX with a
``Content-Disposition`` filename.  Department reports abbreviate (县教育局…, 县卫健局…); 来源 names the full agency.
Chrome: header with logo and a search form (``/search``, not needed), footer with 主办单位, 网站标识码, ICP, 无障碍
link (``/wza``) and "Built with concrete5".

Reports (8): 湍阳县人民政府 2020, 2021, 2022 (DOCX), 2023, 2024; 湍阳县教育局 2023; 湍阳县卫生健康局 2024;
湍阳县城关镇人民政府 2022 (the ``?cID=`` page).  Decoys (3): 湍阳县2024年政务公开工作要点,
湍阳县政府网站2024年工作年度报表, 关于2023年度政府信息公开工作年度报告发布的公告.
Other pages (2): ordinary 信息公开 notices.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch33._site import MEDIA, Site, esc

HOST = "www.tuanyang.gov.test"
SITE = "tuanyang-gov"
OWNER = "湍阳县人民政府"
XXGK = "/xinxigongkai"
LIST = XXGK + "/zhengfuxinxigongkainianbao"
PER = 6


def page(title: str, cid: int, inner: str, template: str = "right-sidebar") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="content-type" content="text/html; '
        f'charset=UTF-8"/>\n<title>{esc(title)} :: 湍阳县人民政府</title>\n'
        '<meta name="generator" content="concrete5 - 8.5.12"/>\n'
        '<link rel="stylesheet" type="text/css" href="/application/themes/tuanyang/css/main.css">\n'
        "<script type=\"text/javascript\">var CCM_DISPATCHER_FILENAME = \"/index.php\";var CCM_CID = "
        f"{cid};var CCM_EDIT_MODE = false;var CCM_REL = \"\";</script>\n</head>\n<body>\n"
        f'<div class="ccm-page ccm-page-id-{cid} page-type-page page-template-{template}">\n'
        '<header><div class="container"><div class="row"><div class="col-sm-8"><a href="/"><img '
        'src="/application/files/thumbnails/logo.png" alt="湍阳县人民政府"></a></div><div class="col-sm-4">'
        '<form action="/search" method="get" class="ccm-search-block-form"><input name="query" type="text" '
        'class="ccm-search-block-text"><input name="submit" type="submit" value="搜索" '
        'class="btn btn-default ccm-search-block-submit"></form></div></div>'
        '<nav class="ccm-responsive-navigation original"><ul class="nav navbar-nav"><li class=""><a href="/" '
        'target="_self">首页</a></li><li class=""><a href="/zhengwudongtai" target="_self">政务动态</a></li>'
        f'<li class="nav-path-selected"><a href="{XXGK}" target="_self">信息公开</a></li><li class=""><a '
        'href="/hudongjiaoliu" target="_self">互动交流</a></li></ul></nav></div></header>\n'
        f'<main><div class="container">{inner}</div></main>\n'
        '<footer id="footer-theme"><section><div class="container"><p>主办单位：湍阳县人民政府办公室　'
        '网站标识码：9883090001　未ICP备11038264号-1　<a href="/wza">无障碍</a></p>'
        '<p class="ccm-footer-powered">Built with <a href="https://www.concretecms.org" rel="nofollow">concrete5</a>'
        '</p></div></section></footer>\n</div>\n</body>\n</html>\n'
    )


def sidebar() -> str:
    return ('<div class="col-sm-3"><nav class="ccm-responsive-navigation"><ul class="nav"><li><a href="'
            f'{XXGK}/zhengfuxinxigongkaizhinan">政府信息公开指南</a></li><li><a href="{XXGK}/fadingzhudonggongkai">'
            f'法定主动公开内容</a></li><li class="nav-selected"><a href="{LIST}">政府信息公开年报</a></li></ul>'
            '</nav></div>')


class AutoTuanyang(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 286_200

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        self.cid_html: dict[str, str] = {}
        for year, date, handle in ((2020, "2021-01-25", "2020-ndbg"), (2021, "2022-01-21", "2021-ndbg"),
                                   (2023, "2024-01-19", "2023-ndbg"), (2024, "2025-01-22", "2024-ndbg")):
            doc = self.doc(OWNER, year, date, f"湍阳县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(handle, doc.title, date, OWNER, self.body(doc, word=year == 2021)), doc)
        doc = self.doc(OWNER, 2022, "2023-01-17", "湍阳县人民政府2022年政府信息公开工作年度报告")
        cid = self.next_id(8, 40)
        fid = self.rng.randint(300, 900)
        file_url = self.attach(HOST, f"/download_file/view/{fid}/{cid}", doc, "docx",
                               filename=quote("湍阳县人民政府2022年政府信息公开工作年度报告.docx"))
        content = (f'<div class="ccm-block-content"><p>{esc(doc.title)}全文见附件。</p></div>'
                   f'<div class="ccm-block-file"><a href="/download_file/view/{fid}/{cid}">'
                   f'{esc(doc.title)}.docx</a></div>')
        url = self.art("2022-ndbg", doc.title, "2023-01-17", OWNER, content, cid=cid, raw=True)
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=file_url)
        for agency, short, year, date, handle in (
                ("湍阳县教育局", "县教育局", 2023, "2024-01-30", "jyj-2023"),
                ("湍阳县卫生健康局", "县卫健局", 2024, "2025-01-24", "wjj-2024"),
                ("湍阳县城关镇人民政府", "城关镇", 2022, "2023-01-28", "")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(handle, doc.title, date, agency, self.body(doc)), doc)
        for title, agency, year, date, handle in (
                ("湍阳县2024年政务公开工作要点", "湍阳县人民政府办公室", 2024, "2024-04-08", "2024-gzyd"),
                ("湍阳县政府网站2024年工作年度报表", "湍阳县人民政府办公室", 2024, "2025-01-14", "2024-ndbb"),
                ("关于2023年度政府信息公开工作年度报告发布的公告", "湍阳县人民政府办公室", 2023, "2024-01-31",
                 "2023-nbgg")):
            self.decoy(SITE, self.art(handle, title, date, agency, self.decoy_body(title, OWNER, year)), title)
        for title, date, handle in (("湍阳县政务公开标准目录（2023年版）", "2023-06-12", "bzml-2023"),
                                    ("关于调整县政府信息公开工作机构的通知", "2022-03-09", "tz-2022-03")):
            self.art(handle, title, date, "湍阳县人民政府办公室",
                     f"<p>　　现将{esc(title)}有关内容予以公开。</p>")
        self.rows.sort(reverse=True)
        self.route(HOST, LIST, self.serve_list)
        self.route(HOST, "/index.php", self.serve_cid)
        self.put(HOST, "/index.html", page("首页", 1, '<div class="row"><div class="col-sm-12"><h2>湍阳要闻</h2>'
                                                     '<p>县政府召开常务会议研究部署近期重点工作。</p>'
                                                     f'<p><a href="{XXGK}">进入信息公开</a></p></div></div>', "full"))
        self.put(HOST, XXGK, page("信息公开", 140, f'<div class="row">{sidebar()}<div class="col-sm-9">'
                                                 '<h1 class="page-title">信息公开</h1><div class="ccm-block-content">'
                                                 '<p>请从左侧栏目选择查阅。</p></div></div></div>'))
        self.put(HOST, "/application/themes/tuanyang/css/main.css", ".ccm-page{margin:0}", "text/css")
        for path, title in ((XXGK + "/zhengfuxinxigongkaizhinan", "政府信息公开指南"),
                            (XXGK + "/fadingzhudonggongkai", "法定主动公开内容"), ("/zhengwudongtai", "政务动态"),
                            ("/hudongjiaoliu", "互动交流"), ("/wza", "无障碍"), ("/search", "搜索")):
            self.put(HOST, path, page(title, 150, f'<h1 class="page-title">{title}</h1><div class="ccm-block-content">'
                                                  '<p>栏目建设中。</p></div>'))

    def art(self, handle: str, title: str, date: str, agency: str, content: str, cid: int | None = None,
            raw: bool = False) -> str:
        cid = cid or self.next_id(8, 40)
        body = content if raw else f'<div class="ccm-block-content">{content}</div>'
        html = page(title, cid, f'<div class="row">{sidebar()}<div class="col-sm-9"><h1 class="page-title">'
                                f'{esc(title)}</h1><div class="page-date">发布日期：{date}　来源：{esc(agency)}</div>'
                                f'{body}</div></div>')
        if handle:
            path = f"{LIST}/{handle}"
            self.put(HOST, path, html)
        else:
            path = f"/index.php?cID={cid}"
            self.cid_html[str(cid)] = html
        self.rows.append((date, path, title, agency))
        return f"http://{HOST}{path}"

    def serve_cid(self, request: Request) -> Response:
        html = self.cid_html.get(request.param("cID"))
        if html is None:
            return self.not_found(request)
        return Response(200, html.encode(), "text/html; charset=UTF-8")

    def serve_list(self, request: Request) -> Response:
        pages = (len(self.rows) + PER - 1) // PER
        p = request.param("ccm_paging_p", "1")
        num = int(p) if p.isdigit() and 1 <= int(p) <= pages else 1
        start = (num - 1) * PER
        entries = "".join(
            '<div class="ccm-block-page-list-page-entry"><div class="ccm-block-page-list-page-entry-text">'
            f'<div class="ccm-block-page-list-title"><a href="{path}" target="_self">{esc(title)}</a></div>'
            f'<div class="ccm-block-page-list-date">{date.replace("-", "/")}</div>'
            f'<div class="ccm-block-page-list-description">来源：{esc(agency)}</div></div></div>'
            for date, path, title, agency in self.rows[start:start + PER])

        def href(n: int) -> str:
            return f"{LIST}?ccm_paging_p={n}"

        items = ['<li class="prev disabled"><span>&larr; 上一页</span></li>' if num == 1 else
                 f'<li class="prev"><a href="{href(num - 1)}">&larr; 上一页</a></li>']
        for n in range(1, pages + 1):
            items.append(f'<li class="active"><span>{n} <span class="sr-only">(current)</span></span></li>'
                         if n == num else f'<li><a href="{href(n)}">{n}</a></li>')
        items.append('<li class="next disabled"><span>下一页 &rarr;</span></li>' if num == pages else
                     f'<li class="next"><a href="{href(num + 1)}">下一页 &rarr;</a></li>')
        inner = (f'<div class="row">{sidebar()}<div class="col-sm-9"><h1 class="page-title">政府信息公开年报</h1>'
                 '<div class="ccm-block-page-list-wrapper"><div class="ccm-block-page-list-header"><h5>政府信息公开年报'
                 f'</h5></div><div class="ccm-block-page-list-pages">{entries}</div></div>'
                 f'<div class="ccm-pagination-wrapper"><ul class="pagination">{"".join(items)}</ul></div></div></div>')
        return Response(200, page("政府信息公开年报", 152, inner).encode(), "text/html; charset=UTF-8")


PORTALS = [AutoTuanyang]
