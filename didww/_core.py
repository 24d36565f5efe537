"""The I/O-free core: turns SDK calls into ``httpx.Request`` objects and answers into results.

The sync and async clients share everything here and differ only in how they send a request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

import httpx

from didww._document import Document, decode_document, decode_errors, encode_document
from didww._errors import ClientError, DecodeError, error_class_for
from didww._query import QueryParams
from didww._resource import Resource
from didww._resource_list import ResourceList
from didww._version import __version__

T = TypeVar("T")
M = TypeVar("M", bound=Resource)

MEDIA_TYPE = "application/vnd.api+json"
USER_AGENT = f"didww-python/{__version__}"


@dataclass(frozen=True)
class Call(Generic[T]):
    """A request ready to send and the function that turns its answer into a result."""

    request: httpx.Request
    finish: Callable[[httpx.Response], T]


def check_timeout(timeout: object) -> float | httpx.Timeout:
    """Validate a timeout: seconds > 0 or an ``httpx.Timeout`` with every part set."""
    if isinstance(timeout, httpx.Timeout):
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if any(p is None for p in parts):
            raise ClientError("timeout: every part of httpx.Timeout must be set (no 'no timeout')")
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ClientError(f"timeout must be a positive number of seconds, got {timeout!r}")
    return float(timeout)


class ClientCore:
    """Configuration and request/answer handling shared by ``Client`` and ``AsyncClient``."""

    def __init__(self, *, api_key: str, base_url: str, api_version: str) -> None:
        if not isinstance(api_key, str) or not api_key.strip():
            raise ClientError("api_key is required")
        if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
            raise ClientError(f"base_url must be an http(s) URL, got {base_url!r}")
        if not isinstance(api_version, str) or not api_version:
            raise ClientError("api_version must be a non-empty string")
        self._api_key = api_key
        self.base_url = base_url.rstrip("/")
        self.api_version = api_version

    @property
    def secrets(self) -> tuple[str, ...]:
        return (self._api_key,)

    def headers(self, *, public: bool) -> dict[str, str]:
        headers = {
            "Accept": MEDIA_TYPE,
            "Content-Type": MEDIA_TYPE,
            "User-Agent": USER_AGENT,
            "X-DIDWW-API-Version": self.api_version,
        }
        if not public:
            headers["Api-Key"] = self._api_key
        return headers

    def build_request(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = None,
        body: dict[str, Any] | None = None,
        public: bool = False,
    ) -> httpx.Request:
        if params is not None and not isinstance(params, QueryParams):
            raise ClientError(f"params must be didww.QueryParams, got {type(params).__name__}")
        query: list[tuple[str, Any]] | None = None if params is None else list(params.to_list())
        return httpx.Request(
            method,
            self.base_url + path,
            params=query,
            headers=self.headers(public=public),
            content=encode_document(body) if body is not None else None,
        )

    def raise_for_status(self, response: httpx.Response) -> None:
        status = response.status_code
        if status < 400:
            return
        errors = decode_errors(response.content)
        raise error_class_for(status)(
            status, errors, request_id=response.headers.get("X-Request-Id")
        )

    def document(
        self, response: httpx.Response, *, many: bool, expected_type: str | None
    ) -> Document:
        self.raise_for_status(response)
        return decode_document(
            response.content,
            response.status_code,
            many=many,
            expected_type=expected_type,
            secrets=self.secrets,
        )

    def __repr__(self) -> str:
        return f"ClientCore(base_url={self.base_url!r}, api_version={self.api_version!r})"


def _check_id(id: object, what: str) -> str:
    if not isinstance(id, str) or not id.strip():
        raise ClientError(f"{what}: id must be a non-empty string, got {id!r}")
    return id


class RepositoryCore(Generic[M]):
    """Plans the calls of one repository; the generated subclasses set the class variables."""

    _model: type[M]
    _path: str
    _public: bool = False
    _singleton: bool = False

    def __init__(self, core: ClientCore) -> None:
        self._core = core

    def _name(self, operation: str) -> str:
        return f"{self._path.strip('/')}.{operation}"

    def _list_call(self, params: QueryParams | None) -> Call[ResourceList[M]]:
        request = self._core.build_request("GET", self._path, params=params, public=self._public)

        def finish(response: httpx.Response) -> ResourceList[M]:
            doc = self._core.document(response, many=True, expected_type=None)
            items = cast(list[M], doc.data)
            return ResourceList(items, doc.meta, doc.links)

        return Call(request, finish)

    def _find_call(self, id: str | None, params: QueryParams | None) -> Call[M]:
        path = self._path
        if not self._singleton:
            path += "/" + _check_id(id, self._name("find"))
        request = self._core.build_request("GET", path, params=params, public=self._public)
        return Call(request, self._single)

    def _single(self, response: httpx.Response) -> M:
        doc = self._core.document(response, many=False, expected_type=self._model.TYPE)
        return cast(M, doc.data)

    def _check_model(self, model: object, operation: str) -> M:
        if not isinstance(model, self._model):
            raise ClientError(
                f"{self._name(operation)}: expected a {self._model.__name__}, "
                f"got {type(model).__name__}"
            )
        return model

    def _saving(self, model: M) -> Callable[[httpx.Response], M]:
        def finish(response: httpx.Response) -> M:
            saved = self._single(response)
            model._absorb(saved)
            return saved

        return finish

    def _create_call(self, model: M) -> Call[M]:
        model = self._check_model(model, "create")
        body = model._document(creating=True)
        request = self._core.build_request("POST", self._path, body=body, public=self._public)
        return Call(request, self._saving(model))

    def _update_call(self, model: M) -> Call[M]:
        model = self._check_model(model, "update")
        id = _check_id(model.id, self._name("update"))
        body = model._document(creating=False)
        request = self._core.build_request(
            "PATCH", f"{self._path}/{id}", body=body, public=self._public
        )
        return Call(request, self._saving(model))

    def _delete_call(self, id_or_model: str | M) -> Call[None]:
        if isinstance(id_or_model, Resource):
            id = self._check_model(id_or_model, "delete").id
        else:
            id = id_or_model
        request = self._core.build_request(
            "DELETE", f"{self._path}/{_check_id(id, self._name('delete'))}", public=self._public
        )

        def finish(response: httpx.Response) -> None:
            self._core.raise_for_status(response)

        return Call(request, finish)


__all__ = ["Call", "ClientCore", "DecodeError", "RepositoryCore", "check_timeout"]
