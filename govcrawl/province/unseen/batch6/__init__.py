"""Batch 6 (held out): unseen portals written after batches 1–5 were measured and merged."""
