"""The errors for a missing optional extra name the packages it needs, never ``didww[...]``:
that would resolve ``didww`` on PyPI, which is another project's SDK."""

from __future__ import annotations

from importlib import metadata

import pytest

from didww._extras import install_hint


def test_the_hint_names_the_extras_own_requirements_from_the_metadata() -> None:
    assert install_hint("encryption") == "pip install 'cryptography>=42'"
    assert install_hint("cli") == "pip install 'click>=8.1' 'rich>=13'"


def test_without_metadata_the_hint_names_the_extra_of_the_checkout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(name: str) -> list[str]:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "requires", missing)
    assert install_hint("encryption") == "pip install '.[encryption]' from the SDK's checkout"
