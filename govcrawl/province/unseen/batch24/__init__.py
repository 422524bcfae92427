"""Held-out batch 24 of the unseen province (written after batches 22 and 23 were measured, blind to the
crawler's code)."""
