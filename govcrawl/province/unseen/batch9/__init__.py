"""Held-out batch 9 of the unseen province (written after batches 7 and 8 were measured)."""
