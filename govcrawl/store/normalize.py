"""What counts as "the same report": the normalised content hash, and URL clean-up.

``content_hash(record)`` hashes everything a reader of the report would call its content and
nothing that changes between two visits of the same page:

- excluded: ``source`` (URL, fetch time, body hash — page chrome changes the raw bytes),
  ``version`` (the store's own block), and any top-level key starting with ``_``; of ``agency``
  only ``id`` counts (names and regions live in the ``agencies`` table);
- section texts and the title: short lines that are page chrome (``今天是…``, view counters,
  clocks, share/print widgets) are dropped — the parser strips chrome already, this is a second
  net — and then all whitespace is removed, so re-flowed paragraphs hash the same;
- cell ``raw`` strings lose their whitespace; record ``flags`` are sorted; integral floats
  become ints (``565.0`` ≡ ``565``).

Everything else (tables, cells, checks, flags, dates, template version) is content.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any, Final
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

EXCLUDED_KEYS: Final = frozenset({"source", "version"})

# Whole lines of at most this many characters may be dropped as chrome; longer lines are content.
_CHROME_MAX_LEN: Final = 40
_CHROME_LINE: Final = re.compile(
    r"""^(?:
        今天是.*
      | (?:.*[\s|｜:：])?(?:浏览|阅读|访问|点击)(?:次数|量|数|人次)\s*[:：]?\s*\d+\s*次?
      | (?:【\s*)?(?:分享到|打印|关闭|关闭窗口|打印本页|返回顶部|收藏|字号|字体)(?:\s*[:：】].*)?
      | (?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天].*
      | \d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:星期|周)[一二三四五六日天].*
      | \d{1,2}:\d{2}(?::\d{2})?
      | (?:大|中|小)(?:\s+(?:大|中|小))+
    )$""",
    re.VERBOSE,
)
_WS: Final = re.compile(r"\s+")


def strip_chrome_lines(text: str) -> list[str]:
    """The lines of ``text`` with short chrome lines removed (whitespace kept)."""
    out = []
    for line in text.splitlines():
        stripped = _WS.sub(" ", line.replace("\u3000", " ").replace("\xa0", " ")).strip()
        if not stripped:
            continue
        if len(stripped) <= _CHROME_MAX_LEN and _CHROME_LINE.match(stripped):
            continue
        out.append(stripped)
    return out


def normalize_text(text: str | None) -> str:
    """Text for hashing: chrome lines dropped, all whitespace removed."""
    if not text:
        return ""
    return "".join(_WS.sub("", line) for line in strip_chrome_lines(text))


# ``565.0`` → ``565`` where a JSON number starts after ``:``, ``[`` or ``,`` and ends before ``,``,
# ``]`` or ``}``.  The delimiter before the number is matched (and put back) rather than looked
# behind for: the same matches, but the regex engine then skips to candidate delimiters instead of
# trying a look-behind at every position.  Matches cannot overlap or share that delimiter (a match
# ends in ``0``), so the result is identical to ``(?<=[:\[,])(-?\d+)\.0(?=[,\]}])`` → ``\1``.
_INTEGRAL_FLOAT: Final = re.compile(r"([:\[,]-?\d+)\.0(?=[,\]}])")


def normalized_content(record: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a record that ``content_hash`` covers, normalised (see module docstring).

    Shallow: values that need no normalisation are shared with ``record``, not copied.
    """
    out: dict[str, Any] = {}
    for key, value in record.items():
        if key in EXCLUDED_KEYS or key.startswith("_"):
            continue
        if key == "agency":
            out[key] = value.get("id") if isinstance(value, Mapping) else value
        elif key == "sections" and isinstance(value, Mapping):
            out[key] = {str(k): normalize_text(v if isinstance(v, str) else None) for k, v in value.items()}
        elif key == "title":
            out[key] = normalize_text(value) if isinstance(value, str) else value
        elif key == "cells" and isinstance(value, list):
            out[key] = [_normalized_cell(cell) for cell in value if type(cell) is dict or isinstance(cell, Mapping)]
        elif key == "flags" and isinstance(value, list):
            out[key] = sorted({str(f) for f in value})
        else:
            out[key] = value
    return out


def _normalized_cell(cell: Mapping[str, Any]) -> Any:
    """``{**cell, "raw": <raw without whitespace>}`` when ``raw`` is a string, else ``cell``.

    A plain ``dict`` whose ``raw`` has no whitespace (most cells: ``"565"``, ``""``) is returned
    as is: the copy would be equal to it, key order included.
    """
    raw = cell.get("raw")
    if not isinstance(raw, str):
        return cell
    # Digits are never whitespace: skip the regex for the usual all-digit raw strings.
    stripped = raw if raw.isdigit() else _WS.sub("", raw)
    if stripped == raw and type(cell) is dict:
        return cell
    return {**cell, "raw": stripped}


def canonical_json(record: Mapping[str, Any]) -> str:
    """Canonical JSON of ``normalized_content(record)``; integral floats written as ints."""
    blob = json.dumps(
        normalized_content(record), sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    )
    # Every match contains ``.0``: most records have none, and the substring test is a fast scan.
    return _INTEGRAL_FLOAT.sub(r"\1", blob) if ".0" in blob else blob


def content_hash(record: Mapping[str, Any]) -> str:
    """sha256 (hex) of ``canonical_json(record)``."""
    return hashlib.sha256(canonical_json(record).encode("utf-8")).hexdigest()


_NOISE_PARAMS: Final = frozenset(
    {
        "spm",
        "from",
        "isappinstalled",
        "share",
        "share_token",
        "nsukey",
        "_",
        "rnd",
        "random",
        "timestamp",
        "ts",
        "_t",
        "sessionid",
        "jsessionid",
        "phpsessid",
    }
)


def _noise(key: str, value: str) -> bool:
    low = key.lower()
    if low in _NOISE_PARAMS or low.startswith("utm_"):
        return True
    return low == "t" and re.fullmatch(r"\d{10,}", value) is not None


def canonical_url(url: str) -> str:
    """``url`` without fragment, tracking/cache-busting query parameters (``utm_*``, ``spm``,
    ``_t``, a 10+-digit ``t``…) and ``;jsessionid=``; remaining parameters sorted."""
    parts = urlsplit(url.strip())
    path = re.sub(r";jsessionid=[^/?#]*", "", parts.path, flags=re.IGNORECASE)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _noise(k, v)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, urlencode(sorted(query)), ""))
