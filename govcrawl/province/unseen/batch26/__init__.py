"""Held-out batch 26 of the unseen province (written after batch 25 was measured and fixed, blind to
the crawler's code)."""
