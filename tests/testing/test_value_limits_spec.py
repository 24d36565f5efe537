"""The spec's ``minimum``, ``maximum`` and ``max_length`` on an attribute (of a resource or a
nested object): loaded, checked by the loader (naming file and line), carried into the catalog
(``AttributeInfo``), the generated model (``Limited``) and its docs, and diffed; refused by the
SDK on assignment, before anything is sent, and answered 422 by the simulator, pointing at the
attribute, under the version whose document states them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww._catalog import AttributeInfo
from didww._codecs import INTEGER, STRING, Limited
from didww.testing import SEED, Simulator
from didww.v2026_04_16.catalog import OBJECTS as OBJECTS_0416
from didww.v2026_04_16.catalog import RESOURCES as RESOURCES_0416
from didww.v2026_10_22.catalog import OBJECTS as OBJECTS_1022
from didww.v2026_10_22.catalog import RESOURCES as RESOURCES_1022
from generator.diff import Comparison, changelog
from generator.loader import SpecError, load_spec
from generator.render import render
from tests.generator.test_spec_errors import _copy_spec, _edit, _line
from tests.support import Recorder
from tests.testing.raw_requests import JSON_API, raw_client

WIDGETS = "resources/widgets.yaml"
NAME = "  name:\n    type: string\n    access: writable\n"
COUNT = "  count:\n    type: integer\n"
WRITABLE = "    access: writable\n"
PRICE = "  price:\n    type: decimal\n"
OBJECTS = "objects.yaml"
PORT = "      port:\n        type: integer\n"


def _limited(tmp_path: Path) -> Path:
    root = _copy_spec(tmp_path)
    _edit(root, WIDGETS, NAME, NAME + "    max_length: 20\n")
    _edit(root, OBJECTS, PORT, PORT + "        minimum: 1\n        maximum: 65535\n")
    return root


# -- the generator ----------------------------------------------------------------------------


def test_the_limits_reach_the_catalog_the_model_and_the_docs(tmp_path: Path) -> None:
    spec = load_spec(_limited(tmp_path))
    widgets = spec.resource("widgets")
    assert widgets is not None
    (name,) = [a for a in widgets.attributes if a.name == "name"]
    assert (name.minimum, name.maximum, name.max_length) == (None, None, 20)
    files = render(spec)
    catalog = files["catalog.py"]
    assert 'AttributeInfo("name", "string", "writable", False, max_length=20)' in catalog
    assert 'AttributeInfo("port", "integer", "writable", True, minimum=1, maximum=65535)' in catalog
    model = next(text for path, text in files.items() if path.endswith("widgets.py"))
    assert "Limited(STRING, max_length=20)" in model
    assert "Limited" in model.split("from didww._codecs import", 1)[1].split(")", 1)[0]
    assert "Takes at most 20 characters" in " ".join(model.split())
    objects = files["objects.py"]
    assert "Limited(INTEGER, minimum=1, maximum=65535)" in objects
    assert "Takes 1 to 65535" in " ".join(objects.split())
    # An attribute without limits keeps its plain codec: nothing more is done on assignment.
    assert "        STRING,\n" in objects


@pytest.mark.parametrize(
    ("file", "anchor", "added", "line_of", "message"),
    [
        (
            WIDGETS,
            COUNT,
            WRITABLE + "    minimum: one\n",
            "minimum: one",
            "attribute 'count': 'minimum' must",
        ),
        (
            WIDGETS,
            COUNT,
            WRITABLE + "    maximum: 1.5\n",
            "maximum: 1.5",
            "attribute 'count': 'maximum' must",
        ),
        (
            WIDGETS,
            COUNT,
            WRITABLE + "    minimum: true\n",
            "minimum: true",
            "attribute 'count': 'minimum' must",
        ),
        (
            WIDGETS,
            PRICE,
            "    access: writable\n    minimum: 10\n    maximum: 2.5\n",
            "minimum: 10",
            "attribute 'price': minimum 10 is above maximum 2.5",
        ),
        (
            WIDGETS,
            NAME,
            "    minimum: 1\n",
            "minimum: 1",
            "attribute 'name': minimum is for a integer or decimal attribute",
        ),
        (
            OBJECTS,
            PORT,
            "        max_length: 5\n",
            "max_length: 5",
            "attribute 'port': max_length is for a string attribute",
        ),
        (
            WIDGETS,
            NAME,
            "    max_length: 0\n",
            "max_length: 0",
            "attribute 'name': max_length must be at least 1",
        ),
        (
            WIDGETS,
            NAME,
            "    max_length: '9'\n",
            "max_length: '9'",
            "attribute 'name': 'max_length' must",
        ),
        (
            WIDGETS,
            COUNT,
            "    maximum: 9\n",
            "maximum: 9",
            "attribute 'count': maximum is for an attribute a request can send",
        ),
    ],
)
def test_the_loader_refuses_a_bad_limit(
    tmp_path: Path, file: str, anchor: str, added: str, line_of: str, message: str
) -> None:
    root = _copy_spec(tmp_path)
    text = _edit(root, file, anchor, anchor + added)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert info.value.path == root / file
    assert info.value.line == _line(text, line_of)
    assert info.value.message.startswith(message), info.value.message


def test_the_diff_reports_a_new_or_stricter_limit_as_breaking(tmp_path: Path) -> None:
    plain = load_spec(_copy_spec(tmp_path / "plain"))
    limited = load_spec(_limited(tmp_path / "limited"))
    forward = changelog(plain, limited)
    assert "- **BREAKING**: widgets.name: max length none -> 20" in forward
    assert "- **BREAKING**: MailConfig.port: minimum none -> 1" in forward or (
        "port: minimum none -> 1" in forward
    )
    back = changelog(limited, plain)
    assert "- widgets.name: max length 20 -> none" in back
    assert not Comparison(limited, plain).breaking
    root = _limited(tmp_path / "looser")
    _edit(root, WIDGETS, "    max_length: 20\n", "    max_length: 30\n")
    looser = load_spec(root)
    assert not Comparison(limited, looser).breaking
    assert Comparison(looser, limited).breaking
    root = _limited(tmp_path / "higher")
    _edit(root, OBJECTS, "        minimum: 1\n", "        minimum: 2\n")
    higher = load_spec(root)
    assert Comparison(limited, higher).breaking
    assert not Comparison(higher, limited).breaking


# -- the real trees -----------------------------------------------------------------------------


def _attribute(infos: Any, owner: str, name: str) -> AttributeInfo:
    found: AttributeInfo = next(a for a in infos[owner].attributes if a.name == name)
    return found


def test_the_real_trees_state_them_where_the_documents_do() -> None:
    port = _attribute(OBJECTS_1022, "SIPConfiguration", "port")
    assert (port.minimum, port.maximum) == (1, 65535)
    assert _attribute(OBJECTS_1022, "SIPConfiguration", "sip_timer_b").minimum == 1000
    assert _attribute(OBJECTS_1022, "SIPConfiguration", "rtp_timeout").minimum == 5
    assert _attribute(OBJECTS_1022, "SIPConfiguration", "max_transfers").maximum == 8
    assert _attribute(OBJECTS_1022, "PSTNConfiguration", "dst").max_length == 15
    assert _attribute(OBJECTS_1022, "DIDOrderItem", "qty").maximum == 1000
    assert _attribute(OBJECTS_1022, "CapacityOrderItem", "qty").maximum == 10000
    cycles = _attribute(OBJECTS_1022, "DIDOrderItem", "billing_cycles_count")
    assert (cycles.minimum, cycles.maximum) == (0, 999)
    capacity = _attribute(RESOURCES_1022, "dids", "capacity_limit")
    assert (capacity.minimum, capacity.maximum) == (1, 32767)
    assert _attribute(RESOURCES_1022, "orders", "external_reference_id").max_length == 100
    # 2026-04-16 states only that an order item's qty is at least 1.
    limited = [
        (owner, a.name)
        for infos in (RESOURCES_0416, OBJECTS_0416)
        for owner, info in infos.items()
        for a in info.attributes
        if (a.minimum, a.maximum, a.max_length) != (None, None, None)
    ]
    assert sorted(limited) == [("CapacityOrderItem", "qty"), ("DIDOrderItem", "qty")]
    assert _attribute(OBJECTS_0416, "DIDOrderItem", "qty").maximum is None
    assert _attribute(OBJECTS_0416, "PSTNConfiguration", "dst").max_length is None


def test_only_the_limited_attributes_get_the_wrapping_codec() -> None:
    port = v1022.SIPConfiguration.port.codec
    assert isinstance(port, Limited) and port.codec is INTEGER and port.as_is
    assert v1022.SIPConfiguration.host.codec is STRING
    assert v0416.SIPConfiguration.port.codec is INTEGER


# -- the SDK ----------------------------------------------------------------------------------


def test_the_sdk_refuses_an_out_of_range_value_before_sending() -> None:
    recorder = Recorder().reply(201, {"data": {"type": "orders", "id": "o1"}})
    client = recorder.client()
    with pytest.raises(didww.ClientError, match=r"DIDOrderItem\.qty: must be at least 1, not 0"):
        didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=0)
    item = didww.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1)
    with pytest.raises(didww.ClientError, match=r"qty: must be at least 1, not -3"):
        item.qty = -3
    assert item.qty == 1  # the refused value was not kept
    client.orders.create(didww.Order(items=[item]))
    assert len(recorder.requests) == 1
    assert recorder.last_json()["data"]["attributes"]["items"][0]["attributes"]["qty"] == 1
    item.qty = 5000  # 2026-04-16 states no maximum
    assert item.qty == 5000


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: v1022.SIPConfiguration(port=70000),
            r"SIPConfiguration\.port: must be from 1 to 65535, not 70000",
        ),
        (
            lambda: v1022.SIPConfiguration(sip_timer_b=999),
            r"SIPConfiguration\.sip_timer_b: must be from 1000 to 64000, not 999",
        ),
        (
            lambda: v1022.PSTNConfiguration(dst="1" * 16),
            r"PSTNConfiguration\.dst: must be at most 15 characters, got 16",
        ),
        (
            lambda: v1022.DIDOrderItem(sku_id=SEED.sku_us_new_york_2, qty=1001),
            r"DIDOrderItem\.qty: must be from 1 to 1000, not 1001",
        ),
        (
            lambda: v1022.Order(external_reference_id="x" * 101),
            r"Order\.external_reference_id: must be at most 100 characters, got 101",
        ),
    ],
)
def test_the_2026_10_22_sdk_refuses_the_documents_limits(build: Any, message: str) -> None:
    with pytest.raises(didww.ClientError, match=message):
        build()


def test_an_assignment_outside_the_limit_sends_nothing() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    sim.requests.clear()
    with pytest.raises(didww.ClientError, match=r"VoiceInTrunk\.ringing_timeout: .*1 to 32"):
        trunk.ringing_timeout = 33
    with pytest.raises(didww.ClientError, match=r"VoiceInTrunk\.cli_prefix: .*at most 7"):
        trunk.cli_prefix = "+1234567"
    assert list(sim.requests) == []
    trunk.ringing_timeout = 32
    trunk.cli_prefix = None  # null is not a value the limit is about
    assert client.voice_in_trunks.update(trunk).ringing_timeout == 32


# -- the simulator ----------------------------------------------------------------------------


def _raw(sim: Simulator[Any, Any], method: str, path: str, body: Any) -> httpx.Response:
    with raw_client(sim, headers=JSON_API) as http:
        return http.request(method, path, json=body)


def _errors(response: httpx.Response) -> list[tuple[str, str | None]]:
    return [
        (e["status"], (e.get("source") or {}).get("pointer")) for e in response.json()["errors"]
    ]


def _order(qty: int) -> dict[str, Any]:
    item = {"type": "did_order_items", "attributes": {"sku_id": SEED.sku_us_new_york_2, "qty": qty}}
    return {"data": {"type": "orders", "attributes": {"items": [item]}}}


QTY = "/data/attributes/items/0/attributes/qty"


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_the_simulator_refuses_a_nested_value_outside_the_limit(version: str) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version=version)
    answer = _raw(sim, "POST", "/orders", _order(0))
    assert answer.status_code == 422
    assert _errors(answer) == [("422", QTY)]
    detail = answer.json()["errors"][0]["detail"]
    # 2026-04-16 states a minimum only; 2026-10-22 a range.
    assert ("from 1 to 1000" if version == "2026-10-22" else "must be at least 1") in detail
    if version == "2026-10-22":
        answer = _raw(sim, "POST", "/orders", _order(1001))
        assert answer.status_code == 422
        assert _errors(answer) == [("422", QTY)]
        assert "from 1 to 1000, not 1001" in answer.json()["errors"][0]["detail"]


@pytest.mark.parametrize("version", ["2026-04-16", "2026-10-22"])
def test_the_simulator_refuses_a_resource_value_outside_the_limit(version: str) -> None:
    sim: Simulator[Any, Any] = Simulator(api_version=version)
    body = {
        "data": {
            "type": "voice_in_trunks",
            "id": SEED.voice_in_trunk,
            "attributes": {"ringing_timeout": 33, "external_reference_id": "r" * 101},
        }
    }
    answer = _raw(sim, "PATCH", f"/voice_in_trunks/{SEED.voice_in_trunk}", body)
    if version == "2026-10-22":
        assert answer.status_code == 422
        assert sorted(_errors(answer)) == [
            ("422", "/data/attributes/external_reference_id"),
            ("422", "/data/attributes/ringing_timeout"),
        ]
    else:
        assert answer.status_code == 200, answer.text
    configuration = {
        "type": "pstn_configurations",
        "attributes": {"dst": "1" * 16},
    }
    body = {
        "data": {
            "type": "voice_in_trunks",
            "id": SEED.voice_in_trunk,
            "attributes": {"configuration": configuration},
        }
    }
    answer = _raw(sim, "PATCH", f"/voice_in_trunks/{SEED.voice_in_trunk}", body)
    if version == "2026-10-22":
        assert answer.status_code == 422
        # The trunk is a SIP one: the type sent is refused too, in the same answer.
        assert _errors(answer) == [
            ("422", "/data/attributes/configuration/attributes/dst"),
            ("422", "/data/attributes/configuration/type"),
        ]
        assert "at most 15 characters" in answer.json()["errors"][0]["detail"]
    else:
        assert 422 not in (answer.status_code,) or (
            "/data/attributes/configuration/attributes/dst" not in [p for _, p in _errors(answer)]
        )


# -- patterns -----------------------------------------------------------------------------------

DIGITS = r"^[0-9#]+$"


def _patterned(tmp_path: Path) -> Path:
    root = _copy_spec(tmp_path)
    _edit(root, WIDGETS, NAME, NAME + "    max_length: 8\n    pattern: ^[0-9#]+$\n")
    return root


def test_a_pattern_reaches_the_catalog_the_model_and_the_docs(tmp_path: Path) -> None:
    spec = load_spec(_patterned(tmp_path))
    widgets = spec.resource("widgets")
    assert widgets is not None
    (name,) = [a for a in widgets.attributes if a.name == "name"]
    assert (name.max_length, name.pattern) == (8, DIGITS)
    files = render(spec)
    catalog = "".join(files["catalog.py"].split())  # black may wrap the entry
    assert 'AttributeInfo("name","string","writable",False,max_length=8,pattern="^[0-9#]+$")' in (
        catalog
    )
    model = next(text for path, text in files.items() if path.endswith("widgets.py"))
    assert 'Limited(STRING, max_length=8, pattern="^[0-9#]+$")' in model
    assert "Takes at most 8 characters matching `^[0-9#]+$`" in " ".join(model.split())


@pytest.mark.parametrize(
    ("added", "line_of", "message"),
    [
        ("    pattern: '[0-9]+'\n", "pattern: '[0-9]+'", "attribute 'name': pattern must state"),
        (
            "    pattern: ^[0-9]+\\$\n",
            "pattern: ^[0-9]+\\$",
            "attribute 'name': pattern must state",
        ),
        ("    pattern: ^\\d+$\n", "pattern: ^\\d+$", "attribute 'name': pattern uses \\d"),
        ("    pattern: ^[\\w.]+$\n", "pattern: ^[\\w.]+$", "attribute 'name': pattern uses \\d"),
        ("    pattern: ^(ab$\n", "pattern: ^(ab$", "attribute 'name': pattern does not compile"),
    ],
)
def test_the_loader_refuses_a_bad_pattern(
    tmp_path: Path, added: str, line_of: str, message: str
) -> None:
    root = _copy_spec(tmp_path)
    text = _edit(root, WIDGETS, NAME, NAME + added)
    with pytest.raises(SpecError) as info:
        load_spec(root)
    assert info.value.line == _line(text, line_of)
    assert info.value.message.startswith(message), info.value.message


def test_the_loader_takes_an_escaped_backslash_before_a_d(tmp_path: Path) -> None:
    # ``\\d`` is a backslash and a "d", not the digit class: nothing ambiguous about it.
    root = _copy_spec(tmp_path)
    _edit(root, WIDGETS, NAME, NAME + "    pattern: ^[a-z\\\\]+d$\n")
    widgets = load_spec(root).resource("widgets")
    assert widgets is not None
    assert [a.pattern for a in widgets.attributes if a.name == "name"] == ["^[a-z\\\\]+d$"]


def test_the_loader_refuses_a_pattern_on_a_number_or_a_read_only_attribute(tmp_path: Path) -> None:
    root = _copy_spec(tmp_path)
    _edit(root, WIDGETS, COUNT, COUNT + WRITABLE + "    pattern: ^1$\n")
    with pytest.raises(SpecError, match="attribute 'count': pattern is for a string attribute"):
        load_spec(root)
    root = _copy_spec(tmp_path / "read-only")
    _edit(root, WIDGETS, NAME, NAME.replace(WRITABLE, "") + "    pattern: ^a$\n")
    with pytest.raises(SpecError, match="pattern is for an attribute a request can send"):
        load_spec(root)


def test_the_diff_reports_a_new_or_changed_pattern_as_breaking(tmp_path: Path) -> None:
    plain = load_spec(_copy_spec(tmp_path / "plain"))
    patterned = load_spec(_patterned(tmp_path / "patterned"))
    assert "- **BREAKING**: widgets.name: pattern none -> `^[0-9#]+$`" in changelog(
        plain, patterned
    )
    assert "- widgets.name: pattern `^[0-9#]+$` -> none" in changelog(patterned, plain)
    root = _patterned(tmp_path / "other")
    _edit(root, WIDGETS, "    pattern: ^[0-9#]+$\n", "    pattern: ^[0-9]+$\n")
    assert Comparison(patterned, load_spec(root)).breaking


def test_the_2026_10_22_tree_states_the_documents_patterns() -> None:
    patterned = sorted(
        (owner, a.name, a.pattern)
        for infos in (RESOURCES_1022, OBJECTS_1022)
        for owner, info in infos.items()
        for a in info.attributes
        if a.pattern is not None
    )
    assert patterned == [
        ("CredentialsAndIPAuthentication", "tech_prefix", DIGITS),
        ("IPOnlyAuthentication", "tech_prefix", DIGITS),
        ("SIPConfiguration", "username", r"^[^\s@]*$"),
        ("TwilioAuthentication", "twilio_account_sid", r"^[a-zA-Z]{2}[0-9a-fA-F]{32}$"),
    ]
    assert not [
        a
        for infos in (RESOURCES_0416, OBJECTS_0416)
        for i in infos.values()
        for a in i.attributes
        if a.pattern is not None
    ]


SID = "AC" + "0123456789abcdef" * 2


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: v1022.CredentialsAndIPAuthentication(tech_prefix="12a"),
            r"CredentialsAndIPAuthentication\.tech_prefix: must match \^\[0-9#\]\+\$",
        ),
        # ``$`` alone would let a final newline through; the whole value must match.
        (
            lambda: v1022.CredentialsAndIPAuthentication(tech_prefix="12\n"),
            r"tech_prefix: must match",
        ),
        (
            lambda: v1022.CredentialsAndIPAuthentication(tech_prefix="123456789"),
            r"tech_prefix: must be at most 8 characters, got 9",
        ),
        (lambda: v1022.SIPConfiguration(username="alice@pbx"), r"username: must match"),
        (lambda: v1022.SIPConfiguration(username="al ice"), r"username: must match"),
        (lambda: v1022.SIPConfiguration(username="al\u00a0ice"), r"username: must match"),
        (lambda: v1022.TwilioAuthentication(twilio_account_sid="AC1"), r"twilio_account_sid"),
        (
            lambda: v1022.TwilioAuthentication(twilio_account_sid=SID[:-1] + "g"),
            r"twilio_account_sid: must match",
        ),
    ],
)
def test_the_sdk_refuses_a_value_that_breaks_a_pattern(build: Any, message: str) -> None:
    with pytest.raises(didww.ClientError, match=message) as info:
        build()
    # The text itself is not repeated: a pattern may guard a value not to be shown.
    assert "alice" not in str(info.value) and "12a" not in str(info.value)


def test_values_matching_the_pattern_are_kept_and_sent() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    client = sim.client()
    assert v1022.SIPConfiguration(username="").username == ""  # the pattern takes none
    assert v1022.CredentialsAndIPAuthentication(tech_prefix=None).tech_prefix is None
    trunk = client.voice_out_trunks.create(
        v1022.VoiceOutTrunk(
            name="Twilio",
            authentication_method=v1022.TwilioAuthentication(twilio_account_sid=SID),
            on_cli_mismatch_action=v1022.enums.OnCliMismatchAction.REJECT_CALL,
        )
    )
    body = sim.requests[-1].body
    assert isinstance(body, dict)
    method = body["data"]["attributes"]["authentication_method"]
    assert method == {"type": "twilio", "attributes": {"twilio_account_sid": SID}}
    assert isinstance(trunk.authentication_method, v1022.TwilioAuthentication)
    # 2026-04-16 states no pattern: the same text is taken there.
    assert v0416.TwilioAuthentication(twilio_account_sid="AC1").twilio_account_sid == "AC1"
    assert v0416.SIPConfiguration(username="alice@pbx").username == "alice@pbx"


def test_the_simulator_refuses_a_value_that_breaks_a_pattern() -> None:
    sim: Simulator[Any, Any] = Simulator(api_version="2026-10-22")
    method: dict[str, Any] = {
        "type": "credentials_and_ip",
        "attributes": {"allowed_sip_ips": ["203.0.113.10"], "tech_prefix": "12a"},
    }
    body = {
        "data": {
            "type": "voice_out_trunks",
            "attributes": {
                "name": "Out",
                "authentication_method": method,
                "on_cli_mismatch_action": "reject_call",
            },
        }
    }
    answer = _raw(sim, "POST", "/voice_out_trunks", body)
    assert answer.status_code == 422, answer.text
    pointer = "/data/attributes/authentication_method/attributes/tech_prefix"
    assert _errors(answer) == [("422", pointer)]
    assert "must match ^[0-9#]+$" in answer.json()["errors"][0]["detail"]
    method["attributes"]["tech_prefix"] = "12#"
    assert _raw(sim, "POST", "/voice_out_trunks", body).status_code == 201


@pytest.mark.parametrize("name", ["tx_port", "rx_port"])
def test_an_smpp_smsc_port_is_a_tcp_port(name: str) -> None:
    # Not stated by the 2026-10-22 document: the spec's choice, since no SMSC listens elsewhere.
    (attribute,) = [
        a for a in OBJECTS_1022["SmsSmppSmscConfiguration"].attributes if a.name == name
    ]
    assert (attribute.minimum, attribute.maximum) == (1, 65535)
    for wrong in (-5, 0, 65536, 99999999):
        with pytest.raises(didww.ClientError, match=f"{name}"):
            setattr(v1022.SmsSmppSmscConfiguration(), name, wrong)
    configuration = v1022.SmsSmppSmscConfiguration()
    setattr(configuration, name, 2775)
    assert getattr(configuration, name) == 2775
