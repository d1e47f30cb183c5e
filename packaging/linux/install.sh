#!/usr/bin/env bash
# Install (or with --uninstall remove) the built Migraine Journal for this user, or
# system-wide with PREFIX=/usr/local (as root). Run from the unpacked tarball made by
# packaging/build.sh. Puts the app in PREFIX/lib/migraine-journal and the command in
# PREFIX/bin; the app itself then installs its desktop entry (with the absolute path of
# the installed app in Exec=, so the menu works whatever PATH says), metainfo, MIME type
# and icons into PREFIX/share (`migraine-journal --install-desktop`).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
app_id="io.github.migrainejournal.MigraineJournal"
app="$prefix/lib/migraine-journal/migraine-journal"

remove() {
    if [ -x "$app" ]; then
        XDG_DATA_HOME="$prefix/share" "$app" --uninstall-desktop >/dev/null
    fi
    rm -rf "$prefix/lib/migraine-journal"
    rm -f "$prefix/bin/migraine-journal"
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    echo "Migraine Journal was removed from $prefix (your journal was not touched)."
    exit 0
fi

remove
mkdir -p "$prefix/lib" "$prefix/bin"
cp -a "$here/app" "$prefix/lib/migraine-journal"
ln -s "$app" "$prefix/bin/migraine-journal"
XDG_DATA_HOME="$prefix/share" QT_QPA_PLATFORM=offscreen "$app" --install-desktop >/dev/null
echo "Migraine Journal is installed in $prefix; start it from your applications menu ($app_id)" \
    "or with migraine-journal."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "(Add $prefix/bin to your PATH to use the command.)" ;; esac
