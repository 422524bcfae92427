"""Issue 12, a class of held-out round 19's bureau portal — on names unlike the batch portal's: a
report published by a branch of the portal's own bureau (a 税务局's 税务分局, a 自然资源局's 自然资源所, a
市场监管局's 分局 or 所) whose title or opening names it under the bureau without the place
("自然资源和规划局城关自然资源所…", by its level only "区税务局第二税务分局…", or short "市场监管局东关所…")
is that bureau's branch, written under the bureau's full name (榧城市自然资源和规划局城关自然资源所) — a
record of its own, never the bureau's and never a bare "自然资源和规划局城关自然资源所".  Left alone: a
name written in full, another place's bureau, another department's unit, the bureau itself.
"""

from __future__ import annotations

from typing import Any

from govcrawl.crawl.parsejob import complete
from govcrawl.crawl.registry import Site
from govcrawl.report.agencyname import own_unit
from govcrawl.report.parse import empty_record, with_source

LAND = Site(id="feicheng-zrzyj", agency="榧城市自然资源和规划局", cms="hanweb", region="测试省榧城市",
            start_urls=("http://zrzyj.feicheng.gov.test/col/col1203/",))
TAX = Site(id="zhuyang-fh-sw", agency="国家税务总局渚阳市芙湖区税务局", cms="trs_classic",
           region="测试省渚阳市芙湖区", start_urls=("http://fuhu.zhuyang.gov.test/sw/ndbg/",))
MARKET = Site(id="qiaoxi-scjg", agency="峤西县市场监督管理局", cms="auto", region="测试省峤西县",
              start_urls=("http://scjg.qiaoxi.gov.test/xxgk/nb/",))


def test_a_branch_named_under_the_bureau_without_its_place_is_the_bureaus_branch() -> None:
    record = LAND.agency_record("自然资源和规划局城关自然资源所")
    assert record["name"] == "榧城市自然资源和规划局城关自然资源所"
    assert record["id"] == "feicheng-zrzyj/榧城市自然资源和规划局城关自然资源所"  # not the bureau's record
    # By the place's level only, and with the department written short.
    assert TAX.agency_record("区税务局第二税务分局")["name"] == "国家税务总局渚阳市芙湖区税务局第二税务分局"
    assert MARKET.agency_record("县市场监管局东关市场监管所")["name"] == "峤西县市场监督管理局东关市场监管所"
    assert MARKET.agency_record("市场监督管理局经济开发区分局")["name"] == "峤西县市场监督管理局经济开发区分局"


def test_a_branch_the_document_names_without_its_place_is_written_out_for_the_portal() -> None:
    # The list titled the report "城关自然资源所2024年…"; the document's opening wraps its compiler after
    # the place ("…要求，榧城市" / "自然资源和规划局城关自然资源所编制了本报告"), so the name read lacks the place.
    parsed = empty_record([])
    parsed["agency"]["name"] = "自然资源和规划局城关自然资源所"
    given: dict[str, Any] = LAND.agency_record("城关自然资源所")
    record = complete(with_source(parsed, b"%PDF-1.7", "application/pdf", agency=given), page_url=None,
                      listed_year=2024, owner=LAND.agency_record())
    assert record["agency"]["name"] == "榧城市自然资源和规划局城关自然资源所"
    assert record["agency"]["id"] == "feicheng-zrzyj/榧城市自然资源和规划局城关自然资源所"


def test_full_names_other_places_and_other_departments_are_left_alone() -> None:
    full = "榧城市自然资源和规划局城关自然资源所"
    assert LAND.agency_record(full)["name"] == full
    assert own_unit(full, LAND.agency) is None
    # Another city's bureau, and a county of this city, are not this bureau's branches.
    assert own_unit("棠州市自然资源和规划局城南自然资源所", LAND.agency) is None
    assert own_unit("县市场监管局东关所", "榧城市市场监督管理局") is None
    # Another department's unit (a 派出所 publishes no report of its own), the bureau itself, its office.
    assert own_unit("公安局城关派出所", MARKET.agency) is None
    assert own_unit("市场监督管理局", MARKET.agency) is None
    assert own_unit("市场监督管理局办公室", MARKET.agency) is None
    assert MARKET.agency_record("市场监督管理局")["id"] != "qiaoxi-scjg/峤西县市场监督管理局市场监督管理局"
    # A government's portal: whose branch a 分局 is, the place does not say.
    assert own_unit("公安局城关分局", "峤西县人民政府") is None
    # A branch's own portal names itself without the place: it is that portal's agency, not a branch of it.
    assert own_unit("市场监督管理局东关分局", "峤西县市场监督管理局东关分局") is None
