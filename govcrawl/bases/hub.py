"""Province-wide 年报 hubs (portals.md §0.3, §5 fixture 8): one page per year (``2023n/``,
``nb_2022n/`` …) listing the reports of every county and agency of a province, linking across
hosts — to the agencies' own portals, to a province-run 信息公开 platform keyed by agency code
(``zfxxgk.<province>/<code>/zfxxgknb/list.shtml``), to hosts that no longer resolve and to pages
that moved or expired.

A hub's registry entry must list in ``allowed_domains`` every domain it links to (a province hub:
the government domain, ``gov.cn``; the fixture's is ``gov.test``).  It follows

* report links chosen by title (decoys rejected), on any host;
* list links (year tabs, per-agency lists, their pages) matching ``options.list_pattern``, and
  year tabs however they are named (the same page of another year, ``qxnb/2024/`` → ``qxnb/2023/``),
  but only on hosts no other registered portal owns — the hub never crawls another portal's columns;
* a city 部门年报 page's units: their rows' and cards' links to their own lists ("进入年报栏目",
  "历年年报 >" beside the unit's newest report), and
  a grid of picture tiles that *are* a unit each (its name as the link's text, ``title``, picture
  ``alt`` or caption, ``hubunits.unit_tiles``), or a directory of units named short (an A–Z index's
  "教育局", a ``<ul>`` per 拼音 letter) linking their own columns on the government domain's other hosts
  (``hubunits.directory_units``), or a jump menu's options that go to the units' pages
  (``hubunits.jump_units``) — from the hub's own pages only; the unit's page (or
  list) is read as that unit's: a link there that says only its year ("2024年度", "2023年",
  "2024年度（PDF）") is the unit's report of that year, page or file, and a year column (``…/2021/``)
  more of its list; on the hub's own page, a box of bare years under a 年报 heading ("市政府年报" over
  "2024年度" "2023年度") is the city's reports (``yearlinks``), and a year link to a document no rule
  takes is stated (``account_year_links``).  Depth is
  bounded: hub → unit's page → its reports and its own list (with its pager), no other unit's tile.
  A box's or card's fuller list it does not follow, and a unit's list on which it reads no report,
  are stated as lists not read (``account_hub_lists``), never a silent miss.

Agency identity: a report reached through the hub is handled as its *owning portal* handles it:
the request carries the owner in ``meta["site"]`` and the owner's spider class (its family, or its
per-site subclass) reads the page, its attachments and its agency — so the record is the very one
(same bytes, same agency id, same report key) the owner's own spider stores, and the store keeps
it once.  The owner is the registered site whose start URLs are on the report's host, else whose
(specific) ``allowed_domains`` cover it; a host no other portal owns (the hub's own hosts, the
agency-code platform, dead hosts) gives the hub's agency, ``<hub id>/<agency in title>``.

A report link that was redirected to a site's home page is an expired link: logged, never an item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.core import page_encoding
from govcrawl.crawl import detect, hubunits, pagers, urls
from govcrawl.crawl.emptylist import says_empty
from govcrawl.crawl.entries import YEAR_FIRST, count_entries, entry_title, scoped_links, script_entries, year_only
from govcrawl.crawl.groups import group_owner
from govcrawl.crawl.hubunits import (
    MIN_TILES,
    count_units,
    is_unit_list_link,
    is_unit_list_text,
    jump_units,
    unit_tiles,
)
from govcrawl.crawl.registry import Site, registered_sites
from govcrawl.crawl.state import shared_state
from govcrawl.report.metadata import LEVEL, PLACE, agency_from_title, full_name

# Year sub-columns (2023n/, nb_2022n/, gknb2017/, 2021/, xj/) and per-agency list pages.
LIST_PATTERN = (r"/zfxxgknb/(?:\d{4}n?|nb_\d{4}n|gknb\d{4}|xj)/(?:index(?:_\d+)?\.s?html?)?$"
                r"|/zfxxgknb/list(?:_\d+)?\.s?html?$")


# A column's page, not an article: its directory, its index page or one of its pages (index_2.html).
_COLUMN_PAGE = re.compile(r"/(?:(?:index|default|list)(?:_\d+)?\.(?:s?html?|jsp|php|aspx?))?$", re.I)


@cache
def _registry() -> tuple[Site, ...]:
    return tuple(registered_sites())


def owner_site(host: str, hub: Site, sites: tuple[Site, ...] | None = None) -> Site:
    """The registered portal that owns ``host`` (see the module docstring); ``hub`` if none does."""
    host = host.lower()
    candidates = [s for s in (_registry() if sites is None else sites) if s.id != hub.id]
    for site in candidates:
        if host in site.hosts:
            return site
    best, best_len = hub, 0
    for site in candidates:
        for domain in site.allowed_domains:
            domain = domain.lower().lstrip(".")
            # ``gov.cn``-wide entries (other hubs) own nothing: at least name.gov.cn.
            if domain.count(".") >= 2 and (host == domain or host.endswith("." + domain)) and len(domain) > best_len:
                best, best_len = site, len(domain)
    return best


def full_owner(owner: str | None, response: TextResponse) -> str | None:
    """A department's list reached from a hub card that names it short (县财政局, 市发展改革委): the full
    name its own site declares (``SiteName`` meta "杉坪县财政局", "璋城市发展和改革委员会") when that
    writes the short name out (``metadata.full_name``: same place and kind of unit, the short name's
    characters in order) — a card names the unit by its level only, the site by its place; else the
    full name its page's column declares (``ColumnName``), alike."""
    bare = "".join((owner or "").split())
    if not bare:
        return owner
    # The site's name, else the column's (a unit's page on the city's own site: ``<meta name=
    # "ColumnName" content="邰州市人力资源和社会保障局">`` under a heading that says 市人社局).
    for meta in ("SiteName", "ColumnName"):
        declared = "".join((response.xpath(f'//meta[@name="{meta}"]/@content').get() or "").split())
        place, level = PLACE.match(declared), LEVEL.match(bare)
        short = bare
        if level and level[1] in declared:
            # 市发展改革委 on 璋城市's site: 璋城市发展改革委 (市市场监管局 too: its 市场 is no place).
            short = declared[: declared.index(level[1]) + 1] + bare[1:]
        elif place and not PLACE.match(short):
            # 财政局 on 杉坪县's site: 杉坪县财政局.
            short = place[0] + short
        if declared and full_name(short, declared) == declared:
            return declared
    return owner


class HubSpider(PortalSpider):
    supports_many_sites = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._delegates: dict[str, PortalSpider] = {}

    def list_pattern(self, site: Site) -> re.Pattern[str]:
        return re.compile(str(site.options.get("list_pattern") or LIST_PATTERN))

    def owner(self, url: str, hub: Site) -> Site:
        return owner_site(urlsplit(url).hostname or "", hub)

    def parse_list(self, response: Response) -> Iterator[Any]:
        if self.is_list_answer(response):
            yield from self.parse_script_list(response)
            return
        if not isinstance(response, TextResponse):
            return
        hub = self.site_of(response)
        pattern = self.list_pattern(hub)
        lists: list[scrapy.Request] = []
        short_owner = "".join((response.meta.get("list_owner") or "").split())
        owner = full_owner(response.meta.get("list_owner"), response)
        # Tiles lead from a hub's own pages only (not from a unit's page or list, which may show the
        # other units' tiles again): hub → unit's page → its reports and its own list, no deeper.
        # A later page of a directory of units may hold a single unit (``unit_directory``, set below).
        least = 1 if response.meta.get("unit_directory") else MIN_TILES
        tiles = unit_tiles(response.selector, response.url, least) if response.meta.get("list_owner") is None else {}
        shown = False  # a report or a unit's list this page leads to
        taken: set[str] = set()  # hrefs followed as reports
        for href, link in scoped_links(response.selector, ("",)):  # its href, or what its onclick opens
            url = response.urljoin(href)
            if not url.startswith(("http://", "https://")):
                continue
            title = entry_title(link)
            if owner and short_owner and owner != short_owner and title.startswith(short_owner):
                # The unit's name the page's heading completes the link with (市市场监管局 2024年度…),
                # written out as the page declares it (``full_owner``).
                title = owner + title[len(short_owner):]
            year = year_only(title) if owner else None
            if year and _COLUMN_PAGE.search(urlsplit(url).path):
                # A unit's year column ("2023年" → …/2023/, …/2023n/index.html): more of its list.
                if self.owner(url, hub) is hub:
                    lists.append(self.request(response, url, self.parse_list, errback=self.dead_list,
                                              meta={"list_owner": owner, "new_list": True}))
                continue
            if year:
                # A unit's page of years ("2024年度", "2023年", "2024年度（PDF）"): each is that unit's
                # report of that year, whatever the page or the file it leads to.
                title = f"{owner} {year} 年度报告"
            elif owner and YEAR_FIRST.match(title) and agency_from_title(title) is None:
                # A department's own 年报 list: "2023年度报告" is its report; "2023年度某局…报告" names
                # its agency itself (prefixing the list's owner would name it twice).
                title = f"{owner} {title}"
            unit = group_owner(link)  # a 部门年报 table's row, a card's heading, a <details>'s <summary>
            if pattern.search(urlsplit(url).path) or is_unit_list_link(link, title, unit):
                if self.owner(url, hub) is hub:  # another portal's columns are its own spider's job
                    lists.append(self.request(response, url, self.parse_list, errback=self.dead_list,
                                              meta={"list_owner": unit or owner, "new_list": True}))
                continue
            tile = tiles.get(href)
            if tile is not None:
                # A picture tile (the unit's name its text, its picture's alt, its caption): the unit's
                # page of years, or its own 年报 list — read as that unit's.
                if self.owner(url, hub) is hub:
                    lists.append(self.request(response, url, self.parse_list, errback=self.dead_list,
                                              meta={"list_owner": tile, "new_list": True}))
                continue
            request = self.follow_report(response, href, title)
            if request is not None:
                shown = True
                taken.add(href.strip())
                yield request
        self.account_year_links(response, taken)
        # A jump menu's units (a ``<select>`` whose options go to the units' pages, no ``<a>`` to them):
        # read as tiles are, from the hub's own pages only.
        if response.meta.get("list_owner") is None:
            for url, unit in jump_units(response.selector, response.url,
                                        bool(response.meta.get("framed_in_nianbao"))).items():
                if self.owner(url, hub) is hub:
                    lists.append(self.request(response, url, self.parse_list, errback=self.dead_list,
                                              meta={"list_owner": unit, "new_list": True}))
        # Units' links a script writes from an array (the 镇（街道） of a 部门年报 page, portals.md §4.4).
        shown = shown or bool(lists)
        for href, title in script_entries(response.selector):
            shown = True
            request = self.follow_report(response, href, title)
            if request is not None:
                yield request
        # A page whose table or list is held in a frame (``<iframe src="bmlist.html">``): the frame's
        # document read as this page, with its owner.
        lists += [request for request in self.frame_lists(response) if self.owner(request.url, hub) is hub]
        # Year tabs (``qxnb/2024/`` → ``qxnb/2023/``): the same hub page of another year.
        lists += [self.request(response, url, self.parse_list, meta={"new_list": True})
                  for url in detect.year_tabs(response.selector, response.url) if self.owner(url, hub) is hub]
        # The page's other pages (a hub matrix over several pages; a department's own list, with the
        # same owner), on the hub's own hosts.
        owner = response.meta.get("list_owner")
        pager = pagers.recognise(response.text, response.url, page_encoding(response))
        # A hub of cards counts its units ("共 8 个部门"), not the links in them.
        shown_units = count_units(response.selector, response.url, least)
        self.account_list_page(response, pager, max(count_entries(response.selector), shown_units))
        pager_meta: dict[str, Any] = {"list_owner": owner} if owner else {}
        if tiles:  # a directory of units over several pages: each later page's units are units too
            pager_meta["unit_directory"] = True
        lists += [self.request(response, url, self.parse_list, meta=pager_meta)
                  for url in pager.urls if self.owner(url, hub) is hub]
        # A hub page that is a shell (no report, no unit's list in its HTML): the list its scripts
        # fetch — a JSON of units with their links (``parse_script_list``, ``follow_script_entry``).
        first = response.meta.get("start_url") or response.meta.get("new_list")
        if first and not shown and not lists:
            lists += self.script_list_requests(response)
            empty = says_empty(response.selector) if owner and not lists else None
            if empty:  # the unit's list says it holds none ("暂无信息"): a fact about the unit, said as one
                self.coverage(response).warnings.append(f"{owner}'s own 年报 list {response.url} says it is empty "
                                                        f"({empty})")
            elif owner and not lists:
                # A unit's own list the hub led to that shows no report and leads nowhere else: its
                # markup was not read — stated, never a silent miss (the unit has at least its newest).
                self.coverage(response).lists_unread.setdefault(
                    response.url, f"{owner}'s own 年报 list: it answered, but no report link was recognised on it")
        yield from self.paged(response, lists, "hub")
        # A hub shown as tabs (市直部门 | 镇（街道）, ``columnnav``: a strip that marks the tab shown, its
        # other items named as publishers' lists): its other tabs are more of the hub, read as it is.
        # From a hub page's first page (not a unit's list): one level, as ``publisher_lists`` bounds it.
        if first and response.meta.get("list_owner") is None:
            yield from self.publisher_lists(response)
        self.account_hub_lists(response, hub)

    def reads_nav_list(self, response: TextResponse, url: str) -> bool:
        """A hub's tab on the hub's own hosts: another portal's columns are its own spider's job."""
        return self.owner(url, self.site_of(response)) is self.site_of(response)

    def account_hub_lists(self, response: TextResponse, hub: Site) -> None:
        """The lists this page links that the hub reads as units' own (``hubunits.unit_lists``) or that a
        box or card of reports links as its fuller list (``detect.reports_box_mores``: "更多", "历年年报 >"),
        on the hub's own hosts (another portal's lists are its own spider's job), when not requested: a
        card or box that shows fewer reports than its list holds is stated, never a silent miss.  Units'
        lists from the hub's own pages only: a unit's page showing the hub's tiles again leads nowhere."""
        coverage = self.coverage(response)
        encoding = page_encoding(response)
        found: dict[str, str] = {}
        if response.meta.get("list_owner") is None:  # a unit's page may show the hub's tiles again
            found = {response.urljoin(href): f"{unit}'s own 年报 list" for href, unit in hubunits.unit_lists(
                response.selector, bool(response.meta.get("framed_in_nianbao")), response.url)}
        for url in detect.reports_box_mores(response.selector, response.url):
            found.setdefault(url, "the fuller list behind a box of reports' link")
        for url, what in found.items():
            url = urls.escaped(url, encoding)
            if (url.startswith(("http://", "https://")) and url not in coverage.requested
                    and self.owner(url, hub) is hub):
                coverage.lists_unread.setdefault(url, f"{what}, linked from {response.url}; not followed")

    def follow_script_entry(self, response: Response, href: str, title: str,
                            unit: str | None) -> scrapy.Request | None:
        """A unit's link in a script's answer of units, as a hub's row's link is read: to its own 年报
        list ("年报专栏") — that unit's list, read as a hub reads it — else its report (titled by
        ``scriptgroups``: "市统计局 2024 年度报告")."""
        url = response.urljoin(href)
        hub = self.site_of(response)
        if unit and url.startswith(("http://", "https://")) and is_unit_list_text(title, title):
            if self.owner(url, hub) is not hub:  # another portal's columns are its own spider's job
                return None
            return self.request(response, url, self.parse_list, errback=self.dead_list,
                                meta={"list_owner": unit, "new_list": True})
        return self.follow_report(response, href, title)

    def follow_report(self, response: Response, href: str, title: str,
                      publisher: str | None = None) -> scrapy.Request | None:
        request = super().follow_report(response, href, title, publisher)
        if request is not None:
            request.meta["site"] = self.owner(request.url, self.site_of(response))
            request.errback = self.dead_link
        return request

    def dead_link(self, failure: Failure) -> None:
        """A linked report that does not answer (host gone, 404, timeout): the fetch log has the
        reason; here it is one warning, not a traceback."""
        request = getattr(failure, "request", None)
        self.logger.warning("dead link %s: %s", getattr(request, "url", "?"), failure.getErrorMessage())
        if self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/dead_links")

    def dead_list(self, failure: Failure) -> None:
        """A unit's list the hub links that does not answer: its reports are not found — a list not
        read (coverage), not a silent gap."""
        request = getattr(failure, "request", None)
        owner = request.meta.get("list_owner") if request is not None else None
        self.state_unanswered(failure, f"linked as {owner or 'a'} 年报 list")

    def delegate(self, response: Response) -> PortalSpider | None:
        """The owner's spider for a report of another portal (None for the hub's own)."""
        site = self.site_of(response)
        if site.id in {s.id for s in self.sites}:
            return None
        found = self._delegates.get(site.id)
        if found is None:
            from spiders.registry import spider_class

            found = spider_class(site)(name=f"{self.name}>{site.id}", sites=[site])
            found.crawler = self.crawler
            found.settings = self.crawler.settings
            self._delegates[site.id] = found
        return found

    def parse_report_page(self, response: Response, title: str) -> Iterator[Any]:
        redirects = response.meta.get("redirect_urls") or []
        if redirects and urls.is_home_path(urlsplit(response.url).path):
            self.expired(redirects[0], f"expired link: redirected to the home page {response.url}")
            return
        delegate = self.delegate(response)
        if delegate is not None:
            yield from delegate.parse_report_page(response, title)
        else:
            yield from super().parse_report_page(response, title)

    def parse_attachment(self, response: Response, title: str, page_url: str | None) -> Iterator[Any]:
        delegate = self.delegate(response)
        if delegate is not None:
            yield from delegate.parse_attachment(response, title, page_url)
        else:
            yield from super().parse_attachment(response, title, page_url)

    def expired(self, url: str, reason: str) -> None:
        self.logger.warning("%s: %s", url, reason)
        if self.crawler.stats:
            self.crawler.stats.inc_value("govcrawl/expired_links")
        shared_state(self.crawler).log_fetch(scrapy.Request(url), None, error=reason)


FAMILIES = {"hub": HubSpider}
