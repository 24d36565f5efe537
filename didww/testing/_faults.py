"""Fault injection: answers that go wrong on purpose, to test retry and error handling.

A :class:`Fault` says what goes wrong (an error status, a late answer, a body cut short, a
connection closed without an answer) and for which requests (a method, a path under ``/v3``, the
next ``times`` of them). :class:`Faults` holds the pending ones; the simulator consults it for
every request and hands the transport an :class:`Exchange` describing what to do.
"""

from __future__ import annotations

import http
import json
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from didww._arguments import check_methods
from didww._errors import shown_value
from didww._types import finite_float
from didww.testing._http import API_ROOT, JSONAPI, SimResponse
from didww.testing._usage import SimulatorUsageError
from didww.testing._usage import seconds as usage_seconds

FaultKind = Literal["status", "delay", "truncated", "drop"]
"""What a fault does:

- ``"status"``: answer with ``status`` (and ``body``) instead of the API; nothing changes;
- ``"delay"``: answer as the API would, ``delay`` seconds late;
- ``"truncated"``: send fewer body bytes than ``Content-Length`` announces, then close the
  connection (in-process: reading the body fails as it would over a socket);
- ``"drop"``: close the connection without an answer (in-process: the ``httpx`` error a dropped
  connection gives).

``truncated`` and ``drop`` happen after the simulator handled the request, so what it did stays
done (an order is placed) and only the answer is lost: the case a client cannot tell apart from a
request that never arrived. ``truncated`` with a ``status`` cuts that answer instead, and the API
does nothing.
"""

_KINDS: tuple[str, ...] = get_args(FaultKind)
HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Fault:
    """One rule of :class:`Faults`: what goes wrong, and for which requests.

    Build faults with :meth:`Faults.add`, which checks the combination.
    """

    kind: FaultKind
    times: int = 1
    """How many matching requests it applies to."""
    method: str | None = None
    """Only requests with this method (upper case); None: any."""
    path: str | None = None
    """Only requests for this path under ``/v3`` or below it (``/orders`` matches ``/orders`` and
    ``/orders/<id>``, not ``/orders_archive``); None: any request, even outside ``/v3``."""
    status: int | None = None
    body: bytes | None = field(default=None, repr=False)
    content_type: str | None = None
    retry_after: str | None = None
    """The ``Retry-After`` header sent with the status answer."""
    delay: float = 0.0
    """Seconds to wait before answering (or closing the connection)."""

    def matches(self, method: str, path: str | None) -> bool:
        """Whether this fault applies to a request (``path`` relative to ``/v3``, None outside)."""
        if self.method is not None and method.upper() != self.method:
            return False
        if self.path is None:
            return True
        return path is not None and path_matches(self.path, path)

    def answer(self) -> SimResponse | None:
        """The answer this fault sends instead of the API's, or None when the API answers."""
        if self.status is None:
            return None
        if self.body is None and self.status >= 400:
            response = SimResponse.json(self.status, _error_document(self.status))
        else:
            response = SimResponse(self.status, self.body or b"")
        if self.content_type is not None:
            response.headers["Content-Type"] = self.content_type
        if self.retry_after is not None:
            response.headers["Retry-After"] = self.retry_after
        return response


def _error_document(status: int) -> dict[str, Any]:
    try:
        title = http.HTTPStatus(status).phrase
    except ValueError:
        title = "Error"
    return {
        "errors": [
            {
                "title": title,
                "detail": f"HTTP {status} injected by the DIDWW simulator's faults.",
                "code": str(status),
                "status": str(status),
            }
        ]
    }


@dataclass(frozen=True)
class Exchange:
    """What a transport does with one request: wait ``delay`` seconds, then send ``response``
    (cut short when ``truncated``), or close the connection when ``response`` is None."""

    response: SimResponse | None
    delay: float = 0.0
    truncated: bool = False


def truncate(body: bytes) -> tuple[bytes, int]:
    """The bytes a truncated answer sends, and the ``Content-Length`` it announces."""
    return body[: len(body) // 2], max(len(body), 1)


@dataclass
class _Pending:
    fault: Fault
    remaining: int


class Faults:
    """The faults still to be applied, in the order they were added.

    Each request takes the first pending fault that matches it, which then has one use less; a
    fault used ``times`` times is gone and the simulator behaves normally again. Thread-safe.

    >>> sim.faults.add(status=503, times=2)  # doctest: +SKIP
    >>> sim.faults.add(kind="drop", method="POST", path="/orders")  # doctest: +SKIP
    """

    def __init__(self, served: frozenset[str] | None = None) -> None:
        self._pending: list[_Pending] = []
        self._lock = threading.Lock()
        self._served = served

    def add(
        self,
        status: int | None = None,
        *,
        kind: FaultKind | None = None,
        times: int = 1,
        method: str | None = None,
        path: str | None = None,
        body: str | bytes | Mapping[str, Any] | None = None,
        content_type: str | None = None,
        retry_after: float | str | None = None,
        delay: float = 0.0,
    ) -> Fault:
        """Make the next ``times`` requests matching ``method`` and ``path`` go wrong.

        :param status: answer with this HTTP status instead of the API (kind ``"status"``). With
            no ``body``, an error status carries a JSON:API error document.
        :param kind: ``"status"``, ``"delay"``, ``"truncated"`` or ``"drop"`` (see
            :data:`FaultKind`); implied by ``status`` or ``delay`` when left out.
        :param times: how many matching requests it applies to.
        :param method: only this HTTP method (``"POST"``); any when None.
        :param path: only this path relative to ``/v3`` (``"/orders"``), or anything below it;
            any when None.
        :param body: the body sent with ``status``: text or bytes (``text/html`` unless
            ``content_type`` says otherwise, as a proxy's error page), or a mapping sent as JSON.
        :param content_type: the ``Content-Type`` of ``body``.
        :param retry_after: the ``Retry-After`` header of the status answer: seconds, or a text
            sent as it is (an HTTP date, or something malformed on purpose).
        :param delay: seconds to wait first. Alone, the API's answer comes late. In-process, a
            delay longer than the client's read timeout raises ``httpx.ReadTimeout`` instead, and
            the wait is spent on the simulator's clock (a :class:`~didww.testing.ManualClock`
            just moves on); served, the server really waits.
        :returns: the fault, as stored.
        :raises ValueError: for a combination that means nothing (``drop`` with a ``status``...).
        """
        fault = _build(
            status,
            kind=kind,
            times=times,
            method=method,
            path=path_rule(path, self._served),
            body=body,
            content_type=content_type,
            retry_after=retry_after,
            delay=delay,
        )
        with self._lock:
            self._pending.append(_Pending(fault, fault.times))
        return fault

    def clear(self) -> None:
        """Forget every pending fault."""
        with self._lock:
            self._pending.clear()

    def remaining(self, fault: Fault) -> int:
        """How many more requests ``fault`` applies to (0 once used up or cleared)."""
        with self._lock:
            return sum(p.remaining for p in self._pending if p.fault is fault)

    def take(self, method: str, path: str | None) -> Fault | None:
        """Use up one application of the first pending fault matching a request, if any.

        The simulator calls this once per request; ``path`` is relative to ``/v3`` (None outside).
        """
        with self._lock:
            for index, pending in enumerate(self._pending):
                if pending.fault.matches(method, path):
                    pending.remaining -= 1
                    if pending.remaining == 0:
                        del self._pending[index]
                    return pending.fault
        return None

    def __iter__(self) -> Iterator[Fault]:
        with self._lock:
            return iter([p.fault for p in self._pending])

    def __len__(self) -> int:
        """The number of faults not used up yet."""
        with self._lock:
            return len(self._pending)

    def __repr__(self) -> str:
        with self._lock:
            pending = [(p.fault, p.remaining) for p in self._pending]
        return f"Faults({', '.join(f'{f!r} x{n}' for f, n in pending) or 'none pending'})"


def _build(
    status: int | None,
    *,
    kind: FaultKind | None,
    times: int,
    method: str | None,
    path: str | None,
    body: str | bytes | Mapping[str, Any] | None,
    content_type: str | None,
    retry_after: float | str | None,
    delay: float,
) -> Fault:
    if kind is None:
        if status is not None:
            kind = "status"
        elif delay:
            kind = "delay"
        else:
            raise SimulatorUsageError(
                "say what goes wrong: status=503, kind='truncated' or 'drop', or delay=seconds"
            )
    if kind not in _KINDS:
        raise SimulatorUsageError(
            f"kind must be one of {', '.join(map(repr, _KINDS))}, got {kind!r}"
        )
    if isinstance(times, bool) or not isinstance(times, int) or times < 1:
        raise SimulatorUsageError(f"times must be a whole number of at least 1, got {times!r}")
    delay = usage_seconds("delay", delay)
    if status is not None and (
        isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599
    ):
        raise SimulatorUsageError(f"status must be an HTTP status from 100 to 599, got {status!r}")
    if kind == "status" and status is None:
        raise SimulatorUsageError("a 'status' fault needs status=, e.g. status=503")
    if kind == "delay" and delay <= 0:
        raise SimulatorUsageError("a 'delay' fault needs delay= seconds greater than 0")
    if kind in ("delay", "drop") and status is not None:
        raise SimulatorUsageError(f"a {kind!r} fault sends no status of its own; leave status out")
    if status is None and (body is not None or content_type is not None or retry_after is not None):
        raise SimulatorUsageError("body, content_type and retry_after go with status=")
    return Fault(
        kind,
        times,
        _method(method),
        path,
        status,
        _body(body),
        _content_type(body, content_type),
        _retry_after(retry_after),
        float(delay),
    )


def _method(method: str | None) -> str | None:
    if method is None:
        return None
    if not isinstance(method, str) or not method.isalpha():
        raise SimulatorUsageError(f"method must be an HTTP method such as 'POST', got {method!r}")
    return method.upper()


def path_rule(path: str | None, served: frozenset[str] | None = None) -> str | None:
    """A path given to match requests by, checked and normalised (no trailing slash). With
    ``served`` (the resource paths of the API version, ``/orders``...), a path under none of
    them is refused: it would match no request, and a test relying on it would pass without the
    fault ever happening."""
    if path is None:
        return None
    if not isinstance(path, str) or not path.startswith("/") or "?" in path or "#" in path:
        raise SimulatorUsageError(f"path must be a path under /v3 such as '/orders', got {path!r}")
    if path == API_ROOT or path.startswith(API_ROOT + "/"):
        relative = path[len(API_ROOT) :] or "/"
        raise SimulatorUsageError(
            f"path is relative to {API_ROOT}: write {relative!r}, not {path!r}"
        )
    rule = path.rstrip("/") or "/"
    if served is not None and rule != "/":
        top = "/" + rule.split("/")[1]
        if top not in served:
            raise SimulatorUsageError(_unserved(path, top, served))
    return rule


def _unserved(path: str, top: str, served: frozenset[str]) -> str:
    from didww._query import closest_name  # error path only

    close = closest_name(top, served)
    hint = f"; did you mean {close!r}?" if close else ""
    return f"path {path!r} matches no request: the simulator serves no {top!r}{hint}"


def path_matches(rule: str, path: str) -> bool:
    """Whether ``path`` (relative to ``/v3``) is ``rule`` or lies below it, by whole segments:
    ``/orders`` matches ``/orders`` and ``/orders/1``, never ``/orders_archive``."""
    return rule == "/" or path == rule or path.startswith(rule + "/")


def _body(body: str | bytes | Mapping[str, Any] | None) -> bytes | None:
    if body is None or isinstance(body, bytes):
        return body
    try:
        if isinstance(body, str):
            return body.encode("utf-8")
        if isinstance(body, Mapping):
            return json.dumps(body, separators=(",", ":")).encode("utf-8")
    except UnicodeEncodeError:
        raise SimulatorUsageError("body holds text UTF-8 cannot carry (a lone surrogate)") from None
    except (TypeError, ValueError, RecursionError) as exc:
        raise SimulatorUsageError(f"body is not a JSON document ({exc})") from None
    raise SimulatorUsageError(f"body must be text, bytes or a mapping, got {type(body).__name__}")


def _header_text(name: str, value: str) -> str:
    """``value`` for the ``name`` header: one line of printable ASCII, so that a fault cannot
    add headers of its own to the answer (a line break), nor hold text that httpx refuses to
    build an in-process answer with (anything beyond ASCII)."""
    if not value.isprintable() or not value.isascii():
        raise SimulatorUsageError(
            f"{name} must be one line of printable ASCII, as an HTTP header is, got "
            f"{shown_value(value)}"
        )
    return value


def _content_type(body: object, content_type: str | None) -> str | None:
    if content_type is not None:
        if not isinstance(content_type, str):
            raise SimulatorUsageError(
                f"content_type must be a str, got {shown_value(content_type)}"
            )
        return _header_text("content_type", content_type)
    if isinstance(body, Mapping):
        return JSONAPI
    return HTML if body is not None else None


def _retry_after(value: float | str | None) -> str | None:
    if value is None:
        return value
    if isinstance(value, str):
        return _header_text("retry_after", value)
    if finite_float(value) is None:
        raise SimulatorUsageError(
            f"retry_after must be seconds or a header text, got {shown_value(value)}"
        )
    return str(int(value)) if float(value).is_integer() else str(value)


check_methods(Faults)  # a misspelt keyword raises ArgumentError, with the closest one
