"""Typed sync and async Python SDK for the DIDWW API v3.

>>> import didww
>>> with didww.Client(api_key="...") as client:  # doctest: +SKIP
...     print(client.balance.find().total_balance)
"""

from didww import encryption, enums, webhooks
from didww._batch import Outcome
from didww._clock import Clock
from didww._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    DecodeError,
    DidwwError,
    DownloadTooLargeError,
    ErrorObject,
    InvalidCallbackError,
    InvalidSignatureError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from didww._generated import *  # noqa: F403
from didww._generated import __all__ as _generated_all
from didww._logging import configure_from_environment, enable_logging
from didww._nested import GenericNestedObject, NestedObject
from didww._query import QueryParams
from didww._raw import RawResponse
from didww._resource import GenericResource, Resource
from didww._resource_list import ResourceList
from didww._types import NOT_GIVEN, NotGiven
from didww._version import __version__
from didww.webhooks import (
    SIGNATURE_HEADER,
    AddressVerificationCallback,
    CallbackEvent,
    EmergencyVerificationCallback,
    ExportCallback,
    GenericCallback,
    OrderCallback,
    RequestValidator,
    VoiceOutTrunkCallback,
)

__all__ = [
    "NOT_GIVEN",
    "SIGNATURE_HEADER",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AddressVerificationCallback",
    "AuthenticationError",
    "BadRequestError",
    "CallbackEvent",
    "ClientError",
    "Clock",
    "DecodeError",
    "DidwwError",
    "DownloadTooLargeError",
    "EmergencyVerificationCallback",
    "ErrorObject",
    "ExportCallback",
    "GenericCallback",
    "GenericNestedObject",
    "GenericResource",
    "InvalidCallbackError",
    "InvalidSignatureError",
    "NestedObject",
    "NotFoundError",
    "NotGiven",
    "OrderCallback",
    "Outcome",
    "PermissionDeniedError",
    "QueryParams",
    "RateLimitError",
    "RawResponse",
    "RequestValidator",
    "Resource",
    "ResourceList",
    "ServerError",
    "UnprocessableEntityError",
    "VoiceOutTrunkCallback",
    "__version__",
    "enable_logging",
    "encryption",
    "enums",
    "webhooks",
    *_generated_all,
]

configure_from_environment()
