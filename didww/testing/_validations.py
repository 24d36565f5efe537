"""Requirement validations: checking an identity and/or address against an address or emergency
requirement. Success is a 201 with an empty resource; failure is a 422 naming what is missing."""

from __future__ import annotations

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._errors import ErrorEntry, validation_entry
from didww.testing._flows import Flow, require_relationships, transient
from didww.testing._store import Record
from didww.testing._validation import Draft


def _attribute_name(label: str) -> str:
    """Mandatory fields come as API names (``birth_date``) or labels (``Postal Code``)."""
    return label.strip().lower().replace(" ", "_")


def _missing_fields(record: Record, labels: object) -> list[str]:
    if not isinstance(labels, list):
        return []
    return [
        str(label)
        for label in labels
        if record.attributes.get(_attribute_name(str(label))) in (None, "", [])
    ]


class RequirementValidationFlow(Flow):
    """Validation against the requirement named by ``requirement`` (not stored)."""

    def __init__(self, requirement: str) -> None:
        self.requirement = requirement

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, self.requirement)
        requirement = ctx.store.deref(draft.relationships[self.requirement])
        identity_ref = draft.relationships.get("identity")
        address_ref = draft.relationships.get("address")
        # The catalog's group has made sure of an identity, an address or both.
        identity = ctx.store.deref(identity_ref)
        address = ctx.store.deref(address_ref)
        if (
            identity is not None
            and address is not None
            and address.relationships.get("identity") != identity.ref
        ):
            raise err.invalid(
                "/data/relationships/address", "address", "does not belong to the identity"
            )
        if identity is None and address is not None:
            identity = ctx.store.one(address, "identity")
        if requirement is not None:
            problems = requirement_problems(ctx, requirement, identity, address)
            if problems:
                raise err.SimError(422, problems)
        return transient(ctx, info.type)


def requirement_problems(
    ctx: Context, requirement: Record, identity: Record | None, address: Record | None
) -> list[ErrorEntry]:
    """What ``identity`` and ``address`` (either may be None) lack for ``requirement``: its
    mandatory fields, its proofs, its country. A validation answers 422 with these; so does an
    address verification submitted while they are not in place."""
    return _check_identity(ctx, requirement, identity) + _check_address(ctx, requirement, address)


def _check_identity(ctx: Context, requirement: Record, identity: Record | None) -> list[ErrorEntry]:
    if identity is None:
        return []
    pointer = "/data/relationships/identity"
    kind = str(identity.attributes.get("identity_type"))
    accepted = requirement.attributes.get("identity_type")
    if accepted not in (None, "any", kind):
        return [validation_entry(pointer, "identity", f"must be a {accepted} identity")]
    problems = [
        validation_entry(pointer, "identity", f"{field} is missing")
        for field in _missing_fields(
            identity, requirement.attributes.get(f"{kind}_mandatory_fields")
        )
    ]
    needed = requirement.attributes.get(f"{kind}_proof_qty")
    have = len(ctx.store.related(identity, "proofs"))
    if isinstance(needed, int) and have < needed:
        problems.append(
            validation_entry(pointer, "identity", f"needs {needed} proof(s), has {have}")
        )
    return problems


def _check_address(ctx: Context, requirement: Record, address: Record | None) -> list[ErrorEntry]:
    if address is None:
        return []
    pointer = "/data/relationships/address"
    problems = [
        validation_entry(pointer, "address", f"{field} is missing")
        for field in _missing_fields(
            address, requirement.attributes.get("address_mandatory_fields")
        )
    ]
    country = requirement.relationships.get("country")
    if requirement.attributes.get("address_area_level") in ("country", "area", "city") and (
        country is not None and address.relationships.get("country") != country
    ):
        problems.append(
            validation_entry(pointer, "address", "must be in the requirement's country")
        )
    needed = requirement.attributes.get("address_proof_qty")
    have = len(ctx.store.related(address, "proofs"))
    if isinstance(needed, int) and have < needed:
        problems.append(
            validation_entry(pointer, "address", f"needs {needed} proof(s), has {have}")
        )
    return problems
