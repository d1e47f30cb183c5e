"""MIDAS and HIT-6 entries.

MIDAS: five counts of days over the last 3 months, asked in our own words (the
questionnaire's wording is copyrighted), plus items A and B, which are recorded
but not scored. The score and grade show as the user types, computed by
journal.analysis.questionnaires. HIT-6: only the total the user obtained elsewhere
(36-78) is entered, never its items; its impact band shows as the user types.

The fields are plain text on purpose, so that anything typed stays visible and a
wrong entry ("120", "two") gets the journal's sentence next to it.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from journal import domain as d
from journal import operations
from journal.analysis.questionnaires import hit6_band, midas_grade
from journal.validation_records import MIDAS_COUNTS, hit6_problems, midas_problems
from ui.kit.form_widgets import date_edit, read_date
from ui.kit.record_dialog import RecordDialog
from ui.kit.widgets import with_problem
from ui.session import Session

NOT_A_NUMBER = -1
"""Stands for text that is not a whole number; the journal's rules then say why."""


def whole_number(text: str) -> int | None:
    """The whole number typed, None for an empty field, NOT_A_NUMBER otherwise."""
    text = text.strip()
    if not text:
        return None
    return int(text) if re.fullmatch(r"[+-]?\d{1,6}", text) else NOT_A_NUMBER


def _number_field(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setAccessibleName(name)
    field.setPlaceholderText(placeholder)
    field.setMaximumWidth(120)
    return field


class _QuietDialog(RecordDialog):
    """A dated questionnaire whose result (score, band) follows the typing."""

    def __init__(self, session: Session, title: str, parent: QWidget | None) -> None:
        super().__init__(session, title, parent)
        self.day = date_edit(d.local_now().date(), self, name=self.tr("Day filled in"))

    def _introduce(self, intro: QLabel) -> None:
        """The explanation above the form, across the whole dialog."""
        intro.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, intro)

    def validate(self) -> dict[str, str]:
        problems = super().validate()
        self._update_result(problems)
        return problems

    def _update_result(self, problems: dict[str, str]) -> None:
        raise NotImplementedError


class MidasDialog(_QuietDialog):
    """Enter a MIDAS: five day counts (scored), headache days and average pain."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("MIDAS: headache and daily life"), parent)
        intro = QLabel(
            self.tr(
                "Think back over the last 3 months and count days (0 if none). "
                "The questions are our own summary of MIDAS (Stewart et al. 1999); "
                "your doctor may give you the original form."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._introduce(intro)
        self._row(self.tr("&Filled in on"), self.day, "day")
        self.fields: dict[str, QLineEdit] = {}
        for number, (key, words) in enumerate(self._questions(), start=1):
            self.fields[key] = _number_field(self, words, self.tr("days"))
            label = QLabel(f"{number}. {words}", self)
            label.setWordWrap(True)
            label.setBuddy(self.fields[key])
            self._labelled_row(label, key)
        self.fields["headache_days"] = _number_field(
            self, self.tr("Days with any headache"), self.tr("days (optional)")
        )
        self._labelled_row(QLabel(self.tr("A. Days with any headache"), self), "headache_days")
        self.fields["average_pain"] = _number_field(
            self, self.tr("Usual pain of those headaches, 0 to 10"), self.tr("0-10 (optional)")
        )
        label = QLabel(self.tr("B. Usual pain of those headaches, 0 (none) to 10 (worst)"), self)
        label.setWordWrap(True)
        self._labelled_row(label, "average_pain")
        self.score = QLabel(self)
        self.score.setObjectName("midasResult")
        self.form.addRow(self.tr("Result"), self.score)
        for field in self.fields.values():
            field.textChanged.connect(self.validate)
        self.day.dateChanged.connect(self.validate)
        self.setMinimumWidth(620)
        self.validate()

    def _questions(self) -> list[tuple[str, str]]:
        """The five scored counts, in our own words (MIDAS's are copyrighted)."""
        return [
            ("missed_work", self.tr("Days you missed work or school because of headache")),
            (
                "reduced_work",
                self.tr(
                    "Other days your work or school output was cut by half or more "
                    "(not counting the days above)"
                ),
            ),
            ("missed_household", self.tr("Days you did no housework because of headache")),
            (
                "reduced_household",
                self.tr(
                    "Other days your housework output was cut by half or more "
                    "(not counting the days above)"
                ),
            ),
            (
                "missed_social",
                self.tr("Days you missed family, social or leisure time because of headache"),
            ),
        ]

    def _labelled_row(self, label: QLabel, key: str) -> None:
        box, problem = with_problem(self.fields[key], self)
        self._field_problems[key] = problem
        self.form.addRow(label, box)

    def _value(self, key: str) -> int | None:
        return whole_number(self.fields[key].text())

    def blank(self) -> set[str]:
        return {key for key in MIDAS_COUNTS if self._value(key) is None}

    def entry(self) -> d.MidasEntry:
        def count(key: str) -> int:
            value = self._value(key)
            return NOT_A_NUMBER if value is None else value

        return d.MidasEntry(
            read_date(self.day),
            count("missed_work"),
            count("reduced_work"),
            count("missed_household"),
            count("reduced_household"),
            count("missed_social"),
            headache_days=self._value("headache_days"),
            average_pain=self._value("average_pain"),
        )

    def problems(self) -> dict[str, str]:
        return midas_problems(self.entry(), d.local_now().date())

    def _update_result(self, problems: dict[str, str]) -> None:
        if any(key in problems for key in MIDAS_COUNTS):
            self.score.setText(self.tr("Score and grade show once the five counts are filled in."))
            return
        score = self.entry().score
        self.score.setText(self.tr("Score {0} · grade {1}").format(score, midas_grade(score)))

    def store(self) -> d.MidasEntry:
        return self._session.run_by(self, operations.save_midas, self.entry())


class Hit6Dialog(_QuietDialog):
    """Enter a HIT-6 total obtained elsewhere (its items are not shown here)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("HIT-6 total"), parent)
        intro = QLabel(
            self.tr(
                "HIT-6 is a six-question test of how headaches affect your life. "
                "Take it with your doctor or its publisher, then enter the total "
                "here (36 to 78)."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._introduce(intro)
        self._row(self.tr("&Date taken"), self.day, "day")
        self.total = _number_field(self, self.tr("HIT-6 total"), "36-78")
        self._row(self.tr("T&otal"), self.total, "total")
        self.band = QLabel(self)
        self.band.setObjectName("hit6Band")
        self.form.addRow(self.tr("Impact"), self.band)
        self.total.textChanged.connect(self.validate)
        self.day.dateChanged.connect(self.validate)
        self.validate()

    def blank(self) -> set[str]:
        return {"total"} if whole_number(self.total.text()) is None else set()

    def entry(self) -> d.Hit6Entry:
        total = whole_number(self.total.text())
        return d.Hit6Entry(read_date(self.day), NOT_A_NUMBER if total is None else total)

    def problems(self) -> dict[str, str]:
        return hit6_problems(self.entry(), d.local_now().date())

    def _update_result(self, problems: dict[str, str]) -> None:
        if "total" in problems:
            self.band.setText(self.tr("Shows once a total from 36 to 78 is entered."))
        else:
            self.band.setText(hit6_band(self.entry().total).capitalize())

    def store(self) -> d.Hit6Entry:
        return self._session.run_by(self, operations.save_hit6, self.entry())
