"""Where the CLI sends requests and with which key: flags first, then the environment.

=====================  ==================================  ==========================
setting                flag                                environment variable
=====================  ==================================  ==========================
API key (required)     ``--api-key KEY``                   ``DIDWW_API_KEY``
environment            ``--sandbox`` / ``--production``    ``DIDWW_ENVIRONMENT``
base URL               ``--base-url URL``                  ``DIDWW_BASE_URL``
=====================  ==================================  ==========================

A flag beats any variable; ``--sandbox``/``--production`` also beat ``DIDWW_BASE_URL``. Without
any of them the sandbox is used. As in the SDK, ``DIDWW_ENVIRONMENT`` takes an environment's name
(in any case) or its base URL. The key is never printed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import didww
from didww._client import API_KEY_VARIABLE, BASE_URL_VARIABLE, ENVIRONMENT_VARIABLE
from didww.cli._catalog import API
from didww.cli._errors import InputError

__all__ = [
    "ClientFactory",
    "Flags",
    "Settings",
    "default_client",
    "resolve",
]

# The environments of the API version the CLI speaks, by name (the default first).
_ENVIRONMENTS = {name: didww.Environment(url) for name, url in API.environments}


@dataclass
class Flags:
    """What the command line said; a flag given after the resource word overrides one before."""

    api_key: str | None = None
    base_url: str | None = None
    environment: str | None = None
    verbose: bool = False


@dataclass(frozen=True)
class Settings:
    """Everything needed to build a client. ``repr`` leaves the key out."""

    api_key: str
    environment: didww.Environment
    base_url: str | None
    key_source: str

    def __repr__(self) -> str:
        return f"Settings({self.describe()})"

    @property
    def target(self) -> str:
        """The base URL requests go to."""
        return self.base_url or self.environment.value

    def describe(self) -> str:
        """For ``--verbose``: where requests go and where the key came from (never the key)."""
        if self.base_url:
            place = self.base_url
        else:
            place = f"the {API.environment_of(self.environment.value)} API ({self.target})"
        return f"requests go to {place}; API key from {self.key_source}"


ClientFactory = Callable[[Settings], didww.Client]
"""Builds the client a command uses; tests pass one that answers from a simulator."""


def default_client(settings: Settings) -> didww.Client:
    """A :class:`didww.Client` for the settings.

    Every setting is passed explicitly, so that the client never falls back on environment
    variables of its own and the precedence above is the only one that applies.
    """
    return didww.Client(
        api_key=settings.api_key, environment=settings.environment, base_url=settings.target
    )


def _environment(text: str) -> didww.Environment | None:
    """The environment named ``text`` (in any case) or at the base URL ``text``, as the SDK reads
    ``DIDWW_ENVIRONMENT``."""
    name = text.lower() if text.lower() in _ENVIRONMENTS else API.environment_of(text)
    return _ENVIRONMENTS.get(name) if name is not None else None


def resolve(flags: Flags, env: Mapping[str, str]) -> Settings:
    """The settings, or an :class:`InputError` saying what to set."""
    if flags.api_key is not None:
        key, source = flags.api_key.strip(), "--api-key"
        if not key:
            raise InputError("--api-key is empty")
    else:
        key, source = env.get(API_KEY_VARIABLE, "").strip(), API_KEY_VARIABLE
        if not key:
            raise InputError(
                f"no API key: set the {API_KEY_VARIABLE} environment variable (or pass --api-key)"
            )
    if flags.environment is not None:
        name, where = flags.environment, f"--{flags.environment}"
    else:
        name, where = env.get(ENVIRONMENT_VARIABLE, "").strip(), ENVIRONMENT_VARIABLE
    environment = _environment(name or API.default_environment)
    if environment is None:
        raise InputError(
            f"{where}={name!r} is not an environment: use {' or '.join(_ENVIRONMENTS)} "
            "(or its base URL)"
        )
    if flags.base_url is not None:
        base_url, url_source = flags.base_url.strip(), "--base-url"
    elif flags.environment is not None:
        base_url, url_source = "", ""  # an explicit environment flag beats DIDWW_BASE_URL
    else:
        base_url, url_source = env.get(BASE_URL_VARIABLE, "").strip(), BASE_URL_VARIABLE
    if base_url and not base_url.startswith(("http://", "https://")):
        raise InputError(f"{url_source}={base_url!r}: expected an http:// or https:// URL")
    return Settings(key, environment, base_url.rstrip("/") or None, source)
