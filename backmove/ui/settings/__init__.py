"""The settings window: every setting of the schema, grouped in pages, applied as it changes."""

from backmove.ui.settings.window import SettingsWindow

__all__ = ["SettingsWindow"]
