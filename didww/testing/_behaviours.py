"""Which flow handles which resource type; every other type gets the generic :class:`Flow`.

A flow is registered for a type when the catalog of the API version served has that type, so
each version gets the behaviour of exactly the resources it has.
"""

from __future__ import annotations

from collections.abc import Mapping

from didww.testing._capacity import CapacityPoolFlow, SharedCapacityGroupFlow
from didww.testing._dids import DIDFlow
from didww.testing._exports import ExportFlow
from didww.testing._flows import Flow
from didww.testing._history import DIDHistoryFlow
from didww.testing._orders import OrderFlow
from didww.testing._regulation import (
    AddressFlow,
    EncryptedFileFlow,
    IdentityFlow,
    PermanentDocumentFlow,
    ProofFlow,
)
from didww.testing._reservations import ReservationFlow
from didww.testing._schema import Schema
from didww.testing._sms import SmsCredentialsFlow, SmsTrunkFlow, SmsTrunkGroupFlow
from didww.testing._trunks import (
    RegenerateCredentialsFlow,
    VoiceInTrunkFlow,
    VoiceInTrunkGroupFlow,
    VoiceOutTrunkFlow,
)
from didww.testing._validations import RequirementValidationFlow
from didww.testing._verifications import (
    AddressVerificationFlow,
    EmergencyServiceFlow,
    EmergencyVerificationFlow,
)
from didww.testing._versions import surface


def flows(schema: Schema | None = None) -> Mapping[str, Flow]:
    """A fresh flow per resource type of ``schema`` (the default API version's when None) that
    has behaviour beyond plain JSON:API."""
    every: dict[str, Flow] = {
        "orders": OrderFlow(),
        "did_reservations": ReservationFlow(),
        "exports": ExportFlow(),
        "dids": DIDFlow(),
        "did_history": DIDHistoryFlow(),
        "capacity_pools": CapacityPoolFlow(),
        "shared_capacity_groups": SharedCapacityGroupFlow(),
        "identities": IdentityFlow(),
        "addresses": AddressFlow(),
        "proofs": ProofFlow(),
        "permanent_supporting_documents": PermanentDocumentFlow(),
        "encrypted_files": EncryptedFileFlow(),
        "address_verifications": AddressVerificationFlow(),
        "emergency_verifications": EmergencyVerificationFlow(),
        "emergency_calling_services": EmergencyServiceFlow(),
        "address_requirement_validations": RequirementValidationFlow("address_requirement"),
        "emergency_requirement_validations": RequirementValidationFlow("emergency_requirement"),
        "voice_in_trunks": VoiceInTrunkFlow(),
        "voice_in_trunk_groups": VoiceInTrunkGroupFlow(),
        "voice_out_trunks": VoiceOutTrunkFlow(),
        "voice_out_trunk_regenerate_credentials": RegenerateCredentialsFlow(),
        "sms_trunks": SmsTrunkFlow(),
        "sms_trunk_groups": SmsTrunkGroupFlow(),
        "sms_trunk_regenerate_credentials": SmsCredentialsFlow(),
    }
    known = (schema or surface().schema).resources
    return {type_: flow for type_, flow in every.items() if type_ in known}


GENERIC = Flow()
