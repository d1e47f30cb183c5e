"""Import and export: the project's own JSON format, and other apps' formats."""

FORMATS = (
    "migraine-journal",
    "migraine-buddy",
    "clue",
    "drip",
    "flo",
    "apple-health",
    "bearable",
    "headi",
    "daylio",
    "csv",
)
"""Format names for `import --format NAME`, as `detect.detect_format` returns them
(kept here, where importing it loads nothing else)."""
