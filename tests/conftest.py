"""Settings shared by the whole suite."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _no_didww_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients, the logger and the examples read DIDWW_* variables (DIDWW_API_KEY,
    DIDWW_BASE_URL, DIDWW_LOG, DIDWW_TOKEN, ...); a developer's own settings must not steer the
    tests, so every one of them is cleared."""
    for name in [name for name in os.environ if name.startswith("DIDWW_")]:
        monkeypatch.delenv(name)
