# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""API version 2026-04-16: its environments, how it authenticates, what is secret."""

from enum import Enum

from didww._api import ApiInfo
from didww.v2026_04_16._registry import REGISTRY

__all__ = ["API", "API_VERSION", "DEFAULT_ENVIRONMENT", "Environment"]

API_VERSION = "2026-04-16"
"""The API version of this package."""


class Environment(str, Enum):
    """A DIDWW environment; its value is the base URL."""

    PRODUCTION = "https://api.didww.com/v3"
    SANDBOX = "https://sandbox-api.didww.com/v3"

    def __str__(self) -> str:
        return str(self.value)


DEFAULT_ENVIRONMENT = Environment.SANDBOX

API = ApiInfo(
    version=API_VERSION,
    environments=(
        ("sandbox", Environment.SANDBOX.value),
        ("production", Environment.PRODUCTION.value),
    ),
    auth="api_key",
    version_header=True,
    registry=REGISTRY,
    sensitive_fields=frozenset(
        {
            "auth_password",
            "incoming_auth_password",
            "incoming_auth_username",
            "password",
            "username",
        }
    ),
)
"""What the runtime needs to know about this version."""
