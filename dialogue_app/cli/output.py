"""Printing rows as a table, JSON or CSV (the formats every list command offers).

CSV is for a spreadsheet: a text beginning like a formula (=, +, -, @) gets an apostrophe before
it, as in the app's other exports, so that opening the file never runs it. A table is for a
terminal: control characters (an escape sequence in a stored text) are shown as "?".
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from dialogue_app.domain.text import neutralise

FORMATS = ("table", "json", "csv")


def emit(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    stream: TextIO | None = None,
) -> None:
    out = stream or sys.stdout
    if fmt == "json":
        json.dump(list(rows), out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_csv_cell(row.get(column)) for column in columns])
    else:
        _table(rows, columns, out)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


def _csv_cell(value: Any) -> str:
    text = _cell(value)
    # texts only: a negative number stays a number
    return str(neutralise(text)) if isinstance(value, str | list | tuple) else text


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _table(rows: Sequence[dict[str, Any]], columns: Sequence[str], out: TextIO) -> None:
    cells = [[_CONTROL.sub("?", _cell(row.get(column))) for column in columns] for row in rows]
    widths = [
        min(48, max([len(column)] + [len(line[i]) for line in cells]))
        for i, column in enumerate(columns)
    ]

    def line(values: Sequence[str]) -> str:
        parts = []
        for value, width in zip(values, widths, strict=True):
            text = value if len(value) <= width else value[: width - 1] + "…"
            parts.append(text.ljust(width))
        return "  ".join(parts).rstrip()

    out.write(line(columns) + "\n")
    out.write(line(["-" * w for w in widths]) + "\n")
    for values in cells:
        out.write(line(values) + "\n")
    if not rows:
        out.write("(none)\n")
