"""Voice trunks: server-generated SIP registration and outbound credentials, and their rotation."""

from __future__ import annotations

import json
from typing import Any

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
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


class VoiceInTrunkFlow(Flow):
    """SIP trunks with registration get incoming credentials from the server; a create without a
    configuration is a 400 (see :data:`MISSING_CONFIGURATION_IS_BAD_REQUEST`)."""

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
    """Trunk groups share the name space of inbound trunks (see :data:`ONE_NAME_SPACE`)."""

    def written(self, ctx: Context, record: Record, draft: Draft) -> None:
        _check_name_is_free(ctx, record)


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
    """``credentials_and_ip`` trunks come back with a generated username and password."""

    def written(self, ctx: Context, record: Record, draft: Draft) -> None:
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
