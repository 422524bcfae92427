"""Issue 12, held-out round 9: a report's agency where its title names none or names it short.
Each class tested on writing unlike the batch's portals (other sites of the same kind):

1. a 街道's office (``…街道办事处``) is an agency: a list API row's ``publisher`` or a page's 发布机构
   naming it is the report's agency (it was no "agency ending", so the report of a title that names
   no unit went to the portal's government and overwrote its own).
2. the compiler a report's opening names ("…要求，X编制了本报告") read across a fixed-width page's
   wrapped lines (a PDF's or an OFD's): the line that starts inside the name gave only its tail, so
   a title's short name (县住建局) was never written out.
"""

from __future__ import annotations

from parsel import Selector

from govcrawl.crawl.owner import declared_publisher, publisher_name
from govcrawl.report.metadata import compiler_named, written_out


# -- 1 -----------------------------------------------------------------------------------------------
def test_1_a_street_office_publishes_its_own_report() -> None:
    assert publisher_name("青杉区 东湖街道办事处", "青杉区人民政府") == "青杉区东湖街道办事处"
    page = Selector(text="""<div class="xxgk-info"><table><tr><th>发布机构</th><td>青杉区东湖街道办事处</td>
    <th>文号</th><td></td></tr></table></div><h1>2023年度政府信息公开工作年度报告</h1>""")
    assert declared_publisher(page, "青杉区人民政府") == "青杉区东湖街道办事处"
    # The government's own office still publishes the government's report.
    assert publisher_name("青杉区人民政府办公室", "青杉区人民政府") is None


# -- 2 -----------------------------------------------------------------------------------------------
def test_2_a_compiler_named_across_wrapped_lines_writes_the_title_s_short_name_out() -> None:
    lines = [
        "市交通局2023年政府信息公开工作年度报告",
        "根据《中华人民共和国政府信息公开条例》要求，榆河市交通",
        "运输局编制了本报告。本报告所列数据统计期限为2023年1月",
        "1日至2023年12月31日。",
    ]
    assert compiler_named(lines) == "榆河市交通运输局"
    assert written_out("市交通局", compiler_named(lines)) == "榆河市交通运输局"
    # A heading before the sentence is no wrapped line: the sentence's own name stands.
    assert compiler_named(["一、前言", "榆河市交通运输局编制了本报告，现予公布。"]) == "榆河市交通运输局"
