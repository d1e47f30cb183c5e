"""The child process of the crash tests (run by tests/reliability/conftest.py).

It imports the journal once, then for every command on stdin forks a worker and
prints "pid N"; the test SIGKILLs the worker at a random moment, and this process
prints "dead N" once it has reaped it, so every line the worker printed comes
before that. Workers never stop by themselves, only by the test's kill.

Commands:
  write PATH SEED [COUNT]
                    save attacks (half with a dose, all with symptoms), printing
                    "ack attack ID dose ID|- symptoms A,B" after each commit: forever,
                    or COUNT of them, then print "done" and wait to be killed
  fold PATH SEED COUNT
                    as `write` with COUNT, but after the first half fold the -wal into
                    the file with a checkpoint (as SQLite's automatic one does every
                    1000 pages), so the rest of the entries are only in the -wal
  hold PATH         open the journal as the window does (with the writer lock),
                    print "ack opened", change nothing, wait to be killed
  backup PATH       make verified backups forever, printing "ack backup NAME"
  migrate PATH      print "ready", open the journal (backup, then upgrade), print
                    "ack migrated", then wait to be killed
  restore PATH BACKUP SECRET
                    print "ready" once the key is known, then put BACKUP in the
                    journal's place forever, printing "ack restored"
                    after each (SECRET "-" for a plain journal, else its passphrase)
  move POINTER A B SECRET
                    print "ready", then move the journal named in the file POINTER
                    between folders A and B forever (journal.storage.relocate),
                    POINTER rewritten at each move's commit point, printing
                    "ack moved PATH" after each
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from journal import domain as d
from journal import operations as ops
from journal.storage import Journal
from journal.storage.backup import make_backup

SYMPTOMS = ("nausea", "vomiting", "photophobia", "phonophobia", "osmophobia", "dizziness")


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # one write per line: lines never interleave


def write_entries(path: str, seed: int, count: int = 0, fold_at: int = -1) -> None:
    """Save `count` entries (0: forever); a checkpoint after `fold_at` of them."""
    rng = random.Random(seed)
    journal = Journal.open(path, lock=True)
    medication = next(iter(journal.medications.all()), None)
    if medication is None:
        medication = ops.save_medication(journal, ops.suggested_medication("Sumatriptan"))
    written = 0
    while not count or written < count:
        if written == fold_at:
            fold(path)
        start = d.local_now() - timedelta(days=rng.randint(1, 3000), minutes=rng.randint(0, 999))
        symptoms = tuple(rng.sample(SYMPTOMS, rng.randint(1, 4)))
        note_tail = "x" * rng.choice((0, 10, 2000))  # sometimes rows that span pages
        if rng.random() < 0.5:
            dose = d.Dose(medication.id, start + timedelta(minutes=20), "50 mg", pain_at_dose=2)
            attack = d.Attack(
                start=start, pain=2, symptoms=symptoms, note=f"dose={dose.id} {note_tail}"
            )
            saved, taken = ops.record_attack_with_dose(journal, attack, dose)
            say(f"ack attack {saved.id} dose {taken.id} symptoms {','.join(symptoms)}")
        else:
            attack = d.Attack(start=start, pain=1, symptoms=symptoms, note=f"dose=- {note_tail}")
            saved = ops.save_attack(journal, attack)
            say(f"ack attack {saved.id} dose - symptoms {','.join(symptoms)}")
        written += 1
    say("done")


def fold(path: str) -> None:
    """Copy every frame of the -wal into the file, as an automatic checkpoint does."""
    connection = sqlite3.connect(path)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        assert busy == 0, "the checkpoint could not run"
    finally:
        connection.close()  # not the last connection: the -wal stays


def hold(path: str) -> None:
    Journal.open(path, lock=True)
    say("ack opened")


def backup_forever(path: str) -> None:
    while True:
        made = make_backup(Path(path))
        say(f"ack backup {made.path.name}")


def migrate(path: str) -> None:
    say("ready")
    journal = Journal.open(path, lock=True)
    journal.close()
    say("ack migrated")


def unlock(path: str, secret: str) -> None:
    if secret != "-":
        from journal.crypto import keys
        from journal.storage import cipher

        cipher.remember(keys.data_key_for(Path(path), secret))


def restore_forever(path: str, backup: str, secret: str) -> None:
    from journal.storage.restore import restore

    unlock(path, secret)
    say("ready")
    while True:
        restore(Path(path), Path(backup))
        say("ack restored")


def move_forever(pointer: str, first: str, second: str, secret: str) -> None:
    from journal.files import write_atomically
    from journal.storage.relocate import move_journal

    def commit(moved: Path) -> None:
        write_atomically(Path(pointer), str(moved).encode())

    current = Path(Path(pointer).read_text())
    unlock(str(current), secret)
    say("ready")
    while True:
        folder = Path(second) if current.parent == Path(first) else Path(first)
        current = move_journal(current, folder, commit=commit)
        say(f"ack moved {current}")


def worker(command: list[str]) -> None:
    if command[0] == "write":
        write_entries(command[1], int(command[2]), int((command[3:] or ["0"])[0]))
    elif command[0] == "fold":
        count = int(command[3])
        write_entries(command[1], int(command[2]), count, fold_at=count // 2)
    elif command[0] == "hold":
        hold(command[1])
    elif command[0] == "backup":
        backup_forever(command[1])
    elif command[0] == "migrate":
        migrate(command[1])
    elif command[0] == "restore":
        restore_forever(command[1], command[2], command[3])
    elif command[0] == "move":
        move_forever(command[1], command[2], command[3], command[4])
    while True:
        time.sleep(1)


def main() -> None:
    for raw in sys.stdin:
        command = raw.split()
        if not command:
            continue
        pid = os.fork()
        if pid == 0:
            try:
                worker(command)
            except BaseException as error:  # a worker's failure is reported, then it waits
                say(f"error {type(error).__name__}: {error}")
                while True:
                    time.sleep(1)
        say(f"pid {pid}")
        os.waitpid(pid, 0)
        say(f"dead {pid}")


if __name__ == "__main__":
    main()
