"""Where the app's bundled files (fonts, icons) are, from source or from the built app.

From a source checkout they live in resources/ next to the journal package; in a
PyInstaller bundle they are unpacked under sys._MEIPASS/resources. Everything that
reads a bundled file asks `resource_path` so both cases work. No Qt here: journal/
stays importable without it (the report's fonts need these paths too).
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_ID = "io.github.migrainejournal.MigraineJournal"
"""The reverse-DNS id of the .desktop file, the AppStream metainfo and the icon name."""


def resource_root() -> Path:
    """The resources folder: inside the PyInstaller bundle when frozen, else in the tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """The full path of a bundled file, e.g. resource_path("fonts/DejaVuSans.ttf").

    The path is returned whether or not the file exists, so callers decide whether a
    missing file is an error (the self-check says it is).
    """
    return resource_root() / relative
