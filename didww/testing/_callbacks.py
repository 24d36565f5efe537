"""Delivery of signed status callbacks, to loopback addresses only.

Each callback is sent from its own short-lived thread after the request that caused it has been
answered, so a slow receiver never holds the simulator lock. Hosts other than loopback are never
contacted: a test double must not reach the network.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from didww._errors import redact_url
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
                signature = self._validator.signature(callback.url, callback.payload)
                loopback = is_loopback(callback.url)
            except ValueError:  # a URL urllib cannot even split ("http://[::1")
                self._record(
                    Delivery(
                        callback.url, callback.method, callback.payload, "", error="not a valid URL"
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
        get = callback.method.lower() == "get"
        try:
            # trust_env=False: a proxy from the environment must never see loopback callbacks.
            with httpx.Client(timeout=DELIVERY_TIMEOUT, trust_env=False) as http:
                # A GET adds the payload to the URL's own query (params= would replace it, and
                # the receiver could then neither read that query nor rebuild the signed URL).
                url = httpx.URL(callback.url)
                response = http.request(
                    "GET" if get else "POST",
                    url.copy_merge_params(callback.payload) if get else url,
                    data=None if get else callback.payload,
                    headers=headers,
                )
            delivery = Delivery(
                callback.url,
                callback.method,
                callback.payload,
                signature,
                status_code=response.status_code,
            )
        except httpx.HTTPError as exc:
            # As the SDK logs URLs: a password in the callback URL is not shown.
            logger.warning("callback to %s failed: %s", redact_url(callback.url), exc)
            delivery = Delivery(
                callback.url,
                callback.method,
                callback.payload,
                signature,
                error=f"{type(exc).__name__}: {exc}",
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
