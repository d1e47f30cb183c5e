"""`migraine-journal --self-check`: the check `make package` runs on the built app."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ui.app import launcher, self_check


def test_self_check_passes_from_the_source_tree(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert self_check.run_self_check() == 0
    assert capsys.readouterr().out.strip() == "self-check ok"


def test_self_check_flag_of_the_command_runs_the_check(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    assert launcher.main(["--self-check"]) == 0
    assert "self-check ok" in capsys.readouterr().out


def test_self_check_fails_with_one_sentence_naming_a_missing_icon(
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(self_check, "resource_path", lambda relative: tmp_path / relative)
    assert self_check.run_self_check() == 1
    captured = capsys.readouterr()
    assert "self-check ok" not in captured.out
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("self-check failed while loading the app icon:")
    assert lines[0].endswith(".")


def test_self_check_fails_when_the_font_cannot_be_loaded(
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    real = self_check.resource_path

    def no_fonts(relative: str) -> Path:
        return tmp_path / relative if relative.startswith("fonts/") else real(relative)

    monkeypatch.setattr(self_check, "resource_path", no_fonts)
    assert self_check.run_self_check() == 1
    assert "while loading the DejaVu font" in capsys.readouterr().err


def test_self_check_fails_when_the_translation_is_missing(
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from ui.kit import translations

    monkeypatch.setattr(translations, "translations_folder", lambda: tmp_path)
    assert self_check.run_self_check() == 1
    (line,) = capsys.readouterr().err.strip().splitlines()
    assert line == (
        "self-check failed while loading the German translation: "
        "the German translation of the app is missing."
    )
