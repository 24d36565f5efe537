"""Facts the seed holds once and each API version writes its own way (``_meanings``): a DID
group's prefix with or without the country code, a region's ISO code with or without the
country, "no metered channels" as null or 0. Numbers issued from a group are the same on both."""

from __future__ import annotations

from typing import Any

import pytest

from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, Simulator

WRITTEN: dict[str, dict[str, Any]] = {
    "2026-04-16": {"prefix": "4420", "iso": "CA", "metered": None},
    "2026-10-22": {"prefix": "20", "iso": "US-CA", "metered": 0},
}


@pytest.mark.parametrize("version", sorted(WRITTEN))
def test_each_version_writes_the_seeded_facts_as_its_document_says(version: str) -> None:
    client: Any = Simulator(api_version=version).client()
    expected = WRITTEN[version]
    assert client.did_groups.find(SEED.group_gb_london).prefix == expected["prefix"]
    assert client.regions.find(SEED.region_us_ca).iso == expected["iso"]
    group = client.shared_capacity_groups.find(SEED.shared_capacity_group)
    assert group.metered_channels_count == expected["metered"]


@pytest.mark.parametrize("version", sorted(WRITTEN))
def test_a_new_group_without_metered_channels_reads_back_as_the_version_writes_none(
    version: str,
) -> None:
    client: Any = Simulator(api_version=version).client()
    api: Any = v0416 if version == "2026-04-16" else v1022
    pool = client.capacity_pools.find(SEED.capacity_pool)
    made = client.shared_capacity_groups.create(
        api.SharedCapacityGroup(name="Spare", shared_channels_count=1, capacity_pool=pool)
    )
    found = client.shared_capacity_groups.find(made.id).metered_channels_count
    assert found == WRITTEN[version]["metered"]


@pytest.mark.parametrize("version", sorted(WRITTEN))
def test_numbers_of_a_group_carry_the_country_code_once(version: str) -> None:
    client: Any = Simulator(api_version=version).client()
    api: Any = v0416 if version == "2026-04-16" else v1022
    order = client.orders.create(
        api.Order(items=[api.DIDOrderItem(sku_id=SEED.sku_gb_mobile, qty=1)])
    )
    order = client.orders.wait(order)
    dids = client.dids.list()
    # A mobile group's numbers are issued from stock, built from the group's prefix.
    numbers = [d.number for d in dids if d.number.startswith("447700")]
    assert len(numbers) == 1 and not numbers[0].startswith("44447700")
    assert order.status.value == "completed"


@pytest.mark.parametrize("version", sorted(WRITTEN))
def test_a_configuration_sent_on_update_replaces_or_merges_as_the_document_says(
    version: str,
) -> None:
    client: Any = Simulator(api_version=version).client()
    api: Any = v0416 if version == "2026-04-16" else v1022
    made = client.voice_in_trunks.create(
        api.VoiceInTrunk(
            name="Replace",
            configuration=api.SIPConfiguration(
                host="pbx.example", port=5070, username="alice", codec_ids=[9]
            ),
        )
    )
    # A model built from the id sends only what it is given.
    client.voice_in_trunks.update(
        api.VoiceInTrunk(made.id, configuration=api.SIPConfiguration(username="bob"))
    )
    found = client.voice_in_trunks.find(made.id).configuration
    assert found.username == "bob"
    if version == "2026-04-16":
        # Replaced in full: the settings left out are back to their defaults.
        assert (found.host, found.port) == (None, 5060)
    else:
        assert (found.host, found.port) == ("pbx.example", 5070)


def test_a_replaced_2026_04_16_configuration_keeps_what_the_api_generated() -> None:
    client = Simulator().client()
    made = client.voice_in_trunks.create(
        v0416.VoiceInTrunk(
            name="Registered", configuration=v0416.SIPConfiguration(enabled_sip_registration=True)
        )
    )
    assert isinstance(made.configuration, v0416.SIPConfiguration)
    generated = made.configuration.incoming_auth_username
    assert generated
    client.voice_in_trunks.update(
        v0416.VoiceInTrunk(
            made.id,
            configuration=v0416.SIPConfiguration(enabled_sip_registration=True, username="bob"),
        )
    )
    found = client.voice_in_trunks.find(made.id).configuration
    assert isinstance(found, v0416.SIPConfiguration)
    assert (found.username, found.incoming_auth_username) == ("bob", generated)


@pytest.mark.parametrize("version", sorted(WRITTEN))
def test_an_authentication_method_sent_on_update_replaces_the_stored_one(version: str) -> None:
    client: Any = Simulator(api_version=version).client()
    api: Any = v0416 if version == "2026-04-16" else v1022
    made = client.voice_out_trunks.create(
        api.VoiceOutTrunk(
            name="Out",
            authentication_method=api.CredentialsAndIPAuthentication(
                allowed_sip_ips=["192.0.2.1"], tech_prefix="1"
            ),
            on_cli_mismatch_action=api.enums.OnCliMismatchAction.REJECT_CALL,
        )
    )
    login = made.authentication_method.username
    assert login
    client.voice_out_trunks.update(
        api.VoiceOutTrunk(
            made.id,
            authentication_method=api.CredentialsAndIPAuthentication(allowed_sip_ips=["192.0.2.9"]),
        )
    )
    found = client.voice_out_trunks.find(made.id).authentication_method
    # Both documents: replaced in full (tech_prefix left out is gone); the generated login stays.
    assert (found.allowed_sip_ips, found.tech_prefix) == (["192.0.2.9"], None)
    assert found.username == login


@pytest.mark.parametrize("version", sorted(WRITTEN))
def test_the_seeded_and_new_sip_trunks_send_dtmf_as_rfc_2833_in_every_version(
    version: str,
) -> None:
    # Both versions number RFC 2833 as 1; the simulator wrote 2 on 2026-04-16, from a spec that
    # had followed SDKs numbering the formats 1 to 4.
    client: Any = Simulator(api_version=version).client()
    api: Any = v0416 if version == "2026-04-16" else v1022
    seeded = client.voice_in_trunks.find(SEED.voice_in_trunk)
    made = client.voice_in_trunks.create(
        api.VoiceInTrunk(
            name="New", configuration=api.SIPConfiguration(host="pbx.example", codec_ids=[9])
        )
    )
    for trunk in (seeded, made):
        assert trunk.configuration.tx_dtmf_format_id is api.enums.TxDtmfFormat.RFC_2833
        wire = trunk.to_json()["attributes"]["configuration"]["attributes"]
        assert wire["tx_dtmf_format_id"] == 1
