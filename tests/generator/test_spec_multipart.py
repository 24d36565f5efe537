"""The ``multipart`` form of a resource whose create is an upload: loaded into ``m.Multipart``,
rendered into the catalog (``ResourceInfo.multipart``) and onto the repository (``_form``),
shown on the reference page, diffed between trees, and each mistake refused with a SpecError
naming the file, the line and the problem.

Each case copies the golden spec and gives the widgets a form (the golden tree has none).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from didww._catalog import FormFieldInfo, MultipartInfo, ResourceInfo
from generator import model as m
from generator.diff import Comparison, changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit, _line

ROOT = Path(__file__).resolve().parents[2]
WIDGETS = "resources/widgets.yaml"
FORM_AT = "attributes:\n  name:\n"
"""Where the form goes in the golden widgets: before the attributes."""
FORM = (
    "extension: true\n"
    "multipart:\n"
    "  widgets[file]:\n"
    "    role: file\n"
    "    required: true\n"
    "    max_bytes: 1000\n"
    "  widgets[fingerprint]:\n"
    "    role: fingerprint\n"
    "    required: true\n"
    "  widgets[name]:\n"
    "    role: attribute\n"
)


def _with_form(tmp_path: Path, form: str = FORM, *edits: tuple[str, str]) -> tuple[Path, str]:
    """A golden copy whose widgets have ``form``, then the (old, new) edits of the widgets file;
    returns the tree and the widgets file's text."""
    root = _copy_spec(tmp_path)
    text = _edit(root, WIDGETS, FORM_AT, form + FORM_AT)
    for old, new in edits:
        text = _edit(root, WIDGETS, old, new)
    return root, text


def _widgets(spec: m.Spec) -> m.Resource:
    widgets = spec.resource("widgets")
    assert widgets is not None
    return widgets


EXPECTED = MultipartInfo(
    fields=(
        FormFieldInfo("widgets[file]", "file", required=True, max_bytes=1000),
        FormFieldInfo("widgets[fingerprint]", "fingerprint", required=True),
        FormFieldInfo("widgets[name]", "attribute", attribute="name"),
    )
)


def test_the_form_loads_in_the_file_s_order_with_its_lines(tmp_path: Path) -> None:
    root, text = _with_form(tmp_path)
    widgets = _widgets(load_spec(root))
    assert widgets.multipart is not None and widgets.multipart_create
    assert widgets.multipart.fields == (
        m.FormField("widgets[file]", "file", required=True, max_bytes=1000),
        m.FormField("widgets[fingerprint]", "fingerprint", required=True),
        m.FormField("widgets[name]", "attribute"),
    )
    assert [f.line for f in widgets.multipart.fields] == [
        _line(text, f"{name}:")
        for name in ("widgets[file]", "widgets[fingerprint]", "widgets[name]")
    ]
    assert widgets.multipart.file.name == "widgets[file]"
    assert [f.inner for f in widgets.multipart.fields] == ["file", "fingerprint", "name"]


def test_without_a_form_create_takes_a_json_api_body(tmp_path: Path) -> None:
    spec = load_spec(_copy_spec(tmp_path))
    assert all(r.multipart is None and not r.multipart_create for r in spec.resources)
    catalog = render(spec)["catalog.py"]
    assert "MultipartInfo" not in catalog and "multipart=" not in catalog


def test_the_catalog_and_the_repository_carry_the_same_form(tmp_path: Path) -> None:
    root, _ = _with_form(tmp_path)
    files = render(load_spec(root))
    namespace: dict[str, object] = {}
    exec(compile(files["catalog.py"], "catalog.py", "exec"), namespace)  # as imported
    resources = namespace["RESOURCES"]
    assert isinstance(resources, dict)
    widgets = resources["widgets"]
    assert isinstance(widgets, ResourceInfo)
    assert widgets.multipart == EXPECTED and widgets.multipart_create
    assert all(info.multipart is None for name, info in resources.items() if name != "widgets")
    # The repository module holds the same literal (it cannot import the catalog: too costly),
    # and both classes point at it.
    repository = files["repositories/widgets.py"]
    assert "from didww._catalog import FormFieldInfo, MultipartInfo\n" in repository
    literal = repository.split("_FORM = ", 1)[1].split('\n"""', 1)[0]
    assert eval(literal, {"FormFieldInfo": FormFieldInfo, "MultipartInfo": MultipartInfo}) == (
        EXPECTED
    )
    assert repository.count("    _form = _FORM\n") == 2
    # The upload is hand-written: no create is generated for a multipart resource.
    assert "def create(" not in repository


def test_the_catalog_form_answers_by_role() -> None:
    assert EXPECTED.names == ("widgets[file]", "widgets[fingerprint]", "widgets[name]")
    assert EXPECTED.file.max_bytes == 1000
    assert EXPECTED.fingerprint is not None and EXPECTED.fingerprint.name == "widgets[fingerprint]"
    assert EXPECTED.attribute("name") == EXPECTED.fields[2]
    assert EXPECTED.attribute("color") is None
    assert MultipartInfo((FormFieldInfo("x[file]", "file"),)).fingerprint is None


def test_the_reference_page_lists_the_form(tmp_path: Path) -> None:
    root, _ = _with_form(tmp_path)
    spec = load_spec(root)
    pages = render_docs([(spec.api.version, spec)])
    (page,) = (text for path, text in pages.items() if path.endswith("resources/widgets.md"))
    fact = next(line for line in page.splitlines() if "Created by a multipart upload" in line)
    assert fact.endswith(
        "Its form: `widgets[file]` (the encrypted document, required, at most 1,000 bytes); "
        "`widgets[fingerprint]` (the fingerprint of the keys it is encrypted with, required); "
        "`widgets[name]` (sets `name`). The API answers with a JSON:API document as "
        "`application/vnd.api+json`."
    )


# -- the real trees ---------------------------------------------------------------------------


def test_the_encrypted_file_forms_of_both_versions() -> None:
    """2026-10-22 states the 20 MB limit (read as MiB); 2026-04-16 states none."""
    forms = {}
    for version in ("2026-04-16", "2026-10-22"):
        resource = load_spec(ROOT / "spec" / version).resource("encrypted_files")
        assert resource is not None and resource.multipart is not None
        forms[version] = resource.multipart
    names = (
        "encrypted_files[file]",
        "encrypted_files[encryption_fingerprint]",
        "encrypted_files[description]",
    )
    for form in forms.values():
        assert tuple(f.name for f in form.fields) == names
        assert [(f.role, f.required) for f in form.fields] == [
            ("file", True),
            ("fingerprint", True),
            ("attribute", False),
        ]
    assert forms["2026-10-22"].file.max_bytes == 20 * 1024 * 1024
    assert forms["2026-04-16"].file.max_bytes is None
    # 2026-04-16 answers the upload "as application/json rather than application/vnd.api+json";
    # 2026-10-22's 201 is under JSON:API's type.
    assert forms["2026-04-16"].answer_media_type == "application/json"
    assert forms["2026-10-22"].answer_media_type == "application/vnd.api+json"


def test_a_form_s_answer_media_type_is_carried_to_the_catalog_the_page_and_the_diff(
    tmp_path: Path,
) -> None:
    root, _ = _with_form(tmp_path, FORM + "multipart_answer: application/json\n")
    spec = load_spec(root)
    assert _widgets(spec).multipart == m.Multipart(
        fields=_widgets(load_spec(_with_form(tmp_path / "plain")[0])).multipart.fields,  # type: ignore[union-attr]
        answer_media_type="application/json",
    )
    namespace: dict[str, object] = {}
    exec(compile(render(spec)["catalog.py"], "catalog.py", "exec"), namespace)
    resources = namespace["RESOURCES"]
    assert isinstance(resources, dict)
    assert resources["widgets"].multipart.answer_media_type == "application/json"
    pages = render_docs([(spec.api.version, spec)])
    (page,) = (text for path, text in pages.items() if path.endswith("resources/widgets.md"))
    assert "The API answers with a JSON:API document as `application/json`." in page
    lines = _form_changes(tmp_path / "diff", (FORM_AT, "multipart_answer: text/json\n" + FORM_AT))
    assert lines == [
        "- widgets: the upload's answer is now `text/json` (was `application/vnd.api+json`)"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("multipart_answer: json\n", "'json' is not a media type"),
        (
            "multipart_answer: application/vnd.api+json\n",
            "JSON:API's media type is the default; leave it out",
        ),
        ("multipart_answer: 5\n", "multipart_answer"),
    ],
)
def test_a_form_s_answer_media_type_must_be_one_other_than_json_api_s(
    tmp_path: Path, text: str, message: str
) -> None:
    root, _ = _with_form(tmp_path, FORM + text)
    with pytest.raises(SpecError, match=message):
        load_spec(root)


def test_an_answer_media_type_needs_a_form(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    _edit(root, WIDGETS, FORM_AT, "multipart_answer: application/json\n" + FORM_AT)
    with pytest.raises(SpecError, match="multipart_answer: the resource has no multipart"):
        load_spec(root)


def test_the_generated_catalogs_and_repositories_agree() -> None:
    from didww.v2026_04_16 import catalog as old
    from didww.v2026_04_16.repositories.encrypted_files import EncryptedFileRepository as OldRepo
    from didww.v2026_10_22 import catalog as new
    from didww.v2026_10_22.repositories.encrypted_files import (
        AsyncEncryptedFileRepository as NewAsyncRepo,
    )

    for catalog in (old, new):
        multipart = {name for name, info in catalog.RESOURCES.items() if info.multipart_create}
        with_form = {name for name, info in catalog.RESOURCES.items() if info.multipart}
        assert multipart == with_form == {"encrypted_files"}
    assert OldRepo._form == old.RESOURCES["encrypted_files"].multipart
    assert NewAsyncRepo._form == new.RESOURCES["encrypted_files"].multipart


# -- the diff ---------------------------------------------------------------------------------


def _form_changes(tmp_path: Path, *edits: tuple[str, str]) -> list[str]:
    """The changelog lines between a tree with :data:`FORM` and one with ``edits`` made to it."""
    old, _ = _with_form(tmp_path / "old")
    new, _ = _with_form(tmp_path / "new", FORM, *edits)
    return [line for line in changelog(load_spec(old), load_spec(new)).splitlines() if "- " in line]


def test_the_diff_reports_each_change_of_the_form(tmp_path: Path) -> None:
    lines = _form_changes(
        tmp_path,
        ("    max_bytes: 1000\n", "    max_bytes: 500\n"),
        ("  widgets[fingerprint]:\n    role: fingerprint\n    required: true\n", ""),
        (
            "  widgets[name]:\n    role: attribute\n",
            "  widgets[name]:\n    role: attribute\n"
            "    required: true\n  widgets[secret]:\n    role: attribute\n",
        ),
    )
    assert lines == [
        "- **BREAKING**: widgets: upload field `widgets[fingerprint]` removed",
        "- widgets: upload field `widgets[secret]` added (attribute)",
        "- **BREAKING**: widgets: upload field `widgets[file]`: size limit 1,000 bytes -> "
        "500 bytes",
        "- **BREAKING**: widgets: upload field `widgets[name]` now required",
    ]


@pytest.mark.parametrize(
    ("old", "new", "breaking"),
    [
        ("    max_bytes: 1000\n", "", False),  # no longer stated: nothing more is refused
        ("    max_bytes: 1000\n", "    max_bytes: 2000\n", False),
        ("    required: true\n    max_bytes: 1000\n", "    max_bytes: 1000\n", False),
        ("  widgets[name]:\n    role: attribute\n", "", True),
    ],
)
def test_what_refuses_uploads_that_used_to_go_is_breaking(
    tmp_path: Path, old: str, new: str, breaking: bool
) -> None:
    before, _ = _with_form(tmp_path / "old")
    after, _ = _with_form(tmp_path / "new", FORM, (old, new))
    comparison = Comparison(load_spec(before), load_spec(after))
    assert comparison.breaking is breaking
    assert "widgets" in comparison.markdown()


def test_a_create_that_becomes_an_upload_is_breaking(tmp_path: Path) -> None:
    plain = _copy_spec(tmp_path / "plain")
    upload, _ = _with_form(tmp_path / "upload")
    forward = changelog(load_spec(plain), load_spec(upload))
    assert "- **BREAKING**: widgets: create is now a multipart upload" in forward
    back = changelog(load_spec(upload), load_spec(plain))
    assert "- **BREAKING**: widgets: create is no longer a multipart upload" in back


# -- mistakes ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    edits: tuple[tuple[str, str], ...]  # (old, new) replacements in the widgets with a form
    line_of: str  # the line the error must point at, as it reads without indentation
    message: str
    form: str = FORM


CASES = {
    "not a mapping": Case(
        (),
        "multipart: true",
        "multipart must be a mapping",
        form="extension: true\nmultipart: true\n",
    ),
    "unknown role": Case(
        (("    role: fingerprint\n", "    role: signature\n"),),
        "role: signature",
        "multipart field 'widgets[fingerprint]': role must be one of file, fingerprint, "
        "attribute, not 'signature'",
    ),
    "no role": Case(
        (("    role: fingerprint\n", ""),),
        "widgets[fingerprint]:",
        "multipart field 'widgets[fingerprint]': missing 'role'",
    ),
    "a second file": Case(
        (("    role: fingerprint\n", "    role: file\n"),),
        "multipart:",
        "multipart: the form needs exactly one file field, not 2",
    ),
    "no file at all": Case(
        (("  widgets[file]:\n    role: file\n    required: true\n    max_bytes: 1000\n", ""),),
        "multipart:",
        "multipart: the form needs exactly one file field, not 0",
    ),
    "a second fingerprint": Case(
        (("  widgets[name]:\n    role: attribute\n", "  widgets[name]:\n    role: fingerprint\n"),),
        "multipart:",
        "multipart: the form has 2 fingerprint fields; one at most",
    ),
    "max_bytes on another role": Case(
        (("    role: fingerprint\n", "    role: fingerprint\n    max_bytes: 10\n"),),
        "max_bytes: 10",
        "multipart field 'widgets[fingerprint]': max_bytes is for the file, not a fingerprint",
    ),
    "max_bytes of zero": Case(
        (("    max_bytes: 1000\n", "    max_bytes: 0\n"),),
        "max_bytes: 0",
        "multipart field 'widgets[file]': max_bytes must be at least 1",
    ),
    "max_bytes in words": Case(
        (("    max_bytes: 1000\n", "    max_bytes: 20 MB\n"),),
        "max_bytes: 20 MB",
        "multipart field 'widgets[file]': 'max_bytes' must be int",
    ),
    "max_bytes as a bool": Case(
        (("    max_bytes: 1000\n", "    max_bytes: true\n"),),
        "max_bytes: true",
        "multipart field 'widgets[file]': 'max_bytes' must be int",
    ),
    "required not a bool": Case(
        (
            (
                "    role: fingerprint\n    required: true\n",
                "    role: fingerprint\n    required: yes please\n",
            ),
        ),
        "required: yes please",
        "multipart field 'widgets[fingerprint]': 'required' must be bool",
    ),
    "an unknown key": Case(
        (("    role: fingerprint\n", "    role: fingerprint\n    limit: 3\n"),),
        "limit: 3",
        "multipart field 'widgets[fingerprint]': unknown key 'limit'",
    ),
    "an attribute the resource lacks": Case(
        (("  widgets[name]:\n", "  widgets[title]:\n"),),
        "widgets[title]:",
        "multipart field 'widgets[title]': an attribute field is named widgets[<attribute>]",
    ),
    "an attribute that is not a string": Case(
        (("  widgets[name]:\n", "  widgets[enabled]:\n"),),
        "widgets[enabled]:",
        "multipart field 'widgets[enabled]': an attribute field is named widgets[<attribute>]",
    ),
    "an attribute in another wrapper": Case(
        (("  widgets[name]:\n", "  gadgets[name]:\n"),),
        "gadgets[name]:",
        "multipart field 'gadgets[name]': an attribute field is named widgets[<attribute>]",
    ),
    "a field name that is not one": Case(
        (("  widgets[name]:\n", "  'widgets name':\n"),),
        "'widgets name':",
        "multipart: field name 'widgets name' is not a form field name such as 'x[y]'",
    ),
    "no create": Case(
        (("- create\n", ""),),
        "multipart:",
        "multipart: the resource has no create operation",
    ),
    "no extension": Case(
        (("extension: true\n", ""),),
        "multipart:",
        "multipart: the upload is hand-written, so the resource needs extension",
    ),
    "the old flag": Case(
        (("extension: true\n", "extension: true\nmultipart_create: true\n"),),
        "multipart_create: true",
        "multipart_create is replaced by a 'multipart:' form listing the fields",
    ),
    "a field that is not a mapping": Case(
        (("  widgets[name]:\n    role: attribute\n", "  widgets[name]: attribute\n"),),
        "widgets[name]: attribute",
        "multipart field 'widgets[name]' must be a mapping",
    ),
}


@pytest.mark.parametrize("case_id", sorted(CASES))
def test_spec_error(tmp_path: Path, case_id: str) -> None:
    case = CASES[case_id]
    root, text = _with_form(tmp_path, case.form, *case.edits)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    error = info.value
    assert error.path == root / WIDGETS
    assert error.line == _line(text, case.line_of), error
    assert error.message.startswith(case.message), error.message
    assert str(error) == f"{root / WIDGETS}:{error.line}: {error.message}"
