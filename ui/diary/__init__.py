"""The diary: the month calendar with its day marks, and the selected day's entries."""
