"""Fixture 3, ``hanweb-zj-county`` (portals.md §5, §1.3): Hanweb JCMS/JPaaS, a Zhejiang-style county.

桐溪县: 年报 column ``/col/col1229456789/index.html``.  The list page carries its first 15 records
only inside ``<script type="text/xml"><datastore>`` (CDATA ``<li><a …>`` fragments) and a jpage
widget call naming ``proxyUrl``, ``totalRecord``, ``perPage`` and ``ajaxParam``; the other records come
from ``POST /module/web/jpage/dataproxy.jsp?startrecord=&endrecord=&perpage=`` (form body = the
``ajaxParam`` fields; ``columnid`` and ``unitid`` must match) or its ``GET ?page=N`` variant, answering
``<datastore><totalrecord>…<totalpage>…`` XML.  ``/module/jpage/dataproxy.jsp`` is a 404.

Articles mix the classic ``/art/2024/1/30/art_<col>_<id>.html`` (month and day not padded) and the
JPaaS ``/col/col<col>/art/2025/art_<32 hex>.html``; bodies sit in ``#zoom`` between the
``<!--<$[信息内容]>begin-->`` / ``ContentStart`` markers.  Attachment-only reports link
``/module/download/downfile.jsp?classid=0&showname=<url-encoded name>&filename=<32 hex>.<ext>``: PDFs, a
``.wps`` that is really a DOCX package under a WPS name (served as octet-stream: the parser must sniff
the ZIP magic) and an old binary ``.doc`` the parser cannot read (``unsupported_doc``: the Truth
expects that flag and no values).  The download gateway throttles bursts: every 4th rapid request
(less than ``RAPID_SECONDS`` after the previous one) answers 503, so a crawl gets those files only
through its retries.
"""

from __future__ import annotations

import dataclasses
import random
import threading
import time
from collections.abc import Callable
from functools import cache
from html import escape
from urllib.parse import quote

from govcrawl.province.content import Truth, decoy_body, html_document, page, report_doc, seed_page
from govcrawl.province.server import Portal, Request, Response
from govcrawl.synth.docx import render_docx
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.zjcounty.gov.test"
SITE_ID = "tongxi-gov"
AGENCY = "桐溪县人民政府"
COLUMN_ID = 1229456789
UNIT_ID = 7300123
WEB_ID = 3311
COLUMN = f"/col/col{COLUMN_ID}/index.html"
PROXY = "/module/web/jpage/dataproxy.jsp"
DOWNLOAD = "/module/download/downfile.jsp"
PER_PAGE = 15
RAPID_SECONDS = 60.0  # the gateway counts downloads less than a minute apart as one burst
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MSWORD = "application/msword"
XML = "text/xml; charset=utf-8"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

AJAX_PARAM = {"col": "1", "appid": "1", "webid": str(WEB_ID), "path": "/", "columnid": str(COLUMN_ID),
              "sourceContentType": "1", "unitid": str(UNIT_ID), "webname": AGENCY, "permissiontype": "0"}


def legacy_doc_bytes(rng: random.Random, size: int = 9216) -> bytes:
    """An old binary Word file as far as any sniffer can tell (OLE header), unreadable beyond it."""
    return OLE_MAGIC + bytes(rng.getrandbits(8) for _ in range(size - len(OLE_MAGIC)))


@dataclasses.dataclass
class _File:
    showname: str
    media_type: str
    make: Callable[[], bytes]  # rendered on first download (PDFs take a moment)


class HanwebZjCounty(Portal):
    hosts = (HOST,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.truth: list[Truth] = []
        self.entries: list[tuple[str, str, str]] = []  # (href, title, date), newest first once sorted
        self.files: dict[str, _File] = {}
        self._lock = threading.Lock()
        self._last_download = -1e9
        self._rapid = 0
        self.throttled = 0  # 503s answered (tests read it)
        art_id = 89_000

        def article_path(date: str) -> str:
            nonlocal art_id
            year, month, day = (int(x) for x in date.split("-"))
            if year >= 2025:  # JPaaS: the newer path style, 32-hex ids
                return f"/col/col{COLUMN_ID}/art/{year}/art_{rng.getrandbits(128):032x}.html"
            art_id += rng.randint(3, 250)
            return f"/art/{year}/{month}/{day}/art_{COLUMN_ID}_{art_id}.html"

        def dated(doc: ReportDoc, date: str) -> ReportDoc:
            return dataclasses.replace(doc, published_date=date)

        def add_report(agency: str, year: int, version: str, date: str) -> None:
            doc = dated(report_doc(rng, agency, AGENCY, version, year), date)  # type: ignore[arg-type]
            body, _ = page(doc, "hanweb", rng)
            path = article_path(date)
            self.add(path, body)
            self.entries.append((path, doc.title, date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", doc.title, "report", agency, year, doc))

        for year, version in ((2019, "v2019"), (2020, "v2019"), (2021, "v2021"), (2022, "v2021"),
                              (2023, "v2021"), (2024, "v2021")):
            add_report(AGENCY, year, version, f"{year + 1}-01-{rng.randint(18, 31):02d}")
        for bureau in ("桐溪县教育局", "桐溪县民政局", "桐溪县财政局", "桐溪县自然资源和规划局", "桐溪县卫生健康局",
                       "桐溪县交通运输局"):
            add_report(bureau, 2023, "v2021", f"2024-01-{rng.randint(10, 31):02d}")
        for bureau in ("桐溪县教育局", "桐溪县财政局"):
            add_report(bureau, 2024, "v2021", f"2025-01-{rng.randint(10, 31):02d}")

        # Reports only in an attachment behind a "详见附件" stub page.
        attachments: tuple[tuple[str, int, str, str], ...] = (
            ("桐溪县农业农村局", 2023, "pdf", "2024-01-29"),
            ("桐溪县住房和城乡建设局", 2023, "pdf", "2024-01-30"),
            ("桐溪县统计局", 2023, "pdf", "2024-02-02"),
            ("桐溪县市场监督管理局", 2024, "pdf", "2025-01-27"),
            ("桐溪县文化广电旅游体育局", 2023, "wps", "2024-01-25"),
            ("桐溪县司法局", 2023, "doc", "2024-01-26"),
        )
        for agency, year, ext, date in attachments:
            self._add_attachment_report(agency, year, ext, date, article_path(date))

        # Seed 002 (a Hanweb rendering of a real-shaped report) republished on this column.
        path = article_path("2024-01-19")
        title = "和田县文旅局政府信息公开工作2023年度报告"
        self.add(path, seed_page("seed002", "hanweb"))
        self.entries.append((path, title, "2024-01-19"))
        self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", title, "report", "和田县文旅局", 2023,
                                seed="seed002"))

        for title, date in (
            ("桐溪县2023年政府信息公开工作年度报告解读", "2024-01-31"),
            ("图解：桐溪县人民政府2023年政府信息公开工作年度报告", "2024-02-01"),
            ("桐溪县2024年政务公开工作要点", "2024-03-12"),
            ("桐溪县人民政府信息公开指南", "2023-06-08"),
        ):
            path = article_path(date)
            self.add(path, html_document(title, self._zoom(decoy_body(title, date)), "utf-8",
                                         {"ArticleTitle": title, "PubDate": date}, AGENCY).encode())
            self.entries.append((path, title, date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", title, "decoy"))

        self.entries.sort(key=lambda e: e[2], reverse=True)
        self.add(COLUMN, self._list_page().encode())
        self.handlers[PROXY] = self._dataproxy
        self.handlers[DOWNLOAD] = self._download

    # -- pages -----------------------------------------------------------------------------
    def _add_attachment_report(self, agency: str, year: int, ext: str, date: str, path: str) -> None:
        rng = self.rng
        doc = dataclasses.replace(report_doc(rng, agency, AGENCY, "v2021", year), published_date=date)
        hexname = f"{rng.getrandbits(128):032x}.{ext}"
        showname = f"{doc.title}.{ext}"
        url = f"{DOWNLOAD}?classid=0&showname={quote(showname)}&filename={hexname}"
        seed = rng.getrandbits(64)  # each render starts from the same state: the bytes never change
        flags: tuple[str, ...] = ()
        truth_doc: ReportDoc | None = doc
        if ext == "pdf":
            self.files[hexname] = _File(showname, PDF, cache(lambda: render_pdf(doc, random.Random(seed))))
            media = PDF
        elif ext == "wps":
            self.files[hexname] = _File(showname, "application/octet-stream", cache(lambda: render_docx(doc)))
            media = DOCX
        else:
            blob = legacy_doc_bytes(random.Random(rng.random()))
            self.files[hexname] = _File(showname, MSWORD, lambda: blob)
            media, flags, truth_doc = MSWORD, ("unsupported_doc",), None
        body = (
            f'<div class="title">{doc.title}</div>'
            f'<div class="info">发布日期：{date}&nbsp;&nbsp;信息来源：{agency}</div>'
            f'<p>{doc.title}详见附件。</p>'
            f'<p>附件：<a href="{escape(url)}" target="_blank">{showname}</a></p>'
        )
        self.add(path, html_document(doc.title, self._zoom(body), "utf-8",
                                     {"ArticleTitle": doc.title, "PubDate": date}, AGENCY).encode())
        self.entries.append((path, doc.title, date))
        self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", doc.title, "report", agency, year, truth_doc,
                                media_type=media, report_url=f"http://{HOST}{url}", flags=flags))

    @staticmethod
    def _zoom(inner: str) -> str:
        return ('<div class="main"><div id="zoom"><!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin-->'
                f'<meta name="ContentStart">{inner}<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->'
                "<!--<$[信息内容]>end--></div></div>")

    @staticmethod
    def record(href: str, title: str, date: str) -> str:
        shown = title if len(title) <= 24 else title[:23] + "…"
        return (f'<record><![CDATA[<li><a href="{href}" target="_blank" title="{escape(title)}">{shown}</a>'
                f"<span>{date}</span></li>]]></record>")

    def _list_page(self) -> str:
        first = "".join(self.record(*e) for e in self.entries[:PER_PAGE])
        nextgroup = (f'<a href="{PROXY}?page=1&amp;webid={WEB_ID}&amp;path=/&amp;columnid={COLUMN_ID}'
                     f'&amp;unitid={UNIT_ID}&amp;webname={quote(AGENCY)}&amp;permissiontype=0"></a>')
        ajax = ", ".join(f"{k}: '{v}'" if not v.isdigit() else f"{k}: {v}" for k, v in AJAX_PARAM.items())
        body = (
            '<div class="nav"><a href="/col/col1229456700/index.html">政府信息公开指南</a>'
            f'<a href="{COLUMN}">政府信息公开年报</a></div>'
            '<div class="position">您当前的位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>'
            f'<div class="list" id="{UNIT_ID}"><script type="text/xml"><datastore>'
            f"<nextgroup><![CDATA[{nextgroup}]]></nextgroup><recordset>{first}</recordset></datastore></script>"
            "<script>$(document).ready(function () {"
            f" $('#{UNIT_ID}').jpage({{ dataStore: dataStore, perPage: {PER_PAGE}, totalRecord: {len(self.entries)},"
            f" groupSize: 3, proxyUrl: '{PROXY}', barPosition: 'bottom', ajaxParam: {{ {ajax} }} }}); }});</script>"
            "</div>"
        )
        return html_document("政府信息公开年报", body, "utf-8", {"ColumnName": "政府信息公开年报",
                                                              "ColumnType": "政府信息公开年报"}, AGENCY)

    # -- dynamic endpoints -----------------------------------------------------------------
    def _dataproxy(self, request: Request) -> Response:
        total = len(self.entries)
        if request.param("columnid") != str(COLUMN_ID) or request.param("unitid") != str(UNIT_ID):
            chosen: list[tuple[str, str, str]] = []  # a wrong unit: the real proxy answers an empty store
            total = 0
        elif request.param("page"):
            per = int(request.param("perpage", str(PER_PAGE)) or PER_PAGE)
            number = max(int(request.param("page") or 1), 1)
            chosen = self.entries[(number - 1) * per : number * per]
        else:
            start = max(int(request.param("startrecord", "1") or 1), 1)
            end = int(request.param("endrecord", str(start + 3 * PER_PAGE - 1)) or start)
            chosen = self.entries[start - 1 : end]
        per_page = int(request.param("perpage", str(PER_PAGE)) or PER_PAGE)
        pages = -(-total // per_page) if total else 0
        xml = (f"<datastore><totalrecord>{total}</totalrecord><totalpage>{pages}</totalpage><recordset>"
               + "".join(self.record(*e) for e in chosen) + "</recordset></datastore>")
        return Response(200, xml.encode(), XML)

    def _download(self, request: Request) -> Response:
        with self._lock:
            now = time.monotonic()
            self._rapid = self._rapid + 1 if now - self._last_download < RAPID_SECONDS else 1
            self._last_download = now
            throttled = self._rapid % 4 == 0
            if throttled:
                self.throttled += 1
        if throttled:
            return Response(503, "<html><body>系统繁忙，请稍后再试</body></html>".encode(),
                            headers={"Retry-After": "1"})
        found = self.files.get(request.param("filename"))
        if found is None:
            return Response(404, "<html><body>文件不存在</body></html>".encode())
        name = quote(found.showname)
        return Response(200, found.make(), found.media_type,
                        {"Content-Disposition": f"attachment; filename*=UTF-8''{name}"})


PORTALS = [HanwebZjCounty]
