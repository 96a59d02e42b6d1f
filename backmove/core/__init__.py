"""The Qt-free domain: pure Python that a test drives with a fake clock.

Nothing here imports PySide6, APScheduler or plyer, and nothing reads a file that was not
handed to it. A test proves both.
"""
