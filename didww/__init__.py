# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Typed sync and async Python SDK for the DIDWW API v3.

>>> import didww
>>> with didww.Client() as client:  # doctest: +SKIP
...     print(client.balance.find().total_balance)

``didww`` gives the default API version, 2026-04-16; every version is importable on its own
(``didww.v2026_04_16``, ``didww.v2026_10_22``).
Models, repositories, enums and the simulator are loaded when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww import _public
from didww._lazy import attribute, submodule
from didww._public import *  # noqa: F403  (the runtime: errors, QueryParams, ...)

if TYPE_CHECKING:
    from didww import (
        encryption,
        enums,
        testing,
        v2026_04_16,
        v2026_10_22,
        webhooks,
    )
    from didww.v2026_04_16 import (
        API_VERSION,
        DID,
        Address,
        AddressRequirement,
        AddressRequirementValidation,
        AddressVerification,
        Area,
        AsyncClient,
        AuthenticationMethod,
        AvailableDID,
        Balance,
        CapacityOrderItem,
        CapacityPool,
        City,
        Client,
        Country,
        CredentialsAndIPAuthentication,
        DIDGroup,
        DIDGroupType,
        DIDHistory,
        DIDOrderItem,
        DIDReservation,
        EmergencyCallingService,
        EmergencyOrderItem,
        EmergencyRequirement,
        EmergencyRequirementValidation,
        EmergencyVerification,
        EncryptedFile,
        Environment,
        Export,
        GenericAuthentication,
        GenericConfiguration,
        GenericOrderItem,
        Identity,
        IPOnlyAuthentication,
        NanpaPrefix,
        Order,
        OrderItem,
        PermanentSupportingDocument,
        Pop,
        Proof,
        ProofType,
        PSTNConfiguration,
        PublicKey,
        QtyBasedPricing,
        Region,
        SharedCapacityGroup,
        SIPConfiguration,
        StockKeepingUnit,
        SupportingDocumentTemplate,
        TrunkConfiguration,
        TwilioAuthentication,
        UnknownOrderItem,
        VoiceInTrunk,
        VoiceInTrunkGroup,
        VoiceOutTrunk,
        VoiceOutTrunkRegenerateCredential,
    )

__all__ = [
    "API_VERSION",
    "DID",
    "Address",
    "AddressRequirement",
    "AddressRequirementValidation",
    "AddressVerification",
    "Area",
    "AsyncClient",
    "AuthenticationMethod",
    "AvailableDID",
    "Balance",
    "CapacityOrderItem",
    "CapacityPool",
    "City",
    "Client",
    "Country",
    "CredentialsAndIPAuthentication",
    "DIDGroup",
    "DIDGroupType",
    "DIDHistory",
    "DIDOrderItem",
    "DIDReservation",
    "EmergencyCallingService",
    "EmergencyOrderItem",
    "EmergencyRequirement",
    "EmergencyRequirementValidation",
    "EmergencyVerification",
    "EncryptedFile",
    "Environment",
    "Export",
    "GenericAuthentication",
    "GenericConfiguration",
    "GenericOrderItem",
    "Identity",
    "IPOnlyAuthentication",
    "NanpaPrefix",
    "Order",
    "OrderItem",
    "PermanentSupportingDocument",
    "Pop",
    "Proof",
    "ProofType",
    "PSTNConfiguration",
    "PublicKey",
    "QtyBasedPricing",
    "Region",
    "SharedCapacityGroup",
    "SIPConfiguration",
    "StockKeepingUnit",
    "SupportingDocumentTemplate",
    "TrunkConfiguration",
    "TwilioAuthentication",
    "UnknownOrderItem",
    "VoiceInTrunk",
    "VoiceInTrunkGroup",
    "VoiceOutTrunk",
    "VoiceOutTrunkRegenerateCredential",
    "encryption",
    "enums",
    "testing",
    "v2026_04_16",
    "v2026_10_22",
    "webhooks",
]
__all__ += _public.__all__
if not TYPE_CHECKING:
    __all__ += _public.ON_FIRST_USE  # loaded on first use, like the names below

_MODULES = {
    "API_VERSION": "didww.v2026_04_16",
    "DID": "didww.v2026_04_16",
    "Address": "didww.v2026_04_16",
    "AddressRequirement": "didww.v2026_04_16",
    "AddressRequirementValidation": "didww.v2026_04_16",
    "AddressVerification": "didww.v2026_04_16",
    "Area": "didww.v2026_04_16",
    "AsyncClient": "didww.v2026_04_16",
    "AuthenticationMethod": "didww.v2026_04_16",
    "AvailableDID": "didww.v2026_04_16",
    "Balance": "didww.v2026_04_16",
    "CapacityOrderItem": "didww.v2026_04_16",
    "CapacityPool": "didww.v2026_04_16",
    "City": "didww.v2026_04_16",
    "Client": "didww.v2026_04_16",
    "Country": "didww.v2026_04_16",
    "CredentialsAndIPAuthentication": "didww.v2026_04_16",
    "DIDGroup": "didww.v2026_04_16",
    "DIDGroupType": "didww.v2026_04_16",
    "DIDHistory": "didww.v2026_04_16",
    "DIDOrderItem": "didww.v2026_04_16",
    "DIDReservation": "didww.v2026_04_16",
    "EmergencyCallingService": "didww.v2026_04_16",
    "EmergencyOrderItem": "didww.v2026_04_16",
    "EmergencyRequirement": "didww.v2026_04_16",
    "EmergencyRequirementValidation": "didww.v2026_04_16",
    "EmergencyVerification": "didww.v2026_04_16",
    "EncryptedFile": "didww.v2026_04_16",
    "Environment": "didww.v2026_04_16",
    "Export": "didww.v2026_04_16",
    "GenericAuthentication": "didww.v2026_04_16",
    "GenericConfiguration": "didww.v2026_04_16",
    "GenericOrderItem": "didww.v2026_04_16",
    "Identity": "didww.v2026_04_16",
    "IPOnlyAuthentication": "didww.v2026_04_16",
    "NanpaPrefix": "didww.v2026_04_16",
    "Order": "didww.v2026_04_16",
    "OrderItem": "didww.v2026_04_16",
    "PermanentSupportingDocument": "didww.v2026_04_16",
    "Pop": "didww.v2026_04_16",
    "Proof": "didww.v2026_04_16",
    "ProofType": "didww.v2026_04_16",
    "PSTNConfiguration": "didww.v2026_04_16",
    "PublicKey": "didww.v2026_04_16",
    "QtyBasedPricing": "didww.v2026_04_16",
    "Region": "didww.v2026_04_16",
    "SharedCapacityGroup": "didww.v2026_04_16",
    "SIPConfiguration": "didww.v2026_04_16",
    "StockKeepingUnit": "didww.v2026_04_16",
    "SupportingDocumentTemplate": "didww.v2026_04_16",
    "TrunkConfiguration": "didww.v2026_04_16",
    "TwilioAuthentication": "didww.v2026_04_16",
    "UnknownOrderItem": "didww.v2026_04_16",
    "VoiceInTrunk": "didww.v2026_04_16",
    "VoiceInTrunkGroup": "didww.v2026_04_16",
    "VoiceOutTrunk": "didww.v2026_04_16",
    "VoiceOutTrunkRegenerateCredential": "didww.v2026_04_16",
    **_public.ON_FIRST_USE,
}
_SUBMODULES = frozenset(
    {
        "encryption",
        "enums",
        "testing",
        "v2026_04_16",
        "v2026_10_22",
        "webhooks",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            return submodule(__name__, name)
        return attribute(__name__, _MODULES, name, absolute=True)


def __dir__() -> list[str]:
    return sorted(__all__)
