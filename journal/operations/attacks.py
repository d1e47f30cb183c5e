"""Attacks, doses and medications: one action, one transaction.

The window and the command line call these; each validates, writes in a single
transaction and returns what it saved, so a failure halfway leaves nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime, timedelta

from journal import catalog
from journal import domain as d
from journal.changes import Change, changes, reads
from journal.errors import NotFound
from journal.i18n import _
from journal.operations.treatments import courses_by_drug
from journal.storage import Journal
from journal.validation import (
    FUTURE_SLACK,
    attack_problems,
    dose_problems,
    medication_problems,
    require,
)

FOLLOW_UP_AFTER = timedelta(hours=2)
FOLLOW_UP_UNTIL = timedelta(hours=8)
"""Past this, "how is your pain now?" no longer tells the 2-hour pain: the dose can
still be rated from its entry, but the app stops asking."""
FOLLOW_UP_ASK_AGAIN = timedelta(minutes=30)
"""A dose put off with "Ask me later" is asked about again after this long (while
it is still due)."""


@changes(Change.ATTACKS)
def start_attack(
    journal: Journal, /, start: datetime, *, now: datetime | None = None, **details: object
) -> d.Attack:
    """Begin an open attack at `start` (now, or some minutes ago). The app never
    chooses a type for the patient: without one it is "type not given"."""
    details.setdefault("type", d.AttackType.NOT_GIVEN)
    attack = d.Attack(start=start, **details)  # type: ignore[arg-type]
    return save_attack(journal, attack, now=now)


@changes(Change.ATTACKS)
def save_attack(journal: Journal, attack: d.Attack, *, now: datetime | None = None) -> d.Attack:
    require(attack_problems(attack, now or d.local_now()))
    return journal.attacks.save(attack)


@changes(Change.ATTACKS)
def end_attack(journal: Journal, attack_id: str, end: datetime) -> d.Attack:
    with journal.atomic():
        attack = journal.attacks.get(attack_id)
        return save_attack(journal, dataclasses.replace(attack, end=end), now=end)


@dataclass(frozen=True)
class DeletedAttack:
    """What a deletion removed, so that Undo can put it back exactly."""

    attack: d.Attack
    doses: tuple[d.Dose, ...]


@changes(Change.ATTACKS | Change.DOSES)
def delete_attack(journal: Journal, attack_id: str) -> DeletedAttack:
    """Delete an attack. Its doses stay (they still count as medication days) but
    no longer point at it; Undo restores the links."""
    with journal.atomic():
        attack = journal.attacks.get(attack_id)
        doses = tuple(journal.doses.for_attack(attack_id))
        journal.attacks.delete(attack_id)
    return DeletedAttack(attack, doses)


def _unchanged(now: d.Attack | d.Dose | None, then: d.Attack | d.Dose) -> bool:
    """Whether a record still reads as it did when an Undo was offered (its update
    stamp aside: it has one-second steps, a change within the second must count)."""
    return now is not None and dataclasses.replace(now, updated="") == dataclasses.replace(
        then, updated=""
    )


@reads
def still_as_saved(journal: Journal, record: d.Attack | d.Dose) -> bool:
    """Whether `record` is still in the journal exactly as it was saved: an Undo
    offered for it is still right (the window hides one that is not)."""
    stored = (
        journal.attacks.find(record.id)
        if isinstance(record, d.Attack)
        else journal.doses.find(record.id)
    )
    return _unchanged(stored, record)


@changes(Change.ATTACKS)
def reopen_attack(journal: Journal, ended: d.Attack) -> d.Attack:
    """Undo "End attack now": open `ended` again, only if it is still exactly as
    ending it left it. Deleted or changed meanwhile, it is left alone (NotFound):
    an Undo must never bring back or overwrite what the person did since."""
    with journal.atomic():
        if not still_as_saved(journal, ended):
            raise NotFound(
                _(
                    "The attack was changed or deleted after it was ended, so it was not opened "
                    "again."
                )
            )
        return journal.attacks.save(dataclasses.replace(ended, end=None))


@changes(Change.ATTACKS | Change.DOSES)
def undo_delete_attack(journal: Journal, deleted: DeletedAttack) -> None:
    """Put a deleted attack back, and link again those of its doses that still
    exist and have not been given to another attack meanwhile (as they are now:
    a 2-hour rating added since is kept)."""
    with journal.atomic():
        if journal.attacks.find(deleted.attack.id) is not None:
            raise NotFound(_("The attack is already back in the journal."))
        journal.attacks.insert_exact([deleted.attack])
        for dose in deleted.doses:
            current = journal.doses.find(dose.id)
            if current is not None and current.attack_id is None:
                journal.doses.save(dataclasses.replace(current, attack_id=deleted.attack.id))


@changes(Change.DOSES)
def undo_delete_dose(journal: Journal, deleted: d.Dose) -> d.Dose:
    """Put a deleted dose back; if its attack was deleted meanwhile, it comes back
    as a dose on its own (still a medication day)."""
    with journal.atomic():
        if journal.doses.find(deleted.id) is not None:
            raise NotFound(_("The dose is already back in the journal."))
        attack_id = deleted.attack_id
        if attack_id is not None and journal.attacks.find(attack_id) is None:
            attack_id = None
        journal.doses.insert_exact([dataclasses.replace(deleted, attack_id=attack_id)])
        return journal.doses.get(deleted.id)


@changes(Change.DOSES)
def undo_record_dose(journal: Journal, recorded: d.Dose) -> d.Dose:
    """Undo a dose just recorded: delete it, only if nobody changed it since (a
    2-hour rating added meanwhile is never thrown away by an Undo)."""
    with journal.atomic():
        if not still_as_saved(journal, recorded):
            raise NotFound(
                _("The dose was changed or deleted after it was recorded, so it was kept as it is.")
            )
        journal.doses.delete(recorded.id)
    return recorded


@changes(Change.DOSES)
def record_dose(journal: Journal, dose: d.Dose, *, now: datetime | None = None) -> d.Dose:
    with journal.atomic():
        medication = journal.medications.find(dose.medication_id)
        require(dose_problems(dose, now or d.local_now(), medication))
        return journal.doses.save(dose)


@changes(Change.ATTACKS | Change.DOSES)
def record_attack_with_dose(
    journal: Journal, attack: d.Attack, dose: d.Dose, *, now: datetime | None = None
) -> tuple[d.Attack, d.Dose]:
    """Save an attack and a dose that treated it together, or neither."""
    with journal.atomic():
        saved = save_attack(journal, attack, now=now)
        taken = record_dose(journal, dataclasses.replace(dose, attack_id=saved.id), now=now)
    return saved, taken


@changes(Change.DOSES)
def rate_dose(
    journal: Journal, dose_id: str, *, pain_2h: int | None, pain_24h: int | None = None
) -> d.Dose:
    """Record pain two hours (and optionally 24 hours) after a dose."""
    with journal.atomic():
        dose = journal.doses.get(dose_id)
        rated = dataclasses.replace(
            dose,
            pain_2h=pain_2h,
            pain_24h=pain_24h if pain_24h is not None else dose.pain_24h,
        )
        return record_dose(journal, rated, now=dose.taken)


@changes(Change.DOSES)
def delete_dose(journal: Journal, dose_id: str) -> d.Dose:
    with journal.atomic():
        dose = journal.doses.get(dose_id)
        journal.doses.delete(dose_id)
    return dose


DOSE_ATTACK_DAYS = 1
"""A dose may be for an attack touching its day, the day before or the day after."""


@reads
def attacks_a_dose_may_treat(
    journal: Journal, taken: datetime, linked: d.Attack | None = None
) -> list[d.Attack]:
    """The attacks offered for a dose taken at `taken`: those touching its day, the
    day before or after, and the attack it is linked to already (wherever it is)."""
    day = taken.date()
    window = timedelta(days=DOSE_ATTACK_DAYS)
    nearby = journal.attacks.touching(day - window, day + window)
    if linked is not None and all(attack.id != linked.id for attack in nearby):
        nearby.append(linked)
    return nearby


@reads
def attack_a_dose_is_for(journal: Journal, taken: datetime) -> d.Attack | None:
    """The attack a new dose taken at `taken` is most likely for, offered first: of
    those it may treat (`attacks_a_dose_may_treat`), the one going on at `taken`
    (started by then and not yet over, or still open), the latest started."""
    going_on = [
        attack
        for attack in attacks_a_dose_may_treat(journal, taken)
        if attack.start - FUTURE_SLACK <= taken
        and (attack.is_open or (attack.end is not None and taken <= attack.end))
    ]
    return max(going_on, key=lambda attack: attack.start, default=None)


@reads
def doses_due_for_follow_up(journal: Journal, now: datetime) -> list[d.Dose]:
    """Doses taken for an attack 2 to 8 hours ago, still without a 2 h rating."""
    return [
        dose
        for dose in journal.doses.awaiting_2h_rating()
        if dose.taken + FOLLOW_UP_AFTER <= now < dose.taken + FOLLOW_UP_UNTIL
    ]


@reads
def suggested_medication(name: str) -> d.Medication:
    """A new medication with the class and use the catalogue suggests for `name`."""
    known = catalog.lookup(name)
    if known is None:
        return d.Medication(name=name.strip())
    return d.Medication(name=name.strip(), med_class=known.med_class, use=known.use)


@changes(Change.MEDICATIONS)
def save_medication(journal: Journal, medication: d.Medication) -> d.Medication:
    """Add or change a medication. A preventive whose course is in Treatments keeps
    its name and use here: they are its course's, changed there (its class may be)."""
    medication = dataclasses.replace(medication, name=medication.name.strip())
    with journal.atomic():
        require(medication_problems(medication, journal.medications.all()))
        stored = journal.medications.find(medication.id)
        if (
            stored is not None
            and (stored.name, stored.use) != (medication.name, medication.use)
            and stored.id in courses_by_drug(journal)
        ):
            message = _("“{name}” is kept in Treatments, as a course: change it there.")
            require({"name": message.format(name=stored.name)})
        return journal.medications.save(medication)


@changes(Change.MEDICATIONS)
def add_medications_by_name(journal: Journal, names: list[str]) -> list[d.Medication]:
    """Add medications by name in one go (the first start's "usual medications"),
    each with the class and use the catalogue suggests. A drug already in the list
    is not added twice, by any of its names (any case; "Maxalt" is rizatriptan,
    catalog.drug_key): the one there is returned as it is."""
    with journal.atomic():
        existing = {catalog.drug_key(m.name): m for m in journal.medications.all()}
        result: list[d.Medication] = []
        for name in dict.fromkeys(n.strip() for n in names if n.strip()):
            key = catalog.drug_key(name)
            known = existing.get(key)
            if known is None:
                known = save_medication(journal, suggested_medication(name))
                existing[key] = known
            if known not in result:
                result.append(known)
        return result


@changes(Change.MEDICATIONS)
def retire_medication(journal: Journal, medication_id: str, retired: bool = True) -> d.Medication:
    """Retire a medication: it leaves the pickers but keeps all its history."""
    with journal.atomic():
        medication = journal.medications.get(medication_id)
        return journal.medications.save(dataclasses.replace(medication, retired=retired))


@reads
def medications_for_picking(journal: Journal) -> list[d.Medication]:
    """Active acute medications, the most used in the last 90 days first."""
    recent = journal.doses.between(
        (d.local_now() - timedelta(days=90)).date(), d.local_now().date()
    )
    uses: dict[str, int] = {}
    for dose in recent:
        uses[dose.medication_id] = uses.get(dose.medication_id, 0) + 1
    active = [m for m in journal.medications.all() if not m.retired and m.use is d.Use.ACUTE]
    return sorted(active, key=lambda m: (-uses.get(m.id, 0), m.name.casefold()))


@reads
def medications_for_buttons(journal: Journal) -> list[d.Medication]:
    """Active acute medications in the order they were added (then by name): the
    attack screen's buttons keep their places from one attack to the next, so a
    hand in pain finds a drug where it was; a new medication goes last."""
    active = [m for m in journal.medications.all() if not m.retired and m.use is d.Use.ACUTE]
    return sorted(active, key=lambda m: (m.created, m.name.casefold()))
