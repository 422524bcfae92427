"""Which CMS family built a page (``cms: auto``), and where a portal's 年报 lists are.

Pure functions of a page's URL and text: the signatures the families leave (portals.md §1) —
URL shapes, scripts, container ids, meta tags, footers.  Each family has several independent
signatures; the family with the most wins, none means the generic path.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parsel import Selector

from govcrawl.crawl import panels, yeartabs
from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.entries import NIANBAO
from govcrawl.crawl.hubunits import is_list_link_text
from govcrawl.crawl.linktitle import link_title
from govcrawl.crawl.pagerdata import PAGER_MARK
from govcrawl.crawl.registry import government_domain
from govcrawl.crawl.urls import LINK, document_base

_SIGNATURES: dict[str, tuple[re.Pattern[str], ...]] = {
    "gkmlpt": (re.compile(r"/gkmlpt/(?:index|api|content)"), re.compile(r"gkmlfront|gkmlpt", re.I)),
    "hanweb": (re.compile(r"<datastore>|<recordset>"), re.compile(r"dataproxy\.jsp"), re.compile(r"/col/col\d+/"),
               re.compile(r"\.jpage\s*\(|\btotalRecord\b"), re.compile(r"ContentStart|ZJEG_RSS", re.I),
               re.compile(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html")),
    "vsb": (re.compile(r"pb_sys_common|pb_sys_normal"), re.compile(r"/system/resource/"),
            re.compile(r"_showDynClick"), re.compile(r"vsb_content|v_news_content"),
            re.compile(r"/info/\d+/\d+\.htm")),
    "trs_classic": (re.compile(r"createPageHTML\s*\("), re.compile(r"TRS_Editor|trs_editor_view|Custom_UnionStyle"),
                    re.compile(r"/t20\d{6}_\d+\.s?html?"), re.compile(r"name=[\"']?(?:catalogs|contentid)\b", re.I),
                    re.compile(r"id=[\"']pageParam[\"']"), re.compile(r"/c\d{5,}/content\.s?html")),
    "kaipu": (re.compile(r"UCAP-CONTENT|UCAPCONTENT"), re.compile(r"kaipuyun|kqNav\(", re.I),
              re.compile(r"/zfxxgknb/(?:\d{4}n|xj)/"), re.compile(r"/content_\d{5,}[\"'\s]")),
    "gkml_action": (re.compile(r"_(?:list|show)GkmlNews\.action|\.action\?[\w&=]*(?:classid|messagekey)", re.I),
                    re.compile(r"\.asp\?[\w&=]*(?:id|classid)=", re.I)),
}


def detect_family(url: str, text: str) -> str | None:
    """The family whose signatures the page shows most (ties: the order above), else None."""
    blob = f"{url}\n{text[:400_000]}"
    best, best_hits = None, 0
    for family, signatures in _SIGNATURES.items():
        hits = sum(1 for sig in signatures if sig.search(blob))
        if hits > best_hits:
            best, best_hits = family, hits
    return best


# Navigation toward a portal's 年报 lists: the 年报 column itself, and the 信息公开 area (often on
# another host of the portal's domain).
# A 年报 column's name, bare or naming whose reports it holds: the government itself (本级年报, 县政府年报,
# 市本级年报) or its departments and towns (部门年报, 县直单位年报, 乡镇（街道）年报) — a parent column that
# only links such child columns names its own list no better than its departments' (portals.md §0.3).
_NB_PUBLISHER = (r"(?:本级|本机关|(?:省|市|县|区|旗)(?:本级|级|直(?:部门|单位)?)"
                 r"|(?:省|市|县|区|旗)?(?:人民)?政府(?:本级)?|(?:各|县直|市直|区直)?(?:部门|单位)|(?:乡镇|镇|乡)(?:[(（]?街道[)）]?)?|街道|镇街)")
_NB_COLUMN = re.compile(r"^(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|年报)$"
                        rf"|^{_NB_PUBLISHER}?(?:政府)?(?:信息公开)?(?:工作)?年报$|^{_NB_PUBLISHER}年度报告$"
                        r"|^年度报告$|^政务公开年报$|^政府信息公开年度报告$")
_GK_AREA = re.compile(r"^(?:政府)?信息公开$|^政务公开$|^信息公开(?:平台|专栏|目录)$|^政府信息公开(?:平台|专栏|目录)$"
                      r"|^法定主动公开内容$")


# A box's "more" link: 更多, 查看更多, 更多>>, more+, MORE », », >> (decoration stripped before matching).
_MORE = re.compile(r"^(?:查看|点击)?更多(?:内容|信息)?[>»›＞+＋]*$|^(?:view)?more[>»›＋+]*$|^[>»›＞]+$", re.I)
_BOX_LEVELS = 3  # ancestors of a "more" link looked through for its box's heading
_HEADING_CHARS = 30  # a heading is short; longer text is the box's list, not its name
_HEADINGS = ("./descendant-or-self::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6"
             " or contains(@class, 'tit') or contains(@class, 'hd') or contains(@class, 'head')"
             " or contains(@class, 'name')]")


# A row's date beside its link ("2025/01/20", "[2024-12-18]", "2024年1月5日"): the box's list, not its name.
_ROW_DATE = re.compile(r"[\[(（【]?(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?[\])）】]?")


def _own_text(node: Selector) -> str:
    """A node's text outside its links, without its rows' dates, whitespace removed: a pane of a tab box
    (``<div class="pane"><ul><li><a>…</a><span>2025/01/20</span></li></ul><a>更多</a></div>``) has no
    name of its own, and its dates are not one (nor a pager's "1/2")."""
    return _ROW_DATE.sub("", "".join("".join(node.xpath(".//text()[not(ancestor::a)]").getall()).split()))


def box_heading(more: Selector) -> str | None:
    """The heading of the 栏目 box a "more" link belongs to (``<h4>政府信息公开年度报告<a>更多</a></h4>``,
    ``<div class="mod-hd"><span>政府信息公开年报</span><a>more+</a></div>``): going up from the link,
    the first ancestor holding no other "more" link whose own text (``_own_text``) is short; or
    that ancestor's heading element.  None when a level holds several boxes (a row of them)."""
    node = more
    for _ in range(_BOX_LEVELS):
        parents = node.xpath("..")
        if not parents:
            return None
        node = parents[0]
        links = node.xpath(".//a")
        if sum(1 for a in links if _MORE.match("".join(link_title(a).split()))) > 1:
            return None
        own = _own_text(node)
        if own and len(own) <= _HEADING_CHARS:
            return own
        for heading in node.xpath(_HEADINGS):
            text = _own_text(heading)
            if text and len(text) <= _HEADING_CHARS:
                return text
    return None



# A list page made of 栏目 boxes (a 年报 column home: 县政府年报 / 部门年报, each its newest few entries
# and a "更多" link to its full list): the full lists behind the boxes' "more" links.
MAX_BOX_LISTS = 6  # box lists a page's boxes lead to that are followed; more are stated, not read
_MAX_BOX_LINKS = 30  # "more" links looked at on one page
# A pager's "»"/">>" sits beside its page count (共7条 1/2, 第1页): its "box heading" is the pager's text.
_PAGER_TEXT = re.compile(r"[页条]|\d+\s*/\s*\d+")


def _portal_url(base_url: str, href: str, domain: str) -> str | None:
    """``href`` joined against the page, without its fragment, when it is an http(s) address on the
    portal's own government ``domain``; else None."""
    url = urljoin(base_url, href.strip()).split("#")[0]
    if url.startswith(("http://", "https://")) and government_domain(urlsplit(url).hostname or "") == domain:
        return url
    return None


# A pager's arrow (Bootstrap's ``<ul class="pagination"><li><a aria-label="Next">»</a>``, a ``rel="next"``
# link): the list's next page, not a box's fuller list.
_PAGER_ROLE = re.compile(r"\b(?:next|prev(?:ious)?|first|last)\b", re.I)
_PAGER_LEVELS = 3


def _in_pager(link: Selector) -> bool:
    if _PAGER_ROLE.search(f"{link.attrib.get('rel', '')} {link.attrib.get('aria-label', '')}"):
        return True
    for node in link.xpath("ancestor-or-self::*")[-_PAGER_LEVELS - 1:]:
        if PAGER_MARK.search(f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"):
            return True
    return False


def box_lists(sel: Selector, base_url: str) -> list[tuple[str, str]]:
    """(url, heading) of the fuller lists a page's boxes link by "more" (``box_heading``) on the
    portal's own domain — every box of a page that names 年报 (``names_nianbao``), else the boxes whose
    heading names 年报.  A pager's arrows are no box's; a link back to the page itself is none."""
    domain = government_domain(urlsplit(base_url).hostname or "")
    page_nianbao = names_nianbao(sel)
    here = base_url.split("#")[0]
    found: dict[str, str] = {}
    mores = [a for a in sel.xpath("//a[@href]") if _MORE.match("".join(link_title(a).split()))]
    for link in mores[:_MAX_BOX_LINKS]:
        if _in_pager(link):
            continue
        heading = box_heading(link)
        if not heading or _PAGER_TEXT.search(heading) or not (page_nianbao or names_nianbao_text(heading)):
            continue
        url = _portal_url(base_url, link.attrib["href"], domain)  # "#", javascript:, mailto: give none
        if url is not None and url != here and url not in found:
            found[url] = heading
    return list(found.items())


def _leads_to_list(link: Selector) -> bool:
    """A box's or a card's link to its fuller list: "更多", or words that name a list of 年报 ("历年年报 >",
    "进入年报栏目", ``hubunits.is_list_link_text``) — a unit's card says which list it leads to."""
    text = link_title(link)
    return bool(_MORE.match("".join(text.split()))) or is_list_link_text(text)


def _box_of_reports(more: Selector) -> bool:
    """Does the box around a "more" link — its nearest ancestor (up to ``_BOX_LEVELS``) that holds other
    links, the box's rows — show a report entry?  Not when that ancestor holds other "more" links too:
    it is a row of boxes (an empty box's neighbour shows the reports, ``box_heading``'s rule)."""
    for node in reversed(more.xpath("ancestor::*")[-_BOX_LEVELS:]):
        links = node.xpath(".//a[@href]")[:_MAX_BOX_LINKS]
        if len(links) > 1:
            mores = sum(1 for a in links if _leads_to_list(a))
            return mores == 1 and any(is_report_title(link_title(a)) for a in links)
    return False


def reports_box_mores(sel: Selector, base_url: str) -> list[str]:
    """The portal's pages a box (or a unit's card) of reports links by "more" or "历年年报" (its fuller
    list: the box shows only its newest reports), whether or not ``box_lists`` took it — what a crawl
    that does not follow it must state, so that a box showing fewer reports than its list holds is never
    a silent miss."""
    domain = government_domain(urlsplit(base_url).hostname or "")
    here = base_url.split("#")[0]
    found: dict[str, None] = {}
    mores = [a for a in sel.xpath("//a[@href]") if _leads_to_list(a)]
    for link in mores[:_MAX_BOX_LINKS]:
        if _in_pager(link) or not _box_of_reports(link):
            continue
        url = _portal_url(base_url, link.attrib["href"], domain)
        if url is not None and url != here:
            found.setdefault(url)
    return list(found)

# A nav link rewritten by a script (万载: ``$("#left_lan a:contains('政府信息公开')").attr('href', …)``).
_JS_NAV = re.compile(r"""contains\(\s*\\?["']([^"'\\]{2,12})\\?["']\s*\)\s*["']?\s*\)\s*\.attr\(\s*["']href["']\s*,"""
                     r"""\s*["']([^"']+)["']""")


@dataclass(frozen=True)
class NavLink:
    url: str
    kind: str  # "nb_column" (a 年报 list) or "gk_area" (the 信息公开 area)
    text: str


def navigation_links(sel: Selector, base_url: str) -> list[NavLink]:
    """Links to 年报 columns and to the 信息公开 area, by their text (or ``title=``), one per page: links
    to one page that differ only by their ``#fragment`` (a gkmlpt shell linked as 政务公开 ``index?sid=1``
    and as 政府信息公开年报 ``index?sid=1#2933``, its column in the fragment) are one request — the link
    that names the 年报 column is the one kept, where its fragment says which column."""
    kept: dict[str, NavLink] = {}
    # Relative links resolve against the page's <base href> (a SilverStripe page writes "xxgk/ndbg/" under
    # <base href="http://www…/">, not relative to /xxgk/), as a browser resolves them.
    for link in _navigation_links(sel, document_base(sel, base_url)):
        page = link.url.split("#")[0]
        if page not in kept or (link.kind == "nb_column" and kept[page].kind != "nb_column"):
            kept[page] = link
    return list(kept.values())


def _navigation_links(sel: Selector, base_url: str) -> Iterator[NavLink]:
    for link in sel.xpath(f"//{LINK}[@href]"):
        href = link.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        text = "".join(link_title(link).split())
        if _NB_COLUMN.match(text):
            yield NavLink(urljoin(base_url, href), "nb_column", text)
        elif _GK_AREA.match(text):
            yield NavLink(urljoin(base_url, href), "gk_area", text)
        elif _MORE.match(text) and (heading := box_heading(link)) and _NB_COLUMN.match(heading):
            yield NavLink(urljoin(base_url, href), "nb_column", heading)
    for match in _JS_NAV.finditer(" ".join(sel.xpath("//script/text()").getall())):
        text = match[1]
        if _GK_AREA.match(text):
            yield NavLink(urljoin(base_url, match[2]), "gk_area", text)
        elif _NB_COLUMN.match(text):
            yield NavLink(urljoin(base_url, match[2]), "nb_column", text)


def is_nb_column_name(name: str) -> bool:
    """Does a column's name say it is the 年报 column (政府信息公开年报, 年度报告 …)?"""
    return bool(_NB_COLUMN.match("".join(name.split())))


# Other lists of a 年报 column (portals.md §0.3, §2.4): its sub-columns one directory down
# (``zfxxgknb/2023n/``, ``zfxxgknb/bmnb/``, ``zfxxgknb/xj/``), and year tabs — the same page of
# another year (``qxnb/2024/`` ↔ ``qxnb/2023/``, ``2023n/`` ↔ ``nb_2022n/``).
_INDEX_NAME = re.compile(r"^(?:index|default|list)?\.(?:s?html?|jsp|php|aspx?)$|^$", re.I)
_YEAR_IN_SEGMENT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def names_nianbao_text(text: str) -> bool:
    """Does a column's name or a page's title speak of 年报 (not 年度报表)?"""
    return bool(NIANBAO.search("".join(text.split())))


def names_nianbao(sel: Selector) -> bool:
    """Is this page a 年报 column, by its ``ColumnName`` meta or its ``<title>``?"""
    names = sel.xpath('//meta[@name="ColumnName"]/@content').getall() + sel.xpath("//title//text()").getall()
    return any(names_nianbao_text(name) for name in names)


def _same_site_links(sel: Selector, base_url: str) -> Iterator[tuple[str, str]]:
    host = urlsplit(base_url).hostname
    for link in sel.xpath(f"//{LINK}[@href]"):
        href = link.attrib["href"].strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urljoin(base_url, href).split("#")[0]
        if urlsplit(url).hostname == host and url.startswith(("http://", "https://")):
            yield url, "".join(link_title(link).split())


def sub_columns(sel: Selector, base_url: str) -> list[tuple[str, str]]:
    """Index pages of the directories one level below this list page's directory (a link to
    ``<dir>/2023n/index.shtml`` or ``<dir>/bmnb/`` from ``<dir>/index.shtml``).  Articles one level
    down (``./202401/t…shtml``) and pager pages (``index_1.shtml``) are not index pages.
    (url, link text) pairs."""
    here = urlsplit(base_url)
    column = here.path.rsplit("/", 1)[0] + "/"
    found: list[tuple[str, str]] = []
    for url, text in _same_site_links(sel, base_url):
        path = urlsplit(url).path
        if not path.startswith(column) or urlsplit(url).query:
            continue
        rest = path[len(column):]
        if rest.count("/") == 1 and _INDEX_NAME.match(rest.split("/", 1)[1]) and url not in dict(found):
            found.append((url, text))
    return found


def year_tabs(sel: Selector, base_url: str) -> list[str]:
    """Links to the same page of another year: the URL differs from this page's in one path
    segment, and both segments name a year (``/qxnb/2024/index.html`` → ``/qxnb/2023/index.html``).
    Only from a page whose own URL names a year."""
    here = urlsplit(base_url)
    mine = here.path.split("/")
    if not any(_YEAR_IN_SEGMENT.search(s) for s in mine[:-1]):
        return []
    found: list[str] = []
    for url, _text in _same_site_links(sel, base_url):
        parts = urlsplit(url)
        theirs = parts.path.split("/")
        if parts.query != here.query or len(theirs) != len(mine) or theirs[-1] != mine[-1]:
            continue
        differ = [i for i, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
        if (len(differ) == 1 and _YEAR_IN_SEGMENT.search(mine[differ[0]])
                and _YEAR_IN_SEGMENT.search(theirs[differ[0]]) and url not in found):
            found.append(url)
    return found


# Year columns (portals.md §0.3): a 年报 column that holds nothing itself but a tab per year, each
# year a column of its own *elsewhere* on the portal — JCMS, TRS and VSB number their columns, so
# 2024年度 is ``/col/col…411/index.html`` beside the 年报's ``/col/col…410/index.html``, no directory
# below it — or in the column's own folder (VSB: ``zfxxgknb.htm`` → ``zfxxgknb/2024nd.htm``).  Named by
# its year ("2024年度", "2021年及以前", "2023年年报") or as a 年报 column.
MAX_YEAR_COLUMNS = 20  # a portal's 年报 years since 2008, and a few columns more


def _sibling(mine: list[str], theirs: list[str]) -> bool:
    """As deep, one path segment different, the same file ending (``nb2023.htm`` beside ``nb.htm``)."""
    return (len(theirs) == len(mine) and sum(a != b for a, b in zip(mine, theirs, strict=True)) == 1
            and theirs[-1].rpartition(".")[2] == mine[-1].rpartition(".")[2])


def _list_shaped(url: str, base_url: str) -> bool:
    """A column page a year tab may lead to: an index page (``/col/col123/index.html``,
    ``/xxgk/nb2023/``), a sibling of this page, a page in this page's own folder (``zfxxgknb/2024nd.htm``
    under ``zfxxgknb.htm``), or this page asked for another year (``list.jsp?year=2023``)."""
    here, parts = urlsplit(base_url), urlsplit(url)
    mine, theirs = here.path.split("/"), parts.path.split("/")
    if parts.path == here.path:
        return parts.query != here.query
    stem = mine[-1].rpartition(".")[0]
    own_folder = bool(stem) and theirs[:-1] == [*mine[:-1], stem] and bool(theirs[-1])
    return ((bool(_INDEX_NAME.match(theirs[-1])) or own_folder) and not parts.query) or _sibling(mine, theirs)


def _in_column(url: str, base_url: str) -> bool:
    """Is ``url`` of this page's column: below its directory, a sibling, or the page with another query?"""
    here, parts = urlsplit(base_url), urlsplit(url)
    if parts.netloc != here.netloc:
        return False
    if parts.path == here.path:
        return parts.query != here.query
    return parts.path.startswith(here.path.rsplit("/", 1)[0] + "/") or _sibling(here.path.split("/"),
                                                                                parts.path.split("/"))


def year_columns(sel: Selector, base_url: str, shows_reports: bool = False) -> list[str]:
    """Column pages on the portal's domain that a list page's year tabs lead to (``yeartabs``: links,
    or buttons with their address in ``data-url``/``onclick``).  From a page that shows no report of
    its own: every control named by a year or as a 年报 column whose address is list-shaped
    (``_list_shaped``); an article (``/art/2024/…/art_1_2.html``, ``/info/1011/2345.htm``) is none.
    From a page that shows its reports (the newest year's): only the other tabs of a strip of year
    tabs that marks the year shown (``yeartabs.strip_tabs``), within this page's column."""
    domain = government_domain(urlsplit(base_url).hostname or "")
    if shows_reports:
        tabs, shaped = yeartabs.strip_tabs(sel, base_url), _in_column
    else:
        tabs = [tab for tab in yeartabs.tab_controls(sel)
                if yeartabs.YEAR_LABEL.match(tab.label) or is_nb_column_name(tab.label)]
        shaped = _list_shaped
    found: list[str] = []
    resolve = document_base(sel, base_url)  # a tab's relative href, as a browser resolves it (<base href>)
    for tab in tabs:
        url = _portal_url(resolve, tab.href, domain) if tab.href else None
        if url is not None and url != base_url.split("#")[0] and url not in found and shaped(url, base_url):
            found.append(url)
    return found


def column_lists(sel: Selector, base_url: str, shows_reports: bool) -> list[str]:
    """Other lists of a 年报 column, from its first page: year tabs, and sub-columns whose link
    names a year or 年报 — or all of them when the page is a 年报 column (``names_nianbao``) that
    lists no report itself (a box of 2024n/, 2023n/, 县级部门 …).  A home page's sections
    (``/xwzx/``, ``/hdjl/``) are none of these."""
    urls = year_tabs(sel, base_url)
    box = not shows_reports and names_nianbao(sel)
    urls += [url for url, text in sub_columns(sel, base_url)
             if box or _YEAR_IN_SEGMENT.search(text) or names_nianbao_text(text)]
    if not shows_reports:
        urls += frame_lists(sel, base_url)
    return list(dict.fromkeys(urls))


def frame_lists(sel: Selector, base_url: str) -> list[str]:
    """The documents of a page's ``<iframe>``/``<frame>``s (and of its placeholder panels, ``panels``) on
    the portal's own domain: a column page whose list is held in a frame (portals.md §4) shows it only
    there.  Frames elsewhere (maps, video, counters on other hosts) are not the portal's, nor are its
    own widgets (a map, a player, a share bar, a visit counter); at most ``FOLLOWED_FRAMES`` are read."""
    return _own_documents(sel.xpath("//iframe/@src | //frame/@src").getall()[:MAX_FRAMES]
                          + panels.panel_addresses(sel), base_url)


def panel_lists(sel: Selector, base_url: str) -> list[str]:
    """The documents of a page's placeholder panels only (``panels``): part of the page's content
    whatever else it shows (an accordion's 乡镇 panel under its 部门 panel's reports)."""
    return _own_documents(panels.panel_addresses(sel), base_url)


def _own_documents(addresses: list[str], base_url: str) -> list[str]:
    domain = government_domain(urlsplit(base_url).hostname or "")
    found: list[str] = []
    for src in addresses:
        src = src.strip()
        if not src or src.startswith(("javascript:", "about:", "data:", "#")):
            continue
        url = _portal_url(base_url, src, domain)
        if url is not None and url not in found and not _WIDGET.search(urlsplit(url).path + "?" + urlsplit(url).query):
            found.append(url)
    return found[:FOLLOWED_FRAMES]


MAX_FRAMES = 10  # a page's frames looked at (a column page has one or two)
FOLLOWED_FRAMES = 3  # frames read as the page's list
# A frame that is a widget, by a word of its URL: maps, players, share bars, counters, weather, search.
_WIDGET = re.compile(r"(?<![a-z])(?:e?maps?|ditu|video|player|live|vod|share|tongji|stats?|counter|visit|weather|"
                     r"tianqi|qrcode|ewm|comments?|search|sousuo|login|chat|kefu)(?![a-z])", re.I)
