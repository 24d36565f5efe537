"""Routing and request handling: every path and operation of the catalog, as JSON:API.

Transport-neutral: takes a :class:`SimRequest` and the current time, answers a
:class:`SimResponse` plus the callbacks to deliver. Never raises; a failure inside the simulator
answers 500 with an error document. Writes are atomic: a failing request leaves no trace.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Mapping

from didww._catalog import ResourceInfo
from didww._types import JSON
from didww.testing import _errors as err
from didww.testing._auth import Authenticator
from didww.testing._behaviours import GENERIC
from didww.testing._context import Callback, Context, Rejection, Settings
from didww.testing._errors import SimError
from didww.testing._filtering import Resolver, apply_filters, sort_records
from didww.testing._flows import Flow, check_resource_conditions
from didww.testing._http import API_ROOT, JSONAPI, SimRequest, SimResponse
from didww.testing._ids import NAMESPACE, IdFactory
from didww.testing._listing import listing
from didww.testing._query import Query, parse_query
from didww.testing._render import Page, Renderer, paginate
from didww.testing._schema import Schema
from didww.testing._store import Record, Store
from didww.testing._validation import read_document

logger = logging.getLogger("didww.testing")


def error_response(exc: SimError) -> SimResponse:
    response = SimResponse.json(exc.status, exc.document()) if exc.body else SimResponse(exc.status)
    response.headers.update(exc.headers)
    return response


def _media_types(header: str) -> list[str]:
    """The media types of a header, lower-cased and without their parameters."""
    return [part.split(";", 1)[0].strip().lower() for part in header.split(",") if part.strip()]


def _check_accept(request: SimRequest) -> None:
    """406 when the ``Accept`` header rules out JSON:API, as the 2026-10-22 document states for
    every JSON:API operation (the same server answers 2026-04-16). A test whose raw request asks
    for ``application/json`` only must fail here as it would in production. No header, ``*/*``
    and ``application/*`` accept the answer."""
    accept = request.headers.get("accept", "").strip()
    if accept and not set(_media_types(accept)) & {JSONAPI, "*/*", "application/*"}:
        raise err.not_acceptable(accept, JSONAPI)


def _check_content_type(request: SimRequest) -> None:
    """415 when a JSON:API body is sent under another media type, as the 2026-10-22 document
    states for every create and update (the same server answers 2026-04-16). A raw test posting
    with ``json=`` (``application/json``) must fail here as it would in production. Media type
    parameters are not judged: the documents say nothing of them."""
    sent = _media_types(request.headers.get("content-type", ""))
    if sent[:1] != [JSONAPI]:
        raise err.unsupported_media_type(request.headers.get("content-type", ""), JSONAPI)


class Application:
    """The simulated API over one store, for the API version of its schema."""

    def __init__(
        self,
        schema: Schema,
        store: Store,
        settings: Settings,
        ids: IdFactory,
        flows: Mapping[str, Flow],
        auth: Authenticator,
    ) -> None:
        self.schema = schema
        self.store = store
        self.settings = settings
        self.ids = ids
        self.flows = dict(flows)
        self.auth = auth
        self.rejections: list[Rejection] = []
        """Queued by :meth:`Simulator.reject_next_verification`, consumed by verifications."""
        self._requests = 0

    def context(self, now: float, base_url: str) -> Context:
        return Context(
            self.schema,
            self.store,
            self.settings,
            self.ids,
            now,
            base_url,
            rejections=self.rejections,
        )

    def tick(self, ctx: Context) -> None:
        """Apply every time-based transition that is due by ``ctx.now``."""
        for flow in self.flows.values():
            flow.tick(ctx)

    def flow(self, type_: str) -> Flow:
        return self.flows.get(type_, GENERIC)

    # -- entry point -----------------------------------------------------------------------------

    def handle(
        self, request: SimRequest, clock: Callable[[], float]
    ) -> tuple[SimResponse, list[Callback]]:
        self._requests += 1
        request_id = str(uuid.uuid5(NAMESPACE, f"request/{self._requests}"))
        ctx: Context | None = None
        try:
            segments = request.api_segments
            if segments is None:
                # A 404 as on the real API, so a base URL that lacks /v3 fails on first use.
                raise err.not_found(
                    f"No route matches {request.method} {request.path}: "
                    f"API paths start with {API_ROOT} (is {API_ROOT} missing from the base URL?)."
                )
            ctx = self.context(clock(), f"{request.origin}{API_ROOT}")
            self.tick(ctx)
            response = self._route(ctx, request, segments)
        except SimError as exc:
            response = error_response(exc)
        except Exception:  # a simulator bug must still answer with an error document
            logger.exception("didww simulator failed on %s %s", request.method, request.url)
            response = error_response(err.internal_error())
        response.headers["X-Request-Id"] = request_id
        return response, ctx.callbacks if ctx is not None else []

    # -- routing ---------------------------------------------------------------------------------

    def _route(self, ctx: Context, request: SimRequest, segments: tuple[str, ...]) -> SimResponse:
        info = self.schema.by_path(segments[0]) if segments else None
        rest = segments[1:]
        if info is None or (info.singleton and rest) or len(rest) > 3:
            raise err.not_found(f"No route matches {request.method} {request.path}.")
        if len(rest) == 3 and rest[1] != "relationships":
            raise err.not_found(f"No route matches {request.method} {request.path}.")
        kind = ("collection", "member", "related", "relationship")[len(rest)]
        allowed = self._allowed(info, kind)
        if request.method not in allowed:
            raise err.method_not_allowed(request.method, request.path, allowed)
        flow = self.flow(info.type)
        download = kind == "member" and request.method == "GET" and flow.is_download(rest[0])
        self.auth.check(request, public=info.public, download=download, now=ctx.now)
        # A file download and the multipart upload are not JSON:API exchanges: the API documents
        # neither 406 nor 415 for them.
        if not download and not (
            kind == "collection" and request.method == "POST" and info.multipart_create
        ):
            _check_accept(request)
            if request.method in ("POST", "PATCH"):
                _check_content_type(request)
        if kind == "collection" and request.method == "POST":
            return self._create(ctx, info, flow, request)
        if kind == "collection":
            if info.singleton:
                record = self.store.singleton(info.type)
                if record is None:
                    raise err.not_found(f"No {info.type} record.")
                return self._single(ctx, info, record, request, meta=flow.find_meta(ctx, record))
            return self._list(ctx, info, request)
        if kind == "member" and request.method == "GET":
            served = flow.serve_member(ctx, rest[0], request)
            if served is not None:
                return served
        record = self._visible(info, rest[0])
        if kind == "related":
            return self._related(ctx, info, record, rest[1], request)
        if kind == "relationship":
            return self._relationship(ctx, info, record, rest[2])
        if request.method == "GET":
            return self._single(ctx, info, record, request, meta=flow.find_meta(ctx, record))
        if request.method == "PATCH":
            return self._update(ctx, info, flow, record, request)
        return self._write(ctx, lambda: self._delete(ctx, flow, record))

    def _allowed(self, info: ResourceInfo, kind: str) -> list[str]:
        ops = set(info.operations)
        if kind == "collection":
            reads = "find" if info.singleton else "list"
            return [m for m, op in (("GET", reads), ("POST", "create")) if op in ops]
        if kind == "member":
            pairs = (("GET", "find"), ("PATCH", "update"), ("DELETE", "delete"))
            return [m for m, op in pairs if op in ops]
        return ["GET"] if ops & {"find", "list"} else []

    def _visible(self, info: ResourceInfo, id_: str) -> Record:
        record = self.store.get(info.type, id_)
        if record is None or not record.visible:
            raise err.not_found(f"The record identified by {id_} could not be found.")
        return record

    # -- operations ------------------------------------------------------------------------------

    def _query(self, info: ResourceInfo, request: SimRequest, *, collection: bool = False) -> Query:
        return parse_query(self.schema, info, request.query, collection=collection)

    def _list(self, ctx: Context, info: ResourceInfo, request: SimRequest) -> SimResponse:
        query = self._query(info, request, collection=True)
        self.flow(info.type).check_list(ctx, query)
        resolver = Resolver(self.store)
        records = apply_filters(resolver, info.type, self.store.all(info.type), query.filters)
        records = sort_records(resolver, info.type, records, query.sort)
        shape = listing(info)
        meta = self.flow(info.type).list_meta(ctx, records)
        if shape.cap is not None:  # a capped list says how many matched beyond its cap
            meta = {"total_count": len(records), **meta}
            records = records[: shape.cap]
        if shape.paginated:  # the unpaginated lists take no page parameters: whole, always
            page = paginate(records, query.page_number, query.page_size)
        else:
            page = Page(records, len(records), 1, max(1, len(records)))
        document = Renderer(self.store, ctx.base_url).collection(
            page, query, info.path, listing=shape, meta=meta
        )
        return SimResponse.json(200, document)

    def _single(
        self,
        ctx: Context,
        info: ResourceInfo,
        record: Record,
        request: SimRequest,
        *,
        meta: dict[str, JSON] | None = None,
    ) -> SimResponse:
        query = self._query(info, request)
        document = Renderer(self.store, ctx.base_url).single(record, query, meta)
        return SimResponse.json(200, document)

    def _write(self, ctx: Context, action: Callable[[], SimResponse]) -> SimResponse:
        """Run a write so that a failure rolls the store, queued callbacks and queued verification
        rejections back."""
        snapshot = self.store.snapshot()
        queued = len(ctx.callbacks)
        rejections = list(ctx.rejections)
        try:
            return action()
        except BaseException:
            self.store.restore(snapshot)
            del ctx.callbacks[queued:]
            ctx.rejections[:] = rejections
            raise

    def _create(
        self, ctx: Context, info: ResourceInfo, flow: Flow, request: SimRequest
    ) -> SimResponse:
        query = self._query(info, request)

        def create() -> SimResponse:
            record = flow.create_from_request(ctx, info, request)
            if record is None:
                draft = read_document(self.schema, self.store, info, request.body, url_id=None)
                record = flow.create(ctx, info, draft)
            check_resource_conditions(info, record)
            document = Renderer(self.store, ctx.base_url).single(record, query)
            # An upload's answer has the media type its form says (2026-04-16: application/json).
            media_type = info.multipart.answer_media_type if info.multipart else JSONAPI
            return SimResponse.json(201, document, content_type=media_type)

        return self._write(ctx, create)

    def _update(
        self, ctx: Context, info: ResourceInfo, flow: Flow, record: Record, request: SimRequest
    ) -> SimResponse:
        query = self._query(info, request)

        def update() -> SimResponse:
            draft = read_document(self.schema, self.store, info, request.body, url_id=record.id)
            flow.update(ctx, record, draft)
            check_resource_conditions(info, record)
            return SimResponse.json(200, Renderer(self.store, ctx.base_url).single(record, query))

        return self._write(ctx, update)

    def _delete(self, ctx: Context, flow: Flow, record: Record) -> SimResponse:
        flow.delete(ctx, record)
        return SimResponse(204)

    def _related(
        self, ctx: Context, info: ResourceInfo, record: Record, name: str, request: SimRequest
    ) -> SimResponse:
        rel = info.relationship(name)
        if rel is None or rel.write_only:
            raise err.not_found(f"{info.type} has no relationship {name}.")
        target = self.schema.resource(rel.targets[0])
        query = self._query(target, request)
        renderer = Renderer(self.store, ctx.base_url)
        related = self.store.related(record, name)
        if rel.to_many:
            page = Page(related, len(related), 1, max(1, len(related)))
            path = f"{info.path}/{record.id}/{name}"
            return SimResponse.json(200, renderer.collection(page, query, path))
        if not related:
            meta: JSON = {"api_version": self.schema.api_version}
            return SimResponse.json(200, {"data": None, "meta": meta})
        return SimResponse.json(200, renderer.single(related[0], query))

    def _relationship(
        self, ctx: Context, info: ResourceInfo, record: Record, name: str
    ) -> SimResponse:
        rel = info.relationship(name)
        if rel is None or rel.write_only:
            raise err.not_found(f"{info.type} has no relationship {name}.")
        return SimResponse.json(
            200, Renderer(self.store, ctx.base_url).linkage_document(record, name)
        )
