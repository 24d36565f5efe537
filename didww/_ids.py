"""What a resource's id may hold: one rule for the ids of URL paths and of relationships."""

from __future__ import annotations

from didww._errors import shown

_FORBIDDEN = frozenset("/\\?#")
"""Characters that would change which URL a path means; whitespace and control characters are
refused separately (str.isspace and str.isprintable cover their Unicode forms too)."""

_SHOWN = 60


def id_problem(id: object) -> str | None:
    """Why ``id`` can be no resource's id; None when it can be one.

    Ids often come from outside (a callback, a CSV file, a web form). Pasted into a path, ``..``
    or ``/`` would climb to another endpoint, ``?`` and ``#`` would move part of the id out of the
    path, and whitespace or control characters would be cut or refused along the way; in a
    request body, such an id names nothing the API has.
    """
    if not isinstance(id, str):
        return f"an id must be a string, got {type(id).__name__}"
    if not id:
        return "an id must not be empty"
    if id in (".", ".."):
        return f"{id!r} is not an id"
    for char in id:
        if char in _FORBIDDEN or char.isspace() or not char.isprintable():
            return f"the id {shown(id, _SHOWN)} contains {char!r}, which an id never holds"
    return None
