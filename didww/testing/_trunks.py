"""Voice trunks: server-generated SIP registration and outbound credentials, and their rotation."""

from __future__ import annotations

from typing import Any

from didww._catalog import ResourceInfo
from didww.testing import _errors as err
from didww.testing._context import Context
from didww.testing._flows import Flow, require_relationships, transient
from didww.testing._store import Record
from didww.testing._validation import Draft

CREDENTIALS = "credentials_and_ip"


def _attributes(value: Any, wire_type: str) -> dict[str, Any] | None:
    if isinstance(value, dict) and value.get("type") == wire_type:
        attributes = value.get("attributes")
        return attributes if isinstance(attributes, dict) else None
    return None


class VoiceInTrunkFlow(Flow):
    """SIP trunks with registration get incoming credentials from the server."""

    def written(self, ctx: Context, record: Record, draft: Draft) -> None:
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
