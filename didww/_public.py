"""The hand-written runtime that every API version shares, as ``didww`` exports it.

``didww/__init__.py`` (generated) re-exports these names next to the default API version's.
Nothing here loads a model, a repository, an enum module or the simulator.
"""

from didww._batch import Outcome
from didww._clock import Clock
from didww._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientError,
    ConflictError,
    DecodeError,
    DidwwError,
    DownloadTooLargeError,
    DownloadWriteError,
    ErrorObject,
    InvalidCallbackError,
    InvalidSignatureError,
    NotAcceptableError,
    NotFoundError,
    NotLoadedError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TokenProviderError,
    UnknownFieldError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
    WaitTimeoutError,
)
from didww._logging import configure_from_environment, enable_logging
from didww._nested import GenericNestedObject, NestedObject
from didww._query import QueryParams, Unchecked
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
    "AddressVerificationCallback",
    "CallbackEvent",
    "EmergencyVerificationCallback",
    "ExportCallback",
    "GenericCallback",
    "OrderCallback",
    "RequestValidator",
    "VoiceOutTrunkCallback",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientError",
    "Clock",
    "ConflictError",
    "DecodeError",
    "DidwwError",
    "DownloadTooLargeError",
    "DownloadWriteError",
    "ErrorObject",
    "GenericNestedObject",
    "GenericResource",
    "InvalidCallbackError",
    "InvalidSignatureError",
    "NestedObject",
    "NotAcceptableError",
    "NotFoundError",
    "NotLoadedError",
    "NotGiven",
    "Outcome",
    "PermissionDeniedError",
    "QueryParams",
    "RateLimitError",
    "RawResponse",
    "Resource",
    "ResourceList",
    "ServerError",
    "TokenProviderError",
    "Unchecked",
    "UnknownFieldError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "WaitTimeoutError",
    "__version__",
    "enable_logging",
]

configure_from_environment()
