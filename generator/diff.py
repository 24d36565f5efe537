"""A reviewable changelog of the API between two spec trees.

Additions are safe for SDK users; removals and incompatible changes are marked ``BREAKING``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

from generator import model as m
from generator.views import group_phrase, key_values_text

T = TypeVar("T")

_ACCESS_RANK = {"read_only": 0, "create_only": 1, "writable": 2}


class _Log:
    """Changes grouped by section (the API, one resource, enums, objects), in order."""

    def __init__(self) -> None:
        self.sections: dict[str, list[str]] = {}
        self.section = "API"
        self.breaking = 0
        self.count = 0

    def add(self, text: str, *, breaking: bool = False) -> None:
        if breaking:
            self.breaking += 1
        self.count += 1
        line = f"- {'**BREAKING**: ' if breaking else ''}{text}"
        self.sections.setdefault(self.section, []).append(line)


def _by_name(items: Iterable[T], key: Callable[[T], str]) -> dict[str, T]:
    return {key(item): item for item in items}


def _attributes(
    log: _Log,
    owner: str,
    old: tuple[m.Attribute, ...],
    new: tuple[m.Attribute, ...],
    *,
    in_object: bool,
) -> None:
    before = _by_name(old, lambda a: a.name)
    after = _by_name(new, lambda a: a.name)
    for name in sorted(set(before) - set(after)):
        log.add(f"{owner}: attribute `{name}` removed", breaking=True)
    for name in sorted(set(after) - set(before)):
        a = after[name]
        log.add(f"{owner}: attribute `{name}` added ({a.type}, {a.access})")
    for name in sorted(set(before) & set(after)):
        a, b = before[name], after[name]
        if a.type != b.type:
            log.add(f"{owner}.{name}: type {a.type} -> {b.type}", breaking=True)
        if a.nullable != b.nullable:
            # Now nullable: readers meet a None they never handled. No longer nullable: a
            # request that sent null is refused, which matters where requests could send it.
            log.add(
                f"{owner}.{name}: {'now nullable' if b.nullable else 'no longer nullable'}",
                breaking=b.nullable or a.access != "read_only",
            )
        elif a.nullable and a.null_in_requests != b.null_in_requests:
            text = "may be sent as null" if b.null_in_requests else "null in answers only"
            log.add(f"{owner}.{name}: {text}", breaking=not b.null_in_requests)
        if a.access != b.access:
            log.add(
                f"{owner}.{name}: access {a.access} -> {b.access}",
                breaking=_ACCESS_RANK[b.access] < _ACCESS_RANK[a.access],
            )
        if a.sensitive != b.sensitive:
            log.add(f"{owner}.{name}: sensitive {a.sensitive} -> {b.sensitive}")
        if a.keys != b.keys:
            _keys(log, f"{owner}.{name}", a.keys, b.keys)
        if a.default != b.default:
            _default(log, f"{owner}.{name}", a.default, b.default)
        _limits(log, f"{owner}.{name}", a, b)
        _item_counts(log, f"{owner}.{name}", a, b)
        if a.required != b.required:
            # Newly required: a request that left it out is refused.
            now = "now required when the object is sent" if in_object else "now required on create"
            said = now if b.required else "no longer required"
            log.add(f"{owner}.{name}: {said}", breaking=b.required)
        if a.fixed_variant != b.fixed_variant:
            # Newly fixed: an update switching the variant is refused.
            kept = "an update now keeps its type"
            said = kept if b.fixed_variant else "an update may change its type"
            log.add(f"{owner}.{name}: {said}", breaking=b.fixed_variant)


def _limits(log: _Log, owner: str, old: m.Attribute, new: m.Attribute) -> None:
    """The range, length or pattern a request's value must keep to. A new or stricter limit (a
    higher minimum, a lower maximum or max_length, any new or changed pattern) refuses what was
    sent before; a looser or no limit does not."""
    for key, word, raised in (
        ("minimum", "minimum", True),
        ("maximum", "maximum", False),
        ("max_length", "max length", False),
    ):
        was, now = getattr(old, key), getattr(new, key)
        if was == now:
            continue
        stricter = now is not None and (was is None or (now > was if raised else now < was))
        log.add(
            f"{owner}: {word} {'none' if was is None else was} -> {'none' if now is None else now}",
            breaking=stricter,
        )
    # Whether one expression takes less than another cannot be told, so any new or changed
    # pattern may refuse a value sent before.
    if old.pattern != new.pattern:
        log.add(
            f"{owner}: pattern {_shown(old.pattern)} -> {_shown(new.pattern)}",
            breaking=new.pattern is not None,
        )


def _shown(pattern: str | None) -> str:
    return "none" if pattern is None else f"`{pattern}`"


def _default(log: _Log, owner: str, old: m.Default | None, new: m.Default | None) -> None:
    """What a create that leaves the attribute out gets. A stated default that changes alters
    what such a create does; one stated for the first time only says what the API did already
    (the earlier document was silent), and one no longer stated leaves it unsaid."""
    if new is None:
        log.add(f"{owner}: default when left out on create no longer stated")
    elif old is None:
        log.add(f"{owner}: default when left out on create now stated: `{_json(new.value)}`")
    else:
        log.add(
            f"{owner}: default when left out on create `{_json(old.value)}` -> "
            f"`{_json(new.value)}`",
            breaking=True,
        )


def _json(value: object) -> str:
    """A default as the API's document writes it (``true``, ``null``, ``"raw"``)."""
    return json.dumps(value)


def _keys(log: _Log, owner: str, old: m.JsonKeys | None, new: m.JsonKeys | None) -> None:
    """A json object's keys on create: each key it no longer takes, or now needs, refuses
    creates that used to go through."""
    if new is None:
        log.add(f"{owner}: keys no longer listed (any key is sent)")
        return
    if old is None:
        required = ", ".join(f"`{k}`" for k in new.required) or "none"
        others = (
            "any other key is sent"
            if new.depends_on is None
            else f"the others by `{new.depends_on}`; any other key is refused"
        )
        log.add(f"{owner}: keys now listed: required {required}, {others}", breaking=True)
        _key_values(log, owner, (), new.values)
        return
    if old.depends_on != new.depends_on:
        if new.depends_on is None:
            log.add(f"{owner}: keys no longer depend on `{old.depends_on}` (any other key is sent)")
        elif old.depends_on is None:
            message = f"{owner}: keys now depend on `{new.depends_on}`; any other key is refused"
            log.add(message, breaking=True)
        else:
            message = f"{owner}: keys depend on `{old.depends_on}` -> `{new.depends_on}`"
            log.add(message, breaking=True)
    for key in new.required:
        if key not in old.required:
            log.add(f"{owner}: key `{key}` now required", breaking=True)
    for key in old.required:
        if key not in new.required:
            log.add(f"{owner}: key `{key}` no longer required")
    _key_values(log, owner, old.values, new.values)
    if old.depends_on is None or new.depends_on is None:
        return  # open keys on one side: listing each value's keys as added would say nothing
    before, after = dict(old.optional), dict(new.optional)
    for value in after:
        # A value added or removed is reported with its enum; its keys are what is new here.
        was, now = before.get(value, ()), after[value]
        for key in sorted(set(was) - set(now) - set(new.required)):
            log.add(f"{owner}: `{value}` no longer takes key `{key}`", breaking=True)
        for key in sorted(set(now) - set(was) - set(old.required)):
            log.add(f"{owner}: `{value}` takes key `{key}`")


def _key_values(
    log: _Log, owner: str, old: Sequence[m.KeyValues], new: Sequence[m.KeyValues]
) -> None:
    """What a json object's keys take: a rule added, or one that takes less than before,
    refuses creates that used to go through; one removed, or widened, refuses none."""
    before, after = {v.key: v for v in old}, {v.key: v for v in new}
    for key, rule in after.items():
        was = before.get(key)
        if was is None:
            log.add(f"{owner}: key `{key}` now takes only {key_values_text(rule)}", breaking=True)
        elif was != rule:
            message = (
                f"{owner}: key `{key}` takes {key_values_text(was)} -> {key_values_text(rule)}"
            )
            log.add(message, breaking=not _takes_all_of(rule, was))
    for key, rule in before.items():
        if key not in after:
            log.add(f"{owner}: key `{key}` no longer limited to {key_values_text(rule)}")


def _takes_all_of(rule: m.KeyValues, was: m.KeyValues) -> bool:
    """Whether ``rule`` takes every value ``was`` took (so changing to it refuses nothing). A
    pattern that changed is not compared: it may take less, so the change counts as breaking."""
    if was.takes_list and not rule.takes_list:
        return False
    if was.pattern is not None:
        return rule.pattern == was.pattern
    if rule.pattern is not None:
        return all(re.fullmatch(rule.pattern, value) for value in was.one_of)
    return set(was.one_of) <= set(rule.one_of)


def _relationships(log: _Log, owner: str, old: m.Resource, new: m.Resource) -> None:
    before = _by_name(old.relationships, lambda r: r.name)
    after = _by_name(new.relationships, lambda r: r.name)
    for name in sorted(set(before) - set(after)):
        log.add(f"{owner}: relationship `{name}` removed", breaking=True)
    for name in sorted(set(after) - set(before)):
        r = after[name]
        kind = "to-many" if r.to_many else "to-one"
        log.add(f"{owner}: relationship `{name}` added ({kind} {', '.join(r.targets)})")
    for name in sorted(set(before) & set(after)):
        a, b = before[name], after[name]
        if a.to_many != b.to_many or set(a.targets) - set(b.targets):
            log.add(f"{owner}.{name}: target changed", breaking=True)
        elif set(b.targets) - set(a.targets):
            added = ", ".join(sorted(set(b.targets) - set(a.targets)))
            log.add(f"{owner}.{name}: may now point at {added}")
        if a.access != b.access:
            log.add(
                f"{owner}.{name}: access {a.access} -> {b.access}",
                breaking=_ACCESS_RANK[b.access] < _ACCESS_RANK[a.access],
            )
        if a.nullable != b.nullable and not b.to_many:
            text = "may now be sent as null" if b.nullable else "no longer sent as null"
            log.add(f"{owner}.{name}: {text}", breaking=not b.nullable)
        if a.detach_only != b.detach_only:
            text = "now only detached (null)" if b.detach_only else "may now be attached"
            log.add(f"{owner}.{name}: {text}", breaking=b.detach_only)
        if a.required != b.required:
            said = "now required on create" if b.required else "no longer required on create"
            log.add(f"{owner}.{name}: {said}", breaking=b.required)
        _item_counts(log, f"{owner}.{name}", a, b)


def _item_counts(
    log: _Log,
    owner: str,
    old: m.Attribute | m.Relationship,
    new: m.Attribute | m.Relationship,
) -> None:
    """How many members a list attribute or to-many takes, and whether one may repeat. A new or
    stricter count (a higher minimum, a lower maximum) or a new uniqueness refuses what was sent
    before; the reverse does not."""
    for key, word, raised in (("min_items", "at least", True), ("max_items", "at most", False)):
        was, now = getattr(old, key), getattr(new, key)
        if was == now:
            continue
        stricter = now is not None and (was is None or (now > was if raised else now < was))
        before = "no limit" if was is None else f"{word} {was}"
        after = "no limit" if now is None else f"{word} {now}"
        log.add(f"{owner}: members {before} -> {after}", breaking=stricter)
    if old.unique_items != new.unique_items:
        said = "a member sent twice is refused" if new.unique_items else "members may repeat"
        log.add(f"{owner}: {said}", breaking=new.unique_items)
    was = isinstance(old, m.Attribute) and old.one_variant
    now = isinstance(new, m.Attribute) and new.one_variant
    if was != now:
        said = "members of two types are refused" if now else "members may be of several types"
        log.add(f"{owner}: {said}", breaking=now)


def _names(log: _Log, owner: str, what: str, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    for name in sorted(set(old) - set(new)):
        log.add(f"{owner}: {what} `{name}` removed", breaking=True)
    for name in sorted(set(new) - set(old)):
        log.add(f"{owner}: {what} `{name}` added")


class Comparison:
    """What changed from one spec tree to the next: compared once, read as markdown or as a
    verdict."""

    def __init__(self, old: m.Spec, new: m.Spec) -> None:
        self._versions = (old.api.version, new.api.version)
        self._log = _compare(old, new)

    @property
    def breaking(self) -> bool:
        """Whether code written for the old tree can break against the new one."""
        return self._log.breaking > 0

    def markdown(self) -> str:
        """Markdown describing what changed, section by section."""
        log = self._log
        if not log.count:
            return "No API changes.\n"
        old, new = self._versions
        title = f"# API changes from {old} to {new}\n"
        summary = (
            f"{log.count} change(s), {log.breaking} breaking. Additions are safe for existing "
            "code; **BREAKING** marks what can break it.\n"
        )
        parts = [title, summary]
        for section, lines in log.sections.items():
            parts.append(f"## {section}\n\n" + "\n".join(lines) + "\n")
        return "\n".join(parts)


def changelog(old: m.Spec, new: m.Spec) -> str:
    """Markdown describing what changed from ``old`` to ``new``, section by section."""
    return Comparison(old, new).markdown()


def _compare(old: m.Spec, new: m.Spec) -> _Log:
    log = _Log()
    if old.api.version != new.api.version:
        log.add(f"API version {old.api.version} -> {new.api.version}")
    _api(log, old.api, new.api)
    before = _by_name(old.resources, lambda r: r.type)
    after = _by_name(new.resources, lambda r: r.type)
    log.section = "Resources added and removed"
    for type_ in sorted(set(before) - set(after)):
        log.add(f"resource `{type_}` ({before[type_].class_name}) removed", breaking=True)
    for type_ in sorted(set(after) - set(before)):
        r = after[type_]
        operations = ", ".join(r.operations) or "no endpoints"
        log.add(f"resource `{type_}` ({r.class_name}) added: {operations}")
    for type_ in sorted(set(before) & set(after)):
        a, b = before[type_], after[type_]
        log.section = f"`{type_}` ({b.class_name})"
        if a.class_name != b.class_name:
            log.add(f"{type_}: class {a.class_name} -> {b.class_name}", breaking=True)
        if a.path != b.path:
            log.add(f"{type_}: path {a.path} -> {b.path}", breaking=True)
        _names(log, type_, "operation", a.operations, b.operations)
        _attributes(log, type_, a.attributes, b.attributes, in_object=False)
        _relationships(log, type_, a, b)
        _conditions(log, type_, a, b)
        _names(log, type_, "filter", a.filters, b.filters)
        _filter_values(log, type_, a, b)
        _names(log, type_, "sort", a.sorts, b.sorts)
        _names(log, type_, "include", a.includes, b.includes)
        _sparse_fields(log, type_, a, b)
        _behaviour(log, type_, a, b)
        if a.multipart != b.multipart:
            _form(log, type_, a.multipart, b.multipart)
    log.section = "Enums"
    _enums(log, old, new)
    log.section = "Nested objects and unions"
    _unions(log, old, new)
    objects_before = _by_name(old.objects, lambda o: o.name)
    objects_after = _by_name(new.objects, lambda o: o.name)
    for name in sorted(set(objects_before) - set(objects_after)):
        log.add(f"object `{name}` removed", breaking=True)
    for name in sorted(set(objects_after) - set(objects_before)):
        log.add(f"object `{name}` added (wire type `{objects_after[name].wire_type}`)")
    for name in sorted(set(objects_before) & set(objects_after)):
        _object_access(log, name, objects_before[name], objects_after[name])
        _attributes(
            log,
            name,
            objects_before[name].attributes,
            objects_after[name].attributes,
            in_object=True,
        )
        _conditions(log, name, objects_before[name], objects_after[name])
        _rules(log, name, objects_before[name], objects_after[name])
    return log


def _rules(log: _Log, owner: str, old: m.NestedObject, new: m.NestedObject) -> None:
    """What assigning one attribute of the object sets in the others (a registering SIP
    configuration clears its port). Not breaking either way: a rule states what the API does
    with the values anyway, so the request it changes was one the API would have answered the
    same way. A rule on the same value of the same attribute that sets other values, where
    each side has one, is one change."""

    def when(rule: m.Rule) -> tuple[str, bool, str]:
        return (rule.attribute, rule.equals, repr(rule.value))

    def compared(rule: m.Rule) -> Hashable:
        # The order a rule lists its values in is no change.
        return when(rule), tuple(sorted((n, repr(v)) for n, v in rule.sets))

    changed = _changed_pairs(old.rules, new.rules, when, compared)
    for was, now in changed:
        sets = ", ".join(f"`{name}` to {_json(value)}" for name, value in now.sets)
        log.add(f"{owner}: rule changed: {_rule(was)} -> sets {sets}")
    settled = {id(r) for pair in changed for r in pair}
    before, after = {compared(r) for r in old.rules}, {compared(r) for r in new.rules}
    for rule in old.rules:
        if id(rule) not in settled and compared(rule) not in after:
            log.add(f"{owner}: rule dropped: {_rule(rule)}")
    for rule in new.rules:
        if id(rule) not in settled and compared(rule) not in before:
            log.add(f"{owner}: new rule: {_rule(rule)}")


def _rule(rule: m.Rule) -> str:
    verb = "==" if rule.equals else "!="
    sets = ", ".join(f"`{name}` to {_json(value)}" for name, value in rule.sets)
    return f"when `{rule.attribute}` {verb} {_json(rule.value)}: sets {sets}"


def _object_access(log: _Log, name: str, old: m.NestedObject, new: m.NestedObject) -> None:
    """Which requests may send the object: fewer than before is breaking."""

    def sent_by(obj: m.NestedObject) -> str:
        if obj.read_only:
            return "no request"
        return "updates only" if obj.update_only else "creates and updates"

    before, after = sent_by(old), sent_by(new)
    if before == after:
        return
    ranks = ["no request", "updates only", "creates and updates"]
    narrower = ranks.index(after) < ranks.index(before)
    log.add(f"object `{name}`: sent by {after} (was: {before})", breaking=narrower)


def _conditions(
    log: _Log, owner: str, old: m.NestedObject | m.Resource, new: m.NestedObject | m.Resource
) -> None:
    """A new condition refuses requests that were taken (breaking); one dropped refuses none.
    A group that only takes more than the one it replaces is not breaking (exactly one of some
    names becoming at most one of them). A condition on the same value of the same attribute
    that requires or refuses other names is one change, breaking when it asks more."""
    changed = _changed_conditions(old, new)
    for was, now in changed:
        parts = _condition(now).split(": ", 1)[1]
        stricter = not (set(now.require) <= set(was.require) and set(now.refuse) <= set(was.refuse))
        log.add(f"{owner}: condition changed: {_condition(was)} -> {parts}", breaking=stricter)
    settled = {id(c) for pair in changed for c in pair}
    before = [_same(c) for c in old.conditions]
    after = [_same(c) for c in new.conditions]
    for condition in old.conditions:
        if id(condition) not in settled and _same(condition) not in after:
            log.add(f"{owner}: condition dropped: {_condition(condition)}")
    for condition in new.conditions:
        if id(condition) not in settled and _same(condition) not in before:
            wider = isinstance(condition, m.Group) and any(
                _widens(before, condition) for before in old.conditions
            )
            log.add(f"{owner}: new condition: {_condition(condition)}", breaking=not wider)


def _changed_conditions(
    old: m.NestedObject | m.Resource, new: m.NestedObject | m.Resource
) -> list[tuple[m.Condition, m.Condition]]:
    """The (old, new) conditions on the same value of the same attribute whose names differ
    (see :func:`_changed_pairs`)."""

    def when(condition: m.Condition) -> tuple[str, bool, str]:
        return (condition.attribute, condition.equals, repr(condition.value))

    def compared(condition: m.Condition) -> Hashable:
        return when(condition), condition.require, condition.refuse

    def conditions(spec: m.NestedObject | m.Resource) -> list[m.Condition]:
        return [c for c in spec.conditions if isinstance(c, m.Condition)]

    return _changed_pairs(conditions(old), conditions(new), when, compared)


def _changed_pairs(
    old: Sequence[T],
    new: Sequence[T],
    when: Callable[[T], Hashable],
    compared: Callable[[T], Hashable],
) -> list[tuple[T, T]]:
    """The (old, new) items with the same ``when`` that differ otherwise, read as one change:
    only where each side has one such item that the other side does not also have (compared
    by ``compared``)."""

    def unmatched(items: Sequence[T], others: Sequence[T]) -> dict[Hashable, list[T]]:
        seen = {compared(other) for other in others}
        found: dict[Hashable, list[T]] = {}
        for item in items:
            if compared(item) not in seen:
                found.setdefault(when(item), []).append(item)
        return found

    earlier, later = unmatched(old, new), unmatched(new, old)
    return [
        (earlier[key][0], now[0])
        for key, now in later.items()
        if len(now) == 1 and len(earlier.get(key, ())) == 1
    ]


def _same(condition: m.Condition | m.Bound | m.Group) -> object:
    """What a condition is compared by: a group's names in any order are the same group."""
    if isinstance(condition, m.Group):
        return (condition.kind, frozenset(condition.names))
    return condition


_WIDER_GROUPS = {"exactly_one": ("at_most_one", "at_least_one")}
"""The group kinds that take every request a kind takes, and more."""


def _widens(before: m.Condition | m.Bound | m.Group, after: m.Group) -> bool:
    """Whether ``after`` takes every request ``before`` took: a group of the same names whose
    kind takes more."""
    return (
        isinstance(before, m.Group)
        and set(before.names) == set(after.names)
        and after.kind in _WIDER_GROUPS.get(before.kind, ())
    )


def _condition(condition: m.Condition | m.Bound | m.Group) -> str:
    if isinstance(condition, m.Group):
        return f"sends {group_phrase(condition)}"
    if isinstance(condition, m.Bound):
        signs = {"at_least": ">=", "at_most": "<="}
        limits = [f"{signs[side]} `{other}`" for side, other in condition.sides()]
        return f"`{condition.attribute}` {' and '.join(limits)}"
    verb = "==" if condition.equals else "!="
    parts = [f"requires {', '.join(condition.require)}"] if condition.require else []
    parts += [f"refuses {', '.join(condition.refuse)}"] if condition.refuse else []
    return f"while `{condition.attribute}` {verb} {_json(condition.value)}: {'; '.join(parts)}"


def _filter_values(log: _Log, owner: str, old: m.Resource, new: m.Resource) -> None:
    """A filter of both that now takes one value refuses lists (breaking), and one given a type
    refuses values of another (breaking); the reverse of either refuses nothing."""
    before = {f.name: f for f in old.filter_values}
    after = {f.name: f for f in new.filter_values}
    for name in sorted(set(old.filters) & set(new.filters)):
        a, b = before.get(name, m.FilterValues(name)), after.get(name, m.FilterValues(name))
        if a.one != b.one:
            text = "now takes one value, not a list" if b.one else "now takes a list of values"
            log.add(f"{owner}: filter `{name}` {text}", breaking=b.one)
        if a.type != b.type:
            log.add(
                f"{owner}: filter `{name}`: type {a.type or 'unstated'} -> {b.type or 'unstated'}",
                breaking=b.type is not None,
            )
        if a.empty != b.empty:
            text = "now takes an empty value" if b.empty else "no longer takes an empty value"
            log.add(f"{owner}: filter `{name}` {text}", breaking=not b.empty)
        if a.whole_day != b.whole_day:
            # Either way the same query matches other records.
            text = "now takes in" if b.whole_day else "no longer takes in"
            day = "the whole day its value falls in"
            log.add(f"{owner}: filter `{name}` {text} {day}", breaking=True)


def _sparse_fields(log: _Log, owner: str, old: m.Resource, new: m.Resource) -> None:
    """A name a sparse fieldset may no longer list breaks queries that list it."""
    every_old = {a.name for a in old.attributes} | {r.name for r in old.relationships}
    every_new = {a.name for a in new.attributes} | {r.name for r in new.relationships}
    before = set(old.fields) if old.fields is not None else every_old
    after = set(new.fields) if new.fields is not None else every_new
    # A removed attribute or relationship is reported already; `id` is a field of every type.
    for name in sorted((before - after) & (every_new | {"id"})):
        log.add(f"{owner}: sparse field `{name}` no longer accepted", breaking=True)
    if old.fields is None and new.fields is not None:
        log.add(f"{owner}: sparse fieldsets now take exactly: {', '.join(new.fields)}")


def _form(log: _Log, owner: str, old: m.Multipart | None, new: m.Multipart | None) -> None:
    """A multipart create's form. What refuses uploads that used to be sent is breaking: a field
    gone (the SDK no longer sends it), one now required, a role changed, a new or lower limit on
    the file (a larger document is refused before sending)."""
    if old is None or new is None:
        # The create changes shape: a generated `create` becomes a hand-written upload or back.
        change = (
            "is now a multipart upload" if new is not None else "is no longer a multipart upload"
        )
        log.add(f"{owner}: create {change}", breaking=True)
        return
    if old.answer_media_type != new.answer_media_type:
        # The SDK asks for the new type and reads the answer the same way: nothing to change.
        log.add(
            f"{owner}: the upload's answer is now `{new.answer_media_type}` "
            f"(was `{old.answer_media_type}`)"
        )
    before = _by_name(old.fields, lambda f: f.name)
    after = _by_name(new.fields, lambda f: f.name)
    for name in sorted(set(before) - set(after)):
        log.add(f"{owner}: upload field `{name}` removed", breaking=True)
    for name in sorted(set(after) - set(before)):
        added = after[name]
        required = ", required" if added.required else ""
        log.add(
            f"{owner}: upload field `{name}` added ({added.role}{required})",
            breaking=added.required,
        )
    for name in sorted(set(before) & set(after)):
        a, b = before[name], after[name]
        if a.role != b.role:
            log.add(f"{owner}: upload field `{name}`: role {a.role} -> {b.role}", breaking=True)
        if a.required != b.required:
            state = "now required" if b.required else "no longer required"
            log.add(f"{owner}: upload field `{name}` {state}", breaking=b.required)
        if a.max_bytes != b.max_bytes:
            lower = b.max_bytes is not None and (a.max_bytes is None or b.max_bytes < a.max_bytes)
            log.add(
                f"{owner}: upload field `{name}`: size limit {_limit(a.max_bytes)} -> "
                f"{_limit(b.max_bytes)}",
                breaking=lower,
            )


def _limit(max_bytes: int | None) -> str:
    return "none stated" if max_bytes is None else f"{max_bytes:,} bytes"


def _api(log: _Log, old: m.Api, new: m.Api) -> None:
    # Another authentication scheme needs other credentials from every user: breaking.
    if old.auth != new.auth:
        log.add(f"authentication {old.auth} -> {new.auth}", breaking=True)
    if old.version_header != new.version_header:
        sent = "now carry" if new.version_header else "no longer carry"
        log.add(f"requests {sent} `X-DIDWW-API-Version`")
    if old.token_urls != new.token_urls:
        log.add(f"token URLs: {_pairs(old.token_urls)} -> {_pairs(new.token_urls)}")


def _pairs(pairs: tuple[tuple[str, str], ...]) -> str:
    return ", ".join(f"{k} {v}" for k, v in pairs) or "none"


def _behaviour(log: _Log, owner: str, old: m.Resource, new: m.Resource) -> None:
    """Callbacks, lifecycle, listing and page size: what waiting, webhooks and paging code relies
    on."""
    if old.callbacks != new.callbacks:
        log.add(f"{owner}: signed callbacks {'added' if new.callbacks else 'removed'}")
    if old.delete_cancels != new.delete_cancels:
        after = "cancels it (the API keeps it)" if new.delete_cancels else "removes it"
        log.add(f"{owner}: delete now {after}")
    if old.lifecycle != new.lifecycle:
        log.add(f"{owner}: lifecycle {_lifecycle(old.lifecycle)} -> {_lifecycle(new.lifecycle)}")
    if old.listing != new.listing:
        # Pages that appear or go away change what list() answers and what iter() takes.
        log.add(f"{owner}: listing {old.listing} -> {new.listing}", breaking=old.whole != new.whole)
    if old.page_size != new.page_size:
        # A smaller maximum refuses page sizes that used to work.
        # So does a maximum that can no longer be raised. One that now can is no break: the
        # stated maximum still holds for an account that was not allowed more.
        smaller = (
            old.page_size is not None
            and new.page_size is not None
            and (
                new.page_size.max < old.page_size.max
                or (old.page_size.raisable and not new.page_size.raisable)
            )
        )
        log.add(
            f"{owner}: page size {_page(old.page_size)} -> {_page(new.page_size)}",
            breaking=smaller,
        )


def _lifecycle(lifecycle: m.Lifecycle | None) -> str:
    if lifecycle is None:
        return "none"
    return f"{lifecycle.attribute} until {', '.join(lifecycle.terminal)}"


def _page(page: m.PageSize | None) -> str:
    if page is None:
        return "unknown"
    raisable = " (an account's may be raised)" if page.raisable else ""
    return f"default {page.default}, max {page.max}{raisable}"


def _unions(log: _Log, old: m.Spec, new: m.Spec) -> None:
    before = _by_name(old.unions, lambda u: u.name)
    after = _by_name(new.unions, lambda u: u.name)
    for name in sorted(set(before) - set(after)):
        log.add(f"union `{name}` removed", breaking=True)
    for name in sorted(set(after) - set(before)):
        log.add(f"union `{name}` added ({', '.join(after[name].variants)})")
    for name in sorted(set(before) & set(after)):
        a, b = before[name], after[name]
        for variant in sorted(set(a.variants) - set(b.variants)):
            log.add(f"union `{name}`: variant `{variant}` removed", breaking=True)
        for variant in sorted(set(b.variants) - set(a.variants)):
            log.add(f"union `{name}`: variant `{variant}` added")
        if a.fallback != b.fallback:
            log.add(f"union `{name}`: fallback {a.fallback} -> {b.fallback}", breaking=True)


def _enums(log: _Log, old: m.Spec, new: m.Spec) -> None:
    before = _by_name(old.enums, lambda e: e.name)
    after = _by_name(new.enums, lambda e: e.name)
    for name in sorted(set(before) - set(after)):
        log.add(f"enum `{name}` removed", breaking=True)
    for name in sorted(set(after) - set(before)):
        log.add(f"enum `{name}` added")
    for name in sorted(set(before) & set(after)):
        a = {v.value: v.name for v in before[name].values}
        b = {v.value: v.name for v in after[name].values}
        for value in sorted(set(a) - set(b), key=str):
            log.add(f"enum `{name}`: value {value!r} removed", breaking=True)
        for value in sorted(set(b) - set(a), key=str):
            log.add(f"enum `{name}`: value {value!r} added")
        # A member that keeps its name but changes its wire value means something else on the wire.
        old_members = {v.name: v.value for v in before[name].values}
        for member in after[name].values:
            was = old_members.get(member.name, member.value)
            if was != member.value:
                log.add(
                    f"enum `{name}`: member {member.name} {was!r} -> {member.value!r}",
                    breaking=True,
                )
