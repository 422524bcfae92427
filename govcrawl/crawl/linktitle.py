"""A list link's title: ``title=`` when it is the (untruncated) title, the visible text when ``title=``
is a tooltip of fields ("文章标题：… 作者：… 更新时间：…"; then the tooltip's 文章标题 field only if the
visible text is cut short); the words a theme wraps ``title=`` in ("Permalink to …", "点击查看：…") are
not the title's; an ``<area>``'s text is its ``alt``; a card link's visible text is its heading, not its
abstract (``linkheading``)."""

from __future__ import annotations

import re

from parsel import Selector

from govcrawl.crawl.linkheading import heading_text

# A tooltip's fields besides the title (portals.md §7): who wrote or published it, when, how often read.
_OTHER_FIELDS = (r"作者|更新时间|发布时间|发布日期|成文日期|生成日期|点击数?|浏览次数"
                 r"|来源|信息来源|发布机构|发文机关|索引号|文号")
_TOOLTIP_FIELD = re.compile(rf"(文章标题|标题|{_OTHER_FIELDS})\s*[:：]")
_TOOLTIP_TITLE = re.compile(rf"(?:文章标题|标题)\s*[:：]\s*(.+?)\s*(?=(?:{_OTHER_FIELDS})\s*[:：]|$)", re.S)
_TRUNCATED = re.compile(r"(?:…|\.\.\.|。。。)\s*$")
# The words a theme wraps the title in when it writes ``title=`` as a tooltip ("Permalink to …",
# "Read more: …", "点击查看：…", "…（点击查看）"): an action, not the title's.  A leading run of Latin words
# before the title's first Han character or digit (an agency's name is never Latin), or an action word.
_TOOLTIP_LEAD = re.compile(r"^(?:[A-Za-z][A-Za-z'’ ]*[:：]?\s*(?=[\u3400-\u9fff0-9《“（(【])"
                           r"|(?:点击)?(?:查看|阅读|打开|浏览|访问|链接到|进入)(?:详情|全文|原文)?\s*[:：]\s*)")
_TOOLTIP_TAIL = re.compile(r"\s*(?:[（(【\[]\s*(?:点击)?(?:查看|阅读|打开|浏览)(?:详情|全文|原文)?\s*[）)】\]]"
                           r"|[-—–|]\s*(?:点击)?(?:查看|阅读)(?:详情|全文|原文)?)$")

def link_title(link: Selector) -> str:
    """A list link's title (see the module docstring)."""
    """A list link's title (see the module docstring)."""
    # A card link (heading + abstract + date in one <a>): its heading is its title (``linkheading``).
    visible = heading_text(link) or " ".join(" ".join(link.xpath(".//text()").getall()).split())
    if not visible and link.root.tag == "area":  # an image map's region shows no text: its alt is it
        visible = " ".join((link.attrib.get("alt") or "").split())
    attr = _TOOLTIP_TAIL.sub("", _TOOLTIP_LEAD.sub("", " ".join((link.attrib.get("title") or "").split())))
    if not attr:
        return visible
    flat = "".join(attr.split())  # "作    者：" in old ASP templates
    if len(_TOOLTIP_FIELD.findall(flat)) >= 2 or flat.startswith(("文章标题", "标题：", "标题:")):
        field = _TOOLTIP_TITLE.search(flat)
        if field and (not visible or _TRUNCATED.search(visible)):
            return field[1].strip()
        return visible or (field[1].strip() if field else attr)
    return attr
