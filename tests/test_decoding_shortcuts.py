"""The shortcuts decoding takes for speed give what the general path gives.

Strings, integers and booleans are read straight from the answer; decimals, dates and enum
members go through one C function when the wire value has the usual type; list answers build
their models in one loop; relationships are linked to the answer's models once, when it is
decoded, with no cache per model; containers a model may never need are made on first use. None
of that may change a value, an error or what an update sends.
"""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from typing import Any

import pytest

import didww
from didww import enums
from didww._codecs import DATE, DATETIME, DECIMAL, EnumCodec, WireTypeMismatch
from didww._fields import Attribute, Field, ReadOnlyAttribute
from tests.support import decode_models


def _did(id: str, **attributes: Any) -> dict[str, Any]:
    return {"type": "dids", "id": id, "attributes": attributes}


def test_plain_fields_keep_their_class_and_metadata() -> None:
    number = didww.DID.__dict__["number"]
    description = didww.DID.__dict__["description"]
    assert isinstance(number, ReadOnlyAttribute) and isinstance(number, Field)
    assert isinstance(description, Attribute)
    assert type(number).__name__ == "ReadOnlyAttribute"
    assert didww.DID.number is number  # class access gives the descriptor
    assert number.name == "number" and number.__doc__


def test_plain_fields_read_raw_assigned_and_missing_values() -> None:
    did = decode_models(_did("d1", number=12345, description="front desk", blocked="yes"))
    # An odd wire value is named when read, and kept as it came for to_json().
    with pytest.raises(didww.DecodeError, match=r"DID\.number: the answer holds 12345"):
        _ = did.number
    with pytest.raises(didww.DecodeError, match=r"DID\.blocked: the answer holds 'yes'"):
        _ = did.blocked
    assert did.to_json()["attributes"]["number"] == 12345
    assert did.description == "front desk"
    did.description = "back office"
    assert did.description == "back office"
    assert did._document(creating=False)["data"]["attributes"] == {"description": "back office"}
    with pytest.raises(didww.NotLoadedError, match="capacity_limit"):
        _ = did.capacity_limit
    with pytest.raises(didww.ClientError, match="read-only"):
        did.number = "1"


def test_decimal_date_and_enum_shortcuts_match_their_codecs() -> None:
    for raw in ["1.50", "2026-03-01", "20260301", "x", 3, 1.1, True, None, [1]]:
        for codec in (DATE,):  # decimals: see the next test, their read checks the text too
            assert codec.fast is not None
            wire_type, function, errors = codec.fast
            if type(raw) is not wire_type:
                continue
            try:
                fast: Any = function(raw)
            except errors:
                fast = "general path"
            try:
                general: Any = codec.decode(raw)
            except Exception:
                general = "mismatch"
            # repr, not ==: Decimal("NaN") is not equal to itself
            assert fast == "general path" or repr(fast) == repr(general), (raw, fast, general)
    enum_codec = EnumCodec(enums.Codec, int)
    assert enum_codec.decode(9) is enums.Codec(9)
    # exact type: True is no member
    assert enum_codec.fast is not None and enum_codec.fast[0] is int


@pytest.mark.parametrize(
    "raw",
    [
        "1.50",
        "-0.5",
        "12",
        "1e3",
        "1E-2",
        "+1.5",
        ".5",
        3,
        1.25,
        " 2 ",
        "2 ",
        "\t2",
        "1_000",
        "\u0661\u0662",  # Arabic-Indic digits: Decimal() reads them as 12
        "NaN",
        "-nan",
        "sNaN",
        "Infinity",
        "-Inf",
        float("nan"),  # json.loads reads a bare NaN as this float
        float("inf"),
        "8,00",
        "",
        True,
        None,
        "1E+1000000000",
        "1E-41",
        "1E-40",
        "9" * 40,
        "9" * 41,
        1e300,
    ],
)
def test_decimals_read_as_their_codec_decodes_them(raw: Any) -> None:
    # The decimal read takes Decimal()'s answer only for text written as an amount is; every
    # other form must come out as the codec makes it: refused, naming the field, when it is no
    # finite amount in ASCII digits (NaN broke every comparison: `balance > 0` raised
    # decimal.InvalidOperation; "1_000" read as 1000).
    order = decode_models({"type": "orders", "id": "o1", "attributes": {"amount": raw}})
    if raw is None:  # the document says an order's amount is never null
        with pytest.raises(didww.DecodeError, match=r"Order\.amount: the answer holds null"):
            _ = order.amount
        return
    try:
        expected: Any = DECIMAL.decode(raw)
    except WireTypeMismatch:
        with pytest.raises(didww.DecodeError, match=r"Order\.amount: the answer holds"):
            _ = order.amount
        assert repr(order.to_json()["attributes"]["amount"]) == repr(raw)  # kept as it came
        return
    value = order.amount
    assert value == expected and type(value) is type(expected)
    if value is not None:
        assert value.is_finite()
        assert value > -1000  # compares without raising
    assert order.amount is value  # decoded once, then kept


@pytest.mark.parametrize("raw", ["1E+1000000000", "1" + "0" * 40, "1E-41", 1e300])
def test_decimals_with_more_digits_than_an_amount_has_are_refused(raw: Any) -> None:
    # They read, and then round() or quantize() raised decimal.InvalidOperation in the
    # caller's code: past 40 digits on either side of the point, as a decimal sent is refused.
    order = decode_models({"type": "orders", "id": "o1", "attributes": {"amount": raw}})
    with pytest.raises(didww.DecodeError, match=r"Order\.amount: .* at most 40 digits"):
        _ = order.amount
    with pytest.raises(WireTypeMismatch):
        DECIMAL.decode(raw)
    assert DECIMAL.decode("9" * 40 + ".5") == Decimal("9" * 40 + ".5")


def test_repeated_amounts_read_the_same_values_and_odd_text_stays_refused() -> None:
    # Amounts repeat across a list answer, and a text read before is looked up rather than
    # parsed again: the value must be what parsing gives, and text the codec refuses must be
    # refused on every read, however often a plain amount was read before or after it.
    amounts = ["1.50", "1.5", "1.50", "-0.00", "1E+2", " 1.50", "1.50", "NaN", "1.50"]
    orders = decode_models(
        [
            {"type": "orders", "id": f"o{i}", "attributes": {"amount": raw}}
            for i, raw in enumerate(amounts)
        ]
    )
    for order, raw in zip(orders, amounts, strict=True):
        if raw in (" 1.50", "NaN"):
            for _ in range(2):
                with pytest.raises(didww.DecodeError, match=r"Order\.amount: the answer holds"):
                    _ = order.amount
            continue
        value = order.amount
        assert type(value) is Decimal and str(value) == str(Decimal(raw)), raw


def test_the_table_of_amounts_read_before_is_bounded() -> None:
    from didww import _fields

    limit = _fields._DECIMALS_KEPT
    orders = decode_models(
        [
            {"type": "orders", "id": f"o{i}", "attributes": {"amount": f"{i}.25"}}
            for i in range(limit + 10)
        ]
    )
    for i, order in enumerate(orders):
        assert order.amount == Decimal(f"{i}.25")
        assert len(_fields._DECIMALS) <= limit
    assert "0.25" not in _fields._DECIMALS  # emptied when full, then filled again
    # A long text is read, not kept: an answer's megabyte of digits would outlive its models.
    long = "1" * (_fields._DECIMAL_KEPT_LENGTH + 1)
    order = decode_models({"type": "orders", "id": "o1", "attributes": {"amount": long}})
    assert order.amount == Decimal(long) and long not in _fields._DECIMALS


@pytest.mark.parametrize("raw", ["NaN", "Infinity", " 2 ", "1_000", "\u0661\u0662"])
def test_odd_decimals_are_refused_in_lists_and_nested_objects_too(raw: str) -> None:
    item = {"type": "did_order_items", "attributes": {"nrc": raw, "mrc": "1.00"}}
    order = decode_models(
        {"type": "orders", "id": "o1", "attributes": {"amount": "1.00", "items": [item]}}
    )
    (decoded,) = order.items
    assert decoded.mrc == Decimal("1.00")
    with pytest.raises(didww.DecodeError, match=r"nrc: the answer holds"):
        _ = decoded.nrc


@pytest.mark.parametrize(
    "raw",
    [
        "2026-03-01T12:00:00.000Z",
        "2026-03-01T12:00:00.123456+00:00",
        "2026-03-01T12:00:00z",
        "2026-03-01T12:00:00",
        "2026-03-01T14:00:00+02:00",
        "2026-03-01",
        "soon",
        "",
        5,
        None,
    ],
)
def test_timestamps_read_as_their_codec_decodes_them(raw: Any) -> None:
    # The timestamp read takes the C parser's answer only when it is in UTC; every other form
    # must come out as the codec makes it (UTC, or the raw value when it is no timestamp).
    order = decode_models({"type": "orders", "id": "o1", "attributes": {"created_at": raw}})
    if raw is None:  # the document says an order's creation time is never null
        with pytest.raises(didww.DecodeError, match=r"Order\.created_at: the answer holds null"):
            _ = order.created_at
        return
    try:
        expected: Any = DATETIME.decode(raw)
    except WireTypeMismatch:
        # No timestamp: the read says so, naming the field, whichever path read it.
        with pytest.raises(didww.DecodeError, match=r"Order\.created_at: the answer holds"):
            _ = order.created_at
        return
    value = order.created_at
    assert value == expected and type(value) is type(expected)
    if isinstance(value, dt.datetime):
        assert value.tzinfo is dt.timezone.utc
    assert order.created_at is value  # decoded once, then kept


def test_each_field_gets_the_read_of_its_codec() -> None:
    kinds = {
        name: getattr(type(didww.Order.__dict__[name]), "_VARIANT", None)
        for name in ("reference", "amount", "status", "created_at", "items")
    }
    assert kinds == {
        "reference": "as_is",
        "amount": "fast_decimal",
        "status": "fast",
        # Before Python 3.11, datetime.fromisoformat cannot read a trailing Z: no shortcut.
        "created_at": "fast_utc" if sys.version_info >= (3, 11) else None,
        "items": None,
    }


def test_order_items_dates_and_money_decode_as_before() -> None:
    item = {
        "type": "did_order_items",
        "attributes": {"qty": 1, "nrc": "0.50", "mrc": 1, "billed_from": "2026-03-01"},
    }
    odd = {"type": "did_order_items", "attributes": {"nrc": "lots", "billed_from": "soon"}}
    order = decode_models(
        {
            "type": "orders",
            "id": "o1",
            "attributes": {
                "amount": "3.00",
                "status": "brand_new_status",
                "created_at": "2026-03-01T12:00:00.000Z",
                "items": [item, odd, {"type": "future_items", "attributes": {}}],
            },
        }
    )
    assert order.amount == Decimal("3.00")
    assert order.status == "brand_new_status" and not order.status.is_known
    assert order.created_at == dt.datetime(2026, 3, 1, 12, tzinfo=dt.timezone.utc)
    first, second, third = order.items
    assert (first.nrc, first.mrc, first.billed_from) == (
        Decimal("0.50"),
        Decimal(1),
        dt.date(2026, 3, 1),
    )
    for name in ("nrc", "billed_from"):  # not money, not a date: the read says so
        with pytest.raises(didww.DecodeError, match=rf"DIDOrderItem\.{name}: the answer holds"):
            getattr(second, name)
    assert type(third).__name__ == "UnknownOrderItem"


def test_relationships_resolve_to_the_answers_models_and_keep_null_and_odd_linkage() -> None:
    group = {"type": "did_groups", "id": "g1", "attributes": {"prefix": "609"}}
    dids = decode_models(
        [
            {
                **_did("d1"),
                "relationships": {"did_group": {"data": {"type": "did_groups", "id": "g1"}}},
            },
            {**_did("d2"), "relationships": {"did_group": {"data": None}}},
            {
                **_did("d3"),
                "relationships": {"did_group": {"data": {"type": "did_groups", "id": 7}}},
            },
            {**_did("d4"), "relationships": {"did_group": {"data": "junk"}}},
            {**_did("d5"), "relationships": {"did_group": {"links": {"self": "/x"}}}},
        ],
        [group],
    )
    d1, d2, d3, d4, d5 = dids
    assert d1.did_group is dids[0].did_group and d1.did_group.prefix == "609"
    assert d1.did_group_id == "g1"
    assert d2.did_group is None
    assert d3.did_group is not None and d3.did_group.id == "7"  # an int id is read as a str
    with pytest.raises(didww.DecodeError, match=r"DID\.did_group: the answer links 'junk'"):
        _ = d4.did_group  # no identifier: never read as null (see test_odd_linkage.py)
    with pytest.raises(didww.NotLoadedError, match="did_group"):
        _ = d5.did_group
    assert not d5.is_loaded("did_group") and d1.is_loaded("did_group")


def test_unknown_types_keep_their_relationships_as_received() -> None:
    thing = decode_models(
        {
            "type": "brand_new_things",
            "id": "t1",
            "relationships": {"owner": {"links": {"self": "/t1/owner"}, "data": None}},
        }
    )
    assert isinstance(thing, didww.GenericResource)
    assert thing.relationships == {"owner": {"links": {"self": "/t1/owner"}, "data": None}}


def test_a_fresh_model_allocates_nothing_it_does_not_need() -> None:
    did = decode_models(_did("d1", number="1"))
    # Four entries of state; what most models never need is a class attribute until set.
    assert set(vars(did)) == {"_id", "_attrs", "_rels", "_stubs"}
    assert did._changed is None and did._meta is None
    assert did._rel_values is None and did._rel_changed is None and did._id_views is None
    # A read keeps the value in the model's __dict__, where the next read finds it without
    # calling the descriptor; it is no change.
    assert did.number == "1" and vars(did)["number"] == "1"
    assert type(did).__dict__["number"].__get__(did, type(did)) == "1"
    assert did.meta == {}
    assert not did.is_dirty()
