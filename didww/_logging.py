"""The ``didww`` logger, redaction, and the ``DIDWW_LOG`` switch.

Logs name the method, URL, status, duration, attempt and ``X-Request-Id`` of every attempt. Headers
are never logged; request bodies are logged at DEBUG with secrets replaced by ``[FILTERED]``.
"""

from __future__ import annotations

import json
import logging
import os
import re
from typing import Any

from didww._errors import FILTERED as FILTERED  # what a secret value is replaced with

logger = logging.getLogger("didww")

_SECRET_KEY = re.compile(r"pass(word)?|secret|token|api[-_]?key|credential", re.IGNORECASE)
_BODY_LIMIT = 2000


def is_secret_name(name: str) -> bool:
    """Whether a member, header or parameter name says its value is a secret (key, password...)."""
    return _SECRET_KEY.search(name) is not None


def redact_json(value: Any, sensitive: frozenset[str]) -> Any:
    """A copy of parsed JSON with the values of secret members (by name, or in ``sensitive``)
    replaced by ``[FILTERED]``."""
    if isinstance(value, dict):
        return {
            k: (
                FILTERED
                if (k in sensitive or is_secret_name(k)) and v is not None
                else redact_json(v, sensitive)
            )
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact_json(v, sensitive) for v in value]
    return value


def redact_body(body: bytes, sensitive: frozenset[str]) -> str:
    """A request body for the log: JSON with secret members filtered, truncated."""
    if not body:
        return ""
    try:
        text = json.dumps(redact_json(json.loads(body), sensitive), ensure_ascii=False)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return f"<{len(body)} bytes>"
    return text if len(text) <= _BODY_LIMIT else text[:_BODY_LIMIT] + "..."


def secret_values(body: bytes, sensitive: frozenset[str]) -> tuple[str, ...]:
    """The string values of secret members (passwords, credentials) in a JSON request body."""
    if not body:
        return ()
    try:
        document = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return ()
    found: list[str] = []
    pending = [document]
    while pending:  # a loop, not recursion: the body is ours but its size is the caller's
        value = pending.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str) and item and (key in sensitive or is_secret_name(key)):
                    found.append(item)
                else:
                    pending.append(item)
        elif isinstance(value, list):
            pending.extend(value)
    return tuple(found)


def enable_logging(level: str | int = "debug") -> None:
    """Print the SDK's logs to stderr at ``level`` ("debug" shows every attempt)."""
    numeric = logging.getLevelName(level.upper()) if isinstance(level, str) else level
    if not isinstance(numeric, int):
        raise ValueError(f"unknown log level {level!r}")
    logger.setLevel(numeric)
    if not any(getattr(h, "_didww", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._didww = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


def configure_from_environment() -> None:
    """Honour ``DIDWW_LOG=debug`` (or ``info``) set in the environment."""
    level = os.environ.get("DIDWW_LOG", "").strip()
    if level:
        try:
            enable_logging(level)
        except ValueError:
            logger.warning("ignoring DIDWW_LOG=%r: not a log level", level)
