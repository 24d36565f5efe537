# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""Enumerations of the DIDWW API. Members compare equal to their wire values."""

from didww._enum import OpenIntEnum, OpenStrEnum

__all__ = [
    "AddressVerificationStatus",
    "AreaLevel",
    "CallbackMethod",
    "CliFormat",
    "Codec",
    "DIDHistoryAction",
    "DIDHistoryMethod",
    "DefaultDstAction",
    "DiversionInjectMode",
    "DiversionRelayPolicy",
    "EmergencyCallingServiceStatus",
    "EmergencyVerificationStatus",
    "ExportStatus",
    "ExportType",
    "Feature",
    "IdentityField",
    "IdentityType",
    "MediaEncryptionMode",
    "NetworkProtocolPriority",
    "OnCliMismatchAction",
    "OrderStatus",
    "ProofEntityType",
    "RequirementIdentityType",
    "ReroutingDisconnectCode",
    "RxDtmfFormat",
    "SstRefreshMethod",
    "StirShakenMode",
    "TransportProtocol",
    "TxDtmfFormat",
    "VoiceOutTrunkStatus",
]


class AddressVerificationStatus(OpenStrEnum):
    """Review state of an address verification submitted to DIDWW."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class AreaLevel(OpenStrEnum):
    """How close to the number's location an identity or address has to be, from anywhere in the
    world down to the same city.
    """

    WORLD_WIDE = "world_wide"
    COUNTRY = "country"
    AREA = "area"
    CITY = "city"


class CallbackMethod(OpenStrEnum):
    """HTTP method DIDWW uses when it notifies a callback URL."""

    GET = "get"
    POST = "post"


class CliFormat(OpenStrEnum):
    """How the caller ID is formatted on calls delivered to an inbound trunk: left as received,
    converted to E.164, or converted to local format.
    """

    RAW = "raw"
    E164 = "e164"
    LOCAL = "local"


class Codec(OpenIntEnum):
    """Media codec offered on a SIP trunk, identified by DIDWW's numeric codec id;
    TELEPHONE_EVENT is the RFC 2833 DTMF payload.
    """

    TELEPHONE_EVENT = 6
    G723 = 7
    G729 = 8
    PCMU = 9
    PCMA = 10
    SPEEX = 12
    GSM = 13
    G726_32 = 14
    G721 = 15
    G726_24 = 16
    G726_40 = 17
    G726_16 = 18
    L16 = 19


class DIDHistoryAction(OpenStrEnum):
    """Kind of change a DID history entry records."""

    ASSIGNED = "assigned"
    RENEWED = "renewed"
    CANCELED = "canceled"
    REMOVED = "removed"
    BILLING_CYCLES_COUNT_CHANGED = "billing_cycles_count_changed"
    RESTORED = "restored"


class DIDHistoryMethod(OpenStrEnum):
    """Channel through which a DID change was made: the system itself, API v2 or v3, DIDWW staff,
    the user panel, or MCP.
    """

    SYSTEM = "system"
    API2 = "api2"
    API3 = "api3"
    STAFF = "staff"
    USER_PANEL = "user_panel"
    MCP = "mcp"


class DefaultDstAction(OpenStrEnum):
    """Whether an outbound trunk allows or rejects destinations that its `dst_prefixes` list does
    not mention.
    """

    ALLOW_ALL = "allow_all"
    REJECT_ALL = "reject_all"


class DiversionInjectMode(OpenStrEnum):
    """Whether DIDWW inserts a Diversion header of its own, carrying the called DID number, into
    calls sent to an inbound SIP trunk.
    """

    NONE = "none"
    DID_NUMBER = "did_number"


class DiversionRelayPolicy(OpenStrEnum):
    """How Diversion information that arrives with a call is relayed to an inbound SIP trunk:
    dropped, passed on unchanged, or rewritten with a SIP or TEL URI.
    """

    NONE = "none"
    AS_IS = "as_is"
    SIP = "sip"
    TEL = "tel"


class EmergencyCallingServiceStatus(OpenStrEnum):
    """Lifecycle state of an emergency calling service subscription."""

    ACTIVE = "active"
    CANCELED = "canceled"
    NEW = "new"
    CHANGES_REQUIRED = "changes_required"
    IN_PROCESS = "in_process"
    PENDING_UPDATE = "pending_update"


class EmergencyVerificationStatus(OpenStrEnum):
    """Review state of an emergency verification submitted to DIDWW."""

    APPROVED = "approved"
    PENDING = "pending"
    REJECTED = "rejected"


class ExportStatus(OpenStrEnum):
    """Progress of a call record export; `completed` means the file is ready for download."""

    PENDING = "pending"
    COMPLETED = "completed"
    PROCESSING = "processing"


class ExportType(OpenStrEnum):
    """Which call detail records an export contains: inbound (`cdr_in`) or outbound (`cdr_out`)."""

    CDR_IN = "cdr_in"
    CDR_OUT = "cdr_out"


class Feature(OpenStrEnum):
    """A service a DID group's numbers support, such as inbound or outbound voice, T.38 fax,
    inbound SMS, P2P or A2P messaging, emergency calling or outbound CNAM.
    """

    VOICE_IN = "voice_in"
    VOICE_OUT = "voice_out"
    T38 = "t38"
    SMS_IN = "sms_in"
    P2P = "p2p"
    A2P = "a2p"
    EMERGENCY = "emergency"
    CNAM_OUT = "cnam_out"


class IdentityField(OpenStrEnum):
    """An identity attribute that an address requirement can make mandatory."""

    BIRTH_DATE = "birth_date"
    BIRTH_COUNTRY = "birth_country"
    COUNTRY = "country"
    PERSONAL_TAX_ID = "personal_tax_id"
    ID_NUMBER = "id_number"
    VAT_ID = "vat_id"
    COMPANY_REG_NUMBER = "company_reg_number"
    CONTACT_EMAIL = "contact_email"


class IdentityType(OpenStrEnum):
    """Whether an identity is a private person or a company."""

    PERSONAL = "personal"
    BUSINESS = "business"


class MediaEncryptionMode(OpenStrEnum):
    """Media (RTP) encryption used with a trunk: none, SRTP keyed through SDES or DTLS, or ZRTP."""

    DISABLED = "disabled"
    SRTP_SDES = "srtp_sdes"
    SRTP_DTLS = "srtp_dtls"
    ZRTP = "zrtp"


class NetworkProtocolPriority(OpenStrEnum):
    """Which IP version is used when a trunk host name is resolved: IPv4 only, IPv6 only, either,
    or either with a preference.
    """

    FORCE_IPV4 = "force_ipv4"
    FORCE_IPV6 = "force_ipv6"
    ANY = "any"
    PREFER_IPV4 = "prefer_ipv4"
    PREFER_IPV6 = "prefer_ipv6"


class OnCliMismatchAction(OpenStrEnum):
    """What an outbound trunk does with a call whose caller ID is not one of its allowed DIDs:
    reject the call, replace the caller ID, keep the original one, or substitute a random one.
    """

    REJECT_CALL = "reject_call"
    REPLACE_CLI = "replace_cli"
    SEND_ORIGINAL_CLI = "send_original_cli"
    RANDOMIZE_CLI = "randomize_cli"


class OrderStatus(OpenStrEnum):
    """Processing state of an order; it stays `pending` while DIDWW fulfils it."""

    PENDING = "pending"
    COMPLETED = "completed"
    CANCELED = "canceled"


class ProofEntityType(OpenStrEnum):
    """What a proof type serves as evidence for: an address, a business identity, a personal
    identity, or a number port.
    """

    ADDRESS = "Address"
    BUSINESS = "Business"
    PERSONAL = "Personal"
    PORTING = "Porting"


class RequirementIdentityType(OpenStrEnum):
    """Kind of identity a country accepts under a requirement: personal, business, or `any` for
    either.
    """

    ANY = "any"
    PERSONAL = "personal"
    BUSINESS = "business"


class ReroutingDisconnectCode(OpenIntEnum):
    """Disconnect reason, mostly a SIP final response, that makes DIDWW try the next trunk
    instead of ending the call; RINGING_TIMEOUT is the internal code for a call not answered
    in time.
    """

    SIP_400_BAD_REQUEST = 56
    SIP_401_UNAUTHORIZED = 57
    SIP_402_PAYMENT_REQUIRED = 58
    SIP_403_FORBIDDEN = 59
    SIP_404_NOT_FOUND = 60
    SIP_408_REQUEST_TIMEOUT = 64
    SIP_409_CONFLICT = 65
    SIP_410_GONE = 66
    SIP_412_CONDITIONAL_REQUEST_FAILED = 67
    SIP_413_REQUEST_ENTITY_TOO_LARGE = 68
    SIP_414_REQUEST_URI_TOO_LONG = 69
    SIP_415_UNSUPPORTED_MEDIA_TYPE = 70
    SIP_416_UNSUPPORTED_URI_SCHEME = 71
    SIP_417_UNKNOWN_RESOURCE_PRIORITY = 72
    SIP_420_BAD_EXTENSION = 73
    SIP_421_EXTENSION_REQUIRED = 74
    SIP_422_SESSION_INTERVAL_TOO_SMALL = 75
    SIP_423_INTERVAL_TOO_BRIEF = 76
    SIP_424_BAD_LOCATION_INFORMATION = 77
    SIP_428_USE_IDENTITY_HEADER = 78
    SIP_429_PROVIDE_REFERRER_IDENTITY = 79
    SIP_433_ANONYMITY_DISALLOWED = 80
    SIP_436_BAD_IDENTITY_INFO = 81
    SIP_437_UNSUPPORTED_CERTIFICATE = 82
    SIP_438_INVALID_IDENTITY_HEADER = 83
    SIP_480_TEMPORARILY_UNAVAILABLE = 84
    SIP_482_LOOP_DETECTED = 86
    SIP_483_TOO_MANY_HOPS = 87
    SIP_484_ADDRESS_INCOMPLETE = 88
    SIP_485_AMBIGUOUS = 89
    SIP_486_BUSY_HERE = 90
    SIP_487_REQUEST_TERMINATED = 91
    SIP_488_NOT_ACCEPTABLE_HERE = 92
    SIP_494_SECURITY_AGREEMENT_REQUIRED = 96
    SIP_500_SERVER_INTERNAL_ERROR = 97
    SIP_501_NOT_IMPLEMENTED = 98
    SIP_502_BAD_GATEWAY = 99
    SIP_503_SERVICE_UNAVAILABLE = 100
    SIP_504_SERVER_TIME_OUT = 101
    SIP_505_VERSION_NOT_SUPPORTED = 102
    SIP_513_MESSAGE_TOO_LARGE = 103
    SIP_580_PRECONDITION_FAILURE = 104
    SIP_600_BUSY_EVERYWHERE = 105
    SIP_603_DECLINE = 106
    SIP_604_DOES_NOT_EXIST_ANYWHERE = 107
    SIP_606_NOT_ACCEPTABLE = 108
    RINGING_TIMEOUT = 1505


class RxDtmfFormat(OpenIntEnum):
    """How DTMF digits are accepted from a SIP trunk: RFC 2833 events, SIP INFO, or either of the
    two.
    """

    RFC_2833 = 1
    SIP_INFO = 2
    RFC_2833_OR_SIP_INFO = 3


class SstRefreshMethod(OpenIntEnum):
    """SIP request used to refresh a session timer: INVITE, UPDATE, or UPDATE with a fallback to
    INVITE.
    """

    INVITE = 1
    UPDATE = 2
    UPDATE_FALLBACK_INVITE = 3


class StirShakenMode(OpenStrEnum):
    """How STIR/SHAKEN attestation information is passed on to an inbound SIP trunk, if at all."""

    DISABLED = "disabled"
    ORIGINAL = "original"
    PAI = "pai"
    ORIGINAL_PAI = "original_pai"
    VERSTAT = "verstat"


class TransportProtocol(OpenIntEnum):
    """SIP transport used to reach a trunk: UDP, TCP or TLS."""

    UDP = 1
    TCP = 2
    TLS = 3


class TxDtmfFormat(OpenIntEnum):
    """How DTMF digits are sent to a SIP trunk: not at all, as RFC 2833 events, or in SIP INFO
    requests with an `application/dtmf-relay` or `application/dtmf` body.
    """

    DISABLED = 0
    RFC_2833 = 1
    SIP_INFO_RELAY = 2
    SIP_INFO_DTMF = 4


class VoiceOutTrunkStatus(OpenStrEnum):
    """Whether an outbound trunk may place calls; `blocked` stops it."""

    ACTIVE = "active"
    BLOCKED = "blocked"
