"""Fixture 4, ``vsb-county`` (portals.md §5): a 博达 VSB county portal, UTF-8.

博远县: 年报 column ``/zwgk/zfxxgknb.htm`` with 27 entries on three pages — ``zfxxgknb.htm``,
then the reverse-numbered ``zfxxgknb/2.htm`` and ``zfxxgknb/1.htm`` — behind the
``pb_sys_common`` pager (``共27条 … 1/3``).  Articles ``/info/1050/<id>.htm`` carry the body in
``#vsb_content_<n> .v_news_content`` and the click counter ``_showDynClicks("wbnews", owner, id)``
(served by ``dynclicks.jsp``).  The 2024 report exists only as an attachment
``/system/_content/download.jsp?urltype=news.DownloadAttachUrl&owner=…&wbfileid=…`` that answers
200 with a ~5 KB HTML error page unless the ``Referer`` is the article's URL.  The seeded report
seed004 (spam-injected) is on the list, and so are six decoys.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Callable
from urllib.parse import quote

from govcrawl.province.content import Truth, decoy_body, html_document, page, report_doc, seed_page
from govcrawl.province.server import Portal, Request, Response
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.vsbcounty.gov.test"
SITE_ID = "vsbcounty-gov"
AGENCY = "博远县人民政府"
COUNTY = "博远县"
COLUMN = "/zwgk/zfxxgknb.htm"
FOLDER = "/zwgk/zfxxgknb/"
TREE = 1050
OWNER = 1_873_205_514
HTML = "text/html;charset=UTF-8"
DOWNLOAD = "/system/_content/download.jsp"
DYNCLICKS = "/system/resource/code/news/click/dynclicks.jsp"
PER_PAGE = 10
UNITS = ("城关镇人民政府", "东坪镇人民政府", "西岭乡人民政府", "教育局", "财政局", "民政局", "卫生健康局",
         "自然资源局", "交通运输局", "农业农村局", "市场监督管理局", "统计局", "人力资源和社会保障局",
         "住房和城乡建设局")

_DYN = re.compile(r'_showDynClicks\("wbnews",\s*\d+,\s*\d+\)')

# What download.jsp answers without the right Referer (portals.md §1.4: ~4.9 KB of HTML, status 200).
ERROR_PAGE = (
    '<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
    "<title>提示信息</title><style type=\"text/css\">"
    + "".join(f".err{i}{{margin:{i}px auto;padding:{i % 7}px;font-size:14px;color:#3{i % 10}3;"
              f"border:1px solid #ddd;line-height:24px;}}" for i in range(48))
    + "</style></head><body><div class=\"err0\"><div class=\"err1\"><h3>提示信息</h3>"
    "<p>对不起，您访问的文件不存在或已被删除，或您没有权限下载该文件。</p>"
    "<p>请从文章页面点击附件链接下载。</p><p><a href=\"javascript:history.go(-1)\">返回上一页</a></p>"
    "</div></div></body></html>"
).encode()


class VsbCounty(Portal):
    hosts = (HOST,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.truth: list[Truth] = []
        self.files: dict[str, tuple[str, Callable[[], bytes], str]] = {}  # wbfileid → (article URL, body, name)
        self.pdf_cache: dict[str, bytes] = {}
        self.handlers[DOWNLOAD] = self.download
        self.handlers[DYNCLICKS] = self.dynclicks

        # (date, title, build(article id) → page bytes) of every list entry, then ids in date order.
        pending: list[tuple[str, str, Callable[[int], bytes]]] = []

        def html_report(agency: str, year: int, version: str, date: str) -> None:
            doc = self.report(agency, year, version, date)

            def build(article: int, doc: ReportDoc = doc, agency: str = agency, year: int = year) -> bytes:
                body = _DYN.sub(f'_showDynClicks("wbnews", {OWNER}, {article})', page(doc, "vsb", rng)[0].decode())
                self.truth.append(Truth(SITE_ID, article_url(article), doc.title, "report", agency, year, doc))
                return body.encode()

            pending.append((date, doc.title, build))

        for year, version, date in ((2019, "v2019", "2020-01-20"), (2020, "v2019", "2021-01-26"),
                                    (2021, "v2021", "2022-01-25"), (2022, "v2021", "2023-01-19"),
                                    (2023, "v2021", "2024-01-29")):
            html_report(AGENCY, year, version, date)
        for unit in UNITS:
            html_report(COUNTY + unit, 2023, "v2021", f"2024-01-{rng.randint(8, 31):02d}")

        # 2024: the report is only the attachment, served with the article as Referer.
        doc = self.report(AGENCY, 2024, "v2021", "2025-01-22")
        pdf_seed = rng.random()

        def build_stub(article: int, doc: ReportDoc = doc) -> bytes:
            fileid = str(article * 10 + 7)
            name = f"{doc.title}.pdf"
            self.files[fileid] = (article_url(article), lambda: render_pdf(doc, random.Random(pdf_seed)), name)
            href = f"{DOWNLOAD}?urltype=news.DownloadAttachUrl&owner={OWNER}&wbfileid={fileid}"
            self.truth.append(Truth(SITE_ID, article_url(article), doc.title, "report", AGENCY, 2024, doc,
                                    media_type="application/pdf", report_url=f"http://{HOST}{href}"))
            return stub_page(doc.title, "2025-01-22", article, href.replace("&", "&amp;"), name, fileid)

        pending.append(("2025-01-22", doc.title, build_stub))

        # seed004: a republished page whose text was spam-injected (the record must say so).
        seed_title = "长沙市芙蓉区2021年政府信息公开工作年度报告"

        def build_seed(article: int) -> bytes:
            self.truth.append(Truth(SITE_ID, article_url(article), seed_title, "report", "长沙市芙蓉区", 2021,
                                    seed="seed004", flags=("spam_injection",)))
            return seed_page("seed004", "vsb")

        pending.append(("2022-02-08", seed_title, build_seed))

        for title, date in (
            (f"{AGENCY}2023年政府信息公开工作年度报告解读", "2024-01-30"),
            (f"图解：{COUNTY}2023年政府信息公开工作年度报告", "2024-02-01"),
            (f"{AGENCY}2022年政府信息公开工作年度报告解读", "2023-01-20"),
            (f"{COUNTY}2024年政务公开工作要点", "2024-03-12"),
            (f"{AGENCY}政府信息公开指南", "2023-07-03"),
            (f"关于做好{COUNTY}2024年度政府信息公开工作年度报告编制发布工作的通知", "2024-12-16"),
        ):
            def build_decoy(article: int, title: str = title, date: str = date) -> bytes:
                self.truth.append(Truth(SITE_ID, article_url(article), title, "decoy"))
                return vsb_document(title, decoy_body(title, date).replace("TRS_Editor", "v_news_content"), article)

            pending.append((date, title, build_decoy))

        pending.sort(key=lambda e: e[0])
        article = 64_100
        entries: list[tuple[int, str, str]] = []  # (article id, title, date)
        for date, title, build in pending:
            article += rng.randint(5, 120)
            self.add(f"/info/{TREE}/{article}.htm", build(article), HTML)
            entries.append((article, title, date))
        entries.reverse()  # newest first
        pages = [entries[i: i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
        for number, chunk in enumerate(pages, start=1):
            path = COLUMN if number == 1 else f"{FOLDER}{len(pages) - number + 1}.htm"
            self.add(path, self._list_page(chunk, number, len(pages), len(entries)), HTML)

    def report(self, agency: str, year: int, version: str, date: str) -> ReportDoc:
        doc = report_doc(self.rng, agency, AGENCY, version, year)  # type: ignore[arg-type]
        return dataclasses.replace(doc, published_date=date)

    # -- endpoints -------------------------------------------------------------------------
    def download(self, request: Request) -> Response:
        found = self.files.get(request.param("wbfileid"))
        if found is None or request.param("owner") != str(OWNER) or request.headers.get("referer") != found[0]:
            return Response(200, ERROR_PAGE, HTML)
        _, render, name = found
        key = request.param("wbfileid")
        if key not in self.pdf_cache:
            self.pdf_cache[key] = render()
        return Response(200, self.pdf_cache[key], "application/octet-stream",
                        {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"})

    def dynclicks(self, request: Request) -> Response:
        clicks = random.Random(request.param("clickid")).randint(30, 9000)
        return Response(200, str(clicks).encode(), "text/html;charset=UTF-8")

    # -- list pages ------------------------------------------------------------------------
    def _list_page(self, entries: list[tuple[int, str, str]], number: int, pages: int, total: int) -> bytes:
        up = "../" if number == 1 else "../../"
        items = "".join(
            f'<li id="line_u5_{i}"><a href="{up}info/{TREE}/{article}.htm" target="_blank" title="{title}">'
            f'{title[:22] + "…" if len(title) > 23 else title}</a><span>{date}</span></li>'
            for i, (article, title, date) in enumerate(entries)
        )
        ids = [article for article, _, _ in entries]
        clicks = (f"<script>_showDynClickBatch({[f'dynclicks_u5_{a}' for a in ids]},{ids},"
                  f'"wbnews", {OWNER})</script>')
        body = (
            '<div class="nav"><ul><li><a href="../index.htm">首页</a></li><li><a href="../zwgk.htm">政务公开</a></li>'
            '<li><a href="zfxxgkzn.htm">政府信息公开指南</a></li></ul></div>'
            '<div class="position">当前位置：<a href="../index.htm">首页</a> &gt; <a href="../zwgk.htm">政务公开</a>'
            " &gt; 政府信息公开年报</div>"
            f'<div class="list"><ul>{items}</ul></div>{clicks}{pager(number, pages, total)}'
        )
        head = '<link rel="stylesheet" href="/system/resource/css/pagedown/sys.css">'
        return html_document("政府信息公开年报", head + body, "UTF-8",
                             {"ColumnName": "政府信息公开年报", "ColumnType": "政府信息公开年报"}, AGENCY).encode()


def article_url(article: int) -> str:
    return f"http://{HOST}/info/{TREE}/{article}.htm"


def pager(number: int, pages: int, total: int) -> str:
    """The ``pb_sys_common`` pager of page ``number`` (1-based) of ``pages``, links relative to it."""

    def href(k: int) -> str:
        if number == 1:
            return "zfxxgknb.htm" if k == 1 else f"zfxxgknb/{pages - k + 1}.htm"
        return "../zfxxgknb.htm" if k == 1 else f"{pages - k + 1}.htm"

    def fun(cls: str, label: str, k: int, enabled: bool) -> str:
        if enabled:
            return f'<span class="{cls} p_fun"><a href="{href(k)}">{label}</a></span>'
        return f'<span class="{cls}_d p_fun_d">{label}</span>'

    numbers = "".join(
        f'<span class="p_no_d">{k}</span>' if k == number else f'<span class="p_no"><a href="{href(k)}">{k}</a></span>'
        for k in range(1, pages + 1)
    )
    return (
        '<div class="pb_sys_common pb_sys_normal pb_sys_style1"><span class="p_t">共' + str(total) + "条</span>"
        '<span class="p_pages">' + fun("p_first", "首页", 1, number > 1) + fun("p_prev", "上页", number - 1, number > 1)
        + numbers + fun("p_next", "下页", number + 1, number < pages) + fun("p_last", "尾页", pages, number < pages)
        + f'</span><span class="p_t">{number}/{pages}</span></div>'
    )


def vsb_document(title: str, content: str, article: int) -> bytes:
    body = (
        f'<form name="_newscontent_fromname"><div class="title"><h2>{title}</h2></div>'
        f'<div class="info">浏览次数：<script>_showDynClicks("wbnews", {OWNER}, {article})</script></div>'
        f'<div id="vsb_content_2">{content}</div><div id="div_vote_id"></div></form>'
    )
    return html_document(title, body, "UTF-8", {"ArticleTitle": title}, AGENCY).encode()


def stub_page(title: str, date: str, article: int, href: str, name: str, fileid: str) -> bytes:
    """A "详见附件" article whose report is the VSB attachment listed after the body."""
    body = (
        f'<form name="_newscontent_fromname"><div class="title"><h2>{title}</h2></div>'
        f'<div class="info">发布时间：{date}&nbsp;&nbsp;来源：县政府办公室&nbsp;&nbsp;浏览次数：'
        f'<script>_showDynClicks("wbnews", {OWNER}, {article})</script></div>'
        f'<div id="vsb_content_2"><div class="v_news_content"><p class="vsbcontent_start">'
        f"根据《中华人民共和国政府信息公开条例》规定，现公布{title}，详见附件。</p></div></div>"
        '<div id="div_vote_id"></div><ul style="list-style-type:none;">'
        f'<li>附件【<a href="{href}" target="_blank">{name}</a>】已下载<span id="nattach{fileid}">'
        f'<script language="javascript">getClickTimes({fileid},{OWNER},"wbnewsfile","attach")</script>'
        "</span>次</li></ul></form>"
    )
    return html_document(title, body, "UTF-8", {"ArticleTitle": title, "PubDate": f"{date} 10:12"}, AGENCY).encode()


PORTALS = [VsbCounty]
