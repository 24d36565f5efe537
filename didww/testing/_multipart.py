"""A small ``multipart/form-data`` reader (the stdlib has none that is not deprecated)."""

from __future__ import annotations

import re
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
