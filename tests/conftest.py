"""Settings shared by the whole suite."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_didww_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients read DIDWW_API_KEY, DIDWW_ENVIRONMENT and DIDWW_BASE_URL when arguments are not
    given; a developer's own settings must not steer the tests."""
    for name in ("DIDWW_API_KEY", "DIDWW_ENVIRONMENT", "DIDWW_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
