"""The request log: every request the simulator received, as tests want to assert on it.

Records are frozen and hold no secret: ``Api-Key``, ``Authorization`` and other credential headers,
secret query parameters and secret body members (passwords, tokens...) read ``[FILTERED]``.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import overload
from urllib.parse import parse_qsl, unquote, urlsplit

from didww._logging import FILTERED, is_secret_name, redact_json
from didww._types import JSON
from didww.testing._faults import Fault, path_matches, path_rule
from didww.testing._http import Headers, SimRequest
from didww.testing._usage import SimulatorUsageError

REQUEST_LOG_LIMIT = 10_000
"""How many of the most recent requests a log keeps (a served simulator may run for days)."""
BODY_BYTES_LIMIT = 64 * 1024
"""The largest body that is not JSON a record keeps as bytes; a larger one is recorded as
``"<N bytes>"``, so a full log of uploads cannot hold gigabytes."""


@dataclass(frozen=True)
class RecordedRequest:
    """One request the simulator received, and what it answered."""

    method: str
    path: str
    """The path relative to ``/v3`` (``"/orders/<id>"``); for a request outside ``/v3`` (a 404),
    the path as sent."""
    query: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Query parameters, decoded (``{"filter[country.id]": "..."}``); a repeated name keeps
    every value, comma-separated as JSON:API lists are."""
    body: JSON | bytes | None = None
    """The JSON body parsed; the raw bytes when it is not JSON (multipart uploads) and at most
    64 KiB long; ``"<N bytes>"`` for a longer one or for JSON nested too deeply to parse; None
    when empty."""
    headers: Headers = field(default_factory=Headers)
    """Case-insensitive; credential values read ``[FILTERED]``."""
    status: int | None = None
    """The HTTP status answered; None when the connection was dropped without an answer."""
    fault: Fault | None = None
    """The fault applied to this request, if any."""
    url: str = ""
    """Scheme, host and full path, without the query (``http://127.0.0.1:8080/v3/orders``)."""
    received_at: float = 0.0
    """The simulator's clock when the request arrived (NaN if reading the clock failed)."""
    in_api: bool = False
    """Whether the request was for a path under ``/v3`` (as the simulator routed it)."""

    def __repr__(self) -> str:
        answer = "dropped" if self.status is None else str(self.status)
        fault = f", fault={self.fault.kind}" if self.fault is not None else ""
        return f"<RecordedRequest {self.method} {self.path} -> {answer}{fault}>"


def record(
    request: SimRequest,
    *,
    status: int | None,
    fault: Fault | None,
    received_at: float,
    sensitive: frozenset[str],
) -> RecordedRequest:
    """The log entry of ``request``, secrets filtered: credential headers, secret-looking names
    and the ``sensitive`` attributes of the API version served."""
    path = request.api_path
    parts = urlsplit(request.url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port is not None else host
    return RecordedRequest(
        method=request.method,
        path=path if path is not None else unquote(parts.path),
        query=_query(parts.query),
        body=_body(request.body, sensitive),
        headers=request.headers.redacted(),
        status=status,
        fault=fault,
        url=f"{parts.scheme}://{netloc}{parts.path}",
        received_at=received_at,
        in_api=path is not None,
    )


def _query(text: str) -> Mapping[str, str]:
    values: dict[str, list[str]] = {}
    for name, value in parse_qsl(text, keep_blank_values=True):
        values.setdefault(name, []).append(FILTERED if is_secret_name(name) else value)
    return MappingProxyType({name: ",".join(v) for name, v in values.items()})


def _body(body: bytes, sensitive: frozenset[str]) -> JSON | bytes | None:
    if not body:
        return None
    try:
        return redact_json(json.loads(body), sensitive)
    except RecursionError:
        # Nested deeper than the stack allows (parsing or redacting it): logging must not fail
        # the request, so only the size is kept.
        return _size(body)
    except (ValueError, UnicodeDecodeError):
        return body if len(body) <= BODY_BYTES_LIMIT else _size(body)


def _size(body: bytes) -> str:
    return f"<{len(body)} bytes>"


class RequestLog(Sequence[RecordedRequest]):
    """The requests a simulator received, oldest first; keeps the last
    :data:`REQUEST_LOG_LIMIT`. Thread-safe; reading gives a snapshot.

    >>> [(r.method, r.path, r.status) for r in sim.requests]  # doctest: +SKIP
    [('GET', '/balance', 200), ('POST', '/orders', 503)]
    """

    def __init__(
        self, limit: int = REQUEST_LOG_LIMIT, served: frozenset[str] | None = None
    ) -> None:
        self._records: deque[RecordedRequest] = deque(maxlen=limit)
        self._lock = threading.Lock()
        self._served = served

    def append(self, entry: RecordedRequest) -> None:
        """Add a record (the simulator does this for every request)."""
        with self._lock:
            self._records.append(entry)

    def clear(self) -> None:
        """Forget every record, e.g. after a test's setup requests."""
        with self._lock:
            self._records.clear()

    def matching(self, method: str | None = None, path: str | None = None) -> list[RecordedRequest]:
        """The records of ``method`` requests for ``path`` (relative to ``/v3``, or below it),
        with the same rules as :meth:`~didww.testing.Faults.add`."""
        rule = path_rule(path, self._served)
        if method is not None and not isinstance(method, str):
            raise SimulatorUsageError(
                f"method must be an HTTP method such as 'POST', got {method!r}"
            )
        wanted = method.upper() if method is not None else None
        return [
            r
            for r in self._snapshot()
            if (wanted is None or r.method == wanted)
            and (rule is None or (r.in_api and path_matches(rule, r.path)))
        ]

    def _snapshot(self) -> list[RecordedRequest]:
        with self._lock:
            return list(self._records)

    @overload
    def __getitem__(self, index: int) -> RecordedRequest: ...

    @overload
    def __getitem__(self, index: slice) -> list[RecordedRequest]: ...

    def __getitem__(self, index: int | slice) -> RecordedRequest | list[RecordedRequest]:
        return self._snapshot()[index]

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self._snapshot())

    def __len__(self) -> int:
        with self._lock:
            return len(self._records)

    def __repr__(self) -> str:
        return f"RequestLog({self._snapshot()!r})"
