"""沭岭县 (www.shuling.gov.test): a 博达 VSB county whose 年报 column is set to VSB's *dynamic* list
``/lm_list.jsp?wbtreeid=1460`` — a ``winstyle1460`` table whose rows date as ``2025/01/20`` — paged under
the standard VSB pager (``共11条`` … ``1/3``) by links of the form ``lm_list.jsp?totalpage=3&PAGENUM=2&
urltype=tree.TreeTempUrl&wbtreeid=1460``, whose articles are ``/info/1460/<id>.htm`` with the body in
``div#vsb_content_4`` and a ``_showDynClicks`` counter, and whose 2023 county report is a PDF behind the
``download.jsp`` attachment servlet in VSB's ``附件【…】已下载…次`` line — served only with a ``Referer``
(without one, VSB's ~5 KB HTML error page) and named by ``Content-Disposition``.

Four rows a page; a ``PAGENUM`` past the last shows an empty table.  The 农业农村局 and the 城关镇 publish
in the county's column; their titles name them.  Chrome: a 党政机关 logo, a top 搜索 form posting to
VSB's ``/search.jsp``, a 信息公开 left tree, footer with 网站标识码 and 技术支持：博达软件.

Reports (8): 沭岭县人民政府 2019–2024 (2023 a PDF via download.jsp), 沭岭县农业农村局 2024, 沭岭县城关镇人民政府
2024.  Decoys (3): 沭岭县人民政府办公室2024年度部门决算, 沭岭县2024年国民经济和社会发展统计公报,
沭岭县2023年政府信息公开工作年度报告解读.
"""

from __future__ import annotations

import random
from urllib.parse import quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.batch23._site import Site, esc
from govcrawl.province.unseen.kit import PDF
from govcrawl.synth.model import ReportDoc

HOST = "www.shuling.gov.test"
SITE = "shuling-gov"
OWNER = "沭岭县人民政府"
TREE = "1460"
OWNER_ID = "1382091234"
PER = 4


def slash(date: str) -> str:
    return date.replace("-", "/")


def frame(title: str, inner: str) -> str:
    return (
        f'<!DOCTYPE html><HTML><HEAD><TITLE>{esc(title)}</TITLE><META Name="keywords" Content="沭岭县人民政府">'
        f'<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><META Name="SiteIDCode" '
        f'Content="9871230041"><LINK href="/style/sl.css" type="text/css" rel="stylesheet"><script '
        f'type="text/javascript" src="/system/resource/js/dynclicks.js"></script><script type="text/javascript" '
        f'src="/system/resource/js/ajax.js"></script></HEAD><BODY><div class="sl-top"><img src="/images/dzjg.png" '
        f'alt="党政机关"><img src="/images/sl_title.png" alt="沭岭县人民政府"><form action="/search.jsp?wbtreeid=1001" '
        f'method="post" name="a212345a"><input name="showkeycode" class="sl-kw"><input type="submit" value="搜索">'
        f'</form></div><div class="sl-nav"><a href="/index.htm">首页</a><a href="/zwgk.htm">政务公开</a><a '
        f'href="/zwfw.htm">政务服务</a><a href="/hdjl.htm">互动交流</a></div><div class="sl-main">{inner}</div>'
        f'<div class="sl-foot">主办：沭岭县人民政府办公室　网站标识码：9871230041　技术支持：博达软件</div>'
        f'</BODY></HTML>'
    )


class VsbShuling(Site):
    hosts = (HOST,)
    site_ids = (SITE,)
    first_id = 183_100

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.rows: list[tuple[str, str, str]] = []  # (date, href, title)
        self.files: dict[str, tuple[str, Response]] = {}
        for year, day in ((2019, 23), (2020, 19), (2021, 21), (2022, 18), (2024, 20)):
            self.article(self.doc(OWNER, year, f"{year + 1}-01-{day}", f"沭岭县{year}年政府信息公开工作年度报告"))
        self.pdf(self.doc(OWNER, 2023, "2024-01-22", "沭岭县2023年政府信息公开工作年度报告"))
        self.article(self.doc("沭岭县农业农村局", 2024, "2025-01-17", "沭岭县农业农村局2024年政府信息公开工作年度报告"))
        self.article(self.doc("沭岭县城关镇人民政府", 2024, "2025-01-13", "沭岭县城关镇2024年政府信息公开工作年度报告"))
        for title, year, date in (("沭岭县人民政府办公室2024年度部门决算", 2024, "2025-08-22"),
                                  ("沭岭县2024年国民经济和社会发展统计公报", 2024, "2025-04-15"),
                                  ("沭岭县2023年政府信息公开工作年度报告解读", 2023, "2024-01-30")):
            self.decoy(SITE, self.page(title, date, self.decoy_body(title, OWNER, year)), title)
        self.rows.sort(reverse=True)
        self.route(HOST, "/lm_list.jsp", self.listing)
        self.route(HOST, "/system/_content/download.jsp", self.download)

    def page(self, title: str, date: str, content: str, after: str = "") -> str:
        aid = str(self.next_id())
        inner = (f'<div class="sl-pos">当前位置: <a href="/index.htm">首页</a> &gt;&gt; <a href="/zwgk.htm">政务公开'
                 f'</a> &gt;&gt; <a href="/lm_list.jsp?wbtreeid={TREE}">政府信息公开年报</a></div><form '
                 f'name="_newscontent_fromname"><div class="sl-art"><h1 align="center">{esc(title)}</h1><div '
                 f'class="sl-info">发布时间：{date}　浏览次数：<script>_showDynClicks("wbnews", {OWNER_ID}, {aid})'
                 f'</script></div><div id="vsb_content_4"><div class="v_news_content">{content}</div></div>{after}'
                 f'</div></form>')
        path = f"/info/{TREE}/{aid}.htm"
        self.put(HOST, path, frame(f"{title}-沭岭县人民政府", inner))
        self.rows.append((date, path.lstrip("/"), title))
        return f"http://{HOST}{path}"

    def article(self, doc: ReportDoc) -> None:
        self.report(SITE, self.page(doc.title, doc.published_date or "", self.body(doc, word=doc.year == 2020)), doc)

    def pdf(self, doc: ReportDoc) -> None:
        fid = str(self.rng.randint(8_000_000, 8_999_999))
        link = f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid={fid}"
        after = (f'<ul style="list-style-type:none;"><li>附件【<a href="{link.replace("&", "&amp;")}" '
                 f'target="_blank">{esc(doc.title)}.pdf</a>】已下载<span id="nattach{fid}"><script '
                 f'language="javascript">getClickTimes({fid},{OWNER_ID},"wbnewsfile","attach")</script></span>次'
                 f'</li></ul>')
        lead = '<p class="vsbcontent_start">现将报告全文予以公开（见附件）。</p>'
        url = self.page(doc.title, doc.published_date or "", lead, after)
        self.attach(HOST, f"/_vsb_file/{fid}", doc, "pdf", quote(f"{doc.title}.pdf"))
        handler = self.dynamic.pop((HOST, f"/_vsb_file/{fid}"))
        self.files[fid] = (url, handler(Request("GET", HOST, link, {}, {})))
        self.report(SITE, url, doc, media_type=PDF, report_url=f"http://{HOST}{link}")

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer", "").split("#")[0] != found[0]:
            notice = ('<html><head><title>提示</title></head><body><div class="err"><h3>下载附件出错</h3><p>'
                      + "对不起，您访问的附件不存在或已被删除，或者您没有下载该附件的权限。" * 40 + '</p><a '
                      'href="javascript:history.back()">返回</a></div></body></html>')
            return Response(200, notice.encode(), "text/html; charset=UTF-8")
        return found[1]

    def listing(self, request: Request) -> Response:
        if request.param("wbtreeid") != TREE:
            return Response(200, frame("提示", "<p>栏目不存在</p>").encode(), "text/html; charset=UTF-8")
        try:
            n = max(1, int(request.param("PAGENUM", "1")))
        except ValueError:
            n = 1
        pages = -(-len(self.rows) // PER)
        chunk = self.rows[(n - 1) * PER:n * PER]
        rows = "".join(f'<tr id="line_u8_{i}"><td><a href="{h}" class="c{TREE}" title="{esc(t)}" target="_blank">'
                       f'{esc(t)}</a></td><td align="right" width="90"><span class="timestyle{TREE}">{slash(d)}</span>'
                       f'</td></tr>' for i, (d, h, t) in enumerate(chunk))

        def link(k: int, text: str, cls: str) -> str:
            return (f'<span class="{cls}"><a href="lm_list.jsp?totalpage={pages}&amp;PAGENUM={k}&amp;urltype='
                    f'tree.TreeTempUrl&amp;wbtreeid={TREE}">{text}</a></span>')

        parts = [link(1, "首页", "p_first p_fun") + link(n - 1, "上页", "p_prev p_fun") if n > 1 else
                 '<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>']
        parts += [f'<span class="p_no_d">{k}</span>' if k == n else link(k, str(k), "p_no")
                  for k in range(1, pages + 1)]
        parts.append(link(n + 1, "下页", "p_next p_fun") + link(pages, "尾页", "p_last p_fun") if n < pages else
                     '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>')
        pager = (f'<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css"><div class="pb_sys_common '
                 f'pb_sys_normal pb_sys_style1"><span class="p_t">共{len(self.rows)}条</span><span class="p_pages">'
                 f'{"".join(parts)}</span><span class="p_t">{n}/{pages}</span></div>')
        tree = ('<div class="sl-left"><h3>信息公开</h3><ul><li><a href="/xxgk/zn.htm">政府信息公开指南</a></li><li><a '
                'href="/xxgk/zd.htm">政府信息公开制度</a></li>'
                '<li class="on"><a href="lm_list.jsp?wbtreeid=1460">政府信息'
                '公开年报</a></li></ul></div>')
        inner = (f'{tree}<div class="sl-right"><div class="sl-pos">当前位置: <a href="/index.htm">首页</a> &gt;&gt; '
                 f'政府信息公开年报</div><table class="winstyle{TREE}" width="100%" cellpadding="0">{rows}</table>'
                 f'<table width="100%"><tr><td align="center">{pager}</td></tr></table></div>')
        return Response(200, frame("政府信息公开年报-沭岭县人民政府", inner).encode(), "text/html; charset=UTF-8")


PORTALS = [VsbShuling]
