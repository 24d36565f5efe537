"""How much of an API answer is read: at most :data:`MAX_ANSWER_BYTES`, decoded.

No answer of the API comes near it (a page of 1000 DIDs with everything included is a few MiB),
so an answer past it is a broken proxy or a hostile server: a body that never ends, or a few KiB
that ``Content-Encoding: gzip`` turns into gigabytes. Read whole, either would take all the
memory of the process before anything could say so. It raises :class:`~didww.DecodeError`
instead, once the limit is passed, and is not sent again.

Both counts are kept: the bytes as they arrive, and the bytes a ``Content-Encoding`` turns them
into. The SDK undoes gzip and deflate itself, a bounded piece at a time (httpx inflates each
chunk it reads whole, so a small chunk could take gigabytes before anything counted it). It
asks for no encoding, so another one (``br``, ``zstd``) is refused rather than trusted to a
decoder without a bound. Chunks are gathered into one buffer: a body sent a byte per chunk takes
no more memory than the same body sent at once.

Downloads (CDR and export files) are streamed to disk and have their own limit
(``max_decompressed_bytes``); this one is for the answers the SDK reads into memory.
"""

from __future__ import annotations

import zlib
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


_BLOCK = 64 * 1024
"""The pieces a capped stream hands on (see :func:`_within`) and zlib produces at a time."""


class _Blocks:
    """Chunks counted against ``limit`` and gathered into blocks of at least :data:`_BLOCK`
    bytes: a body that came in tiny chunks is handed on as a few large ones."""

    def __init__(self, status: int, limit: int) -> None:
        self.status, self.limit = status, limit
        self.total = 0
        self.pending = bytearray()

    def add(self, chunk: bytes) -> bytes | None:
        """A block when one is full; raises once the chunks add up to more than ``limit``."""
        self.total += len(chunk)
        if self.total > self.limit:
            raise too_large(self.status, self.limit)
        self.pending += chunk
        if len(self.pending) < _BLOCK:
            return None
        block = bytes(self.pending)
        self.pending.clear()
        return block


def _within(chunks: Iterable[bytes], status: int, limit: int) -> Iterator[bytes]:
    """``chunks`` in blocks (see :class:`_Blocks`), the last one possibly shorter."""
    blocks = _Blocks(status, limit)
    for chunk in chunks:
        if (block := blocks.add(chunk)) is not None:
            yield block
    if blocks.pending:
        yield bytes(blocks.pending)


async def _awithin(chunks: AsyncIterable[bytes], status: int, limit: int) -> AsyncIterator[bytes]:
    """The async twin of :func:`_within`."""
    blocks = _Blocks(status, limit)
    async for chunk in chunks:
        if (block := blocks.add(chunk)) is not None:
            yield block
    if blocks.pending:
        yield bytes(blocks.pending)


class _Capped(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response stream that raises past ``limit`` bytes, in blocks (see :func:`_within`)."""

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


def _codings(response: httpx.Response) -> list[str]:
    """The content codings applied to the body, first applied first (``identity`` left out)."""
    found = []
    for value in response.headers.get_list("content-encoding", split_commas=True):
        coding = value.strip().lower()
        if coding not in ("", "identity"):
            found.append(coding)
    return found


def _inflate(data: bytes, coding: str, status: int, limit: int) -> bytes:
    """``data`` with one gzip or deflate coding undone, at most ``limit`` bytes of it: zlib is
    asked for a bounded piece at a time, so memory follows the output, never the ratio.

    Raises ``httpx.DecodingError`` (what httpx raises for a body its encoding does not decode;
    the clients turn it into an SDK error that keeps the status) for a body that is not so
    encoded, or encoded some other way."""
    if coding in ("gzip", "x-gzip"):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    elif coding == "deflate":
        # RFC 9110 says zlib-wrapped; some servers send the raw stream: both are read, as by
        # httpx and the browsers.
        wrapped = (
            len(data) >= 2 and data[0] & 0x0F == 8 and int.from_bytes(data[:2], "big") % 31 == 0
        )
        wbits = zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS
        inflater = zlib.decompressobj(wbits)
    else:
        raise httpx.DecodingError(
            f"the answer is encoded with {coding!r}, which the SDK did not ask for and does not "
            "decode"
        )
    out = bytearray()
    pending = data
    try:
        while pending and not inflater.eof:
            out += inflater.decompress(pending, limit + 1 - len(out))
            if len(out) > limit:
                raise too_large(status, limit)
            pending = inflater.unconsumed_tail
        out += inflater.flush()
    except zlib.error as exc:
        raise httpx.DecodingError(str(exc)) from None
    if not inflater.eof:
        raise httpx.DecodingError("the compressed body ends before its end mark")
    if len(out) > limit:
        raise too_large(status, limit)
    # Bytes after the end mark (another gzip member, padding) are not part of the answer; they
    # were counted against the limit as they arrived, and go unread, as httpx leaves them.
    return bytes(out)


def _decoded(response: httpx.Response, raw: bytes, status: int, limit: int) -> httpx.Response:
    body = raw
    for coding in reversed(_codings(response)):
        body = _inflate(body, coding, status, limit)
    return with_content(response, body)


def read_capped(response: httpx.Response) -> httpx.Response:
    """Read ``response`` (not read yet) whole: at most :data:`MAX_ANSWER_BYTES` as it arrives,
    and as much once its ``Content-Encoding`` is undone; the answer to use from then on
    (``response`` itself unless its body was encoded)."""
    status, limit = response.status_code, MAX_ANSWER_BYTES
    response.stream = _Capped(response.stream, status, limit)
    if not _codings(response):
        response.read()
        return response
    return _decoded(response, b"".join(response.iter_raw()), status, limit)


async def aread_capped(response: httpx.Response) -> httpx.Response:
    """The async twin of :func:`read_capped`."""
    status, limit = response.status_code, MAX_ANSWER_BYTES
    response.stream = _Capped(response.stream, status, limit)
    if not _codings(response):
        await response.aread()
        return response
    raw = b"".join([chunk async for chunk in response.aiter_raw()])
    return _decoded(response, raw, status, limit)
