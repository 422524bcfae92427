"""Guangdong 政府信息公开目录平台, ``gkmlpt`` (portals.md §1.6).

The entry ``<base>/gkmlpt/index#<columnid>`` is a hash-routed SPA shell: no list in its HTML, but it
names the site id (``SID``) and sets the front-end session cookie (``gkmlfront_session``) that the
list API wants (403 without it; Scrapy's cookie middleware carries it).  The list is JSON:
``<base>/gkmlpt/api/all/<columnid>?page=N&sid=<sid>`` → ``{"articles": [{"title", "url", "date", …}],
"total": …}``, 100 articles a page.  A detail page ``/gkmlpt/content/<a>/<b>/post_<id>.html`` renders
client-side from an embedded ``DETAIL: {…}, TREE:`` object (title, publisher, date, ``content`` HTML,
``attachment`` list); the spider rebuilds a plain HTML page from it and reads that as the report.

Registry options: ``column`` (the 年报 column id; else the start URL's ``#fragment``; else the
column(s) of the shell's column tree — ``TREE: [{id, name, children}]`` in its config — whose name
says 年报), ``sid`` (else read from the shell, wherever it names it: ``shell_sid``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from html import escape
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from parsel import Selector
from scrapy.http import HtmlResponse, Response, TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.crawl.detect import is_nb_column_name

# A name that says "site id": ``sid``, ``SID``, ``siteId``, ``site_id``, ``gkml-sid``, ``data-site-id``.
_SID_NAME = r"(?<![A-Za-z0-9])(?:[A-Za-z]\w*?[-_:])?(?:sid|site[-_]?id)(?![A-Za-z0-9])"
_SID_NAME_ONLY = re.compile(rf"^(?:data-)?{_SID_NAME}$", re.I)
# In a script or an attribute: ``SID: '759031'``, ``"siteId": 758233``, ``data-sid="758233"``.
_SID_ASSIGNED = re.compile(rf"""{_SID_NAME}["']?\s*[:=]\s*["']?(\d+)""", re.I)
# In a URL the page holds (its API, a link): ``?page=1&sid=755031``.
_SID_IN_URL = re.compile(r"[?&;](?:sid|siteId|site_id)=(\d+)", re.I)
_DETAIL = re.compile(r"\bDETAIL\s*:\s*")
MAX_DETAIL_CHARS = 20 * 1024 * 1024
MAX_SID_NODES = 2_000


def shell_sid(text: str, url: str = "") -> str | None:
    """The site id the SPA shell names, wherever it names it (portals.md §1.6): a ``<meta name>``
    (``gkml-sid``, ``siteId``) or an element's attribute (``data-sid``, a hidden ``<input name="sid">``)
    whose name says site id, a script's assignment (``SID: '759031'``, ``"siteId": 758233``), or a URL
    the page holds or was reached by (``api/all/5?page=1&sid=2``)."""
    sel = Selector(text=text)
    for node in sel.xpath("//meta | //input | //*[@*[starts-with(name(), 'data-')]]")[:MAX_SID_NODES]:
        names = [node.attrib.get("name", ""), node.attrib.get("property", ""), node.attrib.get("id", "")]
        for key, value in node.attrib.items():
            if key.startswith("data-") and _SID_NAME_ONLY.match(key) and value.strip().isdigit():
                return value.strip()
        value = (node.attrib.get("content") or node.attrib.get("value") or "").strip()
        if value.isdigit() and any(_SID_NAME_ONLY.match(name) for name in names if name):
            return value
    scripts = " ".join(sel.xpath("//script[not(@src)]/text()").getall()[:50])
    match = _SID_ASSIGNED.search(scripts) or _SID_IN_URL.search(text) or _SID_IN_URL.search(url)
    return match[1] if match else None


_TREE = re.compile(r"""["']?\bTREE\b["']?\s*[:=]\s*(?=\[)""")
_CHILD_KEYS = ("children", "child", "nodes", "sub", "items")
_NAME_KEYS = ("name", "title", "text", "label")
MAX_TREE_NODES = 5_000


def tree_columns(text: str) -> list[str]:
    """Ids of the 年报 columns of the column tree a gkmlpt page carries (``TREE: [{"id": 6120,
    "name": "政府信息公开年报", "children": […]}, …]``), by their names; [] without a tree."""
    match = _TREE.search(text)
    if match is None or len(text) > MAX_DETAIL_CHARS:
        return []
    try:
        tree, _end = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        return []
    found: list[str] = []
    stack, visited = list(tree) if isinstance(tree, list) else [], 0
    while stack and visited < MAX_TREE_NODES:
        node = stack.pop(0)
        visited += 1
        if not isinstance(node, dict):
            continue
        name = next((str(node[k]) for k in _NAME_KEYS if isinstance(node.get(k), str)), "")
        ident = node.get("id")
        if isinstance(ident, int | str) and str(ident).isdigit() and is_nb_column_name(name):
            found.append(str(ident))
        for key in _CHILD_KEYS:
            if isinstance(node.get(key), list):
                stack.extend(node[key])
    return found


def embedded_detail(text: str) -> dict[str, Any] | None:
    """The ``DETAIL: {...}`` object literal of a detail page (JSON inside a script), or None."""
    match = _DETAIL.search(text)
    if match is None or len(text) > MAX_DETAIL_CHARS:
        return None
    try:
        value, _end = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def detail_attachments(detail: dict[str, Any]) -> list[tuple[str, str]]:
    """(url, name) of the files a DETAIL object lists (``attachment`` / ``attachments``)."""
    found = []
    for key in ("attachment", "attachments", "files"):
        entries = detail.get(key)
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if isinstance(entry, dict) and isinstance(entry.get("url"), str):
                found.append((entry["url"], str(entry.get("name") or entry.get("title") or "")))
    return found


def detail_page(detail: dict[str, Any]) -> str:
    """The page a browser would show for a DETAIL object: title, metadata line, content, files."""
    title = escape(str(detail.get("title") or ""))
    date = escape(str(detail.get("date") or detail.get("publish_time") or ""))
    publisher = escape(str(detail.get("publisher") or ""))
    files = "".join(f'<p>附件：<a href="{escape(url)}">{escape(name)}</a></p>'
                    for url, name in detail_attachments(detail))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<meta name="ArticleTitle" content="{title}"><meta name="PubDate" content="{date}">'
        f"<title>{title}</title></head><body><h1>{title}</h1>"
        f'<div class="info">发布机构：{publisher}&nbsp;&nbsp;发布日期：{date}</div>'
        f'<div class="article-con">{detail.get("content") or ""}{files}</div></body></html>'
    )


class GkmlptSpider(PortalSpider):
    supports_many_sites = True

    def parse_list(self, response: Response) -> Iterator[Any]:
        """The SPA shell: find the site id and the column, ask the list API for page 1."""
        if not isinstance(response, TextResponse):
            return
        site = self.site_of(response)
        sid = str(site.options.get("sid") or shell_sid(response.text, response.url) or "")
        columns = self.columns(response)
        if not sid or not columns:
            self.logger.error("gkmlpt shell %s: no site id (%r) or column (%r)", response.url, sid, columns)
            return
        for column in columns:
            request = self.api_request(response, column, 1, sid, referer=response.url.split("#")[0])
            request.meta["new_list"] = True
            yield from self.paged(response, [request], "family")

    def columns(self, response: Response) -> list[str]:
        site = self.site_of(response)
        option = site.options.get("column")
        if option:
            return [str(c) for c in option] if isinstance(option, list) else [str(option)]
        here = response.url.split("#")[0]
        fragments = [urlsplit(u).fragment for u in site.start_urls if u.split("#")[0] == here]
        fragments.append(urlsplit(response.request.url if response.request else response.url).fragment)
        found = sorted({f.strip("/") for f in fragments if f.strip("/").isdigit()})
        if not found and isinstance(response, TextResponse):
            # Registered without a column: the 年报 column of the shell's own column tree.
            found = tree_columns(response.text)
            if found:
                self.logger.info("gkmlpt shell %s names no column; its column tree's 年报 column(s): %s",
                                 response.url, ", ".join(found))
        return found

    def api_request(self, response: Response, column: str, page: int, sid: str, referer: str) -> Any:
        # A department served under a sub-path (``/<dept>/gkmlpt/index``) has its API there too.
        path = urlsplit(response.url).path
        prefix = path[: path.index("/gkmlpt/")] if "/gkmlpt/" in path else ""
        url = f"{prefix}/gkmlpt/api/all/{column}?{urlencode({'page': page, 'sid': sid})}"
        return self.request(response, url, self.parse_api, headers={
            "Referer": referer, "Accept": "application/json, text/plain, */*", "X-Requested-With": "XMLHttpRequest"})

    def parse_api(self, response: Response) -> Iterator[Any]:
        try:
            data = json.loads(response.body)
        except ValueError:
            self.logger.warning("gkmlpt list API at %s did not answer JSON", response.url)
            return
        articles = data.get("articles") if isinstance(data, dict) else None
        if not isinstance(articles, list):
            return
        total = data.get("total")
        coverage = self.coverage(response)
        key = self.list_key(response)
        if isinstance(total, int):
            coverage.declare(key, records=total)
        coverage.harvested(key, entries=len(articles))
        for article in articles:
            if isinstance(article, dict) and isinstance(article.get("url"), str):
                # The platform's titles often name no agency ("2023年度政府信息公开工作年度报告" in a
                # column shared by the city and its departments): the row's publisher does.
                publisher = article.get("publisher")
                request = self.follow_report(response, article["url"], str(article.get("title") or "").strip(),
                                             publisher=publisher if isinstance(publisher, str) else None)
                if request is not None:
                    yield request
        query = parse_qs(urlsplit(response.url).query)
        page = int((query.get("page") or ["1"])[0] or 1)
        if page == 1 and isinstance(total, int) and articles and total > len(articles):
            column = urlsplit(response.url).path.rstrip("/").rsplit("/", 1)[-1]
            sid = (query.get("sid") or [""])[0]
            sent = response.request.headers.get("Referer") if response.request else None
            referer = sent.decode("latin-1") if sent else response.url
            later = [self.api_request(response, column, n, sid, referer)
                     for n in range(2, min(math.ceil(total / len(articles)), coverage.budget + 1) + 1)]
            if math.ceil(total / len(articles)) > coverage.budget + 1:
                coverage.budget_refused += math.ceil(total / len(articles)) - coverage.budget - 1
            yield from self.paged(response, later, "family")

    def parse_report_page(self, response: Response, title: str) -> Iterator[Any]:
        """A detail page renders from its DETAIL object: read the page rebuilt from it."""
        if isinstance(response, TextResponse):
            detail = embedded_detail(response.text)
            # Rebuilt only when the object carries the body: a page rendered on the server (the
            # object holds metadata only) is read as it is.
            if detail is not None and str(detail.get("content") or "").strip():
                built = HtmlResponse(response.url, body=detail_page(detail).encode("utf-8"), encoding="utf-8",
                                     headers={"Content-Type": "text/html; charset=utf-8"},
                                     request=response.request)
                yield from super().parse_report_page(built, title)
                return
        yield from super().parse_report_page(response, title)


FAMILIES = {"gkmlpt": GkmlptSpider}
