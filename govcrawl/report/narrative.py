"""Text-vs-table checks: what the report's prose says against its tables (issue 13 item 6).

Reports restate their key figures in prose ("全年共收到政府信息公开申请154件，共办结148件，结转至
2026年6件", "被申请行政复议0件，被提起行政诉讼3件").  Each statement found is checked against the
table, in the record's ``checks`` with the shape of the identity checks (id, scope, status, lhs,
rhs) plus the sentence it came from (``evidence``):

* ``S5`` (report-format.md §8.3, text vs table), one entry per figure the prose states:
  scope ``new_received`` (本年新收/收到/受理 … N件: table 三 ``new_received.total``, or that plus
  ``carried_over_from_prev.total`` — real reports use both readings, §8.3), ``carried_over_from_prev``
  (上年结转 N件), ``handled`` (办理 N件: received, received + carried over, or the results total —
  seed 004 "共办理…139件" is received + carried over), ``results_total`` (办结 N件),
  ``carried_forward_to_next`` (结转下一年/至YYYY年 N件), ``review_total`` (行政复议 N件/起) and
  ``litigation_total`` (行政诉讼 N件/起: table 四 ``lit_direct_total + lit_after_review_total``).
  ``pass`` when a reading matches, ``fail`` when none does, ``not_assessable`` when the table
  cell is null.  A figure the prose does not state gives no entry.
* ``S7`` scope ``year``: the year in the title against the statistical period the text states
  (统计期限…YYYY年1月1日…YYYY年12月31日), else against the year section 一 names most often.
* ``S8`` scope ``problems_improvements``: section 五 is there and says something (``fail`` when
  its heading stands with no text under it).

Only sentences are searched (lines with a verb phrase and 件/起), never table rows, so a table
label with its numbers is not mistaken for a statement.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from govcrawl.report.normalize import is_value_text, nfkc
from govcrawl.report.tables import section_of_heading

Tables = dict[str, Any]
Check = dict[str, object]

# Some text between the verb and the number, but not across a clause boundary or another number.
_GAP = r"[^。；;，,\d]{0,16}?"
_N = r"(\d{1,7})\s*(?:件|起|宗|个)"
# What 办理/办结 may name before the number: the applications and nothing else.
_SUBJECT = r"(?:各类|相关)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?(?:共|合计|总计)?"
# (scope, pattern); the number is group 1.  Order matters only for reading the patterns.
_STATEMENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("carried_over_from_prev", re.compile(r"上一?年(?:度)?结转" + _GAP + _N)),
    ("carried_forward_to_next", re.compile(r"结转(?:至|到|下|入)" + r"[^。；;，,]{0,12}?" + _N)),
    ("new_received", re.compile(r"(?:新收|收到|受理|接到|接收)" + _GAP + r"(?:申请|件)" + _GAP + _N)),
    ("results_total", re.compile(r"办结了?" + _SUBJECT + _N)),
    ("handled", re.compile(r"办理(?:完成|完毕)?了?" + _SUBJECT + _N)),
    ("review_total", re.compile(r"行政复议" + r"(?:案件|申请)?(?:共|合计)?" + _N)),
    ("litigation_total", re.compile(r"行政诉讼" + r"(?:案件)?(?:共|合计)?" + _N)),
)
_PERIOD = re.compile(
    r"(?:统计期限|统计时限|统计时间|统计期间|数据统计)[^。]{0,12}?(\d{4})年1月1日[^。]{0,8}?(\d{4})年12月31日"
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_MIN_SECTION_CHARS = 10


def _t3(tables: Tables, row: str) -> Any:
    t3 = tables.get("t3") or {}
    return (t3.get(row) or {}).get("total")


def _t4(tables: Tables, col: str) -> Any:
    """Table 四 by column (flat, as docs/record.md states): the one place this module reads it."""
    return (tables.get("t4") or {}).get(col)


def _add(*values: Any) -> Any:
    return None if any(v is None for v in values) else sum(values)


# What a stated figure may equal, per scope: each reading is a function of the tables.
_READINGS: dict[str, tuple[Callable[[Tables], Any], ...]] = {
    "new_received": (
        lambda t: _t3(t, "new_received"),
        lambda t: _add(_t3(t, "new_received"), _t3(t, "carried_over_from_prev")),
    ),
    "carried_over_from_prev": (lambda t: _t3(t, "carried_over_from_prev"),),
    "handled": (
        lambda t: _t3(t, "new_received"),
        lambda t: _add(_t3(t, "new_received"), _t3(t, "carried_over_from_prev")),
        lambda t: _t3(t, "results_total"),
    ),
    "results_total": (lambda t: _t3(t, "results_total"),),
    "carried_forward_to_next": (lambda t: _t3(t, "carried_forward_to_next"),),
    "review_total": (lambda t: _t4(t, "review_total"),),
    "litigation_total": (lambda t: _add(_t4(t, "lit_direct_total"), _t4(t, "lit_after_review_total")),),
}


def _sentences(text: str) -> Iterable[str]:
    """Sentences of prose: lines joined (PDF text wraps mid-sentence), table rows left out."""
    kept = []
    for line in text.split("\n"):
        flat = re.sub(r"\s+", "", nfkc(line))
        if flat and "\t" not in line and "|" not in line and not is_value_text(flat):
            kept.append(flat)
    yield from (s for s in re.split(r"[。；;!！?？]", "".join(kept)) if s)


def stated_figures(text: str) -> list[tuple[str, int, str]]:
    """(scope, number, sentence) of each figure the prose states, first statement per scope."""
    found: dict[str, tuple[int, str]] = {}
    for sentence in _sentences(text):
        for scope, pattern in _STATEMENTS:
            if scope in found:
                continue
            match = pattern.search(sentence)
            if match is None:
                continue
            if scope in ("new_received", "handled", "results_total") and re.search(
                r"上年结转|复议|诉讼|案件|举报|信访|提案|建议", match.group(0)
            ):
                continue
            found[scope] = (int(match.group(1)), sentence[:120])
    return [(scope, number, sentence) for scope, (number, sentence) in found.items()]


def figure_checks(narrative: str, tables: Tables) -> list[Check]:
    out: list[Check] = []
    for scope, stated, sentence in stated_figures(narrative):
        readings = [read(tables) for read in _READINGS[scope]]
        known = [r for r in readings if r is not None]
        check: Check = {"id": "S5", "scope": scope, "lhs": stated, "evidence": sentence}
        if not known:
            check["status"] = "not_assessable"
            check["rhs"] = None
        elif stated in known:
            check["status"] = "pass"
            check["rhs"] = stated
        else:
            check["status"] = "fail"
            check["rhs"] = known[0]
        out.append(check)
    return out


def year_check(year: int | None, sections: dict[str, str], text: str) -> Check:
    check: Check = {"id": "S7", "scope": "year", "lhs": year}
    flat = re.sub(r"\s+", "", nfkc(text))
    period = _PERIOD.search(flat)
    if period and period.group(1) == period.group(2):
        stated, check["evidence"] = int(period.group(1)), period.group(0)
    else:
        counts = Counter(int(y) for y in _YEAR.findall(re.sub(r"\s+", "", nfkc(sections.get("overview", "")))))
        top = counts.most_common(2)
        if not top or (len(top) == 2 and top[0][1] == top[1][1]):
            check.update(status="not_assessable", rhs=None)
            return check
        stated = top[0][0]
        check["evidence"] = f"section 一 names {stated} {top[0][1]} times"
    check["rhs"] = stated
    check["status"] = "not_assessable" if year is None else ("pass" if stated == year else "fail")
    return check


def section_five_check(sections: dict[str, str], lines: list[str]) -> Check:
    body = re.sub(r"\s+", "", sections.get("problems_improvements", ""))
    heading = any(section_of_heading(line) == "problems_improvements" for line in lines)
    check: Check = {"id": "S8", "scope": "problems_improvements", "lhs": len(body), "rhs": _MIN_SECTION_CHARS}
    if len(body) >= _MIN_SECTION_CHARS:
        check["status"] = "pass"
    else:
        check["status"] = "fail" if heading else "not_assessable"
    return check


def narrative_checks(record: dict[str, Any], lines: list[str]) -> list[Check]:
    """The text-vs-table checks of one record (its sections, tables and year) and its text lines."""
    sections: dict[str, str] = record.get("sections") or {}
    tables: Tables = record.get("tables") or {}
    prose = "\n".join(sections.get(key, "") for key in ("overview", "applications", "review_litigation"))
    if not prose.strip():
        # Headings not recognised (markdown-numbered, renamed): the whole text is searched; a
        # sentence of section 五 or 六 hardly states these figures in these words.
        prose = "\n".join(lines)
    checks = figure_checks(prose, tables)
    checks.append(year_check(record.get("year"), sections, "\n".join(lines)))
    checks.append(section_five_check(sections, lines))
    return checks


__all__ = ["narrative_checks", "stated_figures"]
