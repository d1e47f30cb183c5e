"""Medication: logging a dose, the medication list, adding a medication on the way,
and the "How is your pain now?" follow-up two hours after a dose.
"""
