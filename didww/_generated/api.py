# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The API version this SDK targets and the environments it can talk to."""

from enum import Enum

__all__ = ["API_VERSION", "Environment"]

API_VERSION = "2026-04-16"
"""Sent as ``X-DIDWW-API-Version`` on every request."""


class Environment(str, Enum):
    """A DIDWW environment; its value is the base URL."""

    PRODUCTION = "https://api.didww.com/v3"
    SANDBOX = "https://sandbox-api.didww.com/v3"

    def __str__(self) -> str:
        return str(self.value)


DEFAULT_ENVIRONMENT = Environment.SANDBOX
