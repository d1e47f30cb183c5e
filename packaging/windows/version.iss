; Written by packaging/render_icons.py from pyproject.toml; do not edit.
#define AppVersion "0.1.0"
