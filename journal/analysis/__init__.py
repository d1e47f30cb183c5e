"""The clinical figures of clinical-rules.md, as pure functions.

Every module takes domain objects and dates and returns frozen result dataclasses;
none reads the journal file except `diary.load_diary`, which goes through the
repositories. `summary.summarize` puts them together for the report, the charts and
`migraine-journal summary --json`.
"""
