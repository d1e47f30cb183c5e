"""What a user does to the journal: one action, one transaction, one function.

ui/ and the command line call these; nothing else writes to the journal.
"""

from journal.operations.attacks import (
    DeletedAttack,
    delete_attack,
    delete_dose,
    doses_due_for_follow_up,
    end_attack,
    medications_for_picking,
    rate_dose,
    record_attack_with_dose,
    record_dose,
    retire_medication,
    save_attack,
    save_medication,
    start_attack,
    suggested_medication,
    undo_delete_attack,
)

__all__ = [
    "DeletedAttack",
    "delete_attack",
    "delete_dose",
    "doses_due_for_follow_up",
    "end_attack",
    "medications_for_picking",
    "rate_dose",
    "record_attack_with_dose",
    "record_dose",
    "retire_medication",
    "save_attack",
    "save_medication",
    "start_attack",
    "suggested_medication",
    "undo_delete_attack",
]
