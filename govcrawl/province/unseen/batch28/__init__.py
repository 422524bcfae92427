"""Held-out batch 28 of the unseen province (written after batch 27 was measured and fixed, blind to
the crawler's code)."""
