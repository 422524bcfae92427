"""One recogniser of the list requests a page's scripts make and one reader of their answers
(govcrawl.crawl.scriptlists; it replaced two readers written in parallel, each of which missed
forms the other read): every form gives a request, and any answer — JSON or HTML rows — is read
the same way, whichever form asked for it."""

from __future__ import annotations

import json

from scrapy.http import HtmlResponse, TextResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.trs import TrsClassicSpider
from govcrawl.crawl.registry import Site
from govcrawl.crawl.scriptlists import script_lists

SITE = Site(id="hexi-gov", agency="河西县人民政府", cms="trs_classic", region="测试省河西县",
            start_urls=("http://www.hexi.gov.test/zwgk/nb/index.html",), allowed_domains=("hexi.gov.test",))
PAGE = "http://www.hexi.gov.test/zwgk/nb/index.html"
REPORT = "河西县2024年政府信息公开工作年度报告"
# The same list request, written as each form a portal uses.
FORMS = {
    "getJSON, URL built from a variable, a boolean literal":
        """var channelId = "4127"; function load(page) { $.getJSON('/common/search/' + channelId,
        {_isJson: true, _pageSize: 3, page: page}, function (d) { draw(d.data.results); }); }""",
    "$.ajax, posted": """var catId = "nb"; function show(p) { $.ajax({ url: "/interface/article/page.do",
        type: "post", dataType: "json", data: { catId: catId, pageNo: p, rows: 3 }, success: draw }); }""",
    "fetch, the page in the URL": """const cid = 77; function go(n) {
        fetch('/api/list?cid=' + cid + '&pageIndex=' + n).then(r => r.json()).then(draw); }""",
    "$.post, a relative URL": """var siteId = 2; function more(curPage) {
        $.post("list.jsp", {siteId: siteId, curPage: curPage, limit: 3}, function (h) { $('#box').html(h); }); }""",
}


def _spider() -> TrsClassicSpider:
    return TrsClassicSpider.from_crawler(get_crawler(TrsClassicSpider), name=SITE.id, sites=[SITE])


def _page(script: str) -> HtmlResponse:
    html = f'<html><body><ul class="list"></ul><script>{script}</script></body></html>'
    return HtmlResponse(PAGE, body=html.encode(), encoding="utf-8",
                        request=ScrapyRequest(PAGE, meta={"site": SITE, "start_url": True}))


def test_every_form_gives_its_request_with_the_page_parameter() -> None:
    for name, script in FORMS.items():
        (found,) = script_lists([script], PAGE)
        assert found.fields(2) != found.fields(1), name
        assert str(2) in found.url(2) or found.fields(2)[found.page_key] == "2", name
    (getjson,) = script_lists([FORMS["getJSON, URL built from a variable, a boolean literal"]], PAGE)
    assert getjson.url(1) == "http://www.hexi.gov.test/common/search/4127?_isJson=true&_pageSize=3&page=1"
    (posted,) = script_lists([FORMS["$.post, a relative URL"]], PAGE)
    assert (posted.endpoint, posted.method, posted.size) == ("http://www.hexi.gov.test/zwgk/nb/list.jsp", "POST", 3)
    # A parameter the script does not give (read from an input at run time) is not guessed.
    assert script_lists(["$.get('/api/list', {q: $('#kw').val(), pageNo: n})"], PAGE) == []


def _answer(request: ScrapyRequest, body: str, media: str) -> TextResponse:
    cls = TextResponse if media == "json" else HtmlResponse
    return cls(request.url, body=body.encode(), encoding="utf-8", request=request)


def test_any_form_s_answer_is_read_as_json_or_as_html_rows_and_paged() -> None:
    """Each form's request, answered with JSON (7 records, 3 a page) or with HTML rows (共 7 条 共 3 页):
    the report is followed (the decoys are not) and pages 2 and 3 are requested."""
    json_answer = json.dumps({"data": {"total": 7, "results": [
        {"title": REPORT, "url": "/zwgk/nb/202501/t20250120_1.html"},
        {"title": "河西县2025年政务公开工作要点", "url": "/zwgk/nb/202503/t20250301_2.html"},
        {"title": "图解：河西县2024年政府信息公开工作年度报告", "url": "/zwgk/nb/202501/t20250121_3.html"}]}},
        ensure_ascii=False)
    html_answer = (f'<ul><li><a href="/zwgk/nb/202501/t20250120_1.html">{REPORT}</a><span>2025-01-20</span></li>'
                   '<li><a href="/zwgk/nb/202503/t20250301_2.html">河西县2025年政务公开工作要点</a>'
                   '<span>2025-03-01</span></li><li><a href="/zwgk/nb/202501/t20250121_3.html">图解：河西县2024年'
                   '政府信息公开工作年度报告</a><span>2025-01-21</span></li></ul>'
                   '<div class="page">共 7 条 共 3 页</div>')
    for name, script in FORMS.items():
        for media, body in (("json", json_answer), ("html", html_answer)):
            (request,) = [r for r in _spider().parse_list(_page(script)) if isinstance(r, ScrapyRequest)]
            out = [r for r in request.callback(_answer(request, body, media)) if isinstance(r, ScrapyRequest)]
            followed = [r.url for r in out if "t20250120_1" in r.url]
            assert followed == ["http://www.hexi.gov.test/zwgk/nb/202501/t20250120_1.html"], (name, media)
            assert len(out) == 3, (name, media, [(r.method, r.url, r.body) for r in out])
