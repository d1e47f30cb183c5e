"""The desktop entry, metainfo and MIME type pass the freedesktop validators, and
`--install-desktop` / `--uninstall-desktop` put them in the user's data folder and take
them away again, with an Exec= that works whatever PATH says.

desktop-file-validate (desktop-file-utils) and appstreamcli (appstream) are installed by
scripts/system-deps.sh, which `make test` runs first.
"""

from __future__ import annotations

import configparser
import shlex
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from journal import desktop
from journal.resources import APP_ID, resource_path

DESKTOP_FILE = resource_path(f"desktop/{APP_ID}.desktop")
METAINFO = resource_path(f"desktop/{APP_ID}.metainfo.xml")
MIME = resource_path(f"desktop/{APP_ID}.mime.xml")


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: run scripts/system-deps.sh (make test does)"
    return found


def _validate_desktop(path: Path) -> str:
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(path)], capture_output=True, text=True, check=False
    )
    return (done.stdout + done.stderr).strip() + ("" if done.returncode == 0 else " (failed)")


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser["Desktop Entry"]


def test_the_desktop_file_validates_without_a_word() -> None:
    assert _validate_desktop(DESKTOP_FILE) == ""


def test_the_metainfo_validates_with_no_warning_and_has_url_screenshots_branding() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    problems = [line for line in done.stdout.splitlines() if line[:2] in {"W:", "E:"}]
    assert problems == []
    root = ET.parse(METAINFO).getroot()
    assert root.find("url[@type='homepage']") is not None
    assert root.find("url[@type='bugtracker']") is not None
    assert len(root.findall("screenshots/screenshot")) >= 2
    assert root.find("screenshots/screenshot[@type='default']") is not None
    assert {c.get("scheme_preference") for c in root.findall("branding/color")} == {
        "light",
        "dark",
    }
    for image in root.iter("image"):
        name = (image.text or "").rsplit("/", 1)[-1]
        assert (Path(__file__).resolve().parents[1] / "docs" / "screenshots" / name).is_file()


def test_the_mime_type_is_the_one_the_desktop_entry_opens() -> None:
    namespace = "{http://www.freedesktop.org/standards/shared-mime-info}"
    root = ET.parse(MIME).getroot()
    (mime_type,) = root.findall(f"{namespace}mime-type")
    assert mime_type.get("type") == desktop.MIME_TYPE
    assert _entry(DESKTOP_FILE.read_text(encoding="utf-8"))["MimeType"] == f"{desktop.MIME_TYPE};"
    magic = mime_type.find(f"{namespace}magic/{namespace}match")
    assert magic is not None
    assert magic.get("value") == '"format": "migraine-journal"'


def test_the_mime_database_recognises_an_export(tmp_path: Path) -> None:
    update = _tool("update-mime-database")
    mime = tmp_path / "mime"
    (mime / "packages").mkdir(parents=True)
    shutil.copyfile(MIME, mime / "packages" / f"{APP_ID}.xml")
    subprocess.run([update, str(mime)], check=True, capture_output=True)
    generated = mime / "application" / "x-migraine-journal+json.xml"
    assert generated.is_file()
    assert "Migraine Journal export" in generated.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("argument", "written"),
    [
        ("/usr/bin/migraine-journal", "/usr/bin/migraine-journal"),
        ("/home/a b/.local/bin/migraine-journal", '"/home/a b/.local/bin/migraine-journal"'),
        ("/opt/$x/mj", '"/opt/\\\\$x/mj"'),
        ("/opt/100%/mj", '"/opt/100%%/mj"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_asks(argument: str, written: str) -> None:
    assert desktop.quote_exec_argument(argument) == written


def test_install_desktop_writes_every_file_with_an_absolute_exec(tmp_path: Path) -> None:
    home = tmp_path / "data"
    launcher = tmp_path / "my venv" / "bin" / "migraine-journal"
    written = desktop.install_desktop([str(launcher)], home)
    assert all(path.is_file() for path in written)
    entry_file = home / "applications" / f"{APP_ID}.desktop"
    assert entry_file in written
    assert _validate_desktop(entry_file) == ""
    entry = _entry(entry_file.read_text(encoding="utf-8"))
    assert shlex.split(entry["Exec"]) == [str(launcher), "%f"]
    assert entry["TryExec"] == str(launcher)
    assert entry["Icon"] == APP_ID
    assert (home / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (home / "mime" / "packages" / f"{APP_ID}.xml").read_bytes() == MIME.read_bytes()
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()


def test_install_desktop_refuses_a_relative_command(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="absolute"):
        desktop.install_desktop(["migraine-journal"], tmp_path)
    assert not any(tmp_path.iterdir())


def test_uninstall_desktop_removes_what_install_wrote_and_nothing_else(tmp_path: Path) -> None:
    home = tmp_path / "data"
    other = home / "applications" / "someone-else.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    written = desktop.install_desktop(["/usr/bin/migraine-journal"], home)
    removed = desktop.uninstall_desktop(home)
    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in written)
    assert other.is_file()
    leftovers = list(home.rglob(f"*{APP_ID}*"))
    assert leftovers == []
    assert desktop.uninstall_desktop(home) == []  # twice is harmless


def test_data_home_follows_xdg_data_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert desktop.data_home() == tmp_path
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.data_home() == tmp_path / ".local" / "share"
