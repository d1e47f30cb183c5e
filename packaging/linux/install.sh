#!/usr/bin/env bash
# Install (or with --uninstall remove) the built Migraine Journal for this user, or
# system-wide with PREFIX=/usr/local (as root). Run from the unpacked tarball made by
# packaging/build.sh. Puts the app in PREFIX/lib/migraine-journal, the command in
# PREFIX/bin, and the .desktop file, metainfo and icons where desktops look for them.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
prefix="${PREFIX:-$HOME/.local}"
app_id="io.github.migrainejournal.MigraineJournal"
share="$prefix/share"

remove() {
    rm -rf "$prefix/lib/migraine-journal"
    rm -f "$prefix/bin/migraine-journal" "$share/applications/$app_id.desktop" \
        "$share/metainfo/$app_id.metainfo.xml"
    find "$share/icons/hicolor" -name "$app_id.*" -delete 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    echo "Migraine Journal was removed from $prefix (your journal was not touched)."
    exit 0
fi

remove
mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/metainfo"
cp -a "$here/app" "$prefix/lib/migraine-journal"
ln -s "$prefix/lib/migraine-journal/migraine-journal" "$prefix/bin/migraine-journal"
cp "$here/$app_id.desktop" "$share/applications/"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/"
mkdir -p "$share/icons/hicolor"
cp -a "$here/icons/hicolor/." "$share/icons/hicolor/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "Migraine Journal is installed in $prefix; start it from your applications menu or with migraine-journal."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "(Add $prefix/bin to your PATH to use the command.)" ;; esac
