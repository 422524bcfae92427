"""One module per fixture portal (portals.md §5)."""
