"""How much of an API answer is read: at most :data:`MAX_ANSWER_BYTES`, decoded.

No answer of the API comes near it (a page of 1000 DIDs with everything included is a few MiB),
so an answer past it is a broken proxy or a hostile server: a body that never ends, or a few KiB
that ``Content-Encoding: gzip`` turns into gigabytes. Read whole, either would take all the
memory of the process before anything could say so. It raises :class:`~didww.DecodeError`
instead, once the limit is passed, and is not sent again.

Downloads (CDR and export files) are streamed to disk and have their own limit
(``max_decompressed_bytes``); this one is for the answers the SDK reads into memory.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx

from didww._answer import with_content
from didww._errors import DecodeError

MAX_ANSWER_BYTES = 256 * 1024 * 1024
"""The most bytes of an answer the SDK reads, after undoing its ``Content-Encoding``."""


def too_large(status: int | None, limit: int) -> DecodeError:
    """The error for an answer longer than ``limit`` bytes."""
    return DecodeError(
        f"the answer is longer than {limit} bytes, far more than any answer of the API: it "
        "was not read further (a broken proxy, or a body that never ends)",
        http_status=status,
        body_snippet=None,
    )


class _Capped(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response stream that raises past ``limit`` bytes."""

    def __init__(
        self, stream: httpx.SyncByteStream | httpx.AsyncByteStream, status: int, limit: int
    ) -> None:
        self._stream = stream
        self._status = status
        self._limit = limit

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._stream, httpx.SyncByteStream)
        total = 0
        for chunk in self._stream:
            total += len(chunk)
            if total > self._limit:
                raise too_large(self._status, self._limit)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._stream, httpx.AsyncByteStream)
        total = 0
        async for chunk in self._stream:
            total += len(chunk)
            if total > self._limit:
                raise too_large(self._status, self._limit)
            yield chunk

    def close(self) -> None:
        assert isinstance(self._stream, httpx.SyncByteStream)
        self._stream.close()

    async def aclose(self) -> None:
        assert isinstance(self._stream, httpx.AsyncByteStream)
        await self._stream.aclose()


def read_capped(response: httpx.Response) -> httpx.Response:
    """Read ``response`` (not read yet) whole, at most :data:`MAX_ANSWER_BYTES` of it; the
    answer to use from then on (``response`` itself unless its body was encoded)."""
    limit = MAX_ANSWER_BYTES
    if "content-encoding" not in response.headers:
        response.stream = _Capped(response.stream, response.status_code, limit)
        response.read()
        return response
    parts = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > limit:
            raise too_large(response.status_code, limit)
        parts.append(chunk)
    return with_content(response, b"".join(parts))


async def aread_capped(response: httpx.Response) -> httpx.Response:
    """The async twin of :func:`read_capped`."""
    limit = MAX_ANSWER_BYTES
    if "content-encoding" not in response.headers:
        response.stream = _Capped(response.stream, response.status_code, limit)
        await response.aread()
        return response
    parts = []
    total = 0
    async for chunk in response.aiter_bytes():
        total += len(chunk)
        if total > limit:
            raise too_large(response.status_code, limit)
        parts.append(chunk)
    return with_content(response, b"".join(parts))
