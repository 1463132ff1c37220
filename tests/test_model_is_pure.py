"""The model and the file formats load without Qt (run with ``-p no:pytest-qt``)."""

from __future__ import annotations

import subprocess
import sys


def test_model_and_formats_import_no_qt() -> None:
    code = (
        "import sys\n"
        "import journeymap.model.journey, journeymap.model.builders, journeymap.model.clipboard, journeymap.formats.journey_file\n"
        "import journeymap.cli.validate, journeymap.cli.stats, journeymap.cli.templates\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
