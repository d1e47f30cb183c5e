"""The Visit tab: questions for the next visit, MIDAS and HIT-6."""
