"""Held-out batch 19 of the unseen province (see the package docstring)."""
