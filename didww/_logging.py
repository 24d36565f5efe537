"""The ``didww`` logger, redaction, and the ``DIDWW_LOG`` switch.

Logs name the method, URL, status, duration, attempt and ``X-Request-Id`` of every answer, the
401 that had a bearer token replaced and each redirect included. Headers are never logged;
request bodies are logged at DEBUG. Secrets are replaced by ``[FILTERED]`` as in reprs (see
:func:`didww._errors.redact_json`): the values of secret members and query parameters, URL
passwords, and the whole query of a URL on another host than the API's.
"""

from __future__ import annotations

import json
import logging
import os
import warnings

import httpx

from didww._arguments import checked_function
from didww._errors import FILTERED as FILTERED  # what a secret value is replaced with
from didww._errors import (
    SHORT_SECRET,
    ClientError,
    RepeatedValues,
    parsed_json_text,
    redact_url,
    url_secrets,
)
from didww._errors import is_secret_name as is_secret_name  # the simulator's request log uses
from didww._errors import redact_json as redact_json  # these two as well
from didww._types import JSON

logger = logging.getLogger("didww")

_BODY_LIMIT = 2000


def redact_body(body: bytes, sensitive: frozenset[str]) -> str:
    """A request body for the log: JSON with secret members filtered, truncated."""
    if not body:
        return ""
    try:
        text = json.dumps(redact_json(json.loads(body), sensitive), ensure_ascii=False)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return f"<{len(body)} bytes>"
    return text if len(text) <= _BODY_LIMIT else text[:_BODY_LIMIT] + "..."


def redacted_body(body: bytes, sensitive: frozenset[str]) -> bytes | None:
    """A JSON request body with secret members filtered (as :func:`redact_body` shows it, but
    whole), for the copy of a request that errors and raw responses keep; None when it holds
    nothing to filter, or is no JSON (an upload's encrypted file)."""
    if not body:
        return None
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    redacted = redact_json(document, sensitive)
    if redacted == document:
        return None
    return json.dumps(redacted, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def secret_values(body: bytes, sensitive: frozenset[str]) -> tuple[str, ...]:
    """The string values of secret members (passwords, credentials) in a JSON request body; a
    secret member holding a list or an object (an SMS trunk's HTTP ``headers``) has the string
    values inside it counted when they are long enough to be credentials (``SHORT_SECRET``):
    a header of ``2`` or ``true`` is no secret, and hiding it would garble every echo of the
    number. The names in an object are not counted: they say what, not which."""
    if not body:
        return ()
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ()
    found: list[str] = []
    pending: list[tuple[JSON, bool]] = [(document, False)]
    while pending:  # a loop, not recursion: the body is ours but its size is the caller's
        value, inside = pending.pop()  # inside: within a secret object or list
        if isinstance(value, dict):
            for key, item in value.items():
                if not inside and (key in sensitive or is_secret_name(key)):
                    if isinstance(item, str) and item:
                        found.append(item)  # a secret field's own value, however short
                        continue
                    if isinstance(item, RepeatedValues):  # JSON text naming it twice: each
                        found.extend(v for v in item if isinstance(v, str) and v)
                    pending.append((item, True))
                else:
                    pending.append((item, inside))
        elif isinstance(value, list):
            pending.extend((item, inside) for item in value)
        elif isinstance(value, str) and value:
            if inside:
                if len(value) >= SHORT_SECRET:
                    found.append(value)
                continue
            parsed = parsed_json_text(value)
            if parsed is not None:
                # A JSON body written as text (an SMS trunk's): its members are judged alike.
                pending.append((parsed, False))
            else:
                # A password in a callback URL, or a key in its query, that a server may echo.
                found.extend(url_secrets(value))
    return tuple(found)


def log_url(url: httpx.URL, own: bool) -> str:
    """``url`` as a log line shows it: on the API host, with what :func:`redact_url` hides
    filtered; on another host (an export's file store), without its query at all.

    A file host's query is typically a signed URL's credentials (``X-Amz-Signature``,
    ``X-Amz-Credential``, ``sig``...) under names no list can keep up with, and the path and
    host say enough to tell which file it was.
    """
    text = str(url)
    if not own and url.query:
        text = text[: text.index("?")] + "?" + FILTERED
    return redact_url(text)


class _HttpxURLs(logging.Filter):
    """Hides the secrets of the URLs in httpx's own records (``HTTP Request: GET <url> ...``,
    logged at INFO for every request of an ``httpx.Client`` or ``AsyncClient``): a signed
    download URL's signature and credential, a password. A program that turns INFO on for every
    logger would print them otherwise."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(arg, httpx.URL) for arg in args):
            record.args = tuple(
                redact_url(str(arg)) if isinstance(arg, httpx.URL) else arg for arg in args
            )
        return True


def guard_httpx_log() -> None:
    """Put :class:`_HttpxURLs` on the ``httpx`` logger, once: done when a client is made, since
    its requests may go through httpx (the async client, a caller's ``http_client``)."""
    httpx_logger = logging.getLogger("httpx")
    if not any(isinstance(existing, _HttpxURLs) for existing in httpx_logger.filters):
        httpx_logger.addFilter(_HttpxURLs())


_LEVEL_NAMES = ("debug", "info", "warning", "error", "critical")
_ACCEPTED = "use one of " + ", ".join(repr(n) for n in _LEVEL_NAMES) + " or a logging level number"


@checked_function
def enable_logging(level: str | int = "debug") -> None:
    """Print the SDK's logs to stderr at ``level``: ``"debug"`` shows every attempt,
    ``"info"`` the retries and the calls that failed with an API error.

    ``level`` is a level name (``"debug"``, ``"info"``, ``"warning"``, ``"error"``,
    ``"critical"``, in any case) or a :mod:`logging` level number (an int, or its digits as a
    str); anything else raises :class:`didww.ClientError` and changes nothing.

    When your program has set up logging (the root logger has a handler, as after
    ``logging.basicConfig()``), before or after this call, the SDK's records go to your
    handlers, in your format, and the SDK's own handler prints nothing that one of them
    prints: each line would otherwise be printed twice. A record none of them prints (a root
    ``NullHandler``, a handler set to ``WARNING`` for an ``INFO`` line) is still printed.
    """
    numeric = _level_number(level)
    if numeric is None:
        raise ClientError(f"unknown log level {level!r}: {_ACCEPTED}")
    logger.setLevel(numeric)
    # The handler is added even when the program has set up logging: its filter decides, for
    # each record, whether one of the program's handlers prints it instead.
    if not any(getattr(h, "_didww", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler.addFilter(_until_the_program_sets_up_logging)
        handler._didww = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


def _until_the_program_sets_up_logging(record: logging.LogRecord) -> bool:
    """Whether the SDK's own handler prints ``record``: not once the root logger has a handler
    that prints it. ``DIDWW_LOG`` is read at ``import didww``, which a program usually does
    before its ``logging.basicConfig()``: without this, every line was printed twice from then
    on, in the SDK's format and in the program's. A root handler that prints nothing of it (a
    ``NullHandler``, or one set to WARNING for an INFO line) does not silence it."""
    if not logger.propagate:
        return True
    return not any(
        not isinstance(handler, logging.NullHandler) and record.levelno >= handler.level
        for handler in logging.getLogger().handlers
    )


def _level_number(level: object) -> int | None:
    """The logging level ``level`` names, or None when it names none."""
    if isinstance(level, bool):  # an int to Python, but enable_logging(True) is no level
        return None
    if isinstance(level, int):
        return level
    if not isinstance(level, str):
        return None
    text = level.strip()
    if text.isascii() and text.isdigit():  # DIDWW_LOG=10 names a level as well as debug does
        return int(text)
    # getLevelName maps a registered name to its number (and anything else to a str); names
    # added with logging.addLevelName are accepted too.
    numeric = logging.getLevelName(text.upper())
    return numeric if isinstance(numeric, int) else None


def configure_from_environment() -> None:
    """Honour ``DIDWW_LOG=debug`` (or ``info``...) set in the environment.

    A value that is not a level does not stop ``import didww`` (a typo in the environment must
    not take an application down): it is reported with :func:`warnings.warn`, which shows
    whatever the application's logging configuration, and logging stays as it was.
    """
    level = os.environ.get("DIDWW_LOG", "").strip()
    if not level:
        return
    if _level_number(level) is None:
        warnings.warn(f"ignoring DIDWW_LOG={level!r}: not a log level; {_ACCEPTED}", stacklevel=2)
        return
    enable_logging(level)
