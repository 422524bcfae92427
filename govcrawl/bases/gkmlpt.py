"""Guangdong 政府信息公开目录平台, ``gkmlpt`` (portals.md §1.6).

The entry ``<base>/gkmlpt/index#<columnid>`` is a hash-routed SPA shell: no list in its HTML, but it
names the site id (``SID``) and sets the front-end session cookie (``gkmlfront_session``) that the
list API wants (403 without it; Scrapy's cookie middleware carries it).  The list is JSON:
``<base>/gkmlpt/api/all/<columnid>?page=N&sid=<sid>`` → ``{"articles": [{"title", "url", "date", …}],
"total": …}``, 100 articles a page.  A detail page ``/gkmlpt/content/<a>/<b>/post_<id>.html`` renders
client-side from an embedded ``DETAIL: {…}, TREE:`` object (title, publisher, date, ``content`` HTML,
``attachment`` list); the spider rebuilds a plain HTML page from it and reads that as the report.

A column may hold nothing itself, its articles in child columns (year sub-columns of 年报, one per
unit): the children its API answer declares (``"children": [{"id", "name", "total"}]``) and those the
shell's TREE names under it, at any depth, are each listed and paged the same way, each child's
declared count accounted against its list (``child_lists``; bounded by the page budget,
``MAX_CHILD_COLUMNS`` and ``MAX_COLUMN_DEPTH``, children not read stated).  A row may be an external
link (``is_link``) to a unit's own site: followed when on the portal's domains, its publisher the
unit.  Row and DETAIL dates come in many forms (ISO 8601 with a zone, epochs, ``2025年01月22日``):
``as_date``.

Registry options: ``column`` (the 年报 column id; else the start URL's ``#fragment``; else the
column(s) of the shell's column tree — ``TREE: [{id, name, children}]`` in its config — whose name
says 年报), ``sid`` (else read from the shell, wherever it names it: ``shell_sid``).  A shell that
carries no site id or no column has them in a config file of its host that it loads
(``<script src="/gkmlpt/static/js/config.js">`` setting ``{"sid": …, "apiBase": "/gkmlpt/api"}``):
its own script files are read one after the other (the shared ``own_scripts``, a few, size-capped)
until the settings — site id, list API base, column tree — are whole; what they lack is a stated
shortfall.  A shell may instead carry them as data- attributes of its app's mount element
(``<div id="gkmlpt-app" data-sid="759904" data-api="/gkmlpt/api/all/">``: ``mount_settings``); an API
written as its endpoint (``…/api/all/``, in an attribute or a script's request) is read as its base.

An answer's size is read in the shared pager vocabulary (``total``, ``count``, ``totalCount`` …, or a
page count: ``api_page``), not only ``total`` — a ``count``/``limit`` answer read as one page was a
short list nobody was told of.  An answer that is no list (403 for a site id it does not know, an
error object, not JSON) or a full first page that declares no count leaves its list stated unread.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from scrapy.http import HtmlResponse, Response, TextResponse
from twisted.python.failure import Failure

from govcrawl.bases.base import PortalSpider
from govcrawl.bases.scripted import MAX_INLINE_SCRIPTS, MAX_SCRIPT_BYTES
from govcrawl.crawl.gkmldata import (
    MAX_CHILD_COLUMNS,
    MAX_COLUMN_DEPTH,
    ShellSettings,
    api_page,
    column_tree,
    declared_children,
    detail_page,
    embedded_detail,
    list_api_base,
    mount_settings,
    row_date,
    script_settings,
    shell_sid,
    subtree,
    tree_columns,
)
from govcrawl.crawl.gkmltree import (
    MAX_TREE_BYTES,
    MAX_TREE_DEPTH,
    MAX_TREE_NODES,
    children_of,
    nb_columns,
    tree_roots,
    tree_url,
    walk,
)
from govcrawl.crawl.registry import Site, government_domain


class GkmlptSpider(PortalSpider):
    supports_many_sites = True

    def parse_list(self, response: Response) -> Iterator[Any]:
        """The SPA shell: its settings — the site id, the list API's base, the column(s) — from the
        registry, the shell itself, else the catalogue API its script asks (``ask_tree``) or the
        same-host script files it loads (``config_scripts``); then page 1 of each column from the list
        API.  A JSON answer (a start URL that is the list API itself) is read as any list answer is."""
        if self.is_list_answer(response):
            yield from self.parse_script_list(response)
            return
        if not isinstance(response, TextResponse):
            return
        site = self.site_of(response)
        inline = script_settings("\n".join(response.xpath("//script[not(@src)]/text()").getall()[:MAX_INLINE_SCRIPTS]))
        # The app's mount element may carry them as data- attributes (``data-sid``, ``data-api``).
        mount = mount_settings(response.text)
        settings = ShellSettings(str(site.options.get("sid") or "") or shell_sid(response.text, response.url),
                                 inline.api or mount.api, tuple(self.columns(response, mount.columns)),
                                 column_tree(response.text), inline.tree_api)
        if response.meta.get("way_in") and not settings.columns:
            # A home page that links the shell (its sid in the link's query: ``/gkmlpt/index?sid=…#2933``)
            # is no shell of its own: the shell navigation reached from it is read, not this page.
            return
        shell = {"url": response.url.split("#")[0], "settings": settings, "notes": []}
        yield from self.config_scripts(response, shell, self.own_scripts(response))

    def config_scripts(self, response: Response, shell: dict[str, Any], scripts: list[str]) -> Iterator[Any]:
        """Until the shell's settings are whole: the catalogue API a script of it names (once), then
        its own script files (``own_scripts``: same host, no library, a few, each size-capped) one
        after the other — a file another page already loaded from memory; what the shell still lacks
        after the last is a stated shortfall."""
        while True:
            settings: ShellSettings = shell["settings"]
            if settings.sid and settings.columns:
                yield from self.list_columns(response, shell)
                return
            if settings.sid and settings.tree_api and "tree_asked" not in shell:
                yield from self.ask_tree(response, shell, scripts)
                return
            if not settings.sid and settings.settings_api and "settings_asked" not in shell:
                yield from self.ask_settings(response, shell, scripts)
                return
            if not scripts:
                break
            url, scripts = scripts[0], scripts[1:]
            text = self._script_texts.get(url)
            if text is None:
                meta = {"gkml_shell": shell, "gkml_scripts": scripts}
                yield self.page_script_request(response, url, self.parse_config_script, meta,
                                               errback=self.config_script_failed, page=shell["url"])
                return
            shell = self.with_script(shell, url, text)
        read = "; ".join(shell["notes"]) or "it loads no script file of its host"
        missing = "site id" if not settings.sid else "column"
        self.logger.error("gkmlpt shell %s: no %s (sid %r, columns %r); %s", shell["url"], missing, settings.sid,
                          settings.columns, read)
        self.coverage(response).lists_unread.setdefault(
            shell["url"], f"the gkmlpt shell names no {missing}, nor do its scripts ({read}): its list API was not "
                          f"asked")

    def with_script(self, shell: dict[str, Any], url: str, text: str) -> dict[str, Any]:
        """The shell's settings completed by what one of its script files assigns."""
        found = script_settings(text)
        said = ", ".join(name for name, value in (("site id", found.sid), ("API base", found.api),
                                                  ("年报 column", found.columns), ("catalogue API", found.tree_api))
                         if value) or "no setting"
        return {**shell, "settings": shell["settings"] | found, "notes": [*shell["notes"], f"{url}: {said}"]}

    def parse_config_script(self, response: Response) -> Iterator[Any]:
        shell, scripts = response.meta["gkml_shell"], response.meta["gkml_scripts"]
        text = self.page_script_text(response)
        if text is None:
            shell = {**shell, "notes": [*shell["notes"], f"{response.url}: over {MAX_SCRIPT_BYTES} bytes"]}
        else:
            shell = self.with_script(shell, response.url, text)
        yield from self.config_scripts(response, shell, scripts)

    def config_script_failed(self, failure: Failure) -> Iterator[Any]:
        """A script or the catalogue API of the shell did not answer (404, timeout, over its size cap):
        said (a warning: what the shell lacks is stated only if nothing else gives it), and the next read."""
        request = failure.request  # type: ignore[attr-defined]
        self.logger.warning("gkmlpt shell %s: %s did not answer (%s)", request.meta["gkml_shell"]["url"], request.url,
                            failure.getErrorMessage())
        shell = request.meta["gkml_shell"]
        shell = {**shell, "notes": [*shell["notes"], f"{request.url}: did not answer ({failure.getErrorMessage()})"]}
        # What follows is the shell's (its next script, its lists, or the shortfall): asked from it.
        shell_page = HtmlResponse(shell["url"], body=b"", encoding="utf-8", request=request)
        yield from self.config_scripts(shell_page, shell, request.meta["gkml_scripts"])

    def ask_tree(self, response: Response, shell: dict[str, Any], scripts: list[str]) -> Iterator[Any]:
        """The column tree from the catalogue API a script of the shell asks (``fetch("/gkmlpt/api/tree?sid="
        + sid)``), on the portal's own domains, its answer size-capped."""
        settings: ShellSettings = shell["settings"]
        assert settings.sid and settings.tree_api
        url = tree_url(settings.tree_api, shell["url"], self.api_base(shell), settings.sid)
        shell = {**shell, "tree_asked": url}
        if not self.on_portal(response, url):
            shell["notes"] = [*shell["notes"], f"{url}: catalogue API off the portal, not asked"]
            yield from self.config_scripts(response, shell, scripts)
            return
        yield self.request(response, url, self.parse_tree, errback=self.config_script_failed, dont_filter=True,
                           meta={"gkml_shell": shell, "gkml_scripts": scripts, "download_maxsize": MAX_TREE_BYTES},
                           headers={"Referer": shell["url"], "Accept": "application/json, text/plain, */*",
                                    "X-Requested-With": "XMLHttpRequest"})

    def ask_settings(self, response: Response, shell: dict[str, Any], scripts: list[str]) -> Iterator[Any]:
        """The settings from the API a script of the shell asks for them before any list (``$.getJSON(
        "/gkmlpt/api/siteinfo", …)``: the site id no page or script names), on the portal's own domains,
        its answer size-capped, once."""
        settings: ShellSettings = shell["settings"]
        assert settings.settings_api
        url = urljoin(shell["url"], settings.settings_api)
        shell = {**shell, "settings_asked": url}
        if not self.on_portal(response, url):
            shell["notes"] = [*shell["notes"], f"{url}: settings API off the portal, not asked"]
            yield from self.config_scripts(response, shell, scripts)
            return
        yield self.request(response, url, self.parse_config_script, errback=self.config_script_failed,
                           dont_filter=True,
                           meta={"gkml_shell": shell, "gkml_scripts": scripts, "download_maxsize": MAX_TREE_BYTES},
                           headers={"Referer": shell["url"], "Accept": "application/json, text/plain, */*",
                                    "X-Requested-With": "XMLHttpRequest"})

    def parse_tree(self, response: Response) -> Iterator[Any]:
        """The catalogue API's answer: its 年报 column(s) by name, with the columns under them (listed as
        their child columns); a tree cut at its caps is said, and a tree without 年报 column noted."""
        shell, scripts = response.meta["gkml_shell"], response.meta["gkml_scripts"]
        try:
            tree = walk(tree_roots(json.loads(response.body)))
        except ValueError:
            tree = walk([])
        columns = nb_columns(tree)
        said = (f"{len(columns)} 年报 column(s) among {len(tree.nodes)}" if columns
                else f"no 年报 column among {len(tree.nodes)} node(s)")
        shell = {**shell, "settings": shell["settings"] | ShellSettings(columns=tuple(columns), tree=children_of(tree)),
                 "notes": [*shell["notes"], f"{response.url}: {said}"]}
        self.logger.info("gkmlpt shell %s: catalogue API %s: %s", shell["url"], response.url, said)
        if columns and not tree.complete:
            self.coverage(response).lists_unread.setdefault(
                response.url, f"gkmlpt catalogue of {shell['url']}: cut at {MAX_TREE_NODES} nodes or {MAX_TREE_DEPTH} "
                              f"levels; 年报 columns past them not seen")
        yield from self.config_scripts(response, shell, scripts)

    def api_base(self, shell: dict[str, Any]) -> str:
        """The list API's base: where the settings say, else the family's ``<base>/gkmlpt/api``."""
        settings: ShellSettings = shell["settings"]
        page: str = shell["url"]
        if settings.api:
            # As the page writes it: a base, or the list endpoint itself (``/gkmlpt/api/all/``).
            return list_api_base(urljoin(page, settings.api))
        # A department served under a sub-path (``/<dept>/gkmlpt/index``) has its API there too.
        path = urlsplit(page).path
        return urljoin(page, (path[: path.index("/gkmlpt/")] if "/gkmlpt/" in path else "") + "/gkmlpt/api")

    def list_columns(self, response: Response, shell: dict[str, Any]) -> Iterator[Any]:
        """Page 1 of each column the shell's settings name, from its list API."""
        settings: ShellSettings = shell["settings"]
        assert settings.sid
        api = self.api_base(shell)
        for column in settings.columns:
            request = self.api_request(response, column, 1, settings.sid, referer=shell["url"], api=api)
            request.meta["new_list"] = True
            # The column's child columns the shell's tree names: listed after its own answer.
            if subtree(settings.tree, column):
                request.meta["gkml_tree"] = subtree(settings.tree, column)
            yield from self.paged(response, [request], "family")

    def columns(self, response: Response, mounted: tuple[str, ...] = ()) -> list[str]:
        """The 年报 column(s): the registry's, the start URL's ``#fragment``, the one the app's mount
        element names (``mounted``), else those of the shell's column tree named for 年报."""
        site = self.site_of(response)
        option = site.options.get("column")
        if option:
            return [str(c) for c in option] if isinstance(option, list) else [str(option)]
        here = response.url.split("#")[0]
        fragments = [urlsplit(u).fragment for u in site.start_urls if u.split("#")[0] == here]
        fragments.append(urlsplit(response.request.url if response.request else response.url).fragment)
        found = sorted({f.strip("/") for f in fragments if f.strip("/").isdigit()}) or list(mounted)
        if not found and isinstance(response, TextResponse):
            # Registered without a column: the 年报 column of the shell's own column tree.
            found = tree_columns(response.text)
            if found:
                self.logger.info("gkmlpt shell %s names no column; its column tree's 年报 column(s): %s",
                                 response.url, ", ".join(found))
        return found

    def api_request(self, response: Response, column: str, page: int, sid: str, referer: str,
                    api: str | None = None) -> Any:
        """Page ``page`` of a column from the list API at ``api``, else the one that answered (the part
        of its URL before ``/all/<column>``)."""
        api = api or response.meta.get("gkml_api") or response.url.split("?")[0].rsplit("/all/", 1)[0]
        url = f"{api}/all/{column}?{urlencode({'page': page, 'sid': sid})}"
        return self.request(response, url, self.parse_api, meta={"gkml_api": api}, errback=self.api_failed, headers={
            "Referer": referer, "Accept": "application/json, text/plain, */*", "X-Requested-With": "XMLHttpRequest"})

    def parse_api(self, response: Response) -> Iterator[Any]:
        """A page of a column's list from its API (``api_page``): its rows followed; the size it declares
        under any name of the shared vocabulary (``total``, ``count``, ``totalCount`` …, or a page count)
        accounted, and from page 1 its other pages asked.  An answer that is no list (not JSON, an
        error object, no article array) leaves the list unread — stated, never silent."""
        answer = api_page(response.body)
        if answer.articles is None:
            self.api_unread(response, f"it answered {answer.why}")
            return
        articles, data, declared = answer.articles, answer.holder, answer.declared
        coverage = self.coverage(response)
        key = self.list_key(response)
        coverage.declare(key, records=declared.records, pages=declared.pages)
        coverage.harvested(key, entries=len(articles))
        for article in articles:
            if isinstance(article, dict) and isinstance(article.get("url"), str):
                title = str(article.get("title") or "").strip()
                if not self.on_portal(response, article["url"]):
                    # An external-link row (``is_link``) to a site outside the portal's domains.
                    self.logger.info("gkmlpt row %r links off the portal: %s", title, article["url"])
                    if self.crawler.stats:
                        self.crawler.stats.inc_value("govcrawl/offsite_rows_skipped")
                    continue
                # The platform's titles often name no agency ("2023年度政府信息公开工作年度报告" in a
                # column shared by the city and its departments): the row's publisher does — also for
                # an external-link row to the unit's own site on the portal's domain.
                publisher = article.get("publisher")
                request = self.follow_report(response, article["url"], title,
                                             publisher=publisher if isinstance(publisher, str) else None)
                if request is not None:
                    listed = row_date(article)
                    if listed:
                        request.meta["entry_date"] = listed
                    yield request
        query = parse_qs(urlsplit(response.url).query)
        page = int((query.get("page") or ["1"])[0] or 1)
        column = urlsplit(response.url).path.rstrip("/").rsplit("/", 1)[-1]
        sid = (query.get("sid") or [""])[0]
        sent = response.request.headers.get("Referer") if response.request else None
        referer = sent.decode("latin-1") if sent else response.url
        if page == 1:
            yield from self.child_lists(response, data, column, sid, referer)
        if page != 1 or not articles:
            return
        # Pages as declared, else as many as the declared records fill at page 1's size (the rows the
        # API answers: its ``limit`` may be the front end's display size, not the API's).
        pages = declared.pages if declared.pages is not None else (
            math.ceil(declared.records / len(articles)) if declared.records is not None else None)
        if pages is None:
            self.unsized(response, len(articles), declared.size)
        elif pages > 1:
            later = [self.api_request(response, column, n, sid, referer)
                     for n in range(2, min(pages, coverage.budget + 1) + 1)]
            if pages > coverage.budget + 1:
                coverage.budget_refused += pages - coverage.budget - 1
            yield from self.paged(response, later, "family")

    def unsized(self, response: Response, rows: int, size: int | None) -> None:
        """Page 1 of a list whose answer declares no count under any name read: a page as full as its
        declared page size may be one of several — its list is stated unread past page 1; else said."""
        if size and rows >= size:
            self.api_unread(response, f"page 1 holds a full page ({rows} of {size} a page) and the answer declares "
                                      f"no count (total, count, pages …): its later pages are not known")
        else:
            self.warn_coverage(response, f"gkmlpt list API {response.url} declares no count; read as one page "
                                         f"of {rows} row(s)")

    def api_unread(self, response: Response, why: str) -> None:
        """The list an API answer belongs to, not read: stated (``lists_unread``), with why."""
        request = response.request
        site = request.meta.get("site") if request is not None else None
        key = str((request.meta.get("list_url") if request is not None else None) or response.url)
        self.logger.error("gkmlpt list API %s: %s", response.url, why)
        self.coverage_of(site if isinstance(site, Site) else self.sites[0]).lists_unread.setdefault(
            key, f"gkmlpt list API {response.url}: {why}")

    def api_failed(self, failure: Failure) -> None:
        """The list API did not answer (a 403 for a site id it does not know, 404, 5xx, timeout): that
        list is stated unread."""
        request = failure.request  # type: ignore[attr-defined]
        column = urlsplit(request.url).path.rstrip("/").rsplit("/", 1)[-1]
        self.state_unanswered(failure, f"the gkmlpt list API of column {column}")

    def on_portal(self, response: Response, url: str) -> bool:
        """Is ``url`` on the portal's own domains (its hosts and allowed domains: the registrable
        government domain, whose sub-hosts are its units' sites)?"""
        site = self.site_of(response)
        host = (urlsplit(response.urljoin(url)).hostname or "").lower()
        if not host or host in site.hosts:
            return True
        domains = site.allowed_domains or tuple(government_domain(h) for h in site.hosts)
        return any(host == d or host.endswith("." + d) for d in (domain.lower().lstrip(".") for domain in domains) if d)

    def child_lists(self, response: Response, data: dict[str, Any], column: str, sid: str,
                    referer: str) -> Iterator[Any]:
        """The lists of a column's child columns — those its answer declares (``children`` with their
        counts) and those the shell's column tree names under it — each a list of its own, paged by
        its own total; a child's count the parent declares is that list's declared size, so a child
        not read (the page budget, ``MAX_CHILD_COLUMNS``, ``MAX_COLUMN_DEPTH``) is a shortfall."""
        tree: dict[str, list[list[str]]] = response.meta.get("gkml_tree") or {}
        children: dict[str, tuple[str, int | None]] = {}
        for ident, name, count in declared_children(data):
            children.setdefault(ident, (name, count))
        for ident, name in tree.get(column, []):
            children.setdefault(ident, (name, None))
        children.pop(column, None)
        if not children:
            return
        depth = int(response.meta.get("gkml_depth", 0)) + 1
        coverage = self.coverage(response)
        requests = []
        for number, (ident, (name, count)) in enumerate(children.items()):
            request = self.api_request(response, ident, 1, sid, referer)
            if count is not None:
                coverage.declare(request.url, records=count)
            if depth > MAX_COLUMN_DEPTH or number >= MAX_CHILD_COLUMNS:
                coverage.lists_unread.setdefault(
                    request.url, f"child column {name or ident} of gkmlpt column {column} ({response.url}): "
                                 f"past {MAX_CHILD_COLUMNS} children a column or {MAX_COLUMN_DEPTH} levels")
                continue
            request.meta.update({"new_list": True, "gkml_depth": depth})
            if subtree(tree, ident):
                request.meta["gkml_tree"] = subtree(tree, ident)
            requests.append(request)
        self.logger.info("gkmlpt column %s (%s): %d child column(s) listed", column, response.url, len(requests))
        yield from self.paged(response, requests, "family")

    def parse_report_page(self, response: Response, title: str) -> Iterator[Any]:
        """A detail page renders from its DETAIL object: read the page rebuilt from it."""
        if isinstance(response, TextResponse):
            detail = embedded_detail(response.text)
            # Rebuilt only when the object carries the body: a page rendered on the server (the
            # object holds metadata only) is read as it is.
            if detail is not None and str(detail.get("content") or "").strip():
                page = detail_page(detail, response.meta.get("entry_date"))
                built = HtmlResponse(response.url, body=page.encode("utf-8"), encoding="utf-8",
                                     headers={"Content-Type": "text/html; charset=utf-8"},
                                     request=response.request)
                yield from super().parse_report_page(built, title)
                return
        yield from super().parse_report_page(response, title)


FAMILIES = {"gkmlpt": GkmlptSpider}
