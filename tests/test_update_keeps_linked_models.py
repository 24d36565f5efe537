"""After ``update(model)``, a related model the caller assigned (or had included) is still the
one handed out, on the model passed and on the one returned, where the answer names the same
resource by its identifier only: found by an outside trial, where a trunk assigned to a DID
became an id-only model and ``did.voice_in_trunk.name`` raised NotLoadedError."""

from __future__ import annotations

import didww
from didww.testing import SEED, Simulator


def test_an_assigned_trunk_is_still_readable_after_update() -> None:
    client = Simulator().client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    did = client.dids.find(SEED.did_gb)
    did.voice_in_trunk = trunk
    saved = client.dids.update(did)
    for model in (did, saved):
        assert model.voice_in_trunk is trunk
        assert model.voice_in_trunk.name == trunk.name
        assert not model.is_dirty()


def test_an_included_model_stays_and_another_resource_is_not_taken_for_it() -> None:
    client = Simulator().client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    did = client.dids.find(SEED.did_gb)
    did.voice_in_trunk = trunk
    client.dids.update(did)
    query = didww.QueryParams().include("voice_in_trunk")
    did = client.dids.find(SEED.did_gb, query)
    included = did.voice_in_trunk
    assert included is not None and included.name == trunk.name
    did.description = "kept"
    client.dids.update(did)
    assert did.voice_in_trunk is included
    # Routed elsewhere, the new trunk is what is handed out, never the one held before.
    other = client.voice_in_trunks.create(
        didww.VoiceInTrunk(name="Other", configuration=didww.SIPConfiguration(host="h.example"))
    )
    did.voice_in_trunk_id = other.id
    moved = client.dids.update(did)
    for model in (did, moved):
        assert model.voice_in_trunk_id == other.id
        assert model.voice_in_trunk is not included
