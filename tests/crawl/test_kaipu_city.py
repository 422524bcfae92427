"""kaipu family on the 凯浦市 fixture portal: the 信息公开 host behind a JS-rewritten nav link,
numbered list pages, sub-columns (2023n/, xj/), snowflake and extensionless articles with
#UCAP-CONTENT bodies, and the mobile redirect the spider must never end up on."""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

from scrapy.http import HtmlResponse, Request

from govcrawl.bases.kaipu import DESKTOP_PLATFORM, desktop_url, desktop_user_agent, is_list_url
from govcrawl.crawl.items import ReportItem
from govcrawl.province.portals.kaipu_city import COLUMN, HOST, SUB_2023, SUB_XJ, WWW, KaipuPlatformCity
from govcrawl.province.server import Response as FixtureResponse
from govcrawl.report import parse_report
from spiders.registry import SPIDERS
from tests.crawl import portal_client
from tests.report.expected import flat_tables

PORTAL = KaipuPlatformCity()
IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"
LIST_PAGES = [f"{COLUMN}1.html", f"{COLUMN}2.html", f"{SUB_2023}1.html", f"{SUB_XJ}1.html", f"{SUB_XJ}2.html"]


def served(url: str, user_agent: str = "govcrawl/0.1") -> FixtureResponse:
    return portal_client.served(PORTAL, url, {"user-agent": user_agent})


def page(url: str, meta: dict[str, object] | None = None) -> HtmlResponse:
    found = served(url if url.startswith("http") else f"http://{HOST}{url}")
    assert found.status == 200, url
    full = url if url.startswith("http") else f"http://{HOST}{url}"
    return HtmlResponse(full, body=found.body, headers={"Content-Type": found.content_type or ""},
                        request=Request(full, meta=meta or {}))


def spider():  # type: ignore[no-untyped-def]
    return portal_client.site_spider("kaipucity-gov")


def test_home_page_rewrites_the_nav_link_to_the_xxgk_host() -> None:
    home = served(f"http://{WWW}/").body.decode()
    assert 'href="javascript:;">政府信息公开' in home
    assert f"attr('href', 'http://{HOST}{COLUMN}1.html')" in home
    assert SPIDERS["kaipucity-gov"].site.start_urls == (f"http://{HOST}{COLUMN}1.html",)


def test_mobile_user_agent_is_redirected_unless_is_mobile_false() -> None:
    url = f"http://{HOST}{COLUMN}1.html"
    redirected = served(url, IPHONE)
    assert redirected.status == 302 and redirected.headers["Location"] == f"http://{HOST}/m{COLUMN}1.html"
    assert served(url + "?isMobile=false", IPHONE).status == 200
    assert served(url).status == 200
    article = next(t for t in PORTAL.truth if t.kind == "report" and t.doc is not None)
    mobile = served(f"http://{HOST}/m{urlsplit(article.url).path}").body.decode()
    assert "<table" not in mobile and "表格请在电脑端查看" in mobile  # storing it would lose every value


def test_requests_carry_a_desktop_user_agent() -> None:
    s = spider()

    async def first() -> Request:
        async for request in s.start():
            return request
        raise AssertionError("no start request")

    start = asyncio.run(first())
    assert start.headers[b"User-Agent"].decode().startswith(DESKTOP_PLATFORM)
    assert all(r.headers[b"User-Agent"].decode().startswith(DESKTOP_PLATFORM)
               for r in s.parse_list(page(f"{COLUMN}1.html")))
    assert desktop_user_agent(IPHONE) == f"{DESKTOP_PLATFORM} {IPHONE}"
    assert desktop_user_agent("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)").startswith("Mozilla/5.0 (Mac")


def test_first_page_schedules_its_pages_and_sub_columns() -> None:
    out = list(spider().parse_list(page(f"{COLUMN}1.html")))
    lists = [r.url for r in out if r.callback.__name__ == "parse_list"]
    assert lists == [f"http://{HOST}{COLUMN}2.html", f"http://{HOST}{SUB_2023}1.html", f"http://{HOST}{SUB_XJ}1.html"]
    xj = [r.url for r in spider().parse_list(page(f"{SUB_XJ}1.html")) if r.callback.__name__ == "parse_list"]
    assert xj == [f"http://{HOST}{SUB_XJ}2.html"]
    for later in (f"{COLUMN}2.html", f"{SUB_XJ}2.html"):
        assert all(r.callback.__name__ != "parse_list" for r in spider().parse_list(page(later)))


def test_lists_find_every_report_and_no_decoy() -> None:
    s = spider()
    followed = {r.url for p in LIST_PAGES for r in s.parse_list(page(p)) if r.callback.__name__ != "parse_list"}
    reports = {t.url for t in PORTAL.truth if t.kind == "report"}
    assert followed == reports and len(reports) == 20
    assert len([t for t in PORTAL.truth if t.kind == "decoy"]) == 5
    assert not any(is_list_url(u) for u in followed)
    assert sum("/content_" in u for u in followed) == 4  # Sichuan-style extensionless articles
    assert sum(len(urlsplit(u).path.rsplit("/", 1)[1]) == len("1753311688616128514.html") for u in followed) == 16


def test_list_link_into_the_mobile_site_is_rewritten_to_the_desktop_page() -> None:
    listed = page(f"{SUB_XJ}1.html").text + page(f"{SUB_XJ}2.html").text
    assert f'href="/m{SUB_XJ}' in listed
    (mobile,) = [t for t in PORTAL.truth if "isMobile" in t.url]
    assert mobile.url.endswith(".html?isMobile=false")
    assert desktop_url(f"http://{HOST}/m{SUB_XJ}1.html") == f"http://{HOST}{SUB_XJ}1.html?isMobile=false"


def test_a_redirect_to_the_mobile_site_is_undone() -> None:
    truth = next(t for t in PORTAL.truth if t.kind == "report" and "/content_" in t.url)
    path = urlsplit(truth.url).path
    landed = page(f"/m{path}", meta={"redirect_urls": [truth.url]})
    (again,) = list(spider().parse_report_page(landed, title=truth.title))
    assert again.url == f"{truth.url}?isMobile=false"
    assert again.callback.__name__ == "parse_report_page" and again.cb_kwargs == {"title": truth.title}
    (item,) = list(spider().parse_report_page(page(again.url), title=truth.title))
    assert isinstance(item, ReportItem) and item.url == again.url
    lists = list(spider().parse_list(page(f"/m{COLUMN}1.html", meta={"redirect_urls": [f"http://{HOST}{COLUMN}1.html"]})))
    assert [r.url for r in lists] == [f"http://{HOST}{COLUMN}1.html?isMobile=false"]


def test_article_pages_give_exact_values() -> None:
    pages = [t for t in PORTAL.truth if t.kind == "report" and t.doc is not None]
    inner = 0
    for truth in pages:
        response = page(truth.url)
        assert response.css("#UCAP-CONTENT") and response.css("div.info_ewm")
        assert "索 引 号" in response.text and "发 布 机 构" in response.text
        inner += bool(response.css("#UCAP-CONTENT .trs_editor_view"))
        (item,) = list(spider().parse_report_page(response, title=truth.title))
        record = parse_report(item.body, item.media_type, url=item.url, agency=item.agency)
        assert record["year"] == truth.year, truth.url
        assert flat_tables(record["tables"]) == flat_tables(dict(truth.doc.tables)), truth.url  # type: ignore[union-attr]
    assert inner == 1

