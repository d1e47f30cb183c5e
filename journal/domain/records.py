"""What every stored record shares: a stable id and its creation and update times."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime


def new_id() -> str:
    """A fresh random UUID, stable for the record's whole life (merges, exports)."""
    return str(uuid.uuid4())


def utc_stamp(moment: datetime | None = None) -> str:
    """The UTC time used for created/updated stamps, to the second, ISO 8601."""
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def local_now() -> datetime:
    """Local wall time with the current UTC offset, as entries are stored."""
    return datetime.now().astimezone().replace(microsecond=0)
