"""The exception tree: every error the SDK raises derives from :class:`DidwwError`.

::

    DidwwError
    ├── ClientError                  misuse caught before anything is sent
    ├── NotLoadedError               a field the answer did not carry (or a local model lacks)
    ├── TokenProviderError           a bearer-token client's token_provider failed
    ├── DecodeError                  a 2xx answer that is not a usable JSON:API document
    ├── DownloadTooLargeError        a download grew past its max_decompressed_bytes
    ├── InvalidCallbackError         a request that is not a usable DIDWW callback
    │   └── InvalidSignatureError    its signature does not match
    ├── APIConnectionError           the request or its answer was lost on the network
    │   └── APITimeoutError
    │       └── WaitTimeoutError     wait() gave up before a terminal status
    └── APIError                     the API answered with an error status
        ├── BadRequestError          400
        ├── AuthenticationError      401
        ├── PermissionDeniedError    403
        ├── NotFoundError            404
        ├── NotAcceptableError       406
        ├── ConflictError            409
        ├── UnsupportedMediaTypeError 415
        ├── UnprocessableEntityError 422
        ├── RateLimitError           429
        └── ServerError              5xx
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote_plus

import httpx

__all__ = [
    "FILTERED",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "ConflictError",
    "DecodeError",
    "DidwwError",
    "DownloadTooLargeError",
    "ErrorObject",
    "InvalidCallbackError",
    "InvalidSignatureError",
    "NotAcceptableError",
    "NotFoundError",
    "NotLoadedError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TokenProviderError",
    "UnknownAttributeError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "WaitTimeoutError",
    "WrongFormError",
    "echo_pattern",
    "redact_text",
]


class DidwwError(Exception):
    """Base class of every exception raised by the SDK.

    ``may_have_been_processed`` says whether the request may have been carried out although it
    failed: True for a request that is not safe to repeat (a create: an order!) when the
    connection failed after it was sent (:class:`APIConnectionError`) or the API answered a 5xx
    (:class:`ServerError`: a gateway's 502 or 504 may come after the API did the work). Check
    before sending it again; everywhere else it is False.
    """

    may_have_been_processed: bool = False

    def _may_have_been_processed(self, text: str) -> None:
        """Set :attr:`may_have_been_processed`, with ``text`` (why, and what to do) added to the
        message."""
        self.may_have_been_processed = True
        self.args = (f"{self.args[0]}; {text}" if self.args else text, *self.args[1:])
        message = getattr(self, "message", None)
        if isinstance(message, str):
            self.message = f"{message}; {text}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from its state, not by calling __init__ again with ``args``: most errors take
        # keyword-only arguments (an unpickled DecodeError failed to build) or format their
        # message from their arguments (an unpickled APIError read "HTTP HTTP 422").
        return (_rebuild, (type(self), self.args, self.__dict__))


def _rebuild(cls: type[DidwwError], args: tuple[Any, ...], state: dict[str, Any]) -> DidwwError:
    """An error from what :meth:`DidwwError.__reduce__` kept (pickling, ``copy.copy``)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class ClientError(DidwwError):
    """The SDK was used in a way that cannot work; nothing was sent."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ArgumentError(ClientError, TypeError):
    """A method was called with arguments it does not take (a misspelt keyword, one too many
    by position, one missing); nothing was sent. The message offers the closest keyword.

    It is a ``TypeError`` too, as such a call is everywhere else in Python.
    """


class TokenProviderError(DidwwError):
    """The ``token_provider`` of a bearer-token client failed or gave no usable token.

    ``provider_error`` is the exception the provider raised (None when it returned something
    unusable instead), for your code to inspect or log. It is neither this error's ``__cause__``
    nor in its message, and is not kept by pickling or ``copy.copy()``: its text could hold the
    provider's credentials, and loggers and error reporters print a chained exception in full.
    """

    def __init__(self, message: str, provider_error: Exception | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.provider_error = provider_error

    def __reduce__(self) -> tuple[Any, ...]:
        state = {**self.__dict__, "provider_error": None}
        return (_rebuild, (type(self), self.args, state))


class NotLoadedError(DidwwError, AttributeError):
    """A field was read that the answer did not carry, so its value is unknown (not null).

    The API sends relationship linkage only for included relationships, and sparse fieldsets
    leave attributes out; a model built locally holds only what was set on it. The message names
    the field and the query that would load it; ``model.is_loaded(name)`` asks without raising.

    It is an ``AttributeError`` too, so that what asks whether an attribute can be read gets the
    answer Python code expects: ``hasattr(model, name)`` is False, ``getattr(model, name,
    default)`` gives the default, a ``match`` class pattern naming the field does not match, and
    debuggers and ``inspect`` list the model instead of failing.
    """

    def __init__(self, message: str, *, model: str, field: str) -> None:
        super().__init__(message)
        # Set here so that Python does not fill them in: it would then offer "Did you mean:
        # 'voice_in_trunk_id'?" under the traceback, a name just as unloaded.
        self.name = field
        self.obj = None
        self.message = message
        self.model = model
        """The class name of the model read."""
        self.field = field
        """The name read."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The keyword-only arguments are not in ``args``: without this, a copy or an unpickled
        # error (from another process) fails to build.
        return (functools.partial(type(self), model=self.model, field=self.field), (self.message,))


class _AssignmentRefused(ClientError, AttributeError):
    """Base of the errors for assigning a name a model cannot take: an ``AttributeError`` too,
    as such an assignment is on most Python objects."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        # Set so that Python does not add a "Did you mean" of its own under the traceback: the
        # message says what there is to say.
        self.name = None
        self.obj = None


class UnknownFieldError(_AssignmentRefused):
    """A name was assigned on a model that is none of its fields, relationships or settable
    properties (a typo, or a field of the other API version); nothing was set. The message
    offers the closest name the model has.

    It is an ``AttributeError`` too, as assigning an unknown name on most Python objects is.
    """


class UnassignableError(_AssignmentRefused):
    """A name the model has (a method, a read-only property such as ``id``, a constant) was
    assigned; nothing was set."""


class WrongFormError(ClientError, TypeError):
    """A sync object was used the async way, or the other way round (``async with`` on a
    ``Client``, ``for`` over an ``AsyncClient``'s ``iter()``); the message names the right
    form.

    It is a ``TypeError`` too, as Python's own error for such a statement is: code that tells
    sync from async iterables by trying one form and catching ``TypeError`` keeps working.
    """


class UnknownAttributeError(ClientError, AttributeError):
    """A name was read that a client or repository does not have: a misspelling, an operation
    the API does not offer for the resource (``client.dids.create``), a resource of the other
    API version. The message offers the closest name there is.

    It is an ``AttributeError`` too, as reading an unknown name on most Python objects is, so
    ``hasattr()`` and ``getattr(obj, name, default)`` work as usual.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        # As for _AssignmentRefused: Python's own "Did you mean" would offer private names.
        self.name = None
        self.obj = None


class DecodeError(DidwwError):
    """A successful HTTP status came with a body that is not a usable JSON:API document.

    ``http_status`` is None only when a caller-supplied ``http_client`` failed to decode the body
    before its status reached the SDK.
    """

    def __init__(self, message: str, *, http_status: int | None, body_snippet: str | None) -> None:
        status = "HTTP status unknown" if http_status is None else f"HTTP {http_status}"
        if body_snippet is not None:
            shown = f"{message} ({status}; body starts: {body_snippet!r})"
        elif http_status is not None:  # a body not kept to show (a streamed download's)
            shown = f"{message} ({status})"
        else:  # the message says all (a field read from a model names its value itself)
            shown = message
        super().__init__(shown)
        self.message = message
        self.http_status = http_status
        self.body_snippet = "" if body_snippet is None else body_snippet


class DownloadTooLargeError(DidwwError):
    """A download wrote (or ``iter_rows`` read) more than ``max_decompressed_bytes``, gunzipped
    or not; a destination path is left as it was.

    The limit guards the disk (and, for ``iter_rows``, the caller) against an export, or a
    compressed bomb, far larger than expected. Pass a higher ``max_decompressed_bytes`` (or
    ``None`` for no limit) to accept it.
    """

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.message = message
        self.limit = limit
        """The limit that was exceeded, in bytes."""


class DownloadWriteError(DidwwError, OSError):
    """A download could not be written where it was asked to go (a full disk, a file closed
    under it); nothing was kept at a destination path. Also an :class:`OSError`, with the
    ``errno`` of the failure, so that code catching disk errors catches it too."""


class InvalidCallbackError(DidwwError):
    """A request that does not carry a usable DIDWW callback (answer it with HTTP 400)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidSignatureError(InvalidCallbackError):
    """The callback's ``X-DIDWW-Signature`` is missing or does not match: do not trust it."""


class APIConnectionError(DidwwError):
    """The request could not be sent, or its answer was not received in full.

    ``may_have_been_processed`` is True when the request may have reached the API before the
    connection failed: a create (an order!) may then exist although no answer came back.
    """

    def __init__(
        self, message: str, *, attempts: int = 1, may_have_been_processed: bool = False
    ) -> None:
        if attempts > 1:
            message += f" (after {attempts} attempts)"
        super().__init__(message)
        self.attempts = attempts
        self.may_have_been_processed = may_have_been_processed


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class WaitTimeoutError(APITimeoutError):
    """``wait()`` ran out of time before the resource reached a terminal status.

    ``last`` is the resource as it was last seen, so its current status is at hand.
    """

    def __init__(self, message: str, *, last: Any, attempts: int = 1) -> None:
        # ``attempts`` counts the polls sent, not retries of one request: said so.
        if attempts > 1:
            message += f" (after {attempts} polls)"
        super().__init__(message, may_have_been_processed=False)
        self.attempts = attempts
        """How many polls were sent."""
        self.last = last
        """The resource as last fetched (or as given, when no request was made)."""


FILTERED = "[FILTERED]"

# -- redaction: one policy for reprs, logs and error texts ---------------------------------------
#
# A value is a secret because of its NAME (a member, query parameter or header called
# ``password``, ``api_key``, ``X-Amz-Signature``...), never because of how it looks: a DID number
# or a description must stay readable. The one exception is a password in a URL's userinfo
# (``https://user:PASSWORD@host``), which the URL's own syntax names as one wherever it appears.
# Members the spec describes are marked sensitive there (``Attribute.sensitive``); the names
# below judge the members it cannot describe: keys of free-form JSON values
# (``query_parameters``), URL query parameters, headers.

_SECRET_IN_NAME = re.compile(
    r"pass(?:word|wd|phrase|code)|secret|token|credential|signature|apikey|username",
    re.IGNORECASE,
)
"""Long enough to be secrets wherever they appear in a name (``sip_password``, ``accessToken``)."""

_SECRET_WORDS = frozenset({"sig", "pass", "pwd", "pw", "hmac"})
"""Secrets only as whole words of a name: ``sig`` or ``pass``, not ``signal`` or ``passport``."""

_KEY_OWNERS = frozenset(
    {"api", "access", "private", "secret", "signing", "session", "auth", "client", "app",
     "master", "subscription", "account", "encryption", "sas", "shared", "license"}
)  # fmt: skip
"""What a ``key`` that is a secret belongs to: ``key`` alone and ``api_key`` or ``AccessKey``
are secrets; ``public_key``, ``sort_key`` or ``idempotency_key`` are ordinary data."""

_NAME_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
"""The words of ``api_key``, ``apiKey``, ``X-Amz-Signature`` or ``AWSAccessKeyId``."""


@functools.lru_cache(maxsize=1024)  # the same few names come back in every body and query
def is_secret_name(name: str) -> bool:
    """Whether a member, query parameter or header called ``name`` holds a secret: a password,
    key, token, signature or credential."""
    if _SECRET_IN_NAME.search(name):
        return True
    words = [word.lower() for word in _NAME_WORD.findall(name)]
    for index, word in enumerate(words):
        if word in _SECRET_WORDS:
            return True
        if word in ("key", "keys") and (
            len(words) == 1 or (index > 0 and words[index - 1] in _KEY_OWNERS)
        ):
            return True
    return False


_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*:(?://|\\/\\/))([^\s\"'<>]*)")
"""A URL in a text, up to whitespace or a quote; ``:\\/\\/`` is ``://`` as JSON may escape it."""


def redact_string(text: str) -> str:
    """``text`` with the userinfo password and the values of secret query parameters (by name,
    see :func:`is_secret_name`) of every URL in it replaced by ``[FILTERED]``."""
    if ":/" not in text and ":\\/" not in text:  # no URL: the usual case costs one scan
        return text
    redacted = _URL.sub(lambda match: match[1] + _redact_after_scheme(match[2], None), text)
    return text if redacted == text else redacted


_WHOLE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def redact_url(url: str) -> str:
    """``url``, known to be one URL (a base URL, a callback URL, a value that is nothing but a
    URL), with its password and secret query values filtered.

    Unlike :func:`redact_string`, which finds URLs in free text and so stops at a quote or a
    space, the whole value is the URL: a password holding a quote or a space is hidden whole. A
    URL that does not parse (a password holding ``/``, ``?`` or ``#`` cuts its authority
    short) loses everything from its scheme to its last ``@``: more than the password, never
    less."""
    scheme = _WHOLE_URL.match(url)
    if scheme is None:
        return redact_string(url)
    rest = url[scheme.end() :]
    redacted = scheme[0] + _redact_after_scheme(rest, None)
    if "@" not in rest:
        return redacted
    cut = f"{scheme[0]}{FILTERED}@{rest.rpartition('@')[2]}"
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError, TypeError):
        return cut
    # Parsed with a password the text scan did not see (a backslash in it): cut as well.
    return cut if parsed.password and FILTERED not in redacted else redacted


def url_secrets(text: str) -> list[str]:
    """The values :func:`redact_string` hides in ``text``, as written and percent-decoded (a
    server may echo either in an error)."""
    found: list[str] = []
    if ":/" in text or ":\\/" in text:
        for match in _URL.finditer(text):
            _redact_after_scheme(match[2], found)
    return found + [decoded for value in found if (decoded := unquote_plus(value)) != value]


def _redact_after_scheme(rest: str, found: list[str] | None) -> str:
    """A URL's text after ``scheme://``, redacted; what is hidden is added to ``found``."""
    end = len(rest)
    for mark in "/\\?#":
        at = rest.find(mark)
        if 0 <= at < end:
            end = at
    # The last "@" ends the userinfo: an unencoded "@" in a password stays hidden with it.
    userinfo, at_sign, hostport = rest[:end].rpartition("@")
    user, colon, password = userinfo.partition(":")
    if at_sign and colon and password != FILTERED:
        if found is not None and password:
            found.append(password)
        rest = f"{user}:{FILTERED}@{hostport}{rest[end:]}"
        end = len(user) + len(FILTERED) + 2 + len(hostport)
    start = rest.find("?", end)
    fragment = rest.find("#", end)
    if start < 0 or 0 <= fragment < start:  # no query, or a "?" inside the fragment
        return rest
    stop = len(rest) if fragment < 0 else fragment
    pairs = []
    for pair in rest[start + 1 : stop].split("&"):
        name, equals, value = pair.partition("=")
        if equals and value and value != FILTERED and is_secret_name(unquote_plus(name)):
            if found is not None:
                found.append(value)
            pair = f"{name}={FILTERED}"
        elif ":/" in value:  # a URL passed as a parameter (a redirect target)
            inner = _URL.sub(lambda match: match[1] + _redact_after_scheme(match[2], found), value)
            pair = f"{name}={inner}"
        elif "%" in value and ":/" in (decoded := unquote_plus(value)):
            # The same, percent-encoded, as a query built from a filter value carries it.
            if found is not None:
                found.extend(url_secrets(decoded))
            inner = redact_query_value(decoded)
            if inner != decoded:
                pair = f"{name}={quote(inner, safe=':/@[]')}"
        pairs.append(pair)
    return f"{rest[: start + 1]}{'&'.join(pairs)}{rest[stop:]}"


TOO_DEEP = "[nested too deeply to show]"
"""What a repr or a log shows for JSON nested more than :data:`SHOWN_DEPTH` levels down."""

SHOWN_DEPTH = 64
"""How deep reprs and logs go into a JSON value: ``json.loads`` reads hundreds of levels, and
copying them all for a message would exhaust the stack the caller is already deep in."""


class RepeatedValues(list):  # type: ignore[type-arg]
    """The values of a name that an object in JSON text gives more than once, in order.

    Readers disagree on which one counts, so the redaction judges them all: keeping the last
    alone, as ``json.loads`` does, showed a password followed by ``"password": null`` as it was
    written, the password included."""


def redact_json(
    value: Any, sensitive: frozenset[str] = frozenset(), *, _depth: int = SHOWN_DEPTH
) -> Any:
    """A copy of parsed JSON as reprs and logs show it: the values of secret members (by name,
    or named in ``sensitive``) replaced by ``[FILTERED]``, every string through
    :func:`redact_string`, and what lies deeper than :data:`SHOWN_DEPTH` as :data:`TOO_DEEP`."""
    if isinstance(value, str):
        return _redact_str(value, sensitive)
    if isinstance(value, (dict, list)) and _depth <= 0:
        return TOO_DEEP
    if isinstance(value, dict):
        return {
            key: (
                FILTERED
                if item is not None
                and isinstance(key, str)
                and (key in sensitive or is_secret_name(key))
                # A name given twice in JSON text reads as its last value, as json.loads reads
                # it; a secret in another of its values is then not shown either.
                else redact_json(
                    item[-1] if isinstance(item, RepeatedValues) else item,
                    sensitive,
                    _depth=_depth - 1,
                )
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_json(item, sensitive, _depth=_depth - 1) for item in value]
    return value


SENSITIVE_NAMES: set[str] = set()
"""The names of the attributes the loaded models mark sensitive (a SMPP configuration's
``system_id``), whatever their API version: a member so named inside a JSON value is hidden
in reprs as the request log hides it. Filled by the fields as their classes are made."""


def redact_value(value: Any) -> Any:
    """An attribute's value as a repr shows it (see :func:`redact_json`), members named as
    :data:`SENSITIVE_NAMES` included; other values (a nested object, which filters its own
    repr; a number, an enum member) as they are."""
    sensitive = frozenset(SENSITIVE_NAMES)
    if isinstance(value, (dict, list)):
        return redact_json(value, sensitive)
    if isinstance(value, str):
        redacted = _redact_str(value, sensitive)
        # An enum member is a str too: it is kept as itself unless a URL in it changed.
        return value if redacted == value else redacted
    return value


def _redact_str(value: str, sensitive: frozenset[str] = frozenset()) -> str:
    """A string value: one that is a URL as a whole (:func:`redact_url`), one that is a JSON
    object or array (:func:`_redact_json_text`), else free text."""
    if _WHOLE_URL.match(value):
        return redact_url(value)
    redacted = _redact_json_text(value, sensitive)
    if redacted is not None:
        return redacted
    return redact_string(value)


def redact_query_value(value: str) -> str:
    """A query parameter's value as reprs, logs and kept requests show it: filtered whole (a
    URL to its end, see :func:`redact_url`), then each comma-separated part, since a filter's
    list of values goes out joined by commas (two URLs, each with its password)."""
    redacted = _redact_str(value, frozenset(SENSITIVE_NAMES))
    if "," in redacted:
        redacted = ",".join(_redact_str(part) for part in redacted.split(","))
    return redacted


def object_with_every_value(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """The ``object_pairs_hook`` that keeps every value of a name given twice (see
    :class:`RepeatedValues`)."""
    found = dict(pairs)
    if len(found) == len(pairs):
        return found
    grouped: dict[str, list[Any]] = {}
    for key, value in pairs:
        grouped.setdefault(key, []).append(value)
    return {k: v[0] if len(v) == 1 else RepeatedValues(v) for k, v in grouped.items()}


def parsed_json_text(text: str) -> Any:
    """The JSON object or array ``text`` holds written out, or None when it holds none (most
    text is told by its first character, without parsing). A name given twice in an object
    holds :class:`RepeatedValues`."""
    if text.lstrip()[:1] not in ("{", "["):
        return None
    try:
        parsed = json.loads(text, object_pairs_hook=object_with_every_value)
    except (ValueError, RecursionError):
        return None
    return parsed if isinstance(parsed, (dict, list)) else None


def _redact_json_text(text: str, sensitive: frozenset[str]) -> str | None:
    """``text``, a JSON object or array written out (the body an SMS trunk's HTTP configuration
    sends, whose members may be a password or a key), as JSON text again with its secret
    members filtered as :func:`redact_json` filters them; None when it is no JSON, or nothing
    in it changes (then it is shown as written)."""
    parsed = parsed_json_text(text)
    if parsed is None:
        return None
    redacted = redact_json(parsed, sensitive)
    if redacted == parsed:
        return None
    # A name given twice reads as its last value, which differs from all of them: the text is
    # shown as written only when no value of any name holds a secret.
    every = _as_lists(parsed)
    if redact_json(every, sensitive) == every:
        return None
    return json.dumps(redacted, ensure_ascii=False)


def _as_lists(value: Any, depth: int = SHOWN_DEPTH) -> Any:
    """Parsed JSON text with every :class:`RepeatedValues` a plain list, which redaction goes
    through whole; as deep as redaction shows (past it, it shows nothing)."""
    if depth < 0:
        return value
    if isinstance(value, dict):
        return {key: _as_lists(item, depth - 1) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_lists(item, depth - 1) for item in value]
    return value


SHORT_SECRET = 8
"""Below this length a secret is hidden only where it stands alone (see :func:`echo_pattern`)."""


def echo_pattern(secret: str) -> re.Pattern[str]:
    """Where ``secret`` appears in a text as an echo of it.

    A secret of :data:`SHORT_SECRET` characters or more is hidden wherever it appears. A shorter
    one (a SIP password of ``p``) is hidden only where no letter, digit or ``_`` touches it:
    found inside a word it is a coincidence, and replacing it there garbles the message
    ("trunk grou[FILTERED]") while hiding nothing, since the word does not give it away.
    """
    escaped = re.escape(secret)
    if len(secret) >= SHORT_SECRET:
        return re.compile(escaped)
    return re.compile(rf"(?<!\w){escaped}(?!\w)")


_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "/": "\\/",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}
"""The two-character escapes a JSON string may use, by the character they stand for."""


def json_spellings(secret: str) -> re.Pattern[str]:
    """Every way a JSON string may spell ``secret``: each character as itself, as its
    two-character escape, or as ``\\uXXXX`` (a pair of them beyond the BMP)."""
    parts = []
    for char in secret:
        code = ord(char)
        units = (
            [code]
            if code < 0x10000
            else [0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)]
        )
        forms = [re.escape(char), "".join(_unicode_escape(unit) for unit in units)]
        if char in _SHORT_ESCAPES:
            forms.append(re.escape(_SHORT_ESCAPES[char]))
        parts.append(f"(?:{'|'.join(forms)})")
    return re.compile("".join(parts))


def _unicode_escape(unit: int) -> str:
    """A pattern for ``\\uXXXX`` of one UTF-16 code unit, its hex digits in either case."""
    digits = "".join(f"[{h}{h.upper()}]" if h.isalpha() else h for h in f"{unit:04x}")
    return "\\\\u" + digits


def redact_text(text: str, secrets: Iterable[str]) -> str:
    """``text`` for an error message: each secret where it is echoed (:func:`echo_pattern`),
    and what :func:`redact_string` hides in the URLs it holds, replaced by ``[FILTERED]``."""
    for secret in secrets:
        if not secret:
            continue
        # Raw JSON (a body, a snippet) holds it as a JSON string does: a quote as \".
        for form in {secret, json.dumps(secret)[1:-1]}:
            if form in text:
                text = echo_pattern(form).sub(FILTERED, text)
        if len(secret) >= SHORT_SECRET and "\\" in text:
            # Or spelled otherwise: Rails writes "<" as \u003c, PHP "/" as \/.
            text = json_spellings(secret).sub(FILTERED, text)
    return redact_string(text)


def map_json(value: Any, on_string: Callable[[str], str] | None = None) -> Any:
    """A copy of parsed JSON (dicts, lists and scalars) with each string through ``on_string``
    (kept when None); keys, numbers and literals as they are. Made without recursion:
    ``json.loads`` reads values nested hundreds of levels deep, deeper than a recursive copy can
    follow from wherever the caller already is in the stack."""
    if isinstance(value, str):
        return value if on_string is None else on_string(value)
    if not isinstance(value, (dict, list)):
        return value
    top: Any = {} if isinstance(value, dict) else []
    pending: list[tuple[Any, Any]] = [(value, top)]
    while pending:
        source, target = pending.pop()
        items = source.items() if isinstance(source, dict) else enumerate(source)
        for key, item in items:
            if isinstance(item, str):
                if on_string is not None:
                    item = on_string(item)
            elif isinstance(item, (dict, list)):
                child: Any = {} if isinstance(item, dict) else []
                pending.append((item, child))
                item = child
            if isinstance(target, dict):
                target[key] = item
            else:
                target.append(item)
    return top


def redact_json_strings(value: Any, secrets: tuple[str, ...]) -> Any:
    """A copy of parsed JSON with each string through :func:`redact_text` (``secrets`` where
    echoed, URL passwords); keys, numbers and literals as they are."""
    return map_json(value, lambda text: redact_text(text, secrets))


SHOWN_CHARACTERS = 200


def shown(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """``text`` quoted for an error message, cut after ``limit`` characters: a document's
    content passed by mistake where a path or an id goes can be megabytes."""
    return repr(text if len(text) <= limit else text[:limit] + "...")


def shown_value(value: object, limit: int = SHOWN_CHARACTERS) -> str:
    """``repr(value)`` for an error message about a value the caller gave: about ``limit``
    characters at most (a file's content passed as a filter value can be megabytes), and a
    value nested too deep for ``repr`` (a dict inside a dict a thousand times) still shown."""
    if isinstance(value, str):
        return shown(value, limit)
    if isinstance(value, (bytes, bytearray)) and len(value) > limit:
        return f"{value[:limit]!r}..."
    import reprlib  # loaded with the first such error, not with ``import didww``

    brief = reprlib.Repr()
    brief.maxlevel = 3
    brief.maxstring = brief.maxother = brief.maxlong = limit
    try:
        text = brief.repr(value)
    except Exception:  # a repr of the caller's own class that fails: the type is enough
        text = f"<{type(value).__name__} object>"
    return text if len(text) <= limit + 5 else f"{text[:limit]}..."


@dataclass(frozen=True)
class ErrorObject:
    """One entry of a JSON:API ``errors`` array."""

    title: str | None = None
    detail: str | None = None
    code: str | None = None
    status: str | None = None
    source_pointer: str | None = None
    meta: dict[str, Any] | None = None

    @classmethod
    def from_wire(cls, raw: Mapping[str, Any]) -> ErrorObject:
        """Build from a wire error object, keeping only well-typed members."""
        source = raw.get("source")
        pointer = source.get("pointer") if isinstance(source, Mapping) else None
        meta = raw.get("meta")
        return cls(
            title=_text(raw.get("title")),
            detail=_text(raw.get("detail")),
            code=_text(raw.get("code")),
            status=_text(raw.get("status")),
            source_pointer=_text(pointer),
            meta=dict(meta) if isinstance(meta, Mapping) else None,
        )

    def redacted(self, secrets: Iterable[str]) -> ErrorObject:
        """A copy with ``secrets`` blanked out of every text (servers may echo what they got)."""
        # URLs in the texts are redacted even when the request carried no secret of its own.
        found = tuple(s for s in secrets if s)
        return ErrorObject(
            title=None if self.title is None else redact_text(self.title, found),
            detail=None if self.detail is None else redact_text(self.detail, found),
            code=None if self.code is None else redact_text(self.code, found),
            status=self.status,
            source_pointer=(
                None if self.source_pointer is None else redact_text(self.source_pointer, found)
            ),
            meta=None if self.meta is None else _redacted_meta(self.meta, found),
        )


def _redacted_meta(meta: dict[str, Any], secrets: tuple[str, ...]) -> dict[str, Any]:
    return redact_json_strings(meta, secrets)  # type: ignore[no-any-return]


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


class APIError(DidwwError):
    """The API answered with an error status.

    ``errors`` holds every JSON:API error object of the answer; it is empty when the body was not a
    JSON:API error document (an HTML page from a proxy, an empty or truncated body).
    """

    def __init__(
        self,
        http_status: int,
        errors: list[ErrorObject] | None = None,
        *,
        request_id: str | None = None,
        response: httpx.Response | None = None,
        attempts: int = 1,
        hint: str | None = None,
    ) -> None:
        self.http_status = http_status
        self.hint = hint
        """What to do about it, when the SDK can tell (added to the message)."""
        self.errors: list[ErrorObject] = list(errors or [])
        self.request_id = request_id
        self.response = response
        """The last HTTP answer. Its ``request`` is a copy of what was sent whose credentials
        (``Api-Key``, ``Authorization``, a password in the URL) read ``[FILTERED]``."""
        self.attempts = attempts
        """How many times the request was sent."""
        super().__init__(self._describe())

    def _describe(self) -> str:
        text = f"HTTP {self.http_status}"
        details = [e.detail or e.title or e.code or "" for e in self.errors]
        details = [d for d in details if d]
        if details:
            text += ": " + "; ".join(details)
        if self.hint:
            text += f" ({self.hint})"
        if self.request_id:
            text += f" (request id {self.request_id})"
        if self.attempts > 1:
            text += f" (after {self.attempts} attempts)"
        return text

    def _record_attempts(self, attempts: int) -> None:
        self.attempts = attempts
        self.args = (self._describe(),)

    def _add_hint(self, text: str) -> None:
        """Add ``text`` to what :attr:`hint` says (and so to the message)."""
        self.hint = f"{self.hint}; {text}" if self.hint else text
        self.args = (self._describe(),)

    def _may_have_been_processed(self, text: str) -> None:
        self.may_have_been_processed = True
        self._add_hint(text)


class BadRequestError(APIError):
    """HTTP 400: the request was malformed (unknown filter, bad pagination or sort)."""


class AuthenticationError(APIError):
    """HTTP 401: the API key is missing or not valid."""


class PermissionDeniedError(APIError):
    """HTTP 403: the account may not do this."""


class NotFoundError(APIError):
    """HTTP 404: no such resource."""


class NotAcceptableError(APIError):
    """HTTP 406: the API cannot answer in the media type asked for."""


class ConflictError(APIError):
    """HTTP 409: the request conflicts with the current state of the resource."""


class UnsupportedMediaTypeError(APIError):
    """HTTP 415: the request body's media type is not accepted."""


class UnprocessableEntityError(APIError):
    """HTTP 422: the request was understood but failed validation."""


class RateLimitError(APIError):
    """HTTP 429: too many requests."""


class ServerError(APIError):
    """HTTP 5xx: the API failed."""


_STATUS_CLASSES: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    406: NotAcceptableError,
    409: ConflictError,
    415: UnsupportedMediaTypeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[APIError]:
    """The exception class raised for an HTTP error status."""
    if status >= 500:
        return ServerError
    return _STATUS_CLASSES.get(status, APIError)


def is_released(data: object) -> bool:
    """Whether ``data`` is a memoryview whose buffer was released: every use of it raises
    ``ValueError``, which the functions taking bytes turn into a :class:`ClientError`."""
    if not isinstance(data, memoryview):
        return False
    try:
        data.nbytes  # noqa: B018 - reading it is the test: a released view raises
    except ValueError:
        return True
    return False


def a_or_an(word: str) -> str:
    """``word`` after its indefinite article, for messages that name a class or a kind:
    ``an Order``, ``an integer``, ``a DID``. By the first letter, which suits these names (an
    initialism read letter by letter, like ``NANPA``, starts with a consonant sound anyway)."""
    return f"{'an' if word[:1] in _VOWELS else 'a'} {word}"


_VOWELS = frozenset("AEIOUaeiou")
