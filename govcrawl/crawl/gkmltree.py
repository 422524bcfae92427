"""A gkmlpt portal's column (category) tree, read as data (portals.md §1.6): its nodes wherever the
platform carries them — a ``TREE: [...]`` literal in the shell or its config (``gkmldata``), or the
answer of a catalogue API the shell's script asks (``fetch("/gkmlpt/api/tree?sid=" + sid)``) — walked
breadth first under caps of nodes and depth (``walk``), the 年报 columns picked by name
(``nb_columns``) with the child columns under each (``children_of``), and the catalogue API's URL as
a script names it (``tree_api``, ``tree_url``).  Pure functions of text and JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from govcrawl.crawl.detect import is_nb_column_name

CHILD_KEYS = ("children", "child", "childs", "childList", "nodes", "sub", "items")
NAME_KEYS = ("name", "title", "text", "label")
ID_KEYS = ("id", "column_id", "columnId", "cid", "catId", "category_id", "categoryId")
MAX_TREE_NODES = 5_000
MAX_TREE_DEPTH = 12            # levels of a column tree walked
MAX_TREE_BYTES = 2 * 1024 * 1024  # of a catalogue API's answer
_MAX_WRAP_DEPTH = 4            # levels of an answer's envelope searched for its node list ({"data": {"tree": …}})


def column_id(node: dict[str, Any]) -> str | None:
    ident = next((node[k] for k in ID_KEYS if isinstance(node.get(k), int | str) and not isinstance(node.get(k), bool)),
                 None)
    return str(ident).strip() if ident is not None and str(ident).strip().isdigit() else None


def column_name(node: dict[str, Any]) -> str:
    return next((str(node[k]) for k in NAME_KEYS if isinstance(node.get(k), str)), "")


def node_children(node: dict[str, Any]) -> list[Any]:
    return [child for key in CHILD_KEYS if isinstance(node.get(key), list) for child in node[key]]


@dataclass(frozen=True)
class Node:
    ident: str
    name: str
    children: tuple[dict[str, Any], ...]
    parent: str | None


@dataclass(frozen=True)
class Walk:
    nodes: tuple[Node, ...]
    complete: bool  # False: nodes past MAX_TREE_NODES or MAX_TREE_DEPTH were left


def walk(roots: list[Any]) -> Walk:
    """Every column of a tree given as its top nodes, breadth first, with its parent's id; at most
    ``MAX_TREE_NODES`` nodes and ``MAX_TREE_DEPTH`` levels (beyond them: ``complete`` False)."""
    queue: list[tuple[Any, int, str | None]] = [(node, 1, None) for node in roots[:MAX_TREE_NODES]]
    found: list[Node] = []
    complete = len(roots) <= MAX_TREE_NODES
    for node, depth, parent in queue:
        if len(queue) > MAX_TREE_NODES:
            complete = False
            break
        if not isinstance(node, dict):
            continue
        children = node_children(node)
        ident = column_id(node)
        if children and depth >= MAX_TREE_DEPTH:
            complete = False
        elif children:
            queue.extend((child, depth + 1, ident or parent) for child in children)
        if ident is not None:
            found.append(Node(ident, column_name(node), tuple(c for c in children if isinstance(c, dict)), parent))
    return Walk(tuple(found), complete)


def nb_columns(tree: Walk) -> list[str]:
    """The 年报 columns of a tree, by their names — not one under another picked (its children are
    listed with it)."""
    parents = {node.ident: node.parent for node in tree.nodes}
    picked = [node.ident for node in tree.nodes if is_nb_column_name(node.name)]
    chosen = set(picked)

    def under_picked(ident: str) -> bool:
        seen: set[str] = set()
        parent = parents.get(ident)
        while parent is not None and parent not in seen:
            if parent in chosen:
                return True
            seen.add(parent)
            parent = parents.get(parent)
        return False

    return [ident for ident in picked if not under_picked(ident)]


def children_of(tree: Walk) -> dict[str, list[list[str]]]:
    """Column id → its child columns ``[id, name]`` (only columns that have children)."""
    found: dict[str, list[list[str]]] = {}
    for node in tree.nodes:
        kids = [[kid, column_name(child)] for child in node.children if (kid := column_id(child)) is not None]
        if kids:
            found.setdefault(node.ident, kids)
    return found


def tree_roots(data: Any, depth: int = 0) -> list[Any]:
    """The top nodes of a catalogue API's answer, whatever envelope it wears: a list of nodes, one
    root node, or a list of nodes under some key (``{"categories": […]}``, ``{"code": 0, "data":
    {"tree": […]}}``); [] when it holds no node."""
    if isinstance(data, list):
        if any(isinstance(node, dict) and column_id(node) is not None for node in data[:MAX_TREE_NODES]):
            return data
        return []
    if not isinstance(data, dict) or depth > _MAX_WRAP_DEPTH:
        return []
    if column_id(data) is not None and node_children(data):
        return [data]
    for value in list(data.values())[:50]:
        if isinstance(value, list | dict) and (found := tree_roots(value, depth + 1)):
            return found
    return []


# A string literal of a script that is a URL (``"/gkmlpt/api/tree?sid="``, ``'./catalog/getTree'``),
# with what comes just before it (a concatenation ``apiBase + "…"``) and just after (``+ sid``).
_LITERAL = re.compile(r"""(\+\s*)?(["'`])([^"'`\s<>]{1,300})\2(\s*\+\s*[\w$.\[\]'"]{1,80})?""")
# The words of a path segment that say it serves the column tree (``tree``, ``getCatalogTree``,
# ``column_tree.json``, ``categories``) — not a list of a column's articles nor a static file.
_TREE_WORDS = {"tree", "trees", "catalog", "catalogs", "catalogue", "category", "categories", "columns", "lanmu"}
_STATIC = re.compile(r"\.(?:js|css|html?|shtml|png|jpe?g|gif|svg|ico|woff2?|ttf|map|pdf|docx?|xlsx?)$", re.I)
_NOT_TREE = re.compile(r"/(?:all|content|detail|search)(?:/|$)", re.I)
_SID_PARAM = re.compile(r"^(?:sid|site[_]?id)$", re.I)
_SID_EXPR = re.compile(r"(?:sid|site[_]?id)\W*$", re.I)


def _words(segment: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", segment)}


@dataclass(frozen=True)
class TreeApi:
    """The catalogue API a script names: the literal as written, whether it extends a base the
    script prefixes (``apiBase + "/tree"``), whether the site id is appended to it (``… + sid``)."""

    literal: str
    suffix: bool = False
    sid_after: bool = False


def tree_api(script: str) -> TreeApi | None:
    """The first URL literal of a script that names the column tree's API, or None."""
    for match in _LITERAL.finditer(script):
        literal = match[3]
        suffix = bool(match[1])
        if not suffix and "/" not in literal:
            continue
        path = urlsplit(literal).path
        segments = [s for s in path.split("/") if s]
        if not segments or _STATIC.search(path) or _NOT_TREE.search(path):
            continue
        if any(_words(segment) & _TREE_WORDS for segment in segments[-2:]):
            return TreeApi(literal, suffix, bool(match[4]) and bool(_SID_EXPR.search(match[4])))
    return None


# The words of a settings API's last path segment (``/gkmlpt/api/siteinfo``, ``getSiteConfig``,
# ``site_info.json``): it answers the front end's settings — its site id — before any list is asked.
_SETTINGS_WORDS = {"siteinfo", "siteconfig", "info", "config", "conf", "setting", "settings", "init", "meta"}


def settings_api(script: str) -> str | None:
    """The first URL literal of a script that names an API answering the front end's settings (its site
    id, page size, tree: ``$.getJSON("/gkmlpt/api/siteinfo", …)``) — an API's path (a segment naming
    ``api``, or a ``.json``), whole as written (no variable appended), not a static file; or None."""
    for match in _LITERAL.finditer(script):
        literal = match[3]
        if match[1] or match[4] or "/" not in literal:
            continue
        path = urlsplit(literal).path
        segments = [s for s in path.split("/") if s]
        is_api = any("api" in _words(s) for s in segments) or path.endswith(".json")
        if not segments or not is_api or (_STATIC.search(path) and not path.endswith(".json")):
            continue
        if _words(segments[-1].removesuffix(".json")) & _SETTINGS_WORDS:
            return literal
    return None


def tree_url(found: TreeApi, page: str, api: str, sid: str) -> str:
    """The absolute URL of a catalogue API for the site ``sid``: the literal resolved as the browser
    would (against the page, or after the API base it extends), the site id where the script puts
    it, else as the platform's other API calls carry it (``sid=`` in the query)."""
    literal = found.literal + (sid if found.sid_after else "")
    url = api.rstrip("/") + "/" + literal.lstrip("/") if found.suffix else urljoin(page, literal)
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    if found.sid_after or any(_SID_PARAM.match(k) and v for k, v in query):
        return url
    query = [(k, sid if _SID_PARAM.match(k) else v) for k, v in query]
    if not any(_SID_PARAM.match(k) for k, _v in query):
        query.append(("sid", sid))
    return urlunsplit(parts._replace(query=urlencode(query)))
