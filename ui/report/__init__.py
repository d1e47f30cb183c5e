"""The doctor's report dialog: span, sections, patient details, preview and printing."""
