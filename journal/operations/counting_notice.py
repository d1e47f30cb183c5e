"""The one-time notice that the counting rules changed (issue 14's revision of
clinical-rules.md): shown once by the Insights view in a journal whose figures were
counted by the earlier rules (set by the migration that brought the journal up to
date), then put away."""

from __future__ import annotations

from journal.changes import Change, changes, reads
from journal.storage import Journal

COUNTING_RULES_NOTICE = "counting_rules_notice"
"""The journal setting: the rules revision to tell about, or empty once told."""


@reads
def counting_rules_notice_due(journal: Journal) -> bool:
    """Whether the notice is still to be shown in this journal."""
    return bool(journal.setting(COUNTING_RULES_NOTICE))


@changes(Change.NOTICES)
def counting_rules_notice_shown(journal: Journal) -> None:
    """The notice was shown: never again in this journal."""
    journal.set_setting(COUNTING_RULES_NOTICE, "")
