"""Screenshots for the user guide (docs/user-guide.md) that the other scripts do not
take: the 2-hour follow-up, a forgotten attack, factors, a period day, hormonal
phases, "How is this counted?", the Visit tab, MIDAS, an import preview, the
recovery code and the damaged-journal dialog. Each is saved as
docs/screenshots/guide-*.png, light theme, at most 1200 px wide.

Run: `.venv/bin/python scripts/screenshots_guide.py` (offscreen). The demo journal
lives in a temporary folder and the settings are throwaway (scripts/shots.py); the
user's own journal and settings are never touched.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shots import OUT, ROOT, demo_journal, light_app

from journal import domain as d
from journal import operations
from journal.analysis.diary import load_diary
from journal.analysis.explain import headlines
from journal.analysis.summary import summarize
from journal.crypto.keys import new_recovery_code
from journal.report import ReportOptions, build_report
from journal.storage import Journal
from journal.storage.backup import Backup
from journal.storage.errors import JournalDamaged
from ui.attack.banner import ForgottenAttackDialog
from ui.checkin.factors_dialog import FactorsDialog
from ui.cycle.dialogs import PeriodDayDialog
from ui.cycle.phases_dialog import PhasesDialog
from ui.exchange.import_dialog import ImportDialog
from ui.insights.explanations import ExplanationDialog
from ui.medication.follow_up import PainFollowUpDialog
from ui.report.pages import page_images
from ui.session import Session
from ui.settings.damaged_journal import DamagedJournalDialog
from ui.settings.passphrase_dialog import RecoveryCodeDialog
from ui.visit.page import VisitPage
from ui.visit.questionnaires import MidasDialog

MAX_WIDTH = 1200
REPORT_DPI = 96
"""An A4 page at 96 dpi is about 800 px wide: readable, and small enough."""
IMPORT_SAMPLE = ROOT / "tests" / "fixtures" / "imports" / "attacks.csv"
HOME = Path("/home/anna")
"""A made-up home folder for the paths the pictures show."""


def grab(widget: QWidget, name: str, width: int | None = None, height: int | None = None) -> None:
    """Show `widget` at its natural size (or the one given) and save it as `name`."""
    widget.adjustSize()
    hint = widget.sizeHint()
    widget.resize(min(width or hint.width(), MAX_WIDTH), height or hint.height())
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(OUT / name))
    widget.hide()
    print(OUT / name)


def attack_shots(journal: Journal) -> None:
    """The follow-up two hours after a dose, and an attack left open for two days."""
    now = d.local_now()
    triptan = next(m for m in journal.medications.all() if m.name == "Sumatriptan")
    attack = operations.start_attack(journal, now - timedelta(hours=2, minutes=20), pain=2)
    dose = operations.record_dose(
        journal,
        d.Dose(triptan.id, now - timedelta(hours=2, minutes=5), "50 mg", attack.id, 2),
    )
    grab(PainFollowUpDialog(Session(journal), dose), "guide-follow-up.png")
    forgotten = d.Attack(start=now - timedelta(days=2, hours=3), pain=2)
    dialog = ForgottenAttackDialog(forgotten, now, starting_new=True)
    dialog.end_button.setFocus()
    grab(dialog, "guide-forgotten.png", 520)
    operations.delete_dose(journal, dose.id)  # the demo stays as it was for the rest
    operations.delete_attack(journal, attack.id)


def recording_shots(journal: Journal) -> None:
    """Factors, a period day and the hormonal phases."""
    factors = FactorsDialog(Session(journal))
    factors.list.setCurrentRow(1)
    grab(factors, "guide-factors.png")
    days = sorted(b.day for b in journal.bleeding_days.all())
    grab(PeriodDayDialog(Session(journal), days[-1]), "guide-period.png", 460)
    grab(PhasesDialog(Session(journal)), "guide-phases.png", 660, 300)


def insights_shots(journal: Journal) -> None:
    """The rule behind the migraine-days figure, and the Visit tab with MIDAS."""
    today = d.local_now().date()
    summary = summarize(load_diary(journal), today - timedelta(days=91), today, today)
    migraine_days = next(h for h in headlines(summary) if h.key == "migraine_days")
    grab(ExplanationDialog(migraine_days), "guide-how-counted.png")
    grab(VisitPage(Session(journal)), "guide-visit.png", 900, 420)
    midas = MidasDialog(Session(journal))
    grab(midas, "guide-midas.png")


def import_shot(journal: Journal) -> None:
    """The preview of a spreadsheet of attacks, with its column mapping."""
    dialog = ImportDialog(Session(journal))
    dialog.set_file(IMPORT_SAMPLE)
    dialog.file_field.setText(str(HOME / "Downloads" / "headaches.csv"))
    grab(dialog, "guide-import.png", 760)


def report_shots(journal: Journal) -> None:
    """Pages 1 and 2 of a 12-month report, with a made-up patient's name."""
    today = d.local_now().date()
    options = ReportOptions(
        today - timedelta(days=364),
        today,
        patient_name="Anna Example",
        birth_date=today.replace(year=today.year - 38, month=4, day=2),
    )
    pdf = build_report(load_diary(journal), options, today)
    names = ("guide-report-page1.png", "guide-report-calendar.png")
    for name, page in zip(names, page_images(pdf, REPORT_DPI), strict=False):
        page.save(str(OUT / name))
        print(OUT / name)


def safety_shots(journal: Journal) -> None:
    """The recovery code (a made-up one) and the damaged-journal choice."""
    grab(RecoveryCodeDialog(new_recovery_code().text), "guide-recovery-code.png", 560)
    now = d.local_now()
    folder = HOME / ".local" / "share" / "migraine-journal"
    damage = JournalDamaged(
        "The journal file is damaged.",
        problem="integrity check failed",
        moved_to=folder / f"journal.damaged-{now:%Y%m%d-%H%M%S}.sqlite3",
        backup=Backup(folder / "backups" / "journal.sqlite3", now - timedelta(hours=5), 1),
        age="5 hours",
    )
    grab(DamagedJournalDialog(damage), "guide-damaged.png", 620)


def main() -> int:
    light_app()
    with demo_journal() as journal:
        for shoot in (attack_shots, recording_shots, insights_shots, import_shot, report_shots):
            shoot(journal)
        safety_shots(journal)
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog):
            dialog.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())
