"""HTML pages: charset, metadata, the report's tables with spans expanded, the main text.

The page is parsed once with lxml.  The report tables are read from the raw ``<table>`` markup
(trafilatura keeps tables as rectangular grids and loses which cells were spanned,
crawling.md); then the same tree goes to trafilatura for the main text without tables, which
removes the page chrome (portals.md §3).
"""

from __future__ import annotations

import json
import logging
import re

import lxml.html
import trafilatura
from lxml import etree

from govcrawl.report import template as tpl
from govcrawl.report.document import Document, Grid, ReadError
from govcrawl.report.limits import refuse_on_memory
from govcrawl.report.normalize import is_value_text
from govcrawl.report.text import decode_text, normalise_charset

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_TABLE_CUES = (
    "第二十条", "信息内容", "自然人", "申请人情况", "本年新收", "行政复议", "复议后起诉", "予以公开", "行政许可",
)
# Row labels distinctive enough to mark a table as the rest of a report table (tables 二/三).
_CONTINUATION_ROWS = tuple(
    a for aliases in (*tpl.T2_ROW_LABELS.values(), *tpl.T3_ROW_LABELS.values()) for a in aliases if len(a) >= 4
)
_CHROME_IMG = re.compile(r"logo|qr|ewm|erweima|icon|banner|conac|jiucuo|beian|gongan|share|weixin|wechat|weibo|"
                         r"\.gif$|red\.png|gh\.png|blank|spacer|arrow|btn|search|top", re.I)
# Styles that hide an element, matched in lower-cased text.  Four patterns, each led by a literal,
# rather than one case-insensitive alternation: re scans for a literal prefix at C speed, and the
# alternation cost ~3 ms on an 85 KB page (a sixth of the whole parse).
_HIDING_STYLES = tuple(re.compile(p) for p in (
    r"display\s*:\s*none", r"visibility\s*:\s*hidden", r"left\s*:\s*-\d{3,}px", r"text-indent\s*:\s*-\d{3,}",
))
MAX_SPAN = 200
MAX_TABLE_ROWS = 5000
MAX_TABLES = 200


def sniff_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def read_html(data: bytes, declared_charset: str | None = None) -> Document:
    doc = Document(media_type="text/html")
    meta_charset = sniff_charset(data)
    text, flags = decode_text(data, declared_charset or meta_charset)
    if declared_charset and meta_charset and normalise_charset(declared_charset) != normalise_charset(meta_charset):
        flags.append("charset_conflict")
    doc.flags += flags
    # lxml refuses str input that still carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        raise ReadError("empty_document", "the page is empty")
    try:
        tree = lxml.html.document_fromstring(text, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise ReadError("unreadable_html", f"cannot parse HTML: {exc}") from exc

    _read_metas(tree, doc)
    embedded = _embedded_content(tree) if _EMBEDDED.search(text) else None
    for el in tree.iter("script", "style", "noscript", "template"):
        el.text = None  # keeps the tree small for trafilatura; scripts carry no report content
    if embedded is not None:
        _show_embedded(tree, embedded)
    if _hides(text):  # most pages hide nothing: skip the tree walk
        doc.extra_text += [t for el in _hidden(tree) if (t := _text(el).strip())]
    if _DIV_GRID_HINT.search(text):
        _div_grids_as_tables(tree)
    _lift_pre_reports(tree)
    tables = _report_tables(tree)
    doc.tables = [table_grid(t) for t in tables]
    doc.image_count = _content_images(tree)
    doc.text = _main_text(tree, tables)
    return doc


# A page the browser renders from an article object in a script (gkmlpt's ``var _CONFIG =
# {DETAIL: {"content": "<p>…<table>…"}}``, portals.md §1.6): the object's HTML is the page's body.
_EMBEDDED = re.compile(r"""\b(?:DETAIL|detail|articleDetail|ARTICLE)["']?\s*:\s*\{""")
_CONTENT_KEYS = ("content", "contentHtml", "body", "htmlContent")
MAX_EMBEDDED_SCRIPT = 5_000_000


def _embedded_content(tree: lxml.html.HtmlElement) -> str | None:
    """The HTML of the article object a script embeds (JSON-escaped inside the script), if any."""
    for script in tree.iter("script"):
        source = script.text or ""
        if len(source) > MAX_EMBEDDED_SCRIPT:
            continue
        match = _EMBEDDED.search(source)
        if match is None:
            continue
        try:
            value, _end = json.JSONDecoder().raw_decode(source, match.end() - 1)
        except ValueError:
            continue
        if isinstance(value, dict):
            for key in _CONTENT_KEYS:
                content = value.get(key)
                if isinstance(content, str) and "<" in content:
                    return content
    return None


def _show_embedded(tree: lxml.html.HtmlElement, content: str) -> None:
    """The embedded article as the page shows it once rendered — only when the page's own markup
    carries no report table (a page that renders both keeps its markup, read once)."""
    body = tree.find("body")
    if body is None or any(cue in _text(body) for cue in _TABLE_CUES):
        return
    try:
        fragment = lxml.html.fragment_fromstring(content, create_parent="div", parser=_parser())
    except (etree.ParserError, ValueError):
        return
    body.append(fragment)


def _parser() -> etree.HTMLParser:
    """lxml.html's parser, but every element an ``HtmlElement`` chosen in C: lxml.html picks form
    elements' classes in a Python callback for each element touched, and our walks and
    trafilatura's touch each one several times (a tenth of the parse).  Nothing here needs the
    form classes; trafilatura needs ``HtmlElement``."""
    parser = etree.HTMLParser(huge_tree=False, remove_comments=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
        entity=lxml.html.HtmlEntity))
    return parser


_STRING = etree.XPath("string()", smart_strings=False)  # all descendant text, joined in C


def _text(el: etree._Element) -> str:
    return str(_STRING(el)) if isinstance(el.tag, str) else ""


def _read_metas(tree: lxml.html.HtmlElement, doc: Document) -> None:
    metas: dict[str, str] = {}
    for meta in tree.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        if name and meta.get("content"):
            metas.setdefault(name, meta.get("content", "").strip())
    doc.title = metas.get("articletitle") or metas.get("og:title") or None
    doc.published = metas.get("pubdate") or metas.get("publishdate") or metas.get("firstpublishedtime") or None
    doc.site_name = metas.get("sitename") or None
    title_el = tree.find(".//title")
    page_title = (title_el.text_content().strip() if title_el is not None else "") or ""
    if page_title:
        doc.extra_text.append(page_title)
        if not doc.title:
            # <title> usually ends in the site name: "…年度报告_某某县人民政府" / "… - 某某网".
            doc.title = re.split(r"\s*[_|—–-]{1,2}\s*(?=[^_|—–-]*$)", page_title)[0].strip() or page_title
    for key in ("keywords", "description"):
        if key in metas:
            doc.extra_text.append(metas[key])


def _hides(css: str) -> bool:
    low = css.lower()
    return any(style.search(low) for style in _HIDING_STYLES)


def _hidden(tree: lxml.html.HtmlElement) -> list[etree._Element]:
    return [el for el in tree.xpath("//*[@style]") if _hides(el.get("style") or "")]


def _cell_text(cell: etree._Element) -> str:
    # Whitespace inside a cell (line breaks, <br />, nested <p>) never matters: labels and numbers
    # are compared with all whitespace removed (normalize.squash).
    if cell.find(".//sup") is not None:
        _bracket_superscripts(cell)
    return _text(cell).replace("\xa0", " ").strip()


def _bracket_superscripts(cell: etree._Element) -> None:
    """``12<sup>1</sup>`` is 12 with footnote 1, not 121: a superscript is printed as ``[1]``,
    which normalize reads as a footnote mark."""
    for sup in cell.iter("sup"):
        mark = _text(sup).strip()
        for child in list(sup):
            sup.remove(child)
        sup.text = f"[{mark}]" if mark else None


def table_grid(table: etree._Element) -> Grid:
    """The table as a grid with row/column spans expanded; covered positions are None."""
    grid: Grid = []
    pending: dict[tuple[int, int], bool] = {}
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")[:MAX_TABLE_ROWS]
    for r, tr in enumerate(rows):
        row: list[str | None] = []
        c = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while pending.pop((r, c), False):
                row.append(None)
                c += 1
            rowspan = _span(cell.get("rowspan"))
            colspan = _span(cell.get("colspan"))
            row.append(_cell_text(cell))
            row.extend([None] * (colspan - 1))
            for dr in range(1, min(rowspan, len(rows) - r)):
                for dc in range(colspan):
                    pending[(r + dr, c + dc)] = True
            c += colspan
        while pending.pop((r, c), False):
            row.append(None)
            c += 1
        grid.append(row)
    return grid


def _span(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip() or 1), MAX_SPAN))
    except ValueError:
        return 1


def _lift_pre_reports(tree: lxml.html.HtmlElement) -> None:
    """A report printed as preformatted text inside a layout table (old CMS templates): the table
    is page layout, not a report table — the <pre> takes its place, so the text reader sees it
    (table contents are not main text)."""
    for pre in list(tree.iter("pre")):
        if not any(cue in _text(pre) for cue in _TABLE_CUES):
            continue
        outer = None
        for ancestor in pre.iterancestors("table"):
            outer = ancestor
        if outer is not None and outer.getparent() is not None:
            pre.tail = None
            outer.getparent().replace(outer, pre)


# A table built of <div>s (display:table-row / -cell, or class names saying so): the gate for
# the tree walk below, which most pages do not need.
_DIV_GRID_HINT = re.compile(
    r"display\s*:\s*table-(?:row|cell)|class\s*=\s*[\"']?(?:[^\"'>]*\s)?(?:tr|td|table-row|table-cell)[\"'\s>]", re.I)
_CELL_INLINE = frozenset({"p", "span", "br", "b", "strong", "font", "sup", "sub", "em", "i", "u", "a"})
_GRID_SPAN = re.compile(r"grid-column\s*:\s*span\s*(\d+)", re.I)


def _leaf_cells(row: etree._Element) -> list[etree._Element] | None:
    """A row's cells when it is a row of a <div> table: element children that hold only text and
    inline markup (a page-layout row holds blocks: divs, tables, lists)."""
    cells = [el for el in row if isinstance(el.tag, str)]
    if not cells or any(c.tag not in ("div", "span") for c in cells):
        return None
    for cell in cells:
        if any(isinstance(el.tag, str) and el.tag not in _CELL_INLINE for el in cell.iterdescendants()):
            return None
    return cells


def _div_grids_as_tables(tree: lxml.html.HtmlElement) -> None:
    """Report tables published as <div> rows of <div> cells become <table>s, so they are read like
    any other table: a <div> whose children are all such rows, three or more of them with two or
    more cells, and whose text carries a report cue."""
    for div in list(tree.iter("div")):
        rows = [el for el in div if isinstance(el.tag, str)]
        if len(rows) < 3 or any(r.tag != "div" for r in rows):
            continue
        cells = [_leaf_cells(r) for r in rows]
        if any(c is None for c in cells) or sum(len(c or ()) >= 2 for c in cells) < 3:
            continue
        if not any(cue in _text(div) for cue in _TABLE_CUES):
            continue
        div.tag = "table"
        for row, row_cells in zip(rows, cells, strict=True):
            row.tag = "tr"
            for cell in row_cells or ():
                cell.tag = "td"
                grid_span = _GRID_SPAN.search(cell.get("style") or "")
                span = cell.get("data-colspan") or (grid_span.group(1) if grid_span else None)
                if span and not cell.get("colspan"):
                    cell.set("colspan", span)


def _width(table: etree._Element) -> int:
    """Grid columns of a table's widest row (colspans counted)."""
    return max((sum(_span(td.get("colspan")) for td in tr if td.tag in ("td", "th"))
                for tr in table.iter("tr")), default=0)


def _report_tables(tree: lxml.html.HtmlElement) -> list[etree._Element]:
    """The innermost tables that carry report cues (layout tables around them are skipped), and
    the tables that continue them: a report table cut in two at a page break goes on in a table
    with no header cue of its own — the next table, as wide as the one before, or naming a row
    of the template."""
    found: list[etree._Element] = []
    previous: etree._Element | None = None  # the last table seen, if it was a report table
    for table in tree.iter("table"):
        if len(found) >= MAX_TABLES:
            break
        if table.find(".//table") is not None or table.find(".//pre") is not None:
            continue  # a layout table: the report table (or the report's <pre> text) is inside
        text = _text(table)
        if any(cue in text for cue in _TABLE_CUES) or (
            previous is not None and (_width(table) == _width(previous) or _names_a_row(text))
        ):
            found.append(table)
            previous = table
        else:
            previous = None
    return found


def _names_a_row(text: str) -> bool:
    flat = "".join(text.split())
    return any(alias in flat for alias in _CONTINUATION_ROWS)


def _content_images(tree: lxml.html.HtmlElement) -> int:
    count = 0
    for img in tree.iter("img"):
        src = (img.get("src") or "") + " " + (img.get("class") or "") + " " + (img.get("alt") or "")
        if src.strip() and not _CHROME_IMG.search(src):
            count += 1
    return count


_FALLBACK_MAX_ELEMENTS = 5000


_MIN_VALUE_PARAGRAPHS = 20


def _cells_as_paragraphs(tree: lxml.html.HtmlElement) -> etree._Element | None:
    """The element holding a report table that lost its table on paste: every cell its own
    ``<p>`` (editors' output).  trafilatura drops such runs of one-number paragraphs as
    boilerplate; the element whose children include the most of them (twenty or more) is read
    as text, one line per paragraph — the text reader's one-cell-per-line rows."""
    parents: dict[etree._Element, int] = {}
    for p in tree.iter("p"):
        text = _text(p).strip()
        if text and len(text) <= 12 and is_value_text(text):
            parent = p.getparent()
            if parent is not None:
                parents[parent] = parents.get(parent, 0) + 1
    if not parents:
        return None
    best, count = max(parents.items(), key=lambda item: item[1])
    return best if count >= _MIN_VALUE_PARAGRAPHS else None


def _main_text(tree: lxml.html.HtmlElement, tables: list[etree._Element]) -> str:
    """trafilatura's text of the page without the report tables (they are read from the grid)."""
    pasted = None if tables else _cells_as_paragraphs(tree)
    if pasted is not None:
        return _block_text(pasted)
    for table in tables:
        parent = table.getparent()
        if parent is not None:
            tail = table.tail
            parent.remove(table)
            if tail:
                marker = etree.SubElement(parent, "span")
                marker.text = tail
    # trafilatura's fallback (jusText) is quadratic in the number of paragraphs: a page of 15,000
    # tiny cells took minutes (benchmarks/fuzz_parser.py).  Big trees get the main extractor only.
    big = sum(1 for _ in tree.iter()) > _FALLBACK_MAX_ELEMENTS
    try:
        text = trafilatura.extract(
            tree, include_tables=False, include_comments=False, include_images=False,
            deduplicate=False, favor_recall=True, with_metadata=False, fast=big,
        )
    except Exception as exc:  # trafilatura has failed on pathological trees; keep the body text
        refuse_on_memory(exc, "the page")
        log.debug("trafilatura failed: %s", exc)
        text = None
    if not text:
        body = tree.find(".//body")
        text = _block_text(body if body is not None else tree)
    return text


def _block_text(root: etree._Element) -> str:
    """Fallback text: one line per block element, without recursion (deeply nested pages)."""
    lines: list[str] = []
    current: list[str] = []
    blocks = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "td", "section", "article"}
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el.tag in blocks and current:
                lines.append("".join(current))
                current = []
            if el.text and el.tag not in ("script", "style"):
                current.append(el.text)
        else:
            if el.tag in blocks and current:
                lines.append("".join(current))
                current = []
            if el.tail:
                current.append(el.tail)
    if current:
        lines.append("".join(current))
    return "\n".join(line.strip() for line in lines if line.strip())
