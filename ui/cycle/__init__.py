"""The menstrual cycle: period logging, hormonal phases, and how the cycle is drawn
and worded.
"""
