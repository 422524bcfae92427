"""Held-out batch 10 of the unseen province (written after batch 9 was measured, blind to the crawler's code)."""
