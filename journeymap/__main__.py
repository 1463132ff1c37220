"""``python -m journeymap``: the same as the ``journeymap`` command."""

from __future__ import annotations

import sys

from journeymap.cli import main

sys.exit(main())
