"""Held-out batch 35 of the unseen province (written after batch 34 was measured and fixed, blind to
the crawler's code)."""
