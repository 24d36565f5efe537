# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The DIDWW API v3 at version 2026-10-22: clients, models, nested objects and enums.

Import from here to use this version: ``from didww.v2026_10_22 import Client``.
Pin a version with ``from didww.v2026_10_22 import ...``; each name is loaded when first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from didww._lazy import attribute, submodule

if TYPE_CHECKING:
    from didww.v2026_10_22 import (
        api,
        catalog,
        clients,
        enums,
        models,
        objects,
        repositories,
    )
    from didww.v2026_10_22.api import API_VERSION, Environment
    from didww.v2026_10_22.clients import AsyncClient, Client
    from didww.v2026_10_22.models.address_requirement_validations import (
        AddressRequirementValidation,
    )
    from didww.v2026_10_22.models.address_requirements import AddressRequirement
    from didww.v2026_10_22.models.address_verifications import AddressVerification
    from didww.v2026_10_22.models.addresses import Address
    from didww.v2026_10_22.models.areas import Area
    from didww.v2026_10_22.models.available_dids import AvailableDID
    from didww.v2026_10_22.models.balances import Balance
    from didww.v2026_10_22.models.capacity_pools import CapacityPool
    from didww.v2026_10_22.models.cities import City
    from didww.v2026_10_22.models.countries import Country
    from didww.v2026_10_22.models.did_groups import DIDGroup
    from didww.v2026_10_22.models.did_history import DIDHistory
    from didww.v2026_10_22.models.did_reservations import DIDReservation
    from didww.v2026_10_22.models.dids import DID
    from didww.v2026_10_22.models.emergency_calling_services import EmergencyCallingService
    from didww.v2026_10_22.models.emergency_requirement_validations import (
        EmergencyRequirementValidation,
    )
    from didww.v2026_10_22.models.emergency_requirements import EmergencyRequirement
    from didww.v2026_10_22.models.emergency_verifications import EmergencyVerification
    from didww.v2026_10_22.models.encrypted_files import EncryptedFile
    from didww.v2026_10_22.models.exports import Export
    from didww.v2026_10_22.models.identities import Identity
    from didww.v2026_10_22.models.nanpa_prefixes import NanpaPrefix
    from didww.v2026_10_22.models.orders import Order
    from didww.v2026_10_22.models.permanent_supporting_documents import PermanentSupportingDocument
    from didww.v2026_10_22.models.proof_types import ProofType
    from didww.v2026_10_22.models.proofs import Proof
    from didww.v2026_10_22.models.public_keys import PublicKey
    from didww.v2026_10_22.models.qty_based_pricings import QtyBasedPricing
    from didww.v2026_10_22.models.regions import Region
    from didww.v2026_10_22.models.shared_capacity_groups import SharedCapacityGroup
    from didww.v2026_10_22.models.sms_trunk_groups import SmsTrunkGroup
    from didww.v2026_10_22.models.sms_trunk_regenerate_credentials import (
        SmsTrunkRegenerateCredential,
    )
    from didww.v2026_10_22.models.sms_trunks import SmsTrunk
    from didww.v2026_10_22.models.stock_keeping_units import StockKeepingUnit
    from didww.v2026_10_22.models.supporting_document_templates import SupportingDocumentTemplate
    from didww.v2026_10_22.models.voice_in_trunk_groups import VoiceInTrunkGroup
    from didww.v2026_10_22.models.voice_in_trunks import VoiceInTrunk
    from didww.v2026_10_22.models.voice_out_trunk_regenerate_credentials import (
        VoiceOutTrunkRegenerateCredential,
    )
    from didww.v2026_10_22.models.voice_out_trunks import VoiceOutTrunk
    from didww.v2026_10_22.objects import (
        AuthenticationMethod,
        CapacityOrderItem,
        CredentialsAndIPAuthentication,
        DIDOrderItem,
        EmergencyOrderItem,
        GenericAuthentication,
        GenericConfiguration,
        GenericOrderItem,
        GenericSmsConfiguration,
        IPOnlyAuthentication,
        OrderItem,
        PSTNConfiguration,
        SIPConfiguration,
        SmsHttpInConfiguration,
        SmsHttpOutConfiguration,
        SmsSmppEsmeConfiguration,
        SmsSmppSmscConfiguration,
        SmsToEmailConfiguration,
        SmsTrunkConfiguration,
        TrunkConfiguration,
        TwilioAuthentication,
        UnknownOrderItem,
    )

__all__ = [
    "API_VERSION",
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
    "DID",
    "DIDGroup",
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
    "GenericSmsConfiguration",
    "IPOnlyAuthentication",
    "Identity",
    "NanpaPrefix",
    "Order",
    "OrderItem",
    "PSTNConfiguration",
    "PermanentSupportingDocument",
    "Proof",
    "ProofType",
    "PublicKey",
    "QtyBasedPricing",
    "Region",
    "SIPConfiguration",
    "SharedCapacityGroup",
    "SmsHttpInConfiguration",
    "SmsHttpOutConfiguration",
    "SmsSmppEsmeConfiguration",
    "SmsSmppSmscConfiguration",
    "SmsToEmailConfiguration",
    "SmsTrunk",
    "SmsTrunkConfiguration",
    "SmsTrunkGroup",
    "SmsTrunkRegenerateCredential",
    "StockKeepingUnit",
    "SupportingDocumentTemplate",
    "TrunkConfiguration",
    "TwilioAuthentication",
    "UnknownOrderItem",
    "VoiceInTrunk",
    "VoiceInTrunkGroup",
    "VoiceOutTrunk",
    "VoiceOutTrunkRegenerateCredential",
    "api",
    "catalog",
    "clients",
    "enums",
    "models",
    "objects",
    "repositories",
]

_MODULES = {
    "API_VERSION": "api",
    "Address": "models.addresses",
    "AddressRequirement": "models.address_requirements",
    "AddressRequirementValidation": "models.address_requirement_validations",
    "AddressVerification": "models.address_verifications",
    "Area": "models.areas",
    "AsyncClient": "clients",
    "AuthenticationMethod": "objects",
    "AvailableDID": "models.available_dids",
    "Balance": "models.balances",
    "CapacityOrderItem": "objects",
    "CapacityPool": "models.capacity_pools",
    "City": "models.cities",
    "Client": "clients",
    "Country": "models.countries",
    "CredentialsAndIPAuthentication": "objects",
    "DID": "models.dids",
    "DIDGroup": "models.did_groups",
    "DIDHistory": "models.did_history",
    "DIDOrderItem": "objects",
    "DIDReservation": "models.did_reservations",
    "EmergencyCallingService": "models.emergency_calling_services",
    "EmergencyOrderItem": "objects",
    "EmergencyRequirement": "models.emergency_requirements",
    "EmergencyRequirementValidation": "models.emergency_requirement_validations",
    "EmergencyVerification": "models.emergency_verifications",
    "EncryptedFile": "models.encrypted_files",
    "Environment": "api",
    "Export": "models.exports",
    "GenericAuthentication": "objects",
    "GenericConfiguration": "objects",
    "GenericOrderItem": "objects",
    "GenericSmsConfiguration": "objects",
    "IPOnlyAuthentication": "objects",
    "Identity": "models.identities",
    "NanpaPrefix": "models.nanpa_prefixes",
    "Order": "models.orders",
    "OrderItem": "objects",
    "PSTNConfiguration": "objects",
    "PermanentSupportingDocument": "models.permanent_supporting_documents",
    "Proof": "models.proofs",
    "ProofType": "models.proof_types",
    "PublicKey": "models.public_keys",
    "QtyBasedPricing": "models.qty_based_pricings",
    "Region": "models.regions",
    "SIPConfiguration": "objects",
    "SharedCapacityGroup": "models.shared_capacity_groups",
    "SmsHttpInConfiguration": "objects",
    "SmsHttpOutConfiguration": "objects",
    "SmsSmppEsmeConfiguration": "objects",
    "SmsSmppSmscConfiguration": "objects",
    "SmsToEmailConfiguration": "objects",
    "SmsTrunk": "models.sms_trunks",
    "SmsTrunkConfiguration": "objects",
    "SmsTrunkGroup": "models.sms_trunk_groups",
    "SmsTrunkRegenerateCredential": "models.sms_trunk_regenerate_credentials",
    "StockKeepingUnit": "models.stock_keeping_units",
    "SupportingDocumentTemplate": "models.supporting_document_templates",
    "TrunkConfiguration": "objects",
    "TwilioAuthentication": "objects",
    "UnknownOrderItem": "objects",
    "VoiceInTrunk": "models.voice_in_trunks",
    "VoiceInTrunkGroup": "models.voice_in_trunk_groups",
    "VoiceOutTrunk": "models.voice_out_trunks",
    "VoiceOutTrunkRegenerateCredential": "models.voice_out_trunk_regenerate_credentials",
}
"""The module of each name, imported on first use."""
_SUBMODULES = frozenset(
    {
        "api",
        "catalog",
        "clients",
        "enums",
        "models",
        "objects",
        "repositories",
    }
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        if name in _SUBMODULES:
            return submodule(__name__, name)
        return attribute(__name__, _MODULES, name)


def __dir__() -> list[str]:
    return sorted(__all__)
