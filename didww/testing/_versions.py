"""The API versions the simulator can serve, each from its own generated package.

A version is found by its name alone: ``2026-10-22`` is the package ``didww.v2026_10_22``, whose
``api.API`` says how it authenticates, whose ``catalog`` is what the simulator serves, and whose
``clients`` are what :meth:`Simulator.client` hands out. Nothing here lists versions: the ones
this SDK has are the ``vYYYY_MM_DD`` packages of ``didww``.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import didww
from didww._api import ApiInfo, package_of, versions
from didww.testing._schema import Schema
from didww.testing._usage import SimulatorUsageError

__all__ = ["ApiSurface", "bearer_versions", "default_version", "surface", "versions"]

_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class ApiSurface:
    """Everything the simulator takes from one API version's package."""

    api: ApiInfo
    """Its version, environments and how requests authenticate."""
    schema: Schema
    """Its catalog, as lookups."""
    client_class: type[Any]
    """Its sync ``Client``."""
    async_client_class: type[Any]
    """Its ``AsyncClient``."""

    @property
    def version(self) -> str:
        return self.api.version

    @property
    def bearer(self) -> bool:
        """Whether requests carry bearer tokens (else the ``Api-Key`` header)."""
        return self.api.bearer


def default_version() -> str:
    """The version ``import didww`` gives."""
    return str(didww.API_VERSION)


@cache
def surface(api_version: str | None = None) -> ApiSurface:
    """The surface of ``api_version`` (the SDK's default when None);
    :class:`SimulatorUsageError` for a version this SDK does not have."""
    version = default_version() if api_version is None else api_version
    # Checked before anything is imported: the name becomes a module path.
    if not isinstance(version, str) or not _VERSION.match(version) or version not in versions():
        known = ", ".join(versions())
        raise SimulatorUsageError(f"unknown API version {version!r}: this SDK has {known}")
    package = package_of(version)
    api: ApiInfo = importlib.import_module(f"{package}.api").API
    catalog = importlib.import_module(f"{package}.catalog")
    clients = importlib.import_module(f"{package}.clients")
    schema = Schema(
        catalog.RESOURCES,
        catalog.OBJECTS,
        catalog.UNIONS,
        catalog.ENUMS,
        api_version=api.version,
        sensitive_fields=api.sensitive_fields,
    )
    return ApiSurface(api, schema, clients.Client, clients.AsyncClient)


def bearer_versions() -> tuple[str, ...]:
    """The versions whose requests carry bearer tokens."""
    return tuple(v for v in versions() if surface(v).bearer)
