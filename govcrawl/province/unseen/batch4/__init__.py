"""Batch 4 (held out): unseen portals written after batches 1–3 were measured and merged."""
