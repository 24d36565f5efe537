"""Reading a name a repository or model does not have raises didww.UnknownAttributeError (an
AttributeError too), offering public names only: Python's own error offered ``_create`` for
``client.dids.create``, a private method that sends a POST the API refuses."""

from __future__ import annotations

import copy
import pickle
import traceback
from typing import Any

import pytest

import didww
from didww.testing import SEED, Simulator


def _text(exc: BaseException) -> str:
    """The error as a traceback prints it, Python's own "Did you mean" line included."""
    return "".join(traceback.format_exception(exc))


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_an_operation_the_resource_does_not_offer_names_those_it_does(version: str) -> None:
    sim = Simulator(api_version=version)
    client: Any = sim.client()
    with pytest.raises(didww.UnknownAttributeError) as caught:
        client.dids.create  # noqa: B018
    assert str(caught.value) == (
        "DIDRepository has no create(): the API offers no create for /dids "
        "(it has list(), iter(), find(), update())"
    )
    assert "_create" not in _text(caught.value) and "Did you mean:" not in _text(caught.value)
    with pytest.raises(
        didww.UnknownAttributeError, match=r"has no iter\(\): the API offers no list"
    ):
        client.balance.iter  # noqa: B018
    with pytest.raises(didww.UnknownAttributeError, match=r"no wait\(\): /dids has no status"):
        client.dids.wait  # noqa: B018
    raw = client.dids.with_raw_response
    with pytest.raises(didww.UnknownAttributeError, match=r"^DIDRepositoryWithRawResponse has no"):
        raw.delete  # noqa: B018
    assert list(sim.requests) == []


def test_a_misspelt_operation_names_the_closest_and_hasattr_still_works() -> None:
    client: Any = Simulator().client()
    with pytest.raises(
        didww.UnknownAttributeError, match=r"^DIDRepository has no 'lst'; did you mean 'list'\?$"
    ):
        client.dids.lst  # noqa: B018
    with pytest.raises(
        didww.UnknownAttributeError, match=r"has no 'get'; it has list\(\), iter\(\)"
    ):
        client.dids.get  # noqa: B018
    assert not hasattr(client.dids, "create") and getattr(client.dids, "delete", None) is None
    assert hasattr(client.orders, "create")
    with pytest.raises(AttributeError, match=r"^'DIDRepository' object has no attribute '_nope'$"):
        client.dids._nope  # noqa: B018


def test_the_async_repositories_say_the_same() -> None:
    client: Any = Simulator().async_client()
    with pytest.raises(didww.UnknownAttributeError, match=r"^AsyncDIDRepository has no create\(\)"):
        client.dids.create  # noqa: B018
    with pytest.raises(didww.UnknownAttributeError, match=r"^AsyncDIDRepositoryWithRawResponse"):
        client.dids.with_raw_response.create  # noqa: B018


def test_a_misspelt_model_field_names_the_closest() -> None:
    did: Any = Simulator().client().dids.find(SEED.did_us)
    with pytest.raises(didww.UnknownAttributeError) as caught:
        did.descripton  # noqa: B018
    assert str(caught.value) == "DID has no field 'descripton'; did you mean 'description'?"
    assert "Did you mean:" not in _text(caught.value)  # Python's own line, private names and all
    assert getattr(did, "descripton", "default") == "default"
    with pytest.raises(AttributeError, match=r"^'DID' object has no attribute '_x'$"):
        did._x  # noqa: B018


def test_a_field_not_loaded_still_raises_its_own_error() -> None:
    # A field's NotLoadedError is an AttributeError: Python then asks __getattr__, which must
    # not replace it with "no field".
    did: Any = Simulator().client().dids.find(SEED.did_us)
    with pytest.raises(didww.NotLoadedError, match=r"include\(\"voice_in_trunk\"\)"):
        did.voice_in_trunk  # noqa: B018
    assert not hasattr(did, "voice_in_trunk")
    assert getattr(did, "voice_in_trunk", "default") == "default"
    sparse: Any = didww.DID("id-only")
    with pytest.raises(didww.NotLoadedError):
        sparse.number  # noqa: B018


def test_copies_and_pickles_are_unaffected() -> None:
    did: Any = Simulator().client().dids.find(SEED.did_us)
    for other in (copy.copy(did), copy.deepcopy(did), pickle.loads(pickle.dumps(did))):
        assert other.id == did.id and other.number == did.number
