# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The `exports` resource."""

from __future__ import annotations

import datetime as dt
from typing import Any

from didww._codecs import DATETIME, JSON_OBJECT, STRING, EnumCodec
from didww._fields import Attribute, CreateOnlyAttribute, ReadOnlyAttribute
from didww._resource import Resource
from didww._types import NOT_GIVEN, NotGiven
from didww.v2026_04_16._registry import REGISTRY
from didww.v2026_04_16.enums import (
    CallbackMethod,
    ExportStatus,
    ExportType,
)

__all__ = ["Export"]


class Export(Resource, registry=REGISTRY):
    """A job that builds a file of call detail records, inbound or outbound, in the background.
    Poll it until `status` is `completed`, or supply a callback, and then download the file
    from `url`. Only `external_reference_id` can be changed later.
    """

    TYPE = "exports"

    export_type: CreateOnlyAttribute[ExportType] = CreateOnlyAttribute(
        EnumCodec(ExportType, str),
        """Which call records are exported, inbound or outbound. Can only be set when creating.
        Required on create: the SDK refuses a create without it.
        """,
        required=True,
    )
    status: ReadOnlyAttribute[ExportStatus] = ReadOnlyAttribute(
        EnumCodec(ExportStatus, str),
        """Progress of the job; the file can be downloaded once it is `completed`. Read-only.""",
    )
    url: ReadOnlyAttribute[str | None] = ReadOnlyAttribute(
        STRING,
        """Link to the finished file; null until `status` reaches `completed`. Read-only.""",
        nullable=True,
    )
    filters: CreateOnlyAttribute[dict[str, Any]] = CreateOnlyAttribute(
        JSON_OBJECT,
        """Record selection criteria as a dict. The `from` and `to` keys are mandatory, may not
        lie in the future and must fall within this month or the two before it; other keys
        depend on `export_type`. Can only be set when creating. Required on create: the SDK
        refuses a create without it.
        """,
        required=True,
    )
    callback_url: CreateOnlyAttribute[str | None] = CreateOnlyAttribute(
        STRING,
        """URL that DIDWW calls when the export is ready, or null. Can only be set when
        creating.
        """,
        nullable=True,
    )
    callback_method: CreateOnlyAttribute[CallbackMethod | None] = CreateOnlyAttribute(
        EnumCodec(CallbackMethod, str),
        """HTTP verb used when calling `callback_url`. Can only be set when creating.""",
        nullable=True,
    )
    external_reference_id: Attribute[str | None] = Attribute(
        STRING,
        """An identifier of your choosing for the export; the only field that can be updated.
        Never sent as null: assigning None raises ClientError.
        """,
        null_in_answers=True,
    )
    created_at: ReadOnlyAttribute[dt.datetime | None] = ReadOnlyAttribute(
        DATETIME,
        """Time the export was requested, or null. Read-only.""",
        nullable=True,
    )

    def __init__(
        self,
        id: str | None = None,
        *,
        export_type: ExportType | NotGiven = NOT_GIVEN,
        filters: dict[str, Any] | NotGiven = NOT_GIVEN,
        callback_url: str | NotGiven | None = NOT_GIVEN,
        callback_method: CallbackMethod | NotGiven | None = NOT_GIVEN,
        external_reference_id: str | NotGiven = NOT_GIVEN,
    ) -> None:
        super().__init__(id)
        self._set_fields(
            {
                "export_type": export_type,
                "filters": filters,
                "callback_url": callback_url,
                "callback_method": callback_method,
                "external_reference_id": external_reference_id,
            }
        )
