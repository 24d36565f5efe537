"""What the runtime needs to know about one API version; each generated version package
describes itself with an :class:`ApiInfo` (``didww.v2026_04_16.api.API``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from didww._errors import a_or_an
from didww._registry import Registry

_PACKAGE = re.compile(r"^v(\d{4})_(\d{2})_(\d{2})$")


def versions() -> tuple[str, ...]:
    """Every API version this SDK has a package for, oldest first. Nothing lists them: they are
    the ``vYYYY_MM_DD`` packages of ``didww`` (found without importing any)."""
    import pkgutil

    import didww  # here: this module is imported while didww itself is

    found = (_PACKAGE.match(m.name) for m in pkgutil.iter_modules(didww.__path__))
    return tuple(sorted("-".join(m.groups()) for m in found if m is not None))


def version_of_module(module: str) -> str | None:
    """The API version whose package holds ``module`` (``didww.v2026_04_16.enums`` ->
    ``2026-04-16``), or None for a module of no version's package."""
    parts = module.split(".")
    found = _PACKAGE.match(parts[1]) if len(parts) > 1 and parts[0] == "didww" else None
    return "-".join(found.groups()) if found is not None else None


def mixed_versions(name: str, ours: str | None, theirs: str | None, use: str) -> str:
    """The text for a ``name`` of API version ``theirs`` given where the ``name`` of ``ours`` is
    expected (a model, nested object or enum): the class names alone would read "expected a
    DID, got DID". ``use`` names the class to use instead."""

    def of(version: str | None) -> str:
        return f"API version {version}" if version else "no API version"

    return (
        f"expected {a_or_an(name)} of {of(ours)}, got {a_or_an(name)} of {of(theirs)}; the two "
        f"API versions do not mix, so use {use}"
    )


def versions_with(*, bearer: bool) -> tuple[str, ...]:
    """The versions that authenticate with bearer tokens (``bearer=True``) or with API keys;
    each version's small ``api`` module is imported, not its models."""
    import importlib

    found = []
    for version in versions():
        api: ApiInfo = importlib.import_module(f"{package_of(version)}.api").API
        if api.bearer == bearer:
            found.append(version)
    return tuple(found)


def package_of(version: str) -> str:
    """The package of an API version: ``2026-10-22`` -> ``didww.v2026_10_22``."""
    return "didww.v" + version.replace("-", "_")


@dataclass(frozen=True)
class ApiInfo:
    """One API version: where it lives, how requests authenticate, what is secret."""

    version: str
    """The API version, e.g. ``2026-04-16``."""
    environments: tuple[tuple[str, str], ...]
    """(name, base URL) of every environment, the default first."""
    auth: str
    """``api_key`` (an ``Api-Key`` header) or ``bearer`` (``Authorization: Bearer <token>``)."""
    version_header: bool
    """Whether requests say the version in ``X-DIDWW-API-Version`` (bearer tokens carry it)."""
    registry: Registry
    """The version's model classes."""
    sensitive_fields: frozenset[str] = frozenset()
    """Attribute names whose values are secrets: filtered in reprs, logs and errors."""
    token_urls: tuple[tuple[str, str], ...] = field(default=())
    """(environment name, URL of the token service) for bearer versions."""

    @property
    def bearer(self) -> bool:
        """Whether requests carry a bearer token (else the ``Api-Key`` header)."""
        return self.auth == "bearer"

    @property
    def default_environment(self) -> str:
        return self.environments[0][0]

    def base_url(self, name: str) -> str | None:
        """The base URL of the environment called ``name``."""
        return dict(self.environments).get(name)

    def environment_of(self, base_url: str) -> str | None:
        """The name of the environment at ``base_url``, or None for another address."""
        wanted = base_url.rstrip("/")
        return next((name for name, url in self.environments if url == wanted), None)
