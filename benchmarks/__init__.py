"""Benchmarks and their synthetic-map generator (not tests; run them by hand)."""
