"""Members of the generated enums equal their wire values and members of their own enum, never
a member of another enum: 2026-10-22 renumbered the DTMF formats, and comparing values made a
2026-04-16 member match the wrong 2026-10-22 one."""

from __future__ import annotations

import operator
from decimal import Decimal

from didww import v2026_04_16 as old
from didww import v2026_10_22 as new
from didww.testing import SEED, Simulator


def test_a_member_of_another_version_never_equals_whatever_its_value() -> None:
    stale, fresh = old.enums.TxDtmfFormat.RFC_2833, new.enums.TxDtmfFormat.SIP_INFO_RELAY
    assert stale.value == fresh.value  # the renumbering this guards against
    assert stale != fresh and fresh != stale
    assert operator.eq(stale, fresh) is False and operator.eq(fresh, stale) is False
    # String enums of the same text too: members belong to their version.
    assert old.enums.CliFormat.E164 != new.enums.CliFormat.E164
    # Within one enum, unrelated members sharing a value are just as unequal.
    udp, disabled = old.enums.TransportProtocol.UDP, old.enums.TxDtmfFormat.DISABLED
    assert udp.value == disabled.value == 1
    assert udp != disabled


def test_a_member_still_equals_its_wire_value_and_its_own_members() -> None:
    member = new.enums.TxDtmfFormat.RFC_2833
    # Both ways round: the int on the left asks the member's reflected __eq__.
    assert member == 1 and operator.eq(1, member) and member != 2
    assert member == 1.0 and member == Decimal(1)  # as an int does
    assert {1: "found"}[member] == "found" and member in {1}
    assert member == new.enums.TxDtmfFormat.unchecked(1)
    assert new.enums.CliFormat.E164 == "e164" and operator.eq("e164", new.enums.CliFormat.E164)
    assert sorted([new.enums.TxDtmfFormat.SIP_INFO_RELAY, member]) == [member, 2]


def test_a_leftover_old_member_does_not_match_a_value_read_from_the_new_version() -> None:
    client = Simulator(api_version="2026-10-22").client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    assert isinstance(trunk.configuration, new.SIPConfiguration)
    trunk.configuration.tx_dtmf_format_id = new.enums.TxDtmfFormat.SIP_INFO_RELAY
    client.voice_in_trunks.update(trunk)
    read = client.voice_in_trunks.find(SEED.voice_in_trunk).configuration
    assert isinstance(read, new.SIPConfiguration)
    value = read.tx_dtmf_format_id
    match value:
        case old.enums.TxDtmfFormat.RFC_2833:
            matched = "2026-04-16 RFC 2833"
        case new.enums.TxDtmfFormat.SIP_INFO_RELAY:
            matched = "SIP INFO relay"
        case _:
            matched = "nothing"
    assert matched == "SIP INFO relay"
