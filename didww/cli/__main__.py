"""``python -m didww.cli``: the same as the ``didww`` command."""

import sys

from didww.cli import main

sys.exit(main())
