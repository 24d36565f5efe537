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
import re

from didww._catalog import ResourceInfo
from didww._codecs import parse_datetime
from didww.testing import _errors as err
from didww.testing._clock import to_datetime
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


_PERIOD_EDGE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
"""The form both documents give ``from`` and ``to``: ``YYYY-MM-DD HH:MM:SS``, in UTC. A date
alone, an ISO ``T``, a ``Z`` or an offset, or fractions of a second are refused, as the message
of the refusal says."""


def _instant(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or _PERIOD_EDGE.fullmatch(value) is None:
        return None
    try:
        return parse_datetime(value.replace(" ", "T", 1))
    except ValueError:
        return None


def _check_keys(info: ResourceInfo, draft: Draft) -> list[err.ErrorEntry]:
    """Refuse a json attribute holding a key the catalog (the spec's ``keys``) does not give the
    value sent for its ``depends_on`` attribute, or missing a required one: exports' ``filters``
    keys per ``export_type`` in 2026-10-22. 2026-04-16 states only the required ``from`` and
    ``to``, so its exports keep taking any other key. The SDK refuses these before sending;
    requests that bypass it (``client.raw``, plain HTTP) get the API's answer here.

    A key whose value its document does not allow (2026-10-22's ``trunk_type`` outside its enum,
    ``service_type`` not matching its pattern) is answered 422 at the key. The document answers
    400 for a member it does not accept and 422 for a date range it rejects, and says nothing of
    a value outside a key's schema: that is a failed validation of a member it does accept, so
    it is answered as the dates are, and in the same answer as the dates' own entries: these
    entries are returned, not raised. There is no ``Unchecked`` here: a raw request's values are
    judged against the spec as sent."""
    entries: list[err.ErrorEntry] = []
    for attribute in info.attributes:
        keys = attribute.keys
        if keys is None:
            continue
        value = draft.attributes.get(attribute.name)
        choice = keys.choice_in(draft.attributes)
        refusal = keys.refusal(value, choice)
        pointer = f"/data/attributes/{attribute.name}"
        if refusal is None:
            unfit = keys.value_refusal(value, choice)
            if unfit is not None:
                message = f"{unfit.key} must be {unfit.takes}, not {unfit.shown(as_json=True)}"
                entries.append(
                    err.validation_entry(f"{pointer}/{unfit.key}", attribute.name, message)
                )
            continue
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
    return entries


def window_start(now: float) -> dt.datetime:
    """The first second (UTC) of the month two months before the one ``now`` is in: the earliest
    ``from`` or ``to`` an export created at ``now`` may name."""
    today = to_datetime(now)
    month = today.year * 12 + today.month - 1 - 2  # months since year 0, two back
    return dt.datetime(month // 12, month % 12 + 1, 1, tzinfo=dt.timezone.utc)


def _check_period(ctx: Context, filters: dict[str, object]) -> list[err.ErrorEntry]:
    """Refuse (422) an export whose ``filters.from`` and ``filters.to`` do not name a period the
    API exports.

    Both documents (2026-04-16 and 2026-10-22) describe ``filters`` the same way: "`from` and
    `to` are required and must both fall within the current or the two preceding months, with
    `from` before `to` and neither in the future", in ``YYYY-MM-DD HH:MM:SS`` UTC, and both
    answer ``POST /exports`` with 422 "the date range was rejected"; so one rule serves both.
    Time is the simulator's clock (``ctx.now``), so a ``ManualClock`` decides what "current
    month" and "future" mean in a test. The edges, as read here:

    - the window opens at the first second of the month two months back (:func:`window_start`):
      on 2026-04-16, ``2026-02-01 00:00:00`` is accepted and ``2026-01-31 23:59:59`` is not;
    - "in the future" is later than ``ctx.now``: a ``to`` equal to the current second (the
      period up to now, what a "last seven days" export sends) is accepted, one second later is
      not; the window has no other end, since nothing after now is in it;
    - ``from`` must be strictly before ``to``: an empty period is refused.

    Every problem gets an entry pointing at its key, so a period wrong at both ends names both;
    the entries are returned, for the answer to hold every problem of the request.
    """
    pointer = "/data/attributes/filters"
    instants = {key: _instant(filters.get(key)) for key in ("from", "to")}
    start, end = instants["from"], instants["to"]
    if start is None or end is None:
        message = "must have from and to as 'YYYY-MM-DD HH:MM:SS' timestamps"
        return [err.validation_entry(pointer, "filters", message)]
    opens = window_start(ctx.now)
    entries: list[err.ErrorEntry] = []
    for key, instant in (("from", start), ("to", end)):
        if instant < opens:
            message = (
                f"{key} must be within the current or the two preceding months (not before "
                f"{opens:%Y-%m-%d %H:%M:%S})"
            )
        elif instant.timestamp() > ctx.now:
            message = f"{key} can't be in the future"
        else:
            continue
        entries.append(err.validation_entry(f"{pointer}/{key}", "filters", message))
    if start >= end:
        entries.append(err.validation_entry(pointer, "filters", "from must be before to"))
    return entries


class ExportFlow(Flow):
    """Exports that complete by the clock and serve their file."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        # A key the export type does not take is a 400, answered before any value is validated
        # (as the members of every 2026-10-22 body are), so it comes before the dates' 422.
        entries = _check_keys(info, draft)
        filters = draft.attributes.get("filters")
        if isinstance(filters, dict):
            entries += _check_period(ctx, filters)
        if entries:
            raise err.SimError(422, entries)
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
                url = f"{base}{path}/{export.id}{SUFFIX}"
                export.attributes["url"] = url
                # The 2026-10-22 document requires the file's url in the callback; every
                # version sends it (2026-04-16's describes no payload).
                ctx.notify(export, url=url)

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
    time, in time order and within the export's period (``from`` inclusive, ``to`` exclusive),
    as a test that checks its window or deduplicates by it expects."""
    kind = str(export.attributes.get("export_type") or "cdr_in")
    filters = export.attributes.get("filters")
    start = _instant(filters.get("from")) if isinstance(filters, dict) else None
    start = start or dt.datetime(2026, 4, 1, tzinfo=dt.timezone.utc)
    end = _instant(filters.get("to")) if isinstance(filters, dict) else None
    # Whole seconds: the file writes none finer, and a row must not round up onto ``to``.
    span = max(int(((end or start + dt.timedelta(days=1)) - start).total_seconds()), 1)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADERS.get(kind, HEADERS["cdr_in"]))
    for row in range(ROWS):
        digest = hashlib.sha256(f"{export.id}/{row}".encode()).digest()
        # Row n falls in the n-th of ROWS equal slices of the period, somewhere the digest says.
        offset = (span * row + span * digest[0] // 256) // ROWS
        when = (start + dt.timedelta(seconds=offset)).strftime("%Y-%m-%d %H:%M:%S")
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
