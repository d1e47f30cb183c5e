# Migraine Journal: the two commands a newcomer needs are `make run` and `make test`.
# Both create .venv when it is missing (or reinstall when pyproject.toml changed) and
# check the system libraries Qt needs; see scripts/.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.NOTPARALLEL:
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Extra arguments for the app, e.g. `make run ARGS="--db /tmp/try.sqlite3"`.
ARGS ?=
# mypy checks the packages that have Python files (ui/ may still be empty early on).
TYPED := $(foreach dir,journal ui,$(if $(wildcard $(dir)/*.py $(dir)/*/*.py),$(dir)))

.PHONY: help venv system-deps system-deps-gui run test lint soak bench clean package package-check translations

help:
	@echo "make run     set up .venv and open Migraine Journal on your default journal"
	@echo "make test    set up .venv, lint, and run the whole test suite (offscreen)"
	@echo "make lint    ruff check, ruff format --check, mypy"
	@echo "make soak    the long reliability runs (pytest -m soak)"
	@echo "make bench   the performance benchmarks (and the bundle's size and start, once built)"
	@echo "make package the one-folder app, a tarball and a .deb in dist/ (docs/packaging.md)"
	@echo "make package-check  as root: dpkg -i the .deb, start it from the menu, dpkg -r"
	@echo "make translations  refresh the ui/ (.ts) and journal/ (.po) catalogues and compile them"
	@echo "make clean   remove .venv and caches"

venv:
	@PYTHON="$(PYTHON)" bash scripts/ensure-venv.sh "$(VENV)"

system-deps:
	@bash scripts/system-deps.sh

system-deps-gui:
	@bash scripts/system-deps.sh --gui

# With no display, the launcher's one sentence is all that is printed (no make error).
run: venv system-deps-gui
	@if $(BIN)/python -c "import sys; from ui.app.launcher import display_available as ok; sys.exit(not ok())"; \
	then $(BIN)/migraine-journal $(ARGS); \
	else $(BIN)/python -c "from journal import i18n; from ui.app.launcher import NO_DISPLAY; i18n.set_language(i18n.language_from_environment()); print(i18n._(NO_DISPLAY))"; fi

test: venv system-deps lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not soak"

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy $(TYPED)

# pytest exits 5 when no test is selected: no soak test yet is not a failure.
soak: venv system-deps
	@status=0; QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m soak || status=$$?; \
	if [ $$status -eq 5 ]; then echo "No soak tests yet."; exit 0; fi; exit $$status

bench: venv system-deps
	@if [ -f benchmarks/run.py ]; then \
		QT_QPA_PLATFORM="$${QT_QPA_PLATFORM:-offscreen}" $(BIN)/python benchmarks/run.py; \
	else \
		echo "The benchmarks are not there yet (benchmarks/run.py)."; \
	fi

# The one-folder app in dist/migraine-journal/, a Linux tarball and a .deb, built with
# PyInstaller in build/bundle-venv, a venv made from the lock packaging/constraints.txt
# with the app installed from its wheel; build.sh then smoke-runs it offscreen with
# --version and --self-check. See docs/packaging.md.
package: system-deps
	PYTHON="$(PYTHON)" bash packaging/build.sh

# Slow and needs root, so not part of `make test`: install the .deb with dpkg -i, start
# the app from the menu's Exec line offscreen, remove it and check nothing is left.
package-check:
	bash packaging/linux/check-deb.sh

# Two catalogues, both refreshed here and both committed compiled, so a checkout and the
# PyInstaller bundle run without this step:
# - ui/'s texts (Qt's tr): journal/resources/translations/migraine_journal_<lang>.ts (edit them
#   with pyside6-linguist), compiled to the .qm files next to them;
# - journal/'s texts (gettext's _, ngettext, pgettext): extracted by Babel into
#   journal/resources/locale/journal.pot, merged into
#   journal/resources/locale/<lang>/LC_MESSAGES/journal.po
#   (edit with any .po editor), compiled to journal.mo next to each (the steps of
#   pybabel extract / update / compile, run through Babel's API by
#   scripts/journal_catalogues.py so the files carry no dates: see its docstring).
# tests/ui/test_translations.py and tests/journal/test_i18n_catalogues.py fail when a text
# is new or changed and this was not run, or a text has no German or French translation.
translations: venv
	$(BIN)/pyside6-lupdate -silent -extensions py -locations none -no-obsolete ui \
		-ts journal/resources/translations/*.ts
	$(BIN)/pyside6-lrelease -silent journal/resources/translations/*.ts
	$(BIN)/python scripts/journal_catalogues.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
