"""``didww <resource> list`` of a list the API answers whole (the catalog's ``listing``): no
``--page``, ``--page-size`` or ``--all``, one request without page parameters, and the whole answer
printed; a capped list says how many matched when its answer holds fewer."""

from __future__ import annotations

from typing import Any

import click
import httpx
import pytest

from didww.cli._app import build_cli
from didww.cli._catalog import command_word
from didww.testing import SEED, Simulator
from didww.testing._store import Record
from didww.v2026_04_16.catalog import RESOURCES
from tests.cli.conftest import Runner
from tests.cli.test_list import never_called, query_of, recording_factory

WHOLE = sorted(t for t, info in RESOURCES.items() if info.whole and "list" in info.operations)


def test_the_lists_answered_whole_are_the_catalogs() -> None:
    assert WHOLE == [
        "available_dids",
        "countries",
        "pops",
        "proof_types",
        "public_keys",
        "regions",
    ]


@pytest.mark.parametrize("resource", WHOLE)
@pytest.mark.parametrize("option", [("--page", "2"), ("--page-size", "3")])
def test_page_options_do_not_exist_on_a_list_answered_whole(
    cli: Runner, resource: str, option: tuple[str, ...]
) -> None:
    word = command_word(RESOURCES[resource])
    result = cli(word, "list", *option, factory=never_called)
    assert result.code == 2
    assert f"No such option '{option[0]}'" in result.err


def test_help_offers_page_options_only_where_the_list_has_pages() -> None:
    commands = build_cli().commands
    for resource, paged in (("countries", False), ("available_dids", False), ("dids", True)):
        group = commands[command_word(RESOURCES[resource])]
        assert isinstance(group, click.Group)
        names = {n for p in group.commands["list"].params for n in p.opts}
        assert ({"--page", "--page-size"} <= names) is paged, resource
        # --all everywhere: a no-op on a list answered whole, refused with a reason on a capped
        # one (test_third_trial_fixes), so that a script may pass it to every list.
        assert {"--filter", "--fields", "--output", "--all"} <= names


def test_a_list_answered_whole_prints_every_record_from_one_request(
    cli: Runner, sim: Simulator
) -> None:
    seen: list[httpx.Request] = []
    result = cli(
        "countries", "list", "--sort", "iso", "-o", "json", factory=recording_factory(sim, seen)
    )
    assert result.code == 0, result.err
    countries: list[Any] = sim.resources("countries")
    expected = sorted(c["attributes"]["iso"] for c in countries)
    assert [c["attributes"]["iso"] for c in result.json()] == expected and len(expected) > 3
    assert [query_of(r) for r in seen] == [{"sort": ["iso"]}]


def test_a_list_answered_whole_as_a_table_has_no_page_hint(cli: Runner, sim: Simulator) -> None:
    result = cli("countries", "list")
    assert result.code == 0, result.err
    assert f"{len(sim.resources('countries'))} shown" in result.out
    assert "--page" not in result.out and "--all" not in result.out


def _stock_up(sim: Simulator, count: int) -> None:
    """Give the Los Angeles group ``count`` more listed numbers."""
    for n in range(count):
        sim._store.add(
            Record(
                "available_dids",
                f"00000000-0000-4000-8000-{n:012d}",
                {"number": f"1213555{2000 + n:04d}"},
                {
                    "did_group": ("did_groups", SEED.group_us_los_angeles),
                    "nanpa_prefix": ("nanpa_prefixes", SEED.nanpa_213_555),
                },
            )
        )


def test_a_capped_list_says_how_many_matched(cli: Runner, sim: Simulator) -> None:
    listed = len(sim.resources("available_dids"))
    result = cli("available-dids", "list", "--fields", "number")
    assert result.code == 0, result.err
    assert f"{listed} shown" in result.out and "matched" not in result.out
    _stock_up(sim, 120)
    result = cli("available-dids", "list", "--fields", "number")
    assert result.code == 0, result.err
    caption = " ".join(result.out.split())
    assert (
        f"100 shown of {listed + 120} matched (the API caps this list: narrow with --filter)"
        in caption
    )
    as_json = cli("available-dids", "list", "-o", "json").json()
    assert len(as_json) == 100
