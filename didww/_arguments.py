"""Arguments a public method does not take raise :class:`~didww.ArgumentError`.

Python's own ``TypeError`` for ``client.with_options(max_retry=5)`` or
``orders.wait(order, time_out=60)`` is the one exception a caller of the SDK could get from
outside its tree. The public methods of the clients, repositories and queries are wrapped
(:func:`check_methods`) so that a call the method cannot bind raises ``ArgumentError``, a
``ClientError`` and a ``TypeError`` at once, naming the closest keyword the method takes.

A successful call pays one more Python call (and, for an async method before Python 3.12, one
more coroutine) and nothing else: the signature is looked at only once binding has failed. A
``TypeError`` raised by the method's own code is not touched.
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable
from typing import Any, TypeVar

from didww._errors import ArgumentError

F = TypeVar("F", bound=Callable[..., Any])

_QUERY_METHODS = frozenset({"fields", "filter", "include", "page", "sort"})
"""The QueryParams builders: a keyword named after one was meant for ``params=``."""


def check_methods(cls: type) -> None:
    """Wrap the public methods, class methods and static methods (and ``__init__``,
    ``__new__``) that ``cls`` itself defines with :func:`checked`."""
    for name, member in list(vars(cls).items()):
        if name.startswith("_") and name not in ("__init__", "__new__"):
            continue
        function = getattr(member, "__func__", member)
        if getattr(function, "__qualname__", "").rpartition(".")[0] != cls.__qualname__:
            continue  # put there by a metaclass (an enum's Enum.__new__): not this class's own
        if inspect.isfunction(member):
            setattr(cls, name, checked(member))
        elif isinstance(member, classmethod):
            setattr(cls, name, classmethod(checked(member.__func__)))
        elif isinstance(member, staticmethod) and name == "__new__":  # takes the class first
            setattr(cls, name, staticmethod(checked(member.__func__)))
        elif isinstance(member, staticmethod):
            setattr(cls, name, staticmethod(checked_function(member.__func__)))


def checked_function(fn: F) -> F:
    """:func:`checked` for a function that is no method: its first argument is the caller's."""
    return checked(fn, method=False)


def checked(fn: F, *, method: bool = True) -> F:
    """``fn``, raising :class:`~didww.ArgumentError` rather than ``TypeError`` for arguments
    it does not take. With ``method``, its first argument is the object (or class) it is
    called on, which the error names and leaves out of its counts."""
    if getattr(fn, "__wrapped__", None) is not None:
        return fn  # checked already (a method inherited and wrapped again)

    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TypeError as exc:
            # No frame of fn in the traceback: the arguments did not bind, fn never ran.
            if exc.__traceback__ is not None and exc.__traceback__.tb_next is None:
                raise _refused(fn, args, kwargs, exc, method) from None
            raise

    if inspect.iscoroutinefunction(fn):
        # The wrapper stays a function, which unittest.mock's autospec and inspect take as the
        # method itself, and says it is a coroutine function, which Client.batch asks to refuse
        # it. From Python 3.12 a plain function can say so: it binds the arguments when called,
        # as the coroutine function does. Before 3.12 only a coroutine function can, and its
        # body, where the arguments are bound, runs when it is awaited.
        if sys.version_info >= (3, 12):
            return inspect.markcoroutinefunction(functools.wraps(fn)(call))  # type: ignore[return-value]

        async def acall(*args: Any, **kwargs: Any) -> Any:
            return await call(*args, **kwargs)

        return functools.wraps(fn)(acall)  # type: ignore[return-value]
    return functools.wraps(fn)(call)  # type: ignore[return-value]


def _refused(
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    exc: TypeError,
    method: bool,
) -> ArgumentError:
    """The error for a call of ``fn`` whose arguments did not bind. Values are never shown: a
    secret passed by mistake would be printed."""
    name = fn.__name__
    every = list(inspect.signature(fn).parameters.values())
    if not method:
        return _refused_call(f"{name}()", every, args, kwargs, exc)
    if not args and name == "__new__":  # X.__new__() called by hand, with not even the class
        return ArgumentError(f"{fn.__qualname__}() takes the class first: call the class instead")
    if not args:  # called on the class (its name unknown here: fn may be a base's)
        return ArgumentError(f"{name}() is a method: call it on an instance, not its class")
    # Named after the caller's object (Client, DIDRepository) or class (an enum's unchecked()),
    # not the base defining fn; unless the first argument is no such object (the method called
    # on its class with something else first).
    own = args[0]
    subject = own if isinstance(own, type) else type(own)
    if getattr(getattr(subject, name, None), "__wrapped__", None) is fn:
        owner = subject.__name__
    else:
        owner = fn.__qualname__.rpartition(".")[0]
    shown = f"{owner}()" if name in ("__init__", "__new__") else f"{owner}.{name}()"

    def elsewhere(keyword: str) -> str | None:
        sibling = _taken_by_another(own, name, keyword)
        return None if sibling is None else f"{owner}.{sibling}() takes {keyword}="

    return _refused_call(shown, every[1:], args[1:], kwargs, exc, elsewhere)  # self left out


def _refused_call(
    shown: str,
    every: list[inspect.Parameter],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    exc: TypeError,
    elsewhere: Callable[[str], str | None] | None = None,
) -> ArgumentError:
    """The error for the call ``shown`` of a function taking ``every`` (self left out) given
    ``args`` (self left out) and ``kwargs``; ``elsewhere`` says which other method takes a
    keyword that nothing here is close to."""
    parameters = [p for p in every if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    keywords = [p.name for p in parameters if p.kind is not p.POSITIONAL_ONLY]
    takes_any = any(p.kind is p.VAR_KEYWORD for p in every)
    unknown = [] if takes_any else [name for name in kwargs if name not in keywords]
    if not unknown:
        # A required argument missing (Python's text says which), or too many positional ones:
        # counted here, since Python's count of a method's includes self.
        text = str(exc)
        detail = text.split("() ", 1)[1] if "() " in text else text
        positional = [
            p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        given = len(args)
        if given > len(positional) and not any(p.kind is p.VAR_POSITIONAL for p in every):
            required = sum(p.default is p.empty for p in positional)
            takes = (
                f"{len(positional)}"
                if required == len(positional)
                else f"{required} to {len(positional)}"
            )
            noun = "argument" if takes == "1" else "arguments"
            verb = "was" if given == 1 else "were"
            detail = f"takes {takes} positional {noun} but {given} {verb} given"
        return ArgumentError(f"{shown} {detail}")
    name = unknown[0]
    text = f"{shown} takes no {name}= argument"
    if name in _QUERY_METHODS and "params" in keywords:
        return ArgumentError(f"{text}; pass params=QueryParams().{name}(...)")
    import difflib  # loaded on the first such mistake, not with ``import didww``

    close = difflib.get_close_matches(name, keywords, n=1)
    if close:
        return ArgumentError(f"{text}; did you mean {close[0]}=?")
    taken = ", ".join(f"{k}=" for k in keywords) or "no keyword arguments"
    text += f" (it takes {taken})"
    other = elsewhere(name) if elsewhere is not None else None
    return ArgumentError(f"{text}; {other}" if other else text)


def _taken_by_another(obj: object, method: str, name: str) -> str | None:
    """Another public method of ``obj`` taking the keyword ``name`` (``list(page_size=)`` was
    meant for ``iter()``), or None."""
    for other in sorted(dir(type(obj))):
        member = getattr(type(obj), other, None)
        if other == method or other.startswith("_") or not inspect.isfunction(member):
            continue
        try:
            parameters = inspect.signature(member).parameters
        except (TypeError, ValueError):  # no signature to read
            continue
        found = parameters.get(name)
        if found is not None and found.kind in (found.KEYWORD_ONLY, found.POSITIONAL_OR_KEYWORD):
            return other
    return None
