"""Text the commands print: tables aligned by display width (a CJK character takes two columns).

``f"{name:24}"`` pads by characters, so a column of Chinese agency names ends 24 columns too far
right of a column of Latin ids.  rich measures East Asian wide characters (its ``cell_len``) and
lays tables out by display width; it is well kept and already the standard for terminal tables in
Python.  Cell text is passed as ``Text``, never as markup, so a ``[`` in an agency name prints as
itself.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text


def pad(text: str, width: int) -> str:
    """``text`` padded with spaces to ``width`` display columns (never cut)."""
    return text + " " * max(0, width - cell_len(text))


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, right: Sequence[str] = ()) -> str:
    """A plain-text table (no colour, no frame): columns as wide as their widest cell, by display
    width; the columns named in ``right`` right-aligned (numbers)."""
    grid = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, highlight=False)
    for name in headers:
        grid.add_column(Text(name), justify="right" if name in right else "left", no_wrap=True)
    for row in rows:
        grid.add_row(*(Text("" if v is None else str(v)) for v in row))
    out = io.StringIO()
    # A width no table reaches: rows are never wrapped or cut, in a terminal or a pipe alike.
    Console(file=out, width=100_000, color_system=None, highlight=False, emoji=False).print(grid)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def dumps(value: Any) -> str:
    """``--json`` output: UTF-8 text (no ``\\u`` escapes), ISO times."""
    return json.dumps(value, ensure_ascii=False, indent=1, default=_plain)
