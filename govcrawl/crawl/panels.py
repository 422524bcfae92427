"""A page's panels whose content a script loads from another document when they are shown — an
accordion's 乡镇 panel ``<div class="acc-body" data-src="/bmnb/xz.html">加载中…</div>``, a tab pane's
``data-url``, htmx's ``hx-get`` (portals.md §4: lists held in another document).  The panel's document
is the page's content, as a frame's is (``detect.frame_lists`` reads both, one level deep).

A panel is a container (not an image, a script, a link or a button: a loader control's ``data-next``
is the pager's, ``pagers.links.more_link``) whose own content is a placeholder — no link, a few words
saying it loads ("加载中…", "正在加载"; htmx's ``hx-get`` may say nothing): a tab whose ``data-url`` names
its year says "2023年", an empty scroll loader's ``data-url`` is a data endpoint —
and whose address is a document of the portal's own government domain (a directory, a page, a query;
not a picture, a style sheet, a script, a JSON feed, media, or a piece of a file name).
"""

from __future__ import annotations

import re

from parsel import Selector

# Where a panel keeps the address its script loads.
PANEL_ATTRIBUTES = ("data-src", "data-url", "data-href", "data-load", "data-source", "hx-get")
_PANEL_XPATH = "//*[" + " or ".join(f"@{name}" for name in PANEL_ATTRIBUTES) + "]"
# Elements whose address attribute is something else: a lazy image, a script, a control, a frame.
_NOT_PANELS = frozenset({"img", "picture", "source", "video", "audio", "script", "link", "a", "button", "input",
                         "iframe", "frame", "embed", "object", "form", "option", "select", "area", "meta"})
# An address that is not a document: pictures, styles, scripts, fonts, media, data feeds.
_NOT_DOCUMENT = re.compile(r"\.(?:jpe?g|png|gif|svg|webp|bmp|ico|css|js|mjs|json|xml|woff2?|ttf|eot|mp[34]|"
                           r"m3u8|flv|pdf|docx?|xlsx?|ofd|zip|rar)$", re.I)
PLACEHOLDER_CHARACTERS = 12  # "数据加载中，请稍候……": a placeholder says a few words at most
# What a placeholder says, when it says anything: a tab or a button with a data-url says its name ("2023年").
_LOADING = re.compile(r"加载|载入|读取|请稍[候后等]|正在|loading", re.I)
# A document's address: a directory, a page of a known kind, or one with a query (a counter's file-name
# piece, ``data-src="./data/nb_"``, is none).
_DOCUMENT = re.compile(r"(?:/|\.(?:s?html?|jsp|jspx|php|aspx?|do|action|cgi))$", re.I)
MAX_PANELS = 40  # elements with a panel attribute looked at


def panel_addresses(sel: Selector) -> list[str]:
    """The addresses (as written) of the page's placeholder panels, in page order, each once."""
    found: list[str] = []
    if sel.type not in ("html", "xml"):  # a JSON answer has no panels
        return found
    for node in sel.xpath(_PANEL_XPATH)[:MAX_PANELS]:
        tag = node.root.tag if isinstance(node.root.tag, str) else ""
        if tag.lower() in _NOT_PANELS or node.xpath(".//a[@href] | .//iframe | .//img"):
            continue
        text = "".join("".join(node.xpath(".//text()[not(ancestor::script)]").getall()).split())
        # It says it loads (an empty container with a data-url is as often a scroll loader's data
        # endpoint); htmx's hx-get is a panel by what it is.
        if len(text) > PLACEHOLDER_CHARACTERS or not (_LOADING.search(text) or node.attrib.get("hx-get")):
            continue
        value = next((node.attrib[name] for name in PANEL_ATTRIBUTES if node.attrib.get(name)), "").strip()
        path = value.split("#")[0].split("?")[0]
        if not value or value.startswith(("javascript:", "data:", "#", "{")) or _NOT_DOCUMENT.search(path) \
                or not (_DOCUMENT.search(path) or "?" in value):
            continue
        if value not in found:
            found.append(value)
    return found
