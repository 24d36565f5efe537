# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Everything generated from the spec, gathered for ``didww/__init__.py``."""

from didww._generated.api import API_VERSION, Environment
from didww._generated.clients import AsyncClient, Client
from didww._generated.models.address_requirement_validations import AddressRequirementValidation
from didww._generated.models.address_requirements import AddressRequirement
from didww._generated.models.address_verifications import AddressVerification
from didww._generated.models.addresses import Address
from didww._generated.models.areas import Area
from didww._generated.models.available_dids import AvailableDID
from didww._generated.models.balances import Balance
from didww._generated.models.capacity_pools import CapacityPool
from didww._generated.models.cities import City
from didww._generated.models.countries import Country
from didww._generated.models.did_group_types import DIDGroupType
from didww._generated.models.did_groups import DIDGroup
from didww._generated.models.did_history import DIDHistory
from didww._generated.models.did_reservations import DIDReservation
from didww._generated.models.dids import DID
from didww._generated.models.emergency_calling_services import EmergencyCallingService
from didww._generated.models.emergency_requirement_validations import EmergencyRequirementValidation
from didww._generated.models.emergency_requirements import EmergencyRequirement
from didww._generated.models.emergency_verifications import EmergencyVerification
from didww._generated.models.encrypted_files import EncryptedFile
from didww._generated.models.exports import Export
from didww._generated.models.identities import Identity
from didww._generated.models.nanpa_prefixes import NanpaPrefix
from didww._generated.models.orders import Order
from didww._generated.models.permanent_supporting_documents import PermanentSupportingDocument
from didww._generated.models.pops import Pop
from didww._generated.models.proof_types import ProofType
from didww._generated.models.proofs import Proof
from didww._generated.models.public_keys import PublicKey
from didww._generated.models.qty_based_pricings import QtyBasedPricing
from didww._generated.models.regions import Region
from didww._generated.models.shared_capacity_groups import SharedCapacityGroup
from didww._generated.models.stock_keeping_units import StockKeepingUnit
from didww._generated.models.supporting_document_templates import SupportingDocumentTemplate
from didww._generated.models.voice_in_trunk_groups import VoiceInTrunkGroup
from didww._generated.models.voice_in_trunks import VoiceInTrunk
from didww._generated.models.voice_out_trunk_regenerate_credentials import (
    VoiceOutTrunkRegenerateCredential,
)
from didww._generated.models.voice_out_trunks import VoiceOutTrunk
from didww._generated.objects import (
    AuthenticationMethod,
    CapacityOrderItem,
    CredentialsAndIPAuthentication,
    DIDOrderItem,
    EmergencyOrderItem,
    GenericAuthentication,
    GenericConfiguration,
    GenericOrderItem,
    IPOnlyAuthentication,
    OrderItem,
    PSTNConfiguration,
    SIPConfiguration,
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
    "IPOnlyAuthentication",
    "Identity",
    "NanpaPrefix",
    "Order",
    "OrderItem",
    "PSTNConfiguration",
    "PermanentSupportingDocument",
    "Pop",
    "Proof",
    "ProofType",
    "PublicKey",
    "QtyBasedPricing",
    "Region",
    "SIPConfiguration",
    "SharedCapacityGroup",
    "StockKeepingUnit",
    "SupportingDocumentTemplate",
    "TrunkConfiguration",
    "TwilioAuthentication",
    "UnknownOrderItem",
    "VoiceInTrunk",
    "VoiceInTrunkGroup",
    "VoiceOutTrunk",
    "VoiceOutTrunkRegenerateCredential",
]
