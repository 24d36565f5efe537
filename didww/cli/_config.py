"""Which API version the CLI speaks, where it sends requests and how it proves who it is: flags
first, then the environment.

=====================  ==================================  ==========================
setting                flag                                environment variable
=====================  ==================================  ==========================
API version            ``--api-version VERSION``           ``DIDWW_API_VERSION``
API key                ``--api-key KEY``                   ``DIDWW_API_KEY``
bearer token           ``--token TOKEN``                   ``DIDWW_TOKEN``
environment            ``--sandbox`` / ``--production``    ``DIDWW_ENVIRONMENT``
base URL               ``--base-url URL``                  ``DIDWW_BASE_URL``
=====================  ==================================  ==========================

A flag beats any variable; ``--sandbox``/``--production`` also beat ``DIDWW_BASE_URL``. Without
any of them the sandbox is used. As in the SDK, ``DIDWW_ENVIRONMENT`` takes an environment's name
(in any case) or its base URL. Without a version, the CLI speaks the one ``didww.Client`` speaks.

Each version takes its own credential, and never the other one: an API key for versions that
authenticate with the ``Api-Key`` header, a bearer token for the others. A flag of the wrong kind
is an error; a variable of the wrong kind is left alone (a shell may hold both), and named in the
error when the right one is missing. Neither is ever printed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from didww._client import API_KEY_VARIABLE, BASE_URL_VARIABLE, ENVIRONMENT_VARIABLE
from didww._core import display_url
from didww.cli._catalog import DEFAULT_VERSION, Catalog, current, load, versions, versions_with
from didww.cli._errors import InputError

__all__ = [
    "API_VERSION_OPTION",
    "API_VERSION_VARIABLE",
    "TOKEN_VARIABLE",
    "ApiClient",
    "ClientFactory",
    "Flags",
    "Settings",
    "VersionChoice",
    "choose_version",
    "default_client",
    "option_values",
    "other_versions",
    "resolve",
]

API_VERSION_OPTION = "--api-version"
API_VERSION_VARIABLE = "DIDWW_API_VERSION"
TOKEN_VARIABLE = "DIDWW_TOKEN"


@dataclass
class Flags:
    """What the command line said; a flag given after the resource word overrides one before.
    ``repr`` leaves the key and the token out."""

    api_key: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)
    base_url: str | None = None
    environment: str | None = None
    verbose: bool = False
    show_secrets: bool = False


@dataclass(frozen=True)
class Settings:
    """Everything needed to build a client. ``repr`` leaves the key and the token out."""

    api_key: str | None
    """The API key, for a version that takes one (None for a bearer-token version)."""
    environment: Enum
    """A member of the version's ``Environment`` (its value is the base URL)."""
    base_url: str | None
    key_source: str
    """Where the credential (the API key or the token) came from: a flag or a variable."""
    api_version: str = DEFAULT_VERSION
    token: str | None = None
    """The bearer token, for a version that takes one (None for an API-key version)."""

    def __repr__(self) -> str:
        return f"Settings({self.describe()})"

    @property
    def target(self) -> str:
        """The base URL requests go to."""
        return self.base_url or str(self.environment.value)

    def describe(self) -> str:
        """For ``--verbose``: where requests go and where the credential came from (never the
        credential itself)."""
        if self.base_url:
            # As the SDK's log lines show it: a password or a secret query value filtered.
            place = display_url(self.base_url)
        else:
            name = load(self.api_version).api.environment_of(self.target)
            place = f"the {name} API ({self.target})"
        credential = "token" if self.token is not None else "API key"
        return f"requests go to {place}; {credential} from {self.key_source}"


class ApiClient(Protocol):
    """What the CLI needs of a client of any version: its repositories (read by attribute name,
    from the catalog) and ``close``."""

    def close(self) -> None: ...


ClientFactory = Callable[[Settings], ApiClient]
"""Builds the client a command uses; tests pass one that answers from a simulator."""


def default_client(settings: Settings) -> ApiClient:
    """The ``Client`` of the settings' API version.

    Every setting is passed explicitly, so that the client never falls back on environment
    variables of its own and the precedence above is the only one that applies. (One fallback
    cannot be turned off from here: a bearer-token client given no ``api_key`` reads
    ``DIDWW_API_KEY`` from the process environment and sends it on export downloads alone, as
    the SDK documents; without it, downloads carry the token.)
    """
    client_class = load(settings.api_version).client_class()
    # The base URL alone: it is the environment's own address when no --base-url was given, and
    # the client names that environment from it.
    where = {"base_url": settings.target}
    client: ApiClient
    if settings.token is not None:
        client = client_class(token=settings.token, **where)
    else:
        client = client_class(api_key=settings.api_key, **where)
    return client


# --- the API version ---------------------------------------------------------------------------


def option_values(argv: Sequence[str], option: str) -> list[str]:
    """Every value given to the long ``option`` in ``argv`` (``--opt V`` or ``--opt=V``), read
    before click parses the command line."""
    found = []
    for i, arg in enumerate(argv):
        if arg == option and i + 1 < len(argv):
            found.append(argv[i + 1])
        elif arg.startswith(option + "="):
            found.append(arg.split("=", 1)[1])
    return found


@dataclass(frozen=True)
class VersionChoice:
    """The API version an invocation speaks, and who chose it (for ``--verbose``)."""

    catalog: Catalog
    source: str | None
    """``--api-version`` or ``DIDWW_API_VERSION``; None for the default."""

    def describe(self) -> str:
        """For ``--verbose``: ``API version 2026-10-22 (from DIDWW_API_VERSION)``."""
        origin = f"from {self.source}" if self.source else "the default"
        return f"API version {self.catalog.version} ({origin})"


def choose_version(argv: Sequence[str], env: Mapping[str, str]) -> VersionChoice:
    """The version that ``--api-version`` (anywhere before a ``--``) or else ``DIDWW_API_VERSION``
    names, the default without either; an :class:`InputError` listing the known versions for a
    name that is not one of them.

    Read from ``argv`` before click parses it: the commands, options and checks are those of the
    version, so it must be known before the command tree is built. A flag missing its value is
    left for click to report.
    """
    argv = list(argv)
    if "--" in argv:
        argv = argv[: argv.index("--")]
    given = option_values(argv, API_VERSION_OPTION)
    source: str | None
    if given:
        if len(set(given)) > 1:
            raise InputError(f"{API_VERSION_OPTION} is given twice, as {' and '.join(given)}")
        value, source = given[0].strip(), API_VERSION_OPTION
    else:
        value, source = env.get(API_VERSION_VARIABLE, "").strip(), API_VERSION_VARIABLE
        if not value:
            return VersionChoice(load(DEFAULT_VERSION), None)
    if value not in versions():
        raise InputError(
            f"{source}={value!r} is not an API version this SDK speaks: use "
            f"{' or '.join(versions())}"
        )
    return VersionChoice(load(value), source)


def _versions_using(bearer: bool) -> str:
    """The versions that authenticate with tokens (or keys), for messages: ``2026-10-22``."""
    return " or ".join(versions_with(bearer=bearer))


def other_versions(what: str, found: Sequence[str]) -> str:
    """Where a name unknown to the version spoken is known, for messages: ``it is a filter of
    API version 2026-04-16 (pass --api-version 2026-04-16 or set DIDWW_API_VERSION)``."""
    return (
        f"it is {what} of API version {' and '.join(found)} (pass {API_VERSION_OPTION} "
        f"{found[-1]} or set {API_VERSION_VARIABLE})"
    )


def refuse_if_elsewhere(refusal: str, what: str, found: Sequence[str]) -> None:
    """Raise :class:`InputError` when ``found`` names the versions that know what the version
    spoken does not: ``{refusal} in API version 2026-10-22: it is {what} of API version ...``."""
    if found:
        raise InputError(
            f"{refusal} in API version {current().version}: {other_versions(what, found)}"
        )


# --- credentials, environment, base URL --------------------------------------------------------


def _credential(
    flag_value: str | None, flag: str, env: Mapping[str, str], variable: str
) -> tuple[str, str] | None:
    """The credential from its flag, else its variable, and where it came from; None when
    neither gives one."""
    if flag_value is not None:
        value = flag_value.strip()
        if not value:
            raise InputError(f"{flag} is empty")
        return value, flag
    value = env.get(variable, "").strip()
    return (value, variable) if value else None


def _api_key(flags: Flags, env: Mapping[str, str], catalog: Catalog) -> tuple[str, str]:
    if flags.token is not None:
        raise InputError(
            f"--token: API version {catalog.version} authenticates with an API key, not a "
            f"bearer token: pass --api-key or set {API_KEY_VARIABLE} (tokens are for "
            f"{API_VERSION_OPTION} {_versions_using(True)})"
        )
    found = _credential(flags.api_key, "--api-key", env, API_KEY_VARIABLE)
    if found is not None:
        return found
    message = f"no API key: set the {API_KEY_VARIABLE} environment variable (or pass --api-key)"
    if env.get(TOKEN_VARIABLE, "").strip():
        message += (
            f"; {TOKEN_VARIABLE} holds a bearer token, which API version {catalog.version} does "
            f"not take (it is for {API_VERSION_OPTION} {_versions_using(True)})"
        )
    raise InputError(message)


def _token(flags: Flags, env: Mapping[str, str], catalog: Catalog) -> tuple[str, str]:
    if flags.api_key is not None:
        raise InputError(
            f"--api-key: API version {catalog.version} authenticates with a bearer token, not "
            f"an API key: pass --token or set {TOKEN_VARIABLE} (DIDWW mints tokens from your "
            "API key)"
        )
    found = _credential(flags.token, "--token", env, TOKEN_VARIABLE)
    if found is not None:
        return found
    message = (
        f"no token: API version {catalog.version} authenticates with a bearer token: set the "
        f"{TOKEN_VARIABLE} environment variable (or pass --token)"
    )
    if env.get(API_KEY_VARIABLE, "").strip():
        message += f"; {API_KEY_VARIABLE} is an API key, which this version does not take"
    raise InputError(message)


def _environment(catalog: Catalog, text: str) -> Enum | None:
    """The environment named ``text`` (in any case) or at the base URL ``text``, as the SDK reads
    ``DIDWW_ENVIRONMENT``."""
    names = dict(catalog.api.environments)
    name = text.lower() if text.lower() in names else catalog.api.environment_of(text)
    return catalog.environment(names[name]) if name is not None else None


def resolve(flags: Flags, env: Mapping[str, str], catalog: Catalog | None = None) -> Settings:
    """The settings for ``catalog``'s version (the :func:`current` one unless given), or an
    :class:`InputError` saying what to set."""
    catalog = catalog or current()
    api = catalog.api
    if catalog.bearer:
        (token, source), key = _token(flags, env, catalog), None
    else:
        (key, source), token = _api_key(flags, env, catalog), None
    if flags.environment is not None:
        name, where = flags.environment, f"--{flags.environment}"
    else:
        name, where = env.get(ENVIRONMENT_VARIABLE, "").strip(), ENVIRONMENT_VARIABLE
    environment = _environment(catalog, name or api.default_environment)
    if environment is None:
        raise InputError(
            f"{where}={name!r} is not an environment: use "
            f"{' or '.join(n for n, _ in api.environments)} (or its base URL)"
        )
    if flags.base_url is not None:
        base_url, url_source = flags.base_url.strip(), "--base-url"
        named = catalog.api.environment_of(base_url)
        if flags.environment is not None and named != flags.environment:
            # Both name the server, and they disagree: which was meant cannot be told, and a
            # user who typed --production must not be sent quietly somewhere else.
            raise InputError(
                f"--base-url and --{flags.environment} name different servers: give one of them"
            )
    elif flags.environment is not None:
        base_url, url_source = "", ""  # an explicit environment flag beats DIDWW_BASE_URL
    else:
        base_url, url_source = env.get(BASE_URL_VARIABLE, "").strip(), BASE_URL_VARIABLE
    if base_url and not base_url.startswith(("http://", "https://")):
        raise InputError(f"{url_source}={base_url!r}: expected an http:// or https:// URL")
    return Settings(key, environment, base_url.rstrip("/") or None, source, catalog.version, token)
