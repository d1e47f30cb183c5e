"""The app's bundled files (fonts, icons, translations) and the one way to find them.

The files live in this package's folders (fonts/, icons/, translations/), so they travel
with the code into every kind of installation: a source checkout, an editable install, a
wheel or sdist installed by pip or pipx, a distribution package, and the PyInstaller
bundle (whose importer answers for the package's files under its own folder). Every
reader asks `resource_path`, which asks the package's importer where this package is
(the answer importlib.resources gives); nothing builds a path from a module's own file
name or knows how the app was installed. No Qt here: journal/ stays importable
without it (the report's fonts need these paths too).
"""

from __future__ import annotations

from functools import cache
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

APP_ID = "io.github.migrainejournal.MigraineJournal"
"""The reverse-DNS id of the .desktop file, the AppStream metainfo and the icon name."""


@cache
def resource_root() -> Path:
    """The folder holding the bundled files, as a real folder on disk.

    Installed packages are plain folders, so this is where the package is. Only if the
    package were imported from a zip file are its files copied once to a private
    temporary folder (removed at exit), because Qt and reportlab open files by name.
    """
    loader = __spec__.loader
    if type(loader) is SourceFileLoader or type(loader) is SourcelessFileLoader:
        # A package in a plain folder, imported by Python's own file importer:
        # importlib.resources.files() answers with its loader's folder (its FileReader),
        # so ask the loader directly. importlib.resources and its readers (six modules,
        # about 3 ms) then load only for another importer (a zip file, PyInstaller).
        return Path(loader.path).parent
    import atexit
    import shutil
    import tempfile
    from importlib.resources import files

    root = files(__name__)
    if isinstance(root, Path):
        return root
    copy = Path(tempfile.mkdtemp(prefix="migraine-journal-resources-"))
    atexit.register(shutil.rmtree, copy, ignore_errors=True)
    _copy_tree(root, copy)
    return copy


def _copy_tree(source: Traversable, target: Path) -> None:
    for entry in source.iterdir():
        if entry.is_dir():
            (target / entry.name).mkdir()
            _copy_tree(entry, target / entry.name)
        elif entry.name != "__init__.py":
            (target / entry.name).write_bytes(entry.read_bytes())


def resource_path(relative: str) -> Path:
    """The full path of a bundled file, e.g. resource_path("fonts/DejaVuSans.ttf").

    The path is returned whether or not the file exists, so callers decide whether a
    missing file is an error (the self-check says it is).
    """
    return resource_root() / relative
