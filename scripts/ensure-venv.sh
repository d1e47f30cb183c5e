#!/usr/bin/env bash
# Create .venv if it is missing or broken, and (re)install the project into it,
# editable with the test extra, whenever pyproject.toml is newer than the last install.
#
#   scripts/ensure-venv.sh [VENV_DIR]      (default .venv; PYTHON picks the interpreter)
set -euo pipefail

cd "$(dirname "$0")/.."
venv="${1:-.venv}"
python="${PYTHON:-python3}"
stamp="$venv/.installed"

if ! command -v "$python" >/dev/null 2>&1; then
    echo "Python 3.11 or newer is needed, and '$python' was not found on PATH." >&2
    exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Python 3.11 or newer is needed; '$python' is $("$python" -V 2>&1). Set PYTHON=python3.11." >&2
    exit 1
fi

# A venv whose interpreter no longer runs (Python upgraded or moved) is rebuilt.
if [ -d "$venv" ] && ! "$venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
    echo "The virtual environment in $venv is broken; creating it again."
    rm -rf "$venv"
fi

if [ ! -x "$venv/bin/python" ]; then
    echo "Creating the virtual environment in $venv with $("$python" -V 2>&1)..."
    if ! "$python" -m venv "$venv"; then
        rm -rf "$venv"
        echo "Could not create a virtual environment. On Debian/Ubuntu: sudo apt-get install python3-venv" >&2
        exit 1
    fi
fi

if [ -f "$stamp" ] && [ ! pyproject.toml -nt "$stamp" ]; then
    exit 0
fi

echo "Installing migraine-journal and its test tools into $venv (a few minutes the first time)..."
# -qq: only errors are shown (warnings about unreachable mirrors in pip.conf are noise).
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
"$venv/bin/python" -m pip install -qq --upgrade pip
"$venv/bin/python" -m pip install -qq --editable '.[test]'
touch "$stamp"
echo "Installed."
