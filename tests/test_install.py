"""The app as a new user installs it: the wheel and the sdist, each in a fresh venv.

The project is built from a copy of its files (nothing written into the checkout), then
installed with pip into a new virtual environment outside the checkout, and run from
there with PYTHONPATH cleared: the self-check, a demo journal, the doctor's report (its
fonts from the installed package, while any read of the system's font folders fails),
and the window offscreen in German with its icons. The third-party libraries are not
downloaded again: the fresh venv sees the test venv's site-packages after its own (a .pth
line), so every file of the PROJECT comes from the wheel, and the test stays offline.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("journal", "ui", "packaging", "scripts")
COPIED_FILES = ("pyproject.toml", "MANIFEST.in", "README.md", "COPYING", "Makefile")
SYSTEM_FONT_FOLDERS = ("/usr/share/fonts", "/usr/local/share/fonts", "/etc/fonts")

# In the fresh venv: refuse every read of the system's fonts, note every .ttf opened,
# then run the installed `migraine-journal` command's function with the given arguments.
RUN_WITH_FONT_GUARD = textwrap.dedent(
    """
    import sys
    from importlib.metadata import entry_points

    SYSTEM = {system!r}
    opened = []

    def guard(event, args):
        if event == "open" and isinstance(args[0], str):
            if args[0].startswith(SYSTEM):
                raise PermissionError(f"system font read: {{args[0]}}")
            if args[0].endswith(".ttf"):
                opened.append(args[0])

    sys.addaudithook(guard)
    (command,) = entry_points(group="console_scripts", name="migraine-journal")
    status = command.load()(sys.argv[1:])
    print("FONTS", *sorted(set(opened)), sep="\\n")
    sys.exit(status)
    """
)

GERMAN_WINDOW = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QLocale
    from journal.resources import resource_path
    from journal.storage import Journal
    from ui.app.start import application, create_main_window
    from ui.kit import translations

    app = application([sys.argv[0]])
    journal = Journal.open(sys.argv[1])
    window = create_main_window(journal)
    window.resize(1024, 700)
    window.show()
    app.processEvents()
    window.grab().save(sys.argv[2])
    print(json.dumps({
        "locale": QLocale().name(),
        "menus": [action.text() for action in window.menuBar().actions()],
        "window_icon": not app.windowIcon().isNull(),
        "icon_pixels": not app.windowIcon().pixmap(32, 32).isNull(),
        "icons": str(resource_path("icons")),
        "translations": str(translations.translations_folder()),
        "desktop_file_name": app.desktopFileName(),
    }))
    window.close()
    journal.close()
    """
)


@dataclass(frozen=True)
class Installed:
    """A fresh venv with the project installed from one artefact (wheel or sdist)."""

    venv: Path
    site: Path
    work: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    @property
    def command(self) -> Path:
        return self.venv / "bin" / "migraine-journal"

    def env(self) -> dict[str, str]:
        environment = {
            key: value
            for key, value in os.environ.items()
            if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
        }
        environment.update(
            HOME=str(self.work / "home"),
            XDG_DATA_HOME=str(self.work / "home" / "data"),
            XDG_CONFIG_HOME=str(self.work / "home" / "config"),
            XDG_STATE_HOME=str(self.work / "home" / "state"),
            XDG_CACHE_HOME=str(self.work / "home" / "cache"),
            QT_QPA_PLATFORM="offscreen",
            LC_ALL="C.UTF-8",
            PYTHONDONTWRITEBYTECODE="1",
        )
        return environment

    def run(self, *arguments: str | Path, env: dict[str, str] | None = None) -> str:
        done = subprocess.run(
            [str(argument) for argument in arguments],
            cwd=self.work,
            env=env or self.env(),
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
        assert done.returncode == 0, f"{arguments} failed:\n{done.stdout}\n{done.stderr}"
        return done.stdout


def _source_copy(target: Path) -> Path:
    """The files a release is built from, copied (the checkout stays untouched)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")
    for folder in COPIED:
        shutil.copytree(ROOT / folder, target / folder, ignore=ignore)
    for name in COPIED_FILES:
        shutil.copy2(ROOT / name, target / name)
    return target


def _build(source: Path, hook: str, output: Path) -> Path:
    """Run one PEP 517 hook of setuptools (offline, no build isolation) in `source`."""
    script = f"import setuptools.build_meta as b; print(b.{hook}({str(output)!r}))"
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    assert done.returncode == 0, done.stderr
    return output / done.stdout.strip().splitlines()[-1]


def _fresh_venv(work: Path, artefact: Path) -> Installed:
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    site = Path(
        subprocess.run(
            [
                venv / "bin" / "python",
                "-c",
                "import sysconfig; print(sysconfig.get_paths()['purelib'])",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    # The test venv's third-party libraries, after the fresh venv's own site-packages.
    (site / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    installed = Installed(venv, site, work)
    (work / "home").mkdir()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(installed.python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            "--no-build-isolation",
            str(artefact),
        ],
        check=True,
        cwd=work,
        env=installed.env(),
        timeout=240,
    )
    return installed


@pytest.fixture(scope="module")
def artefacts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist and the wheel, built from a copy of the source tree."""
    source = _source_copy(tmp_path_factory.mktemp("source"))
    output = tmp_path_factory.mktemp("dist")
    return {
        "sdist": _build(source, "build_sdist", output),
        "wheel": _build(source, "build_wheel", output),
    }


@pytest.fixture(scope="module", params=["wheel", "sdist"])
def installed(
    request: pytest.FixtureRequest,
    artefacts: dict[str, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Installed:
    return _fresh_venv(tmp_path_factory.mktemp(request.param), artefacts[request.param])


def test_the_wheel_carries_the_resources_and_the_sdist_the_sources(
    artefacts: dict[str, Path],
) -> None:
    import zipfile

    wheel = set(zipfile.ZipFile(artefacts["wheel"]).namelist())
    for name in (
        "journal/resources/fonts/DejaVuSans.ttf",
        "journal/resources/fonts/DejaVuSans-Bold.ttf",
        "journal/resources/icons/app.svg",
        "journal/resources/icons/attack.svg",
        "journal/resources/translations/migraine_journal_de.qm",
        "journal/resources/locale/de/LC_MESSAGES/journal.mo",
        "journal/resources/desktop/io.github.migrainejournal.MigraineJournal.desktop",
        "journal/resources/icons/hicolor/48x48/apps/io.github.migrainejournal.MigraineJournal.png",
    ):
        assert name in wheel
    sources = [name for name in wheel if name.endswith((".ts", ".po", ".pot"))]
    assert sources == [], "translation sources in the wheel"
    assert not any(name.startswith(("tests/", "packaging/")) for name in wheel)
    assert any(name.endswith("licenses/COPYING") for name in wheel)
    with tarfile.open(artefacts["sdist"]) as sdist:
        names = {Path(*Path(member).parts[1:]).as_posix() for member in sdist.getnames()}
    assert "journal/resources/translations/migraine_journal_de.ts" in names
    assert "journal/resources/locale/de/LC_MESSAGES/journal.po" in names
    assert "COPYING" in names
    assert "packaging/constraints.txt" in names


def test_the_project_runs_from_the_fresh_venv_not_the_checkout(installed: Installed) -> None:
    where = installed.run(
        installed.python, "-c", "import journal, ui; print(journal.__file__); print(ui.__file__)"
    )
    for line in where.split():
        assert Path(line).is_relative_to(installed.site), line
    assert installed.command.is_file()


def test_self_check_passes(installed: Installed) -> None:
    assert installed.run(installed.command, "--self-check").strip() == "self-check ok"


def test_demo_and_report_use_the_packaged_fonts_only(installed: Installed) -> None:
    db = installed.work / "demo.sqlite3"
    pdf = installed.work / "report.pdf"
    installed.run(installed.command, "demo", "--db", db, "--months", "3")
    script = RUN_WITH_FONT_GUARD.format(system=SYSTEM_FONT_FOLDERS)
    output = installed.run(installed.python, "-c", script, "report", "--db", db, "-o", pdf)
    fonts = output.split("FONTS", 1)[1].split()
    assert fonts, "the report read no font file"
    assert all(
        Path(font).is_relative_to(installed.site / "journal" / "resources") for font in fonts
    )
    dejavu = {}
    for page in PdfReader(pdf).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            if "DejaVuSans" in str(font["/BaseFont"]):
                descriptor = font["/FontDescriptor"].get_object()
                dejavu[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    assert dejavu, "the report uses no DejaVu font"
    assert all(dejavu.values()), f"not embedded: {dejavu}"


def test_the_window_opens_in_german_with_its_icons(installed: Installed) -> None:
    db = installed.work / "window.sqlite3"
    installed.run(installed.command, "demo", "--db", db, "--months", "2")
    picture = installed.work / "window-de.png"
    env = installed.env() | {"LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8", "LANGUAGE": "de"}
    facts = json.loads(
        installed.run(installed.python, "-c", GERMAN_WINDOW, db, picture, env=env).splitlines()[-1]
    )
    assert facts["locale"].startswith("de")
    assert "&Datei" in facts["menus"] or "Datei" in [m.replace("&", "") for m in facts["menus"]]
    assert facts["window_icon"] and facts["icon_pixels"]
    assert Path(facts["icons"]).is_relative_to(installed.site)
    assert Path(facts["translations"]).is_relative_to(installed.site)
    assert facts["desktop_file_name"] == "io.github.migrainejournal.MigraineJournal"
    assert picture.stat().st_size > 10_000


def test_install_desktop_from_the_fresh_venv_points_the_menu_at_its_command(
    installed: Installed,
) -> None:
    output = installed.run(installed.command, "--install-desktop")
    data = installed.work / "home" / "data"
    app_id = "io.github.migrainejournal.MigraineJournal"
    entry = (data / "applications" / f"{app_id}.desktop").read_text(encoding="utf-8")
    assert f"Exec={installed.command} %f" in entry.splitlines()
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{app_id}.png").is_file()
    assert (data / "mime" / "packages" / f"{app_id}.xml").is_file()
    assert "applications menu" in output
    installed.run(installed.command, "--uninstall-desktop")
    assert not (data / "applications" / f"{app_id}.desktop").exists()
