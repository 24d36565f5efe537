"""Resource-level meta from the catalog, and the document shape of each kind of list answer."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import didww
from didww.testing import SEED, Simulator
from didww.testing._store import Record
from didww.v2026_04_16.catalog import RESOURCES

Q = didww.QueryParams
NEW_YORK = Q().filter("did_group.id", SEED.group_us_new_york)

UNPAGINATED = ("countries", "regions", "pops", "proof_types")
"""Collections the API answers whole, with ``meta.api_version`` only and no links."""


def _document(http: httpx.Client, path: str, **params: str) -> dict[str, Any]:
    answer = http.get(path, params=params)
    assert answer.status_code == 200, answer.text
    document = answer.json()
    assert isinstance(document, dict)
    return document


# -- resource-level meta ---------------------------------------------------------------------------


def test_did_group_meta_counts_the_numbers_in_stock(didww_client: didww.Client) -> None:
    groups = {g.id: g for g in didww_client.did_groups.list()}
    keys = {m.name for m in RESOURCES["did_groups"].meta}
    assert all(set(g.meta) == keys for g in groups.values())
    new_york = groups[SEED.group_us_new_york].meta
    listed = len(didww_client.available_dids.list(NEW_YORK))
    assert listed == 5
    assert new_york == {
        "available_dids_enabled": True,
        "needs_registration": False,
        "is_available": True,
        "total_count": listed,
    }
    assert groups[SEED.group_gb_london].meta["needs_registration"] is True
    assert groups[SEED.group_us_toll_free].meta["total_count"] == 50  # sold by quantity

    # Reserving a number takes it out of stock; buying the rest empties the group.
    didww_client.did_reservations.create(
        didww.DIDReservation(available_did_id=SEED.available_did_us_new_york)
    )
    assert didww_client.did_groups.find(SEED.group_us_new_york).meta["total_count"] == 4
    didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=4)])
    )
    emptied = didww_client.did_groups.find(SEED.group_us_new_york).meta
    assert (emptied["total_count"], emptied["is_available"]) == (0, False)
    in_stock = didww_client.did_groups.list(Q().filter("meta.total_count_gteq", 1))
    assert SEED.group_us_new_york not in [g.id for g in in_stock]


def test_trunk_group_meta_counts_its_trunks(didww_client: didww.Client, http: httpx.Client) -> None:
    def trunk(name: str) -> didww.VoiceInTrunk:
        return didww_client.voice_in_trunks.create(
            didww.VoiceInTrunk(name=name, configuration=didww.SIPConfiguration(host="pbx.test"))
        )

    first, second = trunk("a"), trunk("b")
    group = didww_client.voice_in_trunk_groups.create(
        didww.VoiceInTrunkGroup(name="g", voice_in_trunks=[first, second])
    )
    assert group.meta == {"trunks_count": 2}
    assert group.id is not None
    group.voice_in_trunks = [first]
    didww_client.voice_in_trunk_groups.update(group)
    assert didww_client.voice_in_trunk_groups.find(group.id).meta == {"trunks_count": 1}
    assert [g.meta for g in didww_client.voice_in_trunk_groups.list()] == [{"trunks_count": 1}]
    # Included resources carry their meta too.
    included = _document(http, f"/voice_in_trunks/{first.id}", include="voice_in_trunk_group")[
        "included"
    ]
    assert isinstance(included, list) and included[0]["meta"] == {"trunks_count": 1}
    assert second.id is not None
    didww_client.voice_in_trunks.delete(second.id)
    didww_client.voice_in_trunks.delete(first.id if first.id else "")
    assert didww_client.voice_in_trunk_groups.find(group.id).meta == {"trunks_count": 0}


def test_voice_out_trunks_report_what_they_spent(didww_client: didww.Client) -> None:
    created = didww_client.voice_out_trunks.create(
        didww.VoiceOutTrunk(
            name="Out", authentication_method=didww.TwilioAuthentication(twilio_account_sid="AC1")
        )
    )
    # The simulator places no calls, so nothing was spent this period.
    assert created.meta == {"spent_amount": "0.00"}
    assert created.id is not None
    assert didww_client.voice_out_trunks.find(created.id).meta == {"spent_amount": "0.00"}
    assert [t.meta for t in didww_client.voice_out_trunks.list()] == [{"spent_amount": "0.00"}]


def test_emergency_prices_are_meta_of_requirements_and_services(
    didww_client: didww.Client, http: httpx.Client
) -> None:
    (requirement,) = didww_client.emergency_requirements.list()
    assert requirement.meta == {"setup_price": "0.0", "monthly_price": "1.50"}
    seeded = didww_client.emergency_calling_services.find(SEED.emergency_calling_service)
    assert seeded.meta == requirement.meta

    order = didww_client.orders.create(
        didww.Order(items=[didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)])
    )
    (did,) = didww_client.dids.list(Q().filter("order.id", order.id))
    verification = didww_client.emergency_verifications.create(
        didww.EmergencyVerification(address_id=SEED.address, dids=[did])
    )
    service = didww_client.emergency_verifications.find(
        verification.id or "", Q().include("emergency_calling_service")
    ).emergency_calling_service
    assert service is not None and service.meta == requirement.meta
    raw = _document(
        http,
        f"/emergency_calling_services/{service.id}",
        include="emergency_requirement",
    )
    included = raw["included"]
    assert isinstance(included, list)
    assert included[0]["meta"] == {"setup_price": "0.0", "monthly_price": "1.50"}


def test_did_history_meta_has_the_previous_and_new_value(didww_client: didww.Client) -> None:
    did = didww_client.dids.find(SEED.did_gb)
    did.billing_cycles_count = 3
    didww_client.dids.update(did)
    did.billing_cycles_count = 5
    didww_client.dids.update(did)
    history = didww_client.did_history.list(
        Q().filter("did_number", "442071830199").sort("created_at")
    )
    assert [(h.action.value, h.meta) for h in history] == [
        ("assigned", {"from": None, "to": None}),
        ("billing_cycles_count_changed", {"from": None, "to": "3"}),
        ("billing_cycles_count_changed", {"from": "3", "to": "5"}),
    ]


def test_types_without_catalog_meta_render_none(http: httpx.Client) -> None:
    for path in ("/dids", "/orders", "/countries", "/available_dids"):
        data = _document(http, path)["data"]
        assert isinstance(data, list) and data
        assert all("meta" not in item for item in data), path


# -- list answers ----------------------------------------------------------------------------------


def test_paginated_lists_keep_total_records_and_links(http: httpx.Client) -> None:
    document = _document(http, "/cities", **{"page[size]": "2"})
    assert document["meta"] == {"api_version": didww.API_VERSION, "total_records": 4}
    links = document["links"]
    assert isinstance(links, dict) and set(links) == {"first", "last", "next"}


@pytest.mark.parametrize("path", [f"/{t}" for t in UNPAGINATED])
def test_unpaginated_lists_have_no_links_or_total_records(http: httpx.Client, path: str) -> None:
    document = _document(http, path)
    assert document["meta"] == {"api_version": didww.API_VERSION}
    assert "links" not in document


def test_public_keys_have_neither_meta_nor_links(
    didww_client: didww.Client, http: httpx.Client
) -> None:
    document = _document(http, "/public_keys")
    assert set(document) == {"data"}
    keys = didww_client.public_keys.list()
    assert len(keys) == 2 and keys.meta == {} and keys.total_records is None


def test_unpaginated_lists_are_whole_and_ignore_page_parameters(
    didww_client: didww.Client, http: httpx.Client
) -> None:
    countries = didww_client.countries.list()
    assert len(countries) == 4 and countries.total_records is None and not countries.links
    # Without links or total_records the list is whole.
    assert not countries.has_next_page()
    # iter() of a list answered whole is its one answer (the SDK sends no page parameters).
    assert sorted(c.iso for c in didww_client.countries.iter()) == ["DE", "FR", "GB", "US"]
    # Page parameters sent anyway are ignored, as the API does.
    paged = _document(http, "/regions", **{"page[number]": "1", "page[size]": "2"})
    assert len(paged["data"]) == len(didww_client.regions.list())


def _stock_up(didww_simulator: Simulator, count: int) -> None:
    """Give the Los Angeles group ``count`` more listed numbers."""
    for n in range(count):
        didww_simulator._store.add(
            Record(
                "available_dids",
                f"00000000-0000-4000-8000-{n:012d}",
                {"number": f"1213555{2000 + n:04d}"},
                {
                    "did_group": ("did_groups", SEED.group_us_los_angeles),
                    "nanpa_prefix": ("nanpa_prefixes", SEED.nanpa_213_555),
                },
            )
        )


def test_available_dids_are_capped_and_report_total_count(
    didww_simulator: Simulator, didww_client: didww.Client, http: httpx.Client
) -> None:
    document = _document(http, "/available_dids")
    assert document["meta"] == {"api_version": didww.API_VERSION, "total_count": 13}
    assert "links" not in document and len(document["data"]) == 13

    _stock_up(didww_simulator, 120)
    everything = _document(http, "/available_dids", sort="number")
    assert everything["meta"] == {"api_version": didww.API_VERSION, "total_count": 133}
    assert len(everything["data"]) == 100 and "links" not in everything
    los_angeles = didww_client.available_dids.list(
        Q().filter("did_group.id", SEED.group_us_los_angeles)
    )
    assert len(los_angeles) == 100 and los_angeles.meta["total_count"] == 123
    assert los_angeles.total_records is None
    assert didww_client.did_groups.find(SEED.group_us_los_angeles).meta["total_count"] == 123
    # Filters count before the cap; page parameters slice within it and the page loop ends.
    few = didww_client.available_dids.list(Q().filter("number_contains", "121355501"))
    assert len(few) == 3 and few.meta["total_count"] == 3
    # /available_dids applies no page parameters: the SDK sends none, and any sent are ignored.
    assert len(_document(http, "/available_dids", **{"page[size]": "3"})["data"]) == 100
    walked = [a.id for a in didww_client.available_dids.iter()]
    assert len(walked) == len(set(walked)) == 100


@pytest.mark.didww_simulator(reservation_limit=2)
def test_reservations_report_how_many_more_the_plan_allows(didww_client: didww.Client) -> None:
    listed = didww_client.did_reservations.list()
    assert listed.meta == {
        "api_version": didww.API_VERSION,
        "total_records": 0,
        "available_count": 2,
    }
    numbers = didww_client.available_dids.list(NEW_YORK.copy().sort("number"))
    first = didww_client.did_reservations.create(
        didww.DIDReservation(available_did_id=numbers[0].id)
    )
    created = didww_client.did_reservations.with_raw_response.create(
        didww.DIDReservation(available_did_id=numbers[1].id)
    )
    # The create answer carries api_version only; reads report what is left.
    assert created.http_response.json()["meta"] == {"api_version": didww.API_VERSION}
    assert didww_client.did_reservations.list().meta["available_count"] == 0
    found = didww_client.did_reservations.with_raw_response.find(first.id or "")
    assert found.http_response.json()["meta"] == {
        "api_version": didww.API_VERSION,
        "available_count": 0,
    }
    with pytest.raises(didww.UnprocessableEntityError) as caught:
        didww_client.did_reservations.create(didww.DIDReservation(available_did_id=numbers[2].id))
    assert caught.value.errors[0].title == "Reservation limit reached"
    assert numbers[2].id in [a.id for a in didww_client.available_dids.list(NEW_YORK)]
    didww_client.did_reservations.delete(first.id or "")
    assert didww_client.did_reservations.list().meta["available_count"] == 1
    didww_client.did_reservations.create(didww.DIDReservation(available_did_id=numbers[2].id))


def test_default_plan_allows_ten_reservations(didww_client: didww.Client) -> None:
    assert didww_client.did_reservations.list().meta["available_count"] == 10


def test_answers_without_attributes_render_none(didww_client: didww.Client) -> None:
    # A dry run answers an empty resource: id and type, no attributes, no relationships.
    validated = didww_client.emergency_requirement_validations.with_raw_response.create(
        didww.EmergencyRequirementValidation(
            emergency_requirement_id=SEED.emergency_requirement_us_local,
            identity_id=SEED.identity,
            address_id=SEED.address,
        )
    )
    data = validated.http_response.json()["data"]
    assert set(data) == {"id", "type"} and data["type"] == "emergency_requirement_validations"
    trunk = didww_client.voice_out_trunks.create(
        didww.VoiceOutTrunk(
            name="Out",
            authentication_method=didww.CredentialsAndIPAuthentication(
                allowed_sip_ips=["203.0.113.0/24"]
            ),
        )
    )
    rotated = didww_client.voice_out_trunk_regenerate_credentials.with_raw_response.create(
        didww.VoiceOutTrunkRegenerateCredential(voice_out_trunk=trunk)
    )
    data = rotated.http_response.json()["data"]
    assert set(data) == {"id", "type"} and data["type"] == "voice_out_trunk_regenerate_credentials"
