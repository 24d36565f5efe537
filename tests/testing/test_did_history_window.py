"""DID history is kept for 90 days: a time filter reaching further back is a 400, on
``created_at_gteq`` in both versions and on ``created_at_lteq`` too in 2026-10-22, as each
version's document says."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import didww
from didww.testing import ManualClock, Simulator

START = dt.datetime(2026, 4, 16, tzinfo=dt.timezone.utc)


def _client(version: str) -> Any:
    return Simulator(api_version=version, clock=ManualClock(start=START.timestamp())).client()


@pytest.mark.parametrize(
    ("version", "key", "refused"),
    [
        ("2026-04-16", "created_at_gteq", True),
        ("2026-04-16", "created_at_lteq", False),
        ("2026-10-22", "created_at_gteq", True),
        ("2026-10-22", "created_at_lteq", True),
    ],
)
def test_a_filter_before_the_window_is_refused_as_each_document_says(
    version: str, key: str, refused: bool
) -> None:
    client = _client(version)
    query = didww.QueryParams().filter(key, START - dt.timedelta(days=91))
    if refused:
        with pytest.raises(didww.BadRequestError) as info:
            client.did_history.list(query)
        (error,) = info.value.errors
        assert error.code == "107"
        assert error.detail == (
            f"filter[{key}] 2026-01-15T00:00:00.000Z is before the 90 days DID history is kept "
            "for."
        )
    else:
        client.did_history.list(query)


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_a_filter_inside_the_window_is_answered(version: str) -> None:
    client = _client(version)
    inside = START - dt.timedelta(days=89)
    page = client.did_history.list(
        didww.QueryParams().filter("created_at_gteq", inside).filter("created_at_lteq", START)
    )
    # The seeded entries were logged a day before the simulator started.
    assert len(page) == 2
    assert all(inside <= entry.created_at <= START for entry in page)
