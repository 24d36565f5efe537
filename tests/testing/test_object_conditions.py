"""The spec's ``conditions`` on a nested object: rules across its attributes that the API
version's document states (2026-10-22: a SIP configuration's host while it does not register,
its digest login while ``auth_enabled``, its session timers while ``sst_enabled`` and in order).

The loader checks them, the catalog and the generated class carry them, the docs and the version
diff show them. The SDK refuses a request whose own values break one (nothing is sent); the
simulator judges the object as it will be stored (defaults and an update's merge included) and
answers 422 at the attribute, storing nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww._conditions import Bound, Condition
from didww.testing import SEED, Simulator
from didww.v2026_04_16.catalog import OBJECTS as OBJECTS_0416
from didww.v2026_10_22.catalog import OBJECTS as OBJECTS_1022
from generator.diff import changelog
from generator.docs import render_docs
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit
from tests.testing.raw_requests import JSON_API, raw_client

PASSWORD = "Digest-Pw-1"


def _sim_1022() -> Simulator[v1022.Client, v1022.AsyncClient]:
    return Simulator(api_version="2026-10-22")


def _trunk(configuration: Any, name: str = "Office") -> v1022.VoiceInTrunk:
    return v1022.VoiceInTrunk(name=name, configuration=configuration)


# -- the spec trees --------------------------------------------------------------------------------


def test_each_tree_states_its_documents_conditions() -> None:
    sip = OBJECTS_1022["SIPConfiguration"].conditions
    assert Condition("auth_enabled", True, require=("auth_user", "auth_password")) in sip
    assert Condition("auth_enabled", False, refuse=("auth_user", "auth_password")) in sip
    assert Condition("enabled_sip_registration", False, require=("host",)) in sip
    assert Condition("sst_enabled", True, require=("sst_min_timer", "sst_max_timer")) in sip
    assert Bound("sst_max_timer", at_least="sst_min_timer") in sip
    assert Bound("dns_srv_failover_timer", at_most="sip_timer_b") in sip
    # 2026-04-16's document states only that a registering trunk has no port (the host rule is
    # 2026-10-22's); no digest or session-timer rules.
    assert OBJECTS_0416["SIPConfiguration"].conditions == (
        Condition("enabled_sip_registration", True, refuse=("port",)),
        Condition("enabled_sip_registration", False, refuse=("use_did_in_ruri",)),
    )
    assert sip == v1022.SIPConfiguration._CONDITIONS
    # An inbound HTTP SMS trunk's body goes with POST and PUT only (2026-10-22).
    assert OBJECTS_1022["SmsHttpInConfiguration"].conditions == (
        Condition("http_method", "get", negated=True, require=("body_type", "body")),
        Condition("http_method", "get", refuse=("body_type", "body")),
    )


# -- the SDK ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("configuration", "message"),
    [
        (
            lambda: v1022.SIPConfiguration(
                host="pbx.example", auth_enabled=False, auth_user="u", auth_password=PASSWORD
            ),
            r"SIPConfiguration\.auth_user must be blank while auth_enabled is false; "
            r"SIPConfiguration\.auth_password must be blank while auth_enabled is false",
        ),
        (
            lambda: v1022.SIPConfiguration(
                host="pbx.example", auth_enabled=True, auth_user="u", auth_password=None
            ),
            r"SIPConfiguration\.auth_password is required while auth_enabled is true",
        ),
        (
            lambda: v1022.SIPConfiguration(
                host="pbx.example", sst_min_timer=900, sst_max_timer=600
            ),
            r"SIPConfiguration\.sst_max_timer 600 is below sst_min_timer \(900\)",
        ),
        (
            lambda: v1022.SIPConfiguration(
                host="pbx.example", sst_min_timer=300, sst_max_timer=600, sst_session_expires=700
            ),
            r"SIPConfiguration\.sst_session_expires 700 is above sst_max_timer \(600\)",
        ),
        (
            lambda: v1022.SIPConfiguration(enabled_sip_registration=False, host=None),
            r"SIPConfiguration\.host is required while enabled_sip_registration is false",
        ),
    ],
)
def test_the_sdk_refuses_what_it_would_send_against_a_condition(
    configuration: Any, message: str
) -> None:
    sim = _sim_1022()
    client = sim.client()
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=message) as info:
        client.voice_in_trunks.create(_trunk(configuration()))
    assert PASSWORD not in str(info.value)
    assert list(sim.requests) == []


def test_a_constructor_keeps_both_arguments_and_the_pair_is_refused() -> None:
    # Before, the rule "registering clears host and port" dropped the port given alongside it.
    for module in (v0416, v1022):
        configuration = module.SIPConfiguration(port=5070, enabled_sip_registration=True)
        assert configuration.port == 5070
        with pytest.raises(
            didww.ClientError,
            match=r"SIPConfiguration\.port must be blank while enabled_sip_registration is true",
        ):
            configuration._to_request()
    # What was not given is still filled in by the rule.
    registering = v1022.SIPConfiguration(enabled_sip_registration=True)
    assert (registering.host, registering.port) == (None, None)
    # And an assignment after construction still implies the others, as before.
    loaded = v1022.SIPConfiguration(host="pbx.example", port=5060)
    loaded.enabled_sip_registration = True
    assert (loaded.host, loaded.port) == (None, None)


def test_the_sdk_leaves_to_the_api_what_the_object_alone_cannot_tell() -> None:
    # auth_user and auth_password left out: an update merges them with the stored ones.
    sent = v1022.SIPConfiguration(auth_enabled=True)._to_request()
    assert sent == {"type": "sip_configurations", "attributes": {"auth_enabled": True}}


# -- the simulator ---------------------------------------------------------------------------------


def test_the_simulator_refuses_a_login_left_out_while_auth_is_enabled() -> None:
    sim = _sim_1022()
    client = sim.client()
    with pytest.raises(didww.UnprocessableEntityError) as info:
        client.voice_in_trunks.create(
            _trunk(
                v1022.SIPConfiguration(
                    host="pbx.example", codec_ids=[v1022.enums.Codec.PCMU], auth_enabled=True
                )
            )
        )
    pointers = [e.source_pointer for e in info.value.errors]
    assert pointers == [
        "/data/attributes/configuration/attributes/auth_user",
        "/data/attributes/configuration/attributes/auth_password",
    ]
    assert "is required while auth_enabled is true" in str(info.value)
    assert not [t for t in client.voice_in_trunks.list() if t.name == "Office"]


def test_the_simulator_judges_an_update_as_merged_with_what_is_stored() -> None:
    sim = _sim_1022()
    client = sim.client()
    trunk = client.voice_in_trunks.create(
        _trunk(
            v1022.SIPConfiguration(
                host="pbx.example",
                codec_ids=[v1022.enums.Codec.PCMU],
                auth_enabled=True,
                auth_user="u",
                auth_password=PASSWORD,
            )
        )
    )
    # 2026-10-22 merges a configuration: the stored login stands beside what is sent.
    fresh = v1022.VoiceInTrunk(id=trunk.id, configuration=v1022.SIPConfiguration(sst_enabled=True))
    updated = client.voice_in_trunks.update(fresh)
    assert isinstance(updated.configuration, v1022.SIPConfiguration)
    assert updated.configuration.auth_user == "u"
    # A maximum below the stored minimum (600 by default) is refused, and nothing changes.
    below = v1022.VoiceInTrunk(id=trunk.id, configuration=v1022.SIPConfiguration(sst_max_timer=500))
    with pytest.raises(didww.UnprocessableEntityError) as info:
        client.voice_in_trunks.update(below)
    details = {e.source_pointer: e.detail for e in info.value.errors}
    where = "/data/attributes/configuration/attributes/"
    assert details == {
        where + "sst_max_timer": "sst_max_timer - 500 is below sst_min_timer (600)",
        where + "sst_session_expires": "sst_session_expires - 900 is above sst_max_timer (500)",
    }
    again = client.voice_in_trunks.find(trunk.id)
    assert isinstance(again.configuration, v1022.SIPConfiguration)
    assert again.configuration.sst_max_timer != 500


def test_a_raw_registration_without_a_port_is_stored_without_one() -> None:
    # The simulator applies the object's rules to what a request leaves out: a registering
    # trunk gets no default port (which its conditions would then refuse).
    sim = _sim_1022()
    sip: dict[str, Any] = {"enabled_sip_registration": True, "codec_ids": [9]}
    trunk: dict[str, Any] = {
        "name": "Registering",
        "configuration": {"type": "sip_configurations", "attributes": sip},
    }
    body = {"data": {"type": "voice_in_trunks", "attributes": trunk}}
    with raw_client(sim, headers=JSON_API) as http:
        answer = http.post("/voice_in_trunks", json=body)
        assert answer.status_code == 201, answer.text
        stored = answer.json()["data"]["attributes"]["configuration"]["attributes"]
        assert (stored["host"], stored["port"]) == (None, None)
        trunk["name"], sip["port"] = "Registering, port given", 5060
        refused = http.post("/voice_in_trunks", json=body)
    assert refused.status_code == 422
    (error,) = refused.json()["errors"]
    assert error["source"]["pointer"] == "/data/attributes/configuration/attributes/port"
    assert error["detail"] == "port - must be blank while enabled_sip_registration is true"


def test_2026_04_16_takes_what_its_document_does_not_rule_out() -> None:
    client = Simulator().client()
    trunk = client.voice_in_trunks.create(
        v0416.VoiceInTrunk(
            name="Old rules",
            configuration=v0416.SIPConfiguration(host="pbx.example", auth_enabled=True),
        )
    )
    assert trunk.id
    did = client.dids.update(v0416.DID(id=SEED.did_us, voice_in_trunk_id=trunk.id))
    assert did.voice_in_trunk_id == trunk.id


# -- the loader, the generated code, the docs and the diff -----------------------------------------

CONDITIONS = """    conditions:
    - when:
        attribute: relay
        equals: false
      require: [host]
    - when:
        attribute: relay
        equals: true
      refuse: [host, port]
"""


@pytest.mark.parametrize(
    ("replacement", "message"),
    [
        ("      require: [nowhere]\n", "condition names unknown 'nowhere'"),
        ("      require: []\n", "a condition needs require or refuse"),
        ("      require: [host]\n      refuse: [host]\n", "condition names 'host' twice"),
        ("      require: [relay]\n", "condition names 'relay' twice"),
    ],
)
def test_the_loader_refuses_a_condition_it_cannot_apply(
    tmp_path: Path, replacement: str, message: str
) -> None:
    root = _copy_spec(tmp_path)
    _edit(root, "objects.yaml", "      require: [host]\n", replacement)
    with pytest.raises(SpecError, match=message):
        load_spec(root)


@pytest.mark.parametrize(
    ("bound", "message"),
    [
        ("{attribute: port}", "a bound needs at_least or at_most"),
        ("{attribute: port, at_least: port}", "'port' is bounded by itself"),
        ("{attribute: port, at_least: host}", "a bound compares integers, 'host' is not one"),
        ("{attribute: port, at_most: nowhere}", "condition names unknown 'nowhere'"),
        ("{attribute: port, at_lest: relay}", "unknown key 'at_lest'"),
    ],
)
def test_the_loader_refuses_a_bound_it_cannot_apply(
    tmp_path: Path, bound: str, message: str
) -> None:
    root = _copy_spec(tmp_path)
    _edit(root, "objects.yaml", CONDITIONS, CONDITIONS + f"    - bound: {bound}\n")
    with pytest.raises(SpecError, match=message):
        load_spec(root)


def test_conditions_reach_the_model_the_catalog_the_docs_and_the_diff(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    old = load_spec(root)
    (smtp,) = [o for o in old.objects if o.name == "SmtpDelivery"]
    assert len(smtp.conditions) == 2
    files = render(old)
    assert 'Condition("relay", False, require=("host",))' in files["objects.py"]
    assert 'Condition("relay", True, refuse=("host", "port"))' in files["objects.py"]
    assert "from didww._conditions import Condition" in files["catalog.py"]
    page = render_docs([("2030-01-02", old)])["2030-01-02/objects.md"]
    assert "While `relay` is `False`, `host` needs a value." in page
    refused = "`host` and `port` must be blank (null, left out, empty or off)."
    assert f"While `relay` is `True`, {refused}" in page
    # A condition that asks more of the same case is a breaking change, shown as one change; one
    # that asks less is not breaking.
    _edit(root, "objects.yaml", "      require: [host]\n", "      require: [host, password]\n")
    new = load_spec(root)
    text = changelog(old, new)
    assert (
        "**BREAKING**: SmtpDelivery: condition changed: while `relay` == false: requires host -> "
        "requires host, password\n"
    ) in text
    assert "condition dropped" not in text and "new condition" not in text
    assert (
        "- SmtpDelivery: condition changed: while `relay` == false: requires host, password -> "
        "requires host\n"
    ) in changelog(new, old)


def test_a_switch_that_needs_registration_is_refused_without_it_and_blank_text_is_blank() -> None:
    for module in (v0416, v1022):
        # Given to the constructor, the switch is kept (no longer reset by the rule) and refused.
        configuration = module.SIPConfiguration(
            host="pbx.example", use_did_in_ruri=True, enabled_sip_registration=False
        )
        with pytest.raises(didww.ClientError, match="use_did_in_ruri must be blank while"):
            configuration._to_request()
    # Empty text is blank, as null is: refused before sending.
    empty = v1022.SIPConfiguration(
        host="pbx.example", auth_enabled=True, auth_user="", auth_password=""
    )
    with pytest.raises(didww.ClientError, match="auth_user is required while auth_enabled"):
        empty._to_request()


def test_the_srv_failover_timer_is_never_above_timer_b() -> None:
    # 2026-10-22's document: dns_srv_failover_timer is "never above `sip_timer_b`".
    configuration = v1022.SIPConfiguration(
        host="pbx.example", sip_timer_b=8000, dns_srv_failover_timer=9000
    )
    with pytest.raises(
        didww.ClientError,
        match=r"SIPConfiguration\.dns_srv_failover_timer 9000 is above sip_timer_b \(8000\)",
    ):
        configuration._to_request()
    configuration.dns_srv_failover_timer = 8000
    assert configuration._to_request()["attributes"]["dns_srv_failover_timer"] == 8000
