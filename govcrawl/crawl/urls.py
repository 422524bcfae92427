"""The URLs a page leads to, as a browser builds them (portals.md §4.2): one path for every URL the
crawler takes from a page — list entries, pager links and declared pages, form actions, attachments,
links a script opens.

* **A query is encoded in the page's encoding.**  Old ASP/JSP sites write Chinese raw in their links
  (``<a href="NewsMore.asp?page=2&BigClassName=政务公开">`` in a GBK page); a browser sends the query
  percent-encoded in the *document's* encoding (``%D5%FE%CE%F1…``), the path always in UTF-8 (the
  URL standard's "encoding-parse").  Such scripts compare the bytes they get as GBK: the same names
  sent in UTF-8 find nothing.  ``page_url`` joins and escapes that way; a character the page's
  encoding cannot write goes as the numeric reference a browser sends (``%26%2325919%3B``); a UTF-16
  page's queries go in UTF-8, as the standard says.  An escaped URL stays as it is (idempotent), so
  a URL escaped here is the URL the request carries, and compares equal to the response's URL.
* **Query parameters are compared as bytes** (``query_items``): a page's own URL, escaped in GBK,
  and its pager's links, escaped the same way, agree; decoding either as UTF-8 would not.
  ``with_param`` sets one parameter and leaves the others byte for byte.
* **A link a script opens** (``link_href``): ``<a href="javascript:void(0)" onclick="window.open(
  '/module/download/downfile.jsp?filename=….pdf')">``, ``onclick="location.href='…'"``,
  ``href="javascript:window.open('…')"`` — the address is in the script, and it is the link's.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from urllib.parse import quote, unquote, unquote_to_bytes, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector
from w3lib.url import safe_url_string

from govcrawl.crawl.charset import widened
from govcrawl.crawl.registry import is_government_host

# A site's front door: its root, or the root's index file (any case, the servers' usual extensions).
_HOME_PATH = re.compile(r"^/?(?:(?:index|default)\.(?:s?html?|jsp|php|aspx?))?$", re.I)


def is_home_path(path: str) -> bool:
    """Is a URL's path a site's home page — ``/``, ``/index.html``, ``/default.aspx``, ``/index.shtm`` …?
    The one notion of a home page: a start page that navigates, a home page's boxes, a unit's website
    (not its column), an expired link sent home."""
    return bool(_HOME_PATH.match(path))

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Encodings whose queries a browser sends in UTF-8 (the URL standard: UTF-16 documents; UTF-32 too).
_UTF8_QUERIES = ("utf-16", "utf-32")


def query_encoding(encoding: str | None) -> str:
    """The encoding a page's URL queries are sent in: the page's own (GB2312/GBK widened to GB18030,
    which writes the same bytes for their characters), UTF-8 for UTF-16 pages and unknown names."""
    if not encoding:
        return "utf-8"
    resolved = widened(encoding)
    try:
        name = codecs.lookup(resolved).name
    except LookupError:
        return "utf-8"
    return "utf-8" if name.startswith(_UTF8_QUERIES) else resolved


def escaped(url: str, encoding: str | None = "utf-8") -> str:
    """``url`` percent-escaped as a browser sends it from a page in ``encoding``: the query's
    non-ASCII characters in the page's encoding (a character it cannot write as ``&#N;``), the path in
    UTF-8; an escaped URL is returned as it is."""
    parts = urlsplit(url)
    query = parts.query
    if not query.isascii():
        charset = query_encoding(encoding)
        query = _NON_ASCII.sub(lambda run: quote(run[0].encode(charset, "xmlcharrefreplace"), safe=""), query)
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))
    try:
        return safe_url_string(url, "utf-8")
    except ValueError:  # an unparseable authority (a port that is no number): left to the caller
        return url


def page_url(base_url: str, href: str, encoding: str | None = "utf-8") -> str:
    """The absolute URL a link (``href``) of a page at ``base_url`` in ``encoding`` leads to."""
    return escaped(urljoin(base_url, href.strip()), encoding)


def document_base(sel: Selector, url: str) -> str:
    """The URL a page's relative links resolve against: its ``<base href>`` (joined to the page's
    own URL), else the page's URL — as a browser, and Scrapy's ``response.urljoin``, resolve them."""
    href = (sel.xpath("//base[@href][1]/@href").get() or "").strip()
    return urljoin(url, href) if href and not href.lower().startswith(("javascript:", "data:")) else url


def form_encoding(encoding: str | None, values: Iterable[str]) -> str:
    """The encoding to post a page's form in: the page's (a browser submits a form in its document's
    encoding), unless one of the values cannot be written in it."""
    charset = query_encoding(encoding)
    try:
        for value in values:
            value.encode(charset)
    except UnicodeEncodeError:
        return "utf-8"
    return charset


def submitted_url(action: str, fields: dict[str, str], encoding: str | None) -> str:
    """The URL a GET form at ``action`` is submitted to, as a browser submits it: the action's own
    query replaced by the form's fields, in their order, written in ``encoding`` (``form_encoding``)."""
    parts = urlsplit(action)
    query = urlencode(list(fields.items()), encoding=form_encoding(encoding, fields.values()))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))


def query_items(url: str) -> dict[bytes, bytes]:
    """The query parameters of an (escaped) URL as the bytes the server gets, name → value (the last
    value of a repeated name); ``+`` is a space."""
    items: dict[bytes, bytes] = {}
    for piece in urlsplit(url).query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        items[_unquoted(name)] = _unquoted(value)
    return items


def _unquoted(text: str) -> bytes:
    return unquote_to_bytes(text.replace("+", " "))


def with_param(url: str, name: str, value: str) -> str:
    """``url`` with its query parameter ``name`` set to ``value`` (appended; the URL's other
    parameters kept byte for byte, in their order), without its fragment."""
    parts = urlsplit(url)
    key = name.encode()
    kept = [piece for piece in parts.query.split("&") if piece and _unquoted(piece.partition("=")[0]) != key]
    kept.append(f"{quote(name, safe='')}={quote(value, safe='')}")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), ""))


# -- links a script opens --------------------------------------------------------------------------
# Where a script navigates — ``location.href = …``, ``window.location = …``, ``top.location.href=…``,
# ``location.assign(…)`` / ``.replace(…)``, ``window.open(…)``, ``open(…, "_blank")`` — up to the
# address expression it goes to (a link's script here; a pager's page function, ``pagefunc``).
# A script that replaces the page (``LEAVES_TO``; ``redirects``: a page that is only a redirect) is one
# of them; ``window.open`` leaves the page where it is.
_LEAVES = (r"""(?<![\w$])location(?:\s*\.\s*href)?\s*=(?!=)"""
           r"""|(?<![\w$])location\s*\.\s*(?:assign|replace)\s*\(""")
NAVIGATES = re.compile(rf"""(?:{_LEAVES}|\bwindow\s*\.\s*open\s*\(|(?<![\w$.])open\s*\()\s*""")
# …to a quoted literal address.
_ADDRESS = r"""(["'])([^"'<>\s]{1,2000}?)\1"""
_OPENS = re.compile(NAVIGATES.pattern + _ADDRESS)
LEAVES_TO = re.compile(rf"""(?:{_LEAVES})\s*""" + _ADDRESS)  # group 2: the address the page is left for


def script_target(script: str) -> str | None:
    """The address a link's script opens (``window.open('/down.jsp?f=1.pdf')``,
    ``location.href='art_1.html'``), or None when it opens none (or one built from variables)."""
    found = _OPENS.search(script or "")
    if found is None:
        return None
    target = found[2].strip()
    return target if usable_href(target) else None


def usable_href(href: str) -> bool:
    """A link one can follow: not empty, not a fragment, not ``javascript:``/``mailto:``/``tel:``
    (list entries and pager links alike)."""
    href = href.strip()
    return bool(href) and not href.lower().startswith(("#", "javascript:", "mailto:", "tel:"))


# -- a portal's exit interstitial ------------------------------------------------------------------
# Links off a portal go through its 外链 page ("您访问的链接即将离开本站… 继续访问"): ``/link.html?url=
# http%3A%2F%2Fjyj.…``, ``/go.jsp?url=``, ``/redirect.jsp?target=``.  The page is a script's redirect
# or a click away from the address its query carries: that address is the link.  Only a parameter
# named for a destination, whose whole value is an absolute http(s) URL (once or twice escaped), of an
# interstitial on the portal's side: a relative link or one to a government host — a share button's
# ``service.weibo.com/share/share.php?url=<this page>`` or a login's ``?redirect=`` elsewhere is not one.
_EXIT_PARAM = re.compile(r"^(?:url|u|target|link|href|goto|go|to|dest(?:ination)?|jump(?:_?url)?"
                         r"|redirect(?:_?(?:url|to))?|out(?:_?url)?|ext(?:_?url)?|new_?url)$", re.I)
_ABSOLUTE = re.compile(r"^https?://[^\s/?#]+", re.I)
MAX_UNESCAPES = 2
MAX_QUERY_PARAMS = 20


def exit_target(href: str) -> str | None:
    """The address an exit interstitial's link (``/link.html?url=http%3A%2F%2F…``) leads to, or None."""
    parts = urlsplit(href.strip())
    if parts.netloc and not is_government_host(parts.hostname or ""):
        return None
    for piece in parts.query.split("&")[:MAX_QUERY_PARAMS]:
        name, _, value = piece.partition("=")
        if not _EXIT_PARAM.match(unquote(name)):
            continue
        for _ in range(MAX_UNESCAPES):
            value = unquote(value)
            if _ABSOLUTE.match(value):
                return None if any(c.isspace() for c in value) else value
    return None


# A link element: an ``<a>``, or a region of an image map (``<img usemap="#m"><map name="m"><area
# href="…" alt="城关镇">``: a clickable map of a county's towns, each region a link named by its ``alt``
# or ``title``) — read alike wherever links are read as entries (lists, hubs, navigation).
LINK = "*[self::a or self::area]"


def link_href(link: Selector) -> str | None:
    """Where a link leads: its ``href`` when that is followable (the address an exit interstitial's
    query carries, ``exit_target``), else the address the script of its ``href="javascript:…"`` or its
    ``onclick`` opens; None when neither says."""
    href = (link.attrib.get("href") or "").strip()
    if usable_href(href):
        return exit_target(href) or href
    for script in (href if href.lower().startswith("javascript:") else "", link.attrib.get("onclick") or ""):
        target = script_target(script)
        if target is not None:
            return exit_target(target) or target
    return None
