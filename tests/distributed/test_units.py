"""Units of work, host leases and the broker errors of the commands (fast; real Redis)."""

from __future__ import annotations

import subprocess
import sys
import time

import redis

from govcrawl.crawl.registry import Site, registered_sites
from govcrawl.distributed.leases import HostLeases
from govcrawl.distributed.units import host_keys, split_units
from govcrawl.province.fixture import PROVINCE
from govcrawl.testing.postgres import free_port
from tests.conftest import ROOT


def site(site_id: str, *urls: str, allowed: tuple[str, ...] = ()) -> Site:
    return Site(id=site_id, agency=site_id, cms="trs_classic", start_urls=urls, allowed_domains=allowed)


def test_every_host_has_one_unit_and_the_hub_leaves_other_hosts_to_their_owners() -> None:
    sites = [s for s in registered_sites() if s.province == PROVINCE]
    units = split_units(sites)
    assert sorted(i for u in units for i in u.site_ids) == sorted(s.id for s in sites)
    owner: dict[str, str] = {}
    for unit in units:
        for key in unit.keys:
            assert key not in owner, f"{key} in {owner.get(key)} and {unit.id}"
            owner[key] = unit.id
    waf = next(u for u in units if "wafportal-rs" in u.site_ids)
    assert set(waf.site_ids) == {"wafportal-rs", "wafportal-jsl", "wafportal-wzws"}   # one host
    hub = next(u for u in units if "province-nb" in u.site_ids)
    assert hub.site_ids == ("province-nb",) and hub.keys == ("www.province.gov.test",)
    others = {k for u in units if u is not hub for k in u.keys}
    assert set(hub.deny) == others          # every other portal's host is its owner's
    assert not {k for u in units if u is not hub for k in u.deny}


def test_a_domain_covering_another_portals_host_makes_one_unit() -> None:
    a = site("a", "http://www.a.gov.test/", allowed=("a.gov.test",))
    b = site("b", "http://sub.a.gov.test/")
    c = site("c", "http://www.c.gov.test/")
    units = split_units([a, b, c])
    assert sorted(u.site_ids for u in units) == [("a", "b"), ("c",)]
    assert host_keys(a) == {"www.a.gov.test", "a.gov.test"}
    # the hub dispatched alone still knows the other portals' hosts
    hub = Site(id="hub", agency="hub", cms="hub", start_urls=("http://www.p.gov.test/",), allowed_domains=("gov.test",))
    (unit,) = split_units([hub], known=[hub, a, b, c])
    assert set(unit.deny) == {"www.a.gov.test", "a.gov.test", "sub.a.gov.test", "www.c.gov.test"}


def test_leases_all_or_nothing_renewed_expire_released(broker: str) -> None:
    client = redis.Redis.from_url(broker)
    first = HostLeases(client, ["h1", "h2"], "worker-1", ttl=0.6)
    second = HostLeases(client, ["h2", "h3"], "worker-2", ttl=0.6)
    assert first.acquire() is None
    assert second.acquire() == "worker-1"
    assert client.get("govcrawl:lease:h3") is None          # nothing taken when one host is busy
    for _ in range(3):                                      # renewed: outlives its TTL
        time.sleep(0.3)
        assert first.renew()
    assert second.acquire() == "worker-1"
    first.release()
    assert second.acquire() is None
    assert not first.renew()                                # lost: the holder must stop
    time.sleep(0.8)                                         # not renewed: expired
    assert client.get("govcrawl:lease:h2") is None
    assert first.acquire() is None


def govcrawl(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "govcrawl", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, env=env)


def test_unreachable_broker_is_one_line_not_a_traceback() -> None:
    dead = f"redis://127.0.0.1:{free_port()}/0"
    for args in (["dispatch", "--province", PROVINCE, "--broker", dead, "--db", "sqlite:////nonexistent/x.db"],
                 ["worker", "--broker", dead], ["dispatch", "--watch", "x", "--broker", dead]):
        result = govcrawl(*args)
        assert result.returncode == 2, result
        assert "Traceback" not in result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("govcrawl: cannot reach the broker at"), result.stderr


def test_crawl_site_option_selects_exactly_those_portals() -> None:
    result = govcrawl("crawl", "--site", "no-such-portal", "--site", "qingshan-gov")
    assert result.returncode == 2 and "no-such-portal" in result.stderr


def test_batches_keep_host_groups_whole() -> None:
    from govcrawl.distributed.units import batch_units

    units = split_units([s for s in registered_sites() if s.province == PROVINCE])
    batches = batch_units(units, 4)
    assert sorted(i for b in batches for i in b.site_ids) == sorted(i for u in units for i in u.site_ids)
    waf = next(b for b in batches if "wafportal-rs" in b.site_ids)
    assert {"wafportal-jsl", "wafportal-wzws"} <= set(waf.site_ids)
    assert all(len(b.site_ids) <= 4 for b in batches)
    hub = next(b for b in batches if "province-nb" in b.site_ids)
    assert not set(hub.deny) & set(hub.keys)      # a batch never denies its own hosts


def test_unreachable_store_is_one_line_and_nothing_is_queued(broker: str) -> None:
    db = f"postgresql://postgres@127.0.0.1:{free_port()}/nowhere"
    result = govcrawl("dispatch", "--province", PROVINCE, "--broker", broker, "--db", db)
    assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip().startswith("govcrawl: cannot open the store"), result.stderr
    assert not redis.Redis.from_url(broker).keys("govcrawl*")
