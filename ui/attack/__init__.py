"""The attack: "Attack now" and the open-attack banner, the low-light attack screen,
and the full attack editor with its aura table and doses.
"""
