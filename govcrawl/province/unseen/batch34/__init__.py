"""Held-out batch 34 of the unseen province (written after batch 33 was measured and fixed, blind to
the crawler's code)."""
