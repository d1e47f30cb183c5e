"""Render the app icon (journal/resources/icons/app.svg) to the PNG sizes desktops ask for.

Writes the freedesktop hicolor layout under journal/resources/icons/hicolor/ (shipped
in the wheel for `migraine-journal --install-desktop`, and used by the .deb and Flatpak):
NxN/apps/<APP_ID>.png for every size in SIZES, and scalable/apps/<APP_ID>.svg (a copy
of the SVG). Run it again whenever app.svg changes; the PNGs are committed so building
the package needs no display. Rendering is offscreen (no window, no display needed):

    python packaging/render_icons.py [OUTPUT_HICOLOR_DIR]
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from journal.resources import APP_ID, resource_path  # noqa: E402

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""The hicolor sizes: small ones for menus and panels, large ones for software centres."""

HICOLOR = ROOT / "journal" / "resources" / "icons" / "hicolor"


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
    for path in render_icons(output):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
