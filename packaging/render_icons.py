"""Render the app icon (journal/resources/icons/app.svg) to the PNG sizes desktops ask for.

Writes the freedesktop hicolor layout under journal/resources/icons/hicolor/ (shipped
in the wheel for `migraine-journal --install-desktop`, and used by the .deb and Flatpak):
NxN/apps/<APP_ID>.png for every size in SIZES, and scalable/apps/<APP_ID>.svg (a copy
of the SVG), plus from the same SVG the Windows icon (packaging/windows/
migraine-journal.ico: 16-256 px) and the macOS icon (packaging/macos/migraine-journal.icns:
16-1024 px), and packaging/windows/version.iss with the version from pyproject.toml for
the Inno Setup script. Run it again whenever app.svg or the version changes; the files
are committed so building a package needs no display (tests/test_packaging.py checks
they match). Rendering is offscreen (no window, no display needed):

    python packaging/render_icons.py [OUTPUT_HICOLOR_DIR]
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal.resources import APP_ID, resource_path  # noqa: E402

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""The hicolor sizes: small ones for menus and panels, large ones for software centres."""

HICOLOR = ROOT / "journal" / "resources" / "icons" / "hicolor"
WINDOWS_ICON = ROOT / "packaging" / "windows" / "migraine-journal.ico"
MACOS_ICON = ROOT / "packaging" / "macos" / "migraine-journal.icns"
VERSION_ISS = ROOT / "packaging" / "windows" / "version.iss"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""The sizes Windows picks from (Explorer, taskbar, Start, high-DPI)."""

ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
"""The PNG-based icns element types (Apple's icon family, macOS 10.7 and later)."""


def _render_png(size: int) -> bytes:
    """app.svg drawn square at `size` pixels, transparent around it, as PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(resource_path("icons/app.svg")))
    if not renderer.isValid():
        raise SystemExit("The app icon app.svg is not a valid SVG.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico_bytes(sizes: Iterable[int] = ICO_SIZES) -> bytes:
    """A Windows .ico holding one PNG per size (the Vista+ PNG-in-ICO form)."""
    images = [(size, _render_png(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        data += png
    return header + entries + data


def icns_bytes() -> bytes:
    """A macOS .icns holding a PNG for each element type of ICNS_TYPES."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(png)) + png
        for kind, png in ((kind, _render_png(size)) for kind, size in ICNS_TYPES)
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        found: str = tomllib.load(file)["project"]["version"]
    return found


def version_iss() -> str:
    """The Inno Setup include with the app's version (migraine-journal.iss reads it)."""
    return (
        "; Written by packaging/render_icons.py from pyproject.toml; do not edit.\n"
        f'#define AppVersion "{version()}"\n'
    )


def write_platform_files() -> list[Path]:
    """The Windows .ico and version.iss, and the macOS .icns."""
    WINDOWS_ICON.write_bytes(ico_bytes())
    MACOS_ICON.write_bytes(icns_bytes())
    VERSION_ISS.write_text(version_iss(), encoding="utf-8")
    return [WINDOWS_ICON, MACOS_ICON, VERSION_ISS]


def render_icons(hicolor: Path = HICOLOR, sizes: Iterable[int] = SIZES) -> list[Path]:
    """Render app.svg into `hicolor` at each size (square, transparent); returns the files."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    source = resource_path("icons/app.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"The app icon {source} is not a valid SVG.")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):  # PNG, from the suffix
            raise SystemExit(f"Could not write {target}.")
        written.append(target)
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, scalable)
    written.append(scalable)
    return written


if __name__ == "__main__":
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else HICOLOR
    written = render_icons(output)
    if output == HICOLOR:
        written += write_platform_files()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
