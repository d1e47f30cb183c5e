"""Pieces two or more screens use and that know no screen: widgets, form fields,
layouts, the record form, feedback, locale text, theme and the low-light look,
the window's own preferences, translations and the words for journal values.
"""
