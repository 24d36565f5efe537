"""A model keeps each value it hands out in its own ``__dict__``, so that reading a field again is
a plain attribute lookup; writes still go through the field (checked, tracked or refused), and
what no field, relationship or property of the model is named is refused rather than kept.

These tests pin what that must not change: what is sent, what a save leaves, copies, pickles."""

from __future__ import annotations

import copy
import pickle
import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

import didww
from tests.support import Recorder, fixture
from tests.test_dirty_tracking import DID_ID, TRUNK_ID, echo, loaded_did, sent


def test_a_value_read_is_kept_on_the_model_and_read_again_without_the_field() -> None:
    did, _, _ = loaded_did()
    assert "created_at" not in vars(did)
    created = did.created_at
    assert vars(did)["created_at"] is created
    # The second read is a lookup in the model's __dict__: the same object, not decoded again.
    assert did.created_at is created


def test_an_unknown_name_is_refused_with_the_closest_field_and_nothing_is_set() -> None:
    did, client, recorder = loaded_did()
    with pytest.raises(didww.UnknownFieldError) as refused:
        did.descripton = "typo"  # type: ignore[attr-defined]
    assert isinstance(refused.value, didww.ClientError)
    assert isinstance(refused.value, AttributeError)
    assert str(refused.value) == "DID has no field 'descripton'; did you mean 'description'?"
    assert "descripton" not in vars(did) and not did.is_dirty()
    before = len(recorder.requests)
    client.dids.update(did)
    assert len(recorder.requests) == before  # nothing to send


def test_an_unknown_name_on_a_nested_object_is_refused() -> None:
    config = didww.SIPConfiguration(host="pbx.example")
    with pytest.raises(didww.UnknownFieldError, match=r"did you mean 'port'\?$"):
        config.prot = 5060  # type: ignore[attr-defined]
    assert "prot" not in vars(config)


@pytest.mark.parametrize("name", ["id", "resource_type", "TYPE", "is_dirty"])
def test_a_name_the_model_has_but_cannot_take_is_refused_by_name(name: str) -> None:
    did, _, _ = loaded_did()
    with pytest.raises(didww.ClientError, match=rf"^DID\.{name} cannot be assigned$"):
        setattr(did, name, "x")
    assert did.id == DID_ID and did.resource_type == "dids"


def test_a_read_only_field_read_before_stays_as_loaded_when_assignment_is_refused() -> None:
    did, _, _ = loaded_did()
    number = did.number
    with pytest.raises(didww.ClientError, match=r"^DID\.number is read-only$"):
        did.number = "1"  # type: ignore[assignment]
    assert did.number == number and not did.is_dirty()


def test_deleting_a_field_is_refused_after_a_read_too() -> None:
    did, _, _ = loaded_did()
    description = did.description
    with pytest.raises(didww.ClientError, match=r"assign None to send null"):
        del did.description
    with pytest.raises(didww.ClientError, match=r"it is read-only"):
        del did.number
    assert did.description == description


def test_an_assignment_after_a_read_is_read_back_and_sent() -> None:
    did, client, recorder = loaded_did()
    assert did.description == "office line"
    did.description = "front desk"
    assert did.description == "front desk"
    client.dids.update(did)
    assert sent(recorder)["attributes"] == {"description": "front desk"}


def test_a_save_replaces_the_values_read_before_it_with_the_answers() -> None:
    """A value kept from a read before the save must not outlive it: the model reads what the
    answer says (here someone else had changed the capacity limit meanwhile)."""

    def answer(request: httpx.Request) -> httpx.Response:
        doc = fixture("responses/did_with_includes.json")
        doc["data"]["attributes"]["capacity_limit"] = 99
        doc["data"]["attributes"]["description"] = "front desk"
        return httpx.Response(200, json=doc)

    recorder = Recorder().reply(200, fixture("responses/did_with_includes.json"))
    client = recorder.client()
    did = client.dids.find(DID_ID)
    assert did.capacity_limit == 10 and did.created_at is not None
    recorder.answer = answer
    did.description = "front desk"
    client.dids.update(did)
    assert did.capacity_limit == 99 and did.description == "front desk"
    assert not did.is_dirty()


def test_a_copy_and_its_original_keep_their_own_values_read_or_assigned() -> None:
    did, client, recorder = loaded_did()
    _ = did.description, did.capacity_limit
    other = copy.copy(did)
    other.description = "copy"
    did.capacity_limit = 3
    assert did.description == "office line" and other.capacity_limit == 10
    client.dids.update(other)
    assert sent(recorder)["attributes"] == {"description": "copy"}
    client.dids.update(did)
    assert sent(recorder)["attributes"] == {"capacity_limit": 3}


def test_a_pickled_model_keeps_its_values_and_its_changes() -> None:
    did, client, recorder = loaded_did()
    did.description = "kept"
    _ = did.created_at
    again: Any = pickle.loads(pickle.dumps(did))
    assert again.description == "kept" and again.created_at == did.created_at
    assert again.is_dirty()
    with pytest.raises(didww.UnknownFieldError):
        again.descripton = "typo"
    client.dids.update(again)
    assert sent(recorder)["attributes"] == {"description": "kept"}


def test_relationships_and_their_id_forms_are_still_assigned_through_their_descriptors() -> None:
    did, client, recorder = loaded_did()
    did.voice_in_trunk_id = TRUNK_ID
    assert did.voice_in_trunk is not None and did.voice_in_trunk.id == TRUNK_ID
    did.meta = {"note": "kept"}
    assert did.meta == {"note": "kept"}
    client.dids.update(did)
    assert sent(recorder)["relationships"]["voice_in_trunk"] == {
        "data": {"type": "voice_in_trunks", "id": TRUNK_ID}
    }


# -- to-one relationships, whose model is kept the same way ---------------------------------------


def test_an_included_model_is_on_the_model_as_soon_as_the_answer_is_decoded() -> None:
    did, _, _ = loaded_did()
    trunk = vars(did)["voice_in_trunk"]
    assert isinstance(trunk, didww.VoiceInTrunk) and trunk.id == TRUNK_ID
    assert did.voice_in_trunk is trunk
    # Linkage to a resource the answer did not include is worked out on first read, then kept.
    assert "order" not in vars(did)
    order = did.order
    assert order is not None and vars(did)["order"] is order and did.order is order


def test_an_assignment_replaces_the_model_read_before_and_clears_its_partner() -> None:
    did, client, recorder = loaded_did()
    assert did.voice_in_trunk is not None  # kept on the model since the answer was decoded
    group = didww.VoiceInTrunkGroup("g1")
    did.voice_in_trunk_group = group
    # voice_in_trunk excludes voice_in_trunk_group: assigning one clears the other.
    assert did.voice_in_trunk_group is group and did.voice_in_trunk is None
    assert did.voice_in_trunk_id is None
    did.voice_in_trunk_id = TRUNK_ID
    assert did.voice_in_trunk is not None and did.voice_in_trunk.id == TRUNK_ID
    assert did.voice_in_trunk_group is None
    client.dids.update(did)
    assert sent(recorder)["relationships"] == {
        "voice_in_trunk": {"data": {"type": "voice_in_trunks", "id": TRUNK_ID}},
        "voice_in_trunk_group": {"data": None},
    }


def test_a_save_replaces_the_related_model_read_before_with_the_answers() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        doc = fixture("responses/did_with_includes.json")
        doc["data"]["relationships"]["voice_in_trunk"]["data"] = None
        doc["data"]["relationships"]["voice_in_trunk_group"]["data"] = {
            "type": "voice_in_trunk_groups",
            "id": "g9",
        }
        return httpx.Response(200, json=doc)

    recorder = Recorder().reply(200, fixture("responses/did_with_includes.json"))
    client = recorder.client()
    did = client.dids.find(DID_ID)
    assert did.voice_in_trunk is not None
    recorder.answer = answer
    did.description = "moved"
    client.dids.update(did)
    assert did.voice_in_trunk is None
    assert did.voice_in_trunk_group is not None and did.voice_in_trunk_group.id == "g9"


def test_a_relationship_cannot_be_deleted_nor_a_read_only_one_assigned() -> None:
    did, _, _ = loaded_did()
    group = did.did_group
    with pytest.raises(didww.ClientError, match=r"^DID\.did_group is read-only$"):
        did.did_group = None  # type: ignore[assignment]
    with pytest.raises(didww.ClientError, match=r"^DID\.voice_in_trunk cannot be deleted"):
        del did.voice_in_trunk
    with pytest.raises(didww.ClientError, match=r"^DID\.did_group cannot be deleted"):
        del did.did_group
    assert did.did_group is group and did.voice_in_trunk is not None


def test_an_answer_cannot_put_a_model_under_a_name_that_is_no_to_one_relationship() -> None:
    """An answer naming a relationship like a method of the model, and linking it to an included
    resource, leaves the method alone: only declared to-one relationships are kept."""
    doc = fixture("responses/did_with_includes.json")
    linkage = {"data": {"type": "voice_in_trunks", "id": TRUNK_ID}}
    doc["data"]["relationships"].update({"is_dirty": linkage, "to_json": linkage})
    did = Recorder().reply(200, doc).client().dids.find(DID_ID)
    assert "is_dirty" not in vars(did) and "to_json" not in vars(did)
    assert did.is_dirty() is False and did.to_json()["id"] == DID_ID


# -- what Python's own tools see -------------------------------------------------------------------


def test_help_still_describes_every_field_and_relationship() -> None:
    import pydoc

    text = pydoc.render_doc(didww.DID, renderer=pydoc.TextDoc())
    assert "<read-only attribute DID.number>" in text
    assert "<writable to-one relationship DID.voice_in_trunk>" in text
    assert "The phone number as international E.164 digits" in text  # the field's own doc


@pytest.mark.parametrize("name", ["_description", "_values", "__dict_"])
def test_a_private_looking_name_is_refused_unless_it_is_the_models_own_state(name: str) -> None:
    did, _, _ = loaded_did()
    with pytest.raises(didww.ClientError) as refused:
        setattr(did, name, "x")
    assert isinstance(refused.value, AttributeError)
    assert name not in vars(did) and not did.is_dirty()


def test_assigning_what_the_model_cannot_take_is_still_an_attribute_error() -> None:
    did, _, _ = loaded_did()
    for name in ("id", "to_json", "TYPE"):
        with pytest.raises(AttributeError):
            setattr(did, name, "x")


class PickledNotedDID(didww.DID):
    """The class of ``slots_era_subclass.pickle``, made by the build that kept state in slots:
    a subclass of a user's, with an attribute of its own."""


def test_a_subclass_of_yours_pickled_before_keeps_its_own_attributes() -> None:
    with open(
        Path(__file__).parent / "fixtures" / "pickles" / "slots_era_subclass.pickle", "rb"
    ) as f:
        did = pickle.load(f)
    assert type(did) is PickledNotedDID
    assert did.note == "the user's own"  # type: ignore[attr-defined]
    assert did.description == "edited before the upgrade" and did.is_dirty()
    assert did.to_json()["attributes"] == {"description": "edited before the upgrade"}


def test_models_pickled_before_values_were_kept_this_way_load_with_their_edits() -> None:
    """A pickle made by the SDK when models kept their state in slots (a cache written before an
    upgrade) loads as the same models: the edits are there, and an update sends them."""
    with open(
        Path(__file__).parent / "fixtures" / "pickles" / "slots_era_models.pickle", "rb"
    ) as f:
        saved = pickle.load(f)
    did, trunk = saved["did"], saved["trunk"]
    assert did.description == "edited before the upgrade" and did.capacity_limit is None
    assert did.number == "16091609123456797" and did.is_dirty()
    assert trunk.configuration.port == 5070 and trunk.is_dirty()
    recorder = Recorder(echo)
    client = recorder.client()
    client.dids.update(did)
    assert sent(recorder)["attributes"] == {
        "description": "edited before the upgrade",
        "capacity_limit": None,
    }
    client.voice_in_trunks.update(trunk)
    assert sent(recorder)["attributes"]["configuration"]["attributes"]["port"] == 5070


def test_a_subclass_of_yours_can_keep_what_it_declares() -> None:
    class NotedDID(didww.DID):
        note: str

    did = NotedDID("d1", description="front desk")
    did.note = "kept here, never sent"
    assert did.note == "kept here, never sent" and did.description == "front desk"
    assert did.to_json() == {
        "type": "dids",
        "id": "d1",
        "attributes": {"description": "front desk"},
        "meta": {"didww_unsaved": {"attributes": ["description"]}},  # the field, not the note
    }


class TaggedDID(didww.DID):
    """A subclass as a user writes one: attributes of its own, set in ``__init__`` and through a
    property, declared nowhere."""

    def __init__(self, *args: Any, tag: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tag = tag

    @property
    def label(self) -> str:
        return str(self.__dict__.get("_label", ""))

    @label.setter
    def label(self, value: str) -> None:
        self._label = value


def test_a_subclass_of_yours_takes_attributes_of_its_own_as_any_class_does() -> None:
    did = TaggedDID("d1", tag="vip", description="front desk")
    did.label = "L"
    did.extra = 1  # type: ignore[attr-defined]  # mypy asks for it to be declared; Python does not
    assert (did.tag, did.label, did.extra) == ("vip", "L", 1)  # type: ignore[attr-defined]
    # They are the subclass's own: never sent, never dirty.
    attributes = {"description": "front desk"}
    unsaved = {"didww_unsaved": {"attributes": ["description"]}}
    assert did.to_json() == {"type": "dids", "id": "d1", "attributes": attributes, "meta": unsaved}
    # The fields and what the class defines are still checked.
    with pytest.raises(didww.ClientError, match=r"^TaggedDID\.number is read-only$"):
        did.number = "1"  # type: ignore[assignment]
    with pytest.raises(didww.ClientError, match="expected int"):
        did.capacity_limit = "ten"  # type: ignore[assignment]
    for name in ("is_dirty", "id", "TYPE"):
        with pytest.raises(didww.ClientError, match=rf"^TaggedDID\.{name} cannot be assigned$"):
            setattr(did, name, "x")
    assert callable(did.is_dirty) and did.id == "d1"


def test_the_sdks_own_classes_still_refuse_a_name_they_do_not_define() -> None:
    models: list[didww.DID | didww.SIPConfiguration] = [
        didww.DID("d1"),
        didww.SIPConfiguration(host="pbx.example"),
    ]
    for model in models:
        with pytest.raises(didww.UnknownFieldError):
            model.tag = "vip"  # type: ignore[union-attr]
        assert "tag" not in vars(model)


# -- a first read on one thread, an assignment on another -----------------------------------------


class _PausingDict(dict[str, Any]):
    """The model's ``_attrs`` or ``_rels``: the reader thread's lookup of ``key`` waits, after
    the raw value is fetched, until the test has made its assignment (the race made certain)."""

    def __init__(self, data: dict[str, Any], key: str) -> None:
        super().__init__(data)
        self.key = key
        self.fetched = threading.Event()
        self.go = threading.Event()

    def _pause(self, key: str) -> None:
        if key == self.key and threading.current_thread().name == "reader":
            self.fetched.set()
            assert self.go.wait(10)

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        self._pause(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = super().get(key, default)
        self._pause(key)
        return value


def _race(did: didww.DID, state: str, key: str, assign: Any) -> list[Any]:
    """Read ``key`` first on a thread, and call ``assign`` while that read holds the raw value;
    what the reader got."""
    pausing = _PausingDict(vars(did)[state], key)
    vars(did)[state] = pausing
    got: list[Any] = []
    reader = threading.Thread(target=lambda: got.append(getattr(did, key)), name="reader")
    reader.start()
    assert pausing.fetched.wait(10)
    assign()
    pausing.go.set()
    reader.join(10)
    return got


def test_an_assignment_made_during_a_first_read_on_another_thread_is_what_stays() -> None:
    did, client, recorder = loaded_did()
    assert "capacity_limit" not in vars(did)
    got = _race(did, "_attrs", "capacity_limit", lambda: setattr(did, "capacity_limit", 5))
    assert got == [5]  # the reader hands out what is on the model, not what it had decoded
    assert did.capacity_limit == 5
    client.dids.update(did)
    assert sent(recorder)["attributes"] == {"capacity_limit": 5}


def test_a_to_one_assigned_during_its_first_read_on_another_thread_is_what_stays() -> None:
    recorder = Recorder(echo).reply(200, fixture("responses/did_with_includes.json"))
    did = recorder.client().dids.find(DID_ID)
    vars(did).pop("voice_in_trunk")  # as after a save: worked out again on the next read
    group = didww.VoiceInTrunkGroup("g1")
    # voice_in_trunk excludes voice_in_trunk_group: the assignment clears the one being read.
    got = _race(did, "_rels", "voice_in_trunk", lambda: setattr(did, "voice_in_trunk_group", group))
    assert got == [None]
    assert did.voice_in_trunk is None and did.voice_in_trunk_id is None
    assert did.voice_in_trunk_group is group
