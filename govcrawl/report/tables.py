"""Map rows of label and value cells onto the template's keys (report-format.md §4–§7, §10, §11).

Three passes:

1. ``segment``: walk the rows in order, keep track of which table we are in (section headings,
   table-二 captions, table-三/四 headers), match labels to row keys and collect each data row's
   printed value cells.  Headers only leave version signals behind.
2. ``detect_versions``: score the signals per table (§10) and decide the report's template.
3. ``assign``: put each row's printed values into its columns — only when the number of printed
   values fits the columns; a row that prints too few values gets nulls (never filled by
   position, D10), a row with one duplicated leading value is kept tentatively (D11) and
   confirmed or dropped by the identities in ``checks.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from govcrawl.report import template as tpl
from govcrawl.report.fused import readings
from govcrawl.report.normalize import HAN, Token, label_body, parse_value, squash
from govcrawl.report.rows import RawRow
from govcrawl.report.template import TemplateVersion

CellKey = tuple[str, str, str, str]  # (table, block, row, col); block is "" outside table 二


@dataclass
class CellResult:
    value: int | Decimal | None
    raw: str | None
    flags: list[str] = field(default_factory=list)
    unit: str | None = None


@dataclass
class DataRow:
    table: str
    block: str
    row: str
    values: list[str]
    positional: bool
    label: str
    width: int = 0
    fused: bool = False
    t4_group: str = ""  # review | lit_direct | lit_after_review: a five-column block of table 四


@dataclass
class Segmented:
    rows: list[DataRow] = field(default_factory=list)
    # (table, version) votes with weights, from headers and row labels.
    signals: Counter[tuple[str, TemplateVersion]] = field(default_factory=Counter)
    # Numbers printed on table-三 group headers (D22), keyed like t3 rows: withheld_total, …
    group_rows: list[DataRow] = field(default_factory=list)
    header_units: dict[tuple[str, str], str] = field(default_factory=dict)
    has_subtotal_col: bool = False
    tables_seen: set[str] = field(default_factory=set)
    # Value cells that could not be tied to any row (kept for the record's audit trail).
    orphans: list[dict[str, object]] = field(default_factory=list)


_SECTION_TABLE = {"proactive_disclosure": "t2", "applications": "t3", "review_litigation": "t4"}
_CAPTION = re.compile(r"第二十条第\(?([一二三四五六七八九十]*)\)?项?")
_UNIT_IN_HEADER = re.compile(r"单位[:：]?(万元|元)")
_NARRATIVE = re.compile(r"[。；;]")


def section_of_heading(text: str) -> str | None:
    """The section key when ``text`` is one of the six top-level headings (report-format.md §2)."""
    flat = squash(text).lstrip("#")  # a markdown heading (OCR and PDF-to-text output): ## 三、…
    if len(flat) > 40:
        return None
    match = re.match(r"^([一二三四五六])、", flat)
    if not match:
        return None
    for key, (ordinal, phrases) in tpl.SECTION_PHRASES.items():
        if match.group(1) == ordinal and any(p in flat for p in phrases):
            return key
    return None


def _match(body: str, aliases: dict[str, tuple[str, ...]], *, exact_only: frozenset[str] = frozenset()) -> str | None:
    """Alias matching of §3 step 5: exact, then startswith, then contains."""
    if not body:
        return None
    for key, names in aliases.items():
        if body in names:
            return key
    for key, names in aliases.items():
        if key in exact_only:
            continue
        if any(body.startswith(n) for n in names if len(n) >= 2):
            return key
    if len(body) > 60:  # a sentence of narrative, not a label
        return None
    for key, names in aliases.items():
        if key in exact_only:
            continue
        if any(n in body for n in names if len(n) >= 3):
            return key
    return None


# In an OCR'd document, aliases this long found in a label with one character different still
# name their row: the recogniser misreads one glyph of a blurred label (予以公开 as 子以公开,
# 需要 as 常要).  Only when no alias matches as printed, and only when one row's alias does.
_MIN_FUZZY_ALIAS = 4


def _match_one_misread(body: str, aliases: dict[str, tuple[str, ...]]) -> str | None:
    """The one row whose alias appears in ``body`` with exactly one character substituted; None
    when no row's does, or more than one row's does (then the label does not say which)."""
    hits = set()
    for key, names in aliases.items():
        for name in names:
            if len(name) < _MIN_FUZZY_ALIAS or len(name) > len(body):
                continue
            for start in range(len(body) - len(name) + 1):
                window = body[start : start + len(name)]
                if sum(a != b for a, b in zip(window, name, strict=True)) == 1:
                    hits.add(key)
                    break
    return hits.pop() if len(hits) == 1 else None


_T3_DATA_ALIASES = {k: v for k, v in tpl.T3_ROW_LABELS.items() if k != "results_total"}


_MIN_WRAPPED_PREFIX = 8  # characters of a label cut by wrapping that may name its row


def _match_t3_row(body: str) -> str | None:
    if body in ("其他", "其他情形"):
        return "other_misc"
    if body == "总计" or body.startswith("总计"):
        return "results_total"
    hit = _match(body, _T3_DATA_ALIASES)
    if hit is None and len(body) >= _MIN_WRAPPED_PREFIX:
        # A long label cut by wrapping (PDF text without ruling lines): its first line names the
        # row when it begins exactly one row's label.
        rows = {key for key, names in _T3_DATA_ALIASES.items() if any(n.startswith(body) for n in names)}
        hit = rows.pop() if len(rows) == 1 else None
    return hit


_GROUP_TEXT = tuple(a for aliases in tpl.T3_GROUP_LABELS.values() for a in aliases) + ("三、本年度办理结果",)


def _group_fragment(token: str) -> bool:
    """A piece of a vertical group label (``不予处``, ``理``) that text extraction put on a row's
    line: a proper piece of a group label, not a label of its own."""
    body = label_body(token)[1] if token.strip() else ""
    return bool(body) and body not in _GROUP_TEXT and any(body in g for g in _GROUP_TEXT)


# A label that starts a row of its own: a sub-row ordinal (2.没有现成…) or a row ordinal.
_ROW_ORDINAL = re.compile(r"(?:^|[^\d])\d{1,2}[.、．][" + HAN + r"]|^[（(][一二三四五六七][）)]|^[一二三四]、")
_T4_OUTCOMES = frozenset({"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"})


def _t4_group(body: str) -> str | None:
    """The block of table 四 a caption names, when it names exactly one."""
    if "未经复议直接起诉" in body and "复议后起诉" not in body.replace("未经复议直接起诉", ""):
        return "lit_direct"
    if "复议后起诉" in body and "未经复议" not in body:
        return "lit_after_review"
    if body == "行政复议":
        return "review"
    if body.startswith("行政复议行政诉讼") or body == "行政诉讼":
        return ""
    return None


def _match_t2_row(body: str) -> str | None:
    return _match(body, {k: v for k, v in tpl.T2_ROW_LABELS.items()})


def _t2_header(body: str) -> tuple[TemplateVersion | None, str | None] | None:
    for label, signal in tpl.T2_HEADER_LABELS.items():
        if body == label or body.startswith(label):
            return signal
    return None


_T2_HEADERS_LONGEST_FIRST = sorted(tpl.T2_HEADER_LABELS, key=len, reverse=True)


def _t2_header_run(body: str) -> list[tuple[TemplateVersion | None, str | None]] | None:
    """A table-二 header row printed as one line of text (a PDF without ruling lines, text
    extraction): ``信息内容本年制发件数本年废止件数现行有效件数`` — every header it is made of,
    or None unless the whole body is header labels."""
    found: list[tuple[TemplateVersion | None, str | None]] = []
    pos = 0
    while pos < len(body):
        label = next((h for h in _T2_HEADERS_LONGEST_FIRST if body.startswith(h, pos)), None)
        if label is None:
            unit = re.match(r"[(（]单位[:：]?万?元[)）]", body[pos:])
            if unit is None or not found:
                return None
            pos += unit.end()
            continue
        found.append(tpl.T2_HEADER_LABELS[label])
        pos += len(label)
    return found if len(found) >= 2 else None


_MAX_FRAGMENTS = 8  # pieces of one wrapped label joined to match it

class _Segmenter:
    def __init__(self, ocr: bool = False) -> None:
        self.ocr = ocr  # labels may have one glyph misread (_match_one_misread)
        self.out = Segmented()
        self.table: str | None = None
        self.block: str | None = None
        self.t3_group: str | None = None
        # Table 四 printed as three five-column blocks, each under its caption (行政复议 /
        # 未经复议直接起诉 / 复议后起诉): the caption says which five columns a block's row is.
        self.t4_group = ""
        self.t4_headers = 0
        self.pending: tuple[tuple[str, str, str], str] | None = None

    # -- context ---------------------------------------------------------------------------
    def _switch(self, table: str | None) -> None:
        if table != self.table:
            self.table = table
            self.block = None
            self.t3_group = None
            self.t4_group = ""
        if table:
            self.out.tables_seen.add(table)

    def _context_cue(self, label: str, body: str) -> bool:
        """Update the table context from a heading, caption or header cue.  True if consumed."""
        section = section_of_heading(label)
        if section is not None:
            self._switch(_SECTION_TABLE.get(section))
            return True
        caption = _CAPTION.search(body)
        if caption and body.startswith("第二十条"):
            self._switch("t2")
            self.block = tpl.T2_BLOCK_BY_ITEM.get(caption.group(1) or "")
            return True
        if any(body.startswith(n) for n in ("本列数据的勾稽关系", "申请人情况")):
            self._switch("t3")
            return True
        if body in ("行政复议", "行政复议行政诉讼", "未经复议直接起诉", "复议后起诉"):
            self._switch("t4")
            return True
        return False

    # -- rows ------------------------------------------------------------------------------
    def feed(self, raw: RawRow) -> None:
        labels = [lab for lab in raw.labels if lab.strip()]
        data_label: tuple[str, str, str] | None = None  # (table, block, row)
        row_starts = 0  # labels in this row that begin a table row (matched, or with a row ordinal)
        matched_text = ""
        fragments: list[str] = []
        for label in labels:
            _, body = label_body(label)
            group = _t4_group(body)
            if group is not None:
                self.t4_group, self.t4_headers = group, 0
            elif body in _T4_OUTCOMES:
                # more than five outcome headers since the caption: a header over several blocks
                self.t4_headers += 1
                if self.t4_headers > 5:
                    self.t4_group = ""
            if _NARRATIVE.search(body) and len(body) > 30:
                fragments = []
                data_label = None
                continue
            if self._context_cue(label, body):
                fragments = []
                data_label = None
                continue
            hit = self._match_label(body)
            if hit is None and fragments:
                # A label wrapped or split over several cells/lines (D5, D9): try the joined text.
                # Only the last few pieces: a label is never split further, and joining them all
                # is quadratic in a row of thousands of labels (a 1.6 MB text took minutes).
                joined = "".join(label_body(f)[1] for f in fragments[-_MAX_FRAGMENTS:]) + body
                hit = self._match_label(label_body(joined)[1])
            if hit is None:
                fragments.append(label)
                row_starts += bool(_ROW_ORDINAL.search(label_body(label)[1]) or _ROW_ORDINAL.match(squash(label)))
                continue
            fragments = []
            kind, table, block, row = hit
            if kind == "row":
                data_label = (table, block, row)
                matched_text = label
                row_starts += 1
            else:
                data_label = None
        if not raw.has_values():
            # Labels alone (a label cell wrapped over lines above a values-only row: PDF text,
            # OCR).  The next row's values are this label's only when the lines name exactly one
            # row: mis-ordered extraction prints two rows' labels together, and then neither is.
            # (Label lines only: a header row of several cells is no row's label.)
            self.pending = (data_label, matched_text) if data_label and row_starts == 1 and not raw.width else None
            return
        if self.pending is not None and (not labels or self._continues(self.pending, labels)):
            data_label, matched_text = self.pending
        self.pending = None
        if self.table is None:
            # Values outside any known table: only the first values row in table 四's place counts.
            self.out.orphans.append({"labels": labels, "values": raw.values})
            return
        if self.table == "t4":
            self.out.rows.append(
                DataRow("t4", "", tpl.T4_ROW, raw.values, raw.positional, " ".join(labels), raw.width, raw.fused,
                        self.t4_group)
            )
            return
        if data_label is None:
            # Numbers on a group header (D22) or after an unrecognised label.
            if self.table == "t3" and self.t3_group and labels and self._is_group(labels[-1]):
                self.out.group_rows.append(
                    DataRow("t3", "", self.t3_group, raw.values, raw.positional, labels[-1])
                )
            else:
                self.out.orphans.append({"table": self.table, "labels": labels, "values": raw.values})
            return
        table, block, row = data_label
        self.out.rows.append(
            DataRow(table, block, row, raw.values, raw.positional, matched_text, raw.width, raw.fused))

    def _continues(self, pending: tuple[tuple[str, str, str], str], labels: list[str]) -> bool:
        """The labels on a values line after a label-only line that named one table-三 row are
        that row's: pieces of a vertical group label, and the rest of the wrapped row label
        (the joined text still names the same row)."""
        (table, _, row), text = pending
        if table != "t3":
            return False
        rest = [t for lab in labels for t in lab.split() if not _group_fragment(t)]
        if not rest:
            return True
        joined = label_body(text)[1] + "".join(label_body(t)[1] for t in rest)
        return _match_t3_row(joined) == row

    def _is_group(self, label: str) -> bool:
        return _match(label_body(label)[1], {k: v for k, v in tpl.T3_GROUP_LABELS.items()}) is not None

    def _match_label(self, body: str) -> tuple[str, str, str, str] | None:
        """Classify one label in the current context: ("row"|"header"|"group", table, block, row)."""
        if self.table == "t2":
            run = _t2_header_run(body)
            if run is not None:
                for version, _col in run:
                    if version:
                        self.out.signals[("t2", version)] += 2
                return ("header", "t2", "", "")
            header = _t2_header(body)
            if header is not None:
                version, col = header
                if version:
                    self.out.signals[("t2", version)] += 2
                unit = _UNIT_IN_HEADER.search(body)
                if unit and col:
                    self.out.header_units[(self.block or "", col)] = unit.group(1)
                return ("header", "t2", "", "")
            row = _match_t2_row(body)
            if row is None and self.ocr and _t2_header(body) is None:
                row = _match_one_misread(body, tpl.T2_ROW_LABELS)
            if row is not None:
                block = tpl.T2_ROW_BLOCK[row]
                self.block = block
                if row == "normative_documents":
                    self.out.signals[("t2", "v2021" if body.startswith("行政") else "v2019")] += 1
                if row in ("other_external_services", "centralized_procurement"):
                    self.out.signals[("t2", "v2019")] += 2
                return ("row", "t2", block, row)
            return None
        if self.table == "t3":
            if any(body.startswith(n) for n in tpl.T3_HEADER_NOISE):
                if body.startswith("小计"):
                    self.out.has_subtotal_col = True
                return ("header", "t3", "", "")
            if body in ("自然人", "商业企业", "商业机构", "科研机构", "社会公益组织", "法律服务机构", "其他组织"):
                return ("header", "t3", "", "")
            group = _match(body, {k: v for k, v in tpl.T3_GROUP_LABELS.items()})
            row = _match_t3_row(body)
            if row is None and group is None and self.ocr:
                row = _match_one_misread(body, _T3_DATA_ALIASES)
            if row is not None and not (group and row in ("results_total",)):
                if row in tpl.T3_OTHER_V2021 and row != "other_misc":
                    self.out.signals[("t3", "v2021")] += 2
                return ("row", "t3", "", row)
            if group is not None:
                self.t3_group = group
                if group == "other_handling":
                    # （六）其他处理 is a data row in v2019 and a group in v2021; the values decide.
                    return ("row", "t3", "", "other_handling_total")
                return ("group", "t3", "", group)
            return None
        if self.table == "t4":
            return ("header", "t4", "", "")
        # Outside a known table: a label that names a table's distinctive row switches to it.
        if _match_t2_row(body) is not None and body in sum(tpl.T2_ROW_LABELS.values(), ()):
            self._switch("t2")
            return self._match_label(body)
        if body.startswith(("本年新收", "自然人")):
            self._switch("t3")
            return self._match_label(body)
        return None


def segment(raw_rows: list[RawRow], ocr: bool = False) -> Segmented:
    """Rows of the template's tables; ``ocr``: the labels were read by OCR (one glyph of a
    label may be misread)."""
    seg = _Segmenter(ocr)
    for raw in raw_rows:
        seg.feed(raw)
    out = seg.out
    # （六）其他处理 with its own numbers is the v2019 data row; without, the v2021 group.
    for row in out.rows:
        if row.table == "t3" and row.row == "other_handling_total":
            out.signals[("t3", "v2019")] += 2
    return out


def detect_version(seg: Segmented, year: int | None) -> tuple[TemplateVersion | None, list[str]]:
    """Decide the template per table, then per report (§10).  Returns (version, flags)."""
    flags: list[str] = []
    per_table: dict[str, TemplateVersion] = {}
    for table in ("t2", "t3"):
        v19, v21 = seg.signals[(table, "v2019")], seg.signals[(table, "v2021")]
        if v19 != v21:
            per_table[table] = "v2019" if v19 > v21 else "v2021"
    if len(set(per_table.values())) > 1:
        flags.append("mixed_template")
    if "t2" in per_table:
        return per_table["t2"], flags
    if "t3" in per_table:
        return per_table["t3"], flags
    if not seg.rows:
        return None, flags
    if year is not None:
        return ("v2019" if year <= 2020 else "v2021"), flags
    flags.append("template_uncertain")
    return "v2021", flags


# ---------------------------------------------------------------------------------------------
# Assignment


def _expected_cols(version: TemplateVersion, row: DataRow, seg: Segmented) -> tuple[str, ...] | None:
    if row.table == "t4" and row.t4_group and len([v for v in row.values if v.strip()]) == 5:
        return tuple(c for c in tpl.T4_COLS if c.startswith(row.t4_group + "_"))
    if row.table == "t2":
        block = tpl.t2_block(version, row.block)
        if block is None or row.row not in block.rows:
            return None
        return block.cols
    if row.table == "t3":
        if seg.has_subtotal_col:
            return (*tpl.T3_COLS[:6], "legal_person_subtotal", "total")
        return tpl.T3_COLS
    return tpl.T4_COLS


def choose_values(values: list[str], n: int, positional: bool) -> tuple[list[str] | None, str | None]:
    """Pick the n printed values of a row, or say why not (D10, D11, D16).

    Returns (values, flag): values None means the row cannot be assigned (flag says why);
    a flag with values means they are tentative.
    """
    if positional and len(values) == n:
        return values, None
    if positional and len(values) > n:
        # Empty cells around the values are label-column padding (before) or a trailing separator
        # (after) in tab/pipe rows.  Use the alignment only when it is the only reading.
        candidates = []
        if not any(v.strip() for v in values[n:]):
            candidates.append(values[:n])
        if not any(v.strip() for v in values[: len(values) - n]):
            candidates.append(values[len(values) - n :])
        if candidates:
            if all(c == candidates[0] for c in candidates):
                return candidates[0], None
            return None, "ambiguous"
    filled = [v for v in values if v.strip()]
    printed = [i for i, v in enumerate(values) if v.strip()]
    if positional and len(filled) >= n and printed and printed[-1] - printed[0] + 1 > len(filled):
        # Printed cells with blanks between the values, more cells than columns and no unique
        # alignment: closing the gaps up would place values by position, not by what the source
        # says.  (Blanks only before or after the values are padding, D11/D16.)
        return None, "ambiguous"
    if len(filled) == n:
        return filled, None
    if len(filled) < n:
        return None, "incomplete_row"
    if len(filled) == n + 1 and squash(filled[0]) == squash(filled[1]):
        return filled[1:], "extra_value_dropped"
    return None, "too_many_values"


def _token_for(col: str, raw: str) -> Token:
    token = parse_value(raw)
    if token.value is None:
        return token
    if token.value < 0 and col not in tpl.SIGNED_COLS:
        token.flags.append("negative")
    if isinstance(token.value, Decimal) and col not in tpl.DECIMAL_COLS:
        token.flags.append("not_integer")
    return token


@dataclass
class Assigned:
    cells: dict[CellKey, CellResult]
    # Rows whose values were kept tentatively (D11) and must be confirmed by the identities.
    tentative: list[tuple[str, str, str]] = field(default_factory=list)
    derived_groups: dict[tuple[str, str], CellResult] = field(default_factory=dict)
    unassigned: list[dict[str, object]] = field(default_factory=list)


def assign(seg: Segmented, version: TemplateVersion) -> Assigned:
    cells: dict[CellKey, CellResult] = {
        key: CellResult(None, None, ["missing"]) for key in tpl.all_cell_keys(version)
    }
    out = Assigned(cells)
    seen: dict[tuple[str, str, str], list[str]] = {}
    # The usual row width of each table's tab/pipe/grid rows: its grid, when the source has one.
    widths: dict[str, int] = {}
    for table in ("t2", "t3", "t4"):
        counts = Counter(r.width for r in seg.rows if r.table == table and r.width)
        if counts:
            widths[table] = counts.most_common(1)[0][0]
    for row in seg.rows:
        cols = _expected_cols(version, row, seg)
        if row.table == "t3" and row.row == "other_handling_total" and version == "v2021":
            # v2021 has no such data row; numbers printed there go to the derived group total.
            cols = tpl.T3_COLS
        if cols is None:
            out.unassigned.append({"table": row.table, "block": row.block, "row": row.row,
                                   "printed": row.values, "reason": "not_in_template"})
            continue
        rkey = (row.table, row.block, row.row + (":" + row.t4_group if len(cols) == 5 and row.t4_group else ""))
        if row.fused:
            chosen, flag = readings(row.values[0], cols, row.table)
        else:
            chosen, flag = choose_values(row.values, len(cols), row.positional)
        if flag == "ambiguous" and row.width and row.width == widths.get(row.table):
            # Padding on both sides: anchor on the table's grid.  Table 二's values start in its
            # second grid column (padding after them); tables 三 and 四 fill their last columns.
            label_cells = row.width - len(row.values)
            if row.table == "t2" and label_cells <= 1:
                start = 1 - label_cells
                chosen, flag = row.values[start : start + len(cols)], None
            elif row.table != "t2" and label_cells <= row.width - len(cols):
                chosen, flag = row.values[len(row.values) - len(cols) :], None
        if rkey in seen:
            if chosen is not None and [squash(v) for v in chosen] != seen[rkey]:
                for col in cols:
                    key = (row.table, row.block, row.row, col)
                    if key in cells and "duplicate_row_conflict" not in cells[key].flags:
                        cells[key].flags.append("duplicate_row_conflict")
            continue
        if row.table == "t3" and row.row == "other_handling_total" and version == "v2021":
            # A one-row （六）其他处理 in a v2021 table (the v2019 form): the printed numbers are the
            # group's total; its three v2021 sub-rows are then not printed at all.
            if chosen is not None:
                for col, raw in zip(cols, chosen, strict=True):
                    tok = _token_for(col, raw)
                    result = CellResult(tok.value, raw, ["printed_on_group_header", *tok.flags], tok.unit)
                    out.derived_groups[("other_handling_total", col)] = result
                    cells[("t3", "", "other_handling_total", col)] = result
            continue
        seen[rkey] = [squash(v) for v in chosen] if chosen is not None else []
        if chosen is None:
            out.unassigned.append({"table": row.table, "block": row.block, "row": row.row,
                                   "printed": [v for v in row.values if v.strip()], "reason": flag})
            for col in cols:
                key = (row.table, row.block, row.row, col)
                if key in cells:
                    cells[key] = CellResult(None, None, [flag or "ambiguous"])
            continue
        if flag:
            out.tentative.append(rkey)
        for col, raw in zip(cols, chosen, strict=True):
            key = (row.table, row.block, row.row, col)
            tok = _token_for(col, raw)
            flags = list(tok.flags) + ([flag] if flag else []) + (["run_together"] if row.fused else [])
            unit = tok.unit or seg.header_units.get((row.block, col))
            if col == "legal_person_subtotal":
                out.derived_groups[("legal_person_subtotal:" + row.row, col)] = CellResult(
                    tok.value, raw, flags, unit)
                continue
            cells[key] = CellResult(tok.value, raw, flags, unit)
    if version == "v2021" and ("t3", "", "other_handling_total", "total") in cells:
        for row_key in tpl.T3_OTHER_V2021:
            for col in tpl.T3_COLS:
                if cells[("t3", "", row_key, col)].flags == ["missing"]:
                    cells[("t3", "", row_key, col)].flags = ["group_total_only"]
    for group in seg.group_rows:
        chosen, flag = choose_values(group.values, len(tpl.T3_COLS), group.positional)
        if chosen is None:
            continue
        for col, raw in zip(tpl.T3_COLS, chosen, strict=True):
            tok = _token_for(col, raw)
            out.derived_groups[(group.row + "_total", col)] = CellResult(
                tok.value, raw, ["printed_on_group_header", *tok.flags], tok.unit)
    return out
