"""The ``any`` spec type: a member the API sends as a string or as an object (an SMS trunk's
HTTP body template) round-trips as decoded JSON, and in-place edits are seen."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from didww._catalog import parse_type
from didww._codecs import JSON_VALUE
from didww._errors import ClientError
from didww.testing._validation import _scalar_ok


@pytest.mark.parametrize("raw", ["{SMS_TEXT}", {"text": "{SMS_TEXT}"}, None, 3, [1, "a"]])
def test_any_value_round_trips(raw: object) -> None:
    value = JSON_VALUE.decode(raw)
    assert value == raw
    assert JSON_VALUE.encode(value) == raw
    assert not JSON_VALUE.changed(value, raw)


def test_any_value_is_a_private_copy_whose_edits_are_seen() -> None:
    raw = {"fields": {"text": "{SMS_TEXT}"}}
    value = JSON_VALUE.decode(raw)
    value["fields"]["to"] = "{SMS_DST_ADDR}"
    assert raw == {"fields": {"text": "{SMS_TEXT}"}}
    assert JSON_VALUE.changed(value, raw)


@pytest.mark.parametrize(
    ("value", "where"),
    [
        ({1, 2}, r"it is of type set \(use a list\)"),
        ({"a": object()}, r"\['a'\] is of type object"),
        ({1: "key is no string"}, "it has a key 1 of type int, not str"),
        ([b"bytes"], r"\[0\] is of type bytes"),
        ({"on": [dt.date(2026, 4, 1)]}, r"\['on'\]\[0\] is of type date \(JSON has no dates"),
    ],
)
def test_any_value_refuses_what_json_cannot_hold_and_says_where(value: object, where: str) -> None:
    with pytest.raises(ClientError, match=f"^not JSON: {where}"):
        JSON_VALUE.encode(value)


def test_simulator_accepts_any_json_value() -> None:
    assert parse_type("any").kind == "any"
    assert _scalar_ok("any", "text") and _scalar_ok("any", {"a": 1}) and _scalar_ok("any", None)


def _nested(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


def test_json_values_of_any_depth_are_copied_on_read_and_refused_on_write() -> None:
    from didww._codecs import JSON_OBJECT

    deep = _nested(5000)
    for codec in (JSON_VALUE, JSON_OBJECT):
        # Read: a copy made without recursion, whatever the depth json.loads took.
        copied: Any = codec.decode({"a": deep})
        inner: Any = copied["a"]
        original: Any = deep
        for _ in range(5000):
            assert inner is not original and isinstance(inner, list) and len(inner) == 1
            inner, original = inner[0], original[0]
        assert inner == original == []
        # Write: the caller's value is refused, as json.dumps would fail on it.
        with pytest.raises(ClientError, match="not JSON: it is nested too deeply"):
            codec.encode({"a": deep})


@pytest.mark.parametrize("value", [{"a": object()}, {1: "key is no string"}, {"a": {1, 2}}])
def test_a_json_object_refuses_what_json_cannot_hold(value: object) -> None:
    from didww._codecs import JSON_OBJECT

    with pytest.raises(ClientError, match=r"^not JSON: "):
        JSON_OBJECT.encode(value)
    with pytest.raises(ClientError, match="expected a JSON object, got list"):
        JSON_OBJECT.check([])
