"""JSON data islands: a list page whose rows are data in the page, rendered by its script (portals.md §1.2).

A newer template ships the list as data and lets a script write the ``<ul>`` and the pager::

    <script type="application/json" id="listData">{"recordCount": 12, "pageCount": 3, "docs": [...]}</script>
    <script>var d = JSON.parse(document.getElementById('listData').textContent);
      for (var i = 0; i < d.pageCount; i++) { … 'index_' + i + '.html' … }</script>

or as a script's state (``window.__INITIAL_STATE__ = {…}``, ``window.__NUXT__ = {…}``, ``var pageData =
{…};``, Next's ``<script id="__NEXT_DATA__" type="application/json">``).  The entries are read where any
script's array of objects is (``entries.script_entries``).  This module gives what the rest needs:

* ``islands``: each island's data (JSON only, parsed, never run) and the script names it is known by —
  the island variable itself, a variable set from ``JSON.parse(<the element>.textContent)``, an alias
  (``var s = window.__INITIAL_STATE__;``);
* ``bindings``: the islands' scalar members as script assignments (``d.pageCount = 3;``), so the bounded
  evaluator (``jsexpr``) reads ``d.pageCount`` in the page's own pager loop (``pagers.loops``) as it
  reads any variable — the page's own page-file naming, not a family's guess;
* ``declared``: the records and pages an island declares, read by the JSON answers' reader
  (``scriptanswers.json_list``: one vocabulary of declared sizes, wherever nested).

Everything is bounded: islands per page, characters per island, members bound, depth walked.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from parsel import Selector

MAX_ISLANDS = 20             # islands read per page
MAX_ISLAND_CHARS = 512 * 1024  # an island's text read (larger: a whole app's state, not a list's)
MAX_SCRIPTS = 50             # inline scripts looked through
MAX_BINDINGS = 400           # scalar members bound per page
MAX_DEPTH = 4                # levels of objects walked for members
_JSON_TYPES = ("application/json", "text/json")
_IDENT = r"[A-Za-z_$][\w$]*"
_KEY = re.compile(rf"^{_IDENT}$")
# The element an island is read from: ``document.getElementById('x')``, ``document.querySelector('#x')``,
# ``$('#x')`` / ``jQuery('#x')`` — then its text (``.textContent``, ``.innerHTML``, ``.innerText``,
# ``.text``, ``.text()``, ``.html()``) parsed by ``JSON.parse``.
_ELEMENT = (r"""(?:document\.getElementById\(\s*["']([\w\-]+)["']\s*\)"""
            r"""|(?:document\.querySelector|\$|jQuery)\(\s*["']#([\w\-]+)["']\s*\))""")
_PARSED = re.compile(rf"""(?<![\w$.])({_IDENT}(?:\.{_IDENT})?)\s*=\s*JSON\.parse\(\s*{_ELEMENT}\s*\.\s*"""
                     r"""(?:textContent|innerHTML|innerText|text\s*\(\s*\)|html\s*\(\s*\)|text)\s*\)""")
# A state object a script sets: ``window.__INITIAL_STATE__ = {``, ``var pageData = {``.
_LITERAL = re.compile(rf"""(?:\b(?:var|let|const)\s+({_IDENT})|(?<![\w$.])((?:window|self)\.{_IDENT}))\s*=\s*(?=\{{)""")


class Island(NamedTuple):
    data: Any               # the parsed JSON
    names: tuple[str, ...]  # the script names it is known by (may be none: data only)


def _aliases(name: str, scripts: str) -> list[str]:
    """Variables set to the island itself (``var s = window.__INITIAL_STATE__;``)."""
    found = re.finditer(rf"""(?:var|let|const)\s+({_IDENT})\s*=\s*{re.escape(name)}\s*(?=[;,\n)])""", scripts)
    return [m[1] for _count, m in zip(range(5), found, strict=False)]


def _names(direct: list[str], scripts: str) -> tuple[str, ...]:
    names = list(dict.fromkeys(direct))
    for name in list(names):
        names += [alias for alias in _aliases(name, scripts) if alias not in names]
        if name.startswith(("window.", "self.")):  # ``window.x`` is the global ``x`` too
            names.append(name.split(".", 1)[1])
    return tuple(names)


def islands(sel: Selector) -> list[Island]:
    """The page's JSON data islands (see the module docstring), in page order, JSON blocks first."""
    inline = [s for s in sel.xpath("//script[not(@src)]")[:MAX_SCRIPTS]
              if (s.attrib.get("type") or "").strip().lower() not in _JSON_TYPES]
    scripts = "\n".join("".join(s.xpath("./text()").getall()) for s in inline)
    parsed: dict[str, list[str]] = {}
    for match in _PARSED.finditer(scripts):
        parsed.setdefault(match[2] or match[3], []).append(match[1])
    found: list[Island] = []
    for block in sel.xpath("//script[@type or @id='__NEXT_DATA__']")[:MAX_SCRIPTS]:
        kind = (block.attrib.get("type") or "application/json").strip().lower()
        text = "".join(block.xpath("./text()").getall()).strip()
        if kind not in _JSON_TYPES or not text or len(text) > MAX_ISLAND_CHARS:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        found.append(Island(data, _names(parsed.get(block.attrib.get("id", ""), []), scripts)))
    decoder = json.JSONDecoder()
    scripts = scripts[:MAX_ISLAND_CHARS * 2]
    for match in _LITERAL.finditer(scripts):
        if len(found) >= MAX_ISLANDS:
            break
        try:
            data, end = decoder.raw_decode(scripts, match.end())
        except ValueError:
            continue  # a JS object literal that is not JSON: not read
        if end - match.end() <= MAX_ISLAND_CHARS:
            found.append(Island(data, _names([match[1] or match[2]], scripts)))
    return found[:MAX_ISLANDS]


def _members(value: Any, path: str, depth: int) -> list[tuple[str, int | str]]:
    """``(path.key, value)`` of an object's scalar members, nested objects' too (bounded)."""
    if depth > MAX_DEPTH or not isinstance(value, dict):
        return []
    members: list[tuple[str, int | str]] = []
    for key, child in list(value.items())[:200]:
        if not _KEY.match(str(key)):
            continue
        number = isinstance(child, int) and not isinstance(child, bool)
        text = isinstance(child, str) and len(child) < 200 and not re.search(r"[\"\\\n]", child)
        if number or text:  # what jsexpr reads: a number, a plain text (no quote or escape to undo)
            members.append((f"{path}.{key}", child))
        elif isinstance(child, dict):
            members += _members(child, f"{path}.{key}", depth + 1)
    return members


def bindings(sel: Selector) -> str:
    """The islands' scalar members as assignments a script could have written (``d.pageCount = 3;``),
    for each name an island is known by — read by ``jsexpr`` as the page's own variables."""
    lines: list[str] = []
    for island in islands(sel):
        for name in island.names:
            for path, value in _members(island.data, name, 0):
                lines.append(f"{path} = {json.dumps(value, ensure_ascii=False)};")
    return "\n".join(lines[:MAX_BINDINGS])


def declared(sel: Selector) -> tuple[int | None, int | None]:
    """(records, pages) the first island declaring a count declares (``scriptanswers.json_list``)."""
    # Imported here: ``scriptanswers`` reads entries (``crawl.entries``), which the pagers this module
    # serves are imported by.
    from govcrawl.crawl.scriptanswers import json_list

    for island in islands(sel):
        answer = json_list(json.dumps(island.data, ensure_ascii=False))
        if answer is not None and (answer.total is not None or answer.pages is not None):
            return answer.total, answer.pages
    return None, None
