"""DID history: what happened to a number, filtered by number, action and time.

DIDWW logs every change of a number: assigned, renewed, billing cycles changed, canceled,
restored, removed. The example changes a number's billing cycles and puts them back, then reads
both changes from the history.

    python examples/did_history.py [--async]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

if not __package__:  # run as `python examples/did_history.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import enums
from examples._common import Summary, run_example, say, step

Q = didww.QueryParams
FIRST_NUMBER = Q().filter("terminated", False).sort("number").page(size=1)


def history_of(number: str) -> didww.QueryParams:
    return Q().filter("did_number", number).sort("-created_at").page(size=20)


def changes_since(number: str, since: dt.datetime) -> didww.QueryParams:
    return (
        Q()
        .filter("did_number", number)
        .filter("action", enums.DIDHistoryAction.BILLING_CYCLES_COUNT_CHANGED.value)
        .filter("created_at_gteq", since.strftime("%Y-%m-%d %H:%M:%S"))
        .sort("created_at")
    )


def describe(entry: didww.DIDHistory) -> str:
    change = ""
    if entry.meta.get("from") is not None or entry.meta.get("to") is not None:
        change = f" ({entry.meta.get('from')} -> {entry.meta.get('to')})"
    return f"{entry.created_at:%Y-%m-%d %H:%M:%S} {entry.action} by {entry.method}{change}"


def run(client: didww.Client) -> Summary:
    step("The history of a number")
    found = client.dids.list(FIRST_NUMBER)
    if not found:
        say("this account has no numbers yet: buy one with examples/orders.py")
        return {"number": None}
    did = found[0]
    before = client.did_history.list(history_of(did.number))
    for entry in before:
        say(describe(entry))

    step("Change its billing cycles, then put them back")
    since = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    original = did.billing_cycles_count
    did.billing_cycles_count = 12  # released after 12 more billing cycles
    did = client.dids.update(did)
    say(f"billing cycles {did.billing_cycles_count}")
    did.billing_cycles_count = original  # None: renewed with no end
    did = client.dids.update(did)
    say(f"billing cycles {did.billing_cycles_count}")

    step("Read both changes back")
    changes = client.did_history.list(changes_since(did.number, since))
    for entry in changes:
        say(describe(entry))

    step("The latest entries of the whole account")
    latest = client.did_history.list(Q().sort("-created_at").page(size=5))
    for entry in latest:
        say(f"+{entry.did_number}: {describe(entry)}")
    after = client.did_history.list(history_of(did.number))
    return {
        "number": did.number,
        "entries_before": before.total_records,
        "entries_after": after.total_records,
        "changes": [f"{e.action}: {e.meta.get('from')} -> {e.meta.get('to')}" for e in changes],
        "latest": len(latest),
    }


async def arun(client: didww.AsyncClient) -> Summary:
    step("The history of a number, changed and read back")
    found = await client.dids.list(FIRST_NUMBER)
    if not found:
        return {"number": None}
    did = found[0]
    before = await client.did_history.list(history_of(did.number))
    since = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    original = did.billing_cycles_count
    did.billing_cycles_count = 12
    did = await client.dids.update(did)
    did.billing_cycles_count = original
    did = await client.dids.update(did)
    changes = await client.did_history.list(changes_since(did.number, since))
    for entry in changes:
        say(describe(entry))
    latest = await client.did_history.list(Q().sort("-created_at").page(size=5))
    after = await client.did_history.list(history_of(did.number))
    return {
        "number": did.number,
        "entries_before": before.total_records,
        "entries_after": after.total_records,
        "changes": [f"{e.action}: {e.meta.get('from')} -> {e.meta.get('to')}" for e in changes],
        "latest": len(latest),
    }


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
