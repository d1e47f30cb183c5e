"""Moving data in and out: importing other apps' files, exporting the journal."""
