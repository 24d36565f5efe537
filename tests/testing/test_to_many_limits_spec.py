"""The spec's ``max_items`` and ``unique_items`` on a to-many relationship: loaded, checked by the
loader (naming file and line), carried into the catalog (``RelationshipInfo``) and the generated
model, and diffed; and the real trees state them exactly where the documents do."""

from __future__ import annotations

from pathlib import Path

import pytest

from didww._catalog import RelationshipInfo
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import Comparison, changelog
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit, _line

WIDGETS = "resources/widgets.yaml"
PARTS = "  parts:\n    to: many\n    target: gadgets\n    access: create_only\n"
"""The golden widgets' to-many relationship, up to where the limits go."""
LIMITS = "    max_items: 3\n    unique_items: true\n"


def _limited(tmp_path: Path, limits: str = LIMITS) -> tuple[Path, str]:
    root = _copy_spec(tmp_path)
    return root, _edit(root, WIDGETS, PARTS, PARTS + limits)


def test_the_limits_reach_the_catalog_and_the_model(tmp_path: Path) -> None:
    root, _ = _limited(tmp_path)
    spec = load_spec(root)
    widgets = spec.resource("widgets")
    assert widgets is not None
    (parts,) = [r for r in widgets.relationships if r.name == "parts"]
    assert (parts.max_items, parts.unique_items) == (3, True)
    files = render(spec)
    assert "max_items=3," in files["catalog.py"] and "unique_items=True" in files["catalog.py"]
    model = next(text for path, text in files.items() if path.endswith("widgets.py"))
    assert "        max_items=3,\n" in model
    assert "Takes at most 3 members, each once: the SDK refuses a list given outside" in model


def test_the_real_trees_state_them_where_the_documents_do() -> None:
    files = RESOURCES_1022["proofs"].relationship("files")
    assert files == RelationshipInfo(
        "files",
        True,
        ("encrypted_files",),
        "create_only",
        write_only=True,
        required=True,
        min_items=1,
        max_items=5,
        unique_items=True,
        ids="file_ids",
    )
    documents = RESOURCES_1022["permanent_supporting_documents"].relationship("files")
    assert documents is not None and documents.max_items == 5 and documents.unique_items
    dids = RESOURCES_1022["address_verifications"].relationship("dids")
    assert dids is not None and dids.unique_items and dids.max_items is None
    # 2026-04-16 states neither anywhere.
    assert all(
        rel.max_items is None and not rel.unique_items
        for info in RESOURCES_0416.values()
        for rel in info.relationships
    )


@pytest.mark.parametrize(
    ("limits", "line_of", "message"),
    [
        (
            "    max_items: 0\n",
            "max_items: 0",
            "relationship 'parts': max_items must be at least 1",
        ),
        ("    max_items: three\n", "max_items: three", "relationship 'parts': 'max_items' must"),
        ("    max_items: true\n", "max_items: true", "relationship 'parts': 'max_items' must"),
        ("    unique_items: 1\n", "unique_items: 1", "relationship 'parts': 'unique_items' must"),
    ],
)
def test_the_loader_refuses_a_bad_limit(
    tmp_path: Path, limits: str, line_of: str, message: str
) -> None:
    root, text = _limited(tmp_path, limits)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert info.value.path == root / WIDGETS
    assert info.value.line == _line(text, line_of)
    assert info.value.message.startswith(message), info.value.message


@pytest.mark.parametrize("key", ["max_items: 2", "unique_items: true"])
def test_the_loader_refuses_a_limit_on_a_to_one(tmp_path: Path, key: str) -> None:
    root = _copy_spec(tmp_path)
    old = "    target: gadgets\n    access: writable\n    exclusive_with: [account]\n"
    text = _edit(root, WIDGETS, old, old + f"    {key}\n")
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert info.value.line == _line(text, key)
    assert "is for a to-many relationship" in info.value.message


def test_the_diff_reports_the_limits(tmp_path: Path) -> None:
    plain = load_spec(_copy_spec(tmp_path / "plain"))
    limited = load_spec(_limited(tmp_path / "limited")[0])
    forward = changelog(plain, limited)
    assert "- **BREAKING**: widgets.parts: members no limit -> at most 3" in forward
    assert "- **BREAKING**: widgets.parts: a member sent twice is refused" in forward
    back = changelog(limited, plain)
    assert "- widgets.parts: members at most 3 -> no limit" in back
    assert "- widgets.parts: members may repeat" in back
    assert not Comparison(limited, plain).breaking
    higher = load_spec(
        _limited(tmp_path / "higher", "    max_items: 4\n    unique_items: true\n")[0]
    )
    assert not Comparison(limited, higher).breaking
    assert Comparison(higher, limited).breaking
