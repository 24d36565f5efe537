"""What ``import didww`` loads, and that type checkers still see every lazily loaded name.

These are not timing tests: they check which modules a fresh interpreter has after
``import didww``. A module that appears here (asyncio for a sync user, cryptography, a generated
model) costs every program that imports the SDK, whether it uses that part or not.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _fresh(code: str) -> str:
    """Run ``code`` in a fresh interpreter (no PYTHON* variables) and return what it printed."""
    done = subprocess.run(
        [sys.executable, "-E", "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_import_didww_loads_no_model_and_nothing_heavy() -> None:
    out = _fresh("""
        import json, sys
        import didww
        print(json.dumps(sorted(sys.modules)))
        """)
    loaded = set(json.loads(out))
    assert "didww" in loaded
    heavy_modules = (
        "asyncio",
        "concurrent.futures",
        "cryptography",
        "difflib",
        "didww.testing",
        "didww.webhooks",  # only a program receiving callbacks needs it
    )
    # The catalog module describes whole API versions (about 10 ms to import).
    for heavy in (*heavy_modules, "didww._catalog"):
        assert heavy not in loaded, f"import didww loads {heavy}"
    generated = sorted(m for m in loaded if m.startswith("didww.v"))
    assert not [m for m in generated if ".models." in m or ".repositories." in m], generated
    assert "didww.enums" not in loaded
    assert "didww.v2026_04_16.enums" not in loaded


def test_lazy_names_still_resolve() -> None:
    out = _fresh("""
        import sys
        import didww
        print(didww.Client.__module__, didww.DID.__name__, didww.enums.Codec.__name__)
        print("asyncio" in sys.modules)
        """)
    first, second = out.splitlines()
    assert first == "didww.v2026_04_16.clients DID Codec"
    assert second == "False"  # a sync client and a model still do not need asyncio


def test_webhook_names_load_their_module_on_first_read() -> None:
    out = _fresh("""
        import sys
        import didww
        print("didww.webhooks" in sys.modules, "RequestValidator" in dir(didww))
        validator = didww.RequestValidator
        print("didww.webhooks" in sys.modules, validator is didww.webhooks.RequestValidator)
        from didww import SIGNATURE_HEADER, OrderCallback
        print(SIGNATURE_HEADER, OrderCallback.__module__)
        print(sorted(set(didww.__all__) - set(dir(didww))), "RequestValidator" in didww.__all__)
        from didww import _public
        print(all(getattr(didww, name) is not None for name in _public.ON_FIRST_USE))
        """)
    assert out.splitlines() == [
        "False True",
        "True True",
        "X-DIDWW-Signature didww.webhooks",
        "[] True",
        "True",
    ]


def test_a_version_package_reaches_its_modules_on_first_use() -> None:
    """``v2026_10_22.enums`` at the top of a program, before anything else of that version
    was imported (the README's route_sms block writes it so)."""
    out = _fresh("""
        import sys
        from didww import v2026_10_22
        print("didww.v2026_10_22.enums" in sys.modules)
        print(v2026_10_22.enums.PointOfPresence.FRA.value)
        print(v2026_10_22.catalog.RESOURCES["dids"].type, v2026_10_22.models.__name__)
        print(sorted(set(v2026_10_22.__all__) - set(dir(v2026_10_22))))
        """)
    assert out.splitlines() == ["False", "FRA", "dids didww.v2026_10_22.models", "[]"]


def test_a_sync_request_does_not_load_asyncio() -> None:
    out = _fresh("""
        import sys
        import didww
        from didww.testing import serve

        with serve() as server, didww.Client(
            api_key=server.simulator.api_key, base_url=server.base_url
        ) as client:
            client.balance.find()
            client.dids.list()
        print("asyncio" in sys.modules, "cryptography" in sys.modules)
        """)
    assert out.split() == ["False", "False"]


def test_mypy_sees_the_lazy_names(tmp_path: Path) -> None:
    """``didww.DID`` and friends are loaded by a module ``__getattr__`` at run time; mypy must
    still see their real types (through the ``TYPE_CHECKING`` imports), as IDEs do."""
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import didww\n"
        "reveal_type(didww.DID)\n"
        "reveal_type(didww.Client)\n"
        "reveal_type(didww.enums.Codec.PCMU)\n"
        "reveal_type(didww.QueryParams)\n"
        "reveal_type(didww.RequestValidator)\n"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(tmp_path / "cache"),
            str(probe),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,  # where mypy finds the didww sources (an editable install has no stubs)
    )
    revealed = [
        line.split("Revealed type is", 1)[1].strip().strip('"')
        for line in done.stdout.splitlines()
        if "Revealed type is" in line
    ]
    assert len(revealed) == 5, done.stdout + done.stderr
    did, client, codec, query, validator = revealed
    assert did.startswith("def (") and did.endswith("-> didww.v2026_04_16.models.dids.DID"), did
    assert client.startswith("def (") and "didww.v2026_04_16.clients.Client" in client, client
    assert codec == "Literal[didww.v2026_04_16.enums.Codec.PCMU]?", codec
    assert query.startswith("def (") and query.endswith("didww._query.QueryParams"), query
    assert validator.startswith("def (") and validator.endswith(
        "didww.webhooks.RequestValidator"
    ), validator
    assert "error:" not in done.stdout, done.stdout
