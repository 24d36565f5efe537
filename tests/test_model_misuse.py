"""The model layer refuses what it would otherwise send wrong or keep quietly: decimals that are
no amount, JSON no parser reads, list items edited in place, nested objects and enums of another
API version, edits to read-only values that no save can carry, and secrets of unknown types."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

import didww
from didww import enums
from didww.v2026_10_22 import enums as later_enums
from didww.v2026_10_22 import objects as later_objects
from tests.support import Recorder
from tests.test_dirty_tracking import echo, loaded_did


def sent(recorder: Recorder) -> Any:
    return recorder.last_json()["data"]


def out_trunk(recorder: Recorder, **attributes: Any) -> didww.VoiceOutTrunk:
    doc = {"data": {"type": "voice_out_trunks", "id": "vo1", "attributes": attributes}}
    recorder.reply(200, doc)
    return recorder.client().voice_out_trunks.find("vo1")


# -- decimals ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("given", "stored"), [(12, Decimal("12")), ("12.50", Decimal("12.50"))])
def test_a_decimal_given_as_int_or_str_reads_back_as_a_decimal(given: Any, stored: Any) -> None:
    trunk = didww.VoiceOutTrunk(
        name="out",
        threshold_amount=given,
        authentication_method=didww.TwilioAuthentication(twilio_account_sid="AC1"),
    )
    assert type(trunk.threshold_amount) is Decimal and trunk.threshold_amount == stored
    recorder = Recorder(echo)
    recorder.client().voice_out_trunks.create(trunk)
    assert sent(recorder)["attributes"]["threshold_amount"] == str(stored)


@pytest.mark.parametrize(
    "value", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), "-Infinity", "nan"]
)
def test_a_decimal_that_is_no_amount_is_refused(value: Any) -> None:
    recorder = Recorder(echo)
    trunk = out_trunk(recorder, name="out", threshold_amount="10.00")
    with pytest.raises(
        didww.ClientError, match=r"VoiceOutTrunk\.threshold_amount: not a finite decimal"
    ):
        trunk.threshold_amount = value
    assert trunk.threshold_amount == Decimal("10.00") and not trunk.is_dirty()
    recorder.client().voice_out_trunks.update(trunk)
    assert len(recorder.requests) == 1  # nothing to send


def test_a_float_for_a_decimal_says_how_to_keep_it_exact() -> None:
    trunk = didww.VoiceOutTrunk(name="out")
    with pytest.raises(didww.ClientError, match=r"got float \(build it from a str"):
        trunk.threshold_amount = 0.1  # type: ignore[assignment]
    assert not trunk.is_loaded("threshold_amount")


# -- JSON values -------------------------------------------------------------------------------


NOT_A_NUMBER = r"^Export\.filters: not JSON: \['(year|month)'\] is -?(nan|inf) \(JSON has no such"


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -float("inf")])
def test_json_objects_holding_nan_or_infinity_are_refused(bad: float) -> None:
    with pytest.raises(didww.ClientError, match=NOT_A_NUMBER):
        didww.Export(filters={"year": bad})
    export = didww.Export(filters={"year": 2026})
    export.filters["month"] = bad  # in place, past the check of assignment
    recorder = Recorder(echo)
    with pytest.raises(didww.ClientError, match=NOT_A_NUMBER):
        recorder.client().exports.create(export)
    assert recorder.requests == []  # never sent as the bare NaN no JSON parser reads


# -- lists edited in place ---------------------------------------------------------------------


def test_none_appended_in_place_is_refused_not_sent_as_null() -> None:
    recorder = Recorder(echo)
    trunk = out_trunk(recorder, name="out", dst_prefixes=["44"])
    trunk.dst_prefixes.append(None)  # type: ignore[arg-type]
    with pytest.raises(
        didww.ClientError, match=r"^VoiceOutTrunk\.dst_prefixes: item 1: a list holds values"
    ):
        recorder.client().voice_out_trunks.update(trunk)
    assert len(recorder.requests) == 1
    trunk.dst_prefixes[1] = "49"
    recorder.client().voice_out_trunks.update(trunk)
    assert sent(recorder)["attributes"] == {"dst_prefixes": ["44", "49"]}


def test_a_bad_item_set_in_place_inside_a_nested_object_names_where_it_is() -> None:
    did, client, recorder = loaded_did()
    trunk = did.voice_in_trunk
    assert trunk is not None and isinstance(trunk.configuration, didww.SIPConfiguration)
    trunk.configuration.codec_ids.append("G729")  # type: ignore[arg-type]
    requests = len(recorder.requests)
    with pytest.raises(
        didww.ClientError,
        match=r"^VoiceInTrunk\.configuration: SIPConfiguration\.codec_ids: item 2: 'G729' "
        r"\(a str\) is not a member of Codec",
    ):
        client.voice_in_trunks.update(trunk)
    assert len(recorder.requests) == requests


def test_an_enum_refusal_names_each_number_and_the_member_a_name_spells() -> None:
    # "expected one of 6, 7, 8, 9, ..." told a SIP engineer nothing of which number is PCMU.
    with pytest.raises(didww.ClientError) as caught:
        didww.SIPConfiguration(host="pbx", codec_ids=["pcmu"])  # type: ignore[list-item]
    text = str(caught.value)
    assert "expected one of 6 (TELEPHONE_EVENT), 7 (G723), 8 (G729), 9 (PCMU)," in text
    assert text.endswith("; did you mean Codec.PCMU?")
    with pytest.raises(didww.ClientError, match=r"did you mean CliFormat\.E164\?$"):
        didww.enums.CliFormat("E164")
    with pytest.raises(didww.ClientError, match=r"use CliFormat\.unchecked\('e.164'\)\)$"):
        didww.enums.CliFormat("e.164")  # no member's name: maybe a value newer than the SDK


def test_a_secret_field_that_holds_nothing_reads_none_in_the_repr() -> None:
    # Shown as [FILTERED] whatever it held, a repr could not tell a SIP password set from none.
    unset = didww.SIPConfiguration(host="pbx", auth_password=None)
    assert "auth_password=None" in repr(unset)
    secret = didww.SIPConfiguration(host="pbx", auth_password="pw-1234567")
    assert "auth_password='[FILTERED]'" in repr(secret) and "pw-1234567" not in repr(secret)


# -- two API versions --------------------------------------------------------------------------


def test_a_nested_object_of_another_api_version_is_refused() -> None:
    trunk = didww.VoiceInTrunk(name="in")
    later = later_objects.SIPConfiguration(host="sip.example.com")
    with pytest.raises(
        didww.ClientError,
        match=r"VoiceInTrunk\.configuration: expected a SIPConfiguration of API version "
        r"2026-04-16, got a SIPConfiguration of API version 2026-10-22",
    ):
        trunk.configuration = later  # type: ignore[assignment]
    assert not trunk.is_loaded("configuration")
    # Nothing half-done: the model stays as it was, and is sent as it was.
    recorder = Recorder(echo)
    with pytest.raises(
        didww.ClientError, match=r"VoiceInTrunk\.configuration is required on create"
    ):
        recorder.client().voice_in_trunks.create(trunk)
    recorder.client().voice_in_trunks.update(didww.VoiceInTrunk("vi1", name=trunk.name))
    assert sent(recorder)["attributes"] == {"name": "in"}


def test_an_enum_member_of_another_api_version_is_named_as_such() -> None:
    config = didww.SIPConfiguration()
    with pytest.raises(
        didww.ClientError,
        match=r"SIPConfiguration\.transport_protocol_id: expected a TransportProtocol of API "
        r"version 2026-04-16, got a TransportProtocol of API version 2026-10-22; .* use "
        r"didww\.v2026_04_16\.enums\.TransportProtocol\.UDP",
    ):
        config.transport_protocol_id = later_enums.TransportProtocol.UDP  # type: ignore[assignment]
    with pytest.raises(didww.ClientError, match=r"codec_ids: item 0: expected a Codec of API"):
        config.codec_ids = [later_enums.Codec.PCMU]  # type: ignore[list-item]
    assert not config.is_loaded("transport_protocol_id") and not config.is_loaded("codec_ids")
    config.transport_protocol_id = enums.TransportProtocol.UDP
    assert config._to_request()["attributes"] == {"transport_protocol_id": 1}


# -- read-only values edited in place ----------------------------------------------------------


def test_a_read_only_list_edited_in_place_is_refused_rather_than_dropped() -> None:
    recorder = Recorder(echo)
    doc = {
        "data": {
            "type": "address_verifications",
            "id": "av1",
            "attributes": {"reject_reasons": ["Blurry scan"], "external_reference_id": None},
        }
    }
    client = recorder.reply(200, doc).client()
    verification = client.address_verifications.find("av1")
    verification.reject_reasons.append("mine")  # type: ignore[union-attr]
    verification.external_reference_id = "crm-42"
    with pytest.raises(
        didww.ClientError, match=r"AddressVerification\.reject_reasons is read-only but was changed"
    ):
        client.address_verifications.update(verification)
    assert (
        len(recorder.requests) == 1
    )  # before: a PATCH of external_reference_id alone, the edit kept
    verification.reject_reasons.pop()  # type: ignore[union-attr]
    client.address_verifications.update(verification)
    assert sent(recorder)["attributes"] == {"external_reference_id": "crm-42"}


def test_a_read_only_to_many_edited_in_place_is_refused_rather_than_dropped() -> None:
    recorder = Recorder(echo)
    doc = {
        "data": {
            "type": "identities",
            "id": "i1",
            "attributes": {"first_name": "J"},
            "relationships": {"proofs": {"data": [{"type": "proofs", "id": "p1"}]}},
        }
    }
    client = recorder.reply(200, doc).client()
    identity = client.identities.find("i1")
    identity.proof_ids.append("p2")
    with pytest.raises(didww.ClientError, match=r"Identity\.proofs is read-only but was changed"):
        client.identities.update(identity)
    assert len(recorder.requests) == 1


# -- objects of unknown types ------------------------------------------------------------------


def test_an_unknown_nested_object_never_shows_its_values() -> None:
    recorder = Recorder(echo)
    method = {"type": "digest", "attributes": {"realm": "pbx", "password": "hunter2"}}
    trunk = out_trunk(recorder, name="out", authentication_method=method)
    auth = trunk.authentication_method
    assert isinstance(auth, didww.GenericAuthentication)
    assert "hunter2" not in repr(auth) and "hunter2" not in repr(trunk)
    assert repr(auth) == (
        "GenericAuthentication(type='digest', attributes={'realm': [FILTERED], "
        "'password': [FILTERED]})"
    )
    assert auth.attributes["password"] == "hunter2"  # still there to read


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("digest", {"at": object()}),
            r"GenericAuthentication\.attributes: not JSON: \[.at.\] is of type object",
        ),
        (
            ("digest", {"n": float("nan")}),
            r"GenericAuthentication\.attributes: not JSON: \[.n.\] is nan",
        ),
        ((7, {}), r"GenericAuthentication: the type must be a non-empty str, got 7"),
        (("", {}), r"GenericAuthentication: the type must be a non-empty str"),
    ],
)
def test_an_unknown_nested_object_is_checked_when_built(args: Any, message: str) -> None:
    # Before, these were built and failed at json.dumps with a bare TypeError (or sent a type
    # that is no string).
    with pytest.raises(didww.ClientError, match=message):
        didww.GenericAuthentication(*args)


def test_an_unknown_nested_object_is_sent_as_given() -> None:
    trunk = didww.VoiceOutTrunk(name="out")
    trunk.authentication_method = didww.GenericAuthentication("digest", {"realm": "pbx"})
    recorder = Recorder(echo)
    recorder.client().voice_out_trunks.create(trunk)
    assert sent(recorder)["attributes"]["authentication_method"] == {
        "type": "digest",
        "attributes": {"realm": "pbx"},
    }


def test_a_generic_resource_needs_a_str_type() -> None:
    with pytest.raises(didww.ClientError, match="GenericResource: the type must be a str, got 5"):
        didww.GenericResource(5, "1")  # type: ignore[arg-type]
    group = didww.VoiceInTrunkGroup(name="g")
    group.voice_in_trunks = [didww.GenericResource("voice_in_trunks", "t1")]  # type: ignore[list-item]
    recorder = Recorder(echo)
    recorder.client().voice_in_trunk_groups.create(group)
    body = json.loads(recorder.last.content)
    assert body["data"]["relationships"]["voice_in_trunks"] == {
        "data": [{"type": "voice_in_trunks", "id": "t1"}]
    }


def test_none_for_a_field_the_api_takes_no_null_for_is_refused() -> None:
    from didww import v2026_10_22 as v1022
    from didww.testing import Simulator

    sim = Simulator(api_version="2026-10-22")
    with sim.client() as client:
        trunk = client.voice_in_trunks.list()[0]
        configuration = trunk.configuration
        assert isinstance(configuration, v1022.SIPConfiguration)
        sent_before = len(sim.requests)
        # Before: sent, and answered 422 "can't be blank" after the round trip.
        with pytest.raises(
            didww.ClientError, match=r"SIPConfiguration\.rtp_timeout cannot be null"
        ):
            configuration.rtp_timeout = None  # type: ignore[assignment]
        with pytest.raises(didww.ClientError, match=r"VoiceInTrunk\.name cannot be null"):
            trunk.name = None  # type: ignore[assignment]
        assert not trunk.is_dirty() and len(sim.requests) == sent_before
        configuration.port = None  # nullable: taken, and sent as null
        client.voice_in_trunks.update(trunk)
        body = sim.requests[-1].body
        assert isinstance(body, dict)
        assert body["data"]["attributes"]["configuration"]["attributes"]["port"] is None
    with pytest.raises(didww.ClientError, match=r"VoiceInTrunk\.name cannot be null"):
        didww.VoiceInTrunk(name=None)  # type: ignore[arg-type]
    # Both versions' order-create schemas take a pool id only as a value (2026-10-22's spec
    # once let None through to the required check at order time).
    for module in (didww, v1022):
        with pytest.raises(
            didww.ClientError, match=r"CapacityOrderItem\.capacity_pool_id cannot be null"
        ):
            module.CapacityOrderItem(qty=1, capacity_pool_id=None)


@pytest.mark.parametrize(
    ("value", "wire"),
    [(Decimal("1E+2"), "100"), (Decimal("1E-7"), "0.0000001"), (Decimal("12.50"), "12.50")],
)
def test_decimals_go_out_in_positional_notation(value: Decimal, wire: str) -> None:
    recorder = Recorder(echo)
    client = recorder.client()
    trunk = didww.VoiceOutTrunk("vo1")
    trunk.threshold_amount = value
    client.voice_out_trunks.update(trunk)
    # Before: str(Decimal) wrote "1E+2" and "1E-7".
    assert recorder.last_json()["data"]["attributes"]["threshold_amount"] == wire


# -- constructor arguments ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "error", "message"),
    [
        (
            lambda: didww.DID(number="12125551234"),  # type: ignore[call-arg]
            didww.ClientError,
            r"^DID\(\) takes no number= argument: DID\.number is read-only, set by the API$",
        ),
        (
            lambda: didww.DID(nmber="12125551234"),  # type: ignore[call-arg]
            didww.UnknownFieldError,
            r"^DID\(\) takes no nmber= argument; DID\.number is read-only, set by the API$",
        ),
        (
            lambda: didww.SIPConfiguration(hots="pbx.example"),  # type: ignore[call-arg]
            didww.UnknownFieldError,
            r"^SIPConfiguration\(\) takes no hots= argument; did you mean host=\?$",
        ),
        (
            lambda: didww.VoiceInTrunk(name="pbx", created_at="2026-01-01"),  # type: ignore[call-arg]
            didww.ClientError,
            r"VoiceInTrunk\.created_at is read-only",
        ),
        (
            lambda: later_objects.SIPConfiguration(hots="pbx.example"),  # type: ignore[call-arg]
            didww.UnknownFieldError,
            r"did you mean host=\?",
        ),
        (
            lambda: didww.DID("did-1", "described"),  # type: ignore[call-arg]
            didww.ClientError,
            r"^DID\(\) takes only id by position, got 2 positional arguments: give the fields",
        ),
        (
            lambda: didww.SIPConfiguration("pbx.example"),  # type: ignore[call-arg]
            didww.ClientError,
            r"^SIPConfiguration\(\) takes nothing by position, got 1 positional argument:",
        ),
    ],
)
def test_a_constructor_names_what_it_does_not_take_and_why(
    build: Any, error: type[Exception], message: str
) -> None:
    # Python's own TypeError said "unexpected keyword argument 'number'" and no more. (mypy
    # reports each of these calls too: the ignores above are what it says.)
    with pytest.raises(error, match=message) as caught:
        build()
    assert not isinstance(caught.value, TypeError)


def test_a_refused_constructor_argument_never_shows_its_value() -> None:
    with pytest.raises(didww.UnknownFieldError) as caught:
        didww.SIPConfiguration(auth_pasword="s3cr3t-value")  # type: ignore[call-arg]
    assert "s3cr3t-value" not in str(caught.value) and "auth_password" in str(caught.value)


def test_models_built_with_what_the_constructor_takes_are_unchanged() -> None:
    did = didww.DID("did-1", description="office", capacity_limit=2)
    assert (did.id, did.description, did.capacity_limit) == ("did-1", "office", 2)
    assert didww.SIPConfiguration(host="pbx.example").host == "pbx.example"


def test_a_subclass_of_yours_passing_keywords_on_judges_them_itself() -> None:
    class NotedDID(didww.DID):
        def __init__(self, note: str, **fields: Any) -> None:
            super().__init__(**fields)
            self.note = note

    noted = NotedDID("keep", id="did-1", description="office")
    assert (noted.note, noted.id, noted.description) == ("keep", "did-1", "office")
