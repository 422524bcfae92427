"""滁坪县 (www.chuping.gov.test), registered ``cms: auto`` with only the home page ``/`` as start URL: a county portal
on DNN (DotNetNuke 9, an ASP.NET CMS; no README family) with the EasyDNNnews article module.  Pages carry ``<meta
name="generator" content="DotNetNuke">``, ``<form method="post" action="…" id="Form">`` with a ``__VIEWSTATE`` around
every page, skin files under ``/Portals/_default/Skins/chuping/`` and DNN's ``dnn_ctr<ModuleID>_`` ids.

Path: home ``/`` — its DNN menu (``<ul class="dnnmega">``) links 信息公开 ``/xxgk`` (a tab page), whose left submenu
``<div class="dnnSubMenu">`` links 政府信息公开年报 ``/xxgk/zfxxgknb``.  That tab holds one EasyDNNnews module (ModuleID
1422): articles ``<div class="edn_article edn_clearFix"><h2 class="edn_articleTitle"><a href="…">title</a></h2><div
class="edn_metaDetails"><time class="edn_articleDate">2024年01月22日</time><span class="edn_articleAuthor">…</span>
</div><div class="edn_articleSummary">…</div></div>``, five a page, newest first.  Pager: EasyDNNnews's ``<div
class="article_pager">`` of ``<a class="first|prev|page|active page|next|last">`` links; later pages are path
segments ``/xxgk/zfxxgknb/PgrID/1422/PageID/2`` and ``…/PageID/3`` (page 1 is the bare tab).

Articles: ``/xxgk/zfxxgknb/ArtMID/1422/ArticleID/<n>/<ascii-slug>``; ``<h1 class="edn_articleTitle">``, a
``<div class="edn_metaDetails">`` with 发布时间 and 来源 (the full agency), body in
``<div class="edn_articleContent">``.  The 2023 report's article holds only a ``<div class="edn_articleDocuments">``
list whose link is DNN's file ticket
``/LinkClick.aspx?fileticket=<ticket>&tabid=58&portalid=0&mid=1422`` answering a DOCX with a ``Content-Disposition``
filename.  Department reports abbreviate (县财政局…, 县水利局…); 来源 gives the full agency.  Chrome: a banner, a
search box (``/Search-Results``, not needed), footer with 主办单位, 网站标识码, ICP, 无障碍 link (``/wza``), "Copyright
…" and DNN's ``<a id="dnn_dnnLOGIN_loginLink" href="/Login">`` (a page that answers).

Reports (8): 滁坪县人民政府 2020, 2021, 2022, 2023 (DOCX), 2024; 滁坪县财政局 2022; 滁坪县水利局 2024;
滁坪县龙泉镇人民政府 2021.  Decoys (3): 滁坪县2024年政务公开工作要点, 滁坪县政府信息公开指南（2024年版）,
滁坪县2023年政府信息公开工作年度报告解读.  Other articles (1): an ordinary 信息公开 notice.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch34._site import MEDIA, Site, esc

HOST = "www.chuping.gov.test"
SITE = "chuping-gov"
OWNER = "滁坪县人民政府"
TAB = "/xxgk/zfxxgknb"
MID = 1422
PER = 5


def page(title: str, tabid: int, inner: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head id="Head"><meta content="text/html; charset=UTF-8" '
        f'http-equiv="Content-Type" />\n<title>\n\t{esc(title)} - 滁坪县人民政府\n</title>\n'
        '<meta name="generator" content="DotNetNuke" />\n'
        '<link href="/Portals/_default/Skins/chuping/skin.css?cdv=61" type="text/css" rel="stylesheet"/>\n</head>\n'
        f'<body id="Body">\n<form method="post" action="/tabid/{tabid}/Default.aspx" id="Form" '
        'enctype="multipart/form-data">\n<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" '
        'id="__VIEWSTATE" value="q8Yb0Fh3kXw2zV9c" /></div>\n'
        '<div id="siteWrapper"><header class="cp-header"><div class="container"><a id="dnn_dnnLOGO_hypLogo" '
        'title="滁坪县人民政府" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo.png" '
        'alt="滁坪县人民政府" />'
        '</a><div id="dnn_dnnSearch_ClassicSearch"><input name="dnn$dnnSearch$txtSearch" type="text" '
        'id="dnn_dnnSearch_txtSearch" /><a id="dnn_dnnSearch_cmdSearch" href="/Search-Results">搜索</a></div>'
        '</div><nav id="dnn_pnav"><ul class="dnnmega"><li><a href="/">首页</a></li><li><a href="/zwdt">政务动态</a>'
        '</li><li class="active"><a href="/xxgk">信息公开</a></li><li><a href="/bsfw">办事服务</a></li></ul></nav>'
        f'</header>\n<main id="dnn_ContentPane" class="container">{inner}</main>\n'
        '<footer class="cp-footer"><div class="container"><p>主办单位：滁坪县人民政府办公室　网站标识码：9884090001　'
        '未ICP备13027751号-2　<a href="/wza">无障碍</a></p><p><span id="dnn_dnnCopyright_lblCopyright" '
        'class="SkinObject">Copyright 2024 滁坪县人民政府</span>　<a id="dnn_dnnLOGIN_loginLink" href="/Login">'
        '登录</a></p></div></footer></div>\n</form>\n</body>\n</html>\n'
    )


def submenu() -> str:
    return ('<div class="col-md-3"><div class="dnnSubMenu"><h3>信息公开</h3><ul><li><a href="/xxgk/gkzn">'
            f'政府信息公开指南</a></li><li><a href="/xxgk/fdzdgk">法定主动公开内容</a></li><li class="selected"><a '
            f'href="{TAB}">政府信息公开年报</a></li></ul></div></div>')


class AutoChuping(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 296_200

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str, str]] = []
        for year, date in ((2020, "2021-01-22"), (2021, "2022-01-20"), (2022, "2023-01-19"), (2024, "2025-01-23")):
            doc = self.doc(OWNER, year, date, f"滁坪县人民政府{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(f"{year}-zfxxgk-ndbg", doc.title, date, OWNER,
                                       self.body(doc, word=year == 2022)), doc)
        doc = self.doc(OWNER, 2023, "2024-01-24", "滁坪县人民政府2023年政府信息公开工作年度报告")
        ticket = "".join(self.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(11))
        link = f"/LinkClick.aspx?fileticket={ticket}%3d&tabid=58&portalid=0&mid={MID}"
        data_url = self.attach(HOST, "/LinkClick.aspx", doc, "docx",
                               filename=quote("滁坪县人民政府2023年政府信息公开工作年度报告.docx"))
        handler = self.dynamic.pop((HOST, "/LinkClick.aspx"))

        def linkclick(request: Request) -> Response:
            if request.param("fileticket") != ticket + "=":
                return Response(404, b"<h1>File Not Found</h1>", "text/html; charset=utf-8")
            return handler(request)

        self.route(HOST, "/LinkClick.aspx", linkclick)
        del data_url
        content = (f'<p>{esc(doc.title)}全文见附件。</p></div><div class="edn_articleDocuments"><h4>附件</h4><ul>'
                   f'<li><a href="{esc(link)}" target="_blank">{esc(doc.title)}.docx</a></li></ul>')
        url = self.art("2023-zfxxgk-ndbg", doc.title, "2024-01-24", OWNER, content)
        self.report(SITE, url, doc, media_type=MEDIA["docx"], report_url=f"http://{HOST}{link}")
        for agency, short, year, date, slug in (
                ("滁坪县财政局", "县财政局", 2022, "2023-01-30", "xczj-2022-ndbg"),
                ("滁坪县水利局", "县水利局", 2024, "2025-01-27", "xslj-2024-ndbg"),
                ("滁坪县龙泉镇人民政府", "龙泉镇", 2021, "2022-01-25", "lqz-2021-ndbg")):
            doc = self.doc(agency, year, date, f"{short}{year}年政府信息公开工作年度报告")
            self.report(SITE, self.art(slug, doc.title, date, agency, self.body(doc)), doc)
        for title, year, date, slug in (("滁坪县2024年政务公开工作要点", 2024, "2024-04-15", "2024-zwgk-gzyd"),
                                        ("滁坪县政府信息公开指南（2024年版）", 2023, "2023-07-03", "zfxxgk-zn"),
                                        ("滁坪县2023年政府信息公开工作年度报告解读", 2023, "2024-01-26",
                                         "2023-ndbg-jd")):
            self.decoy(SITE, self.art(slug, title, date, "滁坪县人民政府办公室", self.decoy_body(title, OWNER, year)),
                       title)
        self.art("xxgk-pt-tz", "关于启用县政府信息公开平台的通知", "2022-06-08", "滁坪县人民政府办公室",
                 "<p>　　各乡镇人民政府，县直各单位：县政府信息公开平台已于近日启用，现将有关事项通知如下。</p>")
        self.rows.sort(reverse=True)
        pages = (len(self.rows) + PER - 1) // PER

        def href(n: int) -> str:
            return TAB if n == 1 else f"{TAB}/PgrID/{MID}/PageID/{n}"

        for num in range(1, pages + 1):
            start = (num - 1) * PER
            arts = "".join(
                f'<div class="edn_article edn_clearFix"><h2 class="edn_articleTitle"><a href="{path}">{esc(title)}'
                f'</a></h2><div class="edn_metaDetails"><time class="edn_articleDate">{date[:4]}年{date[5:7]}月'
                f'{date[8:]}日</time> <span class="edn_articleAuthor">{esc(agency)}</span></div><div '
                f'class="edn_articleSummary"><p>{esc(title)}</p></div></div>'
                for date, path, title, agency in self.rows[start:start + PER])
            pager = []
            if num > 1:
                pager += [f'<a class="first" href="{href(1)}">首页</a>',
                          f'<a class="prev" href="{href(num - 1)}">上一页</a>']
            for n in range(1, pages + 1):
                pager.append(f'<a class="active page" href="{href(n)}">{n}</a>' if n == num else
                             f'<a class="page" href="{href(n)}">{n}</a>')
            if num < pages:
                pager += [f'<a class="next" href="{href(num + 1)}">下一页</a>',
                          f'<a class="last" href="{href(pages)}">末页</a>']
            inner = (f'<div class="row">{submenu()}<div class="col-md-9"><div class="DnnModule '
                     f'DnnModule-EasyDNNnews DnnModule-{MID}"><a name="{MID}"></a><div id="dnn_ctr{MID}_ContentPane">'
                     f'<div class="eds_news_module_{MID} news eds_subCollection_news '
                     'eds_template_List_Article_Default"><div class="edn_module_box">'
                     f'<h1 class="edn_moduleTitle">政府信息公开年报</h1>{arts}<div class="article_pager">'
                     f'{"".join(pager)}</div></div></div></div></div></div></div>')
            self.put(HOST, href(num), page("政府信息公开年报", 58, inner))
        self.put(HOST, "/index.html", page("首页", 21, '<div class="row"><div class="col-md-12"><h2>滁坪要闻'
                                                       '</h2><p>县政府召开第十次常务会议。</p><p><a href="/xxgk">'
                                                       '信息公开</a></p></div></div>'))
        self.put(HOST, "/xxgk", page("信息公开", 57, f'<div class="row">{submenu()}<div class="col-md-9"><h1>信息公开'
                                                     '</h1><p>请从左侧选择栏目。</p></div></div>'))
        self.put(HOST, "/Portals/0/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png")
        self.put(HOST, "/Portals/_default/Skins/chuping/skin.css", ".cp-header{height:120px}", "text/css")
        for path, title in (("/xxgk/gkzn", "政府信息公开指南"), ("/xxgk/fdzdgk", "法定主动公开内容"),
                            ("/zwdt", "政务动态"), ("/bsfw", "办事服务"), ("/wza", "无障碍"),
                            ("/Search-Results", "搜索结果"), ("/Login", "登录")):
            self.put(HOST, path, page(title, 70, f"<h1>{title}</h1><p>栏目建设中。</p>"))

    def art(self, slug: str, title: str, date: str, agency: str, content: str) -> str:
        n = self.next_id(4, 35)
        path = f"{TAB}/ArtMID/{MID}/ArticleID/{n}/{slug}"
        inner = (f'<div class="row">{submenu()}<div class="col-md-9"><div class="edn_article edn_articleDetails">'
                 f'<h1 class="edn_articleTitle">{esc(title)}</h1><div class="edn_metaDetails">发布时间：{date}　来源：'
                 f'{esc(agency)}</div><div class="edn_articleContent">{content}</div></div></div></div>')
        self.put(HOST, path, page(title, 58, inner))
        self.rows.append((date, path, title, agency))
        return f"http://{HOST}{path}"


PORTALS = [AutoChuping]
