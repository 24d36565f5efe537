"""What a request's handling can see and change: state, settings, the time and pending callbacks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from didww.testing._clock import iso, iso_date
from didww.testing._ids import IdFactory
from didww.testing._schema import Schema
from didww.testing._store import Record, Store


@dataclass(frozen=True)
class Settings:
    """How the simulated account and its asynchronous processes behave."""

    # Out of the repr: a traceback that shows locals would print them.
    api_key: str = field(repr=False)
    callback_secret: str = field(repr=False)
    order_delay: float = 0.0
    """Seconds an order stays ``pending`` before it is fulfilled (0: fulfilled at once)."""
    export_delay: float = 2.0
    """Seconds before an export is ``completed``."""
    review_delay: float = 2.0
    """Seconds before an address or emergency verification is approved."""
    reservation_ttl: float = 1800.0
    """Lifetime of a DID reservation."""
    reservation_limit: int = 10
    """DID reservations the account's numbers-selection plan lets it hold at once."""
    encrypted_file_ttl: float = 86400.0
    """Lifetime of an encrypted file that is attached to nothing."""


@dataclass(frozen=True)
class Callback:
    """A status callback to deliver once the request that caused it is answered."""

    url: str
    method: str
    payload: dict[str, str]
    body: str | None = None
    """A JSON body to POST instead of a form (see :meth:`Context.notify_json`)."""


@dataclass(frozen=True)
class Rejection:
    """How the review of a verification will reject it."""

    reasons: tuple[str, ...]
    comment: str | None


@dataclass
class Context:
    """One unit of work (a request or a clock tick) against the simulator state."""

    schema: Schema
    store: Store
    settings: Settings
    ids: IdFactory
    now: float
    base_url: str
    callbacks: list[Callback] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    """Rejections queued for the next verifications submitted (shared with the simulator)."""

    def iso(self, offset: float = 0.0) -> str:
        return iso(self.now + offset)

    def date(self, *, days: int = 0) -> str:
        return iso_date(self.now, days=days)

    def notify(self, record: Record, **extra: str) -> None:
        """Queue the status callback of a record that has a ``callback_url``; ``extra`` adds
        payload fields (``reject_reason``; an empty one stands for null, as DIDWW sends it)."""
        url = record.attributes.get("callback_url")
        if not isinstance(url, str) or not url:
            return
        method = record.attributes.get("callback_method") or "post"
        payload = {
            "id": record.id,
            "status": str(record.attributes.get("status", "")),
            "type": record.type,
            **extra,
        }
        self.callbacks.append(Callback(url, str(method), payload))

    def notify_json(self, record: Record, event: dict[str, str | bool]) -> None:
        """Queue a callback POSTed as a JSON array holding ``event``, to a record's
        ``callback_url`` (2026-10-22's voice-out trunk callbacks). The simulator delivers each
        event at once, so none pile up: every array holds one."""
        url = record.attributes.get("callback_url")
        if not isinstance(url, str) or not url:
            return
        text = {name: _text(value) for name, value in event.items()}
        body = json.dumps([event], ensure_ascii=False, separators=(",", ":"))
        self.callbacks.append(Callback(url, "post", text, body))

    def balance(self) -> Record:
        """The account balance record (recreated at zero if a test removed it)."""
        record = self.store.singleton("balances")
        if record is None:
            record = Record("balances", self.ids.new_id(), {})
            self.store.add(record)
            set_money(record, "balance", Decimal(0))
            set_money(record, "credit", Decimal(0))
            set_money(record, "total_balance", Decimal(0))
        return record


def _text(value: str | bool) -> str:
    """A JSON callback member as it is signed: a boolean as ``true`` or ``false``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def money(value: object) -> Decimal:
    """A decimal attribute value (a string on the wire)."""
    try:
        return Decimal(str(value)) if value is not None else Decimal(0)
    except ArithmeticError:
        return Decimal(0)


def set_money(record: Record, name: str, amount: Decimal) -> None:
    record.attributes[name] = str(amount.quantize(Decimal("0.01")))
