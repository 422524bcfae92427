"""Held-out batch 32 of the unseen province (written after batch 31 was measured and fixed, blind to
the crawler's code)."""
