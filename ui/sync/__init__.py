"""Using the journal on several computers (journal.sync): the watch that merges at
start, when the folder changes and on demand; the status line; the settings
dialog to join, name and leave; the "changed on both computers" list."""
