"""Records written to stdout as a Rich table, JSON or CSV.

- ``table`` (the default) is for people: a list is one row per resource, a single resource is a
  field/value table with nested objects spelled out (``configuration.host``).
- ``json`` is for programs: a list is a JSON array of records, a single resource one record (the
  shape is in :mod:`didww.cli._records`). Arrays are written as the pages arrive.
- ``csv`` is for spreadsheets: a header row, then one row per resource with one column per
  attribute, per relationship's ids (``voice_in_trunk_id``, ``did_ids``) and per
  ``meta.<name>``; lists are comma-separated and nested objects compact JSON. A cell that
  would start a formula gets a leading ``'`` (see :func:`csv_cell`), as API values may hold
  anyone's text.

In a table and in CSV an empty cell is null, as in JSON, and never "not loaded". A list's
columns are those its query asks for, whatever matched (so a script reads the same header from an
empty answer): ``id``, the attributes (or the ``--fields`` ones), ``<rel>_id`` for each
relationship in ``--include``, and the resource's meta. A single resource has a column for each
field its answer carried. A record that lacks a column's field reads ``(not loaded)`` there
(:data:`didww.cli._records.NOT_LOADED`).

What reaches stdout can always be written: JSON falls back to ``\\uXXXX`` escapes when stdout's
encoding cannot hold a character, and tables and CSV show ``?`` for it. A table, and CSV on a
terminal, show control characters from API data as ``\\x1b``-style escapes, so a value cannot
move the cursor or retitle the terminal; piped CSV carries them as they are (it is data).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from didww.cli._catalog import current, id_column
from didww.cli._records import Column, Record, asked, cell, present

__all__ = ["FORMATS", "csv_cell", "printable", "write_list", "write_one", "stdout_console"]

FORMATS = ("table", "json", "csv")
_PADDING = 3  # a cell's padding (one space each side) and the gap between columns


class _StdoutConsole(Console):
    def on_broken_pipe(self) -> None:
        """The reader went away: raised as it is, for :func:`didww.cli._app.run` to end the
        command as it does for JSON and CSV (Rich itself would exit with status 1)."""
        self.quiet = True
        raise BrokenPipeError()


def stdout_console() -> Console:
    """The console for data on stdout; markup is off, so API values print exactly as they are."""
    return _StdoutConsole(highlight=False, markup=False, emoji=False, soft_wrap=False)


# C0 and C1 control characters and DEL, but for tab and newline, which a cell shows as spacing.
# The others are how a value would move the cursor, change colours or retitle the terminal.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _escaped(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def _fits(text: str, stream: TextIO) -> bool:
    """Whether ``stream`` can write ``text`` (its encoding holds every character)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        text.encode(encoding, getattr(stream, "errors", None) or "strict")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def printable(text: str, stream: TextIO | None = None, *, controls: bool = True) -> str:
    """``text`` as a person's terminal may show it: control characters escaped (``\\x1b``,
    unless ``controls`` is false), and characters ``stream`` (stdout) cannot encode as ``?``.

    The escapes are for people: JSON, and CSV that goes to a program, keep values exact."""
    stream = stream or sys.stdout
    if controls:
        text = _CONTROL.sub(_escaped, text)
    if _fits(text, stream):
        return text
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        return text.encode(encoding, "replace").decode(encoding, "replace")
    except LookupError:
        return text.encode("ascii", "replace").decode("ascii")


def write_list(
    records: Iterable[Record],
    cols: list[Column],
    fmt: str,
    *,
    caption: str | None = None,
    all_columns: bool = False,
    includes: Sequence[str] | None = None,
) -> int:
    """Write many records; returns how many there were.

    ``includes``: the include paths of the query that listed them, whose columns (see the module
    docstring) are written whatever matched; None for records that answer no query.

    A table on a terminal keeps the columns that fit its width, in catalog order, and names the
    others in its caption; ``all_columns`` (the user chose them with ``--fields``) keeps them all.
    Piped, a table keeps every column on one long line per resource.
    """
    if fmt == "json":
        return _json_array(records)
    # A query's columns are known before its answer, so CSV streams it (--all writes each page
    # as it comes); records from no query (an upload's) show what they carry, which depends on
    # every record, so that answer is read in full first.
    answer: Iterable[Record]
    if includes is not None:
        answer, shown = records, asked(cols, includes)
    else:
        answer = list(records)
        shown = present(cols, answer)
    if fmt == "csv":
        return _csv(answer, [cols[i] for i in shown])
    # Each cell's text, worked out once, as the terminal may show it.
    rows = [[printable(c.value(r)) for c in cols] for r in answer]
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
        sys.stdout.write(_dumps(record.to_json(), sys.stdout) + "\n")
    elif fmt == "csv":
        _csv([record], [cols[i] for i in present(cols, [record])])
    else:
        tables = [(record, printable(f"{record.type} {record.id or ''}".strip()))]
        for name, value in (record.included or {}).items():
            for related in value if isinstance(value, list) else [value]:
                if isinstance(related, Record):
                    title = f"{name}: {related.type} {related.id or ''}".strip()
                    tables.append((related, printable(title)))
        console = stdout_console()
        if not console.is_terminal:  # piped: one line per field, however long
            pairs = [(printable(k), printable(v)) for r, _ in tables for k, v in _fields(r)]
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
        table.add_row(Text(printable(name)), Text(printable(value)))
    return table


def _fields(record: Record) -> Iterator[tuple[str, str]]:
    yield "id", record.id or ""
    for name, value in record.attributes.items():
        if isinstance(value, dict) and "type" in value:  # a nested object, one line per field
            for key, inner in value.items():
                yield f"{name}.{key}", cell(inner)
        else:
            yield name, cell(value)
    info = current().resources.get(record.type)
    rels = {rel.name: rel for rel in info.relationships} if info is not None else {}
    for name, value in record.relationships.items():
        rel = rels.get(name)
        if rel is not None:
            yield id_column(rel), cell(value)
        else:  # a relationship newer than the SDK
            yield (f"{name}_ids" if isinstance(value, list) else f"{name}_id"), cell(value)
    for name, value in record.meta.items():
        yield f"meta.{name}", cell(value)


def _dumps(value: Any, stream: TextIO) -> str:
    """JSON as it reads best; with ``\\uXXXX`` escapes (the same JSON, in ASCII) when
    ``stream``'s encoding cannot hold a character of it."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    return text if _fits(text, stream) else json.dumps(value, indent=2)


def _json_array(records: Iterable[Record]) -> int:
    out = sys.stdout
    count = 0
    out.write("[")
    for record in records:
        text = _dumps(record.to_json(), out).replace("\n", "\n  ")
        out.write(("," if count else "") + "\n  " + text)
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _csv(records: Iterable[Record], cols: list[Column]) -> int:
    out = sys.stdout
    # On a terminal a person reads it, as a table: control characters are escaped there.
    controls = out.isatty()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([printable(c.header, out, controls=controls) for c in cols])
    count = 0
    for record in records:
        writer.writerow(
            [printable(csv_cell(c.value(record)), out, controls=controls) for c in cols]
        )
        count += 1
    return count


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
