"""What every importer of another app's file shares: deterministic ids, medications
reused by name, and a plan made by the project's own import (json_format).

An importer reads its file into domain records through a `Collector`, which then
hands them to `json_format.plan_import` as a document. So the checks, the
"already in the journal" skipping, the merging of medications by name, the preview
sentence and the all-or-nothing `apply_import` are the same for every format.

Ids are uuid5 of the source row's identifying content in a namespace per format,
so importing the same file again finds every record already there and adds nothing.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from journal import catalog, validation
from journal import domain as d
from journal.codec import to_plain
from journal.exchange import parsing
from journal.exchange.json_format import ImportPlan, plan_import
from journal.i18n import _, moment_text, ngettext
from journal.storage import Journal


@dataclass
class ForeignImport(ImportPlan):
    """An ImportPlan from another app's file, with what could not be mapped."""

    format: str = ""
    messages: list[str] = field(default_factory=list)

    def report(self) -> str:
        """The preview sentence, then one line per thing that was not mapped."""
        return "\n".join([self.preview(), *(f"- {m}" for m in self.messages)])


class Collector:
    """Gathers the records an importer builds, with stable ids and stamps."""

    def __init__(self, journal: Journal, format_name: str) -> None:
        self.journal = journal
        self.format_name = format_name
        self._namespace = uuid.uuid5(uuid.NAMESPACE_URL, f"migraine-journal:import:{format_name}")
        self._stamp = d.utc_stamp()
        self._now = d.local_now()
        self._used_ids: Counter[str] = Counter()
        self._medications: dict[str, d.Medication] = {}
        self._known = {m.name.strip().casefold(): m for m in journal.medications.all()}
        self.attacks: list[d.Attack] = []
        self.doses: list[d.Dose] = []
        self.bleeding: dict[date, d.BleedingDay] = {}
        self.day_records: dict[tuple[date, str], d.DayRecord] = {}
        self.factors: dict[str, d.Factor] = {}
        self.day_entries: dict[date, d.DayEntry] = {}
        self._messages: Counter[str] = Counter()
        self._uncounted: set[str] = set()

    def make_id(self, *parts: object) -> str:
        """A uuid5 from the source content; a repeat in the same file gets a suffix."""
        key = "\x1f".join(str(part) for part in parts)
        self._used_ids[key] += 1
        if self._used_ids[key] > 1:
            key += f"\x1f#{self._used_ids[key]}"
        return str(uuid.uuid5(self._namespace, key))

    def medication_id(self, name: str) -> str:
        """The journal's medication of that name (ignoring case), or a new one whose
        class the built-in catalogue suggests."""
        clean = " ".join(name.split())
        key = clean.casefold()
        if key in self._known:
            return self._known[key].id
        if key not in self._medications:
            known = catalog.lookup(clean)
            medication = d.Medication(
                name=clean,
                med_class=known.med_class if known else d.MedicationClass.OTHER,
                use=known.use if known else d.Use.ACUTE,
                id=str(uuid.uuid5(self._namespace, f"medication\x1f{key}")),
            )
            if known is None:
                self.tell(
                    _(
                        "“{name}” is not in the built-in medication list: added as class “other”."
                    ).format(name=clean)
                )
            self._medications[key] = self.stamped(medication)
        return self._medications[key].id

    def stamped(self, record: Any) -> Any:
        return dataclasses.replace(record, created=self._stamp, updated=self._stamp)

    def add_attack(self, attack: d.Attack, *, ongoing: d.FileFact | None = None) -> None:
        """An attack of the file. One the file gives no end for is kept with its end
        not recorded, unless it started recently enough to be going on still
        (validation.may_still_be_going_on, the one rule of every importer); the
        fact kept says why: `ongoing` (what the file said, Migraine Buddy's
        "Ongoing") or that the file gives no duration."""
        if attack.is_open and not validation.may_still_be_going_on(attack.start, self._now):
            fact = ongoing or d.FileFact(reason=d.FactReason.DURATION_UNKNOWN)
            attack = dataclasses.replace(
                attack, end_unknown=True, provenance=(*attack.provenance, fact)
            )
        self.attacks.append(self.stamped(attack))

    def add_dose(self, dose: d.Dose) -> None:
        self.doses.append(self.stamped(dose))

    def add_attack_dose(
        self,
        written: str,
        attack_id: str,
        taken: datetime,
        *,
        amount: str = "",
        helpfulness: d.Helpfulness | None = None,
    ) -> None:
        """A dose written in an attack's row ("Naproxen 550mg oral"): taken at the
        attack's start (a fact says the file has no time taken) and linked to it;
        `amount` is used when the text gives none."""
        medication, given, route = parsing.medication_parts(written)
        self.add_dose(
            d.Dose(
                medication_id=self.medication_id(medication),
                taken=taken,
                amount=given or amount,
                attack_id=attack_id,
                id=self.make_id("dose", attack_id, written.casefold()),
                route=route,
                helpfulness=helpfulness,
                source=self.format_name,
                provenance=(d.FileFact(reason=d.FactReason.DOSE_TIME_UNKNOWN),),
            )
        )

    def add_bleeding(self, day: date, flow: d.Flow, *, intermenstrual: bool = False) -> None:
        """One bleeding day; a day given twice keeps the heavier flow (and is a
        period day if any of its entries says so)."""
        order = list(d.Flow)
        present = self.bleeding.get(day)
        if present is not None:
            intermenstrual = intermenstrual and present.intermenstrual
            flow = max(present.flow, flow, key=order.index)
        record = d.BleedingDay(
            day,
            flow,
            id=str(uuid.uuid5(self._namespace, f"bleeding\x1f{day}")),
            intermenstrual=intermenstrual,
            source=self.format_name,
        )
        self.bleeding[day] = self.stamped(record)

    def add_day_record(
        self,
        day: date,
        kind: d.DayRecordKind,
        *,
        symptoms: tuple[str, ...] = (),
        aura: bool = False,
        pain: int | None = None,
        pain_nrs: int | None = None,
        note: str = "",
        provenance: tuple[d.FileFact, ...] = (),
    ) -> None:
        """A headache or migraine on a day, no times. One per day and source: a day
        given twice keeps migraine over headache and gathers the rest."""
        present = self.day_records.get((day, self.format_name))
        if present is not None:
            if present.kind == d.DayRecordKind.MIGRAINE:
                kind = present.kind
            symptoms = tuple(dict.fromkeys((*present.symptoms, *symptoms)))
            aura = aura or present.aura
            pain_nrs = max((p for p in (present.pain_nrs, pain_nrs) if p is not None), default=None)
            note = "\n".join(part for part in (present.note, note) if part)
            provenance = tuple(dict.fromkeys((*present.provenance, *provenance)))
        record = d.DayRecord(
            day,
            kind,
            pain=pain,
            pain_nrs=pain_nrs,
            symptoms=symptoms,
            aura=aura,
            source=self.format_name,
            note=note,
            id=str(uuid.uuid5(self._namespace, f"day-record\x1f{day}")),
            provenance=provenance,
        )
        self.day_records[(day, self.format_name)] = self.stamped(record)

    def add_day_value(self, day: date, factor: d.Factor, value: float) -> None:
        """A tracked factor's value on a day (a daily check-in holding it). The factor
        joins the journal's of the same name; a day the journal already has a
        check-in for is left as it is (the preview counts it as skipped)."""
        key = factor.key or factor.name.casefold()
        if key not in self.factors:
            made = dataclasses.replace(
                factor, id=str(uuid.uuid5(self._namespace, f"factor\x1f{key}"))
            )
            self.factors[key] = self.stamped(made)
        factor_id = self.factors[key].id
        present = self.day_entries.get(day)
        values = tuple(v for v in (present.values if present else ()) if v.factor_id != factor_id)
        entry = d.DayEntry(
            day,
            (*values, d.FactorValue(factor_id, value)),
            id=str(uuid.uuid5(self._namespace, f"day-entry\x1f{day}")),
        )
        self.day_entries[day] = self.stamped(entry)

    def tell(self, message: str, *, counted: bool = True) -> None:
        """Something the user should know (not mapped, assumed); repeats are counted
        unless `counted` is false (a general remark said once)."""
        self._messages[message] += 1
        if not counted:
            self._uncounted.add(message)

    def plan(self) -> ForeignImport:
        """Check everything and work out what is new, through the JSON import's planner."""
        document = {
            "medications": [to_plain(m) for m in self._medications.values()],
            "attacks": [to_plain(a) for a in self.attacks],
            "doses": [to_plain(x) for x in self.doses],
            "bleeding_days": [to_plain(b) for b in sorted(self.bleeding.values(), key=_day)],
            "day_records": [to_plain(r) for r in sorted(self.day_records.values(), key=_day)],
            "factors": [to_plain(f) for f in self.factors.values()],
            "day_entries": [to_plain(e) for e in sorted(self.day_entries.values(), key=_day)],
        }
        base = plan_import(self.journal, document)
        messages = [*self._attack_notes(base.new.get("attacks", [])), *self._counted_messages()]
        return ForeignImport(
            new=base.new,
            skipped=base.skipped,
            settings={},
            format=self.format_name,
            messages=messages,
        )

    def _attack_notes(self, attacks: list[d.Attack]) -> list[str]:
        """What the preview says of the attacks to be added: how many have no end
        (and count on their start day only), how many are still going on, and how
        many overlap another attack (of the file or of the journal)."""
        notes = []
        no_end = sum(1 for a in attacks if a.end_unknown)
        if no_end:
            notes.append(
                ngettext(
                    "{n} attack has no end in the file: kept as end not recorded, it "
                    "counts on its start day only.",
                    "{n} attacks have no end in the file: kept as end not recorded, each "
                    "counts on its start day only.",
                    no_end,
                ).format(n=no_end)
            )
        still_open = [a for a in attacks if a.is_open]
        if still_open:
            notes.append(
                ngettext(
                    "{n} attack started in the last 3 days and has no end in the file: "
                    "it is kept as still going on (since {start}).",
                    "{n} attacks started in the last 3 days and have no end in the file: "
                    "they are kept as still going on (the first since {start}).",
                    len(still_open),
                ).format(n=len(still_open), start=moment_text(min(a.start for a in still_open)))
            )
        overlapping = validation.attacks_overlapping_others(
            attacks, self.journal.attacks.all(), self._now
        )
        if overlapping:
            notes.append(
                ngettext(
                    "{n} attack overlaps another attack in time (from {start}): often the "
                    "same attack recorded twice. Worth a look after the import.",
                    "{n} attacks overlap another attack in time (the first from {start}): "
                    "often the same attack recorded twice. Worth a look after the import.",
                    len(overlapping),
                ).format(n=len(overlapping), start=moment_text(overlapping[0].start))
            )
        return notes

    def _counted_messages(self) -> list[str]:
        return [
            message
            if count == 1 or message in self._uncounted
            else ngettext("{message} ({count} time)", "{message} ({count} times)", count).format(
                message=message, count=count
            )
            for message, count in self._messages.items()
        ]


def _day(record: d.BleedingDay | d.DayRecord | d.DayEntry) -> date:
    return record.day


def file_name(path: Path) -> str:
    return Path(path).name
