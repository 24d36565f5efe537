"""Records written to stdout as a Rich table, JSON or CSV.

- ``table`` (the default) is for people: a list is one row per resource, a single resource is a
  field/value table with nested objects spelled out (``configuration.host``).
- ``json`` is for programs: a list is a JSON array of records, a single resource one record (the
  shape is in :mod:`didww.cli._records`). Arrays are written as the pages arrive.
- ``csv`` is for spreadsheets: a header row, then one row per resource with one column per
  attribute, ``<rel>_id``/``<rel>_ids`` columns and ``meta.<name>`` columns; lists are
  comma-separated and nested objects compact JSON. A cell that would start a formula gets a
  leading ``'`` (see :func:`csv_cell`), as API values may hold anyone's text.

In a table and in CSV an empty cell is null, as in JSON, and never "not loaded": a column
appears only when some record's answer carried its field (a relationship is carried when it
was included), and a record that lacks a field others carry reads ``(not loaded)`` there
(:data:`didww.cli._records.NOT_LOADED`). So a CSV is written once the whole answer is in.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from didww.cli._records import Column, Record, cell, present

__all__ = ["FORMATS", "csv_cell", "write_list", "write_one", "stdout_console"]

FORMATS = ("table", "json", "csv")
_PADDING = 3  # a cell's padding (one space each side) and the gap between columns


def stdout_console() -> Console:
    """The console for data on stdout; markup is off, so API values print exactly as they are."""
    return Console(highlight=False, markup=False, emoji=False, soft_wrap=False)


def write_list(
    records: Iterable[Record],
    cols: list[Column],
    fmt: str,
    *,
    caption: str | None = None,
    all_columns: bool = False,
) -> int:
    """Write many records; returns how many there were.

    A table on a terminal keeps the columns that fit its width, in catalog order, and names the
    others in its caption; ``all_columns`` (the user chose them with ``--fields``) keeps them all.
    Piped, a table keeps every column on one long line per resource.
    """
    if fmt == "json":
        return _json_array(records)
    # Which columns to write depends on every record, so the answer is read in full first.
    answer = list(records)
    shown = present(cols, answer)
    if fmt == "csv":
        return _csv(answer, [cols[i] for i in shown])
    rows = [[c.value(r) for c in cols] for r in answer]  # each cell's text, worked out once
    console = stdout_console()
    # Terminal cells, not characters: a CJK character takes two, and counting it as one folds
    # the line the widths were meant to keep whole.
    widths = [
        max([cell_len(cols[i].header)] + [cell_len(row[i]) for row in rows]) + _PADDING
        for i in shown
    ]
    hidden: list[Column] = []
    if not console.is_terminal:
        console.width = max(console.width, sum(widths) + 4)
    elif not all_columns:
        room, kept = console.width - 4, list[int]()
        for i, width in zip(shown, widths, strict=True):
            if room >= width or not kept:
                kept.append(i)
                room -= width
            else:
                hidden.append(cols[i])
        shown = kept
    notes = [f"{len(rows)} shown"] if caption is None else [caption]
    if hidden:
        names = ", ".join(c.header for c in hidden)
        notes.append(f"not shown: {names} (choose with --fields, or use -o json or -o csv)")
    table = Table(box=box.SIMPLE_HEAD, caption="\n".join(notes), caption_justify="left")
    for i in shown:
        table.add_column(cols[i].header, overflow="fold")
    for row in rows:
        table.add_row(*(Text(row[i]) for i in shown))
    console.print(table)
    return len(rows)


def write_one(record: Record, cols: list[Column], fmt: str) -> None:
    """Write a single record."""
    if fmt == "json":
        sys.stdout.write(_dumps(record.to_json()) + "\n")
    elif fmt == "csv":
        _csv([record], [cols[i] for i in present(cols, [record])])
    else:
        tables = [(record, f"{record.type} {record.id or ''}".strip())]
        for name, value in (record.included or {}).items():
            for related in value if isinstance(value, list) else [value]:
                if isinstance(related, Record):
                    tables.append((related, f"{name}: {related.type} {related.id or ''}".strip()))
        console = stdout_console()
        if not console.is_terminal:  # piped: one line per field, however long
            pairs = [pair for r, _ in tables for pair in _fields(r)]
            # Two columns: their padding and the gap between them, plus the table's two edges.
            needed = (
                max(cell_len(k) for k, _ in pairs)
                + max(cell_len(v) for _, v in pairs)
                + 2 * _PADDING
                + 1
            )
            console.width = max(console.width, needed)
        for shown, title in tables:
            console.print(_field_table(shown, title))


def _field_table(record: Record, title: str) -> Table:
    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left", show_header=False)
    table.add_column("field", style="bold", no_wrap=True)
    table.add_column("value", overflow="fold")
    for name, value in _fields(record):
        table.add_row(Text(name), Text(value))
    return table


def _fields(record: Record) -> Iterator[tuple[str, str]]:
    yield "id", record.id or ""
    for name, value in record.attributes.items():
        if isinstance(value, dict) and "type" in value:  # a nested object, one line per field
            for key, inner in value.items():
                yield f"{name}.{key}", cell(inner)
        else:
            yield name, cell(value)
    for name, value in record.relationships.items():
        yield (f"{name}_ids" if isinstance(value, list) else f"{name}_id"), cell(value)
    for name, value in record.meta.items():
        yield f"meta.{name}", cell(value)


def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _json_array(records: Iterable[Record]) -> int:
    out = sys.stdout
    count = 0
    out.write("[")
    for record in records:
        text = _dumps(record.to_json()).replace("\n", "\n  ")
        out.write(("," if count else "") + "\n  " + text)
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _csv(records: list[Record], cols: list[Column]) -> int:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow([c.header for c in cols])
    for record in records:
        writer.writerow([csv_cell(c.value(record)) for c in cols])
    return len(records)


# What a spreadsheet reads as the start of a formula (OWASP's list for CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)


def csv_cell(text: str) -> str:
    """A CSV cell a spreadsheet cannot run: text that starts like a formula (``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return) gets a leading ``'``, which spreadsheets read as
    "this is text" and do not show.

    A number stays as it is, so it still reads as a number: ``-5`` and ``-12.50`` (money comes
    as text, so the test is on the text, not on its type) are not formulas.
    """
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text
