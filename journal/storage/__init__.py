"""The only package that owns SQL (and sqlite-utils); it hands out domain objects."""

from journal.storage.journal import Journal

__all__ = ["Journal"]
