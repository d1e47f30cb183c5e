"""Every dialog of ui/, opened with real content over a window on a demo journal,
for the accessibility walk (issue 19).

`dialogs(window)` builds each dialog class of ui/ (with the records it shows: a
loaded import preview, a joined sync folder, a lost value, a damaged journal with a
backup...). `message_boxes(window)` are the message boxes the app shows (through
ui.kit.feedback and at start-up), opened the way the app opens them. `dialog_classes()`
lists every QDialog subclass defined in ui/, so a test can tell when a new one is
not walked.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib
import pkgutil
import tempfile
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from unittest import mock

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMenu, QMessageBox, QTabWidget

import ui
from journal import domain as d
from journal import operations
from journal.errors import JournalError
from journal.storage import Journal, sync_device
from journal.sync import joining, merge
from ui.app.main_window import MainWindow
from ui.session import Session

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def dialog_classes() -> set[type[QDialog]]:
    """Every QDialog subclass a module of ui/ defines that is shown as it is (a base
    that other dialogs of ui/ extend, such as the record form, is walked through them)."""
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    found: set[type[QDialog]] = set()
    waiting: list[type] = [QDialog]
    while waiting:
        kind = waiting.pop()
        for sub in kind.__subclasses__():
            waiting.append(sub)
            if sub.__module__.startswith("ui."):
                found.add(sub)
    return {kind for kind in found if not any(issubclass(o, kind) for o in found - {kind})}


def pages(dialog: QDialog) -> Iterator[str]:
    """Each page of a dialog with tabs (the settings), shown in turn, or the dialog
    as it is: the name of the page shown."""
    tabs = dialog.findChild(QTabWidget)
    if tabs is None:
        yield ""
        return
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield tabs.tabText(index)


def _recent_attack(journal: Journal) -> d.Attack:
    return journal.attacks.touching(date.today() - timedelta(days=90), date.today())[-1]


def _lost_value(window: MainWindow, folder: Path, join: Callable[[], None]) -> None:
    """A value changed on this computer and on another one: the other's wins, ours
    is kept as a lost value (what the lost-values dialog lists)."""
    journal = window.journal
    desk = Journal.open(folder.parent / "desk.sqlite3")
    try:
        sync_device.rename_device(desk, "Desk")
        joining.join(desk, folder)
        start = datetime(2026, 6, 4, 9).astimezone()
        entry = operations.start_attack(desk, start, pain=2, note="original").id
        merge.publish(desk)
        join()
        window.sync_watch.merge_now()
        merge.sync(desk)
        operations.save_attack(desk, dataclasses.replace(desk.attacks.get(entry), note="desk's"))
        merge.publish(desk)
        window.session.run(
            operations.save_attack,
            dataclasses.replace(journal.attacks.get(entry), note="laptop's"),
        )
        window.sync_watch.merge_now()
        merge.sync(desk)
        window.sync_watch.merge_now()
    finally:
        desk.close()
    assert sync_device.lost_values(journal), "no lost value to list"


def dialogs(window: MainWindow, folder: Path) -> dict[str, Callable[[], QDialog]]:
    """Each dialog of ui/ (some twice, in their states that show other widgets),
    built over `window`'s demo journal; `folder` is an empty folder to use."""
    return {**_entry_dialogs(window), **_care_dialogs(window), **_file_dialogs(window, folder)}


def _entry_dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """Attacks, doses, medications, the check-in and the cycle."""
    from ui.attack.banner import ForgottenAttackDialog, StartTimeDialog
    from ui.attack.editor import AttackEditor
    from ui.attack.quick_medication import QuickMedicationDialog
    from ui.attack.screen import AttackScreen
    from ui.checkin.factors_dialog import FactorsDialog
    from ui.cycle.dialogs import PeriodDayDialog
    from ui.cycle.phases_dialog import PhaseEditor, PhasesDialog
    from ui.medication.dose_editor import DoseEditor
    from ui.medication.first_start import FirstMedicationsDialog
    from ui.medication.follow_up import PainFollowUpDialog
    from ui.medication.medications_dialog import MedicationsDialog

    session: Session = window.session
    journal = window.journal
    now = d.local_now()

    def attack_screen() -> QDialog:
        attack = operations.start_attack(journal, now - timedelta(minutes=30))
        return AttackScreen(session, attack, window)

    def follow_up() -> QDialog:
        dose = journal.doses.between(date.today() - timedelta(days=90), date.today())[-1]
        return PainFollowUpDialog(session, dose, window)

    def phase_editor() -> QDialog:
        phases = journal.phases.all()
        assert phases, "the demo has no hormonal phase"
        return PhaseEditor(session, phases[0], window)

    return {
        "attack screen": attack_screen,
        "attack editor": lambda: AttackEditor(session, None, window, day=date.today()),
        "attack editor (recorded)": lambda: AttackEditor(session, _recent_attack(journal), window),
        "dose editor": lambda: DoseEditor(session, None, window, attack=_recent_attack(journal)),
        "follow-up": follow_up,
        "quick medication": lambda: QuickMedicationDialog(session, window),
        "start time": lambda: StartTimeDialog(now - timedelta(minutes=20), window),
        "forgotten attack": lambda: ForgottenAttackDialog(
            _recent_attack(journal), now, window, starting_new=True
        ),
        "forgotten attack (ending)": lambda: ForgottenAttackDialog(
            _recent_attack(journal), now, window, starting_new=False
        ),
        "medications": lambda: MedicationsDialog(session, window),
        "first medications": lambda: FirstMedicationsDialog(session, window),
        "factors": lambda: FactorsDialog(session, window),
        "phases": lambda: PhasesDialog(session, window),
        "phase editor": phase_editor,
        "new phase": lambda: PhaseEditor(session, None, window),
        "period day": lambda: PeriodDayDialog(session, date.today(), window),
    }


def _care_dialogs(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """Treatments, the visit, the report, Insights' explanations and the help."""
    from ui.app.about import AboutDialog
    from ui.app.help import GuideDialog, ShortcutsDialog
    from ui.insights.explanations import ExplanationDialog, HowCountedButton
    from ui.report.dialog import ReportDialog
    from ui.treatments.dialogs import CourseDialog, SessionDialog, SideEffectDialog
    from ui.visit.questionnaires import Hit6Dialog, MidasDialog

    session: Session = window.session
    journal = window.journal

    def treatment(sessions: bool) -> d.Treatment:
        """A course of the demo with dated sessions (a procedure), or one without."""
        with_sessions = {s.treatment_id for s in journal.sessions.all()}
        chosen = [t for t in journal.treatments.all() if (t.id in with_sessions) == sessions]
        assert chosen, "the demo has no such course"
        return chosen[0]

    def explanation() -> QDialog:
        window.views.setCurrentIndex(1)  # Insights, where "How is this counted?" is
        QApplication.processEvents()
        buttons = window.findChildren(HowCountedButton)
        assert buttons, "Insights shows no headline to explain"
        return ExplanationDialog(buttons[0].headline, window)

    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    return {
        "course": lambda: CourseDialog(session, treatment(True), window),
        "new course": lambda: CourseDialog(session, None, window),
        "treatment session": lambda: SessionDialog(session, treatment(True), None, window),
        "side effect": lambda: SideEffectDialog(session, treatment(False), parent=window),
        "midas": lambda: MidasDialog(session, window),
        "hit-6": lambda: Hit6Dialog(session, window),
        "report": lambda: ReportDialog(session, window),
        "how counted": explanation,
        "about": lambda: AboutDialog(window),
        "guide": lambda: GuideDialog(window),
        "shortcuts": lambda: ShortcutsDialog(menus, window),
    }


def _file_dialogs(window: MainWindow, folder: Path) -> dict[str, Callable[[], QDialog]]:
    """Settings, protection, the journal file's troubles, import and sync."""
    from ui.app.startup import WindowSession
    from ui.exchange.import_dialog import ImportDialog
    from ui.settings.damaged_journal import DamagedJournalDialog, MissingJournalDialog
    from ui.settings.dialog import SettingsDialog
    from ui.settings.passphrase_dialog import (
        NewPassphraseDialog,
        PassphraseDialog,
        RecoveryCodeDialog,
    )
    from ui.settings.privacy import DeleteAllDialog
    from ui.sync.dialog import SyncDialog
    from ui.sync.lost_dialog import LostValuesDialog

    session: Session = window.session
    journal = window.journal
    yesterday = d.local_now() - timedelta(days=1)
    backup = folder / "journal-2026-11-23.sqlite3"

    def imported(name: str) -> QDialog:
        dialog = ImportDialog(session, window)
        dialog.set_file(FIXTURES / name)
        return dialog

    def damaged() -> QDialog:
        moved_to = folder / "journal.damaged-2026-11-24.sqlite3"
        return DamagedJournalDialog(moved_to, yesterday, "1 day", window)

    def missing() -> QDialog:
        return MissingJournalDialog(backup, yesterday, window)

    joined: list[Path] = []

    def join() -> None:
        if not joined:
            joining.join(journal, folder / "Sync")
            joined.append(folder / "Sync")

    def sync() -> QDialog:
        join()
        return SyncDialog(session, window)

    def lost() -> QDialog:
        _lost_value(window, folder / "Sync", join)
        return LostValuesDialog(session, window)

    (folder / "Sync").mkdir(exist_ok=True)
    return {
        "settings": lambda: SettingsDialog(
            window.journal_file or WindowSession(journal, window), window
        ),
        "delete all": lambda: DeleteAllDialog([folder / "journal.sqlite3", backup], window),
        "damaged journal": damaged,
        "missing journal": missing,
        "new passphrase": lambda: NewPassphraseDialog(window, export=lambda: None),
        "passphrase": lambda: PassphraseDialog(lambda _secret: None, window),
        "recovery code": lambda: RecoveryCodeDialog("ABCD-EFGH", window),
        "import": lambda: ImportDialog(session, window),
        "import (preview)": lambda: imported("migraine_buddy.csv"),
        "import (columns)": lambda: imported("attacks.csv"),  # the generic CSV's mapping
        "import (date order)": lambda: imported("migraine_buddy_us_short.csv"),  # asks it
        "sync": sync,
        "lost values": lost,
    }


def message_boxes(window: MainWindow) -> dict[str, tuple[Callable[[], object], type[QDialog]]]:
    """The message boxes and Qt's input dialogs the app shows, each opened as the app
    opens it, with the kind of dialog that shows (they block until answered: a walk
    answers them from a timer)."""
    from ui.kit import feedback

    refused = JournalError("The journal is read-only; nothing can be saved.")
    return {
        "not saved": (lambda: feedback.show_error(window, refused), QMessageBox),
        "information": (
            lambda: feedback.show_info(
                window, "Imported", "Imported 12 attacks from migraine_buddy.csv."
            ),
            QMessageBox,
        ),
        "yes or no": (
            lambda: feedback.confirm(window, "Remove dose", "Delete this dose from the journal?"),
            QMessageBox,
        ),
        "start-up error": (lambda: _refused_at_start(window), QMessageBox),
        "sync folder passphrase": (lambda: _protected_folder(window), QInputDialog),
    }


def _protected_folder(window: MainWindow) -> None:
    """Qt's input dialog the sync dialog asks a protected folder's passphrase in
    (the folder's refusal stood in for: making one needs a protected journal)."""
    from ui.sync.dialog import SyncDialog

    locked = joining.FolderLocked(
        "This sync folder is protected; type the passphrase or the recovery code "
        "of the journal it belongs to."
    )
    dialog = SyncDialog(window.session, window)
    try:
        with (
            tempfile.TemporaryDirectory() as folder,
            mock.patch.object(joining, "folder_key", side_effect=locked),
        ):
            assert not dialog.join(Path(folder))
    finally:
        dialog.close()
        dialog.deleteLater()


def _refused_at_start(window: MainWindow) -> None:
    """The start-up's critical box: a journal path that is a folder cannot be opened."""
    from ui.app.startup import Refused, open_for_window

    with contextlib.suppress(Refused):
        open_for_window(Path(window.journal.path).parent, window)


def walk_modal(open_it: Callable[[], object], look: Callable[[QDialog], list[str]]) -> list[str]:
    """Open a blocking dialog, run `look` over it once it shows, then close it.

    A static QMessageBox function keeps its box on the C++ stack, so Python never
    hears of its end: the wrappers the walk made for the box and its parts are
    invalidated before it goes (a stale one crashes the garbage collector)."""
    found: list[str] = []

    def answer() -> None:
        shown = QApplication.activeModalWidget()
        if not isinstance(shown, QDialog):
            QTimer.singleShot(10, answer)
            return
        found.extend(look(shown))
        shown.reject()
        if not shiboken6.createdByPython(shown):
            for part in [*shown.findChildren(QObject), shown]:
                shiboken6.invalidate(part)

    QTimer.singleShot(0, answer)
    open_it()
    return found
