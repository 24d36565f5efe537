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
