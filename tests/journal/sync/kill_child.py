"""The child process of the sync kill tests: it works until it is SIGKILLed.

append PATH SEED   save attacks and publish them to the log, printing
                   "ack attack ID" after each save's commit, forever
merge PATH         merge the folder again and again, printing "ack merged"
"""

from __future__ import annotations

import os
import random
import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from journal import domain as d
from journal import operations as ops
from journal.storage import Journal
from journal.sync import merge


def say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def append(path: str, seed: int) -> None:
    rng = random.Random(seed)
    journal = Journal.open(path, lock=True)
    say("ready")
    while True:
        start = d.local_now() - timedelta(days=rng.randint(1, 900), minutes=rng.randint(0, 999))
        attack = ops.start_attack(
            journal, start, pain=rng.randint(1, 3), note="x" * rng.randint(0, 300)
        )
        say(f"ack attack {attack.id}")
        merge.publish(journal)


def merging(path: str) -> None:
    journal = Journal.open(path, lock=True)
    say("ready")
    while True:
        merge.sync(journal)
        say("ack merged")


if __name__ == "__main__":
    if sys.argv[1] == "append":
        append(sys.argv[2], int(sys.argv[3]))
    else:
        merging(sys.argv[2])
