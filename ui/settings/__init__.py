"""Settings: the journal file and its backups, appearance, reminders, privacy
(passphrase and auto-lock), and the journal-file dialogs they share with start-up.
"""
