"""The model classes of one API version by JSON:API type, each imported on first use.

Every generated version package has one registry. Decoding an answer asks it for the class of each
resource object's type, so ``import didww`` loads no model module until an answer needs it, and
two API versions never mix their classes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from didww._resource import Resource


class Registry:
    """Model classes by JSON:API type; ``package.<type>`` holds the class for ``<type>``."""

    __slots__ = ("_classes", "_loaded", "package", "version")

    def __init__(self, version: str, package: str, classes: dict[str, str]) -> None:
        self.version = version
        """The API version whose models these are."""
        self.package = package
        self._classes = classes
        self._loaded: dict[str, type[Resource]] = {}

    def get(self, type_: str) -> type[Resource] | None:
        """The model class of ``type_``, or None for a type this version does not know."""
        found = self._loaded.get(type_)
        if found is not None:
            return found
        name = self._classes.get(type_)
        if name is None:
            return None
        module = importlib.import_module(f"{self.package}.{type_}")
        cls: type[Resource] = getattr(module, name)
        self._loaded[type_] = cls
        return cls

    def types(self) -> list[str]:
        """Every resource type of this version, sorted."""
        return sorted(self._classes)

    def __repr__(self) -> str:
        return f"Registry(version={self.version!r}, types={len(self._classes)})"


EMPTY = Registry("", "", {})
"""The registry of classes that belong to no version (``GenericResource``)."""
