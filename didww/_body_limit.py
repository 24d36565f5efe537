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

from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator

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


def _within(chunks: Iterable[bytes], status: int, limit: int) -> Iterator[bytes]:
    """``chunks`` as they come, raising once they add up to more than ``limit`` bytes."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise too_large(status, limit)
        yield chunk


async def _awithin(chunks: AsyncIterable[bytes], status: int, limit: int) -> AsyncIterator[bytes]:
    """The async twin of :func:`_within`."""
    total = 0
    async for chunk in chunks:
        total += len(chunk)
        if total > limit:
            raise too_large(status, limit)
        yield chunk


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
        return _within(self._stream, self._status, self._limit)

    def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._stream, httpx.AsyncByteStream)
        return _awithin(self._stream, self._status, self._limit)

    def close(self) -> None:
        assert isinstance(self._stream, httpx.SyncByteStream)
        self._stream.close()

    async def aclose(self) -> None:
        assert isinstance(self._stream, httpx.AsyncByteStream)
        await self._stream.aclose()


def read_capped(response: httpx.Response) -> httpx.Response:
    """Read ``response`` (not read yet) whole, at most :data:`MAX_ANSWER_BYTES` of it; the
    answer to use from then on (``response`` itself unless its body was encoded)."""
    status, limit = response.status_code, MAX_ANSWER_BYTES
    if "content-encoding" not in response.headers:
        response.stream = _Capped(response.stream, status, limit)
        response.read()
        return response
    # Counted as decoded: a few KiB of gzip may decode to gigabytes.
    return with_content(response, b"".join(_within(response.iter_bytes(), status, limit)))


async def aread_capped(response: httpx.Response) -> httpx.Response:
    """The async twin of :func:`read_capped`."""
    status, limit = response.status_code, MAX_ANSWER_BYTES
    if "content-encoding" not in response.headers:
        response.stream = _Capped(response.stream, status, limit)
        await response.aread()
        return response
    decoded = [chunk async for chunk in _awithin(response.aiter_bytes(), status, limit)]
    return with_content(response, b"".join(decoded))
