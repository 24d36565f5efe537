"""Reading one HTTP/1.1 answer from a socket: status line, headers, and a body framed by
``Content-Length``, chunked transfer coding or the end of the connection.

``http.client`` parses headers with the ``email`` package, which costs more per answer than the
rest of a keep-alive round trip on a fast link. API answers are small and well-formed, so a
direct reader is enough; it still refuses what ``http.client`` refuses (an oversized head, too
many headers, a status line that is not HTTP), and reports a body cut short. Lines may end in a
bare LF as well as CRLF (RFC 9112, 2.2 lets a recipient accept a lone LF), as httpx reads them.

The parsing is free of I/O: :class:`Parser`'s generators yield when they need more bytes and
are sent what arrived (``b""`` once the peer has closed), so that the sync transport (a blocking
socket, :class:`Reader`) and the async one (an asyncio protocol fed as data comes in) read
answers with the same code. Errors are this module's own; the transports turn them into
``httpx`` exceptions.
"""

from __future__ import annotations

import re
import socket
import time
from collections.abc import Callable, Generator
from typing import TypeVar

MAX_HEAD = 64 * 1024
"""Bytes of status line and headers accepted (``http.client`` allows 64 KiB per line)."""
MAX_HEADERS = 100
"""Header lines accepted, as ``http.client``."""
MAX_INTERIM = 100
"""Interim (``1xx``) answers skipped before the final one: a peer sending them forever would
otherwise keep the reader busy, each one well within the read timeout."""
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters, which no status line or header may hold (RFC 9110, 5.5); tab, CR and LF
are the line structure's own."""
_RECV = 64 * 1024
"""The most bytes asked of one ``recv``."""
_NO_BODY_STATUSES = (204, 304)
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_LINE_END = re.compile(rb"\r?\n")
_LONGEST_MARK = 4
"""Bytes of the longest end mark (CR LF CR LF): a search in a grown buffer starts that many bytes
less one before the new data, so that a mark split between two reads is still found."""
MAX_LENGTH_DIGITS = 18
"""Significant digits of the longest ``Content-Length`` accepted: no answer is 10**18 bytes (an
exabyte) long, and a longer number is refused before ``int()`` (which raises past 4,300 digits)
sees it."""
_MAX_CHUNK_DIGITS = 15
"""Significant hex digits of the longest chunk size accepted: 16**15, about 10**18 as well."""
_HEX_DIGITS = re.compile(rb"[0-9A-Fa-f]+")


T = TypeVar("T")


class ProtocolError(Exception):
    """The peer's bytes are not an HTTP/1.1 answer."""


class Disconnected(ProtocolError):
    """The connection closed before the first byte of an answer."""


class CutShort(Exception):
    """The connection closed before the end of a body its framing announced."""


class TooLarge(Exception):
    """The body is longer than the reader's limit (announced, or read so far)."""

    def __init__(self, status: int, limit: int) -> None:
        super().__init__(f"a body of more than {limit} bytes")
        self.status = status
        self.limit = limit


class Answer:
    """One answer read whole; ``reusable`` tells whether the connection may carry another."""

    __slots__ = ("body", "headers", "reason", "reusable", "status")

    def __init__(
        self,
        status: int,
        reason: bytes,
        headers: list[tuple[bytes, bytes]],
        body: bytes,
        reusable: bool,
    ) -> None:
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body
        self.reusable = reusable


def _closed_in_head(buffered: bytes) -> Exception:
    if not buffered:
        return Disconnected("the server closed the connection without answering")
    return ProtocolError("the connection closed in the middle of the headers")


def _closed_in_chunks(buffered: bytes) -> Exception:
    return CutShort("the connection closed inside a chunked body")


Steps = Generator[int, bytes, T]
"""A parsing step: yields how many bytes it could use at most (a hint) and is sent the bytes
that arrived, of any length, or ``b""`` once the peer has closed; returns its result."""


class Parser:
    """Answers read from the bytes of one connection, free of I/O (see the module docstring).

    What arrived and was not used yet is ``_buffer[_pos:]``: lines and chunks are taken by
    moving ``_pos``, not by copying the rest of the buffer each time, so that a body sent in
    thousands of tiny chunks costs no more than the bytes it is made of."""

    __slots__ = ("_buffer", "_limit", "_pos")

    def __init__(self, limit: int | None = None) -> None:
        self._buffer = b""
        self._pos = 0
        self._limit = limit
        """The longest body read (None: no limit); :class:`TooLarge` past it."""

    @property
    def pending(self) -> int:
        """Bytes that arrived past the last answer read."""
        return len(self._buffer) - self._pos

    def answer(self, method: str) -> Steps[Answer]:
        """The next final answer (``1xx`` interim answers are skipped)."""
        for _ in range(MAX_INTERIM + 1):
            status, reason, headers, http10 = yield from self._read_head()
            if 100 <= status < 200 and status != 101:
                continue
            return (yield from self._read_body(method, status, reason, headers, http10))
        raise ProtocolError(f"more than {MAX_INTERIM} interim (1xx) answers")

    def _read_head(self) -> Steps[tuple[int, bytes, list[tuple[bytes, bytes]], bool]]:
        head = yield from self._read_through(
            _HEAD_END, "the answer's headers are too long", _closed_in_head
        )
        if len(head) > MAX_HEAD:
            raise ProtocolError("the answer's headers are too long")
        control = _CONTROL.search(head)
        if control is not None:
            raise ProtocolError(f"a control character {control[0]!r} in the answer's headers")
        # The end mark took the last line's CR, if any; every other line ends here in LF, CR LF
        # or a mix of the two.
        lines = head.replace(b"\r\n", b"\n").split(b"\n")
        status, reason, http10 = _status_line(lines[0])
        if len(lines) > MAX_HEADERS + 1:
            raise ProtocolError(f"got more than {MAX_HEADERS} headers")
        headers: list[tuple[bytes, bytes]] = []
        for line in lines[1:]:
            if line[:1] in (b" ", b"\t") and headers:
                # An obsolete folded line continues the header before it.
                name, value = headers[-1]
                headers[-1] = (name, value + b" " + line.strip())
                continue
            name, colon, value = line.partition(b":")
            if not colon or not name or name != name.strip():
                raise ProtocolError(f"malformed header line {line[:40]!r}")
            headers.append((name, value.strip()))
        return status, reason, headers, http10

    def _read_body(
        self,
        method: str,
        status: int,
        reason: bytes,
        headers: list[tuple[bytes, bytes]],
        http10: bool,
    ) -> Steps[Answer]:
        length: bytes | None = None
        chunked = False
        close = http10
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"content-length":
                length = _content_length(value, length)
            elif lowered == b"transfer-encoding":
                chunked = value.lower().rstrip().endswith(b"chunked")
            elif lowered == b"connection":
                tokens = value.lower()
                if b"close" in tokens:
                    close = True
                elif http10 and b"keep-alive" in tokens:
                    close = False
        if status == 101:  # the connection now speaks another protocol
            close = True
        if method == "HEAD" or status in _NO_BODY_STATUSES or status < 200:
            body = b""
        elif chunked:
            body = yield from self._read_chunked(status)
        elif length is not None:
            size = int(length.lstrip(b"0") or b"0")
            self._check_length(size, status)
            body = yield from self._read_exactly(size)
        else:
            body = yield from self._read_to_end(status)
            close = True
        # Bytes past the answer mean the peer and this reader disagree: never reuse that socket.
        return Answer(status, reason, headers, body, not close and not self.pending)

    def _check_length(self, length: int, status: int) -> None:
        if self._limit is not None and length > self._limit:
            raise TooLarge(status, self._limit)

    def _read_exactly(self, length: int) -> Steps[bytes]:
        """The next ``length`` bytes: a slice of the buffer when they are all there (the usual
        answer, read at once), else gathered as they arrive."""
        pos = self._pos
        if len(self._buffer) - pos >= length:
            self._pos = pos + length
            return self._buffer[pos : pos + length]
        return bytes((yield from self._read_into(bytearray(), length)))

    def _read_into(self, body: bytearray, length: int) -> Steps[bytearray]:
        """``body`` with the next ``length`` bytes added."""
        buffer, pos = self._buffer, self._pos
        take = min(len(buffer) - pos, length)
        body += memoryview(buffer)[pos : pos + take]
        self._pos = pos + take
        # Memory grows with the bytes that arrive, never with the length announced: a peer can
        # announce any number, and only a peer that really sends that much can make it count.
        got = take
        while got < length:
            data = yield min(length - got, _RECV)
            if not data:
                raise CutShort(f"{got} of {length} bytes")
            need = length - got
            if len(data) > need:  # the bytes after the body are kept for what reads next
                self._buffer, self._pos = data[need:], 0
                data = data[:need]
            body += data
            got += len(data)
        return body

    def _read_line(self) -> Steps[bytes]:
        return (
            yield from self._read_through(
                _LINE_END, "a chunk header is too long", _closed_in_chunks
            )
        )

    def _read_through(
        self, mark: re.Pattern[bytes], too_long: str, closed: Callable[[bytes], Exception]
    ) -> Steps[bytes]:
        """The bytes before the next match of ``mark``, reading more as needed; the position
        moves past the match. ``closed(buffered)`` is the error when the peer closes first."""
        buffer, pos = self._buffer, self._pos
        found = mark.search(buffer, pos)
        while found is None:
            if len(buffer) - pos > MAX_HEAD:
                raise ProtocolError(too_long)
            data = yield _RECV
            if not data:
                raise closed(buffer[pos:])
            # The search restarts a little back: the mark may straddle two reads.
            start = max(len(buffer) - pos - _LONGEST_MARK + 1, 0)
            buffer, pos = buffer[pos:] + data, 0
            found = mark.search(buffer, start)
        self._buffer, self._pos = buffer, found.end()
        return buffer[pos : found.start()]

    def _read_chunked(self, status: int) -> Steps[bytes]:
        body = bytearray()
        total = 0
        while True:
            size_text = (yield from self._read_line()).split(b";", 1)[0].strip()
            # ASCII hex digits only: int(x, 16) would also take a sign, "0x", "_", spaces and
            # non-ASCII digits.
            digits = size_text.lstrip(b"0")
            if not _HEX_DIGITS.fullmatch(size_text) or len(digits) > _MAX_CHUNK_DIGITS:
                raise ProtocolError(f"bad chunk size {size_text[:20]!r}")
            size = int(digits or b"0", 16)
            if size == 0:
                yield from self._skip_trailers()
                return bytes(body)
            total += size
            self._check_length(total, status)
            yield from self._read_into(body, size)
            if (yield from self._read_line()):
                raise ProtocolError("a chunk is longer than its size")

    def _skip_trailers(self) -> Steps[None]:
        """The trailer fields after the last chunk, up to the blank line; as much as a head
        may take, so that a peer cannot keep the reader busy with them forever."""
        taken = 0
        while line := (yield from self._read_line()):
            taken += len(line) + 2
            if taken > MAX_HEAD:
                raise ProtocolError("the answer's trailers are too long")

    def _read_to_end(self, status: int) -> Steps[bytes]:
        body = bytearray(memoryview(self._buffer)[self._pos :])
        self._buffer, self._pos = b"", 0
        while True:
            self._check_length(len(body), status)
            data = yield _RECV
            if not data:
                return bytes(body)
            body += data


class Reader:
    """Answers read from one blocking socket (its timeout applies to every ``recv``, and an
    ``until``, when given, to all of them together)."""

    __slots__ = ("_parser", "_read_timeout", "_recv", "_sock", "_until")

    def __init__(
        self, sock: socket.socket, limit: int | None = None, until: float | None = None
    ) -> None:
        self._sock = sock
        self._parser = Parser(limit)
        self._until = until
        """The ``time.monotonic()`` by which the whole answer must have arrived (None: no
        bound); ``TimeoutError`` once it has passed."""
        self._read_timeout = sock.gettimeout() if until is not None else None
        self._recv: Callable[[int], bytes] = sock.recv if until is None else self._recv_in_time

    def _recv_in_time(self, size: int) -> bytes:
        """``recv`` waiting no longer than the socket's timeout or the time left before
        ``until``, whichever is shorter: a peer sending a byte at a time, each within the
        timeout, is cut off at ``until`` all the same."""
        assert self._until is not None  # set as _recv only then
        left = self._until - time.monotonic()
        if left <= 0:
            raise TimeoutError("the answer was not over in time")
        timeout = self._read_timeout
        self._sock.settimeout(left if timeout is None else min(timeout, left))
        return self._sock.recv(size)

    def read_answer(self, method: str) -> Answer:
        """The next final answer (``1xx`` interim answers are skipped)."""
        steps = self._parser.answer(method)
        recv = self._recv
        try:
            want = next(steps)
            while True:
                want = steps.send(recv(want))
        except StopIteration as done:
            answer: Answer = done.value
            return answer


def _status_line(line: bytes) -> tuple[int, bytes, bool]:
    version, _, rest = line.partition(b" ")
    code, _, reason = rest.partition(b" ")
    if not version.startswith(b"HTTP/1.") or len(code) != 3 or not code.isdigit():
        raise ProtocolError(f"not an HTTP/1.x status line: {line[:40]!r}")
    return int(code), reason.strip(), version == b"HTTP/1.0"


def _content_length(value: bytes, previous: bytes | None) -> bytes:
    """The digits ``value`` gives, the same as the ``previous`` header's. A list of identical
    lengths (``83, 83``: a proxy merged two headers) is that length, as RFC 9110 section 8.6
    allows and httpx reads it; lengths written differently (``05, 5``) are refused, as httpx
    refuses them."""
    lengths = set() if previous is None else {previous}
    for part in value.split(b","):
        text = part.strip()
        # bytes.isdigit() is true for ASCII digits only.
        if not text.isdigit() or len(text.lstrip(b"0")) > MAX_LENGTH_DIGITS:
            raise ProtocolError(f"bad Content-Length {value.strip()[:20]!r}")
        lengths.add(text)
    if len(lengths) > 1:
        raise ProtocolError("conflicting Content-Length headers")
    return lengths.pop()
