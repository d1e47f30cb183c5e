"""Dialogs for a journal protected with a passphrase (journal.crypto).

- `PassphraseDialog` asks for the passphrase (at start, to unlock, to change or turn
  protection off). "Forgot it? Use your recovery code" switches the field to the
  recovery code, which the key file accepts in the passphrase's place. A wrong one
  is said in the dialog, the typed text kept, and nothing changes.
- `NewPassphraseDialog` asks for a new passphrase twice, with the reason it cannot be
  used next to the field; before protection is turned on it also explains, plainly,
  that a forgotten passphrase cannot be recovered, and offers an export first.
- `RecoveryCodeDialog` shows the recovery code once, with "Print…".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPaintDevice, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.crypto import cli_verbs, keys, protect
from journal.errors import JournalError
from ui.kit.journal_words import journal_word
from ui.kit.translations import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "PassphraseDialog", "That passphrase does not open this journal."
)
WRONG_CODE = QT_TRANSLATE_NOOP("PassphraseDialog", "That recovery code does not open this journal.")


def passphrase_problem(passphrase: str) -> str | None:
    """Why `passphrase` cannot protect the journal, or None."""
    if len(passphrase) < keys.MIN_PASSPHRASE_LENGTH:
        return translate("NewPassphraseDialog", "Use at least {0} characters.").format(
            keys.MIN_PASSPHRASE_LENGTH
        )
    return None


def repeat_problem(passphrase: str, repeated: str) -> str | None:
    if repeated != passphrase:
        return translate("NewPassphraseDialog", "The two passphrases are not the same.")
    return None


def _reason_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("reason")
    label.setStyleSheet("color: palette(link);")  # readable text in every look
    return label


def _secret_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


class PassphraseDialog(QDialog):
    """Asks for the passphrase; `check(secret)` raises WrongPassphrase when it does
    not open the journal (and must change nothing). `secret` holds the accepted text."""

    def __init__(
        self,
        check: Callable[[str], object],
        parent: QWidget | None = None,
        *,
        title: str = "",
        intro: str = "",
        action: str = "",
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.secret = ""
        self.using_code = False
        self.setWindowTitle(title or self.tr("Open your journal"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.intro = QLabel(intro or self.tr("This journal is protected. Type your passphrase."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.field = _secret_field(self, self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.problem = _reason_label(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.forgot = QLabel(
            '<a href="#code">' + self.tr("Forgot it? Use your recovery code") + "</a>"
        )
        self.forgot.linkActivated.connect(lambda _link: self.use_recovery_code())
        layout.addWidget(self.forgot)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(
            action or self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.try_secret)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def use_recovery_code(self) -> None:
        """The field takes the recovery code (shown as typed: it is copied from paper)."""
        self.using_code = True
        self.intro.setText(self.tr("Type the recovery code you wrote down or printed."))
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Normal)
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.field.setAccessibleName(self.tr("Recovery code"))
        self.forgot.hide()
        self.problem.clear()
        self.field.setFocus()

    def try_secret(self) -> None:
        typed = self.field.text()
        try:
            self._check(typed)
        except keys.WrongPassphrase:
            self.problem.setText(self.tr(WRONG_CODE if self.using_code else WRONG_PASSPHRASE))
            self.field.selectAll()
            self.field.setFocus()
            return
        except JournalError as error:
            self.problem.setText(str(error))
            return
        self.problem.clear()
        self.secret = typed
        self.accept()


class NewPassphraseDialog(QDialog):
    """A new passphrase, typed twice. With `warn` the dialog first says what a
    forgotten passphrase means; `export` (if given) is run by "Export first…"."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        warn: bool = True,
        export: Callable[[], None] | None = None,
        title: str = "",
        action: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Protect with a passphrase"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        self.warning = QLabel(journal_word(cli_verbs.WARNING.replace(" below", "")), self)
        self.warning.setWordWrap(True)
        self.warning.setVisible(warn)
        layout.addWidget(self.warning)
        self.export_button = QPushButton(self.tr("Export first…"), self)
        self.export_button.setVisible(export is not None)
        if export is not None:
            self.export_button.clicked.connect(export)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        self.first = _secret_field(self, self.tr("New passphrase"))
        self.second = _secret_field(self, self.tr("New passphrase again"))
        self.first_problem = _reason_label(self)
        self.second_problem = _reason_label(self)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow("", self.first_problem)
        form.addRow(self.tr("Type it again:"), self.second)
        form.addRow("", self.second_problem)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.addButton(
            action or self.tr("Protect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.clicked.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.first.setFocus()  # where the user types, not on "Protect"

    @property
    def passphrase(self) -> str:
        return self.first.text()

    def try_accept(self) -> None:
        """Accept only a long enough passphrase typed twice alike; else say why."""
        first = passphrase_problem(self.first.text())
        second = repeat_problem(self.first.text(), self.second.text())
        self.first_problem.setText(first or "")
        self.second_problem.setText(second if second and not first else "")
        if first is None and second is None:
            self.accept()


def paint_recovery_code(device: QPaintDevice, code: str) -> None:
    """Draw the recovery code in large monospace letters with one line saying what it
    is, on a printer page, a PDF or an image."""
    painter = QPainter(device)
    try:
        area = QRectF(0, 0, device.width(), device.height()).marginsRemoved(
            QMarginsF(device.width() * 0.08, device.height() * 0.08, device.width() * 0.08, 0)
        )
        heading = QFont(painter.font())
        heading.setPixelSize(max(12, int(area.width() / 40)))
        painter.setFont(heading)
        painter.drawText(
            area,
            Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            translate(
                "RecoveryCodeDialog",
                "Migraine Journal recovery code. Keep this paper somewhere safe: "
                "it opens your journal if you forget the passphrase.",
            ),
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPixelSize(max(16, int(area.width() / 18)))
        mono.setBold(True)
        painter.setFont(mono)
        groups = code.split("-")
        lines = ["-".join(groups[:4]), "-".join(groups[4:])]
        painter.drawText(
            area.adjusted(0, heading.pixelSize() * 5, 0, 0),
            Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter,
            "\n".join(line for line in lines if line),
        )
    finally:
        painter.end()


class RecoveryCodeDialog(QDialog):
    """The recovery code, once: to write down or print."""

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(self.tr("Your recovery code"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your journal is now protected. If you forget the passphrase, this "
                "recovery code opens the journal. Write it down or print it, and keep it "
                "somewhere safe, away from this computer. It is not shown again."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.code_label = QLabel(code, self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(16)
        self.code_label.setFont(mono)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A framed box with room inside: the code never touches the dialog's edge, and
        # the box (so the dialog) is never narrower than the whole code.
        self.code_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.code_label.setMargin(12)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code_label, 0, Qt.AlignmentFlag.AlignHCenter)
        buttons = QDialogButtonBox(self)
        self.print_button = buttons.addButton(
            self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_code)
        self.done_button = buttons.addButton(
            self.tr("I have written it down"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.clicked.connect(self.accept)
        layout.addWidget(buttons)

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            paint_recovery_code(printer, self.code)


def show_unseen_recovery_code(journal: Path, parent: QWidget) -> RecoveryCodeDialog | None:
    """The recovery code of a protected journal that nobody confirmed writing down
    yet (protection was just turned on, or the app was stopped before the code was
    shown; journal.crypto.protect): shown over `parent`, forgotten once confirmed."""
    code = protect.unseen_code(journal)
    if not code:
        return None
    dialog = RecoveryCodeDialog(code, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: protect.code_seen(journal))
    dialog.open()
    return dialog
