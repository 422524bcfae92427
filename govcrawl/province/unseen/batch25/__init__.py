"""Held-out batch 25 of the unseen province (written after batch 24 was measured and fixed, blind to
the crawler's code)."""
