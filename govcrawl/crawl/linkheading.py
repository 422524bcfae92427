"""The title of a list link that wraps a whole card (portals.md §7): a news card whose one ``<a>`` holds a
heading and more — an abstract, a date, a "阅读全文" label:

* ``<a><h4>…</h4><p class="abs">…</p></a>``, ``<a><div class="tit">…</div><div class="desc">…</div>
  <span>2025-01-22</span></a>``: the heading (``h1``–``h6``) or the child whose class says title
  (``title``, ``tit``, ``news-title``, ``biaoti``; not ``subtitle``) is the title;
* ``<a><strong>…</strong><p>…</p></a>``: a bold child that stands apart from the rest (the link's
  own text is only its children's) is the title.

The rest of the card is not part of the title: read with it, the abstract (often the title again,
cut short "……") would make the title name its agency twice.  A link whose text is its title alone
(``<a>县财政局2024年…</a>``, ``<a><b>2024</b>年度报告</a>``) has no heading: ``None``.
"""

from __future__ import annotations

import re

from parsel import Selector

_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A class token that says title: "title", "tit", "news-title", "kp_tit", "biaoti" — not "subtitle".
_TITLE_CLASS = re.compile(r"(?<![a-z])(?:title|tit|biaoti)(?![a-z])", re.I)
_BOLD_TAGS = frozenset({"strong", "b"})
# What may stand beside a bold title in a card: a block (the abstract) or a date or a "read on" label —
# a bold word followed by an inline span of the same line ("<b>县财政局</b><span>2024年度报告</span>")
# is one title split in two.
_BLOCK_TAGS = frozenset({"p", "div", "section", "dl", "dd", "ul", "ol", "article", "blockquote"})
_ASIDE = re.compile(r"^(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?"
                    r"|(?:阅读|查看|浏览)?(?:全文|详情|更多|原文)[>»›]*)$")


def _text(node: Selector) -> str:
    return " ".join(" ".join(node.xpath(".//text()[not(ancestor::script or ancestor::style)]").getall()).split())


def _is_title_element(node: Selector) -> bool:
    tag = node.root.tag if isinstance(node.root.tag, str) else ""
    return tag.lower() in _HEADING_TAGS or bool(_TITLE_CLASS.search(node.attrib.get("class") or ""))


def heading_text(link: Selector) -> str | None:
    """The text of the title element a card link wraps beside other text (see the module docstring),
    else None."""
    whole = _text(link)
    if not whole:
        return None
    for node in link.xpath(".//*"):
        if _is_title_element(node):
            text = _text(node)
            if text:
                return text if text != whole else None
    # A bold child is a title only when it stands apart: the link's own text is its children's, and
    # another child carries text too (``<a><b>2024</b>年度报告</a>`` is one title, emphasised).
    if "".join(link.xpath("./text()").getall()).strip():
        return None
    children = [child for child in link.xpath("./*") if _text(child) and isinstance(child.root.tag, str)]
    if len(children) < 2 or children[0].root.tag.lower() not in _BOLD_TAGS:
        return None
    if not all(child.root.tag.lower() in _BLOCK_TAGS or _ASIDE.match(_text(child)) for child in children[1:]):
        return None
    return _text(children[0])
