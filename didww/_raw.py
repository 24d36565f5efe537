"""Raw access to an answer: status, headers and the parsed result together."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

T = TypeVar("T")


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """What ``repository.with_raw_response.<operation>()`` returns."""

    parsed: T
    """The model, list or None that the plain method returns."""
    http_response: httpx.Response
    """The final HTTP answer. Its ``request`` is a copy of what was sent whose credentials
    (``Api-Key``, ``Authorization``, a password in the URL) read ``[FILTERED]``."""
    attempts: int
    """How many times the request was sent: the first time, each retry, and the resend after a
    401 that had the bearer token replaced (following a redirect is part of the same attempt).
    Each attempt has a line in the ``didww`` log at DEBUG."""

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The ``X-Request-Id`` header, for DIDWW support."""
        value: str | None = self.http_response.headers.get("X-Request-Id")
        return value

    def __repr__(self) -> str:
        return (
            f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, "
            f"attempts={self.attempts}, parsed={self.parsed!r})"
        )
