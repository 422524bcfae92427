"""Batch 7 (held out): unseen portals written after batches 1–6 were measured and merged."""
