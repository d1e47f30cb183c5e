#!/usr/bin/env bash
# Pack the built bundle (dist/migraine-journal) as a Debian package with dpkg-deb.
#
#   packaging/linux/build-deb.sh VERSION     (packaging/build.sh runs it; PYTHON = a
#                                             Python with the app installed, for the
#                                             desktop entry)
#
# Layout: the app in /usr/lib/migraine-journal, the command /usr/bin/migraine-journal (a
# symlink), the desktop entry, metainfo, MIME type and hicolor icons under /usr/share,
# the licences in /usr/share/doc/migraine-journal. No maintainer scripts: Debian's file
# triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme) refresh the menu,
# MIME and icon caches on install and removal, so `dpkg -r` leaves nothing behind.
set -euo pipefail

cd "$(dirname "$0")/../.."
version="$1"
python="${PYTHON:-python3}"
app_id="io.github.migrainejournal.MigraineJournal"
arch="$(dpkg --print-architecture)"
root="build/deb/migraine-journal_${version}_$arch"
deb="dist/migraine-journal_${version}_$arch.deb"

# The bundle's own needs from the system, found by what its libraries require: glibc,
# and the X11/Wayland/GL/font libraries Qt's plugins link (the names Debian 12 uses;
# the t64 names are accepted for Debian 13 and Ubuntu 24.04).
glibc="$(find dist/migraine-journal -type f \( -name '*.so*' -o -name migraine-journal \) \
    -exec objdump -T {} + 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sort -u -V | tail -1 | cut -d_ -f2)"
depends="libc6 (>= $glibc), libegl1, libgl1, libx11-6, libx11-xcb1, libdbus-1-3, libfontconfig1, \
libfreetype6, libglib2.0-0t64 | libglib2.0-0, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, \
libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, libxcb-shape0, libwayland-client0, \
libwayland-cursor0, libwayland-egl1"

rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/usr/lib" "$root/usr/bin" "$root/usr/share/applications" \
    "$root/usr/share/metainfo" "$root/usr/share/mime/packages" "$root/usr/share/icons" \
    "$root/usr/share/doc/migraine-journal"
cp -a dist/migraine-journal "$root/usr/lib/migraine-journal"
ln -s ../lib/migraine-journal/migraine-journal "$root/usr/bin/migraine-journal"
"$python" -c 'import sys; from journal.desktop import desktop_entry
sys.stdout.write(desktop_entry(["/usr/bin/migraine-journal"]))' >"$root/usr/share/applications/$app_id.desktop"
cp "journal/resources/desktop/$app_id.metainfo.xml" "$root/usr/share/metainfo/"
cp "journal/resources/desktop/$app_id.mime.xml" "$root/usr/share/mime/packages/$app_id.xml"
cp -a journal/resources/icons/hicolor "$root/usr/share/icons/hicolor"
mv "$root/usr/lib/migraine-journal/licenses" "$root/usr/share/doc/migraine-journal/licenses"
ln -s ../../share/doc/migraine-journal/licenses "$root/usr/lib/migraine-journal/licenses"
cat >"$root/usr/share/doc/migraine-journal/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Migraine Journal
Source: https://github.com/migrainejournal/migraine-journal

Files: *
Copyright: The Migraine Journal developers
License: GPL-3.0-or-later
 On Debian systems the full text is in /usr/share/common-licenses/GPL-3.

Files: usr/lib/migraine-journal/_internal/*
Copyright: The authors of each bundled library
License: various
 Each bundled library's licence is in /usr/share/doc/migraine-journal/licenses/
 (SOURCES.txt lists them with their versions and sources). Qt and Qt for Python are
 used under the LGPL 3.0 (licenses/LGPL-3.0.txt).
COPYRIGHT
find "$root" -type d -exec chmod 0755 {} +
size="$(du -sk --exclude=DEBIAN "$root" | cut -f1)"
cat >"$root/DEBIAN/control" <<CONTROL
Package: migraine-journal
Version: $version
Architecture: $arch
Maintainer: The Migraine Journal developers <migrainejournal@users.noreply.github.com>
Installed-Size: $size
Depends: $depends
Section: science
Priority: optional
Homepage: https://github.com/migrainejournal/migraine-journal
Description: private, offline migraine diary
 Migraine Journal keeps a diary of migraine attacks, the medication taken and how
 the days go, and turns it into the figures a doctor asks for: medication-overuse
 warnings, MIDAS and HIT-6, and a PDF report. The diary is one file on this
 computer; the app never opens a network connection.
CONTROL
mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "Debian package: $deb ($(du -sh "$deb" | cut -f1), needs glibc $glibc or newer)"
