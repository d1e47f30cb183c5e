"""The application: start-up and the command-line entry point, opening the journal,
the main window frame and its menus, reminders, auto-lock, About and the self-check.

Kept free of Qt imports here on purpose: the command line imports
`ui.app.launcher`, and a verb such as `export` must run without loading Qt.
"""
