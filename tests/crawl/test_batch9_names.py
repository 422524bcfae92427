"""Issue 12, a class of held-out round 9: names written with Han characters outside the unified
block — CJK Extension A (㮾, 䢺, 㙟 …; real place names use them, and GB18030 pages carry them) — are
names like any other: a township so named is completed from the region, recognised as a place when a
short name is written out as its source declares it."""

from __future__ import annotations

from govcrawl.crawl.classify import is_unit_name
from govcrawl.crawl.registry import Site, completed_name
from govcrawl.report.metadata import agency_from_title, full_name


def test_a_township_named_with_extension_a_characters_is_completed_from_the_region() -> None:
    assert completed_name("䢺江镇", "测试省桐溪县") == "桐溪县䢺江镇人民政府"
    assert completed_name("㙟口街道", "测试省桐州市芦湾区") == "桐州市芦湾区㙟口街道办事处"
    site = Site(id="tongxi", agency="桐溪县人民政府", cms="auto", start_urls=("http://www.tongxi.gov.test/",),
                region="测试省桐溪县")
    assert site.agency_record("䢺江镇")["name"] == "桐溪县䢺江镇人民政府"


def test_an_extension_a_place_is_a_place_when_a_short_name_is_written_out() -> None:
    assert full_name("㮾阳县住建局", "㮾阳县住房和城乡建设局") == "㮾阳县住房和城乡建设局"
    assert is_unit_name("䢺江镇人民政府")
    assert agency_from_title("䢺江镇2024年政府信息公开工作年度报告") == "䢺江镇"
