# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/exports` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._catalog import JsonKeysInfo, KeyValueRule
from didww._extensions.exports import AsyncExportExtension, SyncExportExtension
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, SyncRawRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.exports import Export

__all__ = [
    "AsyncExportRepository",
    "AsyncExportRepositoryWithRawResponse",
    "ExportRepository",
    "ExportRepositoryWithRawResponse",
]

_JSON_KEYS = (
    (
        "filters",
        JsonKeysInfo(
            required=("from", "to"),
            depends_on="export_type",
            optional=(
                (
                    "cdr_in",
                    ("did_number", "source_number", "source_number_out", "source_country_iso"),
                ),
                ("cdr_out", ("voice_out_trunk.id", "source", "cli", "destination")),
                (
                    "sms_in",
                    (
                        "source_address_eq",
                        "source_address_cont",
                        "destination_address_eq",
                        "destination_address_cont",
                        "status",
                        "trunk_type",
                        "sms_trunk.id",
                        "sms_id",
                    ),
                ),
                (
                    "sms_out",
                    (
                        "source_address_eq",
                        "source_address_cont",
                        "destination_address_eq",
                        "destination_address_cont",
                        "status",
                        "sms_trunk.id",
                        "sms_id",
                        "service_type",
                        "sender_id_verification.id",
                    ),
                ),
            ),
            values=(
                KeyValueRule(
                    "from", pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
                ),
                KeyValueRule(
                    "to", pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"
                ),
                KeyValueRule("did_number", pattern="^[0-9]+$"),
                KeyValueRule(
                    "voice_out_trunk.id",
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                ),
                KeyValueRule(
                    "trunk_type",
                    one_of=("SMPP SMSC", "SMPP ESME", "Email", "HTTP IN"),
                    takes_list=True,
                ),
                KeyValueRule(
                    "sms_trunk.id",
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                    takes_list=True,
                ),
                KeyValueRule("service_type", pattern="^(?:[aA]2[pP]|[pP]2[pP])$"),
                KeyValueRule(
                    "sender_id_verification.id",
                    pattern="^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                    takes_list=True,
                ),
            ),
        ),
    ),
)
"""The json attributes whose keys the spec lists, checked on create by both repositories."""

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {"created_at_gteq", "created_at_lteq", "export_type", "external_reference_id", "id", "status"}
)
_ONE_VALUE_FILTERS: frozenset[str] = frozenset(
    {"created_at_gteq", "created_at_lteq", "external_reference_id"}
)
_SORTS: frozenset[str] = frozenset({"created_at", "external_reference_id", "status"})


class ExportRepository(SyncExportExtension[Export]):
    """The `/exports` endpoints."""

    _model = Export
    _path = "/exports"
    _lifecycle = ("status", frozenset({"completed"}))
    _json_keys = _JSON_KEYS
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> ExportRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return ExportRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[Export, None, None]:
        """Every export matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Export]:
        """One page of exports (see also :meth:`iter`). Filters: `created_at_gteq`,
        `created_at_lteq`, `export_type`, `external_reference_id`, `id`, `status`. Sorts:
        `created_at`, `external_reference_id`, `status`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Export:
        """Fetch one export by its id."""
        return self._find(id, params)

    def create(self, model: Export) -> Export:
        """Create an export, sending every field that was set; returns the saved Export. The keys
        of `filters` are checked before anything is sent: `from` and `to` are required, and
        the others must be ones its `export_type` takes; any other raises
        :class:`didww.ClientError`. The values of `from` and `to` and `did_number` and
        `voice_out_trunk.id` and `trunk_type` and `sms_trunk.id` and `service_type` and
        `sender_id_verification.id` must be ones the API's document allows, or the create
        raises it too (a value newer than this SDK can be sent as `didww.Unchecked(...)`).
        """
        return self._create(model)

    def update(self, model: Export) -> Export:
        """Save the changes made to an export: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return self._update(model)

    def wait(
        self,
        id_or_model: str | Export,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> Export:
        """Poll the export until its `status` is `completed`, and return it. Waits
        ``poll_interval`` seconds after the first look, doubling up to ``max_poll_interval``;
        raises :class:`didww.WaitTimeoutError`, holding the last state in ``.last``, when
        ``timeout`` seconds pass first. A model already at one of those statuses is returned
        as it is, without a request.
        """
        return self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


class ExportRepositoryWithRawResponse(SyncRawRepository[Export]):
    """The `/exports` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Export]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Export]:
        return self._find(id, params)

    def create(self, model: Export) -> RawResponse[Export]:
        return self._create(model)

    def update(self, model: Export) -> RawResponse[Export]:
        return self._update(model)


class AsyncExportRepository(AsyncExportExtension[Export]):
    """The `/exports` endpoints."""

    _model = Export
    _path = "/exports"
    _lifecycle = ("status", frozenset({"completed"}))
    _json_keys = _JSON_KEYS
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncExportRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncExportRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[Export, None]:
        """Every export matching ``params``, fetched page by page, ``page_size`` per request. The
        next page is requested while you work through this one (one page ahead at most) once a
        page has taken 2 ms or more to arrive, so over a real network and not against a local
        server; ``prefetch=True`` always does, ``prefetch=False`` requests each page only when
        the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Export]:
        """One page of exports (see also :meth:`iter`). Filters: `created_at_gteq`,
        `created_at_lteq`, `export_type`, `external_reference_id`, `id`, `status`. Sorts:
        `created_at`, `external_reference_id`, `status`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Export:
        """Fetch one export by its id."""
        return await self._find(id, params)

    async def create(self, model: Export) -> Export:
        """Create an export, sending every field that was set; returns the saved Export. The keys
        of `filters` are checked before anything is sent: `from` and `to` are required, and
        the others must be ones its `export_type` takes; any other raises
        :class:`didww.ClientError`. The values of `from` and `to` and `did_number` and
        `voice_out_trunk.id` and `trunk_type` and `sms_trunk.id` and `service_type` and
        `sender_id_verification.id` must be ones the API's document allows, or the create
        raises it too (a value newer than this SDK can be sent as `didww.Unchecked(...)`).
        """
        return await self._create(model)

    async def update(self, model: Export) -> Export:
        """Save the changes made to an export: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return await self._update(model)

    async def wait(
        self,
        id_or_model: str | Export,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
        max_poll_interval: float = 30.0,
    ) -> Export:
        """Poll the export until its `status` is `completed`, and return it. Waits
        ``poll_interval`` seconds after the first look, doubling up to ``max_poll_interval``;
        raises :class:`didww.WaitTimeoutError`, holding the last state in ``.last``, when
        ``timeout`` seconds pass first. A model already at one of those statuses is returned
        as it is, without a request.
        """
        return await self._wait(id_or_model, timeout, poll_interval, max_poll_interval)


class AsyncExportRepositoryWithRawResponse(AsyncRawRepository[Export]):
    """The `/exports` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Export]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Export]:
        return await self._find(id, params)

    async def create(self, model: Export) -> RawResponse[Export]:
        return await self._create(model)

    async def update(self, model: Export) -> RawResponse[Export]:
        return await self._update(model)
