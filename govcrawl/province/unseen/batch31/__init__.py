"""Held-out batch 31 of the unseen province (written after batch 30 was measured and fixed, blind to
the crawler's code)."""
