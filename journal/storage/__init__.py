"""The only package that owns sqlite-utils and SQL; it hands out domain objects."""

from journal.storage.journal import Journal

__all__ = ["Journal"]
