"""What every example shares: which API it talks to, readable output and how often to poll.

The API is chosen from the environment, which ``didww.Client()`` reads by itself:

- ``DIDWW_BASE_URL`` set: that URL, typically ``python -m didww.testing serve`` (the key is
  ``DIDWW_API_KEY`` or the simulator's default one, :data:`didww.testing.DEFAULT_API_KEY`);
- else ``DIDWW_API_KEY`` set: the real DIDWW API, the sandbox unless ``DIDWW_ENVIRONMENT`` is
  ``production``;
- else an in-process :class:`didww.testing.Simulator`, nothing leaves the process.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import didww
from didww.testing import DEFAULT_API_KEY, DEFAULT_CALLBACK_SECRET, Simulator

Summary = dict[str, Any]


def simulator() -> Simulator:
    """The in-process simulator the examples use by default.

    Orders stay pending for 0.3 s and exports and verifications take half a second, so the
    examples show the same waiting they need against the real API, only shorter.
    """
    return Simulator(order_delay=0.3, export_delay=0.5, review_delay=0.5)


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


def uses_simulator() -> bool:
    """Whether the examples talk to a simulator (in-process or served) rather than DIDWW."""
    return _env("DIDWW_BASE_URL") is not None or _env("DIDWW_API_KEY") is None


def _environment() -> didww.Environment:
    if (_env("DIDWW_ENVIRONMENT") or "").lower() == "production":
        return didww.Environment.PRODUCTION
    return didww.Environment.SANDBOX


def target() -> str:
    """Where requests go, in words."""
    base_url = _env("DIDWW_BASE_URL")
    if base_url is not None:
        return f"the API at {base_url}"
    if _env("DIDWW_API_KEY") is not None:
        return f"DIDWW {_environment().name.lower()}"
    return "an in-process simulator"


def client() -> didww.Client:
    """A sync client for the API chosen by the environment."""
    if _env("DIDWW_BASE_URL") is not None:  # a served simulator, unless a key says otherwise
        return didww.Client(api_key=_env("DIDWW_API_KEY") or DEFAULT_API_KEY)
    if _env("DIDWW_API_KEY") is not None:
        return didww.Client()  # DIDWW_API_KEY, and DIDWW_ENVIRONMENT when set
    return simulator().client()


def async_client() -> didww.AsyncClient:
    """An async client for the API chosen by the environment."""
    if _env("DIDWW_BASE_URL") is not None:
        return didww.AsyncClient(api_key=_env("DIDWW_API_KEY") or DEFAULT_API_KEY)
    if _env("DIDWW_API_KEY") is not None:
        return didww.AsyncClient()
    return simulator().async_client()


def callback_secret() -> str:
    """The secret callbacks are signed with: ``DIDWW_CALLBACK_SECRET``, else the simulator's."""
    return _env("DIDWW_CALLBACK_SECRET") or DEFAULT_CALLBACK_SECRET


# -- output ----------------------------------------------------------------------------------------


def step(title: str) -> None:
    """Announce the next step of a workflow."""
    print(f"\n* {title}")


def say(text: str) -> None:
    """Report what a step did."""
    print(f"    {text}")


# -- waiting --------------------------------------------------------------------------------------


def poll_interval() -> float:
    """Seconds before the first poll of a generated ``wait()``: short for a simulator, whose
    orders, exports and reviews finish within a second; the SDK's default for the real API."""
    return 0.1 if uses_simulator() else 1.0


# -- running an example ---------------------------------------------------------------------------


def run_example(
    doc: str | None,
    run: Callable[[didww.Client], Summary],
    arun: Callable[[didww.AsyncClient], Awaitable[Summary]],
) -> None:
    """The command line of an example: run it (``--async``: with the async client) and summarise."""
    title = " ".join((doc or "didww example").strip().split("\n\n")[0].split())
    parser = argparse.ArgumentParser(description=title)
    parser.add_argument(
        "--async", dest="use_async", action="store_true", help="use didww.AsyncClient"
    )
    args = parser.parse_args()
    flavour = "AsyncClient" if args.use_async else "Client"
    print(f"{title}\n({flavour} against {target()})")
    if _env("DIDWW_API_KEY") and _environment() is didww.Environment.PRODUCTION:
        print("WARNING: this is production; orders and reservations here are real.")
    try:
        if args.use_async:
            summary = asyncio.run(_run_async(arun))
        else:
            with client() as sync_client:
                summary = run(sync_client)
    except didww.DidwwError as exc:  # an APIError says its HTTP status and the API's details
        print(f"\nFAILED: {type(exc).__name__}: {exc}")
        sys.exit(1)
    print("\nSummary:")
    for key, value in summary.items():
        print(f"    {key}: {value}")


async def _run_async(arun: Callable[[didww.AsyncClient], Awaitable[Summary]]) -> Summary:
    async with async_client() as async_client_:
        return await arun(async_client_)
