"""Who published a page, as the page says it beside its title (portals.md §2.2, §6): pure functions
of a page, read when a report's list title names no agency.

* ``report_part``: the report title in a page's ``<title>`` ("report title_site name").
* ``declared_publisher``: the 信息公开 metadata table's 发布机构 cell, or the ContentSource meta;
  ``declared_names``: both as written, whoever they name;
  ``publisher_name``: such a publisher as written, also by a list API's row (gkmlpt's ``publisher``).
* ``heading_titles``: report titles the article shows as headings (``h2``/``h3``, a ``*title*``
  block, a centred bold line) — a department's report on a shared platform whose list said only
  "2023年度报告" usually heads its body with its full title.
* ``in_breadcrumb``: is a link a step of a breadcrumb?  ``breadcrumb_text``: the breadcrumb's words.
* ``breadcrumb_unit``: the last unit a breadcrumb ("当前位置：首页 > 部门信息公开 > 县教育局 > 年报")
  walks through.
* ``footer_sponsor``: the unit a page's footer names as 主办单位.

Each returns names as the page writes them; the caller decides whether they are another agency
than the portal's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parsel import Selector

from govcrawl.crawl.classify import is_report_title, is_unit_name
from govcrawl.report.metadata import DECLARED_UNIT_ENDING
from govcrawl.report.normalize import HAN

# A page's <title> is "report title_site name" (or "-", "|"): only the report's part names its agency.
_TITLE_SEPARATOR = re.compile(r"\s*(?:_|\||｜|—|--|(?<!\d)-(?!\d))\s*")  # not the "-" of a date
_SITE_NAME = re.compile(r"(?:政府信息公开|信息公开网?|政务公开|门户网站|网站|政府网|政务网|平台|专栏)$")
# The 信息公开 metadata table's publisher cell (索引号 / 发布机构 / 成文日期 …), or the ContentSource meta.
_PUBLISHER_CELL = ("//*[self::th or self::td][starts-with(translate(normalize-space(.),' 　',''),'发布机构')]"
                   "/following-sibling::td[1]//text()")
# An office of the government publishes the government's own report: that is no other agency.
_GOVERNMENT_OFFICE = re.compile(r"(?:人民政府|政府)(?:办公室|办)$|^(?:县|市|区)?政府办$")


def is_site_name(name: str) -> bool:
    """"苕原县政府信息公开", "…门户网站": a site's name left over from a page title, not an agency."""
    return bool(_SITE_NAME.search(name))


def is_government_office(name: str) -> bool:
    """An office of the government (县政府办公室) publishes the government's own report."""
    return bool(_GOVERNMENT_OFFICE.search(name))


def report_part(page_title: str | None) -> str | None:
    """The part of a page's ``<title>`` that is a report title (the site's name cut off)."""
    if not page_title:
        return None
    parts = [p for p in _TITLE_SEPARATOR.split(page_title.strip()) if p]
    return next((p for p in parts if is_report_title(p)), None)


def declared_publisher(sel: Selector, own_agency: str) -> str | None:
    """The agency a report page declares as its publisher (发布机构 cell, ContentSource meta), when it
    is another agency than the portal's own and not its government's office."""
    for text in (" ".join(sel.xpath(_PUBLISHER_CELL).getall()),
                 sel.xpath('//meta[@name="ContentSource"]/@content').get() or ""):
        name = publisher_name(text, own_agency)
        if name:
            return name
    return None


# A line of the article's information that labels its publisher ("发布日期：2025-01-24　来源：湍阳县卫生健康局",
# "发布单位：…", "信息来源：…"): the name runs to the next space or non-Han character.
_LABELLED = re.compile(r"(?:(?:发布|发文|公开)(?:机构|单位|部门|机关)|(?:信息|文章)?来源)\s*[:：]\s*"
                       r"([" + HAN + r"（）()]{2,30})")
_LABEL_NODES = ("//body//*[not(self::script or self::style)][string-length(normalize-space(.)) <= 200]"
                "[contains(., '来源') or contains(., '发布') or contains(., '发文') or contains(., '公开')]"
                "[not(*[contains(., '来源') or contains(., '发布') or contains(., '发文') or contains(., '公开')])]")
MAX_LABEL_NODES = 40


def declared_names(sel: Selector) -> list[str]:
    """The publisher a page declares (ContentSource meta, 发布机构 cell, a line's "来源：…" label) as
    written, also when it is the portal's own agency: what a title's short or bare name is written out
    from (only a name of the same agency written out is taken: ``metadata.written_out``)."""
    names = ["".join(text.split()).strip("：:") for text in (
        sel.xpath('//meta[@name="ContentSource"]/@content').get() or "", " ".join(sel.xpath(_PUBLISHER_CELL).getall()))]
    for node in sel.xpath(_LABEL_NODES)[:MAX_LABEL_NODES]:
        # A label in an element of its own (<span>来源：</span><span>湍阳县…</span>): the name is its parent's.
        for scope in (node, *node.xpath("..")):
            found = _LABELLED.findall(" ".join(scope.xpath(".//text()").getall())[:400])
            if found:
                names += found
                break
    names = [name for name in names if 2 <= len(name) <= 30 and DECLARED_UNIT_ENDING.search(name)]
    return list(dict.fromkeys(names))


def publisher_name(text: str, own_agency: str) -> str | None:
    """A publisher as a page or a list API writes it (发布机构, ``publisher``), when it names an agency
    other than the portal's own and not its government's office."""
    name = "".join(text.split()).strip("：:")
    if (2 <= len(name) <= 30 and DECLARED_UNIT_ENDING.search(name) and not _GOVERNMENT_OFFICE.search(name)
            and name != own_agency):
        return name
    return None


MAX_HEADINGS = 20
MAX_CRUMB_TEXT = 300
_HEADINGS = ("//h2 | //h3 | //*[contains(@class,'title') or contains(@class,'Title') or contains(@id,'title')]"
             " | //p[@align='center' or contains(@style,'center')]//strong | //center")
# Breadcrumb containers by class or id (crumb, position, location, 当前位置 blocks: dqwz, wz, path).
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_NAMED_CRUMB = " or ".join(f"contains({_LOWER.format(attr)}, '{word}')" for attr in ("@class", "@id")
                          for word in ("crumb", "position", "location", "dqwz", "weizhi"))
_CRUMB_NODES = f"//*[{_NAMED_CRUMB}]"
_CRUMB_LEAD = re.compile(r"^(?:您?(?:当前|现在)?的?(?:所在)?位置|当前位置)\s*[:：]")
_CRUMB_SEPARATOR = re.compile(r"\s*(?:>|＞|»|›|→|/|\\|-{1,2}>)\s*")
_SPONSOR = re.compile(r"主办(?:单位)?\s*[:：]\s*([" + HAN + r"（）()]{2,30})")
_SPONSOR_END = re.compile(r"承办|协办|技术支持|维护|地址|电话|联系|网站|备案|版权")


def heading_titles(sel: Selector) -> Iterator[str]:
    """Report titles among the page's headings, in page order."""
    for node in sel.xpath(_HEADINGS)[:MAX_HEADINGS]:
        text = " ".join(" ".join(node.xpath(".//text()").getall()).split())
        if 6 <= len(text) <= 80 and is_report_title(text):
            yield text


def in_breadcrumb(link: Selector) -> bool:
    """Is a link a step of a breadcrumb (a container named so, or a line led by 当前位置：)?"""
    if link.xpath(f"ancestor-or-self::*[{_NAMED_CRUMB}]"):
        return True
    line = link.xpath("ancestor::*[not(self::a)][1]")
    text = " ".join(" ".join(line[0].xpath(".//text()").getall()).split()) if line else ""
    return bool(_CRUMB_LEAD.match(text)) and len(text) <= MAX_CRUMB_TEXT


def breadcrumb_unit(sel: Selector) -> str | None:
    """The last unit a breadcrumb walks through (its links, else its text split at ``>``)."""
    for node in _crumbs(sel):
        steps = [" ".join(t.split()) for t in node.xpath(".//a//text()").getall()]
        if not steps:
            text = _CRUMB_LEAD.sub("", " ".join(" ".join(node.xpath(".//text()").getall()).split()))
            steps = _CRUMB_SEPARATOR.split(text)
        units = [step for step in steps if is_unit_name(step)]
        if units:
            return "".join(units[-1].split())
    return None


def breadcrumb_text(sel: Selector) -> str:
    """The text of the page's breadcrumb (its steps as one line; "" when it shows none)."""
    return " ".join(" ".join(" ".join(node.xpath(".//text()").getall()).split()) for node in _crumbs(sel))


def _crumbs(sel: Selector) -> Iterator[Selector]:
    for node in sel.xpath(_CRUMB_NODES)[:10]:
        text = " ".join(node.xpath(".//text()").getall())
        if len(text) <= MAX_CRUMB_TEXT:
            yield node
    for node in sel.xpath("//*[not(self::script) and not(self::style)][text()[contains(.,'位置')]]")[:10]:
        text = " ".join(" ".join(node.xpath(".//text()").getall()).split())
        if _CRUMB_LEAD.match(text) and len(text) <= MAX_CRUMB_TEXT:
            yield node


def footer_sponsor(sel: Selector) -> str | None:
    """The unit the page names as its 主办单位 (the footer of a department's site)."""
    text = " ".join(sel.xpath("//body//text()[contains(., '主办')]").getall()[-5:])
    for match in _SPONSOR.finditer(text):
        name = _SPONSOR_END.split(match[1])[0]
        if is_unit_name(name):
            return name
    return None
