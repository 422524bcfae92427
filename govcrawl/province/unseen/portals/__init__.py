"""Batch 1 of the unseen portals."""
