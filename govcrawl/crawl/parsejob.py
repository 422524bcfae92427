"""What a crawl's parse worker runs for one report: parse it, and prepare it for the store.

Imported in the worker processes, so it imports only the parser and ``govcrawl.store.prepare``
(no Scrapy, no SQLAlchemy).
"""

from __future__ import annotations

from typing import Any

from govcrawl.report import parse_report
from govcrawl.report.agencyname import own_unit, same_agency
from govcrawl.report.parse import unparsed_record
from govcrawl.store.prepare import PreparedRecord, prepare_record


def parse_and_prepare(body: bytes, media_type: str | None, *, page_url: str | None = None,
                      listed_year: int | None = None, owner: dict[str, Any] | None = None,
                      **context: Any) -> tuple[dict[str, Any], PreparedRecord]:
    """``parse_report(body, media_type, **context)`` completed with what the crawl knows — the page
    an attachment was linked from, the year its list entry names (for bytes that do not say, an
    old .doc), the portal's own agency — and the record's ``prepare_record``."""
    record = complete(parse_report(body, media_type, **context), page_url=page_url, listed_year=listed_year,
                      owner=owner)
    return record, prepare_record(record)


def unparsed(flag: str, error: str, body: bytes, media_type: str | None, *, page_url: str | None = None,
             listed_year: int | None = None, owner: dict[str, Any] | None = None, **context: Any) -> dict[str, Any]:
    """The record of a report whose parse was stopped (``parser_timeout``, ``parser_resource_limit``,
    a dead worker) or whose body is incomplete, completed the same way as a parsed one."""
    return complete(unparsed_record(flag, error, body, media_type, **context), page_url=page_url,
                    listed_year=listed_year, owner=owner)


def complete(record: dict[str, Any], *, page_url: str | None, listed_year: int | None,
             owner: dict[str, Any] | None = None) -> dict[str, Any]:
    """The record with what the crawl knows: the page an attachment was linked from, the year its
    list entry names when the bytes do not say, and the portal's own agency (``owner``) when the
    document writes the list's short name out to it (嵋阳市人社局 → 嵋阳市人力资源和社会保障局 on that
    bureau's own site: one agency, not a second one of the same name); a branch of that bureau the
    document names without the place (市场监督管理局城东分局) under the bureau's full name."""
    if page_url:
        record["source"]["page_url"] = page_url
    if record.get("year") is None:
        record["year"] = listed_year
    agency = record.get("agency") or {}
    if owner and str(agency.get("id") or "").startswith(f"{owner['id']}/") \
            and same_agency(str(agency.get("name") or ""), str(owner["name"])):
        record["agency"] = {**agency, "id": owner["id"], "name": owner["name"]}
    elif owner and str(agency.get("id") or "").startswith(f"{owner['id']}/"):
        branch = own_unit(str(agency.get("name") or ""), str(owner["name"]))
        if branch:
            record["agency"] = {**agency, "id": f"{owner['id']}/{branch}", "name": branch}
    return record
