"""Members of the generated enums equal their wire values and the members of their own enum (in
any API version), never a member of another enum: Python's rule, comparing the values alone,
made a transport protocol equal a DTMF format."""

from __future__ import annotations

import enum
import operator
from decimal import Decimal

from didww import v2026_04_16 as old
from didww import v2026_10_22 as new
from didww.testing import SEED, Simulator


def test_a_member_of_another_enum_never_equals_whatever_its_value() -> None:
    udp, rfc_2833 = old.enums.TransportProtocol.UDP, old.enums.TxDtmfFormat.RFC_2833
    assert udp.value == rfc_2833.value == 1
    assert udp != rfc_2833 and rfc_2833 != udp
    assert operator.eq(udp, rfc_2833) is False and operator.eq(rfc_2833, udp) is False
    assert rfc_2833 != new.enums.TransportProtocol.UDP  # across versions too


def test_the_same_enum_of_another_version_compares_by_value() -> None:
    assert old.enums.TxDtmfFormat.RFC_2833 == new.enums.TxDtmfFormat.RFC_2833
    assert old.enums.TxDtmfFormat.SIP_INFO_RELAY != new.enums.TxDtmfFormat.RFC_2833
    assert old.enums.CliFormat.E164 == new.enums.CliFormat.E164


def test_a_member_still_equals_its_wire_value_and_its_own_members() -> None:
    member = new.enums.TxDtmfFormat.RFC_2833
    # Both ways round: the int on the left asks the member's reflected __eq__.
    assert member == 1 and operator.eq(1, member) and member != 2
    assert member == 1.0 and member == Decimal(1)  # as an int does
    assert {1: "found"}[member] == "found" and member in {1}
    assert member == new.enums.TxDtmfFormat.unchecked(1)
    assert new.enums.CliFormat.E164 == "e164" and operator.eq("e164", new.enums.CliFormat.E164)
    assert sorted([new.enums.TxDtmfFormat.SIP_INFO_RELAY, member]) == [member, 2]


def test_a_default_version_member_matches_a_value_read_from_2026_10_22() -> None:
    # `didww.enums` is 2026-04-16's: code written against it keeps working on a newer client.
    client = Simulator(api_version="2026-10-22").client()
    read = client.voice_in_trunks.find(SEED.voice_in_trunk).configuration
    assert isinstance(read, new.SIPConfiguration)
    match read.transport_protocol_id:
        case old.enums.TxDtmfFormat.RFC_2833:
            matched = "a DTMF format"
        case old.enums.TransportProtocol.UDP:
            matched = "UDP"
        case _:
            matched = "nothing"
    assert read.transport_protocol_id == new.enums.TransportProtocol.UDP
    assert matched == "UDP"
    assert read.tx_dtmf_format_id == old.enums.TxDtmfFormat.RFC_2833


def test_a_member_of_the_callers_own_enum_compares_by_value_both_ways() -> None:
    # Only the SDK's enums are told apart: with a caller's enum, Python's rule decides, and it
    # gives one answer whichever side the SDK member is on.
    class MyCodec(enum.IntEnum):
        PCMU = 1
        PCMA = 2

    class MyFormat(str, enum.Enum):
        E164 = "e164"

    sdk = new.enums.TxDtmfFormat.RFC_2833
    assert operator.eq(sdk, MyCodec.PCMU) and operator.eq(MyCodec.PCMU, sdk)
    assert operator.ne(sdk, MyCodec.PCMA) and operator.ne(MyCodec.PCMA, sdk)
    e164 = new.enums.CliFormat.E164
    assert operator.eq(e164, MyFormat.E164) and operator.eq(MyFormat.E164, e164)
