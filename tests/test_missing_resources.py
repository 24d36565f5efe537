"""A resource the client's API version does not have says which version has it, and a misspelt
one names the closest, with didww.UnknownAttributeError (an AttributeError too). Type checkers
still refuse both (tests/typing/user_script.py: "Client" has no attribute "pops"), and
``hasattr`` still answers False."""

from __future__ import annotations

import pytest

import didww
from didww import v2026_10_22


def test_a_resource_of_the_other_version_names_it() -> None:
    with v2026_10_22.Client(token="t") as client, pytest.raises(AttributeError) as caught:
        client.pops  # type: ignore[attr-defined]  # noqa: B018
    assert str(caught.value) == (
        "Client of API 2026-10-22 has no 'pops': it is a resource of API 2026-04-16 "
        "(didww.v2026_04_16.Client)"
    )
    assert isinstance(caught.value, didww.UnknownAttributeError)
    with didww.Client(api_key="k") as old, pytest.raises(AttributeError) as caught:
        old.sms_trunks  # type: ignore[attr-defined]  # noqa: B018
    assert str(caught.value).endswith("API 2026-10-22 (didww.v2026_10_22.Client)")


@pytest.mark.anyio
async def test_the_async_client_names_its_own_twin() -> None:
    async with v2026_10_22.AsyncClient(token="t") as client:
        with pytest.raises(AttributeError, match=r"\(didww\.v2026_04_16\.AsyncClient\)$"):
            client.pops  # type: ignore[attr-defined]  # noqa: B018


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_a_misspelt_resource_names_the_closest_and_anything_else_reads_as_usual() -> None:
    with didww.Client(api_key="k") as client:
        with pytest.raises(AttributeError, match=r"has no 'did'; did you mean 'dids'\?$"):
            client.did  # type: ignore[attr-defined]  # noqa: B018
        with pytest.raises(
            didww.UnknownAttributeError, match=r"^Client of API 2026-04-16 has no 'xyzzy'$"
        ):
            client.xyzzy  # type: ignore[attr-defined]  # noqa: B018
        with pytest.raises(AttributeError, match=r"^'Client' object has no attribute '_x'$"):
            client._x  # type: ignore[attr-defined]  # noqa: B018
        assert not hasattr(client, "sms_trunks")
        assert client.dids is client.dids  # real resources are untouched
