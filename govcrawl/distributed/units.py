"""Units of work: sets of portals whose hosts nobody else owns.

Per-host politeness lives inside one Scrapy process (docs/crawling.md, "Beyond one machine"), so a
distributed crawl splits the portals by host: every host is owned by exactly one unit, and a unit
is crawled by one ``govcrawl crawl --site …`` process at a time (``leases.py`` makes that hold
across machines).

A portal's *host keys* are the hosts of its start URLs and its specific ``allowed_domains``
(``hycity.gov.test``, ``fgw.hycity.gov.test``: at least two dots, the rule of
``govcrawl.bases.hub.owner_site``).  Portals whose keys are equal, or where one key is a domain
of another, end up in one unit (the three WAF portals on one host are one unit; so would be a
portal whose ``allowed_domains`` covers another portal's host).

Wide domains (``gov.test``, ``gov.cn``: fewer than two dots) are a province hub's way of saying
"I link everywhere"; they are not keys, or the hub would swallow the whole province into one unit.
Instead the hub's unit carries a *deny list*: the keys of every other known portal under its wide
domains.  Its crawl process drops requests to those hosts (``middlewares.py``) — the hub's
cross-host links are left to their owners, whose own crawls reach the same reports (the hub
hands such a report to the owner's spider, so it is the very record the owner stores).  Hosts
that no registered portal owns (the hub's own hosts, a province platform, dead hosts) stay
with the hub.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from govcrawl.crawl.registry import Site


def _norm(domain: str) -> str:
    return domain.strip().lower().lstrip(".")


def is_specific(domain: str) -> bool:
    """``name.gov.cn`` is owned by someone; ``gov.cn`` is a hub's "everywhere"."""
    return _norm(domain).count(".") >= 2


def host_keys(site: Site) -> frozenset[str]:
    return frozenset({_norm(h) for h in site.hosts} | {_norm(d) for d in site.allowed_domains if is_specific(d)})


def wide_domains(site: Site) -> frozenset[str]:
    return frozenset(_norm(d) for d in site.allowed_domains if d and not is_specific(d))


def covers(domain: str, host: str) -> bool:
    return host == domain or host.endswith("." + domain)


def _suffixes(key: str) -> Iterable[str]:
    """``a.b.gov.test`` → itself, ``b.gov.test``, ``gov.test``'s specific ancestors only."""
    parts = key.split(".")
    for i in range(len(parts) - 2):
        yield ".".join(parts[i:])


@dataclass(frozen=True)
class Unit:
    """One unit of work: its portals, the host keys it leases, the hosts its crawl must not fetch."""

    site_ids: tuple[str, ...]
    keys: tuple[str, ...]
    deny: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        """Readable and stable: the first site id, ``+N`` for the others, and a short hash."""
        digest = hashlib.sha1(",".join(self.site_ids).encode()).hexdigest()[:6]
        more = f"+{len(self.site_ids) - 1}" if len(self.site_ids) > 1 else ""
        return f"{self.site_ids[0]}{more}-{digest}"


def split_units(sites: Sequence[Site], known: Sequence[Site] | None = None) -> list[Unit]:
    """Group ``sites`` into host-owned units (largest first).

    ``known`` is every portal the deployment knows of (default: ``sites``); a hub's deny list is
    drawn from it, so dispatching the hub alone (``--agency``) still leaves other portals' hosts
    to their owners.
    """
    parent = list(range(len(sites)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    keys = [host_keys(s) for s in sites]
    owner: dict[str, int] = {}
    for i, ks in enumerate(keys):
        for key in ks:
            if key in owner:
                parent[find(i)] = find(owner[key])
            else:
                owner[key] = i
    for i, ks in enumerate(keys):  # one key a domain of another: one owner
        for key in ks:
            for suffix in _suffixes(key):
                j = owner.get(suffix)
                if j is not None and find(i) != find(j):
                    parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(sites)):
        groups.setdefault(find(i), []).append(i)

    known_keys = [(s.id, host_keys(s)) for s in (known if known is not None else sites)]
    units: list[Unit] = []
    for members in groups.values():
        ids = tuple(sites[i].id for i in members)
        own = frozenset().union(*(keys[i] for i in members))
        wide = frozenset().union(*(wide_domains(sites[i]) for i in members))
        deny: set[str] = set()
        if wide:
            for site_id, ks in known_keys:
                if site_id in ids:
                    continue
                for key in ks:
                    mine = any(covers(o, key) or covers(key, o) for o in own)
                    if not mine and any(covers(w, key) for w in wide):
                        deny.add(key)
        units.append(Unit(site_ids=ids, keys=tuple(sorted(own)), deny=tuple(sorted(deny))))
    units.sort(key=lambda u: (-len(u.site_ids), u.site_ids))
    return units


def batch_units(units: Sequence[Unit], size: int) -> list[Unit]:
    """Pack whole units into units of up to ``size`` portals (a unit bigger than that stays whole).

    One crawl process per unit costs a few seconds to start and stop; with thousands of small
    portals a batch of 20–50 keeps that negligible while still spreading the work over the workers.
    """
    if size <= 1:
        return list(units)
    out: list[Unit] = []
    current: list[Unit] = []
    count = 0

    def flush() -> None:
        if not current:
            return
        keys = frozenset(k for u in current for k in u.keys)
        deny = frozenset(d for u in current for d in u.deny) - keys
        out.append(Unit(site_ids=tuple(i for u in current for i in u.site_ids), keys=tuple(sorted(keys)),
                        deny=tuple(sorted(deny))))
        current.clear()

    for unit in units:
        if current and count + len(unit.site_ids) > size:
            flush()
            count = 0
        current.append(unit)
        count += len(unit.site_ids)
    flush()
    return out
