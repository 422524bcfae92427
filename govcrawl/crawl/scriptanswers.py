"""What a list's script requests answer (``scriptlists``): the entries of a JSON answer and the counts it
declares, a JSON answer of units with their links (a 部门年报 page's), and an RSS / Atom / plain XML list
with a paged feed's next document — pure functions of the answer's bytes, every walk bounded
(``MAX_ITEMS``, ``MAX_DEPTH``, ``MAX_FEED_BYTES``; XML parsed without DTDs, hence without entities)."""

from __future__ import annotations

from typing import Any, NamedTuple
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

from govcrawl.crawl import nextlinks
from govcrawl.crawl.entries import script_entry, script_url
from govcrawl.crawl.pagersettings import declared_setting
from govcrawl.crawl.scriptgroups import unit_array
from govcrawl.report.normalize import HAN_CHAR

MAX_ITEMS = 2_000
MAX_DEPTH = 6
MAX_FEED_BYTES = 2 * 1024 * 1024  # a feed or XML list answer read (larger: not parsed)
_HTML_ROOTS = frozenset({"html", "body", "div", "ul", "ol", "li", "table", "tbody", "tr", "td", "dl", "dd", "dt",
                         "section", "article", "main", "span", "p", "a", "form", "nav", "iframe"})


class ListAnswer(NamedTuple):
    entries: list[tuple[str, str]]   # (href, title)
    total: int | None                # records the answer declares
    pages: int | None                # pages the answer declares


class UnitLinks(NamedTuple):
    """The links of an answer of units (``json_units``)."""

    entries: list[tuple[str, str]]   # (href, title)
    units: dict[str, str]            # href → the unit whose link it is
    named: int                       # units the answer names, a unit with no link yet too


def _walk(value: Any, depth: int = 0) -> list[Any]:
    """Every dict and list inside a JSON value, the value first (bounded depth and breadth)."""
    if depth > MAX_DEPTH:
        return []
    found = [value]
    children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else []
    for child in list(children)[:200]:
        if isinstance(child, dict | list):
            found += _walk(child, depth + 1)
    return found


def _declared(node: dict[str, Any], kind: str) -> int | None:
    """The records or pages a JSON object declares, by the shared pager vocabulary (the same names a
    ``pageParam`` or a pager widget uses: one reader of declared sizes)."""
    numbers = {str(k): v for k, v in node.items() if isinstance(v, int) and not isinstance(v, bool)}
    return declared_setting(numbers, kind)


def json_list(body: bytes | str) -> ListAnswer | None:
    """The entries and declared counts of a list answer; None if it is not JSON."""
    data = nextlinks.loaded(body)
    if not nextlinks.is_json(data):
        return None
    entries: list[tuple[str, str]] = []
    total = pages = None
    for node in _walk(data):
        if isinstance(node, list) and not entries:
            entries = [e for e in (script_entry(item) for item in node[:MAX_ITEMS]) if e is not None]
        if isinstance(node, dict):
            total = total if total is not None else _declared(node, "records")
            pages = pages if pages is not None else _declared(node, "pages")
    return ListAnswer(entries, total, pages)


def json_units(body: bytes | str, nianbao: bool = False) -> UnitLinks | None:
    """The links of an answer of units that hold them (a 部门年报 page's, ``scriptgroups.unit_array``:
    in groups, nested, each unit's links by year or to its own list), each its unit's — titled as
    ``scriptgroups`` titles them (``nianbao``: the page that asks speaks of 年报) — where
    ``json_list`` would give the first array of plain entries: one unit's links, without their unit.
    None when the answer is not JSON or holds no unit's links."""
    data = nextlinks.loaded(body)
    if not nextlinks.is_json(data):
        return None
    entries: list[tuple[str, str]] = []
    units: dict[str, str] = {}
    count = 0
    for node in _walk(data):
        if isinstance(node, list) and len(units) < MAX_ITEMS:
            found, named = unit_array(node, script_url, nianbao)
            count += named
            for href, title, unit in found:
                if href not in units:
                    units[href] = unit
                    entries.append((href, title))
    return UnitLinks(entries, units, count) if entries else None


def _local(tag: Any) -> str:
    """An element's name without its namespace (``{http://www.w3.org/2005/Atom}entry``: ``entry``)."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _xml_entry(node: Element) -> tuple[str, str] | None:
    """(href, title) of a feed item or XML list record: its ``<title>`` and its ``<link>`` (the text,
    or Atom's ``href`` — the ``alternate`` one first), else the URL and Chinese title among its
    children's texts, as a JSON list item's are read."""
    fields: dict[str, str] = {}
    href = None
    for child in list(node)[:100]:
        name = _local(child.tag)
        text = " ".join("".join(child.itertext()).split())
        if name == "link" and child.get("href"):
            if href is None or child.get("rel", "alternate") == "alternate":
                href = child.get("href", "").strip()
            continue
        if text and name not in fields:
            fields[name] = text
    href = href or fields.get("link")
    title = fields.get("title")
    if href and title and HAN_CHAR.search(title):
        return href, title
    return script_entry(fields)


def _xml_root(body: bytes | str) -> Element | None:
    """The root of an XML answer, parsed safely; None when it is not XML, is over ``MAX_FEED_BYTES``,
    declares a DTD (refused: no entities are expanded) or is an HTML fragment that happens to be
    well-formed (rows, not a feed)."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    if len(data) > MAX_FEED_BYTES or data.lstrip()[:1] != b"<":
        return None
    try:
        root = defused_fromstring(data.strip(), forbid_dtd=True)
    except (DefusedXmlException, ParseError, ValueError):
        return None
    return None if _local(root.tag) in _HTML_ROOTS else root


def feed_next(body: bytes | str, base_url: str) -> str | None:
    """The next page a paged feed names (RFC 5005: Atom's ``<link rel="next" href>``, an RSS channel's
    ``<atom:link rel="next">``), absolute; None when it names none."""
    root = _xml_root(body)
    if root is None:
        return None
    channels = [root, *(child for child in list(root)[:20] if _local(child.tag) == "channel")]
    for parent in channels:
        for child in list(parent)[:200]:
            href = (child.get("href") or "").strip()
            if _local(child.tag) == "link" and child.get("rel") == "next" and href:
                return urljoin(base_url, href)
    return None


def xml_list(body: bytes | str) -> ListAnswer | None:
    """The entries of a feed or XML list answer (see the module docstring): RSS's ``<item>``, Atom's
    ``<entry>``, else the most repeated element with entries; None when the answer is not XML, is
    over ``MAX_FEED_BYTES``, or declares a DTD (refused: no entities are expanded)."""
    root = _xml_root(body)
    if root is None:
        return None
    groups: dict[str, list[Element]] = {}
    for node in root.iter():
        if len(node):
            groups.setdefault(_local(node.tag), []).append(node)
    named = [groups[name] for name in ("item", "entry") if name in groups]
    candidates = named or sorted((nodes for nodes in groups.values() if len(nodes) > 1), key=len, reverse=True)
    for nodes in candidates:
        entries = [e for e in (_xml_entry(n) for n in nodes[:MAX_ITEMS]) if e is not None]
        if entries:
            return ListAnswer(entries, None, None)
    return ListAnswer([], None, None)
