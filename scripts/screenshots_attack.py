"""Screenshots of the attack screen and the attack editor, for docs and review.

Opens a throwaway journal with a few medications and an open attack, renders the
dialogs offscreen and saves docs/screenshots/attack-screen.png, attack-editor.png
and attack-editor-dark.png. Run: `.venv/bin/python scripts/screenshots_attack.py`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog  # noqa: E402

from journal import domain as d  # noqa: E402
from journal import operations  # noqa: E402
from journal.storage import Journal  # noqa: E402
from ui.attack.editor import AttackEditor  # noqa: E402
from ui.attack.screen import AttackScreen  # noqa: E402
from ui.kit import theme  # noqa: E402
from ui.session import Session  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def fill(journal: Journal) -> d.Attack:
    """Medications, an earlier attack with a dose, and an attack started 35 min ago
    with a triptan taken 10 minutes ago."""
    now = d.local_now()
    save = journal.medications.save
    triptan = save(d.Medication("Sumatriptan", d.MedicationClass.TRIPTAN, default_dose="50 mg"))
    save(d.Medication("Ibuprofen", d.MedicationClass.SIMPLE_ANALGESIC, default_dose="400 mg"))
    save(d.Medication("Metoclopramide", d.MedicationClass.ANTIEMETIC, default_dose="10 mg"))
    save(d.Medication("Propranolol", d.MedicationClass.BETA_BLOCKER, d.Use.PREVENTIVE))
    earlier = operations.save_attack(
        journal,
        d.Attack(
            start=now - timedelta(days=3, hours=5),
            end=now - timedelta(days=2, hours=20),
            pain=3,
            pain_nrs=8,
            unilateral=True,
            pulsating=True,
            worse_with_activity=True,
            symptoms=("nausea", "photophobia", "phonophobia", "dizziness"),
            aura=(d.AuraSymptom(d.AuraType.VISUAL, 20), d.AuraSymptom(d.AuraType.SENSORY)),
            locations=("left", "temple", "behind_eye"),
            activities=("work", "sleep"),
            suspected_triggers=("red wine", "short sleep"),
            note="Started after a late dinner; lay down in a dark room.",
        ),
    )
    operations.record_dose(
        journal,
        d.Dose(triptan.id, earlier.start + timedelta(minutes=40), "50 mg", earlier.id, 3, 1),
    )
    attack = operations.start_attack(
        journal, now - timedelta(minutes=35), pain=2, symptoms=("nausea", "photophobia")
    )
    operations.record_dose(
        journal, d.Dose(triptan.id, now - timedelta(minutes=10), "50 mg", attack.id, 2)
    )
    return attack


SMALL_SCREEN = QRect(0, 0, 1024, 700)
"""The attack screen is shown as it fits the smallest screen it must fit."""


def grab(dialog: QDialog, name: str) -> None:
    dialog.adjustSize()
    dialog.resize(dialog.sizeHint())  # adjustSize caps at 2/3 of the 800×600 offscreen screen
    if isinstance(dialog, AttackScreen):
        dialog.fit_to_screen(SMALL_SCREEN)
    dialog.show()
    QApplication.processEvents()
    dialog.grab().save(str(OUT / name))
    dialog.hide()
    print(OUT / name)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    OUT.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as folder,
        Journal.open(Path(folder) / "j.sqlite3") as journal,
    ):
        attack = fill(journal)
        theme.apply_theme(app, theme.Theme.LIGHT)
        grab(AttackScreen(Session(journal), attack), "attack-screen.png")
        earlier = journal.attacks.all()[0]
        grab(AttackEditor(Session(journal), earlier), "attack-editor.png")
        theme.apply_theme(app, theme.Theme.DARK)
        grab(AttackEditor(Session(journal), earlier), "attack-editor-dark.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
