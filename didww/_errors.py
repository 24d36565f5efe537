"""The exception tree: every error the SDK raises derives from :class:`DidwwError`.

::

    DidwwError
    ├── ClientError                  misuse caught before anything is sent
    ├── NotLoadedError               a field the answer did not carry (or a local model lacks)
    ├── TokenProviderError           a bearer-token client's token_provider failed
    ├── DecodeError                  a 2xx answer that is not a usable JSON:API document
    ├── DownloadTooLargeError        a download grew past its max_decompressed_bytes
    ├── InvalidCallbackError         a request that is not a usable DIDWW callback
    │   └── InvalidSignatureError    its signature does not match
    ├── APIConnectionError           the request or its answer was lost on the network
    │   └── APITimeoutError
    │       └── WaitTimeoutError     wait() gave up before a terminal status
    └── APIError                     the API answered with an error status
        ├── BadRequestError          400
        ├── AuthenticationError      401
        ├── PermissionDeniedError    403
        ├── NotFoundError            404
        ├── NotAcceptableError       406
        ├── ConflictError            409
        ├── UnsupportedMediaTypeError 415
        ├── UnprocessableEntityError 422
        ├── RateLimitError           429
        └── ServerError              5xx
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

__all__ = [
    "FILTERED",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "DecodeError",
    "DidwwError",
    "DownloadTooLargeError",
    "ErrorObject",
    "InvalidCallbackError",
    "InvalidSignatureError",
    "NotAcceptableError",
    "NotFoundError",
    "NotLoadedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TokenProviderError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "WaitTimeoutError",
    "redact_text",
]


class DidwwError(Exception):
    """Base class of every exception raised by the SDK."""


class ClientError(DidwwError):
    """The SDK was used in a way that cannot work; nothing was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class TokenProviderError(DidwwError):
    """The ``token_provider`` of a bearer-token client failed or gave no usable token."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotLoadedError(DidwwError):
    """A field was read that the answer did not carry, so its value is unknown (not null).

    The API sends relationship linkage only for included relationships, and sparse fieldsets
    leave attributes out; a model built locally holds only what was set on it. The message names
    the field and the query that would load it; ``model.is_loaded(name)`` asks without raising.
    """

    def __init__(self, message: str, *, model: str, field: str) -> None:
        super().__init__(message)
        self.message = message
        self.model = model
        """The class name of the model read."""
        self.field = field
        """The name read."""


class DecodeError(DidwwError):
    """A successful HTTP status came with a body that is not a usable JSON:API document.

    ``http_status`` is None only when a caller-supplied ``http_client`` failed to decode the body
    before its status reached the SDK.
    """

    def __init__(self, message: str, *, http_status: int | None, body_snippet: str) -> None:
        status = "HTTP status unknown" if http_status is None else f"HTTP {http_status}"
        super().__init__(f"{message} ({status}; body starts: {body_snippet!r})")
        self.message = message
        self.http_status = http_status
        self.body_snippet = body_snippet


class DownloadTooLargeError(DidwwError):
    """Gunzipping a download produced more than ``max_decompressed_bytes``; nothing was kept.

    The limit guards the disk (and, for ``iter_rows``, the caller) against an export, or a
    compressed bomb, far larger than expected. Pass a higher ``max_decompressed_bytes`` (or
    ``None`` for no limit) to accept it.
    """

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.message = message
        self.limit = limit
        """The limit that was exceeded, in bytes."""


class DownloadWriteError(DidwwError, OSError):
    """A download could not be written where it was asked to go (a full disk, a file closed
    under it); nothing was kept at a destination path. Also an :class:`OSError`, with the
    ``errno`` of the failure, so that code catching disk errors catches it too."""


class InvalidCallbackError(DidwwError):
    """A request that does not carry a usable DIDWW callback (answer it with HTTP 400)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidSignatureError(InvalidCallbackError):
    """The callback's ``X-DIDWW-Signature`` is missing or does not match: do not trust it."""


class APIConnectionError(DidwwError):
    """The request could not be sent, or its answer was not received in full.

    ``may_have_been_processed`` is True when the request may have reached the API before the
    connection failed: a create (an order!) may then exist although no answer came back.
    """

    def __init__(
        self, message: str, *, attempts: int = 1, may_have_been_processed: bool = False
    ) -> None:
        if attempts > 1:
            message += f" (after {attempts} attempts)"
        super().__init__(message)
        self.attempts = attempts
        self.may_have_been_processed = may_have_been_processed


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class WaitTimeoutError(APITimeoutError):
    """``wait()`` ran out of time before the resource reached a terminal status.

    ``last`` is the resource as it was last seen, so its current status is at hand.
    """

    def __init__(self, message: str, *, last: Any, attempts: int = 1) -> None:
        super().__init__(message, attempts=attempts, may_have_been_processed=False)
        self.last = last
        """The resource as last fetched (or as given, when no request was made)."""


FILTERED = "[FILTERED]"


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every occurrence of each secret replaced by ``[FILTERED]``."""
    for secret in secrets:
        if secret and secret in text:
            text = text.replace(secret, FILTERED)
    return text


def _redact_json(value: Any, secrets: tuple[str, ...]) -> Any:
    if isinstance(value, str):
        return redact_text(value, secrets)
    if isinstance(value, dict):
        return {k: _redact_json(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(v, secrets) for v in value]
    return value


SHOWN_CHARACTERS = 200


def shown(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """``text`` quoted for an error message, cut after ``limit`` characters: a document's
    content passed by mistake where a path or an id goes can be megabytes."""
    return repr(text if len(text) <= limit else text[:limit] + "...")


@dataclass(frozen=True)
class ErrorObject:
    """One entry of a JSON:API ``errors`` array."""

    title: str | None = None
    detail: str | None = None
    code: str | None = None
    status: str | None = None
    source_pointer: str | None = None
    meta: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, raw: Mapping[str, Any]) -> ErrorObject:
        """Build from a wire error object, keeping only well-typed members."""
        source = raw.get("source")
        pointer = source.get("pointer") if isinstance(source, Mapping) else None
        meta = raw.get("meta")
        return cls(
            title=_text(raw.get("title")),
            detail=_text(raw.get("detail")),
            code=_text(raw.get("code")),
            status=_text(raw.get("status")),
            source_pointer=_text(pointer),
            meta=dict(meta) if isinstance(meta, Mapping) else None,
        )

    def redacted(self, secrets: Iterable[str]) -> ErrorObject:
        """A copy with ``secrets`` blanked out of every text (servers may echo what they got)."""
        found = tuple(s for s in secrets if s)
        if not found:
            return self
        return ErrorObject(
            title=None if self.title is None else redact_text(self.title, found),
            detail=None if self.detail is None else redact_text(self.detail, found),
            code=None if self.code is None else redact_text(self.code, found),
            status=self.status,
            source_pointer=(
                None if self.source_pointer is None else redact_text(self.source_pointer, found)
            ),
            meta=None if self.meta is None else _redacted_meta(self.meta, found),
        )


def _redacted_meta(meta: dict[str, Any], secrets: tuple[str, ...]) -> dict[str, Any] | None:
    try:
        return _redact_json(meta, secrets)  # type: ignore[no-any-return]
    except RecursionError:
        return None  # nested past any real answer: dropping it beats keeping a secret


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


class APIError(DidwwError):
    """The API answered with an error status.

    ``errors`` holds every JSON:API error object of the answer; it is empty when the body was not a
    JSON:API error document (an HTML page from a proxy, an empty or truncated body).
    """

    def __init__(
        self,
        http_status: int,
        errors: list[ErrorObject] | None = None,
        *,
        request_id: str | None = None,
        response: httpx.Response | None = None,
        attempts: int = 1,
        hint: str | None = None,
    ) -> None:
        self.http_status = http_status
        self.hint = hint
        """What to do about it, when the SDK can tell (added to the message)."""
        self.errors: list[ErrorObject] = list(errors or [])
        self.request_id = request_id
        self.response = response
        """The last HTTP answer. Its ``request`` is a copy of what was sent whose credentials
        (``Api-Key``, ``Authorization``, a password in the URL) read ``[FILTERED]``."""
        self.attempts = attempts
        """How many times the request was sent."""
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"HTTP {self.http_status}"
        details = [e.detail or e.title or e.code or "" for e in self.errors]
        details = [d for d in details if d]
        if details:
            text += ": " + "; ".join(details)
        if self.hint:
            text += f" ({self.hint})"
        if self.request_id:
            text += f" (request id {self.request_id})"
        if self.attempts > 1:
            text += f" (after {self.attempts} attempts)"
        return text

    def _record_attempts(self, attempts: int) -> None:
        self.attempts = attempts
        self.args = (self._describe(),)


class BadRequestError(APIError):
    """HTTP 400: the request was malformed (unknown filter, bad pagination or sort)."""


class AuthenticationError(APIError):
    """HTTP 401: the API key is missing or not valid."""


class PermissionDeniedError(APIError):
    """HTTP 403: the account may not do this."""


class NotFoundError(APIError):
    """HTTP 404: no such resource."""


class NotAcceptableError(APIError):
    """HTTP 406: the API cannot answer in the media type asked for."""


class ConflictError(APIError):
    """HTTP 409: the request conflicts with the current state of the resource."""


class UnsupportedMediaTypeError(APIError):
    """HTTP 415: the request body's media type is not accepted."""


class UnprocessableEntityError(APIError):
    """HTTP 422: the request was understood but failed validation."""


class RateLimitError(APIError):
    """HTTP 429: too many requests."""


class ServerError(APIError):
    """HTTP 5xx: the API failed."""


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    406: NotAcceptableError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[APIError]:
    """The exception class raised for an HTTP error status."""
    if status >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status, APIError)
