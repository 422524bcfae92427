"""Run-together tables: text extracted from a page whose table cells were concatenated with no
separator (平潭 2019/2024/2025: ``行政许可4529第二十条第（六）项…规章000行政规范性文件6233440``).

Two steps, both bounded:

1. ``fused_rows``: the table region of such a line (from the 二 heading to the 五 heading) is cut
   into label pieces (at table captions, section and row ordinals, known row labels) and digit
   runs; each run becomes the one value string of a ``RawRow`` marked ``fused``.
2. ``readings``: a fused value string is split into the row's columns only where exactly one
   reading exists: every part a number without a leading zero ("0" itself excepted), and — for
   rows of tables 三 and 四 — the row's identities (H3: the 总计 column is the sum of the others;
   H4: each 总计 the sum of its four outcomes) hold.  ``行政许可4529`` (one column) has one reading;
   ``规章000`` has one (0, 0, 0); ``行政规范性文件6233440`` has many: ``ambiguous``, nulls.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from govcrawl.report import template as tpl
from govcrawl.report.normalize import HAN
from govcrawl.report.rows import RawRow

# A digit run; runs with only spaces between them are one run (平潭 2019: ``总计23 0 00 0 023``):
# the spaces are dropped and the readings are those of the joined digits — every cut, at a
# space or not, so the reading stands whether the extractor's spaces are cell boundaries or not.
_DIGITS = re.compile(r"(\d+(?:\.\d+)?(?:[ \t\u00a0\u3000]+\d+(?:\.\d+)?)*)")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# A glued line: many places where text runs straight into a number and on into text again.
_GLUE = re.compile(r"[" + HAN + r"）)](\d+)(?=[" + HAN + r"（(])")
_MIN_GLUES = 8
# A table-二 caption run straight into its header (``第二十条第（一）项信息内容``): table text, not prose.
_GLUED_CAPTION = re.compile(r"第二十条第[（(][一二三四五六七八九十]+[）)]项\s*信息内容")
_START = re.compile(r"二、主动公开政府信息(?:的)?情况")
_END = re.compile(r"五、[^。]{0,12}存在的主要问题")
# Where one label ends and the next begins inside a glued label.
_CUT = re.compile(
    r"(?=第二十条第)|(?=[一二三四五六]、)|(?=[（(][一二三四五六七八九十][）)])|(?=\d\.)"
    r"|(?<=项)(?=信息内容)|(?<=情况)(?=[（(]本列)|(?<=诉讼情况)(?=行政复议)"
)
_ROW_LABELS = sorted(
    {alias for aliases in (*tpl.T2_ROW_LABELS.values(), *tpl.T3_ROW_LABELS.values()) for alias in aliases
     if len(alias) >= 2},
    key=len,
    reverse=True,
)
MAX_DIGITS = 48
MAX_STEPS = 200_000


def is_fused(line: str) -> bool:
    """A whole run-together table area on one line: a table-二 caption glued to its header, table
    三's first row label, and text glued to numbers in many places (never a narrative paragraph)."""
    return _GLUED_CAPTION.search(line) is not None and "本年新收" in line and len(_GLUE.findall(line)) >= _MIN_GLUES


_HEADER_WORDS = sorted(tpl.T2_HEADER_LABELS, key=len, reverse=True)


def _header_words(piece: str) -> list[str] | None:
    """``信息内容本年制发件数本年废止件数现行有效件数`` as its header labels (they carry the
    template version), when the piece is nothing but table-二 header labels."""
    words: list[str] = []
    pos = 0
    while pos < len(piece):
        word = next((w for w in _HEADER_WORDS if piece.startswith(w, pos)), None)
        if word is None:
            unit = re.match(r"[（(]单位[:：]?万?元[）)]", piece[pos:])
            if unit is None or not words:
                return None
            words[-1] += unit.group(0)
            pos += unit.end()
            continue
        words.append(word)
        pos += len(word)
    return words


def _split_label(text: str) -> list[str]:
    pieces = [p.strip() for p in _CUT.split(text) if p and p.strip()]
    out: list[str] = []
    for piece in pieces:
        header = _header_words(piece)
        if header:
            out += header
            continue
        # A header run straight into a row label (信息内容…现行有效件数规章): the row label apart.
        alias = next((a for a in _ROW_LABELS if piece.endswith(a) and len(piece) > len(a)), None)
        if alias and not piece.startswith(("第二十条", "一、", "二、", "三、", "四、")):
            out += _header_words(piece[: -len(alias)]) or [piece[: -len(alias)]]
            out.append(alias)
        else:
            out.append(piece)
    return out


def fused_rows(line: str) -> Iterator[RawRow]:
    """Rows of the table region of a run-together line (nothing when it has no such region)."""
    start = _START.search(line)
    end = _END.search(line, start.end() if start else 0)
    region = line[start.start() if start else 0 : end.start() if end else len(line)]
    parts = _DIGITS.split(region)
    labels: list[str] = []
    for i in range(0, len(parts), 2):
        labels += _split_label(parts[i])
        if i + 1 >= len(parts):
            break
        digits = parts[i + 1]
        following = parts[i + 2] if i + 2 < len(parts) else ""
        carry = ""
        if following[:1] in (".", "、") and "." not in digits[-2:]:
            # ``…40000042.其他法律…``: the last digit is the next sub-row's ordinal (1.–8.);
            # ``（三）不予公开1.属于…``: the digit is only that ordinal
            digits, carry = digits[:-1], digits[-1]
        digits = _SPACES.sub("", digits)
        if digits:
            yield RawRow(labels=labels, values=[digits], positional=False, fused=True)
            labels = []
        if carry:
            labels += _split_label(carry + following)
            parts[i + 2] = ""
    if labels:
        yield RawRow(labels=labels)


def _numbers(digits: str, n: int) -> Iterator[list[str]]:
    """Every way to cut ``digits`` into ``n`` numbers without leading zeros (bounded)."""
    steps = 0

    def rec(pos: int, left: int) -> Iterator[list[str]]:
        nonlocal steps
        steps += 1
        if steps > MAX_STEPS:
            raise OverflowError
        rest = len(digits) - pos
        if left == 1:
            if digits[pos] != "0" or rest == 1:
                yield [digits[pos:]]
            return
        longest = 1 if digits[pos] == "0" else rest - (left - 1)
        for size in range(1, longest + 1):
            for tail in rec(pos + size, left - 1):
                yield [digits[pos : pos + size], *tail]

    if len(digits) < n:
        return
    yield from rec(0, n)


def _holds(table: str, cols: tuple[str, ...], parts: list[str]) -> bool:
    values = dict(zip(cols, (int(p) for p in parts), strict=True))
    if table == "t3" and cols == tpl.T3_COLS:
        return sum(values[c] for c in tpl.T3_COLS[:6]) == values["total"]
    if table == "t4":
        return all(
            sum(values[f"{g}_{o}"] for o in ("upheld", "corrected", "other", "pending")) == values[f"{g}_total"]
            for g in ("review", "lit_direct", "lit_after_review")
        )
    return True


def readings(value: str, cols: tuple[str, ...], table: str) -> tuple[list[str] | None, str | None]:
    """(the row's values, None) when exactly one reading exists, else (None, reason flag)."""
    if len(cols) == 1:
        return [value], None
    if "." in value or len(value) > MAX_DIGITS:
        return None, "ambiguous"
    found: list[list[str]] = []
    try:
        for parts in _numbers(value, len(cols)):
            if _holds(table, cols, parts):
                found.append(parts)
                if len(found) > 1:
                    return None, "ambiguous"
    except OverflowError:
        return None, "ambiguous"
    if not found:
        return None, "ambiguous" if len(value) >= len(cols) else "incomplete_row"
    return found[0], None
