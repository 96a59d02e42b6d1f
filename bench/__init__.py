"""Benchmarks: run with `python -m bench`; figures, not tests."""
