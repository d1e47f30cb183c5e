"""Using one journal on several computers through a folder the user syncs.

Each computer writes only files of its own in the folder (journal.sync.writer; journal.sync.layout
describes the folder), the
changes its user makes, captured record by record in the journal itself
(journal.storage.capture); merging reads the other computers' files and applies
what this journal has not seen (journal.sync.merge). docs/sync.md describes the
files and the merge rule. Nothing here opens a network connection: the user's own
sync tool (Syncthing, Nextcloud, Dropbox, a USB stick) carries the files.

This package file imports nothing, so journal.storage may use journal.sync.clock.
"""
