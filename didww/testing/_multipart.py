"""A small ``multipart/form-data`` reader (the stdlib has none that is not deprecated), and the
refusal of form fields an endpoint does not take."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from didww.testing import _errors as err

_BOUNDARY = re.compile(r'boundary="?([^";]+)"?', re.IGNORECASE)
_DISPOSITION = re.compile(r'(\w+)="((?:[^"\\]|\\.)*)"')


@dataclass(frozen=True)
class Part:
    """One form field: its name, file name (for uploads) and content."""

    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def _bad(detail: str) -> err.SimError:
    return err.bad_request(detail, err.INVALID_DOCUMENT, title="Invalid multipart body")


def parse_multipart(content_type: str | None, body: bytes) -> dict[str, Part]:
    """The parts of a multipart body by field name; 400 when it is not one."""
    if not content_type or not content_type.lower().startswith("multipart/form-data"):
        raise _bad("This endpoint takes a multipart/form-data upload.")
    match = _BOUNDARY.search(content_type)
    if match is None:
        raise _bad("The multipart Content-Type has no boundary.")
    delimiter = b"--" + match.group(1).encode("latin-1")
    sections = body.split(delimiter)
    if len(sections) < 3:
        raise _bad("The multipart body has no parts.")
    parts: dict[str, Part] = {}
    for section in sections[1:]:
        if section.startswith(b"--"):
            break  # the closing delimiter
        section = section.removeprefix(b"\r\n")
        head, separator, data = section.partition(b"\r\n\r\n")
        if not separator:
            raise _bad("A multipart part has no header block.")
        headers = {}
        for line in head.decode("utf-8", errors="replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = dict(_DISPOSITION.findall(headers.get("content-disposition", "")))
        if "name" not in disposition:
            raise _bad("A multipart part has no field name.")
        part = Part(
            disposition["name"],
            disposition.get("filename"),
            headers.get("content-type"),
            data.removesuffix(b"\r\n"),
        )
        parts[part.name] = part
    return parts


def field_pointer(name: str, resource: str) -> str | None:
    """Where the errors about form field ``name`` point: ``/data/attributes/<inner>`` for one
    named ``<resource>[<inner>]``, as the endpoint's errors about its fields do; None for any
    other name, which stands for no member of the resource."""
    inner = re.fullmatch(rf"{re.escape(resource)}\[([^\[\]]+)\]", name)
    return f"/data/attributes/{inner.group(1)}" if inner else None


def refuse_unknown_fields(
    parts: Mapping[str, Part], resource: str, accepted: Collection[str]
) -> None:
    """400 naming every field of ``parts`` whose name is not in ``accepted`` (the wire names of
    the endpoint's form, from the catalog), the way the members of a JSON:API body that the API
    does not accept are refused: ``Param not allowed``, code 105, one entry per field, pointing
    where :func:`field_pointer` says (a name outside the ``<resource>[...]`` wrapper is named in
    the detail only)."""
    entries: list[err.ErrorEntry] = []
    for name in parts:
        if name in accepted:
            continue
        detail = f"{name} is not allowed: it is not a field of this upload."
        pointer = field_pointer(name, resource)
        entries.append(err.ErrorEntry("Param not allowed", detail, err.PARAM_NOT_ALLOWED, pointer))
    if entries:
        raise err.SimError(400, entries)
