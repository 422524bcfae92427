"""A list page that says it holds nothing yet ("暂无信息", "暂无数据", "没有相关记录"): a unit's own 年报
list that is empty is a fact about the unit (it has published none there), not a list the crawl failed
to read.  Read only where the page shows no entry at all (``entries.count_entries``) and the words stand
in an element of their own, not inside a link or a box of other text (a sidebar's "暂无公告" beside a list
the crawler could not read would otherwise hide that list)."""

from __future__ import annotations

import re

from parsel import Selector

from govcrawl.crawl.entries import count_entries

# The whole text of an element that says its list is empty.
_EMPTY = re.compile(r"^[（(【\[]?(?:暂无|暂时没有|没有|无)(?:相关)?(?:信息|数据|内容|记录|文章|结果|公开信息)(?:发布)?"
                    r"[!！。.]?[）)】\]]?$"
                    r"|^(?:查询|检索|搜索)?结果为空[。.]?$|^no\s+(?:data|records?|items?)(?:\s+found)?\.?$", re.I)
MAX_ELEMENTS = 3_000


def says_empty(sel: Selector) -> str | None:
    """The words with which a page that shows no entry says its list is empty; None otherwise."""
    if sel.type not in ("html", "xml") or count_entries(sel) > 0:
        return None
    for element in sel.xpath("//body//*[not(self::script or self::style or self::a)][not(ancestor::a)]")[:MAX_ELEMENTS]:
        text = "".join("".join(element.xpath(".//text()").getall()).split())
        if text and len(text) <= 16 and _EMPTY.match(text):
            return text
    return None
