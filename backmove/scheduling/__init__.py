"""Turns the planner's deadlines and the wall-clock jobs into callbacks on the Qt thread."""
