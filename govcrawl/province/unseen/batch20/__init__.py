"""Held-out batch 20 of the unseen province (written beside batch 19 after batch 18 was measured, blind
to the crawler's code)."""
