"""Helpers for govcrawl's own test suite (and benchmarks): nothing here is used at run time."""
