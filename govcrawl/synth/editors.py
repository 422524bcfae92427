"""Held-out report layouts (issue 13): the three report tables as real portals' editors publish
them, in markup no other fixture uses — built from known values, so the truth of every cell is
known.

``render_layout(doc, layout, rng)`` gives one HTML page (or a DOCX / PDF file for the last two).  The layouts come from
docs/portals.md §2.2 and §7 and report-format.md's deviations (D-numbers):

* ``ueditor``       UEditor output: ``data-sort`` tables, ``firstRow``, ``<br/>`` inside labels
* ``word_mso``      Word "save as web page": ``MsoNormalTable``, ``<o:p>``, a label cut into runs,
                    the trailing ``supportMisalignedColumns`` row of empty cells
* ``wps_et``        WPS spreadsheet export: ``x:num`` cells, ``<col>`` widths, classes ``et2``…
* ``p_per_cell``    the table lost on paste: every cell its own ``<p>`` (blank cells ``&nbsp;``),
                    long labels wrapped into two paragraphs
* ``div_grid``      ``<div>`` rows and cells styled as a table (``display:table-row``)
* ``page_break``    table 三 cut at a page break: the rest in a second ``<table>`` that repeats the
                    three header rows; table 二 repeats its header row inside the table
* ``total_first``   table 三 with the 总计 column first
* ``styled_numbers`` full-width digits, thousands separators, ``—``/``/``/``无`` for zero,
                    ``件`` after a number, units in the headers
* ``footnotes``     numbers with footnote marks (``12<sup>1</sup>``, ``12①``, ``12*``) and a 注 line
* ``transposed``    table 三 transposed (applicant types as rows, the template's rows as columns)
* ``rotated_headers`` merged group cells and table 四's headers printed vertically, a character a line
* ``docx_nested``   a DOCX whose report tables sit inside the one cell of a layout table
* ``pdf_unruled``   a born-digital PDF whose tables are drawn without ruling lines

``python -m govcrawl.synth.editors OUTDIR`` writes every layout of the five seeds and three
random reports, with ``<name>.truth.json`` beside them (benchmarks/bench_layouts.py reads them in
memory the same way).
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from govcrawl.report.template import T3_COLS, T3_ROWS
from govcrawl.synth.html import STYLES, render_page
from govcrawl.synth.layout import Cell, Row, build_tables
from govcrawl.synth.model import ReportDoc, cell_keys, get_cell, load_seed_doc, random_report

Value = int | float | None
_FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
_CIRCLED = "①②③④⑤"


def _esc(text: str) -> str:
    return escape(text, quote=False).replace("\u00a0", "&nbsp;").replace("\n", "<br/>")


def _spans(cell: Cell) -> str:
    out = f' colspan="{cell.colspan}"' if cell.colspan > 1 else ""
    return out + (f' rowspan="{cell.rowspan}"' if cell.rowspan > 1 else "")


def _text(cell: Cell) -> str:
    return "&nbsp;" if cell.null or not cell.text.strip() else _esc(cell.text)


CellHtml = Callable[[Cell], str]


def _table(rows: list[Row], open_tag: str, cell_html: CellHtml, row_open: Callable[[int], str] = lambda i: "<tr>",
           tail: str = "") -> str:
    out = [open_tag, "<tbody>"]
    for i, row in enumerate(rows):
        out.append(row_open(i) + "".join(cell_html(c) for c in row) + "</tr>")
    out.append(tail + "</tbody></table>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Layouts: each turns the three tables (rows of cells) into the HTML of the report body


def _ueditor(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    def cell(c: Cell) -> str:
        text = _text(c)
        if c.kind == "header" and len(c.text) > 5 and "\n" not in c.text:
            text = _esc(c.text[:3]) + "<br/>" + _esc(c.text[3:])
        return f'<td valign="top" style="word-break: break-all;"{_spans(c)}>{text}</td>'

    open_tag = '<table data-sort="sortDisabled" width="100%">'
    return {k: _table(rows, open_tag, cell, lambda i: '<tr class="firstRow">' if i == 0 else "<tr>")
            for k, rows in tables.items()}


def _word_mso(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    def cell(c: Cell) -> str:
        width = rng.choice([57, 64, 85]) if c.is_value else rng.choice([113, 189])
        if c.null or not c.text.strip():
            inner = '<span lang="EN-US"><o:p>&nbsp;</o:p></span>'
        elif c.is_value:
            inner = f'<span lang="EN-US" style="font-size:10.5pt;mso-bidi-font-size:11.0pt">{_esc(c.text)}</span>'
        else:  # Word cuts a label into runs where the formatting or the spell-check state changes
            cut = max(1, len(c.text) // 2)
            run = '<span style="font-size:10.5pt;font-family:宋体{}">{}</span>'
            inner = run.format(";mso-ascii-font-family:Calibri", _esc(c.text[:cut]))
            inner += run.format("", _esc(c.text[cut:]))
        return (f"<td width={width} valign=top{_spans(c)} style='width:{width / 20:.1f}pt;"
                f"border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                f"<p class=MsoNormal align=center "
                f"style='text-align:center;mso-pagination:widow-orphan'>{inner}<o:p></o:p></p></td>")

    def table(rows: list[Row]) -> str:
        width = max(sum(c.colspan for c in r) for r in rows)
        misaligned = ("<![if !supportMisalignedColumns]><tr height=0>"
                      + "".join("<td width=60 style='border:none'></td>" for _ in range(width)) + "</tr><![endif]>")
        return _table(rows, "<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 "
                      "style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>", cell,
                      lambda i: f"<tr style='mso-yfti-irow:{i}{';mso-yfti-firstrow:yes' if i == 0 else ''}'>",
                      tail=misaligned)

    return {k: table(rows) for k, rows in tables.items()}


def _wps_et(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    def cell(c: Cell) -> str:
        cls = "et3" if c.is_value else "et2"
        num = f' x:num="{c.text}"' if c.is_value and c.text.strip() else ""
        return f'<td class="{cls}"{_spans(c)}{num} height="24">{_text(c)}</td>'

    def table(rows: list[Row]) -> str:
        width = max(sum(c.colspan for c in r) for r in rows)
        cols = "".join('<col width="72" style="width:54.00pt;">' for _ in range(width))
        return _table(rows, f'<table width="100%" border="0" cellpadding="0" cellspacing="0" x:str '
                      f'style="border-collapse:collapse;table-layout:fixed;">{cols}', cell,
                      lambda i: '<tr height="24" style="height:18.00pt;">')

    return {k: table(rows) for k, rows in tables.items()}


def _p_per_cell(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    out = {}
    for key, rows in tables.items():
        paras = []
        for row in rows:
            for c in row:
                if c.null or not c.text.strip():
                    paras.append('<p style="text-align:center">&nbsp;</p>')
                elif c.kind == "label" and len(c.text) > 16:  # a long label wraps into two paragraphs
                    cut = len(c.text) // 2
                    paras += [f"<p>{_esc(c.text[:cut])}</p>", f"<p>{_esc(c.text[cut:])}</p>"]
                else:
                    paras.append(f'<p style="text-align:center">{_esc(c.text)}</p>')
        out[key] = "\n".join(paras)
    return out


def _div_grid(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    out = {}
    for key, rows in tables.items():
        lines = ['<div class="report-table" style="display:table;border-collapse:collapse;width:100%">']
        for row in rows:
            cells = "".join(
                f'<div class="cell" style="display:table-cell;border:1px solid #333;padding:2px"'
                f'{f" data-colspan={c.colspan}" if c.colspan > 1 else ""}>{_text(c)}</div>' for c in row)
            lines.append(f'<div class="row" style="display:table-row">{cells}</div>')
        lines.append("</div>")
        out[key] = "\n".join(lines)
    return out


def _plain_cell(c: Cell) -> str:
    return f"<td{_spans(c)}>{_text(c)}</td>"


_PLAIN_TABLE = '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'


def _page_break(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    t3 = tables["t3"]
    head, body = t3[:3], t3[3:]
    cut = 6 + rng.randint(0, 3)
    # The part after the break: its rows lose the row-spanned group cells that began before the
    # break (Word prints the group label again only where the group starts).
    first = _table(head + body[:cut], _PLAIN_TABLE, _plain_cell)
    second_rows = [[c for c in row] for row in body[cut:]]
    second = _table(head + second_rows, _PLAIN_TABLE, _plain_cell)
    t2 = tables["t2"]
    header = next(r for r in t2 if r and r[0].kind == "header")
    split = len(t2) // 2
    return {"t2": _table(t2[:split] + [header] + t2[split:], _PLAIN_TABLE, _plain_cell),
            "t3": first + '\n<p style="page-break-before:always">&nbsp;</p>\n' + second,
            "t4": _table(tables["t4"], _PLAIN_TABLE, _plain_cell)}


def _rotated_headers(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    """Merged cells printed vertically: group labels and table 四's narrow headers one character a
    line (``三<br/>、<br/>本…``, Word's vertical text direction)."""
    def cell(c: Cell) -> str:
        vertical = c.kind == "group" or (c.kind == "header" and c.key.startswith("t4.col."))
        if vertical and c.text.strip():
            text = "<br/>".join(_esc(ch) for ch in c.text.replace("\n", ""))
            return f'<td{_spans(c)} style="layout-flow:vertical-ideographic;writing-mode:tb-rl">{text}</td>'
        return _plain_cell(c)

    return {k: _table(rows, _PLAIN_TABLE, cell) for k, rows in tables.items()}


def _plain(tables: dict[str, list[Row]]) -> dict[str, str]:
    return {k: _table(rows, _PLAIN_TABLE, _plain_cell) for k, rows in tables.items()}


def _values_only(row: Row) -> bool:
    return bool(row) and all(c.is_value for c in row)


def _total_first(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    t3 = tables["t3"]
    head = [list(t3[0]), [t3[1][2], t3[1][0], t3[1][1]], list(t3[2])]  # 总计, 自然人, 法人或其他组织
    rows = head
    for row in t3[3:]:
        values = [c for c in row if c.is_value]
        labels = [c for c in row if not c.is_value]
        if len(values) == len(T3_COLS):
            values = values[-1:] + values[:-1]
        elif values:  # a short row: printed as is (the reader must not place it)
            pass
        rows.append(labels + values)
    out = _plain(tables)
    out["t3"] = _table(rows, _PLAIN_TABLE, _plain_cell)
    return out


def _styled_value(text: str, rng: random.Random, unit: bool) -> str:
    if text == "0":
        return rng.choice(["—", "/", "无", "0", "０"])
    if not text.lstrip("-").isdigit():
        return text.translate(_FULLWIDTH) if rng.random() < 0.5 else text
    number = int(text)
    shown = f"{number:,}" if abs(number) >= 1000 else text
    if rng.random() < 0.4:
        shown = shown.translate(_FULLWIDTH).replace(",", "，" if rng.random() < 0.5 else ",")
    return shown + ("件" if unit and rng.random() < 0.3 else "")


def _styled_numbers(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    def cell(c: Cell) -> str:
        if c.is_value and not c.null and c.text.strip():
            unit = c.key.startswith("t3.") or c.key.startswith("t4.")
            return f"<td{_spans(c)}>{_esc(_styled_value(c.text, rng, unit))}</td>"
        if c.kind == "header" and c.key.startswith("t3.col.") and "\n" not in c.text:
            return f"<td{_spans(c)}>{_esc(c.text)}（件）</td>"
        return _plain_cell(c)

    return {k: _table(rows, _PLAIN_TABLE, cell) for k, rows in tables.items()}


def _footnotes(tables: dict[str, list[Row]], rng: random.Random) -> dict[str, str]:
    marked = 0

    def cell(c: Cell) -> str:
        nonlocal marked
        if c.is_value and not c.null and c.text.strip().isdigit() and rng.random() < 0.08:
            marked += 1
            mark = rng.choice([f"<sup>{marked}</sup>", _CIRCLED[marked % 5], "*", f"<sup>注{marked}</sup>"])
            return f"<td{_spans(c)}>{_esc(c.text)}{mark}</td>"
        return _plain_cell(c)

    out = {}
    for k, rows in tables.items():
        before = marked
        out[k] = _table(rows, _PLAIN_TABLE, cell)
        if marked > before:
            out[k] += "\n<p>注：标注的数据含上年度延期至本年度答复的申请。</p>"
    return out


def _transposed(tables: dict[str, list[Row]], rng: random.Random, doc: ReportDoc) -> dict[str, str]:
    from govcrawl.synth.labels import canonical_labels

    labels = canonical_labels(doc.template_version)
    labels.update(doc.labels)
    out = _plain(tables)
    rows_keys = T3_ROWS[doc.template_version]
    header = "<tr><td>申请人情况</td>" + "".join(f"<td>{_esc(labels[f't3.row.{r}'])}</td>" for r in rows_keys) + "</tr>"
    body = []
    t3_rows = {c.key.rsplit(".", 1)[0]: row for row in tables["t3"] for c in row if c.is_value}
    for i, col in enumerate(T3_COLS):
        cells = []
        for r in rows_keys:
            row = t3_rows.get(f"t3.{r}")
            values = [c for c in row if c.is_value] if row else []
            c = values[i] if len(values) == len(T3_COLS) else None
            cells.append(f"<td>{_text(c)}</td>" if c else "<td></td>")
        body.append(f"<tr><td>{_esc(labels[f't3.col.{col}'])}</td>{''.join(cells)}</tr>")
    out["t3"] = f"{_PLAIN_TABLE}<tbody>{header}{''.join(body)}</tbody></table>"
    return out


LAYOUTS: tuple[str, ...] = ("ueditor", "word_mso", "wps_et", "p_per_cell", "div_grid", "page_break",
                            "total_first", "styled_numbers", "footnotes", "transposed", "rotated_headers",
                            "docx_nested", "pdf_unruled")
_RENDER: dict[str, Callable[[dict[str, list[Row]], random.Random], dict[str, str]]] = {
    "ueditor": _ueditor, "word_mso": _word_mso, "wps_et": _wps_et, "p_per_cell": _p_per_cell,
    "div_grid": _div_grid, "page_break": _page_break, "total_first": _total_first,
    "styled_numbers": _styled_numbers, "footnotes": _footnotes, "rotated_headers": _rotated_headers,
}


def render_layout(doc: ReportDoc, layout: str, rng: random.Random) -> bytes:
    """The report as an article page whose tables are in ``layout`` (bytes in the page's own
    charset: GBK for a TRS page, whose meta says gb2312), or as a DOCX / PDF file."""
    if layout == "docx_nested":
        from govcrawl.synth.docx import render_docx

        return render_docx(doc, nested=True)
    if layout == "pdf_unruled":
        from govcrawl.synth.pdf import render_pdf

        return render_pdf(doc, rng, ruled=False)
    tables = build_tables(doc)
    parts = _transposed(tables, rng, doc) if layout == "transposed" else _RENDER[layout](tables, rng)
    # The page around the tables is a TRS / Hanweb / VSB article page (synth/html.py's chrome).
    body, _charset = render_page(doc, rng.choice(STYLES), rng, tables_html=parts)
    return body


def truth_of(doc: ReportDoc, expected: dict[str, Any] | None = None) -> dict[str, Value]:
    """Every cell's true value, keyed like tests/report/expected.flat_tables (``t4.cases.<col>``):
    a seed's hand-read values (with the cells the identities force), or a random report's own."""
    if expected is not None:
        t = expected["tables"]
        out: dict[str, Value] = {f"t2.{b}.{r}.{c}": v for b, rows in t["t2"].items() for r, cols in rows.items()
                                 for c, v in cols.items()}
        out.update({f"t3.{r}.{c}": v for r, cols in t["t3"].items() for c, v in cols.items()})
        out.update({f"t4.cases.{c}": v for c, v in t["t4"].items()})
        out.update(expected.get("derived_cells", {}))
        return out
    return {key: get_cell(doc.tables, key) for key in cell_keys(doc.template_version)}


def layout_sources(root: Path) -> list[tuple[str, ReportDoc, dict[str, Value]]]:
    """(name, doc, truth): the five seeds of fixtures/reports and three random reports."""
    out = []
    for seed_dir in sorted((root / "fixtures" / "reports").glob("seed[0-9][0-9][0-9]")):
        expected = json.loads((seed_dir / "expected.json").read_text(encoding="utf-8"))
        out.append((seed_dir.name, load_seed_doc(seed_dir), truth_of(load_seed_doc(seed_dir), expected)))
    for i, (version, year) in enumerate((("v2021", 2023), ("v2019", 2020), ("v2021", 2025))):
        doc = random_report(random.Random(1300 + i), version, year)  # type: ignore[arg-type]
        out.append((f"random{i}", doc, truth_of(doc)))
    return out


def layout_pages(root: Path) -> list[tuple[str, str, bytes, dict[str, Value]]]:
    """(layout, source name, page, truth) for every layout of every source; deterministic."""
    pages = []
    for name, doc, truth in layout_sources(root):
        for layout in LAYOUTS:
            rng = random.Random(zlib.crc32(f"{name}/{layout}".encode()))
            pages.append((layout, name, render_layout(doc, layout, rng), truth))
    return pages


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m govcrawl.synth.editors OUTDIR", file=sys.stderr)
        return 2
    out = Path(args[0])
    root = Path(__file__).resolve().parents[2]
    for layout, name, page, truth in layout_pages(root):
        (out / layout).mkdir(parents=True, exist_ok=True)
        (out / layout / f"{name}.html").write_bytes(page)
        (out / layout / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
    print(f"wrote {len(LAYOUTS)} layouts to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
