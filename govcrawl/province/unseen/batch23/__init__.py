"""Held-out batch 23 of the unseen province (written beside batch 22 after batch 21 was measured, blind to
the crawler's code)."""
