"""The project's own JSON export format (docs/data-format.md), and its import.

Export is stable: the same journal always gives the same bytes, so an export,
import into an empty journal, and export again are identical. Import is all or
nothing: the whole file is read and checked before one transaction writes it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from journal import domain as d
from journal import files
from journal.changes import Change, changes
from journal.codec import CodecError, from_plain, to_plain
from journal.errors import ImportFileError, JournalError
from journal.exchange.sections import DAY_UNIQUE, REFERENCES, SECTIONS
from journal.i18n import _, ngettext
from journal.storage import Journal
from journal.storage.errors import human_error
from journal.validation import attack_problems, dose_problems

FORMAT_NAME = "migraine-journal"
FORMAT_VERSION = 2
_FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)


def export_document(journal: Journal) -> dict[str, Any]:
    """The whole journal as the export document (a plain dict)."""
    document: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    for section in SECTIONS:
        document[section.key] = [to_plain(r) for r in section.repository(journal).all()]
    document["settings"] = journal.settings()
    return document


def export_json(journal: Journal, target: Path) -> None:
    """Write the export to `target` through a temporary file and a rename."""
    text = json.dumps(export_document(journal), ensure_ascii=False, indent=2) + "\n"
    write_atomically(target, text.encode("utf-8"))


def write_atomically(target: Path, content: bytes) -> None:
    """Replace `target` only once the complete new content is safely on disk; a
    failure is one sentence (JournalError) and leaves the old file as it was."""
    try:
        files.write_atomically(Path(target), content)
    except OSError as error:
        raise _human(error) from error


def _human(error: OSError) -> JournalError:
    found = human_error(error)
    return found or JournalError(
        _("The file could not be written ({strerror}).").format(strerror=error.strerror)
    )


@dataclass
class ImportPlan:
    """What an import would add and skip, ready to write or just to preview."""

    new: dict[str, list[Any]] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def added_count(self) -> int:
        return sum(len(records) for records in self.new.values())

    def preview(self, *, done: bool = False) -> str:
        """One sentence: what will be (or, once `done`, was) added and skipped."""
        sections = {s.key: s for s in SECTIONS}
        parts = [sections[k].counted(len(r)) for k, r in self.new.items() if r]
        if not parts:
            text = _("Nothing new was added") if done else _("Nothing new will be added")
        else:
            added = _("{records} were added") if done else _("{records} will be added")
            text = added.format(records=", ".join(parts))
        skipped = sum(self.skipped.values())
        if skipped:
            text += "; " + (
                ngettext(
                    "{n} already in the journal was skipped",
                    "{n} already in the journal were skipped",
                    skipped,
                )
                if done
                else ngettext(
                    "{n} already in the journal will be skipped",
                    "{n} already in the journal will be skipped",
                    skipped,
                )
            ).format(n=skipped)
        return text[0].upper() + text[1:] + "."


def read_document(path: Path) -> dict[str, Any]:
    """Parse an export file, naming the line of a syntax error."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError(
            _("The file {path} cannot be read ({strerror}).").format(
                path=path, strerror=error.strerror
            )
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ImportFileError(
            _("{file} is not a text (UTF-8) file.").format(file=Path(path).name)
        ) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFileError(
            _("{file} is not valid JSON: {msg} at line {lineno}, column {colno}.").format(
                file=Path(path).name, msg=error.msg, lineno=error.lineno, colno=error.colno
            )
        ) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFileError(
            _("{file} is not a Migraine Journal export file.").format(file=Path(path).name)
        )
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFileError(_("The file has no valid format version."))
    if version > FORMAT_VERSION:
        raise ImportFileError(
            _(
                "The file was made by a newer Migraine Journal (format {version}); "
                "update the app to import it."
            ).format(version=version)
        )
    return document


def plan_import(journal: Journal, document: dict[str, Any]) -> ImportPlan:
    """Check every record of the document and work out what is new; writes nothing."""
    unknown = set(document) - {s.key for s in SECTIONS} - {"format", "version", "settings"}
    if unknown:
        raise ImportFileError(
            _("The file has an unknown section “{section}”.").format(section=sorted(unknown)[0])
        )
    records = {s.key: _records(s.key, s.record, document.get(s.key, [])) for s in SECTIONS}
    plan = ImportPlan(settings=_settings(document.get("settings", {})))
    renamed = _merge_by_name(journal, records)
    known_ids = {s.key: s.repository(journal).ids() for s in SECTIONS}
    for section in SECTIONS:
        fresh, skipped = [], 0
        taken_days = _taken_days(journal, section.key)
        for record in (_relinked(r, renamed) for r in records[section.key]):
            day = getattr(record, "day", None)
            if record.id in known_ids[section.key] or (day is not None and day in taken_days):
                skipped += 1
                continue
            fresh.append(record)
            if day is not None and section.key in DAY_UNIQUE:
                taken_days.add(day)
        plan.new[section.key] = fresh
        plan.skipped[section.key] = skipped
    _check_references(plan, known_ids)
    return plan


@changes(Change.EVERYTHING)
def apply_import(journal: Journal, plan: ImportPlan) -> None:
    """Write the planned records in one transaction: all of them or none."""
    existing = journal.settings()
    with journal.atomic():
        for section in SECTIONS:
            section.repository(journal).insert_exact(plan.new.get(section.key, []))
        for key, value in plan.settings.items():
            if key not in existing:
                journal.set_setting(key, value)


def import_json(journal: Journal, path: Path, *, dry_run: bool = False) -> ImportPlan:
    plan = plan_import(journal, read_document(path))
    if not dry_run:
        apply_import(journal, plan)
    return plan


def _records(key: str, record_type: type[Any], items: Any) -> list[Any]:
    if not isinstance(items, list):
        raise ImportFileError(_("The section “{key}” must be a list.").format(key=key))
    records = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        try:
            record = from_plain(record_type, item)
        except CodecError as error:
            raise ImportFileError(
                _("In “{key}”, entry {number}: {error}.").format(
                    key=key, number=number, error=error
                )
            ) from None
        problem = _record_problem(record)
        if problem:
            raise ImportFileError(
                _("In “{key}”, entry {number}: {problem}").format(
                    key=key, number=number, problem=problem
                )
            )
        if record.id in seen:
            raise ImportFileError(
                _("In “{key}”, entry {number} repeats the id {id}.").format(
                    key=key, number=number, id=record.id
                )
            )
        seen.add(record.id)
        records.append(record)
    return records


def _record_problem(record: Any) -> str:
    """Rules the journal's tables enforce, checked before anything is written."""
    problems: dict[str, str] = {}
    if isinstance(record, d.Attack):
        problems = attack_problems(record, _FAR_FUTURE)
    elif isinstance(record, d.Dose):
        problems = dose_problems(record, _FAR_FUTURE, d.Medication(name="(any)"))
    elif isinstance(record, d.Medication) and not record.name.strip():
        problems = {"name": _("The medication has no name.")}
    elif isinstance(record, d.Hit6Entry) and not 36 <= record.total <= 78:
        problems = {"total": _("A HIT-6 total must be between 36 and 78.")}
    elif isinstance(record, d.Factor) and not record.name.strip():
        problems = {"name": _("The factor has no name.")}
    return next(iter(problems.values()), "")


def _settings(raw: Any) -> dict[str, str]:
    if not isinstance(raw, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in raw.items()
    ):
        raise ImportFileError(_("The “settings” section must map names to text."))
    return dict(raw)


def _merge_by_name(journal: Journal, records: dict[str, list[Any]]) -> dict[str, str]:
    """Medications and tracked factors in the file that the journal has under another
    id, by name (ignoring case): file id -> journal id, so their doses and daily
    values join the journal's."""
    renamed: dict[str, str] = {}
    for key, kind in (("medications", "medication"), ("factors", "tracked factor")):
        section = next(s for s in SECTIONS if s.key == key)
        present = section.repository(journal).all()
        by_name = {r.name.strip().casefold(): r.id for r in present}
        by_key = {k: r.id for r in present if (k := getattr(r, "key", ""))}
        names_in_file: set[str] = set()
        for record in records[key]:
            name = record.name.strip().casefold()
            if name in names_in_file:
                raise ImportFileError(
                    _("The {kind} “{name}” appears twice.").format(kind=kind, name=record.name)
                )
            names_in_file.add(name)
            same = by_key.get(getattr(record, "key", "")) or by_name.get(name, record.id)
            if same != record.id:
                renamed[record.id] = same
        records[key] = [r for r in records[key] if r.id not in renamed]
    return renamed


def _relinked(record: Any, renamed: dict[str, str]) -> Any:
    medication_id = getattr(record, "medication_id", None)
    if medication_id in renamed:
        return dataclasses.replace(record, medication_id=renamed[medication_id])
    if isinstance(record, d.DayEntry) and any(v.factor_id in renamed for v in record.values):
        values = tuple(
            dataclasses.replace(v, factor_id=renamed.get(v.factor_id, v.factor_id))
            for v in record.values
        )
        return dataclasses.replace(record, values=values)
    return record


def _taken_days(journal: Journal, key: str) -> set[Any]:
    if key not in DAY_UNIQUE:
        return set()
    return {record.day for record in getattr(journal, key).all()}


def _check_references(plan: ImportPlan, known_ids: dict[str, set[str]]) -> None:
    for key, links in REFERENCES.items():
        for record in plan.new.get(key, []):
            for field_name, target, required in links:
                target_id = getattr(record, field_name)
                if target_id is None and not required:
                    continue
                present = known_ids[target] | {r.id for r in plan.new.get(target, [])}
                if target_id not in present:
                    raise ImportFileError(
                        _(
                            "In “{key}”, the entry {id} refers to a missing {rstrip} ({target_id})."
                        ).format(
                            key=key,
                            id=record.id,
                            rstrip=target.rstrip("s").replace("_", " "),
                            target_id=target_id,
                        )
                    )
