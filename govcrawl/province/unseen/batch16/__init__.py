"""Held-out batch 16 of the unseen province (written after batch 15 was measured, blind to the crawler's code)."""
