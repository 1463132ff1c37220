"""The pure rooms load without Qt (run with ``-p no:pytest-qt``): util, model, formats, the
exchange service and the command line; only a picture export may load it."""

from __future__ import annotations

import subprocess
import sys


def test_util_model_formats_exchange_and_cli_import_no_qt() -> None:
    code = (
        "import sys\n"
        "import journeymap.util.atomic, journeymap.util.i18n, journeymap.util.numbers, journeymap.util.paths\n"
        "import journeymap.util.progress\n"
        "import journeymap.model.journey, journeymap.model.builders, journeymap.model.clipboard\n"
        "import journeymap.model.cascades, journeymap.model.lens\n"
        "import journeymap.formats.journey_file, journeymap.formats.templates\n"
        "import journeymap.exchange, journeymap.exchange.service\n"
        "import journeymap.cli, journeymap.cli.export, journeymap.cli.import_\n"
        "import journeymap.cli.validate, journeymap.cli.stats, journeymap.cli.templates\n"
        "journeymap.cli.build_parser()\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
