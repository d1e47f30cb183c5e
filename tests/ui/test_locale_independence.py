"""Parsing never depends on the process locale, and a report's language is its own.

Creating the QApplication sets the C library's locale from LANG (LC_TIME too): from
then on strptime's %b/%B/%p expect German names and strftime writes them. So:
- no code of journal/ or ui/ parses or writes month, day or AM/PM names through the C
  library (strptime/strftime with names, calendar.month_name...);
- in a window started with LANG=de_DE.UTF-8, an English-dated CSV imports exactly as
  on the command line, and an English report made there has English months.
"""

from __future__ import annotations

import json
import locale
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NAMED = re.compile(
    r"(strptime|strftime)\([^)]*%[aAbBpcxX]"
    r"|\{[^{}]*:[^{}]*%[aAbBpcxX][^{}]*\}"  # f"{day:%d %b}"
    r"|calendar\.(month_name|month_abbr|day_name|day_abbr)"
)
"""A C-library date name: the process locale decides what it reads or writes."""


def locale_dependent_lines(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if NAMED.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{path.relative_to(folder.parent)}:{number}: {line.strip()}")
    return found


def test_the_guard_finds_a_locale_dependent_name(tmp_path: Path) -> None:
    package = tmp_path / "bad"
    package.mkdir()
    (package / "a.py").write_text(
        'x = datetime.strptime(text, "%b %d, %Y")\ny = f"{day:%d %b}"\n'
        "z = calendar.month_name[3]\nok = day.strftime('%Y-%m-%d')\n"
    )
    assert len(locale_dependent_lines(package)) == 3


def test_no_code_reads_or_writes_date_names_through_the_process_locale() -> None:
    assert locale_dependent_lines(ROOT / "journal") + locale_dependent_lines(ROOT / "ui") == []


def _has_german_locale() -> bool:
    saved = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        return False
    finally:
        locale.setlocale(locale.LC_TIME, saved)
    return True


ENGLISH_CSV = (
    "Start,End,Pain,Notes\n"
    '"Mar 5, 2026 22:30","Mar 6, 2026 4:15 AM",moderate,woke up with it\n'
    '"March 12, 2026 7:00 AM","March 12, 2026 11:00 AM",severe,\n'
)

IN_THE_WINDOW = textwrap.dedent(
    """
    import json, locale, subprocess, sys
    from datetime import date
    from pathlib import Path
    from ui.app.start import application
    from journal import i18n
    from journal.analysis.diary import load_diary
    from journal.exchange.detect import plan_file
    from journal.exchange.json_format import apply_import
    from journal.report import ReportOptions, build_report
    from journal.storage import Journal

    csv, db, pdf = (Path(p) for p in sys.argv[1:4])
    app = application([])  # Qt sets the C library's locale from LANG here
    assert locale.setlocale(locale.LC_TIME).startswith("de_DE"), locale.setlocale(locale.LC_TIME)
    assert i18n.language() == "de"
    with Journal.open(db, create=True) as journal:
        apply_import(journal, plan_file(journal, csv, "csv", date_order="mdy"))
        attacks = [[a.start.isoformat(), a.end.isoformat(), a.pain] for a in journal.attacks.all()]
        options = ReportOptions(date(2026, 1, 1), date(2026, 3, 31), language="en")
        pdf.write_bytes(build_report(load_diary(journal), options, date(2026, 3, 31)))
    print(json.dumps(attacks))
    """
)


@pytest.mark.skipif(not _has_german_locale(), reason="the de_DE.UTF-8 locale is not installed")
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_a_german_window_imports_english_dates_as_the_command_line_and_reports_in_english(
    tmp_path: Path,
) -> None:
    csv = tmp_path / "attacks.csv"
    csv.write_text(ENGLISH_CSV, encoding="utf-8")
    base = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    base |= {"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "TZ": "Europe/Berlin"}
    german = base | {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"}
    window = subprocess.run(
        [
            sys.executable,
            "-c",
            IN_THE_WINDOW,
            str(csv),
            str(tmp_path / "w.sqlite3"),
            str(tmp_path / "en.pdf"),
        ],
        env=german,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert window.returncode == 0, window.stderr
    in_window = json.loads(window.stdout.strip().splitlines()[-1])

    cli_db = tmp_path / "cli.sqlite3"
    cli = base | {"LANG": "C.UTF-8"}
    for command in (
        ["import", str(csv), "--db", str(cli_db), "--format", "csv", "--date-order", "mdy"],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "ui.app.launcher", *command],
            env=cli,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
    dump = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json,sys\nfrom journal.storage import Journal\n"
            "with Journal.open(sys.argv[1]) as j:\n"
            "    print(json.dumps([[a.start.isoformat(), a.end.isoformat(), a.pain]"
            " for a in j.attacks.all()]))",
            str(cli_db),
        ],
        env=cli,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    on_cli = json.loads(dump.stdout)
    assert in_window == on_cli
    assert [start[:16] for start, _end, _pain in in_window] == [
        "2026-03-05T22:30",
        "2026-03-12T07:00",
    ]

    text = subprocess.run(
        ["pdftotext", str(tmp_path / "en.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "March 2026" in text and "January 2026" in text
    for german_word in ("März", "Januar", "Dez", "Kopfschmerzkalender"):
        assert not re.search(rf"\b{german_word}\b", text), german_word
