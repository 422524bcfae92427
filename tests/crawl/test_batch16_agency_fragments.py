"""Issue 12, the class of held-out round 17's "stored under another agency": a report whose title names
its agency short or by a bare part of its name, stored under that fragment.  Written on markup unlike
the batch's portals (other sites of the same kinds):

1. a town's or a street's own portal (its registry region the town itself): "石桥镇2023年…" is the
   portal's 芦湾区石桥镇人民政府, and a title naming the district is the district's government, not a
   name glued onto the town's;
2. a 分局 a city bureau lists beside its own reports ("江北分局2024年…"): written out with its bureau
   as the page that links its file declares it (ContentSource, 发布机构) — never the bureau's own
   report, and left as it is when nothing the crawl holds says whose it is;
3. a development zone's 管委会 titled by the zone's short name (青岚高新区, 青岚高新区管委会) is the
   registry's agency (one vocabulary: 高新区 = 高新技术产业开发区, 经开区 = 经济技术开发区, 管委会 =
   管理委员会); another zone is another agency; on a city's portal a zone's short name is written out
   only as the page declares it;
4. a list's short name of the portal's own agency that the document writes out (青岚市人社局 → 青岚市
   人力资源和社会保障局) is stored under the portal's agency, not as a second agency of the same name.
"""

from __future__ import annotations

from scrapy.http import HtmlResponse, Response
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl.parsejob import complete
from govcrawl.crawl.registry import Site
from govcrawl.report.agencyname import bare_part, same_agency
from govcrawl.report.metadata import full_name

TABLES = ('<table border="1" cellspacing="0"><tr><td>第二十条第（一）项</td><td>本年制发件数</td></tr>'
          '<tr><td>规章</td><td>0</td></tr><tr><td>申请人情况</td><td>自然人</td></tr></table>')


def _site(site_id: str, agency: str, region: str, host: str) -> Site:
    return Site(id=site_id, agency=agency, cms="trs_classic", region=region,
                start_urls=(f"http://{host}/zwgk/xxgknb/index.html",), allowed_domains=(host.split(".", 1)[1],))


def _spider(site: Site) -> TrsClassicSpider:
    return TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=site.id, sites=[site])


def _page(site: Site, url: str, html: str, **meta: object) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8",
                        request=ScrapyRequest(url, meta={"site": site, **meta}))


def _article(title: str, source: str = "", cell: str = "", body: str = TABLES) -> str:
    meta = f'<meta name="ContentSource" content="{source}">' if source else ""
    info = (f'<table class="xxgk_info"><tr><th>索引号：</th><td>QL-2025-0017</td><th>发布机构：</th><td>{cell}</td>'
            '</tr></table>') if cell else ""
    return (f'<html><head><meta charset="utf-8"><meta name="ArticleTitle" content="{title}">{meta}<title>{title}'
            f'</title></head><body><div class="bt-position">当前位置：首页 &gt; 信息公开 &gt; 年报</div>{info}'
            f'<div class="article"><h1>{title}</h1><div class="TRS_Editor">{body}</div></div></body></html>')


# -- 1 ------------------------------------------------------------------------------------------------
TOWN = _site("shiqiao-zf", "芦湾区石桥镇人民政府", "测试省芦湾区石桥镇", "www.luwan.gov.test")


def test_1_a_town_s_bare_name_on_its_own_portal_is_the_town_s_government() -> None:
    spider = _spider(TOWN)
    for title in ("石桥镇2023年政府信息公开工作年度报告", "2021年度石桥镇政府信息公开工作年度报告"):
        page = _page(TOWN, "http://www.luwan.gov.test/sqz/xxgk/nb/202401/t20240122_31.html", _article(title))
        (item,) = spider.parse_report_page(page, title)
        assert (item.agency["id"], item.agency["name"]) == ("shiqiao-zf", "芦湾区石桥镇人民政府")
    # The district a title names is the district's government, not "芦湾区石桥镇芦湾区人民政府".
    assert TOWN.agency_record("芦湾区")["name"] == "芦湾区人民政府"
    # A street's office on its own portal (its region the district): the street named alone is its own.
    street = _site("hebin-jd", "芦湾区河滨街道办事处", "测试省芦湾区", "hbjd.luwan.gov.test")
    assert street.agency_record("河滨街道")["id"] == "hebin-jd"


# -- 2 ------------------------------------------------------------------------------------------------
BUREAU = _site("qinglan-sthjj", "青岚市生态环境局", "测试省青岚市", "sthjj.qinglan.gov.test")
BRANCH = "青岚市生态环境局江北分局"


def test_2_a_branch_s_file_is_named_as_the_page_that_links_it_declares() -> None:
    spider = _spider(BUREAU)
    title = "江北分局2024年政府信息公开工作年度报告"
    url = "http://sthjj.qinglan.gov.test/zwgk/xxgknb/202501/t20250117_88.html"
    stub = _page(BUREAU, url, _article(title, source=BRANCH, body='<p>详见附件：<a href="./P020250117553190.pdf">'
                                                                  '江北分局2024年年报.pdf</a></p>'))
    (ask,) = spider.parse_report_page(stub, title)
    assert isinstance(ask, ScrapyRequest)
    pdf = Response(ask.url, body=b"%PDF-1.7 ...", headers={"Content-Type": "application/pdf"}, request=ask)
    (item,) = spider.parse_attachment(pdf, title, url)
    assert (item.agency["id"], item.agency["name"]) == (f"qinglan-sthjj/{BRANCH}", BRANCH)
    # The 发布机构 cell alone says it too, on a page that holds the report itself.
    page = _page(BUREAU, url, _article(title, cell=BRANCH))
    assert spider.report_agency(page, title, None) == BRANCH


def test_2_a_branch_is_never_its_bureau_and_stays_as_titled_when_nobody_says_whose_it_is() -> None:
    spider = _spider(BUREAU)
    title = "江北分局2024年政府信息公开工作年度报告"
    url = "http://sthjj.qinglan.gov.test/zwgk/xxgknb/202501/t20250117_89.html"
    # The bureau's own name as the page's source does not make the branch's report the bureau's.
    (item,) = spider.parse_report_page(_page(BUREAU, url, _article(title, source="青岚市生态环境局")), title)
    assert item.agency["name"] == "江北分局" and item.agency["id"] != "qinglan-sthjj"
    (item,) = spider.parse_report_page(_page(BUREAU, url, _article(title)), title)
    assert item.agency["name"] == "江北分局"
    # Only a whole name's last part: 北分局 is no part of …江北分局, 生态环境局 is no part of the branch.
    assert bare_part("江北分局", BRANCH) and not bare_part("北分局", BRANCH)
    assert not bare_part("青岚市生态环境局", BRANCH) and not bare_part("青岚市", "青岚市生态环境局")


# -- 3 ------------------------------------------------------------------------------------------------
ZONE = _site("qinglan-gxq", "青岚高新技术产业开发区管理委员会", "测试省青岚市", "gxq.qinglan.gov.test")


def test_3_a_zone_s_short_name_is_its_committee_s() -> None:
    spider = _spider(ZONE)
    for title in ("青岚高新区2023年政府信息公开工作年度报告", "青岚高新区管委会2022年政府信息公开工作年度报告",
                  "青岚高新技术产业开发区2021年政府信息公开年报"):
        page = _page(ZONE, "http://gxq.qinglan.gov.test/zwgk/xxgknb/202401/t20240125_5.html", _article(title))
        (item,) = spider.parse_report_page(page, title)
        assert (item.agency["id"], item.agency["name"]) == ("qinglan-gxq", "青岚高新技术产业开发区管理委员会"), title
    # Another zone of the same city is another agency.
    assert ZONE.agency_record("青岚经开区")["id"] == "qinglan-gxq/青岚经开区"
    assert not same_agency("青岚经开区", "青岚高新技术产业开发区管理委员会")


def test_3_on_a_city_s_portal_a_zone_is_written_out_only_as_its_page_declares() -> None:
    city = _site("qinglan-gov", "青岚市人民政府", "测试省青岚市", "www.qinglan.gov.test")
    spider = _spider(city)
    title = "青岚经开区2024年政府信息公开工作年度报告"
    url = "http://www.qinglan.gov.test/zwgk/xxgknb/202501/t20250120_12.html"
    declared = _page(city, url, _article(title, source="青岚经济技术开发区管理委员会"))
    assert spider.report_agency(declared, title, None) == "青岚经济技术开发区管理委员会"
    # Nothing declared: the title's name as it is (经开区 is also what a 经济开发区 is called).
    assert spider.report_agency(_page(city, url, _article(title)), title, None) == "青岚经开区"
    assert city.agency_record("青岚经开区")["id"] != "qinglan-gov"


# -- 4 ------------------------------------------------------------------------------------------------
def test_4_a_short_own_name_the_document_writes_out_is_the_portal_s_agency() -> None:
    rsj = _site("qinglan-rsj", "青岚市人力资源和社会保障局", "测试省青岚市", "rsj.qinglan.gov.test")
    listed = rsj.agency_record("青岚市人社局")
    assert listed["id"] == "qinglan-rsj/青岚市人社局"
    # What parse_report makes of it when the report's opening writes the name out.
    written = "青岚市人力资源和社会保障局"
    record = {"agency": {**listed, "id": f"qinglan-rsj/{written}", "name": written}, "source": {}, "year": 2024}
    done = complete(record, page_url=None, listed_year=2024, owner=rsj.agency_record())
    assert (done["agency"]["id"], done["agency"]["name"]) == ("qinglan-rsj", written)
    # Another agency the portal lists (its 社保中心) keeps its own id.
    other = {"agency": {**listed, "id": "qinglan-rsj/青岚市社会保险服务中心", "name": "青岚市社会保险服务中心"},
             "source": {}, "year": 2024}
    assert complete(other, page_url=None, listed_year=2024, owner=rsj.agency_record())["agency"]["id"] == (
        "qinglan-rsj/青岚市社会保险服务中心")


def test_2_a_zone_branch_named_by_the_zone_s_short_word_is_the_last_part_of_its_full_name() -> None:
    # Batch 29: "经开区分局2023年…" on a bureau's site, its page's 发布单位 鄚州市医疗保障局经济开发区分局.  The
    # short word places nothing (经开区 ends with 区, as a district does) and is compared as written short.
    full = "岚川市市场监督管理局高新技术产业开发区分局"
    assert bare_part("高新区分局", full) and full_name("高新区分局", full) == full
    assert bare_part("经开区分局", "岚川市医疗保障局经济开发区分局")
    assert not bare_part("开区分局", "岚川市医疗保障局经济开发区分局")  # not at a whole word's boundary
    assert not bare_part("经开区分局", "岚川市医疗保障局江北分局")  # another branch
    assert full_name("岚川区分局", "岚川市医疗保障局经济开发区分局") == "岚川区分局"  # a place is not a zone
