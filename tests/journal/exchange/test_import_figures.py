"""Acceptance: each fixture, imported with `import` and read back with `summary
--json`, gives the figures a correct import yields, in three time zones.

Where each fixture's layout comes from is in tests/fixtures/imports/SOURCES.md.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, date
from pathlib import Path

import pytest

from journal import cli
from journal import domain as d
from journal.analysis.cycles import period_starts
from journal.storage import Journal

from .helpers import FIXTURES

ZONES = ("Europe/Berlin", "America/Los_Angeles", "Asia/Tokyo")


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The machine's time zone set to each of three zones in turn."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    try:
        yield request.param
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def _import(capsys: pytest.CaptureFixture[str], db: Path, name: str, *extra: str) -> str:
    code = cli.main(["import", str(FIXTURES / name), "--db", str(db), *extra])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return out


def _summary(capsys: pytest.CaptureFixture[str], db: Path, first: str, last: str) -> dict:
    code = cli.main(["summary", "--db", str(db), "--from", first, "--to", last, "--json"])
    out, _ = capsys.readouterr()
    assert code == 0
    return json.loads(out)


def _figures(summary: dict) -> tuple[int, int, int]:
    return summary["attacks"], summary["migraine_days"], summary["headache_days"]


SIMPLE = "simple_analgesic"
CASES = {
    # file: (span, attacks, migraine days, headache days, acute medication days)
    # its "Ongoing" attack of 29 March is kept with its end unknown: no days of its own
    "migraine_buddy.csv": (("2026-03-01", "2026-03-31"), 4, 3, 5, {"triptan": 1, SIMPLE: 2}),
    "migraine_buddy_2021.csv": (("2021-02-01", "2021-02-28"), 3, 6, 7, {"triptan": 1, SIMPLE: 1}),
    "drip_schema5.csv": (("2026-05-01", "2026-06-30"), 3, 2, 4, {}),
    "drip_schema4.csv": (("2025-11-01", "2025-11-30"), 1, 1, 2, {}),
    "measurements.json": (("2026-05-01", "2026-05-31"), 3, 2, 4, {}),
    "ClueBackup-2019-04-02.cluedata": (("2019-03-01", "2019-03-31"), 3, 2, 3, {}),
    "daylio_export.csv": (("2026-04-01", "2026-04-30"), 2, 1, 3, {}),
    "bearable-export.csv": (("2026-02-01", "2026-02-28"), 3, 1, 3, {}),
    "flo_data.json": (("2026-01-01", "2026-02-28"), 2, 0, 3, {}),
    "apple_health_export.xml": (("2026-03-01", "2026-04-30"), 2, 0, 3, {}),
    "apple_health_export.zip": (("2026-03-01", "2026-04-30"), 2, 0, 3, {}),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_each_fixture_gives_its_figures_in_every_time_zone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, zone: str, name: str
) -> None:
    (first, last), attacks, migraine, headache, medication = CASES[name]
    db = tmp_path / "j.sqlite3"
    _import(capsys, db, name)
    summary = _summary(capsys, db, first, last)
    assert _figures(summary) == (attacks, migraine, headache)
    used = {k: v for k, v in summary["acute_medication_days"].items() if v}
    assert used == medication
    assert "already in the journal" in _import(capsys, db, name)  # twice adds nothing
    assert _figures(_summary(capsys, db, first, last)) == (attacks, migraine, headache)


BLEEDING = {
    # file: (bleeding days, of them between periods, period starts)
    "drip_schema5.csv": (7, 1, [date(2026, 5, 4), date(2026, 6, 1)]),
    "drip_schema4.csv": (2, 0, [date(2025, 11, 1)]),
    "measurements.json": (8, 0, [date(2026, 5, 1), date(2026, 5, 29)]),
    "ClueBackup-2019-04-02.cluedata": (5, 0, [date(2019, 3, 1), date(2019, 3, 29)]),
    "flo_data.json": (10, 1, [date(2026, 1, 5), date(2026, 2, 2)]),
}


@pytest.mark.parametrize("name", BLEEDING)
def test_cycle_apps_give_their_bleeding_days_and_period_starts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str
) -> None:
    db = tmp_path / "j.sqlite3"
    _import(capsys, db, name)
    with Journal.open(db) as journal:
        days = journal.bleeding_days.all()
        records = journal.day_records.all()
        attacks = journal.attacks.count()
    count, between, starts = BLEEDING[name]
    assert (len(days), sum(b.intermenstrual for b in days)) == (count, between)
    assert list(period_starts(days)) == starts
    assert attacks == 0 and records  # day records, never 0-minute attacks


def test_apple_health_gives_headaches_with_severity_and_flow_with_period_starts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, zone: str
) -> None:
    db = tmp_path / "j.sqlite3"
    _import(capsys, db, "apple_health_export.zip")
    with Journal.open(db) as journal:
        attacks = journal.attacks.all()
        days = journal.bleeding_days.all()
    assert [(a.start.isoformat(), a.pain, a.symptoms) for a in attacks] == [
        ("2026-03-02T06:00:00+01:00", 3, ("nausea",)),
        ("2026-03-29T22:00:00+02:00", None, ()),  # severity unspecified: not recorded
    ]
    assert {a.type for a in attacks} == {d.AttackType.NOT_SURE}  # Apple has no label
    assert list(period_starts(days)) == [date(2026, 3, 1), date(2026, 3, 29)]
    assert [b.day for b in days if b.intermenstrual] == [date(2026, 3, 15)]


def test_apple_health_sleep_joins_the_journals_own_sleep_factor(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.sqlite3"
    with Journal.open(db) as journal:
        own = journal.factors.save(d.Factor("Sleep", d.FactorKind.AMOUNT, "h"))
    out = _import(capsys, db, "apple_health_export.xml")
    assert "1 daily check-in" in out and "tracked factor" not in out
    with Journal.open(db) as journal:
        (entry,) = journal.day_entries.all()
        assert journal.factors.count() == 1
    assert entry.day == date(2026, 3, 3) and entry.value_of(own.id) == 7.5


def test_headi_keeps_each_attacks_moment_whatever_the_computers_zone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, zone: str
) -> None:
    db = tmp_path / "j.sqlite3"
    out = _import(capsys, db, "20260401_101500_headi_diary.csv")
    assert out.startswith("2 medications, 3 attacks, 2 doses were added.")
    with Journal.open(db) as journal:
        attacks = journal.attacks.all()
        doses = journal.doses.all()
    assert [a.start.astimezone(UTC).isoformat() for a in attacks] == [
        "2026-03-03T05:30:00+00:00",
        "2026-03-10T13:00:00+00:00",
        "2026-03-20T08:00:00+00:00",
    ]
    assert [(a.type, a.pain_nrs, a.pain) for a in attacks] == [
        (d.AttackType.MIGRAINE, 8, None),
        (d.AttackType.HEADACHE, 4, None),
        (d.AttackType.NOT_SURE, 3, None),
    ]
    assert attacks[2].note == ""
    assert attacks[2].provenance == (d.FileFact("pain", "Nacken", d.FactReason.TYPE_NOT_MATCHED),)
    assert sorted(x.amount for x in doses) == ["1", "2"]  # how many were taken


def test_migraine_buddy_starts_keep_their_offsets_and_an_old_ongoing_attack_has_no_end(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, zone: str
) -> None:
    db = tmp_path / "j.sqlite3"
    _import(capsys, db, "migraine_buddy.csv")
    with Journal.open(db) as journal:
        attacks = journal.attacks.all()
        doses = journal.doses.all()
    assert [a.start.isoformat() for a in attacks] == [
        "2026-03-02T09:30:00+01:00",
        "2026-03-09T16:00:00+01:00",
        "2026-03-14T07:45:00+01:00",
        "2026-03-29T21:10:00+02:00",
    ]
    assert [a.end.isoformat() if a.end else None for a in attacks] == [
        "2026-03-02T10:30:00+01:00",
        "2026-03-09T18:15:00+01:00",
        "2026-03-16T04:05:00+01:00",  # 44h 20m: hours are not capped at 24
        None,  # "Ongoing" at export, months ago: its end is unknown
    ]
    assert len(doses) == 3


def test_an_ambiguous_short_us_file_is_refused_until_the_date_order_is_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    db = tmp_path / "j.sqlite3"
    name = str(FIXTURES / "migraine_buddy_us_short.csv")
    assert cli.main(["import", name, "--db", str(db)]) == 1
    _, err = capsys.readouterr()
    assert "--date-order dmy or --date-order mdy" in err and len(err.strip().splitlines()) == 1
    assert not db.exists() or Journal.open(db).attacks.count() == 0
    _import(capsys, db, "migraine_buddy_us_short.csv", "--date-order", "mdy")
    with Journal.open(db) as journal:
        starts = [a.start.isoformat() for a in journal.attacks.all()]
    assert starts == ["2026-03-04T10:00:00-05:00", "2026-04-03T10:00:00-05:00"]
