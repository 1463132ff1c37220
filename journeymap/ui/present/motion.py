"""Whether the system asks for reduced motion: then slides change without gliding.

Qt (6.11) has no reduced-motion hint, so this asks the desktop the way each platform
records it: GNOME's ``enable-animations``, KDE's ``AnimationDurationFactor``, Windows'
client-area animation setting, macOS' accessibility "reduce motion". The answer of the
environment variable ``JOURNEYMAP_REDUCED_MOTION`` (1 or 0), if set, comes first.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

ENVIRONMENT = "JOURNEYMAP_REDUCED_MOTION"


def reduced_motion() -> bool:
    forced = os.environ.get(ENVIRONMENT, "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    if sys.platform == "win32":
        return _windows_reduced()
    if sys.platform == "darwin":
        return _ask(["defaults", "read", "com.apple.universalaccess", "reduceMotion"]) == "1"
    return (
        _kde_reduced()
        or _ask(["gsettings", "get", "org.gnome.desktop.interface", "enable-animations"]) == "false"
    )


def _ask(command: list[str]) -> str:
    """A setting read with the desktop's own tool; "" when it is not there or says nothing."""
    if shutil.which(command[0]) is None:
        return ""
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=2, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout.strip() if done.returncode == 0 else ""


def _kde_reduced() -> bool:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "kdeglobals"
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(config, encoding="utf-8")
        return parser.getfloat("KDE", "AnimationDurationFactor", fallback=1.0) == 0.0
    except (configparser.Error, ValueError, OSError):
        return False


def _windows_reduced() -> bool:
    try:
        import ctypes

        enabled = ctypes.c_bool(True)
        spi_getclientareaanimation = 0x1042
        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return False
        windll.user32.SystemParametersInfoW(spi_getclientareaanimation, 0, ctypes.byref(enabled), 0)
        return not enabled.value
    except (OSError, AttributeError):
        return False
