"""Held-out batch 18 of the unseen province (written after batches 16 and 17 were measured, blind to the
crawler's code)."""
