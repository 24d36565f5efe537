"""Reading a name a repository does not have raises didww.UnknownAttributeError (an
AttributeError too), offering public names only: Python's own error offered ``_create`` for
``client.dids.create``, a private method that sends a POST the API refuses."""

from __future__ import annotations

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


def test_a_misspelt_model_field_is_python_s_own_error_and_a_field_not_loaded_its_own() -> None:
    # Models define no __getattr__ (it would cost every read CPython's specialised lookup):
    # a misspelt read is Python's AttributeError (Python's traceback adds the closest field).
    did: Any = Simulator().client().dids.find(SEED.did_us)
    with pytest.raises(AttributeError, match=r"^'DID' object has no attribute 'descripton'$"):
        did.descripton  # noqa: B018
    with pytest.raises(didww.NotLoadedError, match=r"include\(\"voice_in_trunk\"\)"):
        did.voice_in_trunk  # noqa: B018
    assert not hasattr(didww.DID, "__getattr__")
