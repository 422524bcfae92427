"""Held-out batch 13 of the unseen province (written after batch 12 was measured, blind to the crawler's code)."""
