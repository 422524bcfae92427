"""Item pipelines: parse, check, store — small ordered steps."""
