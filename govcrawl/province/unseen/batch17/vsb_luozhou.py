"""椤州市教育局 (jyj.luozhou.gov.test): a city bureau's 博达 VSB site whose 年报 list rows are date boxes
(year over month-day), whose pager adds a ``<select>`` jump box whose options carry the page files, and
whose 2021 report is titled without the bureau's name.

The 年报 column ``/xxgk/xxgknb.htm`` and its reverse-numbered pages ``/xxgk/xxgknb/2.htm``,
``/xxgk/xxgknb/1.htm`` (page k of N is ``xxgknb/{N-k+1}.htm``, portals.md §1.4) list ``<div class=
"list-item" id="line_u8_N"><div class="time"><p>2025</p><span>01-22</span></div><a
href="../info/1041/<id> .htm" title="…">…</a></div>`` (``../../info/…`` from the numbered pages); four
rows a page, newest first. The pager is ``<div class="pb_sys_common pb_sys_normal pb_sys_style2">``: "共
9条", 首页/上页 dead, the numbers with links, 下页/尾页, "1/3", and ``<span class="p_goto"><select
onchange="window.location=this.value">`` whose options' values are ``xxgknb.htm``, ``xxgknb/2.htm``,
``xxgknb/1.htm``.  Articles ``/info/1041/<id>.htm``: ``form[name=_newscontent_fromname]
#vsb_content_501 .v_news_content`` under "作者：… 来源：… 发布时间：… 浏览次数：
<script>_showDynClicks(…)</script>".  The 2020 report (an OFD) and the 2023 report (a PDF) are stubs
whose files come from ``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=
1731280541&wbfileid=<n>`` in the 附件【…】 list after the form; without the article as ``Referer`` the
server answers a ~5 KB HTML error page.

Reports (6): 椤州市教育局 2019–2024 (2019–2020 old template; "椤州市教育局2019年度政府信息公开工作报告
", "市教育局2024年…", the 2021 one titled only "2021年度政府信息公开工作年度报告", the bureau named by
来源, ContentSource and the body).  Decoys (3): 教育事业统计公报, 法治政府建设年度报告, 部门决算.
"""

from __future__ import annotations

import random
from html import escape

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import OFD, PDF, Handler, UnseenPortal, body_html, decoy_text, make_doc, plain_cell
from govcrawl.province.unseen.kit import plain_para as para
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.ofd import render_ofd

HOST = "jyj.luozhou.gov.test"
SITE = "luozhou-jyj"
OWNER = "椤州市教育局"
TREE = 1041
OWNER_ID = 1731280541
PER = 4


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="Site'
        'Name" content="椤州市教育局"><meta name="SiteIDCode" content="9867040021">'
        f'{head}<title>{escape(title)}-椤州市教育局</title><link rel="stylesheet" href="/system/resource/css/pagedown/'
        'sys.css">'
        '<script type="text/javascript" src="/system/resource/js/counter.js"></script><script type="text/javascript" '
        'src="/system/resource/js/dynclicks.js"></script></head><body><div class="jy-top"><div class="w"><span id="wea'
        'ther">'
        '</span><a href="http://www.luozhou.gov.test/">椤州市人民政府</a><a href="javascript:;" onclick="kqNav()">无障'
        '碍'
        '</a><a href="javascript:;">关怀版</a></div></div><div class="jy-logo"><img src="/images/logo.png" alt="椤州市'
        '教'
        '育局"></div><div class="jy-nav"><a href="/index.htm">首页</a><a href="/jyxw.htm">教育新闻</a><a href="/tzgg.h'
        'tm">通知'
        f'公告</a><a href="/xxgk.htm">信息公开</a><a href="/bsfw.htm">办事服务</a></div><div class="w">{inner}</div><d'
        'iv class'
        '="jy-foot"><p>主办：椤州市教育局　地址：椤州市文昌路16号　电话：0986-7041234</p><p>网站标识码：9867040021　未'
        'ICP备'
        '12004401号　未公网安备98670402000087号</p><p><a href="http://bszs.conac.cn/sitename?method=show&id=0">'
        '<img src="/images/red.png"></a></p></div></body></html>'
    )


class VsbLuozhou(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 83_000
        self.fileid = 901_240
        self.entries: list[tuple[int, str, str]] = []
        self.files: dict[str, tuple[str, Handler]] = {}
        self.article(make_doc(rng, OWNER, 2019, "2020-01-21", version="v2019",
                              title="椤州市教育局2019年度政府信息公开工作报告"))
        self.file(make_doc(rng, OWNER, 2020, "2021-01-28", version="v2019"), "ofd")
        self.article(make_doc(rng, OWNER, 2021, "2022-01-24", title="2021年度政府信息公开工作年度报告"))
        self.article(make_doc(rng, OWNER, 2022, "2023-01-18"))
        self.file(make_doc(rng, OWNER, 2023, "2024-01-23"), "pdf")
        self.article(make_doc(rng, OWNER, 2024, "2025-01-21", title="市教育局2024年政府信息公开工作年度报告"))
        self.notice("椤州市2023年教育事业统计公报", 2023, "2024-04-19")
        self.notice("椤州市教育局2024年法治政府建设年度报告", 2024, "2025-02-27")
        self.notice("椤州市教育局2023年度部门决算", 2023, "2024-08-30")
        self.entries.sort(key=lambda e: e[2], reverse=True)
        chunks = [self.entries[i : i + PER] for i in range(0, len(self.entries), PER)]
        for k, chunk in enumerate(chunks, start=1):
            path = "/xxgk/xxgknb.htm" if k == 1 else f"/xxgk/xxgknb/{len(chunks) - k + 1}.htm"
            self.put(HOST, path, self.list_page(chunk, k, len(chunks)))
        self.route(HOST, "/system/_content/download.jsp", self.download)

    def page_of(self, title: str, date: str, content: str, attach: str = "") -> str:
        self.id += self.rng.randint(3, 90)
        path = f"/info/{TREE}/{self.id}.htm"
        y, m, d = date.split("-")
        inner = (
            '<div class="jy-pos">当前位置: <a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk.htm">信息公开</a> &g'
            't;&gt; '
            '<a href="/xxgk/xxgknb.htm">政府信息公开年报</a> &gt;&gt; 正文</div><form name="_newscontent_fromname"><d'
            'iv class='
            f'"jy-art"><h1>{escape(title)}</h1><div class="jy-info">作者：办公室　来源：椤州市教育局　发布时间：{y}年'
            f'{m}月{d}日'
            f'　浏览次数：<script>_showDynClicks("wbnews", {OWNER_ID}, {self.id})</script></div><div id="vsb_content_5'
            '01">'
            f'<div class="v_news_content">{content}</div></div><div id="div_vote_id"></div></div></form>{attach}<div c'
            'lass='
            '"jy-tool"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a'
            '></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 10:12">'
                '<meta name="ContentSource" content="椤州市教育局">')
        url = self.put(HOST, path, frame(title, inner, head))
        self.entries.append((self.id, title, date))
        return url

    def article(self, doc: ReportDoc) -> None:
        content = body_html(doc, para, plain_cell, '<table border="1" cellspacing="0" cellpadding="4" width="100%">')
        content = content.replace("<p>", '<p class="vsbcontent_start">', 1)
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content), doc)

    def file(self, doc: ReportDoc, ext: str) -> None:
        self.fileid += self.rng.randint(3, 60)
        link = (f"/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner={OWNER_ID}&wbfileid="
                f"{self.fileid}")
        attach = (f'<ul style="list-style-type:none;">附件【<a href="{escape(link)}" target="_blank">'
        f'{escape(doc.title)}.'
                  f'{ext}</a>】已下载<span id="nattach{self.fileid}"><script>getClickTimes({self.fileid},{OWNER_ID},'
                  '"wbnewsfile","attach")</script></span>次</ul>')
        content = f'<p class="vsbcontent_start">{escape(doc.title)}详见附件。</p>'
        url = self.page_of(doc.title, doc.published_date or "", content, attach)
        if ext == "pdf":
            handler, media = self.pdf_handler(doc), PDF
        else:
            data = render_ofd(doc, random.Random(self.rng.random()))

            def handler(request: Request, data: bytes = data) -> Response:
                return Response(200, data, OFD, {"Content-Disposition": "attachment"})

            media = OFD
        self.files[str(self.fileid)] = (url, handler)
        self.report(SITE, url, doc, media_type=media, report_url=f"http://{HOST}{link}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(para(p, False) for p in decoy_text(title, "椤州市", year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content), title)

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.headers.get("referer") != found[0]:
            filler = "<!-- " + "系统提示 " * 600 + "-->"
            return Response(200, ('<html><head><title>提示信息</title></head><body><div class="err">您没有权限下载该附'
            '件'
                                  f'或链接已失效，请从正文页面下载。</div>{filler}</body></html>').encode(),
                            "text/html; charset=UTF-8")
        return found[1](request)

    def list_page(self, chunk: list[tuple[int, str, str]], k: int, pages: int) -> str:
        up = "../" if k == 1 else "../../"

        def page_url(n: int) -> str:
            target = "xxgknb.htm" if n == 1 else f"xxgknb/{pages - n + 1}.htm"
            return target if k == 1 else ("../xxgknb.htm" if n == 1 else f"{pages - n + 1}.htm")

        rows = "".join(
            f'<div class="list-item" id="line_u8_{i}"><div class="time"><p>{d[:4]}</p><span>{d[5:]}</span></div><a hre'
            'f="'
            f'{up}info/{TREE}/{n}.htm" target="_blank" title="{escape(t)}">{escape(t)}</a></div>'
            for i, (n, t, d) in enumerate(chunk)
        )
        nums = "".join(f'<span class="p_no_d">{n}</span>' if n == k else
                       f'<span class="p_no"><a href="{page_url(n)}">{n}</a></span>' for n in range(1, pages + 1))
        first = ('<span class="p_first_d p_fun_d">首页</span><span class="p_prev_d p_fun_d">上页</span>' if k == 1 else
                 f'<span class="p_first p_fun"><a href="{page_url(1)}">首页</a></span><span class="p_prev p_fun"><a hr'
                 'ef="'
                 f'{page_url(k - 1)}">上页</a></span>')
        dead = '<span class="p_next_d p_fun_d">下页</span><span class="p_last_d p_fun_d">尾页</span>'
        last = (dead if k == pages else
                f'<span class="p_next p_fun"><a href="{page_url(k + 1)}">下页</a></span><span class="p_last p_fun"><a '
                'href="'
                f'{page_url(pages)}">尾页</a></span>')
        options = "".join(f'<option value="{page_url(n)}"{" selected" if n == k else ""}>{n}</option>'
                          for n in range(1, pages + 1))
        pager = (f'<div class="pb_sys_common pb_sys_normal pb_sys_style2"><span class="p_t">共{len(self.entries)}条</s'
        'pan>'
                 f'<span class="p_pages">{first}{nums}{last}</span><span class="p_t">{k}/{pages}</span><span class="p_'
                 'goto">'
                 f'转到<select onchange="window.location=this.value">{options}</select>页</span></div>')
        inner = (
            '<div class="jy-pos">当前位置: <a href="/index.htm">首页</a> &gt;&gt; <a href="/xxgk.htm">信息公开</a> &gt'
            ';&gt; '
            '政府信息公开年报</div><div class="jy-left"><h2>信息公开</h2><ul><li><a href="/xxgk/xxgkzn.htm">信息公开指'
            '南</a>'
            '</li><li><a href="/xxgk/xxgkzd.htm">信息公开制度</a></li><li><a href="/xxgk/fdzdgknr.htm">法定主动公开内'
            '容</a>'
            '</li><li class="on"><a href="/xxgk/xxgknb.htm">政府信息公开年报</a></li></ul></div><div class="jy-right">'
            f'<h2>政府信息公开年报</h2><div class="jy-list">{rows}</div>{pager}<script>_showDynClickBatch(['
            + ",".join(f'"dynclicks_u8_{n}"' for n, _, _ in chunk) + "],[" + ",".join(str(n) for n, _, _ in chunk)
            + f'],"wbnews", {OWNER_ID})</script></div>'
        )
        return frame("政府信息公开年报", inner, '<meta name="ColumnName" content="政府信息公开年报">')


PORTALS = [VsbLuozhou]
