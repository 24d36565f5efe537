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
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar
from urllib.parse import parse_qsl, urlsplit

from didww._enum import OpenStrEnum
from didww._errors import ClientError, InvalidCallbackError, InvalidSignatureError

if TYPE_CHECKING:
    # The statuses are those of the default API version; the enum module is loaded only when a
    # callback is parsed, so importing this module stays cheap.
    from didww.enums import (
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


def normalize_url(url: str) -> str:
    """Rebuild a URL the way DIDWW signs it: ``scheme://[userinfo@]host:port/path[?query][#frag]``.

    The port is always written (443 for https, 80 otherwise, when the URL has none); the path, query
    and fragment are kept exactly as they were percent-encoded.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    userinfo = parts.netloc.rpartition("@")[0]
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = parts.port if parts.port is not None else _DEFAULT_PORTS.get(scheme, 80)
    text = f"{scheme}://{userinfo + '@' if userinfo else ''}{host}:{port}{parts.path}"
    if parts.query:
        text += f"?{parts.query}"
    if parts.fragment:
        text += f"#{parts.fragment}"
    return text


class RequestValidator:
    """Checks the ``X-DIDWW-Signature`` of a callback request."""

    __slots__ = ("_secret",)

    def __init__(self, callback_secret: str) -> None:
        self._secret = callback_secret.encode("utf-8")

    def signature(self, url: str, payload: Mapping[str, object]) -> str:
        """The lowercase hex signature DIDWW sends for this URL and payload."""
        text = normalize_url(url) + "".join(
            f"{key}{_value(payload[key])}" for key in sorted(payload)
        )
        return hmac.new(self._secret, text.encode("utf-8"), hashlib.sha1).hexdigest()

    def validate(self, url: str, payload: Mapping[str, object], signature: str | None) -> bool:
        """Whether ``signature`` is right; a missing or malformed one is False, never an error."""
        if not isinstance(signature, str) or not signature:
            return False
        try:
            expected = self.signature(url, payload)
        except (TypeError, ValueError, AttributeError):
            return False
        return hmac.compare_digest(expected.encode("ascii"), signature.strip().lower().encode())

    def __repr__(self) -> str:
        return "RequestValidator(callback_secret='[FILTERED]')"


def _value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def form_payload(data: bytes | str) -> dict[str, str]:
    """The payload of a callback from its form body (POST) or query string (GET).

    Empty values are kept (``reject_reason=``): they are part of the signed text.
    """
    if isinstance(data, bytes):
        data = data.decode("utf-8", errors="replace")
    return dict(parse_qsl(data, keep_blank_values=True))


E = TypeVar("E", bound=OpenStrEnum)


def _status(enum: type[E], value: str) -> E:
    """The enum member, matching case-insensitively; an unknown value is kept as it came."""
    known = {member.value: member for member in enum}
    return known.get(value) or known.get(value.lower()) or enum.unchecked(value)


@dataclass(frozen=True, kw_only=True)
class _Callback:
    id: str
    """The id of the resource whose status changed."""
    type: str
    """The JSON:API type of that resource (``orders``, ``exports``, ...)."""
    payload: dict[str, str] = field(repr=False, hash=False)
    """Every field DIDWW sent, as strings, including those this SDK has no attribute for."""


@dataclass(frozen=True, kw_only=True)
class OrderCallback(_Callback):
    """An order's status changed (``type == "orders"``)."""

    status: OrderStatus


@dataclass(frozen=True, kw_only=True)
class ExportCallback(_Callback):
    """An export's status changed (``type == "exports"``); completed ones may carry ``url``."""

    status: ExportStatus
    url: str | None = None
    """The file's URL when the payload carries one (download it with ``client.exports``)."""


@dataclass(frozen=True, kw_only=True)
class AddressVerificationCallback(_Callback):
    """An address verification was approved or rejected (``type == "address_verifications"``)."""

    status: AddressVerificationStatus
    reject_reason: str | None = None
    """Why it was rejected, when the payload says (empty values read as None)."""


@dataclass(frozen=True, kw_only=True)
class EmergencyVerificationCallback(_Callback):
    """An emergency verification changed (``type == "emergency_verifications"``)."""

    status: EmergencyVerificationStatus
    reject_reason: str | None = None
    """Why it was rejected, when the payload says (empty values read as None)."""


@dataclass(frozen=True, kw_only=True)
class VoiceOutTrunkCallback(_Callback):
    """A voice-out trunk changed status, e.g. blocked (``type == "voice_out_trunks"``)."""

    status: VoiceOutTrunkStatus


@dataclass(frozen=True, kw_only=True)
class GenericCallback(_Callback):
    """A callback of a type this SDK does not know yet; ``status`` is the raw value."""

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
    status = payload.get("status")
    common: dict[str, Any] = {"id": id, "type": type_, "payload": payload}
    if status is None:
        return GenericCallback(**common, status=status)
    if type_ == "orders":
        return OrderCallback(**common, status=_status(OrderStatus, status))
    if type_ == "exports":
        return ExportCallback(
            **common, status=_status(ExportStatus, status), url=_optional(payload, "url")
        )
    if type_ == "address_verifications":
        return AddressVerificationCallback(
            **common,
            status=_status(AddressVerificationStatus, status),
            reject_reason=_optional(payload, "reject_reason"),
        )
    if type_ == "emergency_verifications":
        return EmergencyVerificationCallback(
            **common,
            status=_status(EmergencyVerificationStatus, status),
            reject_reason=_optional(payload, "reject_reason"),
        )
    if type_ == "voice_out_trunks":
        return VoiceOutTrunkCallback(**common, status=_status(VoiceOutTrunkStatus, status))
    return GenericCallback(**common, status=status)


def parse(
    payload: Mapping[str, object], *, url: str, signature: str | None, secret: str
) -> CallbackEvent:
    """Check a callback's signature, then return it as a typed event.

    ``payload`` is the form body (POST) or query string (GET) as a mapping (see
    :func:`form_payload`), ``url`` the full URL DIDWW called (scheme, host, path and query, as
    configured in ``callback_url``), ``signature`` the ``X-DIDWW-Signature`` header and
    ``secret`` the account's callback secret.

    Raises :class:`didww.InvalidSignatureError` when the signature is missing or wrong (answer
    403 and ignore the request), or :class:`didww.InvalidCallbackError` when a signed payload has
    no ``id`` or ``type``; an empty ``secret`` is a :class:`didww.ClientError`. Status values are
    matched to ``didww.enums`` case-insensitively; a value this SDK does not know is kept as an
    open enum member.
    """
    if not isinstance(secret, str) or not secret:  # a configuration mistake: fail loudly
        raise ClientError("webhooks.parse() needs the account's callback secret")
    if not isinstance(payload, Mapping):
        raise InvalidCallbackError(f"the payload must be a mapping, got {type(payload).__name__}")
    if not RequestValidator(secret).validate(url, payload, signature):
        raise InvalidSignatureError(
            "the callback signature does not match: check the callback secret and that url is "
            "the full URL DIDWW called, query string included"
        )
    return _event({str(key): _value(value) for key, value in payload.items()})
