"""Held-out batch 33 of the unseen province (written after batch 32 was measured and fixed, blind to
the crawler's code)."""
