"""Tabs whose view is built the first time it is shown or asked for.

The window opens with a light placeholder in each such tab, so start-up neither
builds nor imports those views (Insights would bring pyqtgraph and numpy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QTabWidget, QWidget

W = TypeVar("W", bound=QWidget)


class LazyTabs:
    """Placeholders in a QTabWidget, swapped for their built view on first use."""

    def __init__(self, tabs: QTabWidget) -> None:
        self._tabs = tabs
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._views: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._shown)

    def add(self, name: str, title: str, build: Callable[[], QWidget]) -> None:
        self._builders[name] = build
        self._placeholders[name] = QWidget()
        self._tabs.addTab(self._placeholders[name], title)

    def built(self, name: str) -> QWidget | None:
        """The view if it was built, else None (nothing is built by asking)."""
        return self._views.get(name)

    def view(self, name: str, kind: type[W]) -> W:
        """The view, built now (in its tab, the current tab unchanged) if need be."""
        if name not in self._views:
            view = self._builders[name]()
            placeholder = self._placeholders.pop(name)
            index = self._tabs.indexOf(placeholder)
            title, current = self._tabs.tabText(index), self._tabs.currentIndex()
            self._tabs.blockSignals(True)
            try:
                self._tabs.removeTab(index)
                self._tabs.insertTab(index, view, title)
                self._tabs.setCurrentIndex(current)
            finally:
                self._tabs.blockSignals(False)
            placeholder.deleteLater()
            self._views[name] = view
        found = self._views[name]
        assert isinstance(found, kind)
        return found

    def _shown(self, index: int) -> None:
        shown = self._tabs.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if shown is placeholder:
                self.view(name, QWidget)
