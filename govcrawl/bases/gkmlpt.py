"""Guangdong 政府信息公开目录平台, ``gkmlpt`` (portals.md §1.6).

The entry ``<base>/gkmlpt/index#<columnid>`` is a hash-routed SPA shell: no list in its HTML, but it
names the site id (``SID``) and sets the front-end session cookie (``gkmlfront_session``) that the
list API wants (403 without it; Scrapy's cookie middleware carries it).  The list is JSON:
``<base>/gkmlpt/api/all/<columnid>?page=N&sid=<sid>`` → ``{"articles": [{"title", "url", "date", …}],
"total": …}``, 100 articles a page.  A detail page ``/gkmlpt/content/<a>/<b>/post_<id>.html`` renders
client-side from an embedded ``DETAIL: {…}, TREE:`` object (title, publisher, date, ``content`` HTML,
``attachment`` list); the spider rebuilds a plain HTML page from it and reads that as the report.

A column may hold nothing itself, its articles in child columns (year sub-columns of 年报, one per
unit): the children its API answer declares (``"children": [{"id", "name", "total"}]``) and those the
shell's TREE names under it, at any depth, are each listed and paged the same way, each child's
declared count accounted against its list (``child_lists``; bounded by the page budget,
``MAX_CHILD_COLUMNS`` and ``MAX_COLUMN_DEPTH``, children not read stated).  A row may be an external
link (``is_link``) to a unit's own site: followed when on the portal's domains, its publisher the
unit.  Row and DETAIL dates come in many forms (ISO 8601 with a zone, epochs, ``2025年01月22日``):
``as_date``.

Registry options: ``column`` (the 年报 column id; else the start URL's ``#fragment``; else the
column(s) of the shell's column tree — ``TREE: [{id, name, children}]`` in its config — whose name
says 年报), ``sid`` (else read from the shell, wherever it names it: ``shell_sid``).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from html import escape
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from parsel import Selector
from scrapy.http import HtmlResponse, Response, TextResponse

from govcrawl.bases.base import PortalSpider
from govcrawl.crawl.detect import is_nb_column_name
from govcrawl.crawl.registry import government_domain

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
_ID_KEYS = ("id", "column_id", "columnId", "cid")
# Where a list API answer names the child columns of the column asked for, and each one's count.
_API_CHILD_KEYS = ("children", "child", "sub_columns", "subColumns", "subcolumns")
_COUNT_KEYS = ("total", "count", "num", "article_count", "articles_count", "articleCount")
MAX_TREE_NODES = 5_000
# A column whose articles live in its child columns (year sub-columns of 年报, a sub-column per unit):
# at most this many children of one column, and this many levels below the registered column, are
# listed — each child list's pages through the portal's page budget.
MAX_CHILD_COLUMNS = 60
MAX_COLUMN_DEPTH = 3


def _tree_nodes(text: str) -> Iterator[tuple[str, str, list[Any]]]:
    """(id, name, children) of every column of the column tree a gkmlpt page carries (``TREE: [{"id":
    6120, "name": "政府信息公开年报", "children": […]}, …]``), breadth first, at most ``MAX_TREE_NODES``."""
    match = _TREE.search(text)
    if match is None or len(text) > MAX_DETAIL_CHARS:
        return
    try:
        tree, _end = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        return
    stack, visited = list(tree) if isinstance(tree, list) else [], 0
    while stack and visited < MAX_TREE_NODES:
        node = stack.pop(0)
        visited += 1
        if not isinstance(node, dict):
            continue
        children = [child for key in _CHILD_KEYS if isinstance(node.get(key), list) for child in node[key]]
        stack.extend(children)
        ident = _column_id(node)
        if ident is not None:
            yield ident, _column_name(node), children


def _column_id(node: dict[str, Any]) -> str | None:
    ident = next((node[k] for k in _ID_KEYS if isinstance(node.get(k), int | str)), None)
    return str(ident).strip() if ident is not None and str(ident).strip().isdigit() else None


def _column_name(node: dict[str, Any]) -> str:
    return next((str(node[k]) for k in _NAME_KEYS if isinstance(node.get(k), str)), "")


def tree_columns(text: str) -> list[str]:
    """Ids of the 年报 columns of the column tree a gkmlpt page carries, by their names; [] without a
    tree."""
    return [ident for ident, name, _children in _tree_nodes(text) if is_nb_column_name(name)]


def column_tree(text: str) -> dict[str, list[list[str]]]:
    """The column tree a gkmlpt page carries as column id → its child columns ``[id, name]`` (only
    columns that have children); {} without a tree."""
    found: dict[str, list[list[str]]] = {}
    for ident, _name, children in _tree_nodes(text):
        kids = [[kid, _column_name(child)] for child in children
                if isinstance(child, dict) and (kid := _column_id(child)) is not None]
        if kids:
            found.setdefault(ident, kids)
    return found


def subtree(tree: dict[str, list[list[str]]], column: str) -> dict[str, list[list[str]]]:
    """The part of ``column_tree`` under ``column`` (what its child columns' requests carry on)."""
    found: dict[str, list[list[str]]] = {}
    stack = [column]
    while stack and len(found) < MAX_TREE_NODES:
        ident = stack.pop()
        if ident in found or ident not in tree:
            continue
        found[ident] = tree[ident]
        stack.extend(kid for kid, _name in tree[ident])
    return found


def declared_children(data: dict[str, Any]) -> list[tuple[str, str, int | None]]:
    """(id, name, count) of the child columns a list API answer declares beside its articles (a parent
    column's listing: ``{"articles": [], "total": 0, "children": [{"id": 2857, "name": "2024年度",
    "total": 4}, …]}``); the count is None when the answer gives none."""
    found: list[tuple[str, str, int | None]] = []
    for key in _API_CHILD_KEYS:
        nodes = data.get(key)
        if not isinstance(nodes, list):
            continue
        for node in nodes[:MAX_TREE_NODES]:
            if not isinstance(node, dict) or (ident := _column_id(node)) is None:
                continue
            count = next((node[k] for k in _COUNT_KEYS if isinstance(node.get(k), int)
                          and not isinstance(node.get(k), bool)), None)
            found.append((ident, _column_name(node), count))
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


# Chinese portals publish on Beijing time: a stamp given in another zone (UTC's ``Z``, an epoch) is
# read as the day it was there.
CHINA_TIME = timezone(timedelta(hours=8))
_DATE_KEYS = ("date", "release_date", "publish_time", "publish_date", "first_publish_time", "display_publish_time",
              "pub_date", "pubDate", "publishTime", "releaseDate", "created_at", "compose_date")
_WRITTEN_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def as_date(value: Any) -> str | None:
    """The publishing day (``YYYY-MM-DD``) a list row or DETAIL object gives in any of the family's
    forms: ISO 8601 with or without a zone (``2025-01-22T10:00:00+08:00``, ``…Z``), epoch seconds or
    milliseconds, ``2025-01-22 10:00:00``, ``2025年01月22日``; a zoned stamp is read on Beijing time."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) >= 9:
        value = int(value.strip())
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value
        if not 0 < seconds < 4e9:
            return None
        return datetime.fromtimestamp(seconds, CHINA_TIME).date().isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        stamp = datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        stamp = None
    if stamp is not None:
        return (stamp.astimezone(CHINA_TIME) if stamp.tzinfo else stamp).date().isoformat()
    match = _WRITTEN_DATE.search(text)
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


def row_date(row: dict[str, Any]) -> str | None:
    """The publishing day a list row or DETAIL object gives, under whichever key it uses."""
    return next((found for key in _DATE_KEYS if (found := as_date(row.get(key))) is not None), None)


def detail_page(detail: dict[str, Any], listed_date: str | None = None) -> str:
    """The page a browser would show for a DETAIL object: title, metadata line, content, files
    (``listed_date``: the day its list row gives, when the object gives none)."""
    title = escape(str(detail.get("title") or ""))
    date = escape(row_date(detail) or listed_date or str(detail.get("date") or detail.get("publish_time") or ""))
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
        tree = column_tree(response.text) if isinstance(response, TextResponse) else {}
        for column in columns:
            request = self.api_request(response, column, 1, sid, referer=response.url.split("#")[0])
            request.meta["new_list"] = True
            # The column's child columns the shell's tree names: listed after its own answer.
            if subtree(tree, column):
                request.meta["gkml_tree"] = subtree(tree, column)
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
                title = str(article.get("title") or "").strip()
                if not self.on_portal(response, article["url"]):
                    # An external-link row (``is_link``) to a site outside the portal's domains.
                    self.logger.info("gkmlpt row %r links off the portal: %s", title, article["url"])
                    if self.crawler.stats:
                        self.crawler.stats.inc_value("govcrawl/offsite_rows_skipped")
                    continue
                # The platform's titles often name no agency ("2023年度政府信息公开工作年度报告" in a
                # column shared by the city and its departments): the row's publisher does — also for
                # an external-link row to the unit's own site on the portal's domain.
                publisher = article.get("publisher")
                request = self.follow_report(response, article["url"], title,
                                             publisher=publisher if isinstance(publisher, str) else None)
                if request is not None:
                    listed = row_date(article)
                    if listed:
                        request.meta["entry_date"] = listed
                    yield request
        query = parse_qs(urlsplit(response.url).query)
        page = int((query.get("page") or ["1"])[0] or 1)
        column = urlsplit(response.url).path.rstrip("/").rsplit("/", 1)[-1]
        sid = (query.get("sid") or [""])[0]
        sent = response.request.headers.get("Referer") if response.request else None
        referer = sent.decode("latin-1") if sent else response.url
        if page == 1:
            yield from self.child_lists(response, data, column, sid, referer)
        if page == 1 and isinstance(total, int) and articles and total > len(articles):
            later = [self.api_request(response, column, n, sid, referer)
                     for n in range(2, min(math.ceil(total / len(articles)), coverage.budget + 1) + 1)]
            if math.ceil(total / len(articles)) > coverage.budget + 1:
                coverage.budget_refused += math.ceil(total / len(articles)) - coverage.budget - 1
            yield from self.paged(response, later, "family")

    def on_portal(self, response: Response, url: str) -> bool:
        """Is ``url`` on the portal's own domains (its hosts and allowed domains: the registrable
        government domain, whose sub-hosts are its units' sites)?"""
        site = self.site_of(response)
        host = (urlsplit(response.urljoin(url)).hostname or "").lower()
        if not host or host in site.hosts:
            return True
        domains = site.allowed_domains or tuple(government_domain(h) for h in site.hosts)
        return any(host == d or host.endswith("." + d) for d in (domain.lower().lstrip(".") for domain in domains) if d)

    def child_lists(self, response: Response, data: dict[str, Any], column: str, sid: str,
                    referer: str) -> Iterator[Any]:
        """The lists of a column's child columns — those its answer declares (``children`` with their
        counts) and those the shell's column tree names under it — each a list of its own, paged by
        its own total; a child's count the parent declares is that list's declared size, so a child
        not read (the page budget, ``MAX_CHILD_COLUMNS``, ``MAX_COLUMN_DEPTH``) is a shortfall."""
        tree: dict[str, list[list[str]]] = response.meta.get("gkml_tree") or {}
        children: dict[str, tuple[str, int | None]] = {}
        for ident, name, count in declared_children(data):
            children.setdefault(ident, (name, count))
        for ident, name in tree.get(column, []):
            children.setdefault(ident, (name, None))
        children.pop(column, None)
        if not children:
            return
        depth = int(response.meta.get("gkml_depth", 0)) + 1
        coverage = self.coverage(response)
        requests = []
        for number, (ident, (name, count)) in enumerate(children.items()):
            request = self.api_request(response, ident, 1, sid, referer)
            if count is not None:
                coverage.declare(request.url, records=count)
            if depth > MAX_COLUMN_DEPTH or number >= MAX_CHILD_COLUMNS:
                coverage.lists_unread.setdefault(
                    request.url, f"child column {name or ident} of gkmlpt column {column} ({response.url}): "
                                 f"past {MAX_CHILD_COLUMNS} children a column or {MAX_COLUMN_DEPTH} levels")
                continue
            request.meta.update({"new_list": True, "gkml_depth": depth})
            if subtree(tree, ident):
                request.meta["gkml_tree"] = subtree(tree, ident)
            requests.append(request)
        self.logger.info("gkmlpt column %s (%s): %d child column(s) listed", column, response.url, len(requests))
        yield from self.paged(response, requests, "family")

    def parse_report_page(self, response: Response, title: str) -> Iterator[Any]:
        """A detail page renders from its DETAIL object: read the page rebuilt from it."""
        if isinstance(response, TextResponse):
            detail = embedded_detail(response.text)
            # Rebuilt only when the object carries the body: a page rendered on the server (the
            # object holds metadata only) is read as it is.
            if detail is not None and str(detail.get("content") or "").strip():
                page = detail_page(detail, response.meta.get("entry_date"))
                built = HtmlResponse(response.url, body=page.encode("utf-8"), encoding="utf-8",
                                     headers={"Content-Type": "text/html; charset=utf-8"},
                                     request=response.request)
                yield from super().parse_report_page(built, title)
                return
        yield from super().parse_report_page(response, title)


FAMILIES = {"gkmlpt": GkmlptSpider}
