"""Which app wrote a file, recognised by its content (never by its name), and the
one entry point that plans the import of any supported format.

Formats: migraine-journal (our JSON export), migraine-buddy (CSV with "Started" and
"Lasted" columns), clue (measurements.json, a list of {type, date, value}, or the
.cluedata backup), drip (CSV with "date", "bleeding.value" and "pain.headache"),
flo (JSON with "operationalData"), apple-health (export.xml or export.zip), bearable
(CSV with "category" and "rating/amount"), headi (CSV starting "_id,pain,start_date"),
daylio (CSV with "full_date", "mood" and "activities"), and csv (any table of attacks
whose columns include a recognisable start).

Only the first 64 KiB are read to recognise an Apple Health export, which may be
hundreds of megabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from journal.errors import ImportFileError
from journal.exchange import (
    FORMATS,
    apple_health,
    bearable,
    clue,
    daylio,
    drip,
    flo,
    generic_csv,
    headi,
    migraine_buddy,
    parsing,
)
from journal.exchange.json_format import (
    FORMAT_NAME,
    ImportPlan,
    plan_import,
    read_document,
)
from journal.exchange.json_text import parse_json
from journal.i18n import _
from journal.storage import Journal

Progress = Callable[[int, int], None]


def detect_format(path: Path) -> str | None:
    """The format name for the file's content, or None when it is none we read."""
    if apple_health.is_apple_health(path):
        return apple_health.FORMAT
    try:
        text = parsing.read_text(path)
    except ImportFileError:
        return None
    if text.lstrip().startswith(("{", "[")):
        try:
            document = parse_json(text, Path(path).name)
        except ImportFileError:
            return None
        if isinstance(document, dict) and document.get("format") == FORMAT_NAME:
            return FORMAT_NAME
        if flo.is_flo(document):
            return flo.FORMAT
        return clue.FORMAT if clue.is_clue(document) else None
    try:
        records = parsing.csv_records(text, Path(path).name)
    except ImportFileError:
        return None
    if not records:
        return None
    if migraine_buddy.is_migraine_buddy(records):
        return migraine_buddy.FORMAT
    header = records[0][1]
    tables: tuple[tuple[Callable[[list[str]], bool], str], ...] = (
        (drip.is_drip, drip.FORMAT),
        (headi.is_headi, headi.FORMAT),
        (bearable.is_bearable, bearable.FORMAT),
        (daylio.is_daylio, daylio.FORMAT),
    )
    for recognises, found in tables:
        if recognises(header):
            return found
    if len(header) > 1 and generic_csv.is_attack_table(header):
        return generic_csv.FORMAT
    return None


def plan_file(
    journal: Journal,
    path: Path,
    format_name: str | None = None,
    mapping: Mapping[str, str] | None = None,
    *,
    date_order: str | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Plan the import of a file of any supported format; writes nothing.

    Without `format_name` the format is recognised from the content. `mapping` is
    the column mapping for the generic CSV format (guessed when None). `date_order`
    ("dmy" or "mdy") says how to read slashed dates when the file does not show it;
    without it such a file raises parsing.DateOrderNeeded. `progress(done, total)`
    hears how far a large file (Apple Health) has been read."""
    name = format_name or detect_format(path) or _json_kind(path)
    if name is None:
        raise ImportFileError(
            _("{file} is not a file this app can import (known formats: {formats}).").format(
                file=Path(path).name, formats=", ".join(FORMATS)
            )
        )
    if name == FORMAT_NAME:
        return plan_import(journal, read_document(path))
    if name == migraine_buddy.FORMAT:
        return migraine_buddy.plan_migraine_buddy(journal, path, date_order=date_order)
    if name == generic_csv.FORMAT:
        found = detect_format(path) if format_name else None
        if found not in (None, generic_csv.FORMAT):
            raise ImportFileError(
                _(
                    "{file} is a {found} export, not a table of attacks: import it with "
                    "the {found} format."
                ).format(file=Path(path).name, found=found)
            )
        return generic_csv.plan_generic_csv(journal, path, mapping, date_order=date_order)
    if name == apple_health.FORMAT:
        return apple_health.plan_apple_health(journal, path, progress=progress)
    planners: dict[str, Callable[[Journal, Path], ImportPlan]] = {
        clue.FORMAT: clue.plan_clue,
        drip.FORMAT: drip.plan_drip,
        flo.FORMAT: flo.plan_flo,
        bearable.FORMAT: bearable.plan_bearable,
        headi.FORMAT: headi.plan_headi,
        daylio.FORMAT: daylio.plan_daylio,
    }
    if name in planners:
        return planners[name](journal, path)
    raise ImportFileError(
        _("“{format}” is not a known format; use one of {formats}.").format(
            format=name, formats=", ".join(FORMATS)
        )
    )


def _json_kind(path: Path) -> str | None:
    """A broken JSON file is still read as the format its shape suggests, so that
    the error names the line of the syntax error: an object is our own export, a
    list is Clue's measurements."""
    try:
        start = parsing.read_text(path).lstrip()[:1]
    except ImportFileError:
        return None
    return {"{": FORMAT_NAME, "[": clue.FORMAT}.get(start)
