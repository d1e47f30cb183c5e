"""The installable app's files agree: one app id, one command, one version, every icon.

A software centre, a desktop menu and PyInstaller each read a different file; when
they disagree the app shows up without an icon, twice, or with the wrong version.
"""

from __future__ import annotations

import configparser
import importlib.util
import struct
import tomllib
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest

from journal import __version__
from journal.resources import APP_ID, resource_path, resource_root

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DESKTOP = ROOT / "journal" / "resources" / "desktop"
HICOLOR = ROOT / "journal" / "resources" / "icons" / "hicolor"
COMMAND = "migraine-journal"


def _render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(DESKTOP / f"{APP_ID}.metainfo.xml").getroot()


def _pyproject() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        project: dict[str, object] = tomllib.load(file)["project"]
    return project


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_app_id_is_reverse_dns() -> None:
    assert APP_ID.count(".") >= 2
    assert APP_ID.split(".")[0] in {"io", "org", "com", "net"}


def test_desktop_file_launches_the_installed_command_with_the_app_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Migraine Journal"
    assert entry["Exec"].split()[0] == COMMAND
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")


def test_the_desktop_command_is_the_one_pyproject_installs() -> None:
    scripts = _pyproject()["scripts"]
    assert isinstance(scripts, dict)
    assert scripts[COMMAND] == "ui.app.launcher:main"


def test_metainfo_names_the_same_id_desktop_file_and_command() -> None:
    root = _metainfo()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == COMMAND
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert root.findtext("name") == _desktop_entry()["Name"]


def test_metainfo_licence_is_the_projects() -> None:
    root = _metainfo()
    assert root.findtext("project_license") == "GPL-3.0-or-later" == _pyproject()["license"]
    assert root.findtext("metadata_license") == "CC0-1.0"


def test_newest_metainfo_release_is_the_apps_version() -> None:
    releases = _metainfo().findall("releases/release")
    assert releases, "the metainfo has no release"
    assert releases[0].get("version") == __version__ == _pyproject()["version"]
    assert releases[0].get("date")


def test_metainfo_summary_is_short_and_has_no_final_full_stop() -> None:
    summary = _metainfo().findtext("summary") or ""
    assert 0 < len(summary) <= 35
    assert not summary.endswith(".")


def test_spec_builds_the_installed_app_with_all_our_packages() -> None:
    spec = (PACKAGING / "migraine-journal.spec").read_text(encoding="utf-8")
    assert 'files("journal.resources")' in spec
    assert 'copy_metadata("migraine-journal")' in spec
    assert 'collect_submodules("journal")' in spec
    assert 'collect_submodules("ui")' in spec
    assert '"PySide6.QtNetwork"' in spec
    assert f'APP_ID = "{APP_ID}"' in spec
    assert f'APP_NAME = "{COMMAND}"' in spec


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_exists_and_is_square_in_each_size(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(path) == (size, size)


def test_every_rendered_size_is_committed() -> None:
    sizes = _render_icons().SIZES
    assert {16, 32, 48, 64, 128, 256, 512} <= set(sizes)
    for size in sizes:
        assert (HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()


def test_scalable_icon_is_the_apps_svg() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == resource_path("icons/app.svg").read_bytes()


def test_render_icons_draws_a_square_png_that_is_not_blank(tmp_path: Path, qapp: object) -> None:
    from PySide6.QtGui import QImage

    written = _render_icons().render_icons(tmp_path, sizes=(40,))
    png = tmp_path / "40x40" / "apps" / f"{APP_ID}.png"
    assert png in written
    image = QImage(str(png))
    assert (image.width(), image.height()) == (40, 40)
    assert image.pixelColor(20, 30).alpha() == 255  # the icon's body
    assert image.pixelColor(0, 0).alpha() == 0  # transparent corner


def test_resources_are_found_through_importlib_resources() -> None:
    assert resource_root() == Path(str(files("journal.resources")))
    assert resource_root() == ROOT / "journal" / "resources"  # this checkout's package
    assert resource_path("fonts/DejaVuSans.ttf").is_file()
    assert resource_path("icons/app.svg").is_file()
    assert resource_path("translations/migraine_journal_de.qm").is_file()


def test_no_module_builds_resource_paths_from_its_own_file() -> None:
    for package in ("journal", "ui"):
        for module in (ROOT / package).rglob("*.py"):
            for line in module.read_text(encoding="utf-8").splitlines():
                if "__file__" in line or "_MEIPASS" in line:
                    assert "resources" not in line, f"{module} builds a resource path: {line}"
                    assert "fonts" not in line, f"{module} builds a font path: {line}"


def test_constraints_pin_every_dependency_inside_pyprojects_ranges() -> None:
    from packaging.requirements import Requirement

    pins = {}
    for line in (PACKAGING / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name] = version
    dependencies = _pyproject()["dependencies"]
    assert isinstance(dependencies, list)
    for dependency in dependencies:
        requirement = Requirement(dependency)
        name = requirement.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned"
        assert requirement.specifier.contains(pins[name]), f"{name}=={pins[name]}"
    assert "pyinstaller" in pins


def test_makefile_has_a_phony_package_target_that_smoke_runs_the_build() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = next(line for line in makefile.splitlines() if line.startswith(".PHONY:"))
    assert "package" in phony.split()
    assert "\npackage:" in makefile
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "--self-check" in build
    assert "--version" in build
    assert "QT_QPA_PLATFORM=offscreen" in build


def test_build_and_install_scripts_use_the_same_app_id() -> None:
    for script in ("build.sh", "linux/install.sh", "linux/build-deb.sh"):
        assert f'app_id="{APP_ID}"' in (PACKAGING / script).read_text(encoding="utf-8")


def test_windows_icon_holds_every_size_as_png() -> None:
    data = (PACKAGING / "windows" / "migraine-journal.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        png = data[offset : offset + length]
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        sizes.append(struct.unpack(">I", png[16:20])[0])
        assert width == (0 if sizes[-1] == 256 else sizes[-1])
    assert sizes == list(_render_icons().ICO_SIZES)


def test_macos_icon_holds_every_element_up_to_1024() -> None:
    data = (PACKAGING / "macos" / "migraine-journal.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    found = {}
    offset = 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        png = data[offset + 8 : offset + length]
        found[kind] = struct.unpack(">I", png[16:20])[0]
        offset += length
    assert found == dict(_render_icons().ICNS_TYPES)


def test_windows_installer_takes_its_version_from_pyproject() -> None:
    assert (PACKAGING / "windows" / "version.iss").read_text(
        encoding="utf-8"
    ) == _render_icons().version_iss()
    assert f'"{_pyproject()["version"]}"' in (PACKAGING / "windows" / "version.iss").read_text()
    script = (PACKAGING / "windows" / "migraine-journal.iss").read_text(encoding="utf-8")
    assert '#include "version.iss"' in script
    assert "AppVersion={#AppVersion}" in script
    assert "SetupIconFile=migraine-journal.ico" in script
    assert "PrivilegesRequired=lowest" in script


def test_flatpak_manifest_is_accepted_and_builds_on_kde() -> None:
    import json
    import shutil
    import subprocess

    manifest = PACKAGING / "flatpak" / f"{APP_ID}.yml"
    builder = shutil.which("flatpak-builder")
    if builder is None:  # checked where flatpak-builder is installed; the text always
        text = manifest.read_text(encoding="utf-8")
        assert f"app-id: {APP_ID}" in text
        assert "runtime: org.kde.Platform" in text
        return
    shown = subprocess.run(
        [builder, "--show-manifest", str(manifest)], capture_output=True, text=True, check=True
    )
    parsed = json.loads(shown.stdout)
    assert parsed["id"] == APP_ID
    assert parsed["runtime"] == "org.kde.Platform"
    assert parsed["command"] == COMMAND
    assert "--share=network" not in parsed["finish-args"]
    wheels = [
        source["url"].rsplit("/", 1)[1]
        for source in parsed["modules"][0]["sources"]
        if source["type"] == "file"
    ]
    pins = dict(
        line.split("==")
        for line in (PACKAGING / "constraints.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    for wheel in wheels:
        name, version = wheel.split("-")[:2]
        assert pins[name.lower().replace("_", "-")] == version, wheel
