"""Golden exports of the example map: what the exchange service writes must not drift.

The files in ``tests/exchange/golden/`` were written by ``journeymap export`` before the
exchange service existed. Mermaid and CSV must match byte for byte, workbooks cell for cell
(a workbook records when it was written), and the example map saved again must give its own
bytes. When an export changes on purpose, rewrite them and say why in the commit::

    python -m tests.exchange.golden --update

To compare another folder of exports (say, made by an older checkout into /tmp/before)::

    python -m tests.exchange.golden /tmp/before
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import openpyxl

from journeymap import exchange
from journeymap.formats import journey_file
from journeymap.util.paths import example_map

GOLDEN = Path(__file__).parent / "golden"
CASES: dict[str, str | None] = {
    "online-shop.mmd": None,
    "online-shop.csv": None,
    "online-shop.xlsx": None,
    "online-shop-maya.mmd": "pe-maya",
    "online-shop-maya.csv": "pe-maya",
    "online-shop-maya.xlsx": "pe-maya",
}
"""Each golden file and the persona it is exported through (None: everyone)."""


def export_all(folder: Path) -> list[Path]:
    """Export the example map as every golden case into ``folder``."""
    data = journey_file.load_data(example_map())
    written = []
    for name, persona in CASES.items():
        out = folder / name
        exchange.export(data, out, exchange.ImageOptions(persona=persona))
        written.append(out)
    return written


def cells(path: Path) -> dict[str, list[list[object]]]:
    """Every worksheet's values, by sheet name, row by row."""
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {
            sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in book.worksheets
        }
    finally:
        book.close()


def difference(expected: Path, actual: Path) -> str | None:
    """How ``actual`` differs from ``expected`` (None: the same), in one line."""
    if expected.suffix == ".xlsx":
        want, got = cells(expected), cells(actual)
        if list(want) != list(got):
            return f"{actual.name}: sheets {list(got)} instead of {list(want)}"
        changed = [name for name in want if want[name] != got[name]]
        return f"{actual.name}: cells differ on sheets {changed}" if changed else None
    if expected.read_bytes() != actual.read_bytes():
        return f"{actual.name}: bytes differ"
    return None


def saved_again_difference() -> str | None:
    """The example map loaded and saved must give the bytes it was read from."""
    source = example_map()
    with tempfile.TemporaryDirectory() as folder:
        again = Path(folder) / source.name
        journey_file.save(journey_file.load(source), again, backup=False)
        return difference(source, again)


def differences(reference: Path) -> list[str]:
    """Every difference between the exports in ``reference`` and what this checkout writes."""
    found = [d for d in [saved_again_difference()] if d]
    with tempfile.TemporaryDirectory() as folder:
        for actual in export_all(Path(folder)):
            expected = reference / actual.name
            if not expected.is_file():
                found.append(f"{actual.name}: missing from {reference}")
            elif (change := difference(expected, actual)) is not None:
                found.append(change)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "reference", nargs="?", type=Path, default=GOLDEN, help="folder of exports to compare"
    )
    parser.add_argument("--update", action="store_true", help="rewrite the golden files")
    args = parser.parse_args(argv)
    if args.update:
        for path in export_all(GOLDEN):
            print(f"wrote {path}")
        return 0
    found = differences(args.reference)
    for line in found:
        print(line)
    print("same" if not found else f"{len(found)} differences")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
