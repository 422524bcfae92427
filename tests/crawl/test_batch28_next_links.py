"""Issue 12, held-out batch 28: a list's next link is taken in the shapes static-site generators and
CMS pagers write it — words with arrows beside them ("下页 ›", "Next »", "下一页>>"), or only marks
(``class="next"``, an icon's ``aria-label="下一页"``) on a link whose address is the list's next page
(``/list/page2/``, ``/list/page/2/``, ``/list/p/2/``, ``/list/2/``, ``?page=2``, ``index_2.html``).
Markup written unlike the batch's portal
(another theme: other classes, other words, other URL shapes).  Never taken: a post navigation's
``class="next"`` to a post under the list, ``class="next"`` to another column or a year's column,
"下一篇 »".
"""

from __future__ import annotations

import pytest

from govcrawl.crawl import pagers

HOST = "http://www.qiaoxi.gov.test"


def _page(pager: str) -> str:
    return (f'<html><body><ul class="archive"><li><a href="/xxgk/nb/2025/01/20/nb2024.html">桥溪区2024年政府信息公开'
            f'工作年度报告</a></li></ul><nav class="pager-wrap">{pager}</nav></body></html>')


@pytest.mark.parametrize(("here", "pager", "expected"), [
    # words with arrows beside them
    ("/xxgk/nb/", '<a class="prev-link">‹ 上页</a><a href="/xxgk/nb/p/2/">下页 ›</a>', "/xxgk/nb/p/2/"),
    ("/xxgk/nb/list.php", '<a href="/xxgk/nb/list.php?page=2">Next »</a>', "/xxgk/nb/list.php?page=2"),
    ("/xxgk/nb/index.html", '<a href="index_2.html">&gt;&gt; 后页</a>', "/xxgk/nb/index_2.html"),
    ("/xxgk/nb/page/2/", '<a href="/xxgk/nb/page/3/">下一页&raquo;</a>', "/xxgk/nb/page/3/"),
    # only marks: a class token on the link or its <li>, an icon's aria-label — with a next page's address
    ("/xxgk/nb/", '<a class="btn pagination-next" href="/xxgk/nb/page2/"><i class="icon-r"></i></a>',
     "/xxgk/nb/page2/"),
    ("/xxgk/nb/page2/", '<ul><li class="next"><a href="/xxgk/nb/page3/">较早的报告</a></li></ul>', "/xxgk/nb/page3/"),
    ("/xxgk/nb/2/", '<a aria-label="下一页" href="/xxgk/nb/3/"><svg></svg></a>', "/xxgk/nb/3/"),
    ("/xxgk/nb/", '<a title="Next page" href="/xxgk/nb/index_2.html"><img src="r.png"></a>', "/xxgk/nb/index_2.html"),
])
def test_next_link_is_taken(here: str, pager: str, expected: str) -> None:
    found = pagers.recognise(_page(pager), HOST + here)
    assert found.next_url == HOST + expected
    assert found.urls == [HOST + expected]


@pytest.mark.parametrize(("here", "pager"), [
    # a post navigation: class="next" to a post under the list, "下一篇 »"
    ("/xxgk/nb/", '<a class="next" href="/xxgk/nb/2025/06/27/juesuan.html">部门决算</a>'),
    ("/xxgk/nb/", '<a href="/xxgk/nb/2025/06/27/juesuan.html">下一篇 »</a>'),
    # class="next" to another column, to a year's column, to a page it does not follow (page 4 from 2)
    ("/xxgk/nb/", '<li class="next"><a href="/xxgk/zcjd/">政策解读</a></li>'),
    ("/xxgk/nb/", '<a class="next" href="/xxgk/nb/2024/">2024年</a>'),
    ("/xxgk/nb/page/2/", '<a class="page-next" href="/xxgk/nb/page/4/"><i></i></a>'),
    ("/xxgk/nb/", '<a class="next" href="/xxgk/nb/list.php?year=2">更早</a>'),
    # an icon whose label says something else
    ("/xxgk/nb/", '<a aria-label="分享" class="share" href="/xxgk/nb/page2/"><i></i></a>'),
])
def test_not_a_next_page(here: str, pager: str) -> None:
    found = pagers.recognise(_page(pager), HOST + here)
    assert found.next_url is None
    assert found.urls == []
