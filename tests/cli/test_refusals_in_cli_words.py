"""The SDK refuses some requests before sending them (a field the API requires, a condition
between fields); the command line says so with the names a user types, ``--set did_ids``, not
the model's ``VoiceOutTrunk.dids``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from didww import v2026_10_22
from didww.testing import DEFAULT_BASE_URL, SEED, Simulator
from tests.cli.conftest import API_KEY, Runner

IP_ONLY = '{"type": "ip_only", "allowed_sip_ips": ["203.0.113.0/24"]}'
CREDENTIALS = '{"type": "credentials_and_ip", "allowed_sip_ips": ["203.0.113.0/24"]}'
"""2026-10-22 creates a trunk with credentials only (ip_only is an update's)."""


def test_a_create_without_a_required_relationship_names_its_option(
    cli: Runner, sim: Simulator
) -> None:
    sim.requests.clear()
    result = cli(
        "addresses", "create", "--set", "city_name=Berlin", "--set", "postal_code=10115",
        "--set", "address=Unter den Linden 1", "--set", f"country_id={SEED.country_de}",
    )  # fmt: skip
    assert result.code == 2
    assert result.err == (
        "didww: error: identity_id is required on create: the API makes no Address without it "
        "(--set identity_id=..., or relationships.identity in --file)\n"
    )
    assert list(sim.requests) == []  # refused before anything was sent


def test_a_create_without_a_required_attribute_names_it_without_its_class(
    cli: Runner, sim: Simulator
) -> None:
    sim.requests.clear()
    result = cli("voice-out-trunks", "create", "--set", f"authentication_method={IP_ONLY}")
    assert result.code == 2
    assert result.err == (
        "didww: error: name is required on create: the API makes no VoiceOutTrunk without it\n"
    )
    assert list(sim.requests) == []  # refused before anything was sent


def test_a_condition_on_a_relationship_names_its_option_on_create_and_update(
    cli: Runner, sim: Simulator
) -> None:
    sim.requests.clear()
    sets = ["--set", "allow_any_did_as_cli=true", "--set", f"did_ids={SEED.did_us}"]
    created = cli(
        "voice-out-trunks", "create", "--set", "name=Out", "--set",
        f"authentication_method={IP_ONLY}", *sets,
    )  # fmt: skip
    updated = cli("voice-out-trunks", "update", "any-trunk-id", *sets)
    for result in (created, updated):
        assert result.code == 2
        assert result.err == (
            "didww: error: did_ids must be empty while allow_any_did_as_cli is true\n"
        )
    assert list(sim.requests) == []  # refused before anything was sent


def test_a_condition_on_an_attribute_names_the_attribute(cli: Runner, sim: Simulator) -> None:
    sim.requests.clear()
    result = cli(
        "identities", "create", "--set", "identity_type=business", "--set", "first_name=Ada",
        "--set", "last_name=Lovelace", "--set", "phone_number=442071234567",
        "--set", f"country_id={SEED.country_gb}",
    )  # fmt: skip
    assert result.code == 2
    assert result.err == (
        "didww: error: company_name is required while identity_type is business\n"
    )
    assert list(sim.requests) == []  # refused before anything was sent


def test_a_group_names_every_member_as_set_takes_it(cli: Runner, sim: Simulator) -> None:
    sim.requests.clear()
    both = cli(
        "emergency-verifications", "create", "--set", f"address_id={SEED.address}",
        "--set", f"did_ids={SEED.did_us}", "--set", "emergency_calling_service_id=any",
    )  # fmt: skip
    assert both.code == 2
    assert both.err == (
        "didww: error: emergency_calling_service_id cannot be sent together with did_ids: "
        "send exactly one of did_ids or emergency_calling_service_id\n"
    )
    neither = cli("emergency-verifications", "create", "--set", f"address_id={SEED.address}")
    assert neither.err == (
        "didww: error: did_ids is missing, and so is emergency_calling_service_id: send "
        "exactly one of them\n"
    )
    assert list(sim.requests) == []


def test_a_required_relationship_given_as_null_names_where(
    cli: Runner, sim: Simulator, tmp_path: Path
) -> None:
    document = tmp_path / "address.json"
    document.write_text(
        json.dumps(
            {
                "attributes": {"city_name": "Berlin", "postal_code": "10115", "address": "A 1"},
                "relationships": {"identity": None, "country": SEED.country_de},
            }
        )
    )
    sim.requests.clear()
    result = cli("addresses", "create", "--file", str(document))
    assert result.code == 2
    assert result.err == (
        f"didww: error: {document}: relationships.identity: identity_id is required on create: "
        "the API makes no Address without it\n"
    )
    assert list(sim.requests) == []


def test_2026_10_22_refusals_name_the_set_options(cli: Runner, sim: Simulator) -> None:
    sim22 = Simulator(api_version="2026-10-22", api_key=API_KEY)
    token = sim22.issue_token(scope="write")

    def factory(settings: Any) -> Any:
        http = httpx.Client(transport=sim22.transport())
        return v2026_10_22.Client(
            token=settings.token, base_url=DEFAULT_BASE_URL, http_client=http, max_retries=0
        )

    env = {"DIDWW_TOKEN": token, "DIDWW_API_VERSION": "2026-10-22"}
    result = cli(
        "voice-out-trunks", "create", "--set", "name=Out", "--set",
        f"authentication_method={CREDENTIALS}", "--set", "on_cli_mismatch_action=replace_cli",
        env=env, factory=factory,
    )  # fmt: skip
    assert result.code == 2
    assert result.err == (
        "didww: error: default_did_id is required while on_cli_mismatch_action is replace_cli\n"
    )
    vat = cli(
        "identities", "create", "--set", "identity_type=business", "--set", "first_name=Ada",
        "--set", "last_name=Lovelace", "--set", "phone_number=442071234567",
        "--set", "company_name=Engines", "--set", "vat_id=GB1",
        env=env, factory=factory,
    )  # fmt: skip
    assert vat.err == "didww: error: country_id is required while vat_id is not null\n"
    assert list(sim22.requests) == []


def test_a_type_named_in_a_refusal_is_not_taken_for_a_field(cli: Runner, sim: Simulator) -> None:
    # A to-many relationship named like its target type: the type in the message stays a type.
    sim.requests.clear()
    result = cli(
        "voice-out-trunks", "update", "any-id", "--set", f"did_ids={SEED.did_us},{SEED.did_us}"
    )
    assert result.code == 2
    assert result.err == f"didww: error: did_ids holds {SEED.did_us} (dids) twice\n"
    assert list(sim.requests) == []
