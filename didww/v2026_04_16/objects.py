# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Nested objects carried inside resource attributes, and the unions they form."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TypeAlias

from didww._codecs import (
    BOOLEAN,
    DATE,
    DECIMAL,
    ID,
    INTEGER,
    STRING,
    EnumCodec,
    Limited,
    ListCodec,
    ObjectCodec,
)
from didww._conditions import Condition, Group
from didww._fields import Attribute, CreateOnlyAttribute, ReadOnlyAttribute
from didww._nested import GenericNestedObject, NestedObject
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16.enums import (
    Codec,
    DiversionInjectMode,
    DiversionRelayPolicy,
    MediaEncryptionMode,
    NetworkProtocolPriority,
    ReroutingDisconnectCode,
    RxDtmfFormat,
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
    "IPOnlyAuthentication",
    "OrderItem",
    "PSTNConfiguration",
    "SIPConfiguration",
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
        ("enabled_sip_registration", True, True, {"port": None}),
        ("enabled_sip_registration", True, False, {"use_did_in_ruri": False}),
    )
    _CONDITIONS = (
        Condition("enabled_sip_registration", True, refuse=("port",)),
        Condition("enabled_sip_registration", False, refuse=("use_did_in_ruri",)),
    )

    host: Attribute[str | None] = Attribute(
        STRING,
        """Host name or IP address calls are sent to.""",
        nullable=True,
    )
    port: Attribute[int | None] = Attribute(
        INTEGER,
        """SIP port on the host; must be null when SIP registration is enabled.""",
        nullable=True,
    )
    username: Attribute[str | None] = Attribute(
        STRING,
        """User portion of the request URI.""",
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
        ListCodec(EnumCodec(Codec, int)),
        """Codecs offered to the endpoint, most preferred first.""",
    )
    rx_dtmf_format_id: Attribute[RxDtmfFormat | None] = Attribute(
        EnumCodec(RxDtmfFormat, int),
        """How DTMF digits are received from the endpoint, or null.""",
        nullable=True,
    )
    tx_dtmf_format_id: Attribute[TxDtmfFormat | None] = Attribute(
        EnumCodec(TxDtmfFormat, int),
        """How DTMF digits are sent to the endpoint, or null.""",
        nullable=True,
    )
    auth_enabled: Attribute[bool] = Attribute(
        BOOLEAN,
        """When true, DIDWW authenticates itself to the host with the `auth_*` credentials.""",
    )
    auth_user: Attribute[str | None] = Attribute(
        STRING,
        """Username DIDWW presents to the host, or null.""",
        nullable=True,
    )
    auth_password: Attribute[str | None] = Attribute(
        STRING,
        """Password DIDWW presents to the host, or null.""",
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
        INTEGER,
        """Shortest session timer interval accepted, or null.""",
        nullable=True,
    )
    sst_max_timer: Attribute[int | None] = Attribute(
        INTEGER,
        """Longest session timer interval accepted, or null.""",
        nullable=True,
    )
    sst_session_expires: Attribute[int | None] = Attribute(
        INTEGER,
        """Session interval requested for the call, or null.""",
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
    sip_timer_b: Attribute[int | None] = Attribute(
        INTEGER,
        """Time limit for an INVITE transaction in milliseconds, or null.""",
        nullable=True,
    )
    dns_srv_failover_timer: Attribute[int | None] = Attribute(
        INTEGER,
        """Time in milliseconds before the next DNS SRV target is tried, or null.""",
        nullable=True,
    )
    rtp_ping: Attribute[bool | None] = Attribute(
        BOOLEAN,
        """Whether RTP keep-alive packets are sent; may be null.""",
        nullable=True,
    )
    rtp_timeout: Attribute[int | None] = Attribute(
        INTEGER,
        """Seconds without any RTP after which the call is torn down, or null.""",
        nullable=True,
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
        ListCodec(STRING),
        """Addresses media may come from; null places no restriction.""",
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
        INTEGER,
        """Most SIP REFER transfers allowed on a call.""",
    )
    max_30x_redirects: Attribute[int] = Attribute(
        INTEGER,
        """Most 3xx redirects that are followed.""",
    )
    rerouting_disconnect_code_ids: Attribute[list[ReroutingDisconnectCode] | None] = Attribute(
        ListCodec(EnumCodec(ReroutingDisconnectCode, int)),
        """Disconnect codes that make DIDWW try the next trunk, or null.""",
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
        rx_dtmf_format_id: RxDtmfFormat | NotGiven | None = NOT_GIVEN,
        tx_dtmf_format_id: TxDtmfFormat | NotGiven | None = NOT_GIVEN,
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
        sip_timer_b: int | NotGiven | None = NOT_GIVEN,
        dns_srv_failover_timer: int | NotGiven | None = NOT_GIVEN,
        rtp_ping: bool | NotGiven | None = NOT_GIVEN,
        rtp_timeout: int | NotGiven | None = NOT_GIVEN,
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

    dst: Attribute[str | None] = Attribute(
        STRING,
        """Phone number that receives the forwarded calls, as E.164 digits with no `+` in front.""",
        nullable=True,
    )

    def __init__(
        self,
        *,
        dst: str | NotGiven | None = NOT_GIVEN,
    ) -> None:
        super().__init__(
            **{
                "dst": dst,
            }
        )


PSTN_CONFIGURATION_CODEC = ObjectCodec({"pstn_configurations": PSTNConfiguration}, None)


class DIDOrderItem(NestedObject):
    """Order item for phone numbers purchased from a stock keeping unit (SKU). When ordering,
    send `sku_id` plus just one of `qty`, `did_reservation_id` and `available_did_id`.
    """

    WIRE_TYPE = "did_order_items"
    _CONDITIONS = (Group("exactly_one", ("qty", "did_reservation_id", "available_did_id")),)

    qty: CreateOnlyAttribute[int] = CreateOnlyAttribute(
        Limited(INTEGER, minimum=1),
        """Number of numbers ordered. Can only be set when creating. Takes at least 1: the SDK
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
        INTEGER,
        """How many billing cycles the numbers are kept before release; leave it unset for
        renewal with no end. Can only be set when creating. Sent by the SDK, never returned
        by the API.
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
    """Order item for channels added to a capacity pool."""

    WIRE_TYPE = "capacity_order_items"

    qty: CreateOnlyAttribute[int] = CreateOnlyAttribute(
        Limited(INTEGER, minimum=1),
        """Number of channels ordered. Can only be set when creating. Takes at least 1: the SDK
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
        Never sent as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
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

    allowed_sip_ips: Attribute[list[str] | None] = Attribute(
        ListCodec(STRING),
        """Source IP addresses permitted to send calls, or null.""",
        nullable=True,
    )
    tech_prefix: Attribute[str | None] = Attribute(
        STRING,
        """Prefix that DIDWW cuts off dialled numbers before routing them, or null.""",
        nullable=True,
    )
    username: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """SIP username generated by DIDWW; read-only. Read-only.""",
        sensitive=True,
        nullable=True,
    )
    password: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """SIP password generated by DIDWW; read-only. Read-only.""",
        sensitive=True,
        nullable=True,
    )

    def __init__(
        self,
        *,
        allowed_sip_ips: list[str] | NotGiven | None = NOT_GIVEN,
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
    """Authentication by source address alone, with no SIP credentials."""

    WIRE_TYPE = "ip_only"

    allowed_sip_ips: Attribute[list[str] | None] = Attribute(
        ListCodec(STRING),
        """Source IP addresses permitted to send calls, or null; DIDWW's API reference calls the
        list read-only once set, which neither the SDK nor the simulator checks.
        """,
        nullable=True,
    )
    tech_prefix: Attribute[str | None] = Attribute(
        STRING,
        """Prefix that DIDWW cuts off dialled numbers before routing them, or null.""",
        nullable=True,
    )

    def __init__(
        self,
        *,
        allowed_sip_ips: list[str] | NotGiven | None = NOT_GIVEN,
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
        STRING,
        """SID of the Twilio account whose calls are accepted.""",
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
