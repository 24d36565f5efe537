# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""``Client`` and ``AsyncClient``: one attribute per API path, created on first use."""

from __future__ import annotations

from functools import cached_property

from didww._client import AsyncClientBase, SyncClientBase
from didww._generated.repositories.address_requirement_validations import (
    AddressRequirementValidationRepository,
    AsyncAddressRequirementValidationRepository,
)
from didww._generated.repositories.address_requirements import (
    AddressRequirementRepository,
    AsyncAddressRequirementRepository,
)
from didww._generated.repositories.address_verifications import (
    AddressVerificationRepository,
    AsyncAddressVerificationRepository,
)
from didww._generated.repositories.addresses import AddressRepository, AsyncAddressRepository
from didww._generated.repositories.areas import AreaRepository, AsyncAreaRepository
from didww._generated.repositories.available_dids import (
    AsyncAvailableDIDRepository,
    AvailableDIDRepository,
)
from didww._generated.repositories.balances import AsyncBalanceRepository, BalanceRepository
from didww._generated.repositories.capacity_pools import (
    AsyncCapacityPoolRepository,
    CapacityPoolRepository,
)
from didww._generated.repositories.cities import AsyncCityRepository, CityRepository
from didww._generated.repositories.countries import AsyncCountryRepository, CountryRepository
from didww._generated.repositories.did_group_types import (
    AsyncDIDGroupTypeRepository,
    DIDGroupTypeRepository,
)
from didww._generated.repositories.did_groups import AsyncDIDGroupRepository, DIDGroupRepository
from didww._generated.repositories.did_history import (
    AsyncDIDHistoryRepository,
    DIDHistoryRepository,
)
from didww._generated.repositories.did_reservations import (
    AsyncDIDReservationRepository,
    DIDReservationRepository,
)
from didww._generated.repositories.dids import AsyncDIDRepository, DIDRepository
from didww._generated.repositories.emergency_calling_services import (
    AsyncEmergencyCallingServiceRepository,
    EmergencyCallingServiceRepository,
)
from didww._generated.repositories.emergency_requirement_validations import (
    AsyncEmergencyRequirementValidationRepository,
    EmergencyRequirementValidationRepository,
)
from didww._generated.repositories.emergency_requirements import (
    AsyncEmergencyRequirementRepository,
    EmergencyRequirementRepository,
)
from didww._generated.repositories.emergency_verifications import (
    AsyncEmergencyVerificationRepository,
    EmergencyVerificationRepository,
)
from didww._generated.repositories.encrypted_files import (
    AsyncEncryptedFileRepository,
    EncryptedFileRepository,
)
from didww._generated.repositories.exports import AsyncExportRepository, ExportRepository
from didww._generated.repositories.identities import AsyncIdentityRepository, IdentityRepository
from didww._generated.repositories.nanpa_prefixes import (
    AsyncNanpaPrefixRepository,
    NanpaPrefixRepository,
)
from didww._generated.repositories.orders import AsyncOrderRepository, OrderRepository
from didww._generated.repositories.permanent_supporting_documents import (
    AsyncPermanentSupportingDocumentRepository,
    PermanentSupportingDocumentRepository,
)
from didww._generated.repositories.pops import AsyncPopRepository, PopRepository
from didww._generated.repositories.proof_types import AsyncProofTypeRepository, ProofTypeRepository
from didww._generated.repositories.proofs import AsyncProofRepository, ProofRepository
from didww._generated.repositories.public_keys import AsyncPublicKeyRepository, PublicKeyRepository
from didww._generated.repositories.regions import AsyncRegionRepository, RegionRepository
from didww._generated.repositories.shared_capacity_groups import (
    AsyncSharedCapacityGroupRepository,
    SharedCapacityGroupRepository,
)
from didww._generated.repositories.supporting_document_templates import (
    AsyncSupportingDocumentTemplateRepository,
    SupportingDocumentTemplateRepository,
)
from didww._generated.repositories.voice_in_trunk_groups import (
    AsyncVoiceInTrunkGroupRepository,
    VoiceInTrunkGroupRepository,
)
from didww._generated.repositories.voice_in_trunks import (
    AsyncVoiceInTrunkRepository,
    VoiceInTrunkRepository,
)
from didww._generated.repositories.voice_out_trunk_regenerate_credentials import (
    AsyncVoiceOutTrunkRegenerateCredentialRepository,
    VoiceOutTrunkRegenerateCredentialRepository,
)
from didww._generated.repositories.voice_out_trunks import (
    AsyncVoiceOutTrunkRepository,
    VoiceOutTrunkRepository,
)

__all__ = ["AsyncClient", "Client"]


class Client(SyncClientBase):
    """Synchronous client of the DIDWW API v3."""

    @cached_property
    def address_requirement_validations(self) -> AddressRequirementValidationRepository:
        """The `/address_requirement_validations` endpoints."""
        return AddressRequirementValidationRepository(self)

    @cached_property
    def address_requirements(self) -> AddressRequirementRepository:
        """The `/address_requirements` endpoints."""
        return AddressRequirementRepository(self)

    @cached_property
    def address_verifications(self) -> AddressVerificationRepository:
        """The `/address_verifications` endpoints."""
        return AddressVerificationRepository(self)

    @cached_property
    def addresses(self) -> AddressRepository:
        """The `/addresses` endpoints."""
        return AddressRepository(self)

    @cached_property
    def areas(self) -> AreaRepository:
        """The `/areas` endpoints."""
        return AreaRepository(self)

    @cached_property
    def available_dids(self) -> AvailableDIDRepository:
        """The `/available_dids` endpoints."""
        return AvailableDIDRepository(self)

    @cached_property
    def balance(self) -> BalanceRepository:
        """The `/balance` endpoints."""
        return BalanceRepository(self)

    @cached_property
    def capacity_pools(self) -> CapacityPoolRepository:
        """The `/capacity_pools` endpoints."""
        return CapacityPoolRepository(self)

    @cached_property
    def cities(self) -> CityRepository:
        """The `/cities` endpoints."""
        return CityRepository(self)

    @cached_property
    def countries(self) -> CountryRepository:
        """The `/countries` endpoints."""
        return CountryRepository(self)

    @cached_property
    def did_group_types(self) -> DIDGroupTypeRepository:
        """The `/did_group_types` endpoints."""
        return DIDGroupTypeRepository(self)

    @cached_property
    def did_groups(self) -> DIDGroupRepository:
        """The `/did_groups` endpoints."""
        return DIDGroupRepository(self)

    @cached_property
    def did_history(self) -> DIDHistoryRepository:
        """The `/did_history` endpoints."""
        return DIDHistoryRepository(self)

    @cached_property
    def did_reservations(self) -> DIDReservationRepository:
        """The `/did_reservations` endpoints."""
        return DIDReservationRepository(self)

    @cached_property
    def dids(self) -> DIDRepository:
        """The `/dids` endpoints."""
        return DIDRepository(self)

    @cached_property
    def emergency_calling_services(self) -> EmergencyCallingServiceRepository:
        """The `/emergency_calling_services` endpoints."""
        return EmergencyCallingServiceRepository(self)

    @cached_property
    def emergency_requirement_validations(self) -> EmergencyRequirementValidationRepository:
        """The `/emergency_requirement_validations` endpoints."""
        return EmergencyRequirementValidationRepository(self)

    @cached_property
    def emergency_requirements(self) -> EmergencyRequirementRepository:
        """The `/emergency_requirements` endpoints."""
        return EmergencyRequirementRepository(self)

    @cached_property
    def emergency_verifications(self) -> EmergencyVerificationRepository:
        """The `/emergency_verifications` endpoints."""
        return EmergencyVerificationRepository(self)

    @cached_property
    def encrypted_files(self) -> EncryptedFileRepository:
        """The `/encrypted_files` endpoints."""
        return EncryptedFileRepository(self)

    @cached_property
    def exports(self) -> ExportRepository:
        """The `/exports` endpoints."""
        return ExportRepository(self)

    @cached_property
    def identities(self) -> IdentityRepository:
        """The `/identities` endpoints."""
        return IdentityRepository(self)

    @cached_property
    def nanpa_prefixes(self) -> NanpaPrefixRepository:
        """The `/nanpa_prefixes` endpoints."""
        return NanpaPrefixRepository(self)

    @cached_property
    def orders(self) -> OrderRepository:
        """The `/orders` endpoints."""
        return OrderRepository(self)

    @cached_property
    def permanent_supporting_documents(self) -> PermanentSupportingDocumentRepository:
        """The `/permanent_supporting_documents` endpoints."""
        return PermanentSupportingDocumentRepository(self)

    @cached_property
    def pops(self) -> PopRepository:
        """The `/pops` endpoints."""
        return PopRepository(self)

    @cached_property
    def proof_types(self) -> ProofTypeRepository:
        """The `/proof_types` endpoints."""
        return ProofTypeRepository(self)

    @cached_property
    def proofs(self) -> ProofRepository:
        """The `/proofs` endpoints."""
        return ProofRepository(self)

    @cached_property
    def public_keys(self) -> PublicKeyRepository:
        """The `/public_keys` endpoints."""
        return PublicKeyRepository(self)

    @cached_property
    def regions(self) -> RegionRepository:
        """The `/regions` endpoints."""
        return RegionRepository(self)

    @cached_property
    def shared_capacity_groups(self) -> SharedCapacityGroupRepository:
        """The `/shared_capacity_groups` endpoints."""
        return SharedCapacityGroupRepository(self)

    @cached_property
    def supporting_document_templates(self) -> SupportingDocumentTemplateRepository:
        """The `/supporting_document_templates` endpoints."""
        return SupportingDocumentTemplateRepository(self)

    @cached_property
    def voice_in_trunk_groups(self) -> VoiceInTrunkGroupRepository:
        """The `/voice_in_trunk_groups` endpoints."""
        return VoiceInTrunkGroupRepository(self)

    @cached_property
    def voice_in_trunks(self) -> VoiceInTrunkRepository:
        """The `/voice_in_trunks` endpoints."""
        return VoiceInTrunkRepository(self)

    @cached_property
    def voice_out_trunk_regenerate_credentials(self) -> VoiceOutTrunkRegenerateCredentialRepository:
        """The `/voice_out_trunk_regenerate_credentials` endpoints."""
        return VoiceOutTrunkRegenerateCredentialRepository(self)

    @cached_property
    def voice_out_trunks(self) -> VoiceOutTrunkRepository:
        """The `/voice_out_trunks` endpoints."""
        return VoiceOutTrunkRepository(self)


class AsyncClient(AsyncClientBase):
    """Asynchronous client of the DIDWW API v3."""

    @cached_property
    def address_requirement_validations(self) -> AsyncAddressRequirementValidationRepository:
        """The `/address_requirement_validations` endpoints."""
        return AsyncAddressRequirementValidationRepository(self)

    @cached_property
    def address_requirements(self) -> AsyncAddressRequirementRepository:
        """The `/address_requirements` endpoints."""
        return AsyncAddressRequirementRepository(self)

    @cached_property
    def address_verifications(self) -> AsyncAddressVerificationRepository:
        """The `/address_verifications` endpoints."""
        return AsyncAddressVerificationRepository(self)

    @cached_property
    def addresses(self) -> AsyncAddressRepository:
        """The `/addresses` endpoints."""
        return AsyncAddressRepository(self)

    @cached_property
    def areas(self) -> AsyncAreaRepository:
        """The `/areas` endpoints."""
        return AsyncAreaRepository(self)

    @cached_property
    def available_dids(self) -> AsyncAvailableDIDRepository:
        """The `/available_dids` endpoints."""
        return AsyncAvailableDIDRepository(self)

    @cached_property
    def balance(self) -> AsyncBalanceRepository:
        """The `/balance` endpoints."""
        return AsyncBalanceRepository(self)

    @cached_property
    def capacity_pools(self) -> AsyncCapacityPoolRepository:
        """The `/capacity_pools` endpoints."""
        return AsyncCapacityPoolRepository(self)

    @cached_property
    def cities(self) -> AsyncCityRepository:
        """The `/cities` endpoints."""
        return AsyncCityRepository(self)

    @cached_property
    def countries(self) -> AsyncCountryRepository:
        """The `/countries` endpoints."""
        return AsyncCountryRepository(self)

    @cached_property
    def did_group_types(self) -> AsyncDIDGroupTypeRepository:
        """The `/did_group_types` endpoints."""
        return AsyncDIDGroupTypeRepository(self)

    @cached_property
    def did_groups(self) -> AsyncDIDGroupRepository:
        """The `/did_groups` endpoints."""
        return AsyncDIDGroupRepository(self)

    @cached_property
    def did_history(self) -> AsyncDIDHistoryRepository:
        """The `/did_history` endpoints."""
        return AsyncDIDHistoryRepository(self)

    @cached_property
    def did_reservations(self) -> AsyncDIDReservationRepository:
        """The `/did_reservations` endpoints."""
        return AsyncDIDReservationRepository(self)

    @cached_property
    def dids(self) -> AsyncDIDRepository:
        """The `/dids` endpoints."""
        return AsyncDIDRepository(self)

    @cached_property
    def emergency_calling_services(self) -> AsyncEmergencyCallingServiceRepository:
        """The `/emergency_calling_services` endpoints."""
        return AsyncEmergencyCallingServiceRepository(self)

    @cached_property
    def emergency_requirement_validations(self) -> AsyncEmergencyRequirementValidationRepository:
        """The `/emergency_requirement_validations` endpoints."""
        return AsyncEmergencyRequirementValidationRepository(self)

    @cached_property
    def emergency_requirements(self) -> AsyncEmergencyRequirementRepository:
        """The `/emergency_requirements` endpoints."""
        return AsyncEmergencyRequirementRepository(self)

    @cached_property
    def emergency_verifications(self) -> AsyncEmergencyVerificationRepository:
        """The `/emergency_verifications` endpoints."""
        return AsyncEmergencyVerificationRepository(self)

    @cached_property
    def encrypted_files(self) -> AsyncEncryptedFileRepository:
        """The `/encrypted_files` endpoints."""
        return AsyncEncryptedFileRepository(self)

    @cached_property
    def exports(self) -> AsyncExportRepository:
        """The `/exports` endpoints."""
        return AsyncExportRepository(self)

    @cached_property
    def identities(self) -> AsyncIdentityRepository:
        """The `/identities` endpoints."""
        return AsyncIdentityRepository(self)

    @cached_property
    def nanpa_prefixes(self) -> AsyncNanpaPrefixRepository:
        """The `/nanpa_prefixes` endpoints."""
        return AsyncNanpaPrefixRepository(self)

    @cached_property
    def orders(self) -> AsyncOrderRepository:
        """The `/orders` endpoints."""
        return AsyncOrderRepository(self)

    @cached_property
    def permanent_supporting_documents(self) -> AsyncPermanentSupportingDocumentRepository:
        """The `/permanent_supporting_documents` endpoints."""
        return AsyncPermanentSupportingDocumentRepository(self)

    @cached_property
    def pops(self) -> AsyncPopRepository:
        """The `/pops` endpoints."""
        return AsyncPopRepository(self)

    @cached_property
    def proof_types(self) -> AsyncProofTypeRepository:
        """The `/proof_types` endpoints."""
        return AsyncProofTypeRepository(self)

    @cached_property
    def proofs(self) -> AsyncProofRepository:
        """The `/proofs` endpoints."""
        return AsyncProofRepository(self)

    @cached_property
    def public_keys(self) -> AsyncPublicKeyRepository:
        """The `/public_keys` endpoints."""
        return AsyncPublicKeyRepository(self)

    @cached_property
    def regions(self) -> AsyncRegionRepository:
        """The `/regions` endpoints."""
        return AsyncRegionRepository(self)

    @cached_property
    def shared_capacity_groups(self) -> AsyncSharedCapacityGroupRepository:
        """The `/shared_capacity_groups` endpoints."""
        return AsyncSharedCapacityGroupRepository(self)

    @cached_property
    def supporting_document_templates(self) -> AsyncSupportingDocumentTemplateRepository:
        """The `/supporting_document_templates` endpoints."""
        return AsyncSupportingDocumentTemplateRepository(self)

    @cached_property
    def voice_in_trunk_groups(self) -> AsyncVoiceInTrunkGroupRepository:
        """The `/voice_in_trunk_groups` endpoints."""
        return AsyncVoiceInTrunkGroupRepository(self)

    @cached_property
    def voice_in_trunks(self) -> AsyncVoiceInTrunkRepository:
        """The `/voice_in_trunks` endpoints."""
        return AsyncVoiceInTrunkRepository(self)

    @cached_property
    def voice_out_trunk_regenerate_credentials(
        self,
    ) -> AsyncVoiceOutTrunkRegenerateCredentialRepository:
        """The `/voice_out_trunk_regenerate_credentials` endpoints."""
        return AsyncVoiceOutTrunkRegenerateCredentialRepository(self)

    @cached_property
    def voice_out_trunks(self) -> AsyncVoiceOutTrunkRepository:
        """The `/voice_out_trunks` endpoints."""
        return AsyncVoiceOutTrunkRepository(self)
