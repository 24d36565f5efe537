# Generated from spec/ by `python -m generator`; do not edit, change the spec instead.
"""The status enums of signed callbacks, across every API version, for the annotations of
:mod:`didww.webhooks`.

A callback's ``status`` is typed as a member of any version's enum, so that a handler compares
it with the members of the version it uses (``v2026_10_22.enums.OrderStatus.COMPLETED``) under
``mypy --strict``; at run time it compares equal to either by value. Only type checkers read
these names: nothing is imported at run time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from didww.v2026_04_16 import enums as _v2026_04_16
    from didww.v2026_10_22 import enums as _v2026_10_22

__all__ = [
    "AddressVerificationStatus",
    "EmergencyVerificationStatus",
    "ExportStatus",
    "OrderStatus",
    "VoiceOutTrunkStatus",
]

AddressVerificationStatus: TypeAlias = (
    "_v2026_04_16.AddressVerificationStatus | _v2026_10_22.AddressVerificationStatus"
)

EmergencyVerificationStatus: TypeAlias = (
    "_v2026_04_16.EmergencyVerificationStatus | _v2026_10_22.EmergencyVerificationStatus"
)

ExportStatus: TypeAlias = "_v2026_04_16.ExportStatus | _v2026_10_22.ExportStatus"

OrderStatus: TypeAlias = "_v2026_04_16.OrderStatus | _v2026_10_22.OrderStatus"

VoiceOutTrunkStatus: TypeAlias = (
    "_v2026_04_16.VoiceOutTrunkStatus | _v2026_10_22.VoiceOutTrunkStatus"
)
