"""A guard against the reference-count leaks of PySide6 6.12 on Python 3.11.

On Python 3.11 (where None, True and False are not yet immortal) PySide6 6.12.0
returns None from void methods, and the bool of `Signal.emit()`, without a new
reference: every such call takes one reference from None, True or False. pyqtgraph
makes hundreds of such calls per repaint and emits on every mouse move, so after a
few dozen window resizes the interpreter aborts ("none_dealloc: deallocating None"
or "bool_dealloc"), at exit or in the middle of a session.

These three objects are never freed by design (freeing one is a fatal error), so
`install()` gives them a huge reference headroom once, as Python 3.12 makes them
immortal. It probes for the leak first and changes nothing where there is none.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

PROBE_CALLS = 8
HEADROOM = 1 << 40
"""References added to None, True and False: more than any session can leak."""


class _Probe(QObject):
    fired = Signal()


class _State:
    installed = False


def pyside_leaks_references() -> bool:
    """Whether Qt calls and signal emits take references from None, True or False."""
    probe = _Probe()
    singletons = (None, True, False)
    before = [sys.getrefcount(obj) for obj in singletons]
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")
        probe.fired.emit()
    after = [sys.getrefcount(obj) for obj in singletons]
    return any(now < then for then, now in zip(before, after, strict=True))


def install() -> bool:
    """Give None, True and False reference headroom when PySide leaks; True when given."""
    if _State.installed:
        return True
    if not pyside_leaks_references():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, at its id().
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
    _State.installed = True
    return True
