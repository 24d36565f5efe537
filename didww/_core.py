"""The I/O-free core: turns SDK calls into requests and answers into results.

The sync and async clients share everything here and differ only in how they send a request and
how they wait. Repository calls are planned as :class:`Planned` requests: the sync client's own
transport sends them as bytes built here (:meth:`ClientCore.wire`), and an ``httpx.Request`` is
made from them only for a caller's ``http_client``, the async client, or when an error, a raw
response, a redirect or a debug log needs one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast
from urllib.parse import quote

import httpx

from didww._answer import Answer, as_response, with_content
from didww._api import ApiInfo
from didww._arguments import check_methods
from didww._auth import TokenState, check_credential, token_expiry
from didww._body_limit import NOT_OVER_IN_TIME, NOT_SENT_IN_TIME
from didww._clock import LONGEST_WAIT, Clock
from didww._document import Document, decode_document, decode_errors, encode_document
from didww._errors import (
    FILTERED,
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClientError,
    DecodeError,
    DidwwError,
    a_or_an,
    error_class_for,
    is_secret_name,
    object_with_every_value,
    redact_json_strings,
    redact_query_value,
    redact_text,
    redact_url,
    shown_value,
)
from didww._ids import id_problem
from didww._logging import log_url, logger, redact_body, redacted_body, secret_values
from didww._query import QueryParams, Unchecked, check_page_size, check_query
from didww._registry import Registry
from didww._resource import Resource, check_model_class
from didww._resource_list import ResourceList
from didww._retry import RetryPolicy, error_is_retryable, never_sent, response_is_retryable
from didww._transport import environment_proxy
from didww._types import JSON, finite_float
from didww._unknown import private, unknown_operation
from didww._version import __version__
from didww._wait import Poll

if TYPE_CHECKING:
    from didww._catalog import JsonKeysInfo

T = TypeVar("T")
M = TypeVar("M", bound=Resource)

MEDIA_TYPE = "application/vnd.api+json"
USER_AGENT = f"didww-python/{__version__}"
MAX_REDIRECTS = 5
_REDIRECT_STATUSES = (301, 302, 303, 307, 308)


class Planned:
    """A JSON:API request as a repository plans it: method, encoded path, query and body.

    ``to_httpx()`` makes the ``httpx.Request`` for it, once, when one is needed.
    """

    __slots__ = ("_core", "_request", "content", "method", "params", "path", "public")

    def __init__(
        self,
        core: ClientCore,
        method: str,
        path: str,
        params: QueryParams | None,
        content: bytes | None,
        public: bool,
    ) -> None:
        self._core = core
        self.method = method
        self.path = path
        self.params = params
        self.content = content
        self.public = public
        self._request: httpx.Request | None = None

    def to_httpx(self) -> httpx.Request:
        if self._request is None:
            self._request = self._core.http_request(
                self.method, self.path, self.params, self.content, self.public
            )
        return self._request


class Call(Generic[T]):
    """A request ready to send, whether repeating it is harmless, and how to read its answer."""

    __slots__ = (
        "_request",
        "deadline",
        "finish",
        "idempotent",
        "lost_hint",
        "out_of_time",
        "planned",
        "unsent",
    )

    def __init__(
        self,
        request: httpx.Request | Planned,
        finish: Callable[[Answer], T],
        idempotent: bool,
        lost_hint: str = "",
    ) -> None:
        self.planned = request if isinstance(request, Planned) else None
        self._request = request if isinstance(request, httpx.Request) else None
        self.finish = finish
        self.idempotent = idempotent
        self.lost_hint = lost_hint
        """What to do when the request may have been carried out but its answer was lost."""
        self.deadline: float | None = None
        """The client clock's ``monotonic()`` time by which the call must be over (a poll of
        ``wait()``): no attempt waits past it, and no retry is started that would."""
        self.out_of_time = False
        """Whether the call failed because :attr:`deadline` left no time for another attempt."""
        self.unsent: str | None = None
        """Why that attempt was never sent, if it was not: ``"rate_limit"`` (no turn before the
        deadline) or ``"token"`` (the token_provider gave none in time)."""

    @property
    def request(self) -> httpx.Request:
        """The ``httpx.Request`` (made from the planned request on first use)."""
        if self._request is None:
            assert self.planned is not None  # one of the two is always set
            self._request = self.planned.to_httpx()
        return self._request


@dataclass(frozen=True)
class Options:
    """Per-client settings that ``with_options`` may change."""

    timeout: dict[str, float | None]
    max_retries: int
    retry_non_idempotent: bool = False


def _seconds(value: object) -> bool:
    """Whether ``value`` is a usable number of seconds: finite, > 0 and at most a year."""
    number = finite_float(value)
    return number is not None and 0 < number <= LONGEST_WAIT


def check_timeout(timeout: object) -> float | httpx.Timeout:
    """Validate a timeout: seconds > 0 (finite, at most :data:`LONGEST_WAIT`) or an
    ``httpx.Timeout`` whose every part is such a number."""
    if isinstance(timeout, httpx.Timeout):
        parts = {
            "connect": timeout.connect,
            "read": timeout.read,
            "write": timeout.write,
            "pool": timeout.pool,
        }
        if any(p is None for p in parts.values()):
            raise ClientError("timeout: every part of httpx.Timeout must be set (no 'no timeout')")
        for name, part in parts.items():
            if not _seconds(part):
                raise ClientError(
                    f"timeout: the {name} part of httpx.Timeout must be a positive, finite "
                    f"number of seconds (at most {LONGEST_WAIT:.0f}, a year), got "
                    f"{shown_value(part)}"
                )
        return timeout
    if not _seconds(timeout):
        raise ClientError(
            "timeout must be a positive, finite number of seconds (at most "
            f"{LONGEST_WAIT:.0f}, a year), got {shown_value(timeout)}"
        )
    assert isinstance(timeout, (int, float))
    return float(timeout)


def check_flag(value: object, name: str) -> bool:
    """``value`` when it is a bool; any other value (a truthy ``"yes"``, ``1``) is a
    :class:`ClientError`, so that a typo never switches a safety setting on."""
    if not isinstance(value, bool):
        raise ClientError(f"{name} must be True or False, got {value!r}")
    return value


def check_max_retries(max_retries: object) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ClientError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    return max_retries


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port)


def display_url(url: str | httpx.URL) -> str:
    """``url`` as reprs, messages and logs may show it: a password in it, and the values of
    query parameters named as secrets (``api_key``, ``signature``...), read ``[FILTERED]``.

    Works on the text, so that even a URL httpx refuses to parse is shown without its password.
    """
    return redact_url(str(url))


def _asks_for_api_key(response: httpx.Response) -> bool:
    """Whether a 401 names the ``Api-Key`` header: a server of an API version that takes keys
    refusing a request that carried a bearer token instead."""
    try:
        text = response.content[:4096].decode("utf-8", "replace").lower()
    except httpx.ResponseNotRead:  # a streamed download's answer: nothing read to judge by
        return False
    return "api-key" in text


def raised_preparing_redirect(exc: BaseException) -> bool:
    """Whether httpx raised ``exc`` while preparing the request a redirect answer asks for (it
    does so even when not following it). Told by the function names in the traceback: a URL
    error anywhere else (a caller's own transport) is not the answer's redirect."""
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_name in ("_build_redirect_request", "_redirect_url"):
            return True
        tb = tb.tb_next
    return False


def url_refusal(url: httpx.URL) -> str | None:
    """Why no connection can be made to ``url``'s host and port, or None: no host, a host name
    with an empty label or one longer than 63 characters (``a..com``; the resolver refuses them
    with a bare UnicodeError), a name longer than 253, or a port outside 1-65535 (which the
    sync transport would wrap around and the async one fail on with an OverflowError)."""
    try:
        host = url.raw_host
        port = url.port
    except (httpx.InvalidURL, UnicodeError):
        return "its host is not a usable name"
    if not host:
        return "it has no host"
    if port is not None and not 0 < port < 65536:
        return f"its port {port} is outside 1-65535"
    try:
        ipaddress.ip_address(host.decode("ascii"))
    except ValueError:
        name = host.removesuffix(b".")
        if len(name) > 253 or any(not 0 < len(label) <= 63 for label in name.split(b".")):
            return "its host is not a usable name"
    return None


def unusable_redirect(request: httpx.Request, status: int | None) -> str:
    """The message for a redirect whose ``Location`` is no URL httpx can use (a bad port, a host
    IDNA cannot encode): it is not followed."""
    answer = f"a {status} redirect" if status is not None else "a redirect"
    return (
        f"the API answered {request.method} {display_url(request.url)} with {answer} to a "
        "Location that is not a usable URL; not followed"
    )


def redirected_write(
    request: httpx.Request, status: int | None, location: str | None
) -> APIConnectionError:
    """The error for a create, update or delete answered with a redirect (``status`` None when
    httpx failed on its ``Location`` before the SDK saw the answer): not followed.

    The API redirects no write: such an answer comes from something between (a proxy, a load
    balancer), and following it would send a DELETE or PATCH to whatever path it names, or
    turn a create's 303 into a GET whose record create() would return as the new one."""
    method = request.method
    answer = f"a {status} redirect" if status is not None else "a redirect"
    target = ""
    if location is not None:
        try:
            target = f" to {display_url(request.url.join(location))}"
        except (httpx.InvalidURL, UnicodeError, ValueError):
            target = " to a Location that is not a usable URL"
    message = (
        f"the API answered {method} {display_url(request.url)} with {answer}{target}; not "
        f"followed: a {method} goes only to the URL it was made for"
    )
    # A 301, 302 or 303 to a POST is how servers say "done, see there" (an unknown status
    # may be one of them): a create's resource may exist. A 307 or 308 asks to send it again.
    done = method == "POST" and status in (301, 302, 303, None)
    if done:
        message += "; the POST may have been carried out: check before sending it again"
    return APIConnectionError(message, may_have_been_processed=done)


def unpreparable_redirect(request: httpx.Request) -> APIConnectionError:
    """The error for a redirect whose ``Location`` httpx failed on while preparing the request
    it asks for (see :func:`raised_preparing_redirect`; the status is unknown then)."""
    if _is_write(request):
        return redirected_write(request, None, None)
    return APIConnectionError(unusable_redirect(request, None))


def _is_write(request: httpx.Request) -> bool:
    """Whether ``request`` changes something (no redirect of it is followed)."""
    return request.method not in ("GET", "HEAD")


def check_base_url(base_url: object, source: str = "base_url") -> str:
    """``base_url`` when requests can be made under it, else :class:`ClientError`.

    A query string or a fragment would be cut off or land in the middle of every request's
    target (every call would then go to the wrong path), whitespace and control characters would
    be refused or re-encoded by httpx, and a URL httpx cannot parse would fail every request.
    """
    if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
        shown = display_url(base_url) if isinstance(base_url, str) else base_url
        raise ClientError(f"{source} must be an http(s) URL, got {shown!r}")
    shown = display_url(base_url)
    if any(char.isspace() or not char.isprintable() for char in base_url):
        raise ClientError(
            f"{source} {shown!r} contains whitespace or a control character (check for one "
            "copied along with it)"
        )
    if "?" in base_url or "#" in base_url:
        raise ClientError(
            f"{source} {shown!r} has a query string or a fragment: give the address the API "
            "paths go under, such as 'https://api.example.com/v3'"
        )
    path = base_url.split("://", 1)[1].partition("/")[2]
    if any(part.lower().replace("%2e", ".") in (".", "..") for part in path.split("/")):
        # Resolved away when a request is made: ".../v3/.." sent every call to the host's root.
        raise ClientError(
            f"{source} {shown!r} has a '.' or '..' segment in its path: give the address the "
            "API paths go under, such as 'https://api.example.com/v3'"
        )
    try:
        url = httpx.URL(base_url)
        url.host  # noqa: B018 - decoding the host is what refuses one IDNA cannot encode
    except (httpx.InvalidURL, UnicodeError) as exc:
        # httpx's reason quotes the part it refused, which could be the password.
        reason = f" ({exc})" if shown == base_url else ""
        raise ClientError(f"{source} {shown!r} is not a usable URL{reason}") from None
    refusal = url_refusal(url)  # no host, a port out of range, a name no resolver takes
    if refusal is not None:
        raise ClientError(f"{source} {shown!r} is not a usable URL: {refusal}")
    return base_url


DEADLINE_GRACE = 5.0
"""Seconds an attempt of a call with a deadline is always given (the client's own timeouts
permitting), even when it is sent at the deadline: a wait's last poll."""

CUT_TIMEOUT = "didww.cut_timeout"
"""Request extension: the timeouts of an attempt cut to its call's deadline (see
:class:`Attempts`), which the shells send with instead of the client's own."""

NEEDS_TOKEN = "didww.needs_token"
"""Request extension: the shell adds ``Authorization: Bearer <token>`` before sending."""


class ClientCore:
    """Configuration and request/answer handling shared by ``Client`` and ``AsyncClient``."""

    def __init__(
        self,
        *,
        api: ApiInfo,
        base_url: str,
        api_key: str | None,
        tokens: TokenState | None = None,
        api_version: str | None = None,
        clock: Clock | None = None,
        environment_name: str = "API at a custom base_url",
    ) -> None:
        if api_key is not None:
            # Checked like a bearer token: it goes into a header on every request.
            api_key = check_credential(api_key, "api_key")
        if api.auth == "api_key" and api_key is None:
            raise ClientError("api_key is required")
        check_base_url(base_url)
        api_version = api.version if api_version is None else api_version
        if api_version != api.version:
            # The models, paths and authentication are those of api.version: a request saying
            # another version would be answered in a shape this core cannot read.
            raise ClientError(f"api_version: this client speaks API version {api.version} only")
        self.api = api
        self._api_key = api_key
        self.tokens = tokens
        self.environment_proxies = False
        """Whether the shell's httpx client is the SDK's own, which takes the proxy the
        environment names (``HTTPS_PROXY``...): then a connection error names the proxy too."""
        self.base_url = base_url.rstrip("/")
        url = httpx.URL(self.base_url)
        self.origin = _origin(url)
        self._url_password = url.password  # a secret too: filtered wherever the key is
        self.api_version = api_version
        self.environment_name = environment_name
        self.clock = clock or Clock()
        self.policy = RetryPolicy()
        self._sensitive = api.sensitive_fields
        self._bearer = api.bearer
        self._header_cache: dict[bool, httpx.Headers] = {}
        self._wire = _WireParts.of(self)

    @property
    def secrets(self) -> tuple[str, ...]:
        found: tuple[str, ...] = (self._api_key,) if self._api_key else ()
        if self._url_password:
            found += (self._url_password,)
        return found + (self.tokens.secrets() if self.tokens is not None else ())

    def headers(self, *, public: bool) -> dict[str, str]:
        headers = {
            "Accept": MEDIA_TYPE,
            # The codings the SDK undoes itself, within its size limit (see _body_limit): a page
            # of JSON shrinks ten times or more, which a real network feels far more than the
            # ~0.1 ms inflating a 50-DID page takes. Said rather than left out, which would take
            # any coding (RFC 9110), br and zstd included, which the SDK refuses.
            "Accept-Encoding": "gzip, deflate",
            "Content-Type": MEDIA_TYPE,
            "User-Agent": USER_AGENT,
        }
        if self.api.version_header:
            headers["X-DIDWW-API-Version"] = self.api_version
        if not public and not self._bearer and self._api_key is not None:
            headers["Api-Key"] = self._api_key
        return headers

    def _json_api_headers(self, public: bool) -> httpx.Headers:
        # Built once: normalising the same five headers for every request is measurable.
        headers = self._header_cache.get(public)
        if headers is None:
            headers = self._header_cache[public] = httpx.Headers(self.headers(public=public))
        return headers

    def plan(
        self,
        method: str,
        path: str,
        *,
        params: QueryParams | None = None,
        body: dict[str, Any] | None = None,
        public: bool = False,
    ) -> Planned:
        """A JSON:API request to ``path`` (percent-encoded already) under the base URL."""
        if params is not None and not isinstance(params, QueryParams):
            raise ClientError(f"params must be didww.QueryParams, got {type(params).__name__}")
        content = encode_document(body) if body is not None else None
        return Planned(self, method, path, params, content, public)

    def http_request(
        self,
        method: str,
        path: str,
        params: QueryParams | None,
        content: bytes | None,
        public: bool,
    ) -> httpx.Request:
        query: list[tuple[str, Any]] | None = None if params is None else list(params.to_list())
        # Handing httpx a parsed URL halves what building the request costs.
        try:
            url = (
                httpx.URL(self.base_url + path, params=query)
                if query
                else httpx.URL(self.base_url + path)
            )
        except httpx.InvalidURL as exc:
            # What gets here is valid but for its size (ids and values are checked and encoded
            # before): httpx takes no URL of over 64 KiB, nor a query of over 64 KiB.
            shown = path if len(path) <= 60 else f"{path[:60]}..."
            raise ClientError(
                f"{method} {shown}: the request's URL would be too long ({exc}); an id or filter "
                "value this long cannot name anything, and a filter listing this many values "
                "goes in several requests (a few hundred values each)"
            ) from None
        return httpx.Request(
            method,
            url,
            headers=self._json_api_headers(public),
            content=content,
            extensions={NEEDS_TOKEN: True} if self._bearer and not public else None,
        )

    @property
    def wire_key(self) -> tuple[str, str, int] | None:
        """The (scheme, host, port) the fast path connects to; None when it cannot be used."""
        return self._wire.key if self._wire is not None else None

    def wire(self, planned: Planned, token: str | None) -> bytes:
        """The bytes of ``planned`` as one HTTP/1.1 request, as httpx would build them: the
        same target, headers (``Host`` first) and body. Only when :attr:`wire_key` is set."""
        parts = self._wire
        assert parts is not None  # callers check wire_key first
        target = parts.prefix + planned.path.encode("ascii")
        params = planned.params
        query = params._cached("wire query", _encoded_query) if params is not None else b""
        if query:
            target += b"?" + query
        content = planned.content
        if content is None and planned.method in ("POST", "PUT", "PATCH"):
            host = parts.host + b"Content-Length: 0\r\n"  # where httpx puts it
        else:
            host = parts.host
        head = b"%s %s HTTP/1.1\r\n%s%s" % (
            planned.method.encode("ascii"),
            target,
            host,
            parts.public_head if planned.public else parts.head,
        )
        if token is not None:  # given only for a request that carries one
            head += b"Authorization: Bearer %s\r\n" % token.encode("utf-8")  # as httpx encodes it
        if content is None:
            return head + b"\r\n"
        return b"%sContent-Length: %d\r\n\r\n%s" % (head, len(content), content)

    def build_multipart_request(
        self, path: str, fields: dict[str, str], files: dict[str, tuple[str, bytes, str]]
    ) -> httpx.Request:
        """A multipart/form-data POST (encrypted file uploads are not JSON:API)."""
        headers = self.headers(public=False)
        del headers["Content-Type"]  # httpx writes multipart/form-data with its boundary
        return httpx.Request(
            "POST",
            self.base_url + path,
            headers=headers,
            data=fields,
            files=files,
            extensions={NEEDS_TOKEN: True} if self._bearer else None,
        )

    def build_download_request(self, url: str) -> httpx.Request:
        """A GET of a file URL; the API key goes along only when the URL is on the API host."""
        try:
            target = httpx.URL(url)
            own = self.is_own(target)
        except (httpx.InvalidURL, UnicodeError):  # UnicodeError: a host IDNA cannot encode
            raise DecodeError(
                f"the export's url {display_url(url)!r} is not a usable URL",
                http_status=None,
                body_snippet=None,
            ) from None
        if target.scheme not in ("http", "https"):
            raise ClientError(f"cannot download from {display_url(url)!r}: not an http(s) URL")
        refusal = url_refusal(target)
        if refusal is not None:
            raise DecodeError(
                f"the export's url {display_url(url)!r} is not a usable URL: {refusal}",
                http_status=None,
                body_snippet=None,
            )
        headers = self.headers(public=not own)
        headers["Accept"] = "*/*"
        del headers["Content-Type"]
        # Bearer versions still take the API key on the download alone; without one, the token.
        if own and self._bearer and self._api_key is not None:
            headers["Api-Key"] = self._api_key
        needs_token = own and self._bearer and self._api_key is None
        return httpx.Request(
            "GET", target, headers=headers, extensions={NEEDS_TOKEN: True} if needs_token else None
        )

    def is_own(self, url: httpx.URL) -> bool:
        """Whether ``url`` is on the configured API host (where the API key may go)."""
        return _origin(url) == self.origin

    def redirect(self, request: httpx.Request, response: httpx.Response) -> httpx.Request | None:
        """The request to send for a redirect answer; the API key never leaves the API host."""
        location = response.headers.get("Location")
        if response.status_code not in _REDIRECT_STATUSES or not location:
            return None
        if _is_write(request):
            raise redirected_write(request, response.status_code, location)
        try:
            url = request.url.join(location)
            own = self.is_own(url)
        except (httpx.InvalidURL, UnicodeError):  # UnicodeError: a host IDNA cannot encode
            raise APIConnectionError(unusable_redirect(request, response.status_code)) from None
        if url.scheme not in ("http", "https"):
            return None
        if url_refusal(url) is not None:
            raise APIConnectionError(unusable_redirect(request, response.status_code))
        headers = httpx.Headers(request.headers)
        headers.pop("Host", None)
        if not own:
            # A read carries no body: only the credentials must stay home.
            headers.pop("Api-Key", None)
            headers.pop("Authorization", None)
        return httpx.Request(
            request.method,
            url,
            headers=headers,
            content=request.content,
            extensions=request.extensions,
        )

    def secrets_of(self, request: httpx.Request | None) -> tuple[str, ...]:
        """What must never be shown from an exchange: the client's credentials and the secret
        values (passwords, credentials) the request carried in its body."""
        found = self.secrets
        if self._bearer and request is not None:
            # The token this request carried, which may no longer be the client's current one.
            sent = request.headers.get("Authorization", "").removeprefix("Bearer ")
            if sent and sent not in found:
                found += (sent,)
        if request is not None and request.method in ("POST", "PATCH"):
            try:
                body = request.content
            except httpx.RequestNotRead:
                return found
            found += secret_values(body, self._sensitive)
        return found

    def raise_for_status(self, answer: Answer) -> None:
        status = answer.status_code
        if status < 400:
            return
        response = as_response(answer)
        # The secrets are read from the request as sent, before kept() filters it.
        secrets = self.secrets_of(response.request)
        errors = decode_errors(response.content, secrets)
        hint = self.hint_for(status, response)
        raise error_class_for(status)(
            status,
            errors,
            request_id=response.headers.get("X-Request-Id"),
            response=without_echoes(kept(response, self._sensitive), secrets),
            hint=hint,
        )

    def hint_for(self, status: int, response: httpx.Response) -> str | None:
        """A word on what an error status means here, when the SDK can tell."""
        host = self.origin[1]
        sent_headers = response.request.headers
        if status == 401 and "Api-Key" not in sent_headers and "Authorization" not in sent_headers:
            # No credential went: a file on another host, or a redirect from one to here. What
            # was refused is where the request ended, not a key of the wrong environment.
            where = response.request.url.host or "the server"
            return (
                f"{where} asked for credentials, and the request carried none: the SDK sends "
                f"them only with its requests to {host}, never to a file URL on another host "
                "nor on a redirect from one"
            )
        # A bearer client's download carries the API key, when it has one, instead of a token.
        if status == 401 and self._bearer and "Api-Key" not in sent_headers:
            sent = response.request.headers.get("Authorization", "").removeprefix("Bearer ")
            expires = token_expiry(sent) if sent else None
            past = expires is not None and expires <= self.clock.now()
            when = _moment(expires) if past and expires is not None else None
            if when is not None:
                return (
                    f"the bearer token was refused by {host}, the {self.environment_name}: it "
                    f"expired at {when:%Y-%m-%d %H:%M:%S} UTC (its exp claim); mint a new one"
                )
            challenge = response.headers.get("WWW-Authenticate", "")
            if not challenge.lower().startswith("bearer") and _asks_for_api_key(response):
                # The reverse of the case below: the server speaks a version that takes keys.
                from didww._api import versions_with

                keyed = ", ".join(versions_with(bearer=False)) or "none of this SDK's"
                return (
                    f"{host} asks for an API key (its answer names the Api-Key header), not a "
                    f"bearer token: it speaks an API version that takes API keys ({keyed}), "
                    f"while this client speaks {self.api_version}, which takes tokens"
                )
            return (
                f"the bearer token was refused by {host}, the {self.environment_name}: it may "
                "have expired, or have been minted for another environment"
            )
        challenge = response.headers.get("WWW-Authenticate", "")
        if status == 401 and not self._bearer and challenge.lower().startswith("bearer"):
            # An API key sent where a bearer token is wanted: the server speaks an API version
            # that takes tokens, not this client's.
            from didww._api import versions_with

            bearer = ", ".join(versions_with(bearer=True)) or "none of this SDK's"
            return (
                f"{host} asks for a bearer token (WWW-Authenticate: Bearer), not an API key: it "
                f"speaks an API version that takes tokens ({bearer}), while this client speaks "
                f"{self.api_version}, which takes API keys"
            )
        if status == 401:
            return (
                f"refused by {host}, the {self.environment_name}: an API key works only in the "
                "environment it was made for"
            )
        if status == 403 and "insufficient_scope" in challenge:
            return (
                "the token is read-only (minted with the read scope): mint one with a scope "
                "that may write"
            )
        return None

    def undecodable(self, response: httpx.Response, exc: httpx.DecodingError) -> httpx.Response:
        """An answer whose body its Content-Encoding cannot decode: an error status's answer with
        no body, handled as any other (a 503 is retried, a create's 5xx says it may have been
        carried out), since such a body could say no more than its status; DecodeError for any
        other status."""
        encoding = response.headers.get("Content-Encoding", "")
        status = response.status_code
        if status >= 400:
            return with_content(response, b"")
        raise DecodeError(
            f"the answer says Content-Encoding: {encoding} but its body cannot be decoded so "
            f"({exc})",
            http_status=status,
            body_snippet=None,
        )

    def document(
        self,
        response: Answer,
        *,
        many: bool,
        expected_type: str | None,
        registry: Registry,
        expected_id: str | None = None,
    ) -> Document:
        self.raise_for_status(response)
        if 300 <= response.status_code < 400:
            raise _unfollowed(response)
        return decode_document(
            response.content,
            response.status_code,
            many=many,
            expected_type=expected_type,
            expected_id=expected_id,
            registry=registry,
            # Needed only to redact an error: parsing the request body for its secret values
            # on every successful answer would cost an update a second JSON parse.
            secrets=_SecretsOf(self, response),
        )

    def download_call(self, request: httpx.Request) -> Call[None]:
        """A file download as a call, for its retries: a GET, safe to repeat; only an error
        status reaches ``finish``, which raises it. A body cut short is sent again under the
        same :class:`Attempts` (see :class:`Reread`)."""
        return Call(request, self.raise_for_status, idempotent=True)

    def attempts(self, call: Call[T], options: Options) -> Attempts[T]:
        return Attempts(self, call, options)

    def log_body(self, call: Call[Any]) -> None:
        planned = call.planned
        if planned is not None and not planned.content:
            return
        if not logger.isEnabledFor(logging.DEBUG):
            return
        request = call.request
        if request.content:
            logger.debug(
                "%s %s body %s",
                request.method,
                self.log_url(request.url),
                redact_body(request.content, self._sensitive),
            )

    def kept(self, response: httpx.Response) -> httpx.Response:
        """``response`` as a raw response keeps it (see :func:`kept`)."""
        return kept(response, self._sensitive)

    def log_url(self, url: httpx.URL) -> str:
        """``url`` as the log shows it (see :func:`didww._logging.log_url`): a URL on another
        host than the API's shows no query."""
        return log_url(url, self.is_own(url))

    def __repr__(self) -> str:
        return (
            f"ClientCore(base_url={display_url(self.base_url)!r}, "
            f"api_version={self.api_version!r})"
        )


_CREDENTIAL_HEADERS = frozenset({"api-key", "authorization", "proxy-authorization"})


def filtered_request(
    request: httpx.Request, sensitive: frozenset[str] = frozenset()
) -> httpx.Request:
    """A copy of ``request`` whose credentials read ``[FILTERED]``: the ``Api-Key``,
    ``Authorization`` and ``Proxy-Authorization`` headers, a password in the URL, the values
    of query parameters named like secrets (a signed download URL's ``X-Amz-Signature``) and,
    in a JSON body, the members the spec marks ``sensitive`` or named like secrets (a SIP
    ``auth_password``), as the log shows them.

    What was sent is unchanged; the copy is what errors and raw responses keep, so that neither
    printing, pickling nor inspecting them shows a key, token or password.
    """
    headers = httpx.Headers(
        [
            (name, FILTERED if name.lower() in _CREDENTIAL_HEADERS else value)
            for name, value in request.headers.multi_items()
        ]
    )
    url = request.url
    if url.password:
        url = url.copy_with(password=FILTERED)
    if url.query:
        params = [
            (name, FILTERED if is_secret_name(name) else redact_query_value(value))
            for name, value in url.params.multi_items()
        ]
        if params != url.params.multi_items():
            url = url.copy_with(params=params)
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        body = redacted_body(request.read(), sensitive)
        if body is not None:
            stream = httpx.ByteStream(body)
            headers["Content-Length"] = str(len(body))
    copy = httpx.Request(
        request.method,
        url,
        headers=headers,
        stream=stream,
        extensions=dict(request.extensions),
    )
    if isinstance(stream, httpx.ByteStream):
        copy.read()  # its content was at hand: keep it readable as .content
    return copy


def kept(response: httpx.Response, sensitive: frozenset[str] = frozenset()) -> httpx.Response:
    """``response`` as an error or a raw response keeps it: its request is replaced by a
    :func:`filtered_request` copy (the answer itself is left as it is)."""
    try:
        request = response.request
    except RuntimeError:  # httpx: a response made without a request
        return response
    response.request = filtered_request(request, sensitive)
    # httpx sets this for a redirect it was told not to follow; it carries the headers too.
    response.next_request = None
    return response


def _moment(seconds: float) -> dt.datetime | None:
    """POSIX ``seconds`` as a UTC time; None when no datetime holds it (a forged claim)."""
    try:
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def _unfollowed(response: Answer) -> DecodeError:
    """The error for a redirect the client did not follow (see :meth:`ClientCore.redirect`):
    its body is no JSON:API document, and saying "not valid JSON" would hide why."""
    status = response.status_code
    location = response.headers.get("Location")
    why = (
        "without a Location header"
        if not location
        else f"to {display_url(location)!r}, which is not an http(s) URL"
    )
    return DecodeError(
        f"the API answered HTTP {status}, a redirect {why}, so it was not followed",
        http_status=status,
        body_snippet=None,
    )


def _without_echoes_in_json(body: bytes, secrets: tuple[str, ...]) -> str | None:
    """A JSON body with the secrets in its strings filtered, written compactly, or the body as
    it came when none was echoed; None when the body is not JSON.

    Strings are judged as the JSON holds them, whatever escapes the server wrote (\\u003c for
    ``<``), and numbers, booleans and the document's shape are left as they are: a short secret
    (a header value of ``2``) is never taken for a number of the document."""
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    filtered = redact_json_strings(document, secrets)
    if filtered == document and not _echoed_in_a_value_dropped(body, document, secrets):
        return body.decode("utf-8", "surrogateescape")
    # Written again from what json.loads read: a name given twice keeps its last value only.
    return json.dumps(filtered, ensure_ascii=False, separators=(",", ":"))


def _echoed_in_a_value_dropped(body: bytes, document: JSON, secrets: tuple[str, ...]) -> bool:
    """Whether an object of ``body`` gives a name twice, and a value json.loads let go of (it
    keeps the last) holds a secret. Read once more, with every value kept; a body deep enough to
    fail this second reading is treated as holding one."""
    try:
        every: JSON = json.loads(body, object_pairs_hook=object_with_every_value)
    except RecursionError:
        return True
    return every != document and bool(redact_json_strings(every, secrets) != every)


def _redact_bytes(value: bytes, secrets: tuple[str, ...]) -> bytes:
    """A header value as it came, with ``secrets`` filtered (bytes that are not UTF-8 kept)."""
    text = value.decode("utf-8", "surrogateescape")
    filtered = redact_text(text, secrets)
    return value if filtered == text else filtered.encode("utf-8", "surrogateescape")


def without_echoes(response: httpx.Response, secrets: tuple[str, ...]) -> httpx.Response:
    """An error answer as its error keeps it: the request's secrets (the client's credentials,
    the passwords it sent) that the server echoed in the body or a header replaced by
    ``[FILTERED]``, as the error's message already has them; the answer itself when nothing was
    echoed. An error is logged, pickled and sent to error trackers whole, its ``response`` with
    it."""
    if not secrets:
        return response
    ordered = tuple(sorted(secrets, key=len, reverse=True))  # a secret inside another comes later
    # Headers too: a proxy may quote the credential it refused (WWW-Authenticate).
    headers = [(name, _redact_bytes(value, ordered)) for name, value in response.headers.raw]
    filtered = _without_echoes_in_json(response.content, ordered)
    if filtered is None:
        # Not JSON (an HTML page, a cut body): as text, each secret in any JSON spelling.
        # surrogateescape: bytes that are not UTF-8 come back unchanged.
        filtered = redact_text(response.content.decode("utf-8", "surrogateescape"), ordered)
    content = filtered.encode("utf-8", "surrogateescape")
    if content == response.content and headers == response.headers.raw:
        return response
    return with_content(response, content, headers)


REREAD = "didww.reread"
"""Response extension the shells' ``_open_stream`` sets on a download's answer: its
:class:`Reread`, with which the body's reader sends the request again after a cut."""

R = TypeVar("R")


@dataclass(frozen=True)
class Reread(Generic[R]):
    """How the reader of a download's body gets it again once it was cut short.

    ``attempts`` are those that opened the download, so that every GET of one download counts
    against the same ``max_retries``; they decide whether another is allowed and after which
    delay (:meth:`Attempts.after_lost_body`). ``send(delay)`` is the shell's: it drops the broken
    answer, waits ``delay`` seconds, sends the request again as any attempt (rate limit, token,
    redirects, error statuses raised) and returns the new answer, or an awaitable of it on the
    async client. ``closed()`` says whether the client was closed meanwhile, which most likely
    cut the body, and leaves nothing to send it again with.
    """

    attempts: Attempts[None]
    send: Callable[[float], R]
    closed: Callable[[], bool] = lambda: False


_TIMEOUTS: tuple[tuple[type[httpx.TimeoutException], str, str], ...] = (
    (httpx.ConnectTimeout, "connect", "could not connect to {host}"),
    (httpx.ReadTimeout, "read", "no answer from {host}"),
    (httpx.WriteTimeout, "write", "could not send the request to {host}"),
    (httpx.PoolTimeout, "pool", "no free connection to {host}"),
)


def _host(request: httpx.Request | None) -> str:
    if request is None:
        return "the API"
    url = request.url
    return f"{url.host}:{url.port}" if url.port else url.host


def connection_error(
    exc: httpx.TransportError,
    attempts: int,
    *,
    request: httpx.Request | None = None,
    idempotent: bool = True,
    lost_hint: str = "",
    secrets: tuple[str, ...] = (),
    proxy: str | None = None,
    closed: bool = False,
    earlier: bool = False,
) -> APIConnectionError:
    """The SDK error for a network failure, saying where, which timeout, and whether the request
    may have been carried out although its answer was lost; ``secrets`` never show in it. With
    ``closed``, the failure is the client's own ``close()``, called while the request was out;
    with ``earlier``, an earlier attempt of the call may have been carried out (its answer lost,
    or a 5xx) whatever became of this one."""
    # httpx messages name the URL at most; a header value httpx refuses is quoted whole, though,
    # so what the exchange must not show is filtered out of the message.
    host = _host(request)
    unsent = never_sent(exc)
    maybe_processed = not idempotent and (earlier or not unsent)
    if isinstance(exc, httpx.TimeoutException) and str(exc) == NOT_OVER_IN_TIME:
        message = (
            f"total timeout: the answer from {host} was not over by the wait's deadline (it "
            "came slowly, each part within the read timeout)"
        )
        error_class: type[APIConnectionError] = APITimeoutError
    elif isinstance(exc, httpx.TimeoutException) and str(exc) == NOT_SENT_IN_TIME:
        message = (
            f"total timeout: the wait's deadline passed before the request to {host} could go "
            "out again (a redirect's next hop, or a resend with a new token); it was not sent"
        )
        error_class = APITimeoutError
    elif isinstance(exc, httpx.TimeoutException):
        kind, what = "", f"timed out talking to {host}"
        for cls, name, text in _TIMEOUTS:
            if isinstance(exc, cls):
                kind, what = name, text.format(host=host)
        limits = request.extensions.get("timeout", {}) if request is not None else {}
        limit = limits.get(kind) if kind else None
        message = f"{kind + ' timeout: ' if kind else ''}{what}"
        if isinstance(limit, (int, float)):
            message += f" within {limit:g} s"
        message += " (a longer timeout can be set with timeout= or client.with_options(timeout=))"
        error_class = APITimeoutError
    else:
        detail = redact_text(str(exc), secrets)
        message = f"connection to {host} failed: {type(exc).__name__}: {detail}"
        if proxy is not None:
            # The failure may be the proxy's: the host named above may well be up.
            message += f" (through the proxy the environment names, {proxy})"
        error_class = APIConnectionError
    if closed:
        # Not a ClientError ("nothing was sent"): the request may well have been carried out.
        lost = "it was not sent" if unsent else "its answer was lost"
        message = f"the client was closed while the request was under way, and {lost} ({message})"
    if maybe_processed and request is not None:
        if unsent:
            message += (
                f"; an earlier attempt of the {request.method} may have been carried out (its "
                "answer was lost, or a 5xx): check before sending it again"
            )
        else:
            message += (
                f"; the {request.method} may have reached DIDWW before the connection failed, "
                "so it may have been carried out: check before sending it again"
            )
        if lost_hint:
            message += f" ({lost_hint})"
    return error_class(message, attempts=attempts, may_have_been_processed=maybe_processed)


def undecodable_in_transport(exc: httpx.DecodingError) -> DecodeError:
    """A body that a caller's transport failed to decode before handing over the answer."""
    return DecodeError(
        f"the http_client could not decode the answer's body ({exc})",
        http_status=None,
        body_snippet=None,
    )


class Attempts(Generic[T]):
    """The retry state of one call: the shells ask it what to do after each attempt.

    An attempt is one sending of the request: the first, each retry, and the one resend after a
    401 that had the bearer token replaced. Following a redirect is part of the attempt that
    got it. :attr:`number` counts them (``RawResponse.attempts``, ``APIError.attempts``);
    ``max_retries`` limits the retries alone, so a refused token costs no retry.
    """

    def __init__(self, core: ClientCore, call: Call[T], options: Options) -> None:
        self._core = core
        self._call = call
        self._max_retries = options.max_retries
        self._idempotent = call.idempotent or options.retry_non_idempotent
        self._timeout = options.timeout
        self.timeout = options.timeout
        """The timeouts of the current attempt: the client's, cut to the time the call's
        deadline leaves."""
        self._answer_by: float | None = None
        """See :meth:`answer_by`; None until the current attempt is first sent."""
        self.number = 0
        self._resent = 0
        """How many of the attempts resent the request with a new token (not retries)."""
        self._started = 0.0
        self._maybe_done = False
        """Whether an attempt that is being repeated may have been carried out (its answer lost
        or a 5xx): a DELETE's 404 on a later attempt may then be that attempt's own doing."""
        self._url: httpx.URL | None = None
        """Where the request went after a redirect, for the log; None before any redirect."""
        self._logged: Answer | None = None
        """The answer :meth:`answered` logged, so that the final line does not repeat it."""

    def start(self) -> None:
        self.number += 1
        self._started = self._core.clock.monotonic()
        self._url = None
        self._logged = None
        if self.number == 1:
            self._core.log_body(self._call)
        deadline = self._call.deadline
        if deadline is not None:
            # Each timeout is cut to the time left (a slow answer to a poll would otherwise hold
            # a wait() past its own), but never below DEADLINE_GRACE: the last poll of a wait is
            # sent at its deadline, and must be given the time to be answered.
            left = max(deadline - self._started, DEADLINE_GRACE)
            timeouts: dict[str, float | None] = dict.fromkeys(
                ("connect", "read", "write", "pool"), left
            )
            for part, limit in self._timeout.items():
                if limit is not None:
                    timeouts[part] = min(limit, left)
            self.timeout = timeouts
            self._call.request.extensions[CUT_TIMEOUT] = timeouts
        self._answer_by = None

    def answer_by(self) -> float | None:
        """The ``time.monotonic()`` by which the current attempt's whole answer must be in,
        its redirects and a resend with a new token included; None for a call without a
        deadline. Fixed when the attempt is first sent (after its rate-limit turn and its
        token, which may have taken a while): the time the call's deadline leaves then, never
        below DEADLINE_GRACE, as for the timeouts (see :meth:`start`).

        Real time, whatever the client's clock: it bounds the network, not the wait's sleeps."""
        deadline = self._call.deadline
        if deadline is None:
            return None
        if self._answer_by is None:
            left = max(deadline - self._core.clock.monotonic(), DEADLINE_GRACE)
            self._answer_by = time.monotonic() + left
        return self._answer_by

    @property
    def deadline(self) -> float | None:
        """When the call must have started its last attempt (a wait's poll), on the client's
        clock; None when it has no deadline."""
        return self._call.deadline

    def time_for_token(self) -> float | None:
        """How long the attempt may wait for its bearer token (an async client cuts the wait
        off then): the time the call's deadline leaves, never below DEADLINE_GRACE, as for its
        timeouts (see :meth:`start`); None for a call without a deadline."""
        deadline = self._call.deadline
        if deadline is None:
            return None
        return max(deadline - self._core.clock.monotonic(), DEADLINE_GRACE)

    def no_token_in_time(self) -> APITimeoutError:
        """The error for an attempt whose bearer token did not come in the time
        :meth:`time_for_token` gave: nothing was sent, and the call is over, out of time."""
        return self._unsent(
            "token",
            "the token_provider gave no token before this request's deadline (a wait's "
            "timeout); it was not sent",
        )

    def no_turn_in_time(self) -> APITimeoutError:
        """The error for an attempt whose rate-limit turn would come after the call's deadline:
        nothing was sent, and the call is over, out of time."""
        return self._unsent(
            "rate_limit",
            "the client's rate limit gave this request no turn before its deadline (other "
            "requests of the client had booked the turns until then); it was not sent",
        )

    def _unsent(self, why: str, message: str) -> APITimeoutError:
        self._call.out_of_time = True
        self._call.unsent = why
        # attempts: the ones sent before it, if any
        return APITimeoutError(message, attempts=self.number - 1)

    def _too_late(self, delay: float) -> bool:
        """Whether a retry after ``delay`` seconds would start past the call's deadline (then
        the call is over, out of time)."""
        deadline = self._call.deadline
        if deadline is None or self._core.clock.monotonic() + delay < deadline:
            return False
        self._call.out_of_time = True
        return True

    @property
    def _retries_used(self) -> int:
        """The attempts so far that count against ``max_retries``: all but the token resends."""
        return self.number - self._resent

    def _elapsed_ms(self) -> float:
        return (self._core.clock.monotonic() - self._started) * 1000

    def _backoff(self) -> float:
        return self._core.policy.backoff(self._retries_used, self._core.clock.random())

    def _sent_url(self) -> str:
        """The URL the current attempt is talking to, for the log."""
        return self._core.log_url(self._url if self._url is not None else self._call.request.url)

    def _log_answer(self, response: Answer, then: str = "", level: int = logging.DEBUG) -> None:
        """One line for an answer, naming the URL that gave it."""
        request = self._call.request  # a plain answer of the fast path follows no redirect
        if isinstance(response, httpx.Response):
            # After a redirect, not the request first sent; httpx raises RuntimeError for an
            # answer made without a request (a caller's mock).
            with contextlib.suppress(RuntimeError):
                request = response.request
        logger.log(
            level,
            "%s %s -> %d in %.1f ms (attempt %d, request id %s)%s",
            request.method,
            self._core.log_url(request.url),
            response.status_code,
            self._elapsed_ms(),
            self.number,
            response.headers.get("X-Request-Id"),
            then,
        )

    def answered(self, response: httpx.Response, redirect: httpx.Request | None = None) -> None:
        """Log an answer that is not the attempt's last: a 401 that makes the token provider
        run, or a redirect (to ``redirect``), which the shell follows."""
        if logger.isEnabledFor(logging.DEBUG):
            then = ""
            if redirect is not None:
                then = f", redirected to {self._core.log_url(redirect.url)}"
            self._log_answer(response, then)
            self._logged = response
        if redirect is not None:
            self._url = redirect.url
            self._started = self._core.clock.monotonic()  # the next line times the next hop

    def resend(self) -> None:
        """The request is sent again with a fresh token after a 401: a new attempt, but not a
        retry (it takes nothing from ``max_retries``)."""
        self.number += 1
        self._resent += 1
        self._started = self._core.clock.monotonic()
        self._url = None
        if logger.isEnabledFor(logging.DEBUG):
            request = self._call.request
            logger.debug(
                "sending %s %s again with a new token (attempt %d)",
                request.method,
                self._core.log_url(request.url),
                self.number,
            )

    def after_error(self, exc: httpx.TransportError, *, closed: bool = False) -> float:
        """The delay before trying again, or raises the connection error when done; never tried
        again once the client is ``closed`` (the failure is most likely the closing itself)."""
        request = self._call.request
        logger.debug(
            "%s %s failed: %s after %.1f ms (attempt %d)",
            request.method,
            self._sent_url(),
            type(exc).__name__,
            self._elapsed_ms(),
            self.number,
        )
        if self._call.deadline is not None and isinstance(exc, httpx.TimeoutException):
            # A timeout cut to the deadline (see start()) is the deadline's doing.
            self._too_late(0.0)
        if (
            not closed
            and self._retries_used <= self._max_retries
            and error_is_retryable(exc, self._idempotent)
            and not self._call.out_of_time
            and not self._too_late(delay := self._backoff())
        ):
            self._maybe_done = self._maybe_done or not never_sent(exc)
            logger.info(
                "retrying %s %s in %.2f s after %s",
                request.method,
                self._core.log_url(request.url),
                delay,
                type(exc).__name__,
            )
            return delay
        raise connection_error(
            exc,
            self.number,
            request=request,
            # The request's nature, not whether the client was told to retry it anyway
            # (retry_non_idempotent): a create sent again may still have been carried out.
            idempotent=self._call.idempotent,
            lost_hint=self._call.lost_hint,
            secrets=self._core.secrets_of(request),
            proxy=environment_proxy(request.url) if self._core.environment_proxies else None,
            closed=closed,
            earlier=self._maybe_done,
        ) from None

    def failed(self, exc: DidwwError) -> None:
        """Flag an SDK error that ended an attempt other than by its answer or a connection
        failure: the client closed during the wait before a retry, a rate-limit turn or a token
        that did not come in time, an answer whose body cannot be read. A request not safe to
        repeat may have been carried out when an earlier attempt may have been (its answer lost,
        or a 5xx), or when the API answered this one with a 2xx or a 5xx: the error says so, as
        the errors of :meth:`after_error` and :meth:`finish` do."""
        if self._call.idempotent or exc.may_have_been_processed:
            return
        status = getattr(exc, "http_status", None)
        answered = isinstance(status, int) and (status < 300 or status >= 500)
        # A caller's transport that failed to decode a body had an answer, of a status it did
        # not hand over: a 2xx as likely as any.
        unread = status is None and isinstance(exc, DecodeError)
        if self._maybe_done or answered or unread:
            exc._may_have_been_processed(self._carried_out())

    def _carried_out(self) -> str:
        """What an error adds when the request may have been carried out all the same."""
        text = (
            f"the {self._call.request.method} may have been carried out all the same: check "
            "before sending it again"
        )
        return f"{text} ({self._call.lost_hint})" if self._call.lost_hint else text

    def after_response(self, response: Answer) -> float | None:
        """The delay before trying again, or None when this answer is final.

        Every answer gets a DEBUG line; the final answer of a call that fails with an API error
        (a 4xx or 5xx not tried again) gets it at INFO instead, so that ``enable_logging("info")``
        shows the calls that failed and the retries, and nothing of those that went well.
        """
        status = response.status_code
        delay = self._retry_delay(response)
        if response is not self._logged:  # a 401 that answered() logged is not repeated
            level = logging.INFO if delay is None and status >= 400 else logging.DEBUG
            # Skip formatting work on the hot path.
            if logger.isEnabledFor(level):
                self._log_answer(response, level=level)
        self._logged = None
        if delay is None:
            return None
        self._maybe_done = self._maybe_done or status >= 500
        request = self._call.request
        logger.info(
            "retrying %s %s in %.2f s after HTTP %d",
            request.method,
            self._core.log_url(request.url),
            delay,
            status,
        )
        return delay

    def _retry_delay(self, response: Answer) -> float | None:
        """How long to wait before sending the request again after ``response``, or None when
        it is not sent again (a final answer, no retry left, or past the deadline)."""
        if self._retries_used > self._max_retries or not response_is_retryable(
            response.status_code, self._idempotent
        ):
            return None
        delay = self._core.policy.retry_after(
            response.headers.get("Retry-After"), self._core.clock.now()
        )
        if delay is None:
            delay = self._backoff()
        return None if self._too_late(delay) else delay

    def after_lost_body(self, what: str) -> float | None:
        """After the body of a streamed answer stopped short (a download): the delay before
        sending the request again, to read the body from its start, or None when it may not be.

        Decided as for a connection lost once the request went out (:meth:`after_error`): the
        request may have been carried out, so it is repeated only when that is safe (a download
        is a GET), within ``max_retries``. ``what`` says what happened, for the log.
        """
        request = self._call.request
        logger.debug(
            "%s %s: the body %s after %.1f ms (attempt %d)",
            request.method,
            self._sent_url(),
            what,
            self._elapsed_ms(),
            self.number,
        )
        if self._retries_used > self._max_retries or not self._idempotent:
            return None
        self._maybe_done = True
        delay = self._backoff()
        logger.info(
            "retrying %s %s in %.2f s: the body %s",
            request.method,
            self._core.log_url(request.url),
            delay,
            what,
        )
        return delay

    def finish(self, response: Answer) -> T:
        try:
            return self._call.finish(response)
        except DecodeError as exc:
            if not self._call.idempotent and response.status_code < 300:
                # The API carried the create out (a 2xx) but its answer is unusable: the
                # resource exists, and sending the request again would make a second one.
                exc.may_have_been_processed = True
            raise
        except APIError as exc:
            request = self._call.request
            if self._maybe_done and exc.http_status == 404 and request.method == "DELETE":
                exc._add_hint(
                    "an earlier attempt's answer was lost, and that attempt may have deleted it"
                )
            if not self._call.idempotent and (self._maybe_done or exc.http_status >= 500):
                # A 502 or 504 from a gateway, or a 500 from the API itself, may come after the
                # work was done; so may any answer to an attempt after one of those.
                exc._may_have_been_processed(self._carried_out())
            exc._record_attempts(self.number)
            raise


def _unchecked_hint(text: str) -> str:
    """How to send ``text`` unchecked, for an error: ``didww.Unchecked('...')`` with the text
    itself when it is short; a long one is not repeated (the error shows its start already, and
    a value pasted by mistake can be megabytes)."""
    return f"didww.Unchecked({text!r})" if len(text) <= 60 else "didww.Unchecked(your value)"


def path_segment(id: object, operation: str) -> str:
    """An id as exactly one percent-encoded URL path segment, or :class:`ClientError` when it can
    be no id (see :func:`didww._ids.id_problem`): refused before anything is sent. What is left
    is encoded so that it cannot be read as anything but one segment."""
    problem = id_problem(id)
    if problem is not None:
        raise ClientError(f"{operation}: {problem}")
    assert isinstance(id, str)  # id_problem says so
    return quote(id, safe=_UNRESERVED)


_UNRESERVED = "-._~"


def _page_number(params: QueryParams | None) -> int:
    return int(params.page_number) if params is not None and params.page_number else 1


_PAGE_DIGITS = 18
"""Digits of the longest page number or size read from a link: no list has 10**18 pages."""


def _link_page_value(url: httpx.URL, name: str) -> int | None:
    """``page[name]`` of a ``links.next`` URL as a number, or None when the link has none;
    ``ValueError`` when it is not a number: the link is then unusable, as one that is no URL.

    ASCII digits only: ``str.isdigit()`` is also true for digits ``int()`` refuses ("²") or
    reads as another script's ("٣"), and ``int()`` raises past 4,300 digits."""
    text = url.params.get(f"page[{name}]")
    if text is None:
        return None
    digits = text.lstrip("0")
    if not (text.isascii() and text.isdigit()) or len(digits) > _PAGE_DIGITS:
        raise ValueError(f"its page[{name}] is not a page {name}: {text[:20]!r}")
    return int(digits or "0")


def _checked(key_or_value: object) -> bool:
    """Whether a json object's key or value is judged against the spec's ``keys``: not when the
    caller wrote it as :class:`didww.Unchecked`, the escape hatch for one newer than the SDK."""
    return not isinstance(key_or_value, Unchecked)


class RepositoryCore(Generic[M]):
    """Plans the calls of one repository; the generated subclasses set the class variables."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        check_methods(cls)  # a misspelt keyword raises ArgumentError, not TypeError

    if not TYPE_CHECKING:  # type checkers would accept any name with a __getattr__

        def __getattr__(self, name: str) -> Any:
            # Only reached when the normal lookup failed: a misspelling, or an operation the
            # API does not offer for this resource (client.dids.create).
            if name.startswith("_"):
                raise private(self, name)
            raise unknown_operation(self, name, self._path)

    _model: type[M]
    _path: str
    _public: bool = False
    _singleton: bool = False
    _idempotent_create: bool = False
    _lifecycle: tuple[str, frozenset[str]] | None = None
    """For resources whose status moves on its own: the status attribute and its terminal values."""
    _lost_hint: str = ""
    """Added to the error when a create may have been carried out but its answer was lost."""
    _filters: frozenset[str] = frozenset()
    _one_value_filters: frozenset[str] = frozenset()
    """The filters the API version documents as taking one value, not a comma-separated list
    (the spec's ``filter_values`` ``one``)."""
    _empty_value_filters: frozenset[str] = frozenset()
    """The filters the API version documents as taking an empty value (``filter_values``
    ``empty``)."""
    _filter_types: tuple[tuple[str, str], ...] = ()
    """(filter, spec type) for the filters whose type the spec states (``filter_values``
    ``type``)."""
    _sorts: frozenset[str] = frozenset()
    _listing: str = "paginated"
    """How the list is answered (the catalog's ``listing``): anything but ``paginated`` is one
    answer without pages, so a query for it takes no ``page()`` and ``iter()`` no page size."""
    _page_size_max: int | None = None
    """The largest ``page[size]`` the API takes for this list (the spec's ``page_size.max``);
    None when the API states none."""
    _json_keys: tuple[tuple[str, JsonKeysInfo], ...] = ()
    """The json attributes whose keys the spec lists (the catalog's ``keys``), checked on create."""

    def __init__(self, core: ClientCore) -> None:
        self._core = core

    def __repr__(self) -> str:
        # Names the resource and the API version, never the client's credentials.
        version = self._model._REGISTRY.version
        return f"<{type(self).__name__} {self._path} of API version {version}>"

    def _name(self, operation: str) -> str:
        return f"{self._path.strip('/')}.{operation}"

    def _checked(self, params: QueryParams | None, operation: str) -> QueryParams | None:
        if params is None:
            return None
        if not isinstance(params, QueryParams):
            raise ClientError(
                f"{self._name(operation)}: params must be didww.QueryParams, "
                f"got {type(params).__name__}"
            )
        # A query is immutable, so one that passed for this repository and operation passes
        # again: a walk or a loop of finds with the same query checks it once.
        params._cached((type(self), operation), lambda checked: self._check(checked, operation))
        return params

    def _check(self, params: QueryParams, operation: str) -> bool:
        check_query(
            params,
            self._name(operation),
            listing=operation == "list",
            list_shape=self._listing,
            page_size_max=self._page_size_max,
            model=self._model,
            filters=self._filters,
            sorts=self._sorts,
            includes=self._model._INCLUDES,
            one_value_filters=self._one_value_filters,
            empty_value_filters=self._empty_value_filters,
            filter_types=dict(self._filter_types),
        )
        return True

    def _list_call(self, params: QueryParams | None) -> Call[ResourceList[M]]:
        params = self._checked(params, "list")
        request = self._core.plan("GET", self._path, params=params, public=self._public)

        def finish(response: Answer) -> ResourceList[M]:
            doc = self._core.document(
                response, many=True, expected_type=self._model.TYPE, registry=self._model._REGISTRY
            )
            items = cast(list[M], doc.data)
            page = ResourceList(items, doc.meta, doc.links)
            try:
                page._next_params = self._next_page_params(params, page)
            except (httpx.InvalidURL, ValueError) as exc:  # ValueError: see _link_page_value
                raise DecodeError(
                    f"links.next is not a usable URL ({exc})",
                    http_status=response.status_code,
                    body_snippet=None,
                ) from None
            return page

        return Call(request, finish, idempotent=True)

    def _next_page_params(
        self, params: QueryParams | None, page: ResourceList[M]
    ) -> QueryParams | None:
        """Parameters of the page after ``page``, or None on the last page.

        A ``links.next`` naming the API host decides; only its page number and size are taken,
        and the next request goes to the configured host whatever the link names. A relative
        link (which JSON:API allows), or one naming another origin (another host, or the API's
        own behind a proxy that rewrites the scheme or port), decides only when the answer has no
        ``total_records`` to count with; otherwise the count does (and no time goes to reading
        the link). A next link whose page number or size is not one it could mean raises
        ``ValueError``, which the caller reports as a :class:`DecodeError`.
        """
        number = _page_number(params)
        size = params.page_size if params is not None else None
        next_link = page.links.get("next")
        if isinstance(next_link, str) and next_link:
            url: httpx.URL | None = None
            if next_link.startswith(("http://", "https://")):
                url = httpx.URL(next_link)
                if not self._core.is_own(url) and page.total_records is not None:
                    url = None
            elif page.total_records is None:
                url = httpx.URL(self._core.base_url).join(next_link)
            if url is not None:
                link_number = _link_page_value(url, "number")
                if link_number is not None and link_number > number:
                    link_size = _link_page_value(url, "size")
                    if link_size == 0:
                        raise ValueError("its page[size] is 0")
                    # Sent on, a size past the list's maximum would be refused as the caller's
                    # misuse (ClientError) when the next page is asked for.
                    limit = self._page_size_max
                    if link_size is not None and limit is not None and link_size > limit:
                        raise ValueError(f"its page[size] {link_size} is above the {limit} allowed")
                    return (params or QueryParams()).page(link_number, link_size or size)
        elif page.links:
            return None  # the API sent pagination links and no "next": this is the last page
        if not page:
            return None
        total = page.total_records
        seen = number * (size if size is not None else len(page))
        if total is not None and seen >= total:
            return None
        if total is None:
            # Neither a "next" link to follow nor a count: an unpaginated list is whole, and
            # pages the API did not promise are never guessed at (they could repeat forever).
            return None
        return (params or QueryParams()).page(number + 1, size)

    def _find_call(
        self, id: str | None, params: QueryParams | None, operation: str = "find"
    ) -> Call[M]:
        """The GET of one resource; ``operation`` is the method the caller called (``wait``
        polls with it), which a refused id's error names."""
        params = self._checked(params, operation)
        path = self._path
        if not self._singleton:
            path += "/" + path_segment(id, self._name(operation))
        request = self._core.plan("GET", path, params=params, public=self._public)
        return Call(request, partial(self._single, asked=id), idempotent=True)

    def _single(self, response: Answer, asked: str | None = None) -> M:
        """The model of a single resource's answer; with ``asked``, an answer about another
        resource than that id is a :class:`~didww.DecodeError`."""
        doc = self._core.document(
            response,
            many=False,
            expected_type=self._model.TYPE,
            registry=self._model._REGISTRY,
            expected_id=asked,
        )
        return cast(M, doc.data)

    def _check_model(self, model: object, operation: str) -> M:
        # The same resource of another API version has the same class name: the error names
        # the versions, or it would read "expected a DID, got DID".
        check_model_class(self._model, model, self._name(operation))
        return model  # type: ignore[return-value]  # checked: an instance of self._model

    def _saving(self, model: M, body: dict[str, Any]) -> Callable[[Answer], M]:
        sent = body["data"].get("relationships", {})
        asked = model._id  # an update's; None for a create, whose answer gives the id

        def finish(response: Answer) -> M:
            saved = self._single(response, asked)
            # The API returns linkage only for included relationships; what was just written
            # is known, so keep it rather than reading it back as "not loaded".
            saved._remember_linkage(sent)
            model._absorb(saved)
            saved._keep_linked(model._linked_models())
            return saved

        return finish

    def _creating(self, model: M) -> _Creating:
        """Hold ``model`` for the create about to send it: ``with`` around the whole round
        trip, sync or async."""
        return _Creating(model, self._name("create"))

    def _create_call(self, model: M) -> Call[M]:
        model = self._check_model(model, "create")
        if model._id is not None:
            # Sent again, an answer's model would make a second resource and become it, its
            # read-only values going along (orders refuse those); the first would be left behind.
            name = type(model).__name__
            raise ClientError(
                f"{self._name('create')}: this {name} already has an id ({model._id!r}): it "
                f"names {a_or_an(name)} that exists. create() takes a new model, built without "
                "an id; to save changes to this one, use update()"
            )
        body = model._document(creating=True)
        if self._json_keys:
            self._check_keys(body["data"].get("attributes", {}))
        self._check_create(body["data"].get("attributes", {}))
        request = self._core.plan("POST", self._path, body=body, public=self._public)
        return Call(
            request,
            self._saving(model, body),
            idempotent=self._idempotent_create,
            lost_hint=self._lost_hint,
        )

    def _check_create(self, attributes: dict[str, Any]) -> None:
        """Refuse a create the repository's hand-written extension knows cannot work as the
        caller means (see ``didww._extensions``); nothing by default."""

    def _check_keys(self, attributes: dict[str, Any]) -> None:
        """Refuse a json attribute holding a key the spec says the API refuses, or missing one it
        requires, or giving a key a value its document does not allow. Checked on what would be
        sent; an attribute that is not sent, and the keys for a ``depends_on`` value that is not
        sent or is newer than the spec, are left to the API, and so is an ``Unchecked`` key or
        value."""
        for name, keys in self._json_keys:
            value, choice = attributes.get(name), keys.choice_in(attributes)
            refusal = keys.refusal(value, choice, _checked)
            if refusal is not None:
                text = f"{self._name('create')}: {refusal.describe(name, keys.depends_on)}."
                if not refusal.missing and not refusal.elsewhere:
                    hatch = _unchecked_hint(refusal.key)
                    text += f" (A key newer than this SDK can be sent as {hatch}.)"
                raise ClientError(text)
            unfit = keys.value_refusal(value, choice, _checked)
            if unfit is not None:
                text = f"{self._name('create')}: {unfit.describe(name)}."
                if isinstance(unfit.unfit, str):  # a list, or a number, has no such form
                    hatch = _unchecked_hint(str.__str__(unfit.unfit))
                    text += f" (A value newer than this SDK can be sent as {hatch}.)"
                raise ClientError(text)

    def _update_call(self, model: M) -> Call[M] | None:
        """The PATCH for the changes made to ``model``, or None when nothing changed."""
        model = self._check_model(model, "update")
        id = path_segment(self._id_of(model, "update"), self._name("update"))
        body = model._document(creating=False)
        data = body["data"]
        if "attributes" not in data and "relationships" not in data:
            edited = model._edited_related()
            if edited:
                # Nothing to send for the model, but the caller edited a resource it links to
                # (an included one): updating this model never saves that one.
                name, related = edited[0]
                repository = related.resource_type
                raise ClientError(
                    f"{self._name('update')}: {type(model).__name__} {id} has no changes, but "
                    f"its {name} ({type(related).__name__} {related.id}) has: save that one "
                    f"with client.{repository}.update(...)"
                )
            return None
        request = self._core.plan("PATCH", f"{self._path}/{id}", body=body, public=self._public)
        return Call(request, self._saving(model, body), idempotent=True)

    def _id_of(self, id_or_model: str | M, operation: str) -> str | None:
        """The id of a model of this repository, or an id as given (checked when it is sent)."""
        if isinstance(id_or_model, Resource):
            model = self._check_model(id_or_model, operation)
            if model._id is None:
                name = type(model).__name__
                raise ClientError(
                    f"{self._name(operation)}: this {name} has no id (it was never saved); "
                    f"create it first, or build it as {name}(id) to {operation} one you know"
                )
            return model._id
        return id_or_model

    def _wait_id(self, id_or_model: str | M) -> str | None:
        """The id ``wait()`` polls; a model with unsaved changes is refused: the model the wait
        returns is read from the API, without them, and a caller who rebinds to it (``order =
        orders.wait(order)``) loses them with nothing said, or keeps them when the resource
        happened to be finished already."""
        id = self._id_of(id_or_model, "wait")
        changed = (
            id_or_model._dirty_attribute_names() + id_or_model._dirty_relationship_names()
            if isinstance(id_or_model, Resource)
            else None
        )
        if changed:
            raise ClientError(
                f"{self._name('wait')}: this {type(id_or_model).__name__} has changes not saved "
                f"({', '.join(changed)}), which the model wait() returns would not hold: save "
                "them with update() first, or wait on its id and apply them afterwards"
            )
        return id

    def _poll(self, timeout: float, poll_interval: float, max_poll_interval: float) -> Poll:
        assert self._lifecycle is not None  # only generated for resources with a lifecycle
        attribute, terminal = self._lifecycle
        return Poll(
            self._core.clock,
            self._name("wait"),
            attribute,
            terminal,
            timeout=timeout,
            poll_interval=poll_interval,
            max_poll_interval=max_poll_interval,
        )

    def _delete_call(self, id_or_model: str | M) -> Call[None]:
        id = self._id_of(id_or_model, "delete")
        request = self._core.plan(
            "DELETE", f"{self._path}/{path_segment(id, self._name('delete'))}", public=self._public
        )

        def finish(response: Answer) -> None:
            self._core.raise_for_status(response)

        return Call(request, finish, idempotent=True)

    def _first_of_walk(
        self, params: QueryParams | None, page_size: int | None, prefetch: object
    ) -> QueryParams:
        """The first page's parameters of ``iter()``, every argument checked when ``iter()`` is
        called rather than when the loop starts. ``page_size`` is None for a list answered whole:
        its one answer is asked for without page parameters."""
        where = self._name("iter")
        if page_size is None:
            return self._checked(params, "list") or QueryParams()
        if prefetch is not None and not isinstance(prefetch, bool):
            raise ClientError(
                f"{where}: prefetch must be True, False or None (fetch ahead once pages are "
                f"slow), got {prefetch!r}"
            )
        if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
            raise ClientError(f"page_size must be a positive integer, got {page_size!r}")
        if self._page_size_max is not None:
            check_page_size(where, page_size, self._page_size_max, self._model)
        params = self._checked(params, "list")
        if params is not None and (params.page_number is not None or params.page_size is not None):
            # A walk starting at page 2 would silently skip the first pages, and a page size
            # in the query would compete with page_size=.
            raise ClientError(
                f"{where}: iter() walks every page itself, from the first, so its query takes "
                "no page(); set how many records come per request with iter(params, "
                "page_size=...), or fetch one chosen page with list()"
            )
        return (params or QueryParams()).page(1, page_size)


def _encoded_query(params: QueryParams) -> bytes:
    """The query string httpx builds for ``params`` (percent-encoded the same way)."""
    pairs: list[tuple[str, str | int | float | bool | None]] = list(params.to_list())
    return str(httpx.QueryParams(pairs)).encode("ascii")


class _Creating:
    """A model that a ``create()`` is sending, until its answer is read or the call fails.

    The id that refuses a second create of the same model arrives with the answer: without this,
    two threads or tasks (a ``batch()`` given the same model twice) both sent their POST, and
    each made a resource, two orders charged where the caller saw one model. Held by identity,
    across every client and API version, as a model can be handed to any of them."""

    __slots__ = ("_key", "_model", "_operation")

    _LOCK = threading.Lock()
    _HELD: set[int] = set()
    """``id()`` of the models being created; a model is alive while held, so its id is its own."""

    def __init__(self, model: object, operation: str) -> None:
        self._model = model
        self._key = id(model)
        self._operation = operation

    def __enter__(self) -> None:
        with self._LOCK:
            if self._key in self._HELD:
                name = type(self._model).__name__
                raise ClientError(
                    f"{self._operation}: this {name} is being created by another call that has "
                    "not ended; a model makes one resource (build one model per resource)"
                )
            self._HELD.add(self._key)

    def __exit__(self, *exc_info: object) -> None:
        with self._LOCK:
            self._HELD.discard(self._key)


class _SecretsOf:
    """The secrets of an exchange, worked out only when an error message needs them."""

    __slots__ = ("_answer", "_core")

    def __init__(self, core: ClientCore, answer: Answer) -> None:
        self._core = core
        self._answer = answer

    def __iter__(self) -> Iterator[str]:
        return iter(self._core.secrets_of(self._answer.request))


@dataclass(frozen=True)
class _WireParts:
    """What the fast path needs of the base URL and the fixed headers, as bytes, made once."""

    key: tuple[str, str, int]
    prefix: bytes
    host: bytes
    head: bytes
    public_head: bytes

    @classmethod
    def of(cls, core: ClientCore) -> _WireParts | None:
        """None when the base URL is one the fast path does not build (userinfo, a query)."""
        url = httpx.URL(core.base_url)
        if url.userinfo or url.query or url.fragment or url.scheme not in ("http", "https"):
            return None
        prefix = url.raw_path.rstrip(b"/")
        if httpx.URL(core.base_url + "/x").raw_path != prefix + b"/x":
            return None  # httpx would normalise the path: leave it to httpx
        port = url.port or (443 if url.scheme == "https" else 80)
        host = b"Host: %s\r\n" % url.netloc

        def head(public: bool) -> bytes:
            pairs = core._json_api_headers(public).raw  # the headers httpx requests carry
            return b"".join(b"%s: %s\r\n" % pair for pair in pairs)

        return cls((url.scheme, url.host, port), prefix, host, head(False), head(True))
