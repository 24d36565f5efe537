"""Raw access to an answer: status, headers and the parsed result together."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from typing import Generic, TypeVar

import httpx

from didww._types import JSON

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

    @cached_property
    def meta(self) -> dict[str, JSON]:
        """The answer's top-level ``meta``: what the API says about the whole answer rather than
        about the resource, which a plain ``find``, ``create`` or ``update`` leaves out
        (``did_reservations`` report ``available_count``, how many more may be taken). Empty when
        the answer has none: a 204, a file download, a body that is not a JSON object. A list's
        ``parsed.meta`` is the same."""
        # Parsed again, on demand only: the plain methods never pay for a value they drop.
        try:
            document = json.loads(self.http_response.content)
        except (ValueError, UnicodeDecodeError, RecursionError, httpx.ResponseNotRead):
            return {}
        meta = document.get("meta") if isinstance(document, dict) else None
        return meta if isinstance(meta, dict) else {}

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
