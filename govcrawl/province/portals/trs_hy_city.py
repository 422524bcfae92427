"""Fixture 2, ``trs-hy-city`` (portals.md §5): a TRS 海云-style city portal, UTF-8.

海屿市: the city's 年报 column ``/zfxxgk/zfxxgknb/`` has three list pages ``index.shtml``,
``index_2.shtml``, ``index_3.shtml`` whose only pager is the 6-argument 1-based
``createPageHTML('page_div', 3, cur, 'index', 'shtml', 11)`` script (``index_1.shtml`` is a 404);
articles are channel pages ``/c1001NN/content.shtml`` with the TRS extra metas (``contentid``,
``catalogs``).  The 2020 report is a （图片版）: its body is three ``<img>`` (the record must be
flagged ``image_only``), next to a …解读 and a 图解… sibling; the 2022 report is a stub page whose
report is a ``P0….pdf`` in the channel folder.

A 部门年报 aggregation page ``/c100200/common_bmxxgknb.shtml`` is a table of 25 bureaus: half the
reports live on this host, half on bureau sub-hosts ``<code>.hycity.gov.test``, three links go
straight to PDFs, and most links only say "2023年政府信息公开工作年度报告" — the bureau is in the
row's first cell.  It also carries the seeded report seed000 and one 解读 decoy.
"""

from __future__ import annotations

import dataclasses
import random
import re
import struct
import zlib
from collections.abc import Callable

from govcrawl.province.content import Truth, decoy_body, html_document, page, report_doc, seed_page, stub_body
from govcrawl.province.server import Portal, Request, Response
from govcrawl.synth.model import ReportDoc
from govcrawl.synth.pdf import render_pdf

HOST = "www.hycity.gov.test"
SITE_ID = "hycity-gov"
AGENCY = "海屿市人民政府"
CITY = "海屿市"
COLUMN = "/zfxxgk/zfxxgknb/"
AGGREGATION = "/c100200/common_bmxxgknb.shtml"
HTML = "text/html; charset=utf-8"
PDF = "application/pdf"
PER_PAGE = 4
# (sub-host code, bureau); odd positions publish on their own sub-host.
BUREAUS = (
    ("jyj", "教育局"), ("fgw", "发展和改革委员会"), ("gxj", "工业和信息化局"), ("kjj", "科学技术局"),
    ("gaj", "公安局"), ("mzj", "民政局"), ("sfj", "司法局"), ("czj", "财政局"),
    ("rsj", "人力资源和社会保障局"), ("zrzyj", "自然资源和规划局"), ("sthjj", "生态环境局"),
    ("zjj", "住房和城乡建设局"), ("jtysj", "交通运输局"), ("slj", "水利局"), ("nyncj", "农业农村局"),
    ("swj", "商务局"), ("wgxlj", "文化广电旅游局"), ("wjw", "卫生健康委员会"), ("tyjrj", "退役军人事务局"),
    ("yjglj", "应急管理局"), ("sjj", "审计局"), ("scjgj", "市场监督管理局"), ("tjj", "统计局"),
    ("ybj", "医疗保障局"), ("lyj", "林业局"),
)
SUBHOSTS = tuple(f"{code}.hycity.gov.test" for i, (code, _) in enumerate(BUREAUS) if i % 2 == 1)
PDF_LINKS = {7, 10, 19}  # positions in BUREAUS whose aggregation link is the PDF itself
TITLED = {0, 3, 6, 9, 12, 15, 18, 21, 24}  # links that carry the full title; the rest rely on the row
DECOY_ROW = 20  # 审计局: its row also links a 解读


def png(width: int, height: int, shade: int) -> bytes:
    """A plain grey PNG (the scanned pages of the 图片版; nobody reads their pixels)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes([shade]) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def haiyun_page(doc: ReportDoc, rng: random.Random, channel: int, docid: int) -> bytes:
    """A TRS-style article page served as UTF-8, with the 海云 extra metas."""
    text = page(doc, "trs", rng)[0].decode("gbk")
    text = text.replace("charset=gb2312", "charset=utf-8", 1)
    text = re.sub(r'<meta name="contentid" content="\d+">',
                  f'<meta name="contentid" content="{docid}"><meta name="catalogs" content="{channel}">'
                  f'<meta name="publishdate" content="{doc.published_date or ""}">', text, count=1)
    return text.encode("utf-8")


def lazy(render: Callable[[], bytes], content_type: str) -> Callable[[Request], Response]:
    """A handler that renders its body on first request (PDFs take a while; most builds never serve them)."""
    cache: list[bytes] = []

    def handler(request: Request) -> Response:
        if not cache:
            cache.append(render())
        return Response(200, cache[0], content_type)

    return handler


class TrsHyCity(Portal):
    hosts = (HOST, *SUBHOSTS)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.truth: list[Truth] = []
        self.host_routes: dict[tuple[str, str], Callable[[Request], Response] | Response] = {}
        self.channel = 100_300
        self.docid = 2_310_000
        self._city_column(rng)
        self._aggregation(rng)

    # -- serving: resources are per host here (bureau sub-hosts have their own paths) ----------
    def handle(self, request: Request) -> Response:
        found = self.host_routes.get((request.host, request.path))
        if found is not None:
            return found(request) if callable(found) else found
        if request.host != HOST and request.path != "/robots.txt":
            return self.not_found(request)
        return super().handle(request)

    def put(self, host: str, path: str, body: bytes, content_type: str = HTML) -> str:
        if host == HOST:
            self.add(path, body, content_type)
        else:
            self.host_routes[(host, path)] = Response(200, body, content_type)
        return f"http://{host}{path}"

    def put_pdf(self, host: str, path: str, doc: ReportDoc, seed: float) -> str:
        handler = lazy(lambda: render_pdf(doc, random.Random(seed)), PDF)
        if host == HOST:
            self.handlers[path] = handler
        else:
            self.host_routes[(host, path)] = handler
        return f"http://{host}{path}"

    def next_channel(self) -> tuple[int, int]:
        self.channel += self.rng.randint(3, 40)
        self.docid += self.rng.randint(100, 1500)
        return self.channel, self.docid

    def report(self, agency: str, year: int, version: str, date: str) -> ReportDoc:
        doc = report_doc(self.rng, agency, AGENCY, version, year)  # type: ignore[arg-type]
        return dataclasses.replace(doc, published_date=date)

    # -- the city's own 年报 column, paged by the 6-argument pager ------------------------------
    def _city_column(self, rng: random.Random) -> None:
        entries: list[tuple[str, str, str]] = []  # (href, title, date)

        def html_report(year: int, version: str, date: str) -> None:
            doc = self.report(AGENCY, year, version, date)
            channel, docid = self.next_channel()
            url = self.put(HOST, f"/c{channel}/content.shtml", haiyun_page(doc, rng, channel, docid))
            entries.append((f"/c{channel}/content.shtml", doc.title, date))
            self.truth.append(Truth(SITE_ID, url, doc.title, "report", AGENCY, year, doc))

        for year, version, date in ((2019, "v2019", "2020-01-21"), (2021, "v2021", "2022-01-28"),
                                    (2023, "v2021", "2024-01-30"), (2024, "v2021", "2025-01-24")):
            html_report(year, version, date)

        # 2022: a stub page; the report is the P0….pdf beside it in the channel folder.
        doc = self.report(AGENCY, 2022, "v2021", "2023-01-31")
        channel, docid = self.next_channel()
        pdf_name = f"P020230131{rng.randint(10**11, 10**12 - 1)}.pdf"
        pdf_url = self.put_pdf(HOST, f"/c{channel}/{pdf_name}", doc, rng.random())
        stub = html_document(doc.title, stub_body(doc.title, "2023-01-31", f"./{pdf_name}", doc.title + ".pdf"),
                             "utf-8", self.metas(doc.title, "2023-01-31", channel, docid), AGENCY)
        url = self.put(HOST, f"/c{channel}/content.shtml", stub.encode())
        entries.append((f"/c{channel}/content.shtml", doc.title, "2023-01-31"))
        self.truth.append(Truth(SITE_ID, url, doc.title, "report", AGENCY, 2022, doc, media_type=PDF,
                                report_url=pdf_url))

        # 2020 （图片版）: three scanned pages and nothing else; its 解读 and 图解 siblings are decoys.
        doc = self.report(AGENCY, 2020, "v2019", "2021-01-29")
        title = doc.title + "（图片版）"
        channel, docid = self.next_channel()
        images = []
        for n in range(3):
            name = f"W020210129{rng.randint(10**11, 10**12 - 1)}.png"
            self.put(HOST, f"/c{channel}/{name}", png(60, 85, 200 + n * 10), "image/png")
            images.append(f'<p style="text-align:center"><img src="./{name}" width="800" title="{title}第{n + 1}页"'
                          f' alt="{title}第{n + 1}页" /></p>')
        body = (f'<div class="article"><h1>{title}</h1><div class="info">发布时间：2021-01-29&nbsp;&nbsp;'
                f'来源：市政府办公室</div><div class="TRS_Editor">{"".join(images)}</div>'
                '<div class="qr">扫一扫在手机打开当前页</div></div>')
        page_html = html_document(title, body, "utf-8", self.metas(title, "2021-01-29", channel, docid), AGENCY)
        url = self.put(HOST, f"/c{channel}/content.shtml", page_html.encode())
        entries.append((f"/c{channel}/content.shtml", title, "2021-01-29"))
        self.truth.append(Truth(SITE_ID, url, title, "report", AGENCY, 2020, doc, flags=("image_only",)))

        for title, date in (
            (f"{AGENCY}2020年政府信息公开工作年度报告解读", "2021-01-30"),
            (f"图解：{AGENCY}2020年政府信息公开工作年度报告", "2021-02-01"),
            (f"{AGENCY}2023年政府信息公开工作年度报告解读", "2024-02-02"),
            (f"{CITY}2025年政务公开工作要点", "2025-03-10"),
            (f"{AGENCY}政府信息公开指南", "2024-06-18"),
        ):
            channel, docid = self.next_channel()
            body_html = html_document(title, decoy_body(title, date), "utf-8",
                                      self.metas(title, date, channel, docid), AGENCY)
            url = self.put(HOST, f"/c{channel}/content.shtml", body_html.encode())
            entries.append((f"/c{channel}/content.shtml", title, date))
            self.truth.append(Truth(SITE_ID, url, title, "decoy"))

        entries.sort(key=lambda e: e[2], reverse=True)
        pages = [entries[i: i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
        for number, chunk in enumerate(pages, start=1):
            name = "index.shtml" if number == 1 else f"index_{number}.shtml"
            self.add(f"{COLUMN}{name}", self._list_page(chunk, number, len(pages), len(entries)).encode())

    def metas(self, title: str, date: str, channel: int, docid: int) -> dict[str, str]:
        return {"ArticleTitle": title, "PubDate": f"{date} 09:30", "ContentSource": "市政府办公室",
                "contentid": str(docid), "catalogs": str(channel), "publishdate": date}

    def _list_page(self, entries: list[tuple[str, str, str]], number: int, pages: int, total: int) -> str:
        items = "".join(
            f'<li><a href="{href}" target="_blank" title="{title}">{title[:20] + "..." if len(title) > 21 else title}'
            f'</a><span class="date">{date}</span></li>'
            for href, title, date in entries
        )
        pager = (
            '<div id="page_div"></div><script>\n'
            "function createPageHTML(div, pages, cur, name, ext, total) {\n"
            "  var el = document.getElementById(div),\n"
            "      h = '<span>共' + total + '条 ' + cur + '/' + pages + '页</span>';\n"
            "  function u(n) { return n === 1 ? name + '.' + ext : name + '_' + n + '.' + ext; }\n"
            "  if (cur > 1) h += '<a href=\"' + u(1) + '\">首页</a><a href=\"' + u(cur - 1) + '\">上页</a>';\n"
            "  if (cur < pages) h += '<a href=\"' + u(cur + 1) + '\">下页</a><a href=\"' + u(pages) + '\">尾页</a>';\n"
            "  el.innerHTML = h;\n}\n"
            f"createPageHTML('page_div', {pages}, {number}, 'index', 'shtml', {total});\n</script>"
        )
        body = (f"{_nav()}<div class=\"position\">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>"
                f'<div class="list"><ul>{items}</ul></div>{pager}')
        return html_document("政府信息公开年报", body, "utf-8",
                             {"ColumnName": "政府信息公开年报", "ColumnType": "政府信息公开年报"}, AGENCY)

    # -- the 部门年报 aggregation page ---------------------------------------------------------
    def _aggregation(self, rng: random.Random) -> None:
        rows: list[str] = []
        for i, (code, short) in enumerate(BUREAUS):
            agency = CITY + short
            host = f"{code}.hycity.gov.test" if i % 2 == 1 else HOST
            date = f"2024-01-{10 + i:02d}"
            doc = self.report(agency, 2023, "v2021", date)
            channel, docid = self.next_channel()
            if i in PDF_LINKS:
                path = f"/c{channel}/P02024{date[5:7]}{date[8:]}{rng.randint(10**11, 10**12 - 1)}.pdf"
                url = self.put_pdf(host, path, doc, rng.random())
                text = "2023年政府信息公开工作年度报告"
                truth = Truth(SITE_ID, url, doc.title, "report", agency, 2023, doc, media_type=PDF)
            else:
                path = f"/c{channel}/content.shtml"
                url = self.put(host, path, haiyun_page(doc, rng, channel, docid))
                text = "2023年政府信息公开工作年度报告"
                truth = Truth(SITE_ID, url, doc.title, "report", agency, 2023, doc)
            self.truth.append(truth)
            href = path if host == HOST else url
            title = f' title="{doc.title}"' if i in TITLED else ""
            shown = doc.title if i in TITLED else text
            pdf_mark = '<span class="ftype">[PDF]</span>' if i in PDF_LINKS else ""
            cells = [f'<td class="bm">{agency}</td>',
                     f'<td><a href="{href}" target="_blank"{title}>{shown}</a>{pdf_mark}</td>']
            if i == DECOY_ROW:
                channel, docid = self.next_channel()
                decoy = f"{agency}2023年政府信息公开工作年度报告解读"
                body_html = html_document(decoy, decoy_body(decoy, date), "utf-8",
                                          self.metas(decoy, date, channel, docid), AGENCY)
                self.put(HOST, f"/c{channel}/content.shtml", body_html.encode())
                cells.append(f'<td><a href="/c{channel}/content.shtml" target="_blank">2023年度报告解读</a></td>')
                self.truth.append(Truth(SITE_ID, f"http://{HOST}/c{channel}/content.shtml",
                                        f"{agency} 2023年度报告解读", "decoy"))
            else:
                cells.append("<td></td>")
            cells.append(f"<td>{date}</td>")
            rows.append(f"<tr>{''.join(cells)}</tr>")

        # A seeded report republished here (seed000: a GBK TRS page, served as UTF-8 on this portal).
        seed_title = "湘潭市文化旅游广电体育局 2021年政府信息公开工作年度报告"
        channel, _ = self.next_channel()
        seed_html = seed_page("seed000", "trs").decode("gb18030").replace("charset=gb2312", "charset=utf-8", 1)
        url = self.put(HOST, f"/c{channel}/content.shtml", seed_html.encode())
        rows.append(f'<tr><td class="bm">湘潭市文化旅游广电体育局</td><td><a href="/c{channel}/content.shtml" '
                    f'target="_blank" title="{seed_title}">2021年政府信息公开工作年度报告</a></td><td></td>'
                    "<td>2022-01-24</td></tr>")
        self.truth.append(Truth(SITE_ID, url, seed_title, "report", "湘潭市文化旅游广电体育局", 2021, seed="seed000"))

        table = ('<table class="bmnb" width="100%" border="0" cellspacing="0"><tr><th>部门</th><th>年度报告</th>'
                 f'<th>相关解读</th><th>发布日期</th></tr>{"".join(rows)}</table>')
        body = (f'{_nav()}<div class="position">当前位置：首页 &gt; 政府信息公开 &gt; 部门信息公开年报</div>'
                f'<div class="bmnb-box"><h2>部门政府信息公开工作年度报告（2023年度）</h2>{table}</div>')
        self.add(AGGREGATION, html_document("部门信息公开年报", body, "utf-8",
                                            {"ColumnName": "部门信息公开年报"}, AGENCY).encode())


def _nav() -> str:
    return ('<div class="nav"><ul><li><a href="/">首页</a></li>'
            '<li><a href="/zfxxgk/zfxxgkzn/">政府信息公开指南</a></li>'
            f'<li><a href="{COLUMN}index.shtml">政府信息公开年报</a></li>'
            f'<li><a href="{AGGREGATION}">部门信息公开年报</a></li></ul></div>')


PORTALS = [TrsHyCity]
