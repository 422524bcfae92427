"""Held-out batch 15 of the unseen province (written after batch 14 was measured, blind to the crawler's code)."""
