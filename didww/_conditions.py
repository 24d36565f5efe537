"""Rules across the attributes of one nested object, as an API version's document states them.

A 2026-10-22 SIP configuration needs ``auth_user`` and ``auth_password`` while ``auth_enabled``
is true and takes neither while it is false; its ``sst_max_timer`` is never below
``sst_min_timer``. The spec lists these under an object's ``conditions`` (see ``spec/README.md``);
the generated class and the catalog hold them as the values below, and two readers apply them:

* the SDK, to the object a request is about to send (``stored=False``): it refuses only what is
  certain from the object alone. An attribute left out may be filled by the API (a default, or
  the stored value an update merges with), so only a value sent is judged: a null where a value
  is required, a value where none is taken, two sent values out of order;
* the simulator, to the object as it stands once the request is applied (``stored=True``):
  there a missing value is a blank one.

A :class:`Group` says how many of some members a request sends: a DID order item sends at most
one of ``qty``, ``available_did_id`` and ``did_reservation_id``; an emergency verification is
created with exactly one of ``dids`` and ``emergency_calling_service``. Groups judge the request
as sent, whoever reads them, since that is what the document's rule is about (the members a
request body carries, not the values the API then stores).

A resource has conditions over its attributes and relationships alike (see
``Resource._CONDITIONS``): groups, judged on a create, and conditions, judged on a create and an
update. A 2026-04-16 voice out trunk takes no ``dids`` while ``allow_any_did_as_cli`` is true; a
business identity needs a ``company_name``. The SDK reads a create as the whole record (nothing is
stored yet to fill in a value left out) and an update as what it sends, with the value of a
create-only attribute as loaded, since no update can have changed it (the identity's
``identity_type``), never with a loaded writable value, which may be stale. The simulator judges
the record as the request leaves it (``stored=True``), as for an object.

Messages name attributes and, for bounds, the two numbers; never another value (a password).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from didww._errors import ClientError
from didww._types import JSON

__all__ = [
    "Bound",
    "Condition",
    "ConditionsBroken",
    "Group",
    "ObjectCondition",
    "ResourceCondition",
    "broken",
    "marked",
]

_ABSENT: Any = object()

Naming = Callable[[str], str]
"""How a message names a member: as it is, by default; the command line gives its own names."""


def _as_is(name: str) -> str:
    return name


def _shown(value: JSON) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


@dataclass(frozen=True)
class Condition:
    """While ``attribute`` is ``value`` (is not, when ``negated``), the members of ``require``
    need a value (not null, not empty text, not an empty list) and those of ``refuse`` must be
    blank (null, left out, empty text, an empty list, or false for a switch)."""

    attribute: str
    value: JSON
    negated: bool = False
    require: tuple[str, ...] = ()
    refuse: tuple[str, ...] = ()

    def _when(self, named: Naming) -> str:
        """The condition in words, its attribute named by ``named``: ``"auth_enabled is
        true"``."""
        verb = "is not" if self.negated else "is"
        return f"{named(self.attribute)} {verb} {_shown(self.value)}"

    def problems(
        self, attributes: Mapping[str, JSON], *, stored: bool, named: Naming = _as_is
    ) -> list[tuple[str, str]]:
        """(attribute, message) for each way ``attributes`` break the condition; ``named``
        gives the names of the members the messages mention."""
        trigger = attributes.get(self.attribute, _ABSENT)
        if trigger is _ABSENT or (trigger == self.value) is self.negated:
            return []
        when = self._when(named)
        found = []
        for name in self.require:
            value = attributes.get(name, _ABSENT)
            if value is None or value == "" or value == [] or (stored and value is _ABSENT):
                found.append((name, f"is required while {when}"))
        for name in self.refuse:
            # Blank: null, left out, empty text, no members (a to-many relationship), or false
            # for a switch (use_did_in_ruri).
            value = attributes.get(name)
            if not (value is None or value == "" or value == [] or value is False):
                blank = "empty" if isinstance(value, list) else "blank"
                found.append((name, f"must be {blank} while {when}"))
        return found


@dataclass(frozen=True)
class Bound:
    """``attribute`` is not below ``at_least`` and not above ``at_most`` (other attributes of
    the object), where both values are numbers."""

    attribute: str
    at_least: str | None = None
    at_most: str | None = None

    def problems(
        self, attributes: Mapping[str, JSON], *, stored: bool, named: Naming = _as_is
    ) -> list[tuple[str, str]]:
        """(attribute, message) when ``attributes`` put the value out of its bounds."""
        value = attributes.get(self.attribute)
        if not _number(value):
            return []
        for other, below in ((self.at_least, True), (self.at_most, False)):
            if other is None:
                continue
            limit = attributes.get(other)
            if not _number(limit):
                continue
            if (value < limit) if below else (value > limit):  # type: ignore[operator]
                side = "below" if below else "above"
                return [(self.attribute, f"{value} is {side} {named(other)} ({limit})")]
        return []


def _number(value: JSON) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


GROUP_KINDS = {
    "exactly_one": "exactly one",
    "at_most_one": "at most one",
    "at_least_one": "at least one",
    "all_or_none": "all or none",
}
"""The kinds of :class:`Group`, with how a message says them."""


@dataclass(frozen=True)
class Group:
    """How many of ``names`` a request sends, as ``kind`` says (one of :data:`GROUP_KINDS`):
    ``exactly_one``, ``at_most_one``, ``at_least_one``, or ``all_or_none`` (every one or none).

    A member counts as sent when it has a value: not null and not an empty list (a to-many
    relationship sent with no members). Empty text counts as sent: it is a value, which the
    member's own checks judge (an empty ``callback_url`` is no URL). ``all_or_none`` also wants
    every member in the request, a null included, or none: as the document's schema says it
    (``required`` counts a member sent as null)."""

    kind: str
    names: tuple[str, ...]

    def problems(
        self, members: Mapping[str, JSON], *, stored: bool, named: Naming = _as_is
    ) -> list[tuple[str, str]]:
        """(member, message) for each way ``members`` break the group; ``stored`` changes
        nothing (see the module's docstring)."""
        sent = [n for n in self.names if members.get(n) is not None and members.get(n) != []]
        unsent = [n for n in self.names if n not in sent]
        how = GROUP_KINDS[self.kind]
        if self.kind == "all_or_none":
            # Judged twice. The document's schema wants every member in the body or none, a
            # null counting as there ({"callback_url": null} alone is refused); its words want
            # no member without a value while another has one (a URL with a null method).
            if sent and unsent:
                given = _listed([named(n) for n in sent], "and")
                return [(n, f"must be sent together with {given}") for n in unsent]
            absent = [n for n in self.names if n not in members]
            if not absent or len(absent) == len(self.names):
                return []
            nulls = _listed([named(n) for n in self.names if n in members], "and")
            text = f"must be sent together with {nulls}, null as they are, or none of them sent"
            return [(n, text) for n in absent]
        if len(sent) > 1 and self.kind in ("exactly_one", "at_most_one"):
            choice = f"send {how} of {_listed([named(n) for n in self.names], 'or')}"
            first = named(sent[0])
            return [(n, f"cannot be sent together with {first}: {choice}") for n in sent[1:]]
        if not sent and self.kind in ("exactly_one", "at_least_one"):
            others = [named(n) for n in unsent[1:]]
            verb = "is" if len(others) == 1 else "are"
            text = f"is missing, and so {verb} {_listed(others, 'and')}: send {how} of them"
            return [(unsent[0], text)]
        return []


def _listed(names: list[str] | tuple[str, ...], last: str) -> str:
    """``a``, ``a and b``, ``a, b and c`` (or ``or``)."""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {last} {names[-1]}"


ObjectCondition = Condition | Bound | Group
"""One entry of a nested object's ``conditions``."""

ResourceCondition = Condition | Group
"""One entry of a resource's ``conditions``."""


def broken(
    conditions: tuple[ObjectCondition, ...] | tuple[ResourceCondition, ...],
    attributes: Mapping[str, JSON],
    *,
    stored: bool,
    named: Naming = _as_is,
) -> list[tuple[str, str]]:
    """Every (attribute, message) by which ``attributes`` break ``conditions``, in order (a
    resource's groups are given its relationships' data too, by name); ``named`` gives the
    names of the members the messages mention."""
    found: list[tuple[str, str]] = []
    for condition in conditions:
        found += condition.problems(attributes, stored=stored, named=named)
    return found


def marked(name: str) -> str:
    """A member's name marked in a message, for :class:`ConditionsBroken` to name again."""
    return f"\0{name}\0"


_MARKED = re.compile("\0([^\0]*)\0")


class ConditionsBroken(ClientError):
    """The :class:`~didww.ClientError` for a request that breaks conditions of its resource,
    which can say the same in other names: the command line names the members as its
    ``--set`` takes them (``dids_ids``, not ``VoiceOutTrunk.dids``).

    It keeps the messages of :func:`broken` made with ``named=marked``, never the values of the
    request (which may hold a secret, and the error may be logged or pickled)."""

    def __init__(self, owner: str, problems: list[tuple[str, str]]) -> None:
        self._problems = tuple(problems)
        super().__init__(self.restate(lambda name: f"{owner}.{name}", _as_is))

    def restate(self, leading: Naming, named: Naming) -> str:
        """The message with each member it is about named by ``leading`` and the members its
        texts mention by ``named``."""
        return "; ".join(
            f"{leading(name)} {_MARKED.sub(lambda found: named(found[1]), text)}"
            for name, text in self._problems
        )
