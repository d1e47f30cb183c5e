"""The project's own JSON export format (docs/data-format.md), and its import.

Export is stable: the same journal always gives the same bytes, so an export,
import into an empty journal, and export again are identical. Import is all or
nothing: the whole file is read and checked before one transaction writes it,
with the window's own rules (journal.validation_imported), in time linear in the
file's size. A UTF-8 byte order mark is accepted; NaN, infinities and integers
beyond SQLite's 64 bits are refused in words, as is nesting too deep to read.

A record whose id the journal already has is compared with the journal's: the
same content is skipped ("already in the journal"); different content is an edit
made elsewhere, and the newer one by its `updated` time wins: the journal's copy is
updated when the file's is newer, and kept when the journal's is (both counted in
the preview, never silently).
"""

from __future__ import annotations

import dataclasses
import functools
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
from journal.exchange.json_text import parse_json
from journal.exchange.preview import preview_sentence
from journal.exchange.sections import DAY_UNIQUE, REFERENCES, SECTIONS
from journal.i18n import _
from journal.storage import Journal
from journal.storage.errors import human_error
from journal.storage.importer_notes import read_older_record
from journal.validation_imported import link_problem, record_problem

FORMAT_NAME = "migraine-journal"
FORMAT_VERSION = 3
PROVENANCE_SINCE = 3
"""Exports older than this keep importer lines in notes (read as facts on import)."""


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
    except BrokenPipeError:
        raise  # `export -o /dev/stdout | head`: the reader stopped (journal.cli ends calmly)
    except OSError as error:
        raise _human(error) from error


def _human(error: OSError) -> JournalError:
    found = human_error(error)
    return found or JournalError(
        _("The file could not be written ({strerror}).").format(strerror=error.strerror)
    )


@dataclass
class ImportPlan:
    """What an import would add, update and skip, ready to write or just to preview.
    `updated` holds records the journal has under the same id whose copy in the
    file is newer; `kept_newer` counts those whose journal copy is newer."""

    new: dict[str, list[Any]] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    updated: dict[str, list[Any]] = field(default_factory=dict)
    kept_newer: dict[str, int] = field(default_factory=dict)

    @property
    def added_count(self) -> int:
        return sum(len(records) for records in self.new.values())

    def preview(self, *, done: bool = False) -> str:
        """One sentence: what will be (or, once `done`, was) added, updated and skipped."""
        sections = {s.key: s for s in SECTIONS}
        return preview_sentence(
            [sections[k].counted(len(r)) for k, r in self.new.items() if r],
            updated=sum(len(records) for records in self.updated.values()),
            kept=sum(self.kept_newer.values()),
            skipped=sum(self.skipped.values()),
            done=done,
        )


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
        text = raw.decode("utf-8-sig")  # a byte order mark is fine
    except UnicodeDecodeError:
        raise ImportFileError(
            _("{file} is not a text (UTF-8) file.").format(file=Path(path).name)
        ) from None
    document = parse_json(text, Path(path).name)
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
    if document.get("version", FORMAT_VERSION) < PROVENANCE_SINCE:
        records = {key: [read_older_record(r) for r in found] for key, found in records.items()}
    plan = ImportPlan(settings=_settings(document.get("settings", {})))
    # Another app's records (journal.exchange.foreign) carry the time of the import,
    # not of an edit: for them the journal's copy of a known entry always stays.
    edit_times = document.get("format") == FORMAT_NAME
    renamed = _merge_by_name(journal, records)
    known_ids = {s.key: s.repository(journal).ids() for s in SECTIONS}
    for section in SECTIONS:
        fresh, changed, skipped, kept = [], [], 0, 0
        taken_days = _taken_days(journal, section.key)
        relinked = [_relinked(r, renamed) for r in records[section.key]]
        existing = (
            _existing(journal, section.key, relinked, known_ids[section.key]) if edit_times else {}
        )
        for record in relinked:
            day = getattr(record, "day", None)
            if record.id in known_ids[section.key] and not edit_times:
                skipped += 1
                continue
            if record.id in existing:
                verdict = _compare(existing[record.id], record)
                if verdict == "newer":
                    changed.append(record)
                elif verdict == "older":
                    kept += 1
                else:
                    skipped += 1
                continue
            if day is not None and day in taken_days:
                skipped += 1
                continue
            fresh.append(record)
            if day is not None and section.key in DAY_UNIQUE:
                taken_days.add(day)
        plan.new[section.key] = fresh
        plan.updated[section.key] = changed
        plan.skipped[section.key] = skipped
        plan.kept_newer[section.key] = kept
    _check_references(plan, known_ids)
    _check_links(journal, plan)
    return plan


def _existing(journal: Journal, key: str, records: list[Any], known: set[str]) -> dict[str, Any]:
    """The journal's records that the file has too (by id), read once per section."""
    if not any(record.id in known for record in records):
        return {}
    wanted = {record.id for record in records}
    section = next(s for s in SECTIONS if s.key == key)
    return {r.id: r for r in section.repository(journal).all() if r.id in wanted}


def _compare(ours: Any, theirs: Any) -> str:
    """ "same" content (stamps aside), or which copy is "newer"/"older" by `updated`."""
    record_type: Any = type(ours)
    if all(getattr(ours, name) == getattr(theirs, name) for name in _content_fields(record_type)):
        return "same"
    return "newer" if _moment(theirs.updated) > _moment(ours.updated) else "older"


@functools.cache
def _content_fields(record_type: type) -> tuple[str, ...]:
    """A record type's fields without its creation and update stamps."""
    names = (item.name for item in dataclasses.fields(record_type))
    return tuple(name for name in names if name not in ("created", "updated"))


def _moment(stamp: str) -> datetime:
    try:
        found = datetime.fromisoformat(stamp)
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)
    return found if found.tzinfo else found.replace(tzinfo=UTC)


@changes(Change.EVERYTHING)
def apply_import(journal: Journal, plan: ImportPlan) -> None:
    """Write the planned records in one transaction: all of them or none."""
    existing = journal.settings()
    with journal.atomic():
        for section in SECTIONS:
            section.repository(journal).insert_exact(plan.new.get(section.key, []))
            section.repository(journal).update_exact(plan.updated.get(section.key, []))
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
    """The window's rules for one record, checked before anything is written."""
    return record_problem(record, d.local_now())


def _check_links(journal: Journal, plan: ImportPlan) -> None:
    """The window's rules that need the records a record refers to (a check-in's
    factors, a session's course, a side effect's treatment and session)."""
    linked = ("factors", "treatments", "treatment_sessions")
    if not any(plan.new.get(k) or plan.updated.get(k) for k in _LINKING):
        return
    records: dict[str, dict[str, Any]] = {}
    for key in linked:
        section = next(s for s in SECTIONS if s.key == key)
        records[key] = {r.id: r for r in section.repository(journal).all()}
        records[key].update((r.id, r) for r in plan.new.get(key, []) + plan.updated.get(key, []))

    def lookup(section: str, record_id: str) -> Any:
        return records[section].get(record_id)

    now = d.local_now()
    for key in _LINKING:
        for record in plan.new.get(key, []) + plan.updated.get(key, []):
            problem = link_problem(record, lookup, now)
            if problem:
                raise ImportFileError(
                    _("In “{key}”, the entry {id}: {problem}").format(
                        key=key, id=record.id, problem=problem
                    )
                )


_LINKING = ("day_entries", "treatment_sessions", "side_effects")


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
    """Every link points at a record in the journal or in the file (one set per
    section, built once: linear in the number of records)."""
    present: dict[str, set[str]] = {}
    for key, links in REFERENCES.items():
        for record in plan.new.get(key, []) + plan.updated.get(key, []):
            for field_name, target, required in links:
                target_id = getattr(record, field_name)
                if target_id is None and not required:
                    continue
                if target not in present:
                    present[target] = known_ids[target] | {
                        r.id for r in plan.new.get(target, []) + plan.updated.get(target, [])
                    }
                if target_id not in present[target]:
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
