"""Address and emergency verifications, and the emergency calling services they lead to.

A verification is ``pending`` for ``review_delay`` seconds, then reviewed. Approved: an address
verification marks the address and identity verified and lifts ``awaiting_registration`` from its
DIDs; an emergency verification activates its calling service and enables emergency calls on the
DIDs. Deleting a calling service cancels it.

A verification is rejected instead, deterministically, when it is submitted

- with an ``external_reference_id`` starting with ``reject`` (any case): ``reject_reasons`` is the
  text after the first ``:`` when there is some (``"reject: Proof of address is too old"``), else
  :data:`REJECT_REASON`; or
- after :meth:`Simulator.reject_next_verification` queued a rejection (each queued rejection
  applies to one verification, address or emergency, in submission order).

A rejected verification has ``status`` ``rejected`` and ``reject_reasons``/``reject_comment`` set;
nothing is registered: the address stays unverified and the DIDs keep ``awaiting_registration``,
and a calling service it created goes to ``changes_required`` (one it was updating keeps its
previous status). The status callback reports ``rejected`` with the payload the 2026-10-22
document gives each kind: an address verification's carries the reasons joined by ``, `` in
``reject_reason`` and the comment in ``reject_comment``; an emergency verification's the reasons
joined by ``; `` in ``reject_reasons``, ``reject_comment`` and ``emergency_calling_service_id``.
Those fields are sent empty on approval, as the document requires them. Every API version sends
that payload: the 2026-04-16 document describes none.
"""

from __future__ import annotations

from dataclasses import replace

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context, Rejection
from didww.testing._defaults import resource_defaults
from didww.testing._errors import ErrorEntry
from didww.testing._flows import Flow, require_relationships, settled
from didww.testing._regulation import attach_files
from didww.testing._store import Record, Store
from didww.testing._validation import Draft
from didww.testing._validations import requirement_problems

RENEWAL_DAYS = 30

Kind = tuple[str, object]
"""A kind of number as an API version records it: ``("did_group_type", <ref>)`` where the catalog
relates records to DID group types, ``("number_type", "local")`` where it has the attribute."""


def number_kind(store: Store, record: Record) -> Kind | None:
    """The kind of number a DID group, a requirement or a service is for, in the shape of the
    catalog served."""
    if store.schema.relationship(record.type, "did_group_type") is not None:
        ref = record.relationships.get("did_group_type")
        return ("did_group_type", ref) if ref is not None else None
    if store.schema.attribute(record.type, "number_type") is not None:
        return ("number_type", record.attributes.get("number_type"))
    return None


def set_number_kind(store: Store, record: Record, kind: Kind | None) -> None:
    """Record ``kind`` on ``record`` in the shape of the catalog served (the seed writes its
    kinds of number through here too)."""
    if store.schema.relationship(record.type, "did_group_type") is not None:
        value = kind[1] if kind is not None and kind[0] == "did_group_type" else None
        store.link(record, "did_group_type", value if isinstance(value, tuple) else None)
    elif (
        kind is not None
        and kind[0] == "number_type"
        and isinstance(kind[1], str)
        and store.schema.attribute(record.type, "number_type") is not None
    ):
        record.attributes["number_type"] = kind[1]


REJECT_PREFIX = "reject"
"""An ``external_reference_id`` starting with this (any case) asks for a rejection."""
REJECT_REASON = "The submitted documents do not confirm the address."
"""The reason given when none was asked for."""
REJECT_COMMENT = "Rejected by the DIDWW simulator."
"""The reviewer's comment on a rejection when none was asked for."""


def _due(ctx: Context, record: Record) -> bool:
    due = record.facts.get("due")
    return not settled(ctx, record) and due is not None and due <= ctx.now


def _submitted(ctx: Context, record: Record) -> None:
    """Schedule the review of a new verification and decide now whether it will be rejected."""
    record.facts["due"] = ctx.now + ctx.settings.review_delay
    reference = record.attributes.get("external_reference_id")
    if isinstance(reference, str) and reference.lower().startswith(REJECT_PREFIX):
        _, colon, asked = reference.partition(":")
        reason = asked.strip() if colon and asked.strip() else REJECT_REASON
        record.facts["rejection"] = Rejection((reason,), REJECT_COMMENT)
    elif ctx.rejections:
        record.facts["rejection"] = ctx.rejections.pop(0)


REASON_SEPARATORS = {"address_verifications": ", ", "emergency_verifications": "; "}
"""How a verification callback joins several reasons into its one field."""


def _reviewed(ctx: Context, record: Record) -> bool:
    """Set the reviewed status of a due verification and queue its callback; True when it was
    approved."""
    rejection = record.facts.pop("rejection", None)
    approved = not isinstance(rejection, Rejection)
    if approved:
        record.attributes["status"] = "approved"
        rejection = Rejection((), None)  # the callback's fields are there, empty
    else:
        record.attributes.update(
            {
                "status": "rejected",
                "reject_reasons": list(rejection.reasons),
                "reject_comment": rejection.comment,
            }
        )
    reasons = REASON_SEPARATORS[record.type].join(rejection.reasons)
    comment = rejection.comment or ""
    if record.type == "emergency_verifications":
        service = ctx.store.one(record, "emergency_calling_service")
        ctx.notify(
            record,
            reject_reasons=reasons,
            reject_comment=comment,
            emergency_calling_service_id=service.id if service is not None else "",
        )
    else:
        ctx.notify(record, reject_reason=reasons, reject_comment=comment)
    return approved


def _check_requirements(ctx: Context, draft: Draft) -> None:
    """A 422 when the address, or its identity, lacks what the address requirement of a DID's
    group demands (fields, proofs, country): both documents say it must be in place when the
    verification is submitted, as a requirement validation would report it."""
    address = ctx.store.deref(draft.relationships["address"])
    if address is None:
        return
    identity = ctx.store.one(address, "identity")
    seen: set[str] = set()
    problems: list[ErrorEntry] = []
    for did in ctx.store.deref_all(draft.relationships["dids"]):
        group = ctx.store.one(did, "did_group")
        requirement = ctx.store.one(group, "address_requirement") if group else None
        if requirement is None or requirement.id in seen:
            continue
        seen.add(requirement.id)
        problems += requirement_problems(ctx, requirement, identity, address)
    if problems:
        # Pointed at what the request named: the address (its identity comes with it).
        at_address = "/data/relationships/address"
        raise err.SimError(422, [replace(p, pointer=at_address) for p in problems])


class AddressVerificationFlow(Flow):
    """Registering an address for DIDs that need one."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "address", "dids")
        if not draft.attributes.get("service_description"):
            for did in ctx.store.deref_all(draft.relationships["dids"]):
                group = ctx.store.one(did, "did_group")
                requirement = ctx.store.one(group, "address_requirement") if group else None
                if requirement is not None and requirement.attributes.get(
                    "service_description_required"
                ):
                    raise err.invalid(
                        "/data/attributes/service_description",
                        "service_description",
                        "can't be blank for numbers of this DID group",
                    )
        _check_requirements(ctx, draft)
        record = super().create(ctx, info, draft)
        attach_files(ctx, record, "onetime_files")
        _submitted(ctx, record)
        return record

    def tick(self, ctx: Context) -> None:
        for verification in ctx.store.all("address_verifications"):
            if not _due(ctx, verification):
                continue
            if not _reviewed(ctx, verification):
                continue
            address = ctx.store.one(verification, "address")
            if address is not None:
                address.attributes["verified"] = True
                identity = ctx.store.one(address, "identity")
                if identity is not None:
                    identity.attributes["verified"] = True
            for did in ctx.store.related(verification, "dids"):
                did.attributes["awaiting_registration"] = False


class EmergencyVerificationFlow(Flow):
    """Registering an address for emergency calls, for new DIDs or an existing service."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        # The catalog's group has made sure of exactly one of dids and emergency_calling_service.
        require_relationships(draft, "address")
        service_ref = draft.relationships.get("emergency_calling_service")
        record = super().create(ctx, info, draft)
        service = ctx.store.deref(service_ref)
        if service is None:
            service = self._new_service(ctx, record)
            ctx.store.link(service, "dids", [d.ref for d in ctx.store.related(record, "dids")])
        else:
            record.facts["service_status"] = service.attributes.get("status")
            record.facts["service_verification"] = ctx.store.linkage(
                service, "emergency_verification"
            )
            service.attributes["status"] = "pending_update"
        ctx.store.link(service, "emergency_verification", record.ref)
        ctx.store.link(record, "emergency_calling_service", service.ref)
        _submitted(ctx, record)
        return record

    def _new_service(self, ctx: Context, verification: Record) -> Record:
        address = ctx.store.one(verification, "address")
        did = next(iter(ctx.store.related(verification, "dids")), None)
        group = ctx.store.one(did, "did_group") if did is not None else None
        country = ctx.store.one(address, "country") if address is not None else None
        kind = number_kind(ctx.store, group) if group is not None else None
        requirement = next(
            (
                r
                for r in ctx.store.all("emergency_requirements")
                if country is not None
                and r.relationships.get("country") == country.ref
                and kind is not None
                and number_kind(ctx.store, r) == kind
            ),
            None,
        )
        info = ctx.schema.resource("emergency_calling_services")
        service = Record(
            "emergency_calling_services", ctx.ids.new_id(), resource_defaults(info, ctx.schema)
        )
        city = address.attributes.get("city_name") if address is not None else None
        service.attributes.update(
            {
                "name": f"{city or 'Emergency'} emergency",
                "reference": ctx.ids.reference(),
                "status": "in_process",
                "created_at": ctx.iso(),
            }
        )
        if requirement is not None:
            service.meta.update(requirement.meta)
        ctx.store.add(service)
        for name, related in (("country", country), ("emergency_requirement", requirement)):
            ctx.store.link(service, name, related.ref if related is not None else None)
        set_number_kind(ctx.store, service, kind)
        return service

    def tick(self, ctx: Context) -> None:
        for verification in ctx.store.all("emergency_verifications"):
            if not _due(ctx, verification):
                continue
            approved = _reviewed(ctx, verification)
            service = ctx.store.one(verification, "emergency_calling_service")
            if service is not None and not approved:
                # A new service needs a new submission; an updated one keeps its old address.
                previous = verification.facts.get("service_status")
                service.attributes["status"] = previous or "changes_required"
                if previous is not None:
                    ctx.store.link(
                        service,
                        "emergency_verification",
                        verification.facts.get("service_verification"),
                    )
            elif service is not None:
                service.attributes["status"] = "active"
                service.attributes["activated_at"] = (
                    service.attributes.get("activated_at") or ctx.iso()
                )
                service.attributes["renew_date"] = ctx.date(days=RENEWAL_DAYS)
                for did in ctx.store.related(service, "dids"):
                    did.attributes["emergency_enabled"] = True


class EmergencyServiceFlow(Flow):
    """DELETE cancels the subscription instead of removing it."""

    def delete(self, ctx: Context, record: Record) -> None:
        if record.attributes.get("status") == "canceled":
            raise err.unprocessable(
                f"Emergency calling service {record.id} is already canceled.",
                title="Already canceled",
            )
        record.attributes.update(
            {"status": "canceled", "canceled_at": ctx.iso(), "renew_date": None}
        )
        for did in ctx.store.related(record, "dids"):
            did.attributes["emergency_enabled"] = False
