"""Voice trunks: server-generated SIP registration and outbound credentials, and their rotation."""

from __future__ import annotations

import json
from typing import Any

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._defaults import object_value
from didww.testing._flows import Flow, require_relationships, transient
from didww.testing._http import SimRequest
from didww.testing._store import Record
from didww.testing._validation import Draft, read_document

CREDENTIALS = "credentials_and_ip"

MISSING_CONFIGURATION_IS_BAD_REQUEST = frozenset({"2026-04-16", "2026-10-22"})
"""The API versions that answer 400, not 422, for an inbound trunk created without a
``configuration``.

Both documents list a missing ``configuration`` among the 400 answers of
``POST /voice_in_trunks`` (2026-04-16 apart from its 422 for a rejected trunk; 2026-10-22 with
the members the API does not accept). Missing is read as absent or ``null``: either way the
request names no configuration. One that is there but wrong
(no ``type``, an unknown one, a bad value inside) is a configuration the API rejects: still 422."""


ONE_NAME_SPACE = frozenset({"2026-10-22"})
"""The API versions whose document says inbound trunks and trunk groups share one name space:
no two of them, of either kind, may have the same ``name`` (2026-04-16's says nothing of it)."""

_NAME_SPACE = ("voice_in_trunks", "voice_in_trunk_groups")

CONFIGURATION_REPLACED = frozenset({"2026-04-16"})
"""The API versions whose document replaces an inbound trunk's whole ``configuration`` with the
one an update sends: the settings it leaves out go back to their defaults. (What the API
generates, such as SIP registration credentials, is its own and stays.) 2026-10-22's document
changes only the settings sent."""

ROUTED_OR_GROUPED_REFUSES_DELETE = frozenset({"2026-10-22"})
"""The API versions whose document refuses to delete inbound trunks and trunk groups in use.

2026-10-22 refuses, with 422, to delete a trunk while a DID is routed to it or while it is a
member of a trunk group; and to delete a trunk group while a DID is routed to the group or to one
of its trunks. A trunk group it does delete takes its trunks with it: they do not stay behind as
trunks of their own. Nothing is removed when refused. 2026-04-16 deletes them all: a DID routed
to a deleted trunk or group is left without a route, and the trunks of a deleted group stay,
outside any group."""

BLANK_CLI_FORMAT_IS_E164 = frozenset({"2026-10-22"})
"""The API versions whose document stores an inbound trunk's ``cli_format`` sent as null as
``e164``: the trunk reads back ``e164``, not null. 2026-04-16 says nothing of it and keeps null."""

REPEATED_PREFIX_STORED_ONCE = frozenset({"2026-10-22"})
"""The API versions whose document stores a voice OUT trunk's ``dst_prefixes`` with each prefix
once, however often a request repeats it (first occurrences, in order)."""

BLOCKING_CALLBACKS = frozenset({"2026-10-22"})
"""The API versions whose document has a voice OUT trunk's ``callback_url`` called when the trunk
is blocked or unblocked: a JSON array of events, POSTed. The simulator spends nothing, so only a
change made by hand (an update of ``status``) sends one; 2026-04-16's document describes no such
callback, and its simulator sends none."""


def _check_name_is_free(ctx: Context, record: Record) -> None:
    """A 422 when another inbound trunk or trunk group of the account has ``record``'s name."""
    if ctx.schema.api_version not in ONE_NAME_SPACE:
        return
    name = record.attributes.get("name")
    for type_ in _NAME_SPACE:
        for other in ctx.store.all(type_):
            if other is not record and other.attributes.get("name") == name:
                raise err.invalid(
                    "/data/attributes/name",
                    "name",
                    "has already been taken by another voice IN trunk or trunk group",
                )


def _start_afresh(ctx: Context, record: Record, draft: Draft, attribute: str, union: str) -> None:
    """Before an update's nested object ``attribute`` (of ``union``) is merged in, reset the
    stored one to the defaults of its kind, keeping only what the API generated (its read-only
    members): the settings the update leaves out are then the defaults, as on a create. The
    record is a working copy, so a refused update leaves the stored object as it was."""
    sent = draft.attributes.get(attribute)
    stored = record.attributes.get(attribute)
    if not isinstance(sent, dict) or not isinstance(stored, dict):
        return
    variant = ctx.schema.variants(union).get(str(stored.get("type")))
    if variant is None:
        return
    fresh = object_value(variant, {}, ctx.schema)
    kept = stored.get("attributes")
    if isinstance(fresh, dict) and isinstance(kept, dict):
        generated = {a.name for a in variant.attributes if a.access == "read_only"}
        fresh["attributes"].update({k: v for k, v in kept.items() if k in generated})
    record.attributes[attribute] = fresh


def _attributes(value: Any, wire_type: str) -> dict[str, Any] | None:
    if isinstance(value, dict) and value.get("type") == wire_type:
        attributes = value.get("attributes")
        return attributes if isinstance(attributes, dict) else None
    return None


def _names_configuration(body: bytes) -> bool:
    """Whether a create body (one that was read as a document) gives ``configuration`` a value."""
    try:
        data = json.loads(body).get("data", {})
        return data.get("attributes", {}).get("configuration") is not None
    except (ValueError, UnicodeDecodeError, RecursionError, AttributeError):
        return True  # not a document: its own refusal stands


def _missing_configuration() -> err.SimError:
    # The wording and code 106 of the API's other missing parameter, ``data``.
    return err.bad_request(
        "The required parameter, configuration, is missing.",
        err.PARAM_MISSING,
        title="Missing Parameter",
        pointer="/data/attributes/configuration",
    )


def _routed_dids(ctx: Context, relationship: str, target: Record) -> list[Record]:
    """The DIDs whose ``relationship`` (``voice_in_trunk`` or ``voice_in_trunk_group``) is
    ``target``."""
    return [d for d in ctx.store.all("dids") if d.relationships.get(relationship) == target.ref]


def _in_use(what: str, record: Record, reason: str) -> err.SimError:
    return err.unprocessable(
        f"{what} {record.id} can't be deleted: {reason}.", title=f"{what} in use"
    )


class VoiceInTrunkFlow(Flow):
    """SIP trunks with registration get incoming credentials from the server; a create without a
    configuration is a 400 (see :data:`MISSING_CONFIGURATION_IS_BAD_REQUEST`); an update keeps the
    configuration's kind (the spec's ``fixed_variant``, judged with the request document) and
    replaces or merges it as :data:`CONFIGURATION_REPLACED` says; a delete follows
    :data:`ROUTED_OR_GROUPED_REFUSES_DELETE`; a null ``cli_format`` is stored as
    :data:`BLANK_CLI_FORMAT_IS_E164` says."""

    def update(self, ctx: Context, record: Record, draft: Draft) -> None:
        if ctx.schema.api_version in CONFIGURATION_REPLACED:
            _start_afresh(ctx, record, draft, "configuration", "TrunkConfiguration")
        super().update(ctx, record, draft)

    def delete(self, ctx: Context, record: Record) -> None:
        if ctx.schema.api_version in ROUTED_OR_GROUPED_REFUSES_DELETE:
            if _routed_dids(ctx, "voice_in_trunk", record):
                raise _in_use("Voice IN trunk", record, "DIDs are routed to it")
            if ctx.store.one(record, "voice_in_trunk_group") is not None:
                raise _in_use("Voice IN trunk", record, "it belongs to a trunk group")
        super().delete(ctx, record)

    def create_from_request(
        self, ctx: Context, info: ResourceInfo, request: SimRequest
    ) -> Record | None:
        """The create is a JSON:API document, read here only to tell a missing configuration
        from the validation errors it would otherwise be among: a malformed body is refused
        before its values are validated, so the 400 wins over any 422 of the same body, and a
        400 of its own (an unreadable document, members not accepted) stands as it is."""
        if ctx.schema.api_version not in MISSING_CONFIGURATION_IS_BAD_REQUEST:
            return None
        try:
            draft = read_document(ctx.schema, ctx.store, info, request.body, url_id=None)
        except err.SimError as refusal:
            # A null configuration is refused by validation ("can't be blank"): also missing.
            if refusal.status == 422 and not _names_configuration(request.body):
                raise _missing_configuration() from None
            raise
        if draft.attributes.get("configuration") is None:
            raise _missing_configuration()
        return self.create(ctx, info, draft)

    def written(self, ctx: Context, record: Record, draft: Draft) -> None:
        _check_name_is_free(ctx, record)
        version = ctx.schema.api_version
        if version in BLANK_CLI_FORMAT_IS_E164 and record.attributes.get("cli_format") is None:
            record.attributes["cli_format"] = "e164"
        sip = _attributes(record.attributes.get("configuration"), "sip_configurations")
        if sip is None:
            return
        if sip.get("enabled_sip_registration"):
            if not sip.get("incoming_auth_username"):
                sip["incoming_auth_username"] = f"in{ctx.ids.secret(10)}"
                sip["incoming_auth_password"] = ctx.ids.secret(16)
        else:
            sip["incoming_auth_username"] = None
            sip["incoming_auth_password"] = None


class VoiceInTrunkGroupFlow(Flow):
    """Trunk groups share the name space of inbound trunks (see :data:`ONE_NAME_SPACE`); a delete
    follows :data:`ROUTED_OR_GROUPED_REFUSES_DELETE`."""

    def written(self, ctx: Context, record: Record, draft: Draft) -> None:
        _check_name_is_free(ctx, record)

    def delete(self, ctx: Context, record: Record) -> None:
        if ctx.schema.api_version not in ROUTED_OR_GROUPED_REFUSES_DELETE:
            super().delete(ctx, record)
            return
        trunks = ctx.store.related(record, "voice_in_trunks")
        if _routed_dids(ctx, "voice_in_trunk_group", record) or any(
            _routed_dids(ctx, "voice_in_trunk", t) for t in trunks
        ):
            raise _in_use(
                "Voice IN trunk group", record, "DIDs are routed to it or to one of its trunks"
            )
        for trunk in trunks:
            ctx.store.remove(trunk)
        super().delete(ctx, record)


def issue_credentials(ctx: Context, trunk: Record, *, rotate: bool = False) -> bool:
    """Give a credentials-authenticated trunk a username and password; False for other methods."""
    credentials = _attributes(trunk.attributes.get("authentication_method"), CREDENTIALS)
    if credentials is None:
        return False
    if rotate or not credentials.get("username"):
        credentials["username"] = f"out{ctx.ids.secret(10)}"
        credentials["password"] = ctx.ids.secret(16)
    return True


class VoiceOutTrunkFlow(Flow):
    """``credentials_and_ip`` trunks come back with a generated username and password (lists of
    DIDs a flag already covers are refused by the resource's conditions in the spec); a repeated
    destination prefix is stored as :data:`REPEATED_PREFIX_STORED_ONCE` says; an
    ``authentication_method`` sent on update replaces the stored one in full, as both documents
    say (what the API generated, the ``credentials_and_ip`` login, stays)."""

    def update(self, ctx: Context, record: Record, draft: Draft) -> None:
        before = record.attributes.get("status")
        _start_afresh(ctx, record, draft, "authentication_method", "AuthenticationMethod")
        super().update(ctx, record, draft)
        status = record.attributes.get("status")
        if ctx.schema.api_version in BLOCKING_CALLBACKS and status != before:
            # Queued now, sent once the request is answered (dropped if it fails after this).
            ctx.notify_json(
                record,
                {
                    "id": record.id,
                    "type": record.type,
                    "status": str(status),
                    # Whether the spending threshold blocked it: never, for a change by hand.
                    "threshold_reached": False,
                    "created_at": ctx.iso(),
                },
            )

    def written(self, ctx: Context, record: Record, draft: Draft) -> None:
        prefixes = record.attributes.get("dst_prefixes")
        if ctx.schema.api_version in REPEATED_PREFIX_STORED_ONCE and isinstance(prefixes, list):
            record.attributes["dst_prefixes"] = list(dict.fromkeys(prefixes))
        issue_credentials(ctx, record)


class RegenerateCredentialsFlow(Flow):
    """Rotating the credentials of an outbound trunk (answered, not stored)."""

    def create(self, ctx: Context, info: ResourceInfo, draft: Draft) -> Record:
        require_relationships(draft, "voice_out_trunk")
        trunk = ctx.store.deref(draft.relationships["voice_out_trunk"])
        if trunk is None or not issue_credentials(ctx, trunk, rotate=True):
            raise err.invalid(
                "/data/relationships/voice_out_trunk",
                "voice_out_trunk",
                f"only trunks authenticated with {CREDENTIALS} have credentials to regenerate",
            )
        return transient(ctx, info.type)
