"""Import and export: the project's own JSON format, and other apps' formats."""
