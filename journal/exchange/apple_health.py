"""Apple Health's export: export.xml, or the export.zip around it
(apple_health_export/export.xml), as the Health app writes it and public parsers
read it: `<HealthData locale="...">` with an internal DTD, then one `<Record>` per
sample with type, sourceName, unit, creationDate, startDate, endDate ("2026-03-01
09:00:00 +0100") and value, some with `<MetadataEntry key=... value=.../>` inside.

Read as a stream (expat, fed a MiB at a time) so a 500 MB export imports in bounded
memory, with progress reported by bytes read. Entity declarations are refused
(the "billion laughs" and external entities cannot expand); Apple's export declares
elements and attributes only.

- HKCategoryTypeIdentifierHeadache: an attack from startDate to endDate, with the
  severity Apple records (Mild, Moderate, Severe: the IHS words, so pain 1-3;
  Unspecified: pain not recorded; Not Present: no headache, left out). Apple has no
  migraine label: the type is not given, so the day rules count it by the ICHD-3
  features, aura and medication only.
- HKCategoryTypeIdentifierMenstrualFlow: a bleeding day (Light, Medium, Heavy;
  Unspecified is medium, and the preview says how many; None is no bleeding), the
  HKMenstrualCycleStart metadata marking where a period starts.
- HKCategoryTypeIdentifierIntermenstrualBleeding: spotting between periods.
- Nausea and vomiting samples during an imported headache add that symptom to it.
- HKCategoryTypeIdentifierSleepAnalysis: the hours asleep (core, deep, REM or
  unspecified sleep; not "in bed" or "awake"), overlapping samples from several
  devices counted once, become the tracked factor Sleep (h) of the day the sleep
  ended, in a daily check-in (a day that already has a check-in is kept as it is).
- Steps, heart rate and every other type have no place in the journal: the preview
  counts them.
"""

from __future__ import annotations

import dataclasses
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import IO
from xml.parsers import expat

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange.foreign import Collector, ForeignImport
from journal.i18n import _, ngettext
from journal.storage import Journal

FORMAT = "apple-health"
CHUNK = 1 << 20
Progress = Callable[[int, int], None]
"""progress(bytes read, bytes in all): called as the file is read."""

HEADACHE = "HKCategoryTypeIdentifierHeadache"
FLOW = "HKCategoryTypeIdentifierMenstrualFlow"
BETWEEN = "HKCategoryTypeIdentifierIntermenstrualBleeding"
SYMPTOMS = {
    "HKCategoryTypeIdentifierNausea": d.Symptom.NAUSEA.value,
    "HKCategoryTypeIdentifierVomiting": d.Symptom.VOMITING.value,
}
SLEEP = "HKCategoryTypeIdentifierSleepAnalysis"
ASLEEP = "HKCategoryValueSleepAnalysisAsleep"
"""The prefix of every asleep value (Asleep, AsleepUnspecified, AsleepCore...)."""
SLEEP_FACTOR = d.Factor("Sleep", d.FactorKind.AMOUNT, "h", key="sleep")
"""The default Sleep factor (joined with the journal's by its key, in any language)."""
WANTED = frozenset({HEADACHE, FLOW, BETWEEN, SLEEP, *SYMPTOMS})
SEVERITY = {
    "HKCategoryValueSeverityMild": 1,
    "HKCategoryValueSeverityModerate": 2,
    "HKCategoryValueSeveritySevere": 3,
    "HKCategoryValueSeverityUnspecified": None,
}
NOT_PRESENT = "HKCategoryValueSeverityNotPresent"
FLOWS = {
    "HKCategoryValueMenstrualFlowLight": d.Flow.LIGHT,
    "HKCategoryValueMenstrualFlowMedium": d.Flow.MEDIUM,
    "HKCategoryValueMenstrualFlowHeavy": d.Flow.HEAVY,
    "HKCategoryValueMenstrualFlowUnspecified": d.Flow.MEDIUM,
}
NO_FLOW = "HKCategoryValueMenstrualFlowNone"


def is_apple_health(path: Path) -> bool:
    """An export.xml (by its HealthData root) or a zip holding one."""
    try:
        with Path(path).open("rb") as file:
            head = file.read(1 << 16)
        if head.startswith(b"PK"):
            with zipfile.ZipFile(path) as archive:
                return _member(archive) is not None
    except (OSError, zipfile.BadZipFile):
        return False
    return b"<HealthData" in head


@dataclass
class _Sample:
    type: str
    start: datetime
    end: datetime
    value: str
    line: int
    metadata: dict[str, str] = field(default_factory=dict)


def plan_apple_health(
    journal: Journal, path: Path, *, progress: Progress | None = None
) -> ForeignImport:
    """Stream the export and plan its import; writes nothing."""
    name = Path(path).name
    found = _Found()
    with _opened(path) as (stream, size):
        _parse(stream, size, name, found, progress)
    samples, others = found.samples, found.others
    collector = Collector(journal, FORMAT)
    unspecified = 0
    headaches: list[d.Attack] = []
    for sample in samples:
        if sample.type == HEADACHE:
            if sample.value == NOT_PRESENT:
                continue
            if sample.value not in SEVERITY:
                raise _bad(
                    name,
                    sample.line,
                    _("“{value}” is not a headache severity").format(value=sample.value),
                )
            headaches.append(
                d.Attack(
                    start=sample.start,
                    end=max(sample.end, sample.start),
                    type=d.AttackType.NOT_SURE,
                    pain=SEVERITY[sample.value],
                    id=collector.make_id("attack", sample.start.isoformat(), sample.value),
                    source=FORMAT,
                )
            )
        elif sample.type == FLOW:
            if sample.value == NO_FLOW:
                continue
            if sample.value not in FLOWS:
                raise _bad(
                    name,
                    sample.line,
                    _("“{value}” is not a menstrual flow").format(value=sample.value),
                )
            unspecified += sample.value.endswith("Unspecified")
            collector.add_bleeding(_day(sample), FLOWS[sample.value])
        elif sample.type == BETWEEN:
            collector.add_bleeding(_day(sample), d.Flow.SPOTTING, intermenstrual=True)
    for day, hours in sorted(_hours_asleep(samples).items()):
        collector.add_day_value(day, SLEEP_FACTOR, hours)
    for attack in headaches:
        symptoms = tuple(
            dict.fromkeys(
                SYMPTOMS[s.type]
                for s in samples
                if s.type in SYMPTOMS
                and s.start <= (attack.end or attack.start)
                and s.end >= attack.start
            )
        )
        collector.add_attack(_with(attack, symptoms))
    if unspecified:
        collector.tell(
            ngettext(
                "Apple Health gave no flow for {count} bleeding day: recorded as medium.",
                "Apple Health gave no flow for {count} bleeding days: recorded as medium.",
                unspecified,
            ).format(count=unspecified),
            counted=False,
        )
    if headaches:
        collector.tell(
            _(
                "Apple Health does not say which headaches were migraine: their type "
                "is “not given”, so they count as migraine by their features, aura or "
                "medication only."
            ),
            counted=False,
        )
    for kind, count in sorted(others.items()):
        collector.tell(
            ngettext(
                "{count} Apple Health record of “{kind}”: no place in the journal.",
                "{count} Apple Health records of “{kind}”: no place in the journal.",
                count,
            ).format(count=count, kind=_short(kind)),
            counted=False,
        )
    return collector.plan()


def _hours_asleep(samples: list[_Sample]) -> dict[date, float]:
    """Hours asleep per day the sleep ended, overlapping samples counted once."""
    spans = sorted(
        (s.start, s.end) for s in samples if s.type == SLEEP and s.value.startswith(ASLEEP)
    )
    merged: list[list[datetime]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    hours: dict[date, float] = {}
    for start, end in merged:
        day = end.date()
        hours[day] = hours.get(day, 0.0) + (end - start).total_seconds() / 3600
    return {day: round(total, 1) for day, total in hours.items() if total > 0}


def _with(attack: d.Attack, symptoms: tuple[str, ...]) -> d.Attack:
    return dataclasses.replace(attack, symptoms=symptoms) if symptoms else attack


def _short(kind: str) -> str:
    for prefix in ("HKCategoryTypeIdentifier", "HKQuantityTypeIdentifier", "HKDataType"):
        if kind.startswith(prefix):
            return kind[len(prefix) :]
    return kind


def _day(sample: _Sample) -> date:
    return sample.start.date()


def _bad(name: str, line: int, reason: str) -> ImportFileError:
    return ImportFileError(
        _("{file}, line {line}: {reason}.").format(file=name, line=line, reason=reason)
    )


@contextmanager
def _opened(path: Path) -> Iterator[tuple[IO[bytes], int]]:
    name = Path(path).name
    try:
        with Path(path).open("rb") as raw:
            zipped = raw.read(2) == b"PK"
        if not zipped:
            with Path(path).open("rb") as stream:
                yield stream, Path(path).stat().st_size
            return
        with zipfile.ZipFile(path) as archive:
            member = _member(archive)
            if member is None:
                raise ImportFileError(
                    _("{file} holds no export.xml: is it Apple Health's export?").format(file=name)
                )
            with archive.open(member) as stream:
                yield stream, member.file_size
    except zipfile.BadZipFile:
        raise ImportFileError(_("{file} is a damaged zip file.").format(file=name)) from None
    except OSError as error:
        raise ImportFileError(
            _("The file {path} cannot be read ({reason}).").format(path=path, reason=error.strerror)
        ) from None


def _member(archive: zipfile.ZipFile) -> zipfile.ZipInfo | None:
    for info in archive.infolist():
        if info.filename.rsplit("/", 1)[-1] == "export.xml":
            return info
    return None


def _moment(text: str | None) -> datetime:
    """ "2026-03-01 09:00:00 +0100" (Apple's spelling, locale-free)."""
    if not text:
        raise ValueError(_("no date"))
    return datetime.fromisoformat(text.strip().replace(" +", "+").replace(" -", "-"))


@dataclass
class _Found:
    samples: list[_Sample] = field(default_factory=list)
    """The records of the types the journal reads, in file order."""
    others: Counter[str] = field(default_factory=Counter)
    """How many records of every other type."""


def _parse(
    stream: IO[bytes], size: int, name: str, found: _Found, progress: Progress | None
) -> None:
    samples, others = found.samples, found.others
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    current: list[_Sample] = []
    seen_root = False

    def refuse_entity(*_args: object) -> None:
        raise ImportFileError(
            _(
                "{file}, line {line}: the file declares XML entities, which Apple "
                "Health's export never does; it was not read."
            ).format(file=name, line=parser.CurrentLineNumber)
        )

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal seen_root
        if not seen_root:
            seen_root = True
            if tag != "HealthData":
                raise ImportFileError(
                    _("{file} is XML but not an Apple Health export.").format(file=name)
                )
        if tag == "Record":
            kind = attributes.get("type", "")
            if kind not in WANTED:
                others[kind] += 1
                return
            line = parser.CurrentLineNumber
            try:
                begin = _moment(attributes.get("startDate"))
                end = _moment(attributes.get("endDate") or attributes.get("startDate"))
            except ValueError:
                raise _bad(name, line, _("a record's date is not a date and time")) from None
            sample = _Sample(kind, begin, end, attributes.get("value", ""), line)
            samples.append(sample)
            current.append(sample)
        elif tag == "MetadataEntry" and current:
            current[-1].metadata[attributes.get("key", "")] = attributes.get("value", "")

    def end(tag: str) -> None:
        if tag == "Record" and current:
            current.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_entity  # type: ignore[assignment]
    done = 0
    try:
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            done += len(chunk)
            if progress is not None:
                progress(done, size)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise ImportFileError(
            _("{file} is not well-formed XML at line {line}, column {column}.").format(
                file=name, line=error.lineno, column=error.offset
            )
        ) from None
    if not seen_root:
        raise ImportFileError(_("{file} is empty.").format(file=name))
