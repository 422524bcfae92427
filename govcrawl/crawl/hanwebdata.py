"""Hanweb 大汉 JCMS / JPaaS list data (portals.md §1.3), pure functions of a column page's text and of
the proxy's answers; the spider that asks for them is ``govcrawl.bases.hanweb``.

* ``parse_datastore``: a ``<datastore>`` (the column page's embedded ``<script type="text/xml">`` or a
  proxy answer, also one wrapped as a JSON(P) string: ``raw({"result":"<datastore>…"})``) — its record
  fragments, the ``<totalrecord>`` / ``<totalpage>`` it declares and its ``<nextgroup>`` links.  The XML is
  untrusted: defusedxml with DTDs forbidden (no entity expansion, no external fetches), and datastores
  over ``MAX_DATASTORE_BYTES`` are refused.
* ``jpage_configs``: the jpage widget calls of a page (``proxyUrl``, ``totalRecord``, ``perPage``,
  ``ajaxParam``, ``groupSize``, the request method), else the same settings as plain script variables.
* ``unit_pager``: JPaaS's template unit renderer (``…/front/page/build/unit?…&paramJson=…``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring
from parsel import Selector

from govcrawl.crawl import entries, pagersettings

MAX_DATASTORE_BYTES = 5 * 1024 * 1024
DEFAULT_PROXY = "/module/web/jpage/dataproxy.jsp"
GROUP_PAGES = 3  # the widget asks for three pages of records at a time

# ``$('#4471000').jpage(`` — the unit's element id, which is also the id of the datastore's container.
_JPAGE = re.compile(r"""(?:\$\(\s*["']#([\w\-]+)["']\s*\)\s*)?\.jpage\s*\(""")
# The call's request method: ``ajaxType: 'get'`` (jQuery's ``type``/``method`` names too).
_METHOD_KEYS = ("ajaxType", "ajaxMethod", "type", "method")
_AJAX_PARAM = re.compile(r"ajaxParam\s*:\s*\{([^{}]*)\}", re.S)
_JS_PAIR = re.compile(r"""(\w+)\s*:\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^,}\s]+)""")


@dataclass
class Datastore:
    """One parsed ``<datastore>``: its record fragments and the totals it declares."""

    records: list[str] = field(default_factory=list)
    total_record: int | None = None
    total_page: int | None = None
    rejected: str | None = None  # why the XML was not read (unsafe, malformed, too large)
    hostile: bool = False  # refused as unsafe or oversized: an attack, not a proxy asked the wrong way
    nextgroups: list[str] = field(default_factory=list)  # <nextgroup> fragments (the proxy link)


@dataclass
class JpageConfig:
    proxy_url: str
    total_record: int | None  # None: neither the call nor its datastore declares it (the proxy's answers may)
    per_page: int
    params: dict[str, str]
    unit: str | None = None  # the id of the element the widget fills (its datastore's container)
    method: str | None = None  # "get" / "post" as the call's ajaxType says; None: not said
    group: int = GROUP_PAGES  # pages per POST record window (the call's groupSize)


def parse_datastore(xml: str | bytes) -> Datastore:
    """Read a datastore safely: defusedxml, DTDs (hence entity bombs) refused, size bounded."""
    data = xml.encode("utf-8") if isinstance(xml, str) else xml
    if len(data) > MAX_DATASTORE_BYTES:
        return Datastore(rejected=f"datastore of {len(data)} bytes is over the limit", hostile=True)
    data = wrapped_datastore(data)
    try:
        root = defused_fromstring(data.strip(), forbid_dtd=True)
    except DefusedXmlException as exc:
        return Datastore(rejected=f"unsafe XML refused: {type(exc).__name__}", hostile=True)
    except ParseError as exc:
        return Datastore(rejected=f"malformed XML: {exc}")
    store = Datastore()
    for record in root.iter("record"):
        if record.text and record.text.strip():
            store.records.append(record.text)
    for node in root.iter("nextgroup"):
        if node.text and node.text.strip():
            store.nextgroups.append(node.text)
    for name in ("totalrecord", "totalpage"):
        node = root.find(name)
        if node is not None and node.text and node.text.strip().isdigit():
            setattr(store, "total_record" if name == "totalrecord" else "total_page", int(node.text.strip()))
    return store


# A JSON(P) answer carrying the datastore as a string: ``raw({"result":"<datastore>…"})`` (portals.md §1.3).
_JSONP = re.compile(rb"^\s*(?:[\w$.]+\s*\(\s*)?(\{.*\})\s*\)?\s*;?\s*$", re.S)


def wrapped_datastore(data: bytes) -> bytes:
    """The datastore XML a JSON or JSONP answer carries in one of its string values; any other answer
    as it is."""
    match = _JSONP.match(data)
    if match is None:
        return data
    try:
        value = json.loads(match[1])
    except ValueError:
        return data
    found = next((v for v in value.values() if isinstance(v, str) and "<datastore" in v), None)
    return found.encode("utf-8") if found is not None else data


def record_links(fragment: str) -> Iterator[tuple[str, str]]:
    """(href, title) of a record's ``<a>``: ``title=`` beats the (often truncated) text; the href is
    the address its script opens when only its ``onclick`` says (``entries.scoped_links``)."""
    for href, link in entries.scoped_links(Selector(text=fragment), ("",)):
        title = link.attrib.get("title") or " ".join(link.css("::text").getall())
        yield href, title.strip()


def _js_value(raw: str) -> str:
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        return re.sub(r"\\(.)", r"\1", raw[1:-1])
    return raw


_VAR = re.compile(r"""\b(totalRecord|perPage|proxyUrl|ajaxType|columnid|unitid|webid|appid|webname|path|"""
                  r"""permissiontype|sourceContentType|col)\b["']?\s*[:=]\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\w/.\-]+)""")
_PARAM_NAMES = ("col", "appid", "webid", "path", "columnid", "sourceContentType", "unitid", "webname", "permissiontype")


def script_var_config(text: str, declared: int | None = None) -> JpageConfig | None:
    """jpage settings written as plain script variables (``var totalRecord = 37;`` …) that a shared
    script reads, with no ``.jpage({...})`` literal on the page (the total, if none is written, the
    one the datastore ``declared``)."""
    values: dict[str, str] = {}
    for name, raw in _VAR.findall(text):
        values.setdefault(name, _js_value(raw))
    total = values.get("totalRecord", "") or str(declared or "")
    if not total.isdigit() or not values.get("columnid"):
        return None
    per_page = values.get("perPage", "15")
    params = {k: values[k] for k in _PARAM_NAMES if k in values}
    params.setdefault("path", "/")
    return JpageConfig(proxy_url=values.get("proxyUrl") or DEFAULT_PROXY, total_record=int(total),
                       per_page=int(per_page) if per_page.isdigit() and int(per_page) > 0 else 15, params=params,
                       method=values.get("ajaxType", "").lower() or None)


def nextgroup_links(fragment: str) -> list[str]:
    """The ``dataproxy.jsp?…`` link(s) of a datastore's ``<nextgroup>``: the next record window,
    with every parameter; the last window has none (a next link followed until it stops)."""
    links = Selector(text=fragment).css("a::attr(href)").getall()
    links += re.findall(r"""[\w/.\-]*dataproxy\.jsp\?[^\s"'<>]+""", fragment)
    return list(dict.fromkeys(h.replace("&amp;", "&") for h in links if "dataproxy" in h))


_VAR_TOTAL = re.compile(r"""\btotalRecord\b["']?\s*[:=]\s*["']?(\d+)""")


def _declared_total(declared: dict[str, int], unit: str | None) -> int | None:
    """The total a unit's own datastore declares: the one in the unit's element, else the page's
    only datastore's."""
    if unit and unit in declared:
        return declared[unit]
    return next(iter(declared.values())) if len(declared) == 1 else None


def jpage_configs(text: str, declared: dict[str, int] | None = None) -> list[JpageConfig]:
    """The jpage widget calls of a page (one per list unit), else its plain-variable settings.  A call
    that names no ``totalRecord`` takes the count its datastore declares (``<totalrecord>``, in
    ``declared`` by the id of the datastore's container)."""
    declared = declared or {}
    matches = list(_JPAGE.finditer(text))
    starts = [m.end() for m in matches]
    if not starts:
        found = script_var_config(text, _declared_total(declared, None))
        return [found] if found else []
    configs = []
    for i, start in enumerate(starts):
        chunk = text[start : starts[i + 1] if i + 1 < len(starts) else len(text)]
        params = ajax_params(chunk, text)
        top = _AJAX_PARAM.sub("", chunk)
        values = {k: _js_value(v) for k, v in _JS_PAIR.findall(top)}
        total = values.get("totalRecord", "")
        count = int(total) if total.isdigit() else _declared_total(declared, matches[i][1])
        if count is None and not params.get("columnid"):
            continue  # no count and no column to ask for: not a list the proxy can page
        per_page, group = values.get("perPage", "15"), values.get("groupSize", "")
        configs.append(JpageConfig(
            proxy_url=values.get("proxyUrl") or DEFAULT_PROXY,
            total_record=count,
            per_page=int(per_page) if per_page.isdigit() and int(per_page) > 0 else 15,
            params=params,
            unit=matches[i][1],
            method=call_method(pagersettings.object_literal(chunk[:MAX_CALL_LITERAL]) or ""),
            group=int(group) if group.isdigit() and 0 < int(group) <= 20 else GROUP_PAGES,
        ))
    return configs


MAX_CALL_LITERAL = 10_000  # how far a call's settings are read (pagersettings.object_literal: the call's own)
# A parameter the page sets as a script variable of its own (``var columnid = 4471;``).
_OWN_VAR = re.compile(r"""(?:var|let|const)\s+({names})\s*=\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[\w/.\-]+)"""
                      .format(names="|".join(_PARAM_NAMES)))


def ajax_params(call: str, text: str) -> dict[str, str]:
    """The parameters a jpage call sends the proxy (``columnid``, ``unitid``, ``webid`` …), whichever
    way its ``ajaxParam`` is written — an object literal, a query string (``'col=1&columnid=4471&…'``),
    a variable holding either (``pagersettings.request_parameters``) — completed by the ones the page
    sets as variables of their own (``var unitid = 8830;``) when the call names no column."""
    literal = pagersettings.object_literal(call[:MAX_CALL_LITERAL])
    members = pagersettings.object_members(literal) if literal else {}
    params: dict[str, str] = {}
    if "ajaxParam" in members:
        params = pagersettings.request_parameters(members["ajaxParam"], text) or {}
    elif (found := _AJAX_PARAM.search(call)) is not None:  # a call whose literal does not close
        params = {k: _js_value(v) for k, v in _JS_PAIR.findall(found[1])}
    if not params.get("columnid"):
        for name, raw in _OWN_VAR.findall(text):
            params.setdefault(name, _js_value(raw))
    return params


def call_method(settings: str) -> str | None:
    """"get" or "post", as a widget call's own settings (``ajaxType: 'get'``) name its request method."""
    values = {k: _js_value(v) for k, v in _JS_PAIR.findall(_AJAX_PARAM.sub("", settings))}
    for key in _METHOD_KEYS:
        if values.get(key, "").lower() in ("get", "post"):
            return values[key].lower()
    return None


# JPaaS's template unit renderer: a column's later pages are ``GET <endpoint>?<the page's unit
# parameters>&paramJson={"pageNo": n, "pageSize": k}``, answering ``{"data": {"html": "<ul>…"}}``.
_UNIT_ENDPOINT = re.compile(r"""["']((?:https?://[^"'\s]+)?/[^"'\s]*front/page/build/unit)\??["']""")
_SCRIPT_OBJECT = re.compile(r"""(?:var|let|const)\s+[\w$]+\s*=\s*(\{[^{}]{0,2000}\})""")
_PAGE_SIZE = re.compile(r"""\bpageSize["']?\s*:\s*(\d+)""")
_JSON_KEY = re.compile(r"""([{,]\s*)([A-Za-z_$][\w$]*)\s*:""")


@dataclass
class UnitPager:
    endpoint: str
    params: dict[str, str]
    page_size: int


def _js_object(literal: str) -> dict[str, Any] | None:
    try:
        value = json.loads(_JSON_KEY.sub(r'\1"\2":', literal.replace("'", '"')))
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def unit_pager(text: str) -> UnitPager | None:
    """The JPaaS unit renderer a column's pager script calls: its endpoint, the unit parameters
    (the script object naming ``pageId``/``webId``) and the page size it asks for."""
    endpoint = _UNIT_ENDPOINT.search(text)
    size = _PAGE_SIZE.search(text)
    if endpoint is None or size is None or int(size[1]) < 1:
        return None
    for match in _SCRIPT_OBJECT.finditer(text):
        params = _js_object(match[1])
        if params and ("pageId" in params or "webId" in params):
            flat = {k: str(v) for k, v in params.items() if isinstance(v, str | int)}
            return UnitPager(endpoint[1], flat, int(size[1]))
    return None
