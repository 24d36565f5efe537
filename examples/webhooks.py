"""Webhooks: receive a signed DIDWW callback, check its signature and read it as a typed event.

DIDWW calls a resource's ``callback_url`` when its status changes, signing each call with the
account's callback secret. This example runs a tiny web server on 127.0.0.1 as a stand-in for
your application, requests an export with that server as its callback URL, and handles the
callback the export sends when it completes. A simulator can reach that server; DIDWW cannot,
so against the real API the example checks a callback signed on this machine instead.

    python examples/webhooks.py [--async]
"""

from __future__ import annotations

import asyncio
import datetime as dt
import queue
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

if not __package__:  # run as `python examples/webhooks.py`: make `examples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import didww
from didww import enums
from examples._common import (
    Summary,
    callback_secret,
    polling,
    run_example,
    say,
    step,
    uses_simulator,
)

CALLBACK_TIMEOUT = 10.0


class Handled(NamedTuple):
    """What the web application made of one request."""

    url: str
    payload: dict[str, str]
    signature: str | None
    event: didww.CallbackEvent | None
    """The parsed callback, or None when it was refused."""
    answer: int


class CallbackServer:
    """A stand-in for your web application: a callback endpoint on 127.0.0.1."""

    PATH = "/didww/callbacks?source=example"

    def __init__(self, secret: str) -> None:
        self.handled: queue.Queue[Handled] = queue.Queue()
        server = self

        class Endpoint(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                payload = didww.webhooks.form_payload(self.rfile.read(length))
                signature = self.headers.get(didww.SIGNATURE_HEADER)
                # The URL configured as callback_url, kept rather than rebuilt from the request:
                # behind a proxy that ends TLS, the request's own scheme and host differ.
                url = server.callback_url
                try:
                    event = didww.webhooks.parse(
                        payload, url=url, signature=signature, secret=secret
                    )
                    answer = 200  # answer fast; slow work belongs in a queue
                except didww.InvalidSignatureError:
                    event, answer = None, 403
                except didww.InvalidCallbackError:
                    event, answer = None, 400
                self.send_response(answer)
                self.send_header("Content-Length", "0")
                self.end_headers()
                server.handled.put(Handled(url, payload, signature, event, answer))

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep the example's output readable

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}"

    @property
    def callback_url(self) -> str:
        return self.base_url + self.PATH

    def next(self, timeout: float) -> Handled | None:
        try:
            return self.handled.get(timeout=timeout)
        except queue.Empty:
            return None

    def __enter__(self) -> CallbackServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def export_with_callback(callback_url: str) -> didww.Export:
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    return didww.Export(
        export_type=enums.ExportType.CDR_OUT,
        filters={
            "from": (now - dt.timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S"),
            "to": now.strftime("%Y-%m-%d %H:%M:%S"),
        },
        callback_url=callback_url,
        callback_method=enums.CallbackMethod.POST,
    )


def signed_sample(url: str, secret: str) -> Handled:
    """A callback as DIDWW would send it, signed here (what the real API cannot deliver to us)."""
    payload = {
        "id": "a1b2c3d4-0000-4000-8000-000000000000",
        "type": "exports",
        "status": "completed",
    }
    signature = didww.RequestValidator(secret).signature(url, payload)
    event = didww.webhooks.parse(payload, url=url, signature=signature, secret=secret)
    return Handled(url, payload, signature, event, 200)


def check(handled: Handled | None, secret: str) -> Summary:
    """Report a handled callback, and show that a tampered copy of it is refused."""
    if handled is None:
        say(f"no callback within {CALLBACK_TIMEOUT:.0f} s")
        return {"received": False}
    event = handled.event
    say(
        f"answered {handled.answer}: {type(event).__name__} {event.type if event else ''} "
        f"{event.id if event else ''} is {event.status if event else '?'}"
    )
    if isinstance(event, didww.ExportCallback) and event.url:
        say(f"its file: {event.url}")
    validator = didww.RequestValidator(secret)
    valid = validator.validate(handled.url, handled.payload, handled.signature)
    tampered = {**handled.payload, "status": "canceled"}
    tampered_valid = validator.validate(handled.url, tampered, handled.signature)
    say(f"signature valid: {valid}; with the status changed: {tampered_valid}")
    return {
        "received": True,
        "answer": handled.answer,
        "event": type(event).__name__,
        "event_id": event.id if event else None,
        "status": event.status if event else None,
        "signature_valid": valid,
        "tampered_valid": tampered_valid,
    }


def run(client: didww.Client) -> Summary:
    secret = callback_secret()
    with CallbackServer(secret) as server:
        step("Start a callback endpoint")
        say(server.callback_url)
        if not uses_simulator():
            step("Check a callback signed on this machine (DIDWW cannot call 127.0.0.1)")
            return {"export_id": None, **check(signed_sample(server.callback_url, secret), secret)}

        step("Request an export that calls back when it is done")
        export = client.exports.create(export_with_callback(server.callback_url))
        export = client.exports.wait(export, timeout=120, **polling())
        say(f"export {export.id} is {export.status}")

        step("Handle the callback")
        return {"export_id": export.id, **check(server.next(CALLBACK_TIMEOUT), secret)}


async def arun(client: didww.AsyncClient) -> Summary:
    secret = callback_secret()
    with CallbackServer(secret) as server:
        if not uses_simulator():
            return {"export_id": None, **check(signed_sample(server.callback_url, secret), secret)}
        step("Request an export that calls back, and handle the callback")
        export = await client.exports.create(export_with_callback(server.callback_url))
        export = await client.exports.wait(export, timeout=120, **polling())
        handled = await asyncio.to_thread(server.next, CALLBACK_TIMEOUT)
        return {"export_id": export.id, **check(handled, secret)}


def main() -> None:
    run_example(__doc__, run, arun)


if __name__ == "__main__":
    main()
