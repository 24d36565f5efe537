"""DIDWW callbacks: signature validation and typed parsing.

DIDWW calls a resource's ``callback_url`` when its status changes (orders, exports, address and
emergency verifications, voice-out trunks). Most callbacks carry a flat set of string fields, at
least ``id``, ``type`` and ``status``, as a form body (POST) or added to the URL's query (GET);
2026-10-22 sends voice-out trunk callbacks as a JSON array of events instead. DIDWW signs each
callback with HMAC-SHA1 under the callback secret of the account, over the normalised callback
URL (for a GET, with the payload added to its query) followed by every payload name and value,
names in sorted order.

:func:`parse` checks a form or query callback and returns a typed event, :func:`parse_json` does
the same for a JSON one; see ``docs/webhooks.md`` for complete WSGI and ASGI handlers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

from didww._arguments import check_methods, checked_function
from didww._enum import OpenStrEnum
from didww._errors import (
    ClientError,
    InvalidCallbackError,
    InvalidSignatureError,
    a_or_an,
    is_released,
    redact_value,
)

if TYPE_CHECKING:
    # A status is a member of the default API version's enum at run time (loaded only when a
    # callback is parsed, so importing this module stays cheap), and is typed as one of any
    # version's, which it compares equal to by value: a 2026-10-22 handler compares it with its
    # own enums under mypy --strict.
    from didww._callback_statuses import (
        AddressVerificationStatus,
        EmergencyVerificationStatus,
        ExportStatus,
        OrderStatus,
        VoiceOutTrunkStatus,
    )

__all__ = [
    "MAX_JSON_BODY",
    "SIGNATURE_HEADER",
    "AddressVerificationCallback",
    "CallbackEvent",
    "EmergencyVerificationCallback",
    "ExportCallback",
    "GenericCallback",
    "OrderCallback",
    "RequestValidator",
    "VoiceOutTrunkCallback",
    "form_payload",
    "normalize_url",
    "parse",
    "parse_json",
]

SIGNATURE_HEADER = "X-DIDWW-Signature"
"""The request header that carries the signature."""

MAX_JSON_BODY = 1024 * 1024
"""The longest JSON callback body :func:`parse_json` takes, in bytes (in characters for a str).

A voice-out trunk event is under 200 bytes, so this leaves room for thousands piled up while
deliveries failed; read a request's body up to this many bytes (and one more, to tell a longer
one) rather than whole, so that an endless body cannot take the process's memory."""

_DEFAULT_PORTS = {"https": 443}

_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d+(?:[/?#]|$))")
"""A URL's scheme. ``host:8080/path`` has none: what follows its colon is a port."""


_C0_AND_SPACE = "".join(map(chr, range(33)))
_TAB_AND_NEWLINES = {ord(char): None for char in "\t\r\n"}


def _bare(url: str) -> str:
    """``url`` as ``urlsplit`` reads it: control characters and spaces at its start dropped, and
    tabs and line breaks anywhere (a URL read from a file or a variable may carry them)."""
    return url.lstrip(_C0_AND_SPACE).translate(_TAB_AND_NEWLINES)


def _with_scheme(url: str) -> str:
    """``url`` with ``http://`` in front when it has no scheme, as DIDWW stores a callback_url
    given without one (``//host/path`` names its host already: only ``http:`` is added)."""
    bare = _bare(url)
    if _SCHEME.match(bare) is not None:
        return url
    return ("http:" if bare.startswith("//") else "http://") + bare


@checked_function
def normalize_url(url: str) -> str:
    """Rebuild a URL the way DIDWW signs it: ``scheme://[userinfo@]host:port/path[?query][#frag]``.

    The scheme is ``http`` when the URL has none, as DIDWW stores such a callback_url; the port is
    always written (443 for https, 80 otherwise, when the URL has none); the path, query and
    fragment are kept exactly as they were percent-encoded. A ``url`` that is not a str, or
    whose port is not a number from 0 to 65535, raises :class:`didww.ClientError`.
    """
    base, query, fragment = _url_parts(url)
    return _joined(base, query, fragment)


def _url_parts(url: str) -> tuple[str, str, str]:
    """``url`` normalised as :func:`normalize_url` says, in three parts: everything up to the
    path, the query and the fragment (each without its ``?`` or ``#``)."""
    if not isinstance(url, str):
        raise ClientError(f"the callback url must be a str, got {type(url).__name__}")
    try:
        parts = urlsplit(_with_scheme(url))
        port = parts.port  # parsed lazily: this is where a bad port raises
    except ValueError:
        # Neither the URL nor urlsplit's message (which can quote the host part) is shown: the
        # userinfo of a callback URL may hold a password.
        raise ClientError(
            "the callback url does not parse: check its host and that its port is a number "
            "from 0 to 65535"
        ) from None
    scheme = parts.scheme.lower()
    userinfo = parts.netloc.rpartition("@")[0]
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if port is None:
        port = _DEFAULT_PORTS.get(scheme, 80)
    base = f"{scheme}://{userinfo + '@' if userinfo else ''}{host}:{port}{parts.path}"
    return base, parts.query, parts.fragment


def _joined(base: str, query: str, fragment: str) -> str:
    return base + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")


_QueryEncoding = Callable[[str], str]


def _ruby_form_component(text: str) -> str:
    """Form encoding as Ruby's ``URI.encode_www_form_component`` writes it: ``*`` kept, ``~``
    escaped (the other form encoders keep ``~`` and escape ``*``)."""
    return quote_plus(text, safe="*").replace("~", "%7E")


_QUERY_ENCODINGS: tuple[_QueryEncoding, ...] = (
    lambda text: quote_plus(text, safe=""),
    lambda text: quote(text, safe=""),
    _ruby_form_component,
)
"""The ways a GET callback's payload may be URL-encoded where it is added to the query. The
document says only "URL-encoded": form encoding (a space as ``+``, what the simulator sends and
:meth:`RequestValidator.signature` signs) comes first, then plain percent-encoding (``%20``) and
Ruby's form flavour. Any of them is accepted: each is an HMAC under the secret over the same
fields, so accepting another spelling of them lets no one without the secret sign anything."""


def _query_with(query: str, fields: list[tuple[str, object]], encode: _QueryEncoding) -> str:
    """``query`` with ``fields`` (already sorted by name) added after its own pairs."""
    added = "&".join(f"{encode(name)}={encode(_value(value))}" for name, value in fields)
    if not added:
        return query
    return f"{query}&{added}" if query else added


class RequestValidator:
    """Checks the ``X-DIDWW-Signature`` of a callback request.

    ``callback_secret`` is the account's callback secret, a non-empty str; anything else raises
    :class:`didww.ClientError`, whose message never shows the value given.
    """

    __slots__ = ("_secret",)

    def __init__(self, callback_secret: str) -> None:
        # Refused here rather than at the first callback: an empty secret signs nothing DIDWW
        # sends, so every callback would fail as a bad signature with no hint why.
        if not isinstance(callback_secret, str):
            raise ClientError(
                "RequestValidator needs the account's callback secret as a str, "
                f"got {type(callback_secret).__name__}"
            )
        if not callback_secret:
            raise ClientError("RequestValidator needs the account's callback secret, got ''")
        try:
            self._secret = callback_secret.encode("utf-8")
        except UnicodeEncodeError:
            raise ClientError("the callback secret is not valid text (a lone surrogate)") from None

    def signature(self, url: str, payload: Mapping[str, object], *, method: str = "post") -> str:
        """The lowercase hex signature DIDWW sends for this URL and payload.

        ``payload`` maps str keys to values (None is signed as ``""``, booleans as ``true`` and
        ``false``, anything else as ``str(value)``). ``method`` is the callback's method,
        ``"post"`` or ``"get"`` in any case: a GET callback's signed URL has the payload added
        to its query, form-encoded and sorted by name, before its fragment. A ``url`` that is
        not a str or does not parse, a payload that is not a mapping, a key that is not a str, a
        value that is a collection (the lists of ``parse_qs``) or bytes, or another ``method``
        raises :class:`didww.ClientError`.
        """
        fields = _signed_fields(payload)
        forms = _forms(method)
        if len(forms) != 1:
            raise ClientError(
                f"RequestValidator.signature() signs a 'get' or a 'post' callback, got {method!r}"
            )
        base, query, fragment = _url_parts(url)
        if forms == ("get",):
            try:
                query = _query_with(query, fields, _QUERY_ENCODINGS[0])
            except UnicodeEncodeError:  # a lone surrogate has no UTF-8 to URL-encode
                raise ClientError(
                    "the callback payload is not valid text (a lone surrogate)"
                ) from None
        return self._sign(_joined(base, query, fragment) + _members(fields))

    def validate(
        self,
        url: str,
        payload: Mapping[str, object],
        signature: str | bytes | bytearray | None,
        *,
        method: str | None = None,
    ) -> bool:
        """Whether ``signature`` is right; a missing or malformed one is False, never an error.

        ``signature`` is the header's value as a str, or as the bytes an ASGI server hands out
        (read as ASCII: bytes that are not ASCII are simply not DIDWW's signature).

        ``method`` is the request's method: pass it when you know it. Given, only that method's
        signature is accepted; a method DIDWW never calls back with (``PUT``) is False. Without
        it, a signature made either way DIDWW signs (a POST's, or a GET's, whose URL has the
        payload added to its query) is accepted. Neither can be made without the secret, but a
        genuine GET signature then also passes for a POST whose fields spell the same signed
        text (an ``id`` of ``=X&``, which DIDWW never sends).

        A ``url`` that is a str but does not parse (say, a port that is not a number) is False
        as well, as a handler that builds it from the request's own ``Host`` header must answer
        such a request 403, not fail; :func:`parse` says why in its error. The caller's
        mistakes raise :class:`didww.ClientError`, since no request could
        ever pass them: a ``url`` that is not a str, is empty or is a path alone, a
        ``signature`` that is neither text, bytes nor None, a ``method`` that is neither a str
        nor None, and a ``payload`` that :meth:`signature` refuses. A ``url`` without a scheme
        is read as ``http://``, as DIDWW stores such a callback_url.
        """
        fields = _signed_fields(payload)
        _check_url(url)
        _check_signature_type(signature)
        forms = _forms(method)
        given = _given(signature)
        if given is None or not forms:
            return False
        try:
            base, query, fragment = _url_parts(url)
            candidates = [fields]
            own = _own_query(url)
            if own:
                # A GET callback's query holds the callback_url's own query and the payload, and
                # DIDWW signs only the payload as fields: a payload read from the whole query
                # matches once the URL's own pairs are set aside.
                payload_only = [(k, v) for k, v in fields if (k, v) not in own]
                if payload_only != fields:
                    candidates.append(payload_only)
            texts: list[str] = []
            for candidate in candidates:
                members = _members(candidate)
                if "post" in forms:
                    texts.append(_joined(base, query, fragment) + members)
                if "get" in forms:
                    texts += [
                        _joined(base, _query_with(query, candidate, encode), fragment) + members
                        for encode in _QUERY_ENCODINGS
                    ]
            expected = [self._sign(text) for text in dict.fromkeys(texts)]
        except (ClientError, UnicodeEncodeError):
            # The request's URL or text is not something DIDWW signs (a port that is no
            # number, a lone surrogate that has no UTF-8 to sign or to URL-encode).
            return False
        return _any_equal(expected, given)

    def json_signature(self, url: str, body: bytes | bytearray | memoryview | str) -> str:
        """The lowercase hex signature DIDWW sends with a JSON callback ``body`` to ``url``.

        ``body`` is the JSON array of events as sent (see :func:`parse_json`, which says how it
        is signed). A ``url`` that is not a str or does not parse, or a ``body`` that is not
        text or bytes, raises :class:`didww.ClientError`, as does a body :func:`parse_json`
        would refuse as no callback (not JSON, not an array of flat objects, too long).
        """
        _check_body(body)
        try:
            entries = _json_entries(body)
        except InvalidCallbackError as exc:
            raise ClientError(exc.message) from None
        return self._sign(normalize_url(url) + _json_members(entries))

    def validate_json(
        self,
        url: str,
        body: bytes | bytearray | memoryview | str,
        signature: str | bytes | bytearray | None,
    ) -> bool:
        """Whether ``signature`` is right for the JSON callback ``body`` sent to ``url``.

        As :meth:`validate` for a form callback: a missing or malformed signature, a URL that
        does not parse and a body that is no JSON array of flat objects (or is longer than
        :data:`MAX_JSON_BODY`) are False; a ``url`` that is not a str, is empty or a path alone,
        a ``signature`` that is neither text, bytes nor None, and a ``body`` that is neither
        text nor bytes raise :class:`didww.ClientError`.
        """
        _check_url(url)
        _check_signature_type(signature)
        _check_body(body)
        try:
            entries = _json_entries(body)
        except InvalidCallbackError:  # not a body DIDWW sends, so not one it signed
            return False
        return self._json_matches(url, entries, signature)

    def _json_matches(
        self,
        url: str,
        entries: list[dict[str, _JsonScalar]],
        signature: str | bytes | bytearray | None,
    ) -> bool:
        given = _given(signature)
        if given is None:
            return False
        try:
            expected = self._sign(normalize_url(url) + _json_members(entries))
        except ClientError:  # a URL that does not parse, or text that has no UTF-8
            return False
        return _any_equal([expected], given)

    def _sign(self, text: str) -> str:
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: DIDWW signs UTF-8 text, never these
            raise ClientError(
                "the callback url or payload is not valid text (a lone surrogate)"
            ) from None
        return hmac.new(self._secret, data, hashlib.sha1).hexdigest()

    def __repr__(self) -> str:
        return "RequestValidator(callback_secret='[FILTERED]')"


def _check_url(url: object) -> None:
    """Refuse a ``url`` no callback can be signed for: every request would fail its check, and
    the caller would answer DIDWW's genuine callbacks with 403. The URL is never shown: its
    userinfo may hold a password."""
    if not isinstance(url, str):
        raise ClientError(f"the callback url must be a str, got {type(url).__name__}")
    bare = _bare(url).strip()
    if not bare:
        raise ClientError(
            "the callback url is empty: pass the callback_url as configured (scheme, host, path "
            "and its own query)"
        )
    if bare.startswith("/") and not bare.startswith("//"):
        # A URL with a scheme and an empty host ("http:///cb", what a request with an empty
        # Host header rebuilds to) is the request's doing: it fails its check, see validate.
        raise ClientError(
            "the callback url is a path alone: pass the callback_url as configured "
            "(https://example.com/didww); DIDWW signs the whole URL, so a path never matches"
        )


def _forms(method: object) -> tuple[str, ...]:
    """The ways of signing a callback made with ``method`` may have used: both for None, one
    for ``get`` or ``post`` (in any case), none for any other method (DIDWW calls back with
    those two only). A ``method`` that is not a str is the caller's mistake."""
    if method is None:
        return ("post", "get")
    if not isinstance(method, str):
        raise ClientError(
            "the method must be the request's method as a str ('GET' or 'POST'), or None to "
            f"accept either, got {type(method).__name__}"
        )
    lowered = method.strip().lower()
    return (lowered,) if lowered in ("get", "post") else ()


def _given(signature: str | bytes | bytearray | None) -> str | None:
    """The signature header's value ready to compare, or None when it cannot be DIDWW's."""
    if isinstance(signature, (bytes, bytearray)):
        # ASGI gives header values as bytes; compared as text, they would never match.
        try:
            signature = bytes(signature).decode("ascii")
        except UnicodeDecodeError:  # DIDWW sends hex digits: this is not its signature
            return None
    if not isinstance(signature, str) or not signature:
        return None
    given = signature.strip().lower()
    # DIDWW sends hex digits; anything else (a lone surrogate from a header decoded with
    # surrogateescape would not even encode) is simply not its signature.
    return given if given.isascii() else None


def _any_equal(expected: list[str], given: str) -> bool:
    """Whether ``given`` is one of ``expected``, each compared in constant time."""
    data = given.encode("ascii")
    # Every candidate is compared, matched or not, so the time taken tells nothing of which.
    return sum(hmac.compare_digest(one.encode("ascii"), data) for one in expected) > 0


def _members(fields: list[tuple[str, object]]) -> str:
    """Each field's name and value, one after the other, as DIDWW appends them to the URL."""
    return "".join(f"{name}{_value(value)}" for name, value in fields)


def _check_signature_type(signature: object) -> None:
    if signature is not None and not isinstance(signature, (str, bytes, bytearray)):
        raise ClientError(
            "the signature must be the X-DIDWW-Signature header's value, as a str or bytes "
            f"(None when missing), got {type(signature).__name__}"
        )


_NOT_SIGNABLE = (bytes, bytearray, memoryview, list, tuple, set, frozenset, Mapping)
"""Payload values whose ``str()`` is never what DIDWW signed (a number, a UUID or an enum
member stringifies to its text and is accepted)."""


def _own_query(url: str) -> set[tuple[str, object]]:
    """The (name, value) pairs of ``url``'s own query string."""
    return set(parse_qsl(urlsplit(url).query, keep_blank_values=True))


def _not_a_mapping(payload: object) -> ClientError:
    """The error for a payload that is no mapping; a request's raw body or query string (the
    usual mistake) is pointed at :func:`form_payload`, which reads it into one."""
    got = type(payload).__name__
    if isinstance(payload, (bytes, bytearray, memoryview, str)):
        return ClientError(
            f"the callback payload must be a mapping of its fields, got {got}: read a request's "
            "form body or query string into one with webhooks.form_payload(body)"
        )
    return ClientError(f"the callback payload must be a mapping, got {got}")


def _signed_fields(payload: object) -> list[tuple[str, object]]:
    """The payload's fields in the order DIDWW signs them (keys sorted), checked."""
    if not isinstance(payload, Mapping):
        raise _not_a_mapping(payload)
    for key in payload:
        if not isinstance(key, str):
            # Sorting mixed keys would raise TypeError; str() of a bytes key would sign "b'id'".
            raise ClientError(
                f"the callback payload's keys must be str, got {a_or_an(type(key).__name__)} key"
            )
    fields = [(key, payload[key]) for key in sorted(payload)]
    for _, value in fields:
        if isinstance(value, _NOT_SIGNABLE):
            # str() of a list (parse_qs gives one per key) or of bytes is text DIDWW never
            # signed: every callback would fail as a bad signature, blaming the secret or URL.
            # The key is not named: it is the sender's text, not something to echo into logs.
            raise ClientError(
                f"the callback payload's values must be str, got {a_or_an(type(value).__name__)} "
                "value: pass one str per key (webhooks.form_payload() reads a form body or "
                "query string that way)"
            )
    return fields


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@checked_function
def form_payload(data: bytes | bytearray | memoryview | str) -> dict[str, str]:
    """The payload of a callback from its form body (POST) or query string (GET).

    ``data`` is the raw body or query string, as bytes (or a bytearray or memoryview) or str;
    anything else (None included) raises :class:`didww.ClientError`, since an empty payload
    made from nothing would only fail later as a bad signature. Empty values are kept
    (``reject_reason=``): they are part of the signed text. A leading ``?`` (a query string as
    some frameworks hand it over) is not part of the first name.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        _check_view(data)
        data = bytes(data).decode("utf-8", errors="replace")
    elif not isinstance(data, str):
        raise ClientError(
            "form_payload() takes the request body or query string as bytes or str, "
            f"got {type(data).__name__}"
        )
    return dict(parse_qsl(data.removeprefix("?"), keep_blank_values=True))


class _JsonNumber(str):
    """A number of a JSON callback body, kept as the text the body wrote it in: that text is
    what was signed (``1.50`` stays ``1.50``), and the class tells it from a string."""

    __slots__ = ()


_JsonScalar: TypeAlias = str | bool | None
"""A member's value in a JSON callback entry (a number is a :class:`_JsonNumber`)."""


def _check_body(body: object) -> None:
    if not isinstance(body, (bytes, bytearray, memoryview, str)):
        raise ClientError(
            "a JSON callback's body must be the request body as bytes or str, "
            f"got {type(body).__name__}"
        )
    _check_view(body)


def _check_view(data: object) -> None:
    """A memoryview whose buffer was released reads as nothing: :class:`didww.ClientError`
    rather than the ``ValueError`` every later use of it would raise."""
    if is_released(data):
        raise ClientError(
            "the callback body is a memoryview that was released: pass the bytes before "
            "releasing them"
        )


def _refuse_constant(name: str) -> object:
    # json.loads takes NaN and Infinity, which are not JSON and which no callback carries.
    raise ValueError(f"{name} is not JSON")


def _unique_members(pairs: list[tuple[str, object]]) -> dict[str, object]:
    # A name given twice would be signed twice but read once: such a body is not DIDWW's.
    entry = dict(pairs)
    if len(entry) != len(pairs):
        raise ValueError("a member name repeats")
    return entry


def _json_entries(body: bytes | bytearray | memoryview | str) -> list[dict[str, _JsonScalar]]:
    """The events of a JSON callback body, checked: an array of objects whose values are
    strings, numbers, booleans or null. Anything else raises :class:`InvalidCallbackError`,
    whose message never quotes the body."""
    size = body.nbytes if isinstance(body, memoryview) else len(body)
    if size > MAX_JSON_BODY:  # checked before anything is decoded or parsed
        raise InvalidCallbackError(
            f"the callback body is longer than {MAX_JSON_BODY} bytes (webhooks.MAX_JSON_BODY): "
            "far more than DIDWW sends"
        )
    if isinstance(body, str):
        text = body
    else:
        try:
            text = bytes(body).decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidCallbackError("the callback body is not UTF-8 text") from None
    try:
        data = json.loads(
            text,
            object_pairs_hook=_unique_members,
            parse_int=_JsonNumber,
            parse_float=_JsonNumber,
            parse_constant=_refuse_constant,
        )
    except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        raise InvalidCallbackError(
            "the callback body is not JSON (or names a member twice)"
        ) from None
    if not isinstance(data, list):
        raise InvalidCallbackError(
            f"the callback body must be a JSON array of events, got {_json_kind(data)}"
        )
    for index, entry in enumerate(data):
        if not isinstance(entry, dict):
            raise InvalidCallbackError(
                f"event {index} of the callback body must be a JSON object, got "
                f"{_json_kind(entry)}"
            )
        for value in entry.values():
            if isinstance(value, (dict, list)):
                # The member is not named: it is the sender's text, not something for logs.
                raise InvalidCallbackError(
                    f"event {index} of the callback body has {_json_kind(value)} as a value: "
                    "DIDWW sends strings, numbers, booleans and null"
                )
    return data


def _json_kind(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, _JsonNumber):
        return "a number"
    if isinstance(value, bool):
        return "a boolean"
    return "a string" if isinstance(value, str) else "null"


def _json_members(entries: list[dict[str, _JsonScalar]]) -> str:
    """What DIDWW appends to the URL for a JSON callback: each event in order, its members
    sorted by name, each name followed by its value (a string's text without quotes, a number
    as written, ``true``/``false``, null as empty text, as a form callback writes a null)."""
    return "".join(_members(sorted(entry.items())) for entry in entries)


E = TypeVar("E", bound=OpenStrEnum)


def _status(enum: type[E], value: str) -> E:
    """The enum member, matching case-insensitively; an unknown value is kept as it came."""
    known = {member.value: member for member in enum}
    return known.get(value) or known.get(value.lower()) or enum.unchecked(value)


@dataclass(frozen=True, kw_only=True, repr=False)
class _Callback:
    id: str
    """The id of the resource whose status changed."""
    type: str
    """The JSON:API type of that resource (``orders``, ``exports``, ...)."""
    payload: dict[str, str] = field(repr=False, hash=False)
    """Every field DIDWW sent, as strings, including those this SDK has no attribute for (for
    an event of a JSON callback, each value as it was signed: ``true``, ``false``, a number as
    written, null as ``""``)."""

    def __repr__(self) -> str:
        # As a model's repr: a signed URL's query (an export's file) and a URL's password read
        # [FILTERED], since handlers log the events they receive.
        shown = ", ".join(
            f"{f.name}={redact_value(getattr(self, f.name))!r}" for f in fields(self) if f.repr
        )
        return f"{type(self).__name__}({shown})"


@dataclass(frozen=True, kw_only=True, repr=False)
class OrderCallback(_Callback):
    """An order's status changed (``type == "orders"``)."""

    status: OrderStatus


@dataclass(frozen=True, kw_only=True, repr=False)
class ExportCallback(_Callback):
    """An export's status changed (``type == "exports"``); a completed one carries ``url``."""

    status: ExportStatus
    url: str | None = None
    """The file's URL (download it with ``client.exports``); None when the payload has none."""


@dataclass(frozen=True, kw_only=True, repr=False)
class AddressVerificationCallback(_Callback):
    """An address verification was approved or rejected (``type == "address_verifications"``)."""

    status: AddressVerificationStatus
    reject_reason: str | None = None
    """Why it was rejected, several reasons in one line joined with ``", "``; None when it was
    approved (an empty value reads as None)."""
    reject_comment: str | None = None
    """The reviewer's note, if any (an empty value reads as None)."""


@dataclass(frozen=True, kw_only=True, repr=False)
class EmergencyVerificationCallback(_Callback):
    """An emergency verification changed (``type == "emergency_verifications"``)."""

    status: EmergencyVerificationStatus
    reject_reasons: str | None = None
    """Why it was rejected, several reasons in one line joined with ``"; "``; None when it was
    approved (an empty value reads as None)."""
    reject_comment: str | None = None
    """The reviewer's note, if any (an empty value reads as None)."""
    emergency_calling_service_id: str | None = None
    """The emergency calling service the verification belongs to."""
    reject_reason: str | None = None
    """The same text as :attr:`reject_reasons`, under the name this SDK read before (from a
    ``reject_reason`` field when a payload spells it so): code written for it keeps working."""


@dataclass(frozen=True, kw_only=True, repr=False)
class VoiceOutTrunkCallback(_Callback):
    """A voice-out trunk was blocked or unblocked (``type == "voice_out_trunks"``); 2026-10-22
    sends these as JSON, read with :func:`parse_json`."""

    status: VoiceOutTrunkStatus
    threshold_reached: bool | None = None
    """Whether the spending threshold is what blocked the trunk (False when it was blocked or
    unblocked by hand); None when the event does not say."""
    created_at: dt.datetime | None = None
    """When it happened, in UTC; None when the event does not say."""


@dataclass(frozen=True, kw_only=True, repr=False)
class GenericCallback(_Callback):
    """A callback of a type this SDK does not know yet, or one without a status (missing or
    empty, whatever its type); ``status`` is the raw value, or None."""

    status: str | None = None


CallbackEvent: TypeAlias = (
    OrderCallback
    | ExportCallback
    | AddressVerificationCallback
    | EmergencyVerificationCallback
    | VoiceOutTrunkCallback
    | GenericCallback
)
"""What :func:`parse` returns, and :func:`parse_json` a list of; match on the class (or on
``type``)."""


def _optional(payload: Mapping[str, str], key: str) -> str | None:
    value = payload.get(key)
    return value if value else None


def _flag(value: object, *, name: str, from_json: bool) -> bool | None:
    """A boolean member: a JSON boolean, or the ``true``/``false`` text of a form (in any
    case); null, empty or missing reads as None, anything else is no callback of DIDWW's."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    if not from_json and isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise InvalidCallbackError(f"the callback's {name} is not a boolean")


def _timestamp(value: object, *, name: str) -> dt.datetime | None:
    """A date-time member as an aware UTC datetime; null, empty or missing reads as None."""
    if value is None or value == "":
        return None
    from didww._codecs import parse_datetime  # loaded only once a callback carries one

    if isinstance(value, str) and not isinstance(value, _JsonNumber):
        try:
            return parse_datetime(value)
        except ValueError:
            pass
    raise InvalidCallbackError(f"the callback's {name} is not an ISO 8601 date-time")


def _event(payload: dict[str, str], typed: Mapping[str, object] | None = None) -> CallbackEvent:
    """The event of a checked payload (the values as text); ``typed`` holds the same members as
    a JSON callback gave them, so that a boolean is told from the text ``"true"``."""
    from didww.enums import (
        AddressVerificationStatus,
        EmergencyVerificationStatus,
        ExportStatus,
        OrderStatus,
        VoiceOutTrunkStatus,
    )

    id, type_ = payload.get("id"), payload.get("type")
    if not id or not type_:
        missing = [name for name in ("id", "type") if not payload.get(name)]
        raise InvalidCallbackError(f"the callback payload has no {' or '.join(missing)}")
    # An empty status reads as a missing one, as empty values do elsewhere in the payload: it
    # names no status, and a typed event would have to carry a blank pseudo-member for it.
    status = payload.get("status") or None
    common: dict[str, Any] = {"id": id, "type": type_, "payload": payload}
    if status is None:
        return GenericCallback(**common, status=None)
    # Matched as statuses are, whatever the case; ``type`` keeps what was sent.
    kind = type_.lower() if isinstance(type_, str) else type_
    if kind == "orders":
        return OrderCallback(**common, status=_status(OrderStatus, status))
    if kind == "exports":
        return ExportCallback(
            **common, status=_status(ExportStatus, status), url=_optional(payload, "url")
        )
    if kind == "address_verifications":
        return AddressVerificationCallback(
            **common,
            status=_status(AddressVerificationStatus, status),
            reject_reason=_optional(payload, "reject_reason"),
            reject_comment=_optional(payload, "reject_comment"),
        )
    if kind == "emergency_verifications":
        # The 2026-10-22 document names the field reject_reasons. The singular, which this SDK
        # read before, is still read when the plural is absent or empty: the 2026-04-16
        # document describes no payload, so a sender using that spelling cannot be ruled out.
        reasons = _optional(payload, "reject_reasons") or _optional(payload, "reject_reason")
        return EmergencyVerificationCallback(
            **common,
            status=_status(EmergencyVerificationStatus, status),
            reject_reasons=reasons,
            reject_comment=_optional(payload, "reject_comment"),
            emergency_calling_service_id=_optional(payload, "emergency_calling_service_id"),
            reject_reason=reasons,
        )
    if kind == "voice_out_trunks":
        members = payload if typed is None else typed
        return VoiceOutTrunkCallback(
            **common,
            status=_status(VoiceOutTrunkStatus, status),
            threshold_reached=_flag(
                members.get("threshold_reached"),
                name="threshold_reached",
                from_json=typed is not None,
            ),
            created_at=_timestamp(members.get("created_at"), name="created_at"),
        )
    return GenericCallback(**common, status=status)


@checked_function
def parse(
    payload: Mapping[str, object],
    *,
    url: str,
    signature: str | bytes | bytearray | None,
    secret: str,
    method: str | None = None,
) -> CallbackEvent:
    """Check a form or query callback's signature, then return it as a typed event.

    ``payload`` is the form body (POST) or query string (GET) as a mapping (see
    :func:`form_payload`); a GET callback's whole query string may be given, the pairs of the
    URL's own query included. ``url`` is the ``callback_url`` as configured (scheme, host, path
    and its own query, without the payload fields a GET callback adds), ``signature`` the
    ``X-DIDWW-Signature`` header (a str, or bytes as ASGI servers give header values; None
    when missing) and ``secret`` the account's callback secret. ``method`` is the request's
    method (``"GET"`` or ``"POST"``); without it the signature may be either method's, as
    :meth:`RequestValidator.validate` says. A JSON callback's body goes to :func:`parse_json`.

    Raises :class:`didww.InvalidSignatureError` when the signature is missing or wrong (answer
    403 and ignore the request), or :class:`didww.InvalidCallbackError` when a signed payload has
    no ``id`` or ``type``, or a ``threshold_reached`` or ``created_at`` that is not a boolean or
    a date-time. An empty ``secret``, a ``payload`` that is not a mapping, a ``url`` that is not
    a str, is empty or is a path alone, a ``signature`` that is neither text, bytes nor None, a
    ``method`` that is neither a str nor None, a payload key that is not a str or a value that
    is a collection or bytes is a :class:`didww.ClientError`.
    Status values are matched to ``didww.enums`` case-insensitively; a value this SDK does not
    know is kept as an open enum member, and a missing or empty status gives a
    :class:`GenericCallback` whose ``status`` is None.
    """
    _check_secret("parse", secret)
    if not isinstance(payload, Mapping):  # the caller's mistake, as RequestValidator says
        raise _not_a_mapping(payload)
    _check_url(url)
    _check_signature_type(signature)
    forms = _forms(method)
    _require_signature(signature)
    if not RequestValidator(secret).validate(url, payload, signature, method=method):
        if not forms:
            raise InvalidSignatureError(
                "the callback signature does not match: DIDWW calls back with GET or POST "
                "only, and this request came with another method"
            )
        raise _mismatch(secret, url)
    return _event({str(key): _value(value) for key, value in payload.items()})


@checked_function
def parse_json(
    body: bytes | bytearray | memoryview | str,
    *,
    url: str,
    signature: str | bytes | bytearray | None,
    secret: str,
) -> list[CallbackEvent]:
    """Check a JSON callback's signature, then return its events, typed, in the order sent.

    2026-10-22 POSTs voice-out trunk callbacks as ``application/json``: an array of events,
    several of them when events piled up while deliveries were failing. ``body`` is the
    request's body (bytes, or text), at most :data:`MAX_JSON_BODY` long; ``url``,
    ``signature`` and ``secret`` are as for :func:`parse`. Each ``voice_out_trunks`` event is a
    :class:`VoiceOutTrunkCallback` with ``threshold_reached`` as a bool and ``created_at`` as
    an aware UTC datetime; an event of another type gets its class as :func:`parse` would
    give it. A signed empty array is an empty list.

    The signed text is the normalised URL, then, for each event in order, its members sorted
    by name, each name followed by its value: a string's text without quotes (as a form
    callback's value is signed), a boolean as ``true`` or ``false``, a number as the body
    writes it, null as nothing.

    Raises :class:`didww.InvalidSignatureError` when the signature is missing or wrong (answer
    403), and :class:`didww.InvalidCallbackError` for a body that is too long, not UTF-8 JSON,
    or not an array of objects of strings, numbers, booleans and nulls (checked before the
    signature, which is computed from them), and for a signed event without a string ``id`` or
    ``type``, or with a ``threshold_reached`` or ``created_at`` that is not a boolean or a
    date-time (answer 400). The caller's mistakes are :class:`didww.ClientError`, as for
    :func:`parse`, and so is a ``body`` that is neither bytes nor text.
    """
    _check_secret("parse_json", secret)
    _check_url(url)
    _check_signature_type(signature)
    _check_body(body)
    _require_signature(signature)
    entries = _json_entries(body)
    if not RequestValidator(secret)._json_matches(url, entries, signature):
        raise _mismatch(secret, url)
    events: list[CallbackEvent] = []
    for index, entry in enumerate(entries):
        for name in ("id", "type", "status"):
            value = entry.get(name)
            if value is not None and (not isinstance(value, str) or isinstance(value, _JsonNumber)):
                raise InvalidCallbackError(
                    f"event {index} of the callback body: its {name} is not a string"
                )
        events.append(_event({key: _value(value) for key, value in entry.items()}, entry))
    return events


def _check_secret(function: str, secret: object) -> None:
    if not isinstance(secret, str):  # a configuration mistake: fail loudly
        raise ClientError(
            f"webhooks.{function}() needs the account's callback secret as a str, "
            f"got {type(secret).__name__}"
        )
    if not secret:
        raise ClientError(f"webhooks.{function}() needs the account's callback secret, got ''")


def _require_signature(signature: str | bytes | bytearray | None) -> None:
    if not signature:
        # Nothing to check: most often the header was read under another name, or the request
        # did not come from DIDWW at all.
        raise InvalidSignatureError(
            "the callback carries no signature: pass the X-DIDWW-Signature header's value "
            "(a request without one did not come from DIDWW)"
        )


def _mismatch(secret: str, url: str) -> InvalidSignatureError:
    try:
        _url_parts(url)
    except ClientError:
        # Configured wrong, every callback fails here: the error says so rather than send the
        # reader to check the secret. Still a 403, as for a URL built from a bad Host header.
        return InvalidSignatureError(
            "the callback signature cannot match: the url does not parse (check its host, and "
            "that its port is a number from 0 to 65535); pass the callback_url as configured"
        )
    # A secret read from a file or a mounted secret often keeps its final line break.
    edged = secret != secret.strip()
    edges = " (the secret given starts or ends with white space: read with a line break?)"
    return InvalidSignatureError(
        "the callback signature does not match: check the callback secret and that url is "
        "the callback_url as configured (its own query included, without the payload fields "
        f"a GET callback adds){edges if edged else ''}"
    )


check_methods(RequestValidator)  # a misspelt keyword raises ArgumentError, with the closest one
