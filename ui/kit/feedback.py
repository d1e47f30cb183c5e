"""Telling the user what went wrong, in the sentence the journal wrote for them.

Only JournalError is the user's business (locked, read-only, disk full, bad input);
anything else is a bug and is raised again so that it is never hidden.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.errors import JournalError, ValidationError
from ui.kit.wrapping import breakable

T = TypeVar("T")


translate = QCoreApplication.translate
"""Qt's translate; lupdate reads the context and text of each call."""


def show_error(parent: QWidget | None, error: Exception) -> None:
    """Show a JournalError's sentence; re-raise every other exception."""
    if not isinstance(error, JournalError):
        raise error
    QMessageBox.warning(parent, translate("feedback", "Not saved"), breakable(str(error)))


def attempt(
    parent: QWidget | None,
    save: Callable[[], T],
    show_problems: Callable[[dict[str, str]], object],
) -> T | None:
    """Run one save (a journal operation returning what it saved). A broken rule
    shows its reasons next to the fields, any other JournalError one sentence; then
    None: nothing was saved and everything typed stays in the form."""
    try:
        return save()
    except ValidationError as error:
        show_problems(error.problems)
    except JournalError as error:
        show_error(parent, error)
    return None


def joined(problems: dict[str, str]) -> str:
    """All reasons as one sentence, for a form with a single problem label."""
    return " ".join(problems.values())


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """A plain information box for news that needs no decision."""
    QMessageBox.information(parent, title, breakable(text))


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    """Ask a yes/no question; No is the default so a stray Enter changes nothing."""
    answer = QMessageBox.question(
        parent,
        title,
        breakable(question),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
