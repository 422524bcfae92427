"""trs_haiyun family on the 海屿市 fixture portal: the 1-based 6-argument pager, channel URLs,
the 部门年报 aggregation table (bureau sub-hosts, links straight to PDFs, titles completed from the
row), the （图片版） report and its decoy siblings."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.http import HtmlResponse, Request, Response

from govcrawl.crawl.items import ReportItem
from govcrawl.crawl.registry import registered_sites
from govcrawl.province.portals.trs_hy_city import AGGREGATION, COLUMN, HOST, SUBHOSTS, TrsHyCity
from govcrawl.province.server import Request as FixtureRequest
from govcrawl.report import parse_report
from tests.crawl import portal_client

PORTAL = TrsHyCity()
LIST_PAGES = [f"{COLUMN}index.shtml", f"{COLUMN}index_2.shtml", f"{COLUMN}index_3.shtml"]


def fetch(url: str) -> Response:
    return portal_client.fetch(PORTAL, url)


def page(path: str) -> HtmlResponse:
    response = fetch(f"http://{HOST}{path}")
    assert isinstance(response, HtmlResponse)
    return response


def spider():  # type: ignore[no-untyped-def]
    return portal_client.site_spider("hycity-gov")


def listed(paths: list[str]) -> list[Request]:
    s = spider()
    return [r for path in paths for r in s.parse_list(page(path))]


def test_first_page_schedules_index_2_and_3_never_index_1() -> None:
    out = list(spider().parse_list(page(LIST_PAGES[0])))
    pages = [r.url for r in out if r.callback.__name__ == "parse_list"]
    assert pages == [f"http://{HOST}{LIST_PAGES[1]}", f"http://{HOST}{LIST_PAGES[2]}"]
    assert PORTAL.handle(FixtureRequest("GET", HOST, f"{COLUMN}index_1.shtml", {}, {})).status == 404


def test_later_pages_do_not_reschedule() -> None:
    for path in LIST_PAGES[1:]:
        assert all(r.callback.__name__ != "parse_list" for r in spider().parse_list(page(path)))


def test_list_pages_and_aggregation_find_every_report_and_no_decoy() -> None:
    requests = listed([*LIST_PAGES, AGGREGATION])
    followed = {r.url for r in requests if r.callback.__name__ != "parse_list"}
    assert followed == {t.url for t in PORTAL.truth if t.kind == "report"}
    assert len(followed) == 32
    decoys = [t for t in PORTAL.truth if t.kind == "decoy"]
    assert len(decoys) == 6 and not followed & {t.url for t in decoys}


def test_aggregation_rows_give_bare_links_their_bureau() -> None:
    requests = [r for r in listed([AGGREGATION]) if r.callback.__name__ != "parse_list"]
    titles = {r.url: r.cb_kwargs["title"] for r in requests}
    truth = {t.url: t for t in PORTAL.truth}
    for url, title in titles.items():
        assert truth[url].agency_name.replace(" ", "") in title.replace(" ", ""), (url, title)
    pdfs = [r for r in requests if r.url.endswith(".pdf")]
    assert len(pdfs) == 3 and all(r.callback.__name__ == "parse_attachment" for r in pdfs)
    assert {titles[r.url] for r in pdfs} >= {"海屿市财政局 2023年政府信息公开工作年度报告"}
    assert {urlsplit(u).hostname for u in titles} == {HOST, *SUBHOSTS}


def test_sub_hosts_are_served_and_allowed() -> None:
    site = next(s for s in registered_sites() if s.id == "hycity-gov")
    assert set(site.allowed_domains) == set(PORTAL.hosts) == {HOST, *SUBHOSTS}
    assert len(SUBHOSTS) == 12
    for truth in PORTAL.truth:
        assert urlsplit(truth.url).hostname in site.allowed_domains
    # A bureau page is only on its own host.
    sub = next(t for t in PORTAL.truth if urlsplit(t.url).hostname in SUBHOSTS and t.url.endswith(".shtml"))
    path = urlsplit(sub.url).path
    assert PORTAL.handle(FixtureRequest("GET", HOST, path, {}, {})).status == 404


def test_bureau_page_on_a_sub_host_is_an_item_of_that_bureau() -> None:
    truth = next(t for t in PORTAL.truth if urlsplit(t.url).hostname == "kjj.hycity.gov.test")
    title = "海屿市科学技术局 2023年政府信息公开工作年度报告"
    (item,) = list(spider().parse_report_page(fetch(truth.url), title=title))
    assert isinstance(item, ReportItem)
    assert item.agency["id"] == "hycity-gov/海屿市科学技术局" and item.agency["region_code"] == "990200"
    record = parse_report(item.body, item.media_type, url=item.url)
    assert record["year"] == 2023 and record["template_version"] == "v2021"


def test_pdf_link_is_the_report() -> None:
    truth = next(t for t in PORTAL.truth if t.url.endswith(".pdf") and "czj." in t.url)
    title = "海屿市财政局 2023年政府信息公开工作年度报告"
    (item,) = list(spider().parse_attachment(fetch(truth.url), title=title, page_url=None))
    assert item.url == truth.url and item.media_type == "application/pdf"
    assert item.agency["name"] == "海屿市财政局"


def test_picture_version_is_one_item_flagged_image_only() -> None:
    truth = next(t for t in PORTAL.truth if "image_only" in t.flags)
    assert truth.title.endswith("（图片版）") and truth.year == 2020
    response = fetch(truth.url)
    assert isinstance(response, HtmlResponse)
    assert len(response.css("div.TRS_Editor img")) == 3 and not response.css("table")
    (item,) = list(spider().parse_report_page(response, title=truth.title))
    record = parse_report(item.body, item.media_type, url=item.url)
    assert "image_only" in record["flags"] and record["year"] == 2020
    siblings = [t.title for t in PORTAL.truth if t.kind == "decoy" and "2020" in t.title]
    assert any("解读" in t for t in siblings) and any(t.startswith("图解") for t in siblings)


def test_stub_page_follows_its_pdf_with_referer() -> None:
    stub = next(t for t in PORTAL.truth if t.report_url)
    (request,) = list(spider().parse_report_page(fetch(stub.url), title=stub.title))
    assert request.url == stub.report_url and request.headers.get("Referer") == stub.url.encode()
    assert stub.media_type == "application/pdf"


def test_article_pages_are_utf8_with_trs_metas() -> None:
    truth = next(t for t in PORTAL.truth if t.kind == "report" and t.doc is not None and t.url.startswith(
        f"http://{HOST}/c") and t.url.endswith("content.shtml") and not t.flags and not t.report_url)
    response = fetch(truth.url)
    assert isinstance(response, HtmlResponse) and response.encoding == "utf-8"
    assert response.css('meta[name="contentid"]') and response.css('meta[name="catalogs"]')
    assert response.css('meta[name="ArticleTitle"]::attr(content)').get() == truth.title
