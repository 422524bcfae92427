"""Realistic report prose for synthetic reports (agency names, the six sections' paragraphs).

All text is invented from phrase banks in the style of real reports (seeds 000–004).
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from govcrawl.synth.labels import HEADING_5_VARIANT, SECTION_HEADINGS

if TYPE_CHECKING:
    from govcrawl.report.template import TemplateVersion
    from govcrawl.synth.model import Tables

_CITY_A = "青清临安平永宁长新东西南北金银丰兴泰和福寿康德云石白红黄桃柳松梅兰龙凤鹤"
_CITY_B = "山川河江湖阳林溪泉源城原坪州水岭峰谷田桥塘湾沙台冈"
_BUREAUS = (
    "文化旅游广电局",
    "财政局",
    "人力资源和社会保障局",
    "自然资源局",
    "交通运输局",
    "卫生健康委员会",
    "教育局",
    "市场监督管理局",
    "生态环境局",
    "农业农村局",
    "住房和城乡建设局",
    "民政局",
    "司法局",
    "应急管理局",
    "统计局",
    "水利局",
    "商务局",
    "发展和改革局",
    "人民政府办公室",
    "人民政府",
    "医疗保障局",
    "林业局",
    "退役军人事务局",
    "审计局",
    "城市管理局",
)


def random_agency(rng: random.Random) -> tuple[str, str]:
    """(agency name, site name), e.g. ('青山县财政局', '青山县人民政府')."""
    place = rng.choice(_CITY_A) + rng.choice(_CITY_B)
    county = place + rng.choice("县县县区区市旗")
    if rng.random() < 0.25:
        county = rng.choice(_CITY_A) + rng.choice(_CITY_B) + "市" + county
    bureau = rng.choice(_BUREAUS)
    agency = county + bureau
    return agency, county + "人民政府"


def _contact(rng: random.Random) -> str:
    area = rng.choice(["0731", "0379", "0903", "0953", "0571", "0851", "0391", "0746"])
    tel = f"{area}-{rng.randint(2000000, 8999999)}"
    if rng.random() < 0.5:
        return f"联系电话：{tel}；传真：{area}-{rng.randint(2000000, 8999999)}"
    return f"联系电话：{tel}  {rng.randint(2000000, 8999999)}（传真）"


def preamble(rng: random.Random, agency: str, year: int) -> list[str]:
    """The standard opening paragraph (portals.md §2.1), with a chrome-like 联系电话/传真 string."""
    return [
        f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
        f"（国办公开办函〔2021〕30号）要求，{agency}编制了本报告。本报告所列数据统计期限为{year}年1月1日至"
        f"{year}年12月31日。本报告电子版可从{agency}门户网站下载。如对本报告有疑问，请与{agency}办公室联系"
        f"（{_contact(rng)}）。"
    ]


_OPENERS = (
    "{year}年，{we}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，"
    "按照上级关于政务公开工作的部署要求，坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。",
    "{year}年以来，{we}在上级党委、政府的正确领导下，紧紧围绕中心工作和社会公众关切，持续深化政务公开，"
    "加强政策解读和回应关切，政府信息公开工作取得了新的进展。",
)
_SENTENCES = (
    "进一步健全政务公开工作机制，明确分管领导和具体工作人员，形成了主要领导亲自抓、分管领导具体抓、业务科室积极配合的工作格局。",
    "严格落实信息发布“三审”制度，即信息填报责任人初审、科室负责人审核、分管负责人审发，确保发布信息准确、权威。",
    "围绕重点领域信息公开，及时公开财政预决算、重大项目、行政执法、公共服务等信息，切实保障人民群众的知情权、参与权和监督权。",
    "加强政策解读工作，坚持政策文件与解读材料同步组织、同步审签、同步部署，通过图文解读、问答等形式提高解读质量。",
    "及时回应社会关切，对群众反映的热点、难点问题认真研判，依法依规及时作出回应，有效引导社会预期。",
    "规范依申请公开办理流程，严格按照受理、登记、审查、答复、归档的程序办理，确保在法定期限内答复申请人。",
    "加强政府信息公开保密审查，坚持“先审查、后公开”和“一事一审”原则，全年未发生失泄密事件。",
    "持续做好政府信息公开目录和公开指南的更新维护工作，确保目录内容与实际公开信息相一致。",
    "加强政府网站和政务新媒体管理，定期开展内容检查，及时整改错别字、空白栏目、链接失效等问题。",
    "推进基层政务公开标准化规范化建设，梳理完善基层政务公开事项标准目录，提升基层政务公开水平。",
    "充分发挥政务服务大厅、政务公开专区的作用，为群众提供政府信息查阅、咨询和申请服务。",
    "将政务公开工作纳入年度绩效考核内容，定期开展督查通报，推动各项工作任务落到实处。",
    "组织开展政务公开业务培训，邀请专业人员围绕《条例》理解适用、依申请公开答复规范等内容进行授课。",
    "加强政府信息管理，对现行有效的规范性文件进行全面清理，及时公布清理结果并动态更新。",
    "通过门户网站、微信公众号、政务微博、公开栏等渠道，多形式、多角度发布政务信息。",
    "畅通政民互动渠道，认真办理群众来信、热线工单和网上留言，做到件件有回音、事事有着落。",
    "围绕优化营商环境，及时公开涉企政策、办事指南和惠企措施，方便企业和群众查询办理。",
    "做好人大代表建议和政协委员提案办理结果公开工作，主动接受社会监督。",
    "加强政府信息公开工作的社会评议，通过问卷调查、座谈等形式听取意见建议，不断改进工作。",
    "建立健全信息公开工作台账，对主动公开和依申请公开信息实行分类登记管理。",
)
_OV_SUBHEADS = (
    ("（一）主动公开情况", "（一）主动公开政府信息情况"),
    ("（二）依申请公开情况", "（二）依申请公开政府信息情况"),
    ("（三）政府信息管理情况", "（三）政府信息管理"),
    ("（四）政府信息公开平台建设情况", "（四）平台建设情况"),
    ("（五）监督保障情况", "（五）监督保障"),
)
_PROBLEMS = (
    "政务公开的深度和广度还需进一步拓展，部分信息更新不够及时。",
    "政策解读形式还不够丰富，解读的针对性和可读性有待提高。",
    "工作人员业务水平参差不齐，对《条例》的理解和运用还需加强。",
    "依申请公开办理的规范化水平仍需提升，答复文书格式有待统一。",
    "基层政务公开标准化规范化建设还存在薄弱环节。",
)
_IMPROVE = (
    "一是加大主动公开力度，围绕群众关心关注的重点领域，进一步细化公开内容，提高信息发布的时效性。",
    "二是提升政策解读质量，综合运用图表图解、音频视频、新闻发布会等多种形式开展解读。",
    "三是加强业务培训，定期组织政务公开工作人员学习，不断提升队伍专业化水平。",
    "四是强化监督考核，完善政务公开考核评价机制，推动政务公开工作常态化、制度化。",
)


def _para(rng: random.Random, n: int) -> str:
    return "".join(rng.sample(_SENTENCES, n))


def random_sections(
    rng: random.Random, agency: str, year: int, tables: Tables, version: TemplateVersion
) -> list[tuple[str, list[str]]]:
    """Headings and paragraphs of the six sections (tables are rendered separately)."""
    we = rng.choice(["我局", "本机关", agency])
    t3 = tables["t3"]
    new_total = t3["new_received"]["total"]
    carried = t3["carried_over_from_prev"]["total"]
    t4 = tables["t4"]
    overview: list[str] = [rng.choice(_OPENERS).format(year=year, we=we)]
    for i, pair in enumerate(_OV_SUBHEADS):
        overview.append(rng.choice(pair))
        if i == 1:
            overview.append(
                f"{year}年，{we}共收到政府信息公开申请{new_total}件，上年结转{carried}件，"
                f"均已按照《条例》规定的程序和时限办理答复。" + _para(rng, 3)
            )
        for _ in range(rng.randint(2, 3)):
            overview.append(_para(rng, rng.randint(4, 6)))
    review_total = t4["review_total"]
    lit_total = (t4["lit_direct_total"] or 0) + (t4["lit_after_review_total"] or 0)
    heading5 = HEADING_5_VARIANT if rng.random() < 0.2 else SECTION_HEADINGS[4]
    sections: list[tuple[str, list[str]]] = [
        (SECTION_HEADINGS[0], overview),
        (SECTION_HEADINGS[1], [] if rng.random() < 0.6 else [f"{year}年{we}主动公开政府信息情况如下："]),
        (
            SECTION_HEADINGS[2],
            [] if rng.random() < 0.6 else [f"{year}年{we}收到和处理政府信息公开申请情况如下："],
        ),
        (
            SECTION_HEADINGS[3],
            []
            if rng.random() < 0.5
            else [
                f"{year}年，{we}因政府信息公开工作被申请行政复议{review_total}件，"
                f"被提起行政诉讼{lit_total}件。"
            ],
        ),
        (
            heading5,
            [
                f"{year}年，{we}政府信息公开工作取得了一定成效，但也存在一些不足："
                + "".join(rng.sample(_PROBLEMS, 3)),
                "下一步，" + we + "将从以下几个方面加以改进：",
                *_IMPROVE,
                _para(rng, 5),
            ],
        ),
        (
            SECTION_HEADINGS[5],
            [
                rng.choice(
                    [
                        f"{year}年度，{we}未收取信息处理费。",
                        f"本年度{we}按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定的按件、按量收费标准，"
                        f"未产生信息公开处理费。",
                    ]
                ),
                _para(rng, 3),
                f"如对本报告有任何疑问，请与{agency}办公室联系。{_contact(rng)}",
            ],
        ),
    ]
    if version == "v2019":
        sections[0][1].insert(1, _para(rng, 3))
    return sections
