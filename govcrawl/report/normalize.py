"""Label and number normalisation (report-format.md §3).

Both are pure string functions; everything that compares labels or reads numbers goes through
here so that full-width punctuation, spaced labels, lost ordinals and units are handled once.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

# A Han character, as a regex class body: the unified block and Extension A (place names such as
# 㮾塘镇 use it; GB18030 pages carry it) and the supplementary planes' extensions.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
# One Han character, of any of those blocks.
HAN_CHAR = re.compile(r"[" + HAN + r"]")
_WS = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
_QUOTES = re.compile(r"[“”\"'「」‘’『』]")
# Leading ordinals: 一、 / （一） / (一) / () / 1. 1、 1．  (NFKC has already made brackets ASCII).
_ORDINAL = re.compile(r"^(?:([一二三四五六七八九十]+)、|\(([一二三四五六七八九十]*)\)|(\d+)[.、．])")


@lru_cache(maxsize=65536)
def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def squash(text: str) -> str:
    """NFKC, then drop every kind of whitespace and quote characters."""
    return _QUOTES.sub("", _WS.sub("", nfkc(text)))


@lru_cache(maxsize=4096)
def label_body(text: str) -> tuple[str | None, str]:
    """Split a label into (ordinal, body): ``（三） 不 予公开`` → ("三", "不予公开").

    Repeated ordinals (``三、(一)予以公开`` in fused cells) are all stripped; the innermost one is
    returned because it is the most specific ordering hint.
    """
    body = squash(text)
    ordinal: str | None = None
    while True:
        match = _ORDINAL.match(body)
        if not match:
            return ordinal, body
        ordinal = next((g for g in match.groups() if g is not None), None)
        body = body[match.end() :]


# ---------------------------------------------------------------------------------------------
# Numbers

# What the OCR reader prints for a cell whose ink it cannot read confidently: a value position
# (not a label) that reads as null with the ``unreadable`` flag.
UNREADABLE = "\ufffd"
NULL_TOKENS = frozenset({"", "—", "——", "-", "--", "－", "/", "／", "无", "N/A", "n/a", "NA", "—-", "_"})
_NUMBER = re.compile(r"^([+\-]?)(\d+(?:\.\d+)?)(万元|元|件|条|项|个|次|人次|宗)?$")
_DASHES = str.maketrans({"−": "-", "－": "-", "–": "-", "﹣": "-", "＋": "+"})


@dataclass
class Token:
    """One printed value cell: what was printed and what it means."""

    raw: str
    value: int | Decimal | None
    unit: str | None = None
    signed: bool = False  # printed with an explicit + or -
    flags: list[str] = field(default_factory=list)

    @property
    def is_null(self) -> bool:
        return self.value is None


# A footnote mark printed after a number: ① … ⑳, ❶ …, *, ※, △, #, [1] / [注1] (the HTML reader
# prints a <sup> as [..]), (注1), 注1.  Cut off *before* NFKC, which makes ① the digit 1 (12① →
# 121, a wrong number); the cell keeps its value and is flagged ``footnote_mark``.
_FOOTNOTE_MARK = re.compile(
    r"(?<=[\d０-９件条项个次宗元])\s*(?:[\u2460-\u2473\u2776-\u2793*＊※△▲#＃]{1,2}|[\[［【](?:注)?[^\]］】]{1,3}[\]］】]"
    r"|[(（]注[\d０-９]{0,2}[)）]|注[\d０-９]{1,2})\s*$"
)


def split_footnote_mark(raw: str) -> tuple[str, bool]:
    """(the cell without a trailing footnote mark, whether it had one)."""
    text, n = _FOOTNOTE_MARK.subn("", raw)
    return text, bool(n)


@lru_cache(maxsize=65536)
def clean_number_text(raw: str) -> str:
    text = _WS.sub("", nfkc(split_footnote_mark(raw)[0])).translate(_DASHES)
    return text.replace(",", "").replace("，", "")


def is_value_text(raw: str) -> bool:
    """True for a cell that prints a number or a null token (not a label)."""
    text = clean_number_text(raw)
    return text in NULL_TOKENS or text == UNREADABLE or _NUMBER.match(text) is not None


MAX_DIGITS = 18  # digits (and decimal point) of a readable value: beyond int64, it is noise


def parse_value(raw: str) -> Token:
    """Read one value cell.  Null tokens give value None with the ``blank`` flag."""
    text = clean_number_text(raw)
    if text in NULL_TOKENS:
        return Token(raw=raw, value=None, flags=["blank"])
    match = _NUMBER.match(text)
    if not match:
        return Token(raw=raw, value=None, flags=["unreadable"])
    sign, digits, unit = match.groups()
    if len(digits) > MAX_DIGITS:  # no count has this many digits; int() would refuse over 4300
        return Token(raw=raw, value=None, flags=["unreadable"])
    value: int | Decimal
    if "." in digits:
        try:
            value = Decimal(digits)
        except InvalidOperation:  # pragma: no cover - the regex only admits valid decimals
            return Token(raw=raw, value=None, flags=["unreadable"])
    else:
        value = int(digits)
    if sign == "-":
        value = -value
    return Token(raw=raw, value=value, unit=unit, signed=bool(sign),
                 flags=["footnote_mark"] if split_footnote_mark(raw)[1] else [])


def json_number(value: int | Decimal | None) -> int | float | None:
    """Numbers as JSON wants them: integral values as int, decimals as float."""
    if value is None or isinstance(value, int):
        return value
    if value == value.to_integral_value():
        return int(value)
    return float(value)
