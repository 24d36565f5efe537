"""Filter values with a type: dates and datetimes as values, and bounds and typed attributes
refusing a value that can never match before anything is sent."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_10_22
from didww.testing import SEED, Simulator
from tests.support import Recorder

Q = didww.QueryParams
UTC = dt.timezone.utc


def _sent(params: didww.QueryParams, resource: str = "orders") -> list[tuple[str, str]]:
    recorder = Recorder().reply(200, {"data": []})
    getattr(recorder.client(), resource).list(params)
    return [(k, v) for k, v in recorder.last.url.params.multi_items() if k.startswith("filter")]


def test_an_aware_datetime_is_sent_as_the_api_writes_timestamps() -> None:
    moment = dt.datetime(2026, 4, 16, 12, 30, 5, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    # Milliseconds, as the API writes them: rounded up for a lower bound, so that it takes in
    # nothing before the moment given, and down otherwise.
    assert _sent(Q().filter("created_at_gteq", moment)) == [
        ("filter[created_at_gteq]", "2026-04-16T10:30:05.124Z")
    ]
    assert _sent(Q().filter("created_at_lteq", moment)) == [
        ("filter[created_at_lteq]", "2026-04-16T10:30:05.123Z")
    ]


def test_a_date_is_sent_as_an_iso_date() -> None:
    assert _sent(Q().filter("created_at_lteq", dt.date(2026, 4, 30))) == [
        ("filter[created_at_lteq]", "2026-04-30")
    ]


def test_a_naive_datetime_is_refused_when_the_filter_is_built() -> None:
    with pytest.raises(didww.ClientError, match="has no timezone") as caught:
        Q().filter("created_at_gteq", dt.datetime(2026, 4, 16, 12, 0))
    assert "filter[created_at_gteq]" in caught.value.message


@pytest.mark.parametrize(
    ("key", "value", "reason"),
    [
        ("created_at_gteq", "yesterday", "is not a timestamp"),
        ("created_at_lteq", "16/04/2026", "is not a timestamp"),
        ("meta.total_count_gteq", "many", "is not an integer"),  # the meta field's type
    ],
)
def test_a_bound_that_is_not_of_its_type_is_refused_before_sending(
    key: str, value: str, reason: str
) -> None:
    resource = "did_groups" if key.startswith("meta.") else "orders"
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError, match=re.escape(reason)) as caught:
        getattr(recorder.client(), resource).list(Q().filter(key, value))
    assert f"filter[{key}]: {value!r}" in caught.value.message
    assert recorder.requests == []


def test_a_bound_takes_one_value() -> None:
    recorder = Recorder().reply(200, {"data": []})
    moments = [dt.datetime(2026, 4, d, tzinfo=UTC) for d in (1, 2)]
    with pytest.raises(didww.ClientError, match=r"is a bound and takes one value, got 2"):
        recorder.client().orders.list(Q().filter("created_at_gteq", moments))
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("created_at_gteq", "2026-04-16"),
        ("created_at_gteq", "2026-04-16T10:00:00Z"),
        ("created_at_gteq", "2026-04-16 10:00:00"),
        ("created_at_lteq", "2026-04-16T10:00:00.000+02:00"),
        ("meta.total_count_gteq", 20),
    ],
)
def test_bounds_in_the_forms_the_api_reads_go_out_as_written(key: str, value: Any) -> None:
    resource = "did_groups" if key.startswith("meta.") else "orders"
    assert _sent(Q().filter(key, value), resource) == [(f"filter[{key}]", str(value))]


def test_a_typed_attribute_filter_refuses_a_value_it_never_holds() -> None:
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError, match="would match nothing: 'two' is not an integer"):
        recorder.client().dids.list(Q().filter("billing_cycles_count", "two"))
    assert recorder.requests == []
    assert _sent(Q().filter("billing_cycles_count", ["2", -1]), "dids") == [
        ("filter[billing_cycles_count]", "2,-1")
    ]


@pytest.mark.parametrize("value", [True, False, ["1555", True]], ids=["true", "false", "in a list"])
def test_a_text_filter_refuses_a_boolean(value: Any) -> None:
    # Sent as "true", it was compared as text and matched nothing, with nothing said.
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError, match="is a boolean, and this filter compares text"):
        recorder.client().dids.list(Q().filter("number", value))
    assert recorder.requests == []


def test_a_boolean_goes_where_the_attribute_is_one_and_text_where_it_is_text() -> None:
    assert _sent(Q().filter("terminated", True), "dids") == [("filter[terminated]", "true")]
    assert _sent(Q().filter("number", "true"), "dids") == [("filter[number]", "true")]


def test_contains_filters_take_any_text() -> None:
    assert _sent(Q().filter("number_contains", "12 34"), "available_dids") == [
        ("filter[number_contains]", "12 34")
    ]


def test_an_unchecked_value_goes_out_unchanged() -> None:
    assert _sent(Q().filter("created_at_gteq", didww.Unchecked("last week"))) == [
        ("filter[created_at_gteq]", "last week")
    ]


def test_datetime_bounds_select_orders_on_the_simulator() -> None:
    simulator: Simulator[Any, Any] = Simulator()
    with simulator.client() as client:
        created = client.orders.create(
            didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_gb_mobile, qty=1)])
        )
        assert created.created_at is not None
        just_before = created.created_at - dt.timedelta(seconds=1)
        since = client.orders.list(Q().filter("created_at_gteq", just_before))
        assert [o.id for o in since] == [created.id]
        earlier = client.orders.list(Q().filter("created_at_lteq", just_before))
        assert created.id not in [o.id for o in earlier]
        assert [o.id for o in earlier] == [SEED.order]


def test_an_unchecked_enum_value_is_sent_for_a_filter_on_that_enum() -> None:
    new_status = didww.enums.OrderStatus.unchecked("on_hold")
    assert _sent(Q().filter("status", new_status)) == [("filter[status]", "on_hold")]
    both = ["completed", new_status]
    assert _sent(Q().filter("status", both)) == [("filter[status]", "completed,on_hold")]
    new_feature = didww.enums.Feature.unchecked("fax2")
    assert _sent(Q().filter("did_group.features", new_feature), "available_dids") == [
        ("filter[did_group.features]", "fax2")
    ]


@pytest.mark.parametrize(
    ("resource", "key", "value", "why"),
    [
        # Another enum's unchecked() value: its value is new, but its enum is the wrong one.
        (
            "orders",
            "status",
            didww.enums.ExportStatus.unchecked("on_hold"),
            "of ExportStatus, not of OrderStatus",
        ),
        (
            "orders",
            "status",
            ["pending", didww.enums.ExportStatus.unchecked("x")],
            "of ExportStatus",
        ),
        (
            "available_dids",
            "did_group.features",
            didww.enums.OrderStatus.unchecked("fax2"),
            "not of Feature",
        ),
    ],
)
def test_an_unchecked_value_of_another_enum_is_refused_before_sending(
    resource: str, key: str, value: Any, why: str
) -> None:
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError, match=why) as caught:
        getattr(recorder.client(), resource).list(Q().filter(key, value))
    assert f"filter[{key}]" in caught.value.message
    assert recorder.requests == []


def test_an_unchecked_value_of_the_enum_of_another_api_version_is_refused() -> None:
    newer = v2026_10_22.enums.OrderStatus.unchecked("on_hold")
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError, match="API versions do not mix"):
        recorder.client().orders.list(Q().filter("status", newer))
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("resource", "key", "value", "why"),
    [
        # Its text is an order status too: it matched by chance, and assigning it is refused.
        (
            "orders",
            "status",
            didww.enums.ExportStatus.COMPLETED,
            "ExportStatus.COMPLETED is not a member of OrderStatus: use OrderStatus.COMPLETED",
        ),
        (
            "orders",
            "status",
            [didww.enums.OrderStatus.PENDING, didww.enums.ExportStatus.COMPLETED],
            "ExportStatus.COMPLETED is not a member of OrderStatus: use OrderStatus.COMPLETED",
        ),
        (
            "available_dids",
            "did_group.features",
            didww.enums.OrderStatus.COMPLETED,
            "OrderStatus.COMPLETED is not a member of Feature$",
        ),
        (
            "orders",
            "status",
            v2026_10_22.enums.OrderStatus.COMPLETED,
            "the two API versions do not mix, so use "
            "didww.v2026_04_16.enums.OrderStatus.COMPLETED$",
        ),
    ],
)
def test_a_member_of_another_enum_is_refused_before_sending(
    resource: str, key: str, value: Any, why: str
) -> None:
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError, match=why) as caught:
        getattr(recorder.client(), resource).list(Q().filter(key, value))
    assert caught.value.message.startswith(f"{resource}.list: filter[{key}]: ")
    assert recorder.requests == []


def test_members_of_the_filtered_attribute_s_enum_are_sent() -> None:
    both = [didww.enums.OrderStatus.PENDING, didww.enums.OrderStatus.COMPLETED]
    assert _sent(Q().filter("status", both)) == [("filter[status]", "pending,completed")]
    # A text attribute takes a member's value as text, not the member (see below).
    shown = Q().filter("reference", didww.enums.ExportStatus.COMPLETED.value)
    assert _sent(shown) == [("filter[reference]", "completed")]


def test_a_query_keeps_its_members_through_pickle() -> None:
    import pickle

    query = Q().filter("status", didww.enums.ExportStatus.COMPLETED)
    kept = pickle.loads(pickle.dumps(query))
    assert kept == query
    with pytest.raises(didww.ClientError, match="not a member of OrderStatus"):
        Recorder().reply(200, {"data": []}).client().orders.list(kept)


def test_a_query_keeps_the_enum_of_its_unchecked_values_through_copy_and_pickle() -> None:
    import copy
    import pickle

    query = Q().filter("status", didww.enums.ExportStatus.unchecked("on_hold"))
    for kept in (copy.deepcopy(query), pickle.loads(pickle.dumps(query))):
        assert kept == query
        with pytest.raises(didww.ClientError, match="of ExportStatus"):
            Recorder().reply(200, {"data": []}).client().orders.list(kept)


@pytest.mark.parametrize(
    "newer", [didww.Unchecked("on_hold"), didww.enums.OrderStatus.unchecked("on_hold")]
)
def test_a_member_of_another_enum_beside_a_newer_value_is_named_as_such(newer: Any) -> None:
    # The value newer than the SDK is sent unchecked; the known member beside it is judged as
    # always, and the error says which member to use (it spoke of unchecked() instead).
    recorder = Recorder().reply(200, {"data": []})
    wrong = didww.enums.ExportStatus.COMPLETED
    with pytest.raises(didww.ClientError) as caught:
        recorder.client().orders.list(Q().filter("status", [newer, wrong]))
    assert str(caught.value) == (
        "orders.list: filter[status]: ExportStatus.COMPLETED is not a member of OrderStatus: "
        "use OrderStatus.COMPLETED"
    )
    assert recorder.requests == []
    right = Q().filter("status", [newer, didww.enums.OrderStatus.COMPLETED])
    assert _sent(right, "orders") == [("filter[status]", "on_hold,completed")]


def _sms_trunks_sent(value: Any) -> list[tuple[str, str]]:
    recorder = Recorder().reply(200, {"data": []})
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    with v2026_10_22.Client(token="t", http_client=http, max_retries=0) as api:
        api.sms_trunks.list(Q().filter("configuration.type", value))
    return [(k, v) for k, v in recorder.last.url.params.multi_items() if k.startswith("filter")]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("sip", "'sip' is not a type of VoiceInTrunk.configuration"),
        ("SIPConfiguration", "is not a type of VoiceInTrunk.configuration"),
        (["sip_configurations", "pstn"], "'pstn' is not a type of"),
        (True, "True is a boolean, not a type of VoiceInTrunk.configuration"),
    ],
)
def test_a_filter_on_a_nested_object_s_type_refuses_a_type_no_variant_has(
    value: Any, reason: str
) -> None:
    # Sent, the API matched nothing and said nothing: the variants' wire types are known.
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError, match=re.escape(reason)) as caught:
        recorder.client().voice_in_trunks.list(Q().filter("configuration.type", value))
    assert recorder.requests == []
    if not isinstance(value, bool):
        assert "(sip_configurations, pstn_configurations)" in caught.value.message
        assert "didww.Unchecked(" in caught.value.message


def test_a_filter_on_a_nested_object_s_type_sends_the_variants_types() -> None:
    assert _sent(
        Q().filter("configuration.type", ["sip_configurations", "pstn_configurations"]),
        "voice_in_trunks",
    ) == [("filter[configuration.type]", "sip_configurations,pstn_configurations")]
    newer = didww.Unchecked("webrtc_configurations")
    assert _sent(Q().filter("configuration.type", newer), "voice_in_trunks") == [
        ("filter[configuration.type]", "webrtc_configurations")
    ]


def test_a_filter_on_an_sms_trunk_s_configuration_type_knows_its_variants() -> None:
    assert _sms_trunks_sent("smpp_esme") == [("filter[configuration.type]", "smpp_esme")]
    with pytest.raises(
        didww.ClientError, match=re.escape("'smpp' is not a type of SmsTrunk.configuration")
    ):
        _sms_trunks_sent("smpp")


def test_an_enum_member_is_refused_as_a_nested_object_s_type() -> None:
    recorder = Recorder().reply(200, {"data": []})
    member = didww.enums.TransportProtocol.UDP
    with pytest.raises(
        didww.ClientError, match=re.escape("TransportProtocol.UDP is an enum member, not a type of")
    ):
        recorder.client().voice_in_trunks.list(Q().filter("configuration.type", member))
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("resource", "key"),
    [
        ("countries", "is_available"),
        ("did_groups", "needs_registration"),
        ("capacity_pools", "has_unassigned_channels"),
        ("available_dids", "did_group.needs_registration"),
        ("nanpa_prefixes", "did_group.is_available"),
        ("dids", "pending_removal"),
    ],
)
def test_2026_04_16_flag_filters_take_booleans(resource: str, key: str) -> None:
    # The 2026-04-16 document types them as text; "yes" or "1" matched nothing, silently.
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError, match="'yes' is not a boolean"):
        getattr(recorder.client(), resource).list(Q().filter(key, "yes"))
    assert recorder.requests == []
    assert _sent(Q().filter(key, False), resource) == [(f"filter[{key}]", "false")]


@pytest.mark.parametrize(
    "member",
    [didww.enums.CliFormat.E164, v2026_10_22.enums.Codec.PCMU],
    ids=["str enum", "int enum of another version"],
)
def test_a_text_filter_refuses_an_enum_member(member: Any) -> None:
    # Sent as its value ("e164", "9"), it was compared as text and matched nothing.
    recorder = Recorder().reply(200, {"data": []})
    expected = f"{type(member).__name__}.{member.name} is an enum member, and this filter compares"
    with pytest.raises(didww.ClientError, match=re.escape(expected)) as caught:
        recorder.client().dids.list(Q().filter("description", member))
    assert f"pass {str(member.value)!r} as text" in caught.value.message
    assert recorder.requests == []
