"""The ``keys`` form of a json attribute: loaded into ``m.JsonKeys``, rendered into the catalog
and the repositories, compared by the differ, and each mistake refused with a SpecError naming
the file, the line and the problem.

Each case copies the golden spec and gives the widgets' ``settings`` (a writable json
attribute) a ``keys`` block that depends on ``color`` (a string enum: red, dark-green, e164).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import model as m
from generator.diff import changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit, _line

WIDGETS = "resources/widgets.yaml"
ANCHOR = "    description: Free-form settings.\n"
GOOD = """\
    keys:
      required: [mode]
      depends_on: color
      optional:
        red: [shade]
        dark-green: []
        e164: [prefix, country]
"""


def _with_keys(tmp_path: Path, block: str, *edits: tuple[str, str, str]) -> tuple[Path, str]:
    """A golden copy whose widget settings carry ``block``, with further (file, old, new) edits;
    returns the tree and the text of the file the last edit (or the keys) went into."""
    root = _copy_spec(tmp_path)
    text = _edit(root, WIDGETS, ANCHOR, ANCHOR + block)
    for file, old, new in edits:
        text = _edit(root, file, old, new)
    return root, text


def test_the_form_loads(tmp_path: Path) -> None:
    root, _ = _with_keys(tmp_path, GOOD)
    widgets = load_spec(root).resource("widgets")
    assert widgets is not None
    settings = next(a for a in widgets.attributes if a.name == "settings")
    assert settings.keys == m.JsonKeys(
        required=("mode",),
        depends_on="color",
        optional=(("red", ("shade",)), ("dark-green", ()), ("e164", ("prefix", "country"))),
    )
    assert all(a.keys is None for a in widgets.attributes if a.name != "settings")


def test_the_form_is_rendered_into_the_catalog_and_the_repositories(tmp_path: Path) -> None:
    root, _ = _with_keys(tmp_path, GOOD)
    files = render(load_spec(root))
    keys = (
        "JsonKeysInfo(\n"
        '                    required=("mode",),\n'
        '                    depends_on="color",\n'
    )
    assert "    JsonKeysInfo,\n" in files["catalog.py"]
    assert keys in files["catalog.py"]
    repository = files["repositories/widgets.py"]
    assert "from didww._catalog import JsonKeysInfo\n" in repository
    assert repository.count("    _json_keys = _JSON_KEYS\n") == 2  # the sync and async classes
    assert "The keys of `settings` are checked before anything is sent" in " ".join(
        repository.split()
    )
    # Without the form nothing of it is generated.
    plain = render(load_spec(_copy_spec(tmp_path / "plain")))
    assert "JsonKeysInfo" not in plain["catalog.py"] + plain["repositories/widgets.py"]


def test_the_differ_reports_what_the_keys_refuse(tmp_path: Path) -> None:
    old = load_spec(_copy_spec(tmp_path / "old"))
    root, _ = _with_keys(tmp_path / "new", GOOD)
    listed = load_spec(root)
    assert (
        "- **BREAKING**: widgets.settings: keys now listed: required `mode`, the others by "
        "`color`; any other key is refused"
    ) in changelog(old, listed)
    changed_block = GOOD.replace("[mode]", "[mode, size]").replace("[shade]", "[tone]")
    changed_root, _ = _with_keys(tmp_path / "changed", changed_block)
    text = changelog(listed, load_spec(changed_root))
    assert "- **BREAKING**: widgets.settings: key `size` now required" in text
    assert "- **BREAKING**: widgets.settings: `red` no longer takes key `shade`" in text
    assert "- widgets.settings: `red` takes key `tone`" in text
    assert "- widgets.settings: keys no longer listed (any key is sent)" in changelog(listed, old)


OPEN = """\
    keys:
      required: [mode]
"""


def test_the_open_form_checks_the_required_keys_only(tmp_path: Path) -> None:
    old = load_spec(_copy_spec(tmp_path / "old"))
    root, _ = _with_keys(tmp_path / "open", OPEN)
    opened = load_spec(root)
    widgets = opened.resource("widgets")
    assert widgets is not None
    settings = next(a for a in widgets.attributes if a.name == "settings")
    assert settings.keys == m.JsonKeys(required=("mode",), depends_on=None, optional=())
    files = render(opened)
    assert 'keys=JsonKeysInfo(required=("mode",))\n' in files["catalog.py"]
    assert '_JSON_KEYS = (("settings", JsonKeysInfo(required=("mode",))),)' in " ".join(
        files["repositories/widgets.py"].split()
    )
    assert (
        "- **BREAKING**: widgets.settings: keys now listed: required `mode`, any other key is sent"
    ) in changelog(old, opened)
    # Open keys becoming keys by an enum refuse the keys no value lists: one breaking line, with
    # no line per key (the open form took them all).
    listed_root, _ = _with_keys(tmp_path / "listed", GOOD)
    text = changelog(opened, load_spec(listed_root))
    assert "- **BREAKING**: widgets.settings: keys now depend on `color`; any other key is" in text
    assert "takes key" not in text
    text = changelog(load_spec(listed_root), opened)
    assert "- widgets.settings: keys no longer depend on `color` (any other key is sent)" in text
    assert "**BREAKING**:" not in text


RULES = """\
      values:
        shade: {one_of: [light, dark], list: true}
        prefix:
          pattern: '^(?:[0-9]{1,4}|x)$'
"""
"""Value rules for two of GOOD's keys: a set of strings (or a list of them), and a pattern."""
RULED = GOOD + RULES


def test_value_rules_load(tmp_path: Path) -> None:
    root, _ = _with_keys(tmp_path, RULED)
    widgets = load_spec(root).resource("widgets")
    assert widgets is not None
    settings = next(a for a in widgets.attributes if a.name == "settings")
    assert settings.keys is not None
    assert settings.keys.values == (
        m.KeyValues("shade", one_of=("light", "dark"), takes_list=True),
        m.KeyValues("prefix", pattern="^(?:[0-9]{1,4}|x)$"),
    )
    # The open form takes rules for its required keys.
    open_root, _ = _with_keys(
        tmp_path / "open", OPEN + "      values:\n        mode: {one_of: [a]}\n"
    )
    widgets = load_spec(open_root).resource("widgets")
    assert widgets is not None
    settings = next(a for a in widgets.attributes if a.name == "settings")
    assert settings.keys is not None
    assert settings.keys.values == (m.KeyValues("mode", one_of=("a",)),)


def test_value_rules_are_rendered_and_documented(tmp_path: Path) -> None:
    root, _ = _with_keys(tmp_path, RULED)
    spec = load_spec(root)
    files = render(spec)
    catalog = " ".join(files["catalog.py"].split())
    rules = (
        'values=( KeyValueRule("shade", one_of=("light", "dark"), takes_list=True), '
        'KeyValueRule("prefix", pattern="^(?:[0-9]{1,4}|x)$"), )'
    )
    assert rules in catalog
    assert "KeyValueRule," in files["catalog.py"]  # imported
    repository = " ".join(files["repositories/widgets.py"].split())
    assert rules in repository
    assert "from didww._catalog import JsonKeysInfo, KeyValueRule" in repository
    assert "The values of `shade` and `prefix` must be ones the API's document allows" in (
        repository
    )
    pages = render_docs([(spec.api.version, spec)])
    (page,) = [text for name, text in pages.items() if name.endswith("resources/widgets.md")]
    assert (
        "Values: `shade` takes one of `light`, `dark`, or a non-empty list of them; `prefix` "
        "takes text matching `^(?:[0-9]{1,4}|x)$`. The SDK refuses another value before sending"
    ) in page  # the pattern's pipe stays unescaped inside its code span
    # Without rules the catalog says nothing of values.
    plain_root, _ = _with_keys(tmp_path / "plain", GOOD)
    assert "values=" not in render(load_spec(plain_root))["catalog.py"]


def test_the_differ_reports_value_rules(tmp_path: Path) -> None:
    def spec(name: str, rules: str) -> m.Spec:
        return load_spec(_with_keys(tmp_path / name, GOOD + rules)[0])

    unruled = load_spec(_with_keys(tmp_path / "unruled", GOOD)[0])
    ruled = spec("ruled", RULES)
    text = changelog(unruled, ruled)
    assert (
        "- **BREAKING**: widgets.settings: key `shade` now takes only one of `light`, `dark`, or "
        "a non-empty list of them"
    ) in text
    assert "- **BREAKING**: widgets.settings: key `prefix` now takes only text matching" in text
    removed = changelog(ruled, unruled)
    assert "- widgets.settings: key `shade` no longer limited to one of `light`, `dark`" in removed
    assert "**BREAKING**:" not in removed
    # Keys listed for the first time report their rules too.
    assert "key `shade` now takes only" in changelog(load_spec(_copy_spec(tmp_path / "old")), ruled)

    def change(name: str, old: str, new: str) -> str:
        return changelog(ruled, spec(name, RULES.replace(old, new)))

    wider = change("wider", "[light, dark]", "[light, dark, pale]")
    assert (
        "- widgets.settings: key `shade` takes one of `light`, `dark`, or a non-empty list of "
        "them -> one of `light`, `dark`, `pale`, or a non-empty list of them"
    ) in wider
    assert "**BREAKING**:" not in wider
    for name, old, new in [
        ("narrower", "[light, dark]", "[light]"),
        ("no lists", ", list: true}", "}"),
        ("another pattern", "{1,4}", "{1,3}"),
        ("one_of to pattern", "{one_of: [light, dark], list: true}", "{pattern: '^l.*$'}"),
    ]:
        assert "- **BREAKING**: widgets.settings: key `" in change(name, old, new), name
    # A pattern taking every string of the old set is no narrower.
    assert "**BREAKING**:" not in change(
        "pattern taking both",
        "{one_of: [light, dark], list: true}",
        "{pattern: '^(?:light|dark|pale)$', list: true}",
    )


@dataclass(frozen=True)
class Case:
    block: str  # the keys block given to the widgets' settings
    line_of: str  # the line the error must point at, as it reads without indentation
    message: str
    edits: tuple[tuple[str, str, str], ...] = ()  # further (file, old, new) replacements
    file: str = WIDGETS  # the file the error must name


CASES = {
    "a value that is not one of the enum's": Case(
        GOOD.replace("        e164:", "        purple: []\n        e164:"),
        "purple: []",
        "attribute 'settings': keys: 'purple' is not a value of enum 'Color'",
    ),
    "a value of the enum left out": Case(
        GOOD.replace("        e164: [prefix, country]\n", ""),
        "optional:",
        "attribute 'settings': keys: optional has no entry for 'e164' of enum 'Color' "
        "(write `e164: []` for a value that takes no further key)",
    ),
    "depends_on naming an attribute that is not an enum": Case(
        GOOD.replace("depends_on: color", "depends_on: name"),
        "depends_on: name",
        "attribute 'settings': keys: depends_on 'name' is not an enum attribute (it is string)",
    ),
    "depends_on naming a list of enums": Case(
        GOOD.replace("depends_on: color", "depends_on: tags"),
        "depends_on: tags",
        "attribute 'settings': keys: depends_on 'tags' is not an enum attribute "
        "(it is list[string])",
    ),
    "depends_on naming no attribute": Case(
        GOOD.replace("depends_on: color", "depends_on: colour"),
        "depends_on: colour",
        "attribute 'settings': keys: depends_on names no attribute 'colour'",
    ),
    "depends_on naming an integer enum": Case(
        GOOD.replace("depends_on: color", "depends_on: priority"),
        "depends_on: priority",
        "attribute 'settings': keys: depends_on 'priority' is an integer enum; keys take "
        "string enums",
    ),
    "depends_on naming a read-only enum": Case(
        GOOD,
        "depends_on: color",
        "attribute 'settings': keys: depends_on 'color' is read_only, so no create sends it",
        edits=(
            (
                WIDGETS,
                "    access: writable\n    description: Paint, or null.\n",
                "    description: Paint, or null.\n",
            ),
        ),
    ),
    "keys on an attribute that is not json": Case(
        "",
        "name:",
        "attribute 'name': keys: only a json attribute has keys, not a string",
        edits=(
            (
                WIDGETS,
                "    description: Display name.\n",
                "    description: Display name.\n" + GOOD,
            ),
        ),
    ),
    "keys on a read-only json attribute": Case(
        GOOD,
        "settings:",
        "attribute 'settings': keys: the attribute is read_only, so no create sends its keys",
        edits=((WIDGETS, "    access: writable\n" + ANCHOR, ANCHOR),),
    ),
    "a key listed twice for one value": Case(
        GOOD.replace("[prefix, country]", "[prefix, prefix]"),
        "e164: [prefix, prefix]",
        "attribute 'settings': keys: optional: 'e164' lists a value twice",
    ),
    "a required key listed again for a value": Case(
        GOOD.replace("[shade]", "[shade, mode]"),
        "red: [shade, mode]",
        "attribute 'settings': keys: 'mode' is required, so listing it for 'red' says it twice",
    ),
    "a required key listed twice": Case(
        GOOD.replace("[mode]", "[mode, mode]"),
        "required: [mode, mode]",
        "attribute 'settings': keys: 'required' lists a value twice",
    ),
    "a value written twice": Case(
        GOOD.replace("        e164:", "        red: [tone]\n        e164:"),
        "red: [tone]",
        'invalid YAML: found duplicate key "red"',
    ),
    "a value that YAML reads as a bool": Case(
        GOOD.replace("        e164:", "        true: []\n        e164:"),
        "optional:",
        "attribute 'settings': keys: optional value True must be a string",
    ),
    "optional listing no value": Case(
        GOOD.split("      optional:")[0] + "      optional: {}\n",
        "optional: {}",
        "attribute 'settings': keys: optional lists no value of 'color'",
    ),
    "no depends_on": Case(
        GOOD.replace("      depends_on: color\n", ""),
        "keys:",
        "attribute 'settings': keys: missing 'depends_on'",
    ),
    "open keys requiring no key": Case(
        "    keys:\n      required: []\n",
        "keys:",
        "attribute 'settings': keys: required lists no key, and nothing depends_on",
    ),
    "an unknown key in the form": Case(
        GOOD.replace("      required:", "      refused: [x]\n      required:"),
        "refused: [x]",
        "attribute 'settings': keys: unknown key 'refused'",
    ),
    "a value rule for a key no value takes": Case(
        RULED.replace("        shade: {", "        tone: {one_of: [x]}\n        shade: {"),
        "tone: {one_of: [x]}",
        "attribute 'settings': keys: values: 'tone' is neither required nor taken for a value "
        "of 'color'",
    ),
    "a value rule of open keys for a key that is not required": Case(
        OPEN + "      values:\n        shade: {one_of: [x]}\n",
        "shade: {one_of: [x]}",
        "attribute 'settings': keys: values: 'shade' is not a required key",
    ),
    "a value rule with neither one_of nor pattern": Case(
        RULED.replace("{one_of: [light, dark], list: true}", "{list: true}"),
        "shade: {list: true}",
        "attribute 'settings': keys: values: 'shade': a rule gives one_of or pattern; this "
        "gives neither one_of nor pattern",
    ),
    "a value rule with both one_of and pattern": Case(
        RULED.replace("list: true}", "pattern: '^l.*$'}"),
        "shade: {one_of: [light, dark], pattern: '^l.*$'}",
        "attribute 'settings': keys: values: 'shade': a rule gives one_of or pattern; this "
        "gives both one_of and pattern",
    ),
    "an empty one_of": Case(
        RULED.replace("[light, dark]", "[]"),
        "shade: {one_of: [], list: true}",
        "attribute 'settings': keys: values: 'shade': one_of lists no value",
    ),
    "a one_of value that is not a string": Case(
        RULED.replace("[light, dark]", "[light, 2]"),
        "shade: {one_of: [light, 2], list: true}",
        "attribute 'settings': keys: values: 'shade': 'one_of' must list non-empty strings",
    ),
    "a one_of value listed twice": Case(
        RULED.replace("[light, dark]", "[light, light]"),
        "shade: {one_of: [light, light], list: true}",
        "attribute 'settings': keys: values: 'shade': 'one_of' lists a value twice",
    ),
    "a value pattern that does not compile": Case(
        RULED.replace("'^(?:[0-9]{1,4}|x)$'", "'^([0-9]$'"),
        "pattern: '^([0-9]$'",
        "attribute 'settings': keys: values: 'prefix': pattern does not compile",
    ),
    "a value pattern that is not anchored": Case(
        RULED.replace("'^(?:[0-9]{1,4}|x)$'", "'[0-9]+'"),
        "pattern: '[0-9]+'",
        "attribute 'settings': keys: values: 'prefix': pattern must state the whole value",
    ),
    "a value rule whose list is not a boolean": Case(
        RULED.replace("list: true", "list: 1"),
        "shade: {one_of: [light, dark], list: 1}",
        "attribute 'settings': keys: values: 'shade': 'list' must be bool",
    ),
    "an unknown member of a value rule": Case(
        RULED.replace("list: true", "lists: true"),
        "shade: {one_of: [light, dark], lists: true}",
        "attribute 'settings': keys: values: 'shade': unknown key 'lists'",
    ),
    "a value rule that is not a mapping": Case(
        RULED.replace("{one_of: [light, dark], list: true}", "[light, dark]"),
        "shade: [light, dark]",
        "attribute 'settings': keys: values: 'shade' must be a mapping",
    ),
    "values giving no rule": Case(
        GOOD + "      values: {}\n",
        "values: {}",
        "attribute 'settings': keys: values gives no rule",
    ),
    "keys that are not a mapping": Case(
        "    keys: [mode]\n",
        "keys: [mode]",
        "attribute 'settings': keys must be a mapping",
    ),
    "keys on an attribute of a nested object": Case(
        "",
        "host:",
        "object 'SmtpDelivery': attribute 'host': keys are for resources",
        edits=(
            (
                "objects.yaml",
                "        description: Mail host, or null when relaying is used.\n",
                "        description: Mail host, or null when relaying is used.\n"
                "        keys: {depends_on: transport, optional: {udp: [], tcp: []}}\n",
            ),
        ),
        file="objects.yaml",
    ),
}


@pytest.mark.parametrize("case_id", list(CASES))
def test_a_mistake_in_the_form_is_refused(tmp_path: Path, case_id: str) -> None:
    case = CASES[case_id]
    root, text = _with_keys(tmp_path, case.block, *case.edits)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    error = info.value
    assert error.path == root / case.file
    assert error.message.startswith(case.message), error.message
    assert error.line == _line(text, case.line_of), str(error)
