"""Exports: queued as ``pending``, ``completed`` after ``export_delay`` seconds, then
downloadable as a gzipped CSV from ``<base>/exports/<id>.csv.gz`` on the same server.

Call records (``cdr_in``, ``cdr_out``) and, where the API version has them, message records
(``sms_in``, ``sms_out``); a few made-up rows each, the same for the same export every time. The
download takes the ``Api-Key`` even where other requests need a bearer token."""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io

from didww._catalog import ResourceInfo
from didww._codecs import parse_datetime
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._flows import Flow, settled
from didww.testing._http import SimRequest, SimResponse
from didww.testing._store import Record
from didww.testing._validation import Draft

SUFFIX = ".csv.gz"

HEADERS = {
    "cdr_in": [
        "Date/Time Start (UTC)",
        "Source",
        "DID",
        "Destination",
        "Duration",
        "Disconnect Code",
        "Disconnect Reason",
    ],
    "cdr_out": [
        "Date/Time Start (UTC)",
        "Source",
        "Destination",
        "Duration",
        "Rate",
        "Price",
        "Disconnect Code",
        "Disconnect Reason",
    ],
    "sms_in": [
        "Date/Time (UTC)",
        "Source Address",
        "Destination Address",
        "Trunk Type",
        "Status",
        "SMS ID",
    ],
    "sms_out": [
        "Date/Time (UTC)",
        "Source Address",
        "Destination Address",
        "Service Type",
        "Status",
        "Price",
        "SMS ID",
    ],
}
ROWS = 3


def _instant(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_datetime(value.strip().replace(" ", "T", 1))
    except ValueError:
        return None


def _check_keys(info: ResourceInfo, draft: Draft) -> None:
    """Refuse a json attribute holding a key the catalog (the spec's ``keys``) does not give the
    value sent for its ``depends_on`` attribute: exports' ``filters`` keys per ``export_type`` in
    2026-10-22. 2026-04-16 states no such rule, so its catalog lists none and its exports keep
    taking whatever they are given. The SDK refuses these before sending; requests that bypass it
    (``client.raw``, plain HTTP) get the API's answer here."""
    for attribute in info.attributes:
        keys = attribute.keys
        if keys is None:
            continue
        value = draft.attributes.get(attribute.name)
        refusal = keys.refusal(value, draft.attributes.get(keys.depends_on))
        if refusal is None:
            continue
        pointer = f"/data/attributes/{attribute.name}"
        if refusal.missing:
            raise err.invalid(pointer, attribute.name, f"must have {refusal.key}")
        # The document answers 400 for a member it does not accept (its 422 is for the dates), so
        # a key the export type does not take is a 400, not a validation error.
        further = ", ".join(refusal.optional) or "nothing else"
        raise err.bad_request(
            f"{refusal.key} is not a {attribute.name} key of {refusal.choice} {info.type}; besides "
            f"{' and '.join(refusal.required)} they take {further}.",
            err.PARAM_NOT_ALLOWED,
            title="Param not allowed",
            pointer=f"{pointer}/{refusal.key}",
        )


class ExportFlow(Flow):
    """Exports that complete by the clock and serve their file."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        filters = draft.attributes.get("filters")
        if isinstance(filters, dict):
            start, end = _instant(filters.get("from")), _instant(filters.get("to"))
            if start is None or end is None:
                raise err.invalid(
                    "/data/attributes/filters",
                    "filters",
                    "must have from and to as 'YYYY-MM-DD HH:MM:SS' timestamps",
                )
            if start >= end:
                raise err.invalid("/data/attributes/filters", "filters", "from must be before to")
        _check_keys(info, draft)
        record = super().create(ctx, info, draft)
        record.facts.update({"due": ctx.now + ctx.settings.export_delay, "base_url": ctx.base_url})
        return record

    def tick(self, ctx: Context) -> None:
        for export in ctx.store.all("exports"):
            due = export.facts.get("due")
            if not settled(ctx, export) and due is not None and due <= ctx.now:
                base = export.facts.get("base_url", ctx.base_url)
                path = ctx.schema.resource(export.type).path
                export.attributes["status"] = "completed"
                export.attributes["url"] = f"{base}{path}/{export.id}{SUFFIX}"
                ctx.notify(export)

    def is_download(self, segment: str) -> bool:
        return segment.endswith(SUFFIX)

    def serve_member(self, ctx: Context, segment: str, request: SimRequest) -> SimResponse | None:
        if not self.is_download(segment):
            return None
        export = ctx.store.get("exports", segment[: -len(SUFFIX)])
        if export is None or not export.attributes.get("url"):
            raise err.not_found(f"No export file {segment}.")
        # mtime=0 keeps the gzip bytes identical between runs.
        body = gzip.compress(cdr_csv(export).encode("utf-8"), mtime=0)
        return SimResponse(
            200,
            body,
            {
                "Content-Type": "application/gzip",
                "Content-Disposition": f'attachment; filename="{segment}"',
            },
        )


def cdr_csv(export: Record) -> str:
    """A header row and a few records of the export's kind, the same for the same export every
    time."""
    kind = str(export.attributes.get("export_type") or "cdr_in")
    filters = export.attributes.get("filters")
    start = _instant(filters.get("from")) if isinstance(filters, dict) else None
    start = start or dt.datetime(2026, 4, 1, tzinfo=dt.timezone.utc)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADERS.get(kind, HEADERS["cdr_in"]))
    for row in range(ROWS):
        digest = hashlib.sha256(f"{export.id}/{row}".encode()).digest()
        when = (start + dt.timedelta(minutes=17 * row + digest[0])).strftime("%Y-%m-%d %H:%M:%S")
        source = f"1646555{int.from_bytes(digest[1:3], 'big') % 10000:04d}"
        duration = str(digest[3] % 300 + 1)
        destination = f"4420718{int.from_bytes(digest[4:6], 'big') % 100000:05d}"
        message_id = hashlib.sha256(digest).hexdigest()[:32]
        if kind == "cdr_out":
            price = f"{int(duration) * 0.0002:.4f}"
            writer.writerow([when, source, destination, duration, "0.0120", price, "200", "OK"])
        elif kind == "sms_in":
            writer.writerow([when, source, "12125550199", "HTTP IN", "Success", message_id])
        elif kind == "sms_out":
            writer.writerow(
                [when, "12125550199", destination, "P2P", "Success", "0.0050", message_id]
            )
        else:
            writer.writerow(
                [when, source, "12125550199", "sip:pbx.example.com", duration, "200", "OK"]
            )
    return buffer.getvalue()
