"""Screenshots of the main window with demo data, light and dark, for README and docs,
and of a month with the menstrual cycle (calendar-cycle.png).

Run: `python scripts/screenshots.py` (offscreen; writes docs/screenshots/*.png).
The demo journal lives in a temporary folder; the user's journal is never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from journal import domain as d  # noqa: E402
from journal import operations  # noqa: E402
from journal.storage import Journal  # noqa: E402
from ui.app.start import application, create_main_window  # noqa: E402
from ui.kit import theme  # noqa: E402

SIZE = (1280, 800)
OUT = ROOT / "docs" / "screenshots"


def demo_journal(folder: Path) -> Journal:
    """The CLI's demo journal, with an attack going on now so the banner shows."""
    journal = Journal.open(folder / "demo.sqlite3")
    from journal.demo import write_demo

    write_demo(journal, months=6, seed=7)
    start = d.local_now() - timedelta(minutes=50)
    attack = operations.start_attack(journal, start, pain=2, symptoms=("nausea", "photophobia"))
    picks = operations.medications_for_picking(journal)
    if picks:
        operations.record_dose(
            journal,
            d.Dose(
                picks[0].id,
                start + timedelta(minutes=10),
                picks[0].default_dose,
                attack_id=attack.id,
                pain_at_dose=2,
            ),
        )
    return journal


CYCLE_DAYS = 28


def cycle_journal(folder: Path) -> tuple[Journal, date]:
    """A demo month of the cycle: a cyclic combined pill taken for months, withdrawal
    bleeds every 28 days, attacks around them, check-ins; returns the journal and the
    last day 1 (the first of this month, or of last month early in a month), so the
    month shows a period, its window and the next period predicted."""
    journal = Journal.open(folder / "cycle.sqlite3")
    today = d.local_now().date()
    last_day1 = (today - timedelta(days=5)).replace(day=1)
    first_day1 = last_day1 - timedelta(days=4 * CYCLE_DAYS)
    operations.save_phase(
        journal,
        d.HormonalPhase(d.PhaseKind.COMBINED_PILL_CYCLIC, first_day1 - timedelta(days=5)),
    )
    flows = (d.Flow.MEDIUM, d.Flow.HEAVY, d.Flow.MEDIUM, d.Flow.LIGHT, d.Flow.SPOTTING)
    triptan = operations.save_medication(
        journal, d.Medication("Rizatriptan", d.MedicationClass.TRIPTAN, default_dose="10 mg")
    )
    for cycle in range(5):
        day1 = first_day1 + timedelta(days=cycle * CYCLE_DAYS)
        for offset, flow in enumerate(flows):
            operations.set_bleeding_day(journal, day1 + timedelta(days=offset), flow, True)
        for offset, pain in ((-1, 2), (1, 3)):
            day = day1 + timedelta(days=offset)
            start = datetime(day.year, day.month, day.day, 7, 30).astimezone()
            attack = operations.save_attack(
                journal, d.Attack(start=start, end=start + timedelta(hours=9), pain=pain)
            )
            operations.record_dose(
                journal,
                d.Dose(triptan.id, start + timedelta(minutes=40), "10 mg", attack_id=attack.id),
            )
    for offset in (9, 16):
        start = datetime.combine(last_day1 + timedelta(days=offset), datetime.min.time())
        start = start.replace(hour=15).astimezone()
        operations.save_attack(
            journal, d.Attack(start=start, end=start + timedelta(hours=3), pain=1)
        )
    day = last_day1 - timedelta(days=3)
    while day <= today:
        if day.weekday() != 6:
            operations.check_in(journal, day, {}, "")
        day += timedelta(days=1)
    return journal, last_day1


def grab_cycle_month(app: QApplication, folder: Path) -> None:
    """The calendar with a period, the predicted one, the window and the pill band."""
    journal, day1 = cycle_journal(folder)
    theme.apply_theme(app, theme.Theme.LIGHT)
    window = create_main_window(journal)
    window.resize(*SIZE)
    window.show()
    window.follow_up.timer.stop()
    window.calendar.select_day(day1)
    app.processEvents()
    name = "calendar-cycle.png"
    window.grab().save(str(OUT / name))
    window.close()
    window.deleteLater()
    app.processEvents()
    journal.close()
    print(OUT / name)


def grab(app: QApplication, journal: Journal, choice: theme.Theme, name: str) -> None:
    theme.apply_theme(app, choice)
    window = create_main_window(journal)
    window.resize(*SIZE)
    window.show()
    window.follow_up.timer.stop()
    window.day_view.list.setFocus()
    app.processEvents()
    window.grab().save(str(OUT / name))
    window.close()
    window.deleteLater()
    app.processEvents()
    print(OUT / name)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # keep the user's theme setting untouched
        app = application([sys.argv[0]])
        app.setFont(app.font())
        journal = demo_journal(Path(folder))
        grab(app, journal, theme.Theme.LIGHT, "main-window.png")
        grab(app, journal, theme.Theme.DARK, "main-window-dark.png")
        journal.close()
        grab_cycle_month(app, Path(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
