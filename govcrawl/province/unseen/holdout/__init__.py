"""Batch 2 (held out): unseen portals written after the first measurement."""
