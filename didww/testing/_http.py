"""Transport-neutral request and response values shared by the httpx transports and the server."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from urllib.parse import unquote, urlsplit

from didww._logging import FILTERED, is_secret_name

JSONAPI = "application/vnd.api+json"
API_ROOT = "/v3"
"""Where the API lives on a host; the simulator answers 404 to any path outside it."""
API_PREFIX = API_ROOT.strip("/")
"""The API root as a path segment."""


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive headers (the last value wins for repeated names).

    Iterating gives lower-case names. The repr shows secret values (``Api-Key``,
    ``Authorization``...) as ``[FILTERED]``, so a logged request never leaks the key.
    """

    def __init__(self, items: Iterable[tuple[str, str]] | Mapping[str, str] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        self._values = {name.lower(): value for name, value in pairs}

    def __getitem__(self, name: str) -> str:
        return self._values[name.lower()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values

    def redacted(self) -> Headers:
        """A copy with every secret value replaced by ``[FILTERED]``."""
        return Headers(
            (name, FILTERED if is_secret_header(name) else value)
            for name, value in self._values.items()
        )

    def __repr__(self) -> str:
        return f"Headers({dict(self.redacted()._values)!r})"


def is_secret_header(name: str) -> bool:
    """Whether a header carries a credential: ``Api-Key``, ``Authorization``, cookies, tokens."""
    return name.lower() in _CREDENTIAL_HEADERS or is_secret_name(name)


_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})


def api_segments(path: str) -> tuple[str, ...] | None:
    """The decoded segments of ``path`` below the API root (``/v3/orders/1`` gives
    ``("orders", "1")``, ``/v3`` gives ``()``), or None when it lies outside the API.

    The one rule for routing, faults and the request log alike, so a request is never served
    as one path and matched or logged as another. Empty segments are dropped (``/v3//orders``
    and ``//v3/orders`` are ``/v3/orders``); each segment is decoded on its own, so routing
    never reads ``%2F`` as a separator."""
    segments = tuple(unquote(s) for s in path.split("/") if s)
    return segments[1:] if segments[:1] == (API_PREFIX,) else None


@dataclass(frozen=True)
class SimRequest:
    """An HTTP request as the simulator sees it."""

    method: str
    url: str
    """The absolute URL as sent, query string still percent-encoded."""
    headers: Headers = field(default_factory=Headers)
    body: bytes = b""

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @cached_property
    def api_segments(self) -> tuple[str, ...] | None:
        """The path's decoded segments below ``/v3`` (None outside), by :func:`api_segments`;
        worked out once per request."""
        return api_segments(self.path)

    @property
    def api_path(self) -> str | None:
        """The path relative to ``/v3``, decoded (``"/orders/1"``, ``"/"`` for ``/v3``); None
        outside ``/v3``. What faults and the request log match on."""
        segments = self.api_segments
        return None if segments is None else "/" + "/".join(segments)

    @property
    def query(self) -> str:
        return urlsplit(self.url).query

    @property
    def origin(self) -> str:
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc}"


@dataclass
class SimResponse:
    """An HTTP answer."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, document: Any, *, content_type: str = JSONAPI) -> SimResponse:
        body = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return cls(status, body, {"Content-Type": content_type})
