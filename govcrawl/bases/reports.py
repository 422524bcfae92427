"""Report pages: a list entry followed when its title names a report, the page read (tables on
the page, else its attachments wherever the article puts them), and the agency that published it —
its title, else what the page says, else its list row's publisher, else its host."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse

from govcrawl.bases.core import PortalCore
from govcrawl.crawl import formats, owner
from govcrawl.crawl.classify import (
    completed_title,
    cut_title_prefix,
    is_attachment_url,
    is_other_document_title,
    is_report_title,
    is_undated_report_title,
    report_year,
)
from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import Site
from govcrawl.crawl.urls import link_href
from govcrawl.report.metadata import written_out

# Content containers of the families (portals.md §1); the first one present is the article body.
CONTENT_SELECTORS = (
    "div.TRS_Editor", "div.trs_editor_view", "#zoom", ".v_news_content", "#UCAP-CONTENT", "div.article-con",
    "div.Custom_UnionStyle", "div.content", "article", "body",
)
_TABLE_CUES = ("第二十条", "申请人情况", "自然人", "行政复议")
# A file URL inside a script (attachment links written by JS).
_SCRIPT_FILE = re.compile(r"""["'(]([^"'()<>\s]+?\.(?:pdf|docx?|wps|ofd|xlsx?)"""
                          r"""|[^"'()<>\s]*(?:downfile|download)\.jsp\?[^"'()<>\s]+)["')]""", re.I)
# A key whose value is a file's *name*, not its address (``{"name": "某县2020年….pdf", "url": "/attach/….pdf"}``):
# joined to the page it would be an address nobody linked.
_NAME_KEY = re.compile(r"""["']?(?:name|title|file_?name|show_?name|label|text|alt)["']?\s*[:=]\s*$""", re.I)
_SOFT_404 = ("页面不存在", "页面未找到", "您访问的页面不存在", "404 Not Found", "页面已删除")


# Query parameters that name the document a viewer shows (pdf.js ``viewer.html?file=…``, OFD and
# Office web viewers' ``url=``/``src=``).
_VIEWER_PARAMS = frozenset({"file", "url", "src", "path", "filepath", "fileurl", "doc"})


def script_files(script: str) -> list[str]:
    """The file addresses a script writes (attachment links written by JS, a DETAIL object's ``url``) —
    not the files' names beside them."""
    return [match[1] for match in _SCRIPT_FILE.finditer(script)
            if not _NAME_KEY.search(script[max(0, match.start() - 40):match.start()])]


def page_names(response: TextResponse) -> Iterator[str]:
    """What a page calls itself: its ``ArticleTitle`` meta, its ``<h1>``s, its report headings, its
    ``<title>`` (bounded: ``owner.MAX_HEADINGS`` headings)."""
    yield from response.xpath('//meta[@name="ArticleTitle"]/@content').getall()[:1]
    yield from (" ".join(h.css("::text").getall()) for h in response.css("h1")[:owner.MAX_HEADINGS])
    yield from owner.heading_titles(response.selector)
    yield " ".join(response.xpath("//title//text()").getall())


def embedded_files(response: TextResponse) -> Iterator[str]:
    """Files a page shows in an ``<iframe>``/``<embed>``/``<object>``: the frame's own URL when it is
    a file, else the file its viewer is asked to show (``/pdfjs/web/viewer.html?file=%2F…pdf``,
    resolved as the viewer resolves it: against the viewer's URL)."""
    seen: set[str] = set()
    for node in response.xpath("//iframe[@src] | //embed[@src] | //object[@data]")[:20]:
        frame = response.urljoin((node.attrib.get("src") or node.attrib.get("data") or "").strip())
        candidates = [frame] if is_attachment_url(urlsplit(frame).path) else [
            urljoin(frame, value) for key, value in parse_qsl(urlsplit(frame).query)
            if key.lower() in _VIEWER_PARAMS and is_attachment_url(urlsplit(value).path)]
        for url in candidates:
            if url not in seen and url.startswith(("http://", "https://")):
                seen.add(url)
                yield url



class ReportSteps(PortalCore):
    def follow_report(self, response: Response, href: str, title: str,
                      publisher: str | None = None) -> scrapy.Request | None:
        """A request for a list entry if its title names an annual report, else None (decoy).
        ``publisher``: the agency the list row names beside the title (a list API's ``publisher``
        field), the report's agency when neither the title nor the page names one."""
        stats = self.crawler.stats
        # A title without a year is followed when it otherwise names a report and its agency: the
        # year is on the page (kept only if the page holds a report, see parse_report_page).
        undated = not is_report_title(title) and is_undated_report_title(title)
        # A title cut short ("…2024年政府信息公开工作年…") is followed too: its page says what it is.
        cut = None if is_report_title(title) or undated else cut_title_prefix(title)
        if not is_report_title(title) and not undated and cut is None:
            if stats:
                stats.inc_value("govcrawl/list_entries_skipped")
            return None
        url = response.urljoin(href)
        if cut and is_attachment_url(url):  # a file has no page to say what it is: stated, not guessed
            self.coverage(response).entries_untaken.setdefault(
                url, f"its list title is cut short ({title!r}) and it links a file: not judged")
            return None
        if urlsplit(url).scheme not in ("http", "https"):  # javascript:, mailto:, ftp:, file: …
            if stats:
                stats.inc_value("govcrawl/non_http_links_skipped")
            return None
        if stats:
            stats.inc_value("govcrawl/report_links")
        site = self.site_of(response)
        publisher = owner.publisher_name(publisher, site.agency) if publisher else None
        year = report_year(title)
        if year is not None:
            agency = str(site.agency_record(self.agency_in_title(title) or publisher)["name"])
            self.coverage(response).years_listed.setdefault(agency, set()).add(year)
        if not (response.meta.get("start_url") or response.meta.get("way_in")):  # a list, not a home's box
            self.coverage(response).reports_beyond_start = True
        # The report's year sets how often its page is revisited (govcrawl.crawl.revisit).
        meta: dict[str, Any] = {"report_year": report_year(title), "undated_title": undated, "cut_title": cut}
        if publisher:
            meta["entry_publisher"] = publisher
        if is_attachment_url(url):
            return self.request(response, url, self.parse_attachment, cb_kwargs={"title": title, "page_url": None},
                                headers={"Referer": response.url}, meta=meta, errback=self.report_file_unanswered)
        return self.request(response, url, self.parse_report_page, cb_kwargs={"title": title},
                            headers={"Referer": response.url}, meta=meta)

    def parse_report_page(self, response: Response, title: str) -> Iterator[Any]:
        if not isinstance(response, TextResponse):  # the link led straight to a file
            yield self.item(response, title)
            return
        if self.is_soft_404(response):
            self.logger.warning("soft 404 at %s", response.url)
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/soft_404")
            return
        cut = response.meta.get("cut_title")
        if cut:
            full = completed_title(page_names(response), cut)
            if full is None:  # its list title was cut short, and the page names no report it began
                self.logger.info("not a report: %s (listed as %r) names no report title", response.url, title)
                self.unlist(response, title)
                if self.crawler.stats:
                    self.crawler.stats.inc_value("govcrawl/list_entries_skipped")
                return
            title = full
        if self.has_report_tables(response):
            # The report is on the page (the common case): no need to look for attachments.
            yield self.item(response, title)
            return
        if self.declares_other_document(response):
            # A link whose list said nothing of it ("查看" in a 年报 matrix) to a page that says it
            # is something else (法治政府建设年度报告, 解读) and shows no report table.
            self.logger.info("not a report: %s declares another document", response.url)
            self.unlist(response, title)
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/list_entries_skipped")
            return
        attachments = list(self.attachment_links(response))
        if attachments:
            # The page is a stub ("详见附件"): the report is the attachment, published by whoever the
            # page names (its 发布机构, its heading) when the list title names nobody — a file says
            # nothing of its page.
            meta = {"report_year": response.meta.get("report_year"),
                    "entry_publisher": response.meta.get("entry_publisher"),
                    "page_names": owner.declared_names(response.selector)}
            if self.agency_in_title(title) is None:
                stub_agency = self.page_agency(response, None)
                if stub_agency:
                    meta["stub_agency"] = stub_agency
            # One document offered in several formats (a PDF and an OFD behind icon links): each
            # file's record names the others, and the store keeps the one read best (``formats``).
            alternates = formats.format_alternates(attachments)
            for url, _name in attachments:
                # A file that does not answer is a report not found — said, unless another format of it
                # (``alternates``) may still answer.
                yield self.request(response, url, self.parse_attachment,
                                   cb_kwargs={"title": title, "page_url": response.url},
                                   headers={"Referer": response.url},
                                   meta={**meta, "alternate_formats": alternates.get(url, [])},
                                   errback=None if alternates.get(url) else self.report_file_unanswered)
            return
        if response.meta.get("undated_title"):
            # A year-less title whose page is neither tables nor attachments: a column page or a
            # notice, not a report; counted, never stored.
            self.warn_coverage(response, f"entry {title!r} ({response.url}) names no year and holds no report")
            return
        # Neither tables nor attachments (a picture-only report, a page of prose): parsed and
        # flagged as it is (image_only, tables_missing).
        yield self.item(response, title)

    def report_file_unanswered(self, failure: Any) -> None:
        """A report's file that did not answer (after its retries: a dropped connection, a timeout, a
        404 or 5xx): the report is not found — a stated shortfall, not only a line in the log."""
        request = getattr(failure, "request", None)
        if request is None:
            return
        title = request.cb_kwargs.get("title") or request.url
        self.logger.warning("report file %s (%r) did not answer: %s", request.url, title, failure.getErrorMessage())
        site = request.meta.get("site")
        coverage = self.coverage_of(site if isinstance(site, Site) else self.sites[0])
        coverage.entries_untaken.setdefault(request.url, f"{title!r}: its file did not answer ({_why(failure)})")

    def parse_attachment(self, response: Response, title: str, page_url: str | None) -> Iterator[Any]:
        if isinstance(response, TextResponse) and b"<html" in response.body[:2048].lower():
            # A download endpoint answering with an HTML error page (VSB without Referer, …).
            self.logger.warning("attachment %s answered with an HTML page, not a file", response.url)
            if self.crawler.stats:
                self.crawler.stats.inc_value("govcrawl/attachment_error_pages")
            return
        yield self.item(response, title, page_url)

    # -- helpers ---------------------------------------------------------------------------
    def content(self, response: TextResponse) -> Any:
        for css in CONTENT_SELECTORS:
            found = response.css(css)
            if found:
                return found[0]
        return response

    def attachment_scope(self, response: TextResponse) -> Any:
        """Where a page lists its attachments: the article body, unless a family knows better."""
        return self.content(response)

    def attachment_links(self, response: TextResponse) -> Iterator[tuple[str, str]]:
        """Files the article links: in its body (or the family's attachment block); failing that,
        anywhere on the page — a sibling block after the editor div (``div.fj``, 附件：…) — and
        links written by a script (``var fj = '<a href=…pdf>'``)."""
        found = list(self._attachments_in(response, self.attachment_scope(response)))
        if not found:
            found = [(url, "") for url in embedded_files(response)]
        if not found:
            found = list(self._attachments_in(response, response))
            seen = {url for url, _ in found}
            for script in response.xpath("//script/text()").getall():
                for href in script_files(script):
                    url = response.urljoin(href)
                    if url not in seen and url.startswith(("http://", "https://")):
                        seen.add(url)
                        found.append((url, ""))
        yield from found

    def _attachments_in(self, response: TextResponse, scope: Any) -> Iterator[tuple[str, str]]:
        seen: set[str] = set()
        for link in scope.css("a[href], a[onclick]"):
            # Its href, else the address its script opens (``onclick="window.open('…downfile.jsp?…')"``).
            href = link_href(link)
            name = " ".join(link.css("::text").getall()).strip()
            if href is None or not (is_attachment_url(href) or is_attachment_url(name)):
                continue
            url = response.urljoin(href)
            if url not in seen and url.startswith(("http://", "https://")):
                seen.add(url)
                yield url, name

    def has_report_tables(self, response: TextResponse) -> bool:
        text = response.text
        if not any(cue in text for cue in _TABLE_CUES):
            return False
        # Lower-casing a whole page costs more than the rest of this check: only for odd markup.
        return "<table" in text or "<TABLE" in text or "<table" in text.lower()

    def unlist(self, response: Response, title: str) -> None:
        """Take back the year a list entry's title promised, once its page says it is no report."""
        year = report_year(title)
        if year is not None:
            agency = str(self.site_of(response).agency_record(self.agency_in_title(title))["name"])
            self.coverage(response).years_listed.get(agency, set()).discard(year)

    def relist(self, response: Response, title: str, listed: str | None, agency: str) -> None:
        """The year a list entry promised under one name (abbreviated, or none: the portal's), moved to
        the name the document gives."""
        year = report_year(title)
        if year is None:
            return
        site = self.site_of(response)
        years = self.coverage(response).years_listed
        years.get(str(site.agency_record(listed)["name"]), set()).discard(year)
        years.setdefault(str(site.agency_record(agency)["name"]), set()).add(year)

    def declares_other_document(self, response: TextResponse) -> bool:
        """The page's own title (``ArticleTitle``, else its heading) names another document."""
        declared = response.xpath('//meta[@name="ArticleTitle"]/@content').get() \
            or " ".join(response.css("h1 ::text").getall()) or " ".join(response.css("h2 ::text").getall()[:5])
        return bool(declared) and is_other_document_title(declared)

    def is_soft_404(self, response: TextResponse) -> bool:
        if len(response.body) > 20_000:
            return False
        text = response.text
        return any(marker in text for marker in _SOFT_404) and "年度报告" not in text

    def item(self, response: Response, title: str, page_url: str | None = None) -> ReportItem:
        content_type = response.headers.get("Content-Type")
        site = self.site_of(response)
        return ReportItem(
            site_id=site.id,
            url=response.url,
            title=title,
            agency=site.agency_record(self.report_agency(response, title, page_url)),
            owner=site.agency_record(),
            body=response.body,
            media_type=content_type.decode("latin-1") if content_type else None,
            page_url=page_url,
            fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            attachments=formats.alternate_sources(response.meta.get("alternate_formats") or []),
            url_key=response.meta.get("url_key"),
        )

    def report_agency(self, response: Response, title: str, page_url: str | None) -> str | None:
        """The agency that published a report: its list title, else what the page says (``page_agency``;
        for a file, what the page that links it says), else the publisher its list row names (a list
        API's ``publisher``), else — on a host of the portal that is not the portal's own (a bureau
        sub-host) — that host, so two agencies never merge into one record.  A name given short or bare
        is written out as the page or its list declares it (``written_in_full``).  A year the list
        promised under one name and found under another moves with it (coverage)."""
        publisher = response.meta.get("entry_publisher")
        listed = self.agency_in_title(title)
        found = listed
        if found is None and isinstance(response, TextResponse):
            found = self.page_agency(response, page_url)
        if found is None:
            found = response.meta.get("stub_agency") or publisher
        if found is not None:
            found = self.written_in_full(response, found, publisher)
        if found is None:
            site = self.site_of(response)
            host = urlsplit(page_url or response.url).hostname or ""
            if host and host not in site.hosts:
                found = host
        if found != (listed or publisher) and found is not None:
            self.relist(response, title, listed or publisher, found)
        return found

    def written_in_full(self, response: Response, name: str, publisher: str | None) -> str:
        """A short name (县卫健委, 茗城县住建局, 椑州经开区) or a bare one (榧南分局, 嶂东镇) as a source
        the crawl holds writes it out: the page's ContentSource, its 发布机构 cell — for a file, those
        of the page that links it — else the list row's publisher (``metadata.written_out``)."""
        sources = owner.declared_names(response.selector) if isinstance(response, TextResponse) else []
        sources += [*(response.meta.get("page_names") or ()), *([publisher] if publisher else [])]
        for source in sources:
            written = written_out(name, source)
            if written and written != name:
                return written
        return name

    def page_agency(self, response: TextResponse, page_url: str | None) -> str | None:
        """The agency a report page names: its own title (``ArticleTitle`` meta, ``<h1>``, ``<title>``,
        a heading of the article), its publisher (发布机构, ContentSource), else a unit its breadcrumb
        walks through or — off the portal's own hosts — its footer's 主办单位, when that is another agency
        than the portal's (``owner``)."""
        site = self.site_of(response)
        for declared in (response.xpath('//meta[@name="ArticleTitle"]/@content').get(),
                         " ".join(response.css("h1 ::text").getall()),
                         owner.report_part(response.css("title::text").get()),
                         *owner.heading_titles(response.selector)):
            if declared and is_report_title(declared):
                found = self.agency_in_title(declared)
                if found:
                    return found
        found = owner.declared_publisher(response.selector, site.agency)
        if found is None:
            found = owner.breadcrumb_unit(response.selector)
        host = urlsplit(page_url or response.url).hostname or ""
        if found is None and host and host not in site.hosts:
            found = owner.footer_sponsor(response.selector)
        if found is None or owner.is_government_office(found) or site.agency_record(found)["id"] == site.id:
            return None
        return found

    def agency_in_title(self, title: str) -> str | None:
        from govcrawl.report.metadata import agency_from_title

        found = agency_from_title(title)
        # "苕原县政府信息公开", "…门户网站": a site's name left over from a page title, not an agency.
        return None if found and owner.is_site_name(found) else found


# A Twisted failure in an error's text: "[<twisted.python.failure.Failure twisted.internet.error.ConnectionDone: …>]".
_WRAPPED_FAILURE = re.compile(r"Failure (?:[\w]+\.)*(\w+): ([^>\]]*)")


def _why(failure: Any) -> str:
    """A failed fetch's reason in one line: an HTTP status, else the error under Twisted's wrapping
    ("ConnectionDone: Connection was closed cleanly.")."""
    value = failure.value
    response = getattr(value, "response", None)
    if response is not None and getattr(response, "status", None):
        return f"HTTP {response.status}"
    args = getattr(value, "args", ())
    reasons = getattr(value, "reasons", None) or (args[0] if args and isinstance(args[0], list) else None)
    if reasons:
        value = getattr(reasons[0], "value", value)
    text = " ".join(str(value).split())
    wrapped = _WRAPPED_FAILURE.search(text)
    if wrapped:
        return f"{wrapped[1]}: {wrapped[2].strip()}"[:200]
    return f"{type(value).__name__}: {text}"[:200] if text else type(value).__name__
