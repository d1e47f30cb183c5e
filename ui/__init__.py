"""The desktop window of Migraine Journal (PySide6).

Kept free of Qt imports on purpose: the command line imports `ui.app.launcher`, and a
verb such as `export` must run without loading Qt. Start the window with
`ui.app.start.run_app`.
"""
