"""Flows: the Qt controllers that run one user-facing sequence from start to end.

A flow (the break, the safety check, the ratings and check-ins, the settings window's data
actions) opens the windows of its sequence, hears what the user does in them, and writes
the answers through `backmove.services`. Flows know no platform backend: the composition
root (`backmove.app`) hands them what they need.
"""
