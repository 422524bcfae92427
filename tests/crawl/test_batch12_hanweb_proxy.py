"""Batch 12: a Hanweb jpage call's proxy parameters, whichever way the page writes them, and links a
script opens.

* ``ajaxParam`` as a query string (``'col=1&webid=7&columnid=2561&unitid=6120&…'``), as a variable
  holding an object or a query string, a string joined from variables, or parameters the page sets as
  variables of their own: the proxy gets every one (before, only an object literal was read, and the
  proxy, asked without ``columnid``/``unitid``, answered no records).
* A link whose address is in its script — ``<a href="javascript:void(0)" onclick="window.open(
  '/module/download/downfile.jsp?…&filename=….pdf')">`` (an attachment), ``onclick="location.href=
  '…'"`` (a list entry), ``href="javascript:window.open('…')"`` — leads there (before, such an
  attachment was not followed and the stub page itself was stored as the report)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from parsel import Selector
from scrapy import FormRequest
from scrapy.http import HtmlResponse
from scrapy.http import Request as ScrapyRequest
from scrapy.utils.test import get_crawler

from govcrawl.bases.hanweb import HanwebSpider
from govcrawl.crawl import entries, pagersettings, urls
from govcrawl.crawl.hanwebdata import jpage_configs
from govcrawl.crawl.registry import Site

HOST = "http://www.qianxi.gov.test"
COLUMN_URL = f"{HOST}/jcms/site/col/col2561/index.html"
SITE = Site(id="qianxi-gov", agency="芊溪县人民政府", cms="hanweb", region="测试省芊溪县", start_urls=(COLUMN_URL,),
            allowed_domains=("qianxi.gov.test",))


def _record(year: int) -> str:
    return (f'<record><![CDATA[<p class="it"><span>{year + 1}-01-2{year % 10}</span><a href="/jcms/site/art/'
            f'{year + 1}/1/2/art_2561_{year}.html" title="芊溪县{year}年政府信息公开工作年度报告">芊溪县{year}年…</a>'
            "</p>]]></record>")


def _column(call: str, script: str = "") -> str:
    records = "".join(_record(y) for y in (2024, 2023, 2022))
    return (f'<html><body><div id="u6120"><script type="text/xml"><datastore><recordset>{records}</recordset>'
            f"</datastore></script></div><script>{script}\n$('#u6120').jpage({call});</script></body></html>")


def _spider() -> Any:
    return HanwebSpider.from_crawler(get_crawler(HanwebSpider), name=SITE.id, sites=[SITE])


def _posts(html: str) -> list[FormRequest]:
    response = HtmlResponse(COLUMN_URL, body=html.encode(), encoding="utf-8",
                            request=ScrapyRequest(COLUMN_URL, meta={"site": SITE, "start_url": True}))
    return [r for r in _spider().parse_list(response) if isinstance(r, FormRequest)]


_WANTED = {"col": "1", "webid": "7", "path": "/", "columnid": "2561", "unitid": "6120", "webname": "芊溪县",
           "permissiontype": "0"}


def test_an_ajax_param_written_as_a_query_string_is_sent_whole() -> None:
    call = ("{ perPage: 3, totalRecord: 7, proxyUrl: '/module/jpage/dataproxy.jsp', "
            "ajaxParam: 'col=1&webid=7&path=/&columnid=2561&unitid=6120&webname=芊溪县&permissiontype=0' }")
    (config,) = jpage_configs(_column(call))
    assert config.params == _WANTED and config.total_record == 7
    posts = _posts(_column(call))
    assert [r.url.split("?", 1)[1] for r in posts] == ["startrecord=4&endrecord=7&perpage=3"]
    assert b"columnid=2561" in posts[0].body and b"unitid=6120" in posts[0].body
    assert f"webname={quote('芊溪县')}".encode() in posts[0].body


def test_an_ajax_param_held_in_a_variable_or_joined_from_variables_is_sent_whole() -> None:
    held = ("var jp = { col: 1, 'webid': 7, path: '/', columnid: cid, unitid: '6120', webname: '芊溪县',"
            " permissiontype: 0 };")
    call = "{ perPage: 3, totalRecord: 7, ajaxParam: jp }"
    assert jpage_configs(_column(call, f"var cid = 2561; {held}"))[0].params == _WANTED
    query = "var qs = 'col=1&webid=7&path=/&columnid=2561&unitid=6120&webname=芊溪县&permissiontype=0';"
    assert jpage_configs(_column("{ perPage: 3, totalRecord: 7, ajaxParam: qs }", query))[0].params == _WANTED
    joined = ("{ perPage: 3, totalRecord: 7, ajaxParam: 'col=1&webid=' + wid + '&path=/&columnid=' + cid + "
              "'&unitid=6120&webname=芊溪县&permissiontype=0' }")
    assert jpage_configs(_column(joined, "var wid = 7; var cid = '2561';"))[0].params == _WANTED


def test_parameters_the_page_sets_as_variables_of_their_own_complete_a_call_that_names_no_column() -> None:
    script = "var columnid = 2561; var unitid = '6120'; var webid = 7;"
    (config,) = jpage_configs(_column("{ perPage: 3, totalRecord: 7, ajaxParam: { col: 1, path: '/' } }", script))
    assert config.params == {"col": "1", "path": "/", "columnid": "2561", "unitid": "6120", "webid": "7"}


def test_request_parameters_read_each_form_and_nothing_else() -> None:
    read = pagersettings.request_parameters
    assert read("{ \"a\": 1, b: 'x,y', c: {d: 1}, e: true }") == {"a": "1", "b": "x,y", "c": "{d: 1}", "e": "true"}
    assert read("'?a=1&b='") == {"a": "1", "b": ""}
    assert read("'no parameters'") is None and read("undefinedName") is None
    assert read("'a=' + n", "var n = 4 * 2;") == {"a": "8"}


def test_an_attachment_a_script_opens_is_followed_not_the_stub_page_stored() -> None:
    download = "/module/download/downfile.jsp?classid=0&filename=5f3a9c.pdf&showname=芊溪县2023年年报.pdf"
    page = ('<html><head><meta name="ArticleTitle" content="芊溪县2023年政府信息公开工作年度报告"></head><body>'
            '<div id="zoom"><p>芊溪县2023年政府信息公开工作年度报告已编制完成，请下载查看。</p><p>附件：'
            f'<a href="javascript:void(0);" onclick="window.open(\'{download}\', \'_blank\')">芊溪县2023年年报.pdf</a>'
            "</p></div></body></html>")
    url = f"{HOST}/jcms/site/art/2024/1/25/art_2561_9981.html"
    response = HtmlResponse(url, body=page.encode(), encoding="utf-8", request=ScrapyRequest(url, meta={"site": SITE}))
    out = list(_spider().parse_report_page(response, "芊溪县2023年政府信息公开工作年度报告"))
    assert [r.url for r in out] == [urls.page_url(url, download)]
    assert out[0].callback.__name__ == "parse_attachment" and quote("芊溪县") in out[0].url


def test_a_list_entry_a_script_opens_is_an_entry() -> None:
    sel = Selector(text='<ul class="list"><li><a href="javascript:;" onclick="location.href=\'art_1.html\'">'
                        "芊溪县2024年政府信息公开工作年度报告</a><span>2025-01-20</span></li>"
                        '<li><a href="javascript:window.open(&quot;art_2.html&quot;)">'
                        "芊溪县2023年政府信息公开工作年度报告</a><span>2024-01-20</span></li>"
                        '<li><a href="javascript:;" onclick="if (location.href == \'x.html\') go(n)">'
                        "更多</a></li></ul>")
    assert [href for href, _title in entries.list_entries(sel)] == ["art_1.html", "art_2.html"]
    assert entries.count_entries(sel) == 2
    assert urls.script_target("window.location.href = '/nb/list.html';") == "/nb/list.html"
    assert urls.script_target("window.open(base + 'x.pdf')") is None
    assert urls.script_target("location.href='javascript:void(0)'") is None
