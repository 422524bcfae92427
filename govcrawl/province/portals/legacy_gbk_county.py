"""Fixture 7, ``legacy-gbk-county`` (portals.md §5, §1.7, §4.2, §4.3): a custom Struts 信息公开目录, GBK.

古堰县: the 年报 catalogue is ``/News_listGkmlNews.action?classid=1204`` with query-string pages
``&pageNo=2``, ``&pageNo=3`` (an UPPERCASE ``<TABLE>`` list, a ``共 3 页`` pager); articles are
``/News_showGkmlNews.action?messagekey=NNN`` with an UPPERCASE 索引号 table and body.  Every page is
GB18030 bytes behind a header ``Content-Type: text/html`` with no charset and a malformed meta
``<META httpequiv="ContentType" CONTENT="text/html; charset=gbk">`` (old w3lib missed it); an
agency name (古堰县㵘溪乡人民政府) and the footer (𠮷) hold characters GBK cannot encode.

Hostile transport: each response waits ``latency`` seconds (a uniform range, small by default so
tests stay fast — the real portals take 3–15 s) and the first request for list page 2 hangs for
``hang_seconds``, longer than the download timeout the registry entry sets (a crawl logs the
timeout and gets the page on its retry).  A missing page, an unknown ``messagekey`` and two listed
reports that were deleted answer 200 with "页面不存在" (soft 404s: skipped, never stored).  One
report is only an old binary ``.doc`` (``unsupported_doc``), one only an ``.ofd`` served as
``application/octet-stream`` (read like a PDF: values).
Not done: the https port with a weak/self-signed TLS configuration.
"""

from __future__ import annotations

import dataclasses
import random
import re
import threading
from html import escape

from govcrawl.province.content import Truth, report_doc
from govcrawl.province.portals.hanweb_zj import legacy_doc_bytes
from govcrawl.province.server import Portal, Request, Response
from govcrawl.report.template import TemplateVersion
from govcrawl.synth.html import render_content
from govcrawl.synth.ofd import render_ofd

HOST = "www.legacycounty.gov.test"
SITE_ID = "guyan-gov"
AGENCY = "古堰县人民政府"
CLASS_ID = "1204"
LIST = "/News_listGkmlNews.action"
SHOW = "/News_showGkmlNews.action"
START = f"{LIST}?classid={CLASS_ID}"
HTML = "text/html"  # no charset: only the malformed meta names one
MSWORD = "application/msword"
OFD = "application/ofd"
PER_PAGE = 6
HANG_PAGE = 2
_TAG = re.compile(r"<[^<>]+>")
_TAG_NAME = re.compile(r"^<(/?)([a-zA-Z][a-zA-Z0-9]*)")
_ATTR_NAME = re.compile(r"(\s)([a-zA-Z\-]+)=")
SOFT_404_TEXT = "对不起，您访问的页面不存在或已被删除！"


def uppercase_markup(html: str) -> str:
    """Tag and attribute names in upper case (1990s templates); text and values unchanged."""

    def tag(match: re.Match[str]) -> str:
        text = _TAG_NAME.sub(lambda m: f"<{m[1]}{m[2].upper()}", match[0])
        return _ATTR_NAME.sub(lambda m: f"{m[1]}{m[2].upper()}=", text)

    return _TAG.sub(tag, html)


def legacy_page(title: str, body: str) -> bytes:
    """A whole page: malformed charset meta, UPPERCASE markup, GB18030 bytes."""
    head = (  # the malformed meta exactly as such templates write it (no hyphens, lower case)
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">'
        '<HTML><HEAD><META httpequiv="ContentType" CONTENT="text/html; charset=gbk">'
    )
    html = (
        f'<TITLE>{escape(title)}</TITLE><META NAME="SiteName" CONTENT="古堰县人民政府"></HEAD><BODY BGCOLOR="#FFFFFF">'
        '<TABLE WIDTH="980" BORDER="0" ALIGN="center" CELLPADDING="0" CELLSPACING="0"><TR><TD CLASS="top">'
        '<A HREF="/">古堰县人民政府</A> | English | 县人大 县政协 | <A HREF="javascript:s2tt()">繁体中文</A>'
        f"</TD></TR></TABLE>{body}"
        '<TABLE WIDTH="980" ALIGN="center"><TR><TD ALIGN="center" CLASS="foot">主办单位：古堰县人民政府办公室 '
        "技术支持：𠮷星网络科技有限公司 网站标识码：9907010001 示ICP备05004418号-1</TD></TR></TABLE></BODY></HTML>"
    )
    return (head + uppercase_markup(html)).encode("gb18030")


def soft_404_page() -> bytes:
    return legacy_page("提示信息", f'<TABLE WIDTH="980" ALIGN="center"><TR><TD HEIGHT="300" ALIGN="center">'
                                   f'{SOFT_404_TEXT}<BR><A HREF="/">返回首页</A></TD></TR></TABLE>')


class LegacyGbkCounty(Portal):
    hosts = (HOST,)
    tls = "weak"  # its https port offers only TLS 1.0 (portals.md §5.7); http works
    latency: tuple[float, float] = (0.1, 0.6)  # seconds per response (real portals: 3–15 s)
    hang_seconds: float = 6.0  # the first request for list page 2 (registry download_timeout: 3 s)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.truth: list[Truth] = []
        self.details: dict[str, bytes] = {}  # messagekey → page
        self.entries: list[tuple[str, str, str, str]] = []  # (messagekey, 索引号, title, date)
        self.deleted: list[tuple[str, str]] = []  # (url, title) of listed reports that answer a soft 404
        self.soft_404s = 0  # answered (tests read it)
        self.hung = 0
        self._lock = threading.Lock()
        self._delays = random.Random(f"{rng.random()}:latency")
        key = 189_700

        def next_key() -> str:
            nonlocal key
            key += rng.randint(3, 90)
            return str(key)

        def index_no(date: str) -> str:
            return f"{date.replace('-', '')}-{key}"

        def add_report(agency: str, year: int, version: TemplateVersion, date: str) -> None:
            doc = dataclasses.replace(report_doc(rng, agency, AGENCY, version, year), published_date=date)
            messagekey = next_key()
            content = render_content(doc, "trs", rng)
            self.details[messagekey] = legacy_page(doc.title, self._article(doc.title, agency, date, index_no(date),
                                                                            content))
            self.entries.append((messagekey, index_no(date), doc.title, date))
            self.truth.append(Truth(SITE_ID, self.show_url(messagekey), doc.title, "report", agency, year, doc))

        versions: tuple[tuple[int, TemplateVersion], ...] = ((2019, "v2019"), (2020, "v2019"), (2021, "v2021"),
                                                             (2022, "v2021"), (2023, "v2021"))
        for year, version in versions:
            add_report(AGENCY, year, version, f"{year + 1}-02-{rng.randint(1, 20):02d}")
        for agency in ("古堰县㵘溪乡人民政府", "古堰县教育局", "古堰县卫生健康局"):
            add_report(agency, 2023, "v2021", f"2024-01-{rng.randint(15, 31):02d}")

        # Reports only as an attachment: an old binary .doc the parser cannot read (flagged, never
        # values) and an OFD (read like a PDF: its tables are drawn with rules).
        for agency, ext in (("古堰县司法局", "doc"), ("古堰县财政局", "ofd")):
            date = f"2024-01-{rng.randint(20, 31):02d}"
            doc = report_doc(rng, agency, AGENCY, "v2021", 2023)
            messagekey = next_key()
            stamp = f"{date.replace('-', '')}{rng.randint(10**8, 10**9 - 1)}"
            path = f"/uploadfiles/{date[:7].replace('-', '')}/{stamp}.{ext}"
            flags: tuple[str, ...]
            if ext == "doc":
                self.add(path, legacy_doc_bytes(random.Random(rng.random())), MSWORD)
                media, flags, values = MSWORD, ("unsupported_doc",), None
            else:
                self.add(path, render_ofd(doc, random.Random(rng.random())), "application/octet-stream")
                media, flags, values = OFD, (), doc
            body = (f"<P>{escape(doc.title)}详见附件。</P>"
                    f'<P>附件：<A HREF="{path}" TARGET="_blank">{escape(doc.title)}.{ext}</A></P>')
            self.details[messagekey] = legacy_page(doc.title, self._article(doc.title, agency, date, index_no(date),
                                                                            body))
            self.entries.append((messagekey, index_no(date), doc.title, date))
            self.truth.append(Truth(SITE_ID, self.show_url(messagekey), doc.title, "report", agency, 2023, values,
                                    media_type=media, report_url=f"http://{HOST}{path}", flags=flags))

        # Decoys, and two listed reports whose pages were deleted: soft 404s, skipped, never stored.
        # They are not Truth (a hub linking the province's truth would then follow them as reports);
        # the e2e test's exact set of stored (agency, year) keys shows they were not stored.
        for title, date in (("古堰县2023年政府信息公开工作年度报告解读", "2024-02-22"),
                            ("图解：古堰县2023年政府信息公开工作年度报告", "2024-02-23"),
                            ("古堰县2024年政务公开工作要点", "2024-03-08"),
                            ("古堰县人民政府信息公开指南", "2023-04-11")):
            messagekey = next_key()
            body = ("<P>为便于公众理解，现就有关情况说明如下。</P>"
                    "<P>一、主要内容。本文件对政府信息公开工作作出安排，详细内容请见正文。</P>")
            self.details[messagekey] = legacy_page(title, self._article(title, "古堰县人民政府办公室", date,
                                                                        index_no(date), body))
            self.entries.append((messagekey, index_no(date), title, date))
            self.truth.append(Truth(SITE_ID, self.show_url(messagekey), title, "decoy"))
        for title, date in (("古堰县2018年政府信息公开工作年度报告", "2019-03-20"),
                            ("古堰县水利局2023年政府信息公开工作年度报告", "2024-01-30")):
            messagekey = next_key()  # no page: the server answers its soft 404
            self.entries.append((messagekey, index_no(date), title, date))
            self.deleted.append((self.show_url(messagekey), title))

        self.entries.sort(key=lambda e: (e[3], e[0]), reverse=True)
        self.pages = [self.entries[i : i + PER_PAGE] for i in range(0, len(self.entries), PER_PAGE)]
        self.handlers[LIST] = self._list
        self.handlers[SHOW] = self._show
        self.add("/", legacy_page(AGENCY, f'<P><A HREF="{START}">政府信息公开目录</A></P>'), HTML)

    @staticmethod
    def show_url(messagekey: str) -> str:
        return f"http://{HOST}{SHOW}?messagekey={messagekey}"

    @staticmethod
    def list_url(page: int) -> str:
        return f"http://{HOST}{START}" + (f"&pageNo={page}" if page > 1 else "")

    # -- pages -----------------------------------------------------------------------------
    @staticmethod
    def _article(title: str, agency: str, date: str, index: str, content: str) -> str:
        rows = (("索 引 号", index, "分　　类", "政府信息公开年报"),
                ("发 布 机 构", escape(agency), "发 文 日 期", date),
                ("名　　称", escape(title), "文　　号", ""),
                ("上 载 日 期", date, "主 题 词", "年度报告"))
        table = "".join(f'<tr><td class="label">{a}</td><td>{b}</td><td class="label">{c}</td><td>{d}</td></tr>'
                        for a, b, c, d in rows)
        return (f'<table class="xxgk" width="980" border="1" align="center" cellspacing="0">{table}</table>'
                f'<table width="980" align="center"><tr><td align="center" class="title">{escape(title)}</td></tr>'
                f'<tr><td><div class="content">{content}</div></td></tr>'
                f'<tr><td>信息来源: {escape(agency)}</td></tr></table>')

    def _list_page(self, number: int) -> bytes:
        count = len(self.pages)
        rows = "".join(
            f'<tr><td width="180">{index}</td><td><a href="News_showGkmlNews.action?messagekey={key}" target="_blank"'
            f' title="{escape(title)}">{escape(title if len(title) <= 20 else title[:19] + "…")}</a></td>'
            f'<td width="90">{date}</td></tr>'
            for key, index, title, date in self.pages[number - 1]
        )

        def link(page: int, text: str) -> str:
            return f'<a href="News_listGkmlNews.action?classid={CLASS_ID}&amp;pageNo={page}">{text}</a>'

        pager = f"共 {len(self.entries)} 条 共 {count} 页 第 {number} 页 "
        pager += (link(1, "首页") + " " + link(number - 1, "上一页")) if number > 1 else "首页 上一页"
        pager += " " + ((link(number + 1, "下一页") + " " + link(count, "尾页")) if number < count else "下一页 尾页")
        body = (f'<table width="980" align="center" class="gkml"><tr><th>索引号</th><th>名称</th><th>发布日期</th></tr>'
                f'{rows}<tr><td colspan="3" align="center" class="pager">{pager}</td></tr></table>')
        return legacy_page("政府信息公开目录_政府信息公开年报", body)

    # -- dynamic endpoints -----------------------------------------------------------------
    def _soft_404(self) -> Response:
        with self._lock:
            self.soft_404s += 1
        return Response(200, soft_404_page(), HTML)

    def _list(self, request: Request) -> Response:
        try:
            number = int(request.param("pageNo", "1") or 1)
        except ValueError:
            return self._soft_404()
        if request.param("classid") != CLASS_ID or not 1 <= number <= len(self.pages):
            return self._soft_404()
        response = Response(200, self._list_page(number), HTML)
        if number == HANG_PAGE:
            with self._lock:
                self.hung += 1
                first = self.hung == 1
            if first:  # the occasional hang: longer than the crawl's download timeout
                response.delay = self.hang_seconds
        return response

    def _show(self, request: Request) -> Response:
        found = self.details.get(request.param("messagekey"))
        return Response(200, found, HTML) if found is not None else self._soft_404()

    def not_found(self, request: Request) -> Response:
        return self._soft_404()

    def handle(self, request: Request) -> Response:
        response = super().handle(request)
        if response.delay:
            return response
        low, high = self.latency
        with self._lock:
            delay = self._delays.uniform(low, high) if high > 0 else 0.0
        return dataclasses.replace(response, delay=delay)


PORTALS = [LegacyGbkCounty]
