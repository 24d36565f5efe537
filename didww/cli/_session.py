"""The state of one ``didww`` invocation: the API version, flags, environment, and the client made
on first use."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import click

import didww
from didww._client import API_KEY_VARIABLE
from didww.cli._catalog import ResourceInfo, client_attribute, versions_with
from didww.cli._config import (
    TOKEN_VARIABLE,
    ApiClient,
    ClientFactory,
    Flags,
    Settings,
    VersionChoice,
    default_client,
    resolve,
)
from didww.cli._errors import Redactor

__all__ = ["Session", "current_session", "environment_secrets"]


def environment_secrets(env: Mapping[str, str]) -> list[str | None]:
    """The API key and the token of the environment, whichever the version uses: both are
    filtered out of what is printed."""
    return [env.get(API_KEY_VARIABLE), env.get(TOKEN_VARIABLE)]


class _RedactingFilter(logging.Filter):
    """Belt and braces: the SDK never logs headers, and this drops the key or token from any log
    line."""

    def __init__(self, redact: Redactor) -> None:
        super().__init__()
        self._redact = redact

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = self._redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, ()
        return True


# A Bearer challenge among those of a WWW-Authenticate header: the scheme opens the header or
# follows a comma, and is followed by its parameters (or nothing), never by "=".
_BEARER_CHALLENGE = re.compile(r"(?:^|,)\s*bearer(?:\s|,|$)", re.IGNORECASE)


class Session:
    """The API version, flags, environment and the lazily built client of one command line.

    ``version`` is chosen before the command line is parsed (see
    :func:`didww.cli._config.choose_version`).
    """

    def __init__(
        self, factory: ClientFactory | None, env: Mapping[str, str], version: VersionChoice
    ) -> None:
        self.flags = Flags()
        self.env = env
        self.version = version
        self._factory = factory or default_client
        self._client: ApiClient | None = None
        self._log_handler: logging.Handler | None = None
        self._log_level = logging.NOTSET
        self.hidden: list[str] = []
        """The secret fields shown as [FILTERED] in what was printed (see --show-secrets)."""

    def redactor(self) -> Redactor:
        """Filters every key and token this invocation knows of out of text, whichever of them
        the version uses."""
        return Redactor([self.flags.api_key, self.flags.token, *environment_secrets(self.env)])

    def settings(self) -> Settings:
        """The resolved settings for the version spoken; :class:`InputError` saying what to set."""
        return resolve(self.flags, self.env, self.version.catalog)

    def client(self) -> ApiClient:
        """The client, built on first use (so that --help and usage errors need no key)."""
        if self._client is None:
            settings = self.settings()
            if self.flags.verbose:
                self._start_logging()
                sys.stderr.write(
                    f"didww: {self.version.describe()}\n" f"didww: {settings.describe()}\n"
                )
            self._client = self._factory(settings)
        return self._client

    def repository(self, info: ResourceInfo) -> Any:
        """``client.<path>`` for a resource of the catalog."""
        return getattr(self.client(), client_attribute(info))

    def version_hints(self, exc: BaseException) -> list[str]:
        """A line for a 401 whose answer points at another API version, when it truly does.

        The CLI knows the version it speaks and the credential it sent (read from the request
        the error keeps, whose credential headers keep their names but not their values). The
        server says which credential it wants in its ``WWW-Authenticate`` challenge: a bearer
        version's refusals all carry a ``Bearer`` one (as its API document describes). So an API
        key refused with a Bearer challenge, or a token refused without one, was sent to a server
        that may speak the other kind of version; any other refusal is about the credential
        itself, which the SDK's own hint covers, and gets no line."""
        response = exc.response if isinstance(exc, didww.AuthenticationError) else None
        if response is None:
            return []
        try:
            sent = response.request.headers
        except RuntimeError:  # httpx: a response made without a request
            return []
        asks_bearer = any(
            _BEARER_CHALLENGE.search(value)
            for value in response.headers.get_list("WWW-Authenticate")
        )
        spoken = self.version.catalog
        if not spoken.bearer and "Api-Key" in sent and asks_bearer:
            told = "with an API key, and the server asked for a bearer token"
            others = versions_with(bearer=True)
            credential = f"a bearer token (--token or {TOKEN_VARIABLE})"
        elif spoken.bearer and "Authorization" in sent and not asks_bearer:
            told = (
                "with a bearer token, and the server's refusal lacks the WWW-Authenticate: "
                f"Bearer challenge that every 401 of {spoken.version} carries"
            )
            others = versions_with(bearer=False)
            credential = f"an API key (--api-key or {API_KEY_VARIABLE})"
        else:
            return []
        if not others:
            return []
        advice = (
            f"pass --api-version {others[0]}" if len(others) == 1 else "pass it as --api-version"
        )
        return [
            f"didww speaks API version {spoken.version} {told}; if this server speaks "
            f"{' or '.join(others)}, {advice} with {credential}"
        ]

    def _start_logging(self) -> None:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("didww: %(levelname)s %(message)s"))
        handler.addFilter(_RedactingFilter(self.redactor()))
        logger = logging.getLogger("didww")
        logger.addHandler(handler)
        self._log_level = logger.level
        logger.setLevel(logging.DEBUG)
        self._log_handler = handler

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._log_handler is not None:
            logger = logging.getLogger("didww")
            logger.removeHandler(self._log_handler)
            logger.setLevel(self._log_level)
            self._log_handler = None

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def current_session() -> Session:
    """The session of the command being run."""
    session = click.get_current_context().find_object(Session)
    assert session is not None, "commands run under didww.cli's root group"
    return session
