"""Batch 5 (held out): unseen portals written after batches 1–4 were measured and merged."""
