"""The errors for reading a name that a client or repository does not have.

Python's own ``AttributeError`` suggests the closest name the object has, private ones
included: for ``client.dids.create`` it offered ``_create``, which sends a POST the API refuses.
These errors offer public names only, and say when the name is an operation the API does not
offer for the resource.
"""

from __future__ import annotations

from collections.abc import Iterable

from didww._errors import UnknownAttributeError

OPERATIONS = ("list", "iter", "find", "create", "update", "delete", "wait")
"""The operations a repository may have; which ones it has comes from the spec."""


def private(obj: object, name: str) -> AttributeError:
    """Python's own error for a private or special name (``_x``, ``__deepcopy__``), which code
    probing an object (copy, pickle, IPython) asks for and expects to be missing."""
    text = f"{type(obj).__name__!r} object has no attribute {name!r}"
    return AttributeError(text, name=name, obj=obj)


def _closest(name: str, offered: Iterable[str]) -> str | None:
    import difflib  # loaded on the first such mistake, not with ``import didww``

    close = difflib.get_close_matches(name, sorted(offered), n=1)
    return close[0] if close else None


def _public(cls: type) -> list[str]:
    return [n for n in dir(cls) if not n.startswith("_")]


def unknown_operation(obj: object, name: str, resource: str) -> UnknownAttributeError:
    """The error for reading ``name`` on a repository of ``resource`` (its path, ``/dids``)."""
    cls = type(obj)
    offered = _public(cls)
    has = ", ".join(f"{n}()" for n in OPERATIONS if n in offered)
    if name in OPERATIONS:
        if name == "iter":  # a walk over the pages of a list
            why = f"the API offers no list for {resource}"
        elif name == "wait":  # for a status that moves on its own
            why = f"{resource} has no status that changes on its own"
        else:
            why = f"the API offers no {name} for {resource}"
        return UnknownAttributeError(f"{cls.__name__} has no {name}(): {why} (it has {has})")
    close = _closest(name, offered)
    hint = f"did you mean {close!r}?" if close is not None else f"it has {has}"
    return UnknownAttributeError(f"{cls.__name__} has no {name!r}; {hint}")
