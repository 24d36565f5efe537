"""Decisions :mod:`generator.views` makes from the spec: names, defaults, version folders."""

from __future__ import annotations

import dataclasses

import pytest

from generator import model as m
from generator import views
from generator.docs import variable_name


def _resource(type_: str, **changes: object) -> m.Resource:
    resource = m.Resource(
        type=type_,
        class_name="Thing",
        path=f"/{type_}",
        description="A thing.",
        operations=("list", "find", "create", "update", "delete"),
    )
    return dataclasses.replace(resource, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("type_", "noun", "variable"),
    [
        ("dids", ("a", "DID"), "did"),
        ("sms_trunks", ("an", "SMS trunk"), "sms_trunk"),
        ("orders", ("an", "order"), "order"),
        ("did_history", ("a", "DID history entry"), "entry"),
    ],
)
def test_one_rule_names_an_item_of_every_type(
    type_: str, noun: tuple[str, str], variable: str
) -> None:
    """A type that reads the same in the singular names one of it an entry, in docstrings and
    in the reference's examples alike."""
    assert views.noun(type_) == noun
    assert variable_name(_resource(type_)) == variable


@pytest.mark.parametrize(
    ("page_size", "default"),
    [(None, 100), (m.PageSize(default=50, max=500), 100), (m.PageSize(default=10, max=50), 50)],
)
def test_iter_asks_for_no_more_than_a_page_can_hold(
    page_size: m.PageSize | None, default: int
) -> None:
    view = views.repository_view(_resource("things", page_size=page_size))
    assert f"page_size: int = {default}," in view.iter_params


@pytest.mark.parametrize("listing", ["whole", "whole_without_meta", "capped"])
def test_a_list_answered_whole_has_no_page_size_to_choose(listing: str) -> None:
    view = views.repository_view(_resource("things", listing=listing))
    assert view.iter_params == "params: QueryParams | None = None"
    assert view.iter_args == "params, page_size=None"
    assert view.listing == repr(listing)
    list_doc = " ".join(next(op.doc for op in view.operations if op.name == "list"))
    assert "answered whole" in list_doc and "A query with `page()` is refused." in list_doc
    assert "answered whole" in " ".join(view.doc)
    assert "page by page" not in " ".join(view.iter_doc)
    paginated = views.repository_view(_resource("things"))
    assert paginated.listing == "" and paginated.iter_args == "params, page_size, prefetch"
    assert "answered whole" not in " ".join(paginated.doc)


def test_only_delete_returns_nothing() -> None:
    view = views.repository_view(_resource("things"))
    returns = {op.name: op.returns_value for op in view.operations}
    assert returns == {"list": True, "find": True, "create": True, "update": True, "delete": False}


@pytest.mark.parametrize(
    ("folder", "version"),
    [
        ("v2026_04_16", "2026-04-16"),
        ("v2027_01_01_beta", None),
        ("v2026-04_16", None),
        ("v2026_4_16", None),
        ("vendor", None),
        ("2026_04_16", None),
    ],
)
def test_version_folders_are_the_packages_of_versions(folder: str, version: str | None) -> None:
    assert views.version_of_folder(folder) == version
    if version is not None:
        assert views.package_of(version) == f"didww.{folder}"


@pytest.mark.parametrize(
    ("text", "valid"),
    [("2026-04-16", True), ("2027-01-01-beta", False), ("2026-4-16", False), ("", False)],
)
def test_api_versions_are_dates(text: str, valid: bool) -> None:
    assert m.is_api_version(text) is valid
