"""Shared test helpers: a recording mock transport and fixture loading."""

from __future__ import annotations

import base64
import contextlib
import json
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

import didww

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> Any:
    """A pretty-printed JSON fixture from tests/fixtures/."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def decode_models(data: Any, included: list[Any] | None = None) -> Any:
    """The models the SDK makes of a 2026-04-16 answer with this primary ``data`` (one resource
    object, or a list) and ``included`` resources."""
    from didww._document import decode_document
    from didww.v2026_04_16._registry import REGISTRY

    doc = {"data": data, "included": included or []}
    return decode_document(
        json.dumps(doc).encode(),
        200,
        many=isinstance(data, list),
        expected_type=None,
        registry=REGISTRY,
    ).data


def answered_export(url: str | None, id: str = "e1", status: str = "completed") -> didww.Export:
    """An export (a CDR export whose file is at ``url``) as the SDK decodes it from the API."""
    attributes = {"status": status, "url": url, "export_type": "cdr_in"}
    export = decode_models({"type": "exports", "id": id, "attributes": attributes})
    assert isinstance(export, didww.Export)
    return export


Answer = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Records every request and answers from a queue or a function."""

    def __init__(self, answer: Answer | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.queue: list[httpx.Response] = []
        self.answer = answer

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.queue:
            return self.queue.pop(0)
        if self.answer is not None:
            return self.answer(request)
        return httpx.Response(204)

    def reply(self, status: int = 200, body: Any = None, **kwargs: Any) -> Recorder:
        if body is None:
            self.queue.append(httpx.Response(status, **kwargs))
        elif isinstance(body, (bytes, str)):
            self.queue.append(httpx.Response(status, content=body, **kwargs))
        else:
            self.queue.append(httpx.Response(status, json=body, **kwargs))
        return self

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)

    def client(self, **kwargs: Any) -> didww.Client:
        """A client on this transport; retries are off unless asked for (see test_retries.py)."""
        http = httpx.Client(transport=httpx.MockTransport(self))
        kwargs.setdefault("max_retries", 0)
        return didww.Client(api_key="test-key", http_client=http, **kwargs)

    def async_client(self, **kwargs: Any) -> didww.AsyncClient:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self))
        kwargs.setdefault("max_retries", 0)
        return didww.AsyncClient(api_key="test-key", http_client=http, **kwargs)


def bearer_token(exp: float | None, subject: str = "account-1", scope: str = "read write") -> str:
    """A JWT-shaped bearer token whose payload carries ``exp`` (left out when None).

    The SDK reads ``exp`` without checking the signature, so the signature is a placeholder.
    """

    def part(value: dict[str, Any]) -> str:
        raw = json.dumps(value, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")

    claims: dict[str, Any] = {"sub": subject, "scope": scope}
    if exp is not None:
        claims["exp"] = exp
    return f"{part({'alg': 'RS256', 'typ': 'JWT'})}.{part(claims)}.c2lnbmF0dXJl"


@contextlib.contextmanager
def python_sigint_handler() -> Iterator[None]:
    """Python's own SIGINT handler meanwhile (Ctrl-C raises KeyboardInterrupt), even in a process
    started with SIGINT ignored, as a background job of a shell without job control is."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
