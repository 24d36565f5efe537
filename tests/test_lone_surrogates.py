"""Text holding lone surrogates is refused where it is given, never sent and never a crash.

Python makes a lone surrogate (``'\\udce9'``) of each byte it could not decode in a file name,
``sys.argv`` or an environment variable. UTF-8 cannot carry one, so such text used to fail deep
inside a request as a bare UnicodeEncodeError, sometimes after other requests had been sent.
Each test here looks at what the caller sees (a :class:`didww.ClientError` naming the field,
filter or parameter) and at what was sent: nothing. Text that only looks unusual (accents,
other scripts) still goes out as UTF-8.
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import enums
from didww._document import encode_document
from didww.testing import Simulator
from tests.files.support import multipart
from tests.support import Recorder

S = "Front desk \udce9"
"""What Python gives for the Latin-1 bytes ``Front desk \\xe9`` read from argv or a file name."""
SURROGATE = "'\\udce9' at index 11, a lone surrogate"
"""How the error names the character and where it is."""
HINT = "decode those bytes with their real encoding"


def refused(call: Any) -> str:
    """The message of the :class:`didww.ClientError` that ``call()`` raises."""
    with pytest.raises(didww.ClientError) as caught:
        call()
    return caught.value.message


# -- model fields ----------------------------------------------------------------------------------


def test_a_field_refuses_it_when_assigned_naming_the_field() -> None:
    message = refused(lambda: didww.DID("d1", description=S))
    assert message.startswith("DID.description: the text holds " + SURROGATE)
    assert HINT in message
    did = didww.DID("d1", description="kept")
    refused(lambda: setattr(did, "description", S))
    assert did.description == "kept"  # nothing half-done


def test_the_value_itself_is_not_quoted_as_a_field_may_be_a_secret() -> None:
    message = refused(lambda: didww.SIPConfiguration(auth_password="s3cret\udce9"))
    assert message.startswith("SIPConfiguration.auth_password: the text holds '\\udce9' at index 6")
    assert "s3cret" not in message


def test_a_nested_object_s_field_is_named() -> None:
    message = refused(lambda: didww.SIPConfiguration(host="pbx-\udce9.example.com"))
    assert message.startswith("SIPConfiguration.host: the text holds '\\udce9' at index 4")


def test_an_item_appended_in_place_is_refused_when_sent_and_nothing_is_sent() -> None:
    recorder = Recorder()
    trunk = didww.VoiceOutTrunk("t1", dst_prefixes=["1"])
    trunk.dst_prefixes.append(S)
    with recorder.client() as client:
        message = refused(lambda: client.voice_out_trunks.update(trunk))
    assert message.startswith("VoiceOutTrunk.dst_prefixes: item 1: the text holds " + SURROGATE)
    assert recorder.requests == []


def test_the_async_client_refuses_it_too() -> None:
    recorder = Recorder()
    trunk = didww.VoiceOutTrunk("t1", dst_prefixes=["1"])
    trunk.dst_prefixes.append(S)

    async def main() -> None:
        async with recorder.async_client() as client:
            await client.voice_out_trunks.update(trunk)

    message = refused(lambda: asyncio.run(main()))
    assert message.startswith("VoiceOutTrunk.dst_prefixes: item 1:")
    assert recorder.requests == []


def test_text_in_any_script_is_still_sent_as_utf8() -> None:
    recorder = Recorder().reply(200, {"data": {"id": "d1", "type": "dids", "attributes": {}}})
    text = "Réception 受付 \U0001f4de"
    with recorder.client() as client:
        client.dids.update(didww.DID("d1", description=text))
    assert recorder.last_json()["data"]["attributes"] == {"description": text}
    assert text.encode("utf-8") in recorder.last.content


# -- JSON values -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filters", "where"),
    [
        ({"from": S}, "['from'] holds " + SURROGATE),
        ({"from": "x", "more": [{"deep": S}]}, "['more'][0]['deep'] holds " + SURROGATE),
        ({"fr\udce9": "x"}, "has a key 'fr\\udce9' that holds '\\udce9' at index 2"),
    ],
    ids=["value", "nested", "key"],
)
def test_a_json_attribute_names_where_it_is(filters: dict[str, Any], where: str) -> None:
    message = refused(lambda: didww.Export(export_type=enums.ExportType.CDR_IN, filters=filters))
    assert message.startswith("Export.filters: not JSON: ")
    assert where in message


def test_an_export_edited_in_place_is_refused_when_sent() -> None:
    recorder = Recorder()
    export = didww.Export(export_type=enums.ExportType.CDR_IN, filters={"from": "x"})
    export.filters["to"] = S
    with recorder.client() as client:
        message = refused(lambda: client.exports.create(export))
    assert message.startswith("Export.filters: not JSON: ['to'] holds " + SURROGATE)
    assert recorder.requests == []


# -- what no check sees: the request body itself ---------------------------------------------------


def test_the_body_names_the_member_when_no_field_check_saw_it() -> None:
    # A value made with unchecked() and a related resource's id are sent as they were given. (A
    # model built with such an id is refused when built; one an answer gave, made here as
    # decoding makes it, is not judged.)
    recorder = Recorder()
    export = didww.Export(
        export_type=enums.ExportType.unchecked("cdr_\udce9"), filters={"from": "x", "to": "x"}
    )
    with pytest.raises(didww.ClientError, match="which an id never holds"):
        didww.VoiceInTrunk("trunk-\udce9")
    trunk = didww.VoiceInTrunk._id_only("trunk-\udce9")
    did = didww.DID("d1", voice_in_trunk=trunk)
    with recorder.client() as client:
        first = refused(lambda: client.exports.create(export))
        second = refused(lambda: client.dids.update(did))
    assert first.startswith(
        "the request body cannot be sent: data.attributes.export_type holds a lone surrogate"
    )
    assert second.startswith(
        "the request body cannot be sent: data.relationships.voice_in_trunk.data.id holds"
    )
    assert HINT in first
    assert recorder.requests == []


def test_encode_document_names_a_key_and_leaves_other_text_alone() -> None:
    with pytest.raises(didww.ClientError, match=r"the key 'data\.attributes\.a\\udce9' holds"):
        encode_document({"data": {"attributes": {"a\udce9": 1}}})
    assert encode_document({"data": {"id": "é"}}) == '{"data":{"id":"é"}}'.encode()


# -- queries ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "named"),
    [
        (lambda q: q.filter("number", S), "filter[number]: 'Front desk \\udce9' holds"),
        (lambda q: q.filter("number", ["1", S]), "filter[number]: 'Front desk \\udce9' holds"),
        (lambda q: q.filter(didww.Unchecked("x\udce9"), "1"), "filter key: Unchecked('x\\udce9')"),
        (lambda q: q.filter(didww.Unchecked("x"), S), "filter[x]: 'Front desk \\udce9' holds"),
        (lambda q: q.sort(didww.Unchecked("-a\udce9")), "sort: Unchecked('-a\\udce9') holds"),
        (lambda q: q.include("did_group\udce9"), "include: 'did_group\\udce9' holds"),
        (lambda q: q.fields("dids", ["number\udce9"]), "fields[dids]: 'number\\udce9' holds"),
        (lambda q: q.fields(didww.Unchecked("d\udce9"), ["a"]), "fields type: Unchecked("),
    ],
    ids=[
        "value",
        "list-item",
        "unchecked-name",
        "unchecked-value",
        "sort",
        "include",
        "fields",
        "type",
    ],
)
def test_a_query_refuses_it_when_built_naming_the_parameter(build: Any, named: str) -> None:
    message = refused(lambda: build(didww.QueryParams()))
    assert message.startswith(named)
    assert "lone surrogate" in message and HINT in message


def test_a_query_with_accents_is_sent_percent_encoded() -> None:
    recorder = Recorder().reply(200, {"data": []})
    with recorder.client() as client:
        client.dids.list(didww.QueryParams().filter("description", "Réception"))
    assert recorder.last.url.params["filter[description]"] == "Réception"


def test_find_placed_names_the_call_and_sends_nothing() -> None:
    recorder = Recorder()

    async def main() -> None:
        async with recorder.async_client() as client:
            await client.orders.find_placed("crm-\udce9")

    with recorder.client() as client:
        message = refused(lambda: client.orders.find_placed("crm-\udce9"))
    assert message.startswith(
        "orders.find_placed: the external_reference_id 'crm-\\udce9' holds '\\udce9' at index 4"
    )
    assert refused(lambda: asyncio.run(main())) == message
    assert recorder.requests == []


# -- encrypted file uploads ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["filename", "description"])
def test_an_upload_refuses_its_text_before_fetching_the_keys(name: str) -> None:
    sim = Simulator()
    with sim.client() as client:
        text: dict[str, Any] = {name: S}
        message = refused(lambda: client.encrypted_files.upload(b"%PDF", **text))
    assert message.startswith(
        f"encrypted_files.upload: {name} 'Front desk \\udce9' holds " + SURROGATE
    )
    assert len(sim.requests) == 0  # not even GET /public_keys


@pytest.fixture
def latin1_file(tmp_path: Path) -> str:
    """A document whose name on disk is the Latin-1 bytes of ``résumé.pdf``, as a str path (the
    form os.listdir() and a command line give it: ``r\\udce9sum\\udce9.pdf``)."""
    raw = os.path.join(os.fsencode(tmp_path), b"r\xe9sum\xe9.pdf")
    try:
        with open(raw, "wb") as file:
            file.write(b"%PDF-1.7 a scanned passport")
    except OSError:  # a file system that takes UTF-8 names only
        pytest.skip("this file system refuses a file name that is not UTF-8")
    path = os.fsdecode(raw)
    assert path.endswith("r\udce9sum\udce9.pdf")
    return path


def _sent_names(sim: Simulator[Any, Any]) -> list[str | None]:
    names: list[str | None] = []
    for entry in sim.requests.matching("POST", "/encrypted_files"):
        request = httpx.Request(
            "POST",
            entry.url,
            headers={"Content-Type": entry.headers["Content-Type"]},
            content=entry.body,
        )
        names += [part.filename for part in multipart(request) if part.filename is not None]
    return names


def test_a_file_whose_name_on_disk_is_not_utf8_is_uploaded_with_replacement_characters(
    latin1_file: str,
) -> None:
    sim = Simulator()
    with sim.client() as client:
        by_path = client.encrypted_files.upload(latin1_file, description="Passport")
        with open(latin1_file, "rb") as file:
            by_file = client.encrypted_files.upload(file)
        named = client.encrypted_files.upload(latin1_file, filename="resume.pdf")
    assert by_path.description == "Passport" and by_file.id and named.id
    assert _sent_names(sim) == ["r\ufffdsum\ufffd.pdf", "r\ufffdsum\ufffd.pdf", "resume.pdf"]


def test_the_async_upload_takes_such_a_file_too(latin1_file: str) -> None:
    sim = Simulator()

    async def main() -> Any:
        async with sim.async_client() as client:
            return await client.encrypted_files.upload(Path(latin1_file))

    assert asyncio.run(main()).id
    assert _sent_names(sim) == ["r\ufffdsum\ufffd.pdf"]
