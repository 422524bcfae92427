"""Held-out batch 17 of the unseen province (written beside batch 16 after batch 15 was measured, blind
to the crawler's code)."""
