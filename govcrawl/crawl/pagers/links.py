"""Pagers a page links or prints: next / last / numbered / ``?page=N`` links, ``rel="next"``, the
query parameter such links page by, a later page's link back to the first, and the counts a pager
prints (共 N 条, 共 N 页, 页次：1/3) in or beside its block."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from parsel import Selector

from govcrawl.crawl import pagerdata
from govcrawl.crawl.pagefunc import called_page_href
from govcrawl.crawl.pagers.model import Pager, is_offset_name
from govcrawl.crawl.pagers.pageurls import PAGE_PARAM, is_next_page, next_class, next_list_page
from govcrawl.crawl.urls import document_base, link_href, page_url, query_items, usable_href

# "共 12 条", "共列出 12 条", "共收录 8 个" (a verb between 共 and the count that only a list uses).
# "共 27 条", "共列出 8 条", "共找到 11 条记录" (a database catalogue's search answer).
COUNT_LEAD = r"共\s*(?:列出|收录|找到|检索到|查到|查询到)?\s*[:：]?\s*"
_RECORDS = re.compile(COUNT_LEAD + r"(\d+)\s*(?:条|篇|项|个)")
_PAGES = re.compile(r"共\s*[:：]?\s*(\d+)\s*页")
_PAGE_OF = re.compile(r"(?<![\d/\-.])(\d{1,5})\s*/\s*(\d{1,5})(?![\d/\-.])")  # 1/3, not 2024/1/30
_PAGE_AT = re.compile(r"(?:当前|现在|目前)?第\s*(\d{1,5})\s*页")  # "当前第 2 页", "第 1 页，共 3 页"
# A page, a batch of records ("[下一批]": a catalogue paged by record offsets), or a blog's older posts
# (较旧的文章, "Older posts": a list newest first).
_NEXT = re.compile(r"^(?:下一?[页頁批]|后一?[页頁批]|下[页頁]|next(?:\s*page)?|>|›|»|>>"
                   r"|较旧的?(?:文章|内容|条目)?|older(?:\s+(?:posts|entries|articles))?)$", re.I)
_LAST = re.compile(r"^(?:尾[页頁]|末[页頁]|最后一?[页頁]|last(?:\s*page)?|>\||»\|)$", re.I)
_BACK = re.compile(r"^(?:首[页頁]|第一[页頁]|上一?[页頁批]|前一?[页頁批]|first(?:\s*page)?|prev(?:ious)?(?:\s*page)?|"
                   r"<|‹|«|<<|\|<|\|«|较新的?(?:文章|内容|条目)?|newer(?:\s+(?:posts|entries|articles))?)$", re.I)
# The arrows a pager prints beside its words ("下一页 »", "« 上一页", "Next ›", "下一页>>", "尾页 »|"):
# the words without them are what the link says.  A link of arrows only is read as it is (», >>, »|).
_ARROWS = "«»‹›<>＜＞←→|〉《》 \u3000"
_PAGER_CLASS = pagerdata.PAGER_MARK
# A pager link's text in brackets, as legacy JSP/ASP pagers print it (``[下一页]``, ``【尾页】``, ``[2]``).
_BRACKETED = re.compile(r"^[\[【〔(（]\s*(.*?)\s*[\]】〕)）]$")


def _says(words: re.Pattern[str], text: str) -> bool:
    """Does a pager link's text say ``words`` (``_NEXT``, ``_LAST``, ``_BACK``), arrows beside it or not."""
    bare = text.strip(_ARROWS)
    return bool(words.match(text) or (bare and words.match(bare)))


def says_next(text: str) -> bool:
    """Does a link's text say "next page" (下一页, 下页, 后页, Next, ›, », >), arrows beside it or not."""
    return _says(_NEXT, text)


def _says_other(text: str) -> bool:
    """Does a link's text say another pager control (上一页, 尾页, a page number)?"""
    return _says(_LAST, text) or _says(_BACK, text) or text.isdigit()


def marked_next(link: Selector) -> bool:
    """Is a link marked as a pager's next control other than by its text: a class token on it or its
    parent (``next_class``), or an ``aria-label`` / ``title`` that says next (an icon's ``aria-label="下一页"``)?
    What its marks say is trusted only with the address of a next page (``is_next_page``): a post
    navigation's ``class="next"`` leads to a post."""
    return next_class(link) or any(says_next(" ".join((link.attrib.get(name) or "").split()))
                                   for name in ("aria-label", "title"))


def link_text(link: Selector) -> str:
    """A link's visible text, blanks collapsed and a bracket pair around it dropped; for a link that is
    only a picture (SharePoint's ``<a href="…PageFirstRow=5…"><img src="next.gif" alt="下一页"></a>``), what
    its picture's ``alt`` says."""
    text = " ".join(" ".join(link.xpath(".//text()").getall()).split())
    if not text:
        text = " ".join(" ".join(link.xpath(".//img/@alt").getall()[:2]).split())
    bracketed = _BRACKETED.match(text)
    return bracketed[1] if bracketed else text


def first_page_alias(url: str, first: str) -> bool:
    """Is ``url`` the list's first page ``first`` with its page parameter set to 1, or its record
    offset set to 0 — a later page's link back to the first (``List?columnId=27&page=1`` for
    ``List?columnId=27``, ``ndbg?start=0`` for ``ndbg`` paged ``?start=4``, ``?start=8``): the same
    page by another name, not another page of the list."""
    here, there = urlsplit(url), urlsplit(first)
    if (here.scheme, here.netloc.lower(), here.path) != (there.scheme, there.netloc.lower(), there.path):
        return False
    query, own = query_items(url), query_items(first)
    extra = [name for name in query if name not in own]
    if len(extra) != 1 or any(query.get(name) != value for name, value in own.items()):
        return False
    name = extra[0].decode("utf-8", "replace")
    if query[extra[0]] == b"0" and is_offset_name(name):
        return True
    return query[extra[0]] == b"1" and bool(PAGE_PARAM.fullmatch(f"{name}=1"))


def printed_counts(text: str) -> tuple[int | None, int | None, int | None]:
    """(records, pages, current page) printed by a pager: 共 N 条(记录), 共 N 页, 页次：1/3, 当前第 1 页."""
    records = _RECORDS.search(text)
    pages = _PAGES.search(text)
    page_of = _PAGE_OF.search(text)
    if page_of and int(page_of[1]) > int(page_of[2]):
        page_of = None  # not a page position
    total_pages = int(pages[1]) if pages else (int(page_of[2]) if page_of else None)
    page_at = _PAGE_AT.search(text) if page_of is None else None
    current = int(page_of[1]) if page_of else (int(page_at[1]) if page_at and int(page_at[1]) <= (total_pages or 0)
                                                 else None)
    return (int(records[1]) if records else None), total_pages, current


def pager_text(sel: Selector) -> str:
    """The visible text of the page's pager blocks (elements whose class/id names a pager, and the
    parents of next-page links), else of the whole body without scripts."""
    parts: list[str] = []
    for node in sel.xpath("//*[@class or @id]"):
        marker = f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"
        if _PAGER_CLASS.search(marker) and len(node.xpath(".//text()").getall()) < 200:
            parts.append(" ".join(node.xpath(".//text()[not(ancestor::script)]").getall()))
            parts.extend(_count_lines(node))
    for link in sel.xpath("//a"):
        if says_next(link_text(link)):
            parts.append(" ".join(link.xpath("../..//text()[not(ancestor::script)]").getall()))
    if parts:
        return " ".join(parts)
    return " ".join(sel.xpath("//body//text()[not(ancestor::script) and not(ancestor::style)]").getall())


# A pager's counts printed beside it rather than in it: PagedList.Mvc's ``<ul class="pagination">``
# with "第 1 页，共 3 页" in the ``<p>`` after it and "共 11 条记录" above the table before it.  Only
# short, link-free lines among the pager's nearest siblings (not the list's rows, not a menu).
_NEAR_SIBLINGS = 3
_COUNT_LINE_CHARS = 60


def _count_lines(pager: Selector) -> list[str]:
    lines = []
    near = f"[position() <= {_NEAR_SIBLINGS}][not(.//a)][not(self::script or self::style)]"
    for node in pager.xpath(f"preceding-sibling::*{near} | following-sibling::*{near}"):
        text = " ".join(" ".join(node.xpath(".//text()").getall()).split())
        if text and len(text) <= _COUNT_LINE_CHARS:
            lines.append(text)
    return lines


def linked_pages(sel: Selector, base_url: str, pager: Pager | None = None, encoding: str | None = "utf-8",
                 here: str | None = None) -> Pager:
    """Pages the pager links: next/last links, numbered links, ``?page=N`` links — escaped as a
    browser sends them from a page in ``encoding`` (``urls.page_url``); ``base_url`` is what its links
    resolve against (``urls.document_base``), ``here`` the page's own URL (by default the same)."""
    pager = pager or Pager()
    here = (here or base_url).split("#")[0]
    found = False
    for link in sel.xpath("//a[@href]"):
        href = link_href(link)  # its href, else the address its script opens (``location.href='…'``)
        if href is None:
            continue
        text = link_text(link)
        url = page_url(base_url, href, encoding).split("#")[0]
        if url == here:
            continue
        # Its words say next; or only its marks do (``class="next"``, an icon's ``aria-label``) and its
        # address is the list's next page (a post navigation's ``class="next"`` leads to a post).
        if says_next(text) or (marked_next(link) and not _says_other(text) and is_next_page(url, here)):
            pager.next_url = pager.next_url or url
            pager.add(url)
            found = True
        elif (_says(_LAST, text) or (text.isdigit() and 0 < int(text) < 10_000 and _in_pager(link))
              or (PAGE_PARAM.search(urlsplit(url).query) and urlsplit(url).path == urlsplit(here).path)):
            pager.add(url)
            found = True
    if found:
        pager.kinds.append("links")
    return pager


# Past this many ``rel`` links a page is not naming its list's next page (bounded read).
_MAX_REL_LINKS = 200


def rel_next(sel: Selector, base_url: str, pager: Pager | None = None, encoding: str | None = "utf-8",
             here: str | None = None) -> Pager:
    """The next page the document names by relation: ``<link rel="next" href="…">`` (HTML's and
    search engines' way, kept by server-rendered SPAs whose pager is buttons), ``<a rel="next">``
    whatever its text (an icon).  The server's own URL, so following it is no guess; it becomes the
    pager's next link (the caller bounds the chain)."""
    pager = pager or Pager()
    here = (here or base_url).split("#")[0]
    for node in sel.xpath("//link[@rel][@href] | //a[@rel]")[:_MAX_REL_LINKS]:
        if "next" not in (node.attrib.get("rel") or "").lower().split():
            continue
        href = (node.attrib.get("href") or "").strip() if node.root.tag == "link" else link_href(node)
        if not href or not usable_href(href):
            continue
        url = page_url(base_url, href, encoding).split("#")[0]
        if url == here or urlsplit(url).scheme not in ("http", "https"):
            continue
        pager.next_url = pager.next_url or url
        pager.add(url)
        if "rel_next" not in pager.kinds:
            pager.kinds.append("rel_next")
    return pager


def link_page_parameter(sel: Selector, base_url: str, encoding: str | None = "utf-8") -> str | None:
    """The query parameter a page's pager links page by, whatever the server calls it (``Page=2``,
    ``pageNo=3``, ``curpage=2``, ``p=2``): the one numeric parameter in which a pager link (下一页 /
    尾页 / 首页 / 上一页 / a number — a last page links only back) to this page's own path differs from
    this page's query (``ArticleList.asp?ClassID=12`` → ``…?ClassID=12&Page=2``); the name most such
    links vary, else None.  Queries are compared as the bytes sent (a link's raw ``BigClassName=政务公开``
    in a GBK page is the page's own ``%D5%FE…``: ``encoding`` is the page's)."""
    here = urlsplit(base_url.split("#")[0])
    own = query_items(base_url)
    votes: dict[str, int] = {}
    page = sel.get()
    rules: dict[str, tuple[str, str] | None] = {}
    joined = document_base(sel, base_url)
    for link in sel.xpath("//a[@href]")[:2000]:
        href = link_href(link) or called_page_href(link, page, rules)  # ``javascript:goPage(2)``: its rule
        text = link_text(link)
        if href is None or not (says_next(text) or _says(_LAST, text) or _says(_BACK, text)
                                or (text.isdigit() and _in_pager(link))):
            continue
        url = page_url(joined, href, encoding)
        if urlsplit(url).path != here.path:
            continue
        query = query_items(url)
        changed = [key for key, value in query.items() if own.get(key) != value]
        if len(changed) == 1 and query[changed[0]].isdigit() and set(own) <= set(query):
            name = changed[0].decode("utf-8", "replace")
            votes[name] = votes.get(name, 0) + 1
    return max(votes, key=lambda name: votes[name]) if votes else None


def _in_pager(link: Selector) -> bool:
    """A numbered link is a page link when a pager-looking block or a next/last link is near it."""
    for ancestor in link.xpath("ancestor::*[position() <= 3]"):
        marker = f"{ancestor.attrib.get('class', '')} {ancestor.attrib.get('id', '')}"
        if _PAGER_CLASS.search(marker):
            return True
        texts = [link_text(a) for a in ancestor.xpath(".//a")]
        if any(says_next(t) or _says(_LAST, t) for t in texts):
            return True
    return False


# A "load more" control's words: 加载更多 / 点击加载 / load more (a loader's own words), 查看更多 / 显示更多 —
# or a bare 更多 when the link or its block is marked as a loader (``more-btn``, ``<div class="load-more">``),
# not as a box's "more" (``class="more"`` in a box's heading leads to another column).
_LOAD_WORDS = re.compile(r"^(?:点击)?加载(?:更多|下一页)?(?:内容|信息|数据|记录|文章)?[>»›＞+＋.…。]*$"
                         r"|^(?:load|show)\s*more[>»›+]*$", re.I)
_MORE_WORDS = re.compile(r"^(?:点击)?(?:查看|显示)更多(?:内容|信息|数据|记录|文章)?[>»›＞+＋.…。]*$"
                         r"|^view\s*more[>»›+]*$", re.I)
_BARE_MORE = re.compile(r"^更多[>»›＞+＋.…。]*$|^more[>»›+]*$", re.I)
_LOADER_MARK = re.compile(r"load[-_]?more|more[-_]?(?:btn|button|link)|btn[-_]?more|get[-_]?more|jiazai|"
                          r"loadmore", re.I)
MAX_MORE_CONTROLS = 2000  # links and buttons a page is read for
# Where a loader control whose ``href`` is a script (``href="javascript:;"``, a ``<button>``) keeps the
# page it fetches next: ``data-next="index_2.html"``, ``data-url``, ``data-href``.
_LOADER_ATTRS = ("data-next", "data-next-url", "data-next-page", "data-url", "data-href", "data-src")


def _loader_target(control: Selector) -> str | None:
    """The next page a loader control names in an attribute (``_LOADER_ATTRS``), or None."""
    for name in _LOADER_ATTRS:
        value = (control.attrib.get(name) or "").strip()
        if usable_href(value):
            return value
    return None


def more_link(sel: Selector, base_url: str, pager: Pager | None = None, encoding: str | None = "utf-8",
              here: str | None = None) -> Pager:
    """The next page a "加载更多" link names (``<div class="kl-more"><a class="more-btn"
    href="index_1.shtml">点击加载更多</a></div>``, ``<a id="loadMore" href="list_2.html">查看更多</a>``): the
    list's own next page file (``_next_list_page``), which the page's script appends in place and which
    is an ordinary page of the list too.  Each page names only the next one, so it is the pager's next
    link, a chain the caller follows page by page until a page names none.  A "更多" to another column
    (a box's, the site's navigation) is not one: a bare "更多", or a "查看更多" to a file named by a bare
    number (``4.jspx``, as a site's numbered columns are), counts only when its words say it loads
    (加载更多) or the link or its block is marked as a loader (``more-btn``, ``load-more``).  A control
    whose ``href`` is a script, or a ``<button>``, names the page in an attribute (``data-next``)."""
    pager = pager or Pager()
    here = (here or base_url).split("#")[0]
    for link in sel.xpath("//a | //button")[:MAX_MORE_CONTROLS]:
        text = "".join(link_text(link).split())
        if not text or len(text) > 12:
            continue
        loads = bool(_LOAD_WORDS.match(text))
        if not loads and not _MORE_WORDS.match(text) and not _BARE_MORE.match(text):
            continue
        href = link_href(link) or _loader_target(link)
        if href is None:
            continue
        url = page_url(base_url, href, encoding).split("#")[0]
        stem = next_list_page(url, here) if url != here else None
        if stem is None:
            continue
        if not loads and (not stem or not _MORE_WORDS.match(text)):
            marks = [f"{node.attrib.get('class', '')} {node.attrib.get('id', '')}"
                     for node in link.xpath("ancestor-or-self::*[position() <= 2]")]
            if not any(_LOADER_MARK.search(mark) for mark in marks):
                continue
        pager.next_url = pager.next_url or url
        pager.add(url)
        if "more" not in pager.kinds:
            pager.kinds.append("more")
        break
    return pager
