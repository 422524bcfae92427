"""``govcrawl sites [TEXT]``: list the registered portals, filtered by province, region, family or text.

``--region`` is a prefix of the region name or of the region code (湖南省, 4303), as for
``export``; ``--family`` a prefix of the CMS family (``trs`` matches trs_classic and trs_haiyun);
TEXT is looked for, case-insensitively, in the id, agency, region, code, family and start URLs.
Exit status 1 when nothing matches, so scripts can test for a portal.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from govcrawl.crawl.registry import Site, load_sites, registered_sites
from govcrawl.errors import ExitCode
from govcrawl.textui import dumps, table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("sites", help="list and filter the registered portals")
    parser.add_argument("text", nargs="?", help="text to look for in id, agency, region, family, URLs")
    parser.add_argument("--province", help="exactly this province (示例省)")
    parser.add_argument("--region", help="region name or region code prefix (湖南省湘潭市, 4303)")
    parser.add_argument("--family", help="CMS family, or its prefix (trs_classic, trs, hanweb…)")
    parser.add_argument("--sites", type=Path, action="append", default=[],
                        help="a registry YAML of your own portals (may repeat); used instead of the bundled ones")
    parser.add_argument("--json", action="store_true", help="print the portals as JSON")
    parser.set_defaults(func=run)


def matches(site: Site, args: argparse.Namespace) -> bool:
    if args.province and site.province != args.province:
        return False
    if args.region and not ((site.region or "").startswith(args.region)
                            or (site.region_code or "").startswith(args.region)):
        return False
    if args.family and not site.cms.lower().startswith(args.family.lower()):
        return False
    if args.text:
        needle = args.text.casefold()
        haystack = (site.id, site.agency, site.region or "", site.region_code or "", site.cms, *site.start_urls)
        return any(needle in field.casefold() for field in haystack)
    return True


def as_json(site: Site) -> dict[str, object]:
    return {"id": site.id, "agency": site.agency, "province": site.province, "region": site.region,
            "region_code": site.region_code, "cms": site.cms, "start_urls": list(site.start_urls),
            "allowed_domains": list(site.allowed_domains), "fixture": site.fixture}


def run(args: argparse.Namespace) -> int:
    every: list[Site] = []
    for path in args.sites:
        every += load_sites(path)
    if not args.sites:
        every = registered_sites()
    chosen = [s for s in every if matches(s, args)]
    if args.json:
        print(dumps([as_json(s) for s in chosen]))
    elif chosen:
        rows = [(s.id, s.agency, s.region or "", s.region_code or "", s.cms, s.start_urls[0]) for s in chosen]
        print(table(("id", "agency", "region", "code", "family", "start URL"), rows))
        print(f"\n{len(chosen)} of {len(every)} portals")
    if not chosen:
        print(f"no portal matches (of {len(every)} registered)", file=sys.stderr)
        return ExitCode.FAILED
    return ExitCode.OK
