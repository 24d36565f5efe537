"""DIDWW callbacks: signature validation and typed parsing.

DIDWW calls a resource's ``callback_url`` when its status changes (orders, exports, address and
emergency verifications, voice-out trunks). The payload is a flat set of string fields, at least
``id``, ``type`` and ``status``, sent as a form body (POST) or in the query string (GET). DIDWW
signs each callback with HMAC-SHA1 under the callback secret of the account; the signed text is
the normalised callback URL followed by every payload key and value, keys in sorted order.

:func:`parse` checks the signature and returns a typed event; see ``docs/webhooks.md`` for
complete WSGI and ASGI handlers.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar
from urllib.parse import parse_qsl, urlsplit

from didww._enum import OpenStrEnum
from didww._errors import (
    ClientError,
    InvalidCallbackError,
    InvalidSignatureError,
    a_or_an,
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
]

SIGNATURE_HEADER = "X-DIDWW-Signature"
"""The request header that carries the signature."""

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


def normalize_url(url: str) -> str:
    """Rebuild a URL the way DIDWW signs it: ``scheme://[userinfo@]host:port/path[?query][#frag]``.

    The scheme is ``http`` when the URL has none, as DIDWW stores such a callback_url; the port is
    always written (443 for https, 80 otherwise, when the URL has none); the path, query and
    fragment are kept exactly as they were percent-encoded. A ``url`` that is not a str, or
    whose port is not a number from 0 to 65535, raises :class:`didww.ClientError`.
    """
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
    text = f"{scheme}://{userinfo + '@' if userinfo else ''}{host}:{port}{parts.path}"
    if parts.query:
        text += f"?{parts.query}"
    if parts.fragment:
        text += f"#{parts.fragment}"
    return text


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

    def signature(self, url: str, payload: Mapping[str, object]) -> str:
        """The lowercase hex signature DIDWW sends for this URL and payload.

        ``payload`` maps str keys to values (None is signed as ``""``, booleans as ``true`` and
        ``false``, anything else as ``str(value)``). A ``url`` that is not a str or does not
        parse, a payload that is not a mapping, a key that is not a str, or a value that is a
        collection (the lists of ``parse_qs``) or bytes raises :class:`didww.ClientError`.
        """
        return self._sign(normalize_url(url), _signed_fields(payload))

    def validate(
        self, url: str, payload: Mapping[str, object], signature: str | bytes | bytearray | None
    ) -> bool:
        """Whether ``signature`` is right; a missing or malformed one is False, never an error.

        ``signature`` is the header's value as a str, or as the bytes an ASGI server hands out
        (read as ASCII: bytes that are not ASCII are simply not DIDWW's signature).

        A ``url`` that is a str but does not parse (say, a port that is not a number) is False
        as well: it is built from the request's own ``Host`` header, so it is the request that
        is bad. The caller's mistakes raise :class:`didww.ClientError`, since no request could
        ever pass them: a ``url`` that is not a str, is empty or is a path alone, a
        ``signature`` that is neither text, bytes nor None, and a ``payload`` that
        :meth:`signature` refuses. A ``url`` without a scheme is read as ``http://``, as DIDWW
        stores such a callback_url.
        """
        fields = _signed_fields(payload)
        _check_url(url)
        _check_signature_type(signature)
        if isinstance(signature, (bytes, bytearray)):
            # ASGI gives header values as bytes; compared as text, they would never match.
            try:
                signature = bytes(signature).decode("ascii")
            except UnicodeDecodeError:  # DIDWW sends hex digits: this is not its signature
                return False
        if not isinstance(signature, str) or not signature:
            return False
        given = signature.strip().lower()
        if not given.isascii():
            # DIDWW sends hex digits; anything else (a lone surrogate from a header decoded
            # with surrogateescape would not even encode) is simply not its signature.
            return False
        try:
            normalized = normalize_url(url)
            candidates = [fields]
            own = _own_query(url)
            if own:
                # A GET callback's query holds the callback_url's own query and the payload, and
                # DIDWW signs only the payload as fields: a payload read from the whole query
                # matches once the URL's own pairs are set aside.
                payload_only = [(k, v) for k, v in fields if (k, v) not in own]
                if payload_only != fields:
                    candidates.append(payload_only)
            expected = [self._sign(normalized, candidate) for candidate in candidates]
        except ClientError:  # the request's URL or text is not something DIDWW signs
            return False
        return any(
            hmac.compare_digest(one.encode("ascii"), given.encode("ascii")) for one in expected
        )

    def _sign(self, normalized_url: str, fields: list[tuple[str, object]]) -> str:
        text = normalized_url + "".join(f"{key}{_value(value)}" for key, value in fields)
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


def form_payload(data: bytes | bytearray | memoryview | str) -> dict[str, str]:
    """The payload of a callback from its form body (POST) or query string (GET).

    ``data`` is the raw body or query string, as bytes (or a bytearray or memoryview) or str;
    anything else (None included) raises :class:`didww.ClientError`, since an empty payload
    made from nothing would only fail later as a bad signature. Empty values are kept
    (``reject_reason=``): they are part of the signed text. A leading ``?`` (a query string as
    some frameworks hand it over) is not part of the first name.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data).decode("utf-8", errors="replace")
    elif not isinstance(data, str):
        raise ClientError(
            "form_payload() takes the request body or query string as bytes or str, "
            f"got {type(data).__name__}"
        )
    return dict(parse_qsl(data.removeprefix("?"), keep_blank_values=True))


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
    """Every field DIDWW sent, as strings, including those this SDK has no attribute for."""

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
    """An export's status changed (``type == "exports"``); completed ones may carry ``url``."""

    status: ExportStatus
    url: str | None = None
    """The file's URL when the payload carries one (download it with ``client.exports``)."""


@dataclass(frozen=True, kw_only=True, repr=False)
class AddressVerificationCallback(_Callback):
    """An address verification was approved or rejected (``type == "address_verifications"``)."""

    status: AddressVerificationStatus
    reject_reason: str | None = None
    """Why it was rejected, when the payload says (empty values read as None)."""


@dataclass(frozen=True, kw_only=True, repr=False)
class EmergencyVerificationCallback(_Callback):
    """An emergency verification changed (``type == "emergency_verifications"``)."""

    status: EmergencyVerificationStatus
    reject_reason: str | None = None
    """Why it was rejected, when the payload says (empty values read as None)."""


@dataclass(frozen=True, kw_only=True, repr=False)
class VoiceOutTrunkCallback(_Callback):
    """A voice-out trunk changed status, e.g. blocked (``type == "voice_out_trunks"``)."""

    status: VoiceOutTrunkStatus


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
"""What :func:`parse` returns; match on the class (or on ``type``)."""


def _optional(payload: Mapping[str, str], key: str) -> str | None:
    value = payload.get(key)
    return value if value else None


def _event(payload: dict[str, str]) -> CallbackEvent:
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
        )
    if kind == "emergency_verifications":
        return EmergencyVerificationCallback(
            **common,
            status=_status(EmergencyVerificationStatus, status),
            reject_reason=_optional(payload, "reject_reason"),
        )
    if kind == "voice_out_trunks":
        return VoiceOutTrunkCallback(**common, status=_status(VoiceOutTrunkStatus, status))
    return GenericCallback(**common, status=status)


def parse(
    payload: Mapping[str, object],
    *,
    url: str,
    signature: str | bytes | bytearray | None,
    secret: str,
) -> CallbackEvent:
    """Check a callback's signature, then return it as a typed event.

    ``payload`` is the form body (POST) or query string (GET) as a mapping (see
    :func:`form_payload`); a GET callback's whole query string may be given, the pairs of the
    URL's own query included. ``url`` is the ``callback_url`` as configured (scheme, host, path
    and its own query, without the payload fields a GET callback adds), ``signature`` the
    ``X-DIDWW-Signature`` header (a str, or bytes as ASGI servers give header values; None
    when missing) and ``secret`` the account's callback secret.

    Raises :class:`didww.InvalidSignatureError` when the signature is missing or wrong (answer
    403 and ignore the request), or :class:`didww.InvalidCallbackError` when a signed payload has
    no ``id`` or ``type``. An empty ``secret``, a ``payload`` that is not a mapping, a ``url``
    that is not a str, is empty or is a path alone, a ``signature`` that is neither text, bytes
    nor None, a payload key that is not a str or a value that is a collection or bytes is a
    :class:`didww.ClientError`.
    Status values are matched to ``didww.enums`` case-insensitively; a value this SDK does not
    know is kept as an open enum member, and a missing or empty status gives a
    :class:`GenericCallback` whose ``status`` is None.
    """
    if not isinstance(secret, str):  # a configuration mistake: fail loudly
        raise ClientError(
            "webhooks.parse() needs the account's callback secret as a str, "
            f"got {type(secret).__name__}"
        )
    if not secret:
        raise ClientError("webhooks.parse() needs the account's callback secret, got ''")
    if not isinstance(payload, Mapping):  # the caller's mistake, as RequestValidator says
        raise _not_a_mapping(payload)
    _check_url(url)
    _check_signature_type(signature)
    if not signature:
        # Nothing to check: most often the header was read under another name, or the request
        # did not come from DIDWW at all.
        raise InvalidSignatureError(
            "the callback carries no signature: pass the X-DIDWW-Signature header's value "
            "(a request without one did not come from DIDWW)"
        )
    if not RequestValidator(secret).validate(url, payload, signature):
        # A secret read from a file or a mounted secret often keeps its final line break.
        edged = secret != secret.strip()
        edges = " (the secret given starts or ends with white space: read with a line break?)"
        raise InvalidSignatureError(
            "the callback signature does not match: check the callback secret and that url is "
            "the callback_url as configured (its own query included, without the payload fields "
            f"a GET callback adds){edges if edged else ''}"
        )
    return _event({str(key): _value(value) for key, value in payload.items()})
