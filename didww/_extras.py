"""How to install what an optional extra of this package needs, for the errors that name it.

``pip install 'didww[encryption]'`` reads well but resolves ``didww`` on PyPI, which is another
project's SDK: where this SDK was installed from a checkout, that command can fetch the wrong
package. The errors name the extra's own requirements instead (``pip install
'cryptography>=42'``), read from the installed package's metadata so that no version is written
twice; run from a source tree without metadata, they name the extra as installed from it.
"""

from __future__ import annotations

import re

__all__ = ["install_hint"]

_EXTRA_MARKER = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


def install_hint(extra: str) -> str:
    """A pip command installing what ``extra`` needs, for an error message."""
    # Here, not at the top: only an error about a missing extra reads the metadata.
    from importlib import metadata

    try:
        requirements = metadata.requires("didww") or []
    except metadata.PackageNotFoundError:
        requirements = []
    needed = []
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        found = _EXTRA_MARKER.search(marker)
        if found is not None and found.group(1) == extra:
            needed.append(spec.strip())
    if not needed:
        return f"pip install '.[{extra}]' from the SDK's checkout"
    return "pip install " + " ".join(f"'{spec}'" for spec in needed)
