"""Migraine Journal's diary: domain, storage, analysis, reports and exchange.

Nothing in this package imports Qt, pyqtgraph or ui; a test keeps it so.
"""

__version__ = "0.1.0"
