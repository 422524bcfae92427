"""Batch 8 (held out): unseen portals written after batches 1–6 were measured and merged."""
