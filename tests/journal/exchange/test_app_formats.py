"""Each app's file: how its facts land in fields, and how a broken or empty file is
refused in one sentence naming the place (the figures are in test_import_figures)."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from journal import domain as d
from journal.errors import ImportFileError
from journal.exchange.detect import detect_format, plan_file
from journal.exchange.migraine_buddy import plan_migraine_buddy
from journal.storage import Journal

from .helpers import FIXTURES, write


@pytest.fixture
def journal() -> Journal:
    return Journal.in_memory()


def test_migraine_buddy_facts_land_in_their_fields_and_only_the_rest_in_the_note(
    journal: Journal,
) -> None:
    plan = plan_migraine_buddy(journal, FIXTURES / "migraine_buddy.csv")
    ongoing, long, headache, unsure = sorted(
        plan.new["attacks"], key=lambda a: a.start, reverse=True
    )
    assert ongoing.end is None and ongoing.type == d.AttackType.MIGRAINE
    assert ongoing.aura == (d.AuraSymptom(d.AuraType.UNSPECIFIED),)  # "Migraine with aura"
    assert ongoing.pulsating and ongoing.unilateral and not ongoing.worse_with_activity
    assert ongoing.symptoms == ("nausea", "photophobia", "phonophobia")
    assert long.pulsating and long.worse_with_activity  # Throbbing / Worse pain if moving
    assert long.symptoms == ("vomiting", "photophobia") and long.aura == ()
    assert long.note == "Woke up with it,\nstill there at night"  # the Notes cell only
    assert d.FileFact("Helpful Non Drug Relief Methods", "Dark room") in long.provenance
    assert headache.end is not None and (headache.end - headache.start).seconds == 8100
    assert headache.symptoms == ("Neck pain",)  # the user's own words stay symptoms
    assert unsure.type == d.AttackType.NOT_SURE and unsure.note == ""  # Don't know yet
    assert all("Attack Types" not in f.field for f in unsure.provenance)  # a known word
    assert all(a.pain is None for a in plan.new["attacks"])  # never derived from 0-10
    doses = {(x.amount, x.route, x.helpfulness) for x in plan.new["doses"]}
    assert doses == {
        ("550mg", "oral", d.Helpfulness.HELPFUL),
        ("50mg", "oral", d.Helpfulness.SOMEWHAT_HELPFUL),
        ("400mg", "oral", d.Helpfulness.UNHELPFUL),
    }
    names = {m.name: m.med_class for m in plan.new["medications"]}
    assert names["Naproxen sodium"] == d.MedicationClass.SIMPLE_ANALGESIC
    assert not any("No medication" in m for m in names)
    assert any("Attack Location" in m for m in plan.messages)  # the preview names it
    assert not any("Geohash" in a.note for a in plan.new["attacks"])
    assert not any(f.field == "Geohash" for a in plan.new["attacks"] for f in a.provenance)
    reasons = {f.reason for x in plan.new["doses"] for f in x.provenance}
    assert reasons == {d.FactReason.DOSE_TIME_UNKNOWN}  # placed at the attack's start


def test_the_older_migraine_buddy_layout_reads_auras_and_day_first_dates(
    journal: Journal,
) -> None:
    plan = plan_migraine_buddy(journal, FIXTURES / "migraine_buddy_2021.csv")
    first, second, third = sorted(plan.new["attacks"], key=lambda a: a.start)
    assert [a.start.date().isoformat() for a in (first, second, third)] == [
        "2021-02-01",
        "2021-02-04",
        "2021-02-09",
    ]
    assert first.aura == (d.AuraSymptom(d.AuraType.VISUAL),)  # "Visual disturbances"
    assert second.aura == ()  # "No"
    assert third.aura == (d.AuraSymptom(d.AuraType.UNSPECIFIED),)  # "Yes"
    assert (third.end - third.start).total_seconds() == (57 * 60 + 27) * 60
    assert {a.type for a in plan.new["attacks"]} == {d.AttackType.NOT_SURE}  # type not given
    assert "1 health event from the list above the attacks has no place" in " ".join(plan.messages)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("empty.csv", "", "is empty"),
        ("mb.csv", '"#","Started","Lasted"\n"1","","1h"\n', "line 2, “Started”"),
        ("mb.csv", '"#","Started","Lasted"\n"1","3/14/26 10:00","a while"\n', "line 2, “Lasted”"),
        ("drip.csv", "date,bleeding.value,pain.headache\n2026-01-01,7,false", "line 2"),
        ("headi.csv", "_id,pain,start_date,end_date,duration,strength\n1,x,soon,,0,3\n", "line 2"),
        (
            "daylio.csv",
            "full_date,date,weekday,time,mood,activities\n2026-99-01,,,,ok,x\n",
            "line 2",
        ),
        (
            "bearable.csv",
            "date,date formatted,weekday,time of day,category,rating/amount,detail,notes\n"
            "x,not a day,,,Symptom,2,Headache,\n",
            "line 2",
        ),
        ("flo.json", '{"operationalData": {"cycles": [{"period_start_date": "soon"}]}}', "cycles"),
        ("clue.json", '[{"type": "period", "date": "yesterday"}]', "measurement 1"),
        ("health.xml", "<?xml version='1.0'?>\n<HealthData>\n<Record", "not well-formed"),
    ],
)
def test_a_broken_or_empty_file_is_refused_in_one_sentence(
    journal: Journal, tmp_path: Path, name: str, text: str, expected: str
) -> None:
    path = write(tmp_path / name, text)
    formats = {
        "mb.csv": "migraine-buddy",
        "drip.csv": "drip",
        "headi.csv": "headi",
        "daylio.csv": "daylio",
        "bearable.csv": "bearable",
        "flo.json": "flo",
        "clue.json": "clue",
        "health.xml": "apple-health",
    }
    with pytest.raises(ImportFileError) as refused:
        plan_file(journal, path, formats.get(name, "csv"))
    sentence = str(refused.value)
    assert expected in sentence and "\n" not in sentence and sentence.endswith(".")


BOMB = """<?xml version="1.0"?>
<!DOCTYPE HealthData [
<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<HealthData locale="en_US">
 <Record type="HKCategoryTypeIdentifierHeadache" sourceName="&d;&d;&d;&d;&d;&d;"
  startDate="2026-03-01 09:00:00 +0100" endDate="2026-03-01 12:00:00 +0100"
  value="HKCategoryValueSeverityMild"/>
</HealthData>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE HealthData [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<HealthData locale="en_US"><Record type="x" sourceName="&secret;" startDate="" endDate=""/>
</HealthData>
"""


@pytest.mark.parametrize("text", [BOMB, EXTERNAL], ids=["entity expansion", "external entity"])
def test_an_xml_file_declaring_entities_is_refused_before_anything_expands(
    journal: Journal, tmp_path: Path, text: str
) -> None:
    path = write(tmp_path / "export.xml", text)
    assert detect_format(path) == "apple-health"
    with pytest.raises(ImportFileError, match="declares XML entities"):
        plan_file(journal, path)


def test_apple_health_progress_is_reported_as_the_file_is_read(
    journal: Journal, tmp_path: Path
) -> None:
    heard: list[tuple[int, int]] = []
    plan_file(journal, FIXTURES / "apple_health_export.zip", progress=lambda *p: heard.append(p))
    assert heard and heard[-1][0] == heard[-1][1] > 0
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)


def test_a_zip_without_an_apple_health_export_is_not_taken_for_one(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.txt", "sun")
    assert detect_format(path) is None
    with pytest.raises(ImportFileError, match=r"holds no export\.xml"):
        plan_file(journal, path, "apple-health")


@pytest.mark.parametrize(
    ("name", "format_name"),
    [
        ("20260401_101500_headi_diary.csv", "headi"),
        ("daylio_export.csv", "daylio"),
        ("bearable-export.csv", "bearable"),
        ("flo_data.json", "flo"),
        ("apple_health_export.xml", "apple-health"),
        ("apple_health_export.zip", "apple-health"),
    ],
)
def test_the_new_formats_are_recognised_by_their_content(name: str, format_name: str) -> None:
    assert detect_format(FIXTURES / name) == format_name


def test_bearable_severity_words_give_the_0_3_pain_and_unbearable_is_kept(
    journal: Journal,
) -> None:
    plan = plan_file(journal, FIXTURES / "bearable-export.csv")
    records = {r.day.isoformat(): r for r in plan.new["day_records"]}
    assert sorted(records) == ["2026-02-01", "2026-02-05", "2026-02-09"]  # "None" left out
    assert (records["2026-02-01"].pain, records["2026-02-01"].symptoms) == (3, ("nausea",))
    assert records["2026-02-05"].kind == d.DayRecordKind.MIGRAINE
    assert records["2026-02-05"].note == ""  # the note is the person's own words only
    assert records["2026-02-05"].provenance == (
        d.FileFact("detail", "unbearable", d.FactReason.ABOVE_SEVERE),
    )
    assert records["2026-02-09"].pain == 1


def test_daylio_activities_give_day_records_and_the_others_are_named(journal: Journal) -> None:
    plan = plan_file(journal, FIXTURES / "daylio_export.csv")
    records = {r.day.isoformat(): r for r in plan.new["day_records"]}
    assert records["2026-04-20"].kind == d.DayRecordKind.MIGRAINE
    assert records["2026-04-20"].symptoms == ("nausea",)
    assert records["2026-04-20"].note == "lay down in the dark"
    assert records["2026-04-12"].note == "Rough day"
    assert any("bad sleep" in m and "nausea" not in m for m in plan.messages)


def test_an_app_export_forced_through_the_spreadsheet_importer_is_refused(
    journal: Journal,
) -> None:
    with pytest.raises(ImportFileError, match="is a drip export, not a table of attacks"):
        plan_file(journal, FIXTURES / "drip_schema5.csv", "csv")


def test_an_empty_lasted_cell_and_an_old_ongoing_attack_have_their_end_unknown(
    journal: Journal, tmp_path: Path
) -> None:
    """An attack "Ongoing" in a file written months ago is not taken as going on still
    (it would count every day since): its end is unknown, and the preview says so."""
    path = write(
        tmp_path / "mb.csv",
        '"#","Started","Lasted","Start UTC Offset (min)","End UTC Offset (min)"\n'
        '"2","3/14/26 10:00","","60","60"\n"1","3/13/26 10:00","Ongoing","60","60"\n',
    )
    plan = plan_migraine_buddy(journal, path)
    unknown, ongoing = sorted(plan.new["attacks"], key=lambda a: a.start, reverse=True)
    assert unknown.end is None and unknown.end_unknown and not unknown.is_open
    assert ongoing.end is None and ongoing.end_unknown and not ongoing.is_open
    assert ongoing.provenance[-1].reason is d.FactReason.ONGOING_IN_OLD_FILE
    assert any(line.startswith("2 attacks have no end in the file") for line in plan.messages)


def test_a_recent_ongoing_attack_is_still_going_on(journal: Journal, tmp_path: Path) -> None:
    started = (datetime.now(UTC) - timedelta(hours=2)).replace(second=0, microsecond=0)
    path = write(
        tmp_path / "mb.csv",
        '"#","Started","Lasted","Start UTC Offset (min)","End UTC Offset (min)"\n'
        f'"2","{started.month}/{started.day}/{started:%y %H:%M}","Ongoing","0","0"\n'
        '"1","3/14/26 10:00","1h 0m","60","60"\n',
    )
    plan = plan_migraine_buddy(journal, path, date_order="mdy")
    ongoing = max(plan.new["attacks"], key=lambda a: a.start)
    assert ongoing.start == started and ongoing.is_open and not ongoing.end_unknown


def test_the_command_line_shows_how_far_a_large_file_was_read_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from journal.exchange import cli_verb

    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    show = cli_verb.progress_line(Path("export.zip"))
    assert show is not None
    for done in (0, 512, 1024):
        show(done, 1024)
    assert capsys.readouterr().err == (
        "\rReading export.zip: 0 %\rReading export.zip: 50 %\rReading export.zip: 100 %\n"
    )
    monkeypatch.setattr("sys.stderr.isatty", lambda: False)
    assert cli_verb.progress_line(Path("export.zip")) is None


def test_a_cluedata_backup_as_a_public_converter_writes_it_is_read(
    journal: Journal, tmp_path: Path
) -> None:
    """The layout a public SpotOn-to-Clue converter writes and reads back as a
    ClueBackup-*.cluedata: {"data": [days sorted by "day", ISO dates], "version": 5,
    "settings": {"user_defaults": [{"app_state": {"user_created_tags": [...]}}]}}."""
    path = write(
        tmp_path / "ClueBackup-2020-03-25.cluedata",
        '{"data": [{"day": "2020-03-01", "period": "heavy", "tags": ["travel"]}, '
        '{"day": "2020-03-02", "period": "medium", "pain": ["migraine"]}], '
        '"version": 5, "settings": {"user_defaults": '
        '[{"app_state": {"user_created_tags": ["travel"]}}]}}',
    )
    assert detect_format(path) == "clue"
    plan = plan_file(journal, path, "clue")
    assert [b.day.isoformat() for b in plan.new["bleeding_days"]] == ["2020-03-01", "2020-03-02"]
    (record,) = plan.new["day_records"]
    assert record.day.isoformat() == "2020-03-02" and record.kind is d.DayRecordKind.MIGRAINE
