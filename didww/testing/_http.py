"""Transport-neutral request and response values shared by the httpx transports and the server."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

JSONAPI = "application/vnd.api+json"


class Headers:
    """Case-insensitive header lookup (the last value wins for repeated names)."""

    def __init__(self, items: Iterable[tuple[str, str]] | Mapping[str, str] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        self._values = {name.lower(): value for name, value in pairs}

    def get(self, name: str, default: str | None = None) -> str | None:
        return self._values.get(name.lower(), default)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.lower() in self._values


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
