"""Two mistakes made by copying from somewhere else, told apart from the general refusal: a
token pasted with its ``Bearer `` scheme (the simulator prints an ``Authorization: Bearer ...``
line), and a callback checked without its signature header."""

from __future__ import annotations

import pytest

import didww
from didww import v2026_10_22, webhooks
from didww.testing import Simulator


def test_a_token_pasted_with_its_scheme_says_to_drop_it() -> None:
    token = Simulator(api_version="2026-10-22").issue_token()
    with pytest.raises(didww.ClientError) as caught:
        v2026_10_22.Client(token=f"Bearer {token}")
    assert str(caught.value) == "token starts with 'Bearer ': pass the token alone, without it"
    assert token not in str(caught.value)


def test_a_provider_giving_the_scheme_is_told_the_same() -> None:
    sim = Simulator(api_version="2026-10-22")
    token = sim.issue_token()
    with (
        sim.client(token_provider=lambda: f"bearer {token}") as client,
        pytest.raises(didww.TokenProviderError, match="starting with 'Bearer ': give it"),
    ):
        client.balance.find()
    assert len(sim.requests) == 0


@pytest.mark.parametrize("signature", [None, ""])
def test_a_callback_without_a_signature_says_it_has_none(signature: str | None) -> None:
    with pytest.raises(didww.InvalidSignatureError, match="carries no signature"):
        webhooks.parse(
            {"id": "1", "type": "orders", "status": "completed"},
            url="https://example.com/cb",
            signature=signature,
            secret="s3cret",
        )


def test_a_failing_provider_leaves_its_exception_out_of_the_chain() -> None:
    # Its message may hold the provider's own credentials: not the cause, not even the context
    # that error reporters walking the chain print.
    sim = Simulator(api_version="2026-10-22")

    def provider() -> str:
        raise RuntimeError("secret-password-xyz")

    with (
        sim.client(token_provider=provider) as client,
        pytest.raises(didww.TokenProviderError) as caught,
    ):
        client.balance.find()
    error = caught.value
    assert error.__cause__ is None and error.__context__ is None
    assert "RuntimeError" in str(error) and "secret-password-xyz" not in str(error)


@pytest.mark.anyio
async def test_a_failing_async_provider_leaves_it_out_too() -> None:
    sim = Simulator(api_version="2026-10-22")

    async def provider() -> str:
        raise RuntimeError("secret-password-xyz")

    async with sim.async_client(token_provider=provider) as client:
        with pytest.raises(didww.TokenProviderError) as caught:
            await client.balance.find()
    assert caught.value.__context__ is None


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
