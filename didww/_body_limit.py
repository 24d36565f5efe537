"""How much of an API answer is read: at most :data:`MAX_ANSWER_BYTES`, decoded.

No answer of the API comes near it (a page of 1000 DIDs with everything included is a few MiB),
so an answer past it is a broken proxy or a hostile server: a body that never ends, or a few KiB
that ``Content-Encoding: gzip`` turns into gigabytes. Read whole, either would take all the
memory of the process before anything could say so. It raises :class:`~didww.DecodeError`
instead, once the limit is passed, and is not sent again.

Both counts are kept: the bytes as they arrive, and the bytes a ``Content-Encoding`` turns them
into. The SDK undoes gzip and deflate itself, a bounded piece at a time (httpx inflates each
chunk it reads whole, so a small chunk could take gigabytes before anything counted it). It
asks for those two only (``Accept-Encoding: gzip, deflate``), so another one (``br``, ``zstd``)
is refused rather than trusted to a decoder without a bound. Chunks are gathered into one buffer:
a body sent a byte per chunk takes no more memory than the same body sent at once.

Downloads (CDR and export files) are streamed to disk and have their own limit
(``max_decompressed_bytes``); this one is for the answers the SDK reads into memory.
"""

from __future__ import annotations

import time
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


NOT_OVER_IN_TIME = (
    "the answer was still arriving when the time its call had was up (a wait's deadline)"
)
"""The reason of the ``httpx.ReadTimeout`` for an answer not over by its call's deadline (see
``didww._transport.ANSWER_BY``)."""
NOT_SENT_IN_TIME = "the time its call had was up (a wait's deadline) before the request went out"
"""The reason of the ``httpx.PoolTimeout`` (a failure before sending) for a redirect's hop or a
resend with a new token that would start once the answer was due."""


def check_time_to_send(until: float | None) -> None:
    """Raise ``httpx.PoolTimeout`` when the ``time.monotonic()`` ``until`` (the answer's due
    time, see ``didww._transport.ANSWER_BY``) has passed: nothing is sent then."""
    if until is not None and time.monotonic() >= until:
        raise httpx.PoolTimeout(NOT_SENT_IN_TIME)


_BLOCK = 64 * 1024
"""The pieces a capped stream hands on (see :func:`_within`) and zlib produces at a time."""


class _Blocks:
    """Chunks counted against ``limit`` and gathered into blocks of at least :data:`_BLOCK`
    bytes: a body that came in tiny chunks is handed on as a few large ones. A chunk that is a
    block on its own, or the whole body, is handed on as it came, without a copy."""

    def __init__(self, status: int, limit: int, until: float | None) -> None:
        self.status, self.limit = status, limit
        self.until = until
        """The ``time.monotonic()`` by which the last chunk must have come (None: no bound):
        checked as each chunk comes, so a body can overrun it by one read timeout at most."""
        self.total = 0
        self.first: bytes | None = None  # a short chunk not copied yet: it may be the only one
        self.pending = bytearray()

    def add(self, chunk: bytes) -> bytes | None:
        """A block when one is full; raises once the chunks add up to more than ``limit``, or
        when the chunk came after ``until``."""
        if self.until is not None and time.monotonic() >= self.until:
            raise httpx.ReadTimeout(NOT_OVER_IN_TIME)
        self.total += len(chunk)
        if self.total > self.limit:
            raise too_large(self.status, self.limit)
        if self.first is None and not self.pending:
            if len(chunk) >= _BLOCK:
                return chunk
            self.first = chunk
            return None
        if self.first is not None:
            self.pending += self.first
            self.first = None
        self.pending += chunk
        if len(self.pending) < _BLOCK:
            return None
        block = bytes(self.pending)
        self.pending.clear()
        return block

    def rest(self) -> bytes:
        """What is left once the chunks are over (empty when nothing is)."""
        return self.first if self.first is not None else bytes(self.pending)


def _within(
    chunks: Iterable[bytes], status: int, limit: int, until: float | None
) -> Iterator[bytes]:
    """``chunks`` in blocks (see :class:`_Blocks`), the last one possibly shorter."""
    blocks = _Blocks(status, limit, until)
    for chunk in chunks:
        if (block := blocks.add(chunk)) is not None:
            yield block
    if rest := blocks.rest():
        yield rest


async def _awithin(
    chunks: AsyncIterable[bytes], status: int, limit: int, until: float | None
) -> AsyncIterator[bytes]:
    """The async twin of :func:`_within`."""
    blocks = _Blocks(status, limit, until)
    async for chunk in chunks:
        if (block := blocks.add(chunk)) is not None:
            yield block
    if rest := blocks.rest():
        yield rest


class _Capped(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response stream that raises past ``limit`` bytes, or once ``until`` has passed, in
    blocks (see :func:`_within`)."""

    def __init__(
        self,
        stream: httpx.SyncByteStream | httpx.AsyncByteStream,
        status: int,
        limit: int,
        until: float | None,
    ) -> None:
        self._stream = stream
        self._status = status
        self._limit = limit
        self._until = until

    def __iter__(self) -> Iterator[bytes]:
        assert isinstance(self._stream, httpx.SyncByteStream)
        return _within(self._stream, self._status, self._limit, self._until)

    def __aiter__(self) -> AsyncIterator[bytes]:
        assert isinstance(self._stream, httpx.AsyncByteStream)
        return _awithin(self._stream, self._status, self._limit, self._until)

    def close(self) -> None:
        assert isinstance(self._stream, httpx.SyncByteStream)
        self._stream.close()

    async def aclose(self) -> None:
        assert isinstance(self._stream, httpx.AsyncByteStream)
        await self._stream.aclose()


_INFLATED = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}
"""The codings the SDK undoes, with zlib's window bits for each."""
_REFUSED = frozenset({"br", "zstd", "compress", "x-compress"})
"""Codings the SDK does not undo (httpx would, for br and zstd, with no bound on the output).
A name that is no coding at all (``none``) is taken as no coding, as httpx takes it."""


def _codings(response: httpx.Response) -> list[str]:
    """The content codings applied to the body that change it, first applied first."""
    found = []
    for value in response.headers.get_list("content-encoding", split_commas=True):
        coding = value.strip().lower()
        if coding in _REFUSED:
            raise httpx.DecodingError(
                f"the answer is encoded with {coding!r}, which the SDK did not ask for and "
                "does not decode"
            )
        if coding in _INFLATED:
            found.append(coding)
    return found


def _inflate(data: bytes, wbits: int, status: int, limit: int) -> bytes:
    """``data`` with one gzip or deflate coding undone, at most ``limit`` bytes of it: zlib is
    asked for a bounded piece at a time, so memory follows the output, never the ratio.

    Raises ``httpx.DecodingError`` (what httpx raises for a body its encoding does not decode;
    the clients turn it into an SDK error that keeps the status) for a body not so encoded. A
    body cut short is read as far as it goes, as httpx reads it: an error's detail may be all
    there but the checksum."""
    inflater = zlib.decompressobj(wbits)
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
        if wbits == zlib.MAX_WBITS and not out:
            # RFC 9110's deflate is zlib-wrapped; some servers send the bare stream. Both are
            # read, as httpx and the browsers read them.
            return _inflate(data, -zlib.MAX_WBITS, status, limit)
        raise httpx.DecodingError(str(exc)) from None
    if len(out) > limit:
        raise too_large(status, limit)
    # Bytes after the end mark (another gzip member, padding) are not part of the answer; they
    # were counted against the limit as they arrived, and go unread, as httpx leaves them.
    return bytes(out)


def _decoded(
    response: httpx.Response, raw: bytes, codings: list[str], status: int, limit: int
) -> httpx.Response:
    body = raw
    for coding in reversed(codings):
        if not body:  # a 204, an empty body: nothing was encoded
            break
        body = _inflate(body, _INFLATED[coding], status, limit)
    return with_content(response, body)


def _read_already(response: httpx.Response, status: int, limit: int) -> httpx.Response:
    """An answer that the caller's ``http_client`` read before handing it over (an event hook
    calling ``response.read()``, as httpx documents, or a transport forwarding another client's
    answer): httpx undid its ``Content-Encoding`` then, without the SDK's bound, and the body is
    held in memory already. Past the limit, it is refused all the same."""
    try:
        content = response.content
    except httpx.ResponseNotRead:  # streamed away or closed unread: nothing is left to read
        if status >= 400:
            # The status says what went wrong, and whether to try again; its detail is lost.
            return with_content(response, b"")
        raise DecodeError(
            "the http_client consumed the answer's body before handing it over (an event hook "
            "that streams it without reading it, or closes it); call response.read() in the "
            "hook instead",
            http_status=status,
            body_snippet=None,
        ) from None
    if len(content) > limit:
        raise too_large(status, limit)
    if "content-encoding" in response.headers:
        return with_content(response, content)  # decoded: the header no longer says what it is
    return response


def read_capped(response: httpx.Response, until: float | None = None) -> httpx.Response:
    """Read ``response`` (not read yet) whole: at most :data:`MAX_ANSWER_BYTES` as it arrives,
    and as much once its ``Content-Encoding`` is undone, and no chunk after ``until`` (a
    ``time.monotonic()``, when given); the answer to use from then on (``response`` itself
    unless its body was encoded)."""
    status, limit = response.status_code, MAX_ANSWER_BYTES
    if response.is_stream_consumed or response.is_closed:
        return _read_already(response, status, limit)
    response.stream = _Capped(response.stream, status, limit, until)
    codings = _codings(response)
    if not codings:
        response.read()
        return response
    return _decoded(response, b"".join(response.iter_raw()), codings, status, limit)


async def aread_capped(response: httpx.Response, until: float | None = None) -> httpx.Response:
    """The async twin of :func:`read_capped`."""
    status, limit = response.status_code, MAX_ANSWER_BYTES
    if response.is_stream_consumed or response.is_closed:
        return _read_already(response, status, limit)
    response.stream = _Capped(response.stream, status, limit, until)
    codings = _codings(response)
    if not codings:
        await response.aread()
        return response
    raw = b"".join([chunk async for chunk in response.aiter_raw()])
    return _decoded(response, raw, codings, status, limit)
