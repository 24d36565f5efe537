# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""``Client`` and ``AsyncClient`` for API version 2026-10-22: one attribute per API path,
each repository loaded and created on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from didww._client import AsyncBearerClientBase, SyncBearerClientBase
from didww.v2026_10_22.api import API

if TYPE_CHECKING:
    from didww.v2026_10_22.repositories.address_requirement_validations import (
        AddressRequirementValidationRepository,
        AsyncAddressRequirementValidationRepository,
    )
    from didww.v2026_10_22.repositories.address_requirements import (
        AddressRequirementRepository,
        AsyncAddressRequirementRepository,
    )
    from didww.v2026_10_22.repositories.address_verifications import (
        AddressVerificationRepository,
        AsyncAddressVerificationRepository,
    )
    from didww.v2026_10_22.repositories.addresses import AddressRepository, AsyncAddressRepository
    from didww.v2026_10_22.repositories.areas import AreaRepository, AsyncAreaRepository
    from didww.v2026_10_22.repositories.available_dids import (
        AsyncAvailableDIDRepository,
        AvailableDIDRepository,
    )
    from didww.v2026_10_22.repositories.balances import AsyncBalanceRepository, BalanceRepository
    from didww.v2026_10_22.repositories.capacity_pools import (
        AsyncCapacityPoolRepository,
        CapacityPoolRepository,
    )
    from didww.v2026_10_22.repositories.cities import AsyncCityRepository, CityRepository
    from didww.v2026_10_22.repositories.countries import AsyncCountryRepository, CountryRepository
    from didww.v2026_10_22.repositories.did_groups import (
        AsyncDIDGroupRepository,
        DIDGroupRepository,
    )
    from didww.v2026_10_22.repositories.did_history import (
        AsyncDIDHistoryRepository,
        DIDHistoryRepository,
    )
    from didww.v2026_10_22.repositories.did_reservations import (
        AsyncDIDReservationRepository,
        DIDReservationRepository,
    )
    from didww.v2026_10_22.repositories.dids import AsyncDIDRepository, DIDRepository
    from didww.v2026_10_22.repositories.emergency_calling_services import (
        AsyncEmergencyCallingServiceRepository,
        EmergencyCallingServiceRepository,
    )
    from didww.v2026_10_22.repositories.emergency_requirement_validations import (
        AsyncEmergencyRequirementValidationRepository,
        EmergencyRequirementValidationRepository,
    )
    from didww.v2026_10_22.repositories.emergency_requirements import (
        AsyncEmergencyRequirementRepository,
        EmergencyRequirementRepository,
    )
    from didww.v2026_10_22.repositories.emergency_verifications import (
        AsyncEmergencyVerificationRepository,
        EmergencyVerificationRepository,
    )
    from didww.v2026_10_22.repositories.encrypted_files import (
        AsyncEncryptedFileRepository,
        EncryptedFileRepository,
    )
    from didww.v2026_10_22.repositories.exports import AsyncExportRepository, ExportRepository
    from didww.v2026_10_22.repositories.identities import (
        AsyncIdentityRepository,
        IdentityRepository,
    )
    from didww.v2026_10_22.repositories.nanpa_prefixes import (
        AsyncNanpaPrefixRepository,
        NanpaPrefixRepository,
    )
    from didww.v2026_10_22.repositories.orders import AsyncOrderRepository, OrderRepository
    from didww.v2026_10_22.repositories.permanent_supporting_documents import (
        AsyncPermanentSupportingDocumentRepository,
        PermanentSupportingDocumentRepository,
    )
    from didww.v2026_10_22.repositories.proof_types import (
        AsyncProofTypeRepository,
        ProofTypeRepository,
    )
    from didww.v2026_10_22.repositories.proofs import AsyncProofRepository, ProofRepository
    from didww.v2026_10_22.repositories.public_keys import (
        AsyncPublicKeyRepository,
        PublicKeyRepository,
    )
    from didww.v2026_10_22.repositories.regions import AsyncRegionRepository, RegionRepository
    from didww.v2026_10_22.repositories.shared_capacity_groups import (
        AsyncSharedCapacityGroupRepository,
        SharedCapacityGroupRepository,
    )
    from didww.v2026_10_22.repositories.sms_trunk_groups import (
        AsyncSmsTrunkGroupRepository,
        SmsTrunkGroupRepository,
    )
    from didww.v2026_10_22.repositories.sms_trunk_regenerate_credentials import (
        AsyncSmsTrunkRegenerateCredentialRepository,
        SmsTrunkRegenerateCredentialRepository,
    )
    from didww.v2026_10_22.repositories.sms_trunks import (
        AsyncSmsTrunkRepository,
        SmsTrunkRepository,
    )
    from didww.v2026_10_22.repositories.supporting_document_templates import (
        AsyncSupportingDocumentTemplateRepository,
        SupportingDocumentTemplateRepository,
    )
    from didww.v2026_10_22.repositories.voice_in_trunk_groups import (
        AsyncVoiceInTrunkGroupRepository,
        VoiceInTrunkGroupRepository,
    )
    from didww.v2026_10_22.repositories.voice_in_trunks import (
        AsyncVoiceInTrunkRepository,
        VoiceInTrunkRepository,
    )
    from didww.v2026_10_22.repositories.voice_out_trunk_regenerate_credentials import (
        AsyncVoiceOutTrunkRegenerateCredentialRepository,
        VoiceOutTrunkRegenerateCredentialRepository,
    )
    from didww.v2026_10_22.repositories.voice_out_trunks import (
        AsyncVoiceOutTrunkRepository,
        VoiceOutTrunkRepository,
    )

__all__ = ["AsyncClient", "Client"]


class Client(SyncBearerClientBase):
    """Synchronous client of the DIDWW API v3, version 2026-10-22."""

    _API = API

    @cached_property
    def address_requirement_validations(self) -> AddressRequirementValidationRepository:
        """The `/address_requirement_validations` endpoints."""
        from didww.v2026_10_22.repositories.address_requirement_validations import (
            AddressRequirementValidationRepository,
        )

        return AddressRequirementValidationRepository(self)

    @cached_property
    def address_requirements(self) -> AddressRequirementRepository:
        """The `/address_requirements` endpoints."""
        from didww.v2026_10_22.repositories.address_requirements import AddressRequirementRepository

        return AddressRequirementRepository(self)

    @cached_property
    def address_verifications(self) -> AddressVerificationRepository:
        """The `/address_verifications` endpoints."""
        from didww.v2026_10_22.repositories.address_verifications import (
            AddressVerificationRepository,
        )

        return AddressVerificationRepository(self)

    @cached_property
    def addresses(self) -> AddressRepository:
        """The `/addresses` endpoints."""
        from didww.v2026_10_22.repositories.addresses import AddressRepository

        return AddressRepository(self)

    @cached_property
    def areas(self) -> AreaRepository:
        """The `/areas` endpoints."""
        from didww.v2026_10_22.repositories.areas import AreaRepository

        return AreaRepository(self)

    @cached_property
    def available_dids(self) -> AvailableDIDRepository:
        """The `/available_dids` endpoints."""
        from didww.v2026_10_22.repositories.available_dids import AvailableDIDRepository

        return AvailableDIDRepository(self)

    @cached_property
    def balance(self) -> BalanceRepository:
        """The `/balance` endpoints."""
        from didww.v2026_10_22.repositories.balances import BalanceRepository

        return BalanceRepository(self)

    @cached_property
    def capacity_pools(self) -> CapacityPoolRepository:
        """The `/capacity_pools` endpoints."""
        from didww.v2026_10_22.repositories.capacity_pools import CapacityPoolRepository

        return CapacityPoolRepository(self)

    @cached_property
    def cities(self) -> CityRepository:
        """The `/cities` endpoints."""
        from didww.v2026_10_22.repositories.cities import CityRepository

        return CityRepository(self)

    @cached_property
    def countries(self) -> CountryRepository:
        """The `/countries` endpoints."""
        from didww.v2026_10_22.repositories.countries import CountryRepository

        return CountryRepository(self)

    @cached_property
    def did_groups(self) -> DIDGroupRepository:
        """The `/did_groups` endpoints."""
        from didww.v2026_10_22.repositories.did_groups import DIDGroupRepository

        return DIDGroupRepository(self)

    @cached_property
    def did_history(self) -> DIDHistoryRepository:
        """The `/did_history` endpoints."""
        from didww.v2026_10_22.repositories.did_history import DIDHistoryRepository

        return DIDHistoryRepository(self)

    @cached_property
    def did_reservations(self) -> DIDReservationRepository:
        """The `/did_reservations` endpoints."""
        from didww.v2026_10_22.repositories.did_reservations import DIDReservationRepository

        return DIDReservationRepository(self)

    @cached_property
    def dids(self) -> DIDRepository:
        """The `/dids` endpoints."""
        from didww.v2026_10_22.repositories.dids import DIDRepository

        return DIDRepository(self)

    @cached_property
    def emergency_calling_services(self) -> EmergencyCallingServiceRepository:
        """The `/emergency_calling_services` endpoints."""
        from didww.v2026_10_22.repositories.emergency_calling_services import (
            EmergencyCallingServiceRepository,
        )

        return EmergencyCallingServiceRepository(self)

    @cached_property
    def emergency_requirement_validations(self) -> EmergencyRequirementValidationRepository:
        """The `/emergency_requirement_validations` endpoints."""
        from didww.v2026_10_22.repositories.emergency_requirement_validations import (
            EmergencyRequirementValidationRepository,
        )

        return EmergencyRequirementValidationRepository(self)

    @cached_property
    def emergency_requirements(self) -> EmergencyRequirementRepository:
        """The `/emergency_requirements` endpoints."""
        from didww.v2026_10_22.repositories.emergency_requirements import (
            EmergencyRequirementRepository,
        )

        return EmergencyRequirementRepository(self)

    @cached_property
    def emergency_verifications(self) -> EmergencyVerificationRepository:
        """The `/emergency_verifications` endpoints."""
        from didww.v2026_10_22.repositories.emergency_verifications import (
            EmergencyVerificationRepository,
        )

        return EmergencyVerificationRepository(self)

    @cached_property
    def encrypted_files(self) -> EncryptedFileRepository:
        """The `/encrypted_files` endpoints."""
        from didww.v2026_10_22.repositories.encrypted_files import EncryptedFileRepository

        return EncryptedFileRepository(self)

    @cached_property
    def exports(self) -> ExportRepository:
        """The `/exports` endpoints."""
        from didww.v2026_10_22.repositories.exports import ExportRepository

        return ExportRepository(self)

    @cached_property
    def identities(self) -> IdentityRepository:
        """The `/identities` endpoints."""
        from didww.v2026_10_22.repositories.identities import IdentityRepository

        return IdentityRepository(self)

    @cached_property
    def nanpa_prefixes(self) -> NanpaPrefixRepository:
        """The `/nanpa_prefixes` endpoints."""
        from didww.v2026_10_22.repositories.nanpa_prefixes import NanpaPrefixRepository

        return NanpaPrefixRepository(self)

    @cached_property
    def orders(self) -> OrderRepository:
        """The `/orders` endpoints."""
        from didww.v2026_10_22.repositories.orders import OrderRepository

        return OrderRepository(self)

    @cached_property
    def permanent_supporting_documents(self) -> PermanentSupportingDocumentRepository:
        """The `/permanent_supporting_documents` endpoints."""
        from didww.v2026_10_22.repositories.permanent_supporting_documents import (
            PermanentSupportingDocumentRepository,
        )

        return PermanentSupportingDocumentRepository(self)

    @cached_property
    def proof_types(self) -> ProofTypeRepository:
        """The `/proof_types` endpoints."""
        from didww.v2026_10_22.repositories.proof_types import ProofTypeRepository

        return ProofTypeRepository(self)

    @cached_property
    def proofs(self) -> ProofRepository:
        """The `/proofs` endpoints."""
        from didww.v2026_10_22.repositories.proofs import ProofRepository

        return ProofRepository(self)

    @cached_property
    def public_keys(self) -> PublicKeyRepository:
        """The `/public_keys` endpoints."""
        from didww.v2026_10_22.repositories.public_keys import PublicKeyRepository

        return PublicKeyRepository(self)

    @cached_property
    def regions(self) -> RegionRepository:
        """The `/regions` endpoints."""
        from didww.v2026_10_22.repositories.regions import RegionRepository

        return RegionRepository(self)

    @cached_property
    def shared_capacity_groups(self) -> SharedCapacityGroupRepository:
        """The `/shared_capacity_groups` endpoints."""
        from didww.v2026_10_22.repositories.shared_capacity_groups import (
            SharedCapacityGroupRepository,
        )

        return SharedCapacityGroupRepository(self)

    @cached_property
    def sms_trunk_groups(self) -> SmsTrunkGroupRepository:
        """The `/sms_trunk_groups` endpoints."""
        from didww.v2026_10_22.repositories.sms_trunk_groups import SmsTrunkGroupRepository

        return SmsTrunkGroupRepository(self)

    @cached_property
    def sms_trunk_regenerate_credentials(self) -> SmsTrunkRegenerateCredentialRepository:
        """The `/sms_trunk_regenerate_credentials` endpoints."""
        from didww.v2026_10_22.repositories.sms_trunk_regenerate_credentials import (
            SmsTrunkRegenerateCredentialRepository,
        )

        return SmsTrunkRegenerateCredentialRepository(self)

    @cached_property
    def sms_trunks(self) -> SmsTrunkRepository:
        """The `/sms_trunks` endpoints."""
        from didww.v2026_10_22.repositories.sms_trunks import SmsTrunkRepository

        return SmsTrunkRepository(self)

    @cached_property
    def supporting_document_templates(self) -> SupportingDocumentTemplateRepository:
        """The `/supporting_document_templates` endpoints."""
        from didww.v2026_10_22.repositories.supporting_document_templates import (
            SupportingDocumentTemplateRepository,
        )

        return SupportingDocumentTemplateRepository(self)

    @cached_property
    def voice_in_trunk_groups(self) -> VoiceInTrunkGroupRepository:
        """The `/voice_in_trunk_groups` endpoints."""
        from didww.v2026_10_22.repositories.voice_in_trunk_groups import VoiceInTrunkGroupRepository

        return VoiceInTrunkGroupRepository(self)

    @cached_property
    def voice_in_trunks(self) -> VoiceInTrunkRepository:
        """The `/voice_in_trunks` endpoints."""
        from didww.v2026_10_22.repositories.voice_in_trunks import VoiceInTrunkRepository

        return VoiceInTrunkRepository(self)

    @cached_property
    def voice_out_trunk_regenerate_credentials(self) -> VoiceOutTrunkRegenerateCredentialRepository:
        """The `/voice_out_trunk_regenerate_credentials` endpoints."""
        from didww.v2026_10_22.repositories.voice_out_trunk_regenerate_credentials import (
            VoiceOutTrunkRegenerateCredentialRepository,
        )

        return VoiceOutTrunkRegenerateCredentialRepository(self)

    @cached_property
    def voice_out_trunks(self) -> VoiceOutTrunkRepository:
        """The `/voice_out_trunks` endpoints."""
        from didww.v2026_10_22.repositories.voice_out_trunks import VoiceOutTrunkRepository

        return VoiceOutTrunkRepository(self)


class AsyncClient(AsyncBearerClientBase):
    """Asynchronous client of the DIDWW API v3, version 2026-10-22."""

    _API = API

    @cached_property
    def address_requirement_validations(self) -> AsyncAddressRequirementValidationRepository:
        """The `/address_requirement_validations` endpoints."""
        from didww.v2026_10_22.repositories.address_requirement_validations import (
            AsyncAddressRequirementValidationRepository,
        )

        return AsyncAddressRequirementValidationRepository(self)

    @cached_property
    def address_requirements(self) -> AsyncAddressRequirementRepository:
        """The `/address_requirements` endpoints."""
        from didww.v2026_10_22.repositories.address_requirements import (
            AsyncAddressRequirementRepository,
        )

        return AsyncAddressRequirementRepository(self)

    @cached_property
    def address_verifications(self) -> AsyncAddressVerificationRepository:
        """The `/address_verifications` endpoints."""
        from didww.v2026_10_22.repositories.address_verifications import (
            AsyncAddressVerificationRepository,
        )

        return AsyncAddressVerificationRepository(self)

    @cached_property
    def addresses(self) -> AsyncAddressRepository:
        """The `/addresses` endpoints."""
        from didww.v2026_10_22.repositories.addresses import AsyncAddressRepository

        return AsyncAddressRepository(self)

    @cached_property
    def areas(self) -> AsyncAreaRepository:
        """The `/areas` endpoints."""
        from didww.v2026_10_22.repositories.areas import AsyncAreaRepository

        return AsyncAreaRepository(self)

    @cached_property
    def available_dids(self) -> AsyncAvailableDIDRepository:
        """The `/available_dids` endpoints."""
        from didww.v2026_10_22.repositories.available_dids import AsyncAvailableDIDRepository

        return AsyncAvailableDIDRepository(self)

    @cached_property
    def balance(self) -> AsyncBalanceRepository:
        """The `/balance` endpoints."""
        from didww.v2026_10_22.repositories.balances import AsyncBalanceRepository

        return AsyncBalanceRepository(self)

    @cached_property
    def capacity_pools(self) -> AsyncCapacityPoolRepository:
        """The `/capacity_pools` endpoints."""
        from didww.v2026_10_22.repositories.capacity_pools import AsyncCapacityPoolRepository

        return AsyncCapacityPoolRepository(self)

    @cached_property
    def cities(self) -> AsyncCityRepository:
        """The `/cities` endpoints."""
        from didww.v2026_10_22.repositories.cities import AsyncCityRepository

        return AsyncCityRepository(self)

    @cached_property
    def countries(self) -> AsyncCountryRepository:
        """The `/countries` endpoints."""
        from didww.v2026_10_22.repositories.countries import AsyncCountryRepository

        return AsyncCountryRepository(self)

    @cached_property
    def did_groups(self) -> AsyncDIDGroupRepository:
        """The `/did_groups` endpoints."""
        from didww.v2026_10_22.repositories.did_groups import AsyncDIDGroupRepository

        return AsyncDIDGroupRepository(self)

    @cached_property
    def did_history(self) -> AsyncDIDHistoryRepository:
        """The `/did_history` endpoints."""
        from didww.v2026_10_22.repositories.did_history import AsyncDIDHistoryRepository

        return AsyncDIDHistoryRepository(self)

    @cached_property
    def did_reservations(self) -> AsyncDIDReservationRepository:
        """The `/did_reservations` endpoints."""
        from didww.v2026_10_22.repositories.did_reservations import AsyncDIDReservationRepository

        return AsyncDIDReservationRepository(self)

    @cached_property
    def dids(self) -> AsyncDIDRepository:
        """The `/dids` endpoints."""
        from didww.v2026_10_22.repositories.dids import AsyncDIDRepository

        return AsyncDIDRepository(self)

    @cached_property
    def emergency_calling_services(self) -> AsyncEmergencyCallingServiceRepository:
        """The `/emergency_calling_services` endpoints."""
        from didww.v2026_10_22.repositories.emergency_calling_services import (
            AsyncEmergencyCallingServiceRepository,
        )

        return AsyncEmergencyCallingServiceRepository(self)

    @cached_property
    def emergency_requirement_validations(self) -> AsyncEmergencyRequirementValidationRepository:
        """The `/emergency_requirement_validations` endpoints."""
        from didww.v2026_10_22.repositories.emergency_requirement_validations import (
            AsyncEmergencyRequirementValidationRepository,
        )

        return AsyncEmergencyRequirementValidationRepository(self)

    @cached_property
    def emergency_requirements(self) -> AsyncEmergencyRequirementRepository:
        """The `/emergency_requirements` endpoints."""
        from didww.v2026_10_22.repositories.emergency_requirements import (
            AsyncEmergencyRequirementRepository,
        )

        return AsyncEmergencyRequirementRepository(self)

    @cached_property
    def emergency_verifications(self) -> AsyncEmergencyVerificationRepository:
        """The `/emergency_verifications` endpoints."""
        from didww.v2026_10_22.repositories.emergency_verifications import (
            AsyncEmergencyVerificationRepository,
        )

        return AsyncEmergencyVerificationRepository(self)

    @cached_property
    def encrypted_files(self) -> AsyncEncryptedFileRepository:
        """The `/encrypted_files` endpoints."""
        from didww.v2026_10_22.repositories.encrypted_files import AsyncEncryptedFileRepository

        return AsyncEncryptedFileRepository(self)

    @cached_property
    def exports(self) -> AsyncExportRepository:
        """The `/exports` endpoints."""
        from didww.v2026_10_22.repositories.exports import AsyncExportRepository

        return AsyncExportRepository(self)

    @cached_property
    def identities(self) -> AsyncIdentityRepository:
        """The `/identities` endpoints."""
        from didww.v2026_10_22.repositories.identities import AsyncIdentityRepository

        return AsyncIdentityRepository(self)

    @cached_property
    def nanpa_prefixes(self) -> AsyncNanpaPrefixRepository:
        """The `/nanpa_prefixes` endpoints."""
        from didww.v2026_10_22.repositories.nanpa_prefixes import AsyncNanpaPrefixRepository

        return AsyncNanpaPrefixRepository(self)

    @cached_property
    def orders(self) -> AsyncOrderRepository:
        """The `/orders` endpoints."""
        from didww.v2026_10_22.repositories.orders import AsyncOrderRepository

        return AsyncOrderRepository(self)

    @cached_property
    def permanent_supporting_documents(self) -> AsyncPermanentSupportingDocumentRepository:
        """The `/permanent_supporting_documents` endpoints."""
        from didww.v2026_10_22.repositories.permanent_supporting_documents import (
            AsyncPermanentSupportingDocumentRepository,
        )

        return AsyncPermanentSupportingDocumentRepository(self)

    @cached_property
    def proof_types(self) -> AsyncProofTypeRepository:
        """The `/proof_types` endpoints."""
        from didww.v2026_10_22.repositories.proof_types import AsyncProofTypeRepository

        return AsyncProofTypeRepository(self)

    @cached_property
    def proofs(self) -> AsyncProofRepository:
        """The `/proofs` endpoints."""
        from didww.v2026_10_22.repositories.proofs import AsyncProofRepository

        return AsyncProofRepository(self)

    @cached_property
    def public_keys(self) -> AsyncPublicKeyRepository:
        """The `/public_keys` endpoints."""
        from didww.v2026_10_22.repositories.public_keys import AsyncPublicKeyRepository

        return AsyncPublicKeyRepository(self)

    @cached_property
    def regions(self) -> AsyncRegionRepository:
        """The `/regions` endpoints."""
        from didww.v2026_10_22.repositories.regions import AsyncRegionRepository

        return AsyncRegionRepository(self)

    @cached_property
    def shared_capacity_groups(self) -> AsyncSharedCapacityGroupRepository:
        """The `/shared_capacity_groups` endpoints."""
        from didww.v2026_10_22.repositories.shared_capacity_groups import (
            AsyncSharedCapacityGroupRepository,
        )

        return AsyncSharedCapacityGroupRepository(self)

    @cached_property
    def sms_trunk_groups(self) -> AsyncSmsTrunkGroupRepository:
        """The `/sms_trunk_groups` endpoints."""
        from didww.v2026_10_22.repositories.sms_trunk_groups import AsyncSmsTrunkGroupRepository

        return AsyncSmsTrunkGroupRepository(self)

    @cached_property
    def sms_trunk_regenerate_credentials(self) -> AsyncSmsTrunkRegenerateCredentialRepository:
        """The `/sms_trunk_regenerate_credentials` endpoints."""
        from didww.v2026_10_22.repositories.sms_trunk_regenerate_credentials import (
            AsyncSmsTrunkRegenerateCredentialRepository,
        )

        return AsyncSmsTrunkRegenerateCredentialRepository(self)

    @cached_property
    def sms_trunks(self) -> AsyncSmsTrunkRepository:
        """The `/sms_trunks` endpoints."""
        from didww.v2026_10_22.repositories.sms_trunks import AsyncSmsTrunkRepository

        return AsyncSmsTrunkRepository(self)

    @cached_property
    def supporting_document_templates(self) -> AsyncSupportingDocumentTemplateRepository:
        """The `/supporting_document_templates` endpoints."""
        from didww.v2026_10_22.repositories.supporting_document_templates import (
            AsyncSupportingDocumentTemplateRepository,
        )

        return AsyncSupportingDocumentTemplateRepository(self)

    @cached_property
    def voice_in_trunk_groups(self) -> AsyncVoiceInTrunkGroupRepository:
        """The `/voice_in_trunk_groups` endpoints."""
        from didww.v2026_10_22.repositories.voice_in_trunk_groups import (
            AsyncVoiceInTrunkGroupRepository,
        )

        return AsyncVoiceInTrunkGroupRepository(self)

    @cached_property
    def voice_in_trunks(self) -> AsyncVoiceInTrunkRepository:
        """The `/voice_in_trunks` endpoints."""
        from didww.v2026_10_22.repositories.voice_in_trunks import AsyncVoiceInTrunkRepository

        return AsyncVoiceInTrunkRepository(self)

    @cached_property
    def voice_out_trunk_regenerate_credentials(
        self,
    ) -> AsyncVoiceOutTrunkRegenerateCredentialRepository:
        """The `/voice_out_trunk_regenerate_credentials` endpoints."""
        from didww.v2026_10_22.repositories.voice_out_trunk_regenerate_credentials import (
            AsyncVoiceOutTrunkRegenerateCredentialRepository,
        )

        return AsyncVoiceOutTrunkRegenerateCredentialRepository(self)

    @cached_property
    def voice_out_trunks(self) -> AsyncVoiceOutTrunkRepository:
        """The `/voice_out_trunks` endpoints."""
        from didww.v2026_10_22.repositories.voice_out_trunks import AsyncVoiceOutTrunkRepository

        return AsyncVoiceOutTrunkRepository(self)
