"""Held-out batch 29 of the unseen province (written after batch 28 was measured and fixed, blind to
the crawler's code)."""
