"""The installable app's files agree: one app id, one command, one version, every icon.

A software centre, a desktop menu and PyInstaller each read a different file; when
they disagree the app shows up without an icon, twice, or with the wrong version.
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import struct
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from journal import __version__
from journal.resources import APP_ID, resource_path, resource_root

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
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
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def _metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


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


def _spec_datas() -> list[str]:
    tree = ast.parse((PACKAGING / "migraine-journal.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Analysis":
            datas = next(k.value for k in node.keywords if k.arg == "datas")
            assert isinstance(datas, ast.List)
            return [ast.literal_eval(pair.elts[1]) for pair in datas.elts]  # type: ignore[attr-defined]
    raise AssertionError("the spec has no Analysis(...)")


def test_spec_bundles_the_fonts_and_icons_where_resource_path_looks() -> None:
    destinations = _spec_datas()
    assert "resources/fonts" in destinations
    assert "resources/icons" in destinations
    for destination in destinations:
        assert (ROOT / destination).is_dir()


def test_spec_builds_the_launcher_and_all_our_packages() -> None:
    spec = (PACKAGING / "migraine-journal.spec").read_text(encoding="utf-8")
    assert '"ui" / "app" / "launcher.py"' in spec
    assert 'collect_submodules("journal")' in spec
    assert 'collect_submodules("ui")' in spec
    assert f'APP_ID = "{APP_ID}"' in spec
    assert f'APP_NAME = "{COMMAND}"' in spec


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_exists_and_is_square_in_each_size(size: int) -> None:
    path = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert _png_size(path) == (size, size)


def test_every_rendered_size_is_committed() -> None:
    sizes = _render_icons().SIZES
    assert {16, 32, 48, 64, 128, 256, 512} <= set(sizes)
    for size in sizes:
        assert (LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()


def test_scalable_icon_is_the_apps_svg() -> None:
    scalable = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
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


def test_resources_come_from_the_source_tree_when_not_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resource_root() == ROOT / "resources"
    assert resource_path("fonts/DejaVuSans.ttf").is_file()
    assert resource_path("icons/app.svg").is_file()


def test_resources_come_from_the_bundle_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (
        resource_path("fonts/DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    )


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
    for script in ("build.sh", "linux/install.sh"):
        assert f'app_id="{APP_ID}"' in (PACKAGING / script).read_text(encoding="utf-8")
