"""The first start's one short step, "your usual medications", offered once in
each journal (issue 16): a setting of the journal, not of the computer, so that a
new journal gets it too, and a journal synced or moved to another computer does
not get it again. Offered only while the journal has no medication."""

from __future__ import annotations

from journal.changes import Change, changes, reads
from journal.storage import Journal

FIRST_MEDICATIONS_OFFERED = "first_medications_offered"
"""The journal setting: "yes" once the step was shown (saved or skipped)."""


@reads
def first_medications_due(journal: Journal) -> bool:
    """Whether the step is still to be offered in this journal."""
    if journal.setting(FIRST_MEDICATIONS_OFFERED) == "yes":
        return False
    return journal.medications.count() == 0


@changes(Change.NOTICES)
def first_medications_offered(journal: Journal) -> None:
    """The step was shown and put away: never again in this journal."""
    journal.set_setting(FIRST_MEDICATIONS_OFFERED, "yes")
