"""Enumerations of the DIDWW API (generated from ``spec/enums.yaml``).

Members subclass ``str`` or ``int`` and compare equal to their wire values; a value from a newer
API version that this SDK does not know is kept as a pseudo-member rather than raising.
"""

from didww._generated.enums import *  # noqa: F403
from didww._generated.enums import __all__ as __all__
