"""Thin sync and async shells over :class:`ClientCore`: they only send requests."""

from __future__ import annotations

from types import TracebackType
from typing import TypeVar

import httpx

from didww._core import Call, ClientCore, check_timeout
from didww._errors import APIConnectionError, APITimeoutError, ClientError
from didww._generated.api import API_VERSION, Environment

T = TypeVar("T")
Self = TypeVar("Self", bound="SyncClientBase")
AsyncSelf = TypeVar("AsyncSelf", bound="AsyncClientBase")


def _base_url(environment: Environment | str, base_url: str | None) -> str:
    if base_url is not None:
        return base_url
    try:
        return Environment(environment).value
    except ValueError:
        raise ClientError(f"unknown environment {environment!r}") from None


def _configure(
    owner: SyncClientBase | AsyncClientBase,
    api_key: str,
    environment: Environment | str,
    base_url: str | None,
    timeout: float | httpx.Timeout,
    api_version: str,
) -> None:
    owner._core = ClientCore(
        api_key=api_key, base_url=_base_url(environment, base_url), api_version=api_version
    )
    owner._timeout = httpx.Timeout(check_timeout(timeout)).as_dict()


def _connection_error(exc: httpx.TransportError) -> APIConnectionError:
    # httpx messages name the URL at most, never headers, so the API key cannot leak through them.
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"request timed out: {exc}")
    return APIConnectionError(f"connection failed: {type(exc).__name__}: {exc}")


class SyncClientBase:
    """Holds the connection pool of a :class:`Client`."""

    _core: ClientCore
    _timeout: dict[str, float | None]

    def __init__(
        self,
        *,
        api_key: str,
        environment: Environment | str = Environment.SANDBOX,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        http_client: httpx.Client | None = None,
        api_version: str = API_VERSION,
    ) -> None:
        _configure(self, api_key, environment, base_url, timeout, api_version)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ClientError("http_client must be an httpx.Client")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()

    def _send(self, call: Call[T]) -> T:
        try:
            call.request.extensions["timeout"] = self._timeout
            response = self._http.send(call.request)
        except httpx.TransportError as exc:
            raise _connection_error(exc) from None
        return call.finish(response)

    def close(self) -> None:
        """Release the connections (a caller-supplied ``http_client`` is left open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: Self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._core.base_url!r})"


class AsyncClientBase:
    """Holds the connection pool of an :class:`AsyncClient`."""

    _core: ClientCore
    _timeout: dict[str, float | None]

    def __init__(
        self,
        *,
        api_key: str,
        environment: Environment | str = Environment.SANDBOX,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = 30.0,
        http_client: httpx.AsyncClient | None = None,
        api_version: str = API_VERSION,
    ) -> None:
        _configure(self, api_key, environment, base_url, timeout, api_version)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ClientError("http_client must be an httpx.AsyncClient")
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()

    async def _send(self, call: Call[T]) -> T:
        try:
            call.request.extensions["timeout"] = self._timeout
            response = await self._http.send(call.request)
        except httpx.TransportError as exc:
            raise _connection_error(exc) from None
        return call.finish(response)

    async def close(self) -> None:
        """Release the connections (a caller-supplied ``http_client`` is left open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: AsyncSelf) -> AsyncSelf:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._core.base_url!r})"
