"""Export downloads, shared by the sync and async shells: which URL, how the body becomes the file
(gunzip with a size cap, in bounded pieces), where it goes (atomically), CSV rows, and polling.

Nothing here sends a request: the shells open the stream, feed its chunks in and write what
comes out; a body cut short is sent for again through the shell's :class:`~didww._core.Reread`.
Only :class:`FileTarget` does I/O, on the caller's file.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import errno
import io
import os
import stat
import sys
import tempfile
import zlib
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, Union

import httpx

from didww._core import REREAD, ClientCore, Reread, check_flag
from didww._document import snippet
from didww._errors import (
    APIConnectionError,
    APITimeoutError,
    ClientError,
    DecodeError,
    DownloadTooLargeError,
    DownloadWriteError,
    shown,
)
from didww._progress import declared_length
from didww._resource import Resource

COMPLETED = "completed"
"""The export status at which its file can be downloaded (the same in every API version)."""

DEFAULT_MAX_DECOMPRESSED_BYTES = 8 * 1024**3
"""8 GiB: far above a large monthly CDR export (tens of millions of rows), far below a full disk."""
GZIP_MAGIC = b"\x1f\x8b"
PIECE = 256 * 1024
"""The most bytes one inflate step produces: memory stays flat whatever the compression ratio."""


class BinaryWriter(Protocol):
    """Anything with ``write(bytes)``: an open binary file, ``io.BytesIO``, a socket file."""

    def write(self, data: bytes, /) -> object: ...


Destination = Union[str, "os.PathLike[str]", BinaryWriter]


# --- which export, which URL -----------------------------------------------------------------


def export_id(export_or_id: object, operation: str) -> str:
    """The id of an export model or an id string."""
    if isinstance(export_or_id, Resource) and export_or_id.resource_type == "exports":
        id = export_or_id._id
    elif isinstance(export_or_id, str):
        id = export_or_id
    else:
        raise ClientError(
            f"exports.{operation}: expected an Export or an export id, "
            f"got {type(export_or_id).__name__}"
        )
    if not isinstance(id, str) or not id.strip():
        raise ClientError(f"exports.{operation}: the export has no id")
    return id


def known_export(export_or_id: Resource | str, operation: str) -> Resource | None:
    """The export to use as it is, or None when it has to be fetched first.

    A model that says it is not completed is refused at once: downloading it cannot work.
    """
    export_id(export_or_id, operation)  # type check
    if not isinstance(export_or_id, Resource):
        return None
    if export_or_id._loaded_text("url"):
        return export_or_id
    status = export_or_id._loaded_text("status")
    if status is None or status == COMPLETED:
        return None  # built from an id, or fetched without its url: ask the API
    raise not_ready(export_or_id, operation)


def not_ready(export: Resource, operation: str) -> ClientError:
    return ClientError(
        f"exports.{operation}: export {export._id} is not ready to download "
        f"(status {export._loaded_text('status') or 'unknown'}, no url yet, as this model was "
        "read); wait for it with export = client.exports.wait(export), and pass the model "
        "wait() returns (the one given to it is left as it was)"
    )


def download_url(export: Resource, operation: str, base_url: str) -> str:
    """The file URL of a completed export (a relative one is taken from the API's origin)."""
    url = export._loaded_text("url")
    if not url:
        raise not_ready(export, operation)
    if url.startswith("/"):
        scheme, _, rest = base_url.partition("://")
        url = f"{scheme}://{rest.split('/', 1)[0]}{url}"
    return url


def check_decompress(decompress: object, destination: object) -> bool:
    """Whether to gunzip: ``decompress`` when given (True or False), else True, unless the
    destination is a path whose name ends in ``.gz`` or ``.tgz``: gunzipped bytes under that
    name would fool every tool that opens it, and which of the two was meant cannot be told."""
    if decompress is not None:
        return check_flag(decompress, "decompress")
    if isinstance(destination, (str, os.PathLike)):
        name = os.fspath(destination)
        if isinstance(name, str) and name.lower().endswith((".gz", ".tgz")):
            raise ClientError(
                f"exports.download: {shown(name)} names a gzip file, but the download is "
                "gunzipped unless told: pass decompress=False to keep the file as served, or "
                "decompress=True to gunzip it anyway"
            )
    return True


def check_limit(max_decompressed_bytes: object) -> int | None:
    if max_decompressed_bytes is None:
        return None
    if (
        isinstance(max_decompressed_bytes, bool)
        or not isinstance(max_decompressed_bytes, int)
        or max_decompressed_bytes < 0
    ):
        raise ClientError(
            "max_decompressed_bytes must be a number of bytes >= 0 or None, "
            f"got {max_decompressed_bytes!r}"
        )
    return max_decompressed_bytes


# --- body -> file bytes ----------------------------------------------------------------------


class BodyDecoder:
    """Turns the raw body of a download into the file's bytes, chunk by chunk.

    Whether to gunzip is decided by the body itself: it is gunzipped when ``decompress`` is on
    and the body starts with the gzip magic bytes ``1f 8b``, whatever the URL or Content-Type
    say. Every gunzipped piece is at most :data:`PIECE` bytes, and a gzip stream that stops
    before its end raises :class:`DecodeError`. Every byte handed out, gunzipped or passed on as
    served, counts towards ``limit``: the limit guards the disk (or the reader of the rows)
    whatever the file's form, so :class:`DownloadTooLargeError` comes before the piece that
    would cross it.
    """

    def __init__(
        self,
        *,
        decompress: bool,
        limit: int | None,
        http_status: int = 200,
        labelled_gzip: bool = False,
    ) -> None:
        # Checked again here so that no caller gunzips on a truthy non-bool ("no"); callers
        # also check up front, before any request is sent.
        self._decompress = check_flag(decompress, "decompress")
        self._labelled_gzip = labelled_gzip
        self._limit = limit
        self._status = http_status
        self._head = b""
        self._gunzip: _Gunzip | None = None
        self._decided = False
        self._total = 0  # bytes handed out so far
        self._blank = True  # whether every byte handed out so far was white space

    @property
    def gzipped(self) -> bool:
        """Whether the body turned out to be gzip (and is being gunzipped)."""
        return self._gunzip is not None

    @property
    def decided(self) -> bool:
        """Whether enough of the body came to tell gzip from anything else."""
        return self._decided

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        if not self._decided:
            self._head += chunk
            if len(self._head) < len(GZIP_MAGIC):
                return
            chunk = self._decide()
        if self._gunzip is not None:
            for piece in self._gunzip.feed(chunk):
                yield self._out(piece)
        elif chunk:
            yield self._out(chunk)

    def finish(self) -> Iterator[bytes]:
        """What remains once the body has ended; raises when a gzip body was cut short."""
        if not self._decided:
            head = self._decide()
            if head:
                yield self._out(head)
        if self._gunzip is not None:
            for piece in self._gunzip.finish():
                yield self._out(piece)
        if self._blank:
            # An export file holds its header row at least: an empty body is an answer that
            # only looks like the file (a proxy's empty 200), and written out it would read as
            # a night without calls.
            what = "empty" if not self._total else "blank (white space only)"
            raise DecodeError(
                f"the export's file is {what} (an export holds at least its header row); "
                "nothing was kept",
                http_status=self._status,
                body_snippet="" if not self._total else None,
            )

    def _decide(self) -> bytes:
        self._decided = True
        gzipped = self._head.startswith(GZIP_MAGIC)
        if not gzipped:
            self._check_plain()
        if self._decompress and gzipped:
            self._gunzip = _Gunzip(self._status)
        head, self._head = self._head, b""
        return head

    def _check_plain(self) -> None:
        """Refuse a body that is not gzip when it cannot be the CSV served as it is: one whose
        answer said it was gzip, or one that starts as a JSON document or markup (an error
        answer served with 200). Kept, it would read as an export without a single call."""
        if self._labelled_gzip:
            reason = "its answer says application/gzip but the body is not gzip"
        elif self._head.lstrip()[:1] in (b"{", b"[", b"<"):
            reason = "the body is a JSON document or markup, not a CSV"
        else:
            return
        raise DecodeError(
            f"the download is not the export's file: {reason}; nothing was kept",
            http_status=self._status,
            # What came instead (an error page, a JSON error): the start of it, secrets
            # blanked out as in every snippet.
            body_snippet=snippet(self._head),
        )

    def _out(self, piece: bytes) -> bytes:
        self._total += len(piece)
        if self._blank and piece.strip():
            self._blank = False
        if self._limit is not None and self._total > self._limit:
            grows = "expands to" if self._gunzip is not None else "is"
            raise DownloadTooLargeError(
                f"the download {grows} more than {self._limit} bytes, its "
                "max_decompressed_bytes; pass a higher max_decompressed_bytes (or None for no "
                "limit) if this export really is that large",
                limit=self._limit,
            )
        return piece


class _Gunzip:
    """Incremental gunzip of one or more concatenated gzip members (as ``gzip`` reads them)."""

    def __init__(self, http_status: int) -> None:
        self._inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        self._status = http_status
        self._between = b""  # bytes after a member that may start the next one

    def _error(self, message: str) -> DecodeError:
        return DecodeError(message, http_status=self._status, body_snippet=None)

    def feed(self, data: bytes) -> Iterator[bytes]:
        while True:
            if self._inflate.eof:
                data = (self._between + data).lstrip(b"\x00")  # zero padding is allowed
                self._between = b""
                if not data:
                    return
                if not data.startswith(GZIP_MAGIC):
                    if data == GZIP_MAGIC[:1]:
                        self._between = data
                        return
                    raise self._error("unexpected bytes after the end of the gzip stream")
                self._inflate = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
            try:
                piece = self._inflate.decompress(data, PIECE)
            except zlib.error as exc:
                raise self._error(f"the download is not valid gzip: {exc}") from None
            data = self._inflate.unused_data if self._inflate.eof else self._inflate.unconsumed_tail
            if piece:
                yield piece
            if not data and (len(piece) < PIECE or self._inflate.eof):
                return  # all input used and no output held back

    def finish(self) -> Iterator[bytes]:
        yield from self.feed(b"")
        if not self._inflate.eof or self._between:
            raise self._error(
                "the download is truncated: the gzip stream ended before its end marker"
            )


# --- where the bytes go ----------------------------------------------------------------------


class FileTarget:
    """The destination of a download: a path written atomically, or the caller's binary file.

    A path gets a temporary file in the same folder, renamed over the path once the download is
    complete and deleted if anything fails, so the path never holds half a file. A new file is
    created readable by its owner only (CDRs are personal data); replacing an existing file keeps
    that file's permissions. A symbolic link is followed: the file it points at is replaced and
    the link stays. A path that is no regular file (a named pipe, ``/dev/stdout``, ``/dev/null``)
    is written to as it is, since renaming over it would replace the pipe or device with a
    file. A file object is written to as the bytes arrive; on failure what was written stays
    there.
    """

    def __init__(self, destination: object, operation: str) -> None:
        self.written = 0
        """Bytes written so far."""
        self._operation = operation
        self._path: Path | None = None
        """The file to replace (a symbolic link's target), or to write into when ``_direct``."""
        self._shown = ""
        """The path as the caller gave it, for messages."""
        self._direct = False
        """Whether ``_path`` is written as it is (a pipe or a device) rather than replaced."""
        self._temp: Path | None = None
        self._file: io.BufferedWriter | None = None
        self._writer: BinaryWriter | None = None
        if isinstance(destination, (str, os.PathLike)):
            raw = os.fspath(destination)
            if not isinstance(raw, str):
                raise ClientError(
                    f"exports.{operation}: the destination path must be a str (or an os.PathLike "
                    f"giving one), not {type(raw).__name__}"
                )
            if not raw:
                raise ClientError(f"exports.{operation}: the destination path is empty")
            self._path, self._direct = _checked_path(raw, operation)
            self._shown = shown(raw)
        elif callable(getattr(destination, "write", None)):
            if isinstance(destination, io.TextIOBase):
                raise ClientError(
                    f"exports.{operation}: the destination file is in text mode; open it with 'wb'"
                )
            # Found out here rather than at the first write, after the download has started.
            if getattr(destination, "closed", False) is True:
                raise ClientError(f"exports.{operation}: the destination file is closed")
            writable = getattr(destination, "writable", None)
            if callable(writable) and writable() is False:
                raise ClientError(
                    f"exports.{operation}: the destination file is open for reading only; "
                    "open it with 'wb'"
                )
            self._writer = destination  # type: ignore[assignment]
        else:
            raise ClientError(
                f"exports.{operation}: destination must be a path or a binary file object, "
                f"got {type(destination).__name__}"
            )

    def __enter__(self) -> FileTarget:
        if self._path is not None and self._direct:
            try:
                # A named pipe blocks here until something reads it, as any writer's open does.
                # Appending: a file behind /dev/stdout that the shell opened with >> keeps what
                # it held (with >, the shell emptied it already); pipes and devices do not mind.
                self._file = open(self._path, "ab")  # closed by __exit__
            except OSError as exc:
                raise ClientError(
                    f"exports.{self._operation}: cannot write to {self._shown}: "
                    f"{exc.strerror or exc}"
                ) from None
            self._writer = self._file
        elif self._path is not None:
            try:
                fd, name = tempfile.mkstemp(
                    dir=self._path.parent, prefix=f".{_stem(self._path.name)}.", suffix=".part"
                )
            except OSError as exc:  # a folder we may not write to: nothing has been written
                raise ClientError(
                    f"exports.{self._operation}: cannot create a file in the folder of "
                    f"{self._shown}: {exc.strerror or exc}"
                ) from None
            self._temp = Path(name)
            self._file = os.fdopen(fd, "wb")
            self._writer = self._file
        return self

    def write(self, data: bytes) -> None:
        writer = self._writer
        assert writer is not None
        try:
            if not isinstance(writer, io.RawIOBase):
                # A buffered file takes every byte or raises, and what a writer of yours returns
                # is its own business (True, a running total, a compressed size).
                writer.write(data)
            else:
                self._write_raw(writer, data)
        except (OSError, ValueError) as exc:  # a full disk; a caller's file closed under us
            raise self._write_failed(exc) from exc
        self.written += len(data)

    @staticmethod
    def _write_raw(writer: io.RawIOBase, data: bytes) -> None:
        """Write all of ``data`` to a raw file, which may take part of it a call (a pipe, a
        socket): the rest goes next."""
        left = data
        while left:
            count = writer.write(left)
            if count is None:  # non-blocking, and full: what is left would be lost
                raise BlockingIOError(errno.EAGAIN, "the file is non-blocking and was full")
            if isinstance(count, bool) or not isinstance(count, int) or not 0 < count <= len(left):
                raise OSError(f"the file's write() took {count!r} of {len(left)} bytes")
            left = left[count:]

    def _write_failed(self, exc: Exception) -> DownloadWriteError:
        if self._path is not None and self._direct:
            where, kept = self._shown, "it may have received part of the export"
        elif self._path is not None:
            where, kept = self._shown, "nothing was kept"
        else:
            where, kept = "the destination file", "it may hold part of the export"
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        message = f"exports.{self._operation}: writing to {where} failed: {reason}; {kept}"
        errno = exc.errno if isinstance(exc, OSError) else None
        return DownloadWriteError(errno, message) if errno else DownloadWriteError(message)

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._direct and self._file is not None:
            try:
                self._file.close()
            except OSError as failure:
                if exc_type is None:
                    raise self._write_failed(failure) from failure
            return
        if self._file is None or self._temp is None or self._path is None:
            return
        temp, self._temp = self._temp, None
        try:
            try:
                self._file.close()  # flushes: a full disk may be found out only here
                if exc_type is None:
                    with contextlib.suppress(FileNotFoundError):  # a new file stays owner-only
                        os.chmod(temp, self._path.stat().st_mode & 0o7777)
                    os.replace(temp, self._path)
            except OSError as failure:
                if exc_type is None:
                    raise self._write_failed(failure) from failure
                # Otherwise the download failed already, and that error is the one to see.
        finally:
            if temp.exists():
                temp.unlink()


_TEMP_STEM = 200
"""Bytes of the destination's name kept in its temporary file's name: with the dot, the random
part and ``.part`` added, a name near the usual 255-byte limit would not fit otherwise."""


def _checked_path(raw: str, operation: str) -> tuple[Path, bool]:
    """The file to write (a symbolic link's target, followed), and whether it is written into as
    it is (an existing file that is no regular file: a pipe, a device); :class:`ClientError`
    when no file can be written there.

    Checked before any request, so that a path the OS refuses is not found out only once the
    download has begun (and as a ``ValueError`` or ``OSError`` from deep inside it)."""
    quoted = shown(raw)
    try:
        os.fsencode(raw)
    except UnicodeError:
        raise ClientError(f"exports.{operation}: {quoted} cannot be a file name here") from None
    if "\x00" in raw:
        raise ClientError(f"exports.{operation}: {quoted} is not a file path (it holds a NUL)")
    if _stands_for_a_stream(raw):
        # /dev/stdout, /dev/fd/3, /proc/self/fd/1: whatever the descriptor is (a pipe, a
        # terminal, a file the shell opened with > or >>), the bytes go into it as they come.
        return Path(raw), True
    try:
        # Links followed to the file itself, so that the rename replaces the file, not the link.
        path = Path(os.path.realpath(raw))
        if path.is_dir():
            raise ClientError(f"exports.{operation}: {quoted} is a folder, not a file path")
        if not path.parent.is_dir():
            raise ClientError(f"exports.{operation}: the folder of {quoted} does not exist")
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            return path, False
    except OSError as exc:  # a name too long, a path through something that is not a folder
        raise ClientError(
            f"exports.{operation}: cannot write to {quoted}: {exc.strerror or exc}"
        ) from None
    return path, not stat.S_ISREG(mode)


_STREAM_FOLDERS = ("/dev/", "/proc/")
"""Where a path names a device or an open descriptor rather than a file to replace."""


def _stands_for_a_stream(raw: str) -> bool:
    """Whether ``raw`` names a device or a process's open descriptor (``/dev/stdout``, a link
    to ``/proc/self/fd/1``): resolved, it would be the file or pipe behind the descriptor, and a
    download renamed over that file would discard what the shell's ``>>`` meant to keep. A
    plain file that happens to live there (``/dev/shm/x.csv``) is an ordinary destination."""
    if os.name != "posix" or not os.path.abspath(raw).startswith(_STREAM_FOLDERS):
        return False
    try:
        mode = os.lstat(raw).st_mode
    except OSError:
        return False
    return stat.S_ISLNK(mode) or not stat.S_ISREG(mode)


def _stem(name: str) -> str:
    """The start of ``name`` (at most :data:`_TEMP_STEM` bytes) for its temporary file's name."""
    encoded = os.fsencode(name)
    if len(encoded) <= _TEMP_STEM:
        return name
    # Cut on a character boundary: "ignore" drops a character split in two.
    return encoded[:_TEMP_STEM].decode(sys.getfilesystemencoding(), "ignore") or "download"


# --- CSV rows --------------------------------------------------------------------------------


class _Lines:
    """The lines the CSV reader may read next; filled one complete record at a time."""

    def __init__(self) -> None:
        self.queue: deque[str] = deque()

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.queue:
            return self.queue.popleft()
        raise StopIteration


MAX_CSV_RECORD_CHARS = 16 * 1024 * 1024
"""The longest CSV record ``iter_rows`` reads: a CDR row is a few hundred characters."""


class CsvRows:
    """Parses CSV text arriving in byte chunks into dicts keyed by the header row.

    UTF-8 (a leading byte-order mark is dropped), standard quoting: a record ends at a newline
    outside quotes, so quoted fields may hold commas, quotes and newlines. Blank lines are
    skipped; a row shorter than the header gets ``""`` for the missing columns and a longer one
    raises :class:`DecodeError` rather than lose values.
    """

    def __init__(self, http_status: int = 200) -> None:
        self._status = http_status
        self._text = codecs.getincrementaldecoder("utf-8-sig")()
        # Text after the last newline, in the pieces it came in: joined once a newline comes,
        # since adding each chunk to a growing string would copy it again every time.
        self._partial: list[str] = []
        self._partial_chars = 0
        self._record: list[str] = []  # lines of a record still inside quotes
        self._record_chars = 0
        self._quotes = 0
        self._lines = _Lines()
        self._reader = csv.reader(self._lines, strict=True)
        self._header: list[str] | None = None

    def _error(self, message: str) -> DecodeError:
        return DecodeError(message, http_status=self._status, body_snippet=None)

    def feed(self, data: bytes) -> Iterator[dict[str, str]]:
        try:
            text = self._text.decode(data)
        except UnicodeDecodeError as exc:
            raise self._error(f"the CSV is not UTF-8: {exc}") from None
        if "\n" not in text:
            self._partial.append(text)
            self._partial_chars += len(text)
            self._check_length()
            return
        lines = "".join([*self._partial, text]).split("\n")
        last = lines.pop()
        self._partial, self._partial_chars = [last], len(last)
        for line in lines:
            row = self._line(line + "\n")
            if row is not None:
                yield row
        self._check_length()

    def finish(self) -> Iterator[dict[str, str]]:
        try:
            tail = "".join(self._partial) + self._text.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise self._error(f"the CSV is not UTF-8: {exc}") from None
        self._partial, self._partial_chars = [], 0
        if tail:
            row = self._line(tail)
            if row is not None:
                yield row
        if self._record:
            raise self._error("the CSV ends inside a quoted field")

    def _check_length(self) -> None:
        """Refuse a record longer than any export's: without a bound, a body with no newline
        (or an unclosed quote) would be held whole, however large it grows."""
        if self._partial_chars + self._record_chars > MAX_CSV_RECORD_CHARS:
            raise self._error(
                f"CSV line {self._reader.line_num + 1}: a record runs past "
                f"{MAX_CSV_RECORD_CHARS:,} characters, longer than any export's"
            )

    def _line(self, line: str) -> dict[str, str] | None:
        self._record.append(line)
        self._record_chars += len(line)
        self._quotes += line.count('"')
        if self._quotes % 2:
            self._check_length()
            return None  # a newline inside quotes: the record goes on
        record, self._record, self._quotes, self._record_chars = self._record, [], 0, 0
        if len(record) == 1 and not line.strip("\r\n"):
            return None
        self._lines.queue.extend(record)
        try:
            fields = next(self._reader)
        except csv.Error as exc:
            raise self._error(f"CSV line {self._reader.line_num}: {exc}") from None
        if self._header is None:
            repeated = next((name for name in fields if fields.count(name) > 1), None)
            if repeated is not None:
                # A row is a dict by column name: the second column of a name would replace
                # the first without a word.
                raise self._error(f"the CSV header names the column {repeated!r} twice")
            self._header = fields
            return None
        header = self._header
        if len(fields) > len(header):
            raise self._error(
                f"CSV line {self._reader.line_num} has {len(fields)} fields, "
                f"the header {len(header)}"
            )
        if len(fields) < len(header):
            fields += [""] * (len(header) - len(fields))
        return dict(zip(header, fields, strict=True))


# --- the request and its body ----------------------------------------------------------------


def download_request(core: ClientCore, url: str) -> httpx.Request:
    """A GET of the file; ``identity`` so that the bytes arrive exactly as the file holds them."""
    request = core.build_download_request(url)
    request.headers["Accept-Encoding"] = "identity"
    return request


def _raw_wanted(response: httpx.Response) -> bool:
    """Whether to bypass httpx's Content-Encoding decoding (and with it the size cap).

    We ask for ``identity``; a server that still labels the file ``Content-Encoding: gzip`` (an
    object store serving a ``.csv.gz``) means the file *is* those bytes. An answer the transport
    has already read (a mock, a simulator) only has its decoded content left.
    """
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    return encoding not in ("", "identity") and not response.is_stream_consumed


_FILE_STATUSES = (200, 203)
"""Answers whose body is the whole file (203: the same, passed on by a transforming proxy)."""


def check_file_status(response: httpx.Response) -> None:
    """Refuse a success or redirect answer that does not carry the whole file.

    Error statuses are raised before this. What is left but 200 is not the file: a 202 or 204
    has no file yet, a 206 only part of one (no Range was asked for), a redirect that could not
    be followed (no ``Location``, or not http) an HTML page. Written out, any of them would be
    a truncated or empty export that looks like a complete one."""
    status = response.status_code
    if status not in _FILE_STATUSES:
        raise DecodeError(
            f"the export's file URL answered HTTP {status} {response.reason_phrase}".rstrip()
            + ", not the file (HTTP 200); nothing was written",
            http_status=status,
            body_snippet=None,
        )
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type in ("text/html", "application/xhtml+xml"):
        # A sign-in or error page served with 200 (a proxy, an expired link on some hosts):
        # never a CSV export, gzipped or not.
        raise DecodeError(
            f"the export's file URL answered with a web page ({content_type}), not the file; "
            "nothing was written",
            http_status=status,
            body_snippet=None,
        )


_GZIP_TYPES = ("application/gzip", "application/x-gzip")


def labelled_gzip(response: httpx.Response) -> bool:
    """Whether the answer's ``Content-Type`` says its body is gzip (as DIDWW's document says
    an export's file is)."""
    content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if content_type not in _GZIP_TYPES:
        return False
    # A body with a Content-Encoding that the transport already decoded is handed out decoded
    # (see _raw_wanted): the label then describes bytes this client never sees.
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    return encoding in ("", "identity") or _raw_wanted(response)


def body_chunks(response: httpx.Response) -> Iterator[bytes]:
    """The body of a streamed download as served, every byte once, read again from its start
    when it is cut short (see :class:`Replay`); raises :class:`DecodeError` at once when the
    answer is not the file, and :class:`APIConnectionError` when the body could not be had
    whole within the client's retries."""
    check_file_status(response)
    reread: Reread[httpx.Response] | None = response.extensions.get(REREAD)
    return _chunks(response, reread)


def _consumed(response: httpx.Response) -> DecodeError:
    """The error for a file whose body the caller's ``http_client`` read or closed before
    handing it over (an event hook streaming it): nothing of it is left to write."""
    return DecodeError(
        "the http_client consumed the file's body before handing it over (an event hook that "
        "streams or closes it); leave the body of file downloads to the SDK",
        http_status=response.status_code,
        body_snippet=None,
    )


def _chunks(response: httpx.Response, reread: Reread[httpx.Response] | None) -> Iterator[bytes]:
    replay = Replay(response, reread.attempts.number if reread is not None else 1)
    while True:
        chunks = response.iter_raw() if replay.raw else response.iter_bytes()
        lost: httpx.TransportError | None = None
        while True:
            # One chunk at a time, so that only the transport's failures are caught, never
            # what the consumer does with a chunk while this generator waits at its yield.
            try:
                chunk = next(chunks, None)
            except httpx.TransportError as exc:
                lost = exc
                break
            except httpx.StreamError:  # a hook of the caller's http_client took it first
                raise _consumed(response) from None
            if chunk is None:
                break
            piece = replay.take(chunk)
            if piece:
                yield piece
        what = replay.cut(lost)
        if what is None:
            return
        if reread is not None and reread.closed():
            raise replay.error(lost, closed=True)
        delay = reread.attempts.after_lost_body(what) if reread is not None else None
        if delay is None:
            raise replay.error(lost)
        assert reread is not None  # a delay comes from its attempts only
        response = reread.send(delay)
        check_file_status(response)
        replay.again(response, reread.attempts.number)


def abody_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The async twin of :func:`body_chunks`."""
    check_file_status(response)
    reread: Reread[Awaitable[httpx.Response]] | None = response.extensions.get(REREAD)
    return _achunks(response, reread)


async def _achunks(
    response: httpx.Response, reread: Reread[Awaitable[httpx.Response]] | None
) -> AsyncIterator[bytes]:
    replay = Replay(response, reread.attempts.number if reread is not None else 1)
    while True:
        chunks = response.aiter_raw() if replay.raw else response.aiter_bytes()
        lost: httpx.TransportError | None = None
        while True:
            try:  # one chunk at a time: see _chunks
                chunk = await anext(chunks, None)
            except httpx.TransportError as exc:
                lost = exc
                break
            except httpx.StreamError:  # see _chunks
                raise _consumed(response) from None
            if chunk is None:
                break
            piece = replay.take(chunk)
            if piece:
                yield piece
        what = replay.cut(lost)
        if what is None:
            return
        if reread is not None and reread.closed():
            raise replay.error(lost, closed=True)
        delay = reread.attempts.after_lost_body(what) if reread is not None else None
        if delay is None:
            raise replay.error(lost)
        assert reread is not None
        response = await reread.send(delay)
        check_file_status(response)
        replay.again(response, reread.attempts.number)


class Replay:
    """What the reader of a download has passed on, so that a body cut short can be read again
    from its start and go on exactly where it stopped. No I/O.

    Every byte is passed on once. On a new attempt the bytes passed on already are read again,
    checked against those (by their CRC-32) and dropped, so that what the caller has (rows
    yielded, a file half written, a progress count) simply goes on: the whole file, as if the
    cut had never happened. A file that is not the same any more (another length or ETag, other
    bytes) stops the download instead, since its two parts would not make one file.

    A cut is what the transport raises (fewer bytes than ``Content-Length``, a chunked body or a
    connection ending early, a reset, a read timeout), fewer bytes than ``Content-Length`` when a
    transport does not notice, and, for a body with no length of its own, a gzip stream without
    its end (see :class:`_GzipEnd`). A complete body whose gzip ends early is the file's own
    fault: that is left to :class:`BodyDecoder`, a :class:`DecodeError` not worth repeating.
    """

    def __init__(self, response: httpx.Response, attempts: int) -> None:
        self.passed = 0
        """Bytes passed on so far, over every attempt."""
        self._crc = 0  # CRC-32 of those bytes
        self._attempts = attempts
        self._first = response.headers
        self._start(response)

    def _start(self, response: httpx.Response) -> None:
        self._response = response
        self.raw = _raw_wanted(response)
        """Whether the bytes are read as served (see :func:`_raw_wanted`), decided before any
        is read."""
        self.received = 0
        """Bytes of this attempt's body read so far."""
        self._again_crc = 0  # CRC-32 of this attempt's bytes that were passed on already
        self.expected = _length(response, self.raw)
        self._framed = _framed(response)
        self._gzip_end = None if self._framed else _GzipEnd()
        self._unfinished_gzip = False

    def take(self, chunk: bytes) -> bytes:
        """The part of ``chunk`` that was not passed on yet (to pass on now)."""
        start = self.received
        self.received = start + len(chunk)
        if self._gzip_end is not None:
            self._gzip_end.feed(chunk)
        if start < self.passed:
            seen = min(len(chunk), self.passed - start)
            self._again_crc = zlib.crc32(memoryview(chunk)[:seen], self._again_crc)
            if start + seen == self.passed and self._again_crc != self._crc:
                raise self._changed("holds other bytes")
            chunk = chunk[seen:]
        if chunk:
            self._crc = zlib.crc32(chunk, self._crc)
            self.passed += len(chunk)
        return chunk

    def cut(self, lost: httpx.TransportError | None) -> str | None:
        """None when the body that just ended is the whole file; else what happened (for the
        log). ``lost`` is the transport's failure, if it failed."""
        if lost is None:
            if self.received < self.passed:
                if self._framed:
                    raise self._changed(f"is shorter ({self.received} bytes)")
                # Without a length, an early end may be a cut as well as a shorter file.
            elif self.expected is not None and self.received < self.expected:
                pass  # a transport that did not count: a cut all the same
            elif self._gzip_end is not None and self._gzip_end.cut():
                self._unfinished_gzip = True
            else:
                return None
        if isinstance(lost, httpx.TimeoutException):
            return f"stalled after {self._got()} ({type(lost).__name__})"
        return f"was cut short after {self._got()}"

    def again(self, response: httpx.Response, attempts: int) -> None:
        """Read ``response``, the answer to the request sent again, from its start."""
        self._attempts = attempts
        for name in ("Content-Length", "ETag"):
            before, now = self._first.get(name), response.headers.get(name)
            if before is not None and now is not None and before != now:
                raise self._changed(f"has another {name} ({now}, it was {before})")
        self._start(response)

    def error(
        self, lost: httpx.TransportError | None, *, closed: bool = False
    ) -> APIConnectionError:
        """The error once the body could not be had whole; ``lost`` becomes its ``__cause__``
        (its text, the transport's own, is not the message). With ``closed``, the client was
        closed under the download."""
        where = self._where()
        error: APIConnectionError
        if closed:
            error = APIConnectionError(
                f"the client was closed while the download of {where} was under way, after "
                f"{self._got()}",
                attempts=self._attempts,
            )
        elif isinstance(lost, httpx.TimeoutException):
            limit = self._request_extensions().get("timeout", {}).get("read")
            within = f" within {limit:g} s" if isinstance(limit, (int, float)) else ""
            error = APITimeoutError(
                f"read timeout: the download of {where} stalled after {self._got()}: no data "
                f"came{within} (a longer timeout can be set with timeout= or "
                "client.with_options(timeout=))",
                attempts=self._attempts,
            )
        else:
            message = f"the download of {where} was cut short after {self._got()}"
            if self._unfinished_gzip:
                message += " (the connection closed before the end of its gzip stream)"
            error = APIConnectionError(message, attempts=self._attempts)
        error.__cause__ = lost
        error.__suppress_context__ = True
        return error

    def _changed(self, how: str) -> APIConnectionError:
        return APIConnectionError(
            f"the download of {self._where()} was cut short after {self.passed} bytes, and the "
            f"file read again from its start {how}: it changed in between, and its two parts "
            "would not make one file; download it again",
            attempts=self._attempts,
        )

    def _got(self) -> str:
        if self.expected is None:
            return f"{self.received} bytes"
        return f"{self.received} of {self.expected} bytes"

    def _where(self) -> str:
        """The path and host the body came from: never its query (a signed URL's token) nor
        the password a URL may hold."""
        try:
            url = self._response.request.url
        except RuntimeError:  # httpx: an answer made without a request
            return "the export's file"
        host = f"{url.host}:{url.port}" if url.port else url.host
        return f"{url.path} from {host}"

    def _request_extensions(self) -> dict[str, Any]:
        try:
            return self._response.request.extensions
        except RuntimeError:
            return {}


def _length(response: httpx.Response, raw: bool) -> int | None:
    """The ``Content-Length`` when it counts the bytes read (it counts them as served, not as a
    ``Content-Encoding`` decodes them)."""
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if not (raw or encoding in ("", "identity")):
        return None
    return declared_length(response.headers.get("Content-Length", ""))


def _framed(response: httpx.Response) -> bool:
    """Whether the body's end is announced (a ``Content-Length``, chunked coding, an HTTP/2
    stream), so that a connection closing early is a failure the transport raises."""
    if response.http_version not in ("HTTP/1.0", "HTTP/1.1"):
        return True
    headers = response.headers
    return "Content-Length" in headers or "chunked" in headers.get("Transfer-Encoding", "").lower()


class _GzipEnd:
    """Whether a body without a length of its own reached the end of its gzip stream.

    Such a body (neither ``Content-Length`` nor chunked) ends when the connection closes, so a
    connection closed early looks like the end of the file. A gzip file's end marker tells the
    two apart, at the price of gunzipping it a second time (its output is dropped); such bodies
    are rare. A plain file has no end marker: a cut in it cannot be seen.
    """

    def __init__(self) -> None:
        self._decoder: BodyDecoder | None = BodyDecoder(decompress=True, limit=None)

    def feed(self, chunk: bytes) -> None:
        decoder = self._decoder
        if decoder is None:
            return
        try:
            for _ in decoder.feed(chunk):
                pass
        except DecodeError:
            # Not valid gzip: a corrupt file, which the caller's own decoder reports if it
            # gunzips (nothing a new attempt would change).
            self._decoder = None
            return
        if decoder.decided and not decoder.gzipped:
            self._decoder = None

    def cut(self) -> bool:
        decoder = self._decoder
        if decoder is None:
            return False
        try:
            for _ in decoder.finish():
                pass
        except DecodeError:
            return True
        return False
