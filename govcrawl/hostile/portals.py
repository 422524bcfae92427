"""The hostile fixture portals (issue 6): everything a real government portal can throw at a crawler.

Not part of the fixture province (``govcrawl/province/portals`` auto-discovers only that package):
these portals are served by their own ``ProvinceServer`` (``python -m govcrawl.hostile``) and
registered in ``fixtures/hostile/sites.yaml``.  Everything is deterministic by path, loopback only.

* ``www.hostile.gov.test`` (險峰县, TRS classic list over three pages): good reports with known
  values (some reached only after a 503/429 with ``Retry-After``, a connection reset, a slow
  trickle), a page in a lying charset and one with no charset at all, a report page whose visit
  counter and clock change on every visit, attachments whose names are ``../`` and absolute paths,
  a report nested thousands of elements deep; and faults: 500, 502, 503 for ever, resets for ever,
  a stall past the timeout, a trickle past the timeout, bodies cut short of their Content-Length
  (HTML and PDF), an honestly truncated PDF and HTML page, a body declared at 1 GiB, a streamed body
  without a length, a gzip bomb, a redirect loop, redirects to another host and to ``file:``,
  a soft 404, a WAF challenge, a zip bomb posing as a DOCX, and list entries pointing at other
  hosts and at ``javascript:``, ``mailto:``, ``ftp:``, ``file:`` URLs.
* ``www.hostilehw.gov.test`` (Hanweb): two good records inline; the jpage proxy answers an XML
  entity bomb and an external-entity (XXE) datastore.
* ``www.flaky.gov.test`` (TRS classic): the list works, every article answers 503 or resets: the
  host must be suspended for the run after a few failing URLs, not hammered.
* ``www.elsewhere.gov.test``: the trap — not in any registry entry; any request here is a leak.
"""

from __future__ import annotations

import dataclasses
import gzip
import io
import random
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from html import escape

from govcrawl.hostile import inputs as hostile_inputs
from govcrawl.province.content import Truth, html_document, report_doc, stub_body
from govcrawl.province.portals.waf_portal import ruishu_page
from govcrawl.province.server import Portal, ProvinceServer, Request, Response
from govcrawl.synth.docx import render_docx
from govcrawl.synth.html import render_page
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.hostile.gov.test"
HW_HOST = "www.hostilehw.gov.test"
FLAKY_HOST = "www.flaky.gov.test"
TRAP_HOST = "www.elsewhere.gov.test"
SITE_ID = "hostile-county"
HW_SITE_ID = "hostile-hanweb"
FLAKY_SITE_ID = "flaky-county"
AGENCY = "险峰县人民政府"
HW_AGENCY = "险峰县发展和改革局"
FLAKY_AGENCY = "云崖县人民政府"
COLUMN = "/zwgk/zfxxgk/zfxxgknb/"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"
MiB = 1024 * 1024
TIMEOUT = 3.0  # the registry's download_timeout for these portals (seconds)
MAXSIZE = 4 * MiB  # the registry's download_maxsize for these portals
FLAKY_ENTRIES = 30

# Names an attachment link or Content-Disposition may carry: none may become a file anywhere.
ESCAPE_NAMES = ("../../../../../../tmp/govcrawl-escape.pdf", "/tmp/govcrawl-absolute.docx")


@dataclasses.dataclass
class Case:
    """One list entry of the hostile portal and what a crawl must make of it."""

    name: str
    url: str            # the list entry's link (absolute)
    title: str
    outcome: str        # "good": stored with exact values; "absent": never stored as a report;
                        # "flagged": may be stored, but never as a parsed report with values
    fault: str          # what the entry does (RELIABILITY.md)
    report_url: str | None = None  # the attachment, when the report is one


def _zeros(total: int, piece: int = 64 * 1024) -> Iterator[bytes]:
    chunk = b"\0" * piece
    sent = 0
    while sent < total:
        yield chunk
        sent += piece


def gzip_bomb(size: int) -> bytes:
    """``size`` bytes of spaces, gzip-compressed (~1000:1)."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as gz:
        block = b" " * MiB
        for _ in range(size // MiB):
            gz.write(block)
    return out.getvalue()


def zip_bomb_docx(size: int) -> bytes:
    """A "DOCX" whose ``word/document.xml`` inflates to ``size`` bytes (a zip bomb)."""
    out = io.BytesIO()
    stamp = (2024, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("[Content_Types].xml", stamp),
                         '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"/>')
        info = zipfile.ZipInfo("word/document.xml", stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as member:
            block = b"<w:p/>" * (MiB // 6)
            for _ in range(size // len(block)):
                member.write(block)
    return out.getvalue()


def deep_page(doc: ReportDoc, rng: random.Random, depth: int) -> bytes:
    """The report page with its content wrapped in ``depth`` nested elements."""
    body, _ = render_page(doc, "hanweb", rng)
    text = body.decode("utf-8")
    start = text.index("<body>") + len("<body>") if "<body>" in text else text.index("<body")
    if text[start - 1] != ">":
        start = text.index(">", start) + 1
    end = text.rindex("</body>")
    return (text[:start] + "<div>" * depth + text[start:end] + "</div>" * depth + text[end:]).encode("utf-8")


class _Tracked(Portal):
    """A portal that counts visits per path (thread-safe)."""

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        self.visits: dict[str, int] = {}
        self._lock = threading.Lock()

    def visit(self, path: str) -> int:
        with self._lock:
            self.visits[path] = self.visits.get(path, 0) + 1
            return self.visits[path]


class HostilePortal(_Tracked):
    hosts = (HOST,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng or random.Random("hostile"))
        rng = self.rng
        self.truth: list[Truth] = []
        self.cases: list[Case] = []
        self.docs: dict[str, ReportDoc] = {}
        docid = 5_000_000

        def path_for(name: str) -> tuple[str, str]:
            nonlocal docid
            docid += rng.randint(7, 400)
            href = f"202402/t20240215_{docid}_{name}.html"
            return href, f"{COLUMN}{href}"

        def entry(name: str, agency: str, outcome: str, fault: str, *, year: int = 2023,
                  path: str | None = None, href: str | None = None, report_url: str | None = None) -> str:
            """A list entry; returns its path on this host."""
            external = href  # a list link that leaves the portal (or HTTP)
            if path is None:
                href, path = path_for(name)
            title = f"{agency}{year}年政府信息公开工作年度报告"
            url = external or f"http://{HOST}{path}"
            self.cases.append(Case(name, url, title, outcome, fault, report_url))
            self._hrefs.append((external or f"./{href}", title))
            return path

        def good(name: str, agency: str, fault: str, *, year: int = 2023, version: str = "v2021",
                 style: str = "trs") -> tuple[str, bytes, ReportDoc]:
            doc = report_doc(rng, agency, AGENCY, version, year)  # type: ignore[arg-type]
            body, _ = render_page(doc, style, rng)  # type: ignore[arg-type]
            path = entry(name, agency, "good", fault, year=year)
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", doc.title, "report", agency, year, doc))
            self.docs[name] = doc
            return path, body, doc

        self._hrefs: list[tuple[str, str]] = []

        # -- good reports, some behind transient faults ---------------------------------------
        path, body, _ = good("plain", AGENCY, "a plain TRS report page (GBK, charset only in the meta)")
        self.add(path, body, "text/html")
        path, body, _ = good("plain2022", AGENCY, "a plain TRS report page", year=2022)
        self.add(path, body, "text/html")
        once = {}
        path, body, _ = good("retry-after-503", "险峰县教育局", "503 with Retry-After: 1 once, then the page")
        once[path] = (Response(503, b"<html><body>Service Unavailable</body></html>", headers={"Retry-After": "1"}),
                      Response(200, body, "text/html"))
        path, body, _ = good("retry-after-429", "险峰县民政局", "429 with Retry-After: 1 once, then the page")
        once[path] = (Response(429, b"<html><body>Too Many Requests</body></html>", headers={"Retry-After": "1"}),
                      Response(200, body, "text/html"))
        path, body, _ = good("reset-once", "险峰县公安局", "connection reset once, then the page")
        once[path] = (Response(reset=True), Response(200, body, "text/html"))
        path, body, _ = good("trickle-ok", "险峰县财政局", f"the page trickles in over ~{TIMEOUT / 2:.1f} s")
        self.add(path, body, "text/html")
        self.resources[path].chunk_size = -(-len(body) // 15)
        self.resources[path].chunk_delay = TIMEOUT / 2 / 15
        path, body, _ = good("lying-charset", "险峰县交通运输局",
                             "GBK bytes behind Content-Type: text/html; charset=utf-8")
        self.add(path, body, "text/html; charset=utf-8")
        path, body, _ = good("no-charset", "险峰县卫生健康局",
                             "GB18030 bytes, no charset in the header, no meta")
        text = body.decode("gbk")
        for meta in ('<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
                     '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
                     '<meta charset="gbk">', '<meta charset="gb2312">'):
            text = text.replace(meta, "")
        assert "charset" not in text.lower(), "the no-charset page still names one"
        self.add(path, text.encode("gb18030"), "text/html")
        path, body, doc = good("counter", "险峰县自然资源局",
                               "a page whose visit counter and clock change on every visit", style="hanweb")
        self.counter_path = path
        self.handlers[path] = self._counter_handler(body)
        doc = report_doc(rng, "险峰县农业农村局", AGENCY, "v2021", 2023)
        self.docs["deep-html"] = doc
        path = entry("deep-html", doc.agency_name, "flagged", "the report nested 5,000 elements deep")
        self.add(path, deep_page(doc, random.Random(1), 5000), "text/html; charset=utf-8")

        # Attachments named like paths: must never become files anywhere.
        def stub(name: str, agency: str, fault: str, att_href: str, att_name: str, att_path: str, payload: bytes,
                 media: str, outcome: str, truth: ReportDoc | None, headers: dict[str, str] | None = None,
                 response: Response | None = None) -> None:
            doc = truth or report_doc(rng, agency, AGENCY, "v2021", 2023)
            path = entry(name, agency, outcome, fault, report_url=f"http://{HOST}{att_path}")
            page = html_document(doc.title, stub_body(doc.title, "2024-02-15", att_href, att_name), "utf-8",
                                 {"ArticleTitle": doc.title}, AGENCY)
            self.add(path, page.encode("utf-8"), "text/html; charset=utf-8")
            if response is not None:
                self.resources[att_path] = response
            else:
                self.add(att_path, payload, media, headers=headers)
            if outcome == "good":
                self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", doc.title, "report", agency, 2023, doc,
                                        media_type=media, report_url=f"http://{HOST}{att_path}"))
                self.docs[name] = doc

        doc = report_doc(rng, "险峰县住房和城乡建设局", AGENCY, "v2021", 2023)
        stub("dotdot-name", doc.agency_name, "attachment href and name ../../…/tmp/…pdf, Content-Disposition too",
             ESCAPE_NAMES[0], ESCAPE_NAMES[0], "/tmp/govcrawl-escape.pdf", render_pdf(doc, random.Random(2)), PDF,
             "good", doc, {"Content-Disposition": f'attachment; filename="{ESCAPE_NAMES[0]}"'})
        doc = report_doc(rng, "险峰县水利局", AGENCY, "v2021", 2023)
        stub("absolute-name", doc.agency_name, "attachment href and name /tmp/….docx, Content-Disposition too",
             ESCAPE_NAMES[1], ESCAPE_NAMES[1], ESCAPE_NAMES[1], render_docx(doc), DOCX, "good", doc,
             {"Content-Disposition": f'attachment; filename="{ESCAPE_NAMES[1]}"'})

        # -- faults ----------------------------------------------------------------------------
        def fault(name: str, agency: str, what: str, response: Response | Callable[[Request], Response],
                  outcome: str = "absent") -> str:
            path = entry(name, agency, outcome, what)
            if isinstance(response, Response):
                self.resources[path] = response
            else:
                self.handlers[path] = response
            return path

        err = b"<html><body><h1>Internal Server Error</h1></body></html>"
        fault("http-500", "险峰县审计局", "500 on every request", Response(500, err))
        fault("http-502", "险峰县统计局", "502 on every request",
              Response(502, b"<html><body>Bad Gateway</body></html>"))
        fault("http-503", "险峰县商务局", "503 with Retry-After: 1 on every request",
              Response(503, b"<html><body>Service Unavailable</body></html>", headers={"Retry-After": "1"}))
        fault("reset", "险峰县应急管理局", "connection reset on every request", Response(reset=True))
        doc = report_doc(rng, "险峰县司法局", AGENCY, "v2021", 2023)
        page, _ = render_page(doc, "trs", rng)
        fault("stall", "险峰县司法局", f"headers after {4 * TIMEOUT:.0f} s (timeout {TIMEOUT:.0f} s)",
              Response(200, page, "text/html", delay=4 * TIMEOUT))
        fault("trickle-slow", "险峰县市场监督管理局", f"a 60 KB page at 2 KB/s (timeout {TIMEOUT:.0f} s)",
              Response(200, page, "text/html", chunk_size=1024, chunk_delay=0.5))
        doc = report_doc(rng, "险峰县人力资源和社会保障局", AGENCY, "v2021", 2023)
        page, _ = render_page(doc, "trs", rng)
        fault("truncated-html", doc.agency_name, "half the page, then the connection closes "
              "(Content-Length says all)", Response(200, page[: len(page) // 2], "text/html",
                                                     declared_length=len(page)))
        doc = report_doc(rng, "险峰县退役军人事务局", AGENCY, "v2021", 2023)
        self.docs["truncated-html-honest"] = doc
        page, _ = render_page(doc, "trs", rng)
        fault("truncated-html-honest", doc.agency_name,
              "half the page, its Content-Length saying half (a page cut on the server)",
              Response(200, page[: len(page) // 2], "text/html"), outcome="flagged")
        fault("oversize-declared", "险峰县文化广电旅游体育局", "Content-Length: 1 GiB (the limit is 4 MiB)",
              Response(200, b"", "text/html", declared_length=1 << 30, stream=lambda: _zeros(1 << 30)))
        fault("oversize-stream", "险峰县林业局", "a body without Content-Length that never ends (1 GiB)",
              Response(200, b"", "text/html", stream=lambda: _zeros(1 << 30)))
        fault("gzip-bomb", "险峰县医疗保障局", "Content-Encoding: gzip, 256 KB inflating to 256 MiB",
              Response(200, gzip_bomb(256 * MiB), "text/html", {"Content-Encoding": "gzip"}))
        loop_b = "/redirect/loop-b.html"
        loop_a = fault("redirect-loop", "险峰县信访局", "302 a → b → a …",
                       Response(302, b"", None, {"Location": loop_b}))
        self.resources[loop_b] = Response(302, b"", None, {"Location": f"http://{HOST}{loop_a}"})
        fault("redirect-offsite", "险峰县城市管理局", f"302 to http://{TRAP_HOST}/…",
              Response(302, b"", None, {"Location": f"http://{TRAP_HOST}/zfxxgknb/report.html"}))
        fault("redirect-file", "险峰县档案局", "302 to file:///etc/passwd",
              Response(302, b"", None, {"Location": "file:///etc/passwd"}))
        fault("soft-404", "险峰县机关事务局", "200 with 页面不存在",
              Response(200, "<html><body><h1>对不起，您访问的页面不存在！</h1></body></html>".encode(),
                       "text/html; charset=utf-8"))
        fault("waf", "险峰县国有资产管理局", "瑞数 412 challenge", lambda r: Response(
            412, ruishu_page(r.path), "text/html; charset=utf-8", {"Set-Cookie": "FSSBBIl1UgzbN7N80S=abc; Path=/"}))

        doc = report_doc(rng, "险峰县科学技术局", AGENCY, "v2021", 2023)
        pdf = render_pdf(doc, random.Random(3))
        stub("truncated-pdf", doc.agency_name, "attachment PDF cut at half, Content-Length says all",
             "../202402/P020240215_cut.pdf", f"{doc.title}.pdf", f"{COLUMN}202402/P020240215_cut.pdf", b"", PDF,
             "absent", None, response=Response(200, pdf[: len(pdf) // 2], PDF, declared_length=len(pdf)))
        doc = report_doc(rng, "险峰县工业和信息化局", AGENCY, "v2021", 2023)
        pdf = render_pdf(doc, random.Random(4))
        self.docs["truncated-pdf-honest"] = doc
        stub("truncated-pdf-honest", doc.agency_name, "attachment PDF cut at half (its Content-Length too)",
             "../202402/P020240215_half.pdf", f"{doc.title}.pdf", f"{COLUMN}202402/P020240215_half.pdf",
             pdf[: len(pdf) // 2], PDF, "flagged", None)
        stub("zip-bomb", "险峰县生态环境局", "a .docx whose document.xml inflates to 512 MiB",
             "../202402/P020240215_bomb.docx", "年度报告.docx", f"{COLUMN}202402/P020240215_bomb.docx",
             zip_bomb_docx(512 * MiB), DOCX, "flagged", None)
        # Parser inputs that held a parse for minutes or gigabytes (issue 14, govcrawl.hostile.inputs):
        # each is stored flagged (or not at all), never with values, and the crawl goes on.
        stub("pdf-nested-flate", "险峰县地方志办公室", "a 5 KB PDF whose content is Flate inside Flate (2 GiB)",
             "../202402/P020240215_flate.pdf", "年度报告.pdf", f"{COLUMN}202402/P020240215_flate.pdf",
             hostile_inputs.pdf_nested_flate(), PDF, "flagged", None)
        stub("pdf-text-operators", "险峰县机关事务管理局", "an 18 KB PDF drawing 600,000 text operators",
             "../202402/P020240215_ops.pdf", "年度报告.pdf", f"{COLUMN}202402/P020240215_ops.pdf",
             hostile_inputs.pdf_text_operators(), PDF, "flagged", None)
        stub("docx-lying-zip", "险峰县供销合作社", "a .docx whose zip headers say 4 KB for 512 MiB of XML",
             "../202402/P020240215_lying.docx", "年度报告.docx", f"{COLUMN}202402/P020240215_lying.docx",
             hostile_inputs.docx_lying_zip(), DOCX, "flagged", None)
        numbers = hostile_inputs.line_of_numbers().decode("utf-8")
        fault("line-of-numbers", "险峰县乡村振兴局", "a report page holding one 1 MB line of numbers",
              Response(200, html_document("险峰县乡村振兴局2023年政府信息公开工作年度报告", f"<pre>{numbers}</pre>",
                                          "utf-8", {}, AGENCY).encode("utf-8"), "text/html; charset=utf-8"),
              outcome="flagged")

        # List entries that lead off the portal or out of HTTP: never requested.
        for name, href in (("javascript", "javascript:openReport('2023')"), ("mailto", "mailto:gk@hostile.gov.test"),
                           ("ftp", f"ftp://{HOST}/pub/2023nb.pdf"), ("file", "file:///etc/passwd"),
                           ("offsite", f"http://{TRAP_HOST}/zfxxgknb/2023.html"),
                           ("offsite-relative-scheme", f"//{TRAP_HOST}/zfxxgknb/2022.html")):
            agency = {"javascript": "险峰县气象局", "mailto": "险峰县地震局", "ftp": "险峰县供销社",
                      "file": "险峰县总工会", "offsite": "险峰县团委", "offsite-relative-scheme": "险峰县妇联"}[name]
            entry(f"link-{name}", agency, "absent", f"list entry linking to {href}", path=f"/__link/{name}", href=href)

        self.once = once
        for path in once:
            self.handlers[path] = self._once_handler(path)

        # Interleave faults with good reports, three list pages (TRS 0-based createPageHTML).
        goods = [h for h, c in zip(self._hrefs, self.cases, strict=True) if c.outcome == "good"]
        rest = [h for h, c in zip(self._hrefs, self.cases, strict=True) if c.outcome != "good"]
        ordered: list[tuple[str, str]] = []
        while goods or rest:
            if goods:
                ordered.append(goods.pop(0))
            ordered += rest[:2]
            rest = rest[2:]
        per = -(-len(ordered) // 3)
        pages = [ordered[i : i + per] for i in range(0, len(ordered), per)]
        for index, chunk in enumerate(pages):
            name = "index.html" if index == 0 else f"index_{index}.html"
            self.add(f"{COLUMN}{name}", trs_list_page(chunk, index, len(pages), AGENCY).encode("utf-8"),
                     "text/html; charset=utf-8")

    def case(self, name: str) -> Case:
        return next(c for c in self.cases if c.name == name)

    def _once_handler(self, path: str) -> Callable[[Request], Response]:
        first, then = self.once[path]

        def handler(request: Request) -> Response:
            return first if self.visit(path) == 1 else then

        return handler

    def _counter_handler(self, body: bytes) -> Callable[[Request], Response]:
        text = body.decode("utf-8")

        def handler(request: Request) -> Response:
            n = self.visit(request.path)
            clock = time.strftime("%Y-%m-%d %H:%M:%S") + f".{time.time_ns() % 1_000_000_000:09d}"
            counter = (f'<div class="count">浏览次数：<span id="hits">{1000 + 37 * n}</span>'
                       f'　当前时间：<span id="clock">{clock}</span></div>')
            page = text.replace("</body>", f"{counter}</body>", 1).replace("<body>", f"<body>{counter}", 1)
            return Response(200, page.encode("utf-8"), "text/html; charset=utf-8")

        return handler


def trs_list_page(entries: list[tuple[str, str]], index: int, count: int, site_name: str) -> str:
    items = "".join(f'<li><a href="{escape(href)}" target="_blank" title="{escape(title)}">{escape(title[:18])}…</a>'
                    f"<span>2024-02-15</span></li>" for href, title in entries)
    pager = f'<script>createPageHTML({count}, {index}, "index", "html");</script>'
    body = f'<ul class="list">{items}</ul><div class="page">{pager}</div>'
    return html_document("政府信息公开年报", body, "utf-8", {"ColumnName": "政府信息公开年报"}, site_name)


XML_BOMB = (b'<?xml version="1.0"?><!DOCTYPE datastore [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'
            + b"".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'.encode() for i in range(9))
            + b"]><datastore><totalrecord>10</totalrecord><recordset><record>&j;</record></recordset></datastore>")
XXE = (b'<?xml version="1.0"?><!DOCTYPE datastore [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
       b"<datastore><totalrecord>10</totalrecord><recordset><record>&x;</record></recordset></datastore>")


class HostileHanweb(_Tracked):
    """Hanweb column: two good records inline, the proxy answers an entity bomb, then an XXE."""

    hosts = (HW_HOST,)
    column = "/col/col1/index.html"
    proxy = "/module/web/jpage/dataproxy.jsp"

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng or random.Random("hostile-hanweb"))
        rng = self.rng
        self.truth: list[Truth] = []
        records = []
        for i, year in enumerate((2022, 2023)):
            doc = report_doc(rng, HW_AGENCY, HW_AGENCY, "v2021", year)
            path = f"/art/2024/2/{10 + i}/art_1_{700 + i}.html"
            body, _ = render_page(doc, "hanweb", rng)
            self.add(path, body, "text/html; charset=utf-8")
            self.truth.append(Truth(HW_SITE_ID, f"http://{HW_HOST}{path}", doc.title, "report", HW_AGENCY, year, doc))
            records.append(f'<record><![CDATA[<li><a href="{path}" title="{doc.title}">{doc.title}</a></li>]]>'
                           "</record>")
        page = (f'<div id="u1"><script type="text/xml"><datastore><recordset>{"".join(records)}</recordset>'
                "</datastore></script><script>$('#u1').jpage({ dataStore: dataStore, perPage: 2, totalRecord: 10,"
                f" proxyUrl: '{self.proxy}', ajaxParam: {{ columnid: 1, unitid: 1, webid: 1 }} }});</script></div>")
        self.add(self.column, html_document("政府信息公开年报", page, "utf-8", {}, HW_AGENCY).encode("utf-8"),
                 "text/html; charset=utf-8")
        self.handlers[self.proxy] = self._proxy

    def _proxy(self, request: Request) -> Response:
        start = int(request.param("startrecord", "1") or 1)
        return Response(200, XML_BOMB if start <= 8 else XXE, "text/xml; charset=utf-8")


class FlakyPortal(_Tracked):
    """The list answers; every one of its articles answers 503 or resets the connection."""

    hosts = (FLAKY_HOST,)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng or random.Random("flaky"))
        self.truth: list[Truth] = []
        entries = []
        for i in range(FLAKY_ENTRIES):
            path = f"{COLUMN}202402/t20240215_{900 + i}.html"
            entries.append((f"./202402/t20240215_{900 + i}.html", f"云崖县第{i + 1}局2023年政府信息公开工作年度报告"))
            self.resources[path] = (Response(503, b"<html><body>Service Unavailable</body></html>") if i % 2 == 0
                                    else Response(reset=True))
        self.article_paths = [f"{COLUMN}202402/t20240215_{900 + i}.html" for i in range(FLAKY_ENTRIES)]
        self.add(f"{COLUMN}index.html", trs_list_page(entries, 0, 1, FLAKY_AGENCY).encode("utf-8"),
                 "text/html; charset=utf-8")


class TrapPortal(_Tracked):
    """A host no registry entry names: every request that reaches it is a leak."""

    hosts = (TRAP_HOST,)

    def handle(self, request: Request) -> Response:
        self.visit(request.path)
        return Response(200, "<html><body>险峰县团委2023年政府信息公开工作年度报告</body></html>".encode(),
                        "text/html; charset=utf-8")


def build() -> list[Portal]:
    return [HostilePortal(), HostileHanweb(), FlakyPortal(), TrapPortal()]


def server(port: int = 0) -> ProvinceServer:
    return ProvinceServer(build(), port)
