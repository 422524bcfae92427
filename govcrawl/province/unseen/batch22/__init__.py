"""Held-out batch 22 of the unseen province (written after batch 21 was measured, side by side with batch 23,
blind to the crawler's code)."""
