"""The bundle's start: run the `migraine-journal` console script pyproject.toml declares.

PyInstaller needs a script to start from; this one asks the installed distribution's
metadata (copied into the bundle by the spec) which function the command runs, so the
bundle starts exactly what `pip install` would, wherever that function lives.
"""

import sys
from importlib.metadata import entry_points

(command,) = entry_points(group="console_scripts", name="migraine-journal")
sys.exit(command.load()())
