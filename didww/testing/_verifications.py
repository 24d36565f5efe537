"""Address and emergency verifications, and the emergency calling services they lead to.

A verification is ``pending`` for ``review_delay`` seconds, then approved: an address
verification marks the address and identity verified and lifts ``awaiting_registration`` from its
DIDs; an emergency verification activates its calling service and enables emergency calls on the
DIDs. Deleting a calling service cancels it.
"""

from __future__ import annotations

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._defaults import resource_defaults
from didww.testing._flows import Flow, require_relationships
from didww.testing._regulation import attach_files
from didww.testing._store import Record
from didww.testing._validation import Draft

RENEWAL_DAYS = 30


def _due(ctx: Context, record: Record) -> bool:
    due = record.facts.get("due")
    return record.attributes.get("status") == "pending" and due is not None and due <= ctx.now


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
        record = super().create(ctx, info, draft)
        record.facts["due"] = ctx.now + ctx.settings.review_delay
        attach_files(ctx, record, "onetime_files")
        return record

    def tick(self, ctx: Context) -> None:
        for verification in ctx.store.all("address_verifications"):
            if not _due(ctx, verification):
                continue
            verification.attributes["status"] = "approved"
            address = ctx.store.one(verification, "address")
            if address is not None:
                address.attributes["verified"] = True
                identity = ctx.store.one(address, "identity")
                if identity is not None:
                    identity.attributes["verified"] = True
            for did in ctx.store.related(verification, "dids"):
                did.attributes["awaiting_registration"] = False
            ctx.notify(verification)


class EmergencyVerificationFlow(Flow):
    """Registering an address for emergency calls, for new DIDs or an existing service."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "address")
        dids = draft.relationships.get("dids") or []
        service_ref = draft.relationships.get("emergency_calling_service")
        if bool(dids) == bool(service_ref):
            raise err.invalid(
                "/data/relationships/dids",
                "dids",
                "send either dids (a new service) or emergency_calling_service, not both",
            )
        record = super().create(ctx, info, draft)
        record.facts["due"] = ctx.now + ctx.settings.review_delay
        service = ctx.store.deref(service_ref)
        if service is None:
            service = self._new_service(ctx, record)
            ctx.store.link(service, "dids", [d.ref for d in ctx.store.related(record, "dids")])
        else:
            service.attributes["status"] = "pending_update"
        ctx.store.link(service, "emergency_verification", record.ref)
        ctx.store.link(record, "emergency_calling_service", service.ref)
        return record

    def _new_service(self, ctx: Context, verification: Record) -> Record:
        address = ctx.store.one(verification, "address")
        did = next(iter(ctx.store.related(verification, "dids")), None)
        group = ctx.store.one(did, "did_group") if did is not None else None
        country = ctx.store.one(address, "country") if address is not None else None
        group_type = ctx.store.one(group, "did_group_type") if group is not None else None
        requirement = next(
            (
                r
                for r in ctx.store.all("emergency_requirements")
                if country is not None
                and r.relationships.get("country") == country.ref
                and group_type is not None
                and r.relationships.get("did_group_type") == group_type.ref
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
        for name, related in (
            ("country", country),
            ("did_group_type", group_type),
            ("emergency_requirement", requirement),
        ):
            ctx.store.link(service, name, related.ref if related is not None else None)
        return service

    def tick(self, ctx: Context) -> None:
        for verification in ctx.store.all("emergency_verifications"):
            if not _due(ctx, verification):
                continue
            verification.attributes["status"] = "approved"
            service = ctx.store.one(verification, "emergency_calling_service")
            if service is not None:
                service.attributes["status"] = "active"
                service.attributes["activated_at"] = (
                    service.attributes.get("activated_at") or ctx.iso()
                )
                service.attributes["renew_date"] = ctx.date(days=RENEWAL_DAYS)
                for did in ctx.store.related(service, "dids"):
                    did.attributes["emergency_enabled"] = True
            ctx.notify(verification)


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
