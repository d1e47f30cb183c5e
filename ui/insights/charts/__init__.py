"""The Insights charts (pyqtgraph), one module per chart.

Importing this package imports nothing heavy: the Insights view imports
`ui.insights.charts.board` (and so pyqtgraph) only when it is first shown.
"""
