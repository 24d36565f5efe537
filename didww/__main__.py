"""``python -m didww``: the same as the ``didww`` command (and ``python -m didww.cli``)."""

import sys

from didww.cli import main

sys.exit(main())
