"""Held-out batch 30 of the unseen province (written after batch 29 was measured and fixed, blind to
the crawler's code)."""
