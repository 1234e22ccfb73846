"""Before Qt starts: can its platform plugin load here? If not, say which package to install.

Without ``libxcb-cursor0`` (missing on stock Ubuntu desktops) Qt aborts the process with
"could not load the Qt platform plugin xcb" and exit 134, naming the wrong library at
times (RTL.md §8). We load the plugin ourselves first, with the dynamic loader, before any
Qt library is imported: the loader's error names the library that is really missing. Only
the standard library is used here, so this runs even when Qt itself cannot be imported.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
}
_SONAME = re.compile(r"([A-Za-z0-9_.+-]+\.so(?:\.[0-9]+)*)")
PLUGIN_FILES = {"xcb": "libqxcb.so", "wayland": "libqwayland.so"}


def _plugins_folder() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        folder = Path(root) / "Qt" / "plugins" / "platforms"
        if folder.is_dir():
            return folder
    return None


def plugin_problem(plugin: Path) -> str | None:
    """None if the dynamic loader can load ``plugin``, else the library it could not load."""
    try:
        ctypes.CDLL(str(plugin), mode=ctypes.RTLD_LOCAL)
    except OSError as exc:
        names = [n for n in _SONAME.findall(str(exc)) if n != plugin.name]
        return os.path.basename(names[0]) if names else str(exc)
    return None


def choose_platform(environ: Mapping[str, str]) -> list[str]:
    """Qt platforms to try, in order, for this session (what Qt itself would pick first)."""
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return [p.split(":")[0] for p in asked.split(";") if p]
    wayland = environ.get("WAYLAND_DISPLAY") or environ.get("XDG_SESSION_TYPE") == "wayland"
    x11 = bool(environ.get("DISPLAY"))
    return (["wayland"] if wayland else []) + (["xcb"] if x11 else [])


def install_hint(library: str) -> str:
    debian, fedora = PACKAGES.get(library, (None, None))
    if debian is None:
        return f"install the package that provides {library}"
    return f"Debian/Ubuntu: sudo apt install {debian} · Fedora: sudo dnf install {fedora}"


def check(environ: Mapping[str, str] | None = None) -> tuple[str | None, str | None]:
    """(platform to use or None for Qt's own choice, problem message or None).

    On Linux only; a platform we cannot judge (offscreen, vnc, a plugin we do not ship) is
    left to Qt. When the session offers Wayland and X11 and only one of their plugins loads,
    that one is chosen; when none loads, the message names what to install.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None, None
    folder = _plugins_folder()
    wanted = choose_platform(env)
    if folder is None or not wanted or wanted[0] not in PLUGIN_FILES:
        return None, None
    missing: list[tuple[str, str]] = []
    for platform in wanted:
        plugin = folder / PLUGIN_FILES.get(platform, "")
        if platform not in PLUGIN_FILES or not plugin.is_file():
            continue
        library = plugin_problem(plugin)
        if library is None:
            return (platform if len(wanted) > 1 else None), None
        missing.append((platform, library))
    if not missing:
        return None, None
    lines = [
        f"Qt's {platform} platform plugin needs {library}, which this system cannot load "
        f"({install_hint(library)})"
        for platform, library in missing
    ]
    return None, "the window cannot start: " + "; ".join(lines) + "."
