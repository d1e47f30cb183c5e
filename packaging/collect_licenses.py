"""Write the licences a built bundle must carry into TARGET (e.g. dist/migraine-journal/licenses).

    python packaging/collect_licenses.py TARGET

Run with the build venv's Python (packaging/build.sh does): it reads the installed
distributions' metadata, so it lists exactly what that venv, and so the bundle, holds.
See packaging/licenses/README.md for what goes in and why.
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from importlib.metadata import Distribution, distributions
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

LICENCE_NAMES = ("license", "licence", "copying", "notice", "authors")
"""File names (lower-case prefixes) that hold a licence or its required notices."""

BUILD_ONLY = {"pip", "setuptools", "pyinstaller-hooks-contrib", "altgraph", "packaging"}
"""Distributions in the build venv that do not end up in the bundle."""


def _normalised(name: str) -> str:
    return name.lower().replace("_", "-")


def _licence_files(dist: Distribution) -> list[Path]:
    found = []
    for entry in dist.files or []:
        name = Path(str(entry)).name.lower()
        if ".dist-info" in str(entry) and name.startswith(LICENCE_NAMES):
            found.append(Path(str(dist.locate_file(entry))))
    return found


def collect(target: Path) -> list[str]:
    """Copy every licence into `target`; returns the lines of SOURCES.txt."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "COPYING", target / "COPYING")
    shutil.copyfile(ROOT / "journal" / "resources" / "fonts" / "LICENSE", target / "DejaVu-fonts")
    shutil.copyfile(HERE / "licenses" / "LGPL-3.0.txt", target / "LGPL-3.0.txt")
    python_licence = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_licence.is_file():
        shutil.copyfile(python_licence, target / "Python")
    sources = [
        "Migraine Journal: GPL-3.0-or-later, see COPYING",
        f"Python {sys.version.split()[0]}: PSF-2.0, see Python; https://www.python.org/downloads/source/",
    ]
    for dist in sorted(distributions(), key=lambda d: _normalised(d.metadata["Name"])):
        name = _normalised(dist.metadata["Name"])
        if name in BUILD_ONLY or name == "migraine-journal":
            continue
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        folder = target / name
        copied = []
        for file in _licence_files(dist):
            folder.mkdir(exist_ok=True)
            destination = folder / file.name
            if destination.exists():  # numpy has several LICENSE.md, one per vendored part
                destination = folder / f"{file.parent.name}-{file.name}"
            shutil.copyfile(file, destination)
            copied.append(destination.name)
        if name in {"pyside6-essentials", "shiboken6"}:
            licence = "LGPL-3.0-only (Qt for Python), see LGPL-3.0.txt and COPYING"
            copied.append("../LGPL-3.0.txt")
        if name == "pyinstaller":
            licence = "GPL-2.0-or-later with the bootloader exception"
        short = " ".join(licence.split())[:80] or "see files"
        sources.append(
            f"{name} {dist.version}: {short}; files: {', '.join(copied) or 'none shipped'}; "
            f"source: https://pypi.org/project/{name}/{dist.version}/#files"
        )
    (target / "SOURCES.txt").write_text("\n".join(sources) + "\n", encoding="utf-8")
    return sources


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for line in collect(Path(sys.argv[1])):
        print(line)
