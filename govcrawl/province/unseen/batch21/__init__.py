"""Held-out batch 21 of the unseen province (written after batches 19 and 20 were measured, blind to the
crawler's code)."""
