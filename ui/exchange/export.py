"""File ▸ Export: the whole journal as JSON, or its tables as CSV for a spreadsheet.

The person picks the kind in the save dialog's file type list (or by typing a name
ending in .csv). CSV writes three files beside the chosen name: NAME-attacks.csv,
NAME-doses.csv and NAME-days.csv (journal.exchange.csv_export). Neither is
encrypted, and the status bar says so with the place written to.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow

from journal.errors import JournalError
from ui.kit import settings_store
from ui.kit.feedback import show_error
from ui.session import Reads

translate = QCoreApplication.translate


def export_journal(reads: Reads, window: QMainWindow) -> list[Path]:
    """Ask where, write the journal's export (read through `reads`), say where it
    went in `window`'s status bar; the files written ([] if none)."""
    json_kind = translate("MainWindow", "The whole journal, JSON (*.json)")
    csv_kind = translate("MainWindow", "Tables for a spreadsheet, CSV (*.csv)")
    folder = settings_store.last_folder("export")
    suggested = str(folder / f"migraine-journal-{date.today():%Y-%m-%d}.json")
    target, kind = QFileDialog.getSaveFileName(
        window,
        translate("MainWindow", "Export the journal (the file is not encrypted)"),
        suggested,
        f"{json_kind};;{csv_kind}",
    )
    if not target:
        return []
    path = Path(target)
    settings_store.remember_folder("export", path)
    as_csv = kind == csv_kind or path.suffix.casefold() == ".csv"
    try:
        written = _write(reads, path, as_csv)
    except JournalError as error:
        show_error(window, error)
        return []
    if len(written) == 1:
        said = translate(
            "MainWindow", "Exported to {0}. The file is not encrypted: keep it somewhere private."
        ).format(written[0])
    else:
        said = translate(
            "MainWindow",
            "Exported {0} to {1}. The files are not encrypted: keep them somewhere private.",
        ).format(", ".join(path.name for path in written), written[0].parent)
    window.statusBar().showMessage(said, 15_000)
    return written


def _write(reads: Reads, path: Path, as_csv: bool) -> list[Path]:
    if as_csv:
        return reads.export_csv(path.with_suffix(".csv"))
    if path.suffix.casefold() != ".json":
        path = path.with_name(path.name + ".json")
    reads.export_json(path)
    return [path]
