"""The built documentation site, a loopback server for it and headless Chromium to look at it.

``site/`` is reused when the digest that the build wrote into it (``generator/mkdocs_hooks.py``)
matches the sources; otherwise it is built again with ``mkdocs build --strict``, so a fresh clone
needs nothing but ``make test``.

Chromium is Debian's (``/usr/bin/chromium``, or ``DIDWW_CHROMIUM``), driven by Playwright over its
own pipe; Playwright's browser download is never used. Set ``DIDWW_SKIP_BROWSER=1`` to skip the
browser tests; without it, a missing Chromium or a broken build fails them.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from generator.mkdocs_hooks import DIGEST_FILE, inputs_digest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "site"
CHROMIUM = Path(os.environ.get("DIDWW_CHROMIUM", "/usr/bin/chromium"))
SKIP_VARIABLE = "DIDWW_SKIP_BROWSER"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class SiteError(Exception):
    """The site could not be built, or the browser could not be started."""


def skip_requested() -> bool:
    return os.environ.get(SKIP_VARIABLE, "") not in ("", "0")


def site_is_current(site: Path = SITE) -> bool:
    stamp = site / DIGEST_FILE
    if not (site / "index.html").is_file() or not stamp.is_file():
        return False
    return stamp.read_text(encoding="utf-8").strip() == inputs_digest(ROOT)


def ensure_site(site: Path = SITE) -> Path:
    """``site``, built again unless it was built from the current sources."""
    if site_is_current(site):
        return site
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise SiteError(f"`mkdocs build --strict` failed:\n{done.stdout}{done.stderr}")
    if not site_is_current(site):
        raise SiteError(f"the build did not write {site / DIGEST_FILE}: is the hook configured?")
    return site


class _QuietHandler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: one connection serves a page and its assets

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free port of 127.0.0.1; yields the base URL (ending in ``/``)."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="docs-site", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def check_chromium() -> Path:
    if not CHROMIUM.is_file() or not os.access(CHROMIUM, os.X_OK):
        raise SiteError(
            f"Chromium is not at {CHROMIUM}: install it (`apt-get install -y chromium`), point "
            f"DIDWW_CHROMIUM at it, or set {SKIP_VARIABLE}=1 to skip the browser tests"
        )
    return CHROMIUM
