"""Refresh journal/'s gettext catalogues with Babel (`make translations` runs this).

1. extract every `_`, `N_`, `ngettext`, `pgettext`, `npgettext` text of journal/ (and of
   the ui/ files that speak before Qt starts, HEADLESS_UI) into
   journal/resources/locale/journal.pot (Babel's Python extractor, as `pybabel extract`);
2. merge it into each journal/resources/locale/<lang>/LC_MESSAGES/journal.po (as `pybabel update`,
   without fuzzy guesses and dropping texts the code no longer has);
3. compile each .po to the journal.mo next to it (as `pybabel compile`; fuzzy or
   untranslated entries are left out, so they show English).

Babel's API is used instead of the pybabel command so the files carry no dates or
source line numbers: running it twice changes nothing, and two engineers adding texts
at once get a textual merge in the .po, never a conflict over a timestamp.

    python scripts/journal_catalogues.py            refresh and compile
    python scripts/journal_catalogues.py --init xx  start a catalogue for language xx
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract as extract_messages
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "journal" / "resources" / "locale"
TEMPLATE = LOCALE / "journal.pot"
KEYWORDS = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
}
HEADLESS_UI = ("ui/app/launcher.py", "ui/app/self_check.py")
"""Files of ui/ that speak before Qt has started (the launcher's help and messages, the
self-check's): their texts go through journal.i18n and are extracted with journal/'s."""
FIXED_DATE = datetime(2026, 12, 1, tzinfo=UTC)
"""Written as the catalogues' dates so a refresh that finds nothing new changes nothing."""


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "journal.po"


def languages() -> list[str]:
    """The languages that have a catalogue."""
    return sorted(path.parent.parent.name for path in LOCALE.glob("*/LC_MESSAGES/journal.po"))


def extract() -> Catalog:
    """Every text journal/ marks, with its translator comments, in one template."""
    template = _catalog(None)
    for _file, _line, message, comments, context in extract_from_dir(
        str(ROOT / "journal"),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    ):
        template.add(message, None, auto_comments=comments, context=context)
    for name in HEADLESS_UI:
        with (ROOT / name).open("rb") as source:
            for _line, message, comments, context in extract_messages(
                "python",
                source,
                keywords=KEYWORDS,
                comment_tags=("TRANSLATORS:",),
                strip_comment_tags=True,
            ):
                template.add(message, None, auto_comments=comments, context=context)
    return template


def _catalog(language: str | None) -> Catalog:
    return Catalog(
        locale=language,
        domain="journal",
        project="Migraine Journal",
        version="1",
        copyright_holder="Migraine Journal",
        creation_date=FIXED_DATE,
        revision_date=FIXED_DATE,
        fuzzy=False,
    )


def merged(language: str, template: Catalog) -> Catalog:
    """The language's catalogue brought up to the template (no fuzzy matching)."""
    path = po_path(language)
    if path.exists():
        with path.open("rb") as source:
            catalog = read_po(source, locale=language)
    else:
        catalog = _catalog(language)
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    catalog.obsolete.clear()
    catalog.creation_date = FIXED_DATE
    catalog.revision_date = FIXED_DATE
    catalog.fuzzy = False
    return catalog


def po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=0, no_location=True, sort_output=True, ignore_obsolete=True)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def read(language: str) -> Catalog:
    with po_path(language).open("rb") as source:
        return read_po(source, locale=language)


def refresh(new_language: str | None = None) -> list[Path]:
    """Extract, merge and compile; returns the files written."""
    template = extract()
    written = [TEMPLATE]
    TEMPLATE.write_bytes(po_bytes(template))
    for language in sorted({*languages(), *([new_language] if new_language else [])}):
        catalog = merged(language, template)
        path = po_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_bytes(catalog))
        # compile what was written (read back, as a .po editor's file would be)
        path.with_suffix(".mo").write_bytes(mo_bytes(read(language)))
        written += [path, path.with_suffix(".mo")]
    return written


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--init", metavar="LANG", help="start a catalogue for a new language")
    args = parser.parse_args(argv)
    refresh(args.init)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
