"""Generated Migraine Buddy and drip files, written in the apps' layouts
(benchmarks/app_files.py), import to exactly the records they describe; a file
with one mangled cell is refused in one sentence and changes nothing."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.app_files import (
    MB_HEADER,
    MB_TYPES,
    DripDay,
    MbAttack,
    drip_text,
    migraine_buddy_lines,
    write_migraine_buddy,
)
from journal import cli
from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange.drip import plan_drip
from journal.exchange.json_format import apply_import
from journal.exchange.migraine_buddy import plan_migraine_buddy
from journal.storage import Journal

OFFSETS = (-300, 0, 60, 120, 330, 600)
EXAMPLES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

mb_attacks = st.lists(
    st.builds(
        MbAttack,
        start=st.datetimes(datetime(2019, 1, 1), datetime(2025, 12, 31)).map(
            lambda moment: moment.replace(second=0, microsecond=0)
        ),
        offset=st.sampled_from(OFFSETS),
        minutes=st.one_of(st.none(), st.integers(1, 6000)),
        type=st.sampled_from(MB_TYPES),
        pain=st.integers(0, 10),
    ),
    min_size=1,
    max_size=25,
    unique_by=lambda attack: attack.start,
)
TYPES = {
    "Migraine": d.AttackType.MIGRAINE,
    "Migraine with aura": d.AttackType.MIGRAINE,
    "Headache": d.AttackType.HEADACHE,
    "Don't know yet": d.AttackType.NOT_SURE,
}


def _mb_file(tmp_path: Path, attacks: list[MbAttack]) -> Path:
    buffer = io.StringIO()
    write_migraine_buddy(buffer, attacks)
    path = tmp_path / "Migraine Buddy.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return path


def _order(attacks: list[MbAttack]) -> str | None:
    """The order the file itself shows, else the one the user would be asked for."""
    shown = any(a.start.day > 12 and a.start.day != a.start.month for a in attacks)
    return None if shown else "mdy"


def _expected(attack: MbAttack) -> tuple[object, ...]:
    start = attack.start.replace(tzinfo=timezone(timedelta(minutes=attack.offset)))
    end = None if attack.minutes is None else start + timedelta(minutes=attack.minutes)
    aura = attack.type == "Migraine with aura"
    return (start, end, TYPES[attack.type], attack.pain, aura)


@EXAMPLES
@given(attacks=mb_attacks)
def test_a_generated_migraine_buddy_file_imports_to_the_attacks_it_holds(
    tmp_path: Path, attacks: list[MbAttack]
) -> None:
    path = _mb_file(tmp_path, attacks)
    with Journal.in_memory() as journal:
        plan = plan_migraine_buddy(journal, path, date_order=_order(attacks))
        apply_import(journal, plan)
        found = sorted(
            (a.start, a.end, a.type, a.pain_nrs, bool(a.aura)) for a in journal.attacks.all()
        )
        assert found == sorted(map(_expected, attacks))
        assert all(a.pain is None and a.source == "migraine-buddy" for a in journal.attacks.all())
        again = plan_migraine_buddy(journal, path, date_order=_order(attacks))
        assert again.added_count == 0


MANGLED = (
    ("Lasted", "soon"),
    ("Lasted", "5 parsecs"),
    ("Started", "13/45/26 10:00"),
    ("Pain Level", "11"),
    ("Start UTC Offset (min)", "9999"),
)


@EXAMPLES
@given(
    attacks=mb_attacks,
    which=st.integers(0, 100),
    mangle=st.sampled_from(MANGLED),
)
def test_a_mangled_migraine_buddy_file_is_refused_in_one_sentence_and_changes_nothing(
    tmp_path: Path, attacks: list[MbAttack], which: int, mangle: tuple[str, str]
) -> None:
    column, bad = mangle
    ordered = sorted(attacks, key=lambda a: a.start, reverse=True)
    broken = ordered[which % len(ordered)]
    lines = list(migraine_buddy_lines(attacks))
    index = MB_HEADER.index(column)  # never the first or last column: no edge quotes
    row = 4 + ordered.index(broken)
    cells = lines[row].split('","')
    cells[index] = bad
    lines[row] = '","'.join(cells)
    path = tmp_path / "Migraine Buddy.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8", newline="")
    db = tmp_path / f"{uuid.uuid4()}.sqlite3"  # one journal per example
    with Journal.open(db) as journal:
        journal.attacks.save(d.Attack(datetime(2018, 5, 1, 9, 0, tzinfo=UTC)))
    options = ["--date-order", _order(attacks) or "mdy"]
    code = cli.main(["import", str(path), "--db", str(db), *options])
    assert code == 1
    with Journal.open(db) as journal:
        assert journal.attacks.count() == 1 and journal.doses.count() == 0
    try:
        with Journal.in_memory() as empty:
            plan_migraine_buddy(empty, path, date_order=_order(attacks) or "mdy")
    except ImportFileError as error:
        sentence = str(error)
        assert f"line {row + 1}" in sentence and f"“{column}”" in sentence
        assert "\n" not in sentence and sentence.endswith(".")
    else:
        raise AssertionError("the mangled file was accepted")


drip_days = st.lists(
    st.builds(
        DripDay,
        day=st.dates(date(2018, 1, 1), date(2025, 12, 31)),  # the past: a future day is refused
        bleeding=st.one_of(st.none(), st.integers(0, 3)),
        exclude=st.booleans(),
        headache=st.booleans(),
        migraine=st.booleans(),
        nausea=st.booleans(),
    ),
    min_size=1,
    max_size=40,
    unique_by=lambda day: day.day,
)
FLOWS = (d.Flow.SPOTTING, d.Flow.LIGHT, d.Flow.MEDIUM, d.Flow.HEAVY)


@EXAMPLES
@given(days=drip_days)
def test_a_generated_drip_file_imports_to_its_bleeding_and_day_records(
    tmp_path: Path, days: list[DripDay]
) -> None:
    path = tmp_path / "drip.csv"
    path.write_text(drip_text(days), encoding="utf-8", newline="")
    with Journal.in_memory() as journal:
        apply_import(journal, plan_drip(journal, path))
        bleeding = {(b.day, b.flow, b.intermenstrual) for b in journal.bleeding_days.all()}
        records = {(r.day, r.kind, r.symptoms) for r in journal.day_records.all()}
        assert journal.attacks.count() == 0
        assert plan_drip(journal, path).added_count == 0
    assert bleeding == {
        (x.day, FLOWS[x.bleeding], x.exclude) for x in days if x.bleeding is not None
    }
    assert records == {
        (
            x.day,
            d.DayRecordKind.MIGRAINE if x.migraine else d.DayRecordKind.HEADACHE,
            ("nausea",) if x.nausea else (),
        )
        for x in days
        if x.headache or x.migraine
    }


@EXAMPLES
@given(
    days=drip_days,
    which=st.integers(0, 100),
    mangle=st.sampled_from(
        (("date", "2026-13-01"), ("bleeding.value", "5"), ("pain.headache", "maybe"))
    ),
)
def test_a_mangled_drip_file_is_refused_naming_line_and_column(
    tmp_path: Path, days: list[DripDay], which: int, mangle: tuple[str, str]
) -> None:
    column, bad = mangle
    lines = drip_text(days).split("\n")
    header = lines[0].split(",")
    row = 1 + which % (len(lines) - 1)
    cells = lines[row].split(",")
    cells[header.index(column)] = bad
    lines[row] = ",".join(cells)
    path = tmp_path / "drip.csv"
    path.write_text("\n".join(lines), encoding="utf-8", newline="")
    with Journal.in_memory() as journal:
        try:
            plan_drip(journal, path)
        except ImportFileError as error:
            assert f"line {row + 1}, “{column}”" in str(error) and "\n" not in str(error)
        else:
            raise AssertionError("the mangled file was accepted")
        assert journal.bleeding_days.count() == 0 and journal.day_records.count() == 0
