"""A nested object assigned back unchanged (``trunk.configuration = trunk.configuration``, which
the docs give as the way to send a value again) goes out without the members the API writes for
itself: a SIP trunk's ``incoming_auth_password``, an outbound trunk's generated login, an SMS
trunk's generated credentials. The API refuses them in a request; they went out as the answer
had them, and the update failed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from didww import v2026_04_16 as v0416
from didww import v2026_10_22 as v1022
from didww.testing import SEED, Simulator

API = {"2026-04-16": v0416, "2026-10-22": v1022}


def _outbound(api: Any) -> Any:
    return api.VoiceOutTrunk(
        name="Outbound",
        authentication_method=api.CredentialsAndIPAuthentication(
            allowed_sip_ips=["203.0.113.0/24"]
        ),
        default_dst_action=api.enums.DefaultDstAction.ALLOW_ALL,
        on_cli_mismatch_action=api.enums.OnCliMismatchAction.REJECT_CALL,
        media_encryption_mode=api.enums.MediaEncryptionMode.DISABLED,
    )


def _sms(configuration: Callable[[], Any]) -> Callable[[Any], Any]:
    return lambda api: api.SmsTrunk(name="SMS", configuration=configuration())


# (version, repository, attribute, how to make one; None: the seeded SIP trunk)
CASES: list[tuple[str, str, str, Callable[[Any], Any] | None]] = [
    ("2026-04-16", "voice_in_trunks", "configuration", None),
    ("2026-10-22", "voice_in_trunks", "configuration", None),
    ("2026-04-16", "voice_out_trunks", "authentication_method", _outbound),
    ("2026-10-22", "voice_out_trunks", "authentication_method", _outbound),
    (
        "2026-10-22",
        "sms_trunks",
        "configuration",
        _sms(lambda: v1022.SmsHttpOutConfiguration(callback_url="https://example.com/status")),
    ),
    (
        "2026-10-22",
        "sms_trunks",
        "configuration",
        _sms(
            lambda: v1022.SmsSmppEsmeConfiguration(
                server_location="fra", allowed_ips=["203.0.113.10"]
            )
        ),
    ),
]


@pytest.mark.parametrize(("version", "repository", "name", "make"), CASES)
def test_an_unchanged_nested_object_goes_back_without_what_the_api_wrote(
    version: str, repository: str, name: str, make: Callable[[Any], Any] | None
) -> None:
    api = API[version]
    sim = Simulator(api_version=version)
    client: Any = sim.client()
    repo = getattr(client, repository)
    id = SEED.voice_in_trunk if make is None else repo.create(make(api)).id
    stored = next(r for r in sim.resources(repository) if r["id"] == id)["attributes"][name]
    model = repo.find(id)
    obj = getattr(model, name)
    read_only = {
        field for field, info in type(obj)._ATTRIBUTES.items() if info.access.value == "read_only"
    }
    written = read_only & set(stored["attributes"])
    assert written, "the answer holds no member only the API writes"

    setattr(model, name, obj)  # the same object, unchanged
    repo.update(model)

    exchange = sim.requests[-1]
    assert exchange.method == "PATCH" and exchange.status == 200, exchange
    body: Any = exchange.body
    sent = body["data"]["attributes"][name]
    assert sent["type"] == stored["type"]
    assert not written & set(sent["attributes"])
    # Everything else goes back as it came (the request log filters what is named like a
    # secret, a username included).
    kept = {k: v for k, v in stored["attributes"].items() if k not in read_only}
    assert set(sent["attributes"]) == set(kept)
    assert all(v in (kept[k], "[FILTERED]") for k, v in sent["attributes"].items())


@pytest.mark.parametrize("read_first", [False, True], ids=["never read", "read"])
def test_to_json_keeps_what_the_api_wrote_inside_nested_objects(read_first: bool) -> None:
    # to_json() is the model's data, for a cache: only requests leave the read-only members out.
    sim = Simulator()
    client: Any = sim.client()
    order = client.orders.list()[0]
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    if read_first:  # decoded into models, and so compared with what came
        assert order.items[0].nrc is not None
        assert trunk.configuration is not None
    stored_item = sim.resources("orders")[0]["attributes"]["items"][0]["attributes"]
    item = order.to_json()["attributes"]["items"][0]["attributes"]
    assert item == stored_item and "nrc" in item and "billed_from" in item
    restored: Any = v0416.Order.from_json(order.to_json())
    assert restored.items[0].nrc == order.items[0].nrc
    configuration = trunk.to_json()["attributes"]["configuration"]["attributes"]
    assert {"incoming_auth_username", "incoming_auth_password"} <= set(configuration)


def test_to_json_of_an_edited_nested_object_keeps_what_the_api_wrote() -> None:
    # Edited, the object is encoded from its values: to_json() still keeps the read-only members
    # (a cache read back with from_json() has them), while the request leaves them out.
    sim = Simulator()
    client: Any = sim.client()
    trunk = client.voice_in_trunks.find(SEED.voice_in_trunk)
    trunk.configuration.host = "edited.example.com"
    configuration = trunk.to_json()["attributes"]["configuration"]["attributes"]
    assert configuration["host"] == "edited.example.com"
    assert {"incoming_auth_username", "incoming_auth_password"} <= set(configuration)
    restored: Any = v0416.VoiceInTrunk.from_json(trunk.to_json())
    assert restored.configuration.is_loaded("incoming_auth_password")
    client.voice_in_trunks.update(trunk)
    body: Any = sim.requests[-1].body
    sent = body["data"]["attributes"]["configuration"]["attributes"]
    assert sent["host"] == "edited.example.com" and "incoming_auth_password" not in sent
