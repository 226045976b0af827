"""Benchmarks: each module has a function that returns a results dict; ``dateline benchmark NAME`` prints it."""
