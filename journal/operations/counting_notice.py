"""The one-time notice that the counting rules changed (issue 14's revision of
clinical-rules.md), shown once by the Insights view in a journal whose figures its
user has seen counted by the earlier rules, then put away.

Such a journal was made by an earlier release (its first migration ran well before
the one that came with the revised rules, `RULES_MIGRATION`) and holds attacks or doses
created before that migration. A journal made since, empty or by `demo` (whose records
carry creation stamps back in its made-up year), has nothing counted the old way and
gets no notice: every migration of a new file runs in the same moment.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from journal.changes import Change, changes, reads
from journal.storage import Journal

COUNTING_RULES_SEEN = "counting_rules_seen"
"""The journal setting: the rules revision whose notice was shown."""
RULES_REVISION = "2"
RULES_MIGRATION = "0004_attack_end_may_be_unknown"
"""The first migration of the release with the revised rules."""
FIRST_MIGRATION = "0001_foundation"
"""The migration that made the journal file."""
ONE_RUN = timedelta(minutes=1)
"""Migrations applied within this of each other ran when the file was made (a new
file goes through all of them in well under a second)."""


def _moment(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@reads
def counting_rules_notice_due(journal: Journal) -> bool:
    """Whether the notice is still to be shown in this journal."""
    if journal.setting(COUNTING_RULES_SEEN) == RULES_REVISION:
        return False
    made = journal.migration_applied_at(FIRST_MIGRATION)
    revised = journal.migration_applied_at(RULES_MIGRATION)
    earliest = journal.earliest_entry_created()
    if made is None or revised is None or earliest is None:
        return False
    try:
        if _moment(revised) - _moment(made) < ONE_RUN:
            return False  # made with the revised rules: nothing was counted the old way
        # creation stamps are to the second: an entry made in the same second is not earlier
        return _moment(earliest) < _moment(revised).replace(microsecond=0)
    except ValueError:
        return False


@changes(Change.NOTICES)
def counting_rules_notice_shown(journal: Journal) -> None:
    """The notice was shown: never again in this journal."""
    journal.set_setting(COUNTING_RULES_SEEN, RULES_REVISION)
