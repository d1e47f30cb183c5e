"""What every stored record shares: a stable id and its creation and update times."""

from __future__ import annotations

import os
from datetime import UTC, datetime


def new_id() -> str:
    """A fresh random (version 4) UUID, stable for the record's whole life (merges,
    exports). Made here from os.urandom, as uuid.uuid4 does: the uuid module costs
    more at start-up than all of this."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = raw.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def utc_stamp(moment: datetime | None = None) -> str:
    """The UTC time used for created/updated stamps, to the second, ISO 8601."""
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def local_now() -> datetime:
    """Local wall time with the current UTC offset, as entries are stored."""
    return datetime.now().astimezone().replace(microsecond=0)
