"""Plain data model of one report for the synthesiser, plus random and seed-based constructors.

``ReportDoc.tables`` has the record shape of docs/record.md::

    {"t2": {block: {row: {col: value}}}, "t3": {row: {col: value}}, "t4": {col: value}}

Cell keys used by ``printed_rows`` / ``raw_cells`` are dotted: ``t2.<block>.<row>.<col>``,
``t3.<row>.<col>``, ``t4.cases.<col>`` (``cases``: the row key cells carry); row keys drop the
column (``t3.new_received``).
"""

from __future__ import annotations

import json
import math
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict, cast

from govcrawl.report.template import (
    SECTION_PHRASES,
    SECTIONS,
    T2,
    T3_COLS,
    T3_RESULT_PARTS,
    T3_ROWS,
    T4_COLS,
    T4_ROW,
    TemplateVersion,
)

Value = int | float | None


class Tables(TypedDict):
    t2: dict[str, dict[str, dict[str, Value]]]
    t3: dict[str, dict[str, Value]]
    t4: dict[str, Value]


@dataclass
class ReportDoc:
    title: str
    agency_name: str
    year: int
    published_date: str | None
    template_version: TemplateVersion
    # (heading line as printed, paragraphs) for the six sections, in order
    sections: list[tuple[str, list[str]]]
    tables: Tables
    printed_rows: dict[str, list[str]] = field(default_factory=dict)
    raw_cells: dict[str, str] = field(default_factory=dict)
    spam: list[str] = field(default_factory=list)
    # label overrides, keys as in govcrawl.synth.labels
    labels: dict[str, str] = field(default_factory=dict)
    # paragraphs between the title and 一、总体情况
    preamble: list[str] = field(default_factory=list)
    site_name: str = ""
    source: str = ""  # 来源 / ContentSource

    def __post_init__(self) -> None:
        if not self.site_name:
            self.site_name = default_site_name(self.agency_name)
        if not self.source:
            self.source = self.agency_name


def default_site_name(agency: str) -> str:
    m = re.match(r"^(.*[县区市旗])", agency)
    if agency.endswith("局") or agency.endswith("委员会") or m is None:
        return agency
    return m.group(1) + "人民政府"


def empty_tables(version: TemplateVersion, fill: Value = None) -> Tables:
    return {
        "t2": {b.key: {r: dict.fromkeys(b.cols, fill) for r in b.rows} for b in T2[version]},
        "t3": {r: dict.fromkeys(T3_COLS, fill) for r in T3_ROWS[version]},
        "t4": dict.fromkeys(T4_COLS, fill),
    }


def cell_keys(version: TemplateVersion) -> list[str]:
    """Dotted key of every cell of a template version, in template order."""
    keys = [f"t2.{b.key}.{r}.{c}" for b in T2[version] for r in b.rows for c in b.cols]
    keys += [f"t3.{r}.{c}" for r in T3_ROWS[version] for c in T3_COLS]
    keys += [f"t4.{T4_ROW}.{c}" for c in T4_COLS]
    return keys


def get_cell(tables: Tables, key: str) -> Value:
    parts = key.split(".")
    if parts[0] == "t2":
        return tables["t2"][parts[1]][parts[2]][parts[3]]
    if parts[0] == "t3":
        return tables["t3"][parts[1]][parts[2]]
    return tables["t4"][parts[-1]]


# ---------------------------------------------------------------------------------------------
# Identities (report-format.md §8 H1–H4)


def check_identities(doc: ReportDoc) -> list[str]:
    """Names of the H1–H4 identities that fail (only over non-null operands)."""
    t3 = doc.tables["t3"]
    t4 = doc.tables["t4"]
    failures: list[str] = []

    def nums(*vals: Value) -> list[float] | None:
        return None if any(v is None for v in vals) else [float(cast(float, v)) for v in vals]

    for col in T3_COLS:
        ops = nums(
            t3["new_received"][col],
            t3["carried_over_from_prev"][col],
            t3["results_total"][col],
            t3["carried_forward_to_next"][col],
        )
        if ops is not None and ops[0] + ops[1] != ops[2] + ops[3]:
            failures.append(f"H1.{col}")
        parts = nums(*(t3[r][col] for r in T3_RESULT_PARTS[doc.template_version]), t3["results_total"][col])
        if parts is not None and sum(parts[:-1]) != parts[-1]:
            failures.append(f"H2.{col}")
    for row, vals in t3.items():
        ops = nums(*(vals[c] for c in T3_COLS))
        if ops is not None and sum(ops[:-1]) != ops[-1]:
            failures.append(f"H3.{row}")
    for prefix in ("review", "lit_direct", "lit_after_review"):
        ops = nums(*(t4[f"{prefix}_{s}"] for s in ("upheld", "corrected", "other", "pending", "total")))
        if ops is not None and sum(ops[:-1]) != ops[-1]:
            failures.append(f"H4.{prefix}")
    return failures


# ---------------------------------------------------------------------------------------------
# Random valid reports


def _loguniform_int(rng: random.Random, hi: int, zero_p: float = 0.0) -> int:
    if rng.random() < zero_p:
        return 0
    return round(10 ** rng.uniform(0, max(0.0, math.log10(max(hi, 1)))))


def _split(rng: random.Random, total: int, weights: list[float]) -> list[int]:
    """Split ``total`` into len(weights) non-negative parts (multinomial)."""
    parts = [0] * len(weights)
    if total == 0:
        return parts
    for i in rng.choices(range(len(weights)), weights=weights, k=total):
        parts[i] += 1
    return parts


_T3_PART_WEIGHTS = {
    "granted": 30.0,
    "partially_granted": 10.0,
    "withheld_state_secret": 0.3,
    "withheld_prohibited_by_law": 0.5,
    "withheld_three_security_one_stability": 0.3,
    "withheld_third_party_rights": 1.0,
    "withheld_internal_affairs": 1.0,
    "withheld_process_info": 2.0,
    "withheld_enforcement_case_file": 0.5,
    "withheld_admin_inquiry": 0.5,
    "unavailable_not_held": 20.0,
    "unavailable_needs_creation": 3.0,
    "unavailable_unclear_after_correction": 2.0,
    "not_processed_petition_complaint": 2.0,
    "not_processed_duplicate": 2.0,
    "not_processed_publication": 0.3,
    "not_processed_excessive_repeat": 0.5,
    "not_processed_confirm_reissue": 0.5,
    "other_no_correction": 2.0,
    "other_fee_unpaid": 0.3,
    "other_misc": 2.0,
    "other_handling_total": 4.0,
}


def random_tables(rng: random.Random, version: TemplateVersion) -> Tables:
    """Tables with realistic magnitudes for which H1–H4 hold exactly."""
    tables = empty_tables(version, 0)
    t2 = tables["t2"]
    if version == "v2021":
        for row in ("regulations", "normative_documents"):
            big = row == "normative_documents"
            issued = _loguniform_int(rng, 40 if big else 3, zero_p=0.3 if big else 0.85)
            repealed = _loguniform_int(rng, 15 if big else 2, zero_p=0.5 if big else 0.9)
            in_force = issued + _loguniform_int(rng, 120 if big else 5, zero_p=0.2 if big else 0.8)
            t2["art20_1"][row] = {
                "issued_count": issued,
                "repealed_count": repealed,
                "in_force_count": in_force,
            }
        t2["art20_5"]["administrative_licensing"]["decision_count"] = _loguniform_int(rng, 50000, 0.15)
        t2["art20_6"]["administrative_penalty"]["decision_count"] = _loguniform_int(rng, 40000, 0.15)
        t2["art20_6"]["administrative_coercion"]["decision_count"] = _loguniform_int(rng, 600, 0.4)
        fee: Value = 0 if rng.random() < 0.4 else round(10 ** rng.uniform(-1, 3.7), 2)
        t2["art20_8"]["administrative_fees"]["fee_amount_10k_cny"] = fee
    else:
        for row in ("regulations", "normative_documents"):
            big = row == "normative_documents"
            made = _loguniform_int(rng, 30 if big else 3, zero_p=0.3 if big else 0.85)
            published = made if rng.random() < 0.8 else _loguniform_int(rng, made + 1)
            total = published + _loguniform_int(rng, 150 if big else 5, zero_p=0.2)
            t2["art20_1"][row] = {
                "new_made_count": made,
                "new_published_count": published,
                "total_published_count": total,
            }
        for block, rows in (
            ("art20_5", ("administrative_licensing", "other_external_services")),
            ("art20_6", ("administrative_penalty", "administrative_coercion")),
            ("art20_8", ("administrative_fees",)),
        ):
            for row in rows:
                prev = _loguniform_int(rng, 300, 0.2)
                change = rng.choice([0, 0, 0, 1, 2, -1, -2, 3]) if prev else rng.choice([0, 0, 1])
                change = max(change, -prev)
                vals: dict[str, Value] = {"prev_year_item_count": prev, "item_count_change": change}
                if block != "art20_8":
                    vals["decision_count"] = _loguniform_int(rng, 30000, 0.2)
                t2[block][row] = vals
        n = _loguniform_int(rng, 60, 0.3)
        amount: Value = round(10 ** rng.uniform(0, 3.5), rng.choice([1, 2])) if n else 0
        t2["art20_9"]["centralized_procurement"] = {
            "procurement_item_count": n,
            "procurement_total_amount": amount,
        }

    # table 三, column by column; the total column is the row sum, so H1/H2 carry over to it
    t3 = tables["t3"]
    parts = T3_RESULT_PARTS[version]
    person_scale = rng.choice([5, 30, 200, 1500])
    for col in T3_COLS[:6]:
        if col == "natural_person":
            new = _loguniform_int(rng, person_scale, 0.1)
        else:
            new = _loguniform_int(
                rng, max(2, person_scale // 20), 0.6 if col == "commercial_enterprise" else 0.85
            )
        carried = _loguniform_int(rng, max(1, new // 10), 0.6) if new else 0
        forward = _loguniform_int(rng, max(1, (new + carried) // 10), 0.6) if new + carried else 0
        forward = min(forward, new + carried)
        done = new + carried - forward
        t3["new_received"][col] = new
        t3["carried_over_from_prev"][col] = carried
        t3["carried_forward_to_next"][col] = forward
        t3["results_total"][col] = done
        for row, val in zip(parts, _split(rng, done, [_T3_PART_WEIGHTS[r] for r in parts]), strict=True):
            t3[row][col] = val
    for row in T3_ROWS[version]:
        t3[row]["total"] = sum(cast(int, t3[row][c]) for c in T3_COLS[:6])

    t4 = tables["t4"]
    for prefix, hi in (("review", 6), ("lit_direct", 3), ("lit_after_review", 2)):
        subs = [0 if rng.random() < 0.7 else rng.randint(0, hi) for _ in range(4)]
        for s, v in zip(("upheld", "corrected", "other", "pending"), subs, strict=True):
            t4[f"{prefix}_{s}"] = v
        t4[f"{prefix}_total"] = sum(subs)
    return tables


def random_report(rng: random.Random, version: TemplateVersion, year: int) -> ReportDoc:
    """A valid report (H1–H4 hold) with a random agency, realistic numbers and ~60 KB of page."""
    from govcrawl.synth import prose

    agency, site = prose.random_agency(rng)
    tables = random_tables(rng, version)
    title = rng.choice(
        [
            f"{agency}{year}年政府信息公开工作年度报告",
            f"{agency}{year}年政府信息公开工作年度报告",
            f"{year}年{agency}政府信息公开工作年度报告",
            f"{agency} {year}年政府信息公开工作年度报告",
            f"{agency}政府信息公开工作{year}年度报告",
        ]
    )
    published: str | None = None
    if rng.random() > 0.05:
        month = rng.choices([1, 2, 3], weights=[8, 2, 1])[0]
        day = rng.randint(10 if month == 1 else 1, 31 if month in (1, 3) else 28)
        published = f"{year + 1}-{month:02d}-{day:02d}"
    sections = prose.random_sections(rng, agency, year, tables, version)
    return ReportDoc(
        title=title,
        agency_name=agency,
        year=year,
        published_date=published,
        template_version=version,
        sections=sections,
        tables=tables,
        preamble=prose.preamble(rng, agency, year),
        site_name=site,
        source=rng.choice([agency, agency, site + "办公室" if site.endswith("政府") else agency + "办公室"]),
    )


# ---------------------------------------------------------------------------------------------
# Seeds

# Trailing lines of a seed that are page chrome, not report text (D17).
_SEED_CHROME = {"扫一扫在手机打开当前页", "相关解读", "Baidu", "map"}
_ORDINALS = "一二三四五六"


def _is_heading(line: str, index: int) -> bool:
    key = SECTIONS[index]
    ordinal, phrases = SECTION_PHRASES[key]
    body = line.strip(" \u00a0\u3000\t")
    return body.startswith(ordinal + "、") and any(p in body for p in phrases) and ordinal == _ORDINALS[index]


def split_seed_sections(text: str) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """(lines before 一、总体情况, [(heading, body lines)] for the six sections) of a seed text."""
    lines = text.split("\n")
    starts: list[int] = []
    pos = 0
    for i in range(len(SECTIONS)):
        j = next(k for k in range(pos, len(lines)) if _is_heading(lines[k], i))
        starts.append(j)
        pos = j + 1
    out: list[tuple[str, list[str]]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(lines)
        out.append((lines[start], lines[start + 1 : end]))
    return lines[: starts[0]], out


def _paragraphs(lines: list[str]) -> list[str]:
    paras = [ln for ln in lines if ln.strip(" \u00a0\u3000\t")]
    while paras and paras[-1].strip() in _SEED_CHROME:
        paras.pop()
    return paras


def load_seed_doc(seed_dir: Path | str) -> ReportDoc:
    """A ReportDoc from ``fixtures/reports/seedNNN/{report.txt,expected.json}``.

    Paragraphs of sections 一, 五, 六 (and the preamble) come from the seed text; the table
    sections 二–四 carry no paragraphs (the seeds print only tables there); tables, printed rows,
    raw cells, label overrides and spam come from expected.json.
    """
    seed_dir = Path(seed_dir)
    text = (seed_dir / "report.txt").read_text(encoding="utf-8")
    exp = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
    head, parts = split_seed_sections(text)
    sections: list[tuple[str, list[str]]] = []
    for i, (heading, body) in enumerate(parts):
        sections.append((heading, [] if 1 <= i <= 3 else _paragraphs(body)))
    preamble = [ln for ln in head if ln.strip().endswith("。")]
    return ReportDoc(
        title=exp["title"],
        agency_name=exp["agency_name"],
        year=int(exp["year"]),
        published_date=exp["published_date"],
        template_version=exp["template_version"],
        sections=sections,
        tables=cast(Tables, exp["tables"]),
        printed_rows={k: list(v) for k, v in exp.get("printed_rows", {}).items()},
        raw_cells=dict(exp.get("raw_cells", {})),
        spam=list(exp.get("spam", [])),
        labels=dict(exp.get("labels", {})),
        preamble=preamble,
    )
