"""QueryParams: what each builder call puts in the query string."""

from __future__ import annotations

import datetime as dt
import logging
import pickle
from collections.abc import Callable
from urllib.parse import parse_qsl

import httpx
import pytest

import didww
from didww._codecs import DATETIME
from tests.support import Recorder


def test_full_query_string_on_the_wire() -> None:
    params = (
        didww.QueryParams()
        .include("did_group", "did_group.stock_keeping_units")
        .filter("country.id", "uuid")
        .filter("number", ["12", "34"])
        .sort("number", "-created_at")
        .page(number=1, size=25)
        .fields("dids", ["number", "description", "did_group"])
    )
    recorder = Recorder().reply(200, {"data": []})
    recorder.client().dids.list(params)
    assert list(recorder.last.url.params.multi_items()) == [
        ("include", "did_group,did_group.stock_keeping_units"),
        ("filter[country.id]", "uuid"),
        ("filter[number]", "12,34"),
        ("sort", "number,-created_at"),
        ("page[number]", "1"),
        ("page[size]", "25"),
        ("fields[dids]", "number,description,did_group"),
    ]


def test_booleans_and_integers_are_written_as_the_api_expects() -> None:
    params = didww.QueryParams().filter("is_available", True).filter("qty", 3)
    assert params.to_list() == [("filter[is_available]", "true"), ("filter[qty]", "3")]


@pytest.mark.parametrize(
    "call",
    [
        lambda p: p.page(number=0),
        lambda p: p.page(size=-5),
        lambda p: p.page(number=True),
        lambda p: p.filter("", "x"),
        lambda p: p.filter("id", []),
        lambda p: p.filter("id", None),
        lambda p: p.include(""),
        lambda p: p.sort(None),
    ],
)
def test_bad_query_arguments_are_client_errors(call: object) -> None:
    with pytest.raises(didww.ClientError):
        call(didww.QueryParams())  # type: ignore[operator]


def test_copy_is_independent() -> None:
    original = didww.QueryParams().filter("id", "1")
    clone = original.copy().filter("id", "2")
    assert original.to_list() == [("filter[id]", "1")]
    assert clone.to_list() == [("filter[id]", "2")]
    assert "filter[id]=1" in repr(original)


def test_the_unchecked_hint_reads_well_for_every_kind_of_name() -> None:
    recorder = Recorder().reply(200, {"data": []})
    with pytest.raises(didww.ClientError) as include:
        recorder.client().dids.list(didww.QueryParams().include("orderr"))
    assert "(An include newer than this SDK can be sent as didww.Unchecked('orderr').)" in str(
        include.value
    )
    with pytest.raises(didww.ClientError) as sort:
        recorder.client().dids.list(didww.QueryParams().sort("numbr"))
    assert "(A sort newer than this SDK" in str(sort.value)
    assert recorder.requests == []


def test_repr_encodes_values_as_the_url_carries_them() -> None:
    query = (
        didww.QueryParams()
        .filter("description", "a&b=c d")
        .filter("id", ["x", "y"])
        .filter("created_at_gteq", dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
        .page(2, 50)
    )
    # One value holding "&" and "=" reads as one value, as it is sent.
    text = repr(query)
    assert text == (
        "QueryParams('filter[description]=a%26b%3Dc%20d&filter[id]=x,y"
        "&filter[created_at_gteq]=2026-01-01T00:00:00.000Z&page[number]=2&page[size]=50')"
    )
    assert parse_qsl(text[len("QueryParams('") : -2]) == query.to_list()


def test_repr_hides_the_value_of_a_parameter_named_like_a_secret() -> None:
    query = didww.QueryParams().filter(didww.Unchecked("api_key"), "SEKRET-KEY-123")
    query = query.filter("description", "kept")
    assert repr(query) == ("QueryParams('filter[api_key]=[FILTERED]&filter[description]=kept')")
    assert query.to_list()[0] == ("filter[api_key]", "SEKRET-KEY-123")  # sent as given


@pytest.mark.parametrize(
    "url", ["https://u:hunter2pass@example.com/x?a=1", "https://u:hunter2 pass@example.com/x?a=1"]
)
def test_repr_and_log_hide_a_url_password_in_a_value(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    # The value is percent-encoded in the repr and in the URL the log shows, where the check
    # for a URL in a parameter, looking for a literal "://", never found it. A value that is a
    # URL as a whole is one to its end, as a model's repr reads it: a blank in the password
    # does not end it.
    query = didww.QueryParams().filter(didww.Unchecked("callback_url"), url)
    assert "hunter2" not in repr(query)
    assert "u:[FILTERED]%40example.com" in repr(query)
    assert query.to_list() == [("filter[callback_url]", url)]  # sent as given
    recorder = Recorder().reply(200, {"data": []})
    with caplog.at_level(logging.DEBUG, logger="didww"):
        recorder.client().orders.list(query)
    assert recorder.last.url.params["filter[callback_url]"] == url
    lines = [r.getMessage() for r in caplog.records if "callback_url" in r.getMessage()]
    assert lines and all("hunter2" not in line for line in lines)
    assert any("u:[FILTERED]@example.com" in line for line in lines)


@pytest.mark.parametrize(
    "value",
    [
        "https://u:hunter2/pw@h.example/x",  # a "/" in the password: the URL is cut, all hidden
        ["https://u:hunter2a@h.example/x", "https://v:hunter2b@h.example/y"],  # sent joined
    ],
)
def test_no_url_password_in_a_filter_value_shows_anywhere(
    value: str | list[str], caplog: pytest.LogCaptureFixture
) -> None:
    query = didww.QueryParams().filter(didww.Unchecked("callback_url"), value)
    recorder = Recorder().reply(400, {"errors": [{"detail": "bad"}]})
    with caplog.at_level(logging.DEBUG, logger="didww"), pytest.raises(didww.APIError) as caught:
        recorder.client().orders.list(query)
    # What was sent is what was given; the repr, the log and the request the error keeps (a
    # copy: printed, pickled, sent to error trackers) hide the passwords.
    assert "hunter2" in str(recorder.last.url)
    error = caught.value
    assert error.response is not None
    shown = [
        repr(query),
        str(error.response.request.url),
        *(r.getMessage() for r in caplog.records),
    ]
    for text in shown:
        assert "hunter2" not in text, text
    assert b"hunter2" not in pickle.dumps(error)


def test_a_timestamp_before_the_year_1000_is_written_with_four_digits() -> None:
    # strftime wrote "999-01-01T...", which the SDK's own bound check then refused as no
    # timestamp, though the caller gave a datetime.
    early = dt.datetime(999, 1, 1, tzinfo=dt.timezone.utc)
    query = didww.QueryParams().filter("created_at_gteq", early)
    assert query.to_list() == [("filter[created_at_gteq]", "0999-01-01T00:00:00.000Z")]
    recorder = Recorder().reply(200, {"data": []})
    recorder.client().orders.list(query)
    assert recorder.last.url.params["filter[created_at_gteq]"] == "0999-01-01T00:00:00.000Z"


_PLUS_ONE = dt.timezone(dt.timedelta(hours=1))
_MINUS_ONE = dt.timezone(dt.timedelta(hours=-1))


@pytest.mark.parametrize(
    "moment",
    [
        dt.datetime(1, 1, 1, 0, 30, tzinfo=_PLUS_ONE),
        dt.datetime(9999, 12, 31, 23, 30, tzinfo=_MINUS_ONE),
    ],
)
def test_a_moment_outside_the_years_utc_can_hold_is_refused_by_name(moment: dt.datetime) -> None:
    # In UTC these fall in year 0 or 10000, which Python has no datetime for: the conversion
    # raised OverflowError out of filter() and out of an assignment.
    with pytest.raises(didww.ClientError, match=r"filter\[created_at_gteq\]: .* outside the years"):
        didww.QueryParams().filter("created_at_gteq", moment)
    with pytest.raises(didww.ClientError, match="outside the years 1 to 9999"):
        DATETIME.check(moment)  # what assigning a timestamp attribute does


@pytest.mark.parametrize("text", ["0001-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00"])
def test_text_naming_such_a_moment_is_no_timestamp(text: str) -> None:
    order = didww.Order.from_json(
        {"type": "orders", "id": "o1", "attributes": {"created_at": text}}
    )
    with pytest.raises(didww.DecodeError, match=r"Order\.created_at: the answer holds"):
        _ = order.created_at
    assert "created_at=<undecodable" in repr(order)
    with pytest.raises(didww.ClientError, match="is not a timestamp"):
        Recorder().client().orders.list(didww.QueryParams().filter("created_at_gteq", text))


def test_equal_queries_are_those_sent_alike_and_judged_alike() -> None:
    Q = didww.QueryParams
    assert Q().filter("id", ["a", "b"]) == Q().filter("id", ("a", "b"))
    assert hash(Q().filter("id", ["a", "b"])) == hash(Q().filter("id", ("a", "b")))
    # The same text, as a list or as one value holding a comma: a one-value filter takes only
    # the second, a list filter only the first, so the two are not the same query.
    assert Q().filter("description", ["Sales", " EU"]) != Q().filter("description", "Sales, EU")
    assert Q().filter("id", ["a"]) == Q().filter("id", "a")  # a list of one is one value
    # An enum member is sent and judged as its text (another enum's is refused when sent).
    completed = didww.enums.OrderStatus.COMPLETED
    assert Q().filter("status", completed) == Q().filter("status", "completed")
    assert hash(Q().filter("status", completed)) == hash(Q().filter("status", "completed"))
    pending = didww.enums.OrderStatus.PENDING
    members = Q().filter("status", [pending, completed])
    assert members == Q().filter("status", ["pending", "completed"])
    assert members != Q().filter("status", "pending,completed")  # a list, not one value


@pytest.mark.parametrize("field", ["-", "--number", "---"])
def test_a_sort_field_without_a_name_after_its_minus_is_refused(field: str) -> None:
    with pytest.raises(didww.ClientError, match="is no field name: give one after a single '-'"):
        didww.QueryParams().sort(field)
    # A name newer than the SDK goes out as given.
    assert repr(didww.QueryParams().sort(didww.Unchecked(field))) == f"QueryParams('sort={field}')"
    assert repr(didww.QueryParams().sort("-number")) == "QueryParams('sort=-number')"


def test_an_include_a_fieldset_leaves_out_is_refused_before_sending() -> None:
    # The API leaves out a relationship its fieldset does not list, and with it the linkage to
    # what it includes: the read that wanted it could only raise NotLoadedError.
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": []}))
    client = recorder.client()
    first = didww.QueryParams().include("did_group").fields("dids", ["number"])
    with pytest.raises(didww.ClientError, match=r"include 'did_group' needs 'did_group' in fi"):
        client.dids.list(first)
    # A later hop, judged against the fieldset of the type the path has reached.
    later = (
        didww.QueryParams()
        .include("did_group.country")
        .fields("dids", ["number", "did_group"])
        .fields("did_groups", ["prefix"])
    )
    with pytest.raises(didww.ClientError, match=r"needs 'country' in fields\[did_groups\]"):
        client.dids.list(later)
    assert recorder.requests == []
    # Listed, or not restricted at all, the include goes out as asked.
    client.dids.list(later.fields("did_groups", ["prefix", "country"]))
    client.dids.list(didww.QueryParams().include("did_group").fields("did_groups", ["prefix"]))
    unchecked = didww.QueryParams().include(didww.Unchecked("did_group")).fields("dids", ["number"])
    client.dids.list(unchecked)  # a path newer than the SDK: not judged
    assert len(recorder.requests) == 3


def test_a_polymorphic_hop_kept_by_one_of_its_types_is_sent() -> None:
    # A proof's entity is an identity or an address: the addresses still link their country, so
    # the include gives something, and goes out.
    recorder = Recorder(lambda request: httpx.Response(200, json={"data": []}))
    client = recorder.client()
    kept = (
        didww.QueryParams()
        .include("entity.country")
        .fields("addresses", ["city_name", "country"])
        .fields("identities", ["first_name"])
    )
    client.proofs.list(kept)
    assert len(recorder.requests) == 1
    dropped = kept.fields("addresses", ["city_name"])
    with pytest.raises(didww.ClientError, match=r"fields\[addresses\] and fields\[identities\]"):
        client.proofs.list(dropped)
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    "build",
    [
        lambda: didww.QueryParams().sort("number").sort("-number"),
        lambda: didww.QueryParams().sort("-created_at", "created_at"),
        lambda: didww.QueryParams().sort("number", "number"),
    ],
    ids=["again descending", "both ways in one call", "twice"],
)
def test_a_field_sorts_once(build: Callable[[], didww.QueryParams]) -> None:
    # "sort=number,-number" went out: the API takes one of the two, not the one meant.
    with pytest.raises(didww.ClientError, match="is already in the sort"):
        build()


def test_an_include_path_or_a_sparse_field_named_twice_is_sent_once() -> None:
    params = didww.QueryParams().include("did_group", "did_group", "order").include("order")
    params = params.fields("dids", ["number", "number", "did_group"])
    assert params.to_list() == [
        ("include", "did_group,order"),
        ("fields[dids]", "number,did_group"),
    ]
