"""The coverage data and account every new simulator starts with.

Hand-written, deterministic data: ids come from :mod:`._seed_ids`, timestamps are fixed. Every
attribute the catalog defines gets a value (a default when not listed here), and naming an
attribute or relationship the catalog does not have fails loudly, so the seed cannot drift from
the API surface unnoticed.

One account for every API version: where versions model a fact differently, the catalog served
decides how it is written. A DID group's kind of number is a ``did_group_type`` record where the
catalog has that relationship, else the ``number_type`` attribute; points of presence are
records where ``pops`` exists, else the voice IN trunk's ``pop`` attribute; mandatory-field
labels are the enumeration's values where the catalog enumerates them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from didww._types import JSON
from didww.testing._clock import iso
from didww.testing._defaults import object_value, resource_defaults
from didww.testing._ids import seed_id
from didww.testing._keys import PUBLIC_KEYS
from didww.testing._meanings import group_prefix, no_metered_channels, region_iso
from didww.testing._seed_ids import SEED
from didww.testing._store import Record, Store
from didww.testing._verifications import Kind, number_kind, set_number_kind

SEEDED_AT = "2026-01-15T10:00:00.000Z"

Related = Record | Sequence[Record] | None


# The kinds of number: their did_group_types record (name, seed id) where the catalog has them.
NUMBER_TYPES: dict[str, tuple[str, str]] = {
    "global": ("Global", SEED.type_global),
    "local": ("Local", SEED.type_local),
    "mobile": ("Mobile", SEED.type_mobile),
    "national": ("National", SEED.type_national),
    "toll_free": ("Toll-free", SEED.type_toll_free),
}


class _Seeder:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.schema = store.schema
        self.group_types: dict[str, Record] = {}

    def has(self, type_: str) -> bool:
        return type_ in self.schema.resources

    def add_group_types(self) -> None:
        """The DID group type records, where the catalog has them."""
        if self.has("did_group_types"):
            for kind, (name, id_) in NUMBER_TYPES.items():
                self.group_types[kind] = self.add("did_group_types", id_, {"name": name})

    def add(
        self,
        type_: str,
        id_: str,
        attributes: dict[str, JSON] | None = None,
        relationships: dict[str, Related] | None = None,
        *,
        meta: dict[str, JSON] | None = None,
        facts: dict[str, Any] | None = None,
        number_type: str | None = None,
    ) -> Record:
        info = self.schema.resource(type_)
        values = resource_defaults(info, self.schema)
        if info.attribute("created_at") is not None:
            values["created_at"] = SEEDED_AT
        for name, value in (attributes or {}).items():
            if info.attribute(name) is None:
                raise ValueError(f"seed: {type_} has no attribute {name}")
            values[name] = value
        record = self.store.add(
            Record(type_, id_, values, meta=dict(meta or {}), facts=dict(facts or {}))
        )
        for name, related in (relationships or {}).items():
            if info.relationship(name) is None:
                raise ValueError(f"seed: {type_} has no relationship {name}")
            if related is None:
                self.store.link(record, name, None)
            elif isinstance(related, Record):
                self.store.link(record, name, related.ref)
            else:
                self.store.link(record, name, [r.ref for r in related])
        if number_type is not None:
            self.set_number_type(record, number_type)
        return record

    def set_number_type(self, record: Record, number_type: str) -> None:
        """Give ``record`` a kind of number the way the catalog records it (its seeded DID group
        type record where there is one); a type that records none fails loudly."""
        group_type = self.group_types.get(number_type)
        kind: Kind = (
            ("did_group_type", group_type.ref)
            if group_type is not None
            else ("number_type", number_type)
        )
        set_number_kind(self.store, record, kind)
        if number_kind(self.store, record) != kind:
            raise ValueError(f"seed: {record.type} cannot record the number type {number_type}")

    def nested(self, object_name: str, attributes: dict[str, JSON]) -> JSON:
        return object_value(self.schema.objects[object_name], attributes, self.schema)

    def labels(self, type_: str, name: str, text: list[str], enumerated: list[str]) -> JSON:
        """Mandatory-field labels: ``text`` where the catalog types them as free strings,
        ``enumerated`` (values of the enumeration) where it enumerates them."""
        attribute = self.schema.resource(type_).attribute(name)
        if attribute is None:
            raise ValueError(f"seed: {type_} has no attribute {name}")
        return list(enumerated) if "enum[" in attribute.type else list(text)


def load_seed(store: Store, *, now: float | None = None) -> None:
    """Fill an empty store with the seed data. Records carry the fixed ``SEEDED_AT``, but for
    DID history, which the API keeps for 90 days: its entries are a day older than ``now`` (the
    simulator's clock when it started), so that its time filters can find them."""
    s = _Seeder(store)
    version = store.schema.api_version  # how the facts of _meanings are written

    # -- geography -------------------------------------------------------------------------------
    us = s.add("countries", SEED.country_us, {"name": "United States", "prefix": "1", "iso": "US"})
    gb = s.add(
        "countries", SEED.country_gb, {"name": "United Kingdom", "prefix": "44", "iso": "GB"}
    )
    de = s.add("countries", SEED.country_de, {"name": "Germany", "prefix": "49", "iso": "DE"})
    s.add("countries", SEED.country_fr, {"name": "France", "prefix": "33", "iso": "FR"})
    ny = s.add(
        "regions",
        SEED.region_us_ny,
        {"name": "New York", "iso": region_iso(version, "US-NY")},
        {"country": us},
    )
    ca = s.add(
        "regions",
        SEED.region_us_ca,
        {"name": "California", "iso": region_iso(version, "US-CA")},
        {"country": us},
    )
    eng = s.add(
        "regions",
        SEED.region_gb_eng,
        {"name": "England", "iso": region_iso(version, "GB-ENG")},
        {"country": gb},
    )
    be = s.add(
        "regions",
        SEED.region_de_be,
        {"name": "Berlin", "iso": region_iso(version, "DE-BE")},
        {"country": de},
    )
    nyc = s.add("areas", SEED.area_us_nyc, {"name": "New York Metro"}, {"country": us})
    greater_london = s.add(
        "areas", SEED.area_gb_london, {"name": "Greater London"}, {"country": gb}
    )
    new_york = s.add(
        "cities",
        SEED.city_new_york,
        {"name": "New York"},
        {"country": us, "region": ny, "area": nyc},
    )
    los_angeles = s.add(
        "cities", SEED.city_los_angeles, {"name": "Los Angeles"}, {"country": us, "region": ca}
    )
    london = s.add(
        "cities",
        SEED.city_london,
        {"name": "London"},
        {"country": gb, "region": eng, "area": greater_london},
    )
    berlin = s.add("cities", SEED.city_berlin, {"name": "Berlin"}, {"country": de, "region": be})

    # -- number catalogue ------------------------------------------------------------------------
    s.add_group_types()
    npa_212 = s.add(
        "nanpa_prefixes",
        SEED.nanpa_212_555,
        {"npa": "212", "nxx": "555"},
        {"country": us, "region": ny},
    )
    npa_213 = s.add(
        "nanpa_prefixes",
        SEED.nanpa_213_555,
        {"npa": "213", "nxx": "555"},
        {"country": us, "region": ca},
    )

    passport = s.add(
        "proof_types", SEED.proof_type_passport, {"name": "Passport", "entity_type": "Personal"}
    )
    license_ = s.add(
        "proof_types",
        SEED.proof_type_drivers_license,
        {"name": "Driver's License", "entity_type": "Personal"},
    )
    registration = s.add(
        "proof_types",
        SEED.proof_type_company_registration,
        {"name": "Certificate of Incorporation", "entity_type": "Business"},
    )
    utility_bill = s.add(
        "proof_types",
        SEED.proof_type_utility_bill,
        {"name": "Utility Bill", "entity_type": "Address"},
    )
    loa = s.add(
        "supporting_document_templates",
        SEED.template_generic_loa,
        {
            "name": "Generic LOA",
            "permanent": False,
            "url": "https://example.com/didww/generic-loa.pdf",
        },
    )
    de_form = s.add(
        "supporting_document_templates",
        SEED.template_de_registration,
        {
            "name": "Germany Registration Form",
            "permanent": True,
            "url": "https://example.com/didww/germany-registration.pdf",
        },
    )
    req_gb = s.add(
        "address_requirements",
        SEED.address_requirement_gb_london,
        {
            "identity_type": "any",
            "personal_area_level": "world_wide",
            "business_area_level": "world_wide",
            "address_area_level": "country",
            "personal_proof_qty": 1,
            "business_proof_qty": 1,
            "address_proof_qty": 1,
            "personal_mandatory_fields": ["birth_date"],
            "business_mandatory_fields": ["company_reg_number"],
            "service_description_required": False,
            "restriction_message": "An address in the United Kingdom is required.",
        },
        {
            "country": gb,
            "personal_onetime_document": loa,
            "business_onetime_document": loa,
            "personal_proof_types": [passport, license_],
            "business_proof_types": [registration],
            "address_proof_types": [utility_bill],
        },
        number_type="local",
    )
    req_de = s.add(
        "address_requirements",
        SEED.address_requirement_de_berlin,
        {
            "identity_type": "personal",
            "personal_area_level": "country",
            "business_area_level": None,
            "address_area_level": "city",
            "personal_proof_qty": 1,
            "business_proof_qty": 0,
            "address_proof_qty": 1,
            "personal_mandatory_fields": ["birth_date", "id_number"],
            "business_mandatory_fields": None,
            "service_description_required": True,
            "restriction_message": "A personal address in Berlin is required.",
        },
        {
            "country": de,
            "personal_permanent_document": de_form,
            "personal_proof_types": [passport],
            "address_proof_types": [utility_bill],
        },
        number_type="local",
    )
    emergency_us = s.add(
        "emergency_requirements",
        SEED.emergency_requirement_us_local,
        {
            "identity_type": "any",
            "personal_area_level": "country",
            "business_area_level": "country",
            "address_area_level": "city",
            "personal_mandatory_fields": s.labels(
                "emergency_requirements",
                "personal_mandatory_fields",
                ["First Name", "Last Name", "Phone Number"],
                ["Birth Date", "Contact email"],
            ),
            "business_mandatory_fields": s.labels(
                "emergency_requirements",
                "business_mandatory_fields",
                ["Company Name", "Phone Number"],
                ["Contact email"],
            ),
            "address_mandatory_fields": s.labels(
                "emergency_requirements",
                "address_mandatory_fields",
                ["Address", "City Name", "Postal Code"],
                [],
            ),
            "estimate_setup_time": "3 business days",
            "requirement_restriction_message": None,
        },
        {"country": us},
        # What emergency calling costs this account; the API always prices setup at "0.0".
        meta={"setup_price": "0.0", "monthly_price": "1.50"},
        number_type="local",
    )

    def group(
        id_: str,
        sku_rows: list[tuple[str, str, str, int]],
        attributes: dict[str, JSON],
        relationships: dict[str, Related],
        *,
        number_type: str,
        listed: bool,
        registration: bool = False,
        stock: int = 0,
    ) -> Record:
        skus = [
            s.add(
                "stock_keeping_units",
                sku_id,
                {
                    "setup_price": setup,
                    "monthly_price": monthly,
                    "channels_included_count": channels,
                },
            )
            for sku_id, setup, monthly, channels in sku_rows
        ]
        defaults: dict[str, JSON] = {
            "features": ["voice_in", "voice_out", "t38", "sms_in"],
            "is_metered": False,
            "allow_additional_channels": True,
            "service_restrictions": None,
        }
        country = relationships["country"]
        if not isinstance(country, Record):
            raise ValueError(f"seed: DID group {id_} needs one country")
        prefix = group_prefix(version, str(country.attributes["prefix"]), str(attributes["prefix"]))
        return s.add(
            "did_groups",
            id_,
            {**defaults, **attributes, "prefix": prefix},
            {**relationships, "stock_keeping_units": skus},
            meta={"available_dids_enabled": listed, "needs_registration": registration},
            facts={"stock": stock},
            number_type=number_type,
        )

    g_ny = group(
        SEED.group_us_new_york,
        [
            (SEED.sku_us_new_york_2, "1.00", "2.50", 2),
            (SEED.sku_us_new_york_10, "2.00", "6.00", 10),
        ],
        {"prefix": "212", "area_name": "New York"},
        {"country": us, "city": new_york, "region": ny},
        number_type="local",
        listed=True,
    )
    g_la = group(
        SEED.group_us_los_angeles,
        [(SEED.sku_us_los_angeles, "1.00", "2.50", 2)],
        {"prefix": "213", "area_name": "Los Angeles"},
        {"country": us, "city": los_angeles, "region": ca},
        number_type="local",
        listed=True,
    )
    group(
        SEED.group_us_toll_free,
        [(SEED.sku_us_toll_free, "0.00", "8.00", 2)],
        {"prefix": "800", "area_name": "Toll-free", "features": ["voice_in"]},
        {"country": us},
        number_type="toll_free",
        listed=False,
        stock=50,
    )
    g_london = group(
        SEED.group_gb_london,
        [(SEED.sku_gb_london, "1.50", "3.00", 2)],
        {"prefix": "20", "area_name": "London"},
        {"country": gb, "city": london, "region": eng, "address_requirement": req_gb},
        number_type="local",
        listed=True,
        registration=True,
    )
    group(
        SEED.group_gb_mobile,
        [(SEED.sku_gb_mobile, "5.00", "10.00", 1)],
        {
            "prefix": "7700",
            "area_name": "Mobile",
            "features": ["voice_in", "sms_in"],
            "service_restrictions": "Numbers may not be used for A2P messaging.",
        },
        {"country": gb},
        number_type="mobile",
        listed=False,
        stock=20,
    )
    group(
        SEED.group_gb_national,
        [(SEED.sku_gb_national, "2.00", "4.00", 2)],
        {"prefix": "330", "area_name": "National"},
        {"country": gb},
        number_type="national",
        listed=False,
        stock=10,
    )
    g_berlin = group(
        SEED.group_de_berlin,
        [(SEED.sku_de_berlin, "2.00", "3.50", 2)],
        {"prefix": "30", "area_name": "Berlin", "is_metered": True},
        {"country": de, "city": berlin, "region": be, "address_requirement": req_de},
        number_type="local",
        listed=True,
        registration=True,
    )
    numbers: list[tuple[Record, Record | None, list[str]]] = [
        (g_ny, npa_212, [f"121255501{n:02d}" for n in range(5)]),
        (g_la, npa_213, [f"121355501{n:02d}" for n in range(3)]),
        (g_london, None, [f"4420718301{n:02d}" for n in range(3)]),
        (g_berlin, None, [f"493012345{n:02d}" for n in range(2)]),
    ]
    for did_group, prefix, listed_numbers in numbers:
        for number in listed_numbers:
            s.add(
                "available_dids",
                seed_id("available_dids", number),
                {"number": number},
                {"did_group": did_group, "nanpa_prefix": prefix},
            )

    # -- platform --------------------------------------------------------------------------------
    if s.has("pops"):
        s.add("pops", SEED.pop_frankfurt, {"name": "DE, Frankfurt"})
        s.add("pops", SEED.pop_new_york, {"name": "US, New York"})
        s.add("pops", SEED.pop_london, {"name": "GB, London"})
    for key_id, pem in zip((SEED.public_key_1, SEED.public_key_2), PUBLIC_KEYS, strict=True):
        s.add("public_keys", key_id, {"key": pem})

    # -- the account -----------------------------------------------------------------------------
    s.add(
        "balances", SEED.balance, {"balance": "100.00", "credit": "0.00", "total_balance": "100.00"}
    )
    pricings = [
        s.add(
            "qty_based_pricings",
            seed_id("qty_based_pricings", f"Standard-{qty}"),
            {"qty": qty, "setup_price": setup, "monthly_price": monthly},
        )
        for qty, setup, monthly in ((1, "1.00", "5.00"), (10, "0.80", "4.50"), (50, "0.50", "4.00"))
    ]
    pool = s.add(
        "capacity_pools",
        SEED.capacity_pool,
        {
            "name": "Standard",
            "renew_date": "2026-05-01",
            "total_channels_count": 10,
            "assigned_channels_count": 2,
            "minimum_limit": 2,
            "minimum_qty_per_order": 1,
            "setup_price": "1.00",
            "monthly_price": "5.00",
            "metered_rate": "0.0100",
        },
        {"countries": [us, gb, de], "qty_based_pricings": pricings},
    )
    shared = s.add(
        "shared_capacity_groups",
        SEED.shared_capacity_group,
        {
            "name": "Main",
            "shared_channels_count": 2,
            "metered_channels_count": no_metered_channels(version),
        },
        {"capacity_pool": pool},
    )
    item = {"prorated_mrc": False, "billed_from": "2026-01-15", "billed_to": "2026-02-14"}
    order = s.add(
        "orders",
        SEED.order,
        {
            "reference": "SIM-100001",
            "description": "DID",
            "amount": "8.00",
            "status": "completed",
            "items": [
                s.nested(
                    "DIDOrderItem",
                    {
                        **item,
                        "qty": 1,
                        "nrc": "1.00",
                        "mrc": "2.50",
                        "setup_price": "1.00",
                        "monthly_price": "2.50",
                        "did_group_id": SEED.group_us_new_york,
                    },
                ),
                s.nested(
                    "DIDOrderItem",
                    {
                        **item,
                        "qty": 1,
                        "nrc": "1.50",
                        "mrc": "3.00",
                        "setup_price": "1.50",
                        "monthly_price": "3.00",
                        "did_group_id": SEED.group_gb_london,
                    },
                ),
            ],
        },
    )
    # Where `pops` is no resource, a trunk is pinned to a point of presence by an attribute.
    pinned: dict[str, JSON] = {} if s.has("pops") else {"pop": "NYC"}
    trunk = s.add(
        "voice_in_trunks",
        SEED.voice_in_trunk,
        {
            **pinned,
            "name": "Office PBX",
            "priority": 1,
            "weight": 100,
            "cli_format": "e164",
            "ringing_timeout": 30,
            "configuration": s.nested(
                "SIPConfiguration",
                {
                    "host": "pbx.example.com",
                    "port": 5060,
                    "username": "{DID}",
                    "codec_ids": [9, 10, 8],
                },
            ),
        },
    )
    did_attributes = {
        "blocked": False,
        "terminated": False,
        "capacity_limit": None,
        "channels_included_count": 2,
        "dedicated_channels_count": 0,
        "billing_cycles_count": None,
        "expires_at": "2026-02-14T10:00:00.000Z",
    }
    s.add(
        "dids",
        SEED.did_us,
        {
            **did_attributes,
            "number": "12125550199",
            "awaiting_registration": False,
            "emergency_enabled": True,
        },
        {
            "did_group": g_ny,
            "order": order,
            "voice_in_trunk": trunk,
            "capacity_pool": pool,
            "shared_capacity_group": shared,
        },
    )
    s.add(
        "dids",
        SEED.did_gb,
        {**did_attributes, "number": "442071830199", "awaiting_registration": True},
        {"did_group": g_london, "order": order},
    )
    logged = SEEDED_AT if now is None else iso(now - 86_400)
    for number in ("12125550199", "442071830199"):
        s.add(
            "did_history",
            seed_id("did_history", number),
            {"did_number": number, "action": "assigned", "method": "api3", "created_at": logged},
            meta={"from": None, "to": None},
        )
    identity = s.add(
        "identities",
        SEED.identity,
        {
            "identity_type": "personal",
            "first_name": "John",
            "last_name": "Doe",
            "phone_number": "12125551234",
            "contact_email": "john.doe@example.com",
            "birth_date": "1980-02-01",
            "verified": False,
        },
        {"country": us},
    )
    s.add(
        "addresses",
        SEED.address,
        {
            "address": "1 Main St",
            "city_name": "New York",
            "postal_code": "10001",
            "verified": False,
        },
        {"identity": identity, "country": us, "city": new_york, "area": nyc},
    )
    # An identity and address ready to verify the GB number: what its address requirement asks
    # (a birth date, a proof of each, an address in the country) is in place.
    identity_gb = s.add(
        "identities",
        SEED.identity_gb,
        {
            "identity_type": "personal",
            "first_name": "Jane",
            "last_name": "Smith",
            "phone_number": "442071830100",
            "contact_email": "jane.smith@example.com",
            "birth_date": "1985-06-15",
            "verified": False,
        },
        {"country": gb},
    )
    address_gb = s.add(
        "addresses",
        SEED.address_gb,
        {
            "address": "221B Baker St",
            "city_name": "London",
            "postal_code": "NW1 6XE",
            "verified": False,
        },
        {"identity": identity_gb, "country": gb, "city": london},
    )
    s.add(
        "proofs",
        seed_id("proofs", "Jane Smith passport"),
        {},
        {"entity": identity_gb, "proof_type": passport},
    )
    s.add(
        "proofs",
        seed_id("proofs", "221B Baker St utility bill"),
        {},
        {"entity": address_gb, "proof_type": utility_bill},
    )
    service = s.add(
        "emergency_calling_services",
        SEED.emergency_calling_service,
        {
            "name": "New York emergency",
            "reference": "ECS-100001",
            "status": "active",
            "activated_at": SEEDED_AT,
            "canceled_at": None,
            "renew_date": "2026-02-15",
        },
        {"country": us, "emergency_requirement": emergency_us},
        meta={"setup_price": "0.0", "monthly_price": "1.50"},
        number_type="local",
    )
    s.store.link(service, "dids", [("dids", SEED.did_us)])
