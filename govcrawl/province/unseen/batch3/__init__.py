"""Batch 3 (held out): unseen portals written after batches 1 and 2 were measured and merged."""
