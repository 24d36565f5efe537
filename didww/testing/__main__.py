"""``python -m didww.testing serve --port 8080``."""

import sys

from didww.testing._cli import main

sys.exit(main())
