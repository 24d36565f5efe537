"""Renders the spec into files, formats them with black, and writes or checks them."""

from __future__ import annotations

import difflib
import functools
import shutil
from pathlib import Path

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator import model as m
from generator import views

TEMPLATES = Path(__file__).parent / "templates"

_SYNC = ("", "SyncRepository", "", "", "SyncRawRepository", *views.WALK_TYPES["sync"])
_ASYNC = (
    "Async",
    "AsyncRepository",
    "async ",
    "await ",
    "AsyncRawRepository",
    *views.WALK_TYPES["async"],
)
_CLIENT_BASES = {
    "api_key": ("SyncClientBase", "AsyncClientBase"),
    "bearer": ("SyncBearerClientBase", "AsyncBearerClientBase"),
}


@functools.cache
def _environment() -> Environment:
    """The Jinja environment of the package templates, built once."""
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


def render(spec: m.Spec, *, default: bool = True) -> dict[str, str]:
    """Every file of one version's package, by path relative to it, formatted."""
    env = _environment()
    package = views.package_of(spec.api.version)
    files: dict[str, str] = {}

    def emit(target: str, template: str, **context: object) -> None:
        context.setdefault("header", views.HEADER)
        context.setdefault("package", package)
        files[target] = env.get_template(template).render(**context)

    emit("__init__.py", "version_init.py.j2", **views.version_view(spec, default=default))
    emit("_registry.py", "registry.py.j2", version=spec.api.version, classes=_classes(spec))
    emit("api.py", "api.py.j2", **views.api_view(spec))
    emit("catalog.py", "catalog.py.j2", **views.catalog_view(spec))
    emit("enums.py", "enums.py.j2", enums=views.enums_view(spec))
    objects = views.objects_view(spec)
    emit("objects.py", "objects.py.j2", **vars(objects))
    emit(
        "models/__init__.py",
        "plain_init.py.j2",
        docstring="One module per resource type; each is imported when first needed.",
    )
    repositories = []
    keys_public = any(r.public for r in spec.resources if r.type == "public_keys")
    for resource in spec.resources:
        emit(f"models/{resource.type}.py", "model.py.j2", **vars(views.model_view(spec, resource)))
        if resource.operations:
            repo = views.repository_view(resource, keys_public=keys_public)
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
    sync_base, async_base = _CLIENT_BASES[spec.api.auth]
    emit(
        "clients.py",
        "clients.py.j2",
        repositories=repositories,
        flavours=[("", "Synchronous", sync_base), ("Async", "Asynchronous", async_base)],
        bases=sorted([sync_base, async_base]),
        version=spec.api.version,
    )
    return {path: _format(path, text) for path, text in sorted(files.items())}


def _classes(spec: m.Spec) -> list[tuple[str, str]]:
    return sorted((r.type, r.class_name) for r in spec.resources)


_TOP_FILES = {"didww/__init__.py": "didww_init.py.j2", "didww/enums.py": "didww_enums.py.j2"}
"""The generated files outside the version packages, which expose the default version."""


def render_sdk(specs: list[m.Spec], default: str) -> dict[str, str]:
    """Every generated file of the SDK, by path relative to the project root: one package per
    version (``didww/v2026_04_16/``), plus ``didww/__init__.py`` and ``didww/enums.py``, which
    expose the default version."""
    env = _environment()
    files: dict[str, str] = {}
    chosen = next(s for s in specs if s.api.version == default)
    for spec in specs:
        folder = views.package_of(spec.api.version).replace(".", "/")
        for rel, text in render(spec, default=spec is chosen).items():
            files[f"{folder}/{rel}"] = text
    top = views.top_view(chosen, [s.api.version for s in specs])
    for path, template in _TOP_FILES.items():
        files[path] = _format(path, env.get_template(template).render(header=views.HEADER, **top))
    statuses = views.callback_statuses_view(specs, chosen)
    text = env.get_template(_STATUSES_TEMPLATE).render(header=views.HEADER, **statuses)
    files[_STATUSES_FILE] = _format(_STATUSES_FILE, text)
    return dict(sorted(files.items()))


_STATUSES_FILE, _STATUSES_TEMPLATE = "didww/_callback_statuses.py", "callback_statuses.py.j2"
"""The callback status types of every version, which :mod:`didww.webhooks` annotates with."""

OWNED_FILES = (*_TOP_FILES, _STATUSES_FILE)


def _version_folders(root: Path) -> list[Path]:
    package = root / "didww"
    if not package.is_dir():
        return []
    return sorted(
        p for p in package.iterdir() if p.is_dir() and views.version_of_folder(p.name) is not None
    )


def owned(root: Path, folders: tuple[Path, ...] = ()) -> dict[str, str]:
    """The generated files now on disk, by path relative to ``root``: every version package
    (``didww/v*/``), the two top-level files, and ``folders`` (the docs reference)."""
    found: dict[str, str] = {}
    roots = _version_folders(root)
    roots += [root / f for f in folders]
    for top in sorted(roots):
        if not top.exists():
            continue
        for p in sorted(top.rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                found[p.relative_to(root).as_posix()] = p.read_text(encoding="utf-8")
    for name in OWNED_FILES:
        path = root / name
        if path.exists():
            found[name] = path.read_text(encoding="utf-8")
    return found


def write(root: Path, files: dict[str, str], folders: tuple[Path, ...] = ()) -> list[str]:
    """Make the generated files on disk exactly ``files`` (a stale file or a removed version's
    package is deleted); returns the paths that changed."""
    before = owned(root, folders)
    for rel in sorted(set(before) - set(files)):
        (root / rel).unlink()
    for rel, text in files.items():
        target = root / rel
        if before.get(rel) != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    for top in _version_folders(root) + [root / f for f in folders]:
        _remove_empty(top)
    return sorted(p for p in set(before) | set(files) if before.get(p) != files.get(p))


def _remove_empty(folder: Path) -> None:
    """Delete ``folder`` and the folders under it that hold no file but byte-code caches (the
    package of a removed version or resource kind). A package that still has sources keeps its
    ``__pycache__``: Python would only have to write it again."""
    if not folder.is_dir():
        return
    folders = [p for p in folder.rglob("*") if p.is_dir() and p.name != "__pycache__"]
    for child in [*sorted(folders, key=lambda p: len(p.parts), reverse=True), folder]:
        if not _holds_sources(child):
            shutil.rmtree(child)


def _holds_sources(folder: Path) -> bool:
    return any(
        p.is_file() and "__pycache__" not in p.relative_to(folder).parts for p in folder.rglob("*")
    )


def check(root: Path, files: dict[str, str], folders: tuple[Path, ...] = ()) -> str:
    """A unified diff from the committed files to what the spec produces ('' when equal)."""
    before = owned(root, folders)
    chunks: list[str] = []
    for rel in sorted(set(before) | set(files)):
        old, new = before.get(rel), files.get(rel)
        if old == new:
            continue
        chunks.extend(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=f"committed/{rel}" if old is not None else "/dev/null",
                tofile=f"generated/{rel}" if new is not None else "/dev/null",
            )
        )
    return "".join(chunks)
