"""Held-out batch 37 of the unseen province (written after batch 36 was measured and fixed, blind to
the crawler's code)."""
