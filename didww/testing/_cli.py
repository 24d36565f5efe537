"""``python -m didww.testing serve``: the simulator as a local HTTP server."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from didww.testing._server import SimulatorServer
from didww.testing._simulator import Simulator


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog, description="A stateful in-memory DIDWW API v3 simulator."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the simulator on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="TCP port (0 picks a free one)")
    serve.add_argument("--api-key", default="simulator-api-key", help="the accepted Api-Key")
    serve.add_argument(
        "--callback-secret",
        default="simulator-callback-secret",
        help="secret callbacks are signed with",
    )
    serve.add_argument("--order-delay", type=float, default=0.0, help="seconds orders stay pending")
    serve.add_argument(
        "--export-delay", type=float, default=2.0, help="seconds until exports complete"
    )
    serve.add_argument(
        "--review-delay", type=float, default=2.0, help="seconds until verifications are reviewed"
    )
    serve.add_argument(
        "--reservation-limit",
        type=int,
        default=10,
        help="DID reservations the account may hold at once",
    )
    serve.add_argument("--no-seed", action="store_true", help="start without coverage data")
    serve.add_argument("-v", "--verbose", action="store_true", help="log every request")
    return parser


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m didww.testing") -> int:
    """Run the command line; returns the exit status. ``prog`` names it in help and errors
    (``didww simulator`` runs this same code)."""
    args = _parser(prog).parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")
    simulator = Simulator(
        api_key=args.api_key,
        callback_secret=args.callback_secret,
        seed=not args.no_seed,
        order_delay=args.order_delay,
        export_delay=args.export_delay,
        review_delay=args.review_delay,
        reservation_limit=args.reservation_limit,
    )
    try:
        server = SimulatorServer(simulator, args.port)
    except OSError as exc:
        print(f"cannot listen on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 1
    print(f"DIDWW simulator on {server.base_url} (Api-Key: {simulator.api_key}); Ctrl-C stops it")
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
