"""Province → region → agency navigation and the agency search.

Regions are the agencies' region codes (GB/T 2260, six digits): the province is the first two
digits.  A province's name is the registry's ``province`` for its sites, else the shared start of
its regions' names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from govcrawl.crawl.registry import Site
from govcrawl.store.models import Agency, Report
from govcrawl.store.store import Store

SEARCH_LIMIT = 200


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    agencies: int
    reports: int


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    regions: list[Region]


@dataclass(frozen=True)
class AgencyRow:
    key: str
    name: str
    region: str
    region_code: str
    reports: int
    latest_year: int | None


def _agency_rows(store: Store, *where: object) -> list[AgencyRow]:
    stmt = (
        select(Agency.key, Agency.name, Agency.region, Agency.region_code, func.count(Report.id), func.max(Report.year))
        .outerjoin(Report, Report.agency_id == Agency.id)
        .group_by(Agency.id)
        .order_by(Agency.region_code, Agency.name)
    )
    for clause in where:
        stmt = stmt.where(clause)  # type: ignore[arg-type]
    with store.reading() as conn:
        return [AgencyRow(k, n or k, r or "", c or NO_CODE, int(cnt), y) for k, n, r, c, cnt, y in
                conn.execute(stmt.limit(SEARCH_LIMIT * 50))]


def _shared_start(names: list[str]) -> str:
    """The characters every name starts with (region names are text, not paths)."""
    first = min(names, default="")
    last = max(names, default="")
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def provinces(store: Store, sites: Sequence[Site]) -> list[Province]:
    regions: dict[str, Region] = {}
    for a in _agency_rows(store):
        old = regions.get(a.region_code)
        regions[a.region_code] = Region(a.region_code, (old.name if old else "") or a.region,
                                        (old.agencies if old else 0) + 1, (old.reports if old else 0) + a.reports)
    names = {(s.region_code or "")[:2]: s.province for s in sites if s.province}
    out: dict[str, list[Region]] = {}
    for region in regions.values():
        out.setdefault(region.code[:2], []).append(region)
    return [
        Province(code, names.get(code) or _shared_start([r.name for r in rs]) or code,
                 sorted(rs, key=lambda r: r.code))
        for code, rs in sorted(out.items())
    ]


NO_CODE = "-"  # the region of agencies without a region code


def region_agencies(store: Store, code: str) -> list[AgencyRow]:
    if code == NO_CODE:
        return _agency_rows(store, (Agency.region_code.is_(None)) | (Agency.region_code == ""))
    return _agency_rows(store, Agency.region_code == code)


def search(store: Store, text: str) -> list[AgencyRow]:
    text = text.strip()
    if not text:
        return []
    return _agency_rows(store, Agency.name.contains(text, autoescape=True) | (Agency.key == text))[:SEARCH_LIMIT]
