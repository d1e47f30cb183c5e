"""Other apps' export files written from plain data, in the exact layouts the
importers read (tests/fixtures/imports/SOURCES.md says where each comes from).

Used by the round-trip tests (tests/journal/exchange/test_round_trips.py) and by
the import benchmarks, which generate their large files instead of committing them.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import IO

MB_HEADER = (
    "#", "Started", "Lasted", "Start UTC Offset (min)", "End UTC Offset (min)", "Geohash",
    "Attack Types", "Attack Location", "Pain Level", "Affected Activities",
    "Potential Triggers", "Symptoms", "Most Bothersome Symptom", "Premonitory Symptoms",
    "Pain Positions", "Helpful Medication", "Somewhat Helpful Medication",
    "Unhelpful Medication", "Unsure Medication", "Helpful Non Drug Relief Methods",
    "Somewhat Helpful Non Drug Relief Methods", "Unhelpful Non Drug Relief Methods",
    "Unsure Non Drug Relief Methods", "Notes",
)  # fmt: skip
MB_TYPES = ("Migraine", "Headache", "Migraine with aura", "Don't know yet")


@dataclass(frozen=True)
class MbAttack:
    """One Migraine Buddy row: local wall start, minutes east of UTC, how long
    (None: ongoing), type, pain 0-10, medication cell."""

    start: datetime
    offset: int
    minutes: int | None
    type: str = "Migraine"
    pain: int = 5
    medication: str = ""


def _quoted(cells: Iterable[object]) -> str:
    return ",".join('"' + str(cell).replace('"', '""') + '"' for cell in cells)


def lasted(minutes: int | None) -> str:
    if minutes is None:
        return "Ongoing"
    return f"{minutes // 60:02d}h {minutes % 60:02d}m"


def migraine_buddy_lines(attacks: list[MbAttack]) -> Iterator[str]:
    """The export, newest first, every cell quoted, US month-first dates."""
    yield _quoted(("Date", "Time Period", "Description", "Notes"))
    yield _quoted(("No ongoing events recorded during this period.", "", "", ""))
    yield ""
    yield _quoted(MB_HEADER)
    ordered = sorted(attacks, key=lambda a: a.start, reverse=True)
    for number, attack in zip(range(len(ordered), 0, -1), ordered, strict=True):
        started = f"{attack.start.month}/{attack.start.day:02d}/{attack.start.year % 100:02d}"
        cells = [""] * len(MB_HEADER)
        cells[:10] = [
            number,
            f"{started} {attack.start:%H:%M}",
            lasted(attack.minutes),
            attack.offset,
            attack.offset,
            "",
            attack.type,
            "",
            attack.pain,
            "",
        ]
        cells[MB_HEADER.index("Helpful Medication")] = attack.medication
        yield _quoted(cells)


def write_migraine_buddy(file: IO[str], attacks: list[MbAttack]) -> None:
    for line in migraine_buddy_lines(attacks):
        file.write(line + "\r\n")


def ten_years_of_migraine_buddy(seed: int = 1, count: int = 1500) -> list[MbAttack]:
    """About 1,500 attacks over ten years, a few days apart, some ongoing at the end."""
    rng = random.Random(seed)
    moment = datetime(2016, 1, 3, 7, 0)
    attacks = []
    for _ in range(count):
        moment += timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 600))
        summer = 4 <= moment.month <= 9
        attacks.append(
            MbAttack(
                moment,
                120 if summer else 60,
                rng.randint(30, 60 * 50),
                rng.choice(MB_TYPES),
                rng.randint(1, 10),
                rng.choice(("", "Sumatriptan 50mg Oral", "Ibuprofen 400mg Oral, Paracetamol")),
            )
        )
    return attacks


DRIP_COLUMNS = [
    "date",
    "temperature.value",
    "temperature.exclude",
    "temperature.time",
    "temperature.note",
    "bleeding.value",
    "bleeding.exclude",
    "bleeding.pad",
    "bleeding.tampon",
    "bleeding.underwear",
    "bleeding.cup",
    "bleeding.softTampon",
    "bleeding.disk",
    "bleeding.none",
    "bleeding.other",
    "bleeding.note",
    "mucus.feeling",
    "mucus.texture",
    "mucus.value",
    "mucus.exclude",
    "cervix.opening",
    "cervix.firmness",
    "cervix.position",
    "cervix.exclude",
    "note.value",
    "desire.value",
    "sex.solo",
    "sex.partner",
    "sex.condom",
    "sex.pill",
    "sex.iud",
    "sex.patch",
    "sex.ring",
    "sex.implant",
    "sex.diaphragm",
    "sex.none",
    "sex.other",
    "sex.note",
    "pain.cramps",
    "pain.ovulationPain",
    "pain.headache",
    "pain.backache",
    "pain.nausea",
    "pain.tenderBreasts",
    "pain.migraine",
    "pain.other",
    "pain.note",
    "mood.happy",
    "mood.sad",
    "mood.stressed",
    "mood.balanced",
    "mood.fine",
    "mood.anxious",
    "mood.energetic",
    "mood.fatigue",
    "mood.angry",
    "mood.other",
    "mood.note",
]


@dataclass(frozen=True)
class DripDay:
    day: date
    bleeding: int | None = None
    exclude: bool = False
    headache: bool = False
    migraine: bool = False
    nausea: bool = False


def drip_text(days: list[DripDay]) -> str:
    """drip's schema-5 export: newest first, "\\n" between rows, no final newline."""
    rows = [",".join(DRIP_COLUMNS)]
    for day in sorted(days, key=lambda x: x.day, reverse=True):
        cells = dict.fromkeys(DRIP_COLUMNS, "")
        cells["date"] = day.day.isoformat()
        if day.bleeding is not None:
            cells["bleeding.value"] = str(day.bleeding)
            cells["bleeding.exclude"] = "true" if day.exclude else "false"
        if day.headache or day.migraine or day.nausea:
            cells["pain.headache"] = str(day.headache).lower()
            cells["pain.migraine"] = str(day.migraine).lower()
            cells["pain.nausea"] = str(day.nausea).lower()
        rows.append(",".join(cells[c] for c in DRIP_COLUMNS))
    return "\n".join(rows)


HEALTH_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
]>
<HealthData locale="en_US">
 <ExportDate value="2026-05-01 10:00:00 +0200"/>
 <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
"""


def write_apple_health(file: IO[str], megabytes: int, seed: int = 1) -> int:
    """An export of about `megabytes` MB: mostly heart rate and steps (as real
    exports are), with a headache every few days and periods; returns how many
    headaches it holds."""
    rng = random.Random(seed)
    zone = timezone(timedelta(hours=1))
    file.write(HEALTH_HEAD)
    written, headaches = len(HEALTH_HEAD), 0
    moment = datetime(2016, 1, 1, tzinfo=zone)
    while written < megabytes * 1_000_000:
        moment += timedelta(minutes=7)
        stamp = f"{moment:%Y-%m-%d %H:%M:%S} +0100"
        line = (
            f' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" '
            f'unit="count/min" creationDate="{stamp}" startDate="{stamp}" endDate="{stamp}" '
            f'value="{rng.randint(55, 120)}">\n'
            '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n'
            " </Record>\n"
        )
        if moment.hour == 9 and moment.minute < 7 and rng.random() < 0.3:
            end = f"{moment + timedelta(hours=rng.randint(1, 20)):%Y-%m-%d %H:%M:%S} +0100"
            line += (
                f' <Record type="HKCategoryTypeIdentifierHeadache" sourceName="Health" '
                f'startDate="{stamp}" endDate="{end}" value="HKCategoryValueSeverityModerate"/>\n'
            )
            headaches += 1
        file.write(line)
        written += len(line)
    file.write("</HealthData>\n")
    return headaches
