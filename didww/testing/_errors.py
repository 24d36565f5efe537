"""API errors raised inside the simulator and turned into JSON:API error documents.

Codes follow the JSON:API error codes DIDWW uses (``100`` validation, ``102`` disallowed filter,
``106`` missing parameter, ...); they are strings, never the HTTP status.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

VALIDATION = "100"
INVALID_RESOURCE = "101"
FILTER_NOT_ALLOWED = "102"
INVALID_FIELD_VALUE = "103"
INVALID_FIELD = "104"
PARAM_NOT_ALLOWED = "105"
PARAM_MISSING = "106"
INVALID_FILTER_VALUE = "107"
KEY_NOT_IN_URL = "110"
INVALID_DOCUMENT = "111"
INVALID_INCLUDE = "112"
INVALID_PAGE_VALUE = "113"
INVALID_SORT = "114"


@dataclass(frozen=True)
class ErrorEntry:
    """One member of the ``errors`` array."""

    title: str
    detail: str
    code: str
    pointer: str | None = None
    meta: dict[str, Any] | None = None

    def to_wire(self, status: int) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "title": self.title,
            "detail": self.detail,
            "code": self.code,
            "status": str(status),
        }
        if self.pointer is not None:
            entry["source"] = {"pointer": self.pointer}
        if self.meta is not None:
            entry["meta"] = self.meta
        return entry


@dataclass
class SimError(Exception):
    """An error answer: one HTTP status and one or more error entries."""

    status: int
    entries: list[ErrorEntry]
    headers: dict[str, str] = field(default_factory=dict)
    body: bool = True
    """False: the answer has no body at all (a 401 to a request without credentials)."""

    def __post_init__(self) -> None:
        super().__init__(f"HTTP {self.status}: " + "; ".join(e.detail for e in self.entries))

    def document(self) -> dict[str, Any]:
        """The JSON:API error document."""
        return {"errors": [e.to_wire(self.status) for e in self.entries]}


def error(
    status: int,
    title: str,
    detail: str,
    code: str | None = None,
    *,
    pointer: str | None = None,
    meta: dict[str, Any] | None = None,
) -> SimError:
    """A single-entry error; ``code`` defaults to the status."""
    return SimError(status, [ErrorEntry(title, detail, code or str(status), pointer, meta)])


def bad_request(
    detail: str, code: str, *, title: str = "Bad request", pointer: str | None = None
) -> SimError:
    return error(400, title, detail, code, pointer=pointer)


def invalid(
    pointer: str, name: str, message: str, *, meta: dict[str, Any] | None = None
) -> SimError:
    """A 422 validation error on one member of the request document."""
    return SimError(422, [validation_entry(pointer, name, message, meta=meta)])


def validation_entry(
    pointer: str, name: str, message: str, *, meta: dict[str, Any] | None = None
) -> ErrorEntry:
    # DIDWW words validation errors as "<field> - <message>" with the message as the title.
    return ErrorEntry(message, f"{name} - {message}", VALIDATION, pointer, meta)


def not_allowed_entry(pointer: str, name: str, reason: str) -> ErrorEntry:
    """A body member the API does not accept, as a 400 entry: the API's "<name> is not allowed."
    wording (code 105, the one it gives for a disallowed parameter), with why it is not."""
    return ErrorEntry(
        "Param not allowed", f"{name} is not allowed: it {reason}.", PARAM_NOT_ALLOWED, pointer
    )


def unprocessable(
    detail: str,
    *,
    title: str = "Unprocessable entity",
    pointer: str | None = None,
    meta: dict[str, Any] | None = None,
) -> SimError:
    """A 422 that is about the request as a whole (stock, balance, state)."""
    return error(422, title, detail, VALIDATION, pointer=pointer, meta=meta)


def conflict(detail: str, *, title: str = "Conflict") -> SimError:
    """A 409: the resource is in a state that forbids the request (still in use)."""
    return error(409, title, detail, "409")


def not_found(detail: str) -> SimError:
    return error(404, "Record not found", detail, "404")


def unauthorized(detail: str) -> SimError:
    return error(401, "Unauthorized", detail, "401")


def method_not_allowed(method: str, path: str, allowed: list[str]) -> SimError:
    exc = error(405, "Method not allowed", f"{method} is not allowed on {path}.", "405")
    exc.headers["Allow"] = ", ".join(allowed)
    return exc


def not_acceptable(accept: str, served: str) -> SimError:
    return error(
        406,
        "Not acceptable",
        f"This answer is {served}, which the Accept header {accept!r} does not allow.",
        "406",
    )


def unsupported_media_type(content_type: str, expected: str) -> SimError:
    sent = repr(content_type) if content_type else "no Content-Type"
    return error(
        415,
        "Unsupported media type",
        f"A request body must be sent as {expected}, not under {sent}.",
        "415",
    )


def internal_error() -> SimError:
    return error(500, "Internal server error", "The simulator failed to handle the request.", "500")
