# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Nested objects carried inside resource attributes, and the unions they form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, TypeAlias

from didww._codecs import (
    BOOLEAN,
    DATE,
    DECIMAL,
    ID,
    INTEGER,
    JSON_OBJECT,
    JSON_VALUE,
    STRING,
    EnumCodec,
    Limited,
    ListCodec,
    ObjectCodec,
)
from didww._conditions import Bound, Condition, Group
from didww._fields import Attribute, CreateOnlyAttribute, ReadOnlyAttribute
from didww._nested import GenericNestedObject, NestedObject
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_10_22.enums import (
    Codec,
    DiversionInjectMode,
    DiversionRelayPolicy,
    MediaEncryptionMode,
    NetworkProtocolPriority,
    ReroutingDisconnectCode,
    RxDtmfFormat,
    SmsBodyType,
    SmsHttpMethod,
    SstRefreshMethod,
    StirShakenMode,
    TransportProtocol,
    TxDtmfFormat,
)

__all__ = [
    "AuthenticationMethod",
    "CapacityOrderItem",
    "CredentialsAndIPAuthentication",
    "DIDOrderItem",
    "EmergencyOrderItem",
    "GenericAuthentication",
    "GenericConfiguration",
    "GenericOrderItem",
    "GenericSmsConfiguration",
    "IPOnlyAuthentication",
    "OrderItem",
    "PSTNConfiguration",
    "SIPConfiguration",
    "SmsHttpInConfiguration",
    "SmsHttpOutConfiguration",
    "SmsSmppEsmeConfiguration",
    "SmsSmppSmscConfiguration",
    "SmsToEmailConfiguration",
    "SmsTrunkConfiguration",
    "TrunkConfiguration",
    "TwilioAuthentication",
    "UnknownOrderItem",
]


class SIPConfiguration(NestedObject):
    """Trunk configuration that delivers calls over SIP, either to a fixed host or to an endpoint
    that registers with DIDWW.
    """

    WIRE_TYPE = "sip_configurations"
    _RULES = (
        ("enabled_sip_registration", True, True, {"host": None, "port": None}),
        ("enabled_sip_registration", True, False, {"use_did_in_ruri": False}),
        ("host", False, None, {"enabled_sip_registration": False, "use_did_in_ruri": False}),
    )
    _CONDITIONS = (
        Condition("enabled_sip_registration", False, require=("host",)),
        Condition("enabled_sip_registration", True, refuse=("host", "port")),
        Condition("enabled_sip_registration", False, refuse=("use_did_in_ruri",)),
        Condition("auth_enabled", True, require=("auth_user", "auth_password")),
        Condition("auth_enabled", False, refuse=("auth_user", "auth_password")),
        Condition("sst_enabled", True, require=("sst_min_timer", "sst_max_timer")),
        Bound("sst_max_timer", at_least="sst_min_timer"),
        Bound("sst_session_expires", at_least="sst_min_timer", at_most="sst_max_timer"),
        Bound("dns_srv_failover_timer", at_most="sip_timer_b"),
    )

    host: Attribute[str | None] = Attribute(
        STRING,
        """Host name or IP address calls are sent to; needed while SIP registration is off and
        refused while it is on, since a registering endpoint has no fixed host.
        """,
        nullable=True,
    )
    port: Attribute[int | None] = Attribute(
        Limited(INTEGER, minimum=1, maximum=65535),
        """SIP port on the host; must be null when SIP registration is enabled. Takes 1 to
        65535: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    username: Attribute[str | None] = Attribute(
        Limited(STRING, pattern="^[^\\s@]*$"),
        """User portion of the request URI, without whitespace or `@`. Takes text matching
        `^[^\\s@]*$`: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    transport_protocol_id: Attribute[TransportProtocol] = Attribute(
        EnumCodec(TransportProtocol, int),
        """Transport used for SIP signalling (UDP, TCP or TLS).""",
    )
    network_protocol_priority: Attribute[NetworkProtocolPriority] = Attribute(
        EnumCodec(NetworkProtocolPriority, str),
        """Which IP version to prefer or insist on when the host name is resolved.""",
    )
    resolve_ruri: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, the host in the request URI is resolved before the call is sent.""",
    )
    use_did_in_ruri: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, the DID number is used as the user portion of the request URI; works only
        with SIP registration.
        """,
    )
    codec_ids: Attribute[list[Codec]] = Attribute(
        Limited(ListCodec(EnumCodec(Codec, int)), min_items=1, unique_items=True),
        """Codecs offered to the endpoint, most preferred first. Takes a list of at least 1
        member, each once: the SDK refuses another value when it is assigned.
        """,
    )
    rx_dtmf_format_id: Attribute[RxDtmfFormat] = Attribute(
        EnumCodec(RxDtmfFormat, int),
        """How DTMF digits are received from the endpoint.""",
    )
    tx_dtmf_format_id: Attribute[TxDtmfFormat] = Attribute(
        EnumCodec(TxDtmfFormat, int),
        """How DTMF digits are sent to the endpoint.""",
    )
    auth_enabled: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, DIDWW authenticates itself to the host with the `auth_*` credentials.""",
    )
    auth_user: Attribute[str | None] = Attribute(
        STRING,
        """Username DIDWW presents to the host; needed while `auth_enabled` is true and refused
        while it is false.
        """,
        nullable=True,
    )
    auth_password: Attribute[str | None] = Attribute(
        STRING,
        """Password DIDWW presents to the host; needed while `auth_enabled` is true and refused
        while it is false.
        """,
        sensitive=True,
        nullable=True,
    )
    auth_from_user: Attribute[str | None] = Attribute(
        STRING,
        """User part of the From header used when authenticating, or null.""",
        nullable=True,
    )
    auth_from_domain: Attribute[str | None] = Attribute(
        STRING,
        """Domain of the From header used when authenticating, or null.""",
        nullable=True,
    )
    enabled_sip_registration: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, the endpoint registers with DIDWW instead of being reached at a fixed
        host, and registration credentials are generated for it.
        """,
    )
    incoming_auth_username: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """Username generated for SIP registration; read-only. Read-only.""",
        sensitive=True,
        nullable=True,
    )
    incoming_auth_password: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """Password generated for SIP registration; read-only. Read-only.""",
        sensitive=True,
        nullable=True,
    )
    sst_enabled: Attribute[bool] = Attribute(
        BOOLEAN,
        """Turns SIP session timers on or off.""",
    )
    sst_min_timer: Attribute[int | None] = Attribute(
        Limited(INTEGER, minimum=1),
        """Shortest session timer interval accepted; needed while session timers are on. Takes
        at least 1: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    sst_max_timer: Attribute[int | None] = Attribute(
        INTEGER,
        """Longest session timer interval accepted, not below `sst_min_timer`; needed while
        session timers are on.
        """,
        nullable=True,
    )
    sst_session_expires: Attribute[int | None] = Attribute(
        INTEGER,
        """Session interval requested for the call, between `sst_min_timer` and `sst_max_timer`,
        or null.
        """,
        nullable=True,
    )
    sst_refresh_method_id: Attribute[SstRefreshMethod] = Attribute(
        EnumCodec(SstRefreshMethod, int),
        """SIP method used to refresh the session.""",
    )
    sst_accept_501: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, a 501 answer to a session refresh counts as success.""",
    )
    sip_timer_b: Attribute[int] = Attribute(
        Limited(INTEGER, minimum=1000, maximum=64000),
        """Time limit for an INVITE transaction in milliseconds. Takes 1000 to 64000: the SDK
        refuses another value when it is assigned.
        """,
    )
    dns_srv_failover_timer: Attribute[int | None] = Attribute(
        Limited(INTEGER, minimum=1),
        """Time in milliseconds before the next DNS SRV target is tried, at most `sip_timer_b`,
        or null. Takes at least 1: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    rtp_ping: Attribute[bool | None] = Attribute(
        BOOLEAN,
        """Whether RTP keep-alive packets are sent; may be null.""",
        nullable=True,
    )
    rtp_timeout: Attribute[int] = Attribute(
        Limited(INTEGER, minimum=5, maximum=600),
        """Seconds without any RTP after which the call is torn down. Takes 5 to 600: the SDK
        refuses another value when it is assigned.
        """,
    )
    force_symmetric_rtp: Attribute[bool | None] = Attribute(
        BOOLEAN,
        """Whether media is sent back to the address it actually arrives from rather than the
        signalled one; may be null.
        """,
        nullable=True,
    )
    symmetric_rtp_ignore_rtcp: Attribute[bool | None] = Attribute(
        BOOLEAN,
        """Whether RTCP packets are left out when learning the remote address for symmetric RTP,
        or null.
        """,
        nullable=True,
    )
    allowed_rtp_ips: Attribute[list[str] | None] = Attribute(
        Limited(ListCodec(STRING), max_items=10, unique_items=True),
        """Addresses media may come from; null places no restriction. Takes a list of at most 10
        members, each once: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    media_encryption_mode: Attribute[MediaEncryptionMode] = Attribute(
        EnumCodec(MediaEncryptionMode, str),
        """Encryption mode used for media towards the endpoint.""",
    )
    stir_shaken_mode: Attribute[StirShakenMode] = Attribute(
        EnumCodec(StirShakenMode, str),
        """Way STIR/SHAKEN attestation results are conveyed to the endpoint.""",
    )
    diversion_relay_policy: Attribute[DiversionRelayPolicy] = Attribute(
        EnumCodec(DiversionRelayPolicy, str),
        """How a Diversion header on the incoming call is passed on.""",
    )
    diversion_inject_mode: Attribute[DiversionInjectMode] = Attribute(
        EnumCodec(DiversionInjectMode, str),
        """Whether DIDWW inserts its own Diversion header carrying the DID number.""",
    )
    cnam_lookup: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, the caller's name is looked up and delivered with the call.""",
    )
    max_transfers: Attribute[int] = Attribute(
        Limited(INTEGER, minimum=0, maximum=8),
        """Most SIP REFER transfers allowed on a call. Takes 0 to 8: the SDK refuses another
        value when it is assigned.
        """,
    )
    max_30x_redirects: Attribute[int] = Attribute(
        Limited(INTEGER, minimum=0, maximum=8),
        """Most 3xx redirects that are followed. Takes 0 to 8: the SDK refuses another value
        when it is assigned.
        """,
    )
    rerouting_disconnect_code_ids: Attribute[list[ReroutingDisconnectCode] | None] = Attribute(
        Limited(ListCodec(EnumCodec(ReroutingDisconnectCode, int)), unique_items=True),
        """Disconnect codes that make DIDWW try the next trunk, given as DIDWW's own ids rather
        than SIP status codes, or null. Takes a list holding each member once: the SDK
        refuses another value when it is assigned.
        """,
        nullable=True,
    )

    def __init__(
        self,
        *,
        host: str | NotGiven | None = NOT_GIVEN,
        port: int | NotGiven | None = NOT_GIVEN,
        username: str | NotGiven | None = NOT_GIVEN,
        transport_protocol_id: TransportProtocol | NotGiven = NOT_GIVEN,
        network_protocol_priority: NetworkProtocolPriority | NotGiven = NOT_GIVEN,
        resolve_ruri: bool | NotGiven = NOT_GIVEN,
        use_did_in_ruri: bool | NotGiven = NOT_GIVEN,
        codec_ids: list[Codec] | NotGiven = NOT_GIVEN,
        rx_dtmf_format_id: RxDtmfFormat | NotGiven = NOT_GIVEN,
        tx_dtmf_format_id: TxDtmfFormat | NotGiven = NOT_GIVEN,
        auth_enabled: bool | NotGiven = NOT_GIVEN,
        auth_user: str | NotGiven | None = NOT_GIVEN,
        auth_password: str | NotGiven | None = NOT_GIVEN,
        auth_from_user: str | NotGiven | None = NOT_GIVEN,
        auth_from_domain: str | NotGiven | None = NOT_GIVEN,
        enabled_sip_registration: bool | NotGiven = NOT_GIVEN,
        sst_enabled: bool | NotGiven = NOT_GIVEN,
        sst_min_timer: int | NotGiven | None = NOT_GIVEN,
        sst_max_timer: int | NotGiven | None = NOT_GIVEN,
        sst_session_expires: int | NotGiven | None = NOT_GIVEN,
        sst_refresh_method_id: SstRefreshMethod | NotGiven = NOT_GIVEN,
        sst_accept_501: bool | NotGiven = NOT_GIVEN,
        sip_timer_b: int | NotGiven = NOT_GIVEN,
        dns_srv_failover_timer: int | NotGiven | None = NOT_GIVEN,
        rtp_ping: bool | NotGiven | None = NOT_GIVEN,
        rtp_timeout: int | NotGiven = NOT_GIVEN,
        force_symmetric_rtp: bool | NotGiven | None = NOT_GIVEN,
        symmetric_rtp_ignore_rtcp: bool | NotGiven | None = NOT_GIVEN,
        allowed_rtp_ips: list[str] | NotGiven | None = NOT_GIVEN,
        media_encryption_mode: MediaEncryptionMode | NotGiven = NOT_GIVEN,
        stir_shaken_mode: StirShakenMode | NotGiven = NOT_GIVEN,
        diversion_relay_policy: DiversionRelayPolicy | NotGiven = NOT_GIVEN,
        diversion_inject_mode: DiversionInjectMode | NotGiven = NOT_GIVEN,
        cnam_lookup: bool | NotGiven = NOT_GIVEN,
        max_transfers: int | NotGiven = NOT_GIVEN,
        max_30x_redirects: int | NotGiven = NOT_GIVEN,
        rerouting_disconnect_code_ids: list[ReroutingDisconnectCode] | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "host": host,
                "port": port,
                "username": username,
                "transport_protocol_id": transport_protocol_id,
                "network_protocol_priority": network_protocol_priority,
                "resolve_ruri": resolve_ruri,
                "use_did_in_ruri": use_did_in_ruri,
                "codec_ids": codec_ids,
                "rx_dtmf_format_id": rx_dtmf_format_id,
                "tx_dtmf_format_id": tx_dtmf_format_id,
                "auth_enabled": auth_enabled,
                "auth_user": auth_user,
                "auth_password": auth_password,
                "auth_from_user": auth_from_user,
                "auth_from_domain": auth_from_domain,
                "enabled_sip_registration": enabled_sip_registration,
                "sst_enabled": sst_enabled,
                "sst_min_timer": sst_min_timer,
                "sst_max_timer": sst_max_timer,
                "sst_session_expires": sst_session_expires,
                "sst_refresh_method_id": sst_refresh_method_id,
                "sst_accept_501": sst_accept_501,
                "sip_timer_b": sip_timer_b,
                "dns_srv_failover_timer": dns_srv_failover_timer,
                "rtp_ping": rtp_ping,
                "rtp_timeout": rtp_timeout,
                "force_symmetric_rtp": force_symmetric_rtp,
                "symmetric_rtp_ignore_rtcp": symmetric_rtp_ignore_rtcp,
                "allowed_rtp_ips": allowed_rtp_ips,
                "media_encryption_mode": media_encryption_mode,
                "stir_shaken_mode": stir_shaken_mode,
                "diversion_relay_policy": diversion_relay_policy,
                "diversion_inject_mode": diversion_inject_mode,
                "cnam_lookup": cnam_lookup,
                "max_transfers": max_transfers,
                "max_30x_redirects": max_30x_redirects,
                "rerouting_disconnect_code_ids": rerouting_disconnect_code_ids,
            }
        )


SIP_CONFIGURATION_CODEC = ObjectCodec({"sip_configurations": SIPConfiguration}, None)


class PSTNConfiguration(NestedObject):
    """Trunk configuration that forwards calls to an ordinary phone number."""

    WIRE_TYPE = "pstn_configurations"

    dst: Attribute[str] = Attribute(
        Limited(STRING, max_length=15),
        """Phone number that receives the forwarded calls, as E.164 digits with no `+` in front.
        Takes at most 15 characters: the SDK refuses another value when it is assigned.
        Required: the SDK refuses to send the object without it.
        """,
        required=True,
    )

    def __init__(
        self,
        *,
        dst: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "dst": dst,
            }
        )


PSTN_CONFIGURATION_CODEC = ObjectCodec({"pstn_configurations": PSTNConfiguration}, None)


class DIDOrderItem(NestedObject):
    """Order item for phone numbers purchased from a stock keeping unit (SKU). When ordering,
    send `sku_id` and no more than one of `qty`, `did_reservation_id` and `available_did_id`;
    with none of the three, a single number is bought.
    """

    WIRE_TYPE = "did_order_items"
    _CONDITIONS = (Group("at_most_one", ("qty", "did_reservation_id", "available_did_id")),)

    qty: CreateOnlyAttribute[int] = CreateOnlyAttribute(
        Limited(INTEGER, minimum=1, maximum=1000),
        """Number of numbers ordered. Can only be set when creating. Takes 1 to 1000: the SDK
        refuses another value when it is assigned.
        """,
    )
    nrc: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """One-time setup charge, VAT included. Read-only.""",
    )
    mrc: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Charge repeated every month, VAT included. Read-only.""",
    )
    prorated_mrc: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """True when the monthly charge was cut down to cover only the rest of the billing
        period. Read-only.
        """,
    )
    billed_from: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """First day covered by the charge; null while the item is not yet fulfilled. Read-only.""",
        nullable=True,
    )
    billed_to: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """Last day covered by the charge; null while the item is not yet fulfilled. Read-only.""",
        nullable=True,
    )
    did_group_id: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        ID,
        """Id of the DID group the numbers were taken from, or null. Read-only.""",
        nullable=True,
    )
    setup_price: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Deprecated old name for `nrc`, kept for compatibility. Read-only.""",
    )
    monthly_price: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Deprecated old name for `mrc`, kept for compatibility. Read-only.""",
    )
    sku_id: CreateOnlyAttribute[str] = CreateOnlyAttribute(
        ID,
        """Id of the SKU the numbers are purchased from. Can only be set when creating. Sent by
        the SDK, never returned by the API. Required: the SDK refuses to send the object
        without it.
        """,
        write_only=True,
        required=True,
    )
    did_reservation_id: CreateOnlyAttribute[str] = CreateOnlyAttribute(
        ID,
        """Id of a reservation whose held number is to be bought. Can only be set when creating.
        Sent by the SDK, never returned by the API.
        """,
        write_only=True,
    )
    available_did_id: CreateOnlyAttribute[str] = CreateOnlyAttribute(
        ID,
        """Id of one particular available number to buy. Can only be set when creating. Sent by
        the SDK, never returned by the API.
        """,
        write_only=True,
    )
    nanpa_prefix_id: CreateOnlyAttribute[str] = CreateOnlyAttribute(
        ID,
        """Id of a NANPA prefix the numbers must belong to. Can only be set when creating. Sent
        by the SDK, never returned by the API.
        """,
        write_only=True,
    )
    billing_cycles_count: CreateOnlyAttribute[int] = CreateOnlyAttribute(
        Limited(INTEGER, minimum=0, maximum=999),
        """How many billing cycles the numbers are kept before release; leave it unset for
        renewal with no end. Can only be set when creating. Sent by the SDK, never returned
        by the API. Takes 0 to 999: the SDK refuses another value when it is assigned.
        """,
        write_only=True,
    )

    def __init__(
        self,
        *,
        qty: int | NotGiven = NOT_GIVEN,
        sku_id: str | NotGiven = NOT_GIVEN,
        did_reservation_id: str | NotGiven = NOT_GIVEN,
        available_did_id: str | NotGiven = NOT_GIVEN,
        nanpa_prefix_id: str | NotGiven = NOT_GIVEN,
        billing_cycles_count: int | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "qty": qty,
                "sku_id": sku_id,
                "did_reservation_id": did_reservation_id,
                "available_did_id": available_did_id,
                "nanpa_prefix_id": nanpa_prefix_id,
                "billing_cycles_count": billing_cycles_count,
            }
        )


DID_ORDER_ITEM_CODEC = ObjectCodec({"did_order_items": DIDOrderItem}, None)


class CapacityOrderItem(NestedObject):
    """Order item for channels added to a capacity pool. Without `qty` one channel is bought,
    subject to the pool's smallest order.
    """

    WIRE_TYPE = "capacity_order_items"

    qty: CreateOnlyAttribute[int] = CreateOnlyAttribute(
        Limited(INTEGER, minimum=1, maximum=10000),
        """Number of channels ordered. Can only be set when creating. Takes 1 to 10000: the SDK
        refuses another value when it is assigned.
        """,
    )
    nrc: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """One-time setup charge, VAT included. Read-only.""",
    )
    mrc: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Charge repeated every month, VAT included. Read-only.""",
    )
    prorated_mrc: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """True when the monthly charge was cut down to cover only the rest of the billing
        period. Read-only.
        """,
    )
    billed_from: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """First day covered by the charge; null while the item is not yet fulfilled. Read-only.""",
        nullable=True,
    )
    billed_to: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """Last day covered by the charge; null while the item is not yet fulfilled. Read-only.""",
        nullable=True,
    )
    capacity_pool_id: CreateOnlyAttribute[str | None] = CreateOnlyAttribute(
        ID,
        """Id of the capacity pool that receives the channels. Can only be set when creating.
        Required: the SDK refuses to send the object without it. Never sent as null:
        assigning None raises ClientError.
        """,
        null_in_answers=True,
        required=True,
    )

    def __init__(
        self,
        *,
        qty: int | NotGiven = NOT_GIVEN,
        capacity_pool_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "qty": qty,
                "capacity_pool_id": capacity_pool_id,
            }
        )


CAPACITY_ORDER_ITEM_CODEC = ObjectCodec({"capacity_order_items": CapacityOrderItem}, None)


class EmergencyOrderItem(NestedObject):
    """Order item that subscribes to an emergency calling service, switching emergency calling on
    for its DIDs. When ordering, send `emergency_calling_service_id` and `qty` (one
    subscription).
    """

    WIRE_TYPE = "emergency_order_items"

    qty: CreateOnlyAttribute[int] = CreateOnlyAttribute(
        INTEGER,
        """Number of subscriptions ordered; one per service. Can only be set when creating.""",
    )
    nrc: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """One-time setup charge, VAT included. Read-only.""",
    )
    mrc: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Charge repeated every month, VAT included. Read-only.""",
    )
    prorated_mrc: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """True when the monthly charge was cut down to cover only the rest of the billing
        period. Read-only.
        """,
    )
    billed_from: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """First day covered by the charge; null while the item is not yet fulfilled. Read-only.""",
        nullable=True,
    )
    billed_to: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """Last day covered by the charge; null while the item is not yet fulfilled. Read-only.""",
        nullable=True,
    )
    emergency_calling_service_id: CreateOnlyAttribute[str | None] = CreateOnlyAttribute(
        ID,
        """Id of the emergency calling service the item subscribes to (one that an emergency
        verification set up). Can only be set when creating. Required: the SDK refuses to
        send the object without it. Never sent as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
        required=True,
    )

    def __init__(
        self,
        *,
        qty: int | NotGiven = NOT_GIVEN,
        emergency_calling_service_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "qty": qty,
                "emergency_calling_service_id": emergency_calling_service_id,
            }
        )


EMERGENCY_ORDER_ITEM_CODEC = ObjectCodec({"emergency_order_items": EmergencyOrderItem}, None)


class GenericOrderItem(NestedObject):
    """Order item, only ever returned by the API, for any charge that has no item type of its
    own. Read-only: the API does not accept it.
    """

    WIRE_TYPE = "generic_order_items"
    READ_ONLY = True

    qty: ReadOnlyAttribute[int] = ReadOnlyAttribute(
        INTEGER,
        """Number of units ordered. Read-only.""",
    )
    nrc: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """One-time setup charge, VAT included. Read-only.""",
    )
    mrc: ReadOnlyAttribute[Decimal] = ReadOnlyAttribute(
        DECIMAL,
        """Charge repeated every month, VAT included. Read-only.""",
    )
    prorated_mrc: ReadOnlyAttribute[bool] = ReadOnlyAttribute(
        BOOLEAN,
        """True when the monthly charge was cut down to cover only the rest of the billing
        period. Read-only.
        """,
    )
    billed_from: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """First day covered by the charge; null while the item is not yet fulfilled. Read-only.""",
        nullable=True,
    )
    billed_to: ReadOnlyAttribute[dt.date | None] = ReadOnlyAttribute(
        DATE,
        """Last day covered by the charge; null while the item is not yet fulfilled. Read-only.""",
        nullable=True,
    )


GENERIC_ORDER_ITEM_CODEC = ObjectCodec({"generic_order_items": GenericOrderItem}, None)


class CredentialsAndIPAuthentication(NestedObject):
    """Authentication by a SIP username and password that DIDWW generates, combined with a list
    of permitted source addresses.
    """

    WIRE_TYPE = "credentials_and_ip"

    allowed_sip_ips: Attribute[list[str]] = Attribute(
        Limited(ListCodec(STRING), min_items=1, max_items=60, unique_items=True),
        """Source IP addresses permitted to send calls, needed whenever this method is sent.
        Takes a list of 1 to 60 members, each once: the SDK refuses another value when it is
        assigned. Required: the SDK refuses to send the object without it.
        """,
        required=True,
    )
    tech_prefix: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=8, pattern="^[0-9#]+$"),
        """Prefix of digits and `#` that DIDWW cuts off dialled numbers before routing them, or
        null. Takes at most 8 characters matching `^[0-9#]+$`: the SDK refuses another value
        when it is assigned.
        """,
        nullable=True,
    )
    username: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """SIP username generated by DIDWW; read-only. Read-only.""",
        sensitive=True,
    )
    password: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """SIP password generated by DIDWW; read-only. Read-only.""",
        sensitive=True,
    )

    def __init__(
        self,
        *,
        allowed_sip_ips: list[str] | NotGiven = NOT_GIVEN,
        tech_prefix: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "allowed_sip_ips": allowed_sip_ips,
                "tech_prefix": tech_prefix,
            }
        )


CREDENTIALS_AND_IP_AUTHENTICATION_CODEC = ObjectCodec(
    {"credentials_and_ip": CredentialsAndIPAuthentication}, None
)


class IPOnlyAuthentication(NestedObject):
    """Authentication by source address alone, with no SIP credentials. Sent by an update only: a
    create does not take it.
    """

    WIRE_TYPE = "ip_only"
    UPDATE_ONLY = True

    allowed_sip_ips: Attribute[list[str]] = Attribute(
        Limited(ListCodec(STRING), min_items=1, max_items=60, unique_items=True),
        """Source IP addresses permitted to send calls, needed whenever this method is sent;
        DIDWW's API reference calls the list read-only once set, which neither the SDK nor
        the simulator checks. Takes a list of 1 to 60 members, each once: the SDK refuses
        another value when it is assigned. Required: the SDK refuses to send the object
        without it.
        """,
        required=True,
    )
    tech_prefix: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=8, pattern="^[0-9#]+$"),
        """Prefix of digits and `#` that DIDWW cuts off dialled numbers before routing them, or
        null. Takes at most 8 characters matching `^[0-9#]+$`: the SDK refuses another value
        when it is assigned.
        """,
        nullable=True,
    )

    def __init__(
        self,
        *,
        allowed_sip_ips: list[str] | NotGiven = NOT_GIVEN,
        tech_prefix: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "allowed_sip_ips": allowed_sip_ips,
                "tech_prefix": tech_prefix,
            }
        )


IP_ONLY_AUTHENTICATION_CODEC = ObjectCodec({"ip_only": IPOnlyAuthentication}, None)


class TwilioAuthentication(NestedObject):
    """Authentication that accepts calls from one Twilio account, for use with Twilio Elastic SIP
    Trunking.
    """

    WIRE_TYPE = "twilio"

    twilio_account_sid: Attribute[str] = Attribute(
        Limited(STRING, pattern="^[a-zA-Z]{2}[0-9a-fA-F]{32}$"),
        """SID of the Twilio account whose calls are accepted; an SID can be used by one trunk
        only across DIDWW. Takes text matching `^[a-zA-Z]{2}[0-9a-fA-F]{32}$`: the SDK
        refuses another value when it is assigned. Required: the SDK refuses to send the
        object without it.
        """,
        required=True,
    )

    def __init__(
        self,
        *,
        twilio_account_sid: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "twilio_account_sid": twilio_account_sid,
            }
        )


TWILIO_AUTHENTICATION_CODEC = ObjectCodec({"twilio": TwilioAuthentication}, None)


class SmsToEmailConfiguration(NestedObject):
    """SMS trunk configuration that forwards each inbound message as an email."""

    WIRE_TYPE = "sms_to_email"

    send_to: Attribute[str] = Attribute(
        STRING,
        """Email address the messages are sent to; needed when the trunk is created.""",
    )
    subject: Attribute[str] = Attribute(
        STRING,
        """Template for the email subject; needed when the trunk is created.""",
    )
    message: Attribute[str] = Attribute(
        STRING,
        """Template for the email body; needed when the trunk is created.""",
    )

    def __init__(
        self,
        *,
        send_to: str | NotGiven = NOT_GIVEN,
        subject: str | NotGiven = NOT_GIVEN,
        message: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "send_to": send_to,
                "subject": subject,
                "message": message,
            }
        )


SMS_TO_EMAIL_CONFIGURATION_CODEC = ObjectCodec({"sms_to_email": SmsToEmailConfiguration}, None)


class SmsHttpInConfiguration(NestedObject):
    """SMS trunk configuration that hands each inbound message to your web server in an HTTP
    request. The URL parameters, headers and body can use these tokens, replaced for every
    message: `{SMS_TEXT}`, `{SMS_TEXT_BASE64_ENCODED}`, `{SMS_SRC_ADDR}`, `{SMS_DST_ADDR}` and
    `{SMS_TIME}`.
    """

    WIRE_TYPE = "http_in"
    _CONDITIONS = (
        Condition("http_method", "get", negated=True, require=("body_type", "body")),
        Condition("http_method", "get", refuse=("body_type", "body")),
    )

    url: Attribute[str] = Attribute(
        STRING,
        """Address of your endpoint that receives the requests; needed when the trunk is
        created.
        """,
    )
    http_method: Attribute[SmsHttpMethod] = Attribute(
        EnumCodec(SmsHttpMethod, str),
        """HTTP method of the request; needed when the trunk is created.""",
    )
    query_parameters: Attribute[dict[str, Any] | None] = Attribute(
        JSON_OBJECT,
        """Parameters added to the query string, whose values may use the message placeholders,
        or null.
        """,
        nullable=True,
    )
    headers: Attribute[dict[str, Any] | None] = Attribute(
        JSON_OBJECT,
        """Extra request headers, which may carry credentials for your endpoint, or null.""",
        sensitive=True,
        nullable=True,
    )
    body_type: Attribute[SmsBodyType | None] = Attribute(
        EnumCodec(SmsBodyType, str),
        """Encoding of `body`; needed for `post` and `put` and refused for `get`, when it stays
        null.
        """,
        nullable=True,
    )
    body: Attribute[Any | None] = Attribute(
        JSON_VALUE,
        """Body template: a string for `json` (the JSON text) and `raw`, a dict for the two form
        encodings. Needed for `post` and `put` and refused for `get`, when it stays null.
        """,
        nullable=True,
    )
    follow_redirect: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, 3xx answers from your endpoint are followed.""",
    )
    validate_https_certificate: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, the request fails if your endpoint's TLS certificate is not trusted.""",
    )

    def __init__(
        self,
        *,
        url: str | NotGiven = NOT_GIVEN,
        http_method: SmsHttpMethod | NotGiven = NOT_GIVEN,
        query_parameters: dict[str, Any] | NotGiven | None = NOT_GIVEN,
        headers: dict[str, Any] | NotGiven | None = NOT_GIVEN,
        body_type: SmsBodyType | NotGiven | None = NOT_GIVEN,
        body: Any | NotGiven | None = NOT_GIVEN,
        follow_redirect: bool | NotGiven = NOT_GIVEN,
        validate_https_certificate: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "url": url,
                "http_method": http_method,
                "query_parameters": query_parameters,
                "headers": headers,
                "body_type": body_type,
                "body": body,
                "follow_redirect": follow_redirect,
                "validate_https_certificate": validate_https_certificate,
            }
        )


SMS_HTTP_IN_CONFIGURATION_CODEC = ObjectCodec({"http_in": SmsHttpInConfiguration}, None)


class SmsHttpOutConfiguration(NestedObject):
    """SMS trunk configuration through which you send messages by submitting them to DIDWW over
    HTTP, authenticated with generated credentials. The host to submit to is in the trunk's
    `meta.host`.
    """

    WIRE_TYPE = "http_out"

    callback_url: Attribute[str | None] = Attribute(
        STRING,
        """URL to which DIDWW's SMS platform reports the delivery status of messages sent
        through the trunk, in the format of DIDWW's SMS HTTP specification, or null.
        """,
        nullable=True,
    )
    allowed_ips: Attribute[list[str] | None] = Attribute(
        ListCodec(STRING),
        """Source IP addresses messages are accepted from, or null.""",
        nullable=True,
    )
    auth_name: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """HTTP username generated by DIDWW; read-only. Read-only.""",
        sensitive=True,
        nullable=True,
    )
    auth_password: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """HTTP password generated by DIDWW; read-only. Read-only.""",
        sensitive=True,
        nullable=True,
    )

    def __init__(
        self,
        *,
        callback_url: str | NotGiven | None = NOT_GIVEN,
        allowed_ips: list[str] | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "callback_url": callback_url,
                "allowed_ips": allowed_ips,
            }
        )


SMS_HTTP_OUT_CONFIGURATION_CODEC = ObjectCodec({"http_out": SmsHttpOutConfiguration}, None)


class SmsSmppEsmeConfiguration(NestedObject):
    """SMS trunk configuration in which your system binds to a DIDWW SMPP server as an ESME, with
    a system id and password that DIDWW generates.
    """

    WIRE_TYPE = "smpp_esme"

    system_type: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=12),
        """SMPP `system_type` of the bind, at most 12 characters, or null. Takes at most 12
        characters: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    allowed_ips: Attribute[list[str] | None] = Attribute(
        ListCodec(STRING),
        """Source IP addresses your system may bind from, or null.""",
        nullable=True,
    )
    system_id: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """SMPP system id to bind with, generated by DIDWW; read-only. Read-only.""",
        sensitive=True,
    )
    password: ReadOnlyAttribute[str] = ReadOnlyAttribute(
        STRING,
        """SMPP password to bind with, generated by DIDWW; read-only. Read-only.""",
        sensitive=True,
    )
    server_location: Attribute[str] = Attribute(
        STRING,
        """Where the DIDWW SMPP server serving the trunk is located, such as `fra`; needed when
        the trunk is created, and the locations on offer depend on the environment.
        """,
    )

    def __init__(
        self,
        *,
        system_type: str | NotGiven | None = NOT_GIVEN,
        allowed_ips: list[str] | NotGiven | None = NOT_GIVEN,
        server_location: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "system_type": system_type,
                "allowed_ips": allowed_ips,
                "server_location": server_location,
            }
        )


SMS_SMPP_ESME_CONFIGURATION_CODEC = ObjectCodec({"smpp_esme": SmsSmppEsmeConfiguration}, None)


class SmsSmppSmscConfiguration(NestedObject):
    """SMS trunk configuration in which DIDWW binds as an SMPP client to your SMSC, with
    credentials you provide.
    """

    WIRE_TYPE = "smpp_smsc"

    host: Attribute[str] = Attribute(
        STRING,
        """Host name or address of your SMSC; needed when the trunk is created.""",
    )
    tx_port: Attribute[int] = Attribute(
        Limited(INTEGER, minimum=1, maximum=65535),
        """Port of the transmitter bind; 2775 unless set. Takes 1 to 65535: the SDK refuses
        another value when it is assigned.
        """,
    )
    rx_port: Attribute[int] = Attribute(
        Limited(INTEGER, minimum=1, maximum=65535),
        """Port of the receiver bind; 2776 unless set. Takes 1 to 65535: the SDK refuses another
        value when it is assigned.
        """,
    )
    transceiver_mode: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, DIDWW opens a single transceiver bind instead of separate transmitter and
        receiver binds.
        """,
    )
    connection_timeout: Attribute[int] = Attribute(
        INTEGER,
        """Seconds allowed for a bind to succeed.""",
    )
    use_ssl: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, the SMPP connection runs over TLS.""",
    )
    system_id: Attribute[str] = Attribute(
        Limited(STRING, max_length=15),
        """SMPP system id DIDWW binds with, at most 15 characters; needed when the trunk is
        created. Takes at most 15 characters: the SDK refuses another value when it is
        assigned.
        """,
    )
    system_type: Attribute[str | None] = Attribute(
        Limited(STRING, max_length=12),
        """SMPP `system_type` of the bind, at most 12 characters, or null. Takes at most 12
        characters: the SDK refuses another value when it is assigned.
        """,
        nullable=True,
    )
    password: Attribute[str] = Attribute(
        Limited(STRING, max_length=8),
        """SMPP password DIDWW binds with, at most 8 characters; needed when the trunk is
        created. Takes at most 8 characters: the SDK refuses another value when it is
        assigned.
        """,
        sensitive=True,
    )
    server_location: Attribute[str] = Attribute(
        STRING,
        """Where the DIDWW SMPP server serving the trunk is located, such as `fra`; needed when
        the trunk is created, and the locations on offer depend on the environment.
        """,
    )

    def __init__(
        self,
        *,
        host: str | NotGiven = NOT_GIVEN,
        tx_port: int | NotGiven = NOT_GIVEN,
        rx_port: int | NotGiven = NOT_GIVEN,
        transceiver_mode: bool | NotGiven = NOT_GIVEN,
        connection_timeout: int | NotGiven = NOT_GIVEN,
        use_ssl: bool | NotGiven = NOT_GIVEN,
        system_id: str | NotGiven = NOT_GIVEN,
        system_type: str | NotGiven | None = NOT_GIVEN,
        password: str | NotGiven = NOT_GIVEN,
        server_location: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "host": host,
                "tx_port": tx_port,
                "rx_port": rx_port,
                "transceiver_mode": transceiver_mode,
                "connection_timeout": connection_timeout,
                "use_ssl": use_ssl,
                "system_id": system_id,
                "system_type": system_type,
                "password": password,
                "server_location": server_location,
            }
        )


SMS_SMPP_SMSC_CONFIGURATION_CODEC = ObjectCodec({"smpp_smsc": SmsSmppSmscConfiguration}, None)


class GenericConfiguration(GenericNestedObject):
    """A TrunkConfiguration of a type this SDK does not know; kept and written back unchanged."""


TrunkConfiguration: TypeAlias = SIPConfiguration | PSTNConfiguration | GenericConfiguration
"""Delivery settings of a voice IN trunk, SIP or PSTN, told apart by their type."""

TRUNK_CONFIGURATION_CODEC = ObjectCodec(
    {
        "sip_configurations": SIPConfiguration,
        "pstn_configurations": PSTNConfiguration,
    },
    GenericConfiguration._fallback,
)


class UnknownOrderItem(GenericNestedObject):
    """An OrderItem of a type this SDK does not know; kept and written back unchanged."""


OrderItem: TypeAlias = (
    DIDOrderItem | CapacityOrderItem | EmergencyOrderItem | GenericOrderItem | UnknownOrderItem
)
"""One entry of an order; its type decides which fields it carries."""

ORDER_ITEM_CODEC = ObjectCodec(
    {
        "did_order_items": DIDOrderItem,
        "capacity_order_items": CapacityOrderItem,
        "emergency_order_items": EmergencyOrderItem,
        "generic_order_items": GenericOrderItem,
    },
    UnknownOrderItem._fallback,
)


class GenericAuthentication(GenericNestedObject):
    """An AuthenticationMethod of a type this SDK does not know; kept and written back unchanged."""


AuthenticationMethod: TypeAlias = (
    CredentialsAndIPAuthentication
    | IPOnlyAuthentication
    | TwilioAuthentication
    | GenericAuthentication
)
"""How a voice OUT trunk authenticates the calls you send to it."""

AUTHENTICATION_METHOD_CODEC = ObjectCodec(
    {
        "credentials_and_ip": CredentialsAndIPAuthentication,
        "ip_only": IPOnlyAuthentication,
        "twilio": TwilioAuthentication,
    },
    GenericAuthentication._fallback,
)


class GenericSmsConfiguration(GenericNestedObject):
    """A SmsTrunkConfiguration of a type this SDK does not know; kept and written back unchanged."""


SmsTrunkConfiguration: TypeAlias = (
    SmsToEmailConfiguration
    | SmsHttpInConfiguration
    | SmsHttpOutConfiguration
    | SmsSmppEsmeConfiguration
    | SmsSmppSmscConfiguration
    | GenericSmsConfiguration
)
"""Settings of an SMS trunk, told apart by their type: inbound messages delivered to you by email
or HTTP, messages you submit over HTTP, or messages exchanged over SMPP, with your system
binding to DIDWW (ESME) or DIDWW binding to your SMSC.
"""

SMS_TRUNK_CONFIGURATION_CODEC = ObjectCodec(
    {
        "sms_to_email": SmsToEmailConfiguration,
        "http_in": SmsHttpInConfiguration,
        "http_out": SmsHttpOutConfiguration,
        "smpp_esme": SmsSmppEsmeConfiguration,
        "smpp_smsc": SmsSmppSmscConfiguration,
    },
    GenericSmsConfiguration._fallback,
)
