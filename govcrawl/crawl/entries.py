"""List-entry recognisers shared by every family base and the generic path (portals.md §2.3, §7).

* ``link_title``: the title of a list link — ``title=`` when it is the (untruncated) title, the
  visible text when ``title=`` is a tooltip of fields ("文章标题：… 作者：… 更新时间：…"; then the
  tooltip's 文章标题 field only if the visible text is cut short).
* ``entry_title``: that title, completed with the row's department on 部门年报 tables.
* ``list_entries``: (href, title) of the entry links of a list page, whatever its markup
  (``ul li``, table rows, ``div`` rows, ``dl``): every link with a title, minus pager links.
* ``count_entries``: how many entries a list page shows — links in rows that carry a date (nav
  menus do not), else links in list rows — the figure compared with what the pager declares.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsel import Selector

_TOOLTIP_FIELD = re.compile(r"(文章标题|标题|作者|更新时间|发布时间|发布日期|点击数?|浏览次数|来源)\s*[:：]")
_TOOLTIP_TITLE = re.compile(r"(?:文章标题|标题)\s*[:：]\s*(.+?)\s*"
                            r"(?=(?:作者|更新时间|发布时间|发布日期|点击|浏览次数|来源)\s*[:：]|$)", re.S)
_TRUNCATED = re.compile(r"(?:…|\.\.\.|。。。)\s*$")
_DATE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_PAGER_TEXT = re.compile(r"^(?:首页|上一?页|下一?页|尾页|末页|前页|后页|\d{1,4}|next|prev|last|first|>|<|»|«)$", re.I)
_ROW_LINKS = ("//li//a[@href] | //tr//a[@href] | //dd//a[@href] | //dt//a[@href]"
              " | //*[contains(@class,'list')]//a[@href] | //*[contains(@class,'item')]//a[@href]")


def link_title(link: Selector) -> str:
    """A list link's title (see the module docstring)."""
    visible = " ".join(" ".join(link.xpath(".//text()").getall()).split())
    attr = " ".join((link.attrib.get("title") or "").split())
    if not attr:
        return visible
    flat = "".join(attr.split())  # "作    者：" in old ASP templates
    if len(_TOOLTIP_FIELD.findall(flat)) >= 2 or flat.startswith(("文章标题", "标题：", "标题:")):
        field = _TOOLTIP_TITLE.search(flat)
        if field and (not visible or _TRUNCATED.search(visible)):
            return field[1].strip()
        return visible or (field[1].strip() if field else attr)
    return attr


_YEAR_FIRST = re.compile(r"^\s*(?:19|20)\d{2}\s*年")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def entry_title(link: Selector) -> str:
    """``link_title``, completed with its owner on 部门年报 tables: a link that says only
    "2023年度报告" gets the row's first cell (the department) in front of it, unless it names it."""
    title = link_title(link)
    if _YEAR_FIRST.match(title):
        owner = row_owner(link)
        if owner and owner.replace(" ", "") not in title.replace(" ", ""):
            title = f"{owner} {title}"
    return title


def row_owner(link: Selector) -> str | None:
    """The department a table row names before a link: the nearest cell to its left with Chinese
    text and no link (a 序号 cell of digits is skipped)."""
    cells = link.xpath("ancestor::td[1]/preceding-sibling::*[self::td or self::th]")
    for cell in reversed(cells):
        if cell.xpath(".//a"):
            continue
        text = " ".join(" ".join(cell.xpath(".//text()").getall()).split())
        if _CJK.search(text):
            return text
    return None


def _usable(href: str) -> bool:
    href = href.strip()
    return bool(href) and not href.startswith(("#", "javascript:", "mailto:", "tel:"))


def list_entries(sel: Selector, selector: str | None = None) -> Iterator[tuple[str, str]]:
    """(href, title) of every entry link of a list page (pager links and bare anchors left out)."""
    seen: set[str] = set()
    links = sel.css(selector) if selector else sel.xpath("//body//a[@href] | //a[@href]")
    for link in links:
        href = link.attrib["href"].strip()
        if not _usable(href) or href in seen:
            continue
        title = entry_title(link)
        if not title or _PAGER_TEXT.match(title):
            continue
        seen.add(href)
        yield href, title


def count_entries(sel: Selector) -> int:
    """Entries a list page shows: distinct links in rows with a date, else links in list rows."""
    dated: set[str] = set()
    rows: set[str] = set()
    for link in sel.xpath(_ROW_LINKS):
        href = link.attrib["href"].strip()
        if not _usable(href):
            continue
        title = link_title(link)
        if not title or _PAGER_TEXT.match(title):
            continue
        rows.add(href)
        row = link.xpath("ancestor::*[self::li or self::tr or self::dd or self::dl or self::div][1]")
        row_text = " ".join(row[0].xpath(".//text()").getall()) if row else ""
        if _DATE.search(row_text) and len(row_text) < 400:
            dated.add(href)
    return len(dated) if dated else len(rows)
