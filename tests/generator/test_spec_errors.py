"""Every spec mistake is a SpecError naming the file, the line and the problem.

Each case copies the golden spec into a temporary folder and breaks one file in one place.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator import model as m
from generator.__main__ import main
from generator.loader import SpecError, load_spec, load_versions
from tests.generator.refresh_golden import GOLDEN_SPEC


@dataclass(frozen=True)
class Case:
    file: str  # relative to the spec root
    old: str  # text replaced, exactly once
    new: str
    line_of: str  # the line the error must point at, as it reads without indentation
    message: str


def _copy_spec(tmp_path: Path) -> Path:
    """A copy of the golden tree, inside a spec folder the command line can read (the tree is
    its only version); returns the tree."""
    root = tmp_path / "spec" / "2030-01-02"
    shutil.copytree(GOLDEN_SPEC, root)
    (root.parent / "versions.yaml").write_text('default: "2030-01-02"\n', encoding="utf-8")
    return root


def _edit(root: Path, rel: str, old: str, new: str) -> str:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {rel}"
    text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return text


def _line(text: str, needle: str) -> int:
    """1-based number of the one line that reads ``needle`` (ignoring indentation)."""
    hits = [n for n, line in enumerate(text.splitlines(), 1) if line.strip() == needle]
    assert len(hits) == 1, f"{needle!r} is on lines {hits}"
    return hits[0]


CASES = {
    "description restating write_only": Case(
        "resources/widgets.yaml",
        "description: A secret sent once.",
        "description: A secret sent once and never returned.",
        "description: A secret sent once and never returned.",
        "'secret': the description restates what 'write_only' says",
    ),
    "description restating exclusive_with": Case(
        "resources/widgets.yaml",
        "description: Account that pays for the widget.",
        "description: Account that pays for the widget; setting it clears `gadget`.",
        "description: Account that pays for the widget; setting it clears `gadget`.",
        "'account': the description restates what 'exclusive_with' says",
    ),
    "optional mapping that is not one": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "page_size: 50\nmeta:\n  parts_count:",
        "page_size: 50",
        "page_size must be a mapping",
    ),
    "unknown type name": Case(
        "resources/widgets.yaml",
        "  count:\n    type: integer\n",
        "  count:\n    type: strin\n",
        "type: strin",
        "unknown type 'strin'",
    ),
    "unknown type inside list": Case(
        "resources/gadgets.yaml",
        "type: list[integer]",
        "type: list[integr]",
        "type: list[integr]",
        "unknown type 'integr'",
    ),
    "malformed type": Case(
        "resources/gadgets.yaml",
        "type: list[integer]",
        "type: list[integer",
        "type: list[integer",
        "malformed type 'list[integer'",
    ),
    "scalar with an argument": Case(
        "resources/accounts.yaml",
        "type: decimal",
        "type: decimal[Money]",
        "type: decimal[Money]",
        "unknown type 'decimal[Money]'",
    ),
    "duplicate YAML key": Case(
        "resources/gadgets.yaml",
        "  sizes:\n",
        "  title:\n    type: string\n    description: Again.\n  sizes:\n",
        "description: Again.",  # replaced below: the second `title:` line
        'invalid YAML: found duplicate key "title"',
    ),
    "attribute collides with a to-one relationship id": Case(
        "resources/widgets.yaml",
        "  tags:\n",
        "  account_id:\n    type: string\n    description: Clash.\n  tags:\n",
        "relationships:",
        "duplicate attribute 'account_id' (also in attributes)",
    ),
    "attribute collides with a to-many relationship id": Case(
        "resources/widgets.yaml",
        "  tags:\n",
        "  part_ids:\n    type: list[string]\n    description: Clash.\n  tags:\n",
        "relationships:",
        "duplicate attribute 'part_ids' (also in attributes)",
    ),
    "attribute reserved by the base class": Case(
        "resources/gadgets.yaml",
        "  title:\n",
        "  meta:\n    type: json\n    description: Clash.\n  title:\n",
        "attributes:",
        "'meta' is reserved by the model base class",
    ),
    "string enum value without a member name": Case(
        "enums.yaml",
        "  - dark-green\n",
        "  - dark-green\n  - '--'\n",
        "Color:",  # replaced below: Color's `values:` line
        "enum 'Color': bad enum value '--'",
    ),
    "string enum value starting with a digit": Case(
        "enums.yaml",
        "  - tcp\n",
        "  - tcp\n  - 2way\n",
        "Transport:",  # replaced below: Transport's `values:` line
        "enum 'Transport': bad enum value '2way'",
    ),
    "integer enum value that is not an int": Case(
        "enums.yaml",
        "    HIGH: 10\n",
        "    HIGH: ten\n",
        "Priority:",  # replaced below: Priority's `values:` line
        "enum 'Priority': bad enum value 'ten'",
    ),
    "integer enum value that is a bool": Case(
        "enums.yaml",
        "    HIGH: 10\n",
        "    HIGH: true\n",
        "Priority:",  # replaced below
        "enum 'Priority': bad enum value True",
    ),
    "string enum values mapping to one member": Case(
        "enums.yaml",
        "  - dark-green\n",
        "  - dark-green\n  - dark_green\n",
        "Color:",  # replaced below
        "enum 'Color': duplicate member 'DARK_GREEN'",
    ),
    "unknown attribute key": Case(
        "resources/widgets.yaml",
        "  price:\n    type: decimal\n    nullable: true\n",
        "  price:\n    type: decimal\n    nullabel: true\n",
        "nullabel: true",
        "attribute 'price': unknown key 'nullabel'",
    ),
    "unknown relationship key": Case(
        "resources/widgets.yaml",
        "    target: widgets\n",
        "    target: widgets\n    acess: writable\n",
        "acess: writable",
        "relationship 'peers': unknown key 'acess'",
    ),
    "unknown resource key": Case(
        "resources/gadgets.yaml",
        "sorts:\n",
        "sort:\n",
        "sort:",
        "resource gadgets: unknown key 'sort'",
    ),
    "unknown object attribute key": Case(
        "objects.yaml",
        "        sensitive: true\n",
        "        sensitve: true\n",
        "sensitve: true",
        "attribute 'password': unknown key 'sensitve'",
    ),
    "bad operation name": Case(
        "resources/gadgets.yaml",
        "- list\n",
        "- lst\n",
        "operations:",
        "unknown operation 'lst'",
    ),
    "singleton with list": Case(
        "resources/accounts.yaml",
        "operations: [find]",
        "operations: [find, list]",
        "singleton: true",
        "a singleton resource only supports find",
    ),
    "type not matching the file name": Case(
        "resources/gadgets.yaml",
        "type: gadgets\n",
        "type: gizmos\n",
        "type: gizmos",
        "type 'gizmos' does not match the file name 'gadgets'",
    ),
    "bad access": Case(
        "resources/gadgets.yaml",
        "    type: string\n",
        "    type: string\n    access: read_write\n",
        "access: read_write",
        "attribute 'title': access must be one of read_only, create_only, writable",
    ),
    "bad relationship cardinality": Case(
        "resources/widgets.yaml",
        "    to: many\n    target: widgets\n",
        "    to: several\n    target: widgets\n",
        "to: several",
        "relationship 'peers': 'to' must be one or many",
    ),
    "unknown default environment": Case(
        "api.yaml",
        "default_environment: sandbox",
        "default_environment: staging",
        "default_environment: staging",
        "unknown environment 'staging'",
    ),
    "rule naming an unknown attribute": Case(
        "objects.yaml",
        "        relay: false\n",
        "        relais: false\n",
        "rules:",
        "object 'SmtpDelivery': rule names unknown 'relais'",
    ),
    # Cross-checks (references between files and names) point at the entry that holds the
    # reference: the attribute, the relationship, the `includes:` key or the union.
    "unknown enum referenced": Case(
        "resources/widgets.yaml",
        "type: enum[Color]",
        "type: enum[Colour]",
        "color:",
        "widgets.color: unknown enum 'Colour'",
    ),
    "unknown union referenced": Case(
        "resources/widgets.yaml",
        "type: union[Delivery]",
        "type: union[Delivry]",
        "delivery:",
        "widgets.delivery: unknown union 'Delivry'",
    ),
    "unknown enum referenced by an object": Case(
        "objects.yaml",
        "type: enum[Transport]",
        "type: enum[Transprt]",
        "transport:",
        "SmtpDelivery.transport: unknown enum 'Transprt'",
    ),
    "relationship target missing resource": Case(
        "resources/widgets.yaml",
        "    target: accounts\n    access: writable\n",
        "    target: acounts\n    access: writable\n",
        "account:",
        "relationship 'account' points at missing resource 'acounts'",
    ),
    "polymorphic target missing resource": Case(
        "resources/widgets.yaml",
        "    - gadgets\n",
        "    - gizmos\n",
        "owner:",
        "relationship 'owner' points at missing resource 'gizmos'",
    ),
    "exclusive_with unknown relationship": Case(
        "resources/widgets.yaml",
        "exclusive_with: [account]",
        "exclusive_with: [acount]",
        "gadget:",
        "relationship 'gadget': exclusive_with names unknown 'acount'",
    ),
    "exclusive_with on one side only": Case(
        "resources/widgets.yaml",
        "    exclusive_with: [account]\n",
        "",
        "account:",
        "relationship 'account': exclusive_with names 'gadget', whose exclusive_with does not "
        "name 'account' back",
    ),
    "include naming a missing relationship": Case(
        "resources/widgets.yaml",
        "- owner\n",
        "- ownr\n",
        "includes:",
        "include 'ownr': no relationship 'ownr'",
    ),
    "nested include naming a missing relationship": Case(
        "resources/widgets.yaml",
        "- peers.account\n",
        "- peers.acount\n",
        "includes:",
        "include 'peers.acount': no relationship 'acount'",
    ),
    "union variant that is no object": Case(
        "objects.yaml",
        "    - HookDelivery\n",
        "    - HookDlivery\n",
        "Delivery:",
        "union 'Delivery': unknown 'HookDlivery'",
    ),
    # Optional keys added for API version 2026-10-22 (auth, lifecycle, fields, page_size, ...).
    "unknown auth scheme": Case(
        "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\nauth: oauth\n",
        "auth: oauth",
        "api: auth must be one of api_key, bearer",
    ),
    "version_header that is not a bool": Case(
        "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\nversion_header: 'no'\n",
        "version_header: 'no'",
        "api: 'version_header' must be bool",
    ),
    "token_urls without bearer auth": Case(
        "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\ntoken_urls:\n"
        "  production: https://auth.example.test/token\n"
        "  sandbox: https://auth-sandbox.example.test/token\n",
        "token_urls:",
        "api: token_urls needs auth: bearer",
    ),
    "token_urls naming an unknown environment": Case(
        "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\nauth: bearer\ntoken_urls:\n"
        "  production: https://auth.example.test/token\n"
        "  staging: https://auth-staging.example.test/token\n",
        "staging: https://auth-staging.example.test/token",
        "token_urls: unknown environment 'staging'",
    ),
    "token_urls entry that is not https": Case(
        "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\nauth: bearer\ntoken_urls:\n"
        "  production: https://auth.example.test/token\n"
        "  sandbox: http://auth-sandbox.example.test/token\n",
        "sandbox: http://auth-sandbox.example.test/token",
        "token_urls: 'sandbox' must be an https URL",
    ),
    "token_urls missing an environment": Case(
        "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\nauth: bearer\ntoken_urls:\n"
        "  production: https://auth.example.test/token\n",
        "token_urls:",
        "token_urls: no entry for environment 'sandbox'",
    ),
    "lifecycle naming a missing attribute": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "lifecycle:\n  attribute: colour\n  terminal: [red]\nmeta:\n  parts_count:",
        "attribute: colour",
        "lifecycle: no attribute 'colour'",
    ),
    "lifecycle on an attribute that is no enum": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "lifecycle:\n  attribute: name\n  terminal: [red]\nmeta:\n  parts_count:",
        "attribute: name",
        "lifecycle: attribute 'name' is not an enum",
    ),
    "lifecycle with no terminal value": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "lifecycle:\n  attribute: color\n  terminal: []\nmeta:\n  parts_count:",
        "terminal: []",
        "lifecycle: terminal lists no value",
    ),
    "lifecycle terminal value outside the enum": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "lifecycle:\n  attribute: color\n  terminal: [red, purple]\nmeta:\n  parts_count:",
        "terminal: [red, purple]",
        "lifecycle: 'purple' is not a value of enum 'Color'",
    ),
    "unknown lifecycle key": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "lifecycle:\n  attribute: color\n  terminals: [red]\nmeta:\n  parts_count:",
        "terminals: [red]",
        "lifecycle: unknown key 'terminals'",
    ),
    "fields naming a missing attribute": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "fields: [id, name, colour]\nmeta:\n  parts_count:",
        "fields: [id, name, colour]",
        "fields: 'colour' is not an attribute or relationship",
    ),
    "page_size default above max": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "page_size: {default: 200, max: 100}\nmeta:\n  parts_count:",
        "page_size: {default: 200, max: 100}",
        "page_size: default 200 is above max 100",
    ),
    "page_size below one": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "page_size:\n  default: 0\n  max: 100\nmeta:\n  parts_count:",
        "default: 0",
        "page_size: default must be at least 1",
    ),
    "page_size without max": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "page_size: {default: 50}\nmeta:\n  parts_count:",
        "page_size: {default: 50}",
        "page_size: missing 'max'",
    ),
    "page_size on a resource that cannot be listed": Case(
        "resources/accounts.yaml",
        "operations: [find]\n",
        "operations: [find]\npage_size: {default: 1, max: 1}\n",
        "page_size: {default: 1, max: 1}",
        "page_size: the resource has no list operation",
    ),
    "listing with an unknown value": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "listing: unpaginated\nmeta:\n  parts_count:",
        "listing: unpaginated",
        "listing: unknown value 'unpaginated'; one of paginated, whole, whole_without_meta, capped",
    ),
    "listing that is not a word": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "listing: false\nmeta:\n  parts_count:",
        "listing: false",
        "resource widgets: 'listing' must be str",
    ),
    "listing on a resource that cannot be listed": Case(
        "resources/accounts.yaml",
        "operations: [find]\n",
        "operations: [find]\nlisting: whole\n",
        "listing: whole",
        "listing: the resource has no list operation",
    ),
    "page_size on a list answered whole": Case(
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "listing: capped\npage_size: {default: 50, max: 100}\nmeta:\n  parts_count:",
        "page_size: {default: 50, max: 100}",
        "page_size: the list is answered whole (listing: capped), not in pages",
    ),
    "callbacks without a callback_url": Case(
        "resources/widgets.yaml",
        "operations:\n",
        "callbacks: true\noperations:\n",
        "callbacks: true",
        "callbacks: the resource has no settable 'callback_url'",
    ),
    "callbacks with a read-only callback_url": Case(
        "resources/widgets.yaml",
        "attributes:\n  name:\n",
        "callbacks: true\nattributes:\n  callback_url:\n    type: string\n"
        "    description: Set by the server.\n  name:\n",
        "callbacks: true",
        "callbacks: the resource has no settable 'callback_url'",
    ),
}

# Lines that `_line` cannot find from one unique needle: (case, needle, which occurrence, 1-based).
_NTH = {
    "duplicate YAML key": ("  title:", 2),
    "string enum value without a member name": ("  values:", 1),
    "string enum values mapping to one member": ("  values:", 1),
    "string enum value starting with a digit": ("  values:", 3),
    "integer enum value that is not an int": ("  values:", 2),
    "integer enum value that is a bool": ("  values:", 2),
}


def _expected_line(case_id: str, text: str, case: Case) -> int:
    if case_id in _NTH:
        needle, nth = _NTH[case_id]
        hits = [n for n, line in enumerate(text.splitlines(), 1) if line.startswith(needle)]
        return hits[nth - 1]
    return _line(text, case.line_of)


@pytest.mark.parametrize("case_id", list(CASES))
def test_spec_error(tmp_path: Path, case_id: str) -> None:
    case = CASES[case_id]
    root = _copy_spec(tmp_path)
    text = _edit(root, case.file, case.old, case.new)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    error = info.value
    line = _expected_line(case_id, text, case)
    assert error.path == root / case.file
    assert error.line == line
    assert error.message.startswith(case.message), error.message
    assert str(error) == f"{root / case.file}:{line}: {error.message}"


def test_golden_spec_itself_loads() -> None:
    spec = load_spec(GOLDEN_SPEC)
    assert [r.type for r in spec.resources] == ["accounts", "gadgets", "widgets"]


def test_optional_keys_default_to_the_2026_04_16_meaning() -> None:
    spec = load_spec(GOLDEN_SPEC)
    assert (spec.api.auth, spec.api.version_header, spec.api.token_urls) == ("api_key", True, ())
    for resource in spec.resources:
        assert resource.lifecycle is None and resource.fields is None
        assert resource.page_size is None and resource.callbacks is False
    listings = {r.type: r.listing for r in spec.resources}
    assert listings == {"accounts": "paginated", "gadgets": "whole", "widgets": "paginated"}


def test_optional_keys_load(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    _edit(
        root,
        "api.yaml",
        "default_environment: sandbox\n",
        "default_environment: sandbox\nauth: bearer\nversion_header: false\ntoken_urls:\n"
        "  sandbox: https://auth-sandbox.example.test/token\n"
        "  production: https://auth.example.test/token\n",
    )
    _edit(
        root,
        "resources/widgets.yaml",
        "attributes:\n  name:\n",
        "callbacks: true\nattributes:\n  callback_url:\n    type: string\n    nullable: true\n"
        "    access: create_only\n    description: Where status changes are sent.\n  name:\n",
    )
    _edit(
        root,
        "resources/widgets.yaml",
        "meta:\n  parts_count:",
        "fields: [id, name, account]\npage_size: {default: 50, max: 100}\n"
        "lifecycle:\n  attribute: color\n  terminal: [red, e164]\nmeta:\n  parts_count:",
    )
    _edit(root, "resources/gadgets.yaml", "listing: whole\n", "listing: whole_without_meta\n")
    spec = load_spec(root)
    assert spec.api.auth == "bearer" and spec.api.version_header is False
    assert spec.api.token_urls == (
        ("sandbox", "https://auth-sandbox.example.test/token"),
        ("production", "https://auth.example.test/token"),
    )
    widgets = spec.resource("widgets")
    assert widgets is not None
    assert widgets.callbacks is True
    assert widgets.fields == ("id", "name", "account")
    assert widgets.page_size == m.PageSize(default=50, max=100)
    assert widgets.lifecycle == m.Lifecycle(attribute="color", terminal=("red", "e164"))
    gadgets = spec.resource("gadgets")
    assert gadgets is not None and gadgets.listing == "whole_without_meta" and gadgets.whole


def test_expected_lines_are_where_the_mistake_is(tmp_path: Path) -> None:
    """The line helpers above must not agree with the loader by accident: check a few by hand."""
    root = _copy_spec(tmp_path)
    text = _edit(root, "resources/gadgets.yaml", "- list\n", "- lst\n")
    assert text.splitlines()[5] == "operations:"
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert (info.value.line, info.value.message) == (6, "unknown operation 'lst'")


def test_missing_resources_folder(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    shutil.rmtree(root / "resources")
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert info.value.path == root / "resources"
    assert info.value.line is None
    assert info.value.message == "no resource files"


def test_missing_file(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    (root / "enums.yaml").unlink()
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert info.value.path == root / "enums.yaml"
    assert info.value.line is None
    assert info.value.message.startswith("cannot read: ")


def test_cli_reports_spec_error_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = CASES["unknown attribute key"]
    root = _copy_spec(tmp_path)
    text = _edit(root, case.file, case.old, case.new)
    line = _line(text, "nullabel: true")
    out = tmp_path / "out"
    assert main(["--spec", str(root.parent), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"spec error: {root / 'resources/widgets.yaml'}:{line}: "
        "attribute 'price': unknown key 'nullabel'\n"
    )
    assert not out.exists(), "nothing may be written when the spec is broken"
    assert main(["check", "--spec", str(root.parent), "--out", str(out)]) == 2


def test_cli_check_reports_cross_check_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = CASES["unknown enum referenced"]
    root = _copy_spec(tmp_path)
    text = _edit(root, case.file, case.old, case.new)
    line = _line(text, "color:")
    assert main(["check", "--spec", str(root.parent), "--out", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"spec error: {root / case.file}:{line}: widgets.color: unknown enum 'Colour'\n"
    )


def test_an_api_version_that_is_not_a_date_is_a_spec_error(tmp_path: Path) -> None:
    """Its package (``didww/v2027_01_01_beta``) could never be told from a folder of the
    project's own, so the generator could neither check nor delete it."""
    root = _copy_spec(tmp_path)
    beta = root.rename(root.parent / "2027-01-01-beta")
    _edit(beta, "api.yaml", '"2030-01-02"', '"2027-01-01-beta"')
    (beta.parent / "versions.yaml").write_text('default: "2027-01-01-beta"\n', encoding="utf-8")
    with pytest.raises(SpecError) as info:
        load_versions(beta.parent)
    assert info.value.path == beta / "api.yaml"
    assert info.value.message == "api_version '2027-01-01-beta' is not a date written YYYY-MM-DD"


# Regression tests for loader bugs found while writing this suite (all fixed).


def test_rule_without_when_is_a_spec_error(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    _edit(
        root,
        "objects.yaml",
        "    - when:\n        attribute: relay\n        equals: true\n      set:",
        "    - set:",
    )
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert "missing 'when'" in info.value.message


def test_bad_union_fallback_name_is_a_spec_error(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    _edit(root, "objects.yaml", "fallback: GenericDelivery", "fallback: generic delivery")
    with pytest.raises(SpecError):
        load_spec(root)
