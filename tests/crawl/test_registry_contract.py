"""Registry-wide contract (querido-diario's test_spider_compatibility): every registered portal
loads as a spider of a known family, points at what the fixture province serves, and its family
has tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings

from govcrawl.bases import families
from govcrawl.crawl.registry import load_sites, registered_sites
from govcrawl.errors import UserError
from govcrawl.province.fixture import build_province
from tests.conftest import ROOT

SITES = registered_sites()


def test_registry_is_not_empty_and_ids_unique() -> None:
    assert SITES
    ids = [s.id for s in SITES]
    assert len(ids) == len(set(ids))


def test_every_site_is_a_loadable_spider() -> None:
    loader = SpiderLoader.from_settings(get_project_settings())
    names = set(loader.list())
    for site in SITES:
        assert site.id in names
        cls = loader.load(site.id)
        assert cls.site == site
        assert "custom_settings" not in vars(cls) and "start_requests" not in vars(cls)


@pytest.mark.parametrize("site", SITES, ids=[s.id for s in SITES])
def test_site_contract(site) -> None:  # type: ignore[no-untyped-def]
    assert site.cms in families(), f"{site.id}: unknown family {site.cms}"
    assert all(u.startswith(("http://", "https://")) for u in site.start_urls)
    assert site.agency and site.province
    for host in site.hosts:
        assert any(host == d or host.endswith("." + d) for d in site.allowed_domains), host
    tests = list((ROOT / "tests" / "crawl").glob("test_*.py"))
    assert any(site.cms in t.read_text(encoding="utf-8") for t in tests), f"no test exercises family {site.cms}"


def test_fixture_sites_point_at_served_hosts() -> None:
    served = set(build_province().hosts)
    for site in SITES:
        if site.fixture:
            assert set(site.hosts) <= served, site.id


def test_bad_registry_files_are_clear_errors(tmp_path: Path) -> None:
    cases = {
        "no_sites.yaml": "province: x\n",
        "bad_id.yaml": "sites:\n  - {id: Bad Id, agency: a, cms: trs_classic, start_urls: [http://a.test/]}\n",
        "missing.yaml": "sites:\n  - {id: ok, cms: trs_classic}\n",
        "scheme.yaml": "sites:\n  - {id: ok, agency: a, cms: trs_classic, start_urls: [ftp://a.test/]}\n",
        "broken.yaml": "sites: [\n",
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with pytest.raises(UserError):
            load_sites(path)


def test_a_url_with_a_query_unquoted_in_a_flow_list_is_one_line_saying_where_and_why(tmp_path: Path) -> None:
    path = tmp_path / "sites.yaml"
    path.write_text("sites:\n  - id: a\n    agency: 某县人民政府\n    cms: gkml_action\n"
                    "    start_urls: [http://www.a.gov.test/xxgk/List.aspx?cid=1021]\n", encoding="utf-8")
    with pytest.raises(UserError) as raised:
        load_sites(path)
    message = str(raised.value)
    assert "\n" not in message and "line 5" in message and "must be quoted" in message


# Families whose pages look alike to a detector and which crawl the same way (one pager recogniser).
_SAME_FAMILY = {"trs_haiyun": "trs_classic"}


def test_auto_detects_every_registered_family_from_its_start_page() -> None:
    """``cms: auto`` on every entry of the bundled and the unseen registry: the family detected on
    the start page is the one registered (hubs and blocked portals aside: no family page)."""
    import urllib.error
    import urllib.request

    from govcrawl.crawl.detect import detect_family
    from govcrawl.province.unseen import build_unseen, registries

    checked = 0
    for province, sites in ((build_province(), SITES),
                            (build_unseen(), [s for path in registries() for s in load_sites(path)])):
        with province.server() as server:
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy}))
            for site in sites:
                if site.cms in ("hub", "auto") or site.options.get("download_timeout"):
                    continue
                try:
                    answer = opener.open(site.start_urls[0].split("#")[0], timeout=30)
                except urllib.error.HTTPError:
                    continue  # a WAF challenge: no family page to read
                body = answer.read()
                if "wzws" in answer.geturl().lower():
                    continue  # redirected to a challenge
                text = body.decode("gb18030" if b"charset=gb" in body[:3000].lower() else "utf-8", "replace")
                detected = detect_family(site.start_urls[0], text)
                assert detected == _SAME_FAMILY.get(site.cms, site.cms), (site.id, site.cms, detected)
                checked += 1
    assert checked >= 12
