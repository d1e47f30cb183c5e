"""The app in the desktop menu for pip and pipx users: `--install-desktop`, `--uninstall-desktop`.

A distribution package (the .deb, the Flatpak) installs the desktop entry, the icons, the
AppStream metainfo and the MIME type of the app's own export system-wide. A person who
installed the app with pip or pipx has none of that; these functions put the same files
(bundled in journal.resources) into the user's XDG data folder ($XDG_DATA_HOME, else
~/.local/share), and take them away again. The desktop entry's Exec= names the absolute
path of the command that was run, so the menu works whatever PATH says (pipx puts its
commands in ~/.local/bin, which many desktops do not have on PATH).

Freedesktop specifications followed: Desktop Entry 1.5 (Exec quoting), Icon Theme
(hicolor/NxN/apps), Shared MIME-info (mime/packages), AppStream (metainfo). The caches of
the menu, the MIME database and the icon theme are refreshed when their tools exist.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from journal.resources import APP_ID, resource_path

DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_TYPE = "application/x-migraine-journal+json"
"""The MIME type of the app's own JSON export (declared in desktop/<APP_ID>.mime.xml)."""

_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
"""Characters that make an Exec argument need quoting (Desktop Entry spec, "Exec key")."""


@dataclass(frozen=True)
class DesktopFiles:
    """Where each installed file goes under one XDG data folder."""

    data_home: Path

    @property
    def desktop_entry(self) -> Path:
        return self.data_home / "applications" / DESKTOP_FILE

    @property
    def metainfo(self) -> Path:
        return self.data_home / "metainfo" / f"{APP_ID}.metainfo.xml"

    @property
    def mime_package(self) -> Path:
        return self.data_home / "mime" / "packages" / f"{APP_ID}.xml"

    def icons(self) -> dict[Path, Path]:
        """Each bundled icon (hicolor PNGs and the scalable SVG) and where it goes."""
        source = resource_path("icons/hicolor")
        return {
            icon: self.data_home / "icons" / "hicolor" / icon.relative_to(source)
            for icon in sorted(source.glob(f"*/apps/{APP_ID}.*"))
        }

    def all(self) -> list[Path]:
        return [self.desktop_entry, self.metainfo, self.mime_package, *self.icons().values()]


def data_home() -> Path:
    """The user's XDG data folder ($XDG_DATA_HOME when set and absolute)."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def quote_exec_argument(argument: str) -> str:
    """One Exec= argument, quoted as the Desktop Entry spec asks when it needs it.

    Inside double quotes, `"`, backquote, `$` and backslash are escaped with a backslash;
    then, because Exec is a string value, every backslash is written twice.
    """
    if argument and not (_RESERVED & set(argument)) and "%" not in argument:
        return argument
    inner = "".join("\\" + char if char in '"`$\\' else char for char in argument)
    quoted = f'"{inner.replace("%", "%%")}"'
    return quoted.replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    """The bundled desktop entry with Exec= and TryExec= naming `command` (absolute)."""
    template = resource_path(f"desktop/{DESKTOP_FILE}").read_text(encoding="utf-8")
    exec_line = " ".join(quote_exec_argument(part) for part in command) + " %f"
    replaced = {"Exec": exec_line, "TryExec": command[0]}
    lines = []
    for line in template.splitlines():
        key = line.partition("=")[0]
        lines.append(f"{key}={replaced[key]}" if key in replaced else line)
    return "\n".join(lines) + "\n"


def install_desktop(command: Sequence[str], home: Path | None = None) -> list[Path]:
    """Install the desktop entry, metainfo, MIME type and icons; returns the files written.

    `command` is the absolute command line that starts the app (the launcher that is
    running now). Installing again replaces the files (e.g. after a move of the venv).
    """
    if not command or not Path(command[0]).is_absolute():
        raise ValueError(f"the desktop entry needs an absolute command, not {command!r}")
    place = DesktopFiles(home or data_home())
    _write(place.desktop_entry, desktop_entry(command).encode("utf-8"))
    _write(place.metainfo, resource_path(f"desktop/{APP_ID}.metainfo.xml").read_bytes())
    _write(place.mime_package, resource_path(f"desktop/{APP_ID}.mime.xml").read_bytes())
    for source, target in place.icons().items():
        _write(target, source.read_bytes())
    _refresh_caches(place.data_home)
    return place.all()


def uninstall_desktop(home: Path | None = None) -> list[Path]:
    """Remove what install_desktop wrote (and nothing else); returns the files removed."""
    place = DesktopFiles(home or data_home())
    removed = []
    for path in place.all():
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    _refresh_caches(place.data_home)
    return removed


def _write(target: Path, content: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(content)
    partial.replace(target)


def _refresh_caches(home: Path) -> None:
    """Tell the menu, the MIME database and the icon theme (where their tools exist)."""
    refreshers = [
        ("update-desktop-database", "-q", home / "applications"),
        ("update-mime-database", home / "mime"),
        ("gtk-update-icon-cache", "-q", "-t", "-f", home / "icons" / "hicolor"),
    ]
    for tool, *arguments in refreshers:
        folder = Path(arguments[-1])
        executable = shutil.which(str(tool))
        if executable is None or not folder.is_dir():
            continue
        subprocess.run(
            [executable, *map(str, arguments)],
            check=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
