"""``journeymap install-desktop [--remove]``: the menu entry, the file type and the icons in the
user's data folder, recognised by the desktop's own tools where they are installed."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from journeymap.cli import EXIT_OK, main
from journeymap.util import desktop
from journeymap.util.paths import example_map

NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


@pytest.fixture
def data(capsys: pytest.CaptureFixture[str]) -> Path:
    """The test's own XDG_DATA_HOME (tests/conftest.py isolates it), with journeymap installed."""
    folder = Path(os.environ["XDG_DATA_HOME"])
    assert main(["install-desktop"]) == EXIT_OK
    capsys.readouterr()
    return folder


def test_install_puts_the_entry_the_type_and_the_icons_in_the_data_folder(data: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(data / "applications" / "journeymap.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert desktop.launcher() == [sys.executable, "-m", "journeymap"]
    assert section["Exec"] == desktop.exec_line(desktop.launcher()) + " %F"
    assert section["MimeType"] == "application/x-journey;"
    assert section["Icon"] == "journeymap"
    mime = ElementTree.parse(data / "mime" / "packages" / "journeymap.xml").getroot()
    kind = mime.find(f"{NS}mime-type")
    assert kind is not None and kind.get("type") == "application/x-journey"
    assert kind.find(f"{NS}glob").get("pattern") == "*.journey"  # type: ignore[union-attr]
    magic = [m.get("value") for m in kind.iter(f"{NS}match")]
    assert '"format": "journeymap"' in magic
    for icon in ("apps/journeymap.svg", "mimetypes/application-x-journey.svg"):
        assert (data / "icons" / "hicolor" / "scalable" / icon).read_bytes().startswith(b"<svg")


def test_remove_takes_away_exactly_what_install_wrote(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mine = data / "applications" / "someone-else.desktop"
    mine.write_text("[Desktop Entry]\n")
    assert main(["install-desktop", "--remove"]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.count("removed ") == 4
    assert not (data / "applications" / "journeymap.desktop").exists()
    assert not (data / "mime" / "packages" / "journeymap.xml").exists()
    assert mine.exists()
    assert main(["install-desktop", "--remove"]) == EXIT_OK
    assert "nothing to remove" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_menu_entry_is_valid(data: Path) -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(data / "applications" / "journeymap.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(
    shutil.which("xdg-mime") is None
    or shutil.which("gio") is None
    or shutil.which("update-mime-database") is None,
    reason="xdg-utils, gio (libglib2.0-bin) or shared-mime-info not installed",
)
def test_xdg_mime_knows_journey_files_by_name_and_by_header(data: Path, tmp_path: Path) -> None:
    """As a GNOME desktop asks (through gio and the shared MIME database)."""
    named = tmp_path / "shop.journey"
    shutil.copyfile(example_map(), named)
    unnamed = tmp_path / "shop-from-mail"
    shutil.copyfile(example_map(), unnamed)
    other = tmp_path / "other.json"
    other.write_text('{\n  "format": "something else"\n}\n')

    def filetype(path: Path) -> str:
        env = {**os.environ, "XDG_CURRENT_DESKTOP": "GNOME"}
        result = subprocess.run(
            ["xdg-mime", "query", "filetype", str(path)], capture_output=True, text=True, check=True, env=env
        )
        return result.stdout.strip()

    assert filetype(named) == "application/x-journey"
    assert filetype(unnamed) == "application/x-journey"
    assert filetype(other) == "application/json"


def test_exec_quotes_what_the_spec_asks() -> None:
    assert desktop.exec_line(["/usr/bin/python3", "-m", "journeymap"]) == "/usr/bin/python3 -m journeymap"
    assert desktop.exec_line(["/home/a b/py"]) == '"/home/a b/py"'
    assert desktop.exec_line(["/x/100%/py"]) == "/x/100%%/py"
    assert desktop.exec_line(['/x/"q"$/py']) == '"/x/\\\\"q\\\\"\\\\$/py"'


def test_the_data_folder_follows_xdg() -> None:
    assert desktop.data_home({"XDG_DATA_HOME": "/d", "HOME": "/h"}) == Path("/d")
    assert desktop.data_home({"XDG_DATA_HOME": "relative", "HOME": "/h"}) == Path("/h/.local/share")
    assert desktop.data_home({"HOME": "/h"}) == Path("/h/.local/share")
