"""Delivery of signed status callbacks, to loopback addresses only.

Each callback is sent from its own short-lived thread after the request that caused it has been
answered, so a slow receiver never holds the simulator lock. Hosts other than loopback are never
contacted: a test double must not reach the network.

Callbacks are signed as the 2026-10-22 document describes, whatever the API version simulated:
the signing is done by DIDWW's callback sender, not by the API version, and the 2026-04-16
document says nothing of it. A GET callback's signed URL is the callback URL with the payload
added to its query (form-encoded, sorted by name), which is also the URL requested.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx

from didww._errors import ClientError, redact_url
from didww.testing._context import Callback
from didww.webhooks import SIGNATURE_HEADER, RequestValidator

logger = logging.getLogger("didww.testing")

DELIVERY_TIMEOUT = 5.0


@dataclass(frozen=True)
class Delivery:
    """What happened to one callback."""

    url: str
    method: str
    payload: dict[str, str]
    signature: str
    status_code: int | None = None
    """The receiver's HTTP status, when it answered."""
    error: str | None = None
    """Why it was not delivered (not a loopback host, connection refused, ...)."""
    body: str | None = None
    """The JSON body of a callback sent as JSON (a 2026-10-22 voice-out trunk's), whose one
    event ``payload`` then holds as signed text; None for a form or query callback."""


def _get_url(url: str, payload: dict[str, str]) -> str:
    """The URL a GET callback requests: ``url`` with the payload added to its own query,
    sorted by name and form-encoded, as the 2026-10-22 document says it is signed (the
    fragment, which DIDWW signs but an HTTP request never carries, is left out)."""
    parts = urlsplit(url)
    added = urlencode(sorted(payload.items()))
    query = f"{parts.query}&{added}" if parts.query and added else parts.query or added
    return urlunsplit(parts._replace(query=query, fragment=""))


def is_loopback(url: str) -> bool:
    """Whether a URL points at this machine (127.0.0.0/8, ::1 or localhost) over http(s)."""
    parts = urlsplit(url)
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _method(callback: Callback) -> str:
    """How a callback is sent and signed: ``get``, or ``post`` for anything else (a JSON one
    is always POSTed)."""
    return "get" if callback.body is None and callback.method.lower() == "get" else "post"


class CallbackSender:
    """Signs and sends callbacks, and remembers every delivery."""

    def __init__(self, callback_secret: str) -> None:
        self._validator = RequestValidator(callback_secret)
        self._lock = threading.Lock()
        self._deliveries: list[Delivery] = []
        self._threads: list[threading.Thread] = []

    def send(self, callbacks: list[Callback]) -> None:
        for callback in callbacks:
            try:
                if callback.body is not None:
                    signature = self._validator.json_signature(callback.url, callback.body)
                else:
                    signature = self._validator.signature(
                        callback.url, callback.payload, method=_method(callback)
                    )
                loopback = is_loopback(callback.url)
            except (ValueError, ClientError):  # a URL urllib cannot even split ("http://[::1")
                self._record(
                    Delivery(
                        callback.url,
                        callback.method,
                        callback.payload,
                        "",
                        error="not a valid URL",
                        body=callback.body,
                    )
                )
                continue
            if not loopback:
                self._record(
                    Delivery(
                        callback.url,
                        callback.method,
                        callback.payload,
                        signature,
                        error="not a loopback host; the simulator only calls back to this machine",
                        body=callback.body,
                    )
                )
                continue
            thread = threading.Thread(
                target=self._deliver,
                args=(callback, signature),
                name="didww-simulator-callback",
                daemon=True,
            )
            with self._lock:
                self._threads = [t for t in self._threads if t.is_alive()]
                self._threads.append(thread)
            thread.start()

    def _deliver(self, callback: Callback, signature: str) -> None:
        headers = {SIGNATURE_HEADER: signature, "User-Agent": "didww-simulator"}
        get = _method(callback) == "get"
        try:
            # trust_env=False: a proxy from the environment must never see loopback callbacks.
            with httpx.Client(timeout=DELIVERY_TIMEOUT, trust_env=False) as http:
                if callback.body is not None:
                    headers["Content-Type"] = "application/json"
                    response = http.post(
                        callback.url, content=callback.body.encode("utf-8"), headers=headers
                    )
                elif get:
                    # Built here rather than with params=, which would replace the URL's own
                    # query: the URL requested is the very text that was signed.
                    response = http.get(_get_url(callback.url, callback.payload), headers=headers)
                else:
                    response = http.post(callback.url, data=callback.payload, headers=headers)
            delivery = Delivery(
                callback.url,
                callback.method,
                callback.payload,
                signature,
                status_code=response.status_code,
                body=callback.body,
            )
        # InvalidURL: a callback_url httpx will not request (a control character, 65536
        # characters), which the API's own checks let through; it is no HTTPError.
        except (httpx.HTTPError, httpx.InvalidURL, UnicodeError) as exc:
            # As the SDK logs URLs: a password in the callback URL is not shown.
            logger.warning("callback to %s failed: %s", redact_url(callback.url), exc)
            delivery = Delivery(
                callback.url,
                callback.method,
                callback.payload,
                signature,
                error=f"{type(exc).__name__}: {exc}",
                body=callback.body,
            )
        self._record(delivery)

    def _record(self, delivery: Delivery) -> None:
        with self._lock:
            self._deliveries.append(delivery)

    @property
    def deliveries(self) -> list[Delivery]:
        with self._lock:
            return list(self._deliveries)

    def wait(self, timeout: float) -> bool:
        """Wait until every callback sent so far was delivered or failed; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        return not any(t.is_alive() for t in threads)
