"""Values by spec type (from ``--set`` text and from file JSON) and records for output."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

import pytest

import didww
from didww import enums
from didww.cli._catalog import load, speaking
from didww.cli._errors import InputError, Redactor
from didww.cli._query import build_query
from didww.cli._records import cell, plain, to_record
from didww.cli._values import from_json, from_text, parse_type
from didww.v2026_04_16.catalog import RESOURCES
from tests.cli.conftest import Runner


@pytest.mark.parametrize(
    ("text", "type_expr", "expected"),
    [
        ("42", "integer", 42),
        ("Yes", "boolean", True),
        ("off", "boolean", False),
        ("12.50", "decimal", Decimal("12.50")),
        (" 12.50 ", "decimal", Decimal("12.50")),
        ("2026-04-16", "date", dt.date(2026, 4, 16)),
        ("2026-04-16T10:00:00Z", "datetime", dt.datetime(2026, 4, 16, 10, tzinfo=dt.timezone.utc)),
        ("2026-04-16 10:00:00", "datetime", dt.datetime(2026, 4, 16, 10, tzinfo=dt.timezone.utc)),
        ("e164", "enum[CliFormat]", enums.CliFormat.E164),
        ("E164", "enum[CliFormat]", enums.CliFormat.E164),
        ("udp", "enum[TransportProtocol]", enums.TransportProtocol.UDP),
        ("2", "enum[TransportProtocol]", enums.TransportProtocol(2)),
        ("9, 10", "list[enum[Codec]]", [enums.Codec(9), enums.Codec(10)]),
        ("", "list[string]", []),
        ("a,b", "list[string]", ["a", "b"]),
        # A JSON array, as nested objects are written: "[]" was sent as the item "[]".
        ("[]", "list[string]", []),
        (' ["1,2", "44"] ', "list[string]", ["1,2", "44"]),
        ("[9, 10]", "list[enum[Codec]]", [enums.Codec(9), enums.Codec(10)]),
        (" spaced ", "string", " spaced "),
        ('{"from": "x"}', "json", {"from": "x"}),
    ],
)
def test_text_values(text: str, type_expr: str, expected: Any) -> None:
    assert from_text(text, type_expr, False, "--set x") == expected


@pytest.mark.parametrize(
    ("text", "type_expr", "message"),
    [
        ("4.5", "integer", "expected an integer"),
        # int() takes these; --filter refuses them, and so does --set now (1_000 went out as
        # 1000, the Arabic-Indic digit as 5).
        ("1_000", "integer", "expected an integer, got '1_000'"),
        ("\u0665", "integer", "expected an integer"),
        ("+5", "integer", "expected an integer"),
        ("\u0662", "enum[TransportProtocol]", "is not one of"),
        # Past Python's 4300 digits int() raised its own ValueError.
        ("1" * 5000, "integer", "expected an integer, got '1111"),
        ("1" * 5000, "enum[TransportProtocol]", "is not one of"),
        ("maybe", "boolean", "expected true or false"),
        ("NaN", "decimal", "finite"),
        # Read by Decimal() all the same, refused by the model's own check.
        ("5_000", "decimal", "not a decimal number: '5_000'"),
        ("\u0661\u0662", "decimal", "not a decimal number"),
        ("1E+100000000", "decimal", "is out of range"),
        ("16/04/2026", "date", "YYYY-MM-DD"),
        ("yesterday", "datetime", "ISO 8601"),
        ("7", "enum[TransportProtocol]", "1 (udp), 2 (tcp), 3 (tls)"),
        ("9,99", "list[enum[Codec]]", "--set x[1]"),
        # An empty item was sent as "".
        ("1,,44", "list[string]", "item 1 of '1,,44' is empty"),
        ("a,", "list[string]", "item 1 of 'a,' is empty"),
        ('["a", 5]', "list[string]", "--set x[1]: expected a string, got 5"),
        ('["a", ""]', "list[string]", 'item 1 of ["a", ""] is empty'),
        ("[a]", "list[string]", "expected the items separated by commas, or a JSON array"),
        ("null", "integer", "cannot be null"),
        ("[1]", "json", "expected a JSON object"),
        ("{", "union[TrunkConfiguration]", "expected a JSON object"),
        ("x", "mystery[Thing]", "cannot be given on the command line"),
    ],
)
def test_bad_text_values(text: str, type_expr: str, message: str) -> None:
    with pytest.raises(InputError, match=re.escape(message)):
        from_text(text, type_expr, False, "--set x")


def test_lists_of_nested_objects_are_json() -> None:
    item = {"type": "did_order_items", "sku_id": "sku-1", "qty": 2}
    one = from_text(json.dumps(item), "list[union[OrderItem]]", False, "--set items", creating=True)
    two = from_text(
        json.dumps([item, {**item, "qty": 3}]), "list[union[OrderItem]]", False, "--set items",
        creating=True,
    )  # fmt: skip
    assert [(i.sku_id, i.qty) for i in one] == [("sku-1", 2)]
    assert [i.qty for i in two] == [2, 3]
    assert from_text("[1, [2, 3]]", "list[any]", False, "x") == [1, [2, 3]]
    assert from_text('{"a": 1}', "list[json]", False, "x") == [{"a": 1}]
    with pytest.raises(InputError, match=r"--set items\[0\]\.sku_id can only be set when creating"):
        from_text(json.dumps([item]), "list[union[OrderItem]]", False, "--set items")
    with pytest.raises(InputError, match=r"--set items: expected a JSON array, or a JSON object"):
        from_text("{", "list[union[OrderItem]]", False, "--set items", creating=True)


def test_null_for_nullable_values() -> None:
    assert from_text("null", "integer", True, "x") is None
    assert from_json(None, "string", True, "x", creating=True) is None
    with pytest.raises(InputError, match="cannot be null"):
        from_json(None, "string", False, "x", creating=True)


def test_json_values_take_the_json_types_the_api_uses() -> None:
    assert from_json("1.10", "decimal", False, "x", creating=True) == Decimal("1.10")
    assert from_json(3, "decimal", False, "x", creating=True) == Decimal(3)
    assert from_json(1, "enum[TransportProtocol]", False, "x", creating=True) == 1
    for value, type_expr in (("1", "integer"), (1, "boolean"), (True, "integer"), ({}, "string")):
        with pytest.raises(InputError, match="expected"):
            from_json(value, type_expr, False, "x", creating=True)


def test_nested_objects_flat_or_under_attributes() -> None:
    flat = from_json(
        {"type": "pstn_configurations", "dst": "123"},
        "union[TrunkConfiguration]",
        False,
        "c",
        creating=True,
    )
    wrapped = from_json(
        {"type": "pstn_configurations", "attributes": {"dst": "123"}},
        "union[TrunkConfiguration]",
        False,
        "c",
        creating=True,
    )
    assert isinstance(flat, didww.PSTNConfiguration) and flat.dst == wrapped.dst == "123"
    with pytest.raises(InputError, match="generic_order_items objects are read-only"):
        from_json({"type": "generic_order_items"}, "union[OrderItem]", False, "i", creating=True)
    with pytest.raises(InputError, match=r"c\.qty can only be set when creating"):
        from_json({"type": "did_order_items", "qty": 1}, "union[OrderItem]", False, "c",
                  creating=False)  # fmt: skip


def test_type_expressions() -> None:
    spec = parse_type("list[enum[Codec]]")
    assert (spec.kind, spec.item and spec.item.kind, spec.item and spec.item.name) == (
        "list",
        "enum",
        "Codec",
    )
    assert parse_type("union[OrderItem]").name == "OrderItem"
    assert parse_type("weird").kind == "unknown"


def test_values_of_type_any_are_any_json() -> None:
    assert parse_type("any").kind == "any"
    assert from_json({"a": [1]}, "any", False, "b", creating=True) == {"a": [1]}
    assert from_json("text", "any", False, "b", creating=True) == "text"
    assert from_text('"text"', "any", False, "b") == "text"
    assert from_text("[1, 2]", "any", False, "b") == [1, 2]
    with pytest.raises(InputError, match=r"b: expected a JSON value \(a string in double quotes"):
        from_text("text", "any", False, "b")


def test_query_params_are_new_values_built_from_the_options() -> None:
    query = build_query(
        RESOURCES["dids"],
        filters=["blocked=NO", "number=1212"],
        includes=["voice_in_trunk,did_group"],
        sorts=["-created_at"],
        fields=["number,voice_in_trunk"],
        page=2,
        page_size=10,
    )
    assert query.params is not None
    assert query.params.to_list() == [
        ("include", "voice_in_trunk,did_group"),
        ("filter[blocked]", "false"),
        ("filter[number]", "1212"),
        ("sort", "-created_at"),
        ("page[number]", "2"),
        ("page[size]", "10"),
        ("fields[dids]", "number,voice_in_trunk"),
    ]
    assert query.includes == ("voice_in_trunk", "did_group")
    assert build_query(RESOURCES["dids"]).params is None


def test_fields_accept_the_names_the_catalog_lists_when_it_lists_them() -> None:
    listed = dataclasses.replace(RESOURCES["dids"], fields=("id", "number", "did_group"))
    assert build_query(listed, fields=["id,number"]).fields == {"dids": ("id", "number")}
    with pytest.raises(InputError, match=r"dids has no field colour \(it has: id, number, did_"):
        build_query(listed, fields=["colour"])


def test_plain_values_and_cells() -> None:
    moment = dt.datetime(2026, 4, 16, 10, 0, 0, 123000, tzinfo=dt.timezone.utc)
    assert plain(moment) == "2026-04-16T10:00:00.123Z"
    assert plain(dt.datetime(2026, 4, 16, tzinfo=dt.timezone.utc)) == "2026-04-16T00:00:00Z"
    assert plain(Decimal("1.50")) == "1.50" and plain(enums.Codec(9)) == 9
    generic = didww.GenericNestedObject("fax_configurations", {"number": "1"})
    assert plain(generic) == {"type": "fax_configurations", "number": "1"}
    assert cell([1, 2]) == "1,2" and cell(None) == "" and cell(False) == "false"
    assert cell({"type": "identities", "id": "x"}) == "identities:x"
    assert cell({"type": "pstn_configurations", "dst": "1"}) == (
        '{"type":"pstn_configurations","dst":"1"}'
    )


def test_fields_that_were_not_loaded_are_left_out() -> None:
    record = to_record(didww.VoiceInTrunk("t-1", name="Office"))
    assert "description" not in record.attributes
    assert record.attributes["name"] == "Office"


def test_the_redactor_hides_every_known_key() -> None:
    redact = Redactor(["sk-key-one", None, "", "ab"])
    assert redact("a sk-key-one b ab") == "a [FILTERED] b ab"  # too short to be a key: kept
    # A key given with a trailing newline or carriage return is sent stripped: hidden as such.
    assert Redactor(["sk-key-two\r\n"])("sent sk-key-two.") == "sent [FILTERED]."


def test_an_update_only_object_is_refused_on_create_and_taken_by_an_update() -> None:
    # 2026-10-22 takes ip_only authentication in updates only; 2026-04-16 in creates too.
    given = {"type": "ip_only", "allowed_sip_ips": ["203.0.113.10"]}
    with speaking(load("2026-10-22")):
        with pytest.raises(InputError, match="a create does not take ip_only"):
            from_json(given, "union[AuthenticationMethod]", False, "a", creating=True)
        updated = from_json(given, "union[AuthenticationMethod]", False, "a", creating=False)
        assert updated._to_request() == {
            "type": "ip_only",
            "attributes": {"allowed_sip_ips": ["203.0.113.10"]},
        }
    created = from_json(given, "union[AuthenticationMethod]", False, "a", creating=True)
    assert isinstance(created, didww.IPOnlyAuthentication)


def test_relationship_ids_as_a_json_array_or_with_an_empty_item(cli: Runner) -> None:
    # "did_ids=[]" was sent as the one id "[]"; "a,,b" as an id "".
    empty = cli(
        "voice-in-trunk-groups", "create", "--set", "name=G", "--set", "voice_in_trunk_ids=[]"
    )
    assert empty.code == 0, empty.err
    gap = cli(
        "voice-in-trunk-groups", "create", "--set", "name=G", "--set", "voice_in_trunk_ids=a,,b"
    )
    assert gap.code == 2 and "item 1 of 'a,,b' is empty" in gap.err
