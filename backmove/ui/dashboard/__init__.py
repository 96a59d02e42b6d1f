"""The dashboard window: today, streaks, the year's calendar, the discomfort trend, breaks by
week, the moves and how the user felt after them, and the latest body map.

Import `backmove.ui.dashboard.window` only when the dashboard is first opened: it brings in
QtCharts (PySide6-Addons), which the tray alone never needs.
"""
