"""郓川县 (www.yunchuan.gov.test): Hanweb JCMS whose 年报 column is the 信息公开 module's catalogue
view — later pages are a form POST to ``/module/xxgk/search.jsp``, not a jpage datastore.

The column page ``/col/col1229871344/index.html`` carries the module's form ``<form name="searchForm"
method="post" action="/module/xxgk/search.jsp">`` with hidden ``infotypeId=YC0118``, ``jdid=4312``,
``area=``, ``divid=div1229871344``, ``sortfield=,compaltedate:0``, ``standardXxgk=1`` and
``currpage=1``, and shows the first page of the catalogue server-side: a ``table.xxgk_table`` of
序号 | 名称 | 发布日期 | 文号 rows (four a page).  The pager reads "共 11 条记录 共 3 页 当前第 1 页" with
首页/上一页/下一页/尾页 links ``javascript:searchPage(n)``; ``searchPage`` sets ``currpage`` and submits
the form.  ``search.jsp`` answers the same page for that page (POST form, or the same fields in a GET
query); a wrong ``infotypeId`` or ``jdid`` answers "暂无信息" and a count of 0.  No ``<datastore>``, no
``dataproxy.jsp`` on this site.  Articles are classic ``/art/Y/M/D/art_1229871344_<id>.html``, the
body in ``div#zoom`` between ``<!--ZJEG_RSS.content.begin-->`` / ``end`` comments, under a 信息索引 table.
The 交通运输局's 2024 report is a stub whose .docx comes from ``/module/download/downfile.jsp?classid=0
&filename=<hex>.docx`` (Content-Disposition with the name).

Reports (8): 郓川县人民政府 2019–2024 (2019–2020 old template), 郓川县交通运输局 2024 ("县交通运输局
2024年度…", a .docx), 郓川县郓西街道办事处 2023 ("郓西街道2023年…").  Decoys (3): 县财政局2023年度部门决算,
2024年政务公开工作要点, 依申请公开政府信息工作规程（2022年修订）.
"""

from __future__ import annotations

import hashlib
import random
from html import escape
from urllib.parse import parse_qs, quote

from govcrawl.province.server import Request, Response
from govcrawl.province.unseen.kit import DOCX, UnseenPortal, body_html, decoy_text, make_doc, plain_cell, plain_para
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc

HOST = "www.yunchuan.gov.test"
SITE = "yunchuan-gov"
OWNER = "郓川县人民政府"
COL = 1229871344
INFOTYPE = "YC0118"
JDID = "4312"
PER = 4
SEARCH = "/module/xxgk/search.jsp"


def frame(title: str, inner: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
        'transitional.dtd"><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta '
        'name="SiteName" content="郓川县人民政府"><meta name="SiteDomain" content="www.yunchuan.gov.test"><meta '
        f'name="SiteIDCode" content="9868030002"><meta name="ColumnName" content="政府信息公开年报">{head}<title>'
        f'{escape(title)}</title><script src="/script/0/1806121543323451.js"></script></head><body><div class="yc-'
        'top"><a href="javascript:;" onclick="zh_tran(\'t\')">繁体</a><a href="javascript:;" id="cniil_wza">无障碍'
        '浏览</a><a href="/col/col1229871301/index.html">长者版</a></div><div class="yc-logo"><img src="/picture/0/'
        'yc_logo.png" alt="郓川县人民政府"></div><div class="yc-nav"><a href="/index.html">首页</a><a href="/col/'
        'col1229871300/index.html">政府信息公开</a><a href="/col/col1229871310/index.html">政务服务</a><a href="/col/'
        f'col1229871320/index.html">政民互动</a></div>{inner}<div class="yc-foot">主办单位：郓川县人民政府办公室　'
        '网站标识码：9868030002　未ICP备15008812号<br><script>document.write(unescape("%3Cspan id=\'_ideConac\' '
        '%3E%3C/span%3E"));</script>党政机关标识</div></body></html>'
    )


class HanwebYunchuan(UnseenPortal):
    hosts = (HOST,)
    site_ids = (SITE,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.id = 122_000
        self.rows: list[tuple[str, str, str, str]] = []  # (href, title, date, 文号)
        self.files: dict[str, tuple[str, bytes]] = {}
        for year, date in ((2019, "2020-01-20"), (2020, "2021-01-26"), (2021, "2022-01-21"), (2022, "2023-01-19"),
                           (2023, "2024-01-24"), (2024, "2025-01-20")):
            self.article(self.doc(OWNER, year, date, f"郓川县人民政府{year}年政府信息公开工作年度报告"),
                         "郓川县人民政府办公室")
        self.attached(self.doc("郓川县交通运输局", 2024, "2025-01-16", "县交通运输局2024年度政府信息公开工作年度报告"),
                      "郓川县交通运输局")
        self.article(self.doc("郓川县郓西街道办事处", 2023, "2024-01-12", "郓西街道2023年政府信息公开工作年度报告"),
                     "郓川县郓西街道办事处")
        self.notice("郓川县财政局2023年度部门决算", 2023, "2024-08-30")
        self.notice("郓川县2024年政务公开工作要点", 2024, "2024-04-11")
        self.notice("郓川县人民政府依申请公开政府信息工作规程（2022年修订）", 2022, "2022-07-08")
        self.rows.sort(key=lambda r: r[2], reverse=True)
        self.put(HOST, f"/col/col{COL}/index.html", self.column())
        self.route(HOST, SEARCH, self.search)
        self.route(HOST, "/module/download/downfile.jsp", self.download)

    def doc(self, agency: str, year: int, date: str, title: str) -> ReportDoc:
        return make_doc(self.rng, agency, year, date, version="v2019" if year < 2021 else "v2021", title=title)

    def page_of(self, title: str, date: str, content: str, source: str) -> str:
        self.id += self.rng.randint(40, 900)
        y, m, d = (int(x) for x in date.split("-"))
        path = f"/art/{y}/{m}/{d}/art_{COL}_{self.id}.html"
        number = f"郓政办〔{y}〕{self.rng.randint(1, 30)}号" if "要点" in title else ""
        inner = (
            '<div class="yc-pos">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col1229871300/index.html">'
            f'政府信息公开</a> &gt; <a href="/col/col{COL}/index.html">政府信息公开年报</a></div><div class="yc-art">'
            '<table class="xxsy"><tr><td>索引号：</td><td>' + f"11986803002{self.id % 1000:03d}/{y}-{self.id % 97}"
            + f'</td><td>发布机构：</td><td>{escape(source)}</td></tr><tr><td>发文日期：</td><td>{date}</td><td>文号：'
            f'</td><td>{number}</td></tr></table><h1>{escape(title)}</h1><div id="zoom"><!--ZJEG_RSS.content.begin-->'
            f'{content}<!--ZJEG_RSS.content.end--></div><div class="yc-tool"><a href="javascript:window.print()">打印'
            '</a> <a href="javascript:window.close()">关闭</a></div></div>'
        )
        head = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 16:20">'
                f'<meta name="ContentSource" content="{escape(source)}">')
        url = self.put(HOST, path, frame(f"{title} {date}", inner, head))
        self.rows.append((path, title, date, number))
        return url

    def article(self, doc: ReportDoc, source: str) -> None:
        content = body_html(doc, plain_para, plain_cell, '<table border="1" cellspacing="0" width="100%">')
        self.report(SITE, self.page_of(doc.title, doc.published_date or "", content, source), doc)

    def attached(self, doc: ReportDoc, source: str) -> None:
        name = hashlib.md5(doc.title.encode()).hexdigest() + ".docx"
        href = f"/module/download/downfile.jsp?classid=0&filename={name}&showname={quote(doc.title + '.docx')}"
        content = (f'<p>附件：<a href="{escape(href)}" target="_blank">{escape(doc.title)}.docx</a></p>')
        self.files[name] = (doc.title + ".docx", render_docx(doc))
        url = self.page_of(doc.title, doc.published_date or "", content, source)
        self.report(SITE, url, doc, media_type=DOCX, report_url=f"http://{HOST}{href}")

    def notice(self, title: str, year: int, date: str) -> None:
        content = "".join(plain_para(p, False) for p in decoy_text(title, OWNER, year, self.rng))
        self.decoy(SITE, self.page_of(title, date, content, "郓川县人民政府办公室"), title)

    def table(self, page: int) -> str:
        pages = -(-len(self.rows) // PER)
        chunk = self.rows[(page - 1) * PER:page * PER] if 1 <= page <= pages else []
        body = "".join(f'<tr><td class="xh">{(page - 1) * PER + i + 1}</td><td class="mc"><a href="{h}" target="_blank"'
                       f' title="{escape(t)}">{escape(t)}</a></td><td class="rq">{d}</td><td class="wh">{escape(n)}</'
                       'td>'
                       '</tr>' for i, (h, t, d, n) in enumerate(chunk)) or '<tr><td colspan="4">暂无信息</td></tr>'
        total = len(self.rows)

        def link(n: int, label: str, live: bool) -> str:
            return f'<a href="javascript:searchPage({n})">{label}</a>' if live else f"<span>{label}</span>"

        pager = (f'<div class="xxgk_page">共 {total} 条记录 共 {pages} 页 当前第 {page} 页 {link(1, "首页", page > 1)} '
                 f'{link(page - 1, "上一页", page > 1)} {link(page + 1, "下一页", page < pages)} '
                 f'{link(pages, "尾页", page < pages)}</div>')
        return ('<table class="xxgk_table" width="100%"><tr class="th"><th>序号</th><th>名称</th><th>发布日期</th><t'
            'h>文号'
                f'</th></tr>{body}</table>{pager}')

    def form(self, page: int) -> str:
        return (
            f'<form id="searchForm" name="searchForm" method="post" action="{SEARCH}"><input type="hidden" name="'
            f'infotypeId" value="{INFOTYPE}"><input type="hidden" name="jdid" value="{JDID}"><input type="hidden" '
            f'name="area" value=""><input type="hidden" name="divid" value="div{COL}"><input type="hidden" name="'
            'sortfield" value=",compaltedate:0"><input type="hidden" name="standardXxgk" value="1"><input type="'
            f'hidden" name="currpage" value="{page}"></form><script>function searchPage(n) {{ document.searchForm.'
            'currpage.value = n; document.searchForm.submit(); }</script>'
        )

    def column(self) -> str:
        inner = (
            '<div class="yc-pos">当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col1229871300/index.html">'
            '政府信息公开</a> &gt; 政府信息公开年报</div><div class="yc-main"><div class="yc-tree"><ul><li><a href="/'
            'col/'
            'col1229871341/index.html">政府信息公开指南</a></li><li><a href="/col/col1229871342/index.html">政府信息'
            '公开'
            f'制度</a></li><li class="on"><a href="/col/col{COL}/index.html">政府信息公开年报</a></li></ul></div><div '
            f'id="div{COL}" class="yc-xxgk">{self.form(1)}{self.table(1)}</div></div>'
        )
        return frame("政府信息公开年报 郓川县人民政府", inner)

    def search(self, request: Request) -> Response:
        fields = {k: v[0] for k, v in parse_qs(request.body.decode("utf-8", "replace")).items()}
        fields = {**{k: v[0] for k, v in request.query.items()}, **fields}
        try:
            page = int(fields.get("currpage", "1") or "1")
        except ValueError:
            page = 1
        if fields.get("infotypeId") != INFOTYPE or fields.get("jdid") != JDID:
            inner = ('<table class="xxgk_table"><tr><td>暂无信息</td></tr></table><div class="xxgk_page">共 0 条记录 '
                     '共 0 页</div>')
        else:
            inner = self.form(page) + self.table(page)
        return Response(200, frame("政府信息公开目录 郓川县人民政府", f'<div id="div{COL}" class="yc-xxgk">{inner}'
                                                            '</div>').encode())

    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(200, "<script>alert('文件不存在！');history.back();</script>".encode())
        name, data = found
        return Response(200, data, DOCX, {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})


PORTALS = [HanwebYunchuan]
