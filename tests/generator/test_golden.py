"""Golden tests: the small spec in ``golden/spec/`` renders exactly to ``golden/expected/``.

The expected tree holds every file ``generator.render.render()`` produces for the golden spec, each
stored as ``<path>.expected`` (so ruff, black and pytest leave it alone). After an intended change
to the templates or views, regenerate it from the project root and review the diff::

    python -m tests.generator.refresh_golden
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import model as m
from generator.loader import load_spec
from generator.render import render
from generator.views import HEADER
from tests.generator.refresh_golden import (
    EXPECTED,
    GOLDEN_SPEC,
    SUFFIX,
    read_expected,
    render_golden,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def rendered() -> dict[str, str]:
    return render_golden()


@pytest.fixture(scope="module")
def golden_spec() -> m.Spec:
    return load_spec(GOLDEN_SPEC)


def _leaf_kinds(ref: m.TypeRef) -> set[str]:
    kinds = {ref.kind}
    if ref.item is not None:
        kinds |= _leaf_kinds(ref.item)
    return kinds


def test_expected_tree_has_the_same_files(rendered: dict[str, str]) -> None:
    expected = read_expected()
    assert sorted(expected) == sorted(rendered)
    assert sorted(rendered) == [
        "__init__.py",
        "_registry.py",
        "api.py",
        "catalog.py",
        "clients.py",
        "enums.py",
        "models/__init__.py",
        "models/accounts.py",
        "models/gadgets.py",
        "models/widgets.py",
        "objects.py",
        "repositories/__init__.py",
        "repositories/accounts.py",
        "repositories/gadgets.py",
        "repositories/widgets.py",
    ]
    stray = [p for p in EXPECTED.rglob("*") if p.is_file() and not p.name.endswith(SUFFIX)]
    assert stray == []


@pytest.mark.parametrize("rel", sorted(read_expected()))
def test_rendered_file_matches_expected_byte_for_byte(rel: str, rendered: dict[str, str]) -> None:
    assert rel in rendered, f"golden/expected/{rel}{SUFFIX} is no longer rendered"
    expected = (EXPECTED / (rel + SUFFIX)).read_bytes()
    actual = rendered[rel].encode("utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.decode("utf-8").splitlines(keepends=True),
                rendered[rel].splitlines(keepends=True),
                fromfile=f"expected/{rel}",
                tofile=f"rendered/{rel}",
            )
        )
        pytest.fail(
            f"{rel} differs from golden/expected (run `python -m tests.generator.refresh_golden` "
            f"if the change is intended):\n{diff}"
        )


def test_rendering_is_deterministic(rendered: dict[str, str]) -> None:
    again = render(load_spec(GOLDEN_SPEC))
    assert list(again) == list(rendered)
    assert again == rendered


def test_rendering_does_not_depend_on_the_hash_seed(rendered: dict[str, str]) -> None:
    """Set iteration order varies with PYTHONHASHSEED; the output must not."""
    script = (
        "import json, sys\n"
        "from tests.generator.refresh_golden import render_golden\n"
        "json.dump(render_golden(), sys.stdout)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env={**os.environ, "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(result.stdout) == rendered


def test_rendering_does_not_depend_on_the_spec_location(
    tmp_path: Path, rendered: dict[str, str]
) -> None:
    copy = tmp_path / "elsewhere"
    shutil.copytree(GOLDEN_SPEC, copy)
    assert render(load_spec(copy)) == rendered


def test_every_file_starts_with_the_header(rendered: dict[str, str]) -> None:
    assert HEADER.startswith("# Generated from spec/")
    for rel, text in rendered.items():
        assert text.split("\n", 1)[0] == HEADER, rel
        assert text.count(HEADER) == 1, rel
        assert text.endswith("\n") and not text.endswith("\n\n"), rel


def test_every_file_is_valid_python(rendered: dict[str, str]) -> None:
    for rel, text in rendered.items():
        compile(text, rel, "exec")


def test_golden_spec_exercises_every_feature(golden_spec: m.Spec) -> None:
    """Guards the golden spec itself: dropping a feature from it would silently shrink coverage."""
    types = [a.type for r in golden_spec.resources for a in r.attributes]
    types += [a.type for o in golden_spec.objects for a in o.attributes]
    kinds = set().union(*(_leaf_kinds(t) for t in types))
    assert set(m.SCALARS) | {"enum", "list", "union"} <= kinds
    enum_kinds = {e.name: e.kind for e in golden_spec.enums}
    used_enums = {
        ref.name for t in types for ref in [t, t.item] if ref is not None and ref.kind == "enum"
    }
    assert {enum_kinds[name] for name in used_enums} == {"string", "integer"}
    assert any(u.fallback for u in golden_spec.unions)
    rules = [rule for o in golden_spec.objects for rule in o.rules]
    assert {rule.equals for rule in rules} == {True, False}
    assert any(o.read_only for o in golden_spec.objects)
    rels = [rel for r in golden_spec.resources for rel in r.relationships]
    assert any(rel.to_many for rel in rels) and any(not rel.to_many for rel in rels)
    assert any(rel.exclusive_with for rel in rels)
    assert any(len(rel.targets) > 1 for rel in rels)
    assert any(r.singleton for r in golden_spec.resources)
    assert any(r.public for r in golden_spec.resources)
    assert any(r.meta for r in golden_spec.resources)
    assert any(r.path != "/" + r.type for r in golden_spec.resources)
    listable = [r for r in golden_spec.resources if "list" in r.operations]
    assert any(r.whole for r in listable) and any(not r.whole for r in listable)


def test_expected_output_shows_the_spec_features(rendered: dict[str, str]) -> None:
    """Spot checks, so a broken golden tree cannot be refreshed into place unnoticed."""
    widgets = rendered["models/widgets.py"]
    assert 'TYPE = "widgets"' in widgets
    assert (
        "price: ReadOnlyAttribute[Decimal | None] = ReadOnlyAttribute(\n        DECIMAL," in widgets
    )
    assert (
        "priority: Attribute[Priority] = Attribute(\n        EnumCodec(Priority, int)," in widgets
    )
    assert "color: Attribute[Color | None] = Attribute(\n        EnumCodec(Color, str)," in widgets
    assert "settings: Attribute[dict[str, Any]] = Attribute(\n        JSON_OBJECT," in widgets
    assert "starts_on: CreateOnlyAttribute[dt.date] = CreateOnlyAttribute(" in widgets
    assert "        sensitive=True,\n" in widgets
    assert 'exclusive_with=("gadget",)' in widgets
    assert "owner: CreateOnlyToOne[Account | Gadget]" in widgets
    assert "peers: ReadOnlyToMany[Widget] = ReadOnlyToMany(" in widgets
    assert "owner_id: str" not in widgets  # no id parameter for a polymorphic to-one
    assert "part_ids: ToManyIds[Gadget] = ToManyIds(\n        parts," in widgets
    assert "`parts_count`: How many parts the widget has." in widgets
    objects = rendered["objects.py"]
    assert '("relay", True, True, {"host": None, "port": None}),' in objects
    assert '("host", False, None, {"relay": False}),' in objects
    assert "class GenericDelivery(GenericNestedObject):" in objects
    assert "GenericDelivery._fallback," in objects
    assert "READ_ONLY = True" in objects
    assert "_public = True" in rendered["repositories/gadgets.py"]
    assert "_public = True" not in rendered["repositories/widgets.py"]
    gadgets, widgets_repository = (
        rendered["repositories/gadgets.py"],
        rendered["repositories/widgets.py"],
    )
    # An answered-whole list: no page size to choose, and the docstrings say why.
    assert '_listing = "whole"' in gadgets and "_listing" not in widgets_repository
    assert (
        "def iter(self, params: QueryParams | None = None) -> Generator[Gadget, None, None]:"
        in gadgets
    )
    assert "return self._iter(params, page_size=None)" in gadgets
    assert "page_size" not in gadgets.replace("page_size=None", "")
    words = " ".join(gadgets.split())
    assert "The list is answered whole: one answer holds every match, without pages." in words
    assert "A query with `page()` is refused." in words
    assert "page_size: int = 100," in widgets_repository
    assert 'listing="whole",' in rendered["catalog.py"]
    assert rendered["catalog.py"].count("listing=") == 1
    accounts = rendered["repositories/accounts.py"]
    assert "def find(self, params: QueryParams | None = None) -> Account:" in accounts
    assert "def account(self) -> AccountRepository:" in rendered["clients.py"]
    assert 'API_VERSION = "2030-01-02"' in rendered["api.py"]


# Regression tests for generator bugs found while writing this suite (all fixed).


def _render_modified(tmp_path: Path, rel: str, old: str, new: str) -> dict[str, str]:
    root = tmp_path / "spec"
    shutil.copytree(GOLDEN_SPEC, root)
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    return render(load_spec(root))


def test_object_type_attribute_has_a_codec(tmp_path: Path) -> None:
    # A model refers to `<NAME>_CODEC` in objects.py, so every object must define one.
    files = _render_modified(
        tmp_path,
        "resources/gadgets.yaml",
        "  sizes:\n",
        "  hook:\n    type: object[HookDelivery]\n    description: A hook.\n  sizes:\n",
    )
    assert "HOOK_DELIVERY_CODEC" in files["models/gadgets.py"]
    assert "HOOK_DELIVERY_CODEC =" in files["objects.py"]


def test_json_attribute_in_an_object_imports_any(tmp_path: Path) -> None:
    files = _render_modified(
        tmp_path,
        "objects.yaml",
        "      since:\n",
        "      extra:\n        type: json\n        description: Extra.\n      since:\n",
    )
    assert "dict[str, Any]" in files["objects.py"]
    assert "from typing import Any" in files["objects.py"]


def test_objects_without_enum_references_render(tmp_path: Path) -> None:
    root = tmp_path / "spec"
    shutil.copytree(GOLDEN_SPEC, root)
    objects = root / "objects.yaml"
    text = objects.read_text(encoding="utf-8")
    text = text.replace("type: enum[Transport]", "type: string")
    text = text.replace("type: list[enum[Priority]]", "type: list[string]")
    objects.write_text(text, encoding="utf-8")
    files = render(load_spec(root))
    assert "from didww.v2030_01_02.enums" not in files["objects.py"]
