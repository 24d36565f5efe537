"""Rules of the API's documents the simulator enforces, through raw requests and the SDK.

- Exports (2026-04-16 and 2026-10-22): ``filters.from`` and ``filters.to`` within the current or
  the two preceding months, ``from`` before ``to``, neither in the future, by the simulator's
  clock; 422 otherwise ("the date range was rejected" in both documents).
- ``POST /voice_in_trunks`` without a ``configuration``: 400 in both documents ("`configuration`
  missing"), where the simulator answered 422; from 2026-10-22, a SIP configuration without
  ``codec_ids`` too ("Required." in that document's text).
- ``POST /encrypted_files`` carrying a form field other than the three the 2026-10-22 document
  lists: 400 there; 2026-04-16 documents neither the fields nor a 400, and ignores it.

Whatever is refused leaves nothing behind.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import didww
from didww.testing import ManualClock, Simulator
from didww.testing._keys import ENCRYPTION_FINGERPRINT
from tests.testing.raw_requests import raw_client

VERSIONS = ("2026-04-16", "2026-10-22")
NOW = dt.datetime(2026, 4, 16, 12, 30, 15, tzinfo=dt.timezone.utc)
"""The simulator's time in these tests: the window opens on 2026-02-01 00:00:00."""
FILTERS = "/data/attributes/filters"
CONFIGURATION = "/data/attributes/configuration"
DOCUMENT = b"%PDF-1.7\n a stand-in for a scanned passport\n%%EOF\n"


def stamp(when: dt.datetime) -> str:
    """The API's export filter format."""
    return when.strftime("%Y-%m-%d %H:%M:%S")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone.utc)


def simulator(version: str, now: dt.datetime = NOW) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock(now.timestamp()))


@pytest.fixture(params=VERSIONS)
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sim(version: str) -> Simulator[Any, Any]:
    return simulator(version)


def day_client(sim: Simulator[Any, Any]) -> httpx.Client:
    """Raw requests whose token lasts a day (tests move the clock); each request sets its own
    Content-Type."""
    return raw_client(sim, expires_in=86_400)


@pytest.fixture
def raw(sim: Simulator[Any, Any]) -> Iterator[httpx.Client]:
    with day_client(sim) as client:
        yield client


def post(raw: httpx.Client, path: str, type_: str, attributes: dict[str, Any]) -> httpx.Response:
    document = {"data": {"type": type_, "attributes": attributes}}
    return raw.post(
        path,
        content=json.dumps(document),
        headers={"Content-Type": "application/vnd.api+json"},
    )


def errors(answer: httpx.Response, status: int) -> list[dict[str, Any]]:
    assert answer.status_code == status, answer.text
    entries: list[dict[str, Any]] = answer.json()["errors"]
    assert all(entry["status"] == str(status) for entry in entries), entries
    return entries


def pointers(entries: list[dict[str, Any]]) -> list[str | None]:
    return [entry.get("source", {}).get("pointer") for entry in entries]


# -- exports: the date window ---------------------------------------------------------------------


def export(raw: httpx.Client, start: str, end: str, **filters: str) -> httpx.Response:
    attributes = {"export_type": "cdr_in", "filters": {"from": start, "to": end, **filters}}
    return post(raw, "/exports", "exports", attributes)


def refused_period(answer: httpx.Response) -> list[str | None]:
    """The pointers of a refused period, after checking each entry is a validation error."""
    entries = errors(answer, 422)
    assert all(entry["code"] == "100" for entry in entries), entries
    assert all(entry["detail"].startswith("filters - ") for entry in entries), entries
    return pointers(entries)


ACCEPTED = {
    "the window's first second": ("2026-02-01 00:00:00", "2026-02-01 00:00:01"),
    "up to now, to the second": ("2026-04-16 00:00:00", stamp(NOW)),
    "the whole window": ("2026-02-01 00:00:00", stamp(NOW)),
    "the month before": ("2026-03-01 00:00:00", "2026-03-31 23:59:59"),
}

REFUSED = {
    "from a second before the window": (
        ("2026-01-31 23:59:59", "2026-02-02 00:00:00"),
        [f"{FILTERS}/from"],
    ),
    "both before the window": (
        ("2026-01-01 00:00:00", "2026-01-31 23:59:59"),
        [f"{FILTERS}/from", f"{FILTERS}/to"],
    ),
    "to a second in the future": (
        ("2026-04-16 00:00:00", stamp(NOW + dt.timedelta(seconds=1))),
        [f"{FILTERS}/to"],
    ),
    "to at the end of the month": (
        ("2026-04-01 00:00:00", "2026-04-30 23:59:59"),
        [f"{FILTERS}/to"],
    ),
    "both in the future": (
        ("2026-05-01 00:00:00", "2026-05-02 00:00:00"),
        [f"{FILTERS}/from", f"{FILTERS}/to"],
    ),
    "from equal to to": (("2026-04-01 00:00:00", "2026-04-01 00:00:00"), [FILTERS]),
    "from after to": (("2026-04-02 00:00:00", "2026-04-01 00:00:00"), [FILTERS]),
    "from before the window and after to": (
        ("2026-01-15 00:00:00", "2026-01-14 00:00:00"),
        [f"{FILTERS}/from", f"{FILTERS}/to", FILTERS],
    ),
}


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_a_period_inside_the_window_is_exported(
    case: str, raw: httpx.Client, sim: Simulator[Any, Any]
) -> None:
    start, end = ACCEPTED[case]
    answer = export(raw, start, end)
    assert answer.status_code == 201, answer.text
    assert answer.json()["data"]["attributes"]["filters"] == {"from": start, "to": end}
    assert len(sim.resources("exports")) == 1


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_period_outside_the_window_is_refused_and_nothing_is_stored(
    case: str, raw: httpx.Client, sim: Simulator[Any, Any]
) -> None:
    (start, end), expected = REFUSED[case]
    assert refused_period(export(raw, start, end)) == expected
    assert sim.resources("exports") == []


def test_the_refusal_says_where_the_window_opens_and_what_is_in_the_future(
    raw: httpx.Client,
) -> None:
    early = errors(export(raw, "2026-01-31 23:59:59", "2026-02-02 00:00:00"), 422)
    assert early[0]["detail"] == (
        "filters - from must be within the current or the two preceding months "
        "(not before 2026-02-01 00:00:00)"
    )
    late = errors(export(raw, "2026-04-01 00:00:00", "2026-04-17 00:00:00"), 422)
    assert late[0]["detail"] == "filters - to can't be in the future"


@pytest.mark.parametrize(
    ("now", "opens"),
    [
        ("2026-01-10 08:00:00", "2025-11-01 00:00:00"),  # across a year
        ("2026-03-31 23:59:59", "2026-01-01 00:00:00"),  # the month's last second
        ("2026-05-01 00:00:00", "2026-03-01 00:00:00"),  # the month's first second
        ("2026-12-05 09:00:00", "2026-10-01 00:00:00"),
    ],
)
def test_the_window_opens_two_months_before_the_current_one(now: str, opens: str) -> None:
    sim = simulator(VERSIONS[0], at(now))
    before = stamp(at(opens) - dt.timedelta(seconds=1))
    with day_client(sim) as raw:
        assert export(raw, opens, now).status_code == 201
        assert refused_period(export(raw, before, now)) == [f"{FILTERS}/from"]
    assert len(sim.resources("exports")) == 1


def test_the_window_moves_with_the_simulators_clock(version: str) -> None:
    clock = ManualClock(at("2026-04-30 23:59:59").timestamp())
    sim = Simulator(api_version=version, clock=clock)
    february = ("2026-02-01 00:00:00", "2026-02-28 23:59:59")
    may = ("2026-05-01 00:00:00", "2026-05-01 12:00:00")
    with day_client(sim) as raw:
        assert refused_period(export(raw, *may)) == [f"{FILTERS}/from", f"{FILTERS}/to"]
        assert export(raw, *february).status_code == 201
        clock.advance(1)  # 2026-05-01 00:00:00: February leaves the window
        assert refused_period(export(raw, *february)) == [f"{FILTERS}/from", f"{FILTERS}/to"]
        clock.advance(12 * 3600)
        assert export(raw, *may).status_code == 201


def test_a_filters_key_not_accepted_is_a_400_before_the_dates_are_looked_at() -> None:
    sim = simulator("2026-10-22")
    with day_client(sim) as raw:
        answer = export(raw, "2025-01-01 00:00:00", "2027-01-01 00:00:00", bogus="1")
    entries = errors(answer, 400)
    assert (entries[0]["code"], pointers(entries)) == ("105", [f"{FILTERS}/bogus"])
    assert sim.resources("exports") == []


def package(version: str) -> Any:
    """The SDK package of an API version (``didww.v2026_10_22``)."""
    return importlib.import_module(f"didww.v{version.replace('-', '_')}")


def exporting(version: str, start: str, end: str) -> Any:
    """An inbound call export, of the version's own model."""
    models = package(version)
    return models.Export(
        export_type=models.enums.ExportType.CDR_IN, filters={"from": start, "to": end}
    )


def test_the_sdk_client_gets_the_refusal_and_an_export_of_the_window(version: str) -> None:
    sim = simulator(version)
    with sim.client() as client:
        with pytest.raises(didww.UnprocessableEntityError) as refused:
            client.exports.create(
                exporting(version, "2026-01-31 23:59:59", stamp(NOW + dt.timedelta(seconds=1)))
            )
        assert [e.source_pointer for e in refused.value.errors] == [
            f"{FILTERS}/from",
            f"{FILTERS}/to",
        ]
        assert client.exports.list() == []
        created = client.exports.create(exporting(version, "2026-02-01 00:00:00", stamp(NOW)))
        assert created.status == package(version).enums.ExportStatus.PENDING
        assert [e.id for e in client.exports.list()] == [created.id]


@pytest.mark.anyio
async def test_the_async_client_gets_the_same_refusal(version: str) -> None:
    sim = simulator(version)
    async with sim.async_client() as client:
        with pytest.raises(didww.UnprocessableEntityError) as refused:
            await client.exports.create(
                exporting(version, "2026-04-01 00:00:00", "2026-04-01 00:00:00")
            )
        assert [e.source_pointer for e in refused.value.errors] == [FILTERS]
    assert sim.resources("exports") == []


# -- voice IN trunks: a missing configuration -----------------------------------------------------


def trunk(**attributes: Any) -> dict[str, Any]:
    return {"name": "Office", **attributes}


SIP = {"type": "sip_configurations", "attributes": {"host": "pbx.example", "codec_ids": [9]}}


@pytest.mark.parametrize(
    "attributes",
    [trunk(), trunk(configuration=None), trunk(configuration=None, capacity_limit="ten")],
    ids=["absent", "null", "null, beside a wrong value"],
)
def test_a_trunk_without_a_configuration_is_a_400_and_nothing_is_stored(
    attributes: dict[str, Any], raw: httpx.Client, sim: Simulator[Any, Any]
) -> None:
    before = sim.resources("voice_in_trunks")
    entries = errors(post(raw, "/voice_in_trunks", "voice_in_trunks", attributes), 400)
    assert [(e["code"], e["title"]) for e in entries] == [("106", "Missing Parameter")]
    assert entries[0]["detail"] == "The required parameter, configuration, is missing."
    assert pointers(entries) == [CONFIGURATION]
    assert sim.resources("voice_in_trunks") == before


def test_a_wrong_configuration_is_still_a_422(raw: httpx.Client, sim: Simulator[Any, Any]) -> None:
    before = sim.resources("voice_in_trunks")
    answer = post(raw, "/voice_in_trunks", "voice_in_trunks", trunk(configuration={}))
    assert pointers(errors(answer, 422)) == [f"{CONFIGURATION}/type"]
    assert sim.resources("voice_in_trunks") == before
    created = post(raw, "/voice_in_trunks", "voice_in_trunks", trunk(configuration=SIP))
    assert created.status_code == 201, created.text


def test_codecs_left_out_of_a_new_configuration_are_a_400_from_2026_10_22(
    version: str, raw: httpx.Client, sim: Simulator[Any, Any]
) -> None:
    # 2026-10-22's document says "Required." of codec_ids; 2026-04-16's says nothing, and the
    # simulator fills in its usual codecs.
    before = sim.resources("voice_in_trunks")
    without = {"type": "sip_configurations", "attributes": {"host": "pbx.example"}}
    answer = post(raw, "/voice_in_trunks", "voice_in_trunks", trunk(configuration=without))
    if version == "2026-04-16":
        assert answer.status_code == 201, answer.text
        stored = answer.json()["data"]["attributes"]["configuration"]["attributes"]
        assert stored["codec_ids"] == [9, 10, 8, 18, 6]
        return
    entries = errors(answer, 400)
    assert [(e["code"], e["title"]) for e in entries] == [("106", "Missing Parameter")]
    assert pointers(entries) == [f"{CONFIGURATION}/attributes/codec_ids"]
    assert sim.resources("voice_in_trunks") == before
    # An update may still send part of the configuration: the rest is kept (merged).
    created = post(raw, "/voice_in_trunks", "voice_in_trunks", trunk(configuration=SIP))
    trunk_id = created.json()["data"]["id"]
    body = {"data": {"type": "voice_in_trunks", "id": trunk_id, "attributes": {}}}
    body["data"]["attributes"]["configuration"] = {
        "type": "sip_configurations",
        "attributes": {"host": "pbx2.example"},
    }
    updated = raw.patch(
        f"/voice_in_trunks/{trunk_id}",
        content=json.dumps(body),
        headers={"Content-Type": "application/vnd.api+json"},
    )
    assert updated.status_code == 200, updated.text
    kept = updated.json()["data"]["attributes"]["configuration"]["attributes"]
    assert (kept["host"], kept["codec_ids"]) == ("pbx2.example", [9])


def test_a_member_not_accepted_keeps_its_own_answer_beside_a_missing_configuration(
    version: str, raw: httpx.Client
) -> None:
    answer = post(raw, "/voice_in_trunks", "voice_in_trunks", trunk(bogus=1))
    if version == "2026-10-22":  # a 400 of its own, for the member (test_unknown_members.py)
        entries = errors(answer, 400)
        assert [e["code"] for e in entries] == ["105"]
        assert pointers(entries) == ["/data/attributes/bogus"]
    else:  # 2026-04-16 refuses the member with a 422: the missing configuration comes first
        assert pointers(errors(answer, 400)) == [CONFIGURATION]


def test_the_sdk_refuses_what_the_simulator_would_answer_400(version: str) -> None:
    # The raw requests above get the simulator's 400; the SDK knows configuration is required
    # on create (the document's create request says so) and sends nothing.
    sim = simulator(version)
    models = package(version)
    with sim.client() as client:
        before = [t.id for t in client.voice_in_trunks.list()]
        sent = len(sim.requests)
        with pytest.raises(didww.ClientError, match=r"VoiceInTrunk\.configuration is required"):
            client.voice_in_trunks.create(models.VoiceInTrunk(name="Office"))
        assert len(sim.requests) == sent
        assert [t.id for t in client.voice_in_trunks.list()] == before
        configuration = models.SIPConfiguration(host="pbx.example", codec_ids=[9])
        created = client.voice_in_trunks.create(
            models.VoiceInTrunk(name="Office", configuration=configuration)
        )
        assert created.id not in before


# -- encrypted files: form fields -----------------------------------------------------------------


def upload(raw: httpx.Client, **fields: str) -> httpx.Response:
    """An upload with the right fingerprint and a file, plus ``fields``."""
    data = {"encrypted_files[encryption_fingerprint]": ENCRYPTION_FINGERPRINT, **fields}
    files = {"encrypted_files[file]": ("passport.bin", DOCUMENT, "application/octet-stream")}
    return raw.post("/encrypted_files", data=data, files=files)


UNKNOWN_FIELDS = {
    "in the wrapper": ({"encrypted_files[bogus]": "1"}, ["/data/attributes/bogus"]),
    "outside it": ({"bogus": "1"}, [None]),
    "read-only": ({"encrypted_files[expires_at]": "2027-01-01"}, ["/data/attributes/expires_at"]),
    "two": (
        {"encrypted_files[name]": "x", "encrypted_files[description]": "ok", "other[x]": "y"},
        ["/data/attributes/name", None],
    ),
}


@pytest.mark.parametrize("case", sorted(UNKNOWN_FIELDS))
def test_an_upload_field_not_listed_is_a_400_in_2026_10_22_and_stores_nothing(case: str) -> None:
    fields, expected = UNKNOWN_FIELDS[case]
    sim = simulator("2026-10-22")
    with day_client(sim) as raw:
        entries = errors(upload(raw, **fields), 400)
    assert {(e["code"], e["title"]) for e in entries} == {("105", "Param not allowed")}
    assert pointers(entries) == expected
    named = [name for name in fields if name != "encrypted_files[description]"]
    assert [e["detail"] for e in entries] == [
        f"{name} is not allowed: it is not a field of this upload." for name in named
    ]
    assert sim.resources("encrypted_files") == []


@pytest.mark.parametrize("case", sorted(UNKNOWN_FIELDS))
def test_2026_04_16_still_ignores_a_field_it_does_not_read(case: str) -> None:
    fields, _ = UNKNOWN_FIELDS[case]
    sim = simulator("2026-04-16")
    with day_client(sim) as raw:
        answer = upload(raw, **fields)
    assert answer.status_code == 201, answer.text
    assert len(sim.resources("encrypted_files")) == 1


def test_the_documented_fields_are_accepted(raw: httpx.Client) -> None:
    answer = upload(raw, **{"encrypted_files[description]": "Passport"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["data"]["attributes"]["description"] == "Passport"


def test_each_version_answers_an_upload_under_its_document_s_media_type(version: str) -> None:
    sim = simulator(version)
    with day_client(sim) as raw:
        answer = upload(raw)
    expected = {"2026-04-16": "application/json", "2026-10-22": "application/vnd.api+json"}
    assert answer.status_code == 201, answer.text
    assert answer.headers["Content-Type"] == expected[version]


def test_the_sdks_own_upload_passes(version: str) -> None:
    sim = simulator(version)
    with sim.client() as client:
        with_description = client.encrypted_files.upload(DOCUMENT, description="Passport")
        without = client.encrypted_files.upload(DOCUMENT, filename="page-2.pdf")
    assert (with_description.description, without.description) == ("Passport", None)
    assert len(sim.resources("encrypted_files")) == 2


def test_an_export_files_rows_lie_in_its_period_in_time_order() -> None:
    """The rows are made up, but where a test can check them they hold: inside the period asked
    for (``from`` inclusive, ``to`` exclusive) and in time order."""
    import datetime as dt

    from didww.testing import ManualClock, Simulator

    clock = ManualClock(start=dt.datetime(2026, 4, 16, tzinfo=dt.timezone.utc).timestamp())
    sim: Simulator[Any, Any] = Simulator(clock=clock, export_delay=0)
    with sim.client() as client:
        for start, end in (
            ("2026-04-15 23:00:00", "2026-04-16 00:00:00"),
            ("2026-04-01 00:00:00", "2026-04-15 00:00:00"),
        ):
            export = client.exports.create(
                didww.Export(
                    export_type=didww.enums.ExportType.CDR_IN, filters={"from": start, "to": end}
                )
            )
            export = client.exports.wait(export, timeout=5)
            times = [row["Date/Time Start (UTC)"] for row in client.exports.iter_rows(export)]
            assert times and times == sorted(times)
            assert all(start <= t < end for t in times), (start, end, times)


# -- text that is no Unicode ---------------------------------------------------------------------


def test_a_lone_surrogate_in_a_request_is_a_400_not_a_500(
    raw: httpx.Client, sim: Simulator[Any, Any]
) -> None:
    # "\ud800" parses as JSON but is no text: stored, it failed every answer showing it.
    before = sim.resources("voice_in_trunks")
    lone = '{"data": {"type": "voice_in_trunks", "attributes": {"name": "\\ud800"}}}'
    answer = raw.post(
        "/voice_in_trunks", content=lone, headers={"Content-Type": "application/vnd.api+json"}
    )
    assert answer.status_code == 400, answer.text
    assert errors(answer, 400)[0]["title"] == "Invalid document"
    assert sim.resources("voice_in_trunks") == before
    # A pair of surrogates is one character (an emoji), and welcome.
    pair = json.dumps({"data": {"type": "voice_in_trunks", "attributes": trunk(configuration=SIP)}})
    pair = pair.replace('"Office"', '"Office \\ud83d\\ude00"')
    created = raw.post(
        "/voice_in_trunks", content=pair, headers={"Content-Type": "application/vnd.api+json"}
    )
    assert created.status_code == 201, created.text
    assert created.json()["data"]["attributes"]["name"] == "Office \U0001f600"
