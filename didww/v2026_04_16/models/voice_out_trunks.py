# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `voice_out_trunks` resource."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from didww._codecs import BOOLEAN, DATETIME, DECIMAL, INTEGER, STRING, EnumCodec, ListCodec
from didww._conditions import Condition
from didww._fields import Attribute, ReadOnlyAttribute
from didww._resource import Resource, ToMany, ToManyIds, ToOne, ToOneId
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.enums import (
    DefaultDstAction,
    MediaEncryptionMode,
    OnCliMismatchAction,
    VoiceOutTrunkStatus,
)
from didww.v2026_04_16.objects import (
    AUTHENTICATION_METHOD_CODEC,
    AuthenticationMethod,
)

if TYPE_CHECKING:
    from didww.v2026_04_16.models.dids import DID

__all__ = ["VoiceOutTrunk"]


class VoiceOutTrunk(Resource, registry=REGISTRY):
    """An outbound voice trunk for sending calls through DIDWW, covering how your calls are
    authenticated, which caller IDs and destinations are allowed, media handling and a
    spending alert. The account needs an outbound plan to use these trunks. Setting `status`
    to `blocked` suspends all of its outgoing calls.

    While `allow_any_did_as_cli` is `True`, `dids` must be blank; while `emergency_enable_all`
    is `True`, `emergency_dids` must be blank: the SDK refuses a create that breaks this, and
    an update whose values sent break it.

    Resource meta (``model.meta``): `spent_amount`: Amount spent on the trunk so far during
    this billing period.
    """

    TYPE = "voice_out_trunks"
    _INCLUDES = frozenset({"dids", "emergency_dids"})
    _CONDITIONS = (
        Condition("allow_any_did_as_cli", True, refuse=("dids",)),
        Condition("emergency_enable_all", True, refuse=("emergency_dids",)),
    )

    name: Attribute[str] = Attribute(
        STRING,
        """Display name of the trunk. Required on create: the SDK refuses a create without it.""",
        required=True,
    )
    status: Attribute[VoiceOutTrunkStatus] = Attribute(
        EnumCodec(VoiceOutTrunkStatus, str),
        """Whether the trunk may place calls; switch it to `blocked` to suspend it.""",
    )
    external_reference_id: Attribute[str | None] = Attribute(
        STRING,
        """An identifier of your choosing for the trunk, for matching it with your own records.""",
        nullable=True,
    )
    capacity_limit: Attribute[int | None] = Attribute(
        INTEGER,
        """Cap on concurrent outbound calls; null means unlimited.""",
        nullable=True,
    )
    allow_any_did_as_cli: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, any DID on the account may be presented as caller ID, and DIDWW manages
        the `dids` relationship itself so it cannot be assigned.
        """,
    )
    on_cli_mismatch_action: Attribute[OnCliMismatchAction] = Attribute(
        EnumCodec(OnCliMismatchAction, str),
        """What happens to a call presenting a caller ID outside the permitted DIDs.""",
    )
    default_dst_action: Attribute[DefaultDstAction] = Attribute(
        EnumCodec(DefaultDstAction, str),
        """Whether destinations are allowed or rejected by default; `dst_prefixes` lists the
        exceptions.
        """,
    )
    dst_prefixes: Attribute[list[str]] = Attribute(
        ListCodec(STRING),
        """Destination prefixes that get the opposite treatment to `default_dst_action`.""",
    )
    media_encryption_mode: Attribute[MediaEncryptionMode] = Attribute(
        EnumCodec(MediaEncryptionMode, str),
        """Media encryption the trunk has to use.""",
    )
    allowed_rtp_ips: Attribute[list[str] | None] = Attribute(
        ListCodec(STRING),
        """Addresses media may come from; null places no restriction.""",
        nullable=True,
    )
    force_symmetric_rtp: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, media is sent back to the address it actually arrives from rather than the
        signalled one.
        """,
    )
    rtp_ping: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, RTP keep-alive packets are sent.""",
    )
    rtp_timeout: Attribute[int] = Attribute(
        INTEGER,
        """Seconds without any RTP after which the call is torn down.""",
    )
    threshold_amount: Attribute[Decimal] = Attribute(
        DECIMAL,
        """Spending level on the trunk at which a notification is sent.""",
    )
    callback_url: Attribute[str | None] = Attribute(
        STRING,
        """URL that DIDWW calls once spending reaches `threshold_amount`, or null.""",
        nullable=True,
    )
    emergency_enable_all: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, every DID on the account may make emergency calls, and `emergency_dids`
        cannot be assigned.
        """,
    )
    created_at: ReadOnlyAttribute[dt.datetime] = ReadOnlyAttribute(
        DATETIME,
        """Time the trunk was created. Read-only.""",
    )
    threshold_reached: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """Becomes true when the trunk's spending has gone past `threshold_amount`. Read-only.""",
    )
    authentication_method: Attribute[AuthenticationMethod] = Attribute(
        AUTHENTICATION_METHOD_CODEC,
        """How calls from the trunk are authenticated; replaced in full whenever it is sent. The
        `credentials_and_ip` variant comes back with a generated username and password.
        Required on create: the SDK refuses a create without it.
        """,
        required=True,
    )

    dids: ToMany[DID] = ToMany(
        "dids",
        ("dids",),
        """DIDs that may be used as caller ID; cannot be assigned while `allow_any_did_as_cli`
        is true.
        """,
    )
    did_ids: ToManyIds[DID] = ToManyIds(
        dids,
        """The ids of `dids`.""",
    )
    emergency_dids: ToMany[DID] = ToMany(
        "emergency_dids",
        ("dids",),
        """DIDs permitted to make emergency calls; cannot be assigned while
        `emergency_enable_all` is true.
        """,
    )
    emergency_did_ids: ToManyIds[DID] = ToManyIds(
        emergency_dids,
        """The ids of `emergency_dids`.""",
    )
    default_did: ToOne[DID] = ToOne(
        "default_did",
        ("dids",),
        """DID substituted as the caller ID if `on_cli_mismatch_action` equals `replace_cli`;
        accepted only on accounts with that feature enabled. Sent by the SDK, never returned
        by the API.
        """,
    )
    default_did_id: ToOneId[DID] = ToOneId(
        default_did,
        """The id of `default_did`. Sent by the SDK, never returned by the API.""",
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        name: str | NotGiven = NOT_GIVEN,
        status: VoiceOutTrunkStatus | NotGiven = NOT_GIVEN,
        external_reference_id: str | NotGiven | None = NOT_GIVEN,
        capacity_limit: int | NotGiven | None = NOT_GIVEN,
        allow_any_did_as_cli: bool | NotGiven = NOT_GIVEN,
        on_cli_mismatch_action: OnCliMismatchAction | NotGiven = NOT_GIVEN,
        default_dst_action: DefaultDstAction | NotGiven = NOT_GIVEN,
        dst_prefixes: list[str] | NotGiven = NOT_GIVEN,
        media_encryption_mode: MediaEncryptionMode | NotGiven = NOT_GIVEN,
        allowed_rtp_ips: list[str] | NotGiven | None = NOT_GIVEN,
        force_symmetric_rtp: bool | NotGiven = NOT_GIVEN,
        rtp_ping: bool | NotGiven = NOT_GIVEN,
        rtp_timeout: int | NotGiven = NOT_GIVEN,
        threshold_amount: Decimal | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven | None = NOT_GIVEN,
        emergency_enable_all: bool | NotGiven = NOT_GIVEN,
        authentication_method: AuthenticationMethod | NotGiven = NOT_GIVEN,
        dids: list[DID] | NotGiven = NOT_GIVEN,
        did_ids: list[str] | NotGiven = NOT_GIVEN,
        emergency_dids: list[DID] | NotGiven = NOT_GIVEN,
        emergency_did_ids: list[str] | NotGiven = NOT_GIVEN,
        default_did: DID | NotGiven | None = NOT_GIVEN,
        default_did_id: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "name": name,
                "status": status,
                "external_reference_id": external_reference_id,
                "capacity_limit": capacity_limit,
                "allow_any_did_as_cli": allow_any_did_as_cli,
                "on_cli_mismatch_action": on_cli_mismatch_action,
                "default_dst_action": default_dst_action,
                "dst_prefixes": dst_prefixes,
                "media_encryption_mode": media_encryption_mode,
                "allowed_rtp_ips": allowed_rtp_ips,
                "force_symmetric_rtp": force_symmetric_rtp,
                "rtp_ping": rtp_ping,
                "rtp_timeout": rtp_timeout,
                "threshold_amount": threshold_amount,
                "callback_url": callback_url,
                "emergency_enable_all": emergency_enable_all,
                "authentication_method": authentication_method,
                "dids": dids,
                "did_ids": did_ids,
                "emergency_dids": emergency_dids,
                "emergency_did_ids": emergency_did_ids,
                "default_did": default_did,
                "default_did_id": default_did_id,
            }
        )
