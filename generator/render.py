"""Renders the spec into files, formats them with black, and writes or checks them."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator import model as m
from generator import views

TEMPLATES = Path(__file__).parent / "templates"
OUTPUT_PACKAGE = Path("didww") / "_generated"

_SYNC = ("", "SyncRepository", "", "", "SyncRawRepository", "Iterator")
_ASYNC = ("Async", "AsyncRepository", "async ", "await ", "AsyncRawRepository", "AsyncIterator")
_CLIENT_FLAVOURS = [
    ("", "SyncClientBase", "", ""),
    ("Async", "AsyncClientBase", "async ", "await "),
]


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def _format(path: str, source: str) -> str:
    mode = black.Mode(line_length=100, target_versions={TargetVersion.PY310})
    try:
        return black.format_str(source, mode=mode)
    except InvalidInput as exc:
        raise RuntimeError(f"template produced invalid Python for {path}: {exc}") from exc


def render(spec: m.Spec) -> dict[str, str]:
    """Every generated file, by path relative to the output package, formatted."""
    env = _environment()
    header = views.HEADER
    files: dict[str, str] = {}

    def emit(target: str, template: str, **context: object) -> None:
        context.setdefault("header", header)
        files[target] = env.get_template(template).render(**context)

    emit("__init__.py", "package_init.py.j2", **_package_context(spec))
    emit("api.py", "api.py.j2", api=spec.api)
    emit("catalog.py", "catalog.py.j2", **views.catalog_view(spec))
    emit("enums.py", "enums.py.j2", enums=views.enums_view(spec))
    objects = views.objects_view(spec)
    emit("objects.py", "objects.py.j2", **vars(objects))
    models = sorted((r.type, r.class_name) for r in spec.resources)
    emit("models/__init__.py", "models_init.py.j2", models=models)
    repositories = []
    for resource in spec.resources:
        emit(f"models/{resource.type}.py", "model.py.j2", **vars(views.model_view(spec, resource)))
        if resource.operations:
            repo = views.repository_view(resource)
            repositories.append(
                {
                    "module": repo.module,
                    "class_name": repo.class_name,
                    "names": ", ".join(sorted([repo.class_name, f"Async{repo.class_name}"])),
                    "segment": resource.segment,
                    "path": resource.path,
                }
            )
            emit(
                f"repositories/{resource.type}.py",
                "repository.py.j2",
                flavours=[_SYNC, _ASYNC],
                **vars(repo),
            )
    emit(
        "repositories/__init__.py",
        "plain_init.py.j2",
        docstring="One module per API path, each with a sync and an async repository.",
    )
    emit("clients.py", "clients.py.j2", repositories=repositories, flavours=_CLIENT_FLAVOURS)
    return {path: _format(path, text) for path, text in sorted(files.items())}


def _package_context(spec: m.Spec) -> dict[str, object]:
    models = sorted((r.type, r.class_name) for r in spec.resources)
    objects = sorted(
        [o.name for o in spec.objects] + [n for u in spec.unions for n in (u.name, u.fallback)]
    )
    exported = sorted(
        ["API_VERSION", "AsyncClient", "Client", "Environment"]
        + [cls for _, cls in models]
        + objects
    )
    return {"models": models, "objects": objects, "exported": exported}


def existing(root: Path, folder: Path = OUTPUT_PACKAGE) -> dict[str, str]:
    """The files under ``root / folder`` (bytecode caches aside), by path relative to it."""
    out = root / folder
    if not out.exists():
        return {}
    return {
        p.relative_to(out).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(out.rglob("*"))
        if p.is_file() and "__pycache__" not in p.relative_to(out).parts
    }


def write(root: Path, files: dict[str, str], folder: Path = OUTPUT_PACKAGE) -> list[str]:
    """Replace ``root / folder`` with ``files``; returns the paths that changed."""
    out = root / folder
    before = existing(root, folder)
    if out.exists():
        shutil.rmtree(out)
    for rel, text in files.items():
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return sorted(p for p in set(before) | set(files) if before.get(p) != files.get(p))


def check(root: Path, files: dict[str, str], folder: Path = OUTPUT_PACKAGE) -> str:
    """A unified diff from the committed files to what the spec produces ('' when equal)."""
    before = existing(root, folder)
    chunks: list[str] = []
    for rel in sorted(set(before) | set(files)):
        old, new = before.get(rel), files.get(rel)
        if old == new:
            continue
        name = (folder / rel).as_posix()
        chunks.extend(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"committed/{name}" if old is not None else "/dev/null",
                tofile=f"generated/{name}" if new is not None else "/dev/null",
            )
        )
    return "".join(chunks)
