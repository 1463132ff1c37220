"""Is there a graphical session for the editor? Asked before Qt is loaded.

Qt aborts the whole process (SIGABRT, with a message about a missing xcb library) when it
finds no display, so the editor asks first and says what is wrong instead. Only what can be
known without connecting anywhere is checked: the environment, and the local socket of an
X11 or Wayland display. A remote X display (``host:10``, as ssh -X sets) is trusted as given.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping

from journeymap.util.i18n import tr

GRAPHICAL_PLATFORMS = ("", "xcb", "wayland", "wayland-egl")
"""Qt platforms that need a display; others (offscreen, vnc, eglfs…) bring their own."""


def missing_display(environ: Mapping[str, str] | None = None, *, platform: str = sys.platform) -> str | None:
    """Why the editor cannot show a window here, or None when it can (or cannot be known)."""
    env = os.environ if environ is None else environ
    qpa = env.get("QT_QPA_PLATFORM", "").split(":", 1)[0].split(";", 1)[0].strip()
    if not platform.startswith("linux") or qpa not in GRAPHICAL_PLATFORMS:
        return None
    wayland, x11 = env.get("WAYLAND_DISPLAY", ""), env.get("DISPLAY", "")
    if qpa != "xcb" and wayland and _wayland_reachable(wayland, env.get("XDG_RUNTIME_DIR", "")):
        return None
    if not qpa.startswith("wayland") and x11 and _x11_reachable(x11):
        return None
    if not wayland and not x11:
        return tr("no display: neither DISPLAY nor WAYLAND_DISPLAY is set")
    named = tr(" or ").join(f"{n}={v}" for n, v in (("DISPLAY", x11), ("WAYLAND_DISPLAY", wayland)) if v)
    return tr("cannot reach the display {named}").format(named=named)


def _x11_reachable(display: str) -> bool:
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if host not in ("", "unix") or not number.isdigit():
        return True  # a remote display (ssh -X) or a form we do not know: let Qt try
    path = f"/tmp/.X11-unix/X{number}"
    return _connects(path) or _connects("\0" + path)  # a file socket, or Linux's abstract one


def _wayland_reachable(name: str, runtime_dir: str) -> bool:
    path = name if name.startswith("/") else os.path.join(runtime_dir, name)
    return _connects(path)


def _connects(path: str) -> bool:
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(1.0)
            probe.connect(path)
    except OSError:
        return False
    return True
