"""The Treatments view: courses, sessions and side effects."""
