"""The ``default`` key of an attribute: the value the API takes when a create leaves the attribute
out, as the API's document states it. Loaded into ``m.Default``, rendered into the catalog
(``AttributeInfo.default``), the model docstring and the reference page, and each mistake refused
with a SpecError naming the file, the line and the problem.

Each case copies the golden spec and gives some of the widgets' attributes a ``default``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from didww._catalog import ResourceInfo
from didww._types import NOT_GIVEN
from generator import model as m
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit, _line

WIDGETS = "resources/widgets.yaml"

# One anchor per attribute of the golden widgets: the line a default goes after.
ENABLED = "    description: Whether the widget is on.\n"
NAME = "    description: Display name.\n"
PRICE = "    description: Monthly price, or null.\n"
STARTS_ON = "    description: First day of service.\n"
CREATED_AT = "    description: Time the widget was created.\n"
SETTINGS = "    description: Free-form settings.\n"
TEMPLATE = "    description: A template the API sends as a string or as an object.\n"
COLOR = "    description: Paint, or null.\n"
PRIORITY = "    description: Handling priority.\n"
TAGS = "    description: Labels.\n"
SECRET = "    description: A secret sent once.\n"
DELIVERY = "    description: Delivery settings.\n"
# Writable attributes of types the golden widgets only have read-only, added where needed.
EXTRA = (
    "  retries:\n    type: integer\n    access: writable\n    description: Attempts.\n"
    "  due_at:\n    type: datetime\n    access: writable\n    description: Deadline.\n"
    "  fee:\n    type: decimal\n    access: writable\n    description: Fee.\n"
)
ADD_EXTRA = (WIDGETS, "  tags:\n", EXTRA + "  tags:\n")

# Every kind of default the loader accepts, one per attribute.
GOOD: tuple[tuple[str, str], ...] = (
    (ENABLED, "    default: true\n"),
    (NAME, "    default: Unnamed\n"),
    (STARTS_ON, "    default: '2030-01-02'\n"),
    (SETTINGS, "    default: {mode: quiet, levels: [1, 2]}\n"),
    (TEMPLATE, "    default: [any, 1, null]\n"),
    (COLOR, "    default: null\n"),
    (PRIORITY, "    default: 10\n"),
    (TAGS, "    default: []\n"),
    (SECRET, "    default: ''\n"),
)
GOOD_EXTRA: tuple[tuple[str, str], ...] = (
    ("    description: Attempts.\n", "    default: 3\n"),
    ("    description: Deadline.\n", "    default: '2030-01-02T10:00:00Z'\n"),
    ("    description: Fee.\n", "    default: '0.50'\n"),
)
EXPECTED: dict[str, object] = {
    "enabled": True,
    "name": "Unnamed",
    "starts_on": "2030-01-02",
    "settings": {"mode": "quiet", "levels": [1, 2]},
    "template": ["any", 1, None],
    "color": None,
    "priority": 10,
    "tags": [],
    "secret": "",
    "retries": 3,
    "due_at": "2030-01-02T10:00:00Z",
    "fee": "0.50",
}


def _with_defaults(
    tmp_path: Path, defaults: tuple[tuple[str, str], ...], *edits: tuple[str, str, str]
) -> tuple[Path, str]:
    """A golden copy with further (file, old, new) edits, then each (anchor, default line) of
    the widgets applied; returns the tree and the text of the file edited last."""
    root = _copy_spec(tmp_path)
    text = ""
    for file, old, new in edits:
        text = _edit(root, file, old, new)
    for anchor, line in defaults:
        text = _edit(root, WIDGETS, anchor, anchor + line)
    return root, text


def _widgets(spec: m.Spec) -> m.Resource:
    widgets = spec.resource("widgets")
    assert widgets is not None
    return widgets


def test_every_kind_of_default_loads_as_plain_json(tmp_path: Path) -> None:
    root, _ = _with_defaults(tmp_path, GOOD + GOOD_EXTRA, ADD_EXTRA)
    widgets = _widgets(load_spec(root))
    loaded = {a.name: a.default for a in widgets.attributes}
    for name, value in EXPECTED.items():
        default = loaded[name]
        assert default is not None and default.value == value, name
        # Plain types, not ruamel's round-trip subclasses: repr() must be a Python literal.
        assert type(default.value) in (bool, int, str, list, dict, type(None)), name
    assert type(loaded["settings"].value["levels"]) is list  # type: ignore[index,union-attr]
    # "States no default" (None) and "the default is null" (Default(None)) stay apart.
    assert loaded["color"] == m.Default(None) and loaded["delivery"] is None
    assert {n for n, d in loaded.items() if d is not None} == set(EXPECTED)


def test_the_catalog_carries_the_default_and_no_default_stays_apart_from_null(
    tmp_path: Path,
) -> None:
    root, _ = _with_defaults(tmp_path, GOOD + GOOD_EXTRA, ADD_EXTRA)
    source = render(load_spec(root))["catalog.py"]
    assert "default=True" in source and "default=None" in source
    namespace: dict[str, object] = {}
    exec(compile(source, "catalog.py", "exec"), namespace)  # the generated module, as imported
    resources = namespace["RESOURCES"]
    assert isinstance(resources, dict)
    widgets = resources["widgets"]
    assert isinstance(widgets, ResourceInfo)
    for name, value in EXPECTED.items():
        info = widgets.attribute(name)
        assert info is not None and info.has_default and info.default == value, name
    color, delivery = widgets.attribute("color"), widgets.attribute("delivery")
    assert color is not None and color.has_default and color.default is None
    assert delivery is not None and not delivery.has_default and delivery.default is NOT_GIVEN
    # A list default does not make the frozen AttributeInfo unhashable.
    assert all(isinstance(hash(a), int) for a in widgets.attributes)


def test_without_defaults_the_catalog_is_as_before(tmp_path: Path) -> None:
    source = render(load_spec(_copy_spec(tmp_path)))["catalog.py"]
    assert "default=" not in source


def test_docstring_and_reference_page_say_the_default(tmp_path: Path) -> None:
    root, _ = _with_defaults(tmp_path, GOOD)
    spec = load_spec(root)
    model = " ".join(render(spec)["models/widgets.py"].split())
    assert "Default when left out on create: `true`." in model
    assert 'Default when left out on create: `"Unnamed"`.' in model
    assert "Default when left out on create: `null`." in model
    pages = render_docs([(spec.api.version, spec)])
    (page,) = (text for path, text in pages.items() if path.endswith("resources/widgets.md"))
    row = next(line for line in page.splitlines() if line.startswith("| `enabled` |"))
    assert row.endswith("Whether the widget is on. Default when left out on create: `true`. |")
    delivery = next(line for line in page.splitlines() if line.startswith("| `delivery` |"))
    assert "Default when left out" not in delivery


def test_the_2026_10_22_order_default_is_in_the_spec() -> None:
    spec = load_spec(Path(__file__).resolve().parents[2] / "spec" / "2026-10-22")
    orders = spec.resource("orders")
    assert orders is not None
    defaults = {
        (r.type, a.name): a.default.value
        for r in spec.resources
        for a in r.attributes
        if a.default is not None
    }
    # The only request-body attribute default the 2026-10-22 document states.
    assert defaults == {("orders", "allow_back_ordering"): True}
    old = load_spec(Path(__file__).resolve().parents[2] / "spec" / "2026-04-16")
    assert all(a.default is None for r in old.resources for a in r.attributes)


@dataclass(frozen=True)
class Case:
    anchor: str  # the widgets line the default goes after
    default: str  # the default line
    line_of: str  # the line the error must point at, as it reads without indentation
    message: str
    edits: tuple[tuple[str, str, str], ...] = ()  # (file, old, new) replacements made first
    file: str = WIDGETS  # the file the error must name


CASES = {
    "a read-only attribute": Case(
        PRICE,
        "    default: '1.00'\n",
        "default: '1.00'",
        "attribute 'price': default: the attribute is read_only, so no create sends it",
    ),
    "a resource that cannot be created": Case(
        ENABLED,
        "    default: true\n",
        "default: true",
        "attribute 'enabled': default: the resource has no create operation",
        edits=((WIDGETS, "- create\n", ""),),
    ),
    "null for an attribute that is not nullable": Case(
        ENABLED,
        "    default: null\n",
        "default: null",
        "attribute 'enabled': default is null, but the attribute is not nullable",
    ),
    "a string for a boolean": Case(
        ENABLED,
        "    default: 'yes'\n",
        "default: 'yes'",
        "attribute 'enabled': default 'yes' is not true or false",
    ),
    "an anchored bool for an integer": Case(
        "    description: Attempts.\n",
        "    default: &off false\n",
        "default: &off false",
        "attribute 'retries': default False is not an integer",
        edits=(ADD_EXTRA,),
    ),
    "a bool for an integer": Case(
        "    description: Attempts.\n",
        "    default: true\n",
        "default: true",
        "attribute 'retries': default True is not an integer",
        edits=(ADD_EXTRA,),
    ),
    "a string for an integer": Case(
        "    description: Attempts.\n",
        "    default: '3'\n",
        "default: '3'",
        "attribute 'retries': default '3' is not an integer",
        edits=(ADD_EXTRA,),
    ),
    "a number for a string": Case(
        NAME,
        "    default: 5\n",
        "default: 5",
        "attribute 'name': default 5 is not a string",
    ),
    "a number for a decimal": Case(
        "    description: Fee.\n",
        "    default: 0.5\n",
        "default: 0.5",
        "attribute 'fee': default 0.5 is not a string (a decimal is written as one on the wire)",
        edits=(ADD_EXTRA,),
    ),
    "a decimal string that is not a number": Case(
        "    description: Fee.\n",
        "    default: '1e3'\n",
        "default: '1e3'",
        "attribute 'fee': default '1e3' is not a decimal written as a string, such as '0.00'",
        edits=(ADD_EXTRA,),
    ),
    "an unquoted date": Case(
        STARTS_ON,
        "    default: 2030-01-02\n",
        "default: 2030-01-02",
        "attribute 'starts_on': default 2030-01-02 is read by YAML as a date; quote it to give "
        "the wire string",
    ),
    "a date string that is not one": Case(
        STARTS_ON,
        "    default: '2030-13-01'\n",
        "default: '2030-13-01'",
        "attribute 'starts_on': default '2030-13-01' is not a date written YYYY-MM-DD",
    ),
    "a timestamp without a zone": Case(
        "    description: Deadline.\n",
        "    default: '2030-01-02T10:00:00'\n",
        "default: '2030-01-02T10:00:00'",
        "attribute 'due_at': default '2030-01-02T10:00:00' is not an ISO 8601 timestamp with a "
        "zone",
        edits=(ADD_EXTRA,),
    ),
    "a value that is not one of the enum's": Case(
        COLOR,
        "    default: purple\n",
        "default: purple",
        "attribute 'color': default 'purple' is not a value of enum 'Color'",
    ),
    "an integer enum's member name instead of its value": Case(
        PRIORITY,
        "    default: HIGH\n",
        "default: HIGH",
        "attribute 'priority': default 'HIGH' is not a value of enum 'Priority'",
    ),
    "a bool for an integer enum": Case(
        PRIORITY,
        "    default: true\n",
        "default: true",
        "attribute 'priority': default True is not a value of enum 'Priority'",
    ),
    "a list for a json object": Case(
        SETTINGS,
        "    default: [mode]\n",
        "default: [mode]",
        "attribute 'settings': default ['mode'] is not a JSON object (a mapping)",
    ),
    "a string for a list": Case(
        TAGS,
        "    default: red\n",
        "default: red",
        "attribute 'tags': default 'red' is not a list",
    ),
    "a list item of the wrong type": Case(
        TAGS,
        "    default: [red, 2]\n",
        "default: [red, 2]",
        "attribute 'tags': default item 1: 2 is not a string",
    ),
    "a null list item": Case(
        TAGS,
        "    default: [null]\n",
        "default: [null]",
        "attribute 'tags': default item 0: is null",
    ),
    "a union value": Case(
        DELIVERY,
        "    default: {type: hook_deliveries}\n",
        "default: {type: hook_deliveries}",
        "attribute 'delivery': default for a union is not supported",
    ),
    "a mapping with a key that is not a string": Case(
        SETTINGS,
        "    default: {1: one}\n",
        "default: {1: one}",
        "attribute 'settings': default has a key that is not a string",
    ),
    "an attribute of a nested object": Case(
        ENABLED,
        "",
        "default: 25",
        "object 'SmtpDelivery': attribute 'port': default is for resources",
        edits=(
            (
                "objects.yaml",
                "        description: Mail port, or null when relaying is used.\n",
                "        description: Mail port, or null when relaying is used.\n"
                "        default: 25\n",
            ),
        ),
        file="objects.yaml",
    ),
}


@pytest.mark.parametrize("case_id", list(CASES))
def test_a_mistake_in_a_default_is_refused(tmp_path: Path, case_id: str) -> None:
    case = CASES[case_id]
    defaults = ((case.anchor, case.default),) if case.default else ()
    root, text = _with_defaults(tmp_path, defaults, *case.edits)
    if case.file != WIDGETS:
        text = (root / case.file).read_text(encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_spec(root)
    error = info.value
    assert error.path == root / case.file
    assert error.message.startswith(case.message), error.message
    assert error.line == _line(text, case.line_of), str(error)


def test_the_differ_reports_a_default_stated_changed_or_dropped(tmp_path: Path) -> None:
    from generator.diff import changelog

    plain = load_spec(_copy_spec(tmp_path / "plain"))
    stated_root, _ = _with_defaults(tmp_path / "stated", ((PRIORITY, "    default: 10\n"),))
    stated = load_spec(stated_root)
    changed_root, _ = _with_defaults(tmp_path / "changed", ((PRIORITY, "    default: 1\n"),))
    changed = load_spec(changed_root)
    # Stated for the first time: what the API did already, now written down.
    assert "- widgets.priority: default when left out on create now stated: `10`" in changelog(
        plain, stated
    )
    # A different value changes what a create that leaves it out does.
    assert (
        "- **BREAKING**: widgets.priority: default when left out on create `10` -> `1`"
        in changelog(stated, changed)
    )
    assert "- widgets.priority: default when left out on create no longer stated" in changelog(
        stated, plain
    )
    assert "default" not in changelog(stated, stated)
