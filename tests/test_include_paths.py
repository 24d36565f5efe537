"""Dotted include paths: the SDK takes exactly those the simulator takes.

A hop after the first must be an include of the type the path has reached (the spec's
``includes``), not merely one of its relationships: a write-only relationship (a proof's
``files``, an address verification's ``onetime_files``) is never returned, so a path through it
is refused before sending rather than answered 400."""

from __future__ import annotations

from typing import Any

import pytest

import didww
from didww._catalog import include_refusal
from didww.testing import SEED, Simulator
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022

CATALOGS = {"2026-04-16": RESOURCES_0416, "2026-10-22": RESOURCES_1022}


def _two_hop_paths(version: str) -> list[tuple[str, str]]:
    """Every (resource type with a list, ``first.second``) whose first hop the type includes and
    whose second is any relationship of a type the first leads to."""
    resources = CATALOGS[version]
    paths = []
    for type_, info in resources.items():
        if "list" not in info.operations:
            continue
        for first in info.includes:
            rel = info.relationship(first)
            assert rel is not None
            seconds = {
                r.name
                for target in rel.targets
                if target in resources
                for r in resources[target].relationships
            }
            paths += [(type_, f"{first}.{second}") for second in sorted(seconds)]
    return paths


@pytest.mark.parametrize("version", sorted(CATALOGS))
def test_the_sdk_and_the_simulator_agree_on_every_two_hop_include(version: str) -> None:
    resources = CATALOGS[version]
    sim: Simulator[Any, Any] = Simulator(api_version=version)
    taken = 0
    refused: set[str] = set()
    with sim.client() as client:
        for type_, path in _two_hop_paths(version):
            repository = getattr(client, resources[type_].path.rsplit("/", 1)[-1])
            allowed = include_refusal(resources, type_, path.split(".")) is None
            try:
                repository.list(didww.QueryParams().include(path))
            except didww.ClientError as exc:
                assert not allowed, f"{type_} include {path}: {exc}"
                assert "unknown hop" in str(exc)
                refused.add(f"{type_}:{path}")
            else:
                assert allowed, f"{type_} include {path} was sent"
                taken += 1
    # Both kinds occur, and the paths through write-only relationships are among those refused.
    assert taken > 100
    assert {
        "dids:address_verification.onetime_files",
        "addresses:proofs.files",
        "identities:permanent_documents.files",
    } <= refused


@pytest.mark.parametrize(
    ("resource", "path"),
    [
        ("dids", "address_verification.onetime_files"),
        ("addresses", "proofs.files"),
        ("identities", "permanent_documents.files"),
    ],
)
def test_a_path_through_a_write_only_relationship_is_refused_before_sending(
    resource: str, path: str
) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    with sim.client() as client, pytest.raises(didww.ClientError, match="unknown hop"):
        getattr(client, resource).list(didww.QueryParams().include(path))
    assert list(sim.requests) == []


def test_a_relationship_of_an_included_model_is_loaded_with_the_path_through_it() -> None:
    # include("country") is what did_groups takes; a DIDGroup that came with a DID gets its
    # country with include("did_group.country") on dids, which the error now says.
    client = Simulator().client()
    group: Any = client.dids.find(SEED.did_us, didww.QueryParams().include("did_group")).did_group
    with pytest.raises(didww.NotLoadedError) as caught:
        group.country  # noqa: B018
    message = str(caught.value)
    assert 'include("country") when you query did_groups' in message
    assert message.endswith(
        "this DIDGroup came included with dids, so query those with the path through it: "
        'QueryParams().include("did_group.country")'
    )
    # What the error offers works.
    loaded: Any = client.dids.find(SEED.did_us, didww.QueryParams().include("did_group.country"))
    assert loaded.did_group.country.is_loaded("name")
    # Two steps down, the path starts at the resource asked for (the country came with dids).
    deep: Any = client.dids.find(SEED.did_us, didww.QueryParams().include("did_group.country"))
    with pytest.raises(didww.NotLoadedError) as caught:
        deep.did_group.country.regions  # noqa: B018
    assert "came included with dids" in str(caught.value)
    assert 'QueryParams().include("did_group.country.regions")' in str(caught.value)
    assert "on identities" not in str(caught.value)
    # A DID group asked for itself gets the plain hint only.
    alone: Any = client.did_groups.find(group.id)
    with pytest.raises(didww.NotLoadedError) as caught:
        alone.country  # noqa: B018
    assert str(caught.value).endswith('Load it with QueryParams().include("country")')
