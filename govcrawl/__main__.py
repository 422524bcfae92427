"""``python -m govcrawl``: the same as the ``govcrawl`` command."""

import sys

from govcrawl.cli import main

sys.exit(main())
