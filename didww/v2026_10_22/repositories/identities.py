# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Repositories of the `/identities` endpoints, sync and async."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from functools import cached_property

from didww._query import QueryParams
from didww._raw import RawResponse
from didww._repository import AsyncRawRepository, AsyncRepository, SyncRawRepository, SyncRepository
from didww._resource_list import ResourceList
from didww.v2026_10_22.models.identities import Identity

__all__ = [
    "AsyncIdentityRepository",
    "AsyncIdentityRepositoryWithRawResponse",
    "IdentityRepository",
    "IdentityRepositoryWithRawResponse",
]

# What the spec lets both repositories' queries name: filters (with what the document says of
# some filters' values) and sorts; the includes are the model's (``_INCLUDES``).
_FILTERS: frozenset[str] = frozenset(
    {
        "birth_date",
        "company_name",
        "company_name_contains",
        "company_reg_number",
        "company_reg_number_contains",
        "country.id",
        "description",
        "description_contains",
        "external_reference_id",
        "first_name",
        "first_name_contains",
        "id",
        "id_number",
        "id_number_contains",
        "identity_type",
        "last_name",
        "last_name_contains",
        "personal_tax_id",
        "personal_tax_id_contains",
        "phone_number",
        "phone_number_contains",
        "vat_id",
        "vat_id_contains",
    }
)
_ONE_VALUE_FILTERS: frozenset[str] = frozenset(
    {
        "birth_date",
        "company_name",
        "company_name_contains",
        "company_reg_number",
        "company_reg_number_contains",
        "description",
        "description_contains",
        "external_reference_id",
        "first_name",
        "first_name_contains",
        "id_number",
        "id_number_contains",
        "identity_type",
        "last_name",
        "last_name_contains",
        "personal_tax_id",
        "personal_tax_id_contains",
        "phone_number",
        "phone_number_contains",
        "vat_id",
        "vat_id_contains",
    }
)
_SORTS: frozenset[str] = frozenset(
    {
        "birth_date",
        "company_name",
        "company_reg_number",
        "contact_email",
        "created_at",
        "description",
        "external_reference_id",
        "first_name",
        "id_number",
        "last_name",
        "personal_tax_id",
        "phone_number",
        "vat_id",
        "verified",
    }
)


class IdentityRepository(SyncRepository[Identity]):
    """The `/identities` endpoints."""

    _model = Identity
    _path = "/identities"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> IdentityRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return IdentityRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> Generator[Identity, None, None]:
        """Every identity matching ``params``, fetched page by page, ``page_size`` per request.
        The next page is requested while you work through this one (one page ahead at most)
        once a page has taken 2 ms or more to arrive, so over a real network and not against a
        local server; ``prefetch=True`` always does, ``prefetch=False`` requests each page
        only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    def list(self, params: QueryParams | None = None) -> ResourceList[Identity]:
        """One page of identities (see also :meth:`iter`). Filters: `birth_date`, `company_name`,
        `company_name_contains`, `company_reg_number`, `company_reg_number_contains`,
        `country.id`, `description`, `description_contains`, `external_reference_id`,
        `first_name`, `first_name_contains`, `id`, `id_number`, `id_number_contains`,
        `identity_type`, `last_name`, `last_name_contains`, `personal_tax_id`,
        `personal_tax_id_contains`, `phone_number`, `phone_number_contains`, `vat_id`,
        `vat_id_contains`. Sorts: `birth_date`, `company_name`, `company_reg_number`,
        `contact_email`, `created_at`, `description`, `external_reference_id`, `first_name`,
        `id_number`, `last_name`, `personal_tax_id`, `phone_number`, `vat_id`, `verified`.
        Includes: `country`, `birth_country`, `proofs`, `addresses`, `permanent_documents`.
        """
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> Identity:
        """Fetch one identity by its id. Includes: `country`, `birth_country`, `proofs`,
        `addresses`, `permanent_documents`.
        """
        return self._find(id, params)

    def create(self, model: Identity) -> Identity:
        """Create an identity, sending every field that was set; returns the saved Identity."""
        return self._create(model)

    def update(self, model: Identity) -> Identity:
        """Save the changes made to an identity: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return self._update(model)

    def delete(self, id_or_model: str | Identity) -> None:
        """Delete an identity, given its id or the model."""
        self._delete(id_or_model)


class IdentityRepositoryWithRawResponse(SyncRawRepository[Identity]):
    """The `/identities` operations, answered with :class:`didww.RawResponse`."""

    def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Identity]]:
        return self._list(params)

    def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Identity]:
        return self._find(id, params)

    def create(self, model: Identity) -> RawResponse[Identity]:
        return self._create(model)

    def update(self, model: Identity) -> RawResponse[Identity]:
        return self._update(model)

    def delete(self, id_or_model: str | Identity) -> RawResponse[None]:
        return self._delete(id_or_model)


class AsyncIdentityRepository(AsyncRepository[Identity]):
    """The `/identities` endpoints."""

    _model = Identity
    _path = "/identities"
    _filters = _FILTERS
    _one_value_filters = _ONE_VALUE_FILTERS
    _sorts = _SORTS

    @cached_property
    def with_raw_response(self) -> AsyncIdentityRepositoryWithRawResponse:
        """The same operations, answered with the HTTP status, headers and parsed result."""
        return AsyncIdentityRepositoryWithRawResponse(self)

    def iter(
        self,
        params: QueryParams | None = None,
        page_size: int = 100,
        *,
        prefetch: bool | None = None,
    ) -> AsyncGenerator[Identity, None]:
        """Every identity matching ``params``, fetched page by page, ``page_size`` per request.
        The next page is requested while you work through this one (one page ahead at most)
        once a page has taken 2 ms or more to arrive, so over a real network and not against a
        local server; ``prefetch=True`` always does, ``prefetch=False`` requests each page
        only when the previous one is used up.
        """
        return self._iter(params, page_size, prefetch)

    async def list(self, params: QueryParams | None = None) -> ResourceList[Identity]:
        """One page of identities (see also :meth:`iter`). Filters: `birth_date`, `company_name`,
        `company_name_contains`, `company_reg_number`, `company_reg_number_contains`,
        `country.id`, `description`, `description_contains`, `external_reference_id`,
        `first_name`, `first_name_contains`, `id`, `id_number`, `id_number_contains`,
        `identity_type`, `last_name`, `last_name_contains`, `personal_tax_id`,
        `personal_tax_id_contains`, `phone_number`, `phone_number_contains`, `vat_id`,
        `vat_id_contains`. Sorts: `birth_date`, `company_name`, `company_reg_number`,
        `contact_email`, `created_at`, `description`, `external_reference_id`, `first_name`,
        `id_number`, `last_name`, `personal_tax_id`, `phone_number`, `vat_id`, `verified`.
        Includes: `country`, `birth_country`, `proofs`, `addresses`, `permanent_documents`.
        """
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> Identity:
        """Fetch one identity by its id. Includes: `country`, `birth_country`, `proofs`,
        `addresses`, `permanent_documents`.
        """
        return await self._find(id, params)

    async def create(self, model: Identity) -> Identity:
        """Create an identity, sending every field that was set; returns the saved Identity."""
        return await self._create(model)

    async def update(self, model: Identity) -> Identity:
        """Save the changes made to an identity: only changed fields are sent, and nothing at all
        when nothing changed.
        """
        return await self._update(model)

    async def delete(self, id_or_model: str | Identity) -> None:
        """Delete an identity, given its id or the model."""
        await self._delete(id_or_model)


class AsyncIdentityRepositoryWithRawResponse(AsyncRawRepository[Identity]):
    """The `/identities` operations, answered with :class:`didww.RawResponse`."""

    async def list(self, params: QueryParams | None = None) -> RawResponse[ResourceList[Identity]]:
        return await self._list(params)

    async def find(self, id: str, params: QueryParams | None = None) -> RawResponse[Identity]:
        return await self._find(id, params)

    async def create(self, model: Identity) -> RawResponse[Identity]:
        return await self._create(model)

    async def update(self, model: Identity) -> RawResponse[Identity]:
        return await self._update(model)

    async def delete(self, id_or_model: str | Identity) -> RawResponse[None]:
        return await self._delete(id_or_model)
