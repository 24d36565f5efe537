"""What every example shares: which API it talks to, readable output and how often to poll.

The API is chosen from the environment, which ``didww.Client()`` reads by itself:

- ``DIDWW_BASE_URL`` set: that URL, typically ``python -m didww.testing serve`` (the key is
  ``DIDWW_API_KEY`` or the simulator's default one, :data:`didww.testing.DEFAULT_API_KEY`);
- else ``DIDWW_API_KEY`` set: the real DIDWW API, the sandbox unless ``DIDWW_ENVIRONMENT`` is
  ``production`` (the client refuses any other name);
- else an in-process :class:`didww.testing.Simulator`, nothing leaves the process.

An example of an API version that authenticates with bearer tokens (2026-10-22 on) passes
``api_version`` and reads ``DIDWW_TOKEN`` where the others read ``DIDWW_API_KEY``: with
``DIDWW_BASE_URL``, the token a served simulator printed; without, a token for the real API.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import os
import sys
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import didww
from didww.testing import DEFAULT_API_KEY, DEFAULT_CALLBACK_SECRET, Simulator

Summary = dict[str, Any]

TOKEN_VARIABLE = "DIDWW_TOKEN"
"""Where examples of a bearer-token API version read their token."""
SyncT = TypeVar("SyncT")
AsyncT = TypeVar("AsyncT")


def simulator(api_version: str | None = None) -> Simulator:
    """The in-process simulator the examples use by default (of ``api_version``, else of the
    SDK's default version).

    Orders stay pending for 0.3 s and exports and verifications take half a second, so the
    examples show the same waiting they need against the real API, only shorter.
    """
    return Simulator(api_version=api_version, order_delay=0.3, export_delay=0.5, review_delay=0.5)


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


def _package(api_version: str | None) -> Any:
    """The version package (``didww.v2026_04_16``) of ``api_version``, else of the default."""
    version = api_version or didww.API_VERSION
    return importlib.import_module(f"didww.v{version.replace('-', '_')}")


def _api(api_version: str | None) -> Any:
    """What the version package says about its API (auth, environments)."""
    return importlib.import_module(f"{_package(api_version).__name__}.api").API


def _bearer(api_version: str | None) -> bool:
    return bool(_api(api_version).auth == "bearer")


def _credential(api_version: str | None) -> str:
    """The variable holding the credential for the real API: the key, or a version's token."""
    return TOKEN_VARIABLE if _bearer(api_version) else "DIDWW_API_KEY"


def _in_process(api_version: str | None) -> bool:
    """Whether nothing names an API to talk to: no ``DIDWW_BASE_URL`` and no credential."""
    return _env("DIDWW_BASE_URL") is None and _env(_credential(api_version)) is None


def uses_simulator(api_version: str | None = None) -> bool:
    """Whether the examples talk to a simulator (in-process or served) rather than DIDWW."""
    return _env("DIDWW_BASE_URL") is not None or _in_process(api_version)


def _environment(api_version: str | None) -> str:
    """The DIDWW environment asked for, as given: the client refuses one it does not know."""
    return (_env("DIDWW_ENVIRONMENT") or _api(api_version).default_environment).strip()


def _production(api_version: str | None) -> bool:
    return not uses_simulator(api_version) and _environment(api_version).lower() == "production"


def target(api_version: str | None = None) -> str:
    """Where requests go, in words."""
    base_url = _env("DIDWW_BASE_URL")
    if base_url is not None:
        return f"the API at {base_url}"
    if not _in_process(api_version):
        return f"DIDWW {_environment(api_version)}"
    return "an in-process simulator"


def client(api_version: str | None = None, *, use_async: bool = False) -> Any:
    """A sync (``use_async``: async) client of ``api_version``, else of the SDK's default
    version, for the API chosen by the environment.

    The client reads ``DIDWW_BASE_URL``, ``DIDWW_ENVIRONMENT`` and ``DIDWW_API_KEY`` itself;
    what is left here is the in-process simulator, the served simulator's default key, and the
    bearer token of a version that takes one.
    """
    if _in_process(api_version):
        sim = simulator(api_version)
        return sim.async_client() if use_async else sim.client()
    package = _package(api_version)
    kind = package.AsyncClient if use_async else package.Client
    if not _bearer(api_version):
        served = _env("DIDWW_BASE_URL") is not None and _env("DIDWW_API_KEY") is None
        return kind(api_key=DEFAULT_API_KEY if served else None)
    token = _env(TOKEN_VARIABLE)
    if token is None:  # only with DIDWW_BASE_URL: without it, no token means in-process
        raise didww.ClientError(
            f"API version {package.API_VERSION} takes a bearer token: set {TOKEN_VARIABLE} to "
            f"the one a simulator of that version prints when it starts (`python -m "
            f"didww.testing serve --api-version {package.API_VERSION}`; one serving another "
            f"version prints none), and DIDWW_BASE_URL to its address"
        )
    # DIDWW_API_KEY, when set, goes along: export downloads take it.
    return kind(token=token)


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


def polling() -> dict[str, float]:
    """What the examples pass to a generated ``wait()``: a short first poll for a simulator,
    whose orders, exports and reviews finish within a second; nothing for the real API, which
    gets the SDK's defaults."""
    return {"poll_interval": 0.1} if uses_simulator() else {}


# -- small helpers ---------------------------------------------------------------------------------


def masked(secret: object) -> str:
    """Never print a secret: its length is enough here."""
    return f"<{len(secret)} characters>" if isinstance(secret, str) and secret else "none"


def new_reference() -> str:
    """Our own reference for an order, unique per attempt to buy something (not per request)."""
    return f"example-{uuid.uuid4()}"


# -- running an example ---------------------------------------------------------------------------


def run_example(
    doc: str | None,
    run: Callable[[SyncT], Summary],
    arun: Callable[[AsyncT], Awaitable[Summary]],
    *,
    api_version: str | None = None,
) -> None:
    """The command line of an example: run it (``--async``: with the async client) and summarise.

    ``run`` and ``arun`` take ``didww.Client`` and ``didww.AsyncClient``, or the clients of
    ``api_version`` when an example is about another API version.
    """
    title = " ".join((doc or "didww example").strip().split("\n\n")[0].split())
    parser = argparse.ArgumentParser(description=title)
    parser.add_argument(
        "--async", dest="use_async", action="store_true", help="use didww.AsyncClient"
    )
    args = parser.parse_args()
    flavour = "AsyncClient" if args.use_async else "Client"
    print(f"{title}\n({flavour} against {target(api_version)})")
    if _production(api_version):
        print("WARNING: this is production; orders and reservations here are real.")
    try:
        if args.use_async:
            summary = asyncio.run(_run_async(arun, api_version))
        else:
            # The client of the version the example is written for: run() takes that one.
            with client(api_version) as sync_client:
                summary = run(sync_client)
    except didww.DidwwError as exc:  # an APIError says its HTTP status and the API's details
        print(f"\nFAILED: {type(exc).__name__}: {exc}")
        sys.exit(1)
    print("\nSummary:")
    for key, value in summary.items():
        print(f"    {key}: {value}")


async def _run_async(
    arun: Callable[[AsyncT], Awaitable[Summary]], api_version: str | None = None
) -> Summary:
    async with client(api_version, use_async=True) as opened:
        return await arun(opened)
