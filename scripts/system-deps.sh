#!/usr/bin/env bash
# Make sure the system libraries Qt needs are installed (Debian and Ubuntu).
#
#   scripts/system-deps.sh          what the tests need: offscreen Qt, fonts, poppler-utils
#   scripts/system-deps.sh --gui    also the xcb libraries a real window needs (make run)
#
# Missing packages are installed with apt-get when run as root; otherwise the exact
# command to run is printed and the script stops with a non-zero exit. On systems
# without dpkg/apt (macOS, Windows, other Linux families) it says so and does nothing:
# the PySide6 wheels carry what they need there, or the packager's own names apply.
set -euo pipefail

# Offscreen Qt (the tests): EGL/GL, X11 client, D-Bus, fonts, GLib, xkbcommon;
# poppler-utils gives the tests pdftotext and pdftoppm to read the PDF report;
# desktop-file-utils, appstream and shared-mime-info check the desktop entry, the
# metainfo and the MIME type (tests/test_desktop_files.py); locales gives the German
# and French C-library locales a window started under LANG=de_DE.UTF-8 switches to
# (tests/ui/test_locale_independence.py: parsing must not follow them).
BASE_PACKAGES=(
    libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
    libglib2.0-0 libxkbcommon0 fonts-dejavu-core poppler-utils
    desktop-file-utils appstream shared-mime-info locales
)
# The C-library locales the tests start the window under.
TEST_LOCALES=(de_DE.UTF-8 fr_FR.UTF-8)
# A real window on X11 (the xcb platform plugin).
GUI_PACKAGES=(
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-render-util0 libxcb-shape0 libxkbcommon-x11-0
)

packages=("${BASE_PACKAGES[@]}")
case "${1:-}" in
    --gui) packages+=("${GUI_PACKAGES[@]}") ;;
    "") ;;
    *) echo "usage: $0 [--gui]" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "Note: not a Debian/Ubuntu system, so the Qt system libraries are not checked here."
    exit 0
fi

has_locale() {
    # `locale -a` writes de_DE.utf8 for de_DE.UTF-8.
    local wanted="${1%.UTF-8}"
    locale -a 2>/dev/null | grep -qix "${wanted}.utf-\?8"
}

generate_locales() {
    # Root only, and only where Debian's locale-gen is there; otherwise the tests that
    # need a locale say it is missing.
    local name missing_locales=()
    for name in "${TEST_LOCALES[@]}"; do
        has_locale "$name" || missing_locales+=("$name")
    done
    [ "${#missing_locales[@]}" -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ] || ! command -v locale-gen >/dev/null 2>&1; then
        echo "Note: the locales ${missing_locales[*]} are not installed; tests that start the window under them cannot run." >&2
        return 0
    fi
    for name in "${missing_locales[@]}"; do
        if grep -q "^# *${name} UTF-8" /etc/locale.gen 2>/dev/null; then
            sed -i "s/^# *${name} UTF-8/${name} UTF-8/" /etc/locale.gen
        elif ! grep -q "^${name} UTF-8" /etc/locale.gen 2>/dev/null; then
            echo "${name} UTF-8" >>/etc/locale.gen
        fi
    done
    locale-gen >/dev/null
    echo "Generated the locales: ${missing_locales[*]}"
}

is_installed() {
    # Newer releases renamed some libraries for the 64-bit time_t transition
    # (libglib2.0-0 -> libglib2.0-0t64); either name counts.
    local name
    for name in "$1" "${1}t64"; do
        if dpkg-query -W -f='${Status}\n' "$name" 2>/dev/null | grep -q '^install ok installed$'; then
            return 0
        fi
    done
    return 1
}

missing=()
for package in "${packages[@]}"; do
    is_installed "$package" || missing+=("$package")
done

if [ "${#missing[@]}" -eq 0 ]; then
    generate_locales
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "Qt needs system libraries that are not installed. Run this, then try again:" >&2
    echo "    sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

echo "Installing the system libraries Qt needs: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -qq; then
    echo "apt-get update failed; check the network or the apt sources, then try again." >&2
    exit 1
fi
log="$(mktemp)"
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >"$log" 2>&1; then
    cat "$log" >&2
    echo "Installing ${missing[*]} with apt-get failed (output above)." >&2
    exit 1
fi
rm -f "$log"
echo "Installed: ${missing[*]}"
generate_locales
