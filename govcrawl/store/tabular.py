"""Tables people load: the columns, types and Chinese labels of the CSV/Parquet exports.

Three shapes (``govcrawl export --format csv|parquet``):

- ``--per cell`` (long): one row per cell, ``CELL_COLUMNS``;
- ``--per report``: one row per report version, ``REPORT_COLUMNS`` — who, when, where from, check
  counts, flags and the main totals of tables 三 and 四;
- ``--layout wide``: the per-report columns, then one column per cell key (``t3.granted.total``,
  ``t4.review_total``) for every key of both template versions.

Every column has one declared type, the same in Parquet (Arrow), pandas and DuckDB, so a reader
does not guess: a CSV has no types, and ``region_code`` (``430300``) would load as an integer.
``schema_document`` is the sidecar written beside a CSV (``FILE.schema.json``) with the dtype maps
to pass to ``pandas.read_csv(dtype=…)`` and DuckDB's ``read_csv(types=…)``.  No column is named like
a pandas ``DataFrame`` attribute (``flags``, ``size``, ``index``…), so ``df.<column>`` means the
column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Final, Literal

from govcrawl.report import template

Kind = Literal["text", "int", "float"]

# One type per kind, per consumer.  pandas: the nullable dtypes (``string``, ``Int64``, ``Float64``)
# that ``read_csv(dtype=…)`` and ``read_parquet(dtype_backend="numpy_nullable")`` both give.
ARROW_TYPES: Final = {"text": "string", "int": "int64", "float": "float64"}
PANDAS_DTYPES: Final = {"text": "string", "int": "Int64", "float": "Float64"}
DUCKDB_TYPES: Final = {"text": "VARCHAR", "int": "BIGINT", "float": "DOUBLE"}


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    label_zh: str


def _cols(*spec: tuple[str, Kind, str]) -> tuple[Column, ...]:
    return tuple(Column(*s) for s in spec)


_IDENTITY: Final = _cols(
    ("agency_id", "text", "机关标识"),
    ("agency_name", "text", "机关名称"),
    ("region", "text", "地区"),
    ("region_code", "text", "行政区划代码"),
    ("year", "int", "报告年度"),
)
_VERSION: Final = _cols(
    ("version", "int", "版本号"),
    ("parse", "int", "解析序号"),
    ("parser_version", "text", "解析器版本"),
    ("template_version", "text", "模板版本"),
    ("change_id", "int", "变更序号"),
)

CELL_COLUMNS: Final = (
    *_IDENTITY,
    *_VERSION,
    *_cols(
        ("table", "text", "表"),
        ("block", "text", "栏目"),
        ("row", "text", "行"),
        ("col", "text", "列"),
        ("value", "float", "数值"),
        ("raw", "text", "原文"),
        ("cell_flags", "text", "单元格标记"),
    ),
)
CELL_LABEL_COLUMN: Final = Column("label_zh", "text", "中文标签")

# (column, table-三 row) — the row's ``total`` column.
_T3_TOTALS: Final = (
    ("new_received", "new_received", "本年新收政府信息公开申请数量"),
    ("carried_over_from_prev", "carried_over_from_prev", "上年结转政府信息公开申请数量"),
    ("granted", "granted", "予以公开"),
    ("partially_granted", "partially_granted", "部分公开"),
    ("results_total", "results_total", "办理结果总计"),
    ("carried_forward_to_next", "carried_forward_to_next", "结转下年度继续办理"),
)
_WITHHELD_ROWS: Final = tuple(r for r in template.T3_ROWS["v2021"] if r.startswith("withheld_"))
_T4_TOTALS: Final = (
    ("review_total", "行政复议总计"),
    ("review_corrected", "行政复议结果纠正"),
    ("lit_direct_total", "未经复议直接起诉总计"),
    ("lit_after_review_total", "复议后起诉总计"),
)

REPORT_COLUMNS: Final = (
    *_IDENTITY,
    *_cols(
        ("title", "text", "标题"),
        ("published_date", "text", "发布日期"),
        ("url", "text", "来源网址"),
    ),
    *_VERSION,
    *_cols(
        ("valid_from", "text", "版本生效时间"),
        ("valid_to", "text", "版本失效时间"),
        ("parse_status", "text", "解析状态"),
        ("check_status", "text", "校验状态"),
        ("checks_pass", "int", "校验通过数"),
        ("checks_fail", "int", "校验不通过数"),
        ("checks_not_assessable", "int", "无法校验数"),
        ("record_flags", "text", "报告标记"),
        ("applications_received", "int", "收到申请总数（本年新收＋上年结转）"),
    ),
    *(Column(name, "int", label) for name, _row, label in _T3_TOTALS),
    Column("withheld", "int", "不予公开（合计）"),
    *(Column(name, "int", label) for name, label in _T4_TOTALS),
    Column("litigation_total", "int", "行政诉讼总计"),
)


# -- table 四: the one place that knows its shape ---------------------------------------------------

def _cell_key(table: str, block: str, row: str, col: str) -> tuple[str, str, str, str]:
    """A cell's identity: table 四's cells are named by their column alone (docs/record.md: flat),
    whatever row the store or the template module gives them (``cases`` before the flat shape)."""
    return ("t4", "", "", col) if table == "t4" else (table, block, row, col)


def cell_column(table: str, block: str, row: str, col: str) -> str:
    """The wide layout's column of a cell: ``t2.art20_5.administrative_licensing.decision_count``,
    ``t3.granted.total``, ``t4.review_total`` (table 四 has no row level)."""
    if table == "t4":
        return f"t4.{col}"
    return ".".join(p for p in (table, block, row, col) if p)


@cache
def cell_label_map(version: str) -> dict[tuple[str, str, str, str], str]:
    """(table, block, row, col) → the Chinese label (行政许可 本年处理决定数量; 行政许可 alone where
    the block has one value column) of every key of a template version."""
    from govcrawl.store.history import _labels, cell_label, single_column_blocks

    labels = _labels()
    tv: template.TemplateVersion = "v2019" if version == "v2019" else "v2021"
    single = single_column_blocks(tv)
    return {_cell_key(*key): cell_label(*key, labels, single) for key in template.all_cell_keys(tv)}


def cell_label_of(version: str | None, table: str, block: str, row: str, col: str) -> str:
    """A stored cell's label under its record's template version (v2021's when it has none)."""
    key = _cell_key(table, block, row, col)
    for tv in (version or "v2021", "v2021", "v2019"):
        label = cell_label_map(tv).get(key)
        if label is not None:
            return label
    from govcrawl.store.history import _labels, cell_label

    return cell_label(table, block, row, col, _labels())


@cache
def wide_cell_columns() -> tuple[Column, ...]:
    """One column per cell key of either template version (v2021's keys first, then v2019's; a key
    of both carries v2021's label)."""
    cols: dict[str, Column] = {}
    for version in ("v2021", "v2019"):
        for key, label in cell_label_map(version).items():
            name = cell_column(*key)
            cols.setdefault(name, Column(name, "float", label))
    return tuple(cols.values())


def wide_columns() -> tuple[Column, ...]:
    return (*REPORT_COLUMNS, *wide_cell_columns())


# -- rows ------------------------------------------------------------------------------------------


def _count(value: Any) -> int | None:
    """A count as an int; ``None`` for null or for a value that is not a whole number (a valid
    record has none in these cells: docs/record.md)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() else None


def _sum(values: list[int | None]) -> int | None:
    """The sum, or null when any part is null (a total of unknown parts is unknown)."""
    return None if any(v is None for v in values) else sum(v for v in values if v is not None)


def report_cell_keys() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(table-三 rows whose ``total`` the per-report row reads, table-四 columns it reads)."""
    return (tuple(r for _n, r, _l in _T3_TOTALS) + _WITHHELD_ROWS, tuple(n for n, _l in _T4_TOTALS))


def report_row(meta: Mapping[str, Any], cells: Mapping[str, float | None], checks: Mapping[str, int]) -> dict[str, Any]:
    """The per-report row of one stored parse: ``meta`` (the export's selected columns: agency,
    version, record title/date/url/flags), its ``cells`` by ``cell_column`` name (at least those
    of ``report_cell_keys``) and its check results counted by status."""

    def t3_total(row: str) -> int | None:
        return _count(cells.get(cell_column("t3", "", row, "total")))

    code = meta.get("region_code")
    row: dict[str, Any] = {
        "agency_id": meta.get("agency_key"),
        "agency_name": meta.get("agency_name"),
        "region": meta.get("region"),
        "region_code": None if code is None else str(code),
        "year": meta.get("year"),
        "title": meta.get("title"),
        "published_date": meta.get("published_date"),
        "url": meta.get("url"),
        "version": meta.get("number"),
        "parse": meta.get("parse_number"),
        "parser_version": meta.get("parser_version"),
        "template_version": meta.get("template_version"),
        "change_id": meta.get("change_id"),
        "valid_from": meta.get("valid_from"),
        "valid_to": meta.get("valid_to"),
        "parse_status": meta.get("parse_status"),
        "check_status": meta.get("check_status"),
        "checks_pass": checks.get("pass", 0),
        "checks_fail": checks.get("fail", 0),
        "checks_not_assessable": checks.get("not_assessable", 0),
        "record_flags": " ".join(str(f) for f in meta.get("flags") or []),
    }
    for name, t3_row, _label in _T3_TOTALS:
        row[name] = t3_total(t3_row)
    row["applications_received"] = _sum([row["new_received"], row["carried_over_from_prev"]])
    row["withheld"] = _sum([t3_total(r) for r in _WITHHELD_ROWS])
    for name, _label in _T4_TOTALS:
        row[name] = _count(cells.get(cell_column("t4", "", "", name)))
    row["litigation_total"] = _sum([row["lit_direct_total"], row["lit_after_review_total"]])
    return row


# -- schemas ---------------------------------------------------------------------------------------


def arrow_schema(columns: tuple[Column, ...]) -> Any:
    """The Parquet schema: one field per column, its Chinese label in the field metadata."""
    import pyarrow as pa

    types = {"text": pa.string(), "int": pa.int64(), "float": pa.float64()}
    return pa.schema(
        [pa.field(c.name, types[c.kind], metadata={"label_zh": c.label_zh}) for c in columns],
        metadata={"govcrawl.labels": "field metadata label_zh"},
    )


def schema_document(columns: tuple[Column, ...], shape: str) -> dict[str, Any]:
    """The CSV sidecar: a Frictionless-style table schema plus ready-made dtype maps."""
    frictionless = {"text": "string", "int": "integer", "float": "number"}
    return {
        "govcrawl_export": shape,
        "fields": [
            {"name": c.name, "type": frictionless[c.kind], "title": c.label_zh} for c in columns
        ],
        "pandas_dtype": {c.name: PANDAS_DTYPES[c.kind] for c in columns},
        "duckdb_types": {c.name: DUCKDB_TYPES[c.kind] for c in columns},
        "usage": {
            "pandas": "pd.read_csv(path, dtype=schema['pandas_dtype'], keep_default_na=False, na_values=[''])",
            "duckdb": "read_csv(path, header=true, types=schema['duckdb_types'])",
        },
    }


Shape = Literal["cell", "report", "wide"]


def columns_for(shape: Shape, *, labels: bool = False) -> tuple[Column, ...]:
    """The columns of an export shape; ``labels``: the per-cell export gets a ``label_zh`` column
    after ``col`` (the other shapes carry their labels in the schema, always)."""
    if shape == "report":
        return REPORT_COLUMNS
    if shape == "wide":
        return wide_columns()
    if not labels:
        return CELL_COLUMNS
    at = [c.name for c in CELL_COLUMNS].index("col") + 1
    return (*CELL_COLUMNS[:at], CELL_LABEL_COLUMN, *CELL_COLUMNS[at:])
