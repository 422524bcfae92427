"""The site registry: portals as data (YAML), one entry per portal.

A registry file::

    province: 示例省            # the province the entries belong to (``crawl --province``)
    fixture: true              # served by govcrawl's own fixture server (tests, demo)
    sites:
      - id: qingshan-gov        # spider name; also the agency id of the portal's owner
        agency: 青山县人民政府
        region: 示例省青山县
        region_code: "990101"
        cms: trs_classic        # a base spider family (govcrawl/bases); omitted or ``auto``: detected
        start_urls: [http://www.qingshan.gov.test/zwgk/zfxxgk/zfxxgknb/index.html]
        options: {}             # family-specific overrides

Users add portals with their own file: ``govcrawl crawl --sites my-portals.yaml``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from govcrawl.errors import UserError
from govcrawl.report.agencyname import ZONE_WORDS, bare_part, own_unit, same_agency, zone_department
from govcrawl.report.metadata import LEVEL
from govcrawl.report.normalize import HAN

SITES_DIR = Path(__file__).resolve().parents[1] / "sites"
_ID = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")


@dataclass(frozen=True)
class Site:
    id: str
    agency: str
    cms: str
    start_urls: tuple[str, ...]
    province: str = ""
    region: str | None = None
    region_code: str | None = None
    allowed_domains: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    fixture: bool = False

    @property
    def hosts(self) -> tuple[str, ...]:
        return tuple(sorted({urlsplit(u).hostname or "" for u in self.start_urls} - {""}))

    def agency_record(self, name: str | None = None) -> dict[str, Any]:
        """The record's ``agency`` for a report of this portal (its owner unless ``name`` differs)."""
        if name is not None:
            # A department of the zone the portal is (经开区社会事务局 on 郯源经开区's): under its name.
            name = zone_department(name, self.agency) or name
            # A branch of the portal's own bureau named without the place (市场监管局城东分局): under the
            # bureau's full name, a record of its own.
            name = own_unit(name, self.agency) or name
        if name is not None and self.region:
            name = completed_name(name, _as_registered(self.region, self.agency))
        # The portal's own agency also when a title names it short (椑州经开区 for 椑州经济技术开发区管理
        # 委员会) or by its last part alone (嶂东镇 for 嶂湾区嶂东镇人民政府, 教育局 for 青山县教育局).
        own = name is None or same_agency(name, self.agency) or bare_part(name, self.agency)
        return {
            "id": self.id if own else f"{self.id}/{name}",
            "name": self.agency if own else name,
            "region": self.region,
            "region_code": self.region_code,
            "portal": self.start_urls[0] if self.start_urls else None,
        }


_GOV_SUFFIX = re.compile(r"(?:^|\.)([a-z0-9\-]+\.gov\.(?:cn|test))$")


def is_government_host(host: str) -> bool:
    """Is ``host`` under a government domain (``*.gov.cn``; the fixtures' ``*.gov.test``)?"""
    return bool(_GOV_SUFFIX.search(host.lower().rstrip(".")))


def government_domain(host: str) -> str:
    """The portal's own government domain: every host under it belongs to the portal
    (``www.qingshan.gov.cn`` and ``xxgk.qingshan.gov.cn`` → ``qingshan.gov.cn``).  Other hosts
    keep their name (without ``www.``)."""
    host = host.lower().rstrip(".")
    match = _GOV_SUFFIX.search(host)
    if match:
        return match[1]
    return host[4:] if host.startswith("www.") and host.count(".") >= 2 else host


_OWN_TOWNSHIP = re.compile(r"(?<=[县区市旗])[" + HAN + r"]{1,8}?(?:镇|乡|街道)$")
# A place named alone (芙蓉区, 秦川县) — not a development zone, which no region holds as a district.
_BARE_PLACE = re.compile(r"^(?!.*(?:" + ZONE_WORDS + r")$)[" + HAN + r"]{1,8}(?:区|县|市|旗)$")
_PROVINCE = re.compile(r"^[" + HAN + r"]{2,8}?(?:省|自治区)(?=[" + HAN + r"])")


def completed_name(name: str, region: str) -> str:
    """An abbreviated district (a title that says only 某某区, or 某某区人民政府) completed from the
    region: 芙蓉区 in 湖南省长沙市 → 长沙市芙蓉区人民政府.  A district's official name carries its
    city; a county's (秦川县人民政府) does not, so counties are left as they are, as is any other name."""
    suffix = ""
    for tail in ("人民政府办公室", "人民政府"):
        if name.endswith(tail) and _BARE_PLACE.match(name[: -len(tail)]):
            name, suffix = name[: -len(tail)], tail
            break
    # A town's own portal (region 嶂湾区嶂东镇): names are placed in the town's county or district.
    within = _OWN_TOWNSHIP.sub("", _PROVINCE.sub("", region))
    name = _level_department(name, within)
    township = _township(name, within)
    if township:
        return township
    if not _BARE_PLACE.match(name) or re.search("[省市州盟]", name[:-1]):
        return _district_department(name, within) + suffix
    if within.endswith(name):
        return f"{within}{suffix or '人民政府'}"
    if not name.endswith("区") or not within or within.endswith(("省", "自治区")):
        return name + suffix  # a county, or a province-level region that cannot say which city
    return f"{within}{name}{suffix or '人民政府'}"


# A department named by its level only, as its own site titles it ("市统计局…", "县教育局…", "区卫健局…").
_LEVEL_DEPARTMENT = re.compile(LEVEL.pattern + r"[" + HAN + r"]{1,20}"
                               r"(?:局|委员会|委|办公室|办|院|中心|厅|所|队|馆|处|部|会|站|政府)$")
_REGION_LEVEL = re.compile(r".+?(?:自治州|自治县|自治旗|市|县|区|旗|盟)")


def _level_department(name: str, within: str) -> str:
    """A department titled by its level only (市统计局 on 渚阳市's site) completed from the region's
    place of that level (渚阳市统计局); a name that cannot be placed is left as it is."""
    match = _LEVEL_DEPARTMENT.match(name)
    if match is None:
        return name
    end = 0
    for place in _REGION_LEVEL.finditer(within):
        if place[0].endswith(match[1]):
            end = place.end()
    return within[:end] + name[1:] if end else name  # the place ends with the level name begins with


_TOWNSHIP = re.compile(r"^[" + HAN + r"]{1,8}?(镇|乡|街道)(人民政府|办事处)?$")


def _township(name: str, within: str) -> str | None:
    """A township named alone (城关镇, 河口乡, 东城街道) within a county or district region: its
    government under that place (蕲阳县城关镇人民政府, 南浦区东城街道办事处)."""
    match = _TOWNSHIP.match(name)
    if match is None or not within.endswith(("县", "区", "市", "旗")) or re.search("[省市州盟县区旗]", name):
        return None
    base = name[: match.end(1)]
    return f"{within}{base}{match[2] or ('办事处' if match[1] == '街道' else '人民政府')}"


def _as_registered(region: str, agency: str) -> str:
    """The region as the portal's own registered name writes its places: a district registered
    without its city (玲江区人民政府 in 璋城市玲江区) names its units without it too (玲江区司法局),
    so names are completed only from the place that name begins with."""
    within = _PROVINCE.sub("", region)
    for place in _REGION_LEVEL.finditer(within):
        if agency.startswith(place[0]):
            return within[place.start():]
    return region


def _district_department(name: str, within: str) -> str:
    """A department of a district named without its city (芗湖区教育局 in 泷阳市芗湖区 →
    泷阳市芗湖区教育局): the district's official name carries its city, so do its departments'."""
    district = re.search(r"[^省市州盟县区]+区$", within)
    if district is None or not name.startswith(district[0]) or name == district[0]:
        return name
    city = within[: district.start()]
    return city + name if city.endswith(("市", "州", "盟")) else name


_SITE_KEYS = ("id", "agency", "cms", "start_urls", "province", "region", "region_code", "allowed_domains",
              "options")
_FILE_KEYS = ("province", "fixture", "sites")


def _unknown_keys(keys: Any, known: tuple[str, ...], where: str) -> None:
    """UserError naming the first unknown key and the known key it most likely meant."""
    import difflib

    for key in keys:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.5)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known: {', '.join(known)})"
            raise UserError(f"{where}: unknown key {key!r}{hint}")


@functools.cache
def _families() -> tuple[str, ...]:
    from govcrawl.bases import families

    return tuple(sorted(families()))


def _check_family(cms: str, where: str) -> None:
    known = _families()
    if cms not in known:
        raise UserError(f"{where}: unknown cms {cms!r}; the families are: {', '.join(known)}")


def _site(entry: dict[str, Any], province: str, fixture: bool, source: str) -> Site:
    if not isinstance(entry, dict):
        raise UserError(f"{source}: every entry of 'sites' must be a mapping, not {entry!r}")
    _unknown_keys(entry, _SITE_KEYS, f"{source}: site {entry.get('id', '?')}")
    missing = [k for k in ("id", "agency", "start_urls") if not entry.get(k)]
    if missing:
        raise UserError(f"{source}: site {entry.get('id', '?')} lacks {', '.join(missing)}")
    if not _ID.match(str(entry["id"])):
        raise UserError(f"{source}: site id {entry['id']!r} must be lower-case letters, digits, - or _")
    _check_family(str(entry.get("cms") or "auto"), f"{source}: site {entry['id']}")
    urls = entry["start_urls"]
    urls = (urls,) if isinstance(urls, str) else tuple(urls)
    for url in urls:
        if urlsplit(url).scheme not in ("http", "https"):
            raise UserError(f"{source}: site {entry['id']}: start URL {url!r} is not http(s)")
    hosts = {urlsplit(u).hostname or "" for u in urls}
    allowed = tuple(entry.get("allowed_domains") or sorted({government_domain(h) for h in hosts}))
    return Site(
        id=str(entry["id"]), agency=str(entry["agency"]), cms=str(entry.get("cms") or "auto"), start_urls=urls,
        province=str(entry.get("province") or province), region=entry.get("region"),
        region_code=str(entry["region_code"]) if entry.get("region_code") is not None else None,
        allowed_domains=allowed, options=dict(entry.get("options") or {}), fixture=fixture,
    )


def _yaml_problem(exc: yaml.YAMLError) -> str:
    """One line for the user: where and what, and the usual cause when a ``[ … ]`` list breaks."""
    mark = getattr(exc, "problem_mark", None)
    where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    hint = ("; a URL inside [ ] that holds ? # or , must be quoted"
            if "flow" in str(getattr(exc, "context", "")) else "")
    return f"{where}{problem}{hint}"


def load_sites(path: Path) -> list[Site]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise UserError(f"{path} is not valid YAML: {_yaml_problem(exc)}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("sites"), list):
        raise UserError(f"{path}: expected a mapping with a 'sites' list")
    _unknown_keys(data, _FILE_KEYS, str(path))
    province = str(data.get("province") or "")
    fixture = bool(data.get("fixture"))
    sites = [_site(e, province, fixture, str(path)) for e in data["sites"]]
    ids = [s.id for s in sites]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise UserError(f"{path}: duplicate site ids {', '.join(dupes)}")
    return sites


def registered_sites() -> list[Site]:
    """Every site of the bundled registry files (govcrawl/sites/*.yaml)."""
    sites: list[Site] = []
    for path in sorted(SITES_DIR.glob("*.yaml")):
        sites += load_sites(path)
    return sites
