"""The sentence an import preview shows: what will be (or, once done, was) added,
updated from the file, kept as it is and skipped, in the current language."""

from __future__ import annotations

from journal.i18n import _, ngettext


def preview_sentence(parts: list[str], *, updated: int, kept: int, skipped: int, done: bool) -> str:
    """`parts` are the added records counted per kind ("3 attacks")."""
    if not parts:
        text = _("Nothing new was added") if done else _("Nothing new will be added")
    else:
        added = _("{records} were added") if done else _("{records} will be added")
        text = added.format(records=", ".join(parts))
    if updated:
        text += "; " + (
            ngettext(
                "{n} changed elsewhere since was updated from the file",
                "{n} changed elsewhere since were updated from the file",
                updated,
            )
            if done
            else ngettext(
                "{n} changed elsewhere since will be updated from the file",
                "{n} changed elsewhere since will be updated from the file",
                updated,
            )
        ).format(n=updated)
    if kept:
        text += "; " + (
            ngettext(
                "{n} that differs but is newer in the journal was kept as it is",
                "{n} that differ but are newer in the journal were kept as they are",
                kept,
            )
            if done
            else ngettext(
                "{n} that differs but is newer in the journal will be kept as it is",
                "{n} that differ but are newer in the journal will be kept as they are",
                kept,
            )
        ).format(n=kept)
    if skipped:
        text += "; " + (
            ngettext(
                "{n} already in the journal was skipped",
                "{n} already in the journal were skipped",
                skipped,
            )
            if done
            else ngettext(
                "{n} already in the journal will be skipped",
                "{n} already in the journal will be skipped",
                skipped,
            )
        ).format(n=skipped)
    return text[0].upper() + text[1:] + "."
