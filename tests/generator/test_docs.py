"""The reference pages and diagrams ``render_docs()`` writes to ``docs/reference/``.

The golden spec renders exactly to ``golden/expected_docs/`` (refresh it with
``python -m tests.generator.refresh_golden`` after an intended change); the real spec renders to
pages whose links, diagrams, navigation and method signatures are checked against what exists.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from itertools import combinations
from pathlib import Path

import pytest
import yaml

from generator import diagrams
from generator import model as m
from generator.docs import (
    DOCS_OUTPUT,
    HEADER_TEXT,
    PAGE_SUFFIX,
    DocsError,
    _signatures,
    render_docs,
)
from generator.loader import SpecError, load_spec, load_versions
from generator.views import repository_view
from tests.generator.refresh_golden import (
    EXPECTED_DOCS,
    GOLDEN_SPEC,
    SUFFIX,
    read_expected,
    render_golden_docs,
)

REPO = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture(scope="module")
def golden() -> dict[str, str]:
    return render_golden_docs()


@pytest.fixture(scope="module")
def real_specs() -> list[m.Spec]:
    specs, default = load_versions(REPO / "spec")
    return sorted(specs, key=lambda s: s.api.version != default)


@pytest.fixture(scope="module")
def real_spec(real_specs: list[m.Spec]) -> m.Spec:
    return real_specs[0]


@pytest.fixture(scope="module")
def real(real_specs: list[m.Spec]) -> dict[str, str]:
    return render_docs([(s.api.version, s) for s in real_specs])


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


# --- golden ---------------------------------------------------------------------------------------


def test_golden_docs_have_the_expected_files(golden: dict[str, str]) -> None:
    assert sorted(golden) == sorted(read_expected(EXPECTED_DOCS))
    assert sorted(golden) == [
        "2030-01-02/account/index.md",
        "2030-01-02/diagrams/account.svg",
        "2030-01-02/diagrams/all.svg",
        "2030-01-02/diagrams/resources/accounts.svg",
        "2030-01-02/diagrams/resources/gadgets.svg",
        "2030-01-02/diagrams/resources/widgets.svg",
        "2030-01-02/diagrams/workshop.svg",
        "2030-01-02/enums.md",
        "2030-01-02/index.md",
        "2030-01-02/objects.md",
        "2030-01-02/resources/accounts.md",
        "2030-01-02/resources/gadgets.md",
        "2030-01-02/resources/widgets.md",
        "2030-01-02/workshop/index.md",
        "index.md",
        "nav.yml",
    ]


@pytest.mark.parametrize("rel", sorted(read_expected(EXPECTED_DOCS)))
def test_golden_docs_match_byte_for_byte(rel: str, golden: dict[str, str]) -> None:
    expected = (EXPECTED_DOCS / (rel + SUFFIX)).read_bytes()
    if golden[rel].encode("utf-8") != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.decode("utf-8").splitlines(keepends=True),
                golden[rel].splitlines(keepends=True),
                fromfile=f"expected_docs/{rel}",
                tofile=f"rendered/{rel}",
            )
        )
        pytest.fail(
            f"{rel} differs from golden/expected_docs (run `python -m tests.generator."
            f"refresh_golden` if the change is intended):\n{diff}"
        )


def test_docs_do_not_depend_on_the_hash_seed_or_the_spec_location(
    golden: dict[str, str], tmp_path: Path
) -> None:
    script = (
        "import json, sys\n"
        "from tests.generator.refresh_golden import render_golden_docs\n"
        "json.dump(render_golden_docs(), sys.stdout)\n"
    )
    for seed in ("0", "4242"):
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=REPO,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        assert json.loads(result.stdout) == golden
    copy = tmp_path / "elsewhere"
    shutil.copytree(GOLDEN_SPEC, copy)
    spec = load_spec(copy)
    assert render_docs([(spec.api.version, spec)]) == golden


def test_golden_pages_show_the_spec_features(golden: dict[str, str]) -> None:
    """Spot checks, so a broken golden tree cannot be refreshed into place unnoticed."""
    widgets = golden["2030-01-02/resources/widgets.md"]
    assert "# Widget\n" in widgets
    assert "| `price` | `Decimal` | yes | read-only |" in widgets
    assert "[`Priority`](../enums.md#Priority)" in widgets
    assert "list of [`Priority`](enums.md#Priority)" in golden["2030-01-02/objects.md"]
    assert "Setting it clears `gadget`." in widgets
    assert "Polymorphic: the target's type tells which." in widgets
    assert "Sent by the SDK, never returned by the API." in widgets
    assert "Sensitive: `repr()` and logs show `[FILTERED]`." in widgets
    assert "| `parts_count` | `int` | no |" in widgets
    assert "`client.widgets.list(params)`<br>`await client.widgets.list(params)`" in widgets
    assert "async def list(self, params: QueryParams | None = None)" in widgets
    assert "- Filters: `name`, `color`, `delivery.type`." in widgets
    accounts = golden["2030-01-02/resources/accounts.md"]
    assert "`client.account.find()`<br>`await client.account.find()`" in accounts
    assert "A singleton: `find()` takes no id." in accounts
    gadgets = golden["2030-01-02/resources/gadgets.md"]
    assert "Public: its requests carry no `Api-Key`." in gadgets
    assert "- The list is answered whole: one answer holds every match, without pages." in gadgets
    assert "| `GET /catalog/gadgets`, once | yes |" in gadgets
    assert (
        "- `list`: Every Gadget matching the query, in one answer; `page()` is refused." in gadgets
    )
    walk = "Generator[Gadget, None, None]"
    assert f"def iter(self, params: QueryParams | None = None) -> {walk}: ..." in gadgets
    assert "answered whole" not in widgets and "`GET /widgets`, each page" in widgets
    objects = golden["2030-01-02/objects.md"]
    assert "When `relay` is set and is `True`, it also sets `host` to `None`" in objects
    assert "| any other | `GenericDelivery`" in objects
    assert "Read-only: the API never accepts it from clients" in objects
    assert "| `DARK_GREEN` | `'dark-green'` |" in golden["2030-01-02/enums.md"]
    assert "| `HIGH` | `10` |" in golden["2030-01-02/enums.md"]
    assert '<g class="resource focus" data-resource="widgets">' in (
        golden["2030-01-02/diagrams/resources/widgets.svg"]
    )


# --- every file -----------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["golden", "real"])
def test_every_file_has_one_header_line(which: str, request: pytest.FixtureRequest) -> None:
    files: dict[str, str] = request.getfixturevalue(which)
    for rel, text in files.items():
        first = text.split("\n", 1)[0]
        if rel.endswith(".yml"):
            assert first == f"# {HEADER_TEXT}", rel
        else:
            assert first == f"<!-- {HEADER_TEXT} -->", rel
        assert text.count(HEADER_TEXT) == 1, rel
        assert text.endswith("\n") and not text.endswith("\n\n"), rel
        assert "\t" not in text and " \n" not in text, rel


def _resolve(rel: str, target: str) -> str:
    """``target`` as linked from ``rel``, relative to the folder of the rendered files."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(rel), target.split("#", 1)[0]))


@pytest.mark.parametrize("which", ["golden", "real"])
def test_every_link_reaches_a_page_or_an_anchor(which: str, request: pytest.FixtureRequest) -> None:
    files: dict[str, str] = request.getfixturevalue(which)
    docs = REPO / "docs"
    for rel, text in files.items():
        if not rel.endswith(".md"):
            continue
        for target in LINK.findall(text):
            if target.startswith("#"):
                assert f"{{ {target} }}" in text, f"{rel}: no anchor {target}"
                continue
            resolved = _resolve(rel, target)
            outside = (docs / DOCS_OUTPUT.name / resolved).resolve()
            assert resolved in files or outside.is_file(), f"{rel}: broken link {target}"
            if "#" in target and resolved in files:
                anchor = target.split("#", 1)[1]
                assert f"{{ #{anchor} }}" in files[resolved], f"{rel}: no anchor {target}"


@pytest.mark.parametrize("which", ["golden", "real"])
def test_diagrams_are_svg_with_a_linked_box_per_resource(
    which: str, request: pytest.FixtureRequest
) -> None:
    files: dict[str, str] = request.getfixturevalue(which)
    svgs = {rel: text for rel, text in files.items() if rel.endswith(".svg")}
    assert svgs
    for rel, text in svgs.items():
        root = ET.fromstring(text)
        assert root.tag == f"{SVG}svg"
        width, height = float(root.attrib["width"]), float(root.attrib["height"])
        assert root.attrib["viewBox"] == f"0 0 {root.attrib['width']} {root.attrib['height']}"
        boxes = [g for g in root.iter(f"{SVG}g") if "resource" in g.attrib.get("class", "").split()]
        assert boxes, rel
        rects = []
        for box in boxes:
            anchor = box.find(f"{SVG}a")
            assert anchor is not None, rel
            page = _resolve(rel, anchor.attrib["href"])
            assert page.endswith(PAGE_SUFFIX), page
            assert page.removesuffix(PAGE_SUFFIX) + ".md" in files, f"{rel}: {page}"
            rect = anchor.find(f"{SVG}rect")
            assert rect is not None
            x, y = float(rect.attrib["x"]), float(rect.attrib["y"])
            w, h = float(rect.attrib["width"]), float(rect.attrib["height"])
            assert 0 < x < x + w < width and 0 < y < y + h < height, (rel, box.attrib)
            rects.append((x, y, w, h))
        for a, b in combinations(rects, 2):
            assert diagrams._overlap(a, b) == 0, f"{rel}: boxes overlap: {a} {b}"


def test_diagram_positions_do_not_depend_on_how_python_adds_floats() -> None:
    # Ten 0.1s: sum() makes 0.9999999999999999 before Python 3.12 and 1.0 from 3.12 on, which
    # moved a box centre from 522.8 to 522.9 in a committed diagram. The mean must be the correctly
    # rounded one on every version.
    assert diagrams.mean([0.1] * 10) == 0.1
    assert diagrams.mean([1e16, 1.0, -1e16]) == 1.0 / 3


# --- the real spec ------------------------------------------------------------------------------


def test_real_docs_cover_every_resource_and_area(real_spec: m.Spec, real: dict[str, str]) -> None:
    version = real_spec.api.version
    for resource in real_spec.resources:
        assert f"{version}/resources/{resource.type}.md" in real
        assert f"{version}/diagrams/resources/{resource.type}.svg" in real
    for area in real_spec.subject_areas:
        slug = area.slug
        assert f"{version}/{slug}/index.md" in real
        assert f"{version}/diagrams/{slug}.svg" in real
    drawn = re.findall(r'data-resource="([a-z_]+)"', real[f"{version}/diagrams/all.svg"])
    assert sorted(drawn) == sorted(r.type for r in real_spec.resources)


def test_nav_lists_every_reference_page_once(real: dict[str, str]) -> None:
    nav = yaml.safe_load(real["nav.yml"])
    paths: list[str] = []

    def walk(items: object) -> None:
        if isinstance(items, list):
            for item in items:
                walk(item)
        elif isinstance(items, dict):
            for value in items.values():
                walk(value)
        else:
            assert isinstance(items, str)
            paths.append(items)

    walk(nav)
    pages = sorted(f"{DOCS_OUTPUT.name}/{rel}" for rel in real if rel.endswith(".md"))
    assert sorted(paths) == pages


def test_signatures_are_those_of_the_generated_repositories(real_spec: m.Spec) -> None:
    """The pages show each repository method exactly as the generated package defines it."""
    for resource in real_spec.resources:
        if not resource.operations:
            continue
        module = importlib.import_module(f"didww.v2026_04_16.repositories.{resource.type}")
        view = repository_view(resource)
        for flavour, prefix in (("sync", ""), ("async", "Async")):
            cls = getattr(module, f"{prefix}{resource.class_name}Repository")
            for line in _signatures(view, flavour):
                match = re.match(r"(async )?def (\w+)(\(.*\)) -> (.*): \.\.\.$", line)
                assert match, line
                is_async, name, params, returns = match.groups()
                method = getattr(cls, name)
                assert inspect.iscoroutinefunction(method) == bool(is_async), (cls, name)
                shown = f"{params} -> {returns}"
                actual = str(inspect.signature(method)).replace("'", "")
                assert shown == actual, (cls.__name__, name)
            defined = {
                n for n, v in vars(cls).items() if inspect.isfunction(v) and not n.startswith("_")
            }
            listed = {re.search(r"def (\w+)", s).group(1) for s in _signatures(view, flavour)}  # type: ignore[union-attr]
            assert listed == defined, (cls.__name__, defined - listed)


def test_committed_reference_is_what_the_spec_renders(real: dict[str, str]) -> None:
    folder = REPO / DOCS_OUTPUT
    committed = {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
    assert committed == real, "docs/reference is out of date: run `make generate`"


# --- versions side by side ----------------------------------------------------------------------


def test_two_versions_side_by_side(tmp_path: Path) -> None:
    newer = tmp_path / "newer"
    shutil.copytree(GOLDEN_SPEC, newer)
    _edit(newer / "api.yaml", '"2030-01-02"', '"2031-05-06"')
    account = "account:\n  title: Account\n  description: Who owns the widgets.\n"
    _edit(newer / "subject_areas.yaml", account + "  resources:\n  - accounts\n", "")
    _edit(newer / "subject_areas.yaml", "  - gadgets\n", "  - gadgets\n  - accounts\n")
    old, new = load_spec(GOLDEN_SPEC), load_spec(newer)
    files = render_docs([("2031-05-06", new), ("2030-01-02", old)])
    assert "2031-05-06/resources/widgets.md" in files
    assert "2030-01-02/resources/widgets.md" in files
    assert "2031-05-06/account/index.md" not in files  # each version has its own areas
    assert "2030-01-02/account/index.md" in files
    index = files["index.md"]
    assert "[`2031-05-06`](2031-05-06/index.md) | 3 | the default" in index
    assert "[`2030-01-02`](2030-01-02/index.md) | 3 |  |" in index
    assert "API version `2031-05-06` (the default)." in files["2031-05-06/resources/widgets.md"]
    assert "API version `2030-01-02`." in files["2030-01-02/resources/widgets.md"]
    assert "(../../2030-01-02/resources/widgets.md)" in files["2031-05-06/resources/widgets.md"]
    # Code reaches the default version's classes through didww, any other through its package.
    assert "model class `didww.Widget`" in files["2031-05-06/resources/widgets.md"]
    older = files["2030-01-02/resources/widgets.md"]
    assert "model class `didww.v2030_01_02.Widget`" in older
    assert "of didww.v2030_01_02.AsyncClient" in older
    assert "a class in `didww.v2030_01_02.enums`" in files["2030-01-02/enums.md"]
    # Each version's clients send the version header, the default's and any other's.
    assert "`didww.Client()` and `didww.AsyncClient()` send it as `X-DIDWW-API-Version`" in (
        files["2031-05-06/index.md"]
    )
    assert "`didww.v2030_01_02.Client()` and `didww.v2030_01_02.AsyncClient()` send it" in (
        files["2030-01-02/index.md"]
    )
    nav = yaml.safe_load(files["nav.yml"])
    assert [next(iter(e)) for e in nav[1:]] == ["2031-05-06 (default)", "2030-01-02"]


def test_pages_follow_the_versions_auth_and_version_header(tmp_path: Path) -> None:
    """With bearer tokens a public resource goes without a token (there is no Api-Key to leave
    out), and a version without ``version_header`` is not said to send one."""
    bearer = tmp_path / "bearer"
    shutil.copytree(GOLDEN_SPEC, bearer)
    _edit(
        bearer / "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\nauth: bearer\nversion_header: false\ntoken_urls:\n"
        "  sandbox: https://auth-sandbox.example.test/token\n"
        "  production: https://auth.example.test/token\n",
    )
    files = render_docs([("2030-01-02", load_spec(bearer))])
    gadgets = files["2030-01-02/resources/gadgets.md"]
    assert "- Public: its requests carry no bearer token." in gadgets
    assert "Api-Key" not in "".join(files.values())
    assert "X-DIDWW-API-Version" not in files["2030-01-02/index.md"]


def test_versions_that_cannot_be_documented_side_by_side() -> None:
    spec = load_spec(GOLDEN_SPEC)
    with pytest.raises(DocsError, match="named twice"):
        render_docs([("v1", spec), ("v1", spec)])
    with pytest.raises(DocsError, match="no API version"):
        render_docs([])
    with pytest.raises(DocsError, match="cannot be a folder name"):
        render_docs([("../v1", spec)])


def test_an_area_named_like_a_page_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "spec"
    shutil.copytree(GOLDEN_SPEC, root)
    _edit(root / "subject_areas.yaml", "account:\n", "enums:\n")
    with pytest.raises(SpecError, match="'enums' clashes with a page name") as info:
        load_spec(root)
    assert info.value.path == root / "subject_areas.yaml"


# --- subject areas in the spec ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "account:\n  title: Account\n  description: Who owns the widgets.\n  resources:\n"
            "  - accounts\n",
            "",
            "resources in no subject area: 'accounts' (add each to one)",
        ),
        ("  - accounts\n", "  - accounts\n  - ghosts\n", "subject area 'account': no resource"),
        ("  - accounts\n", "  - accounts\n  - widgets\n", "resource 'widgets' is in subject"),
        ("  title: Account\n", "", "subject area 'account': missing 'title'"),
        ("  title: Account\n", "  title: Account\n  colour: red\n", "subject area 'account': unk"),
    ],
)
def test_subject_area_mistakes_are_spec_errors(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    root = tmp_path / "spec"
    shutil.copytree(GOLDEN_SPEC, root)
    _edit(root / "subject_areas.yaml", old, new)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert info.value.path == root / "subject_areas.yaml"
    assert info.value.message.startswith(message), info.value.message


def test_every_real_resource_is_in_one_subject_area(real_spec: m.Spec) -> None:
    """The loader enforces it; this names the areas the docs are expected to show."""
    assert [a.name for a in real_spec.subject_areas] == [
        "numbers_and_routing",
        "regulation",
        "capacity",
        "files",
    ]
    listed = [t for a in real_spec.subject_areas for t in a.resources]
    assert sorted(listed) == sorted(r.type for r in real_spec.resources)


# --- the layout ---------------------------------------------------------------------------------


def test_layout_draws_links_both_ways_loops_and_loose_boxes() -> None:
    def box(key: str) -> diagrams.Box:
        return diagrams.Box(key, key, key.title(), f"{key}.html")

    view = diagrams.layout(
        "t",
        "d",
        [box("a"), box("b"), box("c"), box("lonely")],
        [
            diagrams.Link("a", "b", "b", False),
            diagrams.Link("b", "a", "many_a", True),
            diagrams.Link("b", "c", "c", False),
            diagrams.Link("c", "c", "self", True),
        ],
    )
    edges = {e.label: e for e in view.edges}
    assert set(edges) == {"b / many_a", "c", "self"}
    assert (edges["b / many_a"].marker_start, edges["b / many_a"].marker_end) == ("many", "one")
    assert edges["self"].marker_end == "many"
    boxes = {b.key: b for b in view.boxes}
    assert float(boxes["lonely"].y) > max(float(boxes[k].y) for k in "abc")
    again = diagrams.layout(
        "t",
        "d",
        [box("lonely"), box("c"), box("b"), box("a")],
        [
            diagrams.Link("c", "c", "self", True),
            diagrams.Link("b", "c", "c", False),
            diagrams.Link("b", "a", "many_a", True),
            diagrams.Link("a", "b", "b", False),
        ],
    )
    assert again == view, "the order of the input must not matter"


def test_layout_refuses_unknown_boxes() -> None:
    with pytest.raises(ValueError, match="not drawn"):
        diagrams.layout("t", "d", [], [diagrams.Link("a", "b", "b", False)])
