#!/usr/bin/env bash
# `make package-check`: the .deb as a user meets it. Installs dist/migraine-journal_*.deb
# with dpkg -i, checks the menu entry, starts the app from the menu's Exec line offscreen
# (it must still be running after a few seconds, on a demo journal), runs the self-check,
# removes the package with dpkg -r and checks that nothing it brought is left behind.
# Needs root on Debian/Ubuntu, and a .deb from `make package`. Prints the figures.
set -euo pipefail

cd "$(dirname "$0")/../.."
app_id="io.github.migrainejournal.MigraineJournal"
deb="$(ls -t dist/migraine-journal_*.deb 2>/dev/null | head -1 || true)"
if [ -z "$deb" ]; then
    echo "No .deb in dist/: run \`make package\` first." >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "dpkg -i needs root: run \`sudo make package-check\`." >&2
    exit 1
fi
if dpkg-query -W migraine-journal >/dev/null 2>&1; then
    echo "migraine-journal is installed already; remove it first (dpkg -r migraine-journal)." >&2
    exit 1
fi

# The libraries the package depends on come first, so they are not counted as left over.
export DEBIAN_FRONTEND=noninteractive
apt-get satisfy -y -qq --no-install-recommends "$(dpkg-deb -f "$deb" Depends)" >/dev/null

snapshot() {
    find /usr /etc /opt /var/lib/dpkg/info -xdev 2>/dev/null | grep -v -E \
        '^/usr/lib/python3|__pycache__|/var/lib/dpkg/info/(status|available)' | sort
}
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
snapshot >"$scratch/before"

milliseconds() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
started=$(date +%s%N)
dpkg -i "$deb" >/dev/null
echo "Installed $deb in $(milliseconds "$started") ms" \
    "($(dpkg-query -W -f='${Installed-Size}' migraine-journal) KiB)."

entry="/usr/share/applications/$app_id.desktop"
desktop-file-validate "$entry"
grep -q "^MimeType=application/x-migraine-journal+json;" "$entry"
[ -f "/usr/share/icons/hicolor/48x48/apps/$app_id.png" ]
grep -q "application/x-migraine-journal+json" /usr/share/mime/types
exec_line="$(sed -n 's/^Exec=//p' "$entry")"
echo "Menu entry: $entry, Exec=$exec_line"

export HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/data" XDG_CONFIG_HOME="$scratch/home/config"
export QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
# From the menu, %f expands to nothing: the app opens the user's journal (a demo here,
# where the app looks for it: $XDG_DATA_HOME/migraine-journal/journal.sqlite3).
/usr/bin/migraine-journal demo --db "$XDG_DATA_HOME/migraine-journal/journal.sqlite3" \
    --months 6 >/dev/null
command_line="${exec_line/\%f/}"
status=0
timeout 8 $command_line >"$scratch/out" 2>&1 || status=$?
if [ "$status" -ne 124 ] || grep -q -E "Traceback|Error" "$scratch/out"; then
    cat "$scratch/out" >&2
    echo "The app started from the menu's Exec line stopped (exit $status) instead of running." >&2
    exit 1
fi
echo "Started from the menu's Exec line on a demo journal: still running after 8 s (then stopped)."

# A double-click on an export: %f is the file; the window opens with its import preview.
/usr/bin/migraine-journal export --db "$XDG_DATA_HOME/migraine-journal/journal.sqlite3" \
    --format json -o "$scratch/migraine-journal-export.json" >/dev/null
command_line="${exec_line/\%f/$scratch/migraine-journal-export.json}"
status=0
timeout 8 $command_line >"$scratch/out" 2>&1 || status=$?
if [ "$status" -ne 124 ] || grep -q -E "Traceback|Error" "$scratch/out"; then
    cat "$scratch/out" >&2
    echo "The app opened with an export (the Exec line with %f) stopped (exit $status)." >&2
    exit 1
fi
echo "Opened with an export as %f (the import preview): still running after 8 s (then stopped)."
started=$(date +%s%N)
/usr/bin/migraine-journal --self-check
echo "Self-check of the installed app (Qt, fonts, chart, German, main window):" \
    "$(milliseconds "$started") ms."

dpkg -r migraine-journal >/dev/null
snapshot >"$scratch/after"
if ! diff -u "$scratch/before" "$scratch/after" >"$scratch/diff"; then
    cat "$scratch/diff" >&2
    echo "dpkg -r left files behind (above)." >&2
    exit 1
fi
echo "Removed with dpkg -r: nothing left behind in /usr, /etc, /opt."
