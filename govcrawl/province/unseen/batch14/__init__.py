"""Held-out batch 14 of the unseen province (written after batch 13 was measured, blind to the crawler's code)."""
