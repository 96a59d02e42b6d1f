"""Qt widgets. They present and forward; the rules live in core/."""
