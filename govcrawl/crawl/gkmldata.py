"""What a gkmlpt portal declares, read as data (portals.md §1.6): the site id a shell names
(``shell_sid``), the settings a script assigns — the shell's, or a config file it loads
(``script_settings``: site id, API base, column tree, the catalogue API it asks) —, the column tree
in its config (``TREE``: ``tree_columns``, ``column_tree``, ``subtree``; walked by ``gkmltree``), the
child columns an API answer lists (``declared_children``), a detail page's ``DETAIL`` object (``embedded_detail``,
``detail_attachments``, ``detail_page``) and the many forms its dates take (``as_date``,
``row_date``).  Pure functions of text; the crawling is ``govcrawl.bases.gkmlpt``'s.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from html import escape
from typing import Any

from parsel import Selector

from govcrawl.crawl.gkmltree import (
    MAX_TREE_NODES,
    TreeApi,
    Walk,
    children_of,
    column_id,
    column_name,
    nb_columns,
    settings_api,
    tree_api,
    walk,
)
from govcrawl.crawl.jsliteral import literal_value
from govcrawl.crawl.pagersettings import Settings

# A name that says "site id": ``sid``, ``SID``, ``siteId``, ``site_id``, ``gkml-sid``, ``data-site-id``.
_SID_NAME = r"(?<![A-Za-z0-9])(?:[A-Za-z]\w*?[-_:])?(?:sid|site[-_]?id)(?![A-Za-z0-9])"
_SID_NAME_ONLY = re.compile(rf"^(?:data-)?{_SID_NAME}$", re.I)
# In a script or an attribute: ``SID: '759031'``, ``"siteId": 758233``, ``data-sid="758233"``.
_SID_ASSIGNED = re.compile(rf"""{_SID_NAME}["']?\s*[:=]\s*["']?(\d+)""", re.I)
# Handed on as a key and its value, to a store the list script reads back (``sessionStorage.setItem("gkml_sid",
# "758432")``, ``$.cookie('siteId', 758432)``, ``Cookies.set("sid", "758432")``).
_SID_STORED = re.compile(rf"""["']{_SID_NAME}["']\s*,\s*["']?(\d+)""", re.I)
# In a URL the page holds (its API, a link): ``?page=1&sid=755031``.
_SID_IN_URL = re.compile(r"[?&;](?:sid|siteId|site_id)=(\d+)", re.I)
_DETAIL = re.compile(r"\bDETAIL\s*:\s*")
MAX_DETAIL_CHARS = 20 * 1024 * 1024
MAX_SID_NODES = 2_000


def shell_sid(text: str, url: str = "") -> str | None:
    """The site id the SPA shell names, wherever it names it (portals.md §1.6): a ``<meta name>``
    (``gkml-sid``, ``siteId``) or an element's attribute (``data-sid``, a hidden ``<input name="sid">``)
    whose name says site id, a script's assignment (``SID: '759031'``, ``"siteId": 758233``) or a key and value
    it stores (``sessionStorage.setItem("gkml_sid", "758432")``), or a URL
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
    match = (_SID_ASSIGNED.search(scripts) or _SID_STORED.search(scripts) or _SID_IN_URL.search(text)
             or _SID_IN_URL.search(url))
    return match[1] if match else None


# A data- attribute of the app's mount element that names the list API (``data-api="/gkmlpt/api/all/"``,
# ``data-api-base``, ``data-gkml-api-url``) or the column it opens (``data-column``, ``data-cat-id``).
_MOUNT_API_NAME = re.compile(r"^data-(?:gkml[-_]?)?(?:api(?:[-_]?(?:base|root|prefix|path|url))?|base[-_]?api)$", re.I)
_MOUNT_COLUMN_NAME = re.compile(r"^data-(?:gkml[-_]?)?(?:column|cat|category|channel|lm)[-_]?(?:id)?$", re.I)
_URL_VALUE = re.compile(r"^(?:https?://|/|\.{1,2}/)[^\s<>\"']{0,300}$")


def mount_settings(text: str) -> ShellSettings:
    """The settings a shell gives as data- attributes of its app's mount element (``<div id="gkmlpt-app"
    data-sid="759904" data-api="/gkmlpt/api/all/" data-column="3390">``): the element whose data-
    attributes name a site id or the list API; its column only from that element (a ``data-column`` of
    any other element — a grid cell's, a table's — is no gkmlpt setting)."""
    sel = Selector(text=text)
    for node in sel.xpath("//*[@*[starts-with(name(), 'data-')]]")[:MAX_SID_NODES]:
        attrs = {key: value.strip() for key, value in node.attrib.items() if key.startswith("data-")}
        sid = next((v for k, v in attrs.items() if _SID_NAME_ONLY.match(k) and v.isdigit()), None)
        api = next((v for k, v in attrs.items() if _MOUNT_API_NAME.match(k) and _URL_VALUE.match(v)), None)
        if sid is None and api is None:
            continue
        column = next((v for k, v in attrs.items() if _MOUNT_COLUMN_NAME.match(k) and v.isdigit()), None)
        return ShellSettings(sid, api, (column,) if column else ())
    return ShellSettings()


def list_api_base(url: str) -> str:
    """The list API's base from the API as a page writes it: a base (``/gkmlpt/api/``) as it is, an
    endpoint (``/gkmlpt/api/all/``, ``…/api/all/3390?page=1&sid=7``) up to its ``/all``; no trailing
    slash."""
    path = url.split("?")[0].split("#")[0]
    cut = re.search(r"/all(?:/\d*)?/?$", path)
    return (path[: cut.start()] if cut else path).rstrip("/")


# The list API's base a config names (``"apiBase": "/gkmlpt/api"``, ``apiRoot: 'http://…/api'``).
_API_BASE = re.compile(r"""["']?\b(?:api[-_]?(?:base|root|prefix|path|url)|base[-_]?api)["']?\s*[:=]\s*["']"""
                       r"""((?:https?://|/|\.{1,2}/)[^"'\s<>]{0,300})["']""", re.I)
# Else the list API's endpoint a script asks (``axios.get("/gkmlpt/api/all/" + catId, {params: {sid}})``,
# ``url: 'http://…/gkmlpt/api/all/' + id + '?page='``): its base is the part before ``/all``.
# (a path segment that says API — ``api``, ``openapi``, ``gkapi`` — then ``/all``).
_API_ENDPOINT = re.compile(r"""["']((?:https?://|/|\.{1,2}/)[^"'\s<>]{0,300}?/[\w-]*api[\w-]*/all/?)\d*["'?]""",
                           re.I)
MAX_CONFIG_CHARS = 512 * 1024  # of a script read for the settings


@dataclass(frozen=True)
class ShellSettings:
    """What a gkmlpt front end is configured with — on its shell page, or in a script file the shell
    loads (``window.GKML_CONFIG = {"sid": "763306", "apiBase": "/gkmlpt/api"}`` in ``config.js``):
    its site id, its list API's base (as written; None: the family's ``<base>/gkmlpt/api``), the
    ids of the 年报 columns of its column tree with that tree (``column_tree``), and the catalogue API
    its script asks for that tree when the page carries none (``gkmltree.tree_api``), and the API its
    script asks for the settings themselves when neither page nor script names the site id
    (``gkmltree.settings_api``)."""

    sid: str | None = None
    api: str | None = None
    columns: tuple[str, ...] = ()
    tree: dict[str, list[list[str]]] = field(default_factory=dict)
    tree_api: TreeApi | None = None
    settings_api: str | None = None

    def __or__(self, other: ShellSettings) -> ShellSettings:
        """These settings, each one missing taken from ``other`` (the shell's before its scripts')."""
        return ShellSettings(self.sid or other.sid, self.api or other.api, self.columns or other.columns,
                             self.tree or other.tree, self.tree_api or other.tree_api,
                             self.settings_api or other.settings_api)


def script_settings(script: str) -> ShellSettings:
    """The settings a script's text assigns (a config file, or the shell's inline scripts): a site id
    under a name that says so (``sid``, ``siteId``), an API base (``apiBase``), a column tree, the
    URL of a catalogue API it asks for the tree (``fetch("/gkmlpt/api/tree?sid=" + sid)``)."""
    text = script[:MAX_CONFIG_CHARS]
    sid, api = _SID_ASSIGNED.search(text), _API_BASE.search(text) or _API_ENDPOINT.search(text)
    return ShellSettings(sid[1] if sid else None, api[1] if api else None, tuple(tree_columns(text)),
                         column_tree(text), tree_api(text), settings_api(text))


# ``TREE: [...]`` in a config's JSON, ``tree: [{id: 2849, …}]`` in a script's hand-written settings.
_TREE = re.compile(r"""["']?\b(?:TREE|tree)\b["']?\s*[:=]\s*(?=\[)""")
# Where a list API answer names the child columns of the column asked for, and each one's count.
_API_CHILD_KEYS = ("children", "child", "sub_columns", "subColumns", "subcolumns")
_COUNT_KEYS = ("total", "count", "num", "article_count", "articles_count", "articleCount")
# A column whose articles live in its child columns (year sub-columns of 年报, a sub-column per unit):
# at most this many children of one column, and this many levels below the registered column, are
# listed — each child list's pages through the portal's page budget.
MAX_CHILD_COLUMNS = 60
MAX_COLUMN_DEPTH = 3


def _page_tree(text: str) -> Walk:
    """The column tree a gkmlpt page carries (``TREE: [{"id": 6120, "name": "政府信息公开年报",
    "children": […]}, …]``, or a script's ``tree: [{id: 2849, …}]``), walked (``gkmltree.walk``); no node
    without one."""
    match = _TREE.search(text)
    if match is None or len(text) > MAX_DETAIL_CHARS:
        return Walk((), True)
    try:
        tree, _end = json.JSONDecoder().raw_decode(text, match.end())
    except ValueError:
        tree = literal_value(text, match.end())  # a script's literal: keys unquoted
    return walk(tree if isinstance(tree, list) else [])


def tree_columns(text: str) -> list[str]:
    """Ids of the 年报 columns of the column tree a gkmlpt page carries, by their names; [] without a
    tree."""
    return nb_columns(_page_tree(text))


def column_tree(text: str) -> dict[str, list[list[str]]]:
    """The column tree a gkmlpt page carries as column id → its child columns ``[id, name]`` (only
    columns that have children); {} without a tree."""
    return children_of(_page_tree(text))


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
            if not isinstance(node, dict) or (ident := column_id(node)) is None:
                continue
            count = next((node[k] for k in _COUNT_KEYS if isinstance(node.get(k), int)
                          and not isinstance(node.get(k), bool)), None)
            found.append((ident, column_name(node), count))
    return found


@dataclass(frozen=True)
class ApiPage:
    """One answer of the list API, read: its rows (None: the answer is no list — ``why`` says what it
    is), the object that holds them (where its child columns are too), and the sizes it declares."""

    articles: list[Any] | None
    holder: dict[str, Any]
    declared: Settings
    why: str = ""


_ERROR_KEYS = ("code", "status", "msg", "message", "error", "errmsg")
# What a list API calls its rows: gkmlpt's ``articles``; the ``list`` / ``rows`` / ``records`` … of the
# variants and of the paginators sites put in front of it (``{"data": {"list": [...], "pager": {...}}}``).
ROW_KEYS = ("articles", "list", "rows", "records", "items", "docs", "datas", "data", "result", "results")


def _rows_key(node: dict[str, Any]) -> str | None:
    return next((key for key in ROW_KEYS if isinstance(node.get(key), list)), None)


def api_page(body: bytes | str) -> ApiPage:
    """A list API answer (``{"articles": [...], "total": 12}``, the rows one level down under ``data``
    too, under any of ``ROW_KEYS``): its rows and the sizes it declares under any name of the shared pager vocabulary
    (``pagersettings.SETTING_KEYS``: ``total``, ``totalCount``, ``count`` …, ``pages``, ``limit``,
    ``pageSize``), a digit string as a number; no rows when it is not JSON, names no article array,
    or is an error object (a non-zero ``code`` with no rows)."""
    try:
        data = json.loads(body)
    except ValueError:
        return ApiPage(None, {}, Settings(), "not JSON")
    if not isinstance(data, dict):
        return ApiPage(None, {}, Settings(), "not a JSON object")
    holder = data if _rows_key(data) else next(
        (v for v in data.values() if isinstance(v, dict) and _rows_key(v)), None)
    said = ", ".join(f"{k} {data[k]!r}" for k in _ERROR_KEYS if isinstance(data.get(k), str | int))[:200]
    key = _rows_key(holder) if holder is not None else None
    if holder is None or key is None:
        return ApiPage(None, data, Settings(), f"no article list ({said or 'keys ' + ', '.join(list(data)[:8])})")
    rows = holder[key]
    code = data.get("code")
    if not rows and isinstance(code, int) and not isinstance(code, bool) and code not in (0, 200):
        return ApiPage(None, holder, Settings(), f"an error ({said})")
    numbers: dict[str, int] = {}
    # The sizes beside the rows, above them, or in a pager object beside them (``"pager": {"count": 7}``).
    for node in (holder, data, *(v for v in holder.values() if isinstance(v, dict))):
        for key, value in node.items():
            if isinstance(value, str) and value.strip().isdigit():
                value = int(value.strip())
            if isinstance(value, int) and not isinstance(value, bool):
                numbers.setdefault(str(key), value)
    return ApiPage(rows, holder, Settings.declared_by(numbers))


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
