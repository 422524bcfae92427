"""``govcrawl add-site URL``: propose a registry entry for a portal from its home or list page.

Reads the page (and, from a home page, at most ``MAX_HOPS`` links toward the 年报 list: the
信息公开 area, then the 年报 column), and prints a YAML entry — id, agency, region, family, start
URL — for the user to check and append to a registry file.  The proposal is made by pure functions
of the pages (``propose``); only ``fetch`` touches the network (a time and byte cap, ``*.test``
hosts through ``--fixture-proxy``).
"""

from __future__ import annotations

import argparse
import re
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import yaml
from parsel import Selector

from govcrawl.crawl.classify import is_report_title
from govcrawl.crawl.detect import detect_family, navigation_links
from govcrawl.crawl.entries import list_entries
from govcrawl.crawl.registry import government_domain
from govcrawl.errors import UserError

MAX_HOPS = 3
MAX_BYTES = 5 * 1024 * 1024
_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_AGENCY_END = re.compile(r"(?:人民政府(?:办公室)?|政府|局|委员会|办公室|办公厅|中心|院|厅|委)$")
_SITE_WORDS = re.compile(r"(?:门户网站|门户网|政府网站|网站|官网|政府网)$")
_PLACE = re.compile(r"^(.+?(?:省|自治区|市|州|盟|县|区|旗))")

Fetch = Callable[[str], tuple[str, str]]  # url → (final url, text)


@dataclass
class Proposal:
    id: str
    agency: str | None
    region: str | None
    cms: str
    start_url: str
    reports_seen: int
    trail: list[str]

    def as_entry(self) -> dict[str, object]:
        entry: dict[str, object] = {"id": self.id, "agency": self.agency or "TODO: the agency's full name"}
        if self.region:
            entry["region"] = self.region
        entry["cms"] = self.cms
        entry["start_urls"] = [self.start_url]
        return entry


def agency_of(text: str) -> str | None:
    """The portal owner's name: the ``SiteName`` meta, else the ``<title>``'s last part."""
    sel = Selector(text=text)
    title = " ".join(sel.css("title::text").getall()).strip()
    for candidate in (sel.xpath('//meta[@name="SiteName"]/@content').get(), re.split(r"[_\-|—–]+", title)[-1]):
        name = _SITE_WORDS.sub("", "".join((candidate or "").split()))
        if name and _AGENCY_END.search(name):
            return name
    return None


def region_of(agency: str | None) -> str | None:
    match = _PLACE.match(agency or "")
    return match[1] if match else None


def site_id(url: str) -> str:
    host = urlsplit(url).hostname or "portal"
    domain = government_domain(host)
    label = domain.split(".")[0]
    sub = host[: -len(domain)].rstrip(".").removeprefix("www").strip(".")
    parts = [p for p in (label, sub.split(".")[-1] if sub else "", "gov" if ".gov." in domain else "") if p]
    return re.sub(r"[^a-z0-9\-]", "-", "-".join(dict.fromkeys(parts)).lower())


def propose(url: str, fetch: Fetch) -> Proposal:
    """Follow a home page toward its 年报 list; the first page listing reports is the start URL."""
    trail: list[str] = []
    here, text = fetch(url)
    agency = agency_of(text)
    best: tuple[str, str] | None = None
    for _hop in range(MAX_HOPS + 1):
        trail.append(here)
        reports = [t for _h, t in list_entries(Selector(text=text)) if is_report_title(t)]
        if reports:
            best = (here, text)
            break
        links = list(navigation_links(Selector(text=text), here))
        column = next((link for link in links if link.kind == "nb_column"), None)
        target = column or next((link for link in links if link.kind == "gk_area" and link.url not in trail), None)
        if target is None:
            break
        here, text = fetch(target.url)
        agency = agency or agency_of(text)
    start, page = best or (trail[-1], text)
    reports = [t for _h, t in list_entries(Selector(text=page)) if is_report_title(t)]
    family = detect_family(start, page) or "auto"
    return Proposal(site_id(url), agency, region_of(agency), family, start, len(reports), trail)


def http_fetch(proxy: str | None, timeout: float = 20.0) -> Fetch:
    handlers: list[urllib.request.BaseHandler] = []
    if proxy:
        handlers.append(urllib.request.ProxyHandler({"http": proxy, "https": proxy}))
    opener = urllib.request.build_opener(*handlers)

    def fetch(url: str) -> tuple[str, str]:
        host = urlsplit(url).hostname or ""
        if proxy and not host.endswith(".test"):
            raise UserError(f"{url}: with --fixture-proxy only *.test hosts are fetched")
        try:
            with opener.open(urllib.request.Request(url, headers={"User-Agent": "govcrawl add-site"}),
                             timeout=timeout) as answer:
                body = answer.read(MAX_BYTES)
                final = answer.geturl()
                header = (answer.headers.get("Content-Type") or "").encode("latin-1", "replace")
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise UserError(f"cannot fetch {url}: {getattr(exc, 'reason', exc)}") from exc
        match = _CHARSET.search(header) or _CHARSET.search(body[:4096])
        charset = match[1].decode("ascii").lower() if match else "utf-8"
        if charset in ("gb2312", "gbk", "gb18030", "x-gbk"):
            charset = "gb18030"
        try:
            return final, body.decode(charset, "replace")
        except LookupError:
            return final, body.decode("utf-8", "replace")

    return fetch


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("add-site", help="propose a registry entry for a portal from its home or list page")
    parser.add_argument("url", help="the portal's home page or its 年报 list page")
    parser.add_argument("--fixture-proxy", metavar="URL", help="fetch *.test hosts through a fixture server")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if urlsplit(args.url).scheme not in ("http", "https"):
        raise UserError(f"not an http(s) URL: {args.url!r}")
    found = propose(args.url, http_fetch(args.fixture_proxy))
    print(f"# proposed from {' → '.join(found.trail)}")
    print(f"# {found.reports_seen} report link(s) on the start page; family "
          f"{'detected' if found.cms != 'auto' else 'not recognised: cms auto (generic discovery)'}")
    print(yaml.safe_dump([found.as_entry()], allow_unicode=True, sort_keys=False).rstrip())
    return 0
