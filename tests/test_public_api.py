"""The public names promised by the contract exist and ``__all__`` is truthful."""

from __future__ import annotations

from pathlib import Path

import pytest

import didww
from didww import enums
from generator.loader import load_spec


def test_all_names_exist() -> None:
    for name in didww.__all__:
        assert hasattr(didww, name), name
    assert len(set(didww.__all__)) == len(didww.__all__)


def test_every_spec_resource_has_a_model_and_client_attribute() -> None:
    spec = load_spec(Path(__file__).parent.parent / "spec" / "2026-04-16")
    client = didww.Client(api_key="k")
    for resource in spec.resources:
        model = getattr(didww, resource.class_name)
        assert resource.type == model.TYPE
        if resource.operations:
            assert hasattr(client, resource.segment), resource.segment
    assert len(spec.resources) == 38
    client.close()


def test_contract_names() -> None:
    for name in [
        "Client",
        "AsyncClient",
        "Environment",
        "QueryParams",
        "ResourceList",
        "ErrorObject",
        "SIPConfiguration",
        "PSTNConfiguration",
        "GenericConfiguration",
        "DIDOrderItem",
        "CapacityOrderItem",
        "EmergencyOrderItem",
        "GenericOrderItem",
        "UnknownOrderItem",
        "CredentialsAndIPAuthentication",
        "TwilioAuthentication",
        "IPOnlyAuthentication",
        "GenericAuthentication",
        "RequestValidator",
        "SIGNATURE_HEADER",
        "__version__",
    ]:
        assert hasattr(didww, name), name


def test_enums_compare_equal_to_wire_values() -> None:
    # Each member typed as the int or str it is: to a type checker a member never equals a
    # literal, and that it does at run time is what is checked.
    pcmu: int = enums.Codec.PCMU
    e164: str = enums.CliFormat.E164
    cdr_in: str = enums.ExportType.CDR_IN
    udp: int = enums.TransportProtocol.UDP
    rfc_2833: int = enums.RxDtmfFormat.RFC_2833
    assert pcmu == 9
    assert e164 == "e164"
    assert cdr_in == "cdr_in"
    assert udp == 1
    assert rfc_2833 == 1
    assert str(enums.OrderStatus.COMPLETED) == "completed"
    unknown = enums.OrderStatus.unchecked("on_hold")
    assert unknown == "on_hold" and isinstance(unknown, enums.OrderStatus)
    assert not unknown.is_known and enums.OrderStatus.COMPLETED.is_known
    assert enums.Codec.unchecked(4242) == 4242
    assert enums.OrderStatus("completed") is enums.OrderStatus.COMPLETED


def test_an_enum_refuses_a_value_it_does_not_have() -> None:
    with pytest.raises(
        didww.ClientError, match=r"'E\.164' is not a member of CliFormat: expected one of"
    ):
        enums.CliFormat("E.164")
    with pytest.raises(didww.ClientError, match=r"unchecked\(4242\)"):
        enums.Codec(4242)


def test_an_int_enum_s_unchecked_value_fits_in_64_bits_as_an_integer_field_s_must() -> None:
    largest = enums.Codec.unchecked(2**63 - 1)
    assert largest == 2**63 - 1 and not largest.is_known
    assert enums.Codec.unchecked(-(2**63 - 1)) == -(2**63 - 1)
    with pytest.raises(didww.ClientError, match=r"at most 64 bits, got one of 101$"):
        enums.Codec.unchecked(10**30)
    with pytest.raises(didww.ClientError, match="at most 64 bits"):
        enums.Codec.unchecked(2**63)
    # The negative end holds one more, as a signed 64-bit integer does.
    assert enums.Codec.unchecked(-(2**63)) == -(2**63)
    with pytest.raises(didww.ClientError, match=r"at most 64 bits, got one of 65$"):
        enums.Codec.unchecked(-(2**63) - 1)
    trunk = didww.VoiceInTrunk()
    trunk.priority = -(2**63)
    with pytest.raises(didww.ClientError, match=r"at most 64 bits, got one of 65$"):
        trunk.priority = -(2**63) - 1


def test_an_int_enum_value_past_64_bits_in_an_answer_fails_its_read_as_a_decode_error() -> None:
    # The answer's fault, not the caller's: DecodeError naming the field, not the ClientError
    # of unchecked().
    config = didww.SIPConfiguration._from_wire({}, {"codec_ids": [9, 2**70], "port": 5060})
    assert isinstance(config, didww.SIPConfiguration)
    with pytest.raises(didww.DecodeError, match=r"^SIPConfiguration\.codec_ids: "):
        config.codec_ids  # noqa: B018 - the read is what is tested
    assert config.port == 5060  # the rest reads as usual


def test_to_many_id_accessors_use_the_singular() -> None:
    assert hasattr(didww.CapacityPool, "country_ids")
    assert hasattr(didww.Identity, "address_ids")
    assert hasattr(didww.VoiceInTrunkGroup, "voice_in_trunk_ids")
    group = didww.VoiceInTrunkGroup(id="g1")
    group.voice_in_trunk_ids = ["t1"]
    assert group.voice_in_trunk_ids == ["t1"]
