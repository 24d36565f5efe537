"""Raw HTTP requests to an in-process simulator, with the credentials its API version takes:
for the tests that check the wire itself, or bodies the SDK would never send."""

from __future__ import annotations

from typing import Any

import httpx

from didww.testing import Simulator
from didww.testing._versions import surface

JSON_API = {"Content-Type": "application/vnd.api+json"}


def credentials(sim: Simulator[Any, Any], *, expires_in: float | None = None) -> dict[str, str]:
    """The header that lets a raw request in, whatever the version authenticates by (a token
    lasting ``expires_in`` seconds, for tests that move the clock)."""
    if not surface(sim.api_version).bearer:
        return {"Api-Key": sim.api_key}
    token = sim.issue_token() if expires_in is None else sim.issue_token(expires_in=expires_in)
    return {"Authorization": f"Bearer {token}"}


def raw_client(
    sim: Simulator[Any, Any],
    *,
    headers: dict[str, str] | None = None,
    expires_in: float | None = None,
) -> httpx.Client:
    """An httpx client answered by ``sim`` at ``http://sim.test/v3``, sending ``headers`` and
    the version's credentials with every request."""
    return httpx.Client(
        transport=sim.transport(),
        base_url="http://sim.test/v3",
        headers={**credentials(sim, expires_in=expires_in), **(headers or {})},
    )
