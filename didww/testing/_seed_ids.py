"""Well-known ids of the seeded resources, for tests that need to name one directly."""

from __future__ import annotations

from dataclasses import dataclass

from didww.testing._ids import seed_id


@dataclass(frozen=True)
class SeedIds:
    """The ids of the resources every new :class:`~didww.testing.Simulator` starts with.

    Each is a UUID 5 of the resource type and a readable key (see :func:`seed_id`), so it never
    changes between runs.
    """

    country_us: str = seed_id("countries", "US")
    country_gb: str = seed_id("countries", "GB")
    country_de: str = seed_id("countries", "DE")
    country_fr: str = seed_id("countries", "FR")
    """A country without coverage (``is_available`` false)."""
    region_us_ny: str = seed_id("regions", "US-NY")
    region_us_ca: str = seed_id("regions", "US-CA")
    region_gb_eng: str = seed_id("regions", "GB-ENG")
    region_de_be: str = seed_id("regions", "DE-BE")
    area_us_nyc: str = seed_id("areas", "US-NYC")
    area_gb_london: str = seed_id("areas", "GB-LON")
    city_new_york: str = seed_id("cities", "New York")
    city_los_angeles: str = seed_id("cities", "Los Angeles")
    city_london: str = seed_id("cities", "London")
    city_berlin: str = seed_id("cities", "Berlin")
    type_global: str = seed_id("did_group_types", "Global")
    type_local: str = seed_id("did_group_types", "Local")
    type_mobile: str = seed_id("did_group_types", "Mobile")
    type_national: str = seed_id("did_group_types", "National")
    type_toll_free: str = seed_id("did_group_types", "Toll-free")
    nanpa_212_555: str = seed_id("nanpa_prefixes", "212555")
    nanpa_213_555: str = seed_id("nanpa_prefixes", "213555")
    group_us_new_york: str = seed_id("did_groups", "US-NY")
    """Local, lists available DIDs 12125550100-12125550104."""
    group_us_los_angeles: str = seed_id("did_groups", "US-LA")
    group_us_toll_free: str = seed_id("did_groups", "US-TF")
    """Ordered by quantity only (no available DIDs listed)."""
    group_gb_london: str = seed_id("did_groups", "GB-LON")
    """Needs registration (an address requirement)."""
    group_gb_mobile: str = seed_id("did_groups", "GB-MOB")
    group_gb_national: str = seed_id("did_groups", "GB-NAT")
    group_de_berlin: str = seed_id("did_groups", "DE-BER")
    sku_us_new_york_2: str = seed_id("stock_keeping_units", "US-NY-2")
    """Setup 1.00, monthly 2.50, 2 channels included."""
    sku_us_new_york_10: str = seed_id("stock_keeping_units", "US-NY-10")
    sku_us_los_angeles: str = seed_id("stock_keeping_units", "US-LA-2")
    sku_us_toll_free: str = seed_id("stock_keeping_units", "US-TF-2")
    sku_gb_london: str = seed_id("stock_keeping_units", "GB-LON-2")
    sku_gb_mobile: str = seed_id("stock_keeping_units", "GB-MOB-1")
    sku_gb_national: str = seed_id("stock_keeping_units", "GB-NAT-2")
    sku_de_berlin: str = seed_id("stock_keeping_units", "DE-BER-2")
    available_did_us_new_york: str = seed_id("available_dids", "12125550100")
    """The first of the New York numbers in stock."""
    proof_type_passport: str = seed_id("proof_types", "passport")
    proof_type_drivers_license: str = seed_id("proof_types", "drivers_license")
    proof_type_company_registration: str = seed_id("proof_types", "company_registration")
    proof_type_utility_bill: str = seed_id("proof_types", "utility_bill")
    template_generic_loa: str = seed_id("supporting_document_templates", "generic_loa")
    template_de_registration: str = seed_id("supporting_document_templates", "de_registration")
    """A permanent template."""
    address_requirement_gb_london: str = seed_id("address_requirements", "GB-LON")
    address_requirement_de_berlin: str = seed_id("address_requirements", "DE-BER")
    emergency_requirement_us_local: str = seed_id("emergency_requirements", "US-Local")
    pop_frankfurt: str = seed_id("pops", "FRA")
    pop_new_york: str = seed_id("pops", "NYC")
    pop_london: str = seed_id("pops", "LON")
    public_key_1: str = seed_id("public_keys", "1")
    public_key_2: str = seed_id("public_keys", "2")
    capacity_pool: str = seed_id("capacity_pools", "Standard")
    """10 channels, 2 of them shared by :attr:`shared_capacity_group`."""
    shared_capacity_group: str = seed_id("shared_capacity_groups", "Main")
    balance: str = seed_id("balances", "account")
    """Balance 100.00, credit 0.00."""
    order: str = seed_id("orders", "seed")
    """The completed order that bought :attr:`did_us` and :attr:`did_gb`."""
    did_us: str = seed_id("dids", "12125550199")
    did_gb: str = seed_id("dids", "442071830199")
    """Awaiting registration (its group needs a verified address)."""
    voice_in_trunk: str = seed_id("voice_in_trunks", "Office PBX")
    identity: str = seed_id("identities", "John Doe")
    address: str = seed_id("addresses", "1 Main St")
    identity_gb: str = seed_id("identities", "Jane Smith")
    """A personal identity with the birth date and the passport proof the GB requirement asks."""
    address_gb: str = seed_id("addresses", "221B Baker St")
    """:attr:`identity_gb`'s London address, with a utility bill proof: what an address
    verification of :attr:`did_gb` needs."""
    emergency_calling_service: str = seed_id("emergency_calling_services", "New York")


SEED = SeedIds()
"""The ids of the seeded resources."""
