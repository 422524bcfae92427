"""A short human-readable view of a record (``govcrawl parse --summary``, the demo)."""

from __future__ import annotations

from collections import Counter
from typing import Any

_T3_HEAD = ("自然人", "商业", "科研", "公益", "法律", "其他", "总计")


def _fmt(value: Any) -> str:
    return "·" if value is None else str(value)


def summarize(record: dict[str, Any]) -> str:
    agency = record.get("agency") or {}
    lines = [
        f"{agency.get('name') or '(agency unknown)'} — {record.get('year') or '(year unknown)'}"
        f" — template {record.get('template_version') or 'none'}"
        f" — published {record.get('published_date') or 'unknown'}",
        f"  title: {record.get('title') or '(none)'}",
        f"  flags: {', '.join(record.get('flags') or []) or 'none'}",
    ]
    if record.get("error"):
        lines.append(f"  error: {record['error']}")
    tables = record.get("tables") or {}
    if tables.get("t2"):
        lines.append("  table 二 (主动公开):")
        for block, rows in tables["t2"].items():
            for row, cols in rows.items():
                values = ", ".join(f"{col} {_fmt(v)}" for col, v in cols.items())
                lines.append(f"    {block:8} {row:26} {values}")
    if tables.get("t3"):
        lines.append("  table 三 (依申请)" + " " * 25 + " ".join(f"{h:>5}" for h in _T3_HEAD))
        for row, cols in tables["t3"].items():
            lines.append(f"    {row:40}" + " ".join(f"{_fmt(v):>6}" for v in cols.values()))
    if tables.get("t4"):
        t4 = list(tables["t4"].values())
        groups = [t4[0:5], t4[5:10], t4[10:15]]
        lines.append("  table 四 (复议/诉讼): " + " | ".join(" ".join(_fmt(v) for v in g) for g in groups))
    checks = record.get("checks") or []
    counts = Counter(c["status"] for c in checks)
    lines.append(
        f"  checks: {counts['pass']} pass, {counts['fail']} fail, {counts['not_assessable']} not assessable"
    )
    for check in checks:
        if check["status"] == "fail":
            detail = f" {check.get('lhs')} ≠ {check.get('rhs')}" if "lhs" in check else ""
            lines.append(f"    FAIL {check['id']} {check['scope']}{detail}")
    nulls = Counter(
        flag for cell in record.get("cells") or [] if cell.get("value") is None for flag in cell.get("flags", [])[:1]
    )
    if nulls:
        lines.append("  null cells: " + ", ".join(f"{n} {flag}" for flag, n in nulls.most_common()))
    derived = sum(1 for cell in record.get("cells") or [] if "derived" in cell.get("flags", []))
    if derived:
        lines.append(f"  derived cells: {derived}")
    return "\n".join(lines)
