"""QueryParams: what each builder call puts in the query string."""

from __future__ import annotations

import pytest

import didww
from tests.support import Recorder


def test_full_query_string_on_the_wire() -> None:
    params = (
        didww.QueryParams()
        .include("did_group", "did_group.stock_keeping_units")
        .filter("country.id", "uuid")
        .filter("number", ["12", "34"])
        .sort("number", "-created_at")
        .page(number=1, size=25)
        .fields("dids", ["number", "description"])
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
        ("fields[dids]", "number,description"),
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
