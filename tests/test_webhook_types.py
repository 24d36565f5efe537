"""``didww.webhooks`` gives a typed event for exactly the resources whose spec says
``callbacks: true``, in every API version.

``webhooks`` keeps its own dispatch on ``type`` (it exposes no set of types), so the set it
dispatches is found by parsing a signed callback of every resource type the specs know: a type
it does not dispatch comes back as a ``GenericCallback``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from didww import webhooks
from generator import model as m
from generator.loader import load_versions

SPEC = Path(__file__).resolve().parents[1] / "spec"
URL = "https://example.test/callbacks?token=1"
SECRET = "secret"

SPECS, _ = load_versions(SPEC)


def _event(type_: str) -> webhooks.CallbackEvent:
    payload = {"id": "1", "type": type_, "status": "completed"}
    signature = webhooks.RequestValidator(SECRET).signature(URL, payload)
    return webhooks.parse(payload, url=URL, signature=signature, secret=SECRET)


def _dispatched() -> set[str]:
    """The types, among every resource type of every version, with an event class of their own."""
    known = {r.type for spec in SPECS for r in spec.resources}
    return {t for t in known if not isinstance(_event(t), webhooks.GenericCallback)}


@pytest.mark.parametrize("spec", SPECS, ids=[s.api.version for s in SPECS])
def test_webhooks_dispatch_the_types_the_spec_says_call_back(spec: m.Spec) -> None:
    assert _dispatched() == {r.type for r in spec.resources if r.callbacks}


def test_an_unknown_type_is_generic() -> None:
    event = _event("not_a_resource")
    assert isinstance(event, webhooks.GenericCallback)
    assert (event.type, event.status) == ("not_a_resource", "completed")
