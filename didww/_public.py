"""The hand-written runtime that every API version shares, as ``didww`` exports it.

``didww/__init__.py`` (generated) re-exports these names next to the default API version's.
Nothing here loads a model, a repository, an enum module or the simulator.
"""

from typing import TYPE_CHECKING

from didww._batch import Outcome
from didww._clock import Clock
from didww._errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ArgumentError,
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
    UnknownAttributeError,
    UnknownFieldError,
    UnprocessableEntityError,
    UnsupportedMediaTypeError,
    WaitTimeoutError,
    WrongFormError,
)
from didww._logging import configure_from_environment, enable_logging
from didww._nested import GenericNestedObject, NestedObject
from didww._query import QueryParams, Unchecked
from didww._raw import RawResponse
from didww._resource import GenericResource, Resource
from didww._resource_list import ResourceList
from didww._types import NOT_GIVEN, NotGiven
from didww._version import __version__

if TYPE_CHECKING:
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
    "ArgumentError",
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
    "UnknownAttributeError",
    "UnknownFieldError",
    "UnprocessableEntityError",
    "UnsupportedMediaTypeError",
    "WaitTimeoutError",
    "WrongFormError",
    "__version__",
    "enable_logging",
]

ON_FIRST_USE = {name: "didww.webhooks" for name in __all__ if name not in globals()}
"""The names ``didww`` exports whose module is imported when one of them is first read (those
of the list above that only type checkers import here): only a program that receives callbacks
needs the webhook classes, and building them is a measurable part of ``import didww``.
``didww/__init__.py`` looks them up here."""

if not TYPE_CHECKING:
    # Type checkers read the whole list; `from didww._public import *` copies only what is
    # defined.
    __all__ = [name for name in __all__ if name not in ON_FIRST_USE]

configure_from_environment()
