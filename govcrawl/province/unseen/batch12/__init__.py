"""Held-out batch 12 of the unseen province (written after batch 11 was measured, blind to the crawler's code)."""
