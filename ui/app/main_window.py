"""The main window: the diary (month calendar and the selected day), "Attack now",
the open-attack banner, the menus, the minute clock and the 2-hour follow-up.

Its parts add the rest, each with its menu items: the check-in column
(ui.app.checkin_column), the cycle controls (ui.app.cycle_controls), the Insights,
Treatments and Visit tabs (ui.app.window_tabs). The window owns the session
(ui.session): every write runs through it, and each view reloads only after a change
that touches what it shows (`follow`). Closing a dialog reloads nothing by itself.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLayout,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal import domain as d
from journal import operations
from journal.changes import Change
from journal.errors import JournalError
from journal.storage import Journal
from ui.app.attack_ending import attack_now_while_open, end_attack_now, undo_end
from ui.app.checkin_column import CheckInColumn
from ui.app.cycle_controls import CycleControls
from ui.app.help_menu import add_help
from ui.app.undo import WindowUndo
from ui.app.window_tabs import WindowTabs
from ui.attack.banner import AttackNowButton, OpenAttackBanner, StartTimeDialog
from ui.diary.calendar_view import CalendarView
from ui.diary.day_view import DayView
from ui.kit import theme
from ui.kit.dimmer import Dimmer
from ui.kit.feedback import show_error
from ui.kit.minute_clock import Minute, MinuteClock
from ui.medication.follow_up_watch import FollowUpWatch
from ui.session import Session, follow
from ui.sync.status_line import SyncStatusLine
from ui.sync.watch import SyncWatch

if TYPE_CHECKING:
    from ui.exchange.import_dialog import ImportDialog
    from ui.settings.host import JournalFile

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


PREFERRED_SIZE = QSize(1180, 760)
"""The window's size on a screen with room for it."""
MINIMUM_SIZE = QSize(900, 560)
"""The smallest the window can be made; every view is laid out to work from here up
(the required 1024x700, and 150 % scaling on a 1920x1080 screen: 1280x720)."""
WINDOW_FRAME = QSize(16, 48)
"""Room for a window manager's frame and title bar, so the whole window is on screen."""


def fitting_window_size(available: QSize) -> QSize:
    """The window's first size: the preferred size, within the screen's free area
    (less a frame and title bar), so a 768 px laptop or 150 % scaling shows it all."""
    room = available - WINDOW_FRAME
    return QSize(
        max(1, min(PREFERRED_SIZE.width(), room.width())),
        max(1, min(PREFERRED_SIZE.height(), room.height())),
    )


class MainWindow(QMainWindow):
    """The diary window over one open journal."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.session = Session(journal, self)
        self.journal_file: JournalFile | None = None
        """The application's hold on the journal file (set by ui.app.startup)."""
        self.dialog: QDialog | None = None
        self.setWindowTitle(QCoreApplication.applicationName() or "Migraine Journal")
        self.resize(fitting_window_size(self.screen().availableGeometry().size()))
        self._build_central()
        self._build_menus()
        self._hold_size()
        self.minute = MinuteClock(self.session.reads, self)
        """The one minute clock of the window: the follow-up, the reminders, a new day."""
        self.follow_up = FollowUpWatch(self.session, self, self.minute)
        self._today = date.today()
        self.minute.ticked.connect(self._notice_a_new_day)
        self.day_view.follow(self.calendar)
        follow(self.session, self.banner, Change.ATTACKS, self.show_open_attack)
        follow(self.session, self.calendar, CalendarView.SHOWS, self.calendar.reload)
        follow(self.session, self.day_view, DayView.SHOWS, self.day_view.reload)
        self.checkin_column = CheckInColumn(self)
        self.cycle = CycleControls(self)
        self.tabs = WindowTabs(self)
        self.banner.show_open(self.journal.attacks.open_attacks(), d.local_now())  # rest later
        self.statusBar().showMessage(
            self.tr("Journal: {0}").format(journal.path or self.tr("kept in memory only"))
        )
        self.sync_watch = SyncWatch(self.session, self)
        self.sync_status = SyncStatusLine(self.session, self.sync_watch, self)
        self.statusBar().addPermanentWidget(self.sync_status)

    # -- building ------------------------------------------------------------

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.attack_now_button = AttackNowButton(central)
        self.attack_now_button.start_requested.connect(self.attack_now)
        self.attack_now_button.other_time_requested.connect(self.attack_at_other_time)
        self.banner = OpenAttackBanner(central)
        self.banner.end_requested.connect(self.end_attack_now)
        self.banner.open_requested.connect(self.open_attack_screen)
        self.banner.undo_requested.connect(lambda ended: undo_end(self, ended))
        top.addWidget(self.attack_now_button)
        top.addWidget(self.banner, 1)
        top.addStretch(0)
        layout.addLayout(top)
        self.views = QTabWidget(central)
        self.views.setDocumentMode(True)
        self.views.setTabBarAutoHide(True)
        self.views.addTab(self._diary(), self.tr("Diary"))
        self.views.currentChanged.connect(lambda _index: self.day_view.forget_undo())
        layout.addWidget(self.views, 1)
        self.setCentralWidget(central)
        self.dimmer = Dimmer(self)

    def _hold_size(self) -> None:
        """The window never resizes itself: a view whose content asks for more room
        (a day with many entries, a long translation) scrolls or wraps inside the
        window instead of pushing its edge (and the status bar) off the screen. The
        person may still make it as small as MINIMUM_SIZE."""
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        room = self.screen().availableGeometry().size() - WINDOW_FRAME
        self.setMinimumSize(MINIMUM_SIZE.boundedTo(room))

    def _diary(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(18)
        self.calendar = CalendarView(self.session.reads, splitter)
        side = QWidget(splitter)
        self.diary_side = QVBoxLayout(side)
        self.diary_side.setContentsMargins(0, 0, 0, 0)
        self.diary_side.setSpacing(12)
        self.day_view = DayView(self.session, side)
        self.diary_side.addWidget(self.day_view, 1)
        splitter.addWidget(self.calendar)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        return splitter

    def menu_action(
        self, menu: QMenu, text: str, slot: object, shortcut: Shortcut = None
    ) -> QAction:
        """An item of `menu` calling `slot`, with its shortcut (the window's parts add
        theirs the same way)."""
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if callable(slot):
            action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self.print_action = self.menu_action(
            file, self.tr("&Print report…"), self.show_report, "Ctrl+P"
        )
        self.menu_action(file, self.tr("&Import…"), self.import_file, "Ctrl+I")
        self.menu_action(file, self.tr("&Export…"), self.export_journal, "Ctrl+Shift+E")
        file.addSeparator()
        self.settings_action = self.menu_action(
            file, self.tr("&Settings…"), self.show_settings, "Ctrl+,"
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file.addSeparator()
        quit_action = self.menu_action(
            file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        entry = bar.addMenu(self.tr("&Entry"))
        entry.setToolTipsVisible(True)  # a greyed-out item says why (Start period)
        self.entry_menu = entry
        self.attack_now_action = self.menu_action(
            entry, self.tr("&Attack now"), lambda: self.attack_now(0), "Ctrl+N"
        )
        entry.addMenu(self.attack_now_button.menu())
        self.menu_action(entry, self.tr("&New attack…"), self.day_view.add_attack, "Ctrl+Shift+N")
        self.menu_action(entry, self.tr("&Log medication…"), self.day_view.add_dose, "Ctrl+D")
        entry.addSeparator()
        self.menu_action(entry, self.tr("&Medications…"), self.show_medications, "Ctrl+M")
        entry.addSeparator()
        self.undo = WindowUndo(self, entry)
        self.undo_action = self.undo.action

        view = bar.addMenu(self.tr("&View"))
        self.view_menu = view
        self.menu_action(view, self.tr("&Today"), self.calendar.go_to_today, "Ctrl+T")
        view.addSeparator()
        appearance = view.addMenu(self.tr("&Appearance"))
        group = QActionGroup(self)
        self.theme_actions: dict[theme.Theme, QAction] = {}
        current = theme.saved_theme()
        for choice, text in (
            (theme.Theme.SYSTEM, self.tr("Follow the &system")),
            (theme.Theme.LIGHT, self.tr("&Light")),
            (theme.Theme.DARK, self.tr("&Dark mode")),
            (theme.Theme.HIGH_CONTRAST, self.tr("&High contrast")),
        ):
            action = self.menu_action(appearance, text, lambda c=choice: self.set_theme(c))
            action.setCheckable(True)
            action.setChecked(choice is current)
            group.addAction(action)
            self.theme_actions[choice] = action
        self.theme_actions[theme.Theme.DARK].setShortcut(QKeySequence("Ctrl+Shift+L"))

        help_menu = bar.addMenu(self.tr("&Help"))
        add_help(self, help_menu)
        about = self.menu_action(help_menu, self.tr("&About Migraine Journal"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    # -- state ---------------------------------------------------------------

    def open_attack(self) -> d.Attack | None:
        """The most recent attack still going on, if any."""
        attacks = self.journal.attacks.open_attacks()
        return max(attacks, key=lambda a: a.start) if attacks else None

    def show_open_attack(self) -> None:
        ended = self.banner.ended
        if ended is not None and not operations.still_as_saved(self.journal, ended):
            self.banner.forget_undo()  # changed or deleted since: nothing to undo
        self.banner.show_open(self.journal.attacks.open_attacks(), d.local_now())

    def refresh(self) -> None:
        """Reload everything shown (past midnight, or after the journal was changed
        outside the session, as by an import): the same as a change of everything."""
        self.session.announce(Change.EVERYTHING)

    def _notice_a_new_day(self, _minute: Minute) -> None:
        """Past midnight, today's highlight and the open attack's days move on."""
        if date.today() != self._today:
            self._today = date.today()
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.minute.stop()  # a closed window asks nothing and reminds of nothing
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.follow_up.start()  # a due follow-up is asked as soon as the window shows

    # -- attacks -------------------------------------------------------------

    def attack_now(self, minutes_ago: int = 0) -> d.Attack | None:
        """Start an attack now (or minutes ago) and open the attack screen.

        With an attack already open, its screen opens instead: a second click in
        pain must not make a second attack.
        """
        already = self.open_attack()
        if already is not None:
            return attack_now_while_open(self, already, minutes_ago)
        return self.start_attack_at(d.local_now() - timedelta(minutes=minutes_ago))

    def attack_at_other_time(self) -> None:
        dialog = StartTimeDialog(d.local_now() - timedelta(hours=1), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_attack_at(dialog.chosen())

    def start_attack_at(self, start: datetime) -> d.Attack | None:
        """Start an open attack at `start`, show its day and open the attack screen."""
        try:
            attack = self.session.run_by(self, operations.start_attack, start)
        except JournalError as error:
            show_error(self, error)
            return None
        self.calendar.select_day(attack.start.date())
        self.open_attack_screen(attack, just_started=True)
        return attack

    def open_attack_screen(self, attack: d.Attack | None, *, just_started: bool = False) -> None:
        """The attack screen; one `just_started` and left at once is discarded (Undo)."""
        if attack is None:
            return
        from ui.attack.screen import AttackScreen

        screen = AttackScreen(self.session, attack, self, just_started=just_started)
        screen.discarded.connect(self.day_view.offer_discarded_undo)
        self.dimmer.dim()  # nothing bright behind the dark screen
        screen.finished.connect(lambda _result: self.dimmer.undim())
        self.show_dialog(screen)

    def end_attack_now(self, attack: d.Attack | None) -> None:
        """End the open attack (asking when, if it was forgotten); Undo in the banner."""
        end_attack_now(self, attack)

    # -- dialogs -------------------------------------------------------------

    def show_dialog(self, dialog: QDialog) -> None:
        """Open a window-modal dialog (what it saves, the session announces)."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None

    def offer_first_medications(self) -> None:
        """At the first start, with no medication yet: the one short step that sets
        up the usual ones (skippable, offered once)."""
        from ui.medication.first_start import offer_first_medications

        dialog = offer_first_medications(self.session, self)
        if dialog is not None:
            self.dialog = dialog
            dialog.finished.connect(self._dialog_finished)

    def show_medications(self) -> None:
        self.show_dialog(self.tabs.medications_dialog())

    def show_report(self) -> None:
        """The doctor's report dialog: span, sections, preview, save and print."""
        from ui.report.dialog import ReportDialog

        self.show_dialog(ReportDialog(self.session, self))

    def import_file(self) -> None:
        """Import from another app: pick a file, preview it, then add it all or nothing."""
        self._import_dialog().choose_file()

    def import_path(self, path: Path) -> None:
        """The import preview of `path` (given on the command line, or double-clicked
        while the window is open); nothing is added until the person says so."""
        self._import_dialog().set_file(Path(path))

    def _import_dialog(self) -> ImportDialog:
        from ui.exchange.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self)
        dialog.imported.connect(lambda text: self.statusBar().showMessage(text, 15_000))
        dialog.imported_day.connect(self.calendar.select_day)
        self.show_dialog(dialog)
        return dialog

    def export_journal(self) -> None:
        """The whole journal as JSON, or its tables as CSV (ui.exchange.export)."""
        from ui.exchange.export import export_journal

        export_journal(self.session.reads, self)

    def show_settings(self) -> None:
        """The settings dialog: journal file, backups, appearance, reminders, privacy."""
        from ui.settings.dialog import SettingsDialog

        host = self.journal_file
        if host is None:  # a window built without the application (as in tests)
            from ui.app.startup import WindowSession

            host = WindowSession(self.journal, self)
        dialog = SettingsDialog(host, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        """The About box: version, licence, privacy promise, credits."""
        from ui.app.about import show_about

        show_about(self)

    def set_theme(self, choice: theme.Theme) -> None:
        theme.save_theme(choice)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, choice)
        self.theme_actions[choice].setChecked(True)
