"""Batch 18: a list paged by a GET form that its pager's script fills and submits.

Old ASP/JSP/Struts 信息公开 lists often page by a form: the pager's links call a script that sets the
form's page field and submits it (``document.frmPage.ToPage.value=n; document.frmPage.submit()``).
When the form is GET, page N is the form submitted as a browser submits it: its action, every field
of the form in order with the page field set, the query written in the page's encoding.  Before,
the shared recogniser ignored GET forms ("their pages are ordinary links" — but these links are
scripts), and the legacy family, finding no link parameter, guessed ``pageNo=N`` onto the list's URL:
the server answered page 1 again, and the list fell short.  POST forms are paged as before.

The markup here is an ASP list in GB2312 (not the Struts fixture of batch 18): the page field is
named only by the pager's script (``ToPage``), the links call a page function by ``onclick``, and a
hidden field carries a Chinese class name that must go in GBK."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from scrapy import FormRequest
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.legacy import GkmlActionSpider
from govcrawl.crawl import pagers
from govcrawl.crawl.registry import Site

HOST = "http://www.qiling.gov.test"
FIRST = f"{HOST}/xxgk/ArticleList.asp?ClassID=37"
KIND = "年度报告"
SITE = Site(id="qiling-xxgk", agency="岐岭县人民政府", cms="gkml_action", region="测试省岐岭县", start_urls=(FIRST,),
            allowed_domains=("qiling.gov.test",))


def _page(current: int, method: str = "get") -> str:
    years = (2024 - 2 * current, 2023 - 2 * current)
    rows = "".join(f'<tr><td><a href="ArticleShow.asp?ArticleID={900 + y}" target="_blank">岐岭县{y}年政府信息公开'
                   f'工作年度报告</a></td><td>{y + 1}-01-2{y % 9}</td></tr>' for y in years)
    links = " ".join(f'<a href="#" onclick="jump({n});return false;">{n}</a>' for n in (1, 2, 3) if n != current)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '<script language="javascript">function jump(n){ document.frmPage.ToPage.value=n; '
            'document.frmPage.submit(); }</script></head><body>'
            f'<table class="artlist">{rows}</table>'
            f'<form name="frmPage" id="frmPage" action="ArticleList.asp" method="{method}">'
            f'<input type="hidden" name="ClassID" value="37"><input type="hidden" name="Kind" value="{KIND}">'
            f'<input type="hidden" name="ToPage" value="{current}">'
            f'共 6 条记录 页次：{current}/3 {links} <input type="button" value="跳转" onclick="jump(1)"></form>'
            '</body></html>')


def _response(url: str, html: str, **meta: Any) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode("gbk"), headers={"Content-Type": "text/html"},
                        request=ScrapyRequest(url, meta={"site": SITE, **(meta or {"start_url": True})}))


def _spider() -> Any:
    return GkmlActionSpider.from_crawler(get_crawler(GkmlActionSpider), name=SITE.id, sites=[SITE])


def _page_url(n: int) -> str:
    return f"{HOST}/xxgk/ArticleList.asp?ClassID=37&Kind={quote(KIND.encode('gbk'))}&ToPage={n}"


def test_a_get_form_its_pager_script_fills_is_the_lists_pager() -> None:
    response = _response(FIRST, _page(1))
    form = pagers.form_paging(response.selector, FIRST, "gb18030")
    assert form is not None and form.method == "get" and form.page_field == "ToPage"
    assert form.action == f"{HOST}/xxgk/ArticleList.asp"
    assert form.fields == {"ClassID": "37", "Kind": KIND, "ToPage": "1"}
    pager = pagers.recognise(response.text, FIRST, "gb18030")
    assert pager.pages == 3 and pager.form == form and "form" in pager.kinds


def test_the_legacy_family_submits_the_form_for_each_declared_page_in_gbk() -> None:
    out = list(_spider().parse_list(_response(FIRST, _page(1))))
    lists = [r for r in out if r.callback.__name__ == "parse_list"]
    assert [r.url for r in lists] == [_page_url(2), _page_url(3)]
    assert all(r.method == "GET" and "pageNo" not in r.url for r in lists)
    # A later page, reached by the form, schedules nothing more.
    later = _response(_page_url(2), _page(2), list_url=FIRST, paged_by="family")
    assert [r for r in _spider().parse_list(later) if r.callback.__name__ == "parse_list"] == []


def test_the_generic_path_submits_a_get_form_as_a_query_and_still_posts_a_post_form() -> None:
    spider = _spider()
    response = _response(FIRST, _page(1))
    gets = spider.generic_pages(response, pagers.recognise(response.text, FIRST, "gb18030"))
    assert [(r.method, r.url) for r in gets] == [("GET", _page_url(2)), ("GET", _page_url(3))]
    posted = _response(FIRST, _page(1, "post"))
    posts = spider.generic_pages(posted, pagers.recognise(posted.text, FIRST, "gb18030"))
    assert all(isinstance(r, FormRequest) and r.method == "POST" and r.url == f"{HOST}/xxgk/ArticleList.asp"
               for r in posts) and len(posts) == 2
    assert f"Kind={quote(KIND.encode('gbk'))}&ToPage=2".encode() in posts[0].body
