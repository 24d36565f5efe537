"""Cold start: what a fresh interpreter pays before its first answer.

* ``import didww`` against ``import httpx`` (which didww imports itself, so the ratio is at
  least 1: the excess is the SDK's own modules);
* the first request (import, build the client, one ``find`` against a loopback server) against
  the same with bare httpx (import, ``httpx.Client``, one GET, ``json.loads``). The server is on
  plain http, where the SDK's client never loads the TLS authorities, while ``httpx.Client()``
  loads them as it is built (tens of milliseconds): a second row has the SDK load them too, as
  a client of the real API (https) does before its first request.

Each figure is timed inside a fresh interpreter of the same build (``sys.executable``), in
interleaved runs. The group also lists which heavy modules ``import didww`` pulls in, so that a
change that starts importing one shows up here.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from functools import partial

from benchmarks.loopback import LoopbackServer
from benchmarks.report import Row, paired_rounds, ratio_row
from benchmarks.transport import HEADERS

__all__ = ["coldstart_benchmark", "heavy_modules"]

GROUP = "cold start"

_TIMED = """
import time
start = time.perf_counter()
{body}
print(time.perf_counter() - start)
"""

IMPORT_DIDWW = "import didww"
IMPORT_HTTPX = "import httpx"
FIRST_DIDWW = """
import didww
client = didww.Client(api_key="k", base_url={url!r})
client.dids.find("did-00001")
"""
FIRST_DIDWW_TLS = """
import didww
from didww._transport import shared_ssl_context
shared_ssl_context()  # what an https client loads before its first request
client = didww.Client(api_key="k", base_url={url!r})
client.dids.find("did-00001")
"""
FIRST_HTTPX = """
import json, httpx
client = httpx.Client()
json.loads(client.get({url!r} + "/dids/did-00001", headers={headers!r}).content)
"""

# Modules worth knowing about when they appear in a plain `import didww`.
HEAVY = (
    "asyncio",
    "concurrent.futures",
    "ssl",
    "decimal",
    "email",
    "http.client",
    "anyio",
    "httpcore",
    "h11",
    "idna",
    "certifi",
    "cryptography",
    "click",
    "rich",
    "didww.testing",
    "didww.cli",
    "didww.encryption",
    "didww.webhooks",
)


def _run(code: str) -> float:
    # -E: no PYTHON* variables; DIDWW_LOG from the environment would still be read by didww.
    out = subprocess.run(
        [sys.executable, "-E", "-c", _TIMED.format(body=code)],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def _modules(statement: str) -> list[str]:
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-E", "-c", code], check=True, capture_output=True, text=True
    )
    return list(json.loads(out.stdout))


def heavy_modules() -> list[str]:
    """Lines describing what ``import didww`` loads, next to what ``import httpx`` loads."""
    didww_modules = set(_modules("import didww"))
    httpx_modules = set(_modules("import httpx"))
    models = sorted(m for m in didww_modules if m.startswith("didww.v") and ".models." in m)
    own = sorted(m for m in didww_modules if m == "didww" or m.startswith("didww."))
    lines = [
        f"modules loaded: import didww {len(didww_modules)}, import httpx {len(httpx_modules)} "
        f"({len(didww_modules - httpx_modules)} more, {len(own)} of them didww's own)",
        f"generated model modules loaded by import didww: {len(models)}",
    ]
    for name in HEAVY:
        loaded_by_didww = name in didww_modules
        loaded_by_httpx = name in httpx_modules
        why = "also by import httpx" if loaded_by_httpx else "didww only"
        lines.append(f"  {name:<20} {'loaded' if loaded_by_didww else 'not loaded'}")
        if loaded_by_didww:
            lines[-1] += f" ({why})"
    return lines


def coldstart_benchmark(rounds: int = 11) -> list[Row]:
    with LoopbackServer() as server:
        first_didww = FIRST_DIDWW.format(url=server.url)
        first_didww_tls = FIRST_DIDWW_TLS.format(url=server.url)
        first_httpx = FIRST_HTTPX.format(url=server.url, headers=HEADERS)
        codes = {
            "import didww": IMPORT_DIDWW,
            "import httpx": IMPORT_HTTPX,
            "first didww": first_didww,
            "first didww tls": first_didww_tls,
            "first httpx": first_httpx,
        }
        for code in codes.values():
            _run(code)  # warm-up: the OS file cache, .pyc files
        samples = paired_rounds({name: partial(_run, code) for name, code in codes.items()}, rounds)
    rows = [
        ratio_row(
            GROUP,
            "import didww",
            "import httpx",
            samples["import didww"],
            samples["import httpx"],
            note=f"import httpx alone: {statistics.median(samples['import httpx']) * 1e3:.1f} ms",
        ),
        ratio_row(
            GROUP,
            "first request: import + Client + one find",
            "the same with bare httpx",
            samples["first didww"],
            samples["first httpx"],
            note="over http, where the SDK loads no TLS authorities and httpx.Client() does",
        ),
        ratio_row(
            GROUP,
            "first request, TLS authorities loaded as for https",
            "the same with bare httpx",
            samples["first didww tls"],
            samples["first httpx"],
        ),
    ]
    return rows
