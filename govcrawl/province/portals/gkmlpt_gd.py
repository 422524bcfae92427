"""Fixture 5, ``gkmlpt-gd-district`` (portals.md §5, §1.6): Guangdong 政府信息公开目录平台.

榕湾区: ``/gkmlpt/index`` is an SPA shell (no list in its HTML) that names the site id and sets the
``gkmlfront_session`` cookie.  The list API ``/gkmlpt/api/all/<column>?page=N&sid=<sid>`` answers JSON
(``articles[]`` with id/title/url/date/publisher, ``total``, 100 a page, newest first) and 403 without
that cookie.  The 年报 column (2811) holds more than 100 entries — the reports among column news,
公示 and notices — so the older reports are only on page 2.  Detail pages
``/gkmlpt/content/<id // 10**6>/<id // 10**3>/post_<id>.html`` are shells too: everything is in the
embedded ``DETAIL: {...}, TREE:`` object (``content`` HTML, ``attachment`` list).  Two reports are
PDF-only (``/attachment/0/<b>/<id>/<file>.pdf``): one lists the file only in ``DETAIL.attachment``,
the other also links it from its ``content``.
"""

from __future__ import annotations

import dataclasses
import json
import random
from collections.abc import Callable
from functools import cache
from html import escape

from govcrawl.province.content import Truth, report_doc
from govcrawl.province.server import Portal, Request, Response
from govcrawl.synth.html import render_content
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.gddistrict.gov.test"
SITE_ID = "rongwan-gov"
AGENCY = "榕湾区人民政府"
SID = "759031"
COLUMN = 2811
SHELL = "/gkmlpt/index"
API = f"/gkmlpt/api/all/{COLUMN}"
PER_PAGE = 100
COOKIE = "gkmlfront_session"
PDF = "application/pdf"
JSON = "application/json"

_PADDING_TOPICS = (
    "关于{y}年度行政事业性收费项目的公示", "{y}年第{n}批行政许可决定公示", "关于开展{y}年政务公开专项检查的通知",
    "{y}年第{n}季度政府网站工作报表", "榕湾区{y}年第{n}次政务公开专题会议纪要", "行政处罚决定书（榕环罚〔{y}〕{n}号）",
    "关于征集{y}年民生实事项目的公告", "{y}年第{n}期政务信息", "榕湾区{y}年重大行政决策事项目录",
)


@dataclasses.dataclass
class _Entry:
    title: str
    date: str
    publisher: str
    kind: str                      # html, pdf, pdf_linked, decoy, other
    doc: ReportDoc | None = None
    id: int = 0


class GkmlptGdDistrict(Portal):
    hosts = (HOST,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.session = f"eyJpdiI6{rng.getrandbits(160):040x}"
        self.truth: list[Truth] = []
        entries: list[_Entry] = []

        def report(agency: str, year: int, version: str, date: str, kind: str) -> None:
            doc = dataclasses.replace(report_doc(rng, agency, AGENCY, version, year),  # type: ignore[arg-type]
                                      published_date=date)
            entries.append(_Entry(doc.title, date, agency, kind, doc))

        for year, version in ((2020, "v2019"), (2021, "v2021"), (2022, "v2021"), (2023, "v2021"), (2024, "v2021")):
            report(AGENCY, year, version, f"{year + 1}-01-{rng.randint(15, 31):02d}", "html")
        for bureau in ("榕湾区发展和改革局", "榕湾区教育局", "榕湾区财政局"):
            report(bureau, 2023, "v2021", f"2024-01-{rng.randint(10, 31):02d}", "html")
        report("榕湾区人力资源和社会保障局", 2023, "v2021", "2024-01-26", "pdf")
        report("榕湾区生态环境局", 2021, "v2021", "2022-01-28", "pdf_linked")
        for title, date in (
            ("榕湾区人民政府2023年政府信息公开工作年度报告解读", "2024-02-01"),
            ("一图读懂榕湾区2023年政府信息公开工作年度报告", "2024-02-02"),
            ("榕湾区2024年政务公开工作要点", "2024-03-20"),
            ("榕湾区人民政府信息公开指南", "2023-07-03"),
        ):
            entries.append(_Entry(title, date, AGENCY, "decoy"))
        # Column news that pads the list past one API page (none names a report).
        for n in range(108):
            year = rng.choice((2022, 2023, 2023, 2024, 2024, 2025))
            month = rng.randint(6 if year == 2022 else 1, 6 if year == 2025 else 12)
            title = rng.choice(_PADDING_TOPICS).format(y=year, n=n % 9 + 1)
            entries.append(_Entry(title, f"{year}-{month:02d}-{rng.randint(1, 28):02d}", AGENCY, "other"))

        entries.sort(key=lambda e: (e.date, e.title))
        next_id = 1_534_000
        for entry in entries:  # ids grow with the publication date, as on the platform
            next_id += rng.randint(17, 900)
            entry.id = next_id
            self._add_detail(entry)
        self.entries = sorted(entries, key=lambda e: (e.date, e.id), reverse=True)

        self.add(SHELL, self._shell().encode(), headers={
            "Set-Cookie": f"{COOKIE}={self.session}; path=/; HttpOnly"})
        self.handlers[API] = self._api

    # -- pages -----------------------------------------------------------------------------
    @staticmethod
    def detail_path(post_id: int) -> str:
        return f"/gkmlpt/content/{post_id // 1_000_000}/{post_id // 1000}/post_{post_id}.html"

    def url(self, path: str) -> str:
        return f"http://{HOST}{path}"

    def _add_detail(self, entry: _Entry) -> None:
        rng = self.rng
        path = self.detail_path(entry.id)
        attachments: list[dict[str, object]] = []
        doc = entry.doc
        if entry.kind == "html":
            assert doc is not None
            content = render_content(doc, "trs", rng)
        elif entry.kind in ("pdf", "pdf_linked"):
            assert doc is not None
            file_path = f"/attachment/0/{entry.id // 1000}/{entry.id}/{entry.id * 7 % 10_000_000}.pdf"
            seed = rng.getrandbits(64)
            self._serve(file_path, PDF, cache(lambda: render_pdf(doc, random.Random(seed))))
            attachments.append({"name": f"{entry.title}.pdf", "url": self.url(file_path), "size": "1.2MB"})
            content = "<p>详见附件。</p>"
            if entry.kind == "pdf_linked":
                content += f'<p><a href="{self.url(file_path)}">{escape(entry.title)}.pdf</a></p>'
        else:
            content = ("<p>为便于公众理解，现就有关情况说明如下。</p>"
                       "<p>一、主要内容。本文件对相关工作作出安排，详细内容请见正文。</p>")
        detail = {
            "id": entry.id, "title": entry.title, "publisher": entry.publisher, "date": entry.date,
            "identifier": f"11440{rng.randint(10**8, 10**9 - 1)}MB2C/{entry.date[:4]}-{entry.id % 100000:05d}",
            "classify_main_name": "政府信息公开年报", "content": content, "attachment": attachments,
        }
        script = json.dumps(detail, ensure_ascii=False).replace("</", "<\\/")
        tree = json.dumps([{"id": COLUMN, "name": "政府信息公开年报", "parent": 2800}], ensure_ascii=False)
        body = (
            '<!DOCTYPE html><html><head><meta charset="utf-8">'
            f'<meta name="ArticleTitle" content="{escape(entry.title)}"><meta name="PubDate" content="{entry.date}">'
            f"<title>{escape(entry.title)}-{AGENCY}</title>"
            '<link href="/gkmlpt/static/css/app.css" rel="stylesheet"></head><body><div id="app"></div>'
            f"<script>window._CONFIG = {{\n  SID: '{SID}',\n  DETAIL: {script},\n  TREE: {tree},\n"
            "  LOGIN: false\n};</script>"
            '<script src="/gkmlpt/static/js/app.js"></script>'
            f'<div class="footer">网站标识码：4401990011 主办单位：{AGENCY}</div></body></html>'
        )
        self.add(path, body.encode())
        if entry.kind in ("html", "pdf", "pdf_linked"):
            assert doc is not None
            pdf = entry.kind != "html"
            self.truth.append(Truth(
                SITE_ID, self.url(path), entry.title, "report", entry.publisher, doc.year, doc,
                media_type=PDF if pdf else "text/html",
                report_url=attachments[0]["url"] if pdf else None,  # type: ignore[arg-type]
            ))
        elif entry.kind == "decoy":
            self.truth.append(Truth(SITE_ID, self.url(path), entry.title, "decoy"))

    def _serve(self, path: str, media_type: str, make: Callable[[], bytes]) -> None:
        self.handlers[path] = lambda _request: Response(200, make(), media_type)

    def _shell(self) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="榕湾区人民政府">'
            '<meta name="SiteIDCode" content="4401990011"><meta name="ColumnName" content="政府信息公开目录">'
            f"<title>{AGENCY}信息公开目录</title>"
            '<link href="/gkmlpt/static/css/app.css" rel="stylesheet"></head>'
            '<body><div id="app"></div><noscript>请开启浏览器的JavaScript功能</noscript>'
            f"<script>window._CONFIG = {{ SID: '{SID}', SITE_NAME: '{AGENCY}', API_BASE: '/gkmlpt/api' }};</script>"
            '<script src="/gkmlpt/static/js/chunk-vendors.js"></script><script src="/gkmlpt/static/js/app.js"></script>'
            "</body></html>"
        )

    # -- the list API ----------------------------------------------------------------------
    def _api(self, request: Request) -> Response:
        if f"{COOKIE}={self.session}" not in request.headers.get("cookie", ""):
            return Response(403, b"<html><head><title>403 Forbidden</title></head><body>403 Forbidden</body></html>")
        if request.param("sid") != SID:
            return Response(200, b'{"articles":[],"total":0}', JSON)
        raw = request.param("page", "1")
        page = max(int(raw), 1) if raw.isdigit() else 1
        chosen = self.entries[(page - 1) * PER_PAGE : page * PER_PAGE]
        articles = [{"id": e.id, "title": e.title, "url": self.url(self.detail_path(e.id)), "date": e.date,
                     "publisher": e.publisher} for e in chosen]
        data = {"articles": articles, "total": len(self.entries), "page": page, "per_page": PER_PAGE}
        return Response(200, json.dumps(data, ensure_ascii=False).encode(), JSON)


PORTALS = [GkmlptGdDistrict]
