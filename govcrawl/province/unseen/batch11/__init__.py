"""Held-out batch 11 of the unseen province (written after batch 10 was measured, blind to the crawler's code)."""
