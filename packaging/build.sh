#!/usr/bin/env bash
# Build Migraine Journal as a one-folder app with PyInstaller, smoke-run it, and pack it.
#
#   packaging/build.sh              (what `make package` runs; PYTHON picks the Python)
#
# 1. A build venv (build/bundle-venv) made from the lock, packaging/constraints.txt, and
#    kept while the lock is unchanged.
# 2. The app's wheel, built from this checkout and installed into that venv: the bundle
#    holds what `pip install` would install, never files straight from the checkout.
# 3. PyInstaller (packaging/migraine-journal.spec) into dist/migraine-journal/, the
#    licences into dist/migraine-journal/licenses/, then a smoke run offscreen.
# 4. On Linux: a tarball with install.sh, and a .deb (packaging/linux/build-deb.sh).
# build/ and dist/ are git-ignored.
set -euo pipefail

cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
app_id="io.github.migrainejournal.MigraineJournal"
bundle="dist/migraine-journal"
venv="build/bundle-venv"
constraints="packaging/constraints.txt"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
unset PYTHONPATH  # the bundle takes the app from its wheel, never from a checkout on the path

version="$("$python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"

if [ ! -x "$venv/bin/python" ] || [ "$constraints" -nt "$venv/.locked" ]; then
    echo "Creating the build venv $venv from $constraints ..."
    rm -rf "$venv"
    "$python" -m venv "$venv"
    "$venv/bin/python" -m pip install -qq -c "$constraints" pyinstaller setuptools
    touch "$venv/.locked"
fi

echo "Building the wheel of Migraine Journal $version ..."
rm -rf build/wheel build/lib build/bdist.*
"$venv/bin/python" -m pip wheel -qq --no-deps --no-build-isolation -w build/wheel .
wheel="$(ls build/wheel/migraine_journal-"$version"-*.whl)"
"$venv/bin/python" -m pip install -qq --force-reinstall --no-deps "$wheel"
"$venv/bin/python" -m pip install -qq -c "$constraints" "$wheel"

# The Linux metadata is checked when the validators are installed (Debian: appstream,
# desktop-file-utils); a broken file fails the build rather than a software centre.
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "journal/resources/desktop/$app_id.metainfo.xml"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "journal/resources/desktop/$app_id.desktop"
fi

echo "Building the bundle with PyInstaller $("$venv/bin/python" -m PyInstaller --version 2>&1 | tail -1) ..."
started=$(date +%s)
# From build/, so that `import journal` finds the installed wheel, not the checkout.
(cd build && "../$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath ../dist --workpath pyinstaller ../packaging/migraine-journal.spec)
"$venv/bin/python" packaging/collect_licenses.py "$bundle/licenses" >/dev/null
# Debug symbols are megabytes nobody reads (libpython alone: 22 MB to 5.6 MB). Files
# that auditwheel rewrote with patchelf (an RUNPATH into a *.libs folder: numpy's
# OpenBLAS, Pillow's codecs) are left alone: strip breaks what patchelf wrote.
if [ "$(uname -s)" = "Linux" ] && command -v strip >/dev/null 2>&1; then
    find "$bundle/_internal" -type f -name '*.so*' -not -path '*.libs/*' -print0 |
        while IFS= read -r -d '' library; do
            sections="$(readelf -S "$library" 2>/dev/null || true)"
            dynamic="$(readelf -d "$library" 2>/dev/null || true)"
            if [[ $sections == *.debug_info* || $sections == *.symtab* ]] &&
                [[ $dynamic != *.libs* ]]; then
                strip --strip-unneeded "$library"
            fi
        done
fi
seconds=$(( $(date +%s) - started ))
echo "Built $bundle ($(du -sh "$bundle" | cut -f1)) in ${seconds}s."

# Smoke run: the bundle starts, knows its version and finds everything it needs.
executable="$bundle/migraine-journal"
[ -x "$executable.exe" ] && executable="$executable.exe"
QT_QPA_PLATFORM=offscreen "$executable" --version
QT_QPA_PLATFORM=offscreen "$executable" --self-check

if [ "$(uname -s)" = "Linux" ]; then
    tarball="dist/migraine-journal-$version-linux-$(uname -m).tar.gz"
    staging="build/tarball/migraine-journal-$version"
    rm -rf build/tarball && mkdir -p "$staging"
    cp -a "$bundle" "$staging/app"
    cp packaging/linux/install.sh "$staging/"  # the app installs its own desktop files
    tar -C build/tarball -czf "$tarball" "migraine-journal-$version"
    echo "Tarball: $tarball ($(du -sh "$tarball" | cut -f1)); unpack it and run ./install.sh"
    PYTHON="$venv/bin/python" bash packaging/linux/build-deb.sh "$version"
fi
