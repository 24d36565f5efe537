"""Answers read by the sync client's own transport, without building ``httpx`` objects for them.

A successful JSON:API answer is needed for three things only: its status, its body and, when
decoding fails, the request it answers (to redact what that request sent). Building an
``httpx.Response`` (and reading it through httpx's decoder chain) and the ``httpx.Request`` behind
it costs more than parsing the answer. :class:`PlainAnswer` carries what was read and builds
those objects only when someone asks: a raw response, an error, a debug log line.

Only plain answers take this path: a 2xx status, no ``Content-Encoding`` to undo. Everything else
is turned into an ``httpx.Response`` at once and handled as answers from any transport are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Union

import httpx

Answer = Union[httpx.Response, "PlainAnswer"]
"""What a call's ``finish`` reads: an ``httpx.Response``, or a plain answer from the fast path."""


class PlainAnswer:
    """A 2xx answer without ``Content-Encoding``, read whole by the client's own transport."""

    __slots__ = ("_headers", "_raw_headers", "_reason", "_request", "content", "status_code")

    def __init__(
        self,
        status_code: int,
        reason: bytes,
        headers: list[tuple[bytes, bytes]],
        content: bytes,
        request: Callable[[], httpx.Request],
    ) -> None:
        self.status_code = status_code
        self.content = content
        self._reason = reason
        self._raw_headers = headers
        self._headers: httpx.Headers | None = None
        self._request = request

    @property
    def headers(self) -> httpx.Headers:
        """The headers as httpx reads them (built on first use)."""
        if self._headers is None:
            self._headers = httpx.Headers(self._raw_headers)
        return self._headers

    @property
    def request(self) -> httpx.Request:
        """The request this answers (built on first use)."""
        return self._request()

    def to_httpx(self) -> httpx.Response:
        """The same answer as an ``httpx.Response``, read and closed."""
        response = unread_response(
            self.status_code, self._reason, self._raw_headers, self.content, self.request
        )
        response.read()  # nothing to decode (a plain answer has no Content-Encoding)
        response.close()
        return response


def unread_response(
    status: int,
    reason: bytes,
    headers: list[tuple[bytes, bytes]],
    body: bytes,
    request: httpx.Request | None = None,
) -> httpx.Response:
    """An answer the client's own transport read, as an ``httpx.Response`` not read yet.

    The body goes in as a stream rather than ``content=``: httpx then undoes a
    ``Content-Encoding`` when the response is read, where a body that does not match its
    encoding meets its status.
    """
    return httpx.Response(
        status,
        headers=headers,
        stream=httpx.ByteStream(body),
        request=request,
        extensions={"http_version": b"HTTP/1.1", "reason_phrase": reason},
    )


def with_content(
    response: httpx.Response,
    content: bytes,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> httpx.Response:
    """``response`` with ``content`` for its body, read, and ``headers`` (raw pairs) when given;
    the headers that described the body as it came (``Content-Encoding``, ``Content-Length``)
    are left out, as they no longer say what the body is (a decoded body, or one with echoed
    secrets filtered out)."""
    # As bytes: a header value that is not ASCII (a UTF-8 file name) goes back as it came.
    kept = [
        (name, value)
        for name, value in (response.headers.raw if headers is None else headers)
        if name.lower() not in (b"content-length", b"content-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=kept,
        content=content,
        request=response.request,
        extensions=response.extensions,
    )


def as_response(answer: Answer) -> httpx.Response:
    """``answer`` as an ``httpx.Response`` (for errors and raw responses)."""
    return answer if isinstance(answer, httpx.Response) else answer.to_httpx()


def is_plain(status: int, headers: list[tuple[bytes, bytes]]) -> bool:
    """Whether an answer can stay a :class:`PlainAnswer`: 2xx, nothing to decode."""
    if not 200 <= status < 300:
        return False
    for name, value in headers:
        if name.lower() == b"content-encoding" and value.strip().lower() not in (b"", b"identity"):
            return False
    return True
