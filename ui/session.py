"""The open journal of the window, and the one way the window writes to it.

A view does not write to the journal itself: it asks the session to run an action,
`session.run(operations.save_attack, attack)`, or `session.run_by(self,
operations.save_attack, attack)` to say who asked. The session calls
the action (a journal/ function that declares what it changes, journal.changes),
then emits `changed` once with that Change and who asked for it (narrowed to what
it did, when its result says so in a `journal_changes` attribute: a merge declares
everything it may change, and reports the few kinds it did; an action that found
nothing to do says Change.NOTHING, journal.changes.said / ChangedList, and nothing
is emitted). Each view listens
to `changed` and reloads only when the Change touches what it shows; the view that
made the change may skip the reload, since it already shows the result. A failed
action emits nothing: its JournalError goes back to the caller to be said in words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal

from journal import domain as d
from journal import operations
from journal.analysis.calendar_days import DayMark, day_marks
from journal.analysis.cycles import Period
from journal.analysis.day_cycle import DayCycle, day_cycle
from journal.changes import CHANGES_ATTRIBUTE, Change, declared_changes
from journal.operations.treatments import CourseDetail
from journal.storage import Journal, sync_device

if TYPE_CHECKING:
    from journal.analysis.diary import Diary
    from journal.exchange.json_format import ImportPlan

P = ParamSpec("P")
R = TypeVar("R")


class UndeclaredAction(TypeError):
    """An action run through the session did not declare what it changes."""


class Reads:
    """The session's reads, by name, for what views show: a view asks these and
    never reaches into the journal's repositories. Rules stay in journal/: a read
    that decides something calls the journal/ function that decides it."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def treatment(self, treatment_id: str) -> d.Treatment | None:
        return self._journal.treatments.find(treatment_id)

    def treatment_session(self, session_id: str) -> d.TreatmentSession | None:
        return self._journal.sessions.find(session_id)

    def sessions_of(self, treatment_id: str) -> list[d.TreatmentSession]:
        """The dated sessions of one course, in the journal's order."""
        return [s for s in self._journal.sessions.all() if s.treatment_id == treatment_id]

    def medication(self, medication_id: str) -> d.Medication | None:
        return self._journal.medications.find(medication_id)

    def medications(self) -> list[d.Medication]:
        """Every medication, retired ones too."""
        return self._journal.medications.all()

    def has_medications(self) -> bool:
        """Whether any medication is in the journal (retired ones count)."""
        return self._journal.medications.count() > 0

    def first_medications_due(self) -> bool:
        """Whether the first start's medication step is still to be offered in this
        journal (journal.operations.first_start)."""
        return operations.first_medications_due(self._journal)

    def medications_for_picking(self) -> list[d.Medication]:
        """Active acute medications, the most used first (journal.operations)."""
        return operations.medications_for_picking(self._journal)

    def medications_for_buttons(self) -> list[d.Medication]:
        """The attack screen's medication buttons (journal.operations decides)."""
        return operations.medications_for_buttons(self._journal)

    def phases(self) -> list[d.HormonalPhase]:
        return self._journal.phases.all()

    def doses(self) -> list[d.Dose]:
        return self._journal.doses.all()

    def doses_between(self, first: date, last: date) -> list[d.Dose]:
        """The doses taken from day `first` to day `last`, both included."""
        return self._journal.doses.between(first, last)

    def doses_for_attack(self, attack_id: str) -> list[d.Dose]:
        return self._journal.doses.for_attack(attack_id)

    def day_records_between(self, first: date, last: date) -> list[d.DayRecord]:
        """The day records (imported whole-day facts) from `first` to `last`."""
        return self._journal.day_records.between(first, last)

    def cycle_tracking(self) -> bool:
        """Whether cycle tracking is on (journal.operations.cycle_tracking_enabled)."""
        return operations.cycle_tracking_enabled(self._journal)

    def bleeding_day(self, day: date) -> d.BleedingDay | None:
        """The bleeding recorded on `day`, if any."""
        return self._journal.bleeding_days.on(day)

    def diary(self) -> Diary:
        """Every record, for the analysis (journal.analysis.diary.load_diary)."""
        from journal.analysis.diary import load_diary  # only Insights and the report

        return load_diary(self._journal)

    def counting_rules_notice_due(self) -> bool:
        """Whether Insights still has to say once how the counting rules changed."""
        return operations.counting_rules_notice_due(self._journal)

    def day_cycle(self, day: date) -> DayCycle:
        """The day's bleeding, cycle day and phases (journal.analysis.day_cycle)."""
        return day_cycle(self._journal, day)

    def day_marks(self, first: date, last: date, *, cycle_tracking: bool) -> dict[date, DayMark]:
        """The calendar's marks of each day first..last (journal.analysis.calendar_days)."""
        return day_marks(self._journal, first, last, cycle_tracking=cycle_tracking)

    def period_containing(self, day: date) -> Period | None:
        """The recorded period `day` is part of (journal.operations.cycle)."""
        return operations.cycle.period_containing(self._journal, day)

    def attacks(self) -> list[d.Attack]:
        return self._journal.attacks.all()

    def attack(self, attack_id: str) -> d.Attack | None:
        return self._journal.attacks.find(attack_id) if attack_id else None

    def attacks_touching(self, first: date, last: date) -> list[d.Attack]:
        """The attacks touching any day from `first` to `last`, both included."""
        return self._journal.attacks.touching(first, last)

    def attacks_a_dose_may_treat(
        self, taken: datetime, linked: d.Attack | None = None
    ) -> list[d.Attack]:
        """The attacks a dose taken then may belong to (journal.operations decides)."""
        return operations.attacks_a_dose_may_treat(self._journal, taken, linked)

    def attack_a_dose_is_for(self, taken: datetime) -> d.Attack | None:
        """The attack a new dose taken then is offered for (journal.operations decides)."""
        return operations.attack_a_dose_is_for(self._journal, taken)

    def treatment_overview(self) -> list[CourseDetail]:
        """Every course with its sessions and side effects (journal.operations)."""
        return operations.treatment_overview(self._journal)

    def courses_by_drug(self) -> dict[str, list[d.Treatment]]:
        """The courses of each preventive medication, by its id (journal.operations)."""
        return operations.courses_by_drug(self._journal)

    def midas_entries(self) -> list[d.MidasEntry]:
        return self._journal.midas.all()

    def hit6_entries(self) -> list[d.Hit6Entry]:
        return self._journal.hit6.all()

    def visit_notes(self) -> list[d.VisitNote]:
        return self._journal.visit_notes.all()

    def factors(self) -> list[d.Factor]:
        """Every tracked factor, hidden ones too, in the user's order."""
        return self._journal.factors.all()

    def factors_for_check_in(self) -> list[d.Factor]:
        """The factors the check-in shows (operations.factors_for_check_in)."""
        return operations.factors_for_check_in(self._journal)

    def doses_due_for_follow_up(self, now: datetime) -> list[d.Dose]:
        """The doses whose 2-hour question is due at `now` (journal.operations)."""
        return operations.doses_due_for_follow_up(self._journal, now)

    def day_entry(self, day: date) -> d.DayEntry | None:
        """The check-in of `day`, if it has one."""
        return self._journal.day_entries.on(day)

    def journal_path(self) -> Path | None:
        """Where the journal file is (None for a journal kept in memory)."""
        return self._journal.path

    def sync_folder(self) -> Path | None:
        """The folder this journal syncs through, if any (None also once the journal
        was closed: a window's timer may fire while the window is being closed)."""
        found = sync_device.folder_of_open(self._journal)
        return Path(found) if found else None

    def this_computer_id(self) -> str:
        """This computer's id in the sync folder."""
        return sync_device.device(self._journal).id

    def export_json(self, target: Path) -> None:
        """Write every record to `target` in the JSON export format (the journal is
        only read; the file is written through a temporary file and a rename)."""
        from journal.exchange.json_format import export_json  # only when exporting

        export_json(self._journal, target)

    def export_csv(self, target: Path) -> list[Path]:
        """Write the attacks, doses and days as CSV tables beside `target`; their paths."""
        from journal.exchange.csv_export import export_csv  # only when exporting

        return export_csv(self._journal, target)

    def import_plan(
        self,
        path: Path,
        format_name: str | None,
        mapping: Mapping[str, str] | None,
        *,
        date_order: str | None = None,
        progress: Callable[[int, int], None] | None = None,
    ) -> ImportPlan:
        """What importing the file at `path` would add; writes nothing
        (journal.exchange.detect.plan_file)."""
        from journal.exchange.detect import plan_file  # only the import dialog

        return plan_file(
            self._journal, path, format_name, mapping, date_order=date_order, progress=progress
        )

    def side_effect_names(self) -> list[str]:
        """The side effects to offer (operations.side_effect_names)."""
        return operations.side_effect_names(self._journal)


class Session(QObject):
    """The journal the window shows; every write goes through `run`."""

    changed = Signal(object, object)
    """(Change, initiator): what an action changed, and the object that asked for it
    (None when nobody in particular did)."""

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.reads = Reads(journal)
        """What views that only look may read (ui.session.Reads)."""

    def run(
        self, action: Callable[Concatenate[Journal, P], R], *args: P.args, **kwargs: P.kwargs
    ) -> R:
        """`action(journal, *args, **kwargs)`, then `changed` with what it declared."""
        return self.run_by(None, action, *args, **kwargs)

    def run_by(
        self,
        initiator: object | None,
        action: Callable[Concatenate[Journal, P], R],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> R:
        """`run`, saying that `initiator` asked (a view that already shows the result
        may skip its reload when it hears its own change)."""
        change = declared_changes(action)
        if change is None:
            raise UndeclaredAction(
                f"{getattr(action, '__qualname__', action)!r} does not declare what it changes"
            )
        result = action(self.journal, *args, **kwargs)
        done = getattr(result, CHANGES_ATTRIBUTE, None)
        if isinstance(done, Change):  # the action says which of the declared it did
            change &= done
        self.announce(change, initiator)
        return result

    def announce(self, change: Change, initiator: object | None = None) -> None:
        """Tell the views about a change made outside `run` (another journal put in
        place, an import); nothing is emitted for Change.NOTHING."""
        if change:
            self.changed.emit(change, initiator)


def made_inside(initiator: object | None, view: QObject) -> bool:
    """Whether `initiator` is `view` or one of its children (a form it opened)."""
    while isinstance(initiator, QObject):
        if initiator is view:
            return True
        initiator = initiator.parent()
    return False


class Follower(QObject):
    """Calls `reload` after each change that touches `shows`; lives as long as `view`."""

    def __init__(
        self,
        session: Session,
        view: QObject,
        shows: Change,
        reload: Callable[[], object],
        *,
        unless_made_inside: bool = False,
    ) -> None:
        super().__init__(view)
        self.shows = shows
        self._view = view
        self._reload = reload
        self._unless_made_inside = unless_made_inside
        self.reloads = 0
        """How many changes it reloaded the view for (tests count them)."""
        session.changed.connect(self._heard)

    def _heard(self, change: Change, initiator: object | None) -> None:
        if not change.touches(self.shows):
            return
        if self._unless_made_inside and made_inside(initiator, self._view):
            return
        self.reloads += 1
        self._reload()


def follow(
    session: Session,
    view: QObject,
    shows: Change,
    reload: Callable[[], object],
    *,
    unless_made_inside: bool = False,
) -> Follower:
    """Reload `view` (by calling `reload`) after every change touching `shows`. A view
    that shows its own changes itself passes `unless_made_inside`: a change made from
    it, or from a form it opened, is then not reloaded a second time."""
    return Follower(session, view, shows, reload, unless_made_inside=unless_made_inside)
