"""Conditions of a resource: what one value asks of the other attributes and relationships.

Both documents refuse an outbound trunk's ``dids`` while ``allow_any_did_as_cli`` is true and its
``emergency_dids`` while ``emergency_enable_all`` is; a business identity needs a
``company_name``; 2026-10-22 also refuses the company fields on a personal identity and an SMS
trunk's ``outgoing_dids`` while ``allow_any_did_as_source`` is true.

The spec states them under a resource's ``conditions`` (``when`` with ``require`` and/or
``refuse``). The SDK refuses a create or update that breaks one before sending anything: a create
is the whole record, an update what it sends plus the loaded value of a create-only attribute.
The simulator answers 422 at the member for a request that leaves the record breaking one.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww._conditions import Condition, ConditionsBroken
from didww.testing import SEED, ManualClock, Simulator
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import changelog
from generator.docs import render_docs
from generator.render import render
from tests.testing.raw_requests import JSON_API, raw_client
from tests.testing.test_groups import widgets_with_conditions

TRUNK_CONDITIONS = (
    Condition("allow_any_did_as_cli", True, refuse=("dids",)),
    Condition("emergency_enable_all", True, refuse=("emergency_dids",)),
)
BUSINESS = Condition("identity_type", "business", require=("company_name",))


def _sim(version: str) -> Simulator[Any, Any]:
    return Simulator(api_version=version, clock=ManualClock())


def _module(version: str) -> Any:
    return v0416 if version == "2026-04-16" else v1022


def _trunk(module: Any, **fields: Any) -> Any:
    fields.setdefault("on_cli_mismatch_action", module.enums.OnCliMismatchAction.REJECT_CALL)
    return module.VoiceOutTrunk(
        name="Out",
        authentication_method=module.TwilioAuthentication(twilio_account_sid="AC" + "0" * 32),
        **fields,
    )


def _identity(module: Any, identity_type: str, **fields: Any) -> Any:
    return module.Identity(
        identity_type=identity_type,
        first_name="Jo",
        last_name="Roe",
        phone_number="442037691880",
        country_id=SEED.country_gb,
        **fields,
    )


def _identity_body(identity_type: str, **attributes: Any) -> dict[str, Any]:
    """A raw create document of an identity (no country unless added)."""
    return {
        "data": {
            "type": "identities",
            "attributes": {
                "identity_type": identity_type,
                "first_name": "Jo",
                "last_name": "Roe",
                "phone_number": "442037691880",
                **attributes,
            },
        }
    }


def _refusals(answer: httpx.Response) -> list[tuple[str, str]]:
    assert answer.status_code == 422, answer.text
    return [(e["source"]["pointer"], e["detail"]) for e in answer.json()["errors"]]


# -- the spec trees --------------------------------------------------------------------------------


def test_each_tree_states_its_documents_conditions() -> None:
    assert RESOURCES_0416["voice_out_trunks"].conditions == TRUNK_CONDITIONS
    assert RESOURCES_1022["voice_out_trunks"].conditions == (
        *TRUNK_CONDITIONS,
        Condition("on_cli_mismatch_action", "replace_cli", require=("default_did",)),
    )
    assert RESOURCES_0416["identities"].conditions == (BUSINESS,)
    personal = ("company_name", "company_reg_number", "vat_id")
    assert RESOURCES_1022["identities"].conditions == (
        BUSINESS,
        Condition("identity_type", "personal", refuse=personal),
        Condition("vat_id", None, negated=True, require=("country",)),
    )
    assert RESOURCES_1022["sms_trunks"].conditions == (
        Condition("allow_any_did_as_source", True, refuse=("outgoing_dids",)),
    )
    # The generated classes carry the catalog's values.
    assert v0416.VoiceOutTrunk._CONDITIONS == TRUNK_CONDITIONS
    assert RESOURCES_1022["identities"].conditions == v1022.Identity._CONDITIONS


# -- the SDK refuses before sending ----------------------------------------------------------------


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_the_sdk_refuses_a_trunk_listing_dids_a_flag_covers(version: str) -> None:
    sim = _sim(version)
    module = _module(version)
    with sim.client() as client:
        did = module.DID(SEED.did_us)
        both = _trunk(module, allow_any_did_as_cli=True, dids=[did])
        with pytest.raises(
            didww.ClientError,
            match=r"^VoiceOutTrunk\.dids must be empty while allow_any_did_as_cli is true$",
        ):
            client.voice_out_trunks.create(both)
        emergency = _trunk(module, emergency_enable_all=True, emergency_dids=[did])
        with pytest.raises(didww.ClientError, match=r"\.emergency_dids must be empty while emerg"):
            client.voice_out_trunks.create(emergency)
        assert list(sim.requests) == []
        # An empty list is blank; the flag off takes the list.
        empty = client.voice_out_trunks.create(_trunk(module, allow_any_did_as_cli=True, dids=[]))
        assert empty.allow_any_did_as_cli is True
        listed = client.voice_out_trunks.create(
            _trunk(module, allow_any_did_as_cli=False, dids=[did])
        )
        assert listed.did_ids == [SEED.did_us]
        # An update sending the flag and a list together is refused too.
        listed.allow_any_did_as_cli = True
        listed.dids = [did]
        sent = len(sim.requests)
        with pytest.raises(
            didww.ClientError, match=r"dids must be empty while allow_any_did_as_cli"
        ):
            client.voice_out_trunks.update(listed)
        assert len(sim.requests) == sent
        # Clearing the list in the same update is what the API takes.
        listed.dids = []
        updated = client.voice_out_trunks.update(listed)
        assert updated.allow_any_did_as_cli is True and updated.did_ids == []


def test_an_update_trusts_no_loaded_writable_value_and_the_api_answers() -> None:
    sim = _sim("2026-04-16")
    with sim.client() as client:
        trunk = client.voice_out_trunks.create(_trunk(v0416, allow_any_did_as_cli=True))
        # The loaded flag may be stale (another program may have turned it off), so the SDK
        # sends the list alone; the simulator, like the API, judges the trunk as it stands.
        trunk.did_ids = [SEED.did_us]
        with pytest.raises(didww.UnprocessableEntityError) as caught:
            client.voice_out_trunks.update(trunk)
        (error,) = caught.value.errors
        assert error.source_pointer == "/data/relationships/dids"
        assert error.detail == "dids - must be empty while allow_any_did_as_cli is true"
        request = sim.requests[-1]
        assert request.method == "PATCH"
        assert isinstance(request.body, dict)
        assert request.body["data"]["relationships"] == {
            "dids": {"data": [{"type": "dids", "id": SEED.did_us}]}
        }
        # Nothing was stored.
        found = client.voice_out_trunks.find(trunk.id, didww.QueryParams().include("dids"))
        assert found.did_ids == []


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_the_sdk_refuses_a_business_identity_without_its_company_name(version: str) -> None:
    sim = _sim(version)
    module = _module(version)
    with sim.client() as client:
        for blank in ({}, {"company_name": ""}):
            with pytest.raises(
                didww.ClientError,
                match=r"^Identity\.company_name is required while identity_type is business$",
            ):
                client.identities.create(_identity(module, "business", **blank))
        assert list(sim.requests) == []
        company = client.identities.create(_identity(module, "business", company_name="Acme"))
        assert company.company_name == "Acme"
        # identity_type is create-only: the loaded value is the stored one, so an update that
        # clears the name is refused although it does not send identity_type.
        company.company_name = None
        sent = len(sim.requests)
        with pytest.raises(didww.ClientError, match=r"company_name is required while identity_t"):
            client.identities.update(company)
        assert len(sim.requests) == sent
        # An update that leaves the name alone is not judged by it.
        company = client.identities.find(company.id)
        company.first_name = "Joe"
        assert client.identities.update(company).company_name == "Acme"


def test_only_2026_10_22_refuses_company_fields_on_a_personal_identity() -> None:
    sim = _sim("2026-10-22")
    with sim.client() as client:
        with pytest.raises(
            didww.ClientError,
            match=(
                r"^Identity\.company_reg_number must be blank while identity_type is personal; "
                r"Identity\.vat_id must be blank while identity_type is personal$"
            ),
        ):
            client.identities.create(
                _identity(v1022, "personal", company_reg_number="123", vat_id="GB1")
            )
        person = client.identities.create(_identity(v1022, "personal", company_name=None))
        person.company_reg_number = "123"
        with pytest.raises(didww.ClientError, match=r"company_reg_number must be blank while"):
            client.identities.update(person)
    assert [r.method for r in sim.requests] == ["POST"]
    sim = _sim("2026-04-16")
    with sim.client() as client:
        person = client.identities.create(_identity(v0416, "personal", company_reg_number="123"))
        assert person.company_reg_number == "123"


def _countryless_company(**fields: Any) -> v1022.Identity:
    return v1022.Identity(
        identity_type=v1022.enums.IdentityType.BUSINESS,
        first_name="Jo",
        last_name="Roe",
        phone_number="442037691880",
        company_name="Acme",
        **fields,
    )


def test_2026_10_22_a_vat_id_needs_a_country() -> None:
    sim = _sim("2026-10-22")
    with sim.client() as client:
        with pytest.raises(
            didww.ClientError, match=r"^Identity\.country is required while vat_id is not null$"
        ):
            client.identities.create(_countryless_company(vat_id="GB1"))
        assert list(sim.requests) == []
        company = client.identities.create(
            _identity(v1022, "business", company_name="Acme", vat_id="GB1")
        )
        # An update sending the VAT id alone is the API's to judge against the stored country;
        # one taking the country away while sending a VAT id is refused.
        company.vat_id = "GB2"
        assert client.identities.update(company).vat_id == "GB2"
        company.vat_id = "GB3"
        company.country = None
        with pytest.raises(didww.ClientError, match=r"country is required while vat_id"):
            client.identities.update(company)
        # Without a VAT id, no country is needed.
        assert client.identities.create(_countryless_company()).id
    assert [r.method for r in sim.requests] == ["POST", "PATCH", "POST"]
    # The simulator judges the identity as a request leaves it: a country taken away from an
    # identity with a VAT id is refused there too.
    with raw_client(sim, headers=JSON_API) as http:
        patch = {
            "data": {
                "type": "identities",
                "id": company.id,
                "relationships": {"country": {"data": None}},
            }
        }
        assert _refusals(http.patch(f"/identities/{company.id}", json=patch)) == [
            ("/data/relationships/country", "country - is required while vat_id is not null")
        ]


@pytest.mark.anyio
async def test_the_async_sdk_refuses_an_sms_trunk_listing_sources_a_flag_covers() -> None:
    sim = _sim("2026-10-22")
    async with sim.async_client() as client:
        trunk = v1022.SmsTrunk(
            name="Out",
            configuration=v1022.SmsHttpOutConfiguration(allowed_ips=["203.0.113.10"]),
            allow_any_did_as_source=True,
            outgoing_dids=[v1022.DID(SEED.did_us)],
        )
        with pytest.raises(
            didww.ClientError,
            match=r"^SmsTrunk\.outgoing_dids must be empty while allow_any_did_as_source is true$",
        ):
            await client.sms_trunks.create(trunk)
    assert list(sim.requests) == []


# -- the simulator answers a raw request -----------------------------------------------------------


def test_the_simulator_refuses_a_record_left_breaking_a_condition() -> None:
    sim = _sim("2026-10-22")
    body = _identity_body("business")
    body["data"]["relationships"] = {
        "country": {"data": {"type": "countries", "id": SEED.country_gb}}
    }
    before = sim.resources("identities")
    with raw_client(sim, headers=JSON_API) as http:
        answer = http.post("/identities", json=body)
        assert _refusals(answer) == [
            (
                "/data/attributes/company_name",
                "company_name - is required while identity_type is business",
            )
        ]
        body["data"]["attributes"]["identity_type"] = "personal"
        body["data"]["attributes"]["vat_id"] = "GB1"
        assert _refusals(http.post("/identities", json=body)) == [
            ("/data/attributes/vat_id", "vat_id - must be blank while identity_type is personal")
        ]
        assert sim.resources("identities") == before
        del body["data"]["attributes"]["vat_id"]
        created = http.post("/identities", json=body)
        assert created.status_code == 201, created.text
        # An update is judged on the record as it would stand: the stored type counts.
        identity_id = created.json()["data"]["id"]
        patch = {
            "data": {
                "type": "identities",
                "id": identity_id,
                "attributes": {"company_name": "Acme"},
            }
        }
        assert _refusals(http.patch(f"/identities/{identity_id}", json=patch)) == [
            (
                "/data/attributes/company_name",
                "company_name - must be blank while identity_type is personal",
            )
        ]
        stored = http.get(f"/identities/{identity_id}").json()["data"]["attributes"]
        assert stored["company_name"] is None


# -- the spec ----------------------------------------------------------------------------------


def test_conditions_reach_the_model_the_catalog_the_docs_and_the_diff(tmp_path: Path) -> None:
    condition = "conditions:\n- when: {attribute: enabled, equals: true}\n  refuse: [tags, parts]\n"
    _, old, new, model = widgets_with_conditions(tmp_path, condition)
    files = render(new)
    assert "from didww._conditions import Condition\n" in model
    code = 'Condition("enabled", True, refuse=("tags", "parts"))'
    assert f"_CONDITIONS = ({code},)" in model
    note = "While `enabled` is `True`, `tags` and `parts` must be blank: the SDK refuses a create"
    assert note in " ".join(model.split())
    assert f"conditions=({code},)," in files["catalog.py"]
    page = render_docs([("2030-01-02", new)])["2030-01-02/resources/widgets.md"]
    assert f"- {note} that breaks this, and an update whose values sent break it." in page
    text = changelog(old, new)
    assert (
        "**BREAKING**: widgets: new condition: while `enabled` == true: refuses tags, parts" in text
    )


def test_the_simulator_answers_a_flows_own_checks_and_the_conditions_together() -> None:
    sim = _sim("2026-10-22")
    body = _identity_body("personal", vat_id="GB1")
    with raw_client(sim, headers=JSON_API) as http:
        assert sorted(_refusals(http.post("/identities", json=body))) == [
            ("/data/attributes/vat_id", "vat_id - must be blank while identity_type is personal"),
            (
                "/data/relationships/country",
                "country - is required while vat_id is not null",
            ),
        ]
        trunk = {
            "data": {
                "type": "sms_trunks",
                "attributes": {
                    "name": "Out",
                    "allow_any_did_as_source": True,
                    "priority": 7,
                    "configuration": {
                        "type": "http_out",
                        "attributes": {"allowed_ips": ["203.0.113.10"]},
                    },
                },
                "relationships": {"outgoing_dids": {"data": [{"type": "dids", "id": SEED.did_us}]}},
            }
        }
        assert sorted(_refusals(http.post("/sms_trunks", json=trunk))) == [
            ("/data/attributes/priority", "priority - must be null on http_out trunks"),
            (
                "/data/relationships/outgoing_dids",
                "outgoing_dids - must be empty while allow_any_did_as_source is true",
            ),
        ]
    assert sim.resources("identities") == _sim("2026-10-22").resources("identities")


def test_2026_10_22_replacing_the_caller_id_needs_the_did_to_use() -> None:
    sim = _sim("2026-10-22")
    replace = v1022.enums.OnCliMismatchAction.REPLACE_CLI
    with sim.client() as client:
        with pytest.raises(
            didww.ClientError,
            match=(
                r"^VoiceOutTrunk\.default_did is required while on_cli_mismatch_action is "
                r"replace_cli$"
            ),
        ):
            client.voice_out_trunks.create(_trunk(v1022, on_cli_mismatch_action=replace))
        assert list(sim.requests) == []
        made = client.voice_out_trunks.create(
            _trunk(v1022, on_cli_mismatch_action=replace, default_did_id=SEED.did_us)
        )
        assert made.on_cli_mismatch_action == replace
        # An update switching to it without a DID: the trunk may hold one from before (the
        # relationship is write-only), so the SDK sends it and the API judges the stored trunk.
        other = client.voice_out_trunks.create(_trunk(v1022))
        other.on_cli_mismatch_action = replace
        with pytest.raises(didww.UnprocessableEntityError) as caught:
            client.voice_out_trunks.update(other)
        (error,) = caught.value.errors
        assert error.source_pointer == "/data/relationships/default_did"
        made.name = "Renamed"
        assert client.voice_out_trunks.update(made).name == "Renamed"


def test_a_condition_refusal_keeps_no_value_of_the_request() -> None:
    # The error can name the members again (the command line does), from its messages alone:
    # the request's values, a secret header among them, are in neither the error nor its pickle.
    sim = _sim("2026-10-22")
    trunk = v1022.SmsTrunk(
        name="Out",
        allow_any_did_as_source=True,
        outgoing_dids=[v1022.DID(SEED.did_us)],
        configuration=v1022.SmsHttpInConfiguration(
            url="https://hooks.example.com/sms",
            http_method=v1022.enums.SmsHttpMethod.GET,
            headers={"Authorization": "Bearer header-secret-51"},
        ),
    )
    with sim.client() as client, pytest.raises(ConditionsBroken) as caught:
        client.sms_trunks.create(trunk)
    error = caught.value
    assert "header-secret-51" not in repr(vars(error))
    assert b"header-secret-51" not in pickle.dumps(error)
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == (
        "SmsTrunk.outgoing_dids must be empty while allow_any_did_as_source is true"
    )
    assert again.restate(lambda n: f"<{n}>", str.upper) == (
        "<outgoing_dids> must be empty while ALLOW_ANY_DID_AS_SOURCE is true"
    )
