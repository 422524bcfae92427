"""Fixture 10, ``hacked-county`` (portals.md §3.1, §5): a polluted TRS county (翠岭县) and its clones.

``www.hackedcounty.gov.test`` is TRS classic (the ``trs_classic`` family, a registry entry only):
年报 column ``/zwgk/zfxxgk/zfxxgknb/`` with two list pages and the 4-argument pager.  The template
is hacked:

* spam keywords prepended to ``<title>`` and ``ArticleTitle`` on some report pages, which also
  carry a hidden (``display:none``) link farm: those records must be flagged ``spam_injection``
  and still give the exact values;
* a ``<script>`` that redirects to the spam host only when ``document.referrer`` is a search
  engine (a crawler that runs no JS never sees it);
* a hidden link farm in the list pages' footer, one of its links titled like a report;
* list entries pointing off-domain: to ``www.spam-casino.test`` and to ``www.mirror-clone.test``,
  which serves traditional-character copies of the county's pages under the same paths.

The spam and mirror hosts are served (so a request to them would be seen by the server) but are
outside the portal's ``allowed_domains``: a crawl must never request them.
"""

from __future__ import annotations

import random
import re

from govcrawl.province.content import TrsArticlePaths, Truth, decoy_body, html_document, page, report_doc
from govcrawl.province.server import Portal, Request, Response
from govcrawl.report.template import TemplateVersion

HOST = "www.hackedcounty.gov.test"
MIRROR_HOST = "www.mirror-clone.test"
SPAM_HOST = "www.spam-casino.test"
SITE_ID = "hackedcounty-gov"
AGENCY = "翠岭县人民政府"
COLUMN = "/zwgk/zfxxgk/zfxxgknb/"
HTML_GBK = "text/html; charset=gbk"
PER_PAGE = 6
SPAM_PREFIX = "凯发一触即发_百家乐真人娱乐_"  # invented brand strings (portals.md §3.1: synthetic only)
REPORTS: tuple[tuple[str, int, TemplateVersion, bool], ...] = (  # (agency, year, template, spam in title)
    (AGENCY, 2023, "v2021", True),
    (AGENCY, 2022, "v2021", False),
    (AGENCY, 2021, "v2021", False),
    ("翠岭县卫生健康局", 2023, "v2021", True),
    ("翠岭县农业农村局", 2023, "v2021", False),
)
LINK_FARM = (
    '<div style="display:none" class="yqlj"><ul>'
    f'<li><a href="http://{SPAM_HOST}/">凯发一触即发</a></li>'
    f'<li><a href="http://{SPAM_HOST}/bjl/">百家乐真人娱乐平台</a></li>'
    f'<li><a href="http://{SPAM_HOST}/nb/2024.html" title="澳门新葡京2024年度报告">澳门新葡京2024年度报告</a></li>'
    "</ul></div>"
)
REFERRER_REDIRECT = (
    "<script>(function(){var r=document.referrer;"
    'if(/baidu|sogou|so\\.com|sm\\.cn|bing|google/i.test(r)){'
    f'window.location.href="http://{SPAM_HOST}/?from="+encodeURIComponent(location.href);}}}})();</script>'
)
# Enough simplified → traditional pairs for the mirror's copies to look converted.
_TRADITIONAL = str.maketrans(
    "县国务务开报发条门为区农业卫健康财产议诉讼复结处决数统计关应项总说现书请与经济会员场东乐问题这进实际认证单独种类",
    "縣國務務開報發條門為區農業衛健康財產議訴訟複結處決數統計關應項總說現書請與經濟會員場東樂問題這進實際認證單獨種類",
)


def to_traditional(text: str) -> str:
    return text.translate(_TRADITIONAL)


def pollute(body: bytes, spam_title: bool) -> bytes:
    """Inject the hacked template's parts into a rendered (GBK) report page."""
    text = body.decode("gbk")
    text = text.replace("</head>", REFERRER_REDIRECT + "</head>", 1)
    if spam_title:
        text = re.sub(r"<title>", "<title>" + SPAM_PREFIX, text, count=1)
        text = re.sub(r'(<meta name="ArticleTitle" content=")', r"\g<1>" + SPAM_PREFIX, text, count=1)
        text = text.replace("</body>", LINK_FARM + "</body>", 1)
    return text.encode("gbk", "xmlcharrefreplace")


class HackedCounty(Portal):
    hosts = (HOST, MIRROR_HOST, SPAM_HOST)

    def __init__(self, rng: random.Random | None = None) -> None:
        super().__init__(rng)
        rng = self.rng
        self.truth: list[Truth] = []
        entries: list[tuple[str, str, str]] = []  # (href relative to the column, title, date)
        article_path = TrsArticlePaths(rng, COLUMN, 3_300_000, (9, 300))

        for agency, year, version, spam in REPORTS:
            doc = report_doc(rng, agency, AGENCY, version, year)
            body, _ = page(doc, "trs", rng)
            date = f"{year + 1}-01-{rng.randint(12, 30):02d}"
            href, path = article_path(date)
            self.add(path, pollute(body, spam), HTML_GBK)
            entries.append((href, doc.title, date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", doc.title, "report", agency, year, doc,
                                    flags=("spam_injection",) if spam else ()))
        for title, date in (("翠岭县2023年政府信息公开工作年度报告解读", "2024-01-31"),
                            ("图解：翠岭县2023年政府信息公开工作年度报告", "2024-02-01"),
                            ("翠岭县2024年政务公开工作要点", "2024-03-12")):
            href, path = article_path(date)
            self.add(path, html_document(title, decoy_body(title, date), "gb2312", {"ArticleTitle": title}, AGENCY)
                     .encode("gbk", "xmlcharrefreplace"), HTML_GBK)
            entries.append((href, title, date))
            self.truth.append(Truth(SITE_ID, f"http://{HOST}{path}", title, "decoy"))

        # Off-domain entries: the mirror's copy of a real report, and a spam page titled as a report.
        real = next(t for t in self.truth if t.kind == "report" and t.year == 2022)
        self.offsite = [
            (f"http://{MIRROR_HOST}{real.url.split(HOST, 1)[1]}", real.title, "2023-01-20"),
            (f"http://{SPAM_HOST}{COLUMN}202501/t20250118_{article_path.docid + 7}.html",
             "翠岭县2024年政府信息公开工作年度报告", "2025-01-18"),
        ]
        entries += self.offsite
        entries.sort(key=lambda e: e[2], reverse=True)
        pages = [entries[i : i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
        for index, chunk in enumerate(pages):
            name = "index.html" if index == 0 else f"index_{index}.html"
            self.add(f"{COLUMN}{name}", self._list_page(chunk, index, len(pages)).encode("gbk", "xmlcharrefreplace"),
                     HTML_GBK)

    def handle(self, request: Request) -> Response:
        if request.host == SPAM_HOST:
            return Response(200, "<html><body><h1>凯发一触即发 百家乐 真人娱乐</h1></body></html>".encode())
        if request.host == MIRROR_HOST and request.path != "/robots.txt":
            found = super().handle(request)
            if found.status != 200 or not (found.content_type or "").startswith("text/html"):
                return found
            text = to_traditional(found.body.decode("gbk")).replace("gb2312", "utf-8")
            return Response(200, text.encode("utf-8"), "text/html; charset=utf-8")
        return super().handle(request)

    def _list_page(self, entries: list[tuple[str, str, str]], index: int, count: int) -> str:
        items = "".join(
            f'<li><a href="{href if href.startswith("http") else "./" + href}" target="_blank" title="{title}">'
            f"{title[:18] + '…' if len(title) > 19 else title}</a><span>{date}</span></li>"
            for href, title, date in entries
        )
        pager = (f'<script>function createPageHTML(count, cur, name, ext) {{ document.write("共" + count + "页"); }}'
                 f'\ncreatePageHTML({count}, {index}, "index", "html");</script>')
        body = (f'{REFERRER_REDIRECT}<div class="position">当前位置：首页 &gt; 政府信息公开年报</div>'
                f'<ul class="list">{items}</ul><div class="page">{pager}</div>{LINK_FARM}')
        return html_document("政府信息公开年报", body, "gb2312", {"ColumnName": "政府信息公开年报"}, AGENCY)


PORTALS = [HackedCounty]
