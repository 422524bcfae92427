"""Held-out batch 36 of the unseen province (written after batch 35 was measured and fixed, blind to
the crawler's code)."""
