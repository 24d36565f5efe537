"""Exports: request a CDR export, wait for it, read its rows and download the file.

DIDWW builds the file in the background; ``client.exports.wait`` polls until it is completed,
``iter_rows`` streams its CSV rows as dicts and ``download`` saves it (gunzipped) to a file.

    python examples/exports.py [--async]
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

if not __package__:  # run as `python examples/exports.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import enums
from examples._common import Summary, polling, run_example, say, step

SHOWN_ROWS = 3


def last_week() -> didww.Export:
    """Inbound call records of the last seven days."""
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    return didww.Export(
        export_type=enums.ExportType.CDR_IN,
        filters={
            "from": (now - dt.timedelta(days=7)).strftime("%Y-%m-%d %H:%M:%S"),
            "to": now.strftime("%Y-%m-%d %H:%M:%S"),
        },
    )


def describe(row: dict[str, str]) -> str:
    return ", ".join(f"{key}: {value}" for key, value in list(row.items())[:5])


def run(client: didww.Client) -> Summary:
    step("Request an export of inbound calls")
    export = client.exports.create(last_week())
    say(f"export {export.id}: {export.status}, {export.filters}")

    step("Wait for it")
    export = client.exports.wait(export, timeout=600, **polling())
    say(f"{export.status}: {export.url}")

    step("Read its rows")
    rows = 0
    for row in client.exports.iter_rows(export):
        rows += 1
        if rows <= SHOWN_ROWS:
            say(describe(row))
    say(f"{rows} calls")

    step("Download the file")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"cdr_in-{export.id}.csv"
        written = client.exports.download(export, path)
        lines = path.read_text(encoding="utf-8").splitlines()
        say(f"{written} bytes, {len(lines)} lines in {path.name} (a temporary folder)")

    step("Tag it with your own reference, then list the latest exports")
    export.external_reference_id = "example-weekly-cdrs"
    export = client.exports.update(export)
    for each in client.exports.list(didww.QueryParams().sort("-created_at").page(size=3)):
        say(f"{each.id} {each.export_type} {each.status} ref={each.external_reference_id}")
    return {
        "export_id": export.id,
        "status": export.status,
        "rows": rows,
        "bytes": written,
        "file_lines": len(lines),
        "header": lines[0] if lines else None,
        "reference": export.external_reference_id,
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("Request an export and wait for it")
    export = await client.exports.create(last_week())
    export = await client.exports.wait(export, timeout=600, **polling())
    say(f"export {export.id}: {export.status}")

    step("Read its rows and download it")
    rows = 0
    async for row in client.exports.iter_rows(export):
        rows += 1
        if rows <= SHOWN_ROWS:
            say(describe(row))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"cdr_in-{export.id}.csv"
        written = await client.exports.download(export, path)
        lines = path.read_text(encoding="utf-8").splitlines()
    say(f"{rows} calls; {written} bytes downloaded")
    export.external_reference_id = "example-weekly-cdrs"
    export = await client.exports.update(export)
    return {
        "export_id": export.id,
        "status": export.status,
        "rows": rows,
        "bytes": written,
        "file_lines": len(lines),
        "header": lines[0] if lines else None,
        "reference": export.external_reference_id,
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
