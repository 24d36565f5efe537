"""A list or nested object read from a model stays that model's after a save the answer agrees
with: an edit made to it afterwards is sent by the next save, as one made before the first save
would have been. Shown against the simulator, by what each PATCH carried and what the API then
holds."""

from __future__ import annotations

from typing import Any

import didww
from didww import enums
from didww.testing import Simulator


def patches(sim: Simulator, path: str) -> list[Any]:
    """The ``data`` of every PATCH sent to ``path``, oldest first."""
    found: list[Any] = []
    for request in sim.requests:
        if request.method == "PATCH" and request.path == path:
            assert isinstance(request.body, dict)
            found.append(request.body["data"])
    return found


def sip_trunk(client: didww.Client) -> didww.VoiceInTrunk:
    configuration = didww.SIPConfiguration(host="pbx.test", port=5060, codec_ids=[enums.Codec.PCMU])
    created = client.voice_in_trunks.create(
        didww.VoiceInTrunk(name="Edge", configuration=configuration)
    )
    return client.voice_in_trunks.find(created.id)


def test_a_nested_object_held_across_a_save_is_still_sent(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    trunk = sip_trunk(didww_client)
    configuration = trunk.configuration
    assert isinstance(configuration, didww.SIPConfiguration)
    trunk.name = "Renamed"
    didww_client.voice_in_trunks.update(trunk)
    assert trunk.configuration is configuration  # the object handed out is still the trunk's
    configuration.port = 5070
    assert trunk.is_dirty()
    didww_client.voice_in_trunks.update(trunk)
    # Before: the second update sent nothing, the held object being detached by the first.
    path = f"/voice_in_trunks/{trunk.id}"
    first, second = patches(didww_simulator, path)
    assert "configuration" not in first["attributes"]
    assert second["attributes"]["configuration"]["attributes"]["port"] == 5070
    found = didww_client.voice_in_trunks.find(trunk.id).configuration
    assert isinstance(found, didww.SIPConfiguration) and found.port == 5070


def test_a_list_held_across_a_save_is_still_sent(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    trunk = sip_trunk(didww_client)
    configuration = trunk.configuration
    assert isinstance(configuration, didww.SIPConfiguration)
    codecs = configuration.codec_ids
    configuration.port = 5080
    didww_client.voice_in_trunks.update(trunk)
    assert not trunk.is_dirty()
    codecs.append(enums.Codec.PCMA)
    assert trunk.is_dirty()
    didww_client.voice_in_trunks.update(trunk)
    sent = patches(didww_simulator, f"/voice_in_trunks/{trunk.id}")[-1]
    assert sent["attributes"]["configuration"]["attributes"]["codec_ids"] == [9, 10]
    found = didww_client.voice_in_trunks.find(trunk.id).configuration
    assert isinstance(found, didww.SIPConfiguration)
    assert found.codec_ids == [enums.Codec.PCMU, enums.Codec.PCMA]


def test_held_values_the_answer_contradicts_are_left_as_they_were(
    didww_client: didww.Client,
) -> None:
    trunk = sip_trunk(didww_client)
    configuration = trunk.configuration
    assert isinstance(configuration, didww.SIPConfiguration)
    codecs = configuration.codec_ids
    # Changed by someone else meanwhile: the next save's answer carries it. What the caller
    # holds is never changed under it (it may be kept to compare before and after): the model
    # takes the answer's values, and the held ones keep theirs.
    other = didww_client.voice_in_trunks.find(trunk.id)
    assert isinstance(other.configuration, didww.SIPConfiguration)
    other.configuration.codec_ids = [enums.Codec.G729]
    other.configuration.host = "elsewhere.test"
    didww_client.voice_in_trunks.update(other)
    trunk.description = "mine"
    didww_client.voice_in_trunks.update(trunk)
    assert configuration.host == "pbx.test" and codecs == [enums.Codec.PCMU]
    fresh = trunk.configuration
    assert isinstance(fresh, didww.SIPConfiguration) and fresh is not configuration
    assert fresh.host == "elsewhere.test" and fresh.codec_ids == [enums.Codec.G729]
    assert not trunk.is_dirty()


def test_a_to_many_list_held_across_a_save_is_still_sent(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    def trunk(name: str) -> didww.VoiceInTrunk:
        configuration = didww.SIPConfiguration(host="pbx.test")
        return didww_client.voice_in_trunks.create(
            didww.VoiceInTrunk(name=name, configuration=configuration)
        )

    first, second, third = trunk("a"), trunk("b"), trunk("c")
    created = didww_client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(name="g", voice_in_trunks=[first])
    )
    query = didww.QueryParams().include("voice_in_trunks")
    group = didww_client.voice_in_trunk_groups.find(created.id, query)
    trunks = group.voice_in_trunks
    ids = group.voice_in_trunk_ids
    group.name = "renamed"
    didww_client.voice_in_trunk_groups.update(group)
    # The answer to the update carries no linkage (nothing was included): the group keeps the
    # trunks it had, instead of forgetting them.
    assert group.voice_in_trunk_ids == [first.id] and group.voice_in_trunks is trunks
    trunks.append(second)
    didww_client.voice_in_trunk_groups.update(group)
    ids.append(third.id)
    didww_client.voice_in_trunk_groups.update(group)
    sent = patches(didww_simulator, f"/voice_in_trunk_groups/{group.id}")
    linkage = [
        [item["id"] for item in patch["relationships"]["voice_in_trunks"]["data"]]
        for patch in sent[1:]
    ]
    # Before: both edits were dropped (and the relationship read as not loaded).
    assert linkage == [[first.id, second.id], [first.id, second.id, third.id]]
    assert "relationships" not in sent[0]
    found = didww_client.voice_in_trunk_groups.find(created.id, query)
    assert found.voice_in_trunk_ids == [first.id, second.id, third.id]
    assert not group.is_dirty() and ids == [first.id, second.id, third.id]


def test_a_relationship_set_and_saved_reads_as_saved(
    didww_client: didww.Client, didww_simulator: Simulator
) -> None:
    group = didww_client.voice_in_trunk_groups.create(didww.VoiceInTrunkGroup(name="g"))
    did = didww_client.dids.find(didww_client.dids.list()[0].id)
    did.voice_in_trunk_group = group
    didww_client.dids.update(did)
    # The answer carries no linkage: the DID reads as it was saved, the partner cleared.
    assert did.voice_in_trunk_group_id == group.id and did.voice_in_trunk is None
    assert not did.is_dirty()


def test_what_the_caller_built_stays_as_built(didww_client: didww.Client) -> None:
    configuration = didww.SIPConfiguration(host="pbx.test", codec_ids=[enums.Codec.PCMU])
    trunk = didww.VoiceInTrunk(name="Edge", configuration=configuration)
    created = didww_client.voice_in_trunks.create(trunk)
    # The caller's own objects are not rewritten by the answer (an order item built with a
    # sku_id the API does not echo back keeps it); the saved model holds the answer's values.
    saved = created.configuration
    assert isinstance(saved, didww.SIPConfiguration) and saved is not configuration
    assert saved.host == "pbx.test" and saved.codec_ids == [enums.Codec.PCMU]
    unset = [
        n for n in ("port", "transport_protocol_id", "rx_dtmf_format_id") if saved.is_loaded(n)
    ]
    assert unset and not any(configuration.is_loaded(n) for n in unset)
    assert not created.is_dirty()
