"""Held-out batch 27 of the unseen province (written after batch 26 was measured and fixed, blind to
the crawler's code)."""
