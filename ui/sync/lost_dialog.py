"""The values "changed on both computers": what was kept, what lost, and a way to
take the lost value back (it then wins on every computer) or to keep things as
they are."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.errors import JournalError
from journal.sync import actions
from ui.kit.feedback import show_error
from ui.kit.locale_text import day_text
from ui.session import Session


class LostValuesDialog(QDialog):
    """The list of values that lost to a change made on another computer."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Changed on both computers"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These entries were changed on two computers before they saw each other's "
                "change. The later change was kept; the other one is listed here, so you "
                "can take it back."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Entry"), self.tr("What"), self.tr("Kept"), self.tr("Lost")]
        )
        self.table.setAccessibleName(self.tr("Changed on both computers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.take_back_button = QPushButton(self.tr("Take back the lost value"), self)
        self.keep_button = QPushButton(self.tr("Keep as it is"), self)
        buttons.addButton(self.take_back_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.take_back_button.clicked.connect(self.take_back)
        self.keep_button.clicked.connect(self.keep)
        layout.addWidget(buttons)
        self.lost: list[actions.LostValue] = []
        self.reload()

    def reload(self) -> None:
        self.lost = self.session.run(actions.lost_values)
        self.table.setRowCount(len(self.lost))
        for row, item in enumerate(self.lost):
            cells = (
                self._entry_with_day(item),
                self._field(item),
                self._shown(item.kept) if item.field else self.tr("deleted"),
                self._shown(item.lost),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.lost:
            self.table.selectRow(0)
        self.take_back_button.setEnabled(bool(self.lost))
        self.keep_button.setEnabled(bool(self.lost))

    def _entry(self, table: str) -> str:
        names = {
            "attacks": self.tr("Attack"),
            "doses": self.tr("Dose"),
            "medications": self.tr("Medication"),
            "day_entries": self.tr("Check-in"),
            "day_records": self.tr("Day record"),
            "factors": self.tr("Factor"),
            "bleeding_days": self.tr("Period day"),
            "hormonal_phases": self.tr("Hormonal phase"),
            "treatments": self.tr("Treatment"),
            "treatment_sessions": self.tr("Treatment session"),
            "side_effects": self.tr("Side effect"),
            "midas_entries": self.tr("MIDAS"),
            "hit6_entries": self.tr("HIT-6"),
            "visit_notes": self.tr("Visit note"),
            "settings": self.tr("Setting"),
        }
        return names.get(table, table)

    def _entry_with_day(self, item: actions.LostValue) -> str:
        """ "Attack, Sat 6 Jun 2026": the kind of entry and its day, when it has one."""
        values = self.session.run(actions.record_values, item.table, item.record_id)
        for name in ("start", "taken", "when", "day", "created"):
            text = values.get(name)
            if isinstance(text, str) and len(text) >= 10:
                try:
                    day = date.fromisoformat(text[:10])
                except ValueError:
                    continue
                return self.tr("{0}, {1}").format(self._entry(item.table), day_text(day))
        return self._entry(item.table)

    def _field(self, item: actions.LostValue) -> str:
        if not item.field:
            return self.tr("Edited on one computer, deleted on the other")
        names = {
            "note": self.tr("note"),
            "pain": self.tr("pain"),
            "pain_nrs": self.tr("pain 0-10"),
            "start": self.tr("start"),
            "end": self.tr("end"),
            "symptoms": self.tr("symptoms"),
            "name": self.tr("name"),
            "amount": self.tr("amount"),
            "values": self.tr("factors of the day"),
            "flow": self.tr("flow"),
            "text": self.tr("text"),
            "value": self.tr("value"),
        }
        return names.get(item.field, item.field.replace("_", " "))

    def _shown(self, value: object) -> str:
        if isinstance(value, dict):
            return "; ".join(f"{k.replace('_', ' ')}: {self._shown(v)}" for k, v in value.items())
        if value is None:
            return "–"
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)

    def _chosen(self) -> actions.LostValue | None:
        row = self.table.currentRow()
        return self.lost[row] if 0 <= row < len(self.lost) else None

    def take_back(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            self.session.run_by(self, actions.take_back, chosen.id)
        except JournalError as error:
            show_error(self, error)
        self.reload()

    def keep(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        self.session.run_by(self, actions.dismiss, chosen.id)
        self.reload()
