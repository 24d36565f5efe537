"""``python -m didww.testing serve``: the simulator as a local HTTP server."""

from __future__ import annotations

import argparse
import logging
import math
import sys
from collections.abc import Sequence

from didww._auth import check_credential
from didww._errors import ClientError
from didww.testing import _usage as usage
from didww.testing._server import SimulatorServer
from didww.testing._simulator import DEFAULT_API_KEY, DEFAULTS, Simulator
from didww.testing._usage import SimulatorUsageError
from didww.testing._versions import default_version, surface, versions

DEFAULT_PORT = 8080
DEFAULT_TOKEN_TTL = 86400.0
"""Seconds the token printed at start (bearer-token versions) is valid."""


def _port(value: str) -> int:
    """``--port``'s value, refused by argparse (a usage error, exit 2) when it is no TCP port."""
    try:
        return usage.port("--port", int(value))
    except (ValueError, SimulatorUsageError) as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a TCP port from 0 to 65535") from exc


def _parser(prog: str, api_version: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog, description="A stateful in-memory DIDWW API v3 simulator."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser(
        "serve",
        help="serve the simulator on 127.0.0.1",
        description="Serve the simulator on 127.0.0.1; give clients http://127.0.0.1:PORT/v3.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    serve.add_argument(
        "--port", type=_port, default=DEFAULT_PORT, help="TCP port (0 picks a free one)"
    )
    serve.add_argument(
        "--api-version",
        choices=versions(),
        default=api_version or default_version(),
        help="the API version to serve",
    )
    # The simulator's own defaults, so `--help` shows what a plain `Simulator()` does.
    serve.add_argument(
        "--api-key",
        default=argparse.SUPPRESS,
        help="the accepted Api-Key; under `didww simulator`, the key the didww command line has, "
        f"when it has one (default: {DEFAULTS.api_key})",
    )
    serve.add_argument(
        "--callback-secret",
        default=DEFAULTS.callback_secret,
        help="secret callbacks are signed with",
    )
    serve.add_argument(
        "--order-delay",
        type=float,
        default=DEFAULTS.order_delay,
        help="seconds orders stay pending",
    )
    serve.add_argument(
        "--export-delay",
        type=float,
        default=DEFAULTS.export_delay,
        help="seconds until exports complete",
    )
    serve.add_argument(
        "--review-delay",
        type=float,
        default=DEFAULTS.review_delay,
        help="seconds until verifications are reviewed",
    )
    serve.add_argument(
        "--reservation-ttl",
        type=float,
        default=DEFAULTS.reservation_ttl,
        help="seconds a DID reservation lasts",
    )
    serve.add_argument(
        "--reservation-limit",
        type=int,
        default=DEFAULTS.reservation_limit,
        help="DID reservations the account may hold at once",
    )
    serve.add_argument(
        "--balance",
        default=argparse.SUPPRESS,
        help="the account's prepaid balance, such as 1000.00 (default: the seed's, 100.00)",
    )
    serve.add_argument(
        "--no-seed", action="store_true", help="start without coverage data and account"
    )
    serve.add_argument(
        "--token-ttl",
        type=float,
        default=DEFAULT_TOKEN_TTL,
        help="seconds the bearer token printed at start is valid (bearer-token versions)",
    )
    serve.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


def main(
    argv: Sequence[str] | None = None,
    *,
    prog: str = "python -m didww.testing",
    api_version: str | None = None,
    api_key: str | None = None,
) -> int:
    """Run the command line; returns the exit status. ``prog`` names it in help and errors
    (``didww simulator`` runs this same code); ``api_version`` is the version served when
    ``--api-version`` is not given (the SDK's default unless told), as ``--help`` says.
    ``api_key`` is the key accepted when ``--api-key`` is not given (``didww simulator`` passes
    the key of its own command line, so that the commands of the same shell get in); it is
    never shown, not even as a default in ``--help``."""
    args = _parser(prog, api_version).parse_args(argv)
    # None: not on the command line, in any spelling argparse takes (``--api-k`` too).
    given = getattr(args, "api_key", None)
    inherited = given is None and api_key is not None
    if given is None:
        args.api_key = api_key if api_key is not None else DEFAULTS.api_key
    try:
        check_credential(args.api_key, "--api-key")
    except ClientError as exc:
        print(f"{prog} serve: error: {exc.message}", file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")
    if not math.isfinite(args.token_ttl) or args.token_ttl <= 0:
        print("--token-ttl must be a positive, finite number of seconds", file=sys.stderr)
        return 2
    try:
        simulator: Simulator = Simulator(
            api_version=args.api_version,
            api_key=args.api_key,
            callback_secret=args.callback_secret,
            seed=not args.no_seed,
            order_delay=args.order_delay,
            export_delay=args.export_delay,
            review_delay=args.review_delay,
            reservation_ttl=args.reservation_ttl,
            reservation_limit=args.reservation_limit,
        )
        if "balance" in args:
            simulator.set_balance(usage.amount("--balance", args.balance))
    except SimulatorUsageError as exc:  # a negative delay, a balance that is no amount
        print(f"{prog} serve: error: {exc}", file=sys.stderr)
        return 2
    try:
        server = SimulatorServer(simulator, args.port)
    except SimulatorUsageError as exc:  # the port is taken, or not ours to listen on
        print(f"{prog} serve: {exc}", file=sys.stderr)
        return 1
    # The default key is public knowledge and worth printing; one given on the command line is
    # the caller's secret and is not echoed.
    if args.api_key == DEFAULT_API_KEY:
        key = f"Api-Key: {DEFAULT_API_KEY}"
    elif inherited:
        key = "Api-Key: the one the didww command line has (--api-key or DIDWW_API_KEY)"
    else:
        key = "Api-Key: the one given with --api-key"
    print(f"DIDWW simulator on {server.base_url} ({key}); Ctrl-C stops it")
    print(f"API version {simulator.api_version}")
    if surface(args.api_version).bearer:
        # A token the simulator made for this run: nothing secret beyond it, worth printing.
        token = simulator.issue_token(scope="write", expires_in=args.token_ttl)
        print(f"Authorization: Bearer {token}")
        print(f"(a write token valid for {args.token_ttl:g} s; every request but /public_keys")
        print(" needs one; the export download also takes the Api-Key)")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
