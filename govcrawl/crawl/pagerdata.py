"""Pager settings a list page declares as data rather than as a script call (portals.md §1.2).

Newer templates put a list's counts where their pager script reads them, not in the call:

* TRS 海云's ``<div id="pageParam" data="{total:7,pageSize:3,pageCount:3,current:1}" url="nb_list"
  ext="shtml">`` (an object literal in a ``data`` attribute);
* a JSON data block, ``<script type="application/json" id="pageInfo">{"total": 11, "pageSize": 4,
  "pageCount": 3, "pageName": "nblist", "ext": "shtml"}</script>`` — the settings at its top level or
  in one object under it (``{"pager": {…}, "list": […]}``);
* ``data-*`` attributes of a pager element (its class or id names a pager, ``PAGER_MARK``; for an
  attribute holding an object, its own name may: ``data-pager``): one holding such an object
  (``data-options='{"totalPage": 3}'``), or the element's numeric ones (``data-total-count="19"
  data-page-size="8"``, named as a pager's settings are once their dashes go: ``pagesize``,
  ``totalcount``) — not a "加载更多" button's (``data-total="10" data-size="6"``: a list that grows
  in place, ``loadmore.load_more``, has no page files).

``blocks`` finds them, in that order, each as the settings' text (read by ``pagersettings.settings``, so one
vocabulary of key names holds everywhere) and the page-file name and extension it declares, if any.
It does not judge them: ``pagers.page_param`` takes a ``pageParam`` element at its word, and any
other block only when it declares a page count (a page count, or records and a page size), not a
bare ``total`` a carousel or a cart might carry.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from parsel import Selector

MAX_JSON_CHARS = 64 * 1024    # a pager's data block is a line; a page's whole state is not read
MAX_DATA_ELEMENTS = 2000      # elements whose data-* attributes are read
_JSON_TYPES = ("application/json", "text/json")
# The keys a block names its page files by (``"pageName": "nblist"``, ``url``, ``data-page-name``),
# and their extension (``"ext": "shtml"``).
_NAME_KEYS = ("pagename", "url", "filename", "prefix", "listname", "name")
_EXT_KEYS = ("ext", "pageext", "suffix", "extension", "fileext")
_FILE_NAME = re.compile(r"^[\w\-]{1,60}$")
_EXT = re.compile(r"^\.?([A-Za-z]{2,5})$")
_NUMBER = re.compile(r"^\d{1,9}$")
# A class, id or attribute name that marks a pager element (``pagination``, ``page-nav``, ``fenye``).
PAGER_MARK = re.compile(r"pag|pager|fenye|fy|p_pages|pb_sys|turn|pg", re.I)


@dataclass(frozen=True)
class DataBlock:
    """One place a page declares its pager's settings."""

    kind: str           # "page_param", "json_data", "data_attr"
    options: str        # the settings' text: an object literal or JSON
    name: str | None    # the page-file name it declares (``nblist``), if any
    ext: str | None     # their extension (``shtml``), if any


def _naming(values: dict[str, object]) -> tuple[str | None, str | None]:
    lowered = {key.lower().replace("-", "").replace("_", ""): value for key, value in values.items()}
    name = next((v for k in _NAME_KEYS if isinstance(v := lowered.get(k), str) and _FILE_NAME.match(v)), None)
    ext = next((m[1] for k in _EXT_KEYS if isinstance(v := lowered.get(k), str) and (m := _EXT.match(v))), None)
    return name, ext


def _json_objects(text: str) -> Iterator[dict[str, object]]:
    """A JSON block's top-level object, then the objects directly under it."""
    try:
        data = json.loads(text)
    except ValueError:
        return
    if isinstance(data, dict):
        yield data
        yield from (value for value in data.values() if isinstance(value, dict))


def _flat(values: dict[str, object]) -> str:
    """An object's scalar members as JSON (its settings; nested lists and objects left out)."""
    return json.dumps({key: value for key, value in values.items()
                       if isinstance(value, (int, str)) and not isinstance(value, bool)}, ensure_ascii=False)


def blocks(sel: Selector) -> Iterator[DataBlock]:
    """The pager data blocks of a page, ``pageParam`` first."""
    for node in sel.xpath('//*[@id="pageParam" or @class="pageParam"][@data]')[:1]:
        yield DataBlock("page_param", node.attrib["data"], node.attrib.get("url"), node.attrib.get("ext"))
    for script in sel.xpath("//script[@type]")[:MAX_DATA_ELEMENTS]:
        if script.attrib["type"].strip().lower() not in _JSON_TYPES:
            continue
        text = "".join(script.xpath("./text()").getall()).strip()
        if len(text) <= MAX_JSON_CHARS:
            for values in _json_objects(text):
                yield DataBlock("json_data", _flat(values), *_naming(values))
    for node in sel.xpath("//*[@*[starts-with(name(), 'data-')]]")[:MAX_DATA_ELEMENTS]:
        numbers: dict[str, object] = {}
        marked = bool(PAGER_MARK.search(f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"))
        for attribute, value in node.attrib.items():
            if not attribute.startswith("data-"):
                continue
            value = value.strip()
            if value.startswith("{") and (marked or PAGER_MARK.search(attribute[5:])):
                objects = list(_json_objects(value))
                name, ext = _naming(objects[0]) if objects else (None, None)
                yield DataBlock("data_attr", value[:MAX_JSON_CHARS], name, ext)
            elif not value.startswith("{"):
                numbers[attribute[5:].replace("-", "")] = int(value) if _NUMBER.match(value) else value
        if marked and any(isinstance(value, int) for value in numbers.values()):
            yield DataBlock("data_attr", _flat(numbers), *_naming(numbers))
