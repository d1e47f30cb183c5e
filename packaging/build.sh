#!/usr/bin/env bash
# Build Migraine Journal as a one-folder app with PyInstaller and smoke-run it.
#
#   PYTHON=.venv/bin/python packaging/build.sh      (what `make package` runs)
#
# PYTHON must have the project and PyInstaller installed. Output: dist/migraine-journal/
# (run dist/migraine-journal/migraine-journal) and, on Linux, a tarball
# dist/migraine-journal-VERSION-linux-ARCH.tar.gz with the app, the .desktop file, the
# metainfo, the icons and install.sh. build/ and dist/ are git-ignored.
set -euo pipefail

cd "$(dirname "$0")/.."
python="${PYTHON:-.venv/bin/python}"
app_id="io.github.migrainejournal.MigraineJournal"
bundle="dist/migraine-journal"

if ! "$python" -c "import PyInstaller" >/dev/null 2>&1; then
    echo "PyInstaller is not installed for $python; run \`make package\`, or: $python -m pip install pyinstaller" >&2
    exit 1
fi
version="$("$python" -c 'from journal import __version__; print(__version__)')"

# The Linux metadata is checked when the validators are installed (Debian: appstream,
# desktop-file-utils); a broken file fails the build rather than a software centre.
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "packaging/linux/$app_id.metainfo.xml"
fi
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "packaging/linux/$app_id.desktop"
fi

echo "Building Migraine Journal $version with $("$python" -m PyInstaller --version 2>&1 | tail -1) ..."
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/migraine-journal.spec
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
    cp -a packaging/linux/icons "$staging/icons"
    cp packaging/linux/"$app_id".desktop packaging/linux/"$app_id".metainfo.xml \
        packaging/linux/install.sh "$staging/"
    tar -C build/tarball -czf "$tarball" "migraine-journal-$version"
    echo "Tarball: $tarball ($(du -sh "$tarball" | cut -f1)); unpack it and run ./install.sh"
fi
