# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `emergency_requirement_validations` resource."""

from __future__ import annotations

from typing import TYPE_CHECKING

from didww._conditions import Group
from didww._resource import CreateOnlyToOne, Resource, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY

if TYPE_CHECKING:
    from didww.v2026_04_16.models.addresses import Address
    from didww.v2026_04_16.models.emergency_requirements import EmergencyRequirement
    from didww.v2026_04_16.models.identities import Identity

__all__ = ["EmergencyRequirementValidation"]


class EmergencyRequirementValidation(Resource, registry=REGISTRY):
    """A dry-run check of whether an identity, an address or both meet an emergency requirement.
    Creating one stores nothing: success means the requirement is met, and otherwise the API
    answers with a validation error listing what is missing. Send at least one of `identity`
    and `address`; when both are sent, the address must belong to the identity.

    A create sends at least one of `identity` or `address`: the SDK refuses one that does not.
    """

    TYPE = "emergency_requirement_validations"
    _CONDITIONS = (Group("at_least_one", ("identity", "address")),)

    emergency_requirement: CreateOnlyToOne[EmergencyRequirement] = CreateOnlyToOne(
        "emergency_requirement",
        ("emergency_requirements",),
        """The emergency requirement to test against. Can only be set when creating. Sent by the
        SDK, never returned by the API. Never sent as null: assigning None raises
        ClientError. Required on create: the SDK refuses a create without it.
        """,
        nullable=False,
        required=True,
    )
    emergency_requirement_id: ToOneId[EmergencyRequirement] = ToOneId(
        emergency_requirement,
        """The id of `emergency_requirement`. Can only be set when creating. Sent by the SDK,
        never returned by the API. Never sent as null: assigning None raises ClientError.
        Required on create: the SDK refuses a create without it.
        """,
    )
    identity: CreateOnlyToOne[Identity] = CreateOnlyToOne(
        "identity",
        ("identities",),
        """Identity whose details are tested. Can only be set when creating. Sent by the SDK,
        never returned by the API.
        """,
    )
    identity_id: ToOneId[Identity] = ToOneId(
        identity,
        """The id of `identity`. Can only be set when creating. Sent by the SDK, never returned
        by the API.
        """,
    )
    address: CreateOnlyToOne[Address] = CreateOnlyToOne(
        "address",
        ("addresses",),
        """Address whose details are tested; when sent together with `identity`, it must belong
        to that identity. Can only be set when creating. Sent by the SDK, never returned by
        the API.
        """,
    )
    address_id: ToOneId[Address] = ToOneId(
        address,
        """The id of `address`. Can only be set when creating. Sent by the SDK, never returned
        by the API.
        """,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        emergency_requirement: EmergencyRequirement | NotGiven = NOT_GIVEN,
        emergency_requirement_id: str | NotGiven = NOT_GIVEN,
        identity: Identity | NotGiven | None = NOT_GIVEN,
        identity_id: str | NotGiven | None = NOT_GIVEN,
        address: Address | NotGiven | None = NOT_GIVEN,
        address_id: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "emergency_requirement": emergency_requirement,
                "emergency_requirement_id": emergency_requirement_id,
                "identity": identity,
                "identity_id": identity_id,
                "address": address,
                "address_id": address_id,
            }
        )
