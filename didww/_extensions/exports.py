"""Extensions of the ``/exports`` repositories: downloading an export's file.

Waiting for an export is generated like every other ``wait()`` (the spec gives exports a
lifecycle).
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from typing import TypeVar

from didww._download import (
    DEFAULT_MAX_DECOMPRESSED_BYTES,
    BodyDecoder,
    CsvRows,
    Destination,
    FileTarget,
    abody_chunks,
    body_chunks,
    check_decompress,
    check_limit,
    download_request,
    download_url,
    export_id,
    known_export,
    labelled_gzip,
)
from didww._pages import AsyncWalk, Walk
from didww._progress import Meter, Progress, check_progress, content_length
from didww._repository import AsyncRepository, SyncRepository
from didww._resource import Resource

Export = TypeVar("Export", bound=Resource)
"""The ``Export`` model of the API version whose repository this extends."""


class SyncExportExtension(SyncRepository[Export]):
    """Hand-written operations of ``client.exports``."""

    def download(
        self,
        export_or_id: Export | str,
        destination: Destination,
        *,
        decompress: bool | None = None,
        max_decompressed_bytes: int | None = DEFAULT_MAX_DECOMPRESSED_BYTES,
        progress: Progress | None = None,
    ) -> int:
        """Stream a completed export's file to ``destination``; returns the bytes written.

        ``export_or_id`` is an :class:`Export` (its ``url`` is used; one that is not completed
        raises :class:`didww.ClientError`) or an export id, fetched first. ``destination`` is a
        file path, written atomically (a temporary file in the same folder is renamed over it
        once complete and removed on any failure), or a binary file object.

        The file is read in chunks, so memory stays flat for a multi-GB export. A gzip body
        (recognised by its magic bytes, whatever the URL or headers say) is gunzipped unless
        ``decompress=False``, which keeps the bytes as served; a path whose name ends in ``.gz``
        needs one or the other said, and raises :class:`didww.ClientError` otherwise (gunzipped
        bytes under a gzip name would fool the tools that open it). The bytes written, gunzipped
        or not, stop with :class:`didww.DownloadTooLargeError` past ``max_decompressed_bytes``
        (8 GiB by default; ``None`` for no limit), and a truncated or corrupt gzip raises
        :class:`didww.DecodeError`. The ``Api-Key`` goes along only when the file's URL is on
        the configured API host, and not on a redirect away from it; a file on another host is
        fetched without it, even where a redirect leads back to the API host.

        ``progress``, if given, is called with ``(received, total)`` once before the first byte
        and after every chunk: the body bytes received so far (as served, before gunzipping) and
        the announced ``Content-Length``, or ``None`` when the server did not send one.
        """
        limit = check_limit(max_decompressed_bytes)
        gunzip = check_decompress(decompress, destination)
        report = check_progress(progress, "exports.download")
        target = FileTarget(destination, "download")
        url = self._file_url(export_or_id, "download")
        with self._client._open_stream(download_request(self._core, url)) as response:
            decoder = BodyDecoder(
                decompress=gunzip,
                limit=limit,
                http_status=response.status_code,
                labelled_gzip=labelled_gzip(response),
            )
            meter = Meter(report, content_length(response))
            with target:
                meter.start()
                for chunk in body_chunks(response):
                    meter.add(len(chunk))
                    for piece in decoder.feed(chunk):
                        target.write(piece)
                for piece in decoder.finish():
                    target.write(piece)
        return target.written

    def iter_rows(
        self,
        export_or_id: Export | str,
        *,
        max_decompressed_bytes: int | None = DEFAULT_MAX_DECOMPRESSED_BYTES,
    ) -> Iterator[dict[str, str]]:
        """The export's CSV rows as dicts keyed by its header row, streamed as they arrive.

        Takes the same exports as :meth:`download` and gunzips the same way. Rows are parsed as
        UTF-8 CSV; a row shorter than the header gets ``""`` for the missing columns. Leaving the
        loop early closes the connection.
        """
        limit = check_limit(max_decompressed_bytes)
        known_export(export_or_id, "iter_rows")
        return Walk(self._rows(export_or_id, limit), "exports.iter_rows()")

    def _rows(
        self, export_or_id: Export | str, limit: int | None
    ) -> Generator[dict[str, str], None, None]:
        url = self._file_url(export_or_id, "iter_rows")
        with self._client._open_stream(download_request(self._core, url)) as response:
            decoder = BodyDecoder(
                decompress=True,
                limit=limit,
                http_status=response.status_code,
                labelled_gzip=labelled_gzip(response),
            )
            rows = CsvRows(response.status_code)
            for chunk in body_chunks(response):
                for piece in decoder.feed(chunk):
                    yield from rows.feed(piece)
            for piece in decoder.finish():
                yield from rows.feed(piece)
            yield from rows.finish()

    def _file_url(self, export_or_id: Export | str, operation: str) -> str:
        export = known_export(export_or_id, operation)
        if export is None:
            export = self._find(export_id(export_or_id, operation), None)
        return download_url(export, operation, self._core.base_url)


class AsyncExportExtension(AsyncRepository[Export]):
    """Hand-written operations of ``AsyncClient.exports``."""

    async def download(
        self,
        export_or_id: Export | str,
        destination: Destination,
        *,
        decompress: bool | None = None,
        max_decompressed_bytes: int | None = DEFAULT_MAX_DECOMPRESSED_BYTES,
        progress: Progress | None = None,
    ) -> int:
        """The async twin of ``Client.exports.download``: stream an export's file to a path
        (atomically) or a binary file object, gunzipping it unless ``decompress=False`` (a
        ``.gz`` path needs ``decompress`` given), capped
        at ``max_decompressed_bytes``; returns the bytes written. Writing to the file is plain
        blocking I/O of one chunk at a time. ``progress`` is called as in the sync method.
        """
        limit = check_limit(max_decompressed_bytes)
        gunzip = check_decompress(decompress, destination)
        report = check_progress(progress, "exports.download")
        target = FileTarget(destination, "download")
        url = await self._file_url(export_or_id, "download")
        async with self._client._open_stream(download_request(self._core, url)) as response:
            decoder = BodyDecoder(
                decompress=gunzip,
                limit=limit,
                http_status=response.status_code,
                labelled_gzip=labelled_gzip(response),
            )
            meter = Meter(report, content_length(response))
            with target:
                meter.start()
                async for chunk in abody_chunks(response):
                    meter.add(len(chunk))
                    for piece in decoder.feed(chunk):
                        target.write(piece)
                for piece in decoder.finish():
                    target.write(piece)
        return target.written

    def iter_rows(
        self,
        export_or_id: Export | str,
        *,
        max_decompressed_bytes: int | None = DEFAULT_MAX_DECOMPRESSED_BYTES,
    ) -> AsyncIterator[dict[str, str]]:
        """The async twin of ``Client.exports.iter_rows``: ``async for row in ...``.

        To stop early and close the connection at once, iterate inside
        ``contextlib.aclosing(client.exports.iter_rows(export))``.
        """
        limit = check_limit(max_decompressed_bytes)
        known_export(export_or_id, "iter_rows")
        return AsyncWalk(self._rows(export_or_id, limit), "exports.iter_rows()")

    async def _rows(
        self, export_or_id: Export | str, limit: int | None
    ) -> AsyncGenerator[dict[str, str], None]:
        url = await self._file_url(export_or_id, "iter_rows")
        async with self._client._open_stream(download_request(self._core, url)) as response:
            decoder = BodyDecoder(
                decompress=True,
                limit=limit,
                http_status=response.status_code,
                labelled_gzip=labelled_gzip(response),
            )
            rows = CsvRows(response.status_code)
            async for chunk in abody_chunks(response):
                for piece in decoder.feed(chunk):
                    for row in rows.feed(piece):
                        yield row
            for piece in decoder.finish():
                for row in rows.feed(piece):
                    yield row
            for row in rows.finish():
                yield row

    async def _file_url(self, export_or_id: Export | str, operation: str) -> str:
        export = known_export(export_or_id, operation)
        if export is None:
            export = await self._find(export_id(export_or_id, operation), None)
        return download_url(export, operation, self._core.base_url)
